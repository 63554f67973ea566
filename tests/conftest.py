"""Test-wide setup: Qt offscreen before any QApplication exists; a real SQLite file per test."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

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


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "isodesk.db"


@pytest.fixture
def services(db_path: Path) -> Iterator["object"]:
    """All services on a fresh, migrated database file in tmp_path."""
    from isodesk.services.registry import open_services

    svc = open_services(db_path)
    yield svc
    svc.close()
