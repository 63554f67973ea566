"""Import a register from an Excel workbook (.xlsx): read a sheet, map its columns, preview every row.

The flow a register module offers the user:

1. :func:`read_sheet` opens the workbook (read-only, cached formula values), picks the sheet, finds the
   heading row under the title block (one row, or two rows where a parent heading spans sub-headings) and
   returns the raw rows with their real Excel row numbers. Empty rows, group heading rows
   (``I. DO CÁC YẾU TỐ NỘI BỘ``) and the trailing note/signature block are set aside.
2. :func:`suggest_mapping` proposes which column of the file feeds which register column; the UI shows it
   and lets the user change it.
3. :func:`build_preview` parses every cell with :func:`isodesk.domain.tabular.parse_cell` and lists, per
   row, the values or the problems (with stable codes and the Excel row number), plus duplicates within
   the file.

**Nothing is written anywhere.** The all-or-nothing contract for modules: call
:meth:`ImportPreview.rows_to_write` (it raises :class:`~isodesk.domain.errors.ValidationError` with every
problem when ``preview.problems`` is not empty) and write the rows it returns in ONE transaction; a
database-level refusal (a code that already exists…) must roll the whole transaction back and be reported
with the row's ``number``. Never write ``valid_rows()`` of a preview that still has problems.

A file that cannot be read raises :class:`~isodesk.domain.errors.DomainError` with one of the file-level
codes of :data:`isodesk.domain.tabular.PROBLEM_CODES` (``xls_format``, ``file_encrypted``,
``header_not_found``…), never a bare library exception.
"""

from __future__ import annotations

import re
import warnings
import zipfile
import zlib
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from os import PathLike
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from isodesk.domain.errors import DomainError, FieldProblem, ValidationError
from isodesk.domain.tabular import CellError, RegisterSpec, is_note_line, is_sequence_heading, parse_cell

if TYPE_CHECKING:
    from openpyxl.workbook.workbook import Workbook

HEADER_SCAN_ROWS: Final = 15
"""Rows searched for the heading row (title blocks of real registers take 3 to 8 rows)."""
MAX_DATA_ROWS: Final = 20_000
"""More rows than any register holds: beyond this the file is refused rather than freezing the app."""
MAX_COLUMNS: Final = 200
"""Columns read per row; some files carry formatting out to column XFD."""
_EMPTY_RUN_LIMIT: Final = 1_000
"""Stop after this many consecutive empty rows (sheets formatted down to row 1,048,576)."""


@dataclass(frozen=True)
class SourceRow:
    """One row of the sheet below the heading, as read.

    Attributes:
        number: The Excel row number the user sees (1-based).
        values: Raw cell values, one per heading column (None for an empty cell).
        group: Text of the nearest group heading row above (``"I. DO CÁC YẾU TỐ NỘI BỘ"``), if any.
    """

    number: int
    values: tuple[object, ...]
    group: str | None = None


@dataclass(frozen=True)
class SheetData:
    """What :func:`read_sheet` found in one sheet.

    Attributes:
        path: The workbook read.
        sheet_names: Every worksheet of the workbook, in tab order (for a sheet picker).
        sheet_name: The sheet these rows come from.
        header_rows: Excel row numbers of the heading (one row, or two for a parent over sub-headings).
        headers: Heading text per column, two-row headings combined as ``"Rủi ro / Thấp"`` ("" if blank).
        rows: Candidate data rows in sheet order (fully empty rows, group headings and notes left out).
        empty_rows: Fully empty rows skipped between the heading and the last data row.
        group_rows: ``(row number, text)`` of rows taken as group headings, not data.
        notes: ``(row number, text)`` of the trailing note/signature rows ("Ghi chú: …"), not data.
        repeated_headings: Row numbers skipped as the "(1) (2) (3)…" column-number row or as the heading
            pasted again inside the data.
    """

    path: Path
    sheet_names: tuple[str, ...]
    sheet_name: str
    header_rows: tuple[int, ...]
    headers: tuple[str, ...]
    rows: tuple[SourceRow, ...]
    empty_rows: int = 0
    group_rows: tuple[tuple[int, str], ...] = ()
    notes: tuple[tuple[int, str], ...] = ()
    repeated_headings: tuple[int, ...] = ()


@dataclass(frozen=True)
class PreviewRow:
    """One non-empty source row after parsing.

    Attributes:
        number: Excel row number (what messages must cite).
        values: Parsed value per register column key; None for an empty, unmapped or unreadable cell.
        problems: What is wrong with this row (FieldProblem.row == number); empty when the row is fine.
        group: Group heading above the row, if any.
    """

    number: int
    values: Mapping[str, object]
    problems: tuple[FieldProblem, ...] = ()
    group: str | None = None

    @property
    def ok(self) -> bool:
        """True when the row has no problem."""
        return not self.problems


