"""A register declared once (:class:`RegisterSpec`) and the rules for reading one cell.

Agencies keep their registers (danh mục tài liệu bên ngoài, danh mục hồ sơ, danh mục TTHC…) in Excel, on
screen and on paper. A register module declares its columns once as a :class:`RegisterSpec`: per column
the Vietnamese heading and the parsing of an Excel cell, the screen header and width hint, the sort key,
the width on the printed list; per register its titles (screen, printout, Excel sheet), its search keys,
its filters and the grouping of the printed list. From that one declaration come the screen table
(``ui.models.register_model``), the Excel import (``reports.xlsx_import``) and export
(``reports.xlsx_exporter``) and the NĐ 30 printed list (``reports.printouts``).

Two functions are the contract between a spreadsheet cell and a stored value:

* :func:`parse_cell` turns whatever a cell holds (text typed the Vietnamese way, a real date, an Excel
  serial number, a float…) into the stored value, or raises :class:`CellError` carrying one
  :class:`~isodesk.domain.errors.FieldProblem` with a stable code from :data:`PROBLEM_CODES`;
* :func:`format_cell` is its inverse, used for export, so that ``parse_cell(spec, format_cell(spec, v)) == v``.

Pure Python, stdlib only: the UI translates problem codes, this module never produces sentences.
"""

from __future__ import annotations

import math
import operator
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from functools import cached_property
from types import MappingProxyType
from typing import Any, Final, SupportsInt, cast

from isodesk.domain.errors import FieldProblem, ValidationError
from isodesk.domain.formatting import fold, short_date

PROBLEM_CODES: Final[tuple[str, ...]] = (
    # --- one cell: FieldProblem(field=column key, row=Excel row); params always hold
    #     "column" (the heading as shown) and "value" (the cell as the user typed it) ---
    "required",  # a required cell is empty
    "not_a_date",  # not a real calendar date (text dd/mm/yyyy, a date cell or an Excel serial expected)
    "not_a_number",  # not a number at all
    "not_an_integer",  # a number with a fractional part where a whole number is expected
    "out_of_range",  # number (or years) outside the allowed bounds; params: min, max (either may be None)
    "not_a_choice",  # text not among the accepted choices; params: choices (the display texts)
    "not_yes_no",  # a yes/no cell holding something other than Có/Không/x
    "not_a_retention",  # a retention period that is neither "Vĩnh viễn" nor a number of years
    "too_long",  # text longer than allowed; params: max_length, length
    # --- one row against the rows above it ---
    "duplicate_in_file",  # same key as an earlier row of the file; params: first_row
    # --- the column mapping / the sheet as a whole (FieldProblem with row=None) ---
    "column_missing",  # a required column is mapped to no column of the file
    "column_mapped_twice",  # two register columns read the same column of the file; params: source
    "no_rows",  # the sheet has a header but not one data row
    # --- the file itself (DomainError.code raised by reports.xlsx_import; params: path, ...) ---
    "file_not_found",  # the path does not exist (moved, USB stick removed)
    "file_unreadable",  # exists but cannot be read (a folder, no permission, I/O error); params: detail
    "file_empty",  # zero bytes (a failed copy or download)
    "xls_format",  # old Excel 97-2003 .xls: must be saved as .xlsx first
    "xlsb_format",  # Excel binary workbook .xlsb: must be saved as .xlsx first
    "ods_format",  # LibreOffice/OpenOffice .ods: must be saved as .xlsx first
    "html_as_excel",  # a web page or XML file named .xls/.xlsx (typical of exports from web portals)
    "file_encrypted",  # protected by a password to open
    "not_xlsx",  # text, CSV or some other kind of file
    "not_a_workbook",  # a zip container that is not an Excel workbook (e.g. a .docx)
    "file_damaged",  # looks like .xlsx but is truncated or corrupt; params: detail
    "workbook_empty",  # no worksheet holds any value
    "sheet_not_found",  # the requested sheet does not exist; params: sheet, sheets
    "sheet_empty",  # the requested sheet holds no value; params: sheet
    "header_not_found",  # no row in the first rows looks like the register's heading row; params: expected
    "too_many_rows",  # more data rows than an import accepts; params: limit
    "workbook_too_large",  # the workbook's XML, unpacked, is larger than an import accepts; params: limit (MB)
    "too_many_cells",  # a row holds more cells than Excel itself allows; params: limit
    "cell_too_long",  # a cell holds more characters than Excel itself allows; params: limit
    # --- export (DomainError.code raised by reports.files for every file written) ---
    "file_not_writable",  # the target cannot be written (open in Excel, read-only folder); params: path, detail
    "folder_missing",  # the target folder is gone (a removed USB stick); params: path
    "folder_not_writable",  # the target folder refuses new files; params: path
    "disk_full",  # no room left on the drive; params: path
)

# Display texts written by format_cell() and always accepted by parse_cell(); kept here, next to the
# parser, because an exported file must re-import (they are data of the register format, not UI text).
YES_TEXT: Final = "Có"
NO_TEXT: Final = "Không"
PERMANENT_TEXT: Final = "Vĩnh viễn"
YEARS_SUFFIX: Final = "năm"
SEQUENCE_TITLE: Final = "TT"
"""Heading of the running-number column the exporter adds; the importer ignores that column."""

