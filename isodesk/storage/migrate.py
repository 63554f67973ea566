"""Create and upgrade the schema with the Alembic migrations shipped inside the package.

Start-up path: look at the file without writing to it (storage/database_file.py: header, application
id, schema, stored revision) and compare the revision with :data:`SCHEMA_HEAD`; only when they differ
is Alembic imported (it costs ~0.5 s). Only a missing or zero-byte file becomes a new database.
Before an existing file is upgraded it is copied with SQLite's backup API (so WAL content is
included) under a temporary name, flushed and renamed to ``….bak``; with no room for that copy
nothing is upgraded and nothing is left behind. A file written by a newer isodesk, or not by isodesk
at all, is refused byte-for-byte untouched and without ``-wal``/``-shm`` beside it.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import threading
from contextlib import closing
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine

from isodesk.durable import fsync_dir, fsync_file
from isodesk.domain.errors import (
    BackupNoRoomError,
    DatabaseDamagedError,
    DatabaseTooNewError,
    NotIsodeskDatabaseError,
    StorageDiskFullError,
    StorageError,
)
from isodesk.storage import database_file
from isodesk.storage.database_file import (
    ISODESK_APPLICATION_ID,
    FileKind,
    check_writable,
    inspect_database,
    side_files,
    storage_error_from,
)

MIGRATIONS_DIR = Path(__file__).with_name("migrations")

#: The newest revision this build knows; a test keeps it equal to Alembic's head.
SCHEMA_HEAD = "0012_history_chain"

#: Room kept free on top of the backup's own size (the upgrade itself needs some too).
BACKUP_MARGIN_BYTES = 4 << 20

_lock = threading.Lock()


def stored_revision(db_path: Path) -> str | None:
    """The Alembic revision recorded in the file, or None for a new/empty database.

    Raises:
        StorageError: the file is not an isodesk database (see :func:`inspect_database`).
    """
    return inspect_database(Path(db_path)).revision


def _remove(paths: list[Path]) -> None:
    for path in paths:
        try:
            path.unlink(missing_ok=True)
        except OSError:
            pass


def backup_database(db_path: Path, label: str) -> Path:
    """Copy the database with SQLite's online backup API into ``<name>.<label>.<stamp>.bak``.

    The copy is written under a temporary name, flushed and then renamed, so a ``.bak`` is always
    complete.

    Raises:
        BackupNoRoomError: not enough free space (checked first, and again if writing fails);
            nothing is left behind.
    """
    db_path = Path(db_path)
    folder = db_path.parent
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = db_path.with_name(f"{db_path.name}.{label}.{stamp}.bak")
    partial = db_path.with_name(f".{target.name}.partial")
    needed = sum(p.stat().st_size for p in [db_path, Path(f"{db_path}-wal")] if p.exists())
    try:
        free = shutil.disk_usage(folder).free
    except OSError:
        free = None
    if free is not None and free < needed + BACKUP_MARGIN_BYTES:
        raise BackupNoRoomError(folder)
    leftovers = [partial, Path(f"{partial}-journal"), Path(f"{partial}-wal"), Path(f"{partial}-shm")]
    try:
        with closing(sqlite3.connect(str(db_path), timeout=database_file.BUSY_TIMEOUT_S)) as src, \
                closing(sqlite3.connect(str(partial))) as dst:
            src.backup(dst)
        fsync_file(partial)
        os.replace(partial, target)
        fsync_dir(folder)
    except (sqlite3.Error, OSError) as exc:
        _remove(leftovers + [target])
        error = storage_error_from(exc, partial)
        if isinstance(error, StorageDiskFullError):
            raise BackupNoRoomError(folder) from exc
        raise error from exc
    finally:
        _remove(leftovers)
    return target


def _alembic_config():  # type: ignore[no-untyped-def]  # Alembic is imported lazily, so its Config type is not at hand
    from alembic.config import Config  # lazy: Alembic adds ~0.5 s to start-up

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def known_revisions() -> set[str]:
    """Every revision id shipped with this build."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def _create_identified(db_path: Path) -> None:
    """Start a new database file that already says it is isodesk's (so an interrupted creation is
    recognised and finished on the next start instead of being refused as a foreign file)."""
    db_path.parent.mkdir(parents=True, exist_ok=True)
    with closing(sqlite3.connect(str(db_path), timeout=database_file.BUSY_TIMEOUT_S)) as con:
        con.execute(f"PRAGMA application_id = {ISODESK_APPLICATION_ID}")
        con.commit()


def _probe(engine: Engine, db_path: Path) -> None:
    """Open one real connection now (journal mode, a read), so a lock held by another program is
    reported at start-up as such, not later as a puzzling failure of some screen."""
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT count(*) FROM alembic_version").scalar()
    except Exception as exc:
        if isinstance(exc, (sqlite3.Error, OSError)) or hasattr(exc, "orig"):
            raise storage_error_from(exc, db_path) from exc
        raise


def upgrade_to_head(engine: Engine, db_path: Path) -> Path | None:
    """Bring the database to :data:`SCHEMA_HEAD`, creating it when the path is missing or empty.
    Returns the backup made, if any.

    Raises:
        DatabaseTooNewError: an isodesk database with a revision this build does not know.
        NotIsodeskDatabaseError: another program's file (also another Alembic application's).
        BackupNoRoomError: no room for the pre-upgrade copy; nothing was changed.
        StorageError: locked, read-only, disk full or damaged (its own subclass each).
    """
    db_path = Path(db_path)
    with _lock:
        info = inspect_database(db_path)
        if info.kind is FileKind.ISODESK and info.revision == SCHEMA_HEAD:
            check_writable(db_path, info.kind)
            _probe(engine, db_path)
            return None
        if info.kind is FileKind.ISODESK and info.revision not in known_revisions():
            if info.application_id == ISODESK_APPLICATION_ID:
                raise DatabaseTooNewError(str(info.revision), db_path)
            raise NotIsodeskDatabaseError(db_path, "unknown alembic revision")
        check_writable(db_path, info.kind)
        created = info.kind is FileKind.NEW and not db_path.exists()
        try:
            backup = None
            if info.kind is FileKind.ISODESK:
                backup = backup_database(db_path, str(info.revision))
            elif info.kind is FileKind.NEW:
                _create_identified(db_path)
            from alembic import command

            cfg = _alembic_config()
            with engine.connect() as conn:
                # Rebuilding a table drops the old one; with foreign keys on, that drop would cascade
                # into (or be refused by) its children. SQLite's documented procedure: keys off
                # outside the transaction, rebuild, foreign_key_check, commit, keys on again.
                raw = conn.connection.driver_connection
                assert raw is not None  # an open connection always has its sqlite3 connection
                raw.execute("PRAGMA foreign_keys=OFF")
                try:
                    with conn.begin():
                        cfg.attributes["connection"] = conn
                        command.upgrade(cfg, "head")
                        if conn.exec_driver_sql("PRAGMA foreign_key_check").first() is not None:
                            raise DatabaseDamagedError(db_path, "foreign_key_check failed after upgrade")
                        conn.exec_driver_sql(f"PRAGMA application_id = {ISODESK_APPLICATION_ID}")
                finally:
                    raw.execute("PRAGMA foreign_keys=ON")
            return backup
        except Exception as exc:
            if created:
                # A new database that could not be finished is removed again: nothing is left.
                engine.dispose()
                _remove([db_path, *side_files(db_path)])
            if isinstance(exc, StorageError):
                raise
            if isinstance(exc, (sqlite3.Error, OSError)) or hasattr(exc, "orig"):
                raise storage_error_from(exc, db_path) from exc
            raise
