"""The quality objectives' place in the year (clause 6.2): the step "Ban hành chính sách, mục tiêu
chất lượng và kế hoạch thực hiện" computed from the data, the readiness checks, and the module's
contribution (figures, the report's text on objectives, the year-end evaluation table, the decision
as evidence, the documents it produces).

Objectives bound to a named figure (``tthc.on_time_rate``) read it from the other modules'
contributions. Collecting them calls every provider again, this one included: a context flag makes
that inner call of this provider answer without figures instead of recursing.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import replace
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from isodesk.domain import core as core_d
from isodesk.domain import objectives as d
from isodesk.domain.contributions import (
    AppendixRow,
    AppendixTable,
    Contribution,
    DocumentOffer,
    EvidenceItem,
    OutputKind,
    Figure,
    TextDraft,
)
from isodesk.domain.cycle import Evidence, ReadinessIssue, Severity
from isodesk.domain.drafted import DraftOptions
from isodesk.domain.errors import NotFoundError
from isodesk.domain.formatting import format_percent
from isodesk.domain.i18n import QT_TRANSLATE_NOOP
from isodesk.reports.model import AdminDocument
from isodesk.services.year.contribution_service import ContributionContext
from isodesk.services.year.cycle_service import CoreCycleProvider, StepDefinition, register_label
from isodesk.services.objectives.objective_service import ObjectiveService, with_figures
from isodesk.services.objectives.objectives_documents import DECISION_KEY, EVALUATION_KEY
from isodesk.storage.models import core as core_m

MODULE = "objectives"
TARGET = "objectives.list"
SOURCE = "Mục tiêu chất lượng"
STEP_KEY = "policy_objectives"
EVALUATION_TABLE = "objectives.evaluation"
REPORT_TEXT = "report.objectives"
DECISION_OFFER = "objectives.decision"
EVALUATION_OFFER = "objectives.evaluation"

_inside: ContextVar[bool] = ContextVar("objectives_contributing", default=False)


@contextmanager
def _contributing() -> Iterator[None]:
    token = _inside.set(True)
    try:
        yield
    finally:
        _inside.reset(token)


def decisions(s: Session, year: int) -> list[core_m.IssuedDocumentRow]:
    """The year's decisions on the policy and objectives in the issued-documents register."""
    purposes = (core_d.DocPurpose.QUALITY_OBJECTIVES, core_d.DocPurpose.QUALITY_POLICY)
    return list(s.scalars(select(core_m.IssuedDocumentRow).where(
        core_m.IssuedDocumentRow.year == year, core_m.IssuedDocumentRow.purpose.in_(purposes))
        .order_by(core_m.IssuedDocumentRow.issue_date, core_m.IssuedDocumentRow.id)))


def step_evidence(s: Session, year: core_d.ReportingYear) -> list[Evidence]:
    """Done when the year has a policy in force, objectives each with a plan (and reviewed when copied
    from last year), and an issued decision; every piece is listed, complete only when all are."""
    policies = [p for p in ObjectiveService.policies_in(s) if p.valid_from <= year.year]
    items = ObjectiveService.objectives_in(s, year.year)
    issued = [r for r in decisions(s, year.year)
              if r.status is core_d.IssuedDocStatus.ISSUED and r.doc_type is core_d.IssuedDocType.DECISION]
    ready = bool(policies) and bool(items) and bool(issued) and all(o.plan and not o.needs_review for o in items)
    out: list[Evidence] = []
    if policies:
        out.append(Evidence(f"Chính sách chất lượng áp dụng từ năm {policies[-1].valid_from}", ready))
    if items:
        planned = sum(1 for o in items if o.plan)
        out.append(Evidence(f"{len(items)} mục tiêu chất lượng năm {year.year}, {planned} có kế hoạch thực hiện", ready))
    for row in decisions(s, year.year):
        label = register_label(row)
        out.append(Evidence(label if row.status is core_d.IssuedDocStatus.ISSUED else f"[Dự thảo] {label}", ready))
    return out


