"""The change history (``ChangeEntry`` rows) as a table, with readable Vietnamese names and values.

Services record raw column names and JSON values; this module turns them into what the secretary
reads: "Cán bộ: Nguyễn Thị Thu Hà", "Chức vụ: Công chức → Chuyên viên", dates as dd/mm/yyyy,
Yes/No, enum labels. Other modules add the names of their tables with
:func:`register_entity_labels` and of their fields with :func:`register_field_labels`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication

from isodesk.domain import core as d
from isodesk.domain.formatting import short_date
from isodesk.domain.i18n import QT_TRANSLATE_NOOP
from isodesk.ui import labels
from isodesk.ui.models.dto_table_model import DtoTableModel, TableColumn

_ENTITY_LABELS: dict[str, tuple[str, str]] = {
    "agency_version": ("History", QT_TRANSLATE_NOOP("History", "Agency details")),
    "department": ("History", QT_TRANSLATE_NOOP("History", "Department")),
    "person": ("History", QT_TRANSLATE_NOOP("History", "Person")),
    "reporting_year": ("History", QT_TRANSLATE_NOOP("History", "Reporting year")),
    "issued_document": ("History", QT_TRANSLATE_NOOP("History", "Issued document")),
    "attachment_link": ("History", QT_TRANSLATE_NOOP("History", "Attached file")),
    "report_package": ("History", QT_TRANSLATE_NOOP("History", "Annual report package exported")),
}

_FIELD_LABELS: dict[str, tuple[str, str]] = {
    key: ("HistoryFields", text) for key, text in {
        "name": QT_TRANSLATE_NOOP("HistoryFields", "Name"),
        "parent_name": QT_TRANSLATE_NOOP("HistoryFields", "Governing agency"),
        "tier": QT_TRANSLATE_NOOP("HistoryFields", "Kind of agency"),
        "province": QT_TRANSLATE_NOOP("HistoryFields", "Province"),
        "place_name": QT_TRANSLATE_NOOP("HistoryFields", "Place name"),
        "abbreviation": QT_TRANSLATE_NOOP("HistoryFields", "Abbreviation"),
        "address": QT_TRANSLATE_NOOP("HistoryFields", "Address"),
        "phone": QT_TRANSLATE_NOOP("HistoryFields", "Phone"),
        "email": QT_TRANSLATE_NOOP("HistoryFields", "E-mail"),
        "head_title": QT_TRANSLATE_NOOP("HistoryFields", "Title of the head"),
        "deputy_title": QT_TRANSLATE_NOOP("HistoryFields", "Title of a deputy"),
        "collective_name": QT_TRANSLATE_NOOP("HistoryFields", "Collective name"),
        "valid_from": QT_TRANSLATE_NOOP("HistoryFields", "Valid from"),
        "active": QT_TRANSLATE_NOOP("HistoryFields", "In use"),
        "sort_order": QT_TRANSLATE_NOOP("HistoryFields", "Order"),
        "full_name": QT_TRANSLATE_NOOP("HistoryFields", "Full name"),
        "title": QT_TRANSLATE_NOOP("HistoryFields", "Position"),
        "department_id": QT_TRANSLATE_NOOP("HistoryFields", "Department"),
        "is_leader": QT_TRANSLATE_NOOP("HistoryFields", "Leader"),
        "is_iso_secretary": QT_TRANSLATE_NOOP("HistoryFields", "ISO secretary"),
        "is_internal_auditor": QT_TRANSLATE_NOOP("HistoryFields", "Internal auditor"),
        "auditor_certificate": QT_TRANSLATE_NOOP("HistoryFields", "Auditor certificate"),
        "steering_role": QT_TRANSLATE_NOOP("HistoryFields", "Seat on the steering committee"),
        "steering_decision_id": QT_TRANSLATE_NOOP("HistoryFields", "Appointed by decision"),
        "year": QT_TRANSLATE_NOOP("HistoryFields", "Reporting year"),
        "period_start": QT_TRANSLATE_NOOP("HistoryFields", "Period from"),
        "period_end": QT_TRANSLATE_NOOP("HistoryFields", "Period to"),
        "deadline": QT_TRANSLATE_NOOP("HistoryFields", "Report deadline"),
        "notes": QT_TRANSLATE_NOOP("HistoryFields", "Notes"),
        "doc_type": QT_TRANSLATE_NOOP("HistoryFields", "Type"),
        "issuer": QT_TRANSLATE_NOOP("HistoryFields", "Issued by"),
        "number": QT_TRANSLATE_NOOP("HistoryFields", "Number"),
        "number_year": QT_TRANSLATE_NOOP("HistoryFields", "Numbering year"),
        "symbol": QT_TRANSLATE_NOOP("HistoryFields", "Symbol"),
        "issue_date": QT_TRANSLATE_NOOP("HistoryFields", "Date"),
        "summary": QT_TRANSLATE_NOOP("HistoryFields", "Summary"),
        "signer_name": QT_TRANSLATE_NOOP("HistoryFields", "Signed by"),
        "signer_title": QT_TRANSLATE_NOOP("HistoryFields", "Signer's title"),
        "status": QT_TRANSLATE_NOOP("HistoryFields", "Status"),
        "purpose": QT_TRANSLATE_NOOP("HistoryFields", "Evidence of"),
        "original_name": QT_TRANSLATE_NOOP("HistoryFields", "File name"),
        "role": QT_TRANSLATE_NOOP("HistoryFields", "Role"),
        "added_at": QT_TRANSLATE_NOOP("HistoryFields", "Added at"),
        "entity": QT_TRANSLATE_NOOP("HistoryFields", "Attached to"),
        "entity_id": QT_TRANSLATE_NOOP("HistoryFields", "Record number"),
    }.items()
}
#: (entity, field) labels that differ from the general one.
_ENTITY_FIELD_LABELS: dict[tuple[str, str], tuple[str, str]] = {
    ("reporting_year", "year"): ("HistoryFields", QT_TRANSLATE_NOOP("HistoryFields", "Year")),
    ("agency_version", "name"): ("HistoryFields", QT_TRANSLATE_NOOP("HistoryFields", "Agency name")),
    ("report_package", "package"): ("HistoryFields", QT_TRANSLATE_NOOP("HistoryFields", "Package")),
    ("report_package", "confirmed_errors"): ("HistoryFields",
                                             QT_TRANSLATE_NOOP("HistoryFields", "Errors confirmed to export anyway")),
}
#: The order fields are listed in (the history stores them alphabetically).
_FIELD_ORDER = (
    "name", "full_name", "title", "tier", "province", "place_name", "parent_name", "abbreviation", "valid_from",
    "address", "phone", "email", "head_title", "deputy_title", "collective_name", "department_id", "is_leader",
    "is_iso_secretary", "is_internal_auditor", "auditor_certificate", "steering_role", "steering_decision_id",
    "doc_type", "issuer", "number", "number_year", "symbol", "issue_date", "summary", "signer_name", "signer_title",
    "status", "purpose", "year", "period_start", "period_end", "deadline", "original_name", "role", "entity",
    "entity_id", "added_at", "notes", "sort_order", "active",
)
#: Columns not worth showing (technical keys).
_HIDDEN_FIELDS = {"id", "attachment_id", "number_year"}  # number_year follows the date
#: Fields whose value names the record ("Cán bộ: Nguyễn Thị Thu Hà").
_NAME_FIELDS = ("full_name", "name", "original_name", "summary", "year")

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ISO_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?")

_ENUM_FIELDS: dict[str, Callable[[str], str]] = {
    "tier": lambda v: labels.tier_label(d.AgencyTier(v)),
    "doc_type": lambda v: labels.doc_type_label(d.IssuedDocType(v)),
    "status": lambda v: labels.status_label(d.IssuedDocStatus(v)),
    "purpose": lambda v: labels.purpose_label(d.DocPurpose(v)),
    "steering_role": lambda v: labels.steering_label(d.SteeringRole(v)),
}


def register_entity_labels(entity_labels: Mapping[str, str], context: str = "History") -> None:
    """Name a module's tables in the history (texts marked ``QT_TRANSLATE_NOOP(context, …)``)."""
    for key, text in entity_labels.items():
        _ENTITY_LABELS[key] = (context, text)


