"""Render an :class:`AdminDocument` to PDF with reportlab, laid out per NĐ 30/2020.

No LibreOffice on the users' PCs, so the PDF is drawn directly from the same plan as the Word
file (:mod:`isodesk.reports.nd30_plan`). Only the bundled Liberation Serif (metric-compatible
with Times New Roman) is used and embedded. Every string is NFC-normalised before it reaches
reportlab, which does no shaping (decomposed accents would be drawn beside their letters).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from isodesk.reports import nd30_layout as L
from isodesk.reports.fonts import pdf_font_name, register_pdf_fonts
from isodesk.reports.model import AdminDocument, Align, Run
from isodesk.reports.nd30_plan import (
    PAGE_NUMBER,
    Break,
    Gap,
    Grid,
    Item,
    Para,
    Rule,
    SectionPlan,
    StyleSpec,
    build_plan,
)

__all__ = ["render_pdf"]

MM = 72 / 25.4
# Word's "single" line for Times New Roman / Liberation Serif: (ascender + descender + lineGap) / em.
SINGLE_LINE = 1.15
ASCENT = 0.891
_SPACES = re.compile(r"  +")


def render_pdf(doc: AdminDocument, path: Path) -> Path:
    """Write ``doc`` as a PDF file (A4, Liberation Serif embedded, metadata title set).

    Args:
        doc: the document.
        path: where to write; parent folders must exist. An existing file is replaced.

    Returns:
        ``path``.
    """
    from reportlab.platypus import BaseDocTemplate, NextPageTemplate, PageBreak

    register_pdf_fonts()
    plan = build_plan(doc)
    styles = {key: _paragraph_style(spec) for key, spec in plan.styles.items()}
    numbering = _Numbering()
    page_size = plan.styles[PAGE_NUMBER].size

    def draw_page_number(canvas: Any, _doc: Any) -> None:
        # NĐ 30: Arabic numbers centred in the top margin, none on the first page of a section.
        number = canvas.getPageNumber() - numbering.section_start + 1
        if number <= 1:
            return
        width, height = canvas._pagesize
        m = doc.margins
        x = (m.left + (width / MM - m.left - m.right) / 2) * MM
        y = height - L.HEADER_DISTANCE_MM * MM - ASCENT * page_size
        canvas.saveState()
        canvas.setFont(pdf_font_name(), page_size)
        canvas.drawCentredString(x, y, str(number))
        canvas.restoreState()

    templates = {
        landscape: _page_template(doc, landscape, draw_page_number) for landscape in (False, True)
    }
    first = plan.sections[0]
    story: list[Any] = []
    for index, section in enumerate(plan.sections):
        if index:
            story += [NextPageTemplate(_template_id(section.landscape)), PageBreak()]
        story.append(_SectionStart(numbering))
        story += _section_flowables(section, styles, plan.styles)
    path = Path(path)
    pdf = BaseDocTemplate(
        str(path),
        pagesize=_page_size(first.landscape),
        pageTemplates=[templates[first.landscape], templates[not first.landscape]],
        title=plan.title,
        author=plan.author,
        subject=plan.subject,
        creator="isodesk",
        lang="vi-VN",
        initialFontName=pdf_font_name(),
        initialFontSize=plan.styles["body"].size,
        displayDocTitle=True,
    )
    pdf.build(story)
    return path


# --------------------------------------------------------------------------- pages


@dataclass
class _Numbering:
    """Page number at which the current section (main text or an appendix) began."""

    section_start: int = 1


def _make_section_start(numbering: _Numbering) -> Any:
    from reportlab.platypus import Flowable

    class SectionStart(Flowable):
        """Zero-size marker drawn first on a section's first page: page numbers restart there."""

        def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
            return 0, 0

        def draw(self) -> None:
            numbering.section_start = self.canv.getPageNumber()

    return SectionStart()


_SectionStart = _make_section_start


def _template_id(landscape: bool) -> str:
    return "landscape" if landscape else "portrait"


def _page_size(landscape: bool) -> tuple[float, float]:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.pagesizes import landscape as to_landscape

    return to_landscape(A4) if landscape else A4


def _page_template(doc: AdminDocument, landscape: bool, on_page_end: Any) -> Any:
    from reportlab.platypus import Frame, PageTemplate

    width, height = _page_size(landscape)
    m = doc.margins
    frame = Frame(
        m.left * MM, m.bottom * MM, width - (m.left + m.right) * MM, height - (m.top + m.bottom) * MM,
        leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id=f"text-{_template_id(landscape)}",
    )
    return PageTemplate(id=_template_id(landscape), frames=[frame], pagesize=(width, height),
                        onPageEnd=on_page_end)


# --------------------------------------------------------------------------- styles and text