def figures_of(items: Sequence[d.Objective]) -> tuple[Figure, ...]:
    achieved = tuple(o.id for o in items if o.achievement is d.Achievement.ACHIEVED and o.id is not None)
    missed = tuple(o.id for o in items if o.achievement is d.Achievement.NOT_ACHIEVED and o.id is not None)
    evaluated = len(achieved) + len(missed)
    rate = (Decimal(len(achieved)) * 100 / Decimal(evaluated)).quantize(Decimal("0.01")) if evaluated else Decimal(0)
    ids = tuple(o.id for o in items if o.id is not None)
    return (
        Figure("objectives.total", len(items), "mục tiêu", "Số mục tiêu chất lượng của năm", SOURCE, MODULE, ids, TARGET),
        Figure("objectives.achieved", len(achieved), "mục tiêu", "Số mục tiêu chất lượng đạt", SOURCE, MODULE,
               achieved, TARGET),
        Figure("objectives.not_achieved", len(missed), "mục tiêu", "Số mục tiêu chất lượng không đạt", SOURCE, MODULE,
               missed, TARGET),
        Figure("objectives.achieved_rate", rate, "%", "Tỷ lệ mục tiêu chất lượng đạt (trên số đã đánh giá)", SOURCE,
               MODULE, achieved, TARGET, numerator=len(achieved), denominator=evaluated),
    )


def report_text(year: int, policy: d.QualityPolicy | None, items: Sequence[d.Objective]) -> str:
    """The report's paragraph on the policy and objectives; "" when the year has no objectives."""
    if not items:
        return ""
    achieved = [o for o in items if o.achievement is d.Achievement.ACHIEVED]
    missed = [o for o in items if o.achievement is d.Achievement.NOT_ACHIEVED]
    pending = [o for o in items if o.achievement is d.Achievement.NOT_EVALUATED]
    lines = []
    if policy is not None and policy.decision_label:
        lines.append(f"Chính sách chất lượng được ban hành tại {policy.decision_label}.")
    department = sum(1 for o in items if o.level is d.Level.DEPARTMENT)
    lines.append(f"Năm {year}, cơ quan xây dựng {len(items):02d} mục tiêu chất lượng"
                 + (f" (trong đó {department:02d} mục tiêu cấp phòng)" if department else "")
                 + ", mỗi mục tiêu có chỉ tiêu định lượng và kế hoạch thực hiện.")
    evaluated = len(achieved) + len(missed)
    if evaluated:
        rate = format_percent(len(achieved), evaluated)
        lines.append(f"Kết quả: {len(achieved):02d}/{evaluated:02d} mục tiêu đã đánh giá đạt ({rate}).")
    for o in missed:
        latest = o.latest_result
        value = d.format_number(latest.value) if latest else ""
        unit = o.unit if o.unit == "%" else f" {o.unit}"
        lines.append(f"- Mục tiêu \"{o.title}\" không đạt: chỉ tiêu {o.target_text}, kết quả {value}{unit}.")
    if pending:
        lines.append(f"- {len(pending):02d} mục tiêu chưa đánh giá kết quả.")
    return "\n".join(lines)


def evaluation_table(year: int, items: Sequence[d.Objective]) -> AppendixTable:
    rows = tuple(AppendixRow((str(i), *d.evaluation_row(o))) for i, o in enumerate(items, start=1))
    return AppendixTable(EVALUATION_TABLE, f"KẾT QUẢ THỰC HIỆN MỤC TIÊU CHẤT LƯỢNG NĂM {year}",
                         d.EVALUATION_COLUMNS, rows, MODULE)