def register_field_labels(field_labels: Mapping[str, str], context: str = "HistoryFields",
                          entity: str | None = None) -> None:
    """Name a module's fields (for one entity, or for all when ``entity`` is None)."""
    for key, text in field_labels.items():
        if entity is None:
            _FIELD_LABELS.setdefault(key, (context, text))
        else:
            _ENTITY_FIELD_LABELS[(entity, key)] = (context, text)


def entity_label(entity: str) -> str:
    """"Văn bản đã ban hành" for ``issued_document``; unknown tables show their own name."""
    found = _ENTITY_LABELS.get(entity)
    return QCoreApplication.translate(*found) if found else entity


def field_label(entity: str, field: str) -> str:
    found = _ENTITY_FIELD_LABELS.get((entity, field)) or _FIELD_LABELS.get(field)
    return QCoreApplication.translate(*found) if found else field


def value_text(field: str, value: object, lookups: Mapping[str, Mapping[int, str]] | None = None) -> str:
    """A stored value as the secretary reads it."""
    if value is None or value == "":
        return QCoreApplication.translate("History", "(empty)")
    if isinstance(value, bool):
        return labels.yes_no(value)
    if lookups and field in lookups and isinstance(value, int):
        return lookups[field].get(value, f"#{value}")
    if field == "entity" and isinstance(value, str):
        return entity_label(value)
    if field in _ENUM_FIELDS and isinstance(value, str):
        try:
            return _ENUM_FIELDS[field](value)
        except ValueError:
            return value
    if isinstance(value, str):
        if _ISO_DATE.match(value):
            return short_date(date.fromisoformat(value))
        if _ISO_DATETIME.match(value):
            moment = datetime.fromisoformat(value)
            return f"{short_date(moment.date())} {moment:%H:%M}"
    return str(value)