PERMANENT: Final = "permanent"
"""Stored value of a YEARS_OR_PERMANENT cell that reads "Vĩnh viễn" (otherwise the value is an int)."""


class ColumnKind(StrEnum):
    """What a column holds, which decides how a cell is parsed and exported."""

    TEXT = "text"  # str, NFC, stripped
    INT = "int"  # int; accepts "1.234" (Vietnamese thousands dot)
    DECIMAL = "decimal"  # Decimal; accepts "12,5" (Vietnamese decimal comma)
    DATE = "date"  # datetime.date; accepts date cells, dd/mm/yyyy text and Excel serial numbers
    BOOL = "bool"  # bool; Có/Không, x, 1/0
    CHOICE = "choice"  # one of ColumnSpec.choices, matched without regard to case or diacritics
    YEARS_OR_PERMANENT = "years_or_permanent"  # retention period: int years, or PERMANENT


class Align(StrEnum):
    """Horizontal alignment of a column's cells on screen and on the printed list."""

    LEFT = "left"
    CENTER = "center"
    RIGHT = "right"


#: Width hint (average characters) of a column that declares none, by kind; also the Excel width.
DEFAULT_WIDTHS: Final[Mapping[ColumnKind, float]] = MappingProxyType({
    ColumnKind.TEXT: 30.0,
    ColumnKind.INT: 10.0,
    ColumnKind.DECIMAL: 12.0,
    ColumnKind.DATE: 12.5,
    ColumnKind.BOOL: 8.0,
    ColumnKind.CHOICE: 16.0,
    ColumnKind.YEARS_OR_PERMANENT: 12.0,
})

_DIGITS = re.compile(r"(\d+)")


def natural_key(text: str) -> str:
    """Sort "QT.2" before "QT.10": digit runs compare as numbers, the rest folded.

    One string, cheap to build and compare for ten thousand rows: each digit run becomes a marker below
    every letter (a shorter text before a number sorts first), its length, then its digits without
    leading zeros (so a longer number is a larger one, and "07" equals "7")."""
    # Codes are mostly ASCII: lower case and single spaces is then what fold() gives, at a third of the cost.
    parts = _DIGITS.split(" ".join(text.lower().split()) if text.isascii() else fold(text))
    for i in range(1, len(parts), 2):  # re.split with a group: the digit runs are at the odd places
        digits = parts[i].lstrip("0")
        parts[i] = f"\x01{chr(0x20 + len(digits))}{digits}"
    return "".join(parts)


