"""Shared pieces of the documents module's dialogs: the Vietnamese messages of the service error codes
and combo-box helpers. The dialog base, :class:`FormDialog`, lives in ``isodesk.ui.dialogs.form_dialog``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from enum import Enum
from typing import TypeVar

from PySide6.QtCore import QDate, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QComboBox, QLabel

from isodesk.domain.core import Department, IssuedDocument, Person
from isodesk.domain.errors import DomainError, FieldProblem
from isodesk.ui.dialogs.form_dialog import message_for, register_reasons
from isodesk.ui.errors import register_messages

register_messages({
    # field problems of documents, revisions, distribution, reviews and records
    "bad_code": QT_TRANSLATE_NOOP("Errors", "{field}: “{value}” is not a valid code; use letters, digits and . - / only (e.g. QT.01)."),
    "too_long": QT_TRANSLATE_NOOP("Errors", "{field}: at most {max_length} characters."),
    "out_of_range": QT_TRANSLATE_NOOP("Errors", "{field}: must be between {min} and {max}."),
    "only_for_system_procedures": QT_TRANSLATE_NOOP("Errors", "{field}: only a system procedure can be one of the mandatory procedures."),
    "change_needs_content": QT_TRANSLATE_NOOP("Errors", "{field}: line {line} of the change log has no content."),
    "effective_needs_date": QT_TRANSLATE_NOOP("Errors", "{field}: a revision in force needs its effective date."),
    "effective_needs_decision": QT_TRANSLATE_NOOP("Errors", "{field}: a revision in force needs the decision that issued it."),
    "decision_not_issued": QT_TRANSLATE_NOOP("Errors", "{field}: this decision is still a draft in the register; give it its number and date first."),
    "effective_needs_approver": QT_TRANSLATE_NOOP("Errors", "{field}: a revision in force needs the person who approved it."),
    "effective_before_decision": QT_TRANSLATE_NOOP("Errors", "{field}: cannot be before the date of the decision ({decision_date})."),
    "effective_before_previous": QT_TRANSLATE_NOOP("Errors", "{field}: cannot be before the previous revision took effect ({previous})."),
    "recipient_required": QT_TRANSLATE_NOOP("Errors", "Choose a department or a person to give the copies to."),
    "given_before_effective": QT_TRANSLATE_NOOP("Errors", "{field}: copies cannot be given before the revision takes effect ({effective_date})."),
    "acknowledged_before_given": QT_TRANSLATE_NOOP("Errors", "{field}: the receipt cannot be before the copies were given ({given_on})."),
    "recalled_before_given": QT_TRANSLATE_NOOP("Errors", "{field}: copies cannot be recalled before they were given ({given_on})."),
    "review_before_effective": QT_TRANSLATE_NOOP("Errors", "{field}: the review cannot be before the revision in force took effect ({effective_date})."),
    "withdrawn_before_effective": QT_TRANSLATE_NOOP("Errors", "{field}: the document cannot go out of force before it took effect ({effective_date})."),
    "to_year_before_from_year": QT_TRANSLATE_NOOP("Errors", "{field}: the last year cannot be before the first year."),
    "unknown_keeper": QT_TRANSLATE_NOOP("Errors", "{field}: “{value}” is neither a department nor a person of the agency."),
    "unknown_department": QT_TRANSLATE_NOOP("Errors", "{field}: the department “{value}” is not in the list of departments."),
    # whole-request refusals
    "document_in_use": QT_TRANSLATE_NOOP("Errors", "The document is in use or cited and cannot be deleted; it can be made no longer in force (Withdraw) instead."),
    "document_withdrawn": QT_TRANSLATE_NOOP("Errors", "{document_code} is no longer in force; it cannot get a new revision."),
    "draft_exists": QT_TRANSLATE_NOOP("Errors", "{document_code} already has a draft revision; edit or issue that one first."),
    "document_not_effective": QT_TRANSLATE_NOOP("Errors", "{document_code} has no revision in force."),
    "revision_not_effective": QT_TRANSLATE_NOOP("Errors", "Revision {number} is not in force; only the revision in force is distributed."),
    "already_recalled": QT_TRANSLATE_NOOP("Errors", "These copies were already recalled on {recalled_on}."),
    "revision_superseded": QT_TRANSLATE_NOOP("Errors", "Revision {number} is no longer in force; it is kept as a record and cannot be changed."),
    "forbidden_transition": QT_TRANSLATE_NOOP("Errors", "A revision cannot go from “{from_status}” back to “{to_status}”; open a new revision instead."),
    "file_not_writable": QT_TRANSLATE_NOOP("Errors", "The file {path} cannot be written. If it is open in Excel or Word, close it; otherwise choose another folder."),
})

#: Why a document cannot be deleted, by the ``reason`` of ``document_in_use``.
IN_USE_REASONS: dict[str, str] = {
    "effective": QT_TRANSLATE_NOOP("DocumentsCommon", "It is in force."),
    "issued": QT_TRANSLATE_NOOP("DocumentsCommon", "It was in force once: its history is a record to keep."),
    "distributed": QT_TRANSLATE_NOOP("DocumentsCommon", "Copies of it have been distributed."),
    "cited": QT_TRANSLATE_NOOP("DocumentsCommon", "Another record refers to it."),
}
register_reasons("document_in_use", IN_USE_REASONS, "DocumentsCommon")



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
