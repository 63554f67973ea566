"""How each register looks on screen beyond its spec: translated labels, colours, fonts and tooltips
(:class:`~isodesk.ui.models.register_model.RegisterLook`). The columns, headers, widths, sort keys, search
and filters come from the register's spec in ``domain``."""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from isodesk.domain.i18n import QT_TRANSLATE_NOOP
from isodesk.domain.documents import DocumentRow, RevisionStatus
from isodesk.domain.legal import ExternalDocument, LegalStatus
from isodesk.domain.scope import Tthc, TthcStatus
from isodesk.ui.labels import kind_text, retention_text, status_text, storage_text
from isodesk.ui.models.register_model import RegisterLook

_FG = Qt.ItemDataRole.ForegroundRole
_BG = Qt.ItemDataRole.BackgroundRole
_FONT = Qt.ItemDataRole.FontRole

OVERDUE_BG = QColor("#fde4e1")
OVERDUE_FG = QColor("#b3261e")
WARN_FG = QColor("#8a5a00")
OK_FG = QColor("#1e7b3a")
MUTED_FG = QColor("#6b7685")
STATUS_FG: dict[RevisionStatus, QColor] = {
    RevisionStatus.DRAFT: MUTED_FG,
    RevisionStatus.PENDING: WARN_FG,
    RevisionStatus.EFFECTIVE: OK_FG,
    RevisionStatus.SUPERSEDED: MUTED_FG,
}
# External documents whose text is no longer (fully) in force.
DEAD_FOREGROUND = QColor("#8a3b36")
DEAD_BACKGROUND = QColor("#fbeceb")
AMENDED_BACKGROUND = QColor("#fff6dc")
# TTHC: abolished, uncovered (rule d) and stale (rule c).
ABOLISHED_FOREGROUND = QColor("#6b7480")
ABOLISHED_BACKGROUND = QColor("#eef0f3")
WARNING_FOREGROUND = QColor("#9a5b00")
WARNING_BACKGROUND = QColor("#fff1d6")
STALE_FOREGROUND = QColor("#b3261e")
STALE_BACKGROUND = QColor("#fde4e1")

_TTHC = "TthcTableModel"
_NO_PROCEDURE = QT_TRANSLATE_NOOP("TthcTableModel", "— none yet —")
_UNCOVERED_TIP = QT_TRANSLATE_NOOP("TthcTableModel", "No procedure in force covers this TTHC.")
_STALE_TIP = QT_TRANSLATE_NOOP(
    "TthcTableModel", "This TTHC is abolished but its procedure is still in force: withdraw or revise the procedure.")
_DUE_TIP = QT_TRANSLATE_NOOP("InternalDocumentsTableModel", "The periodic review is due")


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


def _struck() -> QFont:
    font = QFont()
    font.setStrikeOut(True)
    return font


# --------------------------------------------------------------------------- internal documents


def documents_look() -> RegisterLook:
    """Status in its colour; a due review in red and bold."""
    bold = _bold()

    def style(row: DocumentRow, key: str, role: int) -> Any:
        due = key == "next_review" and row.review_due
        if role == _FG:
            if key == "status":
                return QBrush(STATUS_FG[row.status])
            return QBrush(OVERDUE_FG) if due else None
        if role == _BG:
            return QBrush(OVERDUE_BG) if due else None
        return bold if due else None

    def tooltip(row: DocumentRow, key: str) -> str | None:
        if key == "next_review" and row.review_due:
            return QCoreApplication.translate("InternalDocumentsTableModel", _DUE_TIP)
        return None

    return RegisterLook(labels={"kind": lambda r: kind_text(r.kind), "status": lambda r: status_text(r.status)},
                        style=style, tooltip=tooltip, inactive=lambda r: False)


# --------------------------------------------------------------------------- records


def records_look() -> RegisterLook:
    """Lines no longer kept (a last year is set) greyed."""
    return RegisterLook(labels={"retention": lambda r: retention_text(r.retention_years),
                                "storage_form": lambda r: storage_text(r.storage_form)},
                        inactive=lambda r: r.to_year is not None, inactive_color=MUTED_FG)


# --------------------------------------------------------------------------- external documents