@dataclass(frozen=True)
class ImportPreview:
    """Result of :func:`build_preview`: every row with its values or problems. Nothing has been written.

    Attributes:
        spec: The register.
        sheet: The sheet read.
        mapping: Register column key -> index into ``sheet.headers`` (None: not imported).
        rows: Non-empty rows, in sheet order.
        problems: Every problem, sheet-level ones (row None) first, then by row and column order.
        empty_skipped: Rows skipped as empty (fully empty, or empty in every mapped column, e.g. only a TT).
    """

    spec: RegisterSpec
    sheet: SheetData
    mapping: Mapping[str, int | None]
    rows: tuple[PreviewRow, ...]
    problems: tuple[FieldProblem, ...]
    empty_skipped: int = 0
    _ok_rows: tuple[PreviewRow, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_ok_rows", tuple(row for row in self.rows if row.ok))

    @property
    def ok_count(self) -> int:
        """Rows without any problem."""
        return len(self._ok_rows)

    @property
    def problem_count(self) -> int:
        """Rows with at least one problem."""
        return len(self.rows) - len(self._ok_rows)

    def valid_rows(self) -> tuple[PreviewRow, ...]:
        """Rows without problems (for display; write them only when ``problems`` is empty)."""
        return self._ok_rows

    def rows_to_write(self) -> tuple[PreviewRow, ...]:
        """Return the rows to write in one transaction, enforcing all-or-nothing.

        Raises:
            ValidationError: Carrying every problem, when there is any; then nothing may be written.
        """
        if self.problems:
            raise ValidationError(list(self.problems), sheet=self.sheet.sheet_name, path=str(self.sheet.path))
        return self._ok_rows


# --------------------------------------------------------------------------------------------------
# Public functions


def read_sheet(
    path: str | PathLike[str],
    sheet_name: str | None = None,
    *,
    spec: RegisterSpec | None = None,
    header_row: int | None = None,
) -> SheetData:
    """Read one sheet of an .xlsx workbook, finding its heading row.

    Args:
        path: The workbook. Its content decides how it is treated, not its extension.
        sheet_name: Sheet to read; None picks the sheet whose heading best matches ``spec`` (or the
            active sheet when there is no spec or nothing matches).
        spec: The register expected; used to recognise the heading row. Without it the heading is the row
            with the most text cells among the first :data:`HEADER_SCAN_ROWS` rows.
        header_row: Excel row number of the heading, when the user has said where it is; a second heading
            row below it is still recognised when it fits ``spec`` better.

    Returns:
        The sheet's headings and candidate data rows.

    Raises:
        DomainError: ``file_not_found``, ``file_unreadable``, ``file_empty``, ``xls_format``,
            ``xlsb_format``, ``ods_format``, ``html_as_excel``, ``file_encrypted``, ``not_xlsx``,
            ``not_a_workbook``, ``file_damaged``, ``workbook_empty``, ``sheet_not_found``, ``sheet_empty``,
            ``header_not_found``, ``too_many_rows``, ``workbook_too_large``, ``too_many_cells`` or
            ``cell_too_long`` (the last three before any parsing, see :func:`_check_limits`); params always
            hold ``path``.
    """
    file_path = Path(path)
    _check_is_xlsx(file_path)
    try:
        with _open_workbook(file_path) as workbook:
            return _read_workbook(workbook, file_path, sheet_name, spec, header_row)
    except DomainError:
        raise
    except PermissionError as exc:
        raise DomainError("file_unreadable", path=str(file_path), detail=str(exc)) from exc
    except Exception as exc:  # noqa: BLE001 - boundary: see below
        # openpyxl parses lazily while rows are iterated; a damaged workbook surfaces as zipfile, XML,
        # KeyError, ValueError or TypeError errors from deep inside it. The user needs one clear message.
        raise DomainError("file_damaged", path=str(file_path), detail=f"{type(exc).__name__}: {exc}") from exc


def suggest_mapping(spec: RegisterSpec, headers: Sequence[str]) -> dict[str, int | None]:
    """Propose which heading of the file feeds each register column.

    Title and alias matches win over weaker ones; among equals the leftmost heading wins; each heading
    feeds at most one column.

    Args:
        spec: The register.
        headers: Headings as in :attr:`SheetData.headers`.

    Returns:
        Register column key -> index into ``headers``, or None when no heading fits.
    """
    candidates: list[tuple[int, int, str]] = []
    for index, heading in enumerate(headers):
        match = spec.match_heading(heading) if heading else None
        if match is not None:
            key, strength = match
            candidates.append((-strength, index, key))
    mapping: dict[str, int | None] = {column.key: None for column in spec.columns}
    used: set[int] = set()
    for _, index, key in sorted(candidates):
        if mapping[key] is None and index not in used:
            mapping[key] = index
            used.add(index)
    return mapping


def build_preview(spec: RegisterSpec, sheet: SheetData, mapping: Mapping[str, int | None]) -> ImportPreview:
    """Parse every row of ``sheet`` for ``spec`` through ``mapping``; nothing is written.

    Args:
        spec: The register.
        sheet: As returned by :func:`read_sheet`.
        mapping: Register column key -> index into ``sheet.headers`` or None (keys left out mean None).

    Returns:
        The preview: per row the parsed values or the problems (cell codes, ``duplicate_in_file``), and
        sheet-level problems (``column_missing``, ``column_mapped_twice``, ``no_rows``) with row None.

    Raises:
        ValueError: When ``mapping`` names a column the spec does not have or an index outside the
            headings (a programming error in the caller, not a user mistake).
    """
    unknown = set(mapping) - {column.key for column in spec.columns}
    if unknown:
        raise ValueError(f"mapping names unknown columns {sorted(unknown)}")
    sheet_problems: list[FieldProblem] = []
    mapped: list[tuple[int, int]] = []  # (position in spec.columns, source index)
    used_sources: set[int] = set()
    for position, column in enumerate(spec.columns):
        index = mapping.get(column.key)
        if index is None:
            if column.required:
                sheet_problems.append(_sheet_problem(column.key, "column_missing", column=column.display_title))
            continue
        if not 0 <= index < len(sheet.headers):
            raise ValueError(f"column {column.key!r} mapped to {index}, outside the {len(sheet.headers)} headings")
        if index in used_sources:
            sheet_problems.append(
                _sheet_problem(
                    column.key, "column_mapped_twice", column=column.display_title, source=sheet.headers[index]
                )
            )
            continue
        used_sources.add(index)
        mapped.append((position, index))

    columns = spec.columns
    empty_template = {column.key: None for column in columns}
    parsed: list[tuple[SourceRow, dict[str, object], list[FieldProblem]]] = []
    empty_skipped = sheet.empty_rows
    for source in sheet.rows:
        raw_values = source.values
        cells = [(columns[position], raw_values[index]) for position, index in mapped]
        if all(_is_blank(raw) for _, raw in cells):
            empty_skipped += 1  # e.g. a template row with only its TT filled in
            continue
        values: dict[str, object] = dict(empty_template)
        problems: list[FieldProblem] = []
        for column, raw in cells:
            try:
                values[column.key] = parse_cell(column, raw)
            except CellError as error:
                problems.append(replace(error.problem, row=source.number))
        parsed.append((source, values, problems))

    _flag_duplicates(spec, parsed)
    if not parsed and not sheet_problems:
        sheet_problems.append(_sheet_problem("", "no_rows", sheet=sheet.sheet_name))

    rows = tuple(
        PreviewRow(number=source.number, values=values, problems=tuple(problems), group=source.group)
        for source, values, problems in parsed
    )
    all_problems = (*sheet_problems, *(problem for row in rows for problem in row.problems))
    return ImportPreview(
        spec=spec,
        sheet=sheet,
        mapping={column.key: mapping.get(column.key) for column in columns},
        rows=rows,
        problems=all_problems,
        empty_skipped=empty_skipped,
    )


# --------------------------------------------------------------------------------------------------
# Opening the file: decide from its bytes what it is, so every wrong kind gets its own message


_OLE_MAGIC: Final = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Compound File: .xls, .doc, or an encrypted .xlsx
_ENCRYPTED_STREAM: Final = "EncryptedPackage".encode("utf-16-le")  # stream name inside an encrypted OOXML
_MARKUP_HINTS: Final = (b"<html", b"<table", b"<!doctype html", b"urn:schemas-microsoft-com:office", b"<workbook")


def _check_is_xlsx(path: Path) -> None:
    def fail(code: str, **params: Any) -> DomainError:
        return DomainError(code, path=str(path), **params)

    try:
        if not path.exists():
            raise fail("file_not_found")
        if not path.is_file():
            raise fail("file_unreadable", detail="not a file")
        if path.stat().st_size == 0:
            raise fail("file_empty")
        with path.open("rb") as stream:
            head = stream.read(2048)
    except OSError as exc:
        raise fail("file_unreadable", detail=str(exc)) from exc

    if head.startswith(_OLE_MAGIC):
        # Excel stores a password-protected .xlsx inside a Compound File, like an old .xls: look for the
        # encrypted stream's name to tell the two apart (no need to parse the directory for that).
        try:
            content = path.read_bytes()
        except OSError as exc:
            raise fail("file_unreadable", detail=str(exc)) from exc
        raise fail("file_encrypted" if _ENCRYPTED_STREAM in content else "xls_format")
    if head.startswith(b"PK"):
        try:
            with zipfile.ZipFile(path) as archive:
                names = set(archive.namelist())
                if "xl/workbook.xml" in names:
                    _check_limits(path, archive)
                    return
                mimetype = archive.read("mimetype")[:100] if "mimetype" in names else b""
        except DomainError:
            raise
        except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError, KeyError, NotImplementedError,
                RuntimeError, zlib.error) as exc:
            raise fail("file_damaged", detail=f"{type(exc).__name__}: {exc}") from exc
        except OSError as exc:
            raise fail("file_unreadable", detail=str(exc)) from exc
        if "xl/workbook.bin" in names:
            raise fail("xlsb_format")
        if mimetype.startswith(b"application/vnd.oasis.opendocument.spreadsheet"):
            raise fail("ods_format")
        raise fail("not_a_workbook")
    lowered = head.lstrip(b"\xef\xbb\xbf\xff\xfe \t\r\n").lower()
    if lowered.startswith(b"<") and any(hint in lowered for hint in _MARKUP_HINTS):
        raise fail("html_as_excel")
    raise fail("not_xlsx")


