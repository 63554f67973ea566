"""Issue 12 item 13: Tệp → Mở tệp dữ liệu… switches the window to another data file without a restart,
and a locked, damaged or newer file gives a clear choice while the window keeps working on the first."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from isodesk.storage import database_file


def _agency_of(path: Path) -> str:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as con:
        return str(con.execute("SELECT name FROM agency_version ORDER BY valid_from DESC, id DESC").fetchone()[0])


def _still_works_on(window: Any, path: Path, agency: str) -> None:
    assert window.services.db_path == path.resolve()
    assert window.agency_label.text() == agency
    assert window.navigate("documents") is not None
    assert window.services.agency.profile_on().name == agency


def _buttons(box: QMessageBox) -> dict[str, str]:
    return {b.objectName(): b.text() for b in box.buttons()}


def test_open_a_second_database_switches_the_window(window, seeded_services, demo_copy, qtbot) -> None:  # type: ignore[no-untyped-def]
    first = seeded_services.db_path
    first_agency = window.agency_label.text()
    window.navigate("documents")
    assert window.open_action.shortcut().toString() == "Ctrl+O"

    assert window.open_data_file(demo_copy) is None
    demo_agency = _agency_of(demo_copy)
    assert demo_agency != first_agency
    assert window.agency_label.text() == demo_agency
    assert window.services.db_path == demo_copy.resolve()
    # Screens were dropped and rebuilt for the new file; the demo file opens on its own last screen (home).
    assert window.screen("documents") is None and window.stack.currentWidget() is window.screen("home")
    years = [window.year_combo.itemData(i) for i in range(window.year_combo.count())]
    assert years == [y.year for y in window.services.years.years()]
    # The first file was closed cleanly: no -wal left, and another program may lock it at once.
    assert not Path(f"{first}-wal").exists()
    con = sqlite3.connect(first, timeout=0.1, isolation_level=None)
    con.execute("BEGIN EXCLUSIVE")
    con.execute("ROLLBACK")
    con.close()

    # Both files are in Tệp → Tệp dữ liệu gần đây; the first one opens from there, on its remembered screen.
    window.fill_recent_menu()
    actions = {a.data(): a for a in window.recent_menu.actions() if a.data()}
    assert set(actions) == {str(first), str(demo_copy.resolve())}
    assert not actions[str(demo_copy.resolve())].isEnabled()  # open now
    actions[str(first)].trigger()
    assert window.services.db_path == first and window.agency_label.text() == first_agency
    assert window.stack.currentWidget() is window.screen("documents")
    window.grab().save("/tmp/safety3-open-file.png")


def test_a_missing_recent_file_is_greyed_with_a_note_and_can_be_removed(window, demo_copy, tmp_path) -> None:  # type: ignore[no-untyped-def]
    gone = tmp_path / "gone" / "isodesk.db"
    window._settings.add_recent_file(gone)
    window.fill_recent_menu()
    entry = next(a for a in window.recent_menu.actions() if a.data() == str(gone))
    assert not entry.isEnabled() and "không tìm thấy" in entry.text()
    forget = next(a for a in window.recent_menu.actions() if a.objectName() == "forget_missing_action")
    forget.trigger()
    assert str(gone) not in window._settings.recent_files()


def test_a_locked_file_offers_to_try_again(window, seeded_services, demo_copy, monkeypatch, qtbot) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(database_file, "BUSY_TIMEOUT_S", 0.2)
    with sqlite3.connect(demo_copy, isolation_level=None) as con:
        con.execute("PRAGMA journal_mode=DELETE")  # a rollback journal: a writer's lock keeps readers out too
    first_agency = window.agency_label.text()
    locker = sqlite3.connect(demo_copy, isolation_level=None)
    locker.execute("BEGIN EXCLUSIVE")
    try:
        box = window.open_data_file(demo_copy)
        assert isinstance(box, QMessageBox)
        assert "đang được một chương trình khác" in box.text()
        assert "vẫn đang mở" in box.text()
        assert _buttons(box) == {"stay_button": "Ở lại tệp hiện tại", "retry_button": "Thử lại"}
        assert box.defaultButton().objectName() == "stay_button"
        _still_works_on(window, seeded_services.db_path, first_agency)
        box.grab().save("/tmp/safety3-open-locked.png")
    finally:
        locker.execute("ROLLBACK")
        locker.close()
    # The other program let go: "Thử lại" opens the file.
    next(b for b in box.buttons() if b.objectName() == "retry_button").click()
    qtbot.waitUntil(lambda: window.services.db_path == demo_copy.resolve(), timeout=10000)
    assert window.agency_label.text() == _agency_of(demo_copy)


def test_a_newer_version_file_is_refused_untouched(window, seeded_services, demo_copy) -> None:  # type: ignore[no-untyped-def]
    with sqlite3.connect(demo_copy, isolation_level=None) as con:
        con.execute("PRAGMA journal_mode=DELETE")
        con.execute("UPDATE alembic_version SET version_num = '0099_future'")
    before = demo_copy.read_bytes()
    first_agency = window.agency_label.text()
    box = window.open_data_file(demo_copy)
    assert isinstance(box, QMessageBox)
    assert "phiên bản isodesk mới hơn" in box.text() and "0099_future" in box.text()
    assert set(_buttons(box)) == {"stay_button"}
    assert demo_copy.read_bytes() == before
    assert not Path(f"{demo_copy}-wal").exists()
    next(iter(box.buttons())).click()
    _still_works_on(window, seeded_services.db_path, first_agency)


def _damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[100:4096] = bytes((i * 37 + 11) % 256 for i in range(3996))  # header kept: isodesk's file, unreadable
    path.write_bytes(bytes(data))


def test_a_damaged_file_offers_a_restore_from_its_backups(window, seeded_services, demo_copy, qtbot) -> None:  # type: ignore[no-untyped-def]
    from isodesk.services.registry import open_services
    from isodesk.ui.dialogs.restore_dialog import RestoreDialog

    other = open_services(demo_copy)
    backup = other.backups.backup_now("manual")
    other.close()
    _damage(demo_copy)
    damaged = demo_copy.read_bytes()
    first_agency = window.agency_label.text()
    box = window.open_data_file(demo_copy)
    assert isinstance(box, QMessageBox)
    assert "bị hỏng" in box.text()
    assert _buttons(box) == {"stay_button": "Ở lại tệp hiện tại", "restore_button": "Khôi phục từ bản sao lưu…"}
    _still_works_on(window, seeded_services.db_path, first_agency)
    assert demo_copy.read_bytes() == damaged

    next(b for b in box.buttons() if b.objectName() == "restore_button").click()
    qtbot.waitUntil(lambda: window.findChild(RestoreDialog) is not None)
    dialog = window.findChild(RestoreDialog)
    assert dialog.backups[0].path == backup.path and dialog.selected() is not None
    result = dialog.restore(dialog.selected())
    assert result is not None
    # The damaged file was kept byte for byte before the backup took its place; the window is on it now.
    assert result.safety_backup.read_bytes() == damaged
    assert window.services.db_path == demo_copy.resolve()
    assert window.agency_label.text() == _agency_of(demo_copy)


@pytest.mark.parametrize("content", [b"\x00garbage " * 500, b"PK\x03\x04 not a database at all"], ids=["garbage", "zip"])
def test_a_file_that_is_not_isodesk_data_is_never_modified(window, seeded_services, tmp_path, content) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "khac.db"
    path.write_bytes(content)
    first_agency = window.agency_label.text()
    box = window.open_data_file(path)
    assert isinstance(box, QMessageBox)
    assert "không phải là tệp dữ liệu isodesk" in box.text()
    assert set(_buttons(box)) == {"stay_button"}
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("khac")) == ["khac.db"]
    _still_works_on(window, seeded_services.db_path, first_agency)


def test_a_recent_file_gone_since_is_never_created_again(window, seeded_services, tmp_path) -> None:  # type: ignore[no-untyped-def]
    gone = tmp_path / "da-xoa" / "isodesk.db"
    window._settings.add_recent_file(gone)
    box = window.open_data_file(gone)
    assert isinstance(box, QMessageBox) and "không tìm thấy" in box.text().lower()
    assert not gone.exists() and not gone.parent.exists()
    assert str(gone) not in window._settings.recent_files()
    assert window.services is seeded_services


def test_an_empty_file_becomes_a_new_database_after_the_setup_wizard(window, seeded_services, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from isodesk.ui.dialogs.setup_wizard import SetupWizard

    empty = tmp_path / "moi.db"
    empty.write_bytes(b"")
    wizard = window.open_data_file(empty)
    assert isinstance(wizard, SetupWizard)
    assert window.services is seeded_services  # until the wizard is finished
    wizard.reject()  # cancelled: the current file stays open
    assert window.services is seeded_services and window.navigate("documents") is not None
