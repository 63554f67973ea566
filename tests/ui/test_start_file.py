"""Which data file a start without ``--db`` opens: the real file opened last, never the demo, and never a
missing file created empty in its place."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from isodesk.app import data_file_to_open


def test_the_file_opened_last_is_opened_again(tmp_path: Path) -> None:
    default, demo, other = tmp_path / "isodesk.db", tmp_path / "demo" / "isodesk-demo.db", tmp_path / "usb.db"
    other.write_bytes(b"x")
    demo.parent.mkdir()
    demo.write_bytes(b"x")
    assert data_file_to_open([], default, demo) == (default, None)
    assert data_file_to_open([str(other), str(default)], default, demo) == (other, None)
    # The demo is skipped: a look at the demo never makes the next start open it instead of the real data.
    assert data_file_to_open([str(demo), str(other)], default, demo) == (other, None)
    assert data_file_to_open([str(demo)], default, demo) == (default, None)


def test_a_missing_last_file_is_named_not_created(tmp_path: Path) -> None:
    default, demo, gone = tmp_path / "isodesk.db", tmp_path / "demo.db", tmp_path / "usb" / "gone.db"
    assert data_file_to_open([str(gone), str(default)], default, demo) == (default, gone)
    assert not gone.exists()


def test_a_start_without_db_reopens_the_last_file(tmp_path: Path, demo_copy: Path) -> None:
    """Two real starts: ``--db FILE`` once, then a plain start, which opens FILE again (its remembered
    overview is painted) and leaves the default data file uncreated."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ISODESK_DATA_DIR": str(tmp_path / "appdata"),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "ISODESK_LANGUAGE": "vi"}

    def start(*flags: str) -> str:
        result = subprocess.run([sys.executable, "-m", "isodesk", *flags, "--quit-after-paint"], capture_output=True,
                                text=True, encoding="utf-8", timeout=180, env=env)
        assert result.returncode == 0, result.stdout + result.stderr
        return result.stdout

    start("--db", str(demo_copy))
    assert "remembered overview" in start()  # the copy of the file opened last: that file was opened again
    assert not (tmp_path / "appdata" / "isodesk.db").exists()


def test_a_start_whose_last_file_is_gone_opens_the_usual_file(tmp_path: Path, demo_copy: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ISODESK_DATA_DIR": str(tmp_path / "appdata"),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "ISODESK_LANGUAGE": "vi"}
    for flags in (["--db", str(demo_copy)], []):
        result = subprocess.run([sys.executable, "-m", "isodesk", *flags, "--quit-after-paint"], capture_output=True,
                                text=True, encoding="utf-8", timeout=180, env=env)
        assert result.returncode == 0, result.stdout + result.stderr
        if flags:
            demo_copy.rename(tmp_path / "moved.db")  # the USB drive is removed
    assert not demo_copy.exists()  # never created empty where the last file was
    assert (tmp_path / "appdata" / "isodesk.db").exists()  # the usual file was opened instead


def test_the_window_says_which_file_was_missing(window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    gone = tmp_path / "usb" / "isodesk.db"
    box = window.note_missing_file(gone)
    assert box.text().startswith(f"Không tìm thấy tệp dữ liệu mở lần trước ({gone})")
    assert str(window.services.db_path) in box.text() and "Tệp → Mở tệp dữ liệu…" in box.text()
    assert not box.grab().isNull()
    box.close()
