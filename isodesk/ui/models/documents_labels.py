"""Translated names of the documents-module enums (kinds, statuses, review outcomes, storage forms, file
roles) for the UI. The domain keeps its own Vietnamese labels as *data* (printed in registers and Excel
files); the screens show these, so the interface follows the user's language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

from isodesk.domain.documents import (
    DocumentKind,
    FileRole,
    ReviewOutcome,
    RevisionStatus,
    StorageForm,
    SystemProcedure,
)

_CTX = "DocumentLabels"

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
    ReviewOutcome.REVISE: QT_TRANSLATE_NOOP("DocumentLabels", "To be revised"),
}

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


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def kind_text(kind: DocumentKind) -> str:
    return _tr(KIND_TEXTS[kind])


def status_text(status: RevisionStatus) -> str:
    return _tr(STATUS_TEXTS[status])


def outcome_text(outcome: ReviewOutcome) -> str:
    return _tr(OUTCOME_TEXTS[outcome])


def storage_text(form: StorageForm) -> str:
    return _tr(STORAGE_TEXTS[form])


def file_role_text(role: str) -> str:
    text = FILE_ROLE_TEXTS.get(role)
    return _tr(text) if text else role


def procedure_text(procedure: SystemProcedure) -> str:
    return _tr(PROCEDURE_TEXTS[procedure])


def retention_text(years: int | None) -> str:
    """"Permanent" or "20 years", in the interface language."""
    if years is None:
        return _tr(QT_TRANSLATE_NOOP("DocumentLabels", "Permanent"))
    return _tr(QT_TRANSLATE_NOOP("DocumentLabels", "{years} years")).format(years=years)
