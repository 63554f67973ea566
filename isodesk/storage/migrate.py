"""Create and upgrade the schema with the Alembic migrations shipped inside the package.

Start-up path: read the stored revision with plain ``sqlite3`` and compare it with
:data:`SCHEMA_HEAD`; only when they differ is Alembic imported (it costs ~0.5 s).  Before an
existing file is upgraded it is copied with SQLite's backup API (so WAL content is included); a
file written by a newer isodesk is refused and left untouched.
"""

from __future__ import annotations

import sqlite3
import threading
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine

from isodesk.domain.errors import DatabaseTooNewError, StorageError

MIGRATIONS_DIR = Path(__file__).with_name("migrations")

#: The newest revision this build knows; a test keeps it equal to Alembic's head.
SCHEMA_HEAD = "0004_draft_texts"

_lock = threading.Lock()


def stored_revision(db_path: Path) -> str | None:
    """The Alembic revision recorded in the file, or None for a new/empty database."""
    if not Path(db_path).exists() or Path(db_path).stat().st_size == 0:
        return None
    try:
        con = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=10)
    except sqlite3.Error as exc:
        raise StorageError(f"cannot open {db_path}: {exc}") from exc
    try:
        row = con.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        if row is None:
            tables = con.execute("SELECT count(*) FROM sqlite_master WHERE type='table'").fetchone()[0]
            if tables:
                raise StorageError("not_an_isodesk_database")
            return None
        version = con.execute("SELECT version_num FROM alembic_version").fetchone()
        return version[0] if version else None
    except sqlite3.DatabaseError as exc:
        raise StorageError("not_an_isodesk_database") from exc
    finally:
        con.close()


def backup_database(db_path: Path, label: str) -> Path:
    """Copy the database with SQLite's online backup API into ``<name>.<label>.<stamp>.bak``."""
    db_path = Path(db_path)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = db_path.with_name(f"{db_path.name}.{label}.{stamp}.bak")
    src = sqlite3.connect(str(db_path), timeout=10)
    try:
        dst = sqlite3.connect(str(target))
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return target


def _alembic_config():  # type: ignore[no-untyped-def]
    from alembic.config import Config  # lazy: Alembic adds ~0.5 s to start-up

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def known_revisions() -> set[str]:
    """Every revision id shipped with this build."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def upgrade_to_head(engine: Engine, db_path: Path) -> Path | None:
    """Bring the database to :data:`SCHEMA_HEAD`. Returns the backup made, if any.

    Raises:
        DatabaseTooNewError: the file carries a revision this build does not know.
        StorageError: the file is not an isodesk database.
    """
    with _lock:
        current = stored_revision(db_path)
        if current == SCHEMA_HEAD:
            return None
        from alembic import command

        if current is not None and current not in known_revisions():
            raise DatabaseTooNewError(current)
        backup = backup_database(db_path, current) if current is not None else None
        cfg = _alembic_config()
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
        return backup
