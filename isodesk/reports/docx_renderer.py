"""Render an :class:`AdminDocument` to an editable Word file laid out per NĐ 30/2020.

The file uses real named styles ("ND30 Body", "ND30 Heading 1", …) so the secretary can restyle
it in Word, Times New Roman everywhere (all four ``rFonts`` attributes, theme fonts removed from
the document defaults — otherwise LibreOffice falls back to mixed fonts for Vietnamese), one
section per appendix with page numbering restarting at 1, and the page number centred in the
top margin from page 2 (``titlePg`` + a ``PAGE`` field).

Styles, sections and headers are set up through python-docx; the content is generated as
WordprocessingML text and spliced into document.xml, which is parsed once. Creating thousands of
table cells through python-docx's object API (or moving parsed elements into the tree one by one)
takes seconds for a 600-row appendix; this takes a few hundredths.
"""

from __future__ import annotations

import copy
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape

from isodesk.reports import nd30_layout as L
from isodesk.reports.files import atomic_path
from isodesk.reports.fonts import DOCX_FONT
from isodesk.reports.model import AdminDocument, Align, Run
from isodesk.reports.page_layout import (
    PAGE_NUMBER,
    Break,
    DocumentLayout,
    Gap,
    Grid,
    GridCell,
    Item,
    Para,
    Rule,
    SectionLayout,
    StyleSpec,
    build_layout,
)

if TYPE_CHECKING:
    from docx.document import Document as DocxDocument
    from docx.section import Section
    from lxml.etree import _Element

__all__ = ["render_docx"]

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W = f"{{{W_NS}}}"
RULE_STYLE = "ND30 Rule"
SPACER_STYLE = "ND30 Spacer"
_JC = {Align.LEFT: "left", Align.CENTER: "center", Align.RIGHT: "right", Align.JUSTIFY: "both"}
# Elements that follow w:pgNumType inside w:sectPr (ECMA-376 CT_SectPr sequence).
_AFTER_PGNUMTYPE = ("cols", "formProt", "vAlign", "noEndnote", "titlePg", "textDirection", "bidi",
                    "rtlGutter", "docGrid", "printerSettings", "sectPrChange")


def _twips(mm: float) -> int:
    return round(mm * 1440 / 25.4)


def render_docx(doc: AdminDocument, path: Path) -> Path:
    """Write ``doc`` as a .docx file.

    Args:
        doc: the document.
        path: where to write; parent folders must exist. An existing file is replaced only once the
            new one is complete (reports/files.py).

    Returns:
        ``path``.
    """
    from docx import Document
    from docx.oxml import parse_xml
    from lxml import etree

    layout = build_layout(doc)
    document = Document()
    style_ids = _setup_styles(document, layout)
    _set_properties(document, layout)
    body = document.element.body
    body_sectPr = body.sectPr
    for index, section in enumerate(layout.sections):
        if index == 0:
            _configure_section(document.sections[0], section, doc)
            _add_page_number_header(document.sections[0], style_ids[PAGE_NUMBER])
        else:
            # The previous section ends with a paragraph carrying a copy of its settings; the
            # body-level sectPr then describes the new section (headers linked to the previous one).
            closing = _parse(f'<w:p><w:pPr><w:pStyle w:val="{style_ids[SPACER_STYLE]}"/></w:pPr></w:p>')[0]
            properties = closing.find(f"{_W}pPr")
            assert properties is not None  # parsed just above with its pPr
            properties.append(copy.deepcopy(body_sectPr))
            body_sectPr.addprevious(closing)
            for ref in body_sectPr.findall(f"{_W}headerReference") + body_sectPr.findall(f"{_W}footerReference"):
                body_sectPr.remove(ref)
            _configure_section(document.sections[-1], section, doc)
        body_sectPr.addprevious(etree.Comment(_marker(index)))
    # Splice the content in as text and parse the part once: moving thousands of parsed elements
    # into the tree one by one (lxml reconciles namespaces per node) costs ~50× more.
    xml = etree.tostring(document.part.element, encoding="unicode")
    for index, section in enumerate(layout.sections):
        xml = xml.replace(f"<!--{_marker(index)}-->", _section_xml(section, style_ids), 1)
    document.part._element = parse_xml(xml)
    path = Path(path)
    with atomic_path(path) as temporary:
        document.save(str(temporary))
    return path