def _paragraph_style(spec: StyleSpec) -> Any:
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    alignment = {Align.LEFT: TA_LEFT, Align.CENTER: TA_CENTER, Align.RIGHT: TA_RIGHT, Align.JUSTIFY: TA_JUSTIFY}
    return ParagraphStyle(
        spec.name,
        fontName=pdf_font_name(spec.bold, spec.italic),
        fontSize=spec.size,
        leading=spec.size * SINGLE_LINE * spec.line_spacing,
        alignment=alignment[spec.align],
        firstLineIndent=spec.first_indent_mm * MM,
        spaceBefore=spec.space_before_pt,
        spaceAfter=spec.space_after_pt,
        # Keep-with-next is handled by _KeepWithNext below, the way Word does it (with the
        # first lines/rows of what follows); reportlab's own keepWithNext glues a heading to a
        # whole table and pushes it to the next page.
        keepWithNext=0,
        bulletFontName=pdf_font_name(),
        splitLongWords=1,  # a 200-letter "word" breaks inside the column instead of overflowing
        allowWidows=0,
        allowOrphans=0,
        textColor="black",
    )


def _markup(text: str) -> str:
    # reportlab's paragraph parser collapses blanks; the draft gaps ("Số:      /KH-UBND") must stay.
    text = escape(L.clean(text)).replace("\t", "\u00a0" * 4)
    text = _SPACES.sub(lambda m: " " + "\u00a0" * (len(m.group()) - 1), text)
    return text.replace("\n", "<br/>")


def _run_markup(run: Run) -> str:
    text = _markup(run.text)
    if not text:
        return ""
    if run.underline:
        text = f"<u>{text}</u>"
    if run.italic:
        text = f"<i>{text}</i>"
    if run.bold:
        text = f"<b>{text}</b>"
    return text


def _paragraph(para: Para, styles: dict[str, Any]) -> Any:
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
    from reportlab.platypus import Paragraph

    style = styles[para.style]
    if para.align is not None or para.first_indent_mm is not None:
        alignment = {Align.LEFT: TA_LEFT, Align.CENTER: TA_CENTER, Align.RIGHT: TA_RIGHT, Align.JUSTIFY: TA_JUSTIFY}
        overrides: dict[str, Any] = {}
        if para.align is not None:
            overrides["alignment"] = alignment[para.align]
        if para.first_indent_mm is not None:
            overrides["firstLineIndent"] = para.first_indent_mm * MM
        key = f"{para.style}|{para.align}|{para.first_indent_mm}"
        if key not in styles:  # derived styles are few (centred Kính gửi, unindented paragraphs)
            from reportlab.lib.styles import ParagraphStyle

            styles[key] = ParagraphStyle(f"{style.name} ({key})", parent=style, **overrides)
        style = styles[key]
    markup = "".join(_run_markup(r) for r in para.runs)
    # An empty paragraph still takes one line in Word (blank lines for the signature).
    return Paragraph(markup or "\u00a0", style)


def _rule(rule: Rule) -> Any:
    from reportlab.platypus.flowables import HRFlowable

    return HRFlowable(width=rule.length_mm * MM, thickness=L.RULE_PT, color="black", hAlign="CENTER",
                      spaceBefore=2.2, spaceAfter=1.0)


# --------------------------------------------------------------------------- tables


def _make_table_class() -> Any:
    from reportlab.platypus import Table

    class SafeTable(Table):
        """A table whose rows stay whole (Word's cantSplit) unless a row is taller than a page.

        reportlab cannot place a row taller than the frame; rather than fail the export, the row
        is then split inside, as Word does for such a row.
        """

        frame_height: float = 0.0

        def split(self, availWidth: float, availHeight: float) -> list[Any]:
            result = super().split(availWidth, availHeight)
            if not result and not self.splitInRow and availHeight >= self.frame_height - 1:
                self.splitInRow = 1
                result = super().split(availWidth, availHeight)
            return result

    return SafeTable


_SAFE_TABLE: Any = None


def _cell_flowables(cell_content: tuple[Para | Rule, ...], styles: dict[str, Any]) -> Any:
    flowables = [_rule(c) if isinstance(c, Rule) else _paragraph(c, styles) for c in cell_content]
    first = flowables[0] if flowables else None
    if isinstance(cell_content[0], Para) and first.style.spaceBefore:
        # reportlab drops the space before the first flowable of a cell; Word keeps it.
        from reportlab.platypus import Spacer

        flowables.insert(0, Spacer(1, first.style.spaceBefore))
    return flowables[0] if len(flowables) == 1 else flowables


