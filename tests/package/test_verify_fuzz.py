"""Fuzzing ``verify`` (issue 12, what the Sở runs on a package it receives): random mutations of a
genuine package zip never raise — ``verify`` names what is wrong — and a package it calls valid holds
exactly the files its manifest lists, with their hashes."""

from __future__ import annotations

import hashlib
import os
import tempfile
import zipfile
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from isodesk.domain.package import MANIFEST_JSON, FileRole, Manifest
from isodesk.reports.package_archive import package_file, verify, write_manifest, write_zip

pytestmark = pytest.mark.filterwarnings("ignore:Generating overly large repr")


@pytest.fixture(scope="module")
def genuine(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """A small package: a report, an evidence scan in its step folder, the manifest; zipped."""
    root = tmp_path_factory.mktemp("pkg") / "BaoCao_ISO_2026_Kiem_Thu"
    (root / "01_Ke_hoach_ISO_nam").mkdir(parents=True)
    (root / "BaoCao_ISO_2026.pdf").write_bytes(b"%PDF-1.4 report " + bytes(range(256)) * 8)
    (root / "01_Ke_hoach_ISO_nam" / "Kế hoạch 01.pdf").write_bytes(b"%PDF-1.4 scan " + bytes(range(256)) * 8)
    files = (package_file(root, root / "BaoCao_ISO_2026.pdf", FileRole.REPORT_PDF),
             package_file(root, root / "01_Ke_hoach_ISO_nam" / "Kế hoạch 01.pdf", FileRole.EVIDENCE))
    write_manifest(root, Manifest("Ủy ban nhân dân xã Kiểm Thử", 2026, "xa-2025", "0.1.0",
                                  datetime(2026, 12, 1, 8, 0), files))
    target = root.parent / "goi.zip"
    write_zip(root, target)
    assert verify(target).ok
    return target.read_bytes()


@settings(max_examples=int(os.environ.get("ISODESK_FUZZ_EXAMPLES", "300")), deadline=3000, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_verify_never_raises_and_a_valid_verdict_is_true(genuine: bytes, tmp_path: Path, data: st.DataObject) -> None:
    blob = bytearray(genuine)
    for _ in range(data.draw(st.integers(1, 3))):
        at = data.draw(st.integers(0, len(blob) - 1))
        action = data.draw(st.sampled_from(["flip", "truncate", "insert"]))
        if action == "flip":
            blob[at] ^= data.draw(st.integers(1, 255))
        elif action == "truncate":
            del blob[max(at, 1):]
        else:
            blob[at:at] = data.draw(st.binary(min_size=1, max_size=32))
    path = Path(tempfile.mkdtemp(dir=tmp_path)) / "goi.zip"
    path.write_bytes(bytes(blob))
    result = verify(path)  # never raises, whatever the bytes
    if not result.ok:
        assert result.problems and all(p.path for p in result.problems)
        return
    # Valid: the listed files are there with their hashes, and nothing else (a byte nothing reads changed).
    with zipfile.ZipFile(path) as archive:
        names = [n for n in archive.namelist() if not n.endswith("/")]
        folder = names[0].split("/")[0]
        manifest = Manifest.from_json(archive.read(f"{folder}/{MANIFEST_JSON}").decode("utf-8"))
        for entry in manifest.files:
            assert hashlib.sha256(archive.read(f"{folder}/{entry.path}")).hexdigest() == entry.sha256
        assert sorted(names) == sorted([f"{folder}/{MANIFEST_JSON}"] + [f"{folder}/{f.path}" for f in manifest.files])
