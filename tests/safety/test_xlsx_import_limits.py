"""Issue 12 item 4: Excel import limits, checked before openpyxl parses anything.

Before the limits, a 297 KB workbook holding one 300 MB cell ran past 240 s at 1.3–2 GB, and three
million cells in one row took 37 s and 2 GB. Each file here is built by hand (small on disk) and must be
refused with its own code, in bounded time and memory.
"""

from __future__ import annotations

import time
import zipfile
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import pytest

from isodesk.domain.errors import DomainError
from isodesk.domain.legal import EXTERNAL_DOCUMENTS_SPEC
from isodesk.reports import xlsx_import
from isodesk.reports.xlsx_import import read_sheet
from tests.safety.xlsx_builders import register_rows, repeated, write_parts

MB = 1024 * 1024


def refused(path: Path, *, seconds: float = 10.0, megabytes: int = 64) -> DomainError:
    """Read ``path``; assert it is refused within ``seconds`` and ``megabytes`` of Python allocations."""
    tracemalloc.start()
    began = time.monotonic()
    try:
        with pytest.raises(DomainError) as caught:
            read_sheet(path, spec=EXTERNAL_DOCUMENTS_SPEC)
        elapsed = time.monotonic() - began
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert elapsed < seconds, f"refusal took {elapsed:.1f} s"
    assert peak < megabytes * MB, f"refusal allocated {peak / MB:.0f} MB"
    assert caught.value.params["path"] == str(path)
    return caught.value


def text_chunks(count: int) -> Iterator[bytes]:
    return iter(repeated(b"a", count, batch=MB))


@pytest.mark.slow
def test_one_300_mb_cell_is_refused_before_parsing(tmp_path: Path) -> None:
    path = write_parts(tmp_path / "cell.xlsx", [b'<row r="1"><c r="A1" t="s"><v>0</v></c></row>'],
                       strings=[b"<si><t>", *text_chunks(300 * MB), b"</t></si>"])
    assert path.stat().st_size < 1 * MB  # ~300 KB on disk, as in the report
    error = refused(path, seconds=5)
    assert error.code == "workbook_too_large" and error.params["limit"] == 50


def test_a_cell_longer_than_excel_allows_is_refused(tmp_path: Path) -> None:
    # 20 MB: under the part limit, so the streamed scan has to catch it.
    sheet = [b'<row r="1"><c r="A1" t="inlineStr"><is><t>', *text_chunks(20 * MB), b"</t></is></c></row>"]
    error = refused(write_parts(tmp_path / "inline.xlsx", sheet), seconds=5)
    assert error.code == "cell_too_long" and error.params["limit"] == xlsx_import.MAX_CELL_CHARS


def test_a_shared_string_longer_than_excel_allows_is_refused(tmp_path: Path) -> None:
    strings = [b"<si><r><t>", *text_chunks(20_000), b"</t></r><r><t>", *text_chunks(20_000), b"</t></r></si>"]
    path = write_parts(tmp_path / "shared.xlsx", [b'<row r="1"><c r="A1" t="s"><v>0</v></c></row>'], strings)
    assert refused(path).code == "cell_too_long"


def test_three_million_cells_in_one_row_are_refused(tmp_path: Path) -> None:
    # The compact form (12 MB of XML) passes the size limit: the per-row count stops it at once.
    path = write_parts(tmp_path / "wide.xlsx", [b'<row r="1">', *repeated(b"<c/>", 3_000_000), b"</row>"])
    error = refused(path, seconds=5)
    assert error.code == "too_many_cells" and error.params["limit"] == 16_384


def test_three_million_valued_cells_exceed_the_unpacked_size(tmp_path: Path) -> None:
    path = write_parts(tmp_path / "wide.xlsx",
                       [b'<row r="1">', *repeated(b'<c t="n"><v>1</v></c>', 3_000_000), b"</row>"])
    assert path.stat().st_size < 2 * MB
    assert refused(path, seconds=5).code == "workbook_too_large"


def test_more_rows_than_a_register_holds_are_refused_before_parsing(tmp_path: Path) -> None:
    rows = ((f"VB {n}", f"{n}/QĐ", "01/01/2024") for n in range(30_000))
    path = write_parts(tmp_path / "long.xlsx", register_rows(rows))
    error = refused(path, seconds=10)
    assert error.code == "too_many_rows" and error.params["limit"] == xlsx_import.MAX_DATA_ROWS


def test_an_xml_bomb_is_refused(tmp_path: Path) -> None:
    entities = "".join(f'<!ENTITY e{i} "{("&e%d;" % (i - 1)) * 10 if i else "ha"}">' for i in range(10))
    path = tmp_path / "bomb.xlsx"
    write_parts(path, [])
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(tmp_path / "b2.xlsx", "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = (f'<?xml version="1.0"?><!DOCTYPE worksheet [{entities}]>'
                        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
                        '<row r="1"><c r="A1" t="inlineStr"><is><t>&e9;</t></is></c></row>'
                        "</sheetData></worksheet>").encode()
            target.writestr(info, data)
    assert refused(tmp_path / "b2.xlsx").code == "file_damaged"


@pytest.mark.parametrize("ref", ["A1:XFE1", "A1:D99999999", "A0:B2", "A1:ZZZZ9"])
def test_a_declared_dimension_beyond_excels_grid_is_refused(tmp_path: Path, ref: str) -> None:
    path = write_parts(tmp_path / "dim.xlsx", register_rows([("Luật", "1/QH", "01/01/2024")]), dimension=ref)
    assert refused(path).code == "file_damaged"


def test_a_template_formatted_to_the_end_of_the_grid_still_reads(tmp_path: Path) -> None:
    path = write_parts(tmp_path / "dim.xlsx", register_rows([("Luật", "1/QH", "01/01/2024")]),
                       dimension="A1:XFD1048576")
    read = read_sheet(path, spec=EXTERNAL_DOCUMENTS_SPEC)
    assert len(read.rows) == 1


def test_a_register_within_the_limits_still_reads(tmp_path: Path) -> None:
    rows = [(f"Luật số {n}", f"{n}/2024/QH15", "01/07/2024") for n in range(1, 200)]
    sheet = read_sheet(write_parts(tmp_path / "ok.xlsx", register_rows(rows)), spec=EXTERNAL_DOCUMENTS_SPEC)
    assert len(sheet.rows) == 199 and sheet.rows[0].values[1] == "1/2024/QH15"


def test_the_limits_are_stated() -> None:
    assert xlsx_import.MAX_DATA_ROWS == 20_000 and xlsx_import.MAX_COLUMNS == 200
    assert xlsx_import.MAX_CELL_CHARS == 32_767 and xlsx_import.MAX_PART_BYTES == 50 * MB


