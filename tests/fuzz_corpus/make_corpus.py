"""Write the corpus of malformed .xlsx files of the Excel-import fuzz test (tests/safety/test_xlsx_import_fuzz.py).

Run from the repository root: ``python tests/fuzz_corpus/make_corpus.py``. Deterministic: the same files
every run, each a few KB. For each register with an Excel import (internal documents, records, external
documents, TTHC) a valid base workbook is built from the register's own columns (``RegisterSpec``), then
broken one way per file: bytes flipped in the zip, broken XML in sheet1.xml, huge declared dimensions,
wrong cell types, dates out of range, control characters, formulas and errors, no sheet data at all.
The fuzz test also feeds every file to every register's import.
"""

from __future__ import annotations

import random
import sys
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from isodesk.domain.documents import DOCUMENTS_REGISTER, RECORDS_REGISTER  # noqa: E402 - after the path set-up
from isodesk.domain.legal import EXTERNAL_DOCUMENTS_SPEC  # noqa: E402
from isodesk.domain.scope import TTHC_SPEC  # noqa: E402
from isodesk.domain.tabular import ColumnKind, ColumnSpec, RegisterSpec  # noqa: E402
from tests.safety.xlsx_builders import CONTENT_TYPES, ROOT_RELS, SHEET_HEAD, SHEET_TAIL, STRINGS_HEAD, WORKBOOK, \
    WORKBOOK_RELS  # noqa: E402

HERE = Path(__file__).resolve().parent

#: The registers with an Excel import, by the short name used in the file names.
REGISTERS: dict[str, RegisterSpec] = {"documents": DOCUMENTS_REGISTER, "records": RECORDS_REGISTER,
                                      "external": EXTERNAL_DOCUMENTS_SPEC, "tthc": TTHC_SPEC}

Cell = str  # the XML of one <c> element without its reference (filled in by ``sheet_xml``)


def _col(index: int) -> str:
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(65 + rest) + name
    return name


def text_cell(value: str) -> Cell:
    return f'<c r="{{ref}}" t="inlineStr"><is><t xml:space="preserve">{escape(value)}</t></is></c>'


def raw_text_cell(xml_text: str) -> Cell:
    """A text cell whose content is written as given (character references, ``_x0000_`` escapes)."""
    return f'<c r="{{ref}}" t="inlineStr"><is><t>{xml_text}</t></is></c>'


def number_cell(value: str) -> Cell:
    return f'<c r="{{ref}}"><v>{value}</v></c>'


def bool_cell(value: bool) -> Cell:
    return f'<c r="{{ref}}" t="b"><v>{int(value)}</v></c>'


def error_cell(value: str) -> Cell:
    return f'<c r="{{ref}}" t="e"><v>{value}</v></c>'


def formula_cell(formula: str) -> Cell:
    return f'<c r="{{ref}}"><f>{escape(formula)}</f><v>0</v></c>'


#: Values a fresh database accepts where the register checks more than the cell (codes, known names).
KNOWN: dict[tuple[str, str], Callable[[int], str]] = {
    ("internal_documents", "code"): lambda r: f"QT.{r + 1:02d}",
    ("internal_documents", "department"): lambda r: "",
    ("records", "code"): lambda r: f"HS.{r + 1:02d}",
    ("records", "keeper"): lambda r: "",
    ("external_documents", "status"): lambda r: "Còn hiệu lực",
    ("tthc", "code"): lambda r: f"1.00{r + 1:04d}",
    ("tthc", "procedure"): lambda r: "",
}


def valid_value(column: ColumnSpec, row: int, register: str = "") -> Cell:
    """A cell the register accepts in ``column``."""
    if (register, column.key) in KNOWN:
        return text_cell(KNOWN[register, column.key](row))
    if column.kind is ColumnKind.CHOICE and column.choices:
        return text_cell(next(iter(column.choices)))
    if column.kind is ColumnKind.DATE:
        return text_cell(f"{row % 28 + 1:02d}/02/2024")
    if column.kind in (ColumnKind.INT, ColumnKind.YEARS_OR_PERMANENT):
        return number_cell(str(row % 20 + 1))
    if column.kind is ColumnKind.DECIMAL:
        return number_cell("12.5")
    if column.kind is ColumnKind.BOOL:
        return text_cell("Có")
    return text_cell(f"{column.title} mẫu {row}")


def sheet_xml(spec: RegisterSpec, rows: Sequence[Sequence[Cell]]) -> str:
    """The heading row (the register's own titles) then ``rows``."""
    out = ['<row r="1">' + "".join(text_cell(c.title).replace("{ref}", f"{_col(i)}1", 1) for i, c in enumerate(spec.columns))
           + "</row>"]
    for r, cells in enumerate(rows, start=2):
        out.append(f'<row r="{r}">' + "".join(cell.replace("{ref}", f"{_col(i)}{r}", 1) for i, cell in enumerate(cells))
                   + "</row>")
    return "".join(out)


def base_rows(spec: RegisterSpec, count: int = 3, start: int = 0) -> list[list[Cell]]:
    """``count`` valid rows; ``start`` shifts their codes (another batch for a database that has the first)."""
    return [[valid_value(c, r, spec.key) for c in spec.columns] for r in range(start, start + count)]


