"""The Word file re-opened with python-docx: NĐ 30 page set-up, fonts, header/footer blocks, tables, sections."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterator
from datetime import date, datetime, timezone
from pathlib import Path

import docx
import pytest
from docx.document import Document as DocxDocument
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.styles.style import ParagraphStyle
from docx.table import Table as DocxTable
from docx.text.paragraph import Paragraph as DocxParagraph

from isodesk.reports import AdminDocument, render_docx
from isodesk.reports.fonts import text_width_pt

TNR = "Times New Roman"
MM_PER_TWIP = 25.4 / 1440


@pytest.fixture(scope="module")
def plan_docx(rendered_plan) -> DocxDocument:  # type: ignore[no-untyped-def]
    return docx.Document(str(rendered_plan.docx))


@pytest.fixture(scope="module")
def report_docx(rendered_report) -> DocxDocument:  # type: ignore[no-untyped-def]
    return docx.Document(str(rendered_report.docx))


def body_paragraphs(document: DocxDocument) -> list[DocxParagraph]:
    """Top-level body paragraphs in order (not those inside tables)."""
    return [DocxParagraph(p, document._body) for p in document.element.body.iterchildren(qn("w:p"))]


def all_paragraphs(document: DocxDocument) -> Iterator[DocxParagraph]:
    yield from body_paragraphs(document)
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                yield from cell.paragraphs


def style_value(style: ParagraphStyle | None, getter: Callable[[ParagraphStyle], object]) -> object:
    """First non-None value of ``getter`` along the style's base-style chain."""
    while style is not None:
        value = getter(style)
        if value is not None:
            return value
        style = style.base_style
    return None


def tc_text(tc: object) -> str:
    """Text of a w:tc (python-docx's element classes make lxml's itertext() unreliable)."""
    return "".join(tc.xpath(".//w:t/text()"))  # type: ignore[attr-defined]


def close_to(length: int, expected: object, tolerance_mm: float = 0.05) -> bool:
    """Lengths are stored in twips; Mm() is in EMU: compare within a rounding tolerance."""
    return abs(int(length) - int(expected)) <= Mm(tolerance_mm)  # type: ignore[call-overload]


def paragraph_with(document: DocxDocument, text: str) -> DocxParagraph:
    return next(p for p in all_paragraphs(document) if p.text == text)


# --------------------------------------------------------------------------- page set-up


def test_every_section_is_a4_with_nd30_margins(plan_docx: DocxDocument) -> None:
    sections = plan_docx.sections
    assert len(sections) == 3  # main text + Phụ lục I + Phụ lục II
    for section in sections:
        short, long = sorted((section.page_width, section.page_height))
        assert close_to(short, Mm(210)) and close_to(long, Mm(297))
        assert close_to(section.top_margin, Mm(20)) and close_to(section.bottom_margin, Mm(20))
        assert close_to(section.left_margin, Mm(30)) and close_to(section.right_margin, Mm(15))
    assert sections[0].page_width < sections[0].page_height
    assert sections[1].page_width < sections[1].page_height
    assert sections[2].page_width > sections[2].page_height  # the wide risk table is landscape
    assert sections[2].orientation == docx.enum.section.WD_ORIENT.LANDSCAPE


def test_page_numbers_from_page_two_restarting_in_each_appendix(plan_docx: DocxDocument) -> None:
    for section in plan_docx.sections:
        sectPr = section._sectPr
        assert section.different_first_page_header_footer  # titlePg: no number on page 1
        pg = sectPr.find(qn("w:pgNumType"))
        assert pg is not None and pg.get(qn("w:start")) == "1"
        assert section.first_page_header.paragraphs[0].text == ""
    header = plan_docx.sections[0].header
    instr = [el.text for el in header._element.iter(qn("w:instrText"))]
    assert instr == [" PAGE "]
    assert header.paragraphs[0].alignment is None  # centred by its style
    assert header.paragraphs[0].style.paragraph_format.alignment == docx.enum.text.WD_ALIGN_PARAGRAPH.CENTER
    # appendix sections reuse (link to) the main header, so they show the same PAGE field
    assert all(s.header.is_linked_to_previous for s in plan_docx.sections[1:])