@dataclass(frozen=True)
class ColumnSpec:
    """One column of a register as it appears in Excel.

    Attributes:
        key: Stable identifier used in parsed rows (``{"code": ...}``) and in FieldProblem.field.
        title: Exact Vietnamese heading written on export and in the template, e.g. ``"Số, ký hiệu"``.
        kind: How cells are parsed and written.
        required: An empty cell is a ``required`` problem.
        aliases: Other headings seen in real files (``"Số ký hiệu"``, ``"Số/ký hiệu"``); matched like the
            title, ignoring case, diacritics and punctuation.
        choices: For CHOICE columns: accepted display text -> stored value. The first display text of a
            stored value is the one written on export.
        max_length: Longest accepted text (TEXT columns).
        width: Column width on export, in Excel character units (None: a default for the kind).
        group: Parent heading of a two-row header (``"Rủi ro"`` over ``"Thấp"``/``"Cao"``), or None.
        min_value: Smallest accepted number (INT, DECIMAL, YEARS_OR_PERMANENT).
        max_value: Largest accepted number.
        number_format: Excel number format override for export (e.g. ``"0"`` for a year, which must not
            show a thousands separator).
        header: Screen header as an English source text for ``tr`` (declared with
            ``QT_TRANSLATE_NOOP(register.context, ...)``); None reuses the Vietnamese ``title``.
        get: Reads the column's stored value from a row DTO; None reads the attribute named ``key``.
        show: The text of a row's cell on screen and on paper; None formats the value by ``kind``.
        sort: Sort key of a row for this column; None derives one from the value and ``kind``.
        natural: Sort as a code ("QT.2" before "QT.10").
        print_title: Heading on the printed list when it differs from ``title``.
        print_width: Width on the printed list in millimetres (None: a default for the kind).
        align: Alignment of the cells on screen and on paper.
        digits: Whole numbers shown with at least this many digits ("01" for a lần ban hành).
    """

    key: str
    title: str
    kind: ColumnKind = ColumnKind.TEXT
    required: bool = False
    aliases: tuple[str, ...] = ()
    choices: Mapping[str, object] = field(default_factory=lambda: MappingProxyType({}), hash=False)
    max_length: int | None = None
    width: float | None = None
    group: str | None = None
    min_value: int | Decimal | None = None
    max_value: int | Decimal | None = None
    number_format: str | None = None
    header: str | None = None
    get: Callable[[Any], object] | None = field(default=None, compare=False)
    show: Callable[[Any], str] | None = field(default=None, compare=False)
    sort: Callable[[Any], object] | None = field(default=None, compare=False)
    natural: bool = False
    print_title: str | None = None
    print_width: float | None = None
    align: Align = Align.LEFT
    digits: int = 0

    def __post_init__(self) -> None:
        # Specs are written by programmers; fail loudly at import time rather than on a user's file.
        if not self.key or not self.title.strip():
            raise ValueError("ColumnSpec needs a key and a title")
        object.__setattr__(self, "align", Align(self.align))
        object.__setattr__(self, "kind", ColumnKind(self.kind))
        object.__setattr__(self, "aliases", tuple(self.aliases))
        object.__setattr__(self, "choices", MappingProxyType(dict(self.choices)))
        if (self.kind is ColumnKind.CHOICE) != bool(self.choices):
            raise ValueError(f"column {self.key!r}: choices are required for CHOICE columns and only for them")
        folded = [fold(text) for text in self.choices]
        if len(set(folded)) != len(folded):
            raise ValueError(f"column {self.key!r}: two choices differ only by case or diacritics")

    @property
    def display_title(self) -> str:
        """The heading as a user reads it in messages: ``"Rủi ro / Thấp"`` for a grouped column."""
        return f"{self.group} / {self.title}" if self.group else self.title

    @property
    def width_hint(self) -> float:
        """Width in average characters (screen and Excel): long texts wide, dates and numbers narrow."""
        return self.width if self.width is not None else DEFAULT_WIDTHS[self.kind]

    @property
    def screen_header(self) -> str:
        """The header shown on screen before translation: the English source, else the Vietnamese title."""
        return self.header or self.display_title

    @property
    def printed_title(self) -> str:
        """The heading on the printed list."""
        return self.print_title or self.title

    def value(self, row: object) -> object:
        """The stored value of this column for a row DTO."""
        return self.get(row) if self.get is not None else getattr(row, self.key, None)

    def text(self, row: object) -> str:
        """The text of this column's cell for a row DTO, as shown on screen and printed (Vietnamese)."""
        if self.show is not None:
            return self.show(row)
        return cell_text(self, self.value(row))

    def sort_key(self, row: object) -> object:
        """A key that sorts rows by this column (values missing sort first)."""
        if self.sort is not None:
            return self.sort(row)
        value = self.value(row)
        if self.natural:
            return natural_key("" if value is None else str(value))
        if self.kind is ColumnKind.CHOICE:
            return (value is not None, self._choice_order.get(value, len(self._choice_order)))
        if self.kind is ColumnKind.YEARS_OR_PERMANENT:
            return (value is not None, 10_000 if value == PERMANENT else value or 0)
        if self.kind in (ColumnKind.DATE, ColumnKind.INT, ColumnKind.DECIMAL) and not isinstance(value, str):
            return (value is not None, value if value is not None else 0)
        if self.kind is ColumnKind.DATE:
            return (False, 0)
        return (True, fold(self.text(row)))

    @cached_property
    def _choice_order(self) -> dict[object, int]:
        order: dict[object, int] = {}
        for value in self.choices.values():
            order.setdefault(value, len(order))
        return order

    @cached_property
    def _choice_lookup(self) -> dict[str, object]:
        return {fold(text): value for text, value in self.choices.items()}

    @cached_property
    def _choice_display(self) -> dict[object, str]:
        display: dict[object, str] = {}
        for text, value in self.choices.items():
            display.setdefault(value, text)
        return display


@dataclass(frozen=True)
class RegisterFilter:
    """A filter of a register's list: rows pass when ``test(row, chosen value)`` is true.

    A chosen value of None means "all" and lets every row through without calling ``test``."""

    key: str
    test: Callable[[Any, Any], bool] = field(compare=False)


def equals(attribute: str) -> Callable[[Any, Any], bool]:
    """A filter test: the row's ``attribute`` is (or equals) the chosen value."""
    read = operator.attrgetter(attribute)

    def test(row: Any, chosen: Any) -> bool:
        value = read(row)
        return value is chosen or value == chosen

    return test


def same_text(attribute: str) -> Callable[[Any, Any], bool]:
    """A filter test: the row's text ``attribute`` equals the chosen text, ignoring case and diacritics."""
    read = operator.attrgetter(attribute)
    return lambda row, chosen: fold(read(row) or "") == fold(str(chosen))


def contains(attribute: str) -> Callable[[Any, Any], bool]:
    """A filter test: the chosen value is among the row's ``attribute`` (a collection of ids)."""
    read = operator.attrgetter(attribute)
    return lambda row, chosen: chosen in read(row)


#: Characters Excel refuses in a sheet name.
_SHEET_FORBIDDEN: Final = frozenset("[]:*?/\\")
MAX_SHEET_NAME: Final = 31


