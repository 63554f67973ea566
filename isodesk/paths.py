"""Where isodesk's read-only resources live, in development and when frozen by PyInstaller.

Stdlib only: every layer may import this module.
"""

from __future__ import annotations

import sys
from pathlib import Path


def _base_dir() -> Path:
    """The folder that contains ``resources/``.

    PyInstaller unpacks (one-file) or places (one-folder) the bundle's data under
    ``sys._MEIPASS``; the spec copies ``resources/...`` there with the same relative paths.
    In development the repository root is the parent of the ``isodesk`` package.
    """
    frozen_root = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and frozen_root:
        return Path(frozen_root)
    return Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    """Return the absolute path of a file or folder under ``resources/``.

    Resolved from the package location (never from the working directory), so it works
    from any current directory, from an installed checkout and from a PyInstaller bundle.

    Args:
        *parts: path components below ``resources/``, e.g. ``("fonts", "LiberationSerif-Regular.ttf")``.

    Returns:
        The path; it is not checked for existence.
    """
    return _base_dir().joinpath("resources", *parts)