# --------------------------------------------------------------------------- fonts


def test_theme_fonts_removed_and_times_new_roman_everywhere(plan_docx: DocxDocument) -> None:
    defaults = plan_docx.styles.element.find(qn("w:docDefaults"))
    rfonts = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:rFonts')}")
    assert {k.split("}")[1]: v for k, v in rfonts.attrib.items()} == {
        "ascii": TNR, "hAnsi": TNR, "eastAsia": TNR, "cs": TNR,
    }
    used = {p.style.style_id: p.style for p in all_paragraphs(plan_docx)}
    for section in plan_docx.sections:
        used.update({p.style.style_id: p.style for p in section.header.paragraphs})
    assert len(used) > 15
    for style in list(used.values()) + [plan_docx.styles["Normal"]]:
        rfonts = style.element.find(f"{qn('w:rPr')}/{qn('w:rFonts')}")
        assert rfonts is not None, style.name
        assert all(rfonts.get(qn(f"w:{a}")) == TNR for a in ("ascii", "hAnsi", "eastAsia", "cs")), style.name
        assert not any("theme" in k.lower() for k in rfonts.attrib), style.name
    # no run overrides the font
    for paragraph in all_paragraphs(plan_docx):
        for run in paragraph.runs:
            assert run.font.name in (None, TNR)


def test_named_styles_not_direct_formatting(plan_docx: DocxDocument) -> None:
    names = {p.style.name for p in all_paragraphs(plan_docx)}
    assert {"ND30 Body", "ND30 Heading 1", "ND30 Heading 2", "ND30 Basis", "ND30 Agency",
            "ND30 Recipients Title", "ND30 Recipients", "ND30 Signature Authority"} <= names
    body = plan_docx.styles["ND30 Body"]
    assert body.font.size == Pt(14)
    assert close_to(body.paragraph_format.first_line_indent, Mm(10))
    assert body.paragraph_format.space_after >= Pt(6)
    assert body.paragraph_format.alignment == docx.enum.text.WD_ALIGN_PARAGRAPH.JUSTIFY
    assert 1.0 <= body.paragraph_format.line_spacing <= 1.5
    # runs carry no size: sizes come from styles
    assert all(r.font.size is None for p in all_paragraphs(plan_docx) for r in p.runs)


# --------------------------------------------------------------------------- header and title


def test_header_table(plan_docx: DocxDocument) -> None:
    header = plan_docx.tables[0]
    left, right = header.rows[0].cells
    assert left.text.replace("\n", " ").startswith("ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH")
    assert [p.text for p in right.paragraphs[:2]] == ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
    number, place_date = header.rows[1].cells
    assert number.text == "Số: 05/KH-UBND"
    assert place_date.text == "Hà Tĩnh, ngày 06 tháng 11 năm 2024"
    date_style = place_date.paragraphs[0].style
    assert date_style.font.italic and date_style.font.size == Pt(14)
    assert number.paragraphs[0].style.font.size == Pt(13)
    agency_style = left.paragraphs[0].style
    assert agency_style.font.bold and agency_style.font.size in (Pt(12), Pt(13))
    national = right.paragraphs[0].style
    assert national.font.bold and national.font.size in (Pt(12), Pt(13))
    motto = right.paragraphs[1].style
    assert motto.font.bold and motto.font.size in (Pt(13), Pt(14))
    # borderless layout table
    borders = header._tbl.tblPr.find(qn("w:tblBorders"))
    assert all(b.get(qn("w:val")) == "nil" for b in borders)