@dataclass(frozen=True)
class RegisterSpec:
    """A register declared once: its Excel columns, its screen and printed columns, titles, search and filters.

    Attributes:
        key: Stable identifier of the register (``"external_documents"``).
        title: Vietnamese title, e.g. ``"DANH MỤC TÀI LIỆU BÊN NGOÀI"`` (Excel title line and template).
        columns: The Excel columns (import mapping, export, template), in the order they are exported.
        unique_keys: Each entry is a column key, or a tuple of column keys forming one composite key, whose
            value must not repeat within one imported file (rows where the key is empty are not compared).
        sheet_name: The Excel sheet's name, chosen to fit Excel's 31 characters (never a title cut
            mid-word); may be left empty when ``title`` itself fits.
        extra_columns: Columns shown on screen or printed that are not Excel columns (e.g. "next review").
        screen: Keys of the screen table's columns, in order (default: the Excel columns).
        printed: Keys of the printed list's columns after its "TT", in order (default: none printed).
        print_title: Title of the printed list (default: ``title``).
        screen_title: Title of the register on screen, as an English source text for ``tr``.
        context: Translation context of the English ``header`` texts (``QT_TRANSLATE_NOOP(context, …)``).
        search_keys: Columns whose text a search looks in (default: every screen column).
        search_text: Replaces ``search_keys`` when a search looks in more than cell texts.
        filters: The list's filters, by key (the screen binds a combo box or check box to each).
        grouping: Splits the rows of the printed list into (heading, rows) groups, in print order
            (None: one group without a heading row).
        order_key: The column that breaks ties when sorting by another column (usually the code).
    """

    key: str
    title: str
    columns: tuple[ColumnSpec, ...]
    unique_keys: tuple[str | tuple[str, ...], ...] = ()
    sheet_name: str = ""
    extra_columns: tuple[ColumnSpec, ...] = ()
    screen: tuple[str, ...] = ()
    printed: tuple[str, ...] = ()
    print_title: str = ""
    screen_title: str = ""
    context: str = "RegisterSpec"
    search_keys: tuple[str, ...] = ()
    search_text: Callable[[Any], str] | None = field(default=None, compare=False)
    filters: tuple[RegisterFilter, ...] = ()
    grouping: Callable[[Sequence[Any]], Sequence[tuple[str, Sequence[Any]]]] | None = field(
        default=None, compare=False)
    order_key: str | None = None

    def __post_init__(self) -> None:
        for name in ("columns", "unique_keys", "extra_columns", "screen", "printed", "search_keys", "filters"):
            object.__setattr__(self, name, tuple(getattr(self, name)))
        keys = [column.key for column in self.columns]
        if not keys or len(set(keys)) != len(keys):
            raise ValueError(f"table {self.key!r}: columns must be non-empty with distinct keys")
        all_keys = keys + [column.key for column in self.extra_columns]
        if len(set(all_keys)) != len(all_keys):
            raise ValueError(f"table {self.key!r}: extra columns repeat a key")
        for group in self.unique_groups:
            unknown = set(group) - set(keys)
            if unknown:
                raise ValueError(f"table {self.key!r}: unique key names unknown columns {sorted(unknown)}")
        for name in ("screen", "printed", "search_keys"):
            unknown = set(getattr(self, name)) - set(all_keys)
            if unknown:
                raise ValueError(f"table {self.key!r}: {name} names unknown columns {sorted(unknown)}")
        if self.order_key is not None and self.order_key not in all_keys:
            raise ValueError(f"table {self.key!r}: order_key names an unknown column")
        if not self.sheet_name:
            if len(self.title) > MAX_SHEET_NAME:
                raise ValueError(f"table {self.key!r}: the title is too long for a sheet name; choose a sheet_name")
            object.__setattr__(self, "sheet_name", self.title)
        if len(self.sheet_name) > MAX_SHEET_NAME or _SHEET_FORBIDDEN & set(self.sheet_name) \
                or self.sheet_name != self.sheet_name.strip():
            raise ValueError(f"table {self.key!r}: {self.sheet_name!r} is not a valid Excel sheet name")
        filter_keys = [f.key for f in self.filters]
        if len(set(filter_keys)) != len(filter_keys):
            raise ValueError(f"table {self.key!r}: two filters share a key")
        self._heading_index  # noqa: B018 - build now so that clashing headings fail at definition time

    def column(self, key: str) -> ColumnSpec:
        """Return the column with ``key``, Excel or extra (KeyError if there is none)."""
        for column in (*self.columns, *self.extra_columns):
            if column.key == key:
                return column
        raise KeyError(key)

    @cached_property
    def screen_columns(self) -> tuple[ColumnSpec, ...]:
        """The screen table's columns, in order."""
        return tuple(self.column(key) for key in self.screen) if self.screen else self.columns

    @cached_property
    def print_columns(self) -> tuple[ColumnSpec, ...]:
        """The printed list's columns after "TT", in order."""
        return tuple(self.column(key) for key in self.printed)

    @cached_property
    def search_columns(self) -> tuple[ColumnSpec, ...]:
        """The columns a search looks in."""
        return tuple(self.column(key) for key in self.search_keys) if self.search_keys else self.screen_columns

    @property
    def printed_title(self) -> str:
        """Title of the printed list."""
        return self.print_title or self.title

    def filter(self, key: str) -> RegisterFilter:
        """The filter ``key`` (KeyError if there is none)."""
        for item in self.filters:
            if item.key == key:
                return item
        raise KeyError(key)

    def row_search_text(self, row: object) -> str:
        """The text a search looks in for a row (not folded)."""
        if self.search_text is not None:
            return self.search_text(row)
        return " ".join(column.text(row) for column in self.search_columns)

    def accepts(self, row: object, chosen: Mapping[str, object]) -> bool:
        """Whether a row passes the filters given their chosen values (None or a missing key: all)."""
        for item in self.filters:
            value = chosen.get(item.key)
            if value is not None and not item.test(row, value):
                return False
        return True

    def groups(self, rows: Iterable[Any]) -> list[tuple[str, list[Any]]]:
        """The rows as printed: (heading, rows) in order; one group with an empty heading when the
        register does not group."""
        rows = list(rows)
        if self.grouping is None:
            return [("", rows)]
        return [(heading, list(items)) for heading, items in self.grouping(rows)]

    @cached_property
    def unique_groups(self) -> tuple[tuple[str, ...], ...]:
        """``unique_keys`` with every entry as a tuple of column keys."""
        return tuple((entry,) if isinstance(entry, str) else tuple(entry) for entry in self.unique_keys)

    def match_heading(self, heading: str) -> tuple[str, int] | None:
        """Find the column a heading read from a file stands for.

        Args:
            heading: Heading text as read (a two-row header combined as ``"Rủi ro / Thấp"``).

        Returns:
            ``(column key, strength)`` where strength 2 is a match on the title or an alias and 1 a match
            on a weaker form (a sub-heading alone, or the heading without its parenthesised part); None
            when nothing matches.
        """
        strong, weak = self._heading_index
        key = _heading_key(heading)
        if not key:
            return None
        if key in strong:
            return strong[key], 2
        column = weak.get(key) or weak.get(_heading_core(heading))
        return (column, 1) if column else None

    @cached_property
    def _heading_index(self) -> tuple[dict[str, str], dict[str, str]]:
        strong: dict[str, str] = {}
        weak_candidates: dict[str, set[str]] = {}
        for column in self.columns:
            names = (column.title, *column.aliases)
            strong_names = [f"{column.group} {name}" for name in names] if column.group else list(names)
            for name in strong_names:
                key = _heading_key(name)
                if strong.get(key, column.key) != column.key:
                    raise ValueError(f"table {self.key!r}: heading {name!r} fits two columns")
                strong[key] = column.key
            # Weak forms: a sub-heading without its parent (single-row files) and any heading without its
            # explanatory parenthesis ("Tình trạng hiệu lực (còn/hết…)" vs "Tình trạng hiệu lực").
            weak_names = list(names) if column.group else []
            for name in (*weak_names, *strong_names):
                for key in {_heading_key(name), _heading_core(name)}:
                    if key:
                        weak_candidates.setdefault(key, set()).add(column.key)
        # An ambiguous weak form matches nothing: better to let the user map it than to guess.
        weak = {key: next(iter(cols)) for key, cols in weak_candidates.items() if len(cols) == 1}
        return strong, weak


