"""Issue 12 item 12 (app): Tệp → Khôi phục từ bản sao lưu… lists the backups, shows what one holds,
asks, restores (after an automatic backup) and the window shows the restored data."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from isodesk.domain import core as d


def _people(window) -> list[str]:  # type: ignore[no-untyped-def]
    combo = window.actor_combo
    return [combo.itemText(i) for i in range(combo.count())]


def test_restore_dialog_restores_and_the_window_shows_the_restored_data(window, seeded_services, qtbot) -> None:  # type: ignore[no-untyped-def]
    services = seeded_services
    backup = services.backups.backup_now("manual", now=datetime(2026, 3, 2, 8, 0))
    services.agency.save_person(d.Person(None, "Lê Thị Mới", "Công chức Văn phòng - Thống kê"))
    window.refresh_actors()
    assert "Lê Thị Mới" in _people(window)
    window.navigate("settings")

    action = window.restore_action
    assert action.isEnabled() and action in window.file_menu.actions()
    dialog = window.open_restore()
    qtbot.waitUntil(dialog.isVisible)
    table = dialog.ui.backup_table
    assert table.rowCount() == 1
    assert table.item(0, 0).text() == "02/03/2026 08:00"
    assert table.item(0, 1).text() == "tạo thủ công"
    assert table.item(0, 2).text() == services.agency.profile_on().name
    assert "3 cán bộ" in table.item(0, 3).text()
    assert table.item(0, 4).text() == "tốt"
    details = dialog.ui.details_text.toPlainText()
    assert "Cơ quan: " + services.agency.profile_on().name in details and str(backup.path) in details
    assert "sao lưu tự động" in dialog.ui.confirm_label.text()
    dialog.resize(1366, 768)
    dialog.grab().save("/tmp/restore-dialog.png")

    box = dialog.confirm_restore()
    assert isinstance(box, QMessageBox) and "02/03/2026 08:00" in box.text()
    with qtbot.waitSignal(dialog.restored, timeout=20000) as restored:
        box.button(QMessageBox.StandardButton.Yes).click()
    result = restored.args[0]
    assert result.restored_from == backup.path and result.safety_backup.is_file()

    # The window was rebuilt on the restored data: the person added after the backup is gone.
    assert "Lê Thị Mới" not in _people(window)
    assert window.screen("settings") is not None or window.screen("home") is not None
    assert "before_restore" in window.statusBar().currentMessage()
    names = [p.full_name for p in services.agency.people()]
    assert "Lê Thị Mới" not in names and len(names) == 3
    # The backup taken before the restore holds the person.
    summaries = {b.path: b for b in services.restore.list_backups()}
    assert summaries[result.safety_backup].counts["person"] == 4


def test_restore_dialog_shows_an_unusable_backup_and_offers_no_restore(window, seeded_services, qtbot) -> None:  # type: ignore[no-untyped-def]
    folder: Path = seeded_services.backups.folder
    folder.mkdir(parents=True, exist_ok=True)
    bad = folder / "isodesk-20260301-080000-daily.db"
    bad.write_bytes(b"garbage" * 500)
    bad.with_name(bad.name + ".manifest.json").write_text("{}", encoding="utf-8")
    dialog = window.open_restore()
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.ui.backup_table.rowCount() == 1
    dialog.select(0)
    assert "bị hỏng" in dialog.ui.backup_table.item(0, 4).text()
    assert not dialog.restore_button.isEnabled()
    assert "không khôi phục được" in dialog.ui.details_text.toPlainText()
    assert dialog.confirm_restore() is None
    dialog.reject()
