"""Turn an :class:`AdminDocument` into a renderer-neutral page layout: sections of styled paragraphs,
rules, grids (tables) and page breaks.

Both renderers consume the same layout and the same :class:`StyleSpec` table, so the Word file and
the PDF have the same content, in the same order, with the same sizes — by construction rather
than by keeping two code paths in sync. Nothing here imports python-docx or reportlab.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TypeAlias

from isodesk.reports import nd30_layout as L
from isodesk.reports.model import (
    AdminDocument,
    Align,
    Appendix,
    Block,
    Bullet,
    GroupRow,
    HeaderCell,
    Heading,
    PageBreak,
    Paragraph,
    PlusBullet,
    Run,
    Signature,
    Table,
    TableRow,
)

# --------------------------------------------------------------------------- styles


@dataclass(frozen=True)
class StyleSpec:
    """A paragraph style both renderers create (Word: a named style; PDF: a ParagraphStyle)."""

    name: str
    size: float
    bold: bool = False
    italic: bool = False
    align: Align = Align.JUSTIFY
    first_indent_mm: float = 0.0
    space_before_pt: float = 0.0
    space_after_pt: float = 0.0
    line_spacing: float = 1.0
    keep_with_next: bool = False
    outline_level: int | None = None


# Style keys. Table styles are per size: table_style_key(kind, size).
BODY = "body"
BASIS = "basis"
HEADINGS = ("h1", "h2", "h3", "h4")
BULLET = "bullet"
PLUS = "plus"
HDR_PARENT = "hdr-parent"
HDR_AGENCY = "hdr-agency"
HDR_NUMBER = "hdr-number"
HDR_NATIONAL = "hdr-national"
HDR_MOTTO = "hdr-motto"
HDR_DATE = "hdr-date"
DOC_TYPE = "doc-type"
SUMMARY = "summary"
KINH_GUI = "kinh-gui"
TABLE_NOTE = "table-note"
REC_TITLE = "rec-title"
REC_ITEM = "rec-item"
SIGN_AUTH = "sign-authority"
SIGNER = "signer"
APPX_LABEL = "appx-label"
APPX_TITLE = "appx-title"
APPX_SUBTITLE = "appx-subtitle"
APPX_REF = "appx-ref"
PAGE_NUMBER = "page-number"


def table_style_key(kind: str, size: float) -> str:
    """Key of a table paragraph style: kind is ``text``, ``head`` or ``group``."""
    return f"table-{kind}-{size:g}"


def style_specs(doc: AdminDocument, table_sizes: set[float]) -> dict[str, StyleSpec]:
    """All paragraph styles a document uses, keyed by style key."""
    s = L.SIZES
    body = doc.body_font_size
    ls = doc.line_spacing
    gap = doc.paragraph_spacing_pt
    indent = L.FIRST_LINE_INDENT_MM
    centred = Align.CENTER
    specs = [
        (BODY, StyleSpec("ND30 Body", body, first_indent_mm=indent, space_after_pt=gap, line_spacing=ls)),
        (BASIS, StyleSpec("ND30 Basis", body, italic=True, first_indent_mm=indent, space_after_pt=gap, line_spacing=ls)),
        ("h1", StyleSpec("ND30 Heading 1", body, bold=True, first_indent_mm=indent,
                         space_after_pt=gap, line_spacing=ls, keep_with_next=True, outline_level=0)),
        ("h2", StyleSpec("ND30 Heading 2", body, bold=True, first_indent_mm=indent, space_after_pt=gap,
                         line_spacing=ls, keep_with_next=True, outline_level=1)),
        ("h3", StyleSpec("ND30 Heading 3", body, first_indent_mm=indent, space_after_pt=gap,
                         line_spacing=ls, keep_with_next=True, outline_level=2)),
        ("h4", StyleSpec("ND30 Heading 4", body, italic=True, first_indent_mm=indent, space_after_pt=gap,
                         line_spacing=ls, keep_with_next=True, outline_level=3)),
        (BULLET, StyleSpec("ND30 Bullet", body, first_indent_mm=indent, space_after_pt=gap, line_spacing=ls)),
        (PLUS, StyleSpec("ND30 Plus Bullet", body, first_indent_mm=indent, space_after_pt=gap, line_spacing=ls)),
        (HDR_PARENT, StyleSpec("ND30 Parent Agency", s.parent_agency, align=centred)),
        (HDR_AGENCY, StyleSpec("ND30 Agency", s.agency, bold=True, align=centred)),
        (HDR_NUMBER, StyleSpec("ND30 Number", s.number, align=centred)),
        (HDR_NATIONAL, StyleSpec("ND30 National Title", s.national_title, bold=True, align=centred)),
        (HDR_MOTTO, StyleSpec("ND30 National Motto", s.national_motto, bold=True, align=centred)),
        (HDR_DATE, StyleSpec("ND30 Place Date", s.place_date, italic=True, align=centred)),
        (DOC_TYPE, StyleSpec("ND30 Document Type", s.doc_type, bold=True, align=centred, space_before_pt=18,
                             keep_with_next=True)),
        (SUMMARY, StyleSpec("ND30 Summary", s.summary, bold=True, align=centred, keep_with_next=True)),
        (KINH_GUI, StyleSpec("ND30 Kinh Gui", body, align=Align.LEFT, line_spacing=ls)),
        (TABLE_NOTE, StyleSpec("ND30 Table Note", body - 1, italic=True, align=Align.RIGHT, space_after_pt=2,
                               keep_with_next=True)),
        (REC_TITLE, StyleSpec("ND30 Recipients Title", s.recipients_title, bold=True, italic=True, align=Align.LEFT)),
        (REC_ITEM, StyleSpec("ND30 Recipients", s.recipients, align=Align.LEFT)),
        (SIGN_AUTH, StyleSpec("ND30 Signature Authority", body, bold=True, align=centred)),
        (SIGNER, StyleSpec("ND30 Signer", body, bold=True, align=centred)),
        (APPX_LABEL, StyleSpec("ND30 Appendix Label", s.appendix_label, bold=True, align=centred, keep_with_next=True)),
        (APPX_TITLE, StyleSpec("ND30 Appendix Title", body, bold=True, align=centred, keep_with_next=True)),
        (APPX_SUBTITLE, StyleSpec("ND30 Appendix Subtitle", body, bold=True, align=centred, keep_with_next=True)),
        (APPX_REF, StyleSpec("ND30 Appendix Reference", body, italic=True, align=centred, space_after_pt=gap,
                             keep_with_next=True)),
        (PAGE_NUMBER, StyleSpec("ND30 Page Number", body, align=centred)),
    ]
    for size in sorted(table_sizes):
        specs += [
            (table_style_key("text", size), StyleSpec(f"ND30 Table Text {size:g}", size, align=Align.LEFT)),
            (table_style_key("head", size), StyleSpec(f"ND30 Table Header {size:g}", size, bold=True, align=centred)),
            (table_style_key("group", size), StyleSpec(f"ND30 Table Group {size:g}", size, bold=True, align=Align.LEFT)),
        ]
    return dict(specs)


# --------------------------------------------------------------------------- layout items


@dataclass(frozen=True)
class Para:
    """A paragraph: style key, runs, and the few per-paragraph overrides the model allows."""

    style: str
    runs: tuple[Run, ...]
    align: Align | None = None
    first_indent_mm: float | None = None
    keep_with_next: bool = False  # on top of the style's: the closing lines stay with the signature

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)


@dataclass(frozen=True)
class Rule:
    """A short centred horizontal rule of ``length_mm`` (under agency name, tiêu ngữ, trích yếu)."""

    length_mm: float


@dataclass(frozen=True)
class Break:
    """A page break inside a section."""


@dataclass(frozen=True)
class Gap:
    """Vertical space in points (Word: an empty paragraph with that spacing)."""

    points: float
    keep_with_next: bool = False


CellContent: TypeAlias = Para | Rule | Gap


@dataclass(frozen=True)
class GridCell:
    """A table cell at grid column ``col``; ``merge`` is None, ``"restart"`` (top of a rowspan) or
    ``"continue"`` (covered by the cell above)."""

    col: int
    content: tuple[CellContent, ...]
    colspan: int = 1
    rowspan: int = 1
    merge: str | None = None
    valign: str = "top"  # "top" | "center"


@dataclass(frozen=True)
class GridRow:
    """A table row; ``header`` rows repeat on each page, ``cant_split`` rows stay on one page,
    ``keep_with_next`` rows (group headings) never end a page."""

    cells: tuple[GridCell, ...]
    header: bool = False
    cant_split: bool = True
    keep_with_next: bool = False


@dataclass(frozen=True)
class Grid:
    """A table: bordered data table, or borderless layout table (header, footer, Kính gửi)."""

    widths_mm: tuple[float, ...]
    rows: tuple[GridRow, ...]
    borders: bool
    header_rows: int = 0
    centered: bool = False
    pad_v_pt: float = 0.0  # top/bottom cell padding
    space_after_pt: float = 0.0
    keep_with_next: bool = False  # the table's end stays with what follows (its last rows are kept too)

    @property
    def width_mm(self) -> float:
        return sum(self.widths_mm)


Item: TypeAlias = Para | Rule | Break | Gap | Grid


@dataclass
class SectionLayout:
    """One Word section / run of PDF pages: orientation, numbering restart, content."""

    landscape: bool
    geometry: L.PageGeometry
    items: list[Item] = field(default_factory=list)


@dataclass
class DocumentLayout:
    """The whole document: styles and sections; ``title``/``author``/``subject`` for metadata."""

    styles: dict[str, StyleSpec]
    sections: list[SectionLayout]
    title: str
    author: str
    subject: str


# --------------------------------------------------------------------------- builders


def _para(style: str, text: str, **kw: object) -> Para:
    return Para(style, (Run(L.clean(text)),), **kw)  # type: ignore[arg-type]  # keyword arguments are Para's own fields


def _cell(col: int, *content: CellContent, **kw: object) -> GridCell:
    return GridCell(col, tuple(content), **kw)  # type: ignore[arg-type]  # keyword arguments are GridCell's own fields


def _header_grid(doc: AdminDocument, text_width_mm: float) -> Grid:
    left_mm, right_mm = L.header_columns_mm(text_width_mm)
    inner_left = left_mm - 2 * L.CELL_PAD_MM
    left: list[CellContent] = []
    if doc.parent_agency and doc.parent_agency.strip():
        parent = L.balanced_lines(L.upper(doc.parent_agency), inner_left, L.SIZES.parent_agency)
        left.append(_para(HDR_PARENT, "\n".join(parent)))
    agency = L.agency_lines(L.upper(doc.agency), inner_left, L.SIZES.agency, bold=True)
    left.append(_para(HDR_AGENCY, "\n".join(agency)))
    longest = max(L.text_width_pt(line, L.SIZES.agency, bold=True) for line in agency) / L.PT_PER_MM
    left.append(Rule(max(longest * L.AGENCY_RULE_SHARE, 10.0)))
    right: list[CellContent] = [
        _para(HDR_NATIONAL, L.NATIONAL_TITLE),
        _para(HDR_MOTTO, L.NATIONAL_MOTTO),
        Rule(L.motto_rule_mm()),
    ]
    # A gap after the rules, as explicit content: Word and LibreOffice disagree on whether space
    # before the first paragraph of a table cell counts.
    left.append(Gap(L.HEADER_RULE_GAP_PT))
    right.append(Gap(L.HEADER_RULE_GAP_PT))
    # Two rows so that "Số:" and the place/date line share a baseline whatever the agency names' length.
    return Grid(
        widths_mm=(left_mm, right_mm),
        rows=(
            GridRow((_cell(0, *left), _cell(1, *right))),
            GridRow((_cell(0, _para(HDR_NUMBER, L.number_line(doc))), _cell(1, _para(HDR_DATE, L.date_line(doc))))),
        ),
        borders=False,
    )


def _kinh_gui(doc: AdminDocument, text_width_mm: float) -> list[Item]:
    lines = L.punctuate(list(doc.kinh_gui))
    if not lines:
        return []
    if len(lines) == 1:
        # One recipient: on the same line as "Kính gửi:", centred.
        return [_para(KINH_GUI, f"{L.KINH_GUI} {lines[0]}", align=Align.CENTER, first_indent_mm=0.0)]
    # Several: one per line, dashes aligned under the colon; the block is centred.
    items = [L.with_mark(line, "-") for line in lines]
    size = doc.body_font_size
    widest = max(L.text_width_pt(line, size) for line in items) / L.PT_PER_MM + 2 * L.CELL_PAD_MM + 1
    right = min(widest, text_width_mm - L.KINH_GUI_LABEL_MM)
    return [
        Grid(
            widths_mm=(L.KINH_GUI_LABEL_MM, right),
            rows=(GridRow((_cell(0, _para(KINH_GUI, L.KINH_GUI)),
                           _cell(1, *[_para(KINH_GUI, line) for line in items]))),),
            borders=False,
            centered=True,
            space_after_pt=doc.paragraph_spacing_pt,
        )
    ]


def _block_items(block: Block, doc: AdminDocument, text_width_mm: float) -> list[Item]:
    if isinstance(block, Heading):
        text = L.upper(block.text) if block.level == 1 else L.clean(block.text)
        style = HEADINGS[block.level - 1]
        return [Para(style, (Run(text, italic=block.italic),))]
    if isinstance(block, Paragraph):
        runs = tuple(
            Run(L.clean(r.text), bold=r.bold or block.bold, italic=r.italic or block.italic, underline=r.underline)
            for r in block.spans
        )
        return [Para(
            BODY,
            runs,
            align=None if block.align is Align.JUSTIFY else block.align,
            first_indent_mm=None if block.indent_first_line else 0.0,
        )]
    if isinstance(block, Bullet):
        return [_para(BULLET, L.with_mark(block.text, "-"))]
    if isinstance(block, PlusBullet):
        return [_para(PLUS, L.with_mark(block.text, "+"))]
    if isinstance(block, PageBreak):
        return [Break()]
    if isinstance(block, Table):
        return _table_items(block, text_width_mm)
    raise TypeError(f"not a document block: {block!r}")


def table_size(table: Table) -> float:
    """Point size used for a table's cells."""
    return float(table.font_size or L.SIZES.table)


