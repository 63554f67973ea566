"""The one base of every dialog that saves something: :class:`FormDialog`.

A form dialog sets up its compiled form (``button_box`` and ``error_label`` required), shows the same
two buttons everywhere — "Lưu" (Save) with the save icon and "Hủy" (Cancel) — and on Save calls the
subclass's :meth:`FormDialog.write`, which goes through a service. A refusal (``DomainError``) is shown
under the fields it concerns (when the dialog declared them with :meth:`FormDialog.set_fields`), or in
the error line under the form; the dialog stays open and nothing was saved (services roll back).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date
from typing import Any, Generic, TypeVar

from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel, QPushButton, QStyle, QWidget

from isodesk.domain.errors import DomainError, FieldProblem, IsodeskError
from isodesk.domain.formatting import short_date
from isodesk.ui.dialogs.base import BaseDialog
from isodesk.ui.error_messages import REASONS
from isodesk.ui.errors import error_text
from isodesk.ui.validation import FieldErrors

def _readable_value(key: str, value: Any) -> Any:
    if isinstance(value, date):
        return short_date(value)
    if key in ("from_status", "to_status", "status"):
        from isodesk.domain.documents import RevisionStatus
        from isodesk.ui.labels import status_text

        try:
            return status_text(RevisionStatus(value))
        except ValueError:
            return value
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value)
    return value


def _readable_params(params: Mapping[str, Any]) -> dict[str, Any]:
    return {k: _readable_value(k, v) for k, v in params.items()}


def readable(exc: BaseException) -> BaseException:
    """A copy of a DomainError whose parameters read well in a sentence (dates dd/mm/yyyy, status names)."""
    if not isinstance(exc, DomainError):
        return exc
    return DomainError(exc.code, [replace(p, params=_readable_params(p.params)) for p in exc.problems],
                       **_readable_params(exc.params))


def message_for(exc: BaseException, field_labels: Mapping[str, str] | None = None) -> str:
    """The full Vietnamese message for an error raised by a service call."""
    from PySide6.QtCore import QCoreApplication

    text = error_text(readable(exc), field_labels)
    if isinstance(exc, DomainError) and exc.code in REASONS:
        reason = REASONS[exc.code].get(str(exc.params.get("reason", "")))
        if reason:
            text += "\n" + QCoreApplication.translate("Errors", reason)
    return text


def show_inline(label: QLabel, exc: BaseException | None, field_labels: Mapping[str, str] | None = None) -> None:
    """Show (or clear, with None) an error under a dialog's fields — never a modal box."""
    if exc is None:
        label.clear()
        label.setVisible(False)
        return
    label.setText(message_for(exc, field_labels))
    label.setVisible(True)


class Refusal(IsodeskError):
    """Raised by :meth:`FormDialog.write` with lines already worded for the user (shown under the form)."""

    def __init__(self, lines: Sequence[str]) -> None:
        super().__init__("\n".join(lines))
        self.lines = list(lines)


U = TypeVar("U")


class FormDialog(BaseDialog, Generic[U]):
    """A dialog on a compiled form ``U`` that has a ``button_box`` and an ``error_label``.

    Save runs :meth:`save`: :meth:`check` (problems the screen can see, e.g. a date that is not a
    date), then :meth:`write` (the service call). A refusal is shown under the fields (see
    :meth:`set_fields`) or in ``error_label``, and the dialog stays open.
    """

    def __init__(self, form: type[U], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ui: U = form()
        self._ui.setupUi(self)  # type: ignore[attr-defined]  # every compiled form class has setupUi; U is not bound to a protocol
        ui: Any = self._ui
        self.errors: FieldErrors | None = None
        self._error_label: QLabel = ui.error_label
        self._error_label.setObjectName("ErrorText")
        self._error_label.setWordWrap(True)
        show_inline(self._error_label, None)
        box: QDialogButtonBox = ui.button_box
        box.setStandardButtons(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        style = self.style()
        save = box.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("Save"))
        save.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_DialogSaveButton))
        save.setDefault(True)
        cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        cancel.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_DialogCancelButton))
        box.accepted.connect(self._on_button_box_accepted)
        box.rejected.connect(self.reject)

    @property
    def ui(self) -> U:
        return self._ui

    def ok_button(self) -> QPushButton:
        """The Save button (tests click it; dialogs enable or disable it)."""
        button: QPushButton = self._ui.button_box.button(QDialogButtonBox.StandardButton.Save)  # type: ignore[attr-defined]  # every form names its box button_box
        return button

    def cancel_button(self) -> QPushButton:
        button: QPushButton = self._ui.button_box.button(QDialogButtonBox.StandardButton.Cancel)  # type: ignore[attr-defined]  # every form names its box button_box
        return button

    def set_ok_text(self, text: str) -> None:
        """Only for dialogs whose action is not a plain save (Distribute, Withdraw…); same icon."""
        self.ok_button().setText(text)

    def set_fields(self, forms: QFormLayout | Sequence[QFormLayout], fields: Mapping[str, QWidget], *,
                   labels: Mapping[str, str] | None = None) -> FieldErrors:
        """Show refusals under these fields (service field name → widget); the rest in ``error_label``."""
        self.errors = FieldErrors(forms, fields, self._error_label, labels)
        return self.errors

    def field_labels(self) -> dict[str, str]:
        """Service field names → the labels the user sees (for error messages)."""
        return self.errors.labels() if self.errors is not None else {}

    def check(self) -> list[FieldProblem]:
        """Problems found before calling the service (e.g. a date typed wrong); none by default."""
        return []

    def write(self) -> bool | None:
        """Call the service with what was entered and keep its answer; raise DomainError to refuse.

        Return False to keep the dialog open after a successful save (it shows what follows)."""
        raise NotImplementedError

    def _on_button_box_accepted(self) -> None:
        self.save()

    def clear_errors(self) -> None:
        if self.errors is not None:
            self.errors.clear()
        show_inline(self._error_label, None)

    def show_refusal(self, exc: BaseException) -> None:
        """Say why nothing was saved: under the fields when they are known, else under the form."""
        labels = self.field_labels()
        if isinstance(exc, Refusal):
            self._error_label.setText("\n".join(dict.fromkeys(exc.lines)))
            self._error_label.setVisible(True)
            return
        if self.errors is not None and isinstance(exc, DomainError) and exc.problems:
            shown = readable(exc)
            assert isinstance(shown, DomainError)
            self.errors.show(shown.problems)
            return
        show_inline(self._error_label, exc, labels)

    def save(self) -> bool:
        """Write through the service and close; on refusal the reason shows under the fields."""
        self.clear_errors()
        try:
            problems = self.check()
            if problems:
                raise DomainError("validation", problems)
            close = self.write() is not False
        except (IsodeskError, OSError) as exc:  # the service rolled back: nothing was saved
            self.show_refusal(exc)
            return False
        if close:
            self.accept()
        return True