@dataclass(frozen=True)
class ImportResult:
    """What an all-or-nothing import of a register wrote: how many rows, and their ids (to select them)."""

    created: int
    ids: tuple[int, ...] = ()


class CellError(ValidationError):
    """A cell could not be read; ``problem`` says why. The importer fills in ``row``."""

    def __init__(self, problem: FieldProblem) -> None:
        super().__init__([problem])

    @property
    def problem(self) -> FieldProblem:
        """The single problem this error carries."""
        return self.problems[0]


TableSpec = RegisterSpec
"""The former name of :class:`RegisterSpec` (registers were first declared for Excel only)."""


def cell_text(spec: ColumnSpec, value: object) -> str:
    """A stored value as text on screen and on paper: dates dd/mm/yyyy, choices by their display text,
    retention as "Vĩnh viễn"/"10 năm", whole numbers padded to ``spec.digits``."""
    if value is None or value == "":
        return ""
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return short_date(value)
    if spec.kind is ColumnKind.INT and isinstance(value, int) and not isinstance(value, bool):
        return f"{value:0{spec.digits}d}" if spec.digits else str(value)
    if spec.kind is not ColumnKind.CHOICE and isinstance(value, StrEnum):
        return str(getattr(value, "label", value.value))
    formatted = format_cell(spec, value)
    if isinstance(formatted, date):
        return short_date(formatted)
    if isinstance(formatted, StrEnum):
        return str(getattr(formatted, "label", formatted.value))
    return "" if formatted is None else str(formatted)


def is_sequence_heading(heading: str) -> bool:
    """Tell whether a heading is the running-number column (``TT``, ``STT``, ``Số TT``…), never imported."""
    return _heading_key(heading).replace(" ", "") in _SEQUENCE_KEYS


