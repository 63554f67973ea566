"""Issue 12 item 12: restore from a backup — same schema, older schema, refusals that change nothing,
the automatic backup of the current state, and ``isodesk restore`` in a subprocess."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from contextlib import closing
from datetime import datetime
from pathlib import Path

import pytest

from isodesk.domain.core import Department, IssuedDocType, IssuedDocument
from isodesk.domain.errors import DomainError
from isodesk.services.registry import files_dir_for, open_services
from isodesk.storage.migrate import SCHEMA_HEAD

FIXTURES = Path(__file__).parents[1] / "storage" / "fixtures"
ROOT = Path(__file__).resolve().parents[2]


def _counts(db: Path) -> dict[str, int]:
    with closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as con:
        names = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table' "
                                           "AND name NOT LIKE 'sqlite_%'")]
        return {n: con.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}


def _stored_hashes(services) -> dict[str, str]:
    """sha256 recorded in the database → sha256 of the stored file's bytes."""
    with closing(sqlite3.connect(f"file:{services.db_path}?mode=ro", uri=True)) as con:
        shas = [r[0] for r in con.execute("SELECT sha256 FROM attachment ORDER BY id")]
    return {sha: hashlib.sha256(services.attachments.store.path_for(sha).read_bytes()).hexdigest() for sha in shas}


def _state(services) -> tuple[bytes, list[str]]:
    """The database bytes after folding the WAL in, and the files of the attachments folder."""
    services.close()
    with closing(sqlite3.connect(services.db_path)) as con:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    folder = files_dir_for(services.db_path)
    return services.db_path.read_bytes(), sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def _fill(services, tmp_path: Path) -> IssuedDocument:
    services.agency.save_department(Department(None, "Văn phòng", "VP"))
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4 the signed scan")
    return services.register.save(IssuedDocument(None, IssuedDocType.PLAN, "UBND", None, "KH-UBND", None,
                                                  "Kế hoạch duy trì"), files=[(scan, "scan")])


def test_same_schema_backup_is_listed_and_restored_with_counts_and_files(services, tmp_path: Path) -> None:
    _fill(services, tmp_path)
    backup = services.backups.backup_now("manual", now=datetime(2026, 3, 2, 8, 0))
    expected_counts = _counts(backup.path)
    expected_hashes = _stored_hashes(services)
    # Work after the backup: a second department and another attached file.
    services.agency.save_department(Department(None, "Phòng Tư pháp", "TP"))
    other = tmp_path / "other.pdf"
    other.write_bytes(b"another scan")
    services.register.save(IssuedDocument(None, IssuedDocType.PLAN, "UBND", None, "KH-UBND", None, "Kế hoạch 2"),
                           files=[(other, "scan")])

    listed = services.restore.list_backups()
    assert [b.path for b in listed] == [backup.path]
    summary = listed[0]
    assert summary.verified and summary.revision == SCHEMA_HEAD and not summary.older_schema
    assert summary.counts["department"] == 1 and summary.counts["issued_document"] == 1
    assert summary.reason == "manual" and summary.taken_at == datetime(2026, 3, 2, 8, 0)

    result = services.restore.restore(backup.path)

    assert not result.upgraded and not result.missing_files and not result.modified_files
    restored = _counts(services.db_path)
    assert restored == expected_counts
    assert _stored_hashes(services) == {sha: sha for sha in expected_hashes} == expected_hashes
    # The services go on working on the restored file.
    assert [d.name for d in services.agency.departments()] == ["Văn phòng"]
    # The state before the restore was backed up automatically and holds the later work.
    safety = result.safety_backup
    assert safety.is_file() and "before_restore" in safety.name
    assert _counts(safety)["department"] == 2
    # Restoring never deletes attachment files (the store is content-addressed).
    assert (files_dir_for(services.db_path)).joinpath(*_stored_path(services, b"another scan")).is_file()


def _stored_path(services, content: bytes) -> tuple[str, str]:
    sha = hashlib.sha256(content).hexdigest()
    return sha[:2], sha


