"""Making a written file, and its rename, survive a power cut: ``fsync`` of a file and of its folder.

Stdlib only: every layer may import this module (file writes in ``reports/files.py``, database backups
and upgrades in ``storage/``, attachment copies in ``services/``).
"""

from __future__ import annotations

import os
from pathlib import Path


def fsync_file(path: Path) -> None:
    """Flush ``path``'s content to the disk."""
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def fsync_dir(folder: Path) -> None:
    """Make a rename or a new name in ``folder`` durable; not possible (nor needed) on Windows, and
    quietly skipped where the file system refuses (the data itself is already flushed)."""
    if os.name == "nt":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
