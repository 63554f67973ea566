"""The file dialogs of exports, printouts and attachments, remembering the folder last used.

Screens wrap these in ``_ask_save_path`` / ``_ask_open_path`` methods so tests can replace them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from isodesk.ui.settings import UiSettings

# UI-settings key of the folder files were last attached from.
ATTACH_DIR_KEY = "documents/last_dir"


def _documents_folder() -> str:
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)


def ask_save_path(parent: QWidget, caption: str, file_name: str, file_filter: str) -> Path | None:
    """Ask where to write ``file_name`` (starting in the last export folder); None when cancelled."""
    settings = UiSettings()
    folder = settings.export_dir or _documents_folder()
    path, _ = QFileDialog.getSaveFileName(parent, caption, str(Path(folder) / file_name), file_filter)
    if not path:
        return None
    settings.export_dir = str(Path(path).parent)
    return Path(path)


def ask_open_path(parent: QWidget, caption: str, file_filter: str, key: str = ATTACH_DIR_KEY) -> Path | None:
    """Ask for a file to read (starting in the folder last used for ``key``); None when cancelled."""
    settings = UiSettings()
    folder = settings.value(key, "") or _documents_folder()
    path, _ = QFileDialog.getOpenFileName(parent, caption, str(folder), file_filter)
    if not path:
        return None
    settings.set_value(key, str(Path(path).parent))
    return Path(path)
