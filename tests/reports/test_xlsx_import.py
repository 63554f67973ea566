"""Reading registers from real .xlsx files (isodesk.reports.xlsx_import).

Every workbook is written at test time into tmp_path: by openpyxl (as most tools do), and by LibreOffice
Calc (``slow`` tests) which writes dates, numbers and shared strings its own way.
"""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
import zipfile
from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook

from isodesk.domain.errors import DomainError, ValidationError
from isodesk.domain.tabular import PROBLEM_CODES, ColumnKind, ColumnSpec, RegisterSpec
from isodesk.reports import xlsx_import as excel_import
from isodesk.reports.xlsx_import import SheetData, build_preview, read_sheet, suggest_mapping

EXTERNAL = RegisterSpec(
    "external_documents",
    "DANH MỤC TÀI LIỆU BÊN NGOÀI",
    (
        ColumnSpec("name", "Tên tài liệu (tên loại, trích yếu)", required=True, aliases=("Tên tài liệu",)),
        ColumnSpec("code", "Số, ký hiệu", required=True, aliases=("Số ký hiệu", "Số/ký hiệu")),
        ColumnSpec("issued", "Ngày ban hành", ColumnKind.DATE, required=True),
        ColumnSpec("issuer", "Cơ quan ban hành"),
        ColumnSpec("effective", "Ngày có hiệu lực", ColumnKind.DATE),
        ColumnSpec(
            "status",
            "Tình trạng hiệu lực",
            ColumnKind.CHOICE,
            choices={"Còn hiệu lực": "active", "Hết hiệu lực": "expired", "Được sửa đổi, bổ sung": "amended"},
        ),
        ColumnSpec("paper", "Bản giấy", ColumnKind.BOOL, group="Lưu trữ"),
        ColumnSpec("digital", "Bản điện tử", ColumnKind.BOOL, group="Lưu trữ"),
        ColumnSpec("note", "Ghi chú"),
    ),
    unique_keys=("code",),
)

HEADINGS_TOP = ["TT", "Tên tài liệu", "Số, ký hiệu", "Ngày ban hành", "Cơ quan ban hành", "Ngày có hiệu lực",
                "Tình trạng hiệu lực", "Lưu trữ", None, "Ghi chú"]  # fmt: skip
HEADINGS_SUB = [None, None, None, None, None, None, None, "Bản giấy", "Bản điện tử", None]
NFD_DECREE = unicodedata.normalize("NFD", "Nghị định quy định chi tiết Luật Đất đai")


def write_xlsx(
    path: Path,
    rows: Sequence[Sequence[object]],
    *,
    merges: Sequence[str] = (),
    title: str = "Danh mục",
    before: Sequence[str] = (),
) -> Path:
    """Write ``rows`` from A1 down (None = empty cell); ``before`` adds sheets in front of it."""
    workbook = Workbook()
    first = workbook.active
    sheets = [*before, title]
    first.title = sheets[0]
    for name in sheets[1:]:
        workbook.create_sheet(name)
    sheet = workbook[title]
    for values in rows:
        sheet.append(list(values))
    for ref in merges:
        sheet.merge_cells(ref)
    for name in before:
        workbook[name]["A1"] = "Hướng dẫn: điền danh mục vào trang bên cạnh."
    workbook.active = 0
    workbook.save(path)
    return path