def _rule_length_mm(paragraph: DocxParagraph, cell_width_mm: float) -> float:
    pPr = paragraph._p.pPr
    assert pPr.find(f"{qn('w:pBdr')}/{qn('w:bottom')}") is not None
    ind = pPr.find(qn("w:ind"))
    left = int(ind.get(qn("w:left"))) * MM_PER_TWIP
    right = int(ind.get(qn("w:right"))) * MM_PER_TWIP
    return cell_width_mm - left - right


def test_rules_under_agency_and_motto(plan_docx: DocxDocument) -> None:
    header = plan_docx.tables[0]
    widths = [int(c.get(qn("w:w"))) * MM_PER_TWIP for c in header._tbl.tblGrid.iterchildren(qn("w:gridCol"))]
    pad = 1.2 * 2
    left, right = header.rows[0].cells
    agency_lines = left.paragraphs[0].text.split("\n")
    longest = max(text_width_pt(line, 13, bold=True) for line in agency_lines) * 25.4 / 72
    agency_rule = _rule_length_mm(left.paragraphs[1], widths[0] - pad)
    assert longest / 3 - 0.5 <= agency_rule <= longest / 2 + 0.5
    motto_width = text_width_pt("Độc lập - Tự do - Hạnh phúc", 13, bold=True) * 25.4 / 72
    assert _rule_length_mm(right.paragraphs[2], widths[1] - pad) == pytest.approx(motto_width, abs=0.3)


def test_document_type_summary_and_bases(plan_docx: DocxDocument, make_plan) -> None:  # type: ignore[no-untyped-def]
    texts = [p.text for p in body_paragraphs(plan_docx)]
    assert "KẾ HOẠCH" in texts
    doc_type = paragraph_with(plan_docx, "KẾ HOẠCH")
    assert doc_type.style.font.bold and doc_type.style.font.size == Pt(14)
    summary = paragraph_with(plan_docx, make_plan().summary)
    assert summary.style.font.bold
    following = body_paragraphs(plan_docx)[texts.index(summary.text) + 1]
    assert following.text == "" and following._p.pPr.find(qn("w:pBdr")) is not None  # the short rule
    bases = [p for p in body_paragraphs(plan_docx) if p.style.name == "ND30 Basis"]
    assert len(bases) == 3 and all(p.style.font.italic for p in bases)
    assert [p.text[-1] for p in bases] == [";", ";", "."]
    assert not any(p.text.endswith((";;", ".;", ";.", "..")) for p in bases)


def test_headings(plan_docx: DocxDocument) -> None:
    by_style = {}
    for p in body_paragraphs(plan_docx):
        by_style.setdefault(p.style.name, []).append(p.text)
    assert by_style["ND30 Heading 1"] == ["I. MỤC ĐÍCH, YÊU CẦU", "II. NHIỆM VỤ", "III. TỔ CHỨC THỰC HIỆN"]
    assert by_style["ND30 Heading 2"] == ["1. Mục đích", "2. Yêu cầu"]
    assert by_style["ND30 Heading 3"] == ["a) Đối với các sở, ban, ngành cấp tỉnh"]
    assert plan_docx.styles["ND30 Heading 1"].font.bold
    assert plan_docx.styles["ND30 Heading 1"].paragraph_format.keep_with_next
    assert by_style["ND30 Bullet"][1].startswith("- Hệ thống")  # no doubled dash
    assert by_style["ND30 Plus Bullet"] == ["+ Xây dựng Kế hoạch chuyển đổi đối với các cơ quan, đơn vị trực thuộc."]


# --------------------------------------------------------------------------- footer


def _footer_table(document: DocxDocument) -> DocxTable:
    return next(t for t in document.tables if t.rows[0].cells[0].paragraphs[0].text == "Nơi nhận:")


