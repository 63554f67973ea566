"""Issue 12 item 15 (app): Cài đặt → Lịch sử thay đổi names, in a red banner, the first entry of the change
history altered outside isodesk; an intact history shows no banner. The page checks the whole history when it is built and on Tải lại,
and only the new entries when a save reloads it."""

from __future__ import annotations

import sqlite3
from typing import Any


def test_the_history_page_names_the_first_entry_changed_outside_isodesk(window: Any, seeded_services: Any) -> None:
    screen = window.navigate("settings.history")
    assert screen is not None
    assert not screen.history_tamper_banner.isVisible()

    db = seeded_services.db_path
    con = sqlite3.connect(db, isolation_level=None)
    target = con.execute("SELECT id, at FROM change_log WHERE entity = 'person' ORDER BY id").fetchone()
    con.execute("UPDATE change_log SET actor = 'Người lạ' WHERE id = ?", (target[0],))
    con.close()

    screen.history_reload_button.click()  # Tải lại: the whole history is checked again
    banner = screen.history_tamper_banner
    assert banner.isVisible()
    text = banner.text()
    assert text.startswith("Lịch sử thay đổi đã bị sửa ngoài isodesk")
    when = target[1][8:10] + "/" + target[1][5:7] + "/" + target[1][:4]
    assert f"mục #{target[0]} ngày {when}" in text and "Cán bộ" in text and "bị sửa" in text
    window.grab().save("/tmp/safety3-history-banner.png")
