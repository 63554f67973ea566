"""The schema is created and upgraded only by the shipped migrations, safely."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from isodesk.domain.errors import DatabaseTooNewError, StorageError
from isodesk.storage.base import Base
from isodesk.storage.engine import create_sqlite_engine
from isodesk.storage.migrate import SCHEMA_HEAD, _alembic_config, stored_revision, upgrade_to_head

FIXTURES = Path(__file__).parent / "fixtures"


def _revisions_oldest_first() -> list[str]:
    script = ScriptDirectory.from_config(_alembic_config())
    return [r.revision for r in reversed(list(script.walk_revisions()))]


def test_schema_head_constant_matches_alembic() -> None:
    script = ScriptDirectory.from_config(_alembic_config())
    assert script.get_heads() == [SCHEMA_HEAD]


def test_fresh_database_is_created_by_migrations(tmp_path: Path) -> None:
    db = tmp_path / "new.db"
    engine = create_sqlite_engine(db)
    assert upgrade_to_head(engine, db) is None  # nothing to back up
    assert stored_revision(db) == SCHEMA_HEAD
    with engine.connect() as conn:
        mode = conn.exec_driver_sql("PRAGMA journal_mode").scalar()
        fk = conn.exec_driver_sql("PRAGMA foreign_keys").scalar()
    assert mode == "wal" and fk == 1
    engine.dispose()


def test_models_and_migrations_agree(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    engine = create_sqlite_engine(db)
    upgrade_to_head(engine, db)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    engine.dispose()
    assert diff == []


def test_second_start_does_not_touch_alembic_or_backup(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    engine = create_sqlite_engine(db)
    upgrade_to_head(engine, db)
    assert upgrade_to_head(engine, db) is None
    assert not list(tmp_path.glob("*.bak"))
    engine.dispose()


@pytest.mark.parametrize("start", _revisions_oldest_first()[:-1] or ["<none>"])
def test_every_older_schema_upgrades_with_backup(tmp_path: Path, start: str) -> None:
    if start == "<none>":
        pytest.skip("only one schema revision so far")
    db = tmp_path / "old.db"
    engine = create_sqlite_engine(db)
    cfg = _alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, start)
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO department (name, abbreviation, active, sort_order) VALUES ('Văn phòng', 'VP', 1, 1)")
    backup = upgrade_to_head(engine, db)
    engine.dispose()
    assert backup is not None and backup.exists()
    assert stored_revision(backup) == start  # the backup is the untouched old database
    assert stored_revision(db) == SCHEMA_HEAD
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT name FROM department").fetchone() == ("Văn phòng",)


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("*.sqlite")), ids=lambda p: p.stem)
def test_checked_in_databases_upgrade(tmp_path: Path, fixture: Path) -> None:
    db = tmp_path / "isodesk.db"
    db.write_bytes(fixture.read_bytes())
    engine = create_sqlite_engine(db)
    upgrade_to_head(engine, db)
    engine.dispose()
    assert stored_revision(db) == SCHEMA_HEAD


def test_database_from_newer_isodesk_is_refused_untouched(tmp_path: Path) -> None:
    db = tmp_path / "future.db"
    engine = create_sqlite_engine(db)
    upgrade_to_head(engine, db)
    with engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    engine.dispose()
    before = db.read_bytes()
    engine = create_sqlite_engine(db)
    with pytest.raises(DatabaseTooNewError):
        upgrade_to_head(engine, db)
    engine.dispose()
    assert db.read_bytes() == before
    assert not list(tmp_path.glob("*.bak"))


def test_foreign_sqlite_file_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "other.db"
    with sqlite3.connect(db) as con:
        con.execute("CREATE TABLE t (x)")
    engine = create_sqlite_engine(db)
    with pytest.raises(StorageError):
        upgrade_to_head(engine, db)
    engine.dispose()


def test_garbage_file_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "garbage.db"
    db.write_bytes(b"this is not a database" * 100)
    engine = create_sqlite_engine(db)
    with pytest.raises(StorageError):
        upgrade_to_head(engine, db)
    engine.dispose()
