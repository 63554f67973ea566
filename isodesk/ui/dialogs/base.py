"""Base dialog: remembers its size and position per dialog class."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLineEdit, QWidget

from isodesk.ui.settings import UiSettings


class BaseDialog(QDialog):
    """QDialog that restores its geometry on show and saves it when it closes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ui_settings = UiSettings()
        self._geometry_restored = False
        self.finished.connect(self._on_finished)

    def showEvent(self, event) -> None:
        if not self._geometry_restored:
            self._geometry_restored = True
            self._ui_settings.restore_geometry(self)
            # A field filled with a text longer than itself shows its beginning, not its end (where setText
            # leaves the cursor): "Công việc vận hành…", not "…ông việc vận hành ổn định".
            for edit in self.findChildren(QLineEdit):
                if not edit.hasFocus():
                    edit.setCursorPosition(0)
        super().showEvent(event)

    def _on_finished(self, _result: int) -> None:
        self._ui_settings.save_geometry(self)
