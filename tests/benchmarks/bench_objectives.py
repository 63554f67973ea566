"""The "Mục tiêu chất lượng" screen on the large demo database (ten years, agency and department
objectives with their results):

* first paint of the screen (the window on the home screen, navigate to ``objectives`` until the
  window is painted: policy, register, chart, the two drafted-document pages) — target < 200 ms;
* switching the reporting year (reload of register, policy and chart, repaint) — target < 200 ms;
* search as you type in the register, per keystroke (filter + table and chart repaint) — target < 30 ms.

Run: ``python -m pytest tests/benchmarks/bench_objectives.py -m benchmark -s``
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path
from typing import Any

import pytest
from benchkit import open_window, ms
from PySide6.QtCore import QCoreApplication

pytestmark = pytest.mark.benchmark

QUERIES = ("ho so", "tham muu", "phong kinh te", "98", "hai long")


def test_screen_first_paint(services: Any, qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    timings: list[float] = []
    rows = 0
    for run in range(4):
        window = open_window(services, tmp_path / f"run{run}", "home")
        started = time.perf_counter()
        screen = window.navigate("objectives")
        window.repaint()
        QCoreApplication.processEvents()
        timings.append((time.perf_counter() - started) * 1000)
        rows = screen.objectives_tab.model.rowCount()
        window.close()
    assert rows >= 30
    print(f"\nobjectives screen first paint ({rows} objectives): {ms(timings[1:])} "
          f"(first run {timings[0]:.1f} ms; target < 200 ms)")
    assert statistics.median(timings[1:]) < 200


def test_year_switch_and_search(services: Any, qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_window(services, tmp_path, "home")
    tab = window.navigate("objectives").objectives_tab
    window.repaint()
    QCoreApplication.processEvents()
    years = services.objectives.years()
    switches: list[float] = []
    for year in years[1:6]:
        started = time.perf_counter()
        tab.set_year(year)
        window.repaint()
        switches.append((time.perf_counter() - started) * 1000)
    print(f"\nobjectives year switch ({len(switches)} years): {ms(switches)} (target < 200 ms)")
    # The figures bound objectives read are collected in the background after each load; the user
    # types once they are in (measuring while five collections still run would time the CPU's queue).
    deadline = time.perf_counter() + 30
    while time.perf_counter() < deadline:
        QCoreApplication.processEvents()
        if not tab.figures_pending:
            break
        time.sleep(0.02)
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone(30000)
    QCoreApplication.processEvents()
    view, chart = tab._ui.table_view, tab._ui.chart
    per_key: list[float] = []
    for query in QUERIES:
        for end in range(1, len(query) + 1):
            started = time.perf_counter()
            tab.apply_search(query[:end])
            view.viewport().repaint()
            chart.repaint()
            per_key.append((time.perf_counter() - started) * 1000)
        tab.apply_search("")
    print(f"objectives search, {len(per_key)} keystrokes over {tab.model.rowCount()} objectives: {ms(per_key)} "
          "(target < 30 ms)")
    window.close()
    assert statistics.median(switches) < 200
    assert statistics.median(per_key) < 30
