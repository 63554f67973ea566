"""Shared pieces of the documents module's dialogs: the Vietnamese messages of the service error codes
and combo-box helpers. The dialog base, :class:`FormDialog`, lives in ``isodesk.ui.dialogs.form_dialog``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from enum import Enum
from typing import TypeVar

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QLabel

from isodesk.domain.core import Department, IssuedDocument, Person
from isodesk.domain.errors import DomainError, FieldProblem
from isodesk.ui.dialogs.form_dialog import message_for



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
    out: list[tuple[str, object]] = []
    for p in people:
        if p.active or p.id == include_id:
            out.append((f"{p.full_name} – {p.title}" if p.title else p.full_name, p.id))
    return out


def department_items(departments: Iterable[Department]) -> list[tuple[str, object]]:
    return [(d.name, d.id) for d in departments]


def decision_items(decisions: Iterable[IssuedDocument]) -> list[tuple[str, object]]:
    """Issued decisions of the register as "05/QĐ-UBND ngày 10/01/2025 – trích yếu"."""
    out: list[tuple[str, object]] = []
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
