"""Issue 12 item 6: every storage failure has its own true Vietnamese message, with no SQL inside."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from isodesk.domain import errors as e
from isodesk.services.registry import open_services
from isodesk.storage import database_file
from isodesk.ui.errors import error_text

CASES = {
    e.DatabaseLockedError: "đang được một chương trình khác",
    e.NotIsodeskDatabaseError: "không phải là tệp dữ liệu isodesk",
    e.DatabaseDamagedError: "bị hỏng",
    e.DatabaseReadOnlyError: "đang ở chế độ chỉ đọc",
    e.DatabaseFolderReadOnlyError: "Không ghi được vào thư mục",
    e.NewDatabaseFolderReadOnlyError: "Không tạo được tệp dữ liệu mới",
    e.StorageDiskFullError: "đã đầy",
    e.BackupNoRoomError: "không đủ chỗ trống",
}


@pytest.mark.parametrize("error_class", list(CASES), ids=lambda c: c.__name__)
def test_each_storage_error_has_its_own_vietnamese_message(ui_env, error_class: type[e.StorageError]) -> None:
    text = error_text(error_class("/du-lieu/isodesk.db"))
    assert CASES[error_class] in text
    assert "/du-lieu/isodesk.db" in text
    assert "{" not in text
    others = [CASES[c] for c in CASES if c is not error_class]
    assert not any(other in text for other in others)


def test_newer_isodesk_is_still_named_as_such(ui_env) -> None:  # type: ignore[no-untyped-def]
    assert "0099_future" in error_text(e.DatabaseTooNewError("0099_future"))


def test_a_locked_database_says_so_without_sql(ui_env, tmp_path: Path,  # type: ignore[no-untyped-def]
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(database_file, "BUSY_TIMEOUT_S", 0.2)
    services = open_services(tmp_path / "isodesk.db")
    locker = sqlite3.connect(tmp_path / "isodesk.db", isolation_level=None)
    locker.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(e.StorageError) as info:
            services.settings.set("k", "v")
    finally:
        locker.execute("ROLLBACK")
        locker.close()
        services.close()
    text = error_text(info.value)
    assert "chương trình khác" in text
    for internal in ("INSERT", "UPDATE", "app_setting", "sqlalche.me", "[SQL", "parameters"):
        assert internal not in text


def test_date_and_character_problems_read_in_vietnamese(ui_env) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from isodesk.domain.inputs import input_problems

    text = error_text(e.ValidationError(input_problems(effective_date=date(9999, 12, 31), title="a\ud800")),
                      {"effective_date": "Ngày hiệu lực", "title": "Tên tài liệu"})
    assert "Ngày hiệu lực: ngày 31/12/9999 không hợp lý" in text
    assert "01/01/1945" in text and "31/12/2100" in text
    assert "Tên tài liệu: có ký tự lỗi" in text
