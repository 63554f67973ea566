"""Fixtures of the annual report package tests: the small demo year, with a scan attached to its plan."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

import pytest

TODAY = date(2026, 11, 22)


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


@contextmanager
def read_only(path: Path) -> Iterator[None]:
    """Make a folder truly read-only, also for root (who ignores permission bits): the immutable
    attribute where it is available, else the permission bits."""
    use_chattr = os.geteuid() == 0 if hasattr(os, "geteuid") else False
    if use_chattr and subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode != 0:
        pytest.skip("cannot make a folder read-only for root here")
    mode = path.stat().st_mode
    if not use_chattr:
        path.chmod(0o555)
    try:
        yield
    finally:
        if use_chattr:
            subprocess.run(["chattr", "-i", str(path)], check=True)
        else:
            path.chmod(mode)
