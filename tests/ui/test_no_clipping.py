"""Issue 13 item 11: no clipped text anywhere at 1366×768 in Vietnamese, on the demo data.

Opens every screen registered in the main window's navigation and every tab of every tab widget on it
(screens and tabs other modules add are covered as soon as they are registered), saves a grab of each to
``/tmp/inspect-<screen>-<tab>.png`` (to look at), and fails on any elided table header or label, button,
check box, combo box or search field whose text does not fit — listing the screen, widget and text. Every
list shown is checked again while searching, and the editor dialog of every register (opened on its first
row, at its own size) is checked too (``/tmp/inspect-dialog-*.png``).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from clipping import Clipping, clippings  # same folder (rootless tests)
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialog, QStackedWidget, QTabWidget, QWidget

SHOTS = Path("/tmp")


def _slug(text: str) -> str:
    from isodesk.domain.formatting import fold

    return re.sub(r"[^a-z0-9]+", "_", fold(text)).strip("_")[:40] or "x"


def _reveal(widget: QWidget, screen: QWidget) -> None:
    """Make the tab holding ``widget`` current in every tab widget between it and ``screen``."""
    child, parent = widget, widget.parentWidget()
    while parent is not None and parent is not screen:
        tabs = parent.parentWidget()
        if isinstance(parent, QStackedWidget) and isinstance(tabs, QTabWidget):
            tabs.setCurrentWidget(child)
        child, parent = parent, parent.parentWidget()


SEARCH = "quy"
"""Typed in every list shown, to check the texts that change while searching."""


def _visible_register_tabs(screen: QWidget) -> list[Any]:
    from isodesk.ui.widgets.register_tab_base import RegisterTab

    found = [w for w in screen.findChildren(RegisterTab) if w.isVisible() and w.proxy is not None]
    return found + ([screen] if isinstance(screen, RegisterTab) and screen.proxy is not None else [])


def _settle(window: QWidget) -> None:
    for _ in range(3):
        QCoreApplication.processEvents()
    window.repaint()


def test_every_screen_and_tab_without_clipped_text(qtbot: Any, tmp_path: Path, demo_copy: Path) -> None:
    from isodesk.app import register_screens
    from isodesk.services.registry import open_services
    from isodesk.ui.main_window import MainWindow
    from isodesk.ui.settings import UiSettings

    services: Any = open_services(demo_copy)
    found: list[Clipping] = []
    visited: list[str] = []
    try:
        window = MainWindow(UiSettings(QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat)))
        qtbot.addWidget(window)
        register_screens(window)
        window.resize(1366, 768)
        window.show()
        window.attach(services)
        keys = [str(window.nav.item(row).data(Qt.ItemDataRole.UserRole)) for row in range(window.nav.count())]
        assert len(keys) >= 5, keys
        for key in keys:
            screen = window.navigate(key)
            assert screen is not None, key
            _settle(window)
            tabs = [t for t in screen.findChildren(QTabWidget)]
            places: list[tuple[str, QTabWidget | None, int]] = [(key, None, -1)]
            for tabs_on_screen in tabs:
                for index in range(tabs_on_screen.count()):
                    places.append((f"{key}-{_slug(tabs_on_screen.tabText(index))}", tabs_on_screen, index))
            for where, tab_widget, index in places:
                if tab_widget is not None:
                    _reveal(tab_widget, screen)
                    tab_widget.setCurrentIndex(index)
                    _settle(window)
                visited.append(where)
                window.grab().save(str(SHOTS / f"inspect-{where}.png"))
                found.extend(clippings(window, where))
                # While searching, the count line of a list is longer ("12 of 67 documents · …").
                for tab in _visible_register_tabs(screen):
                    tab.apply_search(SEARCH)
                    _settle(window)
                    found.extend(clippings(window, f"{where} (searching “{SEARCH}”)"))
                    tab.apply_search("")
    finally:
        services.close()
    assert len(visited) >= 10, visited
    unique = list(dict.fromkeys(str(c) for c in found))
    assert not unique, f"{len(unique)} clipped texts at 1366×768:\n" + "\n".join(unique)


def test_every_register_editor_without_clipped_text(qtbot: Any, tmp_path: Path, demo_copy: Path,
                                                   messages: list[str]) -> None:
    from isodesk.app import register_screens
    from isodesk.services.registry import open_services
    from isodesk.ui.main_window import MainWindow
    from isodesk.ui.settings import UiSettings
    from isodesk.ui.widgets.register_tab_base import RegisterTab

    services: Any = open_services(demo_copy)
    found: list[Clipping] = []
    opened: list[str] = []
    try:
        window = MainWindow(UiSettings(QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat)))
        qtbot.addWidget(window)
        register_screens(window)
        window.resize(1366, 768)
        window.show()
        window.attach(services)
        keys = [str(window.nav.item(row).data(Qt.ItemDataRole.UserRole)) for row in range(window.nav.count())]
        for key in keys:
            screen = window.navigate(key)
            assert screen is not None, key
            tabs = screen.findChildren(RegisterTab) + ([screen] if isinstance(screen, RegisterTab) else [])
            for tab in tabs:
                _reveal(tab, screen)
                _settle(window)
                view = tab._view  # the register's list (RegisterTab keeps it)
                if tab.proxy is None or view is None or tab.proxy.rowCount() == 0:
                    continue
                view.selectRow(0)
                before = set(QApplication.topLevelWidgets())
                tab.open_selected()  # Enter on the first row: its editor
                _settle(window)
                for dialog in [w for w in QApplication.topLevelWidgets()
                               if isinstance(w, QDialog) and w.isVisible() and w not in before]:
                    where = f"{key}-{_slug(type(tab).__name__)}-{_slug(type(dialog).__name__)}"
                    opened.append(where)
                    dialog.grab().save(str(SHOTS / f"inspect-dialog-{where}.png"))
                    found.extend(clippings(dialog, where))
                    dialog.reject()
                    _settle(window)
    finally:
        services.close()
    assert len(opened) >= 8, opened
    unique = list(dict.fromkeys(str(c) for c in found))
    assert not unique, f"{len(unique)} clipped texts in the editors:\n" + "\n".join(unique)


def test_the_check_sees_clipped_text(qtbot: Any) -> None:
    """The check itself: a cut label, a squeezed button, an elided header and a cut placeholder are found;
    the same widgets with room are not."""
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QTableView

    root = QWidget()
    qtbot.addWidget(root)
    root.resize(900, 400)
    label = QLabel("Thời hạn bảo quản hồ sơ theo quy định", root)
    button = QPushButton("Chuyển từ năm trước", root)
    edit = QLineEdit(root)
    edit.setPlaceholderText("Tìm theo ký hiệu, tên hồ sơ, đề mục hoặc nơi lưu…")
    model = QStandardItemModel(1, 2, root)
    model.setHorizontalHeaderLabels(["Tên thủ tục hành chính", "Mã"])
    view = QTableView(root)
    view.setModel(model)
    view.setGeometry(0, 200, 600, 150)
    root.show()
    label.setGeometry(0, 0, 600, 30)
    button.setGeometry(0, 40, 300, 34)
    edit.setGeometry(0, 80, 500, 28)
    view.horizontalHeader().resizeSection(0, 400)
    _settle(root)
    assert clippings(root, "wide") == []
    label.setGeometry(0, 0, 120, 30)
    button.setGeometry(0, 40, 90, 34)
    edit.setGeometry(0, 80, 150, 28)
    view.horizontalHeader().resizeSection(0, 60)
    _settle(root)
    texts = {c.text for c in clippings(root, "narrow")}
    assert texts == {"Thời hạn bảo quản hồ sơ theo quy định", "Chuyển từ năm trước",
                     "Tìm theo ký hiệu, tên hồ sơ, đề mục hoặc nơi lưu…", "Tên thủ tục hành chính"}, texts


pytestmark = pytest.mark.usefixtures("ui_env")