def real_register_rows() -> list[list[object]]:
    """A danh mục as agencies keep it: title block, two-row header, groups, gaps, notes, mistakes."""
    return [
        ["UBND TỈNH HÀ TĨNH"],  # 1
        ["SỞ KHOA HỌC VÀ CÔNG NGHỆ"],  # 2
        [],  # 3
        ["DANH MỤC TÀI LIỆU BÊN NGOÀI"],  # 4 (merged A4:J4)
        ["(Cập nhật đến ngày 06/11/2024)"],  # 5
        HEADINGS_TOP,  # 6 (merged vertically with 7, "Lưu trữ" over H:I)
        HEADINGS_SUB,  # 7
        [f"({n})" for n in range(1, 11)],  # 8: the column numbers of NĐ 30 forms
        ["I. VĂN BẢN QUY PHẠM PHÁP LUẬT"],  # 9 (merged A9:J9)
        [1, "Luật Đất đai", "31/2024/QH15", datetime(2024, 1, 18), "Quốc hội", "01/08/2024", "Còn hiệu lực", "x", None, None],
        [2, NFD_DECREE, "102/2024/NĐ-CP", "30/07/2024", "Chính phủ", 45505, "con hieu luc", "x", "x", "  "],
        [],  # 12
        [None, None, "   "],  # 13: only blanks
        [3, "Thông tư hướng dẫn", "01/2024/TT-BKHCN", "31/02/2024", "Bộ KH&CN", None, "Đang xem xét", None, "x", None],
        ["II. VĂN BẢN CỦA TỈNH"],  # 15
        [4, None, "05/QĐ-UBND", "6/11/2024", "UBND tỉnh", None, "Hết hiệu lực", None, None, "Thiếu tên"],
        [5, "Quyết định công bố", "31/2024/qh15 ", "2024-11-06", "UBND tỉnh", None, None, "Có", "Không", None],
        [6],  # 18: a template row with only its TT
        [],  # 19
        ["Ghi chú: Cột (7) ghi rõ văn bản thay thế nếu có."],  # 20
        [None, "NGƯỜI LẬP BIỂU", None, None, None, None, "THỦ TRƯỞNG ĐƠN VỊ"],  # 21
        [None, "(Ký, ghi rõ họ tên)", None, None, None, None, "(Ký tên, đóng dấu)"],  # 22
    ]  # fmt: skip


REAL_MERGES = ["A4:J4", "A5:J5", "A9:J9", "A15:J15", "H6:I6",
               *(f"{c}6:{c}7" for c in "ABCDEFGJ")]  # fmt: skip


@pytest.fixture
def real_register(tmp_path: Path) -> Path:
    return write_xlsx(tmp_path / "danh muc tai lieu ben ngoai.xlsx", real_register_rows(), merges=REAL_MERGES)


def preview_of(path: Path, spec: RegisterSpec = EXTERNAL, **kwargs: object) -> excel_import.ImportPreview:
    sheet = read_sheet(path, spec=spec, **kwargs)  # type: ignore[arg-type]
    return build_preview(spec, sheet, suggest_mapping(spec, sheet.headers))


def codes(preview: excel_import.ImportPreview) -> list[tuple[int | None, str, str]]:
    return [(problem.row, problem.field, problem.code) for problem in preview.problems]


def file_error(path: Path, **kwargs: object) -> DomainError:
    with pytest.raises(DomainError) as caught:
        read_sheet(path, spec=EXTERNAL, **kwargs)  # type: ignore[arg-type]
    assert caught.value.code in PROBLEM_CODES
    assert caught.value.params["path"] == str(path)
    return caught.value


# --------------------------------------------------------------------------------------------------
# A real-looking register


def test_header_under_title_block_with_merged_two_row_heading(real_register: Path) -> None:
    sheet = read_sheet(real_register, spec=EXTERNAL)
    assert sheet.sheet_names == ("Danh mục",)
    assert sheet.header_rows == (6, 7)
    assert sheet.headers == ("TT", "Tên tài liệu", "Số, ký hiệu", "Ngày ban hành", "Cơ quan ban hành",
                             "Ngày có hiệu lực", "Tình trạng hiệu lực", "Lưu trữ / Bản giấy",
                             "Lưu trữ / Bản điện tử", "Ghi chú")  # fmt: skip
    assert [row.number for row in sheet.rows] == [10, 11, 14, 16, 17, 18]
    assert sheet.group_rows == ((9, "I. VĂN BẢN QUY PHẠM PHÁP LUẬT"), (15, "II. VĂN BẢN CỦA TỈNH"))
    assert [number for number, _ in sheet.notes] == [20, 21, 22]
    assert sheet.notes[0][1].startswith("Ghi chú:")
    assert sheet.empty_rows == 2  # rows 12 and 13; row 19 sits under the data, above the notes
    assert sheet.repeated_headings == (8,)  # the "(1) … (10)" row


