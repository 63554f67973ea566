"""Documents control in the secretary's year: the periodic review step and the readiness checks on
internal documents (overdue reviews, documents in force without their text on file, copies of old
revisions not recalled, system procedures of the mô hình khung missing or not in force)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import exists, func, or_, select
from sqlalchemy.orm import Session

from isodesk.domain import core as d
from isodesk.domain import documents as dd
from isodesk.domain.cycle import Evidence, ReadinessIssue, Severity, clamp_day
from isodesk.domain.i18n import QT_TRANSLATE_NOOP
from isodesk.services.cycle_service import StepDefinition
from isodesk.services.documents_service import review_due_clause
from isodesk.storage.models import core as mc
from isodesk.storage.models import documents as m

TARGET = "documents.internal"

_EFFECTIVE = dd.RevisionStatus.EFFECTIVE


def review_evidence(s: Session, year: d.ReportingYear, today: date | None = None) -> list[Evidence]:
    """The review step is done when every document in force was reviewed (or re-issued) within the
    period, or is not due before the period ends. Nothing in force means nothing to show as done.

    "Đến hạn rà soát" is :func:`isodesk.domain.documents.review_due` on ``today`` — the same count as
    the documents list and the readiness check; documents that fall due later in the period are
    counted apart."""
    today = today or date.today()
    doc = m.InternalDocument
    count = select(func.count()).select_from(doc)
    total = s.scalar(count.where(doc.status == _EFFECTIVE)) or 0
    if not total:
        return []
    reviewed_in_period = or_(
        exists().where(m.DocumentReview.document_id == doc.id,
                       m.DocumentReview.review_date.between(year.period_start, year.period_end)),
        doc.effective_date.between(year.period_start, year.period_end),
    )
    reviewed = s.scalar(count.where(doc.status == _EFFECTIVE, reviewed_in_period)) or 0
    due_now = s.scalar(count.where(review_due_clause(today))) or 0
    due_later = 0
    if year.period_end > today:
        due_later = s.scalar(count.where(review_due_clause(year.period_end), ~review_due_clause(today),
                                         ~reviewed_in_period)) or 0
    label = f"Đã rà soát {reviewed}/{total} tài liệu đang hiệu lực"
    if due_now:
        label += f"; {due_now} tài liệu đến hạn rà soát"
    if due_later:
        label += (f"; {due_later} tài liệu khác sẽ đến hạn rà soát trước khi hết kỳ "
                  f"({year.period_end:%d/%m/%Y})")
    if due_now or due_later:
        return [Evidence(label=label, complete=False)]
    return [Evidence(label=label + "; không có tài liệu nào đến hạn rà soát trong kỳ", complete=True)]


class DocumentsCycleProvider:
    """Cycle step ``document_review`` and the readiness checks of internal documents."""

    def steps(self) -> Sequence[StepDefinition]:
        return (
            StepDefinition(
                "document_review", 40,
                QT_TRANSLATE_NOOP("CycleStep", "Review documents and administrative procedures"),
                QT_TRANSLATE_NOOP("CycleStep", "Every document in force reviewed this period (no change, or "
                                               "revised), or not due for review before the period ends."),
                lambda y: clamp_day(y.year, 9, 30), review_evidence, "documents", evidence_on=review_evidence),
        )

    def checks(self, session: Session, year: d.ReportingYear, today: date) -> list[ReadinessIssue]:
        issues: list[ReadinessIssue] = []
        doc, rev = m.InternalDocument, m.DocumentRevision

        overdue = tuple(session.scalars(select(doc.id).where(review_due_clause(today)).order_by(doc.code_key)))
        if overdue:
            issues.append(ReadinessIssue(
                "documents_review_overdue",
                QT_TRANSLATE_NOOP("Readiness", "{count} document(s) in force are due for review."),
                Severity.WARNING, count=len(overdue), params={"count": len(overdue)}, target=TARGET,
                record_ids=overdue))

        has_text = exists().where(mc.AttachmentLink.entity == rev.__tablename__,
                                  mc.AttachmentLink.entity_id == rev.id,
                                  mc.AttachmentLink.role.in_(dd.TEXT_FILE_ROLES))
        no_file = tuple(session.scalars(select(rev.document_id).join(doc, doc.id == rev.document_id).where(
            rev.status == _EFFECTIVE, ~has_text).order_by(doc.code_key)))
        if no_file:
            issues.append(ReadinessIssue(
                "documents_without_file",
                QT_TRANSLATE_NOOP("Readiness", "{count} document(s) in force have no file (Word, PDF or scan)."),
                Severity.WARNING, count=len(no_file), params={"count": len(no_file)}, target=TARGET,
                record_ids=no_file))

        not_recalled = session.execute(
            select(rev.document_id, func.count(m.DocumentDistribution.id))
            .join(m.DocumentDistribution, m.DocumentDistribution.revision_id == rev.id)
            .where(rev.status == dd.RevisionStatus.SUPERSEDED, m.DocumentDistribution.recalled_on.is_(None))
            .group_by(rev.document_id).order_by(rev.document_id)).all()
        if not_recalled:
            copies = sum(n for _, n in not_recalled)
            issues.append(ReadinessIssue(
                "holders_not_recalled",
                QT_TRANSLATE_NOOP("Readiness", "{count} holder(s) of superseded revisions have not returned "
                                               "their copies ({documents} document(s))."),
                Severity.WARNING, count=copies, params={"count": copies, "documents": len(not_recalled)},
                target=TARGET, record_ids=tuple(doc_id for doc_id, _ in not_recalled)))

        in_force = set(session.scalars(select(doc.system_procedure).where(
            doc.system_procedure.is_not(None), doc.status == _EFFECTIVE)))
        missing = [p for p in dd.SystemProcedure if p not in in_force]
        if missing:
            # Drafts of the missing procedures are what the secretary has to finish; point at them.
            drafts = tuple(session.scalars(select(doc.id).where(
                doc.system_procedure.in_(missing)).order_by(doc.code_key)))
            issues.append(ReadinessIssue(
                "system_procedures_missing",
                QT_TRANSLATE_NOOP("Readiness", "{count} system procedure(s) of the framework model are missing "
                                               "or not in force: {names}."),
                Severity.ERROR, count=len(missing),
                params={"count": len(missing), "names": "; ".join(p.label for p in missing)},
                target=TARGET, record_ids=drafts))

        if not session.scalar(select(func.count()).select_from(doc).where(
                doc.kind == dd.DocumentKind.QUALITY_POLICY, doc.status == _EFFECTIVE)):
            issues.append(ReadinessIssue(
                "quality_policy_missing",
                QT_TRANSLATE_NOOP("Readiness", "No quality policy is in force."),
                Severity.ERROR, target=TARGET))
        return issues
