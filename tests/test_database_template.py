"""The session's template database (tests/conftest.py) is what a first run would have written."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path
from typing import Any


def _schema(path: Path) -> tuple[list[tuple[str, list[str]]], str, int, int]:
    with contextlib.closing(sqlite3.connect(path)) as connection:
        # Lines of each CREATE statement sorted: the order of constraints is not significant, and the
        # batch rebuild of migration 0005 reflects foreign keys as a set (their order follows the hash seed).
        tables = [(name, sorted(line.strip().rstrip(",") for line in sql.splitlines())) for name, sql in
                  connection.execute("SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY type, name")]
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        application_id = connection.execute("PRAGMA application_id").fetchone()[0]
        user_version = connection.execute("PRAGMA user_version").fetchone()[0]
    return tables, revision, application_id, user_version


def test_a_copy_equals_a_freshly_migrated_file(database_template: Any, tmp_path: Path) -> None:
    from isodesk.services.registry import open_services

    fresh = tmp_path / "fresh" / "isodesk.db"
    open_services(fresh).close()
    copy = database_template.copy_to(tmp_path / "copy" / "isodesk.db")
    assert _schema(copy) == _schema(fresh)


def test_a_copy_opens_in_wal_with_its_own_attachments_folder(services: Any, tmp_path: Path) -> None:
    from isodesk.domain import core as d
    from isodesk.services.registry import files_dir_for

    assert services.backup_made is None  # already at head: nothing to upgrade, no backup beside it
    department = services.agency.save_department(d.Department(None, "Văn phòng", "VP"))
    with services.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    assert Path(f"{services.db_path}-wal").exists()
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4 scan")
    services.attachments.attach("department", department.id, scan)
    assert files_dir_for(services.db_path).is_dir()
    assert services.db_path.parent == tmp_path.resolve()
