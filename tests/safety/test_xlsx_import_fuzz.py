"""Issue 12 item 4: fuzzing the Excel import (a corpus of malformed files checked into tests/, and
hypothesis mutations of a valid workbook). Whatever the bytes, reading and importing either works or
ends in a DomainError/ValidationError, and the import writes all of its rows or none of them.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from isodesk.domain.errors import DomainError, ValidationError
from isodesk.domain.legal import EXTERNAL_DOCUMENTS_SPEC
from isodesk.reports.xlsx_import import build_preview, read_sheet, suggest_mapping
from isodesk.services.registry import Services
from tests.safety.xlsx_builders import register_rows, write_parts

CORPUS = Path(__file__).parent / "corpus" / "xlsx"
ROWS = [("Luật Đất đai", "31/2024/QH15", "18/01/2024"), ("Nghị định 30", "30/2020/NĐ-CP", "05/03/2020"),
        ("Thông tư 01", "01/2011/TT-BNV", "19/01/2011")]


def import_file(services: Services, path: Path) -> None:
    """Read, preview and import ``path``; assert refusals are typed and the write is all-or-nothing."""
    before = len(services.legal.search())
    began = time.monotonic()
    written = 0
    try:
        sheet = read_sheet(path, spec=EXTERNAL_DOCUMENTS_SPEC)
        preview = build_preview(EXTERNAL_DOCUMENTS_SPEC, sheet, suggest_mapping(EXTERNAL_DOCUMENTS_SPEC, sheet.headers))
        result = services.legal.import_preview(preview)
        written = len(preview.rows)
        assert result is not None
    except (DomainError, ValidationError):
        written = 0
    assert time.monotonic() - began < 20
    assert len(services.legal.search()) == before + written  # every row of the file, or nothing


@pytest.mark.parametrize("path", sorted(CORPUS.glob("*.xlsx")), ids=lambda p: p.name)
def test_the_corpus_of_malformed_files_is_refused_cleanly(services: Services, path: Path) -> None:
    import_file(services, path)


def test_the_fuzz_base_file_imports(services: Services, tmp_path: Path) -> None:
    import_file(services, write_parts(tmp_path / "base.xlsx", register_rows(ROWS)))
    assert len(services.legal.search()) >= len(ROWS)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_mutated_workbooks_never_crash_nor_half_import(services: Services, tmp_path: Path, data: st.DataObject) -> None:
    base = write_parts(tmp_path / "base.xlsx", register_rows(ROWS)).read_bytes()
    mutated = bytearray(base)
    kind = data.draw(st.sampled_from(["flip", "truncate", "splice"]))
    if kind == "truncate":
        mutated = mutated[: data.draw(st.integers(0, len(base) - 1))]
    else:
        for _ in range(data.draw(st.integers(1, 8))):
            at = data.draw(st.integers(0, len(mutated) - 1))
            if kind == "flip":
                mutated[at] = data.draw(st.integers(0, 255))
            else:
                mutated[at:at] = data.draw(st.binary(min_size=1, max_size=16))
    path = tmp_path / "fuzz.xlsx"
    path.write_bytes(bytes(mutated))
    import_file(services, path)
