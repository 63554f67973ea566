"""Issue 12 item 11 (service part): verified daily backups kept in a 7 daily / 12 monthly / yearly rotation."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from datetime import datetime, timedelta
from pathlib import Path

from isodesk.domain.backup import backups_to_keep
from isodesk.domain.core import Department, IssuedDocType, IssuedDocument
from isodesk.storage.backup import verify_copy


def test_backup_is_a_verified_consistent_copy_with_a_manifest(services, tmp_path: Path) -> None:
    services.agency.save_department(Department(None, "Văn phòng", "VP"))
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"scan")
    doc = services.register.save(IssuedDocument(None, IssuedDocType.PLAN, "UBND", None, "KH-UBND", None, "Kế hoạch"),
                                 files=[(scan, "scan")])
    info = services.backups.backup_now("before_import")
    assert info.path.parent == services.db_path.with_name("isodesk-backups")
    assert info.counts["department"] == 1 and info.counts["issued_document"] == 1
    assert verify_copy(info.path, info.counts) == info.counts
    with closing(sqlite3.connect(f"file:{info.path}?mode=ro", uri=True)) as con:
        assert con.execute("PRAGMA journal_mode").fetchone() == ("delete",)
        assert con.execute("SELECT name FROM department").fetchone() == ("Văn phòng",)
    manifest = json.loads(info.manifest.read_text(encoding="utf-8"))
    assert [a["sha256"] for a in manifest["attachments"]] == [doc.files[0].sha256]
    assert sorted(p.name for p in info.path.parent.iterdir()) == [info.path.name, info.manifest.name]
    assert services.backups.last_good_backup().path == info.path


def test_daily_backup_only_once_a_day(services) -> None:
    morning = datetime(2026, 3, 2, 8, 0)
    first = services.backups.daily_backup_if_due(now=morning)
    assert first is not None
    assert services.backups.daily_backup_if_due(now=morning + timedelta(hours=3)) is None
    assert services.backups.daily_backup_if_due(now=morning + timedelta(days=1)) is not None


def test_rotation_keeps_7_daily_12_monthly_and_every_year(services) -> None:
    start = datetime(2023, 1, 1, 9, 0)
    for day in range(0, 3 * 365, 9):
        services.backups.backup_now("daily", now=start + timedelta(days=day))
    kept = [b.taken_at for b in services.backups.list_backups()]
    newest = max(kept)
    assert newest == start + timedelta(days=(3 * 365 - 1) // 9 * 9)
    assert len({k.date() for k in kept if newest - k < timedelta(days=63)}) >= 7
    assert {k.year for k in kept} == {2023, 2024, 2025}
    assert len(kept) == len(backups_to_keep(kept))
    assert len(kept) <= 7 + 12 + 3


def test_rotation_rule() -> None:
    moments = [datetime(2025, 1, 1) + timedelta(days=d) for d in range(400)]
    keep = backups_to_keep(moments)
    last = moments[-1]
    assert {last - timedelta(days=d) for d in range(7)} <= keep
    assert len({(k.year, k.month) for k in keep}) >= 12
    assert moments[0] in keep or any(k.year == 2025 for k in keep)
    assert len(keep) <= 7 + 12 + 2


def test_backup_without_room_leaves_nothing_and_changes_nothing(tmp_path: Path) -> None:
    import shutil
    import subprocess
    import sys
    import textwrap

    db = tmp_path / "isodesk.db"
    shutil.copyfile(Path(__file__).parents[1] / "storage" / "fixtures" / "schema_0004_demo.sqlite", db)
    from isodesk.services.registry import open_services

    open_services(db).close()  # upgrade first (its own .bak is not what this test is about)
    for bak in tmp_path.glob("*.bak"):
        bak.unlink()
    before = db.read_bytes()
    script = textwrap.dedent(f"""
        import resource, signal
        from pathlib import Path
        from isodesk.domain.errors import BackupNoRoomError
        from isodesk.services.registry import open_services
        services = open_services(Path({str(db)!r}))
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, ({len(before) // 2}, {len(before) // 2}))
        try:
            services.backups.backup_now("daily")
        except BackupNoRoomError:
            print("backup_no_room")
        services.close()
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.stdout.strip() == "backup_no_room", done.stderr
    assert db.read_bytes() == before
    backups = tmp_path / "isodesk-backups"
    assert not backups.exists() or list(backups.iterdir()) == []
