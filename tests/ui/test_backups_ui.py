"""Issue 12 item 11 in the window: the day's first backup runs in the background at start, the status
bar says when the last good backup was taken, Cài đặt → Sao lưu sets a second folder and backs up now,
every Excel import is preceded by a verified backup, and the home screen warns after 7 days without one."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtWidgets import QLabel

from tests.ui.test_external_documents_tab import _external_workbook, tab, world  # noqa: F401 - fixtures


def test_the_daily_backup_runs_in_the_background_and_the_status_bar_shows_it(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    status = window.backup_status
    assert status.label.isVisible() and status.label.text() == "Chưa có bản sao lưu"
    with qtbot.waitSignal(status.finished, timeout=30_000) as blocker:
        status.start_daily()
        assert status.running  # the window is not blocked while the copy is taken
    info = blocker.args[0]
    assert info.reason == "daily" and info.path.is_file()
    assert status.label.text() == f"Sao lưu gần nhất: {info.taken_at:%H:%M %d/%m/%Y}"
    with qtbot.waitSignal(status.finished, timeout=30_000) as again:
        status.start_daily()
    assert again.args[0] is None  # once a day


def test_settings_page_sets_a_second_folder_and_backs_up_now(window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window.navigate("settings")
    screen = window.screen("settings")
    screen.tabs.setCurrentWidget(screen.backup_page)
    page = screen.backup_page
    assert not page.set_second_folder(tmp_path / "missing")
    assert "Chưa thay đổi gì" in page.message_label.text() or "không" in page.message_label.text()
    usb = tmp_path / "usb"
    usb.mkdir()
    assert page.set_second_folder(usb)
    assert page.second_edit.text() == str(usb)
    info = page.back_up_now()
    assert info is not None and info.second_copy is not None and info.second_copy.is_file()
    assert page.message_label.text() == "Đã sao lưu và kiểm tra bản sao."
    assert page.last_label.text().startswith("Bản sao lưu tốt gần nhất:")
    assert window.backup_status.label.text().startswith("Sao lưu gần nhất:")
    window.resize(1366, 768)
    qtbot.wait(50)
    window.grab().save("/tmp/safety2-backup-settings.png")


def test_an_excel_import_is_preceded_by_a_verified_backup(tab, services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = _external_workbook(tmp_path / "ngoai.xlsx", [
        ["Thông tư hướng dẫn Luật Hộ tịch", "04/2020/TT-BTP", "28/05/2020", "Bộ Tư pháp", "16/07/2020",
         "Còn hiệu lực", "", "", "Hộ tịch"]])
    tab._ui.import_button.click()
    dialog = tab._dialog
    assert dialog.load_file(path) and dialog.do_import()
    backups = services.backups.list_backups()
    assert [b.reason for b in backups] == ["before_import"]
    assert backups[0].counts["external_document"] == 3  # the state before the import


def test_a_failed_backup_refuses_the_import(tab, services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = _external_workbook(tmp_path / "ngoai.xlsx", [
        ["Thông tư hướng dẫn Luật Hộ tịch", "04/2020/TT-BTP", "28/05/2020", "Bộ Tư pháp", "16/07/2020",
         "Còn hiệu lực", "", "", "Hộ tịch"]])
    services.backups.folder.write_bytes(b"not a folder")
    before = len(services.legal.search())
    tab._ui.import_button.click()
    dialog = tab._dialog
    assert dialog.load_file(path) and not dialog.do_import()
    assert len(services.legal.search()) == before
    assert "Chưa nhập" in dialog.ui.result_label.text() or "không" in dialog.ui.result_label.text()


def test_the_home_screen_warns_when_no_backup_succeeded_for_7_days(window, seeded_services) -> None:  # type: ignore[no-untyped-def]
    seeded_services.backups.backup_now("daily", now=datetime.now() - timedelta(days=9))
    window.navigate("home")
    window.data_changed.emit("backups")
    home = window.screen("home")
    home.refresh() if hasattr(home, "refresh") else None
    texts = [label.text() for label in home.findChildren(QLabel)]
    assert any("sao lưu" in text.lower() and "7" in text for text in texts), texts