def _marker(index: int) -> str:
    return f"isodesk-section-{index}"


# --------------------------------------------------------------------------- styles and settings


def _set_fonts(rPr: Any) -> None:
    """Times New Roman for every script slot, and no theme font that could override it."""
    rFonts = rPr.get_or_add_rFonts()
    for attr in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"):
        rFonts.attrib.pop(f"{_W}{attr}", None)
    for attr in ("ascii", "hAnsi", "eastAsia", "cs"):
        rFonts.set(f"{_W}{attr}", DOCX_FONT)


def _setup_styles(document: DocxDocument, layout: DocumentLayout) -> dict[str, str]:
    from docx.enum.style import WD_STYLE_TYPE
    from docx.shared import Mm, Pt

    styles = document.styles
    defaults = styles.element.find(f"{_W}docDefaults")
    rpr_default = defaults.find(f"{_W}rPrDefault/{_W}rPr")
    _set_fonts(rpr_default)
    lang = rpr_default.find(f"{_W}lang")
    if lang is not None:
        lang.set(f"{_W}val", "vi-VN")
        lang.set(f"{_W}eastAsia", "vi-VN")
    spacing = defaults.find(f"{_W}pPrDefault/{_W}pPr/{_W}spacing")
    if spacing is not None:  # the template's 10 pt after / 1.15 lines would leak into every style
        spacing.getparent().remove(spacing)

    body_size = layout.styles["body"].size
    normal = styles["Normal"]
    normal.font.size = Pt(body_size)
    _set_fonts(normal.element.get_or_add_rPr())
    normal.paragraph_format.space_before = Pt(0)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.line_spacing = 1.0
    normal.paragraph_format.widow_control = True
    for builtin in ("Header", "Footer", "Normal Table", "Table Grid"):
        _set_fonts(styles[builtin].element.get_or_add_rPr())

    ids: dict[str, str] = {}
    for key, spec in layout.styles.items():
        ids[key] = _add_style(document, spec).style_id
    for name, size, keep in ((RULE_STYLE, L.RULE_CARRIER_PT, True), (SPACER_STYLE, 1.0, False)):
        # Carriers of rules and vertical gaps: a 1–2 pt line so they add (almost) no height.
        # A rule stays with what follows it, like the text it underlines.
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = normal
        style.hidden = False
        style.font.size = Pt(size)
        _set_fonts(style.element.get_or_add_rPr())
        fmt = style.paragraph_format
        fmt.space_before = fmt.space_after = Pt(0)
        fmt.line_spacing = Pt(size)  # exact
        fmt.first_line_indent = Mm(0)
        fmt.keep_with_next = keep or None
        ids[name] = style.style_id
    return ids


