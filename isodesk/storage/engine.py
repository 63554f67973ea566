"""SQLite engine and session factory: WAL, foreign keys, durable commits, network-share safety."""

from __future__ import annotations

import os
import sqlite3
import sys
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from isodesk.storage import database_file
from isodesk.storage.history import install_history_hooks


def is_network_path(path: Path) -> bool:
    """Best-effort detection of a database kept on a network share.

    SQLite's WAL mode needs shared memory between processes on one host; on SMB/NFS it can corrupt
    the file, so such databases fall back to the rollback journal (``journal_mode=DELETE``).
    """
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return True
    if sys.platform == "win32":
        try:
            import ctypes

            drive = os.path.splitdrive(os.path.abspath(text))[0] + "\\"
            DRIVE_REMOTE = 4
            return bool(drive) and ctypes.windll.kernel32.GetDriveTypeW(drive) == DRIVE_REMOTE  # type: ignore[attr-defined]  # Windows only; absent from the stubs elsewhere
        except Exception:  # noqa: BLE001 - detection is advisory only
            return False
    try:
        resolved = os.path.realpath(text)
        best = ""
        fstype = ""
        with open("/proc/mounts", encoding="utf-8") as mounts:
            for line in mounts:
                parts = line.split()
                if len(parts) >= 3 and resolved.startswith(parts[1]) and len(parts[1]) > len(best):
                    best, fstype = parts[1], parts[2]
        return fstype in {"nfs", "nfs4", "cifs", "smbfs", "smb3", "sshfs", "fuse.sshfs", "9p"}
    except OSError:
        return False


def journal_mode_for(path: Path) -> str:
    """WAL on local disks, DELETE on network shares (see :func:`is_network_path`)."""
    return "DELETE" if is_network_path(path) else "WAL"


def create_sqlite_engine(db_path: Path) -> Engine:
    """Create the engine for one isodesk database file with the pragmas every connection needs."""
    db_path = Path(db_path)
    journal = journal_mode_for(db_path)
    engine = create_engine(
        URL.create("sqlite", database=str(db_path)),
        connect_args={"timeout": database_file.BUSY_TIMEOUT_S},
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
        # pysqlite's own transaction handling would defer BEGIN; let SQLAlchemy emit it so that
        # every service write really is one transaction.
        dbapi_conn.isolation_level = None
        cursor = dbapi_conn.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA journal_mode={journal}")
        # FULL: a commit survives a power cut, which office PCs do see.
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute(f"PRAGMA busy_timeout={int(database_file.BUSY_TIMEOUT_S * 1000)}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN")

    return engine


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions that keep loaded values after commit and record the change history."""
    factory = sessionmaker(engine, expire_on_commit=False)
    install_history_hooks(factory)
    return factory