def _cell_paras(text: str, style: str, align: Align | None) -> tuple[Para, ...]:
    # "\n" separates paragraphs inside a cell (the seeds put "- …" items on their own lines).
    lines = L.clean(text).split("\n")
    return tuple(Para(style, (Run(line.strip()),), align=align) for line in lines)


def _header_rows(table: Table, style: str) -> list[GridRow]:
    """The header as grid rows: each cell at its grid column, and a "continue" cell wherever a
    rowspan from above covers the position (Word needs one; reportlab ignores it under a SPAN)."""
    ncols = len(table.columns)
    placed = table.header_grid()
    starts: dict[tuple[int, int], HeaderCell] = {}
    owner: dict[tuple[int, int], tuple[int, int]] = {}
    for r, row_cells in enumerate(placed):
        for col, cell in row_cells:
            starts[(r, col)] = cell
            for below in range(r, r + cell.rowspan):
                owner[(below, col)] = (r, col)
    rows: list[GridRow] = []
    for r in range(len(placed)):
        cells: list[GridCell] = []
        col = 0
        while col < ncols:
            top = owner[(r, col)]
            cell = starts[top]
            if top[0] == r:
                cells.append(GridCell(col, _cell_paras(cell.text, style, None), colspan=cell.colspan,
                                      rowspan=cell.rowspan, merge="restart" if cell.rowspan > 1 else None,
                                      valign="center"))
            else:
                cells.append(GridCell(col, (Para(style, (Run(""),)),), colspan=cell.colspan, merge="continue",
                                      valign="center"))
            col += cell.colspan
        rows.append(GridRow(tuple(cells), header=True))
    return rows


