"""The risks and opportunities screen and document on the large demo database (≈ 120 entries a year over
ten years):

* first paint of the register screen (window open on the home screen, navigate to "risks" until painted)
  — target < 200 ms;
* search as you type in the register, per keystroke (filter + repaint) — target < 30 ms;
* the KẾ HOẠCH Giải quyết rủi ro và cơ hội with a 300-row Phụ lục, built and rendered to DOCX and PDF —
  target < 1 s.

Run: ``python -m pytest tests/benchmarks/bench_risks.py -m benchmark -s``
"""

from __future__ import annotations

import statistics
import time
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from benchkit import open_window, ms
from PySide6.QtCore import QCoreApplication

pytestmark = pytest.mark.benchmark

QUERIES = ("nhan su", "ho so tthc qua han", "linh vuc dat dai", "thanh toan truc tuyen", "may tinh")


def test_register_screen_first_paint(services: Any, qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    timings: list[float] = []
    rows = 0
    for run in range(4):
        window = open_window(services, tmp_path / f"w{run}", "documents")
        started = time.perf_counter()
        screen = window.navigate("risks")
        window.repaint()
        QCoreApplication.processEvents()
        timings.append((time.perf_counter() - started) * 1000)
        rows = screen.register_tab.model.rowCount()
        window.close()
    assert rows >= 100
    print(f"\nrisks screen first paint ({rows} entries): {ms(timings[1:])} (first run {timings[0]:.1f} ms; "
          f"target < 200 ms)")
    assert statistics.median(timings[1:]) < 200


def test_search_latency_per_keystroke(services: Any, qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_window(services, tmp_path, "documents")
    tab = window.navigate("risks").register_tab
    view = tab.table_view
    window.repaint()
    QCoreApplication.processEvents()
    per_key: list[float] = []
    for query in QUERIES:
        for end in range(1, len(query) + 1):
            started = time.perf_counter()
            tab.apply_search(query[:end])  # what the debounce timer does after the pause
            view.viewport().repaint()
            per_key.append((time.perf_counter() - started) * 1000)
        tab.apply_search("")
    print(f"\nrisks search, {len(per_key)} keystrokes over {tab.model.rowCount()} entries: {ms(per_key)} "
          f"(target < 30 ms)")
    assert statistics.median(per_key) < 30
    window.close()


def test_plan_with_a_300_row_appendix(services: Any, tmp_path: Path) -> None:
    from isodesk.domain import risks as d
    from isodesk.reports.output import write_document_files
    from isodesk.services.risks.risks_cycle import DOCUMENT_KEY

    year = services.years.years()[0].year
    existing = len(services.risks.list_entries(year))
    groups = list(d.RiskGroup)
    for n in range(300 - existing):
        services.risks.save(d.RiskEntry(
            None, year, groups[n % 3], f"Vấn đề số {n + 1}: hồ sơ TTHC lĩnh vực đất đai bị quá hạn giải quyết",
            impact="Người dân phải đi lại nhiều lần, phản ánh về thái độ phục vụ", level=list(d.RiskLevel)[n % 3],
            target="100% hồ sơ được giải quyết đúng hạn",
            actions=(d.RiskAction(None, "Theo dõi hồ sơ sắp đến hạn hằng tuần", "Bộ phận một cửa",
                                  date(year, 6, 30)),)))
    assert len(services.risks.list_entries(year)) == 300
    timings: list[float] = []
    for run in range(3):
        started = time.perf_counter()
        draft = services.drafted.draft(DOCUMENT_KEY, year)
        files = write_document_files(services.drafted.build(DOCUMENT_KEY, year), tmp_path / f"r{run}",
                                     services.drafted.file_stem(draft))
        timings.append((time.perf_counter() - started) * 1000)
        assert files.pdf.stat().st_size > 0
    print(f"\nrisk plan with a 300-row Phụ lục (DOCX + PDF): {ms(timings)} (target < 1000 ms)")
    assert statistics.median(timings) < 1000