def external_documents_look() -> RegisterLook:
    """Texts no longer in force in red (their number struck out), amended ones on yellow."""
    struck = _struck()

    def style(row: ExternalDocument, key: str, role: int) -> Any:
        dead = not row.status.in_force
        if role == _FG:
            return DEAD_FOREGROUND if dead else None
        if role == _BG:
            if dead:
                return DEAD_BACKGROUND
            return AMENDED_BACKGROUND if row.status is LegalStatus.AMENDED else None
        return struck if dead and key == "number_symbol" else None

    return RegisterLook(style=style, inactive=lambda r: False)


# --------------------------------------------------------------------------- TTHC


def tthc_look(uncovered: Callable[[], Collection[int | None]], stale: Callable[[], Collection[int | None]]) -> RegisterLook:
    """Abolished TTHC greyed; the procedure cell of an uncovered TTHC (rule d) in amber, of a stale one
    (rule c) in red. ``uncovered`` and ``stale`` give the flagged ids of the rows loaded."""

    def procedure(row: Tthc) -> str:
        if row.procedure_id is None:
            return "" if row.status is TthcStatus.ABOLISHED else QCoreApplication.translate(_TTHC, _NO_PROCEDURE)
        return row.procedure_label

    def style(row: Tthc, key: str, role: int) -> Any:
        is_stale, is_uncovered = row.id in stale(), row.id in uncovered()
        if key == "procedure" and (is_stale or is_uncovered):
            if role == _FG:
                return STALE_FOREGROUND if is_stale else WARNING_FOREGROUND
            if role == _BG:
                return STALE_BACKGROUND if is_stale else WARNING_BACKGROUND
            return None
        abolished = row.status is TthcStatus.ABOLISHED
        if role == _FG:
            return ABOLISHED_FOREGROUND if abolished else None
        if role == _BG:
            return ABOLISHED_BACKGROUND if abolished else None
        return None

    def tooltip(row: Tthc, key: str) -> str | None:
        if key == "procedure" and row.id in stale():
            return QCoreApplication.translate(_TTHC, _STALE_TIP)
        if key == "procedure" and row.id in uncovered():
            return QCoreApplication.translate(_TTHC, _UNCOVERED_TIP)
        return None

    return RegisterLook(labels={"procedure": procedure}, style=style, tooltip=tooltip, inactive=lambda r: False)


def issued_documents_look() -> RegisterLook:
    """The issued-documents register: translated type, purpose and status; drafts' status in amber; the
    summary's whole text and the number's notes as tooltips."""
    from isodesk.domain.core import IssuedDocStatus, IssuedDocument
    from isodesk.ui.labels import doc_type_label, purpose_label, status_label

    def style(doc: IssuedDocument, key: str, role: int) -> Any:
        if role == _FG and key == "status" and doc.status is IssuedDocStatus.DRAFT:
            return WARN_FG
        return None

    def tooltip(doc: IssuedDocument, key: str) -> str | None:
        if key == "summary":
            return doc.summary
        if key == "number" and doc.notes:
            return doc.notes
        return None

    return RegisterLook(
        labels={"doc_type": lambda doc: doc_type_label(doc.doc_type), "purpose": lambda doc: purpose_label(doc.purpose),
                "status": lambda doc: status_label(doc.status)},
        style=style, tooltip=tooltip)


def departments_look() -> RegisterLook:
    """Settings → Departments: the status in words; departments no longer used greyed (the base model's)."""
    from isodesk.domain.core import Department

    def status(dep: Department) -> str:
        return (QCoreApplication.translate("DepartmentTableModel", "In use") if dep.active
                else QCoreApplication.translate("DepartmentTableModel", "No longer used"))

    return RegisterLook(labels={"active": status})


def people_look() -> RegisterLook:
    """Settings → People: roles, seat and status in words; an auditor's certificate as the roles' tooltip."""
    from isodesk.domain.core import Person
    from isodesk.ui.labels import roles_text, steering_label

    def status(person: Person) -> str:
        return (QCoreApplication.translate("PeopleTableModel", "Working") if person.active
                else QCoreApplication.translate("PeopleTableModel", "Left"))

    def tooltip(person: Person, key: str) -> str | None:
        if key == "roles" and person.is_internal_auditor and person.auditor_certificate:
            return person.auditor_certificate
        return None

    return RegisterLook(labels={"roles": roles_text, "steering_role": lambda p: steering_label(p.steering_role),
                                "active": status}, tooltip=tooltip)