def test_recipients_and_signature(plan_docx: DocxDocument) -> None:
    left, right = _footer_table(plan_docx).rows[0].cells
    title = left.paragraphs[0]
    assert title.style.font.bold and title.style.font.italic and title.style.font.size == Pt(12)
    items = [p.text for p in left.paragraphs[1:]]
    assert items == [
        "- Bộ Khoa học và Công nghệ;",
        "- TT. Tỉnh ủy, TT. HĐND tỉnh;",
        "- Chủ tịch, các PCT UBND tỉnh;",
        "- Các Sở, ban, ngành, đoàn thể cấp tỉnh;",
        "- Lưu: VT, KT₁.",
    ]
    assert all(p.style.font.size == Pt(11) for p in left.paragraphs[1:])
    lines = [p.text for p in right.paragraphs]
    assert lines[:3] == ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]
    assert lines[3:6] == ["", "", ""]  # room for the signature and seal
    assert lines[-1] == "Đặng Quốc Vinh"
    assert all(p.style.font.bold for p in right.paragraphs)
    assert right.paragraphs[0].style.font.size in (Pt(13), Pt(14))


# --------------------------------------------------------------------------- tables and appendices


def _table_with_header(document: DocxDocument, first_cell: str, second_cell: str) -> DocxTable:
    return next(
        t for t in document.tables
        if len(t.columns) > 2 and t.rows[0].cells[0].text == first_cell and t.rows[0].cells[1].text == second_cell
    )


def test_two_level_header_is_merged_and_repeated(plan_docx: DocxDocument) -> None:
    table = _table_with_header(plan_docx, "TT", "Vấn đề/quá trình")
    rows = table._tbl.tr_lst
    for tr in rows[:2]:
        assert tr.trPr.find(qn("w:tblHeader")) is not None
        assert tr.trPr.find(qn("w:cantSplit")) is not None
    assert all(tr.trPr is None or tr.trPr.find(qn("w:tblHeader")) is None for tr in rows[2:])
    first = rows[0].tc_lst
    risk = next(tc for tc in first if tc_text(tc) == "Rủi ro")
    assert risk.grid_span == 3
    tt = first[0]
    assert tt.vMerge == "restart"
    assert rows[1].tc_lst[0].vMerge == "continue"
    assert [tc_text(tc) for tc in rows[1].tc_lst if tc.vMerge is None] == ["Thấp", "Cao", "Rất cao"]
    # group row spans the full width, bold
    group = rows[2].tc_lst
    assert len(group) == 1 and group[0].grid_span == 10
    assert tc_text(group[0]) == "I. DO CÁC YẾU TỐ NỘI BỘ"
    # thin borders
    borders = table._tbl.tblPr.find(qn("w:tblBorders"))
    assert {b.get(qn("w:val")) for b in borders} == {"single"}


def test_appendices(plan_docx: DocxDocument) -> None:
    texts = [p.text for p in body_paragraphs(plan_docx)]
    assert "Phụ lục I" in texts and "Phụ lục II" in texts
    label = paragraph_with(plan_docx, "Phụ lục I")
    assert label.style.font.bold and label.style.font.size == Pt(14)
    assert label.style.paragraph_format.alignment == docx.enum.text.WD_ALIGN_PARAGRAPH.CENTER
    title = texts[texts.index("Phụ lục I") + 1]
    assert title == "DANH SÁCH CƠ QUAN, ĐƠN VỊ DUY TRÌ HỆ THỐNG QUẢN LÝ CHẤT LƯỢNG NĂM 2025"
    assert "(Kèm theo Kế hoạch số 05/KH-UBND ngày 06/11/2024 của UBND tỉnh)" in texts
    reference = paragraph_with(plan_docx, "(Kèm theo Kế hoạch số 05/KH-UBND ngày 06/11/2024 của UBND tỉnh)")
    assert reference.style.font.italic
    # each appendix starts a new section: its label comes right after a section break
    breaks = [i for i, p in enumerate(body_paragraphs(plan_docx)) if p._p.pPr is not None
              and p._p.pPr.find(qn("w:sectPr")) is not None]
    assert len(breaks) == 2
    assert texts[breaks[0] + 1] == "Phụ lục I" and texts[breaks[1] + 1] == "Phụ lục II"


