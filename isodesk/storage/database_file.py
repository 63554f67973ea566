"""What is at a database path, found without changing it; and SQLite failures as true StorageErrors.

Only a missing or zero-byte file becomes a new isodesk database. An isodesk database identifies
itself by ``PRAGMA application_id`` (:data:`ISODESK_APPLICATION_ID`, set on creation and by migration
0005) and by its schema. Inspection reads the 100-byte SQLite header directly and, when no journal
is beside the file, opens it with ``immutable=1``: nothing is written and no ``-wal``/``-shm`` is
created beside a file isodesk then refuses.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import urllib.parse
from contextlib import closing
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from isodesk.domain.errors import (
    DatabaseDamagedError,
    DatabaseFolderReadOnlyError,
    DatabaseLockedError,
    DatabaseReadOnlyError,
    NewDatabaseFolderReadOnlyError,
    NotIsodeskDatabaseError,
    StorageDiskFullError,
    StorageError,
)

#: ``PRAGMA application_id`` of every isodesk database: the ASCII bytes "ISOD".
ISODESK_APPLICATION_ID = 0x49534F44

#: Seconds to wait for another program's lock before telling the user the file is in use.
BUSY_TIMEOUT_S = 10.0

_SQLITE_MAGIC = b"SQLite format 3\x00"

#: Tables every isodesk schema has had since the first revision (0001); with a known revision they
#: identify an isodesk database written before the application id existed.
CORE_TABLES = frozenset({
    "alembic_version", "agency_version", "app_setting", "attachment", "attachment_link", "change_log",
    "department", "issued_document", "person", "reporting_year",
})


class FileKind(Enum):
    NEW = "new"              # missing or zero bytes: create an isodesk database here
    UNINITIALISED = "uninit"  # isodesk's application id but no tables yet (creation was interrupted)
    ISODESK = "isodesk"      # an isodesk database (any revision)


@dataclass(frozen=True)
class DatabaseFile:
    """The result of :func:`inspect_database`."""

    kind: FileKind
    revision: str | None = None
    application_id: int = 0


def side_files(db_path: Path) -> list[Path]:
    return [Path(f"{db_path}{suffix}") for suffix in ("-wal", "-shm", "-journal")]


def read_header(db_path: Path) -> bytes:
    with open(db_path, "rb") as handle:
        return handle.read(100)


def application_id_of(header: bytes) -> int:
    return int.from_bytes(header[68:72], "big")


def _uri(db_path: Path, immutable: bool) -> str:
    query = "mode=ro&immutable=1" if immutable else "mode=ro"
    return "file:" + urllib.parse.quote(str(Path(db_path).resolve())) + "?" + query


def open_read_only(db_path: Path) -> sqlite3.Connection:
    """A read-only connection that creates nothing beside the file when no journal is there.

    With a ``-wal`` or ``-journal`` beside it, the file may hold committed data outside the main
    file (or be written right now), so it is opened normally (read-only, honouring locks).
    """
    db_path = Path(db_path)
    journal_present = any(p.exists() for p in side_files(db_path))
    return sqlite3.connect(_uri(db_path, immutable=not journal_present), uri=True,
                           timeout=BUSY_TIMEOUT_S)


def inspect_database(db_path: Path) -> DatabaseFile:
    """Classify the file at ``db_path`` without writing anything.

    Raises:
        NotIsodeskDatabaseError: another program's file or SQLite database (including an empty
            SQLite file and another Alembic application's database).
        DatabaseDamagedError: isodesk's application id, but unreadable.
        DatabaseLockedError: another program holds a lock on it.
    """
    db_path = Path(db_path)
    try:
        if not db_path.exists():
            return DatabaseFile(FileKind.NEW)
        if not db_path.is_file():
            raise NotIsodeskDatabaseError(db_path)
        if db_path.stat().st_size == 0:
            return DatabaseFile(FileKind.NEW)
        header = read_header(db_path)
    except OSError as exc:
        raise storage_error_from(exc, db_path) from exc
    if len(header) < 100 or not header.startswith(_SQLITE_MAGIC):
        raise NotIsodeskDatabaseError(db_path)
    app_id = application_id_of(header)
    if app_id not in (0, ISODESK_APPLICATION_ID):
        raise NotIsodeskDatabaseError(db_path, f"application_id={app_id:#x}")
    ours = app_id == ISODESK_APPLICATION_ID
    try:
        with closing(open_read_only(db_path)) as con:
            tables = {row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            revision = None
            if "alembic_version" in tables:
                row = con.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
    except sqlite3.Error as exc:
        error = storage_error_from(exc, db_path)
        if isinstance(error, (DatabaseDamagedError, NotIsodeskDatabaseError)) and not ours:
            raise NotIsodeskDatabaseError(db_path) from exc
        raise error from exc
    if ours:
        if not tables:
            return DatabaseFile(FileKind.UNINITIALISED, None, app_id)
        if revision is None or not CORE_TABLES <= tables:
            raise DatabaseDamagedError(db_path, "isodesk application id without its schema")
        return DatabaseFile(FileKind.ISODESK, revision, app_id)
    # No application id: isodesk before migration 0005, or somebody else's file. Only the complete
    # core schema with a recorded revision is ours; a known-revision check follows in migrate.py.
    if revision is None or not CORE_TABLES <= tables:
        raise NotIsodeskDatabaseError(db_path)
    return DatabaseFile(FileKind.ISODESK, revision)


def check_writable(db_path: Path, kind: FileKind) -> None:
    """Refuse, before anything is written, a database isodesk could open but never save to.

    Raises:
        NewDatabaseFolderReadOnlyError: a new database in a folder that cannot be written.
        DatabaseReadOnlyError: the file itself is read-only.
        DatabaseFolderReadOnlyError: the folder or drive of an existing database is read-only.
    """
    db_path = Path(db_path)
    folder = db_path.parent
    if kind is FileKind.NEW:
        if not db_path.exists():
            probe = folder
            while not probe.exists() and probe != probe.parent:
                probe = probe.parent
            if not os.access(probe, os.W_OK | os.X_OK):
                raise NewDatabaseFolderReadOnlyError(folder)
            return
        if not os.access(db_path, os.W_OK):
            raise NewDatabaseFolderReadOnlyError(folder)
    if not os.access(db_path, os.W_OK):
        raise DatabaseReadOnlyError(db_path)
    wal = Path(f"{db_path}-wal")
    if not os.access(folder, os.W_OK | os.X_OK) and not wal.exists():
        raise (NewDatabaseFolderReadOnlyError(folder) if kind is FileKind.NEW
               else DatabaseFolderReadOnlyError(folder))


_LOCKED = {"SQLITE_BUSY", "SQLITE_LOCKED"}
_FULL = {"SQLITE_FULL", "SQLITE_IOERR_WRITE", "SQLITE_IOERR_FSYNC", "SQLITE_IOERR_TRUNCATE"}
_READONLY_PREFIX = "SQLITE_READONLY"
_DAMAGED = {"SQLITE_CORRUPT", "SQLITE_NOTADB", "SQLITE_FORMAT", "SQLITE_CORRUPT_VTAB", "SQLITE_CORRUPT_INDEX",
            "SQLITE_CORRUPT_SEQUENCE"}


def storage_error_from(exc: BaseException, db_path: Path) -> StorageError:
    """The true StorageError for an SQLite (or SQLAlchemy-wrapped) or OS failure on ``db_path``.

    Never carries the SQL statement, its parameters or SQLAlchemy's web link: only a code and path.
    """
    if isinstance(exc, StorageError):
        return exc
    db_path = Path(db_path)
    original = getattr(exc, "orig", None) or exc  # sqlalchemy.exc.DBAPIError wraps the sqlite3 error
    if isinstance(original, OSError):
        if original.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
            return StorageDiskFullError(db_path.parent)
        if original.errno == errno.EROFS:
            return DatabaseFolderReadOnlyError(db_path.parent)
        if original.errno in (errno.EACCES, errno.EPERM):
            return DatabaseReadOnlyError(db_path)
        return StorageError(db_path, original.strerror or type(original).__name__)
    if isinstance(original, sqlite3.Error):
        name = getattr(original, "sqlite_errorname", "") or ""
        text = str(original).lower()
        if name in _LOCKED or "database is locked" in text:
            return DatabaseLockedError(db_path)
        if name in _FULL or "disk is full" in text:
            return StorageDiskFullError(db_path.parent)
        if name.startswith(_READONLY_PREFIX) or "readonly" in text:
            if db_path.exists() and not os.access(db_path, os.W_OK):
                return DatabaseReadOnlyError(db_path)
            return DatabaseFolderReadOnlyError(db_path.parent)
        if name in _DAMAGED or "not a database" in text or "malformed" in text:
            return DatabaseDamagedError(db_path)
        if name.startswith("SQLITE_CANTOPEN") or "unable to open" in text:
            if db_path.exists() and not os.access(db_path.parent, os.W_OK):
                return DatabaseFolderReadOnlyError(db_path.parent)
            if not db_path.exists():
                return NewDatabaseFolderReadOnlyError(db_path.parent)
            return DatabaseReadOnlyError(db_path)
        return StorageError(db_path, name or type(original).__name__)
    return StorageError(db_path, type(original).__name__)
