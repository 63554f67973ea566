"""Issue 12 item 4: fuzzing the Excel import of every register that has one (internal documents, records,
external documents, TTHC) with two corpora of malformed files checked into tests/ (tests/safety/corpus/xlsx,
and tests/fuzz_corpus, written by its make_corpus.py) and hypothesis mutations of valid workbooks.

Whatever the bytes, reading and importing either works or ends in a DomainError (ValidationError) whose
code has a Vietnamese message; a refusal changes nothing in the database (every table's count is the same),
an import writes at most its rows, and each file is done in bounded time. The default run keeps to a few
hundred files; the bigger campaign (every corpus file through every register, many more mutations) is
marked slow.
"""

from __future__ import annotations

import sqlite3
import time
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from isodesk.domain.documents import DOCUMENTS_REGISTER, RECORDS_REGISTER
from isodesk.domain.errors import DomainError
from isodesk.domain.legal import EXTERNAL_DOCUMENTS_SPEC
from isodesk.domain.scope import TTHC_SPEC
from isodesk.domain.tabular import RegisterSpec
from isodesk.reports.xlsx_import import build_preview, read_sheet, suggest_mapping
from isodesk.services.registry import Services
from isodesk.ui.dialogs.excel_import_dialog import CELL_MESSAGES
from isodesk.ui.error_messages import MESSAGES
from tests.fuzz_corpus import make_corpus as mc
from tests.safety.xlsx_builders import register_rows, write_parts

OLD_CORPUS = Path(__file__).parent / "corpus" / "xlsx"
CORPUS = Path(__file__).parents[1] / "fuzz_corpus"
ROWS = [("Luật Đất đai", "31/2024/QH15", "18/01/2024"), ("Nghị định 30", "30/2020/NĐ-CP", "05/03/2020"),
        ("Thông tư 01", "01/2011/TT-BNV", "19/01/2011")]

#: Seconds one file may take, read to write (the limits of xlsx_import refuse big files before parsing).
PER_FILE_SECONDS = 20
#: Python memory one small corpus file may take (huge declared dimensions must not be allocated).
PER_FILE_BYTES = 64 << 20

#: Each register's spec, its import and its main table.
IMPORTS: dict[str, tuple[RegisterSpec, Callable[[Services, Any], object], str]] = {
    "documents": (DOCUMENTS_REGISTER, lambda s, p: s.documents.import_rows(p), "internal_document"),
    "records": (RECORDS_REGISTER, lambda s, p: s.records.import_rows(p), "record_entry"),
    "external": (EXTERNAL_DOCUMENTS_SPEC, lambda s, p: s.legal.import_preview(p), "external_document"),
    "tthc": (TTHC_SPEC, lambda s, p: s.tthc.import_preview(p), "tthc"),
}


#: Files tried in this run: imported, refused (DomainError), by register (printed at the end with -s).
STATS: Counter[str] = Counter()


@pytest.fixture(scope="module", autouse=True)
def _report_counts() -> Iterator[None]:
    yield
    if STATS:
        print(f"\nExcel import fuzz: {STATS['files']} files, {STATS['imported']} imported, {STATS['refused']} refused "
              f"with a Vietnamese message and nothing written "
              f"({', '.join(f'{k[9:]} {n}' for k, n in sorted(STATS.items()) if k.startswith('register:'))})")


def table_counts(db: Path) -> dict[str, int]:
    """Rows of every table (a refused import must leave each one as it was)."""
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as con:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


def has_vietnamese_message(exc: DomainError) -> bool:
    """The refusal reaches the secretary as a translated message (ui/error_messages, or the import dialog's
    cell messages), never a crash text."""
    codes = [p.code for p in exc.problems] or [exc.code]
    return all(code in MESSAGES or code in CELL_MESSAGES for code in codes)


def import_file(services: Services, register: str, path: Path) -> bool:
    """Read, preview and import ``path`` into ``register``; True when something was imported.

    Refusals are DomainErrors with a Vietnamese message and change nothing; an import writes at most
    the rows of its preview; any other exception fails the test (it would be "Đã xảy ra lỗi không mong muốn").
    """
    spec, write, table = IMPORTS[register]
    STATS["files"] += 1
    STATS[f"register:{register}"] += 1
    before = table_counts(services.db_path)
    began = time.monotonic()
    try:
        sheet = read_sheet(path, spec=spec)
        preview = build_preview(spec, sheet, suggest_mapping(spec, sheet.headers))
        write(services, preview)
    except DomainError as exc:
        assert has_vietnamese_message(exc), repr(exc)
        assert table_counts(services.db_path) == before  # refused: nothing at all was written
        STATS["refused"] += 1
        return False
    finally:
        assert time.monotonic() - began < PER_FILE_SECONDS
    after = table_counts(services.db_path)
    assert 0 <= after[table] - before[table] <= len(preview.rows)
    STATS["imported"] += 1
    return after[table] > before[table]


def _register_of(path: Path) -> str:
    return path.name.split("__", 1)[0]


@pytest.mark.parametrize("path", sorted(OLD_CORPUS.glob("*.xlsx")), ids=lambda p: p.name)
def test_the_corpus_of_malformed_files_is_refused_cleanly(services: Services, path: Path) -> None:
    import_file(services, "external", path)