def test_headings_pasted_again_inside_the_data_are_skipped(tmp_path: Path) -> None:
    row = [1, "Luật Đất đai", "31/2024/QH15", "18/01/2024", "Quốc hội", None, "Còn hiệu lực", "x", None, None]
    rows = [HEADINGS_TOP, HEADINGS_SUB, row, HEADINGS_TOP, HEADINGS_SUB, list(range(1, 11)),
            [2, "Nghị định", "102/2024/NĐ-CP", "30/07/2024", None, None, None, None, None, None],
            [3, None, None, None, None, None, None, None, None, 25]]  # fmt: skip
    path = write_xlsx(tmp_path / "a.xlsx", rows, merges=["H1:I1", "H4:I4"])
    sheet = read_sheet(path, spec=EXTERNAL)
    assert sheet.repeated_headings == (4, 5, 6)
    assert [r.number for r in sheet.rows] == [3, 7, 8]  # TT 3 + one number is data, not a numbering row
    preview = build_preview(EXTERNAL, sheet, suggest_mapping(EXTERNAL, sheet.headers))
    assert codes(preview) == [(8, "name", "required"), (8, "code", "required"), (8, "issued", "required")]


def test_mapping_is_suggested_from_titles_and_aliases(real_register: Path) -> None:
    sheet = read_sheet(real_register, spec=EXTERNAL)
    assert suggest_mapping(EXTERNAL, sheet.headers) == {
        "name": 1, "code": 2, "issued": 3, "issuer": 4, "effective": 5, "status": 6, "paper": 7, "digital": 8,
        "note": 9,
    }  # fmt: skip


def test_preview_lists_each_problem_with_its_excel_row_and_code(real_register: Path) -> None:
    preview = preview_of(real_register)
    assert codes(preview) == [
        (14, "issued", "not_a_date"),
        (14, "status", "not_a_choice"),
        (16, "name", "required"),
        (17, "code", "duplicate_in_file"),
    ]
    by_code = {problem.code: problem for problem in preview.problems}
    assert by_code["not_a_date"].params == {"column": "Ngày ban hành", "value": "31/02/2024"}
    assert by_code["not_a_choice"].params["value"] == "Đang xem xét"
    assert by_code["duplicate_in_file"].params == {"column": "Số, ký hiệu", "value": "31/2024/qh15", "first_row": 10}
    assert (preview.ok_count, preview.problem_count, preview.empty_skipped) == (2, 3, 3)
    assert [row.number for row in preview.rows] == [10, 11, 14, 16, 17]


def test_valid_rows_carry_parsed_values_and_their_group(real_register: Path) -> None:
    first, second = preview_of(real_register).valid_rows()
    assert first.number == 10 and first.group == "I. VĂN BẢN QUY PHẠM PHÁP LUẬT"
    assert dict(first.values) == {
        "name": "Luật Đất đai", "code": "31/2024/QH15", "issued": date(2024, 1, 18), "issuer": "Quốc hội",
        "effective": date(2024, 8, 1), "status": "active", "paper": True, "digital": None, "note": None,
    }  # fmt: skip
    assert second.values["name"] == unicodedata.normalize("NFC", NFD_DECREE)
    assert second.values["issued"] == date(2024, 7, 30)  # text
    assert second.values["effective"] == date(2024, 8, 1)  # Excel serial in a General cell
    assert second.values["note"] is None  # blanks only


def test_all_or_nothing_contract(real_register: Path) -> None:
    preview = preview_of(real_register)
    with pytest.raises(ValidationError) as caught:
        preview.rows_to_write()
    assert [p.code for p in caught.value.problems] == [p.code for p in preview.problems]
    assert caught.value.params["sheet"] == "Danh mục"