def test_older_schema_backup_is_upgraded_on_restore(services, tmp_path: Path) -> None:
    backups = services.backups.folder
    backups.mkdir()
    old = backups / "isodesk-20250105-090000-daily.db"
    shutil.copyfile(FIXTURES / "schema_0004_demo.sqlite", old)
    old_bytes = old.read_bytes()
    # A manifest makes it a listed backup (the fixture stands for a copy taken by an older isodesk).
    old.with_name(old.name + ".manifest.json").write_text('{"counts": {}, "attachments": []}', encoding="utf-8")
    fixture_counts = _counts(old)

    summary = services.restore.list_backups()[0]
    assert summary.path == old and summary.verified and summary.older_schema
    assert summary.revision == "0004_draft_texts"
    assert summary.agency_name == "Ủy ban nhân dân xã Sơn Lâm (dữ liệu mẫu)"
    assert summary.missing_files == ("tai-lieu.pdf",)  # its attachment is not in this data folder
    assert old.read_bytes() == old_bytes  # listing read it without writing
    assert not Path(f"{old}-wal").exists() and not Path(f"{old}-shm").exists()

    result = services.restore.restore(old)

    assert result.upgraded and result.revision == "0004_draft_texts"
    restored = _counts(services.db_path)
    for table in ("issued_document", "internal_document", "record_entry", "external_document", "tthc", "person",
                  "department", "attachment"):
        assert restored[table] == fixture_counts[table], table
    with closing(sqlite3.connect(f"file:{services.db_path}?mode=ro", uri=True)) as con:
        assert con.execute("SELECT version_num FROM alembic_version").fetchone() == (SCHEMA_HEAD,)
    # The fixture's attachment file is not in this data folder: reported, not hidden.
    assert result.missing_files == ["tai-lieu.pdf"]
    assert old.read_bytes() == old_bytes  # the chosen backup itself is never written to
    assert not list(services.db_path.parent.glob(".*partial*"))
    assert not list(services.db_path.parent.glob("*.bak"))
    assert services.agency.departments()  # the services read the upgraded data


@pytest.mark.parametrize("content,code", [
    (b"this is not a database at all" * 100, "backup_damaged"),
    ("tampered", "backup_damaged"),
    ("foreign", "backup_not_isodesk"),
    ("newer", "backup_too_new"),
])
def test_an_unusable_backup_is_refused_and_nothing_changes(services, tmp_path: Path, content, code) -> None:
    _fill(services, tmp_path)
    good = services.backups.backup_now("manual", now=datetime(2026, 3, 2, 8, 0))
    bad = good.path.with_name("isodesk-20260303-080000-manual.db")
    if isinstance(content, bytes):
        bad.write_bytes(content)
    elif content == "tampered":
        data = bytearray(good.path.read_bytes())
        for offset in range(4096 + 100, len(data), 4096):  # scribble over every page but the first
            data[offset:offset + 64] = b"\xff" * 64
        bad.write_bytes(bytes(data))
    elif content == "foreign":
        with closing(sqlite3.connect(bad)) as con:
            con.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
            con.commit()
    else:
        shutil.copyfile(good.path, bad)
        with closing(sqlite3.connect(bad)) as con:
            con.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
            con.commit()
    bad.with_name(bad.name + ".manifest.json").write_text("{}", encoding="utf-8")
    before = sorted(p.name for p in services.backups.folder.iterdir())
    bad_bytes = bad.read_bytes()
    listed = {b.path: b for b in services.restore.list_backups()}
    assert not listed[bad].verified and listed[good.path].verified
    state = _state(services)

    with pytest.raises(DomainError) as refused:
        services.restore.restore(bad)

    assert refused.value.code == code
    assert _state(services) == state
    assert sorted(p.name for p in services.backups.folder.iterdir()) == before  # no backup taken either
    assert bad.read_bytes() == bad_bytes


