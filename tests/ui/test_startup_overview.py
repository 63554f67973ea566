"""Issue 13 item 16: the home screen paints the overview remembered from the last start before the
database is open, then the computed one; the overview is computed once per start; a remembered copy
that is corrupt, another file's, of another day or of a file changed since is ignored."""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings

from isodesk import __version__
from isodesk.ui import overview_cache
from isodesk.ui.screens.home_screen import StepCard

pytestmark = pytest.mark.usefixtures("ui_env")


def _window(tmp_path: Path, qtbot: Any) -> Any:
    from isodesk.app import register_screens
    from isodesk.ui.main_window import MainWindow
    from isodesk.ui.settings import UiSettings

    win = MainWindow(UiSettings(QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)))
    qtbot.addWidget(win)
    register_screens(win)
    win.resize(1366, 768)
    return win


def _counting(services: Any) -> list[int]:
    """Count the overview computations of these services (the real method runs)."""
    calls: list[int] = []
    real: Callable[..., Any] = services.cycle.overview

    def overview(year: int, today: date | None = None) -> Any:
        calls.append(year)
        return real(year, today)

    services.cycle.overview = overview
    return calls


def _remember(db: Path, cache_dir: Path, tmp_path: Path, qtbot: Any) -> Any:
    """One whole session on ``db``: open, attach, remember at exit, close, save (what run_gui does)."""
    from isodesk.app import _overview_to_remember, open_database

    services = open_database(db)
    try:
        calls = _counting(services)
        win = _window(tmp_path, qtbot)
        win.show()
        win.attach(services)
        qtbot.wait(10)
        assert len(calls) == 1, "the overview is computed once per start (not again on show)"
        cached = _overview_to_remember(win, services)
        assert len(calls) == 1, "at exit the screen's overview is reused while the file is unchanged"
        win.close()
    finally:
        services.close()
    assert overview_cache.save(cache_dir, db, __version__, cached)
    return cached


@pytest.fixture
def db(seeded_template: Any, tmp_path: Path) -> Path:
    return seeded_template.copy_to(tmp_path / "data" / "isodesk.db")


def test_first_paint_shows_the_remembered_overview_then_the_computed_one(db: Path, tmp_path: Path,
                                                                         qtbot: Any) -> None:
    from isodesk.app import open_database

    cache_dir = tmp_path / "cache"
    remembered = _remember(db, cache_dir, tmp_path, qtbot)

    cached = overview_cache.load(cache_dir, db, __version__)
    assert cached == remembered
    win = _window(tmp_path, qtbot)
    assert win.show_cached(db, cached)
    win.show()
    home = win.screen("home")
    assert win.stack.currentWidget() is home and home.cached
    assert home.updating_label.isVisible() and home.updating_label.text() == "đang cập nhật…"
    assert home.title.text() == f"Công việc ISO năm {cached.overview.year}"
    assert win.agency_label.text() == "Ủy ban nhân dân xã Sơn Lâm"
    assert win.year_combo.currentData() == cached.overview.year and not win.year_combo.isEnabled()
    assert not win.nav.isEnabled() and win.services is None
    assert all(not card.open_button.isEnabled() for card in home.findChildren(StepCard))
    win.grab().save(str(tmp_path / "cached.png"))

    services = open_database(db)
    try:
        calls = _counting(services)
        win.attach(services)
        qtbot.wait(10)
        assert win.screen("home") is home, "the same screen, now with the computed overview"
        assert calls == [cached.overview.year], "computed once, when the data is open"
        assert not home.cached and not home.updating_label.isVisible()
        assert home.overview == services.cycle.overview(cached.overview.year, home.overview.today)
        calls.pop()  # that comparison's own computation
        assert win.nav.isEnabled() and win.year_combo.isEnabled()
        assert any(card.open_button.isEnabled() for card in home.findChildren(StepCard) if card.isVisible())
        win.navigate("documents")
        win.navigate("home")
        assert len(calls) == 2, "coming back to the overview recomputes it (data may have changed)"
    finally:
        services.close()


