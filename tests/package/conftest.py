"""Fixtures of the annual report package tests: the small demo year, with a scan attached to its plan."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from package_fixtures import TODAY


@pytest.fixture(scope="session")
def package_demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The small demo database of 22/11/2026 with a scan attached to the issued plan, made once."""
    from isodesk.demo.data import generate_demo
    from isodesk.services.registry import open_services

    db = generate_demo(tmp_path_factory.mktemp("package-demo") / "demo.db", scale="small", today=TODAY)
    services = open_services(db)
    try:
        entry = services.drafted.register_entry("annual_plan", 2026)
        assert entry is not None and entry.id is not None
        scan = tmp_path_factory.mktemp("scan") / "Kế hoạch 01 (bản ký).pdf"
        scan.write_bytes(b"%PDF-1.4\n% signed scan of the plan\n" + bytes(range(256)) * 40)
        services.attachments.attach("issued_document", entry.id, scan)
    finally:
        services.close()
    return db


@pytest.fixture
def pkg_services(package_demo: Path, tmp_path: Path) -> Iterator[Any]:
    """Services on a copy of :func:`package_demo` (database and attachments)."""
    from isodesk.services.registry import files_dir_for, open_services

    target = tmp_path / "data" / "demo.db"
    target.parent.mkdir()
    shutil.copyfile(package_demo, target)
    shutil.copytree(files_dir_for(package_demo), files_dir_for(target))
    services = open_services(target)
    yield services
    services.close()