def _add_style(document: DocxDocument, spec: StyleSpec) -> Any:
    from docx.enum.style import WD_STYLE_TYPE
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm, Pt

    align = {Align.LEFT: WD_ALIGN_PARAGRAPH.LEFT, Align.CENTER: WD_ALIGN_PARAGRAPH.CENTER,
             Align.RIGHT: WD_ALIGN_PARAGRAPH.RIGHT, Align.JUSTIFY: WD_ALIGN_PARAGRAPH.JUSTIFY}
    style = document.styles.add_style(spec.name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = document.styles["Normal"]
    style.quick_style = True
    font = style.font
    font.size = Pt(spec.size)
    font.bold = True if spec.bold else None
    font.italic = True if spec.italic else None
    _set_fonts(style.element.get_or_add_rPr())
    fmt = style.paragraph_format
    fmt.alignment = align[spec.align]
    fmt.first_line_indent = Mm(spec.first_indent_mm)
    fmt.space_before = Pt(spec.space_before_pt)
    fmt.space_after = Pt(spec.space_after_pt)
    fmt.line_spacing = spec.line_spacing
    fmt.widow_control = True
    if spec.keep_with_next:
        fmt.keep_with_next = True
    if spec.outline_level is not None:
        pPr = style.element.get_or_add_pPr()
        outline = pPr.makeelement(f"{_W}outlineLvl", {f"{_W}val": str(spec.outline_level)})
        pPr.append(outline)  # last child of a style's pPr: no ordering conflict
    return style


def _set_properties(document: DocxDocument, layout: DocumentLayout) -> None:
    props = document.core_properties
    # OPC core properties hold at most 255 characters (python-docx raises beyond that).
    props.title = _limit(layout.title)
    props.subject = _limit(layout.subject)
    props.author = _limit(layout.author)
    props.last_modified_by = "isodesk"
    # python-docx's template carries its own 2013 dates; a generated file is created and saved now.
    now = datetime.now(timezone.utc).replace(tzinfo=None, microsecond=0)  # written as UTC ("…Z")
    props.created = props.modified = now
    props.revision = 1
    props.language = "vi-VN"
    props.comments = "Thể thức theo Nghị định 30/2020/NĐ-CP"
    settings = document.settings.element
    compat = settings.find(f"{_W}compat")
    for setting in compat.findall(f"{_W}compatSetting") if compat is not None else []:
        if setting.get(f"{_W}name") == "compatibilityMode":
            # Word 2013+ layout: a table's border (not its text) sits at the margin + tblInd, as
            # in the PDF; mode 14 would push bordered tables 1.2 mm into the left margin.
            setting.set(f"{_W}val", "15")
    for name, value in (("decimalSymbol", ","), ("listSeparator", ";")):  # Vietnamese number format
        element = settings.find(f"{_W}{name}")
        if element is not None:
            element.set(f"{_W}val", value)


def _limit(text: str, length: int = 255) -> str:
    return text if len(text) <= length else text[: length - 1] + "…"


# --------------------------------------------------------------------------- sections


def _configure_section(section: Section, layout: SectionLayout, doc: AdminDocument) -> None:
    from docx.enum.section import WD_ORIENT
    from docx.shared import Mm

    geometry = layout.geometry
    section.orientation = WD_ORIENT.LANDSCAPE if layout.landscape else WD_ORIENT.PORTRAIT
    section.page_width = Mm(geometry.width_mm)
    section.page_height = Mm(geometry.height_mm)
    m = doc.margins
    section.top_margin, section.bottom_margin = Mm(m.top), Mm(m.bottom)
    section.left_margin, section.right_margin = Mm(m.left), Mm(m.right)
    section.header_distance = Mm(L.HEADER_DISTANCE_MM)
    section.footer_distance = Mm(L.HEADER_DISTANCE_MM)
    section.gutter = Mm(0)
    # NĐ 30: no number on the first page; each appendix numbered separately from 1.
    section.different_first_page_header_footer = True
    _restart_page_numbers(section._sectPr)


def _restart_page_numbers(sectPr: Any) -> None:
    """``<w:pgNumType w:start="1"/>``, inserted where the schema wants it (python-docx has no API)."""
    existing = sectPr.find(f"{_W}pgNumType")
    if existing is None:
        existing = sectPr.makeelement(f"{_W}pgNumType", {})
        successor = next((child for child in sectPr if child.tag.removeprefix(_W) in _AFTER_PGNUMTYPE), None)
        if successor is not None:
            successor.addprevious(existing)
        else:
            sectPr.append(existing)
    existing.set(f"{_W}fmt", "decimal")
    existing.set(f"{_W}start", "1")


def _add_page_number_header(section: Section, style_id: str) -> None:
    section.header.is_linked_to_previous = False
    paragraph = section.header.paragraphs[0]
    p = paragraph._p
    for child in list(p):
        p.remove(child)
    for element in _parse(
        f'<w:p><w:pPr><w:pStyle w:val="{style_id}"/></w:pPr>'
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        "<w:r><w:t>2</w:t></w:r>"
        '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'
    )[0]:
        p.append(element)
    # An explicit, empty first-page header: page 1 of every section shows no number.
    section.first_page_header.is_linked_to_previous = False
    section.first_page_header.paragraphs[0].text = ""


# --------------------------------------------------------------------------- content XML


def _parse(xml: str) -> list[_Element]:
    from docx.oxml import parse_xml

    root = parse_xml(f'<w:body xmlns:w="{W_NS}">{xml}</w:body>')
    return list(root)


def _text_xml(text: str) -> str:
    parts = []
    for i, line in enumerate(text.split("\n")):
        if i:
            parts.append("<w:br/>")
        for j, chunk in enumerate(line.split("\t")):
            if j:
                parts.append("<w:tab/>")
            if chunk:
                parts.append(f'<w:t xml:space="preserve">{escape(chunk)}</w:t>')
    return "".join(parts)


def _run_xml(run: Run) -> str:
    props = ("<w:b/>" if run.bold else "") + ("<w:i/>" if run.italic else "") + (
        '<w:u w:val="single"/>' if run.underline else "")
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f"<w:r>{rpr}{_text_xml(run.text)}</w:r>"


def _para_xml(para: Para, ids: dict[str, str], extra_ppr: str = "") -> str:
    if para.keep_with_next and "<w:keepNext/>" not in extra_ppr:
        extra_ppr = "<w:keepNext/>" + extra_ppr
    ppr = f'<w:pStyle w:val="{ids[para.style]}"/>{extra_ppr}'
    if para.first_indent_mm is not None:
        ppr += f'<w:ind w:firstLine="{_twips(para.first_indent_mm)}"/>'
    if para.align is not None:
        ppr += f'<w:jc w:val="{_JC[para.align]}"/>'
    runs = "".join(_run_xml(r) for r in para.runs if r.text)
    return f"<w:p><w:pPr>{ppr}</w:pPr>{runs}</w:p>"


def _rule_xml(rule: Rule, available_mm: float, ids: dict[str, str]) -> str:
    side = max((available_mm - rule.length_mm) / 2, 0)
    border = f'<w:bottom w:val="single" w:sz="{round(L.RULE_PT * 8)}" w:space="1" w:color="000000"/>'
    # Space before the carrier so the rule sits as far below the text as in the PDF: without it
    # Word and LibreOffice draw it against the descenders of the line above.
    before = round(max(L.RULE_GAP_PT - L.RULE_CARRIER_PT, 0) * 20)
    return (f'<w:p><w:pPr><w:pStyle w:val="{ids[RULE_STYLE]}"/><w:pBdr>{border}</w:pBdr>'
            f'<w:spacing w:before="{before}"/>'
            f'<w:ind w:left="{_twips(side)}" w:right="{_twips(side)}" w:firstLine="0"/></w:pPr></w:p>')


def _gap_xml(gap: Gap, ids: dict[str, str]) -> str:
    after = max(round((gap.points - 1) * 20), 0)
    keep = "<w:keepNext/>" if gap.keep_with_next else ""
    return (f'<w:p><w:pPr><w:pStyle w:val="{ids[SPACER_STYLE]}"/>{keep}'
            f'<w:spacing w:before="0" w:after="{after}"/></w:pPr></w:p>')


def _cell_xml(cell: GridCell, grid: Grid, ids: dict[str, str], keep_next: bool = False) -> str:
    width_mm = sum(grid.widths_mm[cell.col:cell.col + cell.colspan])
    tcpr = f'<w:tcW w:w="{_twips(width_mm)}" w:type="dxa"/>'
    if cell.colspan > 1:
        tcpr += f'<w:gridSpan w:val="{cell.colspan}"/>'
    if cell.merge == "restart":
        tcpr += '<w:vMerge w:val="restart"/>'
    elif cell.merge == "continue":
        tcpr += "<w:vMerge/>"
    if cell.valign == "center":
        tcpr += '<w:vAlign w:val="center"/>'
    inner_mm = width_mm - 2 * L.CELL_PAD_MM
    content = []
    for item in cell.content:
        if isinstance(item, Rule):
            content.append(_rule_xml(item, inner_mm, ids))
        elif isinstance(item, Gap):
            content.append(_gap_xml(item, ids))
        else:
            # Word keeps a row with the next one when every paragraph of the row is "keep with next".
            content.append(_para_xml(item, ids, "<w:keepNext/>" if keep_next else ""))
    if not content:
        content.append("<w:p/>")  # a cell must hold at least one paragraph
    return f"<w:tc><w:tcPr>{tcpr}</w:tcPr>{''.join(content)}</w:tc>"


_BORDER_TWIPS = 10
"""The grid's lines: 0.5 pt (``w:sz`` 4 in eighths of a point), in twips."""


def _grid_xml(grid: Grid, ids: dict[str, str]) -> str:
    line = '<w:{side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
    none = '<w:{side} w:val="nil"/>'
    border = line if grid.borders else none
    borders = "".join(border.format(side=s) for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
    pad_h = _twips(L.CELL_PAD_MM)
    # Word and LibreOffice add a bordered row's horizontal rule (0.5 pt) to its height; the PDF draws the
    # grid over the padding. A quarter point less padding above and below gives the rows the PDF's height,
    # so a long list breaks onto the same pages in Word as in the PDF.
    pad_v = round(grid.pad_v_pt * 20) - (_BORDER_TWIPS // 2 if grid.borders else 0)
    tblpr = (
        f'<w:tblW w:w="{_twips(grid.width_mm)}" w:type="dxa"/>'
        + ('<w:jc w:val="center"/>' if grid.centered else "")
        + f"<w:tblBorders>{borders}</w:tblBorders>"
        + '<w:tblLayout w:type="fixed"/>'
        + f'<w:tblCellMar><w:top w:w="{pad_v}" w:type="dxa"/><w:left w:w="{pad_h}" w:type="dxa"/>'
        f'<w:bottom w:w="{pad_v}" w:type="dxa"/><w:right w:w="{pad_h}" w:type="dxa"/></w:tblCellMar>'
        + '<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0"'
        ' w:noHBand="1" w:noVBand="1"/>'
    )
    cols = "".join(f'<w:gridCol w:w="{_twips(w)}"/>' for w in grid.widths_mm)
    rows = []
    for index, row in enumerate(grid.rows):
        trpr = ("<w:cantSplit/>" if row.cant_split else "") + (
            "<w:tblHeader/>" if row.header and index < grid.header_rows else "")
        # The last row of a table kept with what follows holds on to the paragraph after the table.
        keep = row.keep_with_next or (grid.keep_with_next and index == len(grid.rows) - 1)
        cells = "".join(_cell_xml(cell, grid, ids, keep) for cell in row.cells)
        rows.append(f"<w:tr>{f'<w:trPr>{trpr}</w:trPr>' if trpr else ''}{cells}</w:tr>")
    table = f"<w:tbl><w:tblPr>{tblpr}</w:tblPr><w:tblGrid>{cols}</w:tblGrid>{''.join(rows)}</w:tbl>"
    if grid.space_after_pt:
        # Word needs a paragraph between a table and what follows; it also carries the gap.
        table += _gap_xml(Gap(grid.space_after_pt, keep_with_next=grid.keep_with_next), ids)
    return table


def _item_xml(item: Item, section: SectionLayout, ids: dict[str, str]) -> str:
    if isinstance(item, Para):
        return _para_xml(item, ids)
    if isinstance(item, Rule):
        return _rule_xml(item, section.geometry.text_width_mm, ids)
    if isinstance(item, Gap):
        return _gap_xml(item, ids)
    if isinstance(item, Break):
        # "Page break before" on an empty spacer, not a break character: when the page above ends full,
        # the spacer opens the next page and no blank page follows (Word and LibreOffice agree).
        return '<w:p><w:pPr><w:pStyle w:val="{}"/><w:pageBreakBefore/></w:pPr></w:p>'.format(ids[SPACER_STYLE])
    if isinstance(item, Grid):
        return _grid_xml(item, ids)
    raise TypeError(f"unknown layout item {item!r}")


def _section_xml(section: SectionLayout, ids: dict[str, str]) -> str:
    parts = [_item_xml(item, section, ids) for item in section.items]
    if section.items and isinstance(section.items[-1], Grid) and not section.items[-1].space_after_pt:
        # A section must not end on a table: Word would glue the section-break paragraph's
        # properties onto nothing. A 1 pt spacer keeps the structure valid.
        parts.append(_gap_xml(Gap(1), ids))
    return "".join(parts)