def _table_items(table: Table, text_width_mm: float) -> list[Item]:
    size = table_size(table)
    head, text, group = (table_style_key(k, size) for k in ("head", "text", "group"))
    ncols = len(table.columns)
    rows = _header_rows(table, head)
    header_count = len(rows)
    aligns = [None if c.align is Align.LEFT else c.align for c in table.columns]
    for row in table.rows:
        if isinstance(row, GroupRow):
            rows.append(GridRow((GridCell(0, _cell_paras(row.text, group, None), colspan=ncols),),
                                keep_with_next=True))
            continue
        assert isinstance(row, TableRow)
        style = group if row.bold else text
        rows.append(GridRow(
            tuple(GridCell(i, _cell_paras(value, style, aligns[i])) for i, value in enumerate(row.cells)),
            cant_split=not L.cell_may_split(row.cells),
        ))
    items: list[Item] = []
    if table.note:
        items.append(_para(TABLE_NOTE, table.note))
    items.append(Grid(
        widths_mm=tuple(L.table_widths_mm(table, text_width_mm, size)),
        rows=tuple(rows),
        borders=True,
        header_rows=header_count if table.repeat_header else 0,
        pad_v_pt=2.0,
        space_after_pt=6.0,
    ))
    return items


def _signature_paras(sig: Signature) -> list[CellContent]:
    out: list[CellContent] = [_para(SIGN_AUTH, L.upper(line)) for line in sig.authority_lines if line.strip()]
    out += [_para(SIGN_AUTH, "") for _ in range(max(sig.blank_lines, 0))]
    out.append(_para(SIGNER, sig.signer_name.strip()))
    return out


