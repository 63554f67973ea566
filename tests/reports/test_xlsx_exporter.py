"""Writing registers to .xlsx (isodesk.reports.xlsx_exporter), and reading them back through the importer."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook

from isodesk.domain.errors import DomainError
from isodesk.domain.tabular import PERMANENT, ColumnKind, ColumnSpec, RegisterSpec
from isodesk.reports.xlsx_exporter import export_table_xlsx, write_template_xlsx
from isodesk.reports.xlsx_import import build_preview, read_sheet, suggest_mapping

RECORDS = RegisterSpec(
    "records",
    "DANH MỤC HỒ SƠ",
    (
        ColumnSpec("code", "Số và ký hiệu hồ sơ", required=True, width=14),
        ColumnSpec("title", "Tên đề mục và tiêu đề hồ sơ", required=True, width=40),
        ColumnSpec("keep", "Thời hạn bảo quản", ColumnKind.YEARS_OR_PERMANENT),
        ColumnSpec("opened", "Ngày mở hồ sơ", ColumnKind.DATE),
        ColumnSpec("sheets", "Số tờ", ColumnKind.INT),
        ColumnSpec("year", "Năm", ColumnKind.INT, number_format="0"),
        ColumnSpec("cost", "Kinh phí (triệu đồng)", ColumnKind.DECIMAL),
        ColumnSpec(
            "form", "Hình thức lưu", ColumnKind.CHOICE, choices={"Giấy": "paper", "Điện tử": "digital", "Cả hai": "both"}
        ),
        ColumnSpec("paper", "Bản giấy", ColumnKind.BOOL, group="Lưu trữ"),
        ColumnSpec("digital", "Bản điện tử", ColumnKind.BOOL, group="Lưu trữ"),
        ColumnSpec("note", "Ghi chú", width=20),
    ),
    unique_keys=("code",),
)
NARROW = RegisterSpec("narrow", "DANH MỤC NGẮN", (ColumnSpec("name", "Tên", width=30), ColumnSpec("day", "Ngày", ColumnKind.DATE)))

ROWS: list[dict[str, object]] = [
    {"code": "01.TCCB", "title": "Hồ sơ tuyển dụng công chức năm 2024", "keep": 20, "opened": date(2024, 1, 2),
     "sheets": 1234, "year": 2024, "cost": Decimal("18308.2"), "form": "paper", "paper": True, "digital": False,
     "note": None},
    {"code": "02.VP", "title": "=Hồ sơ bắt đầu bằng dấu bằng\ncó hai dòng", "keep": PERMANENT, "opened": None,
     "sheets": None, "year": None, "cost": Decimal("5"), "form": "both", "paper": None, "digital": True,
     "note": "Ghi chú \x07 có ký tự điều khiển"},
]  # fmt: skip
AGENCY = ("UBND TỈNH HÀ TĨNH", "SỞ KHOA HỌC VÀ CÔNG NGHỆ")


def export(tmp_path: Path, spec: RegisterSpec = RECORDS, rows: list[dict[str, object]] = ROWS) -> Path:
    return export_table_xlsx(
        spec,
        rows,
        tmp_path / "danh muc.xlsx",
        title=spec.title,
        subtitle="(Kèm theo Quyết định số 12/QĐ-SKHCN ngày 06/01/2024)",
        agency_lines=AGENCY,
    )


def reimport(path: Path, spec: RegisterSpec = RECORDS) -> list[Mapping[str, object]]:
    sheet = read_sheet(path, spec=spec)
    preview = build_preview(spec, sheet, suggest_mapping(spec, sheet.headers))
    return [dict(row.values) for row in preview.rows_to_write()]


def expected(rows: list[dict[str, object]]) -> list[dict[str, object]]:
    # Control characters cannot be stored in .xlsx; everything else comes back as it went in.
    return [{k: (v.replace("\x07", "") if isinstance(v, str) else v) for k, v in row.items()} for row in rows]


# --------------------------------------------------------------------------------------------------
# Layout


def test_title_block_header_and_cells(tmp_path: Path) -> None:
    sheet = load_workbook(export(tmp_path)).active
    assert sheet.title == "DANH MỤC HỒ SƠ"
    assert [sheet.cell(row=r, column=1).value for r in range(1, 6)] == [
        *AGENCY, None, "DANH MỤC HỒ SƠ", "(Kèm theo Quyết định số 12/QĐ-SKHCN ngày 06/01/2024)"
    ]
    assert not sheet["A1"].font.b and sheet["A2"].font.b  # parent agency plain, agency bold (NĐ 30)
    assert sheet["A4"].font.b and sheet["A4"].font.sz == 14 and sheet["A5"].font.i
    assert "A4:L4" in {str(r) for r in sheet.merged_cells.ranges}
    # Two-row header because of the "Lưu trữ" group; TT and ungrouped columns span both rows.
    assert [sheet.cell(row=7, column=c).value for c in range(1, 13)] == [
        "TT", "Số và ký hiệu hồ sơ", "Tên đề mục và tiêu đề hồ sơ", "Thời hạn bảo quản", "Ngày mở hồ sơ", "Số tờ",
        "Năm", "Kinh phí (triệu đồng)", "Hình thức lưu", "Lưu trữ", None, "Ghi chú"]  # fmt: skip
    assert [sheet.cell(row=8, column=c).value for c in (10, 11)] == ["Bản giấy", "Bản điện tử"]
    merged = {str(r) for r in sheet.merged_cells.ranges}
    assert {"J7:K7", "A7:A8", "B7:B8", "L7:L8"} <= merged
    header = sheet["B7"]
    assert header.font.b and header.alignment.wrap_text and header.border.top.style == "thin"
    assert sheet["K8"].border.bottom.style == "thin"


def test_values_are_typed_and_formatted(tmp_path: Path) -> None:
    sheet = load_workbook(export(tmp_path)).active
    first, second = 9, 10
    assert [sheet.cell(row=r, column=1).value for r in (first, second)] == [1, 2]
    opened = sheet.cell(row=first, column=5)
    assert opened.is_date and opened.number_format == "dd/mm/yyyy" and opened.value.date() == date(2024, 1, 2)
    assert sheet.cell(row=first, column=6).value == 1234 and sheet.cell(row=first, column=6).number_format == "#,##0"
    assert sheet.cell(row=first, column=7).number_format == "0"  # a year shows no thousands separator
    cost = sheet.cell(row=first, column=8)
    assert cost.value == pytest.approx(18308.2) and cost.number_format == "#,##0.0"
    assert sheet.cell(row=second, column=8).number_format == "#,##0"
    assert [sheet.cell(row=first, column=c).value for c in (4, 9, 10, 11)] == ["20 năm", "Giấy", "Có", "Không"]
    assert sheet.cell(row=second, column=4).value == "Vĩnh viễn"
    text = sheet.cell(row=second, column=3)
    assert text.data_type == "s" and text.value.startswith("=Hồ sơ")  # text, not a formula
    assert sheet.cell(row=second, column=12).value == "Ghi chú  có ký tự điều khiển"
    for cell in (sheet["A1"], sheet["A4"], sheet["B7"], text, opened):
        assert cell.font.name == "Times New Roman"
    assert text.border.left.style == "thin" and text.alignment.wrap_text


def test_sheet_is_ready_to_print_and_browse(tmp_path: Path) -> None:
    sheet = load_workbook(export(tmp_path)).active
    assert sheet.freeze_panes == "A9"
    assert sheet.auto_filter.ref == "A8:L10"
    assert sheet.print_title_rows == "$7:$8"
    setup = sheet.page_setup
    assert setup.paperSize == 9 and setup.orientation == "landscape"  # 9 = A4
    assert (setup.fitToWidth, setup.fitToHeight) == (1, 0) and sheet.sheet_properties.pageSetUpPr.fitToPage
    assert sheet.page_margins.left == pytest.approx(30 / 25.4) and sheet.page_margins.right == pytest.approx(15 / 25.4)
    assert sheet.column_dimensions["A"].width == 5.5
    assert sheet.column_dimensions["E"].width == 12.5  # a date column is never narrowed
    # Wider than a landscape page: the long text columns give up room so the sheet prints at 100 %
    # (it used to be scaled to 66 %), and rows grow taller instead.
    widths = [sheet.column_dimensions[chr(ord("A") + i)].width for i in range(12)]
    assert sum(widths) <= 134 and sheet.column_dimensions["C"].width < 40


def test_wrapped_rows_are_given_the_height_their_text_needs(tmp_path: Path) -> None:
    long = "Quy trình giải quyết thủ tục hành chính về cấp giấy chứng nhận quyền sử dụng đất lần đầu " * 3
    path = export(tmp_path, NARROW, [{"name": long, "day": date(2024, 2, 29)}, {"name": "Luật", "day": None}])
    sheet = load_workbook(path).active
    first = sheet.freeze_panes[1:]
    tall, short = sheet.row_dimensions[int(first)].height, sheet.row_dimensions[int(first) + 1].height
    assert tall is not None and tall >= 3 * 15.75 and short is None  # a one-line row keeps the default


def test_data_cells_share_named_styles(tmp_path: Path) -> None:
    workbook = load_workbook(export(tmp_path))
    assert any(name.startswith("isodesk ") for name in workbook.named_styles)
    sheet = workbook.active
    styles = {sheet.cell(row=r, column=3).style for r in (9, 10)}
    assert styles == {"isodesk left General"}


def test_narrow_register_prints_portrait_with_a_one_row_header(tmp_path: Path) -> None:
    path = export(tmp_path, NARROW, [{"name": "Luật", "day": date(2024, 2, 29)}])
    sheet = load_workbook(path).active
    assert sheet.page_setup.orientation == "portrait"
    assert sheet.print_title_rows == "$7:$7" and sheet.freeze_panes == "A8"
    assert reimport(path, NARROW) == [{"name": "Luật", "day": date(2024, 2, 29)}]


def test_nothing_to_export_still_gives_a_valid_sheet(tmp_path: Path) -> None:
    path = export(tmp_path, RECORDS, [])
    sheet = read_sheet(path, spec=RECORDS)
    assert sheet.header_rows == (7, 8) and sheet.rows == ()


# --------------------------------------------------------------------------------------------------
# Round trip through the importer


def test_export_then_import_gives_the_rows_back(tmp_path: Path) -> None:
    assert reimport(export(tmp_path)) == expected(ROWS)


# Text as the importer gives it back: NFC, single-spaced, no control characters.
texts = st.text(st.characters(codec="utf-8", exclude_categories=("Cc", "Cf", "Cs", "Zl", "Zp")), max_size=40).map(
    lambda s: unicodedata.normalize("NFC", " ".join(s.split()))
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.lists(
        st.fixed_dictionaries(
            {
                "code": st.from_regex(r"[0-9]{2}\.[A-ZĐ]{2,5}", fullmatch=True),
                "title": texts.filter(bool),
                "keep": st.one_of(st.none(), st.just(PERMANENT), st.integers(1, 99)),
                "opened": st.one_of(st.none(), st.dates(date(1950, 1, 1), date(2099, 12, 31))),
                "sheets": st.one_of(st.none(), st.integers(0, 10**9)),
                "year": st.one_of(st.none(), st.integers(1990, 2100)),
                "cost": st.one_of(st.none(), st.decimals(0, 10**9, places=2, allow_nan=False)),
                "form": st.one_of(st.none(), st.sampled_from(["paper", "digital", "both"])),
                "paper": st.one_of(st.none(), st.booleans()),
                "digital": st.one_of(st.none(), st.booleans()),
                "note": st.one_of(st.none(), texts.filter(bool)),
            }
        ),
        min_size=1,
        max_size=6,
        unique_by=lambda row: row["code"].casefold(),
    )
)
def test_round_trip_property(tmp_path: Path, rows: list[dict[str, object]]) -> None:
    assert reimport(export(tmp_path, RECORDS, rows)) == rows


# --------------------------------------------------------------------------------------------------
# Template


def test_template_has_the_exact_headings_and_reimports_as_empty(tmp_path: Path) -> None:
    path = write_template_xlsx(RECORDS, tmp_path / "mau.xlsx")
    sheet = load_workbook(path).active
    assert sheet["A1"].value == "DANH MỤC HỒ SƠ"
    assert [sheet.cell(row=3, column=c).value for c in range(1, 4)] == ["TT", "Số và ký hiệu hồ sơ", "Tên đề mục và tiêu đề hồ sơ"]
    assert sheet["B5"].number_format == "@" and sheet["E5"].number_format == "@"  # text and date columns
    assert sheet.column_dimensions["E"].number_format == "@"
    assert sheet["F5"].number_format == "General"
    lists = {str(v.sqref): v.formula1 for v in sheet.data_validations.dataValidation}
    assert lists == {"I5:I204": '"Giấy,Điện tử,Cả hai"', "J5:J204": '"Có,Không"', "K5:K204": '"Có,Không"'}
    data = read_sheet(path, spec=RECORDS)
    assert data.header_rows == (3, 4) and data.rows == ()
    assert suggest_mapping(RECORDS, data.headers) == {column.key: i for i, column in enumerate(RECORDS.columns, 1)}


def test_filled_template_imports(tmp_path: Path) -> None:
    path = write_template_xlsx(RECORDS, tmp_path / "mau.xlsx", title="DANH MỤC HỒ SƠ NĂM 2025")
    book = load_workbook(path)
    sheet = book.active
    # What a secretary types into Text-formatted cells stays text, dates included.
    for col, value in zip("BCDEFGHIJKL", ["01.TCCB", "Hồ sơ tuyển dụng", "Vĩnh viễn", "02/01/2025", "1.234", "2025",
                                           "12,5", "Điện tử", "x", "", "Sổ theo dõi"]):  # fmt: skip
        sheet[f"{col}5"] = value or None
    sheet["B6"], sheet["C6"], sheet["E6"] = "02.VP", "Công văn đi", "31/02/2025"
    book.save(path)
    data = read_sheet(path, spec=RECORDS)
    preview = build_preview(RECORDS, data, suggest_mapping(RECORDS, data.headers))
    assert [(p.row, p.field, p.code) for p in preview.problems] == [(6, "opened", "not_a_date")]
    assert dict(preview.rows[0].values) == {
        "code": "01.TCCB", "title": "Hồ sơ tuyển dụng", "keep": PERMANENT, "opened": date(2025, 1, 2), "sheets": 1234,
        "year": 2025, "cost": Decimal("12.5"), "form": "digital", "paper": True, "digital": None, "note": "Sổ theo dõi",
    }  # fmt: skip


def test_choices_with_commas_get_no_dropdown(tmp_path: Path) -> None:
    spec = RegisterSpec(
        "s", "S", (ColumnSpec("state", "Tình trạng", ColumnKind.CHOICE, choices={"Còn": 1, "Sửa đổi, bổ sung": 2}),)
    )
    sheet = load_workbook(write_template_xlsx(spec, tmp_path / "m.xlsx")).active
    assert not sheet.data_validations.dataValidation


# --------------------------------------------------------------------------------------------------
# Failures


def test_unwritable_target_is_a_domain_error(tmp_path: Path) -> None:
    with pytest.raises(DomainError) as caught:
        export_table_xlsx(NARROW, [], tmp_path / "khong co thu muc" / "a.xlsx", title="T")
    assert caught.value.code == "folder_missing"  # reports.files names the missing folder
    folder = tmp_path / "la thu muc.xlsx"
    folder.mkdir()
    (folder / "x").write_text("keep me non-empty")
    with pytest.raises(DomainError) as caught:
        write_template_xlsx(NARROW, folder)
    assert caught.value.code == "file_not_writable"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["la thu muc.xlsx"]  # no temporary file left behind


def test_export_replaces_an_existing_file(tmp_path: Path) -> None:
    target = tmp_path / "danh muc.xlsx"
    Workbook().save(target)
    assert export(tmp_path) == target
    assert reimport(target) == expected(ROWS)


@pytest.mark.slow
def test_libreoffice_opens_and_resaves_the_export(tmp_path: Path) -> None:
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    source = export(tmp_path)
    outdir = tmp_path / "lo"
    profile = (tmp_path / "profile").as_uri()
    subprocess.run(
        [soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "xlsx", "--outdir", str(outdir), str(source)],
        capture_output=True,
        timeout=180,
        check=False,
    )
    resaved = outdir / source.name
    if not resaved.exists():
        pytest.skip("LibreOffice Calc could not convert (libreoffice-calc is not installed?)")
    assert reimport(resaved) == expected(ROWS)