def test_single_appendix_kinh_gui_parent_agency_and_electronic_reference(report_docx: DocxDocument) -> None:
    texts = [p.text for p in body_paragraphs(report_docx)]
    assert "PHỤ LỤC" in texts and "Phụ lục I" not in texts
    assert "(Kèm theo Báo cáo số       /BC-STTTT ngày       /11/2024 của Sở Thông tin và Truyền thông)" in texts
    left = report_docx.tables[0].rows[0].cells[0]
    assert left.paragraphs[0].text == "UBND TỈNH HÀ TĨNH"
    assert not left.paragraphs[0].style.font.bold
    assert report_docx.tables[0].rows[1].cells[0].text == "Số: 284/BC-STTTT"
    kinh_gui = report_docx.tables[1]
    assert kinh_gui.rows[0].cells[0].text == "Kính gửi:"
    assert [p.text for p in kinh_gui.rows[0].cells[1].paragraphs] == ["- Sở Khoa học và Công nghệ;", "- Ủy ban nhân dân tỉnh."]
    right = _footer_table(report_docx).rows[0].cells[1]
    assert right.paragraphs[0].text == "GIÁM ĐỐC"


def test_long_table_repeats_header_and_keeps_rows(tmp_path: Path, make_plan, make_unit_table) -> None:  # type: ignore[no-untyped-def]
    from isodesk.reports import Appendix

    document = make_plan(appendices=[Appendix("Danh sách", blocks=[make_unit_table(650)])])
    out = docx.Document(str(render_docx(document, tmp_path / "long.docx")))
    table = next(t for t in out.tables if len(t.rows) > 600)
    assert len(table.rows) == 652
    header_flags = [tr.trPr is not None and tr.trPr.find(qn("w:tblHeader")) is not None for tr in table._tbl.tr_lst]
    assert header_flags[:2] == [True, True] and not any(header_flags[2:])
    assert table.rows[651].cells[1].text == "Thanh tra Sở (đơn vị số 650)"


# --------------------------------------------------------------------------- drafts, optional parts, text


def test_draft_number_and_date(tmp_path: Path, make_plan) -> None:  # type: ignore[no-untyped-def]
    out = docx.Document(str(render_docx(make_plan(number=None, date=None, year=2025), tmp_path / "draft.docx")))
    number, place_date = out.tables[0].rows[1].cells
    assert number.text == "Số:      /KH-UBND"
    assert place_date.text == "Hà Tĩnh, ngày      tháng      năm 2025"
    t = number.paragraphs[0]._p.findall(f".//{qn('w:t')}")
    assert all(el.get("{http://www.w3.org/XML/1998/namespace}space") == "preserve" for el in t)


def test_minimal_document_without_optional_parts(tmp_path: Path) -> None:
    document = AdminDocument(agency="Sở Khoa học và Công nghệ", symbol="TB-SKHCN", place="Đồng Tháp",
                             doc_type="THÔNG BÁO", summary="")
    out = docx.Document(str(render_docx(document, tmp_path / "minimal.docx")))
    assert len(out.sections) == 1
    # too long for one line of the left column: broken into two even lines
    assert out.tables[0].rows[0].cells[0].paragraphs[0].text == "SỞ KHOA HỌC\nVÀ CÔNG NGHỆ"
    assert len(out.tables) == 1  # no footer table without recipients and signature


def test_decomposed_input_is_composed(tmp_path: Path, make_plan) -> None:  # type: ignore[no-untyped-def]
    summary = unicodedata.normalize("NFD", "Hệ thống quản lý chất lượng năm 2025")
    out = docx.Document(str(render_docx(make_plan(summary=summary, appendices=[]), tmp_path / "nfd.docx")))
    texts = [p.text for p in all_paragraphs(out)]
    assert "Hệ thống quản lý chất lượng năm 2025" in texts
    assert all(unicodedata.is_normalized("NFC", t) for t in texts)


