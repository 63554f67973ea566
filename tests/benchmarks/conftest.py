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


@pytest.fixture
def services(large_db: Path, qapp, tmp_path: Path) -> Iterator[Any]:  # type: ignore[no-untyped-def]
    """All services on a copy of :func:`large_db` (a benchmark may write), UI set up as the app does."""
    from isodesk.services.registry import open_services
    from isodesk.ui.i18n import install_translators
    from isodesk.ui.theme import apply_theme, load_fonts

    QCoreApplication.setOrganizationName("isodesk-bench")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "ini"))
    load_fonts(qapp)
    apply_theme(qapp)
    install_translators("vi")
    copy = tmp_path / "large.db"
    shutil.copyfile(large_db, copy)
    svc = open_services(copy)
    yield svc
    svc.close()
