"""Translated names of the core enums (document types, purposes, seats, tiers, …) for the UI.

English source texts marked with ``QT_TRANSLATE_NOOP("Labels", …)``; the Vietnamese translation
gives the wording of the glossary (DOMAIN.md §11).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

from isodesk.domain.core import (
    AgencyTier,
    ChangeAction,
    DocPurpose,
    IssuedDocStatus,
    IssuedDocType,
    SteeringRole,
)

_CTX = "Labels"

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

STATUS_LABELS: dict[IssuedDocStatus, str] = {
    IssuedDocStatus.DRAFT: QT_TRANSLATE_NOOP("Labels", "Draft"),
    IssuedDocStatus.ISSUED: QT_TRANSLATE_NOOP("Labels", "Issued"),
}

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


def tier_label(tier: AgencyTier) -> str:
    return _tr(TIER_LABELS[tier])


def doc_type_label(doc_type: IssuedDocType) -> str:
    return _tr(DOC_TYPE_LABELS[doc_type])


def status_label(status: IssuedDocStatus) -> str:
    return _tr(STATUS_LABELS[status])


def purpose_label(purpose: DocPurpose) -> str:
    return _tr(PURPOSE_LABELS[purpose])


def steering_label(role: SteeringRole | None) -> str:
    return _tr(STEERING_LABELS[role]) if role is not None else ""


def action_label(action: ChangeAction) -> str:
    return _tr(ACTION_LABELS[action])


def yes_no(value: bool) -> str:
    return _tr("Yes") if value else _tr("No")


def _noop() -> None:  # pragma: no cover - only for lupdate
    QT_TRANSLATE_NOOP("Labels", "Yes")
    QT_TRANSLATE_NOOP("Labels", "No")
