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


def _all_rows(db: Path) -> dict[str, list[tuple]]:
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as con:
        tables = [r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
            "AND name != 'alembic_version'")]
        return {t: sorted(con.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in tables}


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("*.sqlite")), ids=lambda p: p.stem)
def test_upgrade_keeps_every_row_of_the_checked_in_databases(tmp_path: Path, fixture: Path) -> None:
    """Migration 0005 rebuilds the core tables: every row (ids included) is kept, and no foreign key
    cascade runs (external_document_department rows point at departments with ON DELETE CASCADE)."""
    db = tmp_path / "isodesk.db"
    db.write_bytes(fixture.read_bytes())
    before = _all_rows(db)
    engine = create_sqlite_engine(db)
    upgrade_to_head(engine, db)
    engine.dispose()
    after = _all_rows(db)
    # Columns a later revision adds at the end (0012: the change history's hash chain) are not compared.
    width = {t: len(rows[0]) if rows else 0 for t, rows in before.items()}
    assert {t: sorted((r[:width[t]] for r in after[t]), key=repr) for t in before} == before
    assert sum(len(rows) for rows in before.values()) > 0
    with sqlite3.connect(db) as con:
        assert con.execute("PRAGMA application_id").fetchone()[0] == 0x49534F44
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        sequences = dict(con.execute("SELECT name, seq FROM sqlite_sequence"))
        for table in ("department", "person", "issued_document", "change_log", "attachment_link"):
            top = con.execute(f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()[0]
            assert sequences.get(table, 0) >= top


def test_ids_deleted_before_the_upgrade_are_not_given_again(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    engine = create_sqlite_engine(db)
    cfg = _alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0004_draft_texts")
    with engine.begin() as conn:
        for name in ("A", "B", "C"):
            conn.exec_driver_sql(
                f"INSERT INTO department (name, abbreviation, active, sort_order) VALUES ('{name}', '', 1, 0)")
        conn.exec_driver_sql("DELETE FROM department WHERE id = 3")
        conn.exec_driver_sql("INSERT INTO change_log (at, actor, entity, entity_id, action, changes) "
                             "VALUES ('2025-01-01 00:00:00', 'x', 'department', 3, 'delete', '{}')")
    upgrade_to_head(engine, db)
    with engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO department (name, abbreviation, active, sort_order) VALUES ('D', '', 1, 0)")
        conn.exec_driver_sql("DELETE FROM department WHERE name = 'D'")
        conn.exec_driver_sql("INSERT INTO department (name, abbreviation, active, sort_order) VALUES ('E', '', 1, 0)")
        ids = [r[0] for r in conn.exec_driver_sql("SELECT id FROM department ORDER BY id")]
    engine.dispose()
    assert ids == [1, 2, 5]