def is_note_line(text: str) -> bool:
    """Tell whether a line under a register is a note or signature line, not data.

    Real registers end with ``Ghi chú: …``, ``(*) …``, ``Người lập biểu``, ``Thủ trưởng đơn vị`` or
    ``Hà Tĩnh, ngày … tháng … năm …``; the importer stops reading data there.
    """
    folded = fold(text)
    return folded.startswith(_NOTE_PREFIXES) or bool(_SIGNING_DATE.fullmatch(folded))


def parse_cell(spec: ColumnSpec, raw: object) -> object:
    """Turn one raw cell value into the value a register stores.

    Args:
        spec: The column the cell belongs to.
        raw: The cell as openpyxl gives it: None, str, int, float, bool, datetime, date, or Decimal.

    Returns:
        None for an empty optional cell; otherwise str (TEXT), int (INT), Decimal (DECIMAL),
        datetime.date (DATE), bool (BOOL), the stored value of the choice (CHOICE), or an int number of
        years or :data:`PERMANENT` (YEARS_OR_PERMANENT).

    Raises:
        CellError: With a FieldProblem whose code is one of :data:`PROBLEM_CODES` and whose params hold
            ``column`` and ``value``. ``row`` is left None for the caller to fill.
    """
    if isinstance(raw, str):
        raw = _clean_text(raw)
    if raw is None or raw == "":
        if spec.required:
            raise _problem(spec, "required", raw)
        return None
    value = _PARSERS[spec.kind](spec, raw)
    _check_limits(spec, value, raw)
    return value


def format_cell(spec: ColumnSpec, value: object) -> str | int | Decimal | date | None:
    """Turn a stored value into what is written in an Excel cell (the inverse of :func:`parse_cell`).

    Args:
        spec: The column.
        value: A value as :func:`parse_cell` returns it (datetime is accepted for DATE and loses its time).

    Returns:
        None, a str (TEXT, BOOL as Có/Không, CHOICE as its display text, retention as "Vĩnh viễn" or
        "20 năm"), an int, a Decimal or a date.
    """
    if value is None:
        return None
    kind = spec.kind
    if kind is ColumnKind.DATE:
        return value.date() if isinstance(value, datetime) else value  # type: ignore[return-value]  # openpyxl gives a date or a datetime for date cells
    if kind is ColumnKind.BOOL:
        return YES_TEXT if value else NO_TEXT
    if kind is ColumnKind.CHOICE:
        # A value outside the choices is a bug in the caller, but an export must not crash over it.
        return spec._choice_display.get(value, str(value))
    if kind is ColumnKind.YEARS_OR_PERMANENT:
        return PERMANENT_TEXT if value == PERMANENT else f"{value} {YEARS_SUFFIX}"
    if kind is ColumnKind.INT:
        return int(cast(SupportsInt, value))  # an INT column holds an int (or a Decimal/bool from a caller)
    if kind is ColumnKind.DECIMAL:
        return value if isinstance(value, Decimal) else Decimal(str(value))
    return str(value)


# --------------------------------------------------------------------------------------------------
# Headings


_COLUMN_NUMBER = re.compile(r"^\(\d{1,2}\)\s*|\s*\(\d{1,2}\)$")  # "(3)" column numbers of NĐ 30 forms
_PUNCTUATION = re.compile(r"[/,;:.\-_*&+'\"“”‘’()\[\]]+")
_PARENTHESISED = re.compile(r"\([^)]*\)|\[[^\]]*\]")


def _heading_key(heading: str) -> str:
    """Heading form that ignores case, diacritics, punctuation and spacing: 'Số/ ký hiệu' == 'Số, ký hiệu'."""
    folded = _COLUMN_NUMBER.sub("", fold(heading))
    return " ".join(_PUNCTUATION.sub(" ", folded).split())


def _heading_core(heading: str) -> str:
    """:func:`_heading_key` without parenthesised explanations: 'Tình trạng (còn/hết)' -> 'tinh trang'."""
    return _heading_key(_PARENTHESISED.sub(" ", fold(heading)))


_SEQUENCE_KEYS: Final = frozenset({"tt", "stt", "sott", "sothutu", "thutu"})  # spaces removed: "S.T.T" too
_NOTE_PREFIXES: Final = (
    "ghi chu", "chu thich", "luu y", "chu y", "note", "*", "(*)", "nguoi lap", "nguoi ghi", "thu truong",
    "xac nhan", "tm.", "kt.", "tl.", "tuq.", "giam doc", "pho giam doc", "chu tich", "truong phong",
    "truong ban", "chanh van phong", "danh muc nay", "danh muc ho so nay", "tong cong", "tong so",
)  # fmt: skip
_SIGNING_DATE = re.compile(r".*\bngay\b.{0,12}\bthang\b.{0,12}\bnam\b.*")  # "Hà Tĩnh, ngày … tháng … năm …"


# --------------------------------------------------------------------------------------------------
# Parsing


_INVISIBLE = str.maketrans({"\u200b": None, "\ufeff": None, "\u00a0": " ", "\u202f": " ", "\r": "\n"})


