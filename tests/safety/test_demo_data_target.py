"""``isodesk demo-data`` never destroys real data (issue "Nothing lost, ever", defect 1)."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from isodesk.app import main
from isodesk.demo.data import DemoTarget, DemoTargetTaken, generate_demo, inspect_demo_target


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _tree(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): _digest(p) for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def real_register(tmp_path: Path, database_template) -> Path:  # type: ignore[no-untyped-def]
    """A real register: an isodesk database with an agency, a -wal beside it and an attachments folder."""
    from isodesk.domain import core as d
    from isodesk.services.registry import open_services

    db = database_template.copy_to(tmp_path / "real" / "isodesk.db")
    services = open_services(db)
    department = services.agency.save_department(d.Department(None, "Văn phòng", "VP"))
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4 real scan")
    services.attachments.attach("department", department.id, scan)
    # Keep the connection open while the test runs the command, so the -wal is really there.
    yield db
    services.close()


def test_demo_data_refuses_a_real_register_and_changes_nothing(real_register: Path, capsys) -> None:
    folder = real_register.parent
    before = _tree(folder)
    assert any(name.endswith("-wal") for name in before)
    assert main(["demo-data", "--db", str(real_register)]) == 2
    err = capsys.readouterr().err
    assert "đã có dữ liệu khác" in err and "--force" in err
    assert _tree(folder) == before


@pytest.mark.parametrize("content", [b"PK\x03\x04 a Word document", b"", b"SQLite format 3\x00" + b"\x00" * 100])
def test_demo_data_refuses_any_other_file(tmp_path: Path, content: bytes) -> None:
    target = tmp_path / "bao-cao.docx"
    target.write_bytes(content)
    with pytest.raises(DemoTargetTaken):
        generate_demo(target)
    assert target.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bao-cao.docx"]


def test_another_programs_sqlite_file_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "other.db"
    with sqlite3.connect(target) as connection:
        connection.execute("CREATE TABLE app_setting (key TEXT, value TEXT)")
        connection.execute("INSERT INTO app_setting VALUES ('x', 'y')")
    before = _digest(target)
    assert inspect_demo_target(target) is DemoTarget.OTHER
    with pytest.raises(DemoTargetTaken):
        generate_demo(target)
    assert _digest(target) == before


def test_an_attachments_folder_without_its_database_is_refused(tmp_path: Path) -> None:
    (tmp_path / "isodesk-files").mkdir()
    (tmp_path / "isodesk-files" / "ab").write_bytes(b"evidence")
    assert inspect_demo_target(tmp_path / "isodesk.db") is DemoTarget.OTHER


def test_a_folder_is_refused(tmp_path: Path) -> None:
    (tmp_path / "x.db").mkdir()
    assert inspect_demo_target(tmp_path / "x.db") is DemoTarget.OTHER


def test_demo_data_replaces_its_own_demo(tmp_path: Path) -> None:
    target = tmp_path / "demo.db"
    generate_demo(target, today=date(2026, 11, 22))
    assert inspect_demo_target(target) is DemoTarget.DEMO
    generate_demo(target, seed=7, today=date(2026, 11, 22))
    assert inspect_demo_target(target) is DemoTarget.DEMO
    # No temporary database, side file or set-aside copy is left behind.
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names in (["demo-files", "demo.db"], ["demo.db"])


def test_force_keeps_the_old_data_renamed_aside(real_register: Path, capsys) -> None:
    folder = real_register.parent
    before = _tree(folder)
    assert main(["demo-data", "--db", str(real_register), "--force"]) == 0
    assert "truoc-demo" in capsys.readouterr().out
    assert inspect_demo_target(real_register) is DemoTarget.DEMO
    aside = [p for p in folder.iterdir() if ".truoc-demo-" in p.name]
    kept = {}
    for p in aside:
        original = p.name.split(".truoc-demo-")[0]
        if p.is_dir():
            kept.update({f"{original}/{k}": v for k, v in _tree(p).items()})
        else:
            kept[original] = _digest(p)
    # Every byte of the real register is still there, under its set-aside name.
    assert kept == before


def test_a_killed_demo_run_leaves_nothing_under_the_final_name(tmp_path: Path) -> None:
    target = tmp_path / "demo.db"
    code = ("import os, signal, sys\n"
            "import isodesk.demo.data as m\n"
            "original = m.fill_demo\n"
            "def fill(services, *a, **k):\n"
            "    original(services, *a, **k)\n"
            "    os.kill(os.getpid(), signal.SIGKILL)\n"
            "m.fill_demo = fill\n"
            f"m.generate_demo({str(target)!r})\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=300)
    assert result.returncode != 0
    assert not target.exists()
    assert inspect_demo_target(target) is DemoTarget.MISSING
    # The next run cleans the half-built temporary database of the same process id or leaves it hidden.
    generate_demo(target, today=date(2026, 11, 22))
    assert inspect_demo_target(target) is DemoTarget.DEMO


def test_gui_demo_regenerates_a_broken_demo_file(tmp_path: Path, monkeypatch) -> None:
    from isodesk.app import prepare_demo

    target = tmp_path / "demo" / "isodesk-demo.db"
    target.parent.mkdir()
    target.write_bytes(b"half written")
    os.utime(target)  # from today: the old rule would have reused it
    prepare_demo(target)
    assert inspect_demo_target(target) is DemoTarget.DEMO
    assert any(".truoc-demo-" in p.name for p in target.parent.iterdir())
