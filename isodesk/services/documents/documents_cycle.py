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
from isodesk.domain.contributions import (
    AppendixRow,
    AppendixTable,
    Contribution,
    DocumentOffer,
    Figure,
    OutputKind,
    TextDraft,
)
from isodesk.domain.cycle import Evidence, ReadinessIssue, Severity, clamp_day
from isodesk.domain.errors import NotFoundError
from isodesk.domain.formatting import short_date
from isodesk.domain.i18n import QT_TRANSLATE_NOOP
from isodesk.reports.model import AdminDocument
from isodesk.services.documents import printed_lists
from isodesk.services.year.contribution_service import ContributionContext
from isodesk.services.year.cycle_service import StepDefinition
from isodesk.services.documents.documents_service import review_due_clause
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
    doc = m.InternalDocumentRow
    count = select(func.count()).select_from(doc)
    total = s.scalar(count.where(doc.status == _EFFECTIVE)) or 0
    if not total:
        return []
    reviewed_in_period = or_(
        exists().where(m.DocumentReviewRow.document_id == doc.id,
                       m.DocumentReviewRow.review_date.between(year.period_start, year.period_end)),
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


#: Figures of documents in force per kind: (figure name, kind, unit, label).
_KIND_FIGURES: tuple[tuple[str, dd.DocumentKind, str], ...] = (
    ("system_procedures", dd.DocumentKind.SYSTEM_PROCEDURE, "Số quy trình hệ thống đang hiệu lực"),
    ("internal_procedures", dd.DocumentKind.INTERNAL_PROCEDURE, "Số quy trình nội bộ đang hiệu lực"),
    ("tthc_procedures", dd.DocumentKind.TTHC_PROCEDURE, "Số quy trình giải quyết TTHC đang hiệu lực"),
    ("guides", dd.DocumentKind.GUIDE, "Số hướng dẫn đang hiệu lực"),
    ("forms", dd.DocumentKind.FORM, "Số biểu mẫu đang hiệu lực"),
)
SOURCE = "Tài liệu › Tài liệu nội bộ"
PROCEDURES_TABLE_COLUMNS = ("TT", "Mã số", "Tên quy trình", "Lần ban hành", "Ngày hiệu lực")


def documents_sentence(total: int, by_kind: dict[str, int]) -> str:
    """The report's sentence on the document system, from the counts (nothing invented when empty)."""
    if not total:
        return ""
    parts = [f"{by_kind[name]} {label.removeprefix('Số ').removesuffix(' đang hiệu lực')}"
             for name, _kind, label in _KIND_FIGURES if by_kind.get(name)]
    detail = f", trong đó: {'; '.join(parts)}" if parts else ""
    return f"Hệ thống tài liệu đang áp dụng gồm {total} tài liệu{detail}."


class DocumentsCycleProvider:
    """Cycle step ``document_review`` and the readiness checks of internal documents; as the documents
    module's provider it offers the documents figures, the procedures table and two printed lists
    (DANH MỤC TÀI LIỆU NỘI BỘ, DANH MỤC HỒ SƠ of the year)."""

    module = "documents"

    def contribute(self, ctx: ContributionContext) -> Contribution:
        s, year = ctx.session, ctx.year
        assert s is not None
        doc = m.InternalDocumentRow
        live = list(s.execute(select(doc.id, doc.kind, doc.code, doc.title, doc.current_revision_no,
                                     doc.effective_date).where(doc.status == _EFFECTIVE).order_by(doc.code_key)))
        figures = [Figure("documents.internal_in_force", len(live), "tài liệu", "Số tài liệu nội bộ đang hiệu lực",
                          SOURCE, self.module, tuple(r.id for r in live), TARGET)]
        by_kind: dict[str, int] = {}
        for name, kind, label in _KIND_FIGURES:
            ids = tuple(r.id for r in live if r.kind is kind)
            by_kind[name] = len(ids)
            figures.append(Figure(f"documents.{name}", len(ids), "tài liệu", label, SOURCE, self.module, ids, TARGET))
        overdue = tuple(s.scalars(select(doc.id).where(doc.status == _EFFECTIVE, doc.next_review_date < ctx.today)
                                  .order_by(doc.code_key)))
        figures.append(Figure("documents.review_overdue", len(overdue), "tài liệu",
                              "Số tài liệu đang hiệu lực quá hạn rà soát", SOURCE, self.module, overdue, TARGET))
        records = ctx.services.records.list_records(year=year.year)
        figures.append(Figure("records.total", len(records), "hồ sơ", f"Số hồ sơ trong danh mục hồ sơ năm {year.year}",
                              "Tài liệu › Danh mục hồ sơ", self.module, tuple(r.id for r in records if r.id),
                              "documents.records"))
        procedures = [r for r in live if r.kind in (dd.DocumentKind.SYSTEM_PROCEDURE,
                                                    dd.DocumentKind.INTERNAL_PROCEDURE,
                                                    dd.DocumentKind.TTHC_PROCEDURE)]
        table = AppendixTable(
            "documents.procedures", "Danh mục quy trình đang áp dụng", PROCEDURES_TABLE_COLUMNS,
            tuple(AppendixRow((str(n), r.code, r.title, f"{r.current_revision_no:02d}" if r.current_revision_no else "",
                               short_date(r.effective_date) if r.effective_date else ""))
                  for n, r in enumerate(procedures, start=1)),
            self.module)
        text = TextDraft("report.documents", documents_sentence(len(live), by_kind), self.module, SOURCE)
        offers = (
            DocumentOffer("documents.internal_list", "Danh mục tài liệu nội bộ", OutputKind.FORM, self.module,
                          "Danh-muc-tai-lieu-noi-bo"),
            DocumentOffer("documents.records_form", f"Danh mục hồ sơ năm {year.year}", OutputKind.FORM, self.module,
                          f"Danh-muc-ho-so-{year.year}"),
        )
        return Contribution(self.module, figures=tuple(figures), texts=(text,), tables=(table,), documents=offers)

    def build_document(self, key: str, ctx: ContributionContext) -> AdminDocument:
        which = {"documents.internal_list": printed_lists.INTERNAL_DOCUMENTS,
                 "documents.records_form": printed_lists.RECORDS_FORM}.get(key)
        if which is None:
            raise NotFoundError("document_offer", key)
        return printed_lists.printed_list(ctx.services, which, ctx.year.year, ctx.today)

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
        doc, rev = m.InternalDocumentRow, m.DocumentRevisionRow

        overdue = tuple(session.scalars(select(doc.id).where(review_due_clause(today)).order_by(doc.code_key)))
        if overdue:
            issues.append(ReadinessIssue(
                "documents_review_overdue",
                QT_TRANSLATE_NOOP("Readiness", "{count} document(s) in force are due for review."),
                Severity.WARNING, count=len(overdue), params={"count": len(overdue)}, target=TARGET,
                record_ids=overdue))

        has_text = exists().where(mc.AttachmentLinkRow.entity == rev.__tablename__,
                                  mc.AttachmentLinkRow.entity_id == rev.id,
                                  mc.AttachmentLinkRow.role.in_(dd.TEXT_FILE_ROLES))
        no_file = tuple(session.scalars(select(rev.document_id).join(doc, doc.id == rev.document_id).where(
            rev.status == _EFFECTIVE, ~has_text).order_by(doc.code_key)))
        if no_file:
            issues.append(ReadinessIssue(
                "documents_without_file",
                QT_TRANSLATE_NOOP("Readiness", "{count} document(s) in force have no file (Word, PDF or scan)."),
                Severity.WARNING, count=len(no_file), params={"count": len(no_file)}, target=TARGET,
                record_ids=no_file))

        not_recalled = session.execute(
            select(rev.document_id, func.count(m.DocumentDistributionRow.id))
            .join(m.DocumentDistributionRow, m.DocumentDistributionRow.revision_id == rev.id)
            .where(rev.status == dd.RevisionStatus.SUPERSEDED, m.DocumentDistributionRow.recalled_on.is_(None))
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
