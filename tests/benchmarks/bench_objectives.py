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
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QSettings

pytestmark = pytest.mark.benchmark

QUERIES = ("ho so", "tham muu", "phong kinh te", "98", "hai long")


@pytest.fixture(scope="module")
def large_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from isodesk.demo.data import generate_demo

    db = tmp_path_factory.mktemp("bench") / "large.db"
    started = time.perf_counter()
    generate_demo(db, scale="large")
    print(f"\nlarge demo generated in {time.perf_counter() - started:.1f} s ({db.stat().st_size / 1e6:.1f} MB)")
    return db


@pytest.fixture
def services(large_db: Path, qapp, tmp_path: Path) -> Iterator[Any]:  # type: ignore[no-untyped-def]
    from isodesk.services.registry import open_services
    from isodesk.ui.i18n import install_translators
    from isodesk.ui.theme import apply_theme, load_fonts

    QCoreApplication.setOrganizationName("isodesk-bench")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "ini"))
    load_fonts(qapp)
    apply_theme(qapp)
    install_translators("vi")
    svc = open_services(large_db)
    yield svc
    svc.close()


def _window(services: Any, tmp_path: Path) -> Any:
    from isodesk.app import register_screens
    from isodesk.ui.main_window import MainWindow
    from isodesk.ui.settings import UiSettings

    window = MainWindow(UiSettings(QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat)))
    register_screens(window)
    window.resize(1366, 768)
    window.show()
    window.attach(services)
    window.navigate("home")
    window.repaint()
    QCoreApplication.processEvents()
    return window


def _ms(values: list[float]) -> str:
    return f"median {statistics.median(values):.1f} ms, max {max(values):.1f} ms"


def test_screen_first_paint(services: Any, qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    timings: list[float] = []
    rows = 0
    for run in range(4):
        window = _window(services, tmp_path / f"run{run}")
        started = time.perf_counter()
        screen = window.navigate("objectives")
        window.repaint()
        QCoreApplication.processEvents()
        timings.append((time.perf_counter() - started) * 1000)
        rows = screen.objectives_tab.model.rowCount()
        window.close()
    assert rows >= 30
    print(f"\nobjectives screen first paint ({rows} objectives): {_ms(timings[1:])} "
          f"(first run {timings[0]:.1f} ms; target < 200 ms)")
    assert statistics.median(timings[1:]) < 200


def test_year_switch_and_search(services: Any, qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = _window(services, tmp_path)
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
    print(f"\nobjectives year switch ({len(switches)} years): {_ms(switches)} (target < 200 ms)")
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
    print(f"objectives search, {len(per_key)} keystrokes over {tab.model.rowCount()} objectives: {_ms(per_key)} "
          "(target < 30 ms)")
    window.close()
    assert statistics.median(switches) < 200
    assert statistics.median(per_key) < 30
