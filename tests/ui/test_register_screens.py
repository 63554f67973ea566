"""The four documents registers at 1366×768 on the small demo: the spec's width hints give the long text
columns the room, no header is clipped, and the PNGs go to ``screenshots/`` for a human to look at."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt

from isodesk.ui.models.dto_table_model import DtoTableModel
from isodesk.ui.widgets.register_tab_base import LONG_TEXT_MIN, average_char_width, header_width

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "screenshots"

pytestmark = pytest.mark.usefixtures("ui_env")

#: Tab key -> the long text column that must get the room.
LONG_TEXT = {"internal": "title", "records": "title", "external": "title", "tthc": "name"}


@pytest.fixture
def demo_window(qtbot, tmp_path: Path) -> Any:  # type: ignore[no-untyped-def]
    from isodesk.app import register_screens
    from isodesk.demo.data import generate_demo
    from isodesk.services.registry import open_services
    from isodesk.ui.main_window import MainWindow
    from isodesk.ui.settings import UiSettings

    services = open_services(generate_demo(tmp_path / "demo.db", scale="small", today=date(2026, 11, 22)))
    window = MainWindow(UiSettings(QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat)))
    qtbot.addWidget(window)
    register_screens(window)
    window.resize(1366, 768)
    window.show()
    window.attach(services)
    yield window
    services.close()


@pytest.mark.parametrize("key", ["internal", "records", "external", "tthc"])
def test_register_tabs_fit_1366(demo_window, qtbot, key: str) -> None:  # type: ignore[no-untyped-def]
    screen = demo_window.navigate(f"documents.{key}")
    tab = screen.tab(key)
    qtbot.wait(1)
    SHOTS.mkdir(exist_ok=True)
    demo_window.grab().save(str(SHOTS / f"register_{key}.png"))

    view, model = tab._view, tab.model
    assert model.rowCount() > 0
    header = view.horizontalHeader()
    metrics = header.fontMetrics()
    char = average_char_width(view.fontMetrics())
    for section in range(model.columnCount()):
        if view.isColumnHidden(section):
            continue
        text = model.headerData(section, Qt.Orientation.Horizontal)
        # Never clipped: the header fits on its two lines.
        assert header.sectionSize(section) >= header_width(metrics, text) + 8, (key, text)
        assert header.height() >= 2 * metrics.lineSpacing()
    long_section = model.column_of(LONG_TEXT[key])
    widths = [header.sectionSize(s) for s in range(model.columnCount()) if not view.isColumnHidden(s)]
    # The long text column is the widest and keeps room for its text.
    assert header.sectionSize(long_section) == max(widths)
    assert header.sectionSize(long_section) >= LONG_TEXT_MIN * char
    hint = model.headerData(long_section, Qt.Orientation.Horizontal, DtoTableModel.WidthHintRole)
    assert hint >= 40
    # Everything fits the window: no horizontal scrolling at 1366 pixels.
    assert sum(widths) <= view.viewport().width() + 2
