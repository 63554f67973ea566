"""Manifest and verify (issue 11 point 7): a package folder or zip checked file by file."""

from __future__ import annotations

import os
import struct
import zipfile
from datetime import datetime
from pathlib import Path

import pytest

from isodesk.domain.package import (
    MANIFEST_JSON,
    MANIFEST_TXT,
    FileRole,
    Manifest,
    PackageLimits,
    ProblemKind,
    path_problem,
)
from isodesk.reports.package_archive import package_file, verify, write_manifest, write_zip


def make_package(root: Path) -> Path:
    (root / "01_Ke_hoach_ISO_nam").mkdir(parents=True)
    (root / "BaoCao.docx").write_bytes(b"report docx bytes")
    (root / "01_Ke_hoach_ISO_nam" / "Kế hoạch số 01.pdf").write_bytes(b"%PDF-1.4 scan" * 100)
    files = (package_file(root, root / "BaoCao.docx", FileRole.REPORT_DOCX),
             package_file(root, root / "01_Ke_hoach_ISO_nam" / "Kế hoạch số 01.pdf", FileRole.EVIDENCE, "Kế hoạch"))
    write_manifest(root, Manifest(agency="Ủy ban nhân dân xã Sơn Lâm", year=2026, outline="A", isodesk_version="t",
                                  created=datetime(2026, 11, 22, 9, 30), files=files))
    return root


def kinds(result) -> set[tuple[ProblemKind, str]]:  # type: ignore[no-untyped-def]
    return {(p.kind, p.path) for p in result.problems}


def test_a_written_package_verifies_and_lists_its_text_manifest(tmp_path: Path) -> None:
    root = make_package(tmp_path / "BaoCao_ISO_2026_UBND")
    result = verify(root)
    assert result.ok, result.problems
    assert result.files_checked == 3  # the two files and MANIFEST.txt
    assert result.manifest is not None and result.manifest.year == 2026
    text = (root / MANIFEST_TXT).read_text("utf-8-sig")
    assert "Ủy ban nhân dân xã Sơn Lâm" in text and "SHA-256" in text and "Kế hoạch số 01.pdf" in text


def test_tampered_missing_and_extra_files_are_named(tmp_path: Path) -> None:
    root = make_package(tmp_path / "p")
    scan = root / "01_Ke_hoach_ISO_nam" / "Kế hoạch số 01.pdf"
    data = bytearray(scan.read_bytes())
    data[5] ^= 1
    scan.write_bytes(bytes(data))
    (root / "BaoCao.docx").unlink()
    (root / "extra.txt").write_text("x")
    result = verify(root)
    assert not result.ok
    assert kinds(result) == {(ProblemKind.MODIFIED, "01_Ke_hoach_ISO_nam/Kế hoạch số 01.pdf"),
                             (ProblemKind.MISSING, "BaoCao.docx"), (ProblemKind.EXTRA, "extra.txt")}
    assert any("Kế hoạch số 01.pdf: nội dung bị thay đổi" in p.text for p in result.problems)


def test_a_symlink_in_the_folder_is_refused(tmp_path: Path) -> None:
    root = make_package(tmp_path / "p")
    os.symlink("/etc/passwd", root / "passwd")
    assert (ProblemKind.SYMLINK, "passwd") in kinds(verify(root))


def test_no_manifest_and_a_broken_manifest(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    assert kinds(verify(tmp_path / "a")) == {(ProblemKind.NO_MANIFEST, MANIFEST_JSON)}
    root = make_package(tmp_path / "b")
    (root / MANIFEST_JSON).write_text('{"kind": "something else"}')
    assert {p.kind for p in verify(root).problems} == {ProblemKind.BAD_MANIFEST}
    assert not verify(tmp_path / "nowhere").ok


def test_the_zip_verifies_and_a_changed_byte_inside_is_named(tmp_path: Path) -> None:
    root = make_package(tmp_path / "BaoCao_ISO_2026_UBND")
    archive = write_zip(root, tmp_path / "BaoCao_ISO_2026_UBND.zip")
    assert verify(archive).ok
    with zipfile.ZipFile(archive) as z:
        assert all(n.startswith("BaoCao_ISO_2026_UBND/") for n in z.namelist())
    tampered = tmp_path / "t.zip"
    with zipfile.ZipFile(archive) as src, zipfile.ZipFile(tampered, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename.endswith("BaoCao.docx"):
                data = data.replace(b"report", b"rePort")
            dst.writestr(info, data)
    result = verify(tampered)
    assert kinds(result) == {(ProblemKind.MODIFIED, "BaoCao.docx")}


def _zip_with(tmp_path: Path, entries: dict[str, bytes], name: str = "x.zip") -> Path:
    root = make_package(tmp_path / f"src-{name}")
    target = tmp_path / name
    with zipfile.ZipFile(target, "w") as z:
        for path in sorted(root.rglob("*")):
            if path.is_file():
                z.write(path, path.relative_to(root).as_posix())
        for entry, data in entries.items():
            z.writestr(entry, data)
    return target


@pytest.mark.parametrize("entry, why", [("../evil.txt", "dot_dot"), ("/etc/evil", "absolute"),
                                        ("C:/Windows/evil", "drive"), ("a\\..\\evil", "backslash")])
def test_unsafe_names_in_a_zip_are_refused(tmp_path: Path, entry: str, why: str) -> None:
    result = verify(_zip_with(tmp_path, {entry: b"x"}))
    assert (ProblemKind.UNSAFE_PATH, entry) in kinds(result)
    assert path_problem(entry) == why


def test_a_symlink_entry_and_a_case_twin_in_a_zip_are_refused(tmp_path: Path) -> None:
    target = _zip_with(tmp_path, {"BAOCAO.DOCX": b"twin"})
    with zipfile.ZipFile(target, "a") as z:
        info = zipfile.ZipInfo("link")
        info.external_attr = (0o120777 << 16)
        z.writestr(info, "/etc/passwd")
    found = kinds(verify(target))
    assert (ProblemKind.SYMLINK, "link") in found
    assert (ProblemKind.DUPLICATE, "BAOCAO.DOCX") in found or (ProblemKind.DUPLICATE, "BaoCao.docx") in found


def test_a_zip_bomb_is_refused_from_its_directory(tmp_path: Path) -> None:
    # A tiny zip whose central directory declares a 4 GB member: refused before a byte is inflated.
    target = _zip_with(tmp_path, {"bomb.bin": b"0" * 100})
    data = bytearray(target.read_bytes())
    central = data.rfind(b"PK\x01\x02")  # the last central directory entry is bomb.bin's
    struct.pack_into("<I", data, central + 24, 0xFFFFFFF0)
    target.write_bytes(bytes(data))
    result = verify(target)
    assert (ProblemKind.TOO_LARGE, "bomb.bin") in kinds(result)
    # And a highly compressible member over the ratio limit.
    ratio = _zip_with(tmp_path, {}, "r.zip")
    with zipfile.ZipFile(ratio, "a", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("zeros.bin", b"\0" * (3 * 1024**2))
    assert (ProblemKind.TOO_LARGE, "zeros.bin") in kinds(verify(ratio))
    too_many = PackageLimits(max_files=2)
    assert {p.kind for p in verify(ratio, too_many).problems} == {ProblemKind.TOO_LARGE}


def test_not_a_zip(tmp_path: Path) -> None:
    bad = tmp_path / "x.zip"
    bad.write_bytes(b"not a zip")
    assert {p.kind for p in verify(bad).problems} == {ProblemKind.UNREADABLE}