# --------------------------------------------------------------------------------------------------
# Limits checked before openpyxl sees the file: a workbook is a zip of XML, and a few hundred KB on disk
# can declare hundreds of MB of XML (one 300 MB cell, three million cells in one row). openpyxl builds a
# whole row, and a whole shared string, in memory before any of our limits apply; so the parts are
# measured and streamed through expat first, and a file beyond what any register holds is refused.

MAX_PART_BYTES: Final = 50 * 1024 * 1024
"""Uncompressed size of one XML part (a sheet, the shared strings): a 20,000-row register is ~10 MB."""
MAX_TOTAL_XML_BYTES: Final = 150 * 1024 * 1024
"""Uncompressed size of all XML parts together (several sheets of a year's registers)."""
MAX_PARTS: Final = 10_000
"""Members of the zip; Excel writes a few dozen even for a large workbook."""
MAX_CELLS_PER_ROW: Final = 16_384
"""Cell elements in one row: Excel's own column count (A…XFD). Templates formatted out to XFD are
legal, so cells beyond :data:`MAX_COLUMNS` are allowed and ignored, but more than Excel can hold is not."""
MAX_CELL_CHARS: Final = 32_767
"""Characters in one cell (Excel's own limit per cell; a register's longest note is far shorter)."""
MAX_SHEET_ROWS: Final = 1_048_576
"""Row elements in one sheet: Excel's own row count (formatted empty rows down to the last one exist)."""
_TRAILER_ROWS: Final = 100
"""Title block, headings and note/signature rows around the data, on top of :data:`MAX_DATA_ROWS`."""
_SCAN_CHUNK: Final = 1024 * 1024


