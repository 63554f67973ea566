"""Issue 13 item 17: the internal documents list at ten times the large demo (~10,700 documents).

* first paint of the internal documents tab (create → painted) — target < 150 ms (median);
* search as you type, per keystroke (filter + repaint) — target < 25 ms at the 95th percentile.

Both are measured in wall-clock time and in the process's CPU time. The targets are judged on the CPU
time: on the shared two-core test machine the wall clock also counts the time other programs hold the
CPU (runs of the same code differ by 2× there), while the CPU time is what an idle machine's wall clock
shows. Figures before the work of item 17 (same machine, code of 18c7eb1): paint 302 ms wall clock, 304–323 ms
CPU; per keystroke p95 43.9 ms CPU (70.6 ms wall clock / 49.3 ms CPU measured with an extra repaint() before
the event loop, as bench_documents_ui.py does). After: paint 109–120 ms CPU, per keystroke p95 19–24 ms CPU.

Run: ``python -m pytest tests/benchmarks/bench_documents_10x.py -m benchmark -s``
"""

from __future__ import annotations

import statistics
import time
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication

pytestmark = pytest.mark.benchmark

QUERIES = ("quy trinh", "giai quyet", "khai sinh", "QT.TP", "bm.01", "dang ky ket hon", "k7.qt")
PAINT_TARGET_MS = 150.0
KEY_P95_TARGET_MS = 25.0


def _clocks() -> tuple[float, float]:
    return time.perf_counter(), time.process_time()


def _since(started: tuple[float, float]) -> tuple[float, float]:
    """Milliseconds of wall clock and of CPU since ``started``."""
    wall, cpu = _clocks()
    return (wall - started[0]) * 1000, (cpu - started[1]) * 1000


def _open_tab(services: Any) -> tuple[Any, tuple[float, float]]:
    from isodesk.ui.screens.internal_documents_tab import InternalDocumentsTab

    started = _clocks()
    tab = InternalDocumentsTab(services)
    tab.resize(1116, 640)
    tab.show()
    tab.repaint()
    QCoreApplication.processEvents()
    return tab, _since(started)


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[max(0, int(len(ordered) * 0.95) - 1)]


def test_documents_tab_at_ten_times(services10: Any, qapp: object) -> None:
    tab, first = _open_tab(services10)  # includes the module imports: reported, not judged
    total = tab.model.rowCount()
    assert total >= 10_000
    tab.close()
    tab.deleteLater()
    paints: list[tuple[float, float]] = []
    for _ in range(5):
        tab, elapsed = _open_tab(services10)
        paints.append(elapsed)
        tab.close()
        tab.deleteLater()
        QCoreApplication.processEvents()
    paint_wall = statistics.median(p[0] for p in paints)
    paint_cpu = statistics.median(p[1] for p in paints)

    tab, _ = _open_tab(services10)
    keys: list[tuple[float, float]] = []
    for query in QUERIES:
        for end in range(1, len(query) + 1):
            started = _clocks()
            tab.apply_search(query[:end])  # what the debounce timer calls after a keystroke
            # Back in the event loop: the view lays its rows out and paints once, as in the app (a repaint()
            # before this would paint the list a second time, before its layout — bench_documents_ui.py does).
            QCoreApplication.processEvents()
            keys.append(_since(started))
        shown = tab.proxy.rowCount()
        tab.apply_search("")
        print(f"  “{query}”: {shown} of {total} documents")
    key_wall, key_cpu = _p95([k[0] for k in keys]), _p95([k[1] for k in keys])
    print(f"\n{total} documents, first paint of the tab: {first[0]:.0f} ms the first time (module imports), then "
          f"median {paint_wall:.0f} ms wall clock, {paint_cpu:.0f} ms CPU (target < {PAINT_TARGET_MS:.0f} ms)")
    print(f"search as you type, {len(keys)} keystrokes: median {statistics.median(k[0] for k in keys):.1f} ms, "
          f"95th percentile {key_wall:.1f} ms wall clock; median {statistics.median(k[1] for k in keys):.1f} ms, "
          f"95th percentile {key_cpu:.1f} ms CPU (target < {KEY_P95_TARGET_MS:.0f} ms)")
    assert paint_cpu < PAINT_TARGET_MS
    assert key_cpu < KEY_P95_TARGET_MS
