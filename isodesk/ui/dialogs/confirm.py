"""A Yes/No question that does not block: the action runs when the user answers Yes.

``QMessageBox.question`` runs a modal event loop (and hangs headless tests); this opens the box
window-modally with ``open()`` and calls ``on_yes`` from the button signal.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget


def ask(parent: QWidget, title: str, text: str, on_yes: Callable[[], None], *,
        yes_text: str = "", informative: str = "") -> QMessageBox:
    """Show the question and return the box (tests click its buttons)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setObjectName("confirm_box")
    box.setDefaultButton(QMessageBox.StandardButton.No)
    if yes_text:
        box.button(QMessageBox.StandardButton.Yes).setText(yes_text)
    if informative:
        box.setInformativeText(informative)

    def _on_finished(_result: int) -> None:
        if box.clickedButton() is box.button(QMessageBox.StandardButton.Yes):
            on_yes()
        box.deleteLater()

    box.finished.connect(_on_finished)
    box.open()
    return box