class _Refused(Exception):
    """Raised inside the expat callbacks to stop the scan at the first limit passed."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.params: dict[str, Any] = params


def _check_limits(path: Path, archive: zipfile.ZipFile) -> None:
    """Refuse, before any parsing by openpyxl, a workbook beyond the limits above.

    Raises:
        DomainError: ``workbook_too_large`` (params: limit in MB), ``too_many_cells`` (limit per row),
            ``cell_too_long`` (limit in characters), ``too_many_rows`` (limit) or ``file_damaged``.
    """
    infos = archive.infolist()
    if len(infos) > MAX_PARTS:
        raise DomainError("file_damaged", path=str(path), detail=f"{len(infos)} zip members")
    parts = [info for info in infos if info.filename.lower().endswith((".xml", ".rels"))]
    total = sum(info.file_size for info in parts)
    largest = max((info.file_size for info in parts), default=0)
    if largest > MAX_PART_BYTES or total > MAX_TOTAL_XML_BYTES:
        # The declared size is binding: zipfile never inflates a member beyond it (it stops, then fails the CRC).
        limit = MAX_PART_BYTES if largest > MAX_PART_BYTES else MAX_TOTAL_XML_BYTES
        raise DomainError("workbook_too_large", path=str(path), limit=limit // (1024 * 1024))
    for info in parts:
        name = info.filename.lower()
        if name.startswith("xl/") and not name.startswith(("xl/theme/", "xl/drawings/", "xl/charts/")):
            try:
                _scan_part(archive, info)
            except _Refused as refused:
                raise DomainError(refused.code, path=str(path), part=info.filename, **refused.params) from None


_DIMENSION: Final = re.compile(r"\$?([A-Z]{1,4})\$?(\d{1,8})")


def _dimension_fits(ref: str) -> bool:
    """True when a sheet's declared dimension (``A1:J250``) lies within Excel's own grid.

    The declaration is not held to :data:`MAX_COLUMNS` and :data:`MAX_DATA_ROWS`: Excel declares every
    formatted cell, and templates formatted out to XFD or down to row 1,048,576 are real; the limits
    apply to the cells that hold values (:data:`MAX_CELLS_PER_ROW`, the rows counted while scanning),
    and reading stops at :data:`MAX_COLUMNS` columns. Beyond Excel's grid, no spreadsheet wrote it.
    """
    for corner in ref.split(":")[:2]:
        match = _DIMENSION.fullmatch(corner.strip().upper())
        if match is None:
            return not corner.strip()  # an empty declaration is harmless; anything else is not a cell
        column = 0
        for letter in match.group(1):
            column = column * 26 + ord(letter) - 64
        if column > MAX_CELLS_PER_ROW or not 1 <= int(match.group(2)) <= MAX_SHEET_ROWS:
            return False
    return True


def _scan_part(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> None:
    """Stream one XML part through expat, counting rows, cells per row and characters per cell/string."""
    from xml.parsers import expat

    fail = _Refused  # the file-level codes are declared in PROBLEM_CODES (tests read "fail(...)" calls)
    parser = expat.ParserCreate()
    state = {"cells": 0, "rows": 0, "filled_rows": 0, "filled": False, "depth_text": -1, "chars": 0}
    row_limit = MAX_DATA_ROWS + HEADER_SCAN_ROWS + _TRAILER_ROWS

    def local(name: str) -> str:
        return name.rpartition(":")[2]

    def start(name: str, attrs: dict[str, str]) -> None:
        tag = local(name)
        if tag == "dimension" and not _dimension_fits(attrs.get("ref", "")):
            raise fail("file_damaged", detail=f"declared dimension {attrs.get('ref', '')[:40]}")
        if tag == "row":
            state["rows"] += 1
            state["cells"] = 0
            state["filled"] = False
            if state["rows"] > MAX_SHEET_ROWS:
                raise fail("too_many_rows", limit=MAX_DATA_ROWS)
        elif tag == "c":
            state["cells"] += 1
            if state["cells"] > MAX_CELLS_PER_ROW:
                raise fail("too_many_cells", limit=MAX_CELLS_PER_ROW)
            state["chars"] = 0
            state["depth_text"] = 1
        elif tag == "si":
            state["chars"] = 0
            state["depth_text"] = 1
        elif tag in {"v", "is"} and not state["filled"]:
            state["filled"] = True
            state["filled_rows"] += 1
            if state["filled_rows"] > row_limit:
                raise fail("too_many_rows", limit=MAX_DATA_ROWS)

    def end(name: str) -> None:
        if local(name) in {"c", "si"}:
            state["depth_text"] = -1

    def text(data: str) -> None:
        if state["depth_text"] > 0:
            state["chars"] += len(data)
            if state["chars"] > MAX_CELL_CHARS:
                raise fail("cell_too_long", limit=MAX_CELL_CHARS)

    def no_dtd(*_args: object) -> None:
        # No workbook part has a DTD; entity definitions are how XML bombs expand.
        raise fail("file_damaged", detail="DOCTYPE in a workbook part")

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = text
    parser.StartDoctypeDeclHandler = no_dtd
    parser.EntityDeclHandler = no_dtd
    try:
        with archive.open(info) as stream:
            while chunk := stream.read(_SCAN_CHUNK):
                parser.Parse(chunk, False)
            parser.Parse(b"", True)
    except expat.ExpatError as exc:
        raise fail("file_damaged", detail=f"{info.filename}: {exc}") from None


@contextmanager
def _open_workbook(path: Path) -> Iterator[Workbook]:
    # Lazy import: openpyxl costs ~0.15 s and is only needed once the user imports a file.
    from openpyxl import load_workbook

    with path.open("rb") as stream, warnings.catch_warnings():
        # openpyxl warns about features it drops (data validation extensions, conditional formats…);
        # they do not matter for reading values and would only end up in logs.
        warnings.simplefilter("ignore")
        # A file object, not the path: openpyxl refuses paths by their extension, and a real workbook
        # saved as "danh muc.XLS" or without extension is common.
        workbook = load_workbook(stream, read_only=True, data_only=True)
        try:
            yield workbook
        finally:
            workbook.close()


# --------------------------------------------------------------------------------------------------
# Reading the sheet


def _read_workbook(
    workbook: Workbook, path: Path, sheet_name: str | None, spec: RegisterSpec | None, header_row: int | None
) -> SheetData:
    worksheets = [ws for ws in workbook.worksheets if hasattr(ws, "iter_rows")]  # chartsheets hold no cells
    names = tuple(ws.title for ws in worksheets)
    if sheet_name is not None:
        if sheet_name not in names:
            raise DomainError("sheet_not_found", path=str(path), sheet=sheet_name, sheets=list(names))
        chosen = next(ws for ws in worksheets if ws.title == sheet_name)
        rows = _read_rows(chosen, path)
        if not rows:
            raise DomainError("sheet_empty", path=str(path), sheet=sheet_name)
    else:
        chosen, rows = _choose_sheet(workbook, worksheets, path, spec)

    if header_row is not None:
        start = header_row - 1
        if not 0 <= start < len(rows):
            raise DomainError("header_not_found", path=str(path), sheet=chosen.title, expected=_expected(spec))
        depth = _header_depth(rows, start, spec) if spec else 1
    else:
        found = _find_header(rows, spec)
        if found is None:
            raise DomainError("header_not_found", path=str(path), sheet=chosen.title, expected=_expected(spec))
        start, depth, _ = found
    return _split_sheet(path, names, chosen.title, rows, start, depth)


def _choose_sheet(
    workbook: Workbook, worksheets: Sequence[Any], path: Path, spec: RegisterSpec | None
) -> tuple[Any, list[tuple[object, ...]]]:
    """The sheet whose heading best fits ``spec``; else the active sheet, or the first one holding anything.

    Headings are compared on the first rows of each sheet only, so a workbook of twelve monthly sheets
    costs one full read, not twelve.
    """
    active = workbook.active if workbook.active in worksheets else None
    ordered = sorted(worksheets, key=lambda ws: ws is not active)  # active first, then tab order (stable)
    if spec is not None:
        best_score, best = 0, None
        for ws in ordered:
            found = _find_header(_read_rows(ws, path, limit=HEADER_SCAN_ROWS + 1), spec)
            if found is not None and found[2] > best_score:
                best_score, best = found[2], ws
        if best is not None:
            return best, _read_rows(best, path)
    for ws in ordered:
        rows = _read_rows(ws, path)
        if rows:
            return ws, rows
    raise DomainError("workbook_empty", path=str(path))


def _read_rows(ws: Any, path: Path, limit: int | None = None) -> list[tuple[object, ...]]:
    """Rows of a worksheet as value tuples (up to ``limit`` rows), trailing empty rows dropped."""
    dimension_cols = getattr(ws, "max_column", None)
    max_col = dimension_cols if isinstance(dimension_cols, int) and 0 < dimension_cols <= MAX_COLUMNS else MAX_COLUMNS
    rows: list[tuple[object, ...]] = []
    last_non_empty = -1
    empty_run = 0
    for values in ws.iter_rows(values_only=True, max_col=max_col, max_row=limit):
        if any(not _is_blank(value) for value in values):
            empty_run = 0
            last_non_empty = len(rows)
            if len(rows) > MAX_DATA_ROWS + HEADER_SCAN_ROWS:
                raise DomainError("too_many_rows", path=str(path), limit=MAX_DATA_ROWS)
        else:
            empty_run += 1
            if empty_run > _EMPTY_RUN_LIMIT:
                break
        rows.append(values)
    del rows[last_non_empty + 1 :]
    return rows


def _is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _heading_text(value: object) -> str:
    if _is_blank(value):
        return ""
    if isinstance(value, datetime | date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    # Headings wrap over several lines in the cell; a single line is what users recognise.
    return " ".join(str(value).split())


def _row_headings(row: Sequence[object]) -> list[str]:
    return [_heading_text(value) for value in row]


def _combined_headings(top: Sequence[object], bottom: Sequence[object]) -> list[str]:
    """Headings of a two-row header: the parent over its sub-headings becomes "Parent / Sub".

    Read-only workbooks do not expose merged ranges: a merged cell is its top-left value followed by
    empty cells. A sub-heading under an empty top cell therefore belongs to the nearest parent on its
    left, as long as that parent also has a sub-heading (it spans columns); a heading merged over both
    rows simply has nothing below it.
    """
    width = max(len(top), len(bottom))
    upper = [_heading_text(top[i]) if i < len(top) else "" for i in range(width)]
    lower = [_heading_text(bottom[i]) if i < len(bottom) else "" for i in range(width)]
    combined: list[str] = []
    parent = ""
    for i in range(width):
        if upper[i]:
            parent = upper[i] if lower[i] else ""
        head = upper[i] or parent
        if head and lower[i] and head != lower[i]:
            combined.append(f"{head} / {lower[i]}")
        else:
            combined.append(head or lower[i])
    return combined


def _score(headings: Sequence[str], spec: RegisterSpec | None) -> int:
    """How well a row of headings fits: 2 per column matched by title/alias, 1 per weaker match."""
    if spec is None:
        # No spec: the heading row is the row with the most text cells.
        return sum(1 for heading in headings if heading and not _NUMERIC.fullmatch(heading))
    best: dict[str, int] = {}
    sequence = 0
    for heading in headings:
        if not heading:
            continue
        match = spec.match_heading(heading)
        if match is not None:
            best[match[0]] = max(best.get(match[0], 0), match[1])
        elif is_sequence_heading(heading):
            sequence = 1
    return sum(best.values()) + (sequence if best else 0)


def _header_depth(rows: Sequence[tuple[object, ...]], start: int, spec: RegisterSpec) -> int:
    single = _score(_row_headings(rows[start]), spec)
    if start + 1 < len(rows):
        double = _score(_combined_headings(rows[start], rows[start + 1]), spec)
        if double > single:
            return 2
    return 1


def _find_header(rows: Sequence[tuple[object, ...]], spec: RegisterSpec | None) -> tuple[int, int, int] | None:
    """``(row index, depth, score)`` of the best heading in the first rows; earliest wins a tie."""
    best: tuple[int, int, int] | None = None
    for start in range(min(HEADER_SCAN_ROWS, len(rows))):
        score = _score(_row_headings(rows[start]), spec)
        depth = 1
        if spec is not None and start + 1 < len(rows):
            double = _score(_combined_headings(rows[start], rows[start + 1]), spec)
            if double > score:
                score, depth = double, 2
        if score > 0 and (best is None or score > best[2]):
            best = (start, depth, score)
    return best


_NUMERIC = re.compile(r"\(?\d{1,3}\)?")  # "(1)" or "1": the column-number row of NĐ 30 forms
_GROUP_PREFIX = re.compile(r"(?:[IVXLC]+|[A-Z]|\d{1,2}(?:\.\d{1,2})*)[.)]\s+\S")  # "I. ", "A. ", "1.2. "


def _is_numbering_row(values: Sequence[object]) -> bool:
    """The "(1) (2) (3)…" row printed under the headings of NĐ 30 forms.

    Consecutive numbers over at least half the columns, so that a data row holding only a TT and a
    number of pages is never taken for it.
    """
    numbers: list[int] = []
    for value in values:
        if _is_blank(value):
            continue
        text = _heading_text(value)
        if not _NUMERIC.fullmatch(text):
            return False
        numbers.append(int(text.strip("()")))
    consecutive = numbers == list(range(numbers[0], numbers[0] + len(numbers))) if numbers else False
    return consecutive and len(numbers) >= max(2, (len(values) + 1) // 2)


def _repeats_heading(values: Sequence[object], heading_rows: Sequence[Sequence[str]]) -> bool:
    """A heading row pasted again inside the data (copied from a printout with headers on every page)."""
    texts = _row_headings(values)
    filled = [i for i, text in enumerate(texts) if text]
    return len(filled) >= 2 and any(all(texts[i] == row[i] for i in filled) for row in heading_rows)


def _is_note(values: Sequence[object]) -> bool:
    filled = [value for value in values if not _is_blank(value)]
    return 0 < len(filled) <= 2 and isinstance(filled[0], str) and is_note_line(filled[0])


def _group_text(values: Sequence[object]) -> str | None:
    """Text of a group heading row (one text cell in the first two columns), or None."""
    filled = [(i, value) for i, value in enumerate(values) if not _is_blank(value)]
    if len(filled) != 1:
        return None
    index, value = filled[0]
    if index > 1 or not isinstance(value, str):
        return None
    text = " ".join(value.split())
    letters = [ch for ch in text if ch.isalpha()]
    if _GROUP_PREFIX.match(text) or (len(letters) >= 3 and all(ch.isupper() for ch in letters)):
        return text
    return None


def _split_sheet(
    path: Path,
    names: tuple[str, ...],
    sheet_name: str,
    rows: list[tuple[object, ...]],
    start: int,
    depth: int,
) -> SheetData:
    if depth == 2:
        headers = _combined_headings(rows[start], rows[start + 1])
    else:
        headers = _row_headings(rows[start])
    while headers and not headers[-1]:
        headers.pop()
    width = len(headers)
    if width == 0:
        raise DomainError("header_not_found", path=str(path), sheet=sheet_name, expected=[])

    first_data = start + depth
    heading_rows = [_row_headings(_fit(rows[index], width)) for index in range(start, first_data)]
    body: list[tuple[int, tuple[object, ...]]] = []
    repeated: list[int] = []
    for number, values in enumerate(rows[first_data:], start=first_data + 1):
        fitted = _fit(values, width)
        if _is_numbering_row(fitted) or _repeats_heading(fitted, heading_rows):
            repeated.append(number)
        else:
            body.append((number, fitted))

    # The trailing block (notes, signatures) starts at the first note-like row after the last row that
    # clearly holds data (3+ filled cells, or every column of a narrower register).
    data_like = min(3, width)
    last_data = max((i for i, (_, values) in enumerate(body) if _filled(values) >= data_like), default=-1)
    trailer = next((i for i in range(last_data + 1, len(body)) if _is_note(body[i][1])), len(body))

    end = trailer
    while end > 0 and _filled(body[end - 1][1]) == 0:
        end -= 1  # empty rows just above the notes are not "skipped rows" worth reporting
    data: list[SourceRow] = []
    groups: list[tuple[int, str]] = []
    empty = 0
    group: str | None = None
    for number, values in body[:end]:
        if _filled(values) == 0:
            empty += 1
            continue
        group_text = _group_text(values)
        if group_text is not None:
            groups.append((number, group_text))
            group = group_text
            continue
        data.append(SourceRow(number=number, values=values, group=group))
    if len(data) > MAX_DATA_ROWS:
        raise DomainError("too_many_rows", path=str(path), limit=MAX_DATA_ROWS)
    notes = tuple(
        (number, " ".join(_heading_text(v) for v in values if not _is_blank(v)))
        for number, values in body[trailer:]
        if _filled(values)
    )
    return SheetData(
        path=path,
        sheet_names=names,
        sheet_name=sheet_name,
        header_rows=tuple(range(start + 1, start + depth + 1)),
        headers=tuple(headers),
        rows=tuple(data),
        empty_rows=empty,
        group_rows=tuple(groups),
        notes=notes,
        repeated_headings=tuple(repeated),
    )


def _fit(values: tuple[object, ...], width: int) -> tuple[object, ...]:
    if len(values) >= width:
        return values[:width]
    return values + (None,) * (width - len(values))


def _filled(values: Sequence[object]) -> int:
    return sum(1 for value in values if not _is_blank(value))


def _expected(spec: RegisterSpec | None) -> list[str]:
    return [column.display_title for column in spec.columns] if spec else []


# --------------------------------------------------------------------------------------------------
# Preview helpers


def _sheet_problem(key: str, code: str, **params: object) -> FieldProblem:
    return FieldProblem(field=key, code=code, params=dict(params), row=None)


def _unique_form(value: object) -> object:
    # Codes typed by hand differ in case and spacing ("01/QĐ-UBND" vs "01/qđ-ubnd "): same document.
    return " ".join(value.casefold().split()) if isinstance(value, str) else value


def _flag_duplicates(spec: RegisterSpec, parsed: list[tuple[SourceRow, dict[str, object], list[FieldProblem]]]) -> None:
    for keys in spec.unique_groups:
        columns = [spec.column(key) for key in keys]
        seen: dict[tuple[object, ...], int] = {}
        for source, values, problems in parsed:
            if any(values[key] is None for key in keys) or any(p.field in keys for p in problems):
                continue  # an empty or unreadable key is reported (or allowed) on its own
            form = tuple(_unique_form(values[key]) for key in keys)
            first = seen.setdefault(form, source.number)
            if first != source.number:
                problems.append(
                    FieldProblem(
                        field=keys[0],
                        code="duplicate_in_file",
                        params={
                            "column": " + ".join(column.display_title for column in columns),
                            "value": " + ".join(_display_value(values[key]) for key in keys),
                            "first_row": first,
                        },
                        row=source.number,
                    )
                )


def _display_value(value: object) -> str:
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    return str(value)