def test_a_corrupt_foreign_stale_or_other_days_copy_is_ignored(db: Path, tmp_path: Path, qtbot: Any,
                                                               seeded_template: Any) -> None:
    from isodesk.app import open_database

    cache_dir = tmp_path / "cache"
    _remember(db, cache_dir, tmp_path, qtbot)
    path = overview_cache.cache_file(cache_dir, db)
    good = path.read_bytes()
    assert overview_cache.load(cache_dir, db, __version__) is not None

    assert overview_cache.load(cache_dir, db, "0.0.1") is None  # another isodesk version
    assert overview_cache.load(cache_dir, db, __version__, today=date.today() + timedelta(days=1)) is None

    for garbage in (b"", b"\xff\xfe not json", b"[]", b'{"format": 1}', good[: len(good) // 2]):
        path.write_bytes(garbage)
        assert overview_cache.load(cache_dir, db, __version__) is None

    data = json.loads(good)
    data["overview"]["issues"] = [{"code": "x", "message": "{count.__class__}", "severity": "error", "count": 1,
                                   "params": {}, "target": "", "record_ids": []}]
    path.write_text(json.dumps(data), encoding="utf-8")
    assert overview_cache.load(cache_dir, db, __version__) is None  # not a message isodesk writes
    data = json.loads(good)
    data["overview"]["steps"][0]["status"] = "finished"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert overview_cache.load(cache_dir, db, __version__) is None

    # Another data file's copy put under this file's name: its path and identity do not match.
    other = seeded_template.copy_to(tmp_path / "other" / "isodesk.db")
    path.write_bytes(good)
    overview_cache.cache_file(cache_dir, other).write_bytes(good)
    assert overview_cache.load(cache_dir, other, __version__) is None

    # The file changed since (a session that wrote): the copy is stale.
    services = open_database(db)
    try:
        year = services.years.current()
        assert year is not None
        services.years.save(dataclasses.replace(year, notes="Ghi chú mới"))
    finally:
        services.close()
    assert overview_cache.load(cache_dir, db, __version__) is None

    # With no usable copy the window refuses to paint one and stays as before the data is open.
    win = _window(tmp_path, qtbot)
    assert win.screen("home") is None and win.services is None


def test_no_copy_when_the_start_opens_another_screen_or_year(db: Path, tmp_path: Path, qtbot: Any) -> None:
    cache_dir = tmp_path / "cache"
    _remember(db, cache_dir, tmp_path, qtbot)
    cached = overview_cache.load(cache_dir, db, __version__)
    assert cached is not None
    win = _window(tmp_path, qtbot)
    win._settings.set_last_screen_for(db, "documents")
    assert not win.show_cached(db, cached)
    assert win.screen("home") is None
    win._settings.set_last_screen_for(db, "home")
    win._settings.last_year = cached.overview.year + 7
    assert win.show_cached(db, cached)  # a year that no longer exists: the current one, as attach picks
    other_year = type(cached)(cached.agency, cached.years + (1999,), 1999, cached.overview)
    win2 = _window(tmp_path, qtbot)
    win2._settings.last_year = 1999
    assert not win2.show_cached(db, other_year)


# ----------------------------------------------------------------------------------- real processes

#: Reports every module imported, in order (``imported NAME``; a module already loaded is not reported
#: again), and the moment SQLAlchemy is first imported, so the order of the lines shows what came first.
_WATCH_IMPORTS = """
import runpy, sys
class Watch:
    def find_spec(self, name, path=None, target=None):
        print("imported " + name, flush=True)
        if name == "sqlalchemy":
            print("sqlalchemy imported", flush=True)
        return None
sys.meta_path.insert(0, Watch())

class Out:  # at the first-paint line: which of PySide's costly, lazily set-up types are set up by then
    def __init__(self, out):
        self.out = out
    def write(self, text):
        if "home screen painted" in text:
            for module, name in (("PySide6.QtCore", "Qt"), ("PySide6.QtWidgets", "QStyle")):
                if name in vars(sys.modules.get(module, sys)):
                    self.out.write("set up before the paint: " + name + "\\n")
        return self.out.write(text)
    def __getattr__(self, name):
        return getattr(self.out, name)
sys.stdout = Out(sys.stdout)
sys.argv = ["isodesk", *sys.argv[1:]]
runpy.run_module("isodesk", run_name="__main__")
"""

#: What the first paint must not wait for: the data layer, the document writers and their libraries.
#: Each costs a bare window's start or more; they load right after the remembered overview is on screen.
HEAVY_BEFORE_PAINT = ("sqlalchemy", "alembic", "docx", "openpyxl", "reportlab", "jsonschema", "pypdf", "lxml",
                      "PIL", "isodesk.services", "isodesk.storage", "isodesk.reports", "isodesk.demo",
                      "PySide6.QtPrintSupport", "PySide6.QtSvg", "PySide6.QtPdf")

#: The only isodesk modules a later start imports before the home screen is painted: the window shell,
#: the home screen and the remembered overview. Another module here is start-up time every user pays
#: before seeing anything; import it where it is used (after the paint) instead.
ISODESK_BEFORE_PAINT = frozenset({
    "isodesk", "isodesk.__main__", "isodesk.app", "isodesk.paths",
    "isodesk.domain", "isodesk.domain.cycle", "isodesk.domain.formatting", "isodesk.domain.i18n",
    "isodesk.ui", "isodesk.ui.overview_cache", "isodesk.ui.settings", "isodesk.ui.i18n", "isodesk.ui.theme",
    "isodesk.ui.main_window", "isodesk.ui.screens", "isodesk.ui.screens.home_screen",
})


def _imported_before_paint(lines: list[str]) -> list[str]:
    painted = next(i for i, line in enumerate(lines) if "home screen painted" in line)
    return [line.removeprefix("imported ") for line in lines[:painted] if line.startswith("imported ")]


def _start(db: Path, tmp_path: Path, *flags: str) -> list[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ISODESK_DATA_DIR": str(tmp_path / "appdata"),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "ISODESK_LANGUAGE": "vi"}
    result = subprocess.run([sys.executable, "-c", _WATCH_IMPORTS, "--db", str(db), *flags], capture_output=True,
                            text=True, encoding="utf-8", timeout=180, env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout.splitlines()


def test_a_later_start_paints_before_sqlalchemy_is_imported(demo_copy: Path, tmp_path: Path) -> None:
    first = _start(demo_copy, tmp_path, "--quit-after-paint")
    # No copy yet: the data is opened first and the overview painted from it, as before.
    assert not any("remembered overview" in line for line in first)
    assert first.index("sqlalchemy imported") < next(i for i, l in enumerate(first) if "home screen painted" in l)
    copies = list((tmp_path / "config" / "isodesk" / "overview-cache").glob("overview-*.json"))
    assert len(copies) == 1

    second = _start(demo_copy, tmp_path, "--quit-after-paint")
    painted = next(i for i, line in enumerate(second) if "home screen painted (remembered overview)" in line)
    updated = next(i for i, line in enumerate(second) if "overview up to date" in line)
    assert painted < second.index("sqlalchemy imported") < updated
    before_paint = _imported_before_paint(second)
    heavy = [m for m in before_paint if any(m == h or m.startswith(h + ".") for h in HEAVY_BEFORE_PAINT)]
    assert heavy == [], f"imported before the remembered overview is painted: {heavy}"
    ours = sorted(m for m in before_paint if m.split(".")[0] == "isodesk")
    assert set(ours) <= ISODESK_BEFORE_PAINT, f"more isodesk modules before the first paint: " \
                                              f"{sorted(set(ours) - ISODESK_BEFORE_PAINT)}"
    assert {"isodesk.ui.main_window", "isodesk.ui.screens.home_screen"} <= set(ours)  # the watch sees them
    # PySide sets up its Qt namespace (~100 enums) and QStyle (setStyle hands Python the style) on first
    # use, ~20 ms together: the home screen is painted without them (see ui/main_window.py, ui/theme.py).
    assert [line for line in second if line.startswith("set up before the paint")] == []

    # The installation check runs through the same start, with a remembered copy present.
    checked = _start(demo_copy, tmp_path, "--self-test")
    assert "self-test ok" in checked


def test_quit_after_paint_on_an_empty_data_file_does_not_wait_on_the_wizard(tmp_path: Path) -> None:
    """A new, empty data file opens the setup wizard; with ``--quit-after-paint`` (benchmarks, scripts) the
    wizard is built and the start ends instead of waiting on a modal dialog nobody answers."""
    lines = _start(tmp_path / "new.db", tmp_path, "--quit-after-paint")
    assert any("home screen painted" in line for line in lines), lines
    assert (tmp_path / "new.db").exists()
