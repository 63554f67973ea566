"""Reading a backup copy without writing to it, and putting a copy in place of the database.

A backup is opened ``mode=ro&immutable=1``: nothing is written to it and nothing is created beside
it. The copy that replaces the database is written with SQLite's backup API under a temporary name
beside the database, flushed, and renamed over it, so the data file is at every moment either the
old database or the complete restored one.
"""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from pathlib import Path

from isodesk.durable import fsync_dir, fsync_file
from isodesk.domain.errors import DatabaseLockedError, StorageError
from isodesk.storage import database_file
from isodesk.storage.backup import _uri, table_counts
from isodesk.storage.database_file import ISODESK_APPLICATION_ID, CORE_TABLES, storage_error_from


def read_backup(path: Path) -> dict[str, object]:
    """What the copy at ``path`` holds: ``integrity`` ("ok" or the first problems), ``revision``,
    ``agency_name``, ``counts`` (every table) and ``attachments`` (sha256, name) — read-only.

    Raises:
        StorageError: the file cannot be opened as an SQLite database at all.
    """
    try:
        with closing(sqlite3.connect(_uri(path, immutable=True), uri=True)) as con:
            integrity = [row[0] for row in con.execute("PRAGMA integrity_check")]
            app_id = int(con.execute("PRAGMA application_id").fetchone()[0])
            counts = table_counts(con)
            revision = ""
            if "alembic_version" in counts:
                row = con.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = str(row[0]) if row else ""
            agency = ""
            if "agency_version" in counts:
                row = con.execute("SELECT name FROM agency_version ORDER BY valid_from DESC, id DESC").fetchone()
                agency = str(row[0]) if row else ""
            attachments: list[tuple[str, str]] = []
            if "attachment" in counts:
                attachments = [(str(sha), str(n or "")) for sha, n in con.execute(
                    "SELECT a.sha256, min(l.original_name) FROM attachment a LEFT JOIN attachment_link l "
                    "ON l.attachment_id = a.id GROUP BY a.id ORDER BY a.id")]
    except sqlite3.Error as exc:
        raise storage_error_from(exc, path) from exc
    is_isodesk = (app_id == ISODESK_APPLICATION_ID or CORE_TABLES <= set(counts)) and bool(revision)
    return {"integrity": "ok" if integrity == ["ok"] else "; ".join(integrity[:3]), "revision": revision,
            "agency_name": agency, "counts": counts, "attachments": attachments, "isodesk": is_isodesk}


def copy_beside(source: Path, db_path: Path) -> Path:
    """Copy ``source`` (read-only) into a temporary file beside ``db_path`` with the backup API;
    return the temporary path (the caller renames or removes it).

    Raises:
        StorageError: its own subclass (disk full, read-only folder…); nothing is left behind.
    """
    partial = db_path.with_name(f".{db_path.name}.restore.partial")
    remove_quietly(partial)
    try:
        with closing(sqlite3.connect(_uri(source, immutable=True), uri=True)) as src, \
                closing(sqlite3.connect(str(partial))) as dst:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        fsync_file(partial)
    except (sqlite3.Error, OSError) as exc:
        remove_quietly(partial)
        raise storage_error_from(exc, partial) from exc
    return partial


def verify_file(path: Path) -> dict[str, int]:
    """integrity_check of a file isodesk just wrote; its table counts.

    Raises:
        StorageError: the file did not verify.
    """
    try:
        with closing(sqlite3.connect(_uri(path, immutable=True), uri=True)) as con:
            result = [row[0] for row in con.execute("PRAGMA integrity_check")]
            if result != ["ok"]:
                raise StorageError(path, "integrity_check: " + "; ".join(result[:3]))
            return table_counts(con)
    except sqlite3.Error as exc:
        raise storage_error_from(exc, path) from exc


def settle(db_path: Path) -> None:
    """Fold the write-ahead log into the database so the file alone is the whole data, and make
    sure no other connection has it open (a stale ``-wal`` must never meet the restored file).

    Raises:
        DatabaseLockedError: another program (or isodesk window) still uses the database.
    """
    try:
        with closing(sqlite3.connect(str(db_path), timeout=database_file.BUSY_TIMEOUT_S,
                                     isolation_level=None)) as con:
            busy = con.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            if busy is not None and busy[0]:
                raise DatabaseLockedError(db_path)
            # An exclusive lock succeeds only when nobody else holds the file open for writing.
            con.execute("BEGIN EXCLUSIVE")
            con.execute("COMMIT")
    except sqlite3.OperationalError as exc:
        raise storage_error_from(exc, db_path) from exc
    wal = Path(f"{db_path}-wal")
    if wal.exists() and wal.stat().st_size > 0:
        raise DatabaseLockedError(db_path)


def put_in_place(partial: Path, db_path: Path) -> None:
    """Rename the verified copy over the database and drop the old database's empty side files."""
    for side in (Path(f"{db_path}-wal"), Path(f"{db_path}-shm"), Path(f"{db_path}-journal")):
        remove_quietly(side)
    os.replace(partial, db_path)
    fsync_dir(db_path.parent)


def remove_quietly(path: Path) -> None:
    for p in (path, Path(f"{path}-journal"), Path(f"{path}-wal"), Path(f"{path}-shm")):
        try:
            p.unlink(missing_ok=True)
        except OSError:
            pass


def upgrade_copy(partial: Path) -> None:
    """Upgrade a copy isodesk is about to put in place (a restored backup, a received handover) through
    the normal migration path. The migration's own pre-upgrade copy is dropped: the untouched original
    is still where the copy came from."""
    from isodesk.storage.engine import create_sqlite_engine
    from isodesk.storage.migrate import upgrade_to_head

    engine = create_sqlite_engine(partial)
    try:
        made = upgrade_to_head(engine, partial)
    finally:
        engine.dispose()
    if made is not None:
        remove_quietly(made)