def test_core_properties(plan_docx: DocxDocument) -> None:
    props = plan_docx.core_properties
    assert props.title.startswith("Kế hoạch số 05/KH-UBND: Duy trì, cải tiến")
    assert props.language == "vi-VN"
    # not python-docx's template defaults (created 2013, author "python-docx")
    now = datetime.now(timezone.utc).replace(tzinfo=None)
    assert props.created is not None and abs((now - props.created.replace(tzinfo=None)).total_seconds()) < 600
    assert props.modified == props.created
    assert props.author == "Ủy ban nhân dân tỉnh Hà Tĩnh" and props.last_modified_by == "isodesk"


def test_landscape_main_text(tmp_path: Path, make_plan) -> None:  # type: ignore[no-untyped-def]
    from isodesk.reports import Orientation

    out = docx.Document(str(render_docx(make_plan(orientation=Orientation.LANDSCAPE, appendices=[]),
                                        tmp_path / "landscape.docx")))
    section = out.sections[0]
    assert close_to(section.page_width, Mm(297)) and close_to(section.page_height, Mm(210))


@pytest.mark.parametrize("issued", [date(2020, 1, 5), date(2019, 6, 29)])
def test_date_line_padding(tmp_path: Path, make_plan, issued: date) -> None:  # type: ignore[no-untyped-def]
    out = docx.Document(str(render_docx(make_plan(date=issued, appendices=[]), tmp_path / "d.docx")))
    expected = {date(2020, 1, 5): "Hà Tĩnh, ngày 05 tháng 01 năm 2020",
                date(2019, 6, 29): "Hà Tĩnh, ngày 29 tháng 6 năm 2019"}[issued]
    assert out.tables[0].rows[1].cells[1].text == expected


def test_single_recipient_kinh_gui_is_one_centred_line(tmp_path: Path, make_report) -> None:  # type: ignore[no-untyped-def]
    out = docx.Document(str(render_docx(make_report(kinh_gui=["Sở Khoa học và Công nghệ;"], appendices=[]),
                                        tmp_path / "kg.docx")))
    line = paragraph_with(out, "Kính gửi: Sở Khoa học và Công nghệ.")
    assert line.alignment == docx.enum.text.WD_ALIGN_PARAGRAPH.CENTER


def test_header_repetition_can_be_turned_off(tmp_path: Path, make_plan) -> None:  # type: ignore[no-untyped-def]
    from isodesk.reports import Appendix, Column, Table

    table = Table([Column("TT", 10), Column("Nội dung", 100)], rows=[("1", "a")], repeat_header=False)
    out = docx.Document(str(render_docx(make_plan(appendices=[Appendix("X", blocks=[table])]), tmp_path / "r.docx")))
    assert "<w:tblHeader" not in out.tables[-1]._tbl.xml


def test_group_rows_keep_with_the_next_row(tmp_path: Path) -> None:
    from isodesk.reports import Column, GroupRow, Table

    table = Table(columns=(Column("TT", 15), Column("Nội dung", 150)),
                  rows=[GroupRow("I. HỘ TỊCH"), ("1", "Luật Hộ tịch"), ("2", "Nghị định 123/2015/NĐ-CP")])
    document = AdminDocument(agency="Ủy ban nhân dân xã Thạch Lạc", symbol="DM-UBND", place="Thạch Lạc",
                             doc_type="Danh mục", summary="Nhóm", year=2025, body=[table])
    word = docx.Document(str(render_docx(document, tmp_path / "nhom.docx")))
    rows = word.tables[-1].rows
    keeps = [[p._p.pPr is not None and p._p.pPr.find(qn("w:keepNext")) is not None
              for cell in row.cells for p in cell.paragraphs] for row in rows]
    assert rows[1].cells[0].text == "I. HỘ TỊCH" and all(keeps[1])  # Word keeps the row with the next one
    assert not any(keeps[2]) and not any(keeps[3])