def _footer_grid(doc: AdminDocument, text_width_mm: float) -> Grid | None:
    recipients = L.recipient_lines(list(doc.recipients))
    if not recipients and doc.signature is None:
        return None
    left: list[CellContent] = []
    if recipients:
        left.append(_para(REC_TITLE, L.RECIPIENTS_TITLE))
        left += [_para(REC_ITEM, line) for line in recipients]
    right: list[CellContent] = []
    if doc.signature is not None:
        right += _signature_paras(doc.signature)
    left_mm, right_mm = L.footer_columns_mm(text_width_mm)
    if doc.left_signature is not None:
        # Two signers side by side (biên bản, Mẫu 1.9): two equal columns, Nơi nhận under them on the left.
        half = text_width_mm / 2
        sign_row = GridRow((_cell(0, *_signature_paras(doc.left_signature)), _cell(1, *(right or [_para(SIGNER, "")]))))
        rows: tuple[GridRow, ...] = (sign_row,)
        if left or doc.witness_signature is not None:
            # A blank line apart from the names above, so the confirmation reads as its own block.
            witness = ([_para(SIGN_AUTH, ""), *_signature_paras(doc.witness_signature)] if doc.witness_signature
                       else [_para(SIGNER, "")])
            rows += (GridRow((_cell(0, *(left or [_para(REC_ITEM, "")])), _cell(1, *witness))),)
        return Grid(widths_mm=(half, half), rows=rows, borders=False)
    return Grid(
        widths_mm=(left_mm, right_mm),
        rows=(GridRow((_cell(0, *(left or [_para(REC_ITEM, "")])), _cell(1, *(right or [_para(SIGNER, "")])))),),
        borders=False,
    )


