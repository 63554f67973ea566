"""Consistent, verified copies of a database file (SQLite's online backup API).

A copy is written under a temporary name in the target folder, flushed, renamed, and then verified:
opened read-only, ``integrity_check`` must say ``ok`` and every table must hold as many rows as the
source held in the snapshot that was copied.
"""

from __future__ import annotations

import os
import sqlite3
import urllib.parse
from contextlib import closing
from pathlib import Path

from isodesk.durable import fsync_dir, fsync_file
from isodesk.domain.errors import BackupNoRoomError, StorageDiskFullError, StorageError
from isodesk.storage import database_file
from isodesk.storage.database_file import storage_error_from


def _uri(path: Path, immutable: bool = False) -> str:
    query = "mode=ro&immutable=1" if immutable else "mode=ro"
    return "file:" + urllib.parse.quote(str(Path(path).resolve())) + "?" + query


def table_counts(con: sqlite3.Connection) -> dict[str, int]:
    """Rows per table (SQLite's own tables excluded)."""
    names = [row[0] for row in con.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    return {name: int(con.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]) for name in names}


def copy_database(db_path: Path, target: Path) -> dict[str, int]:
    """Copy ``db_path`` (WAL content included) to ``target`` atomically; return the source's row
    counts in the very snapshot that was copied.

    Raises:
        BackupNoRoomError: the target drive is full (nothing is left behind).
        StorageError: any other failure, as its own subclass (nothing is left behind).
    """
    db_path, target = Path(db_path), Path(target)
    partial = target.with_name(f".{target.name}.partial")
    leftovers = [partial, Path(f"{partial}-journal"), Path(f"{partial}-wal"), Path(f"{partial}-shm")]
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with closing(sqlite3.connect(str(db_path), timeout=database_file.BUSY_TIMEOUT_S,
                                     isolation_level=None)) as src, \
                closing(sqlite3.connect(str(partial))) as dst:
            # One read transaction: the counts and the copied pages are the same snapshot.
            src.execute("BEGIN")
            try:
                counts = table_counts(src)
                src.backup(dst)
            finally:
                src.execute("COMMIT")
            # The copy carries the source's WAL flag; a backup is one self-contained file instead.
            dst.execute("PRAGMA journal_mode=DELETE")
        fsync_file(partial)
        os.replace(partial, target)
        fsync_dir(target.parent)
    except (sqlite3.Error, OSError) as exc:
        error = storage_error_from(exc, partial)
        if isinstance(error, StorageDiskFullError):
            raise BackupNoRoomError(target.parent) from exc
        raise error from exc
    finally:
        for path in leftovers:
            try:
                path.unlink(missing_ok=True)
            except OSError:
                pass
    return counts


def verify_copy(path: Path, expected_counts: dict[str, int] | None = None) -> dict[str, int]:
    """Open the copy read-only (creating nothing beside it), run ``integrity_check`` and compare
    the row counts. Returns the counts.

    Raises:
        StorageError: the copy is damaged or its counts differ.
    """
    try:
        with closing(sqlite3.connect(_uri(path, immutable=True), uri=True)) as con:
            result = [row[0] for row in con.execute("PRAGMA integrity_check")]
            if result != ["ok"]:
                raise StorageError(path, "integrity_check: " + "; ".join(result[:3]))
            counts = table_counts(con)
    except sqlite3.Error as exc:
        raise storage_error_from(exc, path) from exc
    if expected_counts is not None and counts != expected_counts:
        raise StorageError(path, "row counts differ from the source")
    return counts
