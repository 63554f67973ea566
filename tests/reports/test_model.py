"""The document model's NĐ 30 validation and the layout helpers shared by both renderers."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

from isodesk.domain.errors import DomainError
from isodesk.paths import resource_path
from isodesk.reports import (
    AdminDocument,
    Appendix,
    Column,
    GroupRow,
    HeaderCell,
    Heading,
    Margins,
    Paragraph,
    Run,
    Table,
    TableRow,
)
from isodesk.reports import nd30_layout as L
from isodesk.reports.fonts import PDF_FONT_FILES, register_pdf_fonts, text_width_pt


def minimal(**fields: object) -> AdminDocument:
    values: dict[str, object] = dict(agency="Sở Nội vụ", symbol="KH-SNV", place="Hà Tĩnh", doc_type="KẾ HOẠCH",
                                     summary="Đánh giá nội bộ năm 2025")
    values.update(fields)
    return AdminDocument(**values)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("margins", "side"),
    [
        (dict(top=19), "top"), (dict(top=26), "top"), (dict(bottom=19.9), "bottom"),
        (dict(left=29), "left"), (dict(left=36), "left"), (dict(right=14), "right"), (dict(right=21), "right"),
    ],
)
def test_margins_outside_nd30_ranges_are_refused(margins: dict[str, float], side: str) -> None:
    with pytest.raises(DomainError) as info:
        Margins(**margins)
    assert info.value.code == "nd30_margin_out_of_range"
    assert [p.field for p in info.value.problems] == [f"margins.{side}"]


def test_margins_within_ranges() -> None:
    assert Margins() == Margins(20, 20, 30, 15)
    Margins(top=25, bottom=25, left=35, right=20)


@pytest.mark.parametrize(
    ("fields", "code"),
    [
        (dict(body_font_size=12), "nd30_font_size"),
        (dict(body_font_size=15), "nd30_font_size"),
        (dict(line_spacing=0.9), "nd30_line_spacing"),
        (dict(line_spacing=2.0), "nd30_line_spacing"),
        (dict(paragraph_spacing_pt=3), "nd30_paragraph_spacing"),
        (dict(agency=" "), "required"),
        (dict(number=0), "doc_number_positive"),
    ],
)
def test_document_rules(fields: dict[str, object], code: str) -> None:
    with pytest.raises(DomainError) as info:
        minimal(**fields)
    assert info.value.code == "nd30_layout"
    assert [p.code for p in info.value.problems] == [code]


def test_sequences_are_frozen_to_tuples() -> None:
    document = minimal(bases=["Căn cứ A", "Căn cứ B"], recipients=["Lưu: VT"])
    assert document.bases == ("Căn cứ A", "Căn cứ B")
    assert document.recipients == ("Lưu: VT",)
    hash(Paragraph(runs=[Run("a"), Run("b", bold=True)]))


def test_tables_validate_their_shape() -> None:
    columns = [Column("TT", 10), Column("Nội dung", 50), Column("Ghi chú", 20)]
    with pytest.raises(DomainError, match="table_row_shape"):
        Table(columns, rows=[("1", "a")])
    with pytest.raises(DomainError, match="table_header_shape"):
        Table(columns, header_rows=[[HeaderCell("TT"), HeaderCell("Nội dung", colspan=3)]])
    with pytest.raises(DomainError, match="table_header_shape"):  # second row leaves a hole
        Table(columns, header_rows=[[HeaderCell("TT", rowspan=2), HeaderCell("Nhóm", colspan=2)], [HeaderCell("A")]])
    table = Table(columns, rows=[("1", "a", ""), GroupRow("I. NHÓM"), TableRow(("", "Tổng", "")), ["2", "b", "c"]])
    assert [type(r).__name__ for r in table.rows] == ["TableRow", "GroupRow", "TableRow", "TableRow"]
    assert [c.text for c in table.effective_header[0]] == ["TT", "Nội dung", "Ghi chú"]
    with pytest.raises(DomainError):
        Column("x", 0)
    with pytest.raises(DomainError):
        Heading(5, "x")


def test_appendix_numbering_and_reference_lines() -> None:
    one = minimal(appendices=[Appendix("A")], number=5, date=date(2024, 11, 6), issuer_name="Sở Nội vụ")
    assert one.appendix_label(0) == "PHỤ LỤC"
    assert one.appendix_reference(one.appendices[0]) == "(Kèm theo Kế hoạch số 05/KH-SNV ngày 06/11/2024 của Sở Nội vụ)"
    three = minimal(appendices=[Appendix("A"), Appendix("B"), Appendix("C", reference_line="(Kèm theo …)")])
    assert [three.appendix_label(i) for i in range(3)] == ["Phụ lục I", "Phụ lục II", "Phụ lục III"]
    assert three.appendix_reference(three.appendices[2]) == "(Kèm theo …)"
    electronic = minimal(appendices=[Appendix("A")], number=5, date=date(2024, 11, 6), is_electronic=True)
    reference = electronic.appendix_reference(electronic.appendices[0])
    assert reference.startswith("(Kèm theo Kế hoạch số ") and "05" not in reference
    assert "/KH-SNV ngày" in reference and reference.endswith("/11/2024)")


def test_appendix_orientation() -> None:
    wide = Table([Column("a", 100), Column("b", 100)])
    narrow = Table([Column("a", 100), Column("b", 60)])
    assert Appendix("x", blocks=[wide]).is_landscape(165)
    assert not Appendix("x", blocks=[narrow]).is_landscape(165)
    assert not Appendix("x", blocks=[wide], landscape=False).is_landscape(165)
    assert Appendix("x", landscape=True).is_landscape(165)


def test_list_punctuation_is_never_doubled() -> None:
    assert L.punctuate(["Căn cứ A;", "Căn cứ B.", "Căn cứ C;."]) == ["Căn cứ A;", "Căn cứ B;", "Căn cứ C."]
    assert L.punctuate(["  ", "Căn cứ (sửa đổi)"]) == ["Căn cứ (sửa đổi)."]
    assert L.recipient_lines(["- Như trên;", "Lãnh đạo Sở", "Lưu: VT, VP₂."]) == [
        "- Như trên;", "- Lãnh đạo Sở;", "- Lưu: VT, VP₂."]
    assert L.with_mark("+Nội dung", "+") == "+ Nội dung"
    assert L.with_mark("Nội dung", "-") == "- Nội dung"


def test_clean_text() -> None:
    assert L.clean("a\x00b\x0bc\r\nd\re") == "abc\nd\ne"
    assert L.clean("Ke\u0302\u0301 hoa\u0323ch") == "Kế hoạch"


def test_balanced_agency_lines() -> None:
    assert L.balanced_lines("SỞ Y TẾ", 65, 13, bold=True) == ["SỞ Y TẾ"]
    lines = L.balanced_lines("ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH", 65, 13, bold=True)
    assert lines == ["ỦY BAN NHÂN DÂN", "TỈNH HÀ TĨNH"]
    assert len(L.balanced_lines("SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH HÀ TĨNH", 65, 13, bold=True)) == 2


def test_quoc_hieu_fits_its_column() -> None:
    _, right = L.header_columns_mm(165)
    width = text_width_pt(L.NATIONAL_TITLE, L.SIZES.national_title, bold=True) / L.PT_PER_MM
    assert width <= right - 2 * L.CELL_PAD_MM


def test_fonts_are_bundled_and_resolved_from_the_package() -> None:
    for name in PDF_FONT_FILES.values():
        assert resource_path("fonts", name).is_file()
    assert resource_path("fonts", "LICENSE-LiberationSerif.txt").is_file()
    assert register_pdf_fonts() == "LiberationSerif"
    assert register_pdf_fonts() == "LiberationSerif"  # idempotent


def test_resource_path_when_frozen(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resource_path("fonts", "x.ttf") == tmp_path / "resources" / "fonts" / "x.ttf"
