"""Test-wide setup: Qt offscreen before any QApplication exists; a real SQLite file per test.

Migrating an empty file through Alembic costs about half a second, so the migrations run once per
session into a template database (through the real ``open_services`` path) and every test gets a
copy of that closed file: the same bytes a fresh database would have, in its own tmp_path.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from isodesk.services.registry import Services

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("ISODESK_LANGUAGE", "vi")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Benchmarks print figures and run only on demand (``pytest -m benchmark``)."""
    if "benchmark" in (config.getoption("-m") or ""):
        return
    skip = pytest.mark.skip(reason="benchmark: run with -m benchmark")
    for item in items:
        if "benchmark" in item.keywords:
            item.add_marker(skip)


class DatabaseTemplate:
    """An empty database migrated to head once per session; :meth:`copy_to` hands out copies."""

    def __init__(self, path: Path) -> None:
        self.path = path

    @classmethod
    def build(cls, folder: Path, prepare: Callable[[Services], object] | None = None,
              start: DatabaseTemplate | None = None) -> DatabaseTemplate:
        """Migrate an empty file (or a copy of ``start``) and let ``prepare`` fill it, once."""
        from isodesk.services.registry import files_dir_for, open_services

        path = folder / "template.db"
        if start is not None:
            start.copy_to(path)
        services = open_services(path)  # the real first-run path: Alembic upgrade to head
        try:
            if prepare is not None:
                prepare(services)
        finally:
            services.close()
        # Fold the WAL into the file; after the last connection closes the file stands alone, so
        # copying it is copying a closed database (the -wal/-shm are recreated by whoever opens it).
        with contextlib.closing(sqlite3.connect(path)) as connection:
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        leftovers = [p for p in (Path(f"{path}-wal"), Path(f"{path}-shm"), files_dir_for(path)) if p.exists()]
        assert not leftovers, f"the template is not one closed file: {leftovers}"
        return cls(path)

    def copy_to(self, path: Path) -> Path:
        """A fresh migrated database at ``path`` (which must not exist yet); returns ``path``."""
        path = Path(path)
        if path.exists():
            raise FileExistsError(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(self.path, path)
        return path


@pytest.fixture(scope="session")
def database_template(tmp_path_factory: pytest.TempPathFactory) -> DatabaseTemplate:
    """The session's migrated template database (see :class:`DatabaseTemplate`)."""
    return DatabaseTemplate.build(tmp_path_factory.mktemp("template"))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Where the test's database file goes (not created here: ``services`` puts the template's copy there)."""
    return tmp_path / "isodesk.db"


@pytest.fixture
def services(db_path: Path, database_template: DatabaseTemplate) -> Iterator[Services]:
    """All services on a fresh, migrated database file in tmp_path (a copy of the session's template)."""
    from isodesk.services.registry import open_services

    svc = open_services(database_template.copy_to(db_path))
    yield svc
    svc.close()


@pytest.fixture(scope="session", autouse=True)
def one_qt_application(qapp: object) -> object:
    """One QApplication for the whole run, made before any test: a command run in-process (``isodesk report``,
    ``handover``) makes a bare QCoreApplication when none exists, and a window shown after that in the same
    process would crash — the real command line never shows a window."""
    return qapp
