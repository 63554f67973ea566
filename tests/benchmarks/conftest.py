"""Shared ground of the screen benchmarks: the large demo database, generated once per run, and the
services on a copy of it with the Vietnamese UI environment (fonts, theme, translators)."""

from __future__ import annotations

import shutil
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QSettings


@pytest.fixture(scope="session")
def large_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The large demo (a big agency, ten years), written once for every benchmark of the run."""
    from isodesk.demo.data import generate_demo

    db = tmp_path_factory.mktemp("bench") / "large.db"
    started = time.perf_counter()
    generate_demo(db, scale="large")
    print(f"\nlarge demo generated in {time.perf_counter() - started:.1f} s ({db.stat().st_size / 1e6:.1f} MB)")
    return db


def _services_on_a_copy(db: Path, qapp, tmp_path: Path) -> Iterator[Any]:  # type: ignore[no-untyped-def]
    """All services on a copy of ``db`` (a benchmark may write), the UI set up as the app does."""
    from isodesk.services.registry import open_services
    from isodesk.ui.i18n import install_translators
    from isodesk.ui.theme import apply_theme, load_fonts

    QCoreApplication.setOrganizationName("isodesk-bench")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "ini"))
    load_fonts(qapp)
    apply_theme(qapp)
    install_translators("vi")
    copy = tmp_path / db.name
    shutil.copyfile(db, copy)
    svc = open_services(copy)
    yield svc
    svc.close()


@pytest.fixture
def services(large_db: Path, qapp, tmp_path: Path) -> Iterator[Any]:  # type: ignore[no-untyped-def]
    """All services on a copy of :func:`large_db` (a benchmark may write), UI set up as the app does."""
    yield from _services_on_a_copy(large_db, qapp, tmp_path)


TEN_TIMES_DOCUMENTS = 10_700
"""Documents in :func:`large10_db`."""


@pytest.fixture(scope="session")
def large10_db(large_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The internal documents list of issue 13 item 17 (10,700 documents, ten times the large demo of then):
    the large demo with its documents copied under other codes (``K2.QT.TP.01`` …) up to that count,
    written once per run. Only the documents list grows;
    it reads the document rows and their departments, so the copies need no revisions of their own."""
    import sqlite3

    db = tmp_path_factory.mktemp("bench10") / "large10.db"
    shutil.copyfile(large_db, db)
    started = time.perf_counter()
    con = sqlite3.connect(db)
    try:
        columns = [row[1] for row in con.execute("PRAGMA table_info(internal_document)") if row[1] != "id"]
        rows = con.execute(f"SELECT {', '.join(columns)} FROM internal_document").fetchall()
        at = {name: i for i, name in enumerate(columns)}
        copies: list[list[Any]] = []
        wanted = TEN_TIMES_DOCUMENTS - len(rows)
        for n in range(2, 2 + -(-wanted // len(rows))):
            for row in rows[: wanted - len(copies)]:
                row = list(row)
                row[at["code"]] = f"K{n}.{row[at['code']]}"
                row[at["code_key"]] = f"k{n}.{row[at['code_key']]}"
                row[at["search_key"]] = f"k{n}.{row[at['search_key']]}"
                copies.append(row)
        with con:
            con.executemany(f"INSERT INTO internal_document ({', '.join(columns)}) "
                            f"VALUES ({', '.join('?' * len(columns))})", copies)
        total = con.execute("SELECT count(*) FROM internal_document").fetchone()[0]
    finally:
        con.close()
    print(f"\n10× documents database: {total} documents, built in {time.perf_counter() - started:.1f} s")
    return db


@pytest.fixture
def services10(large10_db: Path, qapp, tmp_path: Path) -> Iterator[Any]:  # type: ignore[no-untyped-def]
    """All services on a copy of :func:`large10_db`, UI set up as the app does."""
    yield from _services_on_a_copy(large10_db, qapp, tmp_path)