@pytest.mark.parametrize("path", sorted(CORPUS.glob("*.xlsx")), ids=lambda p: p.name)
def test_the_register_corpus_is_refused_cleanly_by_its_register(services: Services, path: Path) -> None:
    import tracemalloc

    tracemalloc.start()
    try:
        imported = import_file(services, _register_of(path), path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < PER_FILE_BYTES  # a declared million rows or columns is never allocated
    if path.name.endswith("__base_valid.xlsx"):
        assert imported  # the base the mutations start from is a good file: the mutations are what fails


def test_the_checked_in_corpus_is_what_its_script_writes() -> None:
    for name, spec in mc.REGISTERS.items():
        for kind, data in mc.corpus(spec).items():
            assert (CORPUS / f"{name}__{kind}.xlsx").read_bytes() == data, f"{name}__{kind}: run make_corpus.py"


@pytest.mark.slow
@pytest.mark.parametrize("register", list(IMPORTS))
def test_every_corpus_file_through_every_register(services: Services, register: str) -> None:
    for path in [*sorted(OLD_CORPUS.glob("*.xlsx")), *sorted(CORPUS.glob("*.xlsx"))]:
        import_file(services, register, path)


def test_the_fuzz_base_file_imports(services: Services, tmp_path: Path) -> None:
    import_file(services, "external", write_parts(tmp_path / "base.xlsx", register_rows(ROWS)))
    assert len(services.legal.search()) >= len(ROWS)


# ----------------------------------------------------------------------------------------- hypothesis

def _mutate(data: st.DataObject, base: bytes) -> bytes:
    mutated = bytearray(base)
    kind = data.draw(st.sampled_from(["flip", "truncate", "splice"]))
    if kind == "truncate":
        return bytes(mutated[: data.draw(st.integers(0, len(base) - 1))])
    for _ in range(data.draw(st.integers(1, 8))):
        at = data.draw(st.integers(0, len(mutated) - 1))
        if kind == "flip":
            mutated[at] = data.draw(st.integers(0, 255))
        else:
            mutated[at:at] = data.draw(st.binary(min_size=1, max_size=16))
    return bytes(mutated)


#: Any cell a hand-edited or foreign workbook may hold: text with any character (control characters
#: included; a surrogate cannot be written to UTF-8 at all), numbers of any size, dates of any year,
#: booleans, errors, formulas and character references XML forbids.
CELLS = st.one_of(
    st.text(st.characters(blacklist_categories=("Cs",)), max_size=40).map(mc.text_cell),
    st.from_regex(r"\A(3[0-2]|[0-2]?[0-9])/(1[0-3]|0?[0-9])/[0-9]{1,5}\Z").map(mc.text_cell),
    st.one_of(st.integers(-10**20, 10**20).map(str), st.floats(allow_nan=True).map(repr)).map(mc.number_cell),
    st.booleans().map(mc.bool_cell),
    st.sampled_from(["#REF!", "#DIV/0!", "#N/A", "#VALUE!"]).map(mc.error_cell),
    st.sampled_from(["1/0", 'HYPERLINK("a","b")', "A1"]).map(mc.formula_cell),
    st.sampled_from(["_x0000_", "&#x1;", "&#xD800;", "&#xFFFE;", "_x001B_", "a&#10;b"]).map(mc.raw_text_cell),
)


def _structured(data: st.DataObject, spec: RegisterSpec) -> bytes:
    # Codes not yet in the database (the examples share one), so a workbook the fuzz leaves valid imports.
    rows = mc.base_rows(spec, data.draw(st.integers(0, 4)), start=data.draw(st.integers(100, 9000)))
    for row in rows:
        for i in data.draw(st.sets(st.integers(0, len(spec.columns) - 1), max_size=len(spec.columns))):
            row[i] = data.draw(CELLS)
    dimension = data.draw(st.one_of(st.none(), st.sampled_from(["A1:XFD1048576", "A1:B2", "ZZZZ1", "A0:A0"])))
    return mc.workbook(mc.sheet_xml(spec, rows), dimension=dimension)


def _odd_texts(data: st.DataObject, spec: RegisterSpec) -> bytes:
    """Valid rows whose free-text cells hold any printable text (NFD, zero-width, emoji, format characters, long):
    the path where a workbook is imported, so a half-written import would show."""
    rows = mc.base_rows(spec, data.draw(st.integers(1, 4)), start=data.draw(st.integers(100, 9000)))
    free = [i for i, c in enumerate(spec.columns)
            if c.kind.value == "text" and (spec.key, c.key) not in mc.KNOWN and c.key not in ("code", "number_symbol")]
    for row in rows:
        for i in free:
            if data.draw(st.booleans()):
                row[i] = mc.text_cell(data.draw(st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=300)))
    return mc.workbook(mc.sheet_xml(spec, rows))


def _fuzz(services: Services, tmp_path: Path, data: st.DataObject) -> None:
    register = data.draw(st.sampled_from(list(IMPORTS)))
    spec = IMPORTS[register][0]
    base = mc.workbook(mc.sheet_xml(spec, mc.base_rows(spec, start=data.draw(st.integers(100, 9000)))))
    mode = data.draw(st.sampled_from(["bytes", "cells", "texts"]))
    content = _mutate(data, base) if mode == "bytes" else _structured(data, spec) if mode == "cells" \
        else _odd_texts(data, spec)
    path = tmp_path / "fuzz.xlsx"
    path.write_bytes(content)
    import_file(services, register, path)


_QUICK = settings(max_examples=80, deadline=timedelta(seconds=PER_FILE_SECONDS),
                  suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


@_QUICK
@given(data=st.data())
def test_mutated_workbooks_never_crash_nor_half_import(services: Services, tmp_path: Path, data: st.DataObject) -> None:
    _fuzz(services, tmp_path, data)


@pytest.mark.slow
@settings(max_examples=1500, deadline=timedelta(seconds=PER_FILE_SECONDS),
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.data())
def test_mutated_workbooks_campaign(services: Services, tmp_path: Path, data: st.DataObject) -> None:
    _fuzz(services, tmp_path, data)
