"""Translated names of the enums for the UI: core (document types, purposes, seats, tiers, …) and the
documents module (kinds, statuses, review outcomes, storage forms, file roles). The domain keeps its own
Vietnamese labels as *data* (printed in registers and Excel files); screens show these, so the interface
follows the user's language.

English source texts marked with ``QT_TRANSLATE_NOOP("Labels", …)``; the Vietnamese translation
gives the wording of the glossary (DOMAIN.md §11).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TypeVar

from PySide6.QtCore import QCoreApplication

from isodesk.domain.core import (
    AgencyTier,
    ChangeAction,
    DocPurpose,
    IssuedDocStatus,
    IssuedDocType,
    Person,
    SteeringRole,
)
from isodesk.domain.documents import (
    DocumentKind,
    FileRole,
    ReviewOutcome,
    RevisionStatus,
    StorageForm,
    SystemProcedure,
)
from isodesk.domain.i18n import QT_TRANSLATE_NOOP

_CTX = "Labels"
_K = TypeVar("_K")

TIER_LABELS: dict[AgencyTier, str] = {
    AgencyTier.DEPARTMENT: QT_TRANSLATE_NOOP("Labels", "Provincial department, board or sector"),
    AgencyTier.COMMUNE: QT_TRANSLATE_NOOP("Labels", "People's Committee of a commune, ward or special zone"),
    AgencyTier.SUBORDINATE: QT_TRANSLATE_NOOP("Labels", "Subordinate unit"),
    AgencyTier.DISTRICT: QT_TRANSLATE_NOOP("Labels", "District People's Committee (before 01/7/2025)"),
}

DOC_TYPE_LABELS: dict[IssuedDocType, str] = {
    IssuedDocType.DECISION: QT_TRANSLATE_NOOP("Labels", "Decision"),
    IssuedDocType.PLAN: QT_TRANSLATE_NOOP("Labels", "Plan"),
    IssuedDocType.PROGRAMME: QT_TRANSLATE_NOOP("Labels", "Programme"),
    IssuedDocType.NOTICE: QT_TRANSLATE_NOOP("Labels", "Notice"),
    IssuedDocType.REPORT: QT_TRANSLATE_NOOP("Labels", "Report"),
    IssuedDocType.MINUTES: QT_TRANSLATE_NOOP("Labels", "Minutes"),
}

STATUS_LABELS: dict[IssuedDocStatus, str] = {IssuedDocStatus.DRAFT: QT_TRANSLATE_NOOP("Labels", "Draft"),
                                              IssuedDocStatus.ISSUED: QT_TRANSLATE_NOOP("Labels", "Issued")}

PURPOSE_LABELS: dict[DocPurpose, str] = {
    DocPurpose.ANNUAL_PLAN: QT_TRANSLATE_NOOP("Labels", "Annual QMS maintenance plan"),
    DocPurpose.QUALITY_POLICY: QT_TRANSLATE_NOOP("Labels", "Quality policy"),
    DocPurpose.QUALITY_OBJECTIVES: QT_TRANSLATE_NOOP("Labels", "Quality objectives"),
    DocPurpose.RISK_PLAN: QT_TRANSLATE_NOOP("Labels", "Risks and opportunities plan"),
    DocPurpose.DOCUMENT_SET: QT_TRANSLATE_NOOP("Labels", "Issuing the document set"),
    DocPurpose.CONFORMITY: QT_TRANSLATE_NOOP("Labels", "Announcing conformity"),
    DocPurpose.STEERING: QT_TRANSLATE_NOOP("Labels", "ISO steering committee"),
    DocPurpose.AUDIT_TEAM: QT_TRANSLATE_NOOP("Labels", "Internal audit team"),
    DocPurpose.AUDIT_PLAN: QT_TRANSLATE_NOOP("Labels", "Internal audit plan"),
    DocPurpose.AUDIT_REPORT: QT_TRANSLATE_NOOP("Labels", "Internal audit report"),
    DocPurpose.MANAGEMENT_REVIEW: QT_TRANSLATE_NOOP("Labels", "Management review"),
    DocPurpose.ANNUAL_REPORT: QT_TRANSLATE_NOOP("Labels", "Annual report"),
    DocPurpose.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
}

STEERING_LABELS: dict[SteeringRole, str] = {
    SteeringRole.HEAD: QT_TRANSLATE_NOOP("Labels", "Head of the committee"),
    SteeringRole.DEPUTY: QT_TRANSLATE_NOOP("Labels", "Deputy head of the committee"),
    SteeringRole.MEMBER: QT_TRANSLATE_NOOP("Labels", "Member"),
    SteeringRole.SECRETARY: QT_TRANSLATE_NOOP("Labels", "Secretary of the committee"),
}

#: Seats in the order a decision lists them.
STEERING_ORDER: dict[SteeringRole | None, int] = {
    SteeringRole.HEAD: 0, SteeringRole.DEPUTY: 1, SteeringRole.MEMBER: 2, SteeringRole.SECRETARY: 3, None: 9,
}

ACTION_LABELS: dict[ChangeAction, str] = {
    ChangeAction.CREATE: QT_TRANSLATE_NOOP("Labels", "Added"),
    ChangeAction.UPDATE: QT_TRANSLATE_NOOP("Labels", "Changed"),
    ChangeAction.DELETE: QT_TRANSLATE_NOOP("Labels", "Deleted"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def _labeller(context: str, texts: Mapping[_K, str]) -> Callable[[_K], str]:
    """The function giving a value's label in the user's language (``texts`` are English sources in
    ``context``)."""
    def label(value: _K) -> str:
        return QCoreApplication.translate(context, texts[value])
    return label


tier_label = _labeller(_CTX, TIER_LABELS)
doc_type_label = _labeller(_CTX, DOC_TYPE_LABELS)
status_label = _labeller(_CTX, STATUS_LABELS)
purpose_label = _labeller(_CTX, PURPOSE_LABELS)


def steering_label(role: SteeringRole | None) -> str:
    return _tr(STEERING_LABELS[role]) if role is not None else ""


action_label = _labeller(_CTX, ACTION_LABELS)


def yes_no(value: bool) -> str:
    return _tr("Yes") if value else _tr("No")


def _noop() -> None:  # pragma: no cover - only for lupdate
    QT_TRANSLATE_NOOP("Labels", "Yes")
    QT_TRANSLATE_NOOP("Labels", "No")


# --------------------------------------------------------------------------- documents module

_DOC_CTX = "DocumentLabels"

KIND_TEXTS: dict[DocumentKind, str] = {
    DocumentKind.QUALITY_MANUAL: QT_TRANSLATE_NOOP("DocumentLabels", "Quality manual"),
    DocumentKind.QUALITY_POLICY: QT_TRANSLATE_NOOP("DocumentLabels", "Quality policy"),
    DocumentKind.QUALITY_OBJECTIVES: QT_TRANSLATE_NOOP("DocumentLabels", "Quality objectives"),
    DocumentKind.SYSTEM_PROCEDURE: QT_TRANSLATE_NOOP("DocumentLabels", "System procedure"),
    DocumentKind.INTERNAL_PROCEDURE: QT_TRANSLATE_NOOP("DocumentLabels", "Internal procedure"),
    DocumentKind.TTHC_PROCEDURE: QT_TRANSLATE_NOOP("DocumentLabels", "TTHC procedure"),
    DocumentKind.GUIDE: QT_TRANSLATE_NOOP("DocumentLabels", "Guide"),
    DocumentKind.FORM: QT_TRANSLATE_NOOP("DocumentLabels", "Form"),
}

STATUS_TEXTS: dict[RevisionStatus, str] = {
    RevisionStatus.DRAFT: QT_TRANSLATE_NOOP("DocumentLabels", "Draft"),
    RevisionStatus.PENDING: QT_TRANSLATE_NOOP("DocumentLabels", "Awaiting approval"),
    RevisionStatus.EFFECTIVE: QT_TRANSLATE_NOOP("DocumentLabels", "In force"),
    RevisionStatus.SUPERSEDED: QT_TRANSLATE_NOOP("DocumentLabels", "No longer in force"),
}

OUTCOME_TEXTS: dict[ReviewOutcome, str] = {
    ReviewOutcome.NO_CHANGE: QT_TRANSLATE_NOOP("DocumentLabels", "No change needed"),
    ReviewOutcome.REVISE: QT_TRANSLATE_NOOP("DocumentLabels", "To be revised")}

STORAGE_TEXTS: dict[StorageForm, str] = {
    StorageForm.PAPER: QT_TRANSLATE_NOOP("DocumentLabels", "Paper"),
    StorageForm.ELECTRONIC: QT_TRANSLATE_NOOP("DocumentLabels", "Electronic"),
    StorageForm.BOTH: QT_TRANSLATE_NOOP("DocumentLabels", "Paper and electronic"),
}

FILE_ROLE_TEXTS: dict[str, str] = {
    FileRole.DOCX.value: QT_TRANSLATE_NOOP("DocumentLabels", "Word file"),
    FileRole.PDF.value: QT_TRANSLATE_NOOP("DocumentLabels", "PDF"),
    FileRole.SCAN.value: QT_TRANSLATE_NOOP("DocumentLabels", "Signed scan"),
    FileRole.DISTRIBUTION_SCAN.value: QT_TRANSLATE_NOOP("DocumentLabels", "Signed distribution sheet"),
}

PROCEDURE_TEXTS: dict[SystemProcedure, str] = {
    SystemProcedure.DOCUMENT_CONTROL: QT_TRANSLATE_NOOP("DocumentLabels", "Control of documented information (7.5)"),
    SystemProcedure.INTERNAL_AUDIT: QT_TRANSLATE_NOOP("DocumentLabels", "Internal audit (9.2)"),
    SystemProcedure.NONCONFORMITY: QT_TRANSLATE_NOOP("DocumentLabels",
                                                     "Nonconformity and corrective action (8.7, 10.2)"),
    SystemProcedure.RISK: QT_TRANSLATE_NOOP("DocumentLabels", "Actions to address risks and opportunities (6.1)"),
    SystemProcedure.MANAGEMENT_REVIEW: QT_TRANSLATE_NOOP("DocumentLabels", "Management review (9.3)"),
}


def _tr_doc(text: str) -> str:
    return QCoreApplication.translate(_DOC_CTX, text)


kind_text = _labeller(_DOC_CTX, KIND_TEXTS)
status_text = _labeller(_DOC_CTX, STATUS_TEXTS)
outcome_text = _labeller(_DOC_CTX, OUTCOME_TEXTS)
storage_text = _labeller(_DOC_CTX, STORAGE_TEXTS)


def file_role_text(role: str) -> str:
    text = FILE_ROLE_TEXTS.get(role)
    return _tr_doc(text) if text else role


procedure_text = _labeller(_DOC_CTX, PROCEDURE_TEXTS)


def retention_text(years: int | None) -> str:
    """"Permanent" or "20 years", in the interface language."""
    if years is None:
        return _tr_doc(QT_TRANSLATE_NOOP("DocumentLabels", "Permanent"))
    return _tr_doc(QT_TRANSLATE_NOOP("DocumentLabels", "{years} years")).format(years=years)


def roles_text(person: Person) -> str:
    """"Lãnh đạo, Thư ký ISO, Chuyên gia đánh giá nội bộ" — the roles a person holds."""
    roles = []
    if person.is_leader:
        roles.append(QCoreApplication.translate("PeopleTableModel", "Leader"))
    if person.is_iso_secretary:
        roles.append(QCoreApplication.translate("PeopleTableModel", "ISO secretary"))
    if person.is_internal_auditor:
        roles.append(QCoreApplication.translate("PeopleTableModel", "Internal auditor"))
    return ", ".join(roles)
