"""Write a register to a neat .xlsx sheet, and the empty template a secretary fills in for import.

Both are driven by the register's :class:`~isodesk.domain.tabular.RegisterSpec`, and cell values go through
:func:`~isodesk.domain.tabular.format_cell`, so an exported file re-imports through
``reports.xlsx_import`` to the same rows.

Numbers are written as real numbers with the grouping/decimal *format codes* (``#,##0``); Excel and
LibreOffice show them with the separators of the user's regional settings, i.e. ``1.234,5`` on a
Vietnamese Windows. Dates are real dates formatted ``dd/mm/yyyy`` whatever the locale.

No Qt, no database: callers pass rows as mappings of column key to stored value and already-translated
title texts.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from os import PathLike
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, cast

from isodesk.reports.files import atomic_path
from isodesk.domain.tabular import SEQUENCE_TITLE, ColumnKind, ColumnSpec, RegisterSpec, format_cell

if TYPE_CHECKING:
    from openpyxl.workbook.workbook import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

FONT_NAME: Final = "Times New Roman"  # NĐ 30/2020; LibreOffice substitutes the metric-compatible Liberation Serif
FONT_SIZE: Final = 12
DATE_NUMBER_FORMAT: Final = "dd/mm/yyyy"
INT_NUMBER_FORMAT: Final = "#,##0"
SEQUENCE_WIDTH: Final = 5.5
ROW_LINE_HEIGHT: Final = 15.75
"""Points per text line of a data row at 12 pt (Excel's own single-line height for that size)."""
TEMPLATE_ROWS: Final = 200
"""Rows of the template given borders and cell formats; typing further down still works."""

_LANDSCAPE_ABOVE: Final = 95.0  # total width (characters) that still fits a portrait A4 page at 12 pt
# What an A4 page holds between the NĐ 30 margins (30 mm + 15 mm), in column-width units (≈1.85 mm).
# Wider sheets get their long text columns narrowed (rows grow taller instead): a sheet fitted to the
# page by scaling printed at 66 % before, too small to read.
_LANDSCAPE_CAPACITY: Final = 134.0
_PORTRAIT_CAPACITY: Final = 88.0
_NARROWEST_TEXT: Final = 13.0  # columns at or below this width (dates, numbers, codes) are never narrowed
_MAX_CELL_TEXT: Final = 32_767  # Excel refuses longer cell texts ("repair this file")
_MM: Final = 1 / 25.4  # openpyxl margins are in inches


def export_table_xlsx(
    spec: RegisterSpec,
    rows: Sequence[Mapping[str, object]],
    path: str | PathLike[str],
    *,
    title: str,
    subtitle: str | None = None,
    agency_lines: Sequence[str] = (),
) -> Path:
    """Write a register as a printable sheet.

    Layout: agency lines (the last in bold, as in the NĐ 30 heading), the bold title and optional
    subtitle across the table, then a bordered header (two rows when columns have a ``group``), one row
    per record with a running ``TT``. The header is frozen, filtered and repeated on every printed page;
    the page is A4, landscape when the columns are too wide for portrait, fitted to the page width.

    Args:
        spec: The register's columns.
        rows: Records as column key -> stored value (as :func:`~isodesk.domain.tabular.parse_cell`
            returns it); missing keys are written empty.
        path: Target .xlsx; replaced atomically, so a failed export never leaves half a file.
        title: Title line, e.g. ``"DANH MỤC TÀI LIỆU BÊN NGOÀI"``.
        subtitle: Optional line under the title, e.g. ``"(Cập nhật đến ngày 06/11/2024)"``.
        agency_lines: Agency heading lines, parent first (``"UBND TỈNH HÀ TĨNH"``, ``"SỞ KHOA HỌC VÀ CÔNG NGHỆ"``).

    Returns:
        The path written.

    Raises:
        DomainError: ``file_not_writable`` when the target cannot be written (open in Excel, read-only).
    """
    return export_workbook_xlsx([SheetContent(spec, rows, title, subtitle)], path, agency_lines=agency_lines)


#: A row mapping holding this key (with the heading text) is written as a group row spanning the table,
#: bold and not numbered (the ``I. …`` đề mục of an appendix table).
GROUP_ROW: Final = "__group__"


@dataclass(frozen=True)
class SheetContent:
    """One sheet of a workbook written by :func:`export_workbook_xlsx`."""

    spec: RegisterSpec
    rows: Sequence[Mapping[str, object]]
    title: str
    subtitle: str | None = None


def export_workbook_xlsx(sheets: Sequence[SheetContent], path: str | PathLike[str], *,
                         agency_lines: Sequence[str] = ()) -> Path:
    """Write several registers or tables as the sheets of one workbook, each laid out exactly as
    :func:`export_table_xlsx` lays out its one sheet (named styles shared across the sheets).

    Raises:
        DomainError: ``file_not_writable`` and the other codes of reports/files.py.
    """
    from openpyxl import Workbook

    workbook = Workbook()
    first = cast("Worksheet", workbook.active)
    styles: dict[tuple[str, str | None], str] = {}
    for index, content in enumerate(sheets):
        sheet = first if index == 0 else workbook.create_sheet()
        sheet.title = content.spec.sheet_name  # chosen in the spec to fit Excel's 31 characters
        writer = _SheetWriter(sheet, content.spec, styles)
        writer.title_block(title=content.title, subtitle=content.subtitle, agency_lines=agency_lines)
        writer.header()
        writer.records(content.rows)
        writer.finish(data_rows=len(content.rows))
    return _save(workbook, Path(path))


def write_template_xlsx(
    spec: RegisterSpec,
    path: str | PathLike[str],
    *,
    title: str | None = None,
    agency_lines: Sequence[str] = (),
) -> Path:
    """Write an empty import template with the register's exact headings.

    Text and date columns are formatted as Text, so what the secretary types stays as typed: ``01`` keeps
    its zero and ``06/11/2024`` is read as 6 November whatever the regional settings of the PC (Excel
    with English settings would otherwise turn it into 11 June). Choice and yes/no columns get a
    drop-down list.

    Args:
        spec: The register's columns.
        path: Target .xlsx (replaced atomically).
        title: Title above the table; defaults to ``spec.title``.
        agency_lines: Optional agency heading lines.

    Returns:
        The path written.

    Raises:
        DomainError: ``file_not_writable`` when the target cannot be written.
    """
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = cast("Worksheet", workbook.active)  # a new workbook has exactly one worksheet
    sheet.title = spec.sheet_name  # chosen in the spec to fit Excel's 31 characters
    writer = _SheetWriter(sheet, spec)
    writer.title_block(title=title or spec.title, subtitle=None, agency_lines=agency_lines)
    writer.header()
    writer.blank_form(TEMPLATE_ROWS)
    writer.finish(data_rows=TEMPLATE_ROWS)
    return _save(workbook, Path(path))


class _SheetWriter:
    """Writes one register sheet top to bottom; keeps the row cursor and shared styles."""

    def __init__(self, sheet: Worksheet, spec: RegisterSpec,
                 styles: dict[tuple[str, str | None], str] | None = None) -> None:
        from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

        self.sheet = sheet
        self.spec = spec
        self.columns = spec.columns
        self.width = len(self.columns) + 1  # + TT
        self.row = 1
        self.header_first = self.header_last = 0
        thin = Side(style="thin", color="000000")
        self.border = Border(left=thin, right=thin, top=thin, bottom=thin)
        self.font = Font(name=FONT_NAME, size=FONT_SIZE)
        self.bold = Font(name=FONT_NAME, size=FONT_SIZE, bold=True)
        self.header_fill = PatternFill("solid", fgColor="F2F2F2")
        self.header_align = Alignment(horizontal="center", vertical="center", wrap_text=True)
        self.align = {
            "left": Alignment(horizontal="left", vertical="top", wrap_text=True),
            "center": Alignment(horizontal="center", vertical="top", wrap_text=True),
            "right": Alignment(horizontal="right", vertical="top"),
        }
        self.column_align = ["center", *(_alignment_of(column) for column in self.columns)]
        # Cells share named styles (one font/border/alignment record each): giving every cell its own
        # style objects made the export ~4× slower than openpyxl's own floor on 1,300 rows.
        self._styles: dict[tuple[str, str | None], str] = {} if styles is None else styles
        # Text lines each data row needs, so LibreOffice and Excel show wrapped cells whole.
        hinted = [SEQUENCE_WIDTH, *(_width_of(column) for column in self.columns)]
        self.landscape = sum(hinted) > _LANDSCAPE_ABOVE
        self.widths = _fit_to_page(hinted, _LANDSCAPE_CAPACITY if self.landscape else _PORTRAIT_CAPACITY)

    # -- blocks ------------------------------------------------------------------------------------

    def title_block(self, *, title: str, subtitle: str | None, agency_lines: Sequence[str]) -> None:
        from openpyxl.styles import Alignment, Font

        for index, line in enumerate(agency_lines):
            # Not merged: a long agency name flows over the empty cells to its right instead of clipping.
            last = index == len(agency_lines) - 1
            self._put(self.row, 1, line, font=self.bold if last else self.font)
            self.row += 1
        if agency_lines:
            self.row += 1
        centred = Alignment(horizontal="center", vertical="center", wrap_text=True)
        self._banner(title, Font(name=FONT_NAME, size=14, bold=True), centred)
        if subtitle:
            self._banner(subtitle, Font(name=FONT_NAME, size=FONT_SIZE, italic=True), centred)
        self.row += 1

    def header(self) -> None:
        from openpyxl.utils import get_column_letter

        grouped = any(column.group for column in self.columns)
        depth = 2 if grouped else 1
        self.header_first, self.header_last = self.row, self.row + depth - 1
        top = self.row
        self._header_cell(top, 1, SEQUENCE_TITLE)
        col = 2
        while col <= self.width:
            column = self.columns[col - 2]
            if not column.group:
                self._header_cell(top, col, column.title)
                if grouped:
                    self._header_cell(top + 1, col, None)
                    self.sheet.merge_cells(start_row=top, start_column=col, end_row=top + 1, end_column=col)
                col += 1
                continue
            span = 1  # consecutive columns of one group share one parent heading
            while col + span <= self.width and self.columns[col + span - 2].group == column.group:
                span += 1
            for offset in range(span):
                self._header_cell(top, col + offset, column.group if offset == 0 else None)
                self._header_cell(top + 1, col + offset, self.columns[col + offset - 2].title)
            if span > 1:
                self.sheet.merge_cells(start_row=top, start_column=col, end_row=top, end_column=col + span - 1)
            col += span
        if grouped:
            self._header_cell(top + 1, 1, None)
            self.sheet.merge_cells(start_row=top, start_column=1, end_row=top + 1, end_column=1)
        for index in range(1, self.width + 1):
            self.sheet.column_dimensions[get_column_letter(index)].width = self.widths[index - 1]
        self.row = self.header_last + 1

    def records(self, rows: Iterable[Mapping[str, object]]) -> None:
        number = 0
        for record in rows:
            group = record.get(GROUP_ROW)
            if group:
                cell = self._put(self.row, 1, str(group), font=self.bold, alignment=self.align["left"])
                cell.border = self.border
                if self.width > 1:
                    self.sheet.merge_cells(start_row=self.row, start_column=1, end_row=self.row,
                                           end_column=self.width)
                self.row += 1
                continue
            number += 1
            self._data_cell(self.row, 1, number, "0")
            lines = 1
            for index, column in enumerate(self.columns, start=2):
                value = format_cell(column, record.get(column.key))
                self._data_cell(self.row, index, value, _number_format(column, value))
                if isinstance(value, str):
                    lines = max(lines, _lines_needed(value, self.widths[index - 1]))
            if lines > 1:
                self.sheet.row_dimensions[self.row].height = ROW_LINE_HEIGHT * lines
            self.row += 1

    def blank_form(self, count: int) -> None:
        from openpyxl.utils import get_column_letter
        from openpyxl.worksheet.datavalidation import DataValidation

        text_like = {ColumnKind.TEXT, ColumnKind.DATE}
        for index, column in enumerate(self.columns, start=2):
            letter = get_column_letter(index)
            dimension = self.sheet.column_dimensions[letter]
            # Column styles apply to cells typed below the formatted rows too.
            dimension.font = self.font
            if column.kind in text_like:
                dimension.number_format = "@"
            options = _dropdown_options(column)
            if options is not None:
                validation = DataValidation(
                    type="list", formula1=options, allow_blank=True, showErrorMessage=True, errorStyle="warning"
                )
                validation.add(f"{letter}{self.row}:{letter}{self.row + count - 1}")
                self.sheet.add_data_validation(validation)
        for _ in range(count):
            for index, column in enumerate(self.columns, start=2):
                number_format = "@" if column.kind in text_like else None
                self._data_cell(self.row, index, None, number_format)
            self._data_cell(self.row, 1, None, None)
            self.row += 1

    def finish(self, *, data_rows: int) -> None:
        from openpyxl.utils import get_column_letter
        from openpyxl.worksheet.page import PageMargins
        from openpyxl.worksheet.properties import PageSetupProperties

        sheet = self.sheet
        last_letter = get_column_letter(self.width)
        data_first = self.header_last + 1
        sheet.freeze_panes = f"A{data_first}"
        sheet.auto_filter.ref = f"A{self.header_last}:{last_letter}{self.header_last + max(data_rows, 1)}"
        sheet.print_title_rows = f"{self.header_first}:{self.header_last}"
        setup = sheet.page_setup
        setup.paperSize = sheet.PAPERSIZE_A4
        setup.orientation = "landscape" if self.landscape else "portrait"
        setup.fitToWidth = 1
        setup.fitToHeight = 0  # as many pages as needed downwards
        sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
        # NĐ 30 margins: top/bottom 20–25 mm, left (binding) 30–35 mm, right 15–20 mm.
        sheet.page_margins = PageMargins(
            left=30 * _MM, right=15 * _MM, top=20 * _MM, bottom=20 * _MM, header=8 * _MM, footer=8 * _MM
        )
        sheet.print_options.horizontalCentered = True
        odd_footer = sheet.oddFooter
        assert odd_footer is not None  # openpyxl gives every new worksheet its headers and footers
        footer = odd_footer.center
        footer.text = "&P/&N"
        footer.font = FONT_NAME
        footer.size = 10

    # -- cells -------------------------------------------------------------------------------------

    def _banner(self, text: str, font: Any, alignment: Any) -> None:
        self._put(self.row, 1, text, font=font, alignment=alignment)
        if self.width > 1:
            self.sheet.merge_cells(start_row=self.row, start_column=1, end_row=self.row, end_column=self.width)
        # Merged cells never grow to fit their text: give long titles the lines they need.
        lines = max(1, math.ceil(len(text) * 1.2 / max(sum(self.widths), 1)))
        self.sheet.row_dimensions[self.row].height = 20 * lines
        self.row += 1

    def _header_cell(self, row: int, col: int, text: str | None) -> None:
        cell = self._put(row, col, text, font=self.bold, alignment=self.header_align)
        cell.border = self.border
        cell.fill = self.header_fill

    def _data_cell(self, row: int, col: int, value: object, number_format: str | None) -> None:
        cell = self._put(row, col, value, font=None)
        cell.style = self._named_style(self.column_align[col - 1], number_format)

    def _named_style(self, align: str, number_format: str | None) -> str:
        """The workbook's named style for data cells aligned ``align`` with ``number_format`` (made once)."""
        key = (align, number_format)
        name = self._styles.get(key)
        if name is None:
            from openpyxl.styles import NamedStyle

            name = f"isodesk {align} {number_format or 'General'}"
            style = NamedStyle(name=name, font=self.font, border=self.border, alignment=self.align[align],
                               number_format=number_format or "General")
            workbook = self.sheet.parent
            assert workbook is not None  # a sheet made by Workbook() belongs to it
            if name not in workbook.named_styles:
                workbook.add_named_style(style)
            self._styles[key] = name
        return name

    def _put(self, row: int, col: int, value: object, *, font: Any | None, alignment: Any = None) -> Any:
        cell = self.sheet.cell(row=row, column=col)
        if isinstance(value, str):
            cell.value = _clean_for_excel(value)
            # openpyxl takes a leading "=" as a formula; a title such as "=> …" must stay text.
            cell.data_type = "s"
        else:
            cell.value = cast(Any, value)  # what format_cell gives: int, Decimal, date or None
        if font is not None:
            cell.font = font
        if alignment is not None:
            cell.alignment = alignment
        return cell


def _alignment_of(column: ColumnSpec) -> str:
    if column.kind in (ColumnKind.INT, ColumnKind.DECIMAL):
        return "right"
    if column.kind is ColumnKind.TEXT:
        return "left"
    return "center"


def _width_of(column: ColumnSpec) -> float:
    return column.width_hint


def _fit_to_page(widths: Sequence[float], capacity: float) -> list[float]:
    """``widths`` narrowed so that they add up to at most ``capacity``: the excess is taken from the
    columns wider than :data:`_NARROWEST_TEXT`, in proportion to what each has above it."""
    total = sum(widths)
    spare = [max(w - _NARROWEST_TEXT, 0.0) for w in widths]
    if total <= capacity or not sum(spare):
        return list(widths)
    share = min((total - capacity) / sum(spare), 1.0)
    return [round(w - s * share, 1) for w, s in zip(widths, spare)]


def _lines_needed(text: str, width: float) -> int:
    """Lines a wrapped cell of ``width`` characters needs for ``text`` (Times New Roman 12 runs a little
    wider than the width unit, hence the margin)."""
    usable = max(width - 1.0, 1.0) / 1.1
    return sum(max(1, math.ceil(len(part) / usable)) for part in text.split("\n")) if text else 1


def _number_format(column: ColumnSpec, value: object) -> str | None:
    if isinstance(value, date):
        return DATE_NUMBER_FORMAT
    if column.number_format and isinstance(value, int | Decimal):
        return column.number_format
    if isinstance(value, int):
        return INT_NUMBER_FORMAT
    if isinstance(value, Decimal):
        # Show exactly the decimals stored: 12,5 stays 12,5 and 5 is not shown as "5,".
        exponent = value.normalize().as_tuple().exponent
        decimals = min(-exponent, 6) if isinstance(exponent, int) and exponent < 0 else 0
        return INT_NUMBER_FORMAT + ("." + "0" * decimals if decimals else "")
    return None


def _dropdown_options(column: ColumnSpec) -> str | None:
    """Excel list-validation formula for CHOICE/BOOL columns, or None when it cannot be expressed."""
    if column.kind is ColumnKind.BOOL:
        options = [format_cell(column, True), format_cell(column, False)]
    elif column.kind is ColumnKind.CHOICE:
        options = list(dict.fromkeys(format_cell(column, value) for value in column.choices.values()))
    else:
        return None
    texts = [str(option) for option in options]
    formula = '"' + ",".join(texts) + '"'
    # An inline list cannot hold commas or quotes and is limited to 255 characters.
    if any("," in text or '"' in text for text in texts) or len(formula) > 255:
        return None
    return formula


def _clean_for_excel(text: str) -> str:
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    # Control characters pasted from other programs make openpyxl refuse the whole file.
    return ILLEGAL_CHARACTERS_RE.sub("", text)[:_MAX_CELL_TEXT]


def _save(workbook: Workbook, path: Path) -> Path:
    workbook.properties.creator = "isodesk"
    with atomic_path(path) as temporary:
        workbook.save(temporary)
    return path
