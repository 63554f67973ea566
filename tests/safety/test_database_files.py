"""Issue 12 items 6, 7 and 10: what isodesk does with the file it is asked to open.

Only a missing or zero-byte file becomes a new database; other programs' SQLite files are refused
untouched; a newer isodesk's file is left byte-identical without -wal/-shm; each storage failure
(locked, read-only file, read-only folder, full disk, no room for the pre-upgrade backup) raises its
own StorageError and changes nothing.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import pytest

from isodesk.domain.errors import (
    BackupNoRoomError,
    DatabaseFolderReadOnlyError,
    DatabaseLockedError,
    DatabaseReadOnlyError,
    DatabaseTooNewError,
    NewDatabaseFolderReadOnlyError,
    NotIsodeskDatabaseError,
)
from isodesk.services.registry import open_services
from isodesk.storage import database_file
from isodesk.storage.database_file import ISODESK_APPLICATION_ID

FIXTURES = Path(__file__).parents[1] / "storage" / "fixtures"


def _side_files(db: Path) -> list[Path]:
    return [p for p in (Path(f"{db}-wal"), Path(f"{db}-shm"), Path(f"{db}-journal")) if p.exists()]


def _assert_refused_untouched(db: Path, error: type[Exception]) -> None:
    before = db.read_bytes()
    assert _side_files(db) == []
    with pytest.raises(error):
        open_services(db)
    assert db.read_bytes() == before
    assert _side_files(db) == []
    assert not list(db.parent.glob("*.bak"))
    assert not db.with_name(f"{db.stem}-files").exists()


def _new_isodesk_db(db: Path) -> None:
    open_services(db).close()


# ------------------------------------------------------------------ item 7: identification


def test_new_database_carries_isodesks_application_id(tmp_path: Path) -> None:
    db = tmp_path / "isodesk.db"
    _new_isodesk_db(db)
    with sqlite3.connect(db) as con:
        assert con.execute("PRAGMA application_id").fetchone()[0] == ISODESK_APPLICATION_ID


def test_zero_byte_file_becomes_a_new_database(tmp_path: Path) -> None:
    db = tmp_path / "isodesk.db"
    db.write_bytes(b"")
    _new_isodesk_db(db)
    with sqlite3.connect(db) as con:
        assert con.execute("PRAGMA application_id").fetchone()[0] == ISODESK_APPLICATION_ID


def test_empty_sqlite_file_of_another_tool_is_refused_untouched(tmp_path: Path) -> None:
    db = tmp_path / "other.sqlite"
    with sqlite3.connect(db) as con:
        con.execute("PRAGMA user_version = 7")  # writes the header: a valid, empty SQLite file
    assert db.stat().st_size > 0
    _assert_refused_untouched(db, NotIsodeskDatabaseError)


def test_other_application_with_empty_alembic_version_is_refused_untouched(tmp_path: Path) -> None:
    db = tmp_path / "other.db"
    with sqlite3.connect(db) as con:
        con.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)")
        con.execute("CREATE TABLE customer (id INTEGER PRIMARY KEY, name TEXT)")
    _assert_refused_untouched(db, NotIsodeskDatabaseError)


def test_other_alembic_application_is_not_called_a_newer_isodesk(tmp_path: Path) -> None:
    db = tmp_path / "other.db"
    with sqlite3.connect(db) as con:
        con.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)")
        con.execute("INSERT INTO alembic_version VALUES ('3f2a9c1b7d4e')")
        con.execute("CREATE TABLE customer (id INTEGER PRIMARY KEY, name TEXT)")
    before = db.read_bytes()
    with pytest.raises(NotIsodeskDatabaseError) as info:
        open_services(db)
    assert not isinstance(info.value, DatabaseTooNewError)
    assert db.read_bytes() == before


def test_sqlite_file_with_another_application_id_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "other.db"
    with sqlite3.connect(db) as con:
        con.execute("PRAGMA application_id = 1234")
        con.execute("CREATE TABLE t (x)")
    _assert_refused_untouched(db, NotIsodeskDatabaseError)


def test_interrupted_creation_is_finished_on_the_next_start(tmp_path: Path) -> None:
    db = tmp_path / "isodesk.db"
    with sqlite3.connect(db) as con:  # what a creation killed right after its first step leaves
        con.execute(f"PRAGMA application_id = {ISODESK_APPLICATION_ID}")
    services = open_services(db)
    assert services.agency.has_agency() is False
    services.close()


# ------------------------------------------------------------------ item 10: upgrade edge cases


def test_newer_isodesk_database_stays_byte_identical_without_wal_or_shm(tmp_path: Path) -> None:
    db = tmp_path / "future.db"
    _new_isodesk_db(db)
    with closing(sqlite3.connect(db)) as con, con:
        con.execute("UPDATE alembic_version SET version_num = '0099_from_the_future'")
    assert _side_files(db) == []
    _assert_refused_untouched(db, DatabaseTooNewError)


def _run_with_file_size_limit(limit: int, code: str) -> str:
    """Run ``code`` in a child process that cannot write any file beyond ``limit`` bytes: a full disk."""
    script = textwrap.dedent(f"""
        import resource, signal, sys
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, ({limit}, {limit}))
    """) + textwrap.dedent(code)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE simulates a full disk on POSIX")
def test_no_room_for_the_pre_upgrade_backup_leaves_nothing_behind(tmp_path: Path) -> None:
    db = tmp_path / "isodesk.db"
    shutil.copyfile(FIXTURES / "schema_0004_demo.sqlite", db)
    before = db.read_bytes()
    outcome = _run_with_file_size_limit(len(before) // 2, f"""
        from pathlib import Path
        from isodesk.domain.errors import BackupNoRoomError
        from isodesk.services.registry import open_services
        try:
            open_services(Path({str(db)!r}))
        except BackupNoRoomError as exc:
            print("backup_no_room", exc.path)
    """)
    assert outcome == f"backup_no_room {tmp_path}"
    assert db.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["isodesk.db"]  # no .bak, partial or journal
    assert issubclass(BackupNoRoomError, Exception)


# ------------------------------------------------------------------ item 6: true storage errors


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE simulates a full disk on POSIX")
def test_full_disk_while_creating_a_database_is_reported_and_leaves_nothing(tmp_path: Path) -> None:
    db = tmp_path / "isodesk.db"
    outcome = _run_with_file_size_limit(40_000, f"""
        from pathlib import Path
        from isodesk.domain.errors import StorageDiskFullError
        from isodesk.services.registry import open_services
        try:
            open_services(Path({str(db)!r}))
        except StorageDiskFullError as exc:
            print("disk_full", str(exc))
    """)
    assert outcome.startswith("disk_full")
    assert "INSERT" not in outcome and "CREATE" not in outcome and "sqlalche.me" not in outcome
    assert list(tmp_path.iterdir()) == []


@contextmanager
def _read_only(path: Path) -> Iterator[None]:
    """Make a file or folder truly read-only, also for root (who ignores permission bits): the
    immutable attribute where it is available, else the permission bits."""
    use_chattr = os.geteuid() == 0 if hasattr(os, "geteuid") else False
    if use_chattr and subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode != 0:
        pytest.skip("cannot make a file read-only for root here")
    mode = path.stat().st_mode
    if not use_chattr:
        path.chmod(0o555 if path.is_dir() else 0o444)
    try:
        assert not os.access(path, os.W_OK)
        yield
    finally:
        if use_chattr:
            subprocess.run(["chattr", "-i", str(path)], check=True)
        else:
            path.chmod(mode)


def test_read_only_database_file_gets_its_own_error(tmp_path: Path) -> None:
    db = tmp_path / "isodesk.db"
    _new_isodesk_db(db)
    before = db.read_bytes()
    with _read_only(db), pytest.raises(DatabaseReadOnlyError) as info:
        open_services(db)
    assert info.value.path == str(db)
    assert db.read_bytes() == before


def test_valid_database_on_a_read_only_folder_or_drive_gets_its_own_error(tmp_path: Path) -> None:
    folder = tmp_path / "usb"
    folder.mkdir()
    db = folder / "isodesk.db"
    _new_isodesk_db(db)
    before = db.read_bytes()
    with _read_only(folder), pytest.raises(DatabaseFolderReadOnlyError):
        open_services(db)
    assert db.read_bytes() == before
    assert _side_files(db) == []


def test_new_database_in_a_read_only_folder_gets_its_own_error(tmp_path: Path) -> None:
    folder = tmp_path / "cdrom"
    folder.mkdir()
    with _read_only(folder), pytest.raises(NewDatabaseFolderReadOnlyError) as info:
        open_services(folder / "isodesk.db")
    assert info.value.path == str(folder)
    assert list(folder.iterdir()) == []


@contextmanager
def _locked_by_another_program(db: Path, *, readers_too: bool = True) -> Iterator[None]:
    """Another program's write transaction; with ``readers_too`` it also shuts readers out
    (exclusive locking mode), as some database tools do."""
    locker = sqlite3.connect(db, isolation_level=None)
    if readers_too:
        locker.execute("PRAGMA locking_mode = EXCLUSIVE")
    locker.execute("BEGIN EXCLUSIVE")
    locker.execute("INSERT INTO app_setting (key, value) VALUES ('other_program', 'busy')")
    try:
        yield
    finally:
        locker.execute("ROLLBACK")
        locker.close()


def test_database_locked_by_another_program_is_called_locked(tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(database_file, "BUSY_TIMEOUT_S", 0.2)
    db = tmp_path / "isodesk.db"
    _new_isodesk_db(db)
    with _locked_by_another_program(db), pytest.raises(DatabaseLockedError):
        open_services(db)


def test_a_write_while_another_program_holds_the_lock_is_called_locked(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(database_file, "BUSY_TIMEOUT_S", 0.2)
    db = tmp_path / "isodesk.db"
    services = open_services(db)
    try:
        with _locked_by_another_program(db, readers_too=False), pytest.raises(DatabaseLockedError):
            services.settings.set("k", "v")
    finally:
        services.close()
