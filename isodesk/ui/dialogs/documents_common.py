"""Shared pieces of the documents module's dialogs: the Vietnamese messages of the service error codes,
readable error parameters (dates as dd/mm/yyyy, statuses by name), combo-box helpers, and
:class:`FormDialog`, the OK/Cancel dialog that writes through a service and explains a refusal inline.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import date
from enum import Enum
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLabel, QWidget

from isodesk.domain.core import Department, IssuedDocument, Person
from isodesk.domain.documents import RevisionStatus
from isodesk.domain.errors import DomainError, FieldProblem
from isodesk.domain.formatting import short_date
from isodesk.domain.i18n import QT_TRANSLATE_NOOP
from isodesk.ui.dialogs.base import BaseDialog
from isodesk.ui.errors import error_text
from isodesk.ui.labels import status_text

#: Why a document cannot be deleted, by the ``reason`` of ``document_in_use``.
IN_USE_REASONS: dict[str, str] = {
    "effective": QT_TRANSLATE_NOOP("DocumentsCommon", "It is in force."),
    "issued": QT_TRANSLATE_NOOP("DocumentsCommon", "It was in force once: its history is a record to keep."),
    "distributed": QT_TRANSLATE_NOOP("DocumentsCommon", "Copies of it have been distributed."),
    "cited": QT_TRANSLATE_NOOP("DocumentsCommon", "Another record refers to it."),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("DocumentsCommon", text)


def _readable_value(key: str, value: Any) -> Any:
    if isinstance(value, date):
        return short_date(value)
    if key in ("from_status", "to_status", "status"):
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
    """The full Vietnamese message for an error raised by a documents/records service call."""
    text = error_text(readable(exc), field_labels)
    if isinstance(exc, DomainError) and exc.code == "document_in_use":
        reason = IN_USE_REASONS.get(str(exc.params.get("reason", "")))
        if reason:
            text += "\n" + _tr(reason)
    return text


def show_inline(label: QLabel, exc: BaseException | None, field_labels: Mapping[str, str] | None = None) -> None:
    """Show (or clear, with None) an error under a dialog's fields — never a modal box."""
    if exc is None:
        label.clear()
        label.setVisible(False)
        return
    label.setText(message_for(exc, field_labels))
    label.setVisible(True)


def label_text(label: QLabel) -> str:
    """A field's name as its label shows it, without the mnemonic, colon or required-field star."""
    return label.text().replace("&", "").rstrip(" :*")


def problems_text(problems: Iterable[FieldProblem], field_labels: Mapping[str, str] | None = None) -> str:
    return message_for(DomainError("validation", list(problems)), field_labels)


# --------------------------------------------------------------------------- combos and dates


def fill_combo(combo: QComboBox, items: Sequence[tuple[str, object]], selected: object = None,
               none_text: str | None = None) -> None:
    """Replace a combo's entries with ``(text, data)`` pairs (plus a "none" entry first) and select ``selected``."""
    combo.blockSignals(True)
    combo.clear()
    if none_text is not None:
        combo.addItem(none_text, None)
    for text, data in items:
        combo.addItem(text, data.value if isinstance(data, Enum) else data)
    if isinstance(selected, Enum):
        selected = selected.value
    index = combo.findData(selected) if selected is not None else (0 if none_text is not None else -1)
    combo.setCurrentIndex(max(index, 0) if combo.count() else -1)
    combo.blockSignals(False)


def people_items(people: Iterable[Person], include_id: int | None = None) -> list[tuple[str, object]]:
    """Active people as "Name – title"; an inactive person already chosen stays available."""
    out = []
    for p in people:
        if p.active or p.id == include_id:
            out.append((f"{p.full_name} – {p.title}" if p.title else p.full_name, p.id))
    return out


def department_items(departments: Iterable[Department]) -> list[tuple[str, object]]:
    return [(d.name, d.id) for d in departments]


def decision_items(decisions: Iterable[IssuedDocument]) -> list[tuple[str, object]]:
    """Issued decisions of the register as "05/QĐ-UBND ngày 10/01/2025 – trích yếu"."""
    out = []
    for doc in decisions:
        summary = doc.summary if len(doc.summary) <= 90 else doc.summary[:89] + "…"
        out.append((f"{doc.reference} – {summary}", doc.id))
    return out


def combo_id(combo: QComboBox) -> int | None:
    data = combo.currentData()
    return int(data) if data is not None else None


E = TypeVar("E", bound=Enum)


def combo_enum(combo: QComboBox, enum_type: type[E]) -> E | None:
    """The enum member chosen (Qt hands ``str`` enums back as plain strings)."""
    data = combo.currentData()
    return enum_type(data) if data is not None else None


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


# --------------------------------------------------------------------------- OK/Cancel dialogs over a service

U = TypeVar("U")


class FormDialog(BaseDialog, Generic[U]):
    """A dialog on a compiled form ``U`` that has a ``button_box`` (OK, Cancel) and an ``error_label``.

    OK runs :meth:`save`: the subclass's :meth:`write` calls the service; a refusal (DomainError) is
    shown under the fields, named by :meth:`field_labels`, and the dialog stays open.
    """

    def __init__(self, form: type[U], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ui: U = form()
        self._ui.setupUi(self)  # type: ignore[attr-defined]
        ui: Any = self._ui
        show_inline(ui.error_label, None)
        ui.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        ui.button_box.accepted.connect(self._on_button_box_accepted)
        ui.button_box.rejected.connect(self.reject)

    @property
    def ui(self) -> U:
        return self._ui

    def set_ok_text(self, text: str) -> None:
        """What the OK button says (Save, Distribute, Record…)."""
        self._ui.button_box.button(QDialogButtonBox.StandardButton.Ok).setText(text)  # type: ignore[attr-defined]

    def field_labels(self) -> dict[str, str]:
        """Service field names → the labels the user sees (for error messages)."""
        return {}

    def write(self) -> None:
        """Call the service with what was entered and keep its answer; raise DomainError to refuse."""
        raise NotImplementedError

    def _on_button_box_accepted(self) -> None:
        self.save()

    def save(self) -> bool:
        """Write through the service and close; on refusal the reason shows under the fields."""
        try:
            self.write()
        except DomainError as exc:
            show_inline(self._ui.error_label, exc, self.field_labels())  # type: ignore[attr-defined]
            return False
        self.accept()
        return True