#: Data rows of a list kept with the signature block, so that it never stands alone on a page.
SIGNATURE_KEEPS_ROWS = 2
#: At most this many closing paragraphs between the last table and the signature are kept with it.
_CLOSING_PARAGRAPHS = 3


def _keep_closing_together(items: list[Item]) -> list[Item]:
    """Mark the end of the main text so the signature block keeps company: the closing paragraphs
    (e.g. "Danh mục này có … tài liệu.") and, when a table ends just before them, its last
    :data:`SIGNATURE_KEEPS_ROWS` data rows. NĐ 30 lists then never leave the signature alone on the
    last page, in Word (keep-with-next) as in the PDF."""
    out = list(items)
    paragraphs = 0
    i = len(out) - 1
    while i >= 0:
        item = out[i]
        if isinstance(item, Para) and paragraphs < _CLOSING_PARAGRAPHS:
            paragraphs += 1
            out[i] = replace(item, keep_with_next=True)
        elif isinstance(item, Gap):
            out[i] = replace(item, keep_with_next=True)
        elif isinstance(item, Grid) and item.borders:
            rows = list(item.rows)
            data = [r for r in range(item.header_rows, len(rows)) if not rows[r].header]
            for r in data[-SIGNATURE_KEEPS_ROWS:-1]:  # each kept row holds on to the next one
                rows[r] = replace(rows[r], keep_with_next=True)
            out[i] = replace(item, rows=tuple(rows), keep_with_next=True)
            break
        else:
            break
        i -= 1
    return out