def test_a_clean_file_gives_every_row_to_write(tmp_path: Path) -> None:
    rows = [HEADINGS_TOP, HEADINGS_SUB] + [
        [n, f"Văn bản {n}", f"{n:02d}/QĐ-UBND", f"{n % 28 + 1:02d}/03/2024", "UBND tỉnh", None, "Còn hiệu lực"]
        for n in range(1, 31)
    ]
    preview = preview_of(write_xlsx(tmp_path / "clean.xlsx", rows, merges=["H1:I1"]))
    assert preview.problems == ()
    written = preview.rows_to_write()
    assert len(written) == 30 and written[0].number == 3 and written[-1].values["code"] == "30/QĐ-UBND"


# --------------------------------------------------------------------------------------------------
# Headings and mapping


def test_single_row_header_in_another_order_with_an_unknown_column(tmp_path: Path) -> None:
    rows = [
        ["Danh mục kiểm soát tài liệu bên ngoài hiện hành HTQLCL"],
        ["STT", "Số/ ký hiệu", "Người ký", "TÊN TÀI LIỆU", "Ngày ban hành (4)", "Bản giấy"],
        [1, "01/2024/TT-BKHCN", "Nguyễn Văn A", "Thông tư", "06.11.2024", "x"],
    ]
    sheet = read_sheet(write_xlsx(tmp_path / "a.xlsx", rows), spec=EXTERNAL)
    assert sheet.header_rows == (2,)
    mapping = suggest_mapping(EXTERNAL, sheet.headers)
    assert mapping == {"name": 3, "code": 1, "issued": 4, "issuer": None, "effective": None, "status": None,
                       "paper": 5, "digital": None, "note": None}  # fmt: skip
    preview = build_preview(EXTERNAL, sheet, mapping)
    assert preview.problems == ()
    assert preview.rows[0].values["issued"] == date(2024, 11, 6)


def test_user_changes_the_mapping(tmp_path: Path) -> None:
    rows = [["Tên", "Mã", "Ngày"], ["Luật Đất đai", "31/2024/QH15", "18/01/2024"]]
    sheet = read_sheet(write_xlsx(tmp_path / "a.xlsx", rows))  # no spec: the text-richest row
    assert sheet.headers == ("Tên", "Mã", "Ngày")
    assert suggest_mapping(EXTERNAL, sheet.headers)["name"] is None
    preview = build_preview(EXTERNAL, sheet, {"name": 0, "code": 1, "issued": 2})
    assert preview.problems == ()
    assert preview.rows[0].values["issued"] == date(2024, 1, 18)


def test_mapping_problems_are_sheet_level(real_register: Path) -> None:
    sheet = read_sheet(real_register, spec=EXTERNAL)
    preview = build_preview(EXTERNAL, sheet, {"name": 1, "code": 2, "note": 2, "issuer": 4})
    sheet_level = [(p.row, p.field, p.code, p.params.get("source")) for p in preview.problems if p.row is None]
    assert sheet_level == [
        (None, "issued", "column_missing", None),
        (None, "note", "column_mapped_twice", "Số, ký hiệu"),
    ]
    with pytest.raises(ValidationError):
        preview.rows_to_write()


def test_bad_mapping_is_a_programming_error(real_register: Path) -> None:
    sheet = read_sheet(real_register, spec=EXTERNAL)
    with pytest.raises(ValueError, match="unknown"):
        build_preview(EXTERNAL, sheet, {"nope": 1})
    with pytest.raises(ValueError, match="outside"):
        build_preview(EXTERNAL, sheet, {"name": 99})


def test_header_only_sheet_has_no_rows(tmp_path: Path) -> None:
    preview = preview_of(write_xlsx(tmp_path / "a.xlsx", [HEADINGS_TOP, HEADINGS_SUB, [1], [2]], merges=["H1:I1"]))
    assert codes(preview) == [(None, "", "no_rows")]
    assert preview.empty_skipped == 2


