"""Tệp → Xuất gói báo cáo năm… and Tệp → Kiểm tra gói… driven as the secretary does (issue 11 points 5–7)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from package_fixtures import REPORT_KEY_FOR_TESTS, read_only
from PySide6.QtCore import QSettings

from isodesk.reports.files import TEMP_PREFIX


@pytest.fixture
def demo_window(demo_copy: Path, qtbot, tmp_path: Path) -> Iterator[Any]:  # type: ignore[no-untyped-def]
    from isodesk.app import register_screens
    from isodesk.services.registry import open_services
    from isodesk.ui.main_window import MainWindow
    from isodesk.ui.settings import UiSettings

    services = open_services(demo_copy)
    win = MainWindow(UiSettings(QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)))
    qtbot.addWidget(win)
    register_screens(win)
    win.resize(1366, 768)
    win.show()
    win.attach(services)
    yield win
    services.close()


def export_dialog(win: Any, qtbot: Any) -> Any:
    from isodesk.ui.dialogs.package_dialogs import PackageExportDialog

    dialog = PackageExportDialog(win.services, 2026, win, report_key=REPORT_KEY_FOR_TESTS, navigate=win.navigate)
    dialog.open()
    assert "Đang kiểm tra" in dialog.summary_label.text()  # the list is computed off the GUI thread
    qtbot.waitUntil(lambda: dialog.readiness is not None, timeout=30_000)
    return dialog


def test_errors_must_be_confirmed_one_by_one_then_the_package_is_exported(demo_window: Any, qtbot,  # type: ignore[no-untyped-def]
                                                                          tmp_path: Path) -> None:
    dialog = export_dialog(demo_window, qtbot)
    errors = [line for line in dialog.lines if line.confirm_box is not None]
    assert errors and all(line.view_button.isEnabled() for line in errors)
    assert "Hạn gửi báo cáo: 10/12/2026" in dialog.deadline_label.text()
    target = tmp_path / "usb"
    target.mkdir()
    dialog.target_edit.setText(str(target))
    assert not dialog.export_button.isEnabled()  # an error is not confirmed yet
    for line in errors:
        line.confirm_box.setChecked(True)
    assert dialog.export_button.isEnabled()
    dialog.zip_box.setChecked(True)
    dialog.resize(1366, 768)
    dialog.grab().save(str(tmp_path / "package-export.png"))
    progress = dialog.start_export()
    assert progress is not None and progress.isVisible()
    qtbot.waitUntil(lambda: dialog.result_package is not None, timeout=60_000)
    assert dialog.progress_dialog is None
    folder = Path(dialog.result_package.folder)
    assert folder.parent == target and Path(dialog.result_package.zip).is_file()
    assert str(folder) in dialog.status_label.text() and "đầy đủ" in dialog.status_label.text()
    entry = demo_window.services.history.recent(1, entity="report_package")[0]
    assert [c.rsplit("[", 1)[1].rstrip("]") for c in entry.changes["confirmed_errors"][1].splitlines()] \
        == [line.issue.code for line in errors]

    # Kiểm tra gói… on the zip, then on a folder with a changed file.
    verify = demo_window.open_package_verify()
    verify.path_edit.setText(dialog.result_package.zip)
    assert verify.start_check()
    qtbot.waitUntil(lambda: verify.result_of_check is not None, timeout=30_000)
    assert "hợp lệ" in verify.result_label.text() and "KHÔNG" not in verify.result_label.text()
    xlsx = folder / "SoLieu_PhuLuc_2026.xlsx"
    data = bytearray(xlsx.read_bytes())
    data[len(data) // 2] ^= 0xFF
    xlsx.write_bytes(bytes(data))
    verify.result_of_check = None
    verify.path_edit.setText(str(folder))
    verify.start_check()
    qtbot.waitUntil(lambda: verify.result_of_check is not None, timeout=30_000)
    assert "KHÔNG hợp lệ" in verify.result_label.text()
    assert verify.problem_list.item(0).text().startswith("SoLieu_PhuLuc_2026.xlsx: nội dung bị thay đổi")
    verify.resize(1366, 768)
    verify.grab().save(str(tmp_path / "package-verify.png"))


def test_a_read_only_drive_and_a_cancel_leave_nothing_and_the_dialog_keeps_working(
        demo_window: Any, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = export_dialog(demo_window, qtbot)
    dialog.confirm_all()
    target = tmp_path / "ro"
    target.mkdir()
    with read_only(target):
        dialog.target_edit.setText(str(target))
        dialog.start_export()
        qtbot.waitUntil(lambda: dialog.progress_dialog is None, timeout=60_000)
        assert "không ghi được" in dialog.status_label.text().lower() or "chỉ đọc" in dialog.status_label.text()
        assert "Chưa ghi gì" in dialog.status_label.text() and TEMP_PREFIX not in dialog.status_label.text()
        assert str(target) in dialog.status_label.text()
        assert list(target.iterdir()) == []
    assert dialog.export_button.isEnabled()  # the dialog (and the app) keep working

    usb = tmp_path / "usb"
    usb.mkdir()
    dialog.target_edit.setText(str(usb))
    dialog.start_export()
    from PySide6.QtWidgets import QPushButton

    dialog.progress_dialog.findChild(QPushButton).click()  # Hủy
    qtbot.waitUntil(lambda: dialog.progress_dialog is None, timeout=60_000)
    assert "Đã hủy" in dialog.status_label.text()
    assert not any(p.name.startswith(("BaoCao", TEMP_PREFIX)) for p in usb.iterdir())


def test_the_file_menu_opens_the_dialogs_and_view_opens_the_records(demo_window: Any, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert demo_window.package_export_action.isEnabled()
    names = [a.objectName() for a in demo_window.file_menu.actions()]
    assert "package_export_action" in names and "package_verify_action" in names
    demo_window.package_export_action.trigger()
    from isodesk.ui.dialogs.package_dialogs import PackageExportDialog

    dialog = demo_window.findChild(PackageExportDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.readiness is not None, timeout=30_000)
    # Without the report (not on this branch yet) the error cannot be confirmed: no export.
    missing = [line for line in dialog.lines if line.issue.code == "package_report_missing"]
    if missing:
        assert not missing[0].confirm_box.isEnabled()
        dialog.confirm_all()
        dialog.target_edit.setText("/tmp")
        assert not dialog.export_button.isEnabled()
    line = next(line for line in dialog.lines if line.issue.target == "risks.register")
    line.view_button.click()
    assert not dialog.isVisible()
    assert demo_window.stack.currentWidget() is demo_window.screen("risks")
