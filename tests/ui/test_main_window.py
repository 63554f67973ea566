"""Desktop habits of the main window: menu bar, shortcuts, About, last screen per data file, who works."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QLineEdit

from isodesk import __version__

pytestmark = pytest.mark.usefixtures("ui_env")


def _menu_titles(window: Any) -> list[str]:
    return [a.text().replace("&", "") for a in window.menuBar().actions()]


def test_menu_bar_promises_only_what_works(window: Any) -> None:
    assert _menu_titles(window) == ["Tệp", "Trợ giúp"]
    file_items = [a.text().replace("&", "") for a in window.file_menu.actions() if not a.isSeparator()]
    # Everything the File menu offers is built: open another file (and the recent ones), restore, the annual
    # report package, the handover.
    assert file_items == ["Mở tệp dữ liệu…", "Tệp dữ liệu gần đây", "Khôi phục từ bản sao lưu…",
                          "Xuất gói báo cáo năm…", "Kiểm tra gói…", "Bàn giao cho thư ký ISO mới…", "Thoát"]
    assert window.open_action.shortcut() == QKeySequence("Ctrl+O")
    assert window.quit_action.shortcut() == QKeySequence("Ctrl+Q")
    help_items = [a.text().replace("&", "") for a in window.help_menu.actions()]
    assert help_items == ["Giới thiệu isodesk"]


def test_the_start_sets_the_shortcuts_after_the_first_paint(tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    """run_gui builds the window without shortcuts (naming a key sets up PySide's Qt namespace, ~14 ms
    before the first paint) and sets them right after it: the same keys as a window built with them."""
    from isodesk.ui.main_window import MainWindow
    from isodesk.ui.settings import UiSettings

    window = MainWindow(UiSettings(QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat)), shortcuts=False)
    qtbot.addWidget(window)
    actions = (window.quit_action, window.open_action, window.find_action)
    assert all(a.shortcut().isEmpty() for a in actions)
    window.set_shortcuts()
    assert [a.shortcut() for a in actions] == [QKeySequence("Ctrl+Q"), QKeySequence("Ctrl+O"),
                                               QKeySequence(QKeySequence.StandardKey.Find)]
    assert window.find_action.shortcutContext() == Qt.ShortcutContext.WindowShortcut


def test_about_shows_the_version(window: Any, qtbot) -> None:  # type: ignore[no-untyped-def]
    box = window.show_about()
    qtbot.addWidget(box)
    assert f"isodesk {__version__}" in box.text()
    assert box.windowTitle() == "Giới thiệu isodesk"
    assert str(window.services.db_path) in box.text()
    box.close()


def test_ctrl_q_closes_the_window(window: Any) -> None:
    window.quit_action.trigger()
    assert not window.isVisible()


def test_ctrl_f_focuses_the_current_screens_search(window: Any, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    window.navigate("documents")
    QApplication.processEvents()
    assert window.find_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Find)
    edit = window.focus_search()
    assert isinstance(edit, QLineEdit) and edit.objectName().endswith("search_edit")
    assert edit.isVisible()
    window.navigate("home")
    assert window.focus_search() is None  # the overview has no search field: nothing happens


def test_ctrl_f_key_reaches_the_search_field_from_a_register_table(window: Any, qtbot) -> None:  # type: ignore[no-untyped-def]
    """One Ctrl+F in the whole window: a second one in a tab would make the key ambiguous (neither fires)."""
    from PySide6.QtWidgets import QTableView

    window.activateWindow()
    window.navigate("documents")
    QApplication.processEvents()
    view = next(v for v in window.stack.currentWidget().findChildren(QTableView) if v.isVisible())
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    focused = QApplication.focusWidget()
    assert isinstance(focused, QLineEdit) and focused.objectName().endswith("search_edit")


def _window(services: Any, settings_file: Path, qtbot, **kwargs: Any) -> Any:  # type: ignore[no-untyped-def]
    from isodesk.app import register_screens
    from isodesk.ui.main_window import MainWindow
    from isodesk.ui.settings import UiSettings

    win = MainWindow(UiSettings(QSettings(str(settings_file), QSettings.Format.IniFormat)))
    qtbot.addWidget(win)
    register_screens(win)
    win.show()
    win.attach(services, **kwargs)
    return win


def test_last_screen_is_remembered_per_data_file(seeded_services: Any, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    from isodesk.services.registry import open_services
    from tests.ui.conftest import setup_input

    ini = tmp_path / "ui.ini"
    first = _window(seeded_services, ini, qtbot)
    first.navigate("settings")
    first.close()

    other = open_services(tmp_path / "other.db")
    try:
        other.setup.complete_setup(setup_input())
        second = _window(other, ini, qtbot)
        assert second.stack.currentWidget() is second.screen("home")  # never opened: the overview
        second.navigate("documents")
        second.close()
    finally:
        other.close()

    again = _window(seeded_services, ini, qtbot)
    assert again.stack.currentWidget() is again.screen("settings")
    again.close()
    after_wizard = _window(seeded_services, ini, qtbot, first_run=True)
    assert after_wizard.stack.currentWidget() is after_wizard.screen("home")


def test_changes_are_recorded_under_the_chosen_person_not_the_login(window: Any, seeded_services: Any) -> None:
    import getpass

    from isodesk.domain import core as d

    combo = window.actor_combo
    names = [combo.itemText(i) for i in range(combo.count())]
    assert names[0] == "Nguyễn Thị Thu Hà"  # the ISO secretary by default
    assert combo.isVisibleTo(window)
    seeded_services.agency.save_department(d.Department(id=None, name="Phòng Tư pháp", abbreviation="TP"))
    entry = seeded_services.history.recent(1)[0]
    assert entry.actor == "Nguyễn Thị Thu Hà"
    assert getpass.getuser() not in entry.actor

    combo.setCurrentIndex(names.index("Lê Quốc Bảo"))
    seeded_services.agency.save_department(d.Department(id=None, name="Phòng Văn hóa", abbreviation="VH"))
    assert seeded_services.history.recent(1)[0].actor == "Lê Quốc Bảo"


def test_qt_file_dialog_is_vietnamese(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert QCoreApplication.translate("QFileDialog", "&Look in:") == "&Tìm trong:"
    dialog = QFileDialog(None, "x", str(tmp_path), "Excel (*.xlsx)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(dialog)
    dialog.show()
    texts = {label.text().replace("&", "") for label in dialog.findChildren(QLabel)}
    assert {"Tìm trong:", "Loại tệp:", "Tên tệp:"} <= texts
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QTreeView

    model = dialog.findChild(QTreeView).model()
    headers = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]
    assert headers == ["Tên", "Kích thước", "Loại", "Ngày sửa đổi"]
    dialog.close()