def _appendix_section(doc: AdminDocument, index: int, appendix: Appendix) -> SectionLayout:
    landscape = appendix.is_landscape(L.portrait_text_width_mm(doc))
    geometry = L.page_geometry(doc, landscape)
    width = geometry.text_width_mm
    items: list[Item] = [_para(APPX_LABEL, doc.appendix_label(index)), _para(APPX_TITLE, L.upper(appendix.title))]
    items += [_para(APPX_SUBTITLE, line) for line in appendix.subtitle_lines if line.strip()]
    items.append(_para(APPX_REF, doc.appendix_reference(appendix)))
    for block in appendix.blocks:
        items += _block_items(block, doc, width)
    return SectionLayout(landscape, geometry, items)


def _collect_table_sizes(doc: AdminDocument) -> set[float]:
    blocks = list(doc.body) + [b for a in doc.appendices for b in a.blocks]
    return {table_size(b) for b in blocks if isinstance(b, Table)}


def build_layout(doc: AdminDocument) -> DocumentLayout:
    """Lay out ``doc`` per NĐ 30: header table, tên loại + trích yếu, Kính gửi, căn cứ, body,
    Nơi nhận + signature, then one section per appendix."""
    landscape = L.main_is_landscape(doc)
    geometry = L.page_geometry(doc, landscape)
    width = geometry.text_width_mm
    items: list[Item] = [_header_grid(doc, width), _para(DOC_TYPE, L.upper(doc.doc_type))]
    summary = L.clean(doc.summary).strip()
    if summary:
        items.append(_para(SUMMARY, summary))
        items.append(Rule(L.rule_length_mm(summary, width, L.SIZES.summary, L.SUMMARY_RULE_SHARE)))
    items.append(Gap(doc.paragraph_spacing_pt))
    items += _kinh_gui(doc, width)
    items += [_para(BASIS, line) for line in L.punctuate(list(doc.bases))]
    for block in doc.body:
        items += _block_items(block, doc, width)
    footer = _footer_grid(doc, width)
    if footer is not None:
        items = _keep_closing_together(items)
        items += [Gap(L.FOOTER_SPACE_BEFORE_PT, keep_with_next=True), footer]
    sections = [SectionLayout(landscape, geometry, items)]
    sections += [_appendix_section(doc, i, a) for i, a in enumerate(doc.appendices)]
    return DocumentLayout(
        styles=style_specs(doc, _collect_table_sizes(doc)),
        sections=sections,
        title=L.clean(doc.title),
        author=L.clean(doc.agency),  # the agency's name, as on the header (not a running-text short form)
        subject=L.clean(doc.summary),
    )
