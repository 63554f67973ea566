"""Constants and helpers of the annual report package tests (tests/package, tests/ui, the benchmark)."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest

#: The document the package tests take as "the annual report": the report module's offer
#: (isodesk.services.package.package_service.REPORT_KEY).
REPORT_KEY_FOR_TESTS = "report.annual"

#: The day the package tests look at the demo year from.
TODAY = date(2026, 11, 22)


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