def test_header_row_can_be_given(tmp_path: Path) -> None:
    rows = [["Tên", "Mã"], ["Luật Đất đai", "31/2024/QH15"]]
    path = write_xlsx(tmp_path / "a.xlsx", rows)
    assert file_error(path).code == "header_not_found"
    assert file_error(path).params["expected"][0] == "Tên tài liệu (tên loại, trích yếu)"
    sheet = read_sheet(path, spec=EXTERNAL, header_row=1)
    assert sheet.headers == ("Tên", "Mã") and sheet.rows[0].number == 2
    assert file_error(path, header_row=40).code == "header_not_found"


def test_integers_in_text_columns_and_nothing_past_the_last_heading(tmp_path: Path) -> None:
    rows = [["Tên tài liệu", "Số ký hiệu", "Ngày ban hành"], ["Quy trình", 12.0, 45602, "lạc cột"]]
    preview = preview_of(write_xlsx(tmp_path / "a.xlsx", rows))
    assert dict(preview.rows[0].values) | {} == {**dict.fromkeys(
        ("issuer", "effective", "status", "paper", "digital", "note")), "name": "Quy trình", "code": "12",
        "issued": date(2024, 11, 6)}  # fmt: skip
    assert len(preview.sheet.rows[0].values) == 3


# --------------------------------------------------------------------------------------------------
# Sheets


def test_the_sheet_that_fits_the_register_is_chosen(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "a.xlsx", real_register_rows(), merges=REAL_MERGES, before=("Hướng dẫn",))
    sheet = read_sheet(path, spec=EXTERNAL)
    assert sheet.sheet_names == ("Hướng dẫn", "Danh mục")
    assert sheet.sheet_name == "Danh mục"
    assert read_sheet(path, "Danh mục").sheet_name == "Danh mục"
    error = file_error(path, sheet_name="Trang 3")
    assert error.code == "sheet_not_found" and error.params["sheets"] == ["Hướng dẫn", "Danh mục"]


def test_an_empty_sheet_or_workbook(tmp_path: Path) -> None:
    workbook = Workbook()
    workbook.create_sheet("Trống 2")
    workbook.save(tmp_path / "empty.xlsx")
    assert file_error(tmp_path / "empty.xlsx").code == "workbook_empty"
    path = write_xlsx(tmp_path / "a.xlsx", real_register_rows(), merges=REAL_MERGES, before=("Trống",))
    workbook_with_empty = path
    # "Trống" holds the guidance line only after write_xlsx; empty it to get a truly empty sheet.
    from openpyxl import load_workbook

    book = load_workbook(workbook_with_empty)
    book["Trống"]["A1"] = None
    book.save(workbook_with_empty)
    assert file_error(workbook_with_empty, sheet_name="Trống").code == "sheet_empty"
    assert read_sheet(workbook_with_empty, spec=EXTERNAL).sheet_name == "Danh mục"


def test_a_real_workbook_with_an_old_extension_is_read(real_register: Path, tmp_path: Path) -> None:
    renamed = shutil.copy(real_register, tmp_path / "danh muc.XLS")
    assert read_sheet(renamed, spec=EXTERNAL).header_rows == (6, 7)


# --------------------------------------------------------------------------------------------------
# Files that are not what they claim: one DomainError code each, never a traceback


def test_missing_file(tmp_path: Path) -> None:
    assert file_error(tmp_path / "khong co.xlsx").code == "file_not_found"


def test_a_folder(tmp_path: Path) -> None:
    folder = tmp_path / "thu muc.xlsx"
    folder.mkdir()
    assert file_error(folder).code == "file_unreadable"


def test_zero_bytes(tmp_path: Path) -> None:
    (tmp_path / "a.xlsx").write_bytes(b"")
    assert file_error(tmp_path / "a.xlsx").code == "file_empty"


def test_text_file_renamed_xlsx(tmp_path: Path) -> None:
    path = tmp_path / "danh muc.xlsx"
    path.write_text("TT;Tên tài liệu;Số, ký hiệu\n1;Luật Đất đai;31/2024/QH15\n", encoding="utf-8")
    assert file_error(path).code == "not_xlsx"


def test_truncated_xlsx(real_register: Path, tmp_path: Path) -> None:
    path = tmp_path / "cut.xlsx"
    path.write_bytes(real_register.read_bytes()[:500])
    error = file_error(path)
    assert error.code == "file_damaged" and "BadZipFile" in error.params["detail"]


