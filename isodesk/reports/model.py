"""The administrative document model: describe a document once, render it to Word and to PDF.

Frozen dataclasses, no Qt, no database. A service builds an :class:`AdminDocument` (with text
already in Vietnamese, labels already translated) and hands it to
:func:`isodesk.reports.render_docx` and/or :func:`isodesk.reports.render_pdf`; both renderers
apply the layout of Nghị định 30/2020/NĐ-CP (DOMAIN.md §3) so the two files agree.

Text fields are plain text: renderers normalise them to NFC and escape them. Upper-casing of
agency names, tên loại, level-1 headings and signing-authority lines is done by the renderers.
Sequence fields accept lists or tuples; they are stored as tuples so a document is immutable.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
import datetime as dt
from enum import StrEnum
from typing import Any, TypeAlias

from isodesk.domain.errors import DomainError, FieldProblem
from isodesk.domain.formatting import DRAFT_NUMBER_GAP, doc_reference, format_doc_number, to_roman

__all__ = [
    "A4_HEIGHT_MM",
    "A4_WIDTH_MM",
    "AdminDocument",
    "Align",
    "Appendix",
    "Block",
    "Bullet",
    "Column",
    "GroupRow",
    "HeaderCell",
    "Heading",
    "Margins",
    "Orientation",
    "PageBreak",
    "Paragraph",
    "PlusBullet",
    "Run",
    "Signature",
    "Table",
    "TableRow",
]

A4_WIDTH_MM = 210.0
A4_HEIGHT_MM = 297.0


def _freeze(obj: object, name: str) -> None:
    """Store a sequence field as a tuple (frozen dataclasses need object.__setattr__)."""
    object.__setattr__(obj, name, tuple(getattr(obj, name)))


class Orientation(StrEnum):
    """Page orientation of a section."""

    PORTRAIT = "portrait"
    LANDSCAPE = "landscape"


class Align(StrEnum):
    """Horizontal alignment of a paragraph or a table column."""

    LEFT = "left"
    CENTER = "center"
    RIGHT = "right"
    JUSTIFY = "justify"


# NĐ 30 Phụ lục I, I.1: allowed margin ranges in millimetres.
MARGIN_RANGES_MM: dict[str, tuple[float, float]] = {
    "top": (20.0, 25.0),
    "bottom": (20.0, 25.0),
    "left": (30.0, 35.0),
    "right": (15.0, 20.0),
}


@dataclass(frozen=True)
class Margins:
    """Page margins in millimetres, validated against NĐ 30 (top/bottom 20–25, left 30–35, right 15–20).

    Raises:
        DomainError: ``nd30_margin_out_of_range`` with one :class:`FieldProblem` per side at fault.
    """

    top: float = 20.0
    bottom: float = 20.0
    left: float = 30.0
    right: float = 15.0

    def __post_init__(self) -> None:
        problems = []
        for side, (low, high) in MARGIN_RANGES_MM.items():
            value = getattr(self, side)
            if not low <= value <= high:
                problems.append(
                    FieldProblem(field=f"margins.{side}", code="nd30_margin_out_of_range",
                                 params={"value": value, "min": low, "max": high})
                )
        if problems:
            raise DomainError("nd30_margin_out_of_range", problems)


# --------------------------------------------------------------------------- inline text


@dataclass(frozen=True)
class Run:
    """A span of text with its own emphasis inside a :class:`Paragraph`."""

    text: str
    bold: bool = False
    italic: bool = False
    underline: bool = False


# --------------------------------------------------------------------------- blocks


@dataclass(frozen=True)
class Heading:
    """A section heading of the body.

    Levels follow the seeds: 1 = ``I. MỤC ĐÍCH, YÊU CẦU`` (bold, upper-cased by the renderer),
    2 = ``1. Mục đích`` (bold), 3 = ``a) …`` (regular, or italic with ``italic=True``),
    4 = a run-in sub-point such as ``- Công tác chỉ đạo`` (italic). The text carries its own numbering.
    """

    level: int
    text: str
    italic: bool = False

    def __post_init__(self) -> None:
        if self.level not in (1, 2, 3, 4):
            raise DomainError("heading_level", level=self.level)


@dataclass(frozen=True)
class Paragraph:
    """A body paragraph: justified, first line indented 1 cm, unless told otherwise.

    Give either ``text`` or ``runs`` (for bold/italic spans inside the paragraph).
    ``bold``/``italic`` apply to the whole paragraph.
    """

    text: str = ""
    runs: Sequence[Run] = ()
    indent_first_line: bool = True
    align: Align = Align.JUSTIFY
    bold: bool = False
    italic: bool = False

    def __post_init__(self) -> None:
        _freeze(self, "runs")
        if self.text and self.runs:
            raise DomainError("paragraph_text_and_runs")

    @property
    def spans(self) -> tuple[Run, ...]:
        """The runs to render: ``runs``, or one run made of ``text``."""
        return tuple(self.runs) if self.runs else (Run(self.text),)


@dataclass(frozen=True)
class Bullet:
    """A ``- …`` item. The dash is added by the renderer if the text does not start with one."""

    text: str


@dataclass(frozen=True)
class PlusBullet:
    """A ``+ …`` sub-item. The plus is added by the renderer if missing."""

    text: str


@dataclass(frozen=True)
class PageBreak:
    """Start a new page (same section, same page numbering)."""


@dataclass(frozen=True)
class Column:
    """One table column.

    ``width_mm`` values are scaled together so the table fills the text width of its page; an
    appendix whose columns add up to more than a portrait page is laid out in landscape unless
    told otherwise (see :attr:`Appendix.landscape`).
    """

    title: str
    width_mm: float
    align: Align = Align.LEFT

    def __post_init__(self) -> None:
        if not self.width_mm > 0:
            raise DomainError("column_width", title=self.title, width_mm=self.width_mm)


@dataclass(frozen=True)
class HeaderCell:
    """One cell of an explicit table header; ``colspan``/``rowspan`` merge it with its neighbours.

    For ``Rủi ro`` over ``Thấp · Cao · Rất cao``: the first header row holds
    ``HeaderCell("Rủi ro", colspan=3)`` and ``HeaderCell("TT", rowspan=2)`` for the columns
    without children; the second header row lists only ``Thấp``, ``Cao``, ``Rất cao``
    (cells covered by a rowspan from above are skipped).
    """

    text: str
    colspan: int = 1
    rowspan: int = 1

    def __post_init__(self) -> None:
        if self.colspan < 1 or self.rowspan < 1:
            raise DomainError("header_cell_span", text=self.text)


@dataclass(frozen=True)
class TableRow:
    """A data row: one text per column (``\\n`` separates paragraphs inside a cell)."""

    cells: Sequence[str]
    bold: bool = False

    def __post_init__(self) -> None:
        _freeze(self, "cells")


@dataclass(frozen=True)
class GroupRow:
    """A full-width bold row that groups the rows below it, e.g. ``I. DO CÁC YẾU TỐ NỘI BỘ``."""

    text: str


def _header_grid(header_rows: Sequence[Sequence[HeaderCell]], ncols: int) -> list[list[tuple[int, HeaderCell]]]:
    """Place header cells on the column grid, honouring spans; return (column, cell) per row.

    Raises DomainError when the cells do not tile the ``len(header_rows) × ncols`` grid exactly.
    """
    nrows = len(header_rows)
    taken = [[False] * ncols for _ in range(nrows)]
    placed: list[list[tuple[int, HeaderCell]]] = []
    for r, row in enumerate(header_rows):
        col = 0
        row_cells = []
        for cell in row:
            while col < ncols and taken[r][col]:
                col += 1
            if col + cell.colspan > ncols or r + cell.rowspan > nrows:
                raise DomainError("table_header_shape", text=cell.text, row=r)
            for rr in range(r, r + cell.rowspan):
                for cc in range(col, col + cell.colspan):
                    if taken[rr][cc]:
                        raise DomainError("table_header_shape", text=cell.text, row=r)
                    taken[rr][cc] = True
            row_cells.append((col, cell))
            col += cell.colspan
        placed.append(row_cells)
    if not all(all(row) for row in taken):
        raise DomainError("table_header_shape", row=next(i for i, row in enumerate(taken) if not all(row)))
    return placed


@dataclass(frozen=True)
class Table:
    """A bordered table with bold, centred header rows repeated on every page.

    Args:
        columns: the columns (title, width, alignment of data cells).
        rows: :class:`TableRow` / :class:`GroupRow` items; a plain sequence of strings is
            accepted as a :class:`TableRow`.
        header_rows: an explicit (possibly two-level, merged) header; when empty, one header
            row of the column titles is used.
        repeat_header: repeat the header rows at the top of each page.
        font_size: point size of the cells (12 unless given; the body size is too big for wide tables).
        note: a short line printed right-aligned above the table, e.g. ``ĐVT: triệu đồng``.
    """

    columns: Sequence[Column]
    rows: Sequence[TableRow | GroupRow | Sequence[str]] = ()
    header_rows: Sequence[Sequence[HeaderCell]] = ()
    repeat_header: bool = True
    font_size: int | None = None
    note: str | None = None

    def __post_init__(self) -> None:
        _freeze(self, "columns")
        if not self.columns:
            raise DomainError("table_without_columns")
        rows: list[TableRow | GroupRow] = []
        for i, row in enumerate(self.rows):
            if isinstance(row, GroupRow):
                rows.append(row)
                continue
            if not isinstance(row, TableRow):
                if isinstance(row, str):
                    raise DomainError("table_row_shape", row=i, expected=len(self.columns), got=1)
                row = TableRow(tuple(row))
            if len(row.cells) != len(self.columns):
                raise DomainError("table_row_shape", row=i, expected=len(self.columns), got=len(row.cells))
            rows.append(row)
        object.__setattr__(self, "rows", tuple(rows))
        object.__setattr__(self, "header_rows", tuple(tuple(r) for r in self.header_rows))
        _header_grid(self.header_rows, len(self.columns))  # validate now, not in the renderer

    @property
    def effective_header(self) -> tuple[tuple[HeaderCell, ...], ...]:
        """The header rows to render (the column titles when no explicit header was given)."""
        if self.header_rows:
            return self.header_rows  # type: ignore[return-value]  # a header is rows of HeaderCell, which the union allows
        return (tuple(HeaderCell(c.title) for c in self.columns),)

    def header_grid(self) -> list[list[tuple[int, HeaderCell]]]:
        """The header cells with the grid column each starts at, row by row."""
        return _header_grid(self.effective_header, len(self.columns))

    @property
    def total_width_mm(self) -> float:
        """Sum of the requested column widths."""
        return sum(c.width_mm for c in self.columns)


Block: TypeAlias = Heading | Paragraph | Bullet | PlusBullet | Table | PageBreak


# --------------------------------------------------------------------------- parts of the document


@dataclass(frozen=True)
class Signature:
    """The signing block (ô 7): authority/position lines, blank space for the signature, the name.

    ``authority_lines`` e.g. ``["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]`` or
    ``["GIÁM ĐỐC"]``; upper-cased by the renderer. ``signer_name`` is printed as given (bold),
    without academic titles (NĐ 30).
    """

    authority_lines: Sequence[str]
    signer_name: str
    blank_lines: int = 3

    def __post_init__(self) -> None:
        _freeze(self, "authority_lines")


@dataclass(frozen=True)
class Appendix:
    """A Phụ lục: a new section, page numbering restarting at 1.

    Args:
        title: upper-cased by the renderer.
        subtitle_lines: extra centred bold lines under the title (normal case).
        reference_line: the chỉ dẫn ``(Kèm theo Kế hoạch số …/KH-UBND ngày … của …)``; when None it
            is generated from the document's number, date, type and ``issuer_name`` (left with
            blanks for the number and day in an electronic document, NĐ 30 Mẫu 2.2).
        blocks: the content.
        landscape: force the orientation; None = landscape when a table is wider than a portrait page.
    """

    title: str
    subtitle_lines: Sequence[str] = ()
    reference_line: str | None = None
    blocks: Sequence[Block] = ()
    landscape: bool | None = None

    def __post_init__(self) -> None:
        _freeze(self, "subtitle_lines")
        _freeze(self, "blocks")

    def is_landscape(self, portrait_text_width_mm: float) -> bool:
        """Whether to lay the appendix out on landscape pages."""
        if self.landscape is not None:
            return self.landscape
        return any(isinstance(b, Table) and b.total_width_mm > portrait_text_width_mm + 0.5 for b in self.blocks)


@dataclass(frozen=True)
class AdminDocument:
    """A Vietnamese administrative document laid out per NĐ 30/2020 (Mẫu 1.4 "văn bản có tên loại").

    Args:
        agency: tên cơ quan ban hành, e.g. ``"SỞ THÔNG TIN VÀ TRUYỀN THÔNG"`` (upper-cased when rendered).
        symbol: ký hiệu after the slash, e.g. ``"KH-UBND"``.
        place: địa danh, e.g. ``"Hà Tĩnh"``.
        doc_type: tên loại, e.g. ``"KẾ HOẠCH"``, ``"BÁO CÁO"``.
        summary: trích yếu (normal case, bold when rendered).
        parent_agency: cơ quan chủ quản, e.g. ``"UBND TỈNH HÀ TĨNH"``, or None.
        number: the registered number, or None for a draft (``Số:      /KH-UBND``).
        date: the date of issue, or None for a draft (``ngày      tháng      năm 2025``).
        year: the year printed on an undated draft.
        issuer_name: the issuer as written in running text (``"Sở Thông tin và Truyền thông"``),
            used in generated appendix chỉ dẫn lines.
        kinh_gui: recipients of a báo cáo/tờ trình to a higher level (ô 9a); empty for none.
        bases: căn cứ lines (italic; ``;`` after each, ``.`` after the last — added if missing).
        body: the content blocks.
        recipients: Nơi nhận lines (``- `` and ``;``/``.`` are added if missing); the last is
            usually ``Lưu: VT, …``.
        signature: the signing block, or None.
        appendices: the Phụ lục, in order.
        orientation: of the main text (landscape is allowed when the body holds wide tables).
        margins: page margins (NĐ 30 ranges enforced).
        body_font_size: 13 or 14.
        line_spacing: 1.0 (single) to 1.5, as a multiple of single spacing.
        paragraph_spacing_pt: space after each body paragraph, at least 6 pt.
        is_electronic: an electronic original (appendix chỉ dẫn left blank for the signing system).
        numbered: False for a form or list (biểu mẫu, danh mục): no ``Số:`` line and no ký hiệu, which
            NĐ 30 gives only to numbered administrative documents; ``symbol`` may then be empty.
        form_code: the agency's code of a form (e.g. ``BM.02-QT.VP.01``, from the procedure that owns it),
            printed where a numbered document has its ``Số:`` line; "" for none.

    Raises:
        DomainError: when a NĐ 30 rule is broken (font size, spacing, empty agency/type …).
    """

    agency: str
    symbol: str
    place: str
    doc_type: str
    summary: str
    parent_agency: str | None = None
    number: int | None = None
    date: dt.date | None = None
    year: int | None = None
    issuer_name: str | None = None
    kinh_gui: Sequence[str] = ()
    bases: Sequence[str] = ()
    body: Sequence[Block] = ()
    recipients: Sequence[str] = ()
    signature: Signature | None = None
    appendices: Sequence[Appendix] = ()
    #: A second signing block printed on the left, side by side with ``signature`` (a biên bản: THƯ KÝ
    #: on the left, CHỦ TRÌ on the right); the Nơi nhận lines then go under them on the left.
    left_signature: Signature | None = None
    #: A third signer under the two (a handover: the head confirming what the two secretaries signed);
    #: only with ``left_signature``, printed under the right-hand one.
    witness_signature: Signature | None = None
    orientation: Orientation = Orientation.PORTRAIT
    margins: Margins = field(default_factory=Margins)
    body_font_size: int = 14
    line_spacing: float = 1.15
    paragraph_spacing_pt: float = 6.0
    is_electronic: bool = False
    numbered: bool = True
    form_code: str = ""

    def __post_init__(self) -> None:
        for name in ("kinh_gui", "bases", "body", "recipients", "appendices"):
            _freeze(self, name)
        problems: list[FieldProblem] = []

        def problem(field_name: str, code: str, **params: Any) -> None:
            problems.append(FieldProblem(field=field_name, code=code, params=params))

        # A form or list (biểu mẫu, danh mục) has no số and no ký hiệu (NĐ 30 Phụ lục III names none).
        for name in ("agency", "symbol", "place", "doc_type") if self.numbered else ("agency", "place", "doc_type"):
            if not getattr(self, name).strip():
                problem(name, "required")
        if self.body_font_size not in (13, 14):
            problem("body_font_size", "nd30_font_size", value=self.body_font_size, allowed=(13, 14))
        if not 1.0 <= self.line_spacing <= 1.5:
            problem("line_spacing", "nd30_line_spacing", value=self.line_spacing, min=1.0, max=1.5)
        if self.paragraph_spacing_pt < 6:
            problem("paragraph_spacing_pt", "nd30_paragraph_spacing", value=self.paragraph_spacing_pt, min=6)
        if self.number is not None and (isinstance(self.number, bool) or self.number < 1):
            problem("number", "doc_number_positive", value=self.number)
        if problems:
            raise DomainError("nd30_layout", problems)

    # ---- derived values shared by both renderers

    @property
    def draft_year(self) -> int | None:
        """Year printed on the date line: the date's year, else ``year``."""
        return self.date.year if self.date is not None else self.year

    @property
    def doc_type_name(self) -> str:
        """Tên loại as written in running text: ``"KẾ HOẠCH"`` → ``"Kế hoạch"``."""
        return self.doc_type.strip().capitalize()

    @property
    def title(self) -> str:
        """A one-line title for file metadata: ``"Kế hoạch số 05/KH-UBND: <trích yếu>"``
        (``"Kế hoạch (dự thảo): …"`` before the number is given)."""
        summary = " ".join(self.summary.split())
        if not self.numbered:
            return f"{self.doc_type_name}: {summary}"
        if self.number is None:
            return f"{self.doc_type_name} (dự thảo): {summary}"
        number = format_doc_number(self.number, self.symbol).removeprefix("Số:").strip()
        return f"{self.doc_type_name} số {number}: {summary}"

    def appendix_label(self, index: int) -> str:
        """``PHỤ LỤC`` for a single appendix, else ``Phụ lục I``, ``Phụ lục II`` … (NĐ 30: Roman for ≥ 2)."""
        if len(self.appendices) == 1:
            return "PHỤ LỤC"
        return f"Phụ lục {to_roman(index + 1)}"

    def appendix_reference(self, appendix: Appendix) -> str:
        """The chỉ dẫn line of ``appendix``: the given one, or one generated from this document."""
        if appendix.reference_line is not None:
            return appendix.reference_line
        if self.is_electronic:
            # The signing system stamps the number and day; keep month/year as the seeds do
            # ("số /BC-STTTT ngày /11/2024").
            gap = DRAFT_NUMBER_GAP
            when = f"{gap}/{self.date.month:02d}/{self.date.year}" if self.date else gap
            reference = f"{gap}/{self.symbol.strip()} ngày {when}"
        else:
            reference = doc_reference(self.number, self.symbol, self.date)
        issuer = f" của {self.issuer_name.strip()}" if self.issuer_name else ""
        return f"(Kèm theo {self.doc_type_name} số {reference}{issuer})"
