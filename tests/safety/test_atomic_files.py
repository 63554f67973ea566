"""Every file isodesk writes appears under its final name only when complete (reports/files.py)."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from isodesk.domain.errors import DomainError
from isodesk.reports.files import TEMP_PREFIX, atomic_path, file_error, write_bytes_atomically


def test_a_failed_write_keeps_the_previous_file(tmp_path: Path) -> None:
    target = tmp_path / "ke-hoach.docx"
    target.write_bytes(b"good copy")
    with pytest.raises(RuntimeError):
        with atomic_path(target) as temporary:
            temporary.write_bytes(b"half")
            raise RuntimeError("killed")
    assert target.read_bytes() == b"good copy"
    assert [p.name for p in tmp_path.iterdir()] == ["ke-hoach.docx"]


def test_a_complete_write_replaces_the_file(tmp_path: Path) -> None:
    target = tmp_path / "a.pdf"
    target.write_bytes(b"old")
    write_bytes_atomically(target, b"new")
    assert target.read_bytes() == b"new"
    assert not any(p.name.startswith(TEMP_PREFIX) for p in tmp_path.iterdir())


def test_a_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(DomainError) as info:
        write_bytes_atomically(tmp_path / "gone" / "a.pdf", b"x")
    assert info.value.code == "folder_missing"


@pytest.mark.skipif(os.name == "nt" or os.geteuid() == 0, reason="root ignores folder permissions")
def test_a_read_only_folder_is_a_clear_error(tmp_path: Path) -> None:
    tmp_path.chmod(0o555)
    try:
        with pytest.raises(DomainError) as info:
            write_bytes_atomically(tmp_path / "a.pdf", b"x")
        assert info.value.code == "folder_not_writable"
    finally:
        tmp_path.chmod(0o755)


@pytest.mark.parametrize(("number", "code"), [(errno.ENOSPC, "disk_full"), (errno.EROFS, "folder_not_writable"),
                                              (errno.EACCES, "folder_not_writable"), (errno.EIO, "folder_missing"),
                                              (errno.EBUSY, "file_not_writable")])
def test_os_errors_map_to_their_own_messages(tmp_path: Path, number: int, code: str) -> None:
    assert file_error(tmp_path / "a.pdf", OSError(number, os.strerror(number))).code == code


def test_a_full_disk_during_the_write_leaves_nothing_under_the_final_name(tmp_path: Path) -> None:
    target = tmp_path / "bao-cao.xlsx"
    target.write_bytes(b"previous")
    with pytest.raises(DomainError) as info:
        with atomic_path(target) as temporary:
            temporary.write_bytes(b"part")
            raise OSError(errno.ENOSPC, "No space left on device")
    assert info.value.code == "disk_full"
    assert target.read_bytes() == b"previous"
    assert [p.name for p in tmp_path.iterdir()] == ["bao-cao.xlsx"]