class ObjectivesProvider:
    """Policy and objectives: the data-computed step, checks, figures, text, table, evidence."""

    module = MODULE

    def steps(self) -> Sequence[StepDefinition]:
        core = next(s for s in CoreCycleProvider().steps() if s.key == STEP_KEY)
        return (replace(core, title=QT_TRANSLATE_NOOP(
            "CycleStep", "Issue the quality policy, the quality objectives and their implementation plan"),
            hint=QT_TRANSLATE_NOOP(
                "CycleStep", "A quality policy in force, this year's measurable objectives each with its plan, "
                             "and the issued decision."),
            evidence=step_evidence, target=TARGET),)

    def checks(self, session: Session, year: core_d.ReportingYear, today: date) -> list[ReadinessIssue]:
        items = ObjectiveService.objectives_in(session, year.year)
        issues: list[ReadinessIssue] = []
        no_plan = tuple(o.id for o in items if not o.plan and o.id is not None)
        if no_plan:
            issues.append(ReadinessIssue(
                "objective_without_plan",
                QT_TRANSLATE_NOOP("Readiness", "{count} quality objective(s) have no implementation plan "
                                               "(measures, resources, responsible, timeframe)."),
                Severity.WARNING, count=len(no_plan), params={"count": len(no_plan)}, target=TARGET,
                record_ids=no_plan))
        to_review = tuple(o.id for o in items if o.needs_review and o.id is not None)
        if to_review:
            issues.append(ReadinessIssue(
                "objective_not_reviewed",
                QT_TRANSLATE_NOOP("Readiness", "{count} quality objective(s) copied from last year have not been "
                                               "reviewed."),
                Severity.WARNING, count=len(to_review), params={"count": len(to_review)}, target=TARGET,
                record_ids=to_review))
        missing = [(o, p) for o in items for p in o.missing_periods(today) if not o.figure_key]
        if missing:
            ids = tuple(dict.fromkeys(o.id for o, _ in missing if o.id is not None))
            issues.append(ReadinessIssue(
                "objective_results_missing",
                QT_TRANSLATE_NOOP("Readiness", "{count} result(s) of quality objectives are missing for periods "
                                               "already over."),
                Severity.WARNING, count=len(missing), params={"count": len(missing)}, target=TARGET, record_ids=ids))
        missed = tuple(o.id for o in items if o.achievement is d.Achievement.NOT_ACHIEVED and o.id is not None)
        if missed:
            issues.append(ReadinessIssue(
                "objective_not_achieved",
                QT_TRANSLATE_NOOP("Readiness", "{count} quality objective(s) are not achieved: analyse the causes "
                                               "and take action."),
                Severity.WARNING, count=len(missed), params={"count": len(missed)}, target=TARGET, record_ids=missed))
        return issues

    def contribute(self, ctx: ContributionContext) -> Contribution:
        s = ctx.session
        assert s is not None
        items = ObjectiveService.objectives_in(s, ctx.year.year)
        if _inside.get():
            return Contribution(self.module)  # asked again while collecting the figures we read
        if any(o.figure_key for o in items):
            with _contributing():
                found = ctx.services.contributions.collect(ctx.year.year, ctx.today).figures
            items = with_figures(items, {key: f.value for key, f in found.items()})
        policies = [p for p in ObjectiveService.policies_in(s) if p.valid_from <= ctx.year.year]
        policy = policies[-1] if policies else None
        evidence = tuple(
            EvidenceItem(register_label(r), self.module, STEP_KEY, r.id, r.status is core_d.IssuedDocStatus.ISSUED)
            for r in decisions(s, ctx.year.year))
        tables = (evaluation_table(ctx.year.year, items),) if items else ()
        texts = (TextDraft(REPORT_TEXT, report_text(ctx.year.year, policy, items), self.module, SOURCE),)
        y = ctx.year.year
        offers = (
            DocumentOffer(DECISION_OFFER, f"Quyết định ban hành Chính sách chất lượng và Mục tiêu chất lượng năm {y}",
                          OutputKind.NUMBERED, self.module, f"QD_chinh-sach-muc-tieu-chat-luong-{y}"),
            DocumentOffer(EVALUATION_OFFER, f"Báo cáo kết quả thực hiện mục tiêu chất lượng năm {y}",
                          OutputKind.NUMBERED, self.module, f"BC_ket-qua-muc-tieu-chat-luong-{y}"),
        ) if items else ()
        return Contribution(self.module, figures=figures_of(items), texts=texts, tables=tables, evidence=evidence,
                            documents=offers)

    def build_document(self, key: str, ctx: ContributionContext) -> AdminDocument:
        builder = {DECISION_OFFER: DECISION_KEY, EVALUATION_OFFER: EVALUATION_KEY}.get(key)
        if builder is None:
            raise NotFoundError("document_offer", key)
        return ctx.services.drafted.build(builder, ctx.year.year, DraftOptions(today=ctx.today))