def _clean_text(text: str) -> str:
    """NFC, no zero-width or non-breaking oddities from copy/paste, stripped (inner line breaks kept)."""
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n").translate(_INVISIBLE)).strip()


def _display(raw: object) -> str:
    """The raw cell as the user would recognise it in a message."""
    if raw is None:
        return ""
    if isinstance(raw, datetime | date):
        return raw.strftime("%d/%m/%Y")
    if isinstance(raw, float) and raw.is_integer():
        return str(int(raw))
    text = str(raw)
    return text if len(text) <= 80 else text[:79] + "…"


def _problem(spec: ColumnSpec, code: str, raw: object, **params: object) -> CellError:
    return CellError(
        FieldProblem(field=spec.key, code=code, params={"column": spec.display_title, "value": _display(raw), **params})
    )


def _parse_text(spec: ColumnSpec, raw: object) -> str:
    if isinstance(raw, str):
        return raw
    if isinstance(raw, bool):
        return YES_TEXT if raw else NO_TEXT
    if isinstance(raw, float) and raw.is_integer():
        return str(int(raw))  # a code typed as 12 comes back from Excel as 12.0
    if isinstance(raw, datetime) and (raw.hour, raw.minute, raw.second) != (0, 0, 0):
        return raw.strftime("%d/%m/%Y %H:%M")
    if isinstance(raw, datetime | date):
        return raw.strftime("%d/%m/%Y")
    return _clean_text(str(raw))


# Vietnamese writes 1.234.567,5; a text cell may also hold 1,234,567.5 typed in an English-locale habit.
_NUMBER_TEXT = re.compile(r"([+-]?)([\d.,]+)")
_GROUPED = {sep: re.compile(rf"(?:[1-9]\d{{0,2}}(?:\{sep}\d{{3}})+|\d{{1,3}})") for sep in ".,"}
_SPACES = str.maketrans({" ": None, "\u00a0": None, "\u202f": None, "\u2009": None, "\u2212": "-"})


def _parse_number_text(text: str) -> Decimal | None:
    """Read a number typed as text the Vietnamese way ("1.234", "12,5", "1.234,5"), or None.

    A lone comma is always the decimal separator ("1,234" is 1.234, as a Vietnamese reader means it); dots
    are thousands separators when they group by three ("1.234"), else a decimal point ("12.5").
    """
    match = _NUMBER_TEXT.fullmatch(text.translate(_SPACES))
    if match is None:
        return None
    sign, body = match.groups()
    if "." in body and "," in body:
        decimal_sep = "," if body.rfind(",") > body.rfind(".") else "."
        group_sep = "." if decimal_sep == "," else ","
        whole, _, fraction = body.rpartition(decimal_sep)
        if not _GROUPED[group_sep].fullmatch(whole) or not fraction.isdigit():
            return None
        digits = whole.replace(group_sep, "") + "." + fraction
    elif "." in body:
        if _GROUPED["."].fullmatch(body):
            digits = body.replace(".", "")
        elif body.count(".") == 1:
            digits = body
        else:
            return None
    elif "," in body:
        if body.count(",") == 1:
            digits = body.replace(",", ".")
        elif _GROUPED[","].fullmatch(body):
            digits = body.replace(",", "")
        else:
            return None
    else:
        digits = body
    try:
        number = Decimal(sign + digits)
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


def _to_decimal(raw: object) -> Decimal | None:
    if isinstance(raw, bool):
        return None
    if isinstance(raw, Decimal):
        return raw if raw.is_finite() else None
    if isinstance(raw, int):
        return Decimal(raw)
    if isinstance(raw, float):
        # repr() is the shortest text that reads back as the same float: 0.1 -> Decimal("0.1").
        return Decimal(repr(raw)) if math.isfinite(raw) else None
    if isinstance(raw, str):
        return _parse_number_text(raw)
    return None


def _parse_int(spec: ColumnSpec, raw: object) -> int:
    number = _to_decimal(raw)
    if number is None:
        raise _problem(spec, "not_a_number", raw)
    if isinstance(raw, float) and abs(raw - round(raw)) < 1e-9:
        number = Decimal(round(raw))  # 2.9999999999 from a formula is 3
    if number != number.to_integral_value():
        raise _problem(spec, "not_an_integer", raw)
    return int(number)


def _parse_decimal(spec: ColumnSpec, raw: object) -> Decimal:
    number = _to_decimal(raw)
    if number is None:
        raise _problem(spec, "not_a_number", raw)
    return number


_EXCEL_EPOCH: Final = date(1899, 12, 30)  # 1900 date system, Lotus leap-year bug included
# Serials below 10000 (before 18/05/1927) are far more likely a year or a day typed into a date column.
_SERIAL_RANGE: Final = (10_000, 73_050)  # up to 31/12/2099
_TIME_SUFFIX = r"(?:[ t]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?: ?[ap]m)?)?"
_DATE_DMY = re.compile(r"(\d{1,2}) ?([/.\-]) ?(\d{1,2}) ?\2 ?(\d{4}|\d{2})" + _TIME_SUFFIX)
_DATE_YMD = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})" + _TIME_SUFFIX)
_DATE_WORDS = re.compile(r"ngay (\d{1,2}) thang (\d{1,2}) nam (\d{4})")
_SERIAL_TEXT = re.compile(r"\d{5}(?:\.\d+)?")