def test_no_restore_when_the_current_state_cannot_be_backed_up(services, tmp_path: Path) -> None:
    _fill(services, tmp_path)
    good = services.backups.backup_now("manual", now=datetime(2026, 3, 2, 8, 0))
    services.agency.save_department(Department(None, "Phòng Tư pháp", "TP"))
    chosen = shutil.copyfile(good.path, tmp_path / "chosen.db")
    # The backup folder is taken by a file of the same name: the automatic pre-restore backup fails.
    shutil.rmtree(services.backups.folder)
    services.backups.folder.write_bytes(b"not a folder")
    state = _state(services)
    with pytest.raises(DomainError) as refused:
        services.restore.restore(chosen)
    assert refused.value.code == "backup_before_failed"
    assert _state(services) == state
    assert not list(services.db_path.parent.glob(".*partial*"))


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([sys.executable, "-m", "isodesk", "restore", *args], capture_output=True, text=True,
                          encoding="utf-8", cwd=ROOT, env=env, timeout=120)


def test_cli_lists_restores_and_refuses(tmp_path: Path, database_template) -> None:
    db = database_template.copy_to(tmp_path / "isodesk.db")
    services = open_services(db)
    _fill(services, tmp_path)
    good = services.backups.backup_now("manual", now=datetime(2026, 3, 2, 8, 0))
    services.agency.save_department(Department(None, "Phòng Tư pháp", "TP"))
    services.close()

    listing = _cli("--db", str(db), "--list")
    assert listing.returncode == 0, listing.stderr
    assert "02/03/2026 08:00:00" in listing.stdout and "tự tạo" in listing.stdout
    assert "1 phòng ban" in listing.stdout and "1 văn bản đi" in listing.stdout and str(good.path) in listing.stdout

    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"nope" * 1000)
    refused = _cli("--db", str(db), "--from", str(garbage))
    assert refused.returncode == 1
    assert "bị hỏng" in refused.stderr and "Không có gì bị thay đổi" in refused.stderr
    assert _counts(db)["department"] == 2

    restored = _cli("--db", str(db), "--from", str(good.path))
    assert restored.returncode == 0, restored.stderr
    assert "Đã khôi phục" in restored.stdout and "before_restore" in restored.stdout
    assert _counts(db)["department"] == 1

    missing = _cli("--db", str(tmp_path / "none.db"), "--list")
    assert missing.returncode == 2 and "Không tìm thấy tệp dữ liệu" in missing.stderr
    assert not (tmp_path / "none.db").exists()


def test_backups_of_the_second_folder_are_listed_once_and_restorable(services, tmp_path: Path) -> None:
    _fill(services, tmp_path)
    usb = tmp_path / "usb"
    usb.mkdir()
    services.backups.set_second_folder(usb)
    first = services.backups.backup_now("manual", now=datetime(2026, 3, 2, 8, 0))
    assert first.second_copy is not None and first.second_copy.is_file()
    assert [(b.path, b.in_second_folder) for b in services.restore.list_backups()] == [(first.path, False)]
    # The data folder's copy is lost (the disk failed): the copy on the second folder remains.
    first.path.unlink()
    first.manifest.unlink()
    listed = services.restore.list_backups()
    assert [(b.path, b.in_second_folder) for b in listed] == [(first.second_copy, True)]
    services.agency.save_department(Department(None, "Phòng Tư pháp", "TP"))
    services.restore.restore(first.second_copy)
    assert [d.name for d in services.agency.departments()] == ["Văn phòng"]


def test_the_pre_restore_backup_survives_later_backups_of_the_same_day(services, tmp_path: Path) -> None:
    _fill(services, tmp_path)
    chosen = services.backups.backup_now("manual", now=datetime(2026, 3, 1, 8, 0))
    result = services.restore.restore(chosen.path)
    # Later the same day an import backs up again: the rotation keeps one copy per day, but the undo of
    # the restore stays.
    later = services.backups.backup_now("before_import", now=datetime.now().replace(hour=23, minute=59, second=59))
    names = {b.path for b in services.backups.list_backups()}
    assert result.safety_backup in names and later.path in names
