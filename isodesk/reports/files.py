"""The one way isodesk writes a file: under a temporary name in the target folder, flushed to disk,
then renamed over the final name.

A crash, a kill, a full disk or a removed USB drive therefore never leaves a half-written file under
its final name, and never destroys the previous good copy. Every renderer (DOCX, PDF, XLSX) and every
exporter goes through :func:`atomic_path` or :func:`write_bytes_atomically`.
"""

from __future__ import annotations

import errno
import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from isodesk.durable import fsync_dir, fsync_file
from isodesk.domain.errors import DomainError

#: Prefix of every temporary file, so a folder listing (or a clean-up) can recognise them.
TEMP_PREFIX = ".isodesk-tmp-"


def temporary_sibling(path: Path) -> Path:
    """A unique temporary name in the same folder as ``path`` (same file system, so rename is atomic)."""
    return path.with_name(f"{TEMP_PREFIX}{uuid.uuid4().hex[:12]}-{path.name}")


def file_error(path: Path, exc: OSError) -> DomainError:
    """The Vietnamese-translatable error for an OS failure while writing ``path``."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return DomainError("disk_full", path=str(path))
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return DomainError("folder_not_writable", path=str(path.parent))
    if exc.errno in (errno.ENOENT, errno.ENODEV, errno.EIO, errno.ENXIO):
        return DomainError("folder_missing", path=str(path.parent))
    return DomainError("file_not_writable", path=str(path), detail=exc.strerror or str(exc))


@contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """Yield a temporary path to write ``path``'s content to; on success it replaces ``path``.

    The caller writes the complete file at the yielded path (any library that takes a file name).
    When the block ends without an exception the file is flushed to disk and renamed over
    ``path`` in one step; otherwise the temporary file is removed and ``path`` is left as it was.

    Raises:
        DomainError: ``disk_full``, ``folder_not_writable``, ``folder_missing`` or
            ``file_not_writable`` when the operating system refuses (nothing is left behind).
    """
    path = Path(path)
    if not path.parent.is_dir():
        raise DomainError("folder_missing", path=str(path.parent))
    temporary = temporary_sibling(path)
    try:
        yield temporary
        fsync_file(temporary)
        # Replace in one step. On Windows this fails while the old file is open in Word or Excel,
        # which is exactly when the user must be told.
        os.replace(temporary, path)
        fsync_dir(path.parent)
    except OSError as exc:
        raise file_error(path, exc) from exc
    finally:
        try:
            temporary.unlink(missing_ok=True)
        except OSError:
            pass


def write_bytes_atomically(path: Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` through :func:`atomic_path`; returns ``path``."""
    with atomic_path(path) as temporary:
        temporary.write_bytes(data)
    return Path(path)
