"""Importing a 2,000-row Excel register end to end: read, preview, write in one transaction.

Target (issue: documents control): under 3 s on a 2-core machine.
Run: ``python -m pytest tests/benchmarks/bench_register_import.py -m benchmark -s``
"""

from __future__ import annotations

import time
from datetime import date, timedelta
from pathlib import Path

import pytest

from isodesk.domain import core as d
from isodesk.domain.legal import EXTERNAL_DOCUMENTS_SPEC
from isodesk.reports.xlsx_exporter import export_table_xlsx
from isodesk.services.documents.documents_service import DOCUMENTS_TABLE
from isodesk.reports.xlsx_import import build_preview, read_sheet, suggest_mapping

pytestmark = pytest.mark.benchmark

ROWS = 2000


def _time_import(spec, rows, path: Path, write) -> tuple[float, float, int]:  # type: ignore[no-untyped-def]
    export_table_xlsx(spec, rows, path, title="DANH MỤC")
    started = time.perf_counter()
    sheet = read_sheet(path, spec=spec)
    preview = build_preview(spec, sheet, suggest_mapping(spec, sheet.headers))
    assert not preview.problems, preview.problems[:3]
    previewed = time.perf_counter()
    write(preview)
    return previewed - started, time.perf_counter() - previewed, len(preview.rows)


def test_import_2000_internal_documents(services, tmp_path: Path) -> None:
    services.agency.save_department(d.Department(None, "Văn phòng", "VP"))
    kinds = ["Quy trình giải quyết TTHC", "Quy trình nội bộ", "Hướng dẫn", "Biểu mẫu"]
    rows = [{"code": f"QT.{i:04d}", "title": f"Quy trình giải quyết thủ tục hành chính số {i} về hộ tịch, chứng thực",
             "kind": kinds[i % 4], "department": "Văn phòng", "revision_number": 1 + i % 3,
             "effective_date": date(2024, 1, 1) + timedelta(days=i % 600), "status": "Hiệu lực", "notes": ""}
            for i in range(ROWS)]
    read, write, n = _time_import(DOCUMENTS_TABLE, rows, tmp_path / "noi-bo.xlsx", services.documents.import_rows)
    assert n == ROWS and len(services.documents.list_documents()) == ROWS
    print(f"\ninternal documents: {ROWS} rows read+preview {read:.2f} s, write {write:.2f} s, "
          f"total {read + write:.2f} s (target < 3 s)")


def test_import_2000_external_documents(services, tmp_path: Path) -> None:
    rows = [{"title": f"Nghị định quy định chi tiết một số điều của Luật số {i}", "number_symbol": f"{i}/2024/NĐ-CP",
             "issue_date": date(2024, 1, 1) + timedelta(days=i % 300), "issuer": "Chính phủ",
             "effective_date": date(2024, 3, 1) + timedelta(days=i % 300), "status": "Còn hiệu lực",
             "used_by": "", "notes": "", "field": "Hộ tịch" if i % 2 else "Đất đai"} for i in range(1, ROWS + 1)]
    read, write, n = _time_import(EXTERNAL_DOCUMENTS_SPEC, rows, tmp_path / "ben-ngoai.xlsx",
                                  services.legal.import_preview)
    assert n == ROWS
    print(f"\nexternal documents: {ROWS} rows read+preview {read:.2f} s, write {write:.2f} s, "
          f"total {read + write:.2f} s (target < 3 s)")
