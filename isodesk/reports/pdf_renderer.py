"""Render an :class:`AdminDocument` to PDF with reportlab, laid out per NĐ 30/2020.

No LibreOffice on the users' PCs, so the PDF is drawn directly from the same page layout as the Word
file (:mod:`isodesk.reports.page_layout`). Only the bundled Liberation Serif (metric-compatible
with Times New Roman) is used and embedded. Every string is NFC-normalised before it reaches
reportlab, which does no shaping (decomposed accents would be drawn beside their letters).

Word behaviours reproduced here because reportlab differs by default:

* keep-with-next keeps a heading with the first lines/rows of what follows, not with all of it;
* table rows stay whole (``cantSplit``) unless a row is taller than a page;
* space before the first paragraph of a table cell is kept;
* page numbers restart at each appendix and are not printed on a section's first page.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace
from typing import Any, Literal
from xml.sax.saxutils import escape

from isodesk.reports import nd30_layout as L
from isodesk.reports.files import atomic_path
from isodesk.reports.fonts import pdf_font_name, register_pdf_fonts
from isodesk.reports.model import AdminDocument, Align, Run
from isodesk.reports.page_layout import (
    PAGE_NUMBER,
    Break,
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

__all__ = ["render_pdf"]

MM = 72 / 25.4
# Word's "single" line for Times New Roman / Liberation Serif: (ascender + descender + lineGap) / em.
SINGLE_LINE = 1.15
ASCENT = 0.891
_SPACES = re.compile(r"  +")
# reportlab's TA_* values
_RL_ALIGN: dict[Align, Literal[0, 1, 2, 4]] = {Align.LEFT: 0, Align.CENTER: 1, Align.RIGHT: 2, Align.JUSTIFY: 4}
_CELL_ALIGN = {Align.LEFT: "LEFT", Align.CENTER: "CENTER", Align.RIGHT: "RIGHT"}


def render_pdf(doc: AdminDocument, path: Path) -> Path:
    """Write ``doc`` as a PDF file (A4, Liberation Serif embedded, metadata title set).

    Args:
        doc: the document.
        path: where to write; parent folders must exist. An existing file is replaced only once the
            new one is complete (reports/files.py).

    Returns:
        ``path``.
    """
    from reportlab.platypus import NextPageTemplate, PageBreak

    register_pdf_fonts()
    layout = build_layout(doc)
    ctx = _Context(layout.styles)
    numbering = _Numbering()
    number_size = layout.styles[PAGE_NUMBER].size

    def draw_page_number(canvas: Any, _doc: Any) -> None:
        # NĐ 30: Arabic numbers centred in the top margin, none on the first page of a section.
        number = canvas.getPageNumber() - numbering.section_start + 1
        if number <= 1:
            return
        width, height = canvas._pagesize
        m = doc.margins
        x = (m.left + (width / MM - m.left - m.right) / 2) * MM
        # Where Word puts the header's first baseline: header distance + the font's ascent.
        y = height - L.HEADER_DISTANCE_MM * MM - ASCENT * number_size
        canvas.saveState()
        canvas.setFont(pdf_font_name(), number_size)
        canvas.drawCentredString(x, y, str(number))
        canvas.restoreState()

    templates = {landscape: _page_template(doc, landscape, draw_page_number) for landscape in (False, True)}
    first = layout.sections[0]
    story: list[Any] = []
    for index, section in enumerate(layout.sections):
        if index:
            story += [NextPageTemplate(_template_id(section.landscape)), PageBreak()]
        story.append(_classes().SectionStart(numbering))
        story += _section_flowables(section, ctx)
    path = Path(path)
    with atomic_path(path) as temporary:
        _build_pdf(temporary, story, layout, templates, first, doc)
    return path


def _build_pdf(target: Path, story: list[Any], layout: Any, templates: dict[bool, Any], first: Any,
               doc: AdminDocument) -> None:
    from reportlab.platypus import BaseDocTemplate

    pdf = BaseDocTemplate(
        str(target),
        pagesize=_page_size(first.landscape),
        pageTemplates=[templates[first.landscape], templates[not first.landscape]],
        title=layout.title,
        author=layout.author,
        subject=layout.subject,
        creator="isodesk",
        lang="vi-VN",
        initialFontName=pdf_font_name(),
        initialFontSize=layout.styles["body"].size,
        displayDocTitle=True,
    )
    pdf.build(story)


# --------------------------------------------------------------------------- reportlab classes


@functools.cache
def _classes() -> SimpleNamespace:
    """reportlab subclasses, defined on first use so importing this module does not import reportlab."""
    from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Paragraph, Table

    class SafeTable(Table):
        """A table whose rows stay whole (Word's cantSplit) unless a row is taller than a page.

        reportlab cannot place a row taller than the frame; rather than fail the export, such a
        row is split inside, as Word does.
        """

        frame_height: float = 0.0
        head_commands: list[tuple[Any, ...]] = []
        #: Data rows that go with the flowables in ``kept_after`` (the closing sentence and the
        #: signature block) when those would not fit under the whole table: Word's keep-with-next on
        #: the last rows. 0 for other tables.
        keep_tail: int = 0
        kept_after: list[Any] = []

        def _following_height(self, availWidth: float, availHeight: float) -> float:
            return sum(float(f.wrap(availWidth, availHeight)[1] + f.getSpaceBefore() + f.getSpaceAfter())
                       for f in self.kept_after)

        def _tail_split_at(self) -> int:
            """Index of the first row kept with what follows, or 0 when the table cannot give them up."""
            first = len(self._cellvalues) - self.keep_tail  # type: ignore[attr-defined]  # reportlab's private row list, not in its stubs
            return first if self.keep_tail and first > self.repeatRows else 0

        def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
            width, height = super().wrap(availWidth, availHeight)
            self._tail_forced = False
            if height <= availHeight and self._tail_split_at():
                if height + self.getSpaceAfter() + self._following_height(availWidth, availHeight) > availHeight:
                    # Fits alone, but the signature would start the next page by itself: ask to be
                    # split so the last rows go over with it.
                    self._tail_forced = True
                    return width, availHeight + 1
            return width, height

        def split(self, availWidth: float, availHeight: float) -> list[Any]:
            if getattr(self, "_tail_forced", False):
                cut = self._tail_split_at()
                result: list[Any] = super().split(availWidth, sum(self._rowHeights[:cut]) + 0.01)  # type: ignore[attr-defined]  # set by wrap(); not in the stubs
            else:
                result = super().split(availWidth, availHeight)
            if not result and not self.splitInRow and availHeight >= self.frame_height - 1:
                self.splitInRow = 1
                result = super().split(availWidth, availHeight)
            # reportlab builds the parts anew: without the page height the rest of the table would take
            # any page foot for a whole page and cut its next row in two under a repeated header.
            for part in result:
                part.frame_height = self.frame_height
            if result:  # only the rest of the table ends it
                result[-1].keep_tail, result[-1].kept_after = self.keep_tail, self.kept_after
            if result and getattr(self, "_tail_forced", False):
                # The kept rows would still fit under the first part: start them on the next page.
                result.insert(-1, PageBreak())
            return result

    class CachedParagraph(Paragraph):
        """A paragraph that breaks its lines once per width.

        A long table is re-measured each time it is split at a page end, so every cell of the
        rest of the table would be re-wrapped on every page (quadratic in the row count). Line
        breaks depend only on the width, so the first result is reused.
        """

        _wrapped_width: float | None = None

        def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
            if self._wrapped_width == availWidth and "blPara" in self.__dict__:  # split() drops it
                return self.width, self.height
            result = super().wrap(availWidth, availHeight)
            self._wrapped_width = availWidth
            return result

    class SectionStart(Flowable):
        """Zero-size marker drawn first on a section's first page: page numbers restart there."""

        def __init__(self, numbering: _Numbering) -> None:
            super().__init__()
            self.numbering = numbering

        def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
            return 0, 0

        def draw(self) -> None:
            self.numbering.section_start = self.canv.getPageNumber()

    class KeepWithNext(CondPageBreak):
        """Move ``group`` to the next page unless it fits with the start of ``following`` (two lines
        of a paragraph, or the header rows plus one row of a table): Word's "keep with next".
        reportlab's own keepWithNext keeps a heading with a whole table instead."""

        def __init__(self, group: list[Any], following: Any) -> None:
            super().__init__(0)
            self.group = group
            self.following = following

        def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
            needed = 0.0
            for flowable in self.group:
                needed += flowable.wrap(availWidth, availHeight)[1]
                needed += flowable.getSpaceBefore() + flowable.getSpaceAfter()
            following = self.following
            if following is not None:
                needed += following.getSpaceBefore()
                if isinstance(following, Table):
                    needed += _table_start_height(following, availWidth)
                elif isinstance(following, Paragraph):
                    height = following.wrap(availWidth, availHeight)[1]
                    needed += min(height, 2 * following.style.leading)
                else:
                    needed += following.wrap(availWidth, availHeight)[1]
            self.height = needed
            return super().wrap(availWidth, availHeight)

    return SimpleNamespace(SafeTable=SafeTable, Paragraph=CachedParagraph, SectionStart=SectionStart,
                           KeepWithNext=KeepWithNext, Table=Table)


# --------------------------------------------------------------------------- pages


@dataclass
class _Numbering:
    """Page number at which the current section (main text or an appendix) began."""

    section_start: int = 1


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


@dataclass
class _Context:
    """Style specs of the layout and the reportlab ParagraphStyles made from them (with variants)."""

    specs: dict[str, StyleSpec]
    styles: dict[str, Any] = field(default_factory=dict)
    widths: dict[tuple[str, str], float] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.styles = {key: _paragraph_style(spec) for key, spec in self.specs.items()}

    def style(self, para: Para) -> Any:
        """The ParagraphStyle of ``para``, derived once per (style, alignment, indent) override."""
        if para.align is None and para.first_indent_mm is None:
            return self.styles[para.style]
        key = f"{para.style}|{para.align}|{para.first_indent_mm}"
        if key not in self.styles:
            from reportlab.lib.styles import ParagraphStyle

            overrides: dict[str, Any] = {}
            if para.align is not None:
                overrides["alignment"] = _RL_ALIGN[para.align]
            if para.first_indent_mm is not None:
                overrides["firstLineIndent"] = para.first_indent_mm * MM
            base = self.styles[para.style]
            self.styles[key] = ParagraphStyle(f"{base.name} ({key})", parent=base, **overrides)
        return self.styles[key]

    def word_width(self, word: str, font: str, size: float) -> float:
        """Width of ``word`` in points (cached: table cells repeat the same words)."""
        key = (word, font)
        width = self.widths.get(key)
        if width is None:
            from reportlab.pdfbase.pdfmetrics import stringWidth

            width = self.widths[key] = stringWidth(word, font, 1000.0)
        return width * size / 1000.0


def _paragraph_style(spec: StyleSpec) -> Any:
    from reportlab.lib.colors import black
    from reportlab.lib.styles import ParagraphStyle

    return ParagraphStyle(
        spec.name,
        fontName=pdf_font_name(spec.bold, spec.italic),
        fontSize=spec.size,
        leading=spec.size * SINGLE_LINE * spec.line_spacing,
        alignment=_RL_ALIGN[spec.align],
        firstLineIndent=spec.first_indent_mm * MM,
        spaceBefore=spec.space_before_pt,
        spaceAfter=spec.space_after_pt,
        keepWithNext=0,  # handled by KeepWithNext, the way Word does it
        splitLongWords=1,  # a 200-letter "word" breaks inside the column instead of overflowing
        spaceShrinkage=0.0,  # reportlab squeezes spaces by up to 5 % to fit a word; Word never does
        allowWidows=0,
        allowOrphans=0,
        bulletFontName=pdf_font_name(),
        textColor=black,
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


def _paragraph(para: Para, ctx: _Context) -> Any:
    markup = "".join(_run_markup(r) for r in para.runs)
    # An empty paragraph still takes one line in Word (blank lines for the signature).
    return _classes().Paragraph(markup or "\u00a0", ctx.style(para))


def _rule(rule: Rule) -> Any:
    from reportlab.platypus.flowables import HRFlowable

    # Word draws the rule as the bottom border of a 2 pt paragraph under the text: about 4.5 pt
    # below the bottom of the text line above.
    return HRFlowable(width=rule.length_mm * MM, thickness=L.RULE_PT, color="black", hAlign="CENTER",
                      spaceBefore=L.RULE_GAP_PT, spaceAfter=1.0)


# --------------------------------------------------------------------------- tables


def _cell_flowables(content: tuple[Para | Rule | Gap, ...], ctx: _Context) -> Any:
    from reportlab.platypus import Spacer

    flowables: list[Any] = [
        _rule(c) if isinstance(c, Rule) else Spacer(1, c.points) if isinstance(c, Gap) else _paragraph(c, ctx)
        for c in content
    ]
    if not flowables:
        return ""
    if isinstance(content[0], Para) and flowables[0].style.spaceBefore:
        # reportlab drops the space before the first flowable of a cell; Word keeps it.
        flowables.insert(0, Spacer(1, flowables[0].style.spaceBefore))
    return flowables[0] if len(flowables) == 1 else flowables


def _plain_cell(cell: GridCell, width_pt: float, ctx: _Context) -> tuple[str, str, Align] | None:
    """A data cell as pre-broken plain text, with its font and alignment; None when it needs a
    Paragraph (several runs, underline, justified text).

    reportlab draws plain-string cells far faster than Paragraph cells (no markup parsing, no
    per-word fragments); a 600-row appendix spends most of its time there otherwise. Lines are
    broken here with the same greedy rule (and long words split by letters).
    """
    lines: list[str] = []
    font = ""
    align = Align.LEFT
    for item in cell.content:
        if not isinstance(item, Para) or len(item.runs) != 1 or item.runs[0].underline:
            return None
        spec = ctx.specs[item.style]
        align = item.align or spec.align
        if align is Align.JUSTIFY:
            return None
        run = item.runs[0]
        face = pdf_font_name(spec.bold or run.bold, spec.italic or run.italic)
        if font and face != font:
            return None
        font = face
        lines += _break_lines(L.clean(run.text).replace("\t", "    "), width_pt, face, spec.size, ctx)
    return "\n".join(lines), font, align


def _break_lines(text: str, width_pt: float, font: str, size: float, ctx: _Context) -> list[str]:
    """Greedy line breaking at spaces, as Word does; a word wider than the column is cut by letters."""
    space = ctx.word_width(" ", font, size)
    lines: list[str] = []
    for source in text.split("\n"):
        current: str | None = None
        current_width = 0.0
        for word in source.split(" "):
            width = ctx.word_width(word, font, size)
            if current is not None and current_width + space + width <= width_pt:
                current, current_width = f"{current} {word}", current_width + space + width
                continue
            if current is not None:
                lines.append(current)
            while width > width_pt and len(word) > 1:
                # A code wraps after a dash (``BM.05-`` / ``QT.TN.07``), as in Word; letters last.
                cut = _fitting_prefix(word, width_pt, font, size)
                dash = max(word.rfind("-", 0, cut), word.rfind("\u2013", 0, cut))
                cut = dash + 1 if dash > 0 else cut
                lines.append(word[:cut])
                word = word[cut:]
                width = ctx.word_width(word, font, size)
            current, current_width = word, width
        lines.append(current or "")
    return lines


def _fitting_prefix(word: str, width_pt: float, font: str, size: float) -> int:
    """Length of the longest prefix of ``word`` that fits in ``width_pt`` (at least one letter)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    low, high = 1, len(word)
    while low < high:
        middle = (low + high + 1) // 2
        if stringWidth(word[:middle], font, size) <= width_pt:
            low = middle
        else:
            high = middle - 1
    return low


def _table(grid: Grid, ctx: _Context, frame_height: float) -> Any:
    ncols = len(grid.widths_mm)
    widths_pt = [w * MM for w in grid.widths_mm]
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
    if grid.borders:
        commands.append(("GRID", (0, 0), (-1, -1), 0.5, "black"))
    text_size: float | None = None
    for r, row in enumerate(grid.rows):
        if row.keep_with_next and r + 1 < len(grid.rows):
            commands.append(("NOSPLIT", (0, r), (-1, r + 1)))
        values: list[Any] = [""] * ncols
        for cell in row.cells:
            end_col = cell.col + cell.colspan - 1
            if cell.merge == "continue":
                continue
            if cell.colspan > 1 or cell.rowspan > 1:
                commands.append(("SPAN", (cell.col, r), (end_col, r + cell.rowspan - 1)))
            if cell.valign == "center":
                commands.append(("VALIGN", (cell.col, r), (end_col, r), "MIDDLE"))
            width = sum(widths_pt[cell.col:end_col + 1]) - 2 * L.CELL_PAD_MM * MM
            plain = _plain_cell(cell, width, ctx) if grid.borders and not row.header else None
            if plain is None:
                values[cell.col] = _cell_flowables(cell.content, ctx)
                continue
            text, font, align = plain
            values[cell.col] = text
            size = ctx.specs[cell.content[0].style].size if cell.content else 10  # type: ignore[union-attr]  # grid cells hold paragraphs first
            if text_size is None:
                text_size = size
                commands += [("FONTSIZE", (0, r), (-1, -1), size),
                             ("LEADING", (0, r), (-1, -1), size * SINGLE_LINE)]
            if font != pdf_font_name():
                commands.append(("FONTNAME", (cell.col, r), (end_col, r), font))
            if align is not Align.LEFT:
                commands.append(("ALIGN", (cell.col, r), (end_col, r), _CELL_ALIGN[align]))
        data.append(values)
    table = _classes().SafeTable(
        data,
        colWidths=widths_pt,
        style=commands,
        repeatRows=grid.header_rows,
        hAlign="CENTER" if grid.centered else "LEFT",
        spaceAfter=grid.space_after_pt,
    )
    table.frame_height = frame_height
    table.head_commands = commands
    if grid.keep_with_next:
        # The last row and the rows chained to it by keep-with-next (a group heading included).
        tail = 1
        while tail < len(grid.rows) - grid.header_rows and grid.rows[-tail - 1].keep_with_next:
            tail += 1
        table.keep_tail = tail
    return table


def _table_start_height(table: Any, availWidth: float) -> float:
    """Height of a table's header rows plus its first data row, measured on a copy of those rows."""
    nrows = min(table.repeatRows + 1, len(table._cellvalues))
    kept = []
    for command in table.head_commands:
        name, (c0, r0), (c1, r1), *rest = command
        if 0 <= r0 < nrows:
            kept.append((name, (c0, r0), (c1, r1 if r1 < nrows else nrows - 1), *rest))
    head = _classes().Table(table._cellvalues[:nrows], colWidths=table._argW, style=kept)
    return float(head.wrap(availWidth, 1e6)[1])


# --------------------------------------------------------------------------- story


def _section_flowables(section: SectionLayout, ctx: _Context) -> list[Any]:
    frame_height = section.geometry.text_height_mm * MM
    out: list[Any] = []
    group: list[Any] = []  # consecutive keep-with-next paragraphs waiting for what follows
    closing_table: Any = None  # a table whose last rows keep with the closing lines and signature
    for item in section.items:
        flowable = _flowable(item, ctx, frame_height)
        if closing_table is not None:
            closing_table.kept_after = [*closing_table.kept_after, flowable]
        if isinstance(item, Grid) and item.keep_with_next:
            closing_table = flowable
        kept = (isinstance(item, Para) and (item.keep_with_next or ctx.specs[item.style].keep_with_next)) or (
            isinstance(item, Gap) and item.keep_with_next)
        if kept:
            group.append(flowable)
            continue
        if group:
            out.append(_classes().KeepWithNext(group, flowable))
            out += group
            group = []
        out.append(flowable)
    if group:
        out.append(_classes().KeepWithNext(group, None))
        out += group
    return out


def _flowable(item: Item, ctx: _Context, frame_height: float) -> Any:
    from reportlab.platypus import PageBreak, Spacer

    if isinstance(item, Para):
        return _paragraph(item, ctx)
    if isinstance(item, Rule):
        return _rule(item)
    if isinstance(item, Gap):
        return Spacer(1, item.points)
    if isinstance(item, Break):
        from reportlab.platypus.flowables import PageBreakIfNotEmpty

        return PageBreakIfNotEmpty()  # a full page above: no blank page (as the Word file)
    if isinstance(item, Grid):
        return _table(item, ctx, frame_height)
    raise TypeError(f"unknown layout item {item!r}")