def change_lines(entry: d.ChangeEntry, lookups: Mapping[str, Mapping[int, str]] | None = None) -> list[str]:
    """One line per changed field: "Chức vụ: Công chức → Chuyên viên" (or the value alone)."""
    lines: list[str] = []
    rank = {name: i for i, name in enumerate(_FIELD_ORDER)}
    for field in sorted(entry.changes, key=lambda f: (rank.get(f, len(rank)), f)):
        if field in _HIDDEN_FIELDS:
            continue
        old, new = (list(entry.changes[field]) + [None, None])[:2]
        label = field_label(entry.entity, field)
        if entry.action is d.ChangeAction.CREATE:
            if new not in (None, ""):  # an added record: only what was filled in
                lines.append(f"{label}: {value_text(field, new, lookups)}")
        elif entry.action is d.ChangeAction.DELETE:
            if old not in (None, ""):
                lines.append(f"{label}: {value_text(field, old, lookups)}")
        else:
            lines.append(f"{label}: {value_text(field, old, lookups)} → {value_text(field, new, lookups)}")
    return lines


def record_name(entry: d.ChangeEntry, names: Mapping[tuple[str, int], str] | None = None) -> str:
    """What the record is: its name from the change itself, else from ``names``, else its number."""
    for field in _NAME_FIELDS:
        pair = entry.changes.get(field)
        if pair:
            value = pair[1] if pair[1] not in (None, "") else pair[0]
            if value not in (None, ""):
                return str(value)
    if names and entry.entity_id is not None and (entry.entity, entry.entity_id) in names:
        return names[(entry.entity, entry.entity_id)]
    return f"#{entry.entity_id}" if entry.entity_id is not None else ""


class HistoryTableModel(DtoTableModel[d.ChangeEntry]):
    """Read-only rows of ``ChangeEntry`` for the history tab and HistoryDialog; fed by set_rows()."""

    class Column(TableColumn):
        AT = QT_TRANSLATE_NOOP("HistoryTableModel", "When")
        ACTOR = QT_TRANSLATE_NOOP("HistoryTableModel", "Who")
        RECORD = QT_TRANSLATE_NOOP("HistoryTableModel", "Record")
        ACTION = QT_TRANSLATE_NOOP("HistoryTableModel", "Action")
        CHANGES = QT_TRANSLATE_NOOP("HistoryTableModel", "What changed")

    _CONTEXT = "HistoryTableModel"

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._lookups: dict[str, dict[int, str]] = {}
        self._names: dict[tuple[str, int], str] = {}

    def set_rows(self, rows: Sequence[d.ChangeEntry], *, lookups: Mapping[str, Mapping[int, str]] | None = None,
                 names: Mapping[tuple[str, int], str] | None = None) -> None:
        self._lookups = {k: dict(v) for k, v in (lookups or {}).items()}
        self._names = dict(names or {})
        super().set_rows(rows)

    def entry(self, row: int) -> d.ChangeEntry:
        return self._rows[row]

    def details(self, entry: d.ChangeEntry) -> list[str]:
        return change_lines(entry, self._lookups)

    def tooltip(self, row: d.ChangeEntry, column: IntEnum) -> str | None:
        return "\n".join(change_lines(row, self._lookups)) if column == self.Column.CHANGES else None

    def sort_key(self, row: d.ChangeEntry, column: IntEnum) -> Any:
        return row.id if column == self.Column.AT else self.display(row, column)

    def display(self, entry: d.ChangeEntry, column: IntEnum) -> str:
        if column == self.Column.AT:
            return f"{short_date(entry.at.date())} {entry.at:%H:%M}"
        if column == self.Column.ACTOR:
            return entry.actor
        if column == self.Column.RECORD:
            name = record_name(entry, self._names)
            return f"{entity_label(entry.entity)}: {name}" if name else entity_label(entry.entity)
        if column == self.Column.ACTION:
            return labels.action_label(entry.action)
        lines = change_lines(entry, self._lookups)
        text = "; ".join(lines[:4])
        return text + ("; …" if len(lines) > 4 else "")