def workbook(sheet: str, *, dimension: str | None = None, head: str = SHEET_HEAD, tail: str = SHEET_TAIL) -> bytes:
    """A whole .xlsx in memory, the sheet XML given as text."""
    import io

    if dimension is not None:
        head = head.replace("<sheetData>", f'<dimension ref="{dimension}"/><sheetData>')
    buffer = io.BytesIO()
    parts = {"[Content_Types].xml": CONTENT_TYPES, "_rels/.rels": ROOT_RELS, "xl/workbook.xml": WORKBOOK,
             "xl/_rels/workbook.xml.rels": WORKBOOK_RELS, "xl/worksheets/sheet1.xml": head + sheet + tail,
             "xl/sharedStrings.xml": STRINGS_HEAD + "<si><t>x</t></si></sst>"}
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in parts.items():
            # A fixed date: the same bytes every run, so regenerating the corpus changes nothing.
            archive.writestr(zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0)), text,
                             compress_type=zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def _replace_column(spec: RegisterSpec, kinds: set[ColumnKind], make: Callable[[int], Cell]) -> list[list[Cell]]:
    rows = base_rows(spec)
    for r, row in enumerate(rows):
        for i, column in enumerate(spec.columns):
            if column.kind in kinds:
                row[i] = make(r)
    return rows


def corpus(spec: RegisterSpec) -> dict[str, bytes]:
    """The malformed files of one register, by name."""
    base = workbook(sheet_xml(spec, base_rows(spec)))
    rng = random.Random(f"isodesk-fuzz-{spec.key}")
    files: dict[str, bytes] = {"base_valid": base}
    flipped = bytearray(base)
    for _ in range(12):
        at = rng.randrange(len(flipped))
        flipped[at] ^= 1 << rng.randrange(8)
    files["bytes_flipped"] = bytes(flipped)
    files["zip_truncated"] = base[: len(base) * 2 // 3]
    sheet = sheet_xml(spec, base_rows(spec))
    files["sheet_xml_cut_mid_tag"] = workbook(sheet[: len(sheet) // 2], tail="")
    files["sheet_xml_unbalanced"] = workbook(sheet.replace("</row>", "", 1))
    files["sheet_xml_bad_entity"] = workbook(sheet.replace("mẫu 1", "mẫu &nosuch; 1", 1))
    files["huge_dimension"] = workbook(sheet, dimension="A1:XFD1048576")
    files["huge_row_number"] = workbook(sheet.replace('<row r="4">', '<row r="1048576">').replace(
        'r="A4"', 'r="A1048576"'))
    files["wrong_types"] = workbook(sheet_xml(spec, [[number_cell("3.14159") if c.kind is ColumnKind.TEXT else
                                                      text_cell("không phải số") for c in spec.columns],
                                                     [bool_cell(True) for _ in spec.columns],
                                                     [error_cell("#REF!") for _ in spec.columns]]))
    files["dates_out_of_range"] = workbook(sheet_xml(spec, [
        *_replace_column(spec, {ColumnKind.DATE}, lambda r: text_cell(["31/12/9999", "01/01/1800", "30/02/2024"][r])),
        *_replace_column(spec, {ColumnKind.DATE}, lambda r: number_cell(["2958466", "-5", "1e308"][r]))]))
    files["numbers_out_of_range"] = workbook(sheet_xml(spec, _replace_column(
        spec, {ColumnKind.INT, ColumnKind.YEARS_OR_PERMANENT, ColumnKind.DECIMAL},
        lambda r: number_cell(["-1", "1e300", "NaN"][r]))))
    files["control_characters"] = workbook(sheet_xml(spec, _replace_column(
        spec, {ColumnKind.TEXT}, lambda r: raw_text_cell(["a_x0000_b", "a_x001B_[31mđỏ", "_x200B__x200B_"][r]))))
    files["lone_surrogate_reference"] = workbook(sheet_xml(spec, _replace_column(
        spec, {ColumnKind.TEXT}, lambda r: raw_text_cell("tiêu đề &#xD800; lỗi"))))
    files["formulas_and_errors"] = workbook(sheet_xml(spec, _replace_column(
        spec, {ColumnKind.TEXT, ColumnKind.DATE, ColumnKind.INT, ColumnKind.CHOICE},
        lambda r: formula_cell(['HYPERLINK("http://x","y")', "1/0", "A1&A1"][r]))))
    files["headings_only"] = workbook(sheet_xml(spec, []))
    files["no_sheet_data"] = workbook("", head=SHEET_HEAD.replace("<sheetData>", ""),
                                      tail=SHEET_TAIL.replace("</sheetData>", ""))
    files["cells_beyond_the_columns"] = workbook(sheet_xml(spec, [[*row, *(text_cell("thừa") for _ in range(40))]
                                                                  for row in base_rows(spec)]))
    return files


def main() -> int:
    written = 0
    for name, spec in REGISTERS.items():
        for kind, data in corpus(spec).items():
            path = HERE / f"{name}__{kind}.xlsx"
            if not path.exists() or path.read_bytes() != data:
                path.write_bytes(data)
            written += 1
    print(f"{written} files in {HERE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