def _date_from_serial(serial: float) -> date | None:
    if not _SERIAL_RANGE[0] <= serial <= _SERIAL_RANGE[1]:
        return None
    return _EXCEL_EPOCH + timedelta(days=int(serial))


def _date_from_text(text: str) -> date | None:
    plain = " ".join(text.casefold().split())  # digits only: no need for the costlier fold()
    if match := _DATE_DMY.fullmatch(plain):
        day, _, month, year = match.groups()
    elif match := _DATE_YMD.fullmatch(plain):
        year, month, day = match.groups()
    elif _SERIAL_TEXT.fullmatch(plain):
        return _date_from_serial(float(plain))  # a serial that went through CSV
    elif match := _DATE_WORDS.fullmatch(fold(text)):
        day, month, year = match.groups()
    else:
        return None
    year_number = int(year)
    if len(year) == 2:
        year_number += 2000 if year_number < 70 else 1900  # "6/11/24": the pivot Excel uses (29/30)
    if not 1900 <= year_number <= 2100:
        return None
    try:
        return date(year_number, int(month), int(day))
    except ValueError:
        return None  # 31/02/2024


def _parse_date(spec: ColumnSpec, raw: object) -> date:
    parsed: date | None = None
    if isinstance(raw, datetime):
        parsed = raw.date()
    elif isinstance(raw, date):
        parsed = raw
    elif isinstance(raw, int | float | Decimal) and not isinstance(raw, bool):
        parsed = _date_from_serial(float(raw)) if math.isfinite(float(raw)) else None
    elif isinstance(raw, str):
        parsed = _date_from_text(raw)
    if parsed is None:
        raise _problem(spec, "not_a_date", raw)
    from isodesk.domain.inputs import EARLIEST_DATE, LATEST_DATE, date_in_range

    if not date_in_range(parsed):  # 31/12/9999 in a date cell: a slip that would overflow later
        raise _problem(spec, "out_of_range", raw, min=f"{EARLIEST_DATE:%d/%m/%Y}", max=f"{LATEST_DATE:%d/%m/%Y}")
    return parsed


_YES: Final = frozenset({"co", "c", "x", "v", "1", "dung", "yes", "y", "true", "\u2713", "\u2714", "\u2611"})
_NO: Final = frozenset({"khong", "k", "0", "sai", "no", "n", "false"})


def _parse_bool(spec: ColumnSpec, raw: object) -> bool:
    if isinstance(raw, bool):
        return raw
    folded = fold(_display(raw)) if not isinstance(raw, str) else fold(raw)
    if folded in _YES:
        return True
    if folded in _NO:
        return False
    raise _problem(spec, "not_yes_no", raw)


def _parse_choice(spec: ColumnSpec, raw: object) -> object:
    folded = fold(raw if isinstance(raw, str) else _display(raw))
    try:
        return spec._choice_lookup[folded]
    except KeyError:
        raise _problem(spec, "not_a_choice", raw, choices=list(spec.choices)) from None


_PERMANENT_WORDS: Final = frozenset({"vinh vien", "vv", "vinh vien."})
_YEARS_TEXT = re.compile(r"(\d{1,3}) ?(?:nam)?")


def _parse_years(spec: ColumnSpec, raw: object) -> int | str:
    if isinstance(raw, str):
        folded = fold(raw)
        if folded in _PERMANENT_WORDS:
            return PERMANENT
        if match := _YEARS_TEXT.fullmatch(folded):
            return int(match.group(1))
    elif isinstance(raw, int | float | Decimal) and not isinstance(raw, bool):
        if float(raw).is_integer():
            return int(raw)
    raise _problem(spec, "not_a_retention", raw)


_PARSERS: Final = {
    ColumnKind.TEXT: _parse_text,
    ColumnKind.INT: _parse_int,
    ColumnKind.DECIMAL: _parse_decimal,
    ColumnKind.DATE: _parse_date,
    ColumnKind.BOOL: _parse_bool,
    ColumnKind.CHOICE: _parse_choice,
    ColumnKind.YEARS_OR_PERMANENT: _parse_years,
}


def _check_limits(spec: ColumnSpec, value: object, raw: object) -> None:
    if isinstance(value, str) and spec.max_length is not None and len(value) > spec.max_length:
        raise _problem(spec, "too_long", raw, max_length=spec.max_length, length=len(value))
    if isinstance(value, int | Decimal) and not isinstance(value, bool):
        low = spec.min_value
        if low is None and spec.kind is ColumnKind.YEARS_OR_PERMANENT:
            low = 1  # "0 năm" is no retention period
        high = spec.max_value
        if (low is not None and value < low) or (high is not None and value > high):
            raise _problem(spec, "out_of_range", raw, min=low, max=high)