def _table(grid: Grid, styles: dict[str, Any], frame_height: float) -> Any:
    global _SAFE_TABLE
    if _SAFE_TABLE is None:
        _SAFE_TABLE = _make_table_class()
    ncols = len(grid.widths_mm)
    data: list[list[Any]] = []
    commands: list[tuple[Any, ...]] = [
        # Empty string cells are drawn with the cell font: without this reportlab pulls in Helvetica.
        ("FONTNAME", (0, 0), (-1, -1), pdf_font_name()),
        ("FONTSIZE", (0, 0), (-1, -1), 10),
        # Layout tables centre their short rules; paragraphs fill the cell width anyway.
        ("ALIGN", (0, 0), (-1, -1), "LEFT" if grid.borders else "CENTER"),
        ("LEFTPADDING", (0, 0), (-1, -1), L.CELL_PAD_MM * MM),
        ("RIGHTPADDING", (0, 0), (-1, -1), L.CELL_PAD_MM * MM),
        ("TOPPADDING", (0, 0), (-1, -1), grid.pad_v_pt),
        ("BOTTOMPADDING", (0, 0), (-1, -1), grid.pad_v_pt),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    for r, row in enumerate(grid.rows):
        values: list[Any] = [""] * ncols
        for cell in row.cells:
            if cell.merge != "continue":
                values[cell.col] = _cell_flowables(cell.content, styles)
            if cell.merge != "continue" and (cell.colspan > 1 or cell.rowspan > 1):
                commands.append(("SPAN", (cell.col, r), (cell.col + cell.colspan - 1, r + cell.rowspan - 1)))
            if cell.valign == "center":
                commands.append(("VALIGN", (cell.col, r), (cell.col + cell.colspan - 1, r), "MIDDLE"))
        data.append(values)
    if grid.borders:
        commands.append(("GRID", (0, 0), (-1, -1), 0.5, "black"))
    table = _SAFE_TABLE(
        data,
        colWidths=[w * MM for w in grid.widths_mm],
        style=commands,
        repeatRows=grid.header_rows,
        hAlign="CENTER" if grid.centered else "LEFT",
        spaceAfter=grid.space_after_pt,
    )
    table.frame_height = frame_height
    table._cmds_for_head = commands
    return table


def _section_flowables(section: SectionPlan, styles: dict[str, Any], specs: dict[str, StyleSpec]) -> list[Any]:
    from reportlab.platypus import PageBreak, Spacer

    frame_height = section.geometry.text_height_mm * MM
    out: list[Any] = []
    group: list[Any] = []  # consecutive keep-with-next paragraphs waiting for what follows
    for item in section.items:
        flowable = _flowable(item, styles, frame_height, PageBreak, Spacer)
        if isinstance(item, Para) and specs[item.style].keep_with_next:
            group.append(flowable)
            continue
        if group:
            out.append(_keep_with_next(group, flowable))
            out += group
            group = []
        out.append(flowable)
    out += group
    return out


def _keep_with_next(group: list[Any], following: Any) -> Any:
    """A conditional page break that moves ``group`` to the next page unless it fits together with
    the start of ``following`` (two lines of a paragraph, or the header rows plus one row of a
    table) — Word's "keep with next", which reportlab's KeepTogether over-applies."""
    from reportlab.platypus import CondPageBreak, Paragraph, Table

    class KeepWithNext(CondPageBreak):
        def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
            needed = 0.0
            for flowable in group:
                needed += flowable.wrap(availWidth, availHeight)[1]
                needed += flowable.getSpaceBefore() + flowable.getSpaceAfter()
            needed += following.getSpaceBefore()
            if isinstance(following, Table):
                needed += _table_start_height(following, availWidth)
            elif isinstance(following, Paragraph):
                height = following.wrap(availWidth, availHeight)[1]
                needed += min(height, 2 * following.style.leading)
            elif following is not None:
                needed += following.wrap(availWidth, availHeight)[1]
            self.height = needed
            return super().wrap(availWidth, availHeight)

    return KeepWithNext(0)


def _table_start_height(table: Any, availWidth: float) -> float:
    """Height of a table's header rows plus its first data row, measured on a copy of those rows."""
    from reportlab.platypus import Table

    rows = table._cellvalues[: table.repeatRows + 1]
    head = Table(rows, colWidths=table._argW, style=_head_commands(table, len(rows)))
    return head.wrap(availWidth, 1e6)[1]


def _head_commands(table: Any, nrows: int) -> list[tuple[Any, ...]]:
    """The table's style commands that apply inside its first ``nrows`` rows."""
    kept = []
    for command in table._cmds_for_head:
        (_, (_, r0), (_, r1)) = command[:3]
        if r0 < 0 or r0 >= nrows:
            continue
        if r1 >= nrows:
            command = (command[0], command[1], (command[2][0], nrows - 1), *command[3:])
        kept.append(command)
    return kept


def _flowable(item: Item, styles: dict[str, Any], frame_height: float, page_break: Any, spacer: Any) -> Any:
    if isinstance(item, Para):
        return _paragraph(item, styles)
    if isinstance(item, Rule):
        return _rule(item)
    if isinstance(item, Gap):
        return spacer(1, item.points)
    if isinstance(item, Break):
        return page_break()
    if isinstance(item, Grid):
        return _table(item, styles, frame_height)
    raise TypeError(f"unknown plan item {item!r}")