def test_corrupt_sheet_inside_a_valid_zip(real_register: Path, tmp_path: Path) -> None:
    path = tmp_path / "broken.xlsx"
    with zipfile.ZipFile(real_register) as source, zipfile.ZipFile(path, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data[: len(data) // 2]  # cut mid-XML
            target.writestr(item, data)
    assert file_error(path).code == "file_damaged"


def test_zip_that_is_not_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "bao cao.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    assert file_error(path).code == "not_a_workbook"


def test_ods_and_xlsb(tmp_path: Path) -> None:
    ods = tmp_path / "a.xlsx"
    with zipfile.ZipFile(ods, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", "<office:document-content/>")
    assert file_error(ods).code == "ods_format"
    xlsb = tmp_path / "b.xlsx"
    with zipfile.ZipFile(xlsb, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.bin", b"\x83\x01\x00")
    assert file_error(xlsb).code == "xlsb_format"


OLE_HEADER = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)


def test_old_xls(tmp_path: Path) -> None:
    path = tmp_path / "danh muc.xls"
    path.write_bytes(OLE_HEADER + "Workbook".encode("utf-16-le") + bytes(1024))
    assert file_error(path).code == "xls_format"


def test_password_protected_xlsx(tmp_path: Path) -> None:
    # Excel wraps an encrypted .xlsx in a Compound File holding "EncryptionInfo" and "EncryptedPackage".
    path = tmp_path / "mat khau.xlsx"
    directory = "EncryptionInfo".encode("utf-16-le") + bytes(40) + "EncryptedPackage".encode("utf-16-le")
    path.write_bytes(OLE_HEADER + bytes(1024) + directory + bytes(4096))
    assert file_error(path).code == "file_encrypted"


@pytest.mark.parametrize(
    "content",
    [
        b"<html><body><table><tr><td>TT</td></tr></table></body></html>",
        b"\xef\xbb\xbf\r\n<table border=1><tr><td>Danh m\xe1\xbb\xa5c</td></tr></table>",
        b'<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"/>',
    ],
)
def test_web_page_saved_as_xls(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "xuat tu cong dich vu cong.xls"
    path.write_bytes(content)
    assert file_error(path).code == "html_as_excel"


# --------------------------------------------------------------------------------------------------
# Size


def test_thousands_of_rows(tmp_path: Path) -> None:
    rows = [HEADINGS_TOP, HEADINGS_SUB] + [
        [n, f"Văn bản số {n}", f"{n}/QĐ-UBND", date(2024, 1, 1 + n % 28), "UBND tỉnh", f"{1 + n % 28}/02/2024",
         "Còn hiệu lực", "x", None, None]
        for n in range(1, 2501)
    ]  # fmt: skip
    path = write_xlsx(tmp_path / "big.xlsx", rows, merges=["H1:I1"])
    preview = preview_of(path)
    assert preview.problems == () and preview.ok_count == 2500
    assert preview.rows[-1].number == 2502


def test_too_many_rows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(excel_import, "MAX_DATA_ROWS", 10)
    rows = [["Tên tài liệu", "Số ký hiệu", "Ngày ban hành"]] + [[f"VB {n}", str(n), "01/01/2024"] for n in range(40)]
    error = file_error(write_xlsx(tmp_path / "a.xlsx", rows))
    assert error.code == "too_many_rows" and error.params["limit"] == 10


def test_formatting_far_below_the_data_is_ignored(tmp_path: Path) -> None:
    rows = [["Tên tài liệu", "Số ký hiệu", "Ngày ban hành"], ["Luật", "1", "01/01/2024"]]
    path = write_xlsx(tmp_path / "a.xlsx", rows)
    from openpyxl import load_workbook
    from openpyxl.styles import Border, Side

    book = load_workbook(path)
    for row in range(3, 3000):  # bordered empty rows, as in templates prepared for a whole year
        book.active.cell(row=row, column=1).border = Border(left=Side(style="thin"))
    book.save(path)
    sheet = read_sheet(path, spec=EXTERNAL)
    assert len(sheet.rows) == 1 and sheet.empty_rows == 0


# --------------------------------------------------------------------------------------------------
# Workbooks written by LibreOffice Calc


@pytest.fixture(scope="module")
def calc(tmp_path_factory: pytest.TempPathFactory) -> Callable[..., Path]:
    """Convert a file with LibreOffice Calc in a private profile; skip when Calc is unavailable."""
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    profile = tmp_path_factory.mktemp("lo-profile")

    def convert(source: Path, target_format: str, *, infilter: str | None = None) -> Path:
        outdir = source.parent / f"lo-{target_format}"
        command = [soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore"]
        if infilter:
            command.append(f"--infilter={infilter}")
        command += ["--convert-to", target_format, "--outdir", str(outdir), str(source)]
        subprocess.run(command, capture_output=True, timeout=180, check=False)
        produced = outdir / f"{source.stem}.{target_format}"
        if not produced.exists():
            pytest.skip("LibreOffice Calc could not convert (libreoffice-calc is not installed?)")
        return produced

    return convert


@pytest.mark.slow
def test_libreoffice_resave_of_a_real_register_reads_the_same(real_register: Path, calc: Callable[..., Path]) -> None:
    resaved = calc(real_register, "xlsx")
    original, again = preview_of(real_register), preview_of(resaved)
    assert again.sheet.header_rows == (6, 7)
    assert codes(again) == codes(original)
    assert [dict(row.values) for row in again.rows] == [dict(row.values) for row in original.rows]


@pytest.mark.slow
def test_libreoffice_csv_import_with_vietnamese_locale(tmp_path: Path, calc: Callable[..., Path]) -> None:
    csv = tmp_path / "danh muc.csv"
    csv.write_text(
        "DANH MỤC TÀI LIỆU BÊN NGOÀI,,,,\n"
        ",,,,\n"
        "TT,Tên tài liệu,Số ký hiệu,Ngày ban hành,Tình trạng hiệu lực\n"
        "1,Luật Đất đai,31/2024/QH15,18/01/2024,Còn hiệu lực\n"
        '2,"Nghị định 102, quy định chi tiết",01,06/11/2024,HẾT HIỆU LỰC\n'
        "3,Thông tư,02/2024/TT-BKHCN,31/02/2024,Còn hiệu lực\n"
        "Ghi chú: danh mục cập nhật hằng quý,,,,\n",
        encoding="utf-8",
    )
    # Comma-separated, UTF-8, Vietnamese locale (1066) with date detection: Calc stores 18/01/2024 as a
    # real date, keeps 31/02/2024 as text and turns the code 01 into the number 1.
    workbook = calc(csv, "xlsx", infilter="CSV:44,34,76,1,,1066,false,true")
    preview = preview_of(workbook)
    assert codes(preview) == [(6, "issued", "not_a_date")]
    assert [dict(row.values) for row in preview.valid_rows()] == [
        {**dict.fromkeys(r.key for r in EXTERNAL.columns), "name": "Luật Đất đai", "code": "31/2024/QH15",
         "issued": date(2024, 1, 18), "status": "active"},
        {**dict.fromkeys(r.key for r in EXTERNAL.columns), "name": "Nghị định 102, quy định chi tiết", "code": "1",
         "issued": date(2024, 11, 6), "status": "expired"},
    ]  # fmt: skip
    assert preview.sheet.notes == ((7, "Ghi chú: danh mục cập nhật hằng quý"),)


@pytest.mark.slow
def test_real_xls_written_by_libreoffice(real_register: Path, calc: Callable[..., Path]) -> None:
    xls = calc(real_register, "xls")
    assert file_error(xls).code == "xls_format"


def test_sheet_data_is_a_plain_value(real_register: Path) -> None:
    sheet = read_sheet(real_register, spec=EXTERNAL)
    assert isinstance(sheet, SheetData) and sheet == read_sheet(real_register, spec=EXTERNAL)
