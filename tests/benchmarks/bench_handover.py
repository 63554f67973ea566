"""How long a backup, a handover package and its receipt take on the large demo (issue 12's closing
figures), with 200 scanned files of about 400 KB attached first, as an office accumulates them.

Run on demand: ``python -m pytest tests/benchmarks/bench_handover.py -m benchmark -s``.
"""

from __future__ import annotations

import os
import time
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from isodesk.domain.core import IssuedDocType, IssuedDocument
from isodesk.domain.handover import HandoverPeople
from isodesk.services.core.handover_service import receive_package

pytestmark = pytest.mark.benchmark

SCANS = 200
SCAN_BYTES = 400 * 1024


def _attach_scans(services: Any, folder: Path) -> int:
    folder.mkdir()
    total = 0
    for i in range(SCANS):
        scan = folder / f"scan-{i:03d}.pdf"
        # Scans are compressed images: random bytes compress about as little.
        scan.write_bytes(b"%PDF-1.4\n" + os.urandom(SCAN_BYTES))
        total += scan.stat().st_size
        services.register.save(IssuedDocument(None, IssuedDocType.DECISION, "UBND", None, "QĐ-UBND", None,
                                              f"Quyết định minh chứng {i}"), files=[(scan, "scan")])
    return total


def test_backup_and_handover_on_the_large_demo(services: Any, tmp_path: Path) -> None:
    scanned = _attach_scans(services, tmp_path / "scans")
    db_mb = services.db_path.stat().st_size / 1e6
    started = time.perf_counter()
    backup = services.backups.backup_now("manual")
    backup_s = time.perf_counter() - started

    people = HandoverPeople("Nguyễn Thị Lan", "Chuyên viên", "Trần Văn Bình", "Chuyên viên", "Lê Văn Hùng",
                            "Giám đốc", date.today())
    (tmp_path / "usb").mkdir()
    started = time.perf_counter()
    result = services.handover.write(tmp_path / "usb" / "bangiao", people, year=date.today().year)
    handover_s = time.perf_counter() - started
    started = time.perf_counter()
    received = receive_package(result.package, tmp_path / "new" / "isodesk.db")
    receive_s = time.perf_counter() - started
    print(f"\nlarge demo: database {db_mb:.1f} MB, {SCANS} attached scans ({scanned / 1e6:.1f} MB)")
    print(f"backup (copy + verify + manifest): {backup_s:.2f} s ({backup.size / 1e6:.1f} MB)")
    print(f"handover package (copy, minutes DOCX+PDF, zip, full re-verification): {handover_s:.2f} s "
          f"({result.size / 1e6:.1f} MB, {len(result.manifest.members)} files)")
    print(f"receipt (verify every hash, extract, integrity check): {receive_s:.2f} s "
          f"({received.files_restored} files)")
