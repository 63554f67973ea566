"""The home screen's guided checklist: a registry that each module adds its steps and checks to.

A module contributes a :class:`CycleProvider` (built in ``app.py``); the home screen only renders
the :class:`~isodesk.domain.cycle.YearOverview` computed here, so new modules plug in without
touching it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from isodesk.domain import core as d
from isodesk.domain.contributions import (
    AppendixRow,
    AppendixTable,
    Contribution,
    EvidenceItem,
    Figure,
)
from isodesk.domain.cycle import (
    Evidence,
    ReadinessIssue,
    Severity,
    StepState,
    YearOverview,
    clamp_day,
    step_status,
)
from isodesk.domain.errors import NotFoundError
from isodesk.domain.i18n import QT_TRANSLATE_NOOP
from isodesk.reports.model import AdminDocument
from isodesk.services.core.attachment_service import AttachmentService
from isodesk.services.base import ServiceBase
from isodesk.services.year.contribution_service import ContributionContext
from isodesk.storage.models import core as m


@dataclass(frozen=True)
class StepDefinition:
    """A step of the year: when it is due and how to tell from the data that it is done."""

    key: str
    order: int
    title: str
    hint: str
    due: Callable[[d.ReportingYear], date]
    evidence: Callable[[Session, d.ReportingYear], list[Evidence]]
    target: str
    #: Evidence that depends on the day it is looked at (e.g. what is due for review today); used
    #: instead of ``evidence`` when given.
    evidence_on: Callable[[Session, d.ReportingYear, date], list[Evidence]] | None = None


class CycleProvider(Protocol):
    """What a module hands to the cycle: its steps and its readiness checks."""

    def steps(self) -> Sequence[StepDefinition]: ...

    def checks(self, session: Session, year: d.ReportingYear, today: date) -> list[ReadinessIssue]: ...


def registered_documents(session: Session, year: d.ReportingYear, *purposes: d.DocPurpose) -> list[Evidence]:
    """Evidence from the issued-documents register: issued documents count, drafts are shown."""
    rows = session.scalars(
        select(m.IssuedDocumentRow)
        .where(m.IssuedDocumentRow.year == year.year, m.IssuedDocumentRow.purpose.in_(purposes))
        .order_by(m.IssuedDocumentRow.issue_date)
    )
    out: list[Evidence] = []
    for row in rows:
        issued = row.status is d.IssuedDocStatus.ISSUED
        label = register_label(row)
        out.append(Evidence(label=label if issued else f"[Dự thảo] {label}", complete=issued))
    return out


def register_label(row: m.IssuedDocumentRow) -> str:
    """``Kế hoạch số 05/KH-UBND ngày 10/01/2026: Duy trì, …`` — how a register entry is cited."""
    num = f"{row.number:02d}" if row.number is not None else "…"
    when = f" ngày {row.issue_date:%d/%m/%Y}" if row.issue_date else ""
    return f"{row.doc_type.type_name.capitalize()} số {num}/{row.symbol}{when}: {row.summary}"


#: Seats of the Ban Chỉ đạo ISO as printed in the steering committee table.
STEERING_SEATS: dict[d.SteeringRole, str] = {
    d.SteeringRole.HEAD: "Trưởng ban", d.SteeringRole.DEPUTY: "Phó Trưởng ban",
    d.SteeringRole.MEMBER: "Thành viên", d.SteeringRole.SECRETARY: "Thư ký",
}

#: The cycle step a register entry of each purpose is evidence of (evidence folders of the report).
PURPOSE_STEPS: dict[d.DocPurpose, str] = {
    d.DocPurpose.ANNUAL_PLAN: "annual_plan",
    d.DocPurpose.QUALITY_POLICY: "policy_objectives",
    d.DocPurpose.QUALITY_OBJECTIVES: "policy_objectives",
    d.DocPurpose.RISK_PLAN: "risk_plan",
    d.DocPurpose.DOCUMENT_SET: "document_review",
    d.DocPurpose.CONFORMITY: "document_review",
    d.DocPurpose.AUDIT_TEAM: "internal_audit",
    d.DocPurpose.AUDIT_PLAN: "internal_audit",
    d.DocPurpose.AUDIT_REPORT: "internal_audit",
    d.DocPurpose.MANAGEMENT_REVIEW: "management_review",
    d.DocPurpose.ANNUAL_REPORT: "annual_report",
}


def _docs(*purposes: d.DocPurpose) -> Callable[[Session, d.ReportingYear], list[Evidence]]:
    return lambda s, y: registered_documents(s, y, *purposes)


def _on(month: int, day: int) -> Callable[[d.ReportingYear], date]:
    return lambda y: clamp_day(y.year, month, day)


class CoreCycleProvider:
    """Steps whose evidence is a document in the issued-documents register (DOMAIN.md §12).

    Modules that manage a step in depth (audits, management review, …) provide a richer step
    with the same key; the later provider wins.

    As the agency module's provider it contributes the organisation's figures, the steering
    committee table and the year's issued documents with their files as evidence.
    """

    module = "agency"

    def contribute(self, ctx: ContributionContext) -> Contribution:
        """People and departments figures, the steering committee, and the register's evidence."""
        s, year = ctx.session, ctx.year
        assert s is not None
        source = "Cài đặt › Cán bộ, phòng ban"
        departments = tuple(s.scalars(select(m.DepartmentRow.id).where(m.DepartmentRow.active.is_(True))
                                      .order_by(m.DepartmentRow.sort_order, m.DepartmentRow.id)))
        people = list(s.scalars(select(m.PersonRow).where(m.PersonRow.active.is_(True)).order_by(m.PersonRow.id)))
        steering = [p for p in people if p.steering_role is not None]
        steering.sort(key=lambda p: (list(d.SteeringRole).index(p.steering_role), p.id))  # type: ignore[arg-type]  # a saved record always has its id
        auditors = [p for p in people if p.is_internal_auditor]

        def fig(key: str, ids: Sequence[int], unit: str, label: str, target: str) -> Figure:
            return Figure(f"agency.{key}", len(ids), unit, label, source, self.module, tuple(ids), target)

        register = list(s.scalars(select(m.IssuedDocumentRow).where(m.IssuedDocumentRow.year == year.year)
                                  .order_by(m.IssuedDocumentRow.issue_date, m.IssuedDocumentRow.id)))
        issued = [r for r in register if r.status is d.IssuedDocStatus.ISSUED]
        figures = (
            fig("departments", departments, "phòng, bộ phận", "Số phòng, bộ phận", "settings.departments"),
            fig("people", [p.id for p in people], "người", "Số cán bộ, công chức được ghi nhận", "settings.people"),
            fig("steering_members", [p.id for p in steering], "thành viên", "Số thành viên Ban Chỉ đạo ISO",
                "settings.people"),
            fig("internal_auditors", [p.id for p in auditors], "người", "Số chuyên gia đánh giá nội bộ",
                "settings.people"),
            Figure("agency.issued_documents", len(issued), "văn bản",
                   f"Số văn bản về HTQLCL đã ban hành năm {year.year}", "Sổ văn bản đã ban hành", self.module,
                   tuple(r.id for r in issued), "documents.register"),
            # A new name or tier of the agency from a day in the period: a reorganisation (the 2025 mergers),
            # which the management review lists among the changes in internal issues (9.3.2 b).
            fig("reorganisations", list(s.scalars(select(m.AgencyVersionRow.id).where(
                m.AgencyVersionRow.valid_from >= year.period_start, m.AgencyVersionRow.valid_from <= year.period_end))),
                "lần", "Số lần thay đổi tổ chức, tên gọi của cơ quan trong kỳ", "settings.agency"),
        )
        table = AppendixTable(
            "agency.steering", "Thành viên Ban Chỉ đạo ISO", ("TT", "Họ và tên", "Chức vụ", "Nhiệm vụ trong Ban"),
            tuple(AppendixRow((str(n), p.full_name, p.title, STEERING_SEATS[p.steering_role]))  # type: ignore[index]  # only seated people are listed
                  for n, p in enumerate(steering, start=1)),
            self.module)
        evidence = tuple(
            EvidenceItem(register_label(r), self.module, PURPOSE_STEPS.get(r.purpose, ""), r.id,
                         r.status is d.IssuedDocStatus.ISSUED,
                         tuple(AttachmentService.list_in(s, "issued_document", r.id)))
            for r in register)
        return Contribution(self.module, figures=figures, tables=(table,), evidence=evidence)

    def build_document(self, key: str, ctx: ContributionContext) -> AdminDocument:
        raise NotFoundError("document_offer", key)

    def steps(self) -> Sequence[StepDefinition]:
        return (
            StepDefinition(
                "annual_plan", 10,
                QT_TRANSLATE_NOOP("CycleStep", "Issue the year's QMS maintenance plan"),
                QT_TRANSLATE_NOOP("CycleStep", "An issued plan (Kế hoạch duy trì, cải tiến HTQLCL) of this year in the register."),
                _on(2, 28), _docs(d.DocPurpose.ANNUAL_PLAN), "documents.register"),
            StepDefinition(
                "policy_objectives", 20,
                QT_TRANSLATE_NOOP("CycleStep", "Publish the quality policy and the year's quality objectives with their plan"),
                QT_TRANSLATE_NOOP("CycleStep", "An issued decision on the quality objectives and their implementation plan of this year."),
                _on(3, 15), _docs(d.DocPurpose.QUALITY_OBJECTIVES, d.DocPurpose.QUALITY_POLICY), "documents.register"),
            StepDefinition(
                "risk_plan", 30,
                QT_TRANSLATE_NOOP("CycleStep", "Plan the treatment of risks and opportunities"),
                QT_TRANSLATE_NOOP("CycleStep", "An issued plan for addressing risks and opportunities of this year."),
                _on(3, 31), _docs(d.DocPurpose.RISK_PLAN), "documents.register"),
            StepDefinition(
                "internal_audit", 50,
                QT_TRANSLATE_NOOP("CycleStep", "Carry out the internal audit"),
                QT_TRANSLATE_NOOP("CycleStep", "The decision setting up the audit team, the audit plan and the audit report of this year."),
                _on(11, 15), _docs(d.DocPurpose.AUDIT_TEAM, d.DocPurpose.AUDIT_PLAN, d.DocPurpose.AUDIT_REPORT),
                "documents.register"),
            StepDefinition(
                "management_review", 60,
                QT_TRANSLATE_NOOP("CycleStep", "Hold the management review"),
                QT_TRANSLATE_NOOP("CycleStep", "Minutes or report of this year's management review meeting."),
                _on(11, 30), _docs(d.DocPurpose.MANAGEMENT_REVIEW), "documents.register"),
            StepDefinition(
                "annual_report", 70,
                QT_TRANSLATE_NOOP("CycleStep", "Send the annual report before the deadline"),
                QT_TRANSLATE_NOOP("CycleStep", "The issued annual report to the Department of Science and Technology."),
                # No target until the annual report module exists: the register is not the report.
                lambda y: y.deadline or y.period_end, _docs(d.DocPurpose.ANNUAL_REPORT), ""),
        )

    def checks(self, session: Session, year: d.ReportingYear, today: date) -> list[ReadinessIssue]:
        issues: list[ReadinessIssue] = []
        people = list(session.scalars(select(m.PersonRow).where(m.PersonRow.active.is_(True))))
        if not any(p.is_iso_secretary for p in people):
            issues.append(ReadinessIssue(
                "no_iso_secretary", QT_TRANSLATE_NOOP("Readiness", "Nobody is recorded as ISO secretary."),
                Severity.WARNING, target="settings.people"))
        steering = [p for p in people if p.steering_role is not None]
        if not steering:
            issues.append(ReadinessIssue(
                "no_steering_committee",
                QT_TRANSLATE_NOOP("Readiness", "The ISO steering committee has no members."),
                Severity.WARNING, target="settings.people"))
        elif any(p.steering_decision_id is None for p in steering):
            ids = tuple(p.id for p in steering if p.steering_decision_id is None)
            issues.append(ReadinessIssue(
                "steering_without_decision",
                QT_TRANSLATE_NOOP("Readiness", "{count} steering committee member(s) have no deciding decision (QĐ)."),
                Severity.WARNING, count=len(ids), params={"count": len(ids)}, target="settings.people",
                record_ids=ids))
        if not any(p.is_internal_auditor for p in people):
            issues.append(ReadinessIssue(
                "no_internal_auditor",
                QT_TRANSLATE_NOOP("Readiness", "No trained internal auditor is recorded."),
                Severity.WARNING, target="settings.people"))
        if year.deadline is None:
            issues.append(ReadinessIssue(
                "no_deadline",
                QT_TRANSLATE_NOOP("Readiness", "The provincial deadline of the {year} report is not set."),
                Severity.WARNING, params={"year": year.year}, target="settings.years"))
        # DOMAIN.md §7 rule 5: a plan "năm 2024" dated 2023 is a classic copy-paste error.
        odd = [
            r for r in session.scalars(select(m.IssuedDocumentRow).where(m.IssuedDocumentRow.year == year.year))
            if r.issue_date is not None and r.issue_date.year not in (year.year, year.year - 1)
        ]
        if odd:
            issues.append(ReadinessIssue(
                "document_year_mismatch",
                QT_TRANSLATE_NOOP("Readiness", "{count} document(s) of {year} are dated in another year."),
                Severity.WARNING, count=len(odd), params={"count": len(odd), "year": year.year},
                target="documents.register", record_ids=tuple(r.id for r in odd)))
        return issues


class CycleService(ServiceBase):
    """Computes the year's checklist from every registered provider."""

    def __init__(self, sessions: sessionmaker[Session], providers: Sequence[CycleProvider]) -> None:
        super().__init__(sessions)
        self._providers = list(providers)

    def step_definitions(self) -> list[StepDefinition]:
        """All steps in order; a later provider's step replaces an earlier one with the same key."""
        by_key: dict[str, StepDefinition] = {}
        for provider in self._providers:
            for step in provider.steps():
                by_key[step.key] = step
        return sorted(by_key.values(), key=lambda s: s.order)

    #: App setting naming the day the agency started using isodesk (ISO date), when it is not the
    #: day of the setup; the demo data sets it (its history is written when the demo is generated).
    STARTED_ON_KEY = "agency.started_on"

    def started_on(self) -> date | None:
        """The day the agency started using isodesk: :attr:`STARTED_ON_KEY`, else its first entry in the
        change history (the setup)."""
        with self._read() as s:
            setting = s.get(m.AppSettingRow, self.STARTED_ON_KEY)
            if setting is not None:
                try:
                    return date.fromisoformat(setting.value)
                except ValueError:
                    pass
            if s.get(m.AppSettingRow, "demo.generated_by") is not None:
                return None  # a demo stands for an agency that has used isodesk for years
            first = s.scalar(select(func.min(m.ChangeLogRow.at)).where(m.ChangeLogRow.entity == m.AgencyVersionRow.__tablename__))
        return first.date() if first is not None else None

    def overview(self, year: int, today: date | None = None) -> YearOverview:
        """The checklist and readiness problems of one reporting year, as of ``today``."""
        today = today or date.today()
        started = self.started_on()
        if started is not None and started > today:
            started = None  # looking at a day before the start: the plain rule applies
        with self._read() as s:
            row = s.scalar(select(m.ReportingYearRow).where(m.ReportingYearRow.year == year))
            if row is None:
                raise NotFoundError("reporting_year", year)
            ry = d.ReportingYear(id=row.id, year=row.year, period_start=row.period_start,
                                 period_end=row.period_end, deadline=row.deadline, notes=row.notes)
            steps: list[StepState] = []
            for sd in self.step_definitions():
                evidence = sd.evidence_on(s, ry, today) if sd.evidence_on is not None else sd.evidence(s, ry)
                due = sd.due(ry)
                done = any(e.complete for e in evidence)
                steps.append(StepState(key=sd.key, order=sd.order, title=sd.title, hint=sd.hint, due=due,
                                       status=step_status(done, due, today, started_on=started),
                                       evidence=tuple(evidence),
                                       target=sd.target))
            issues: list[ReadinessIssue] = []
            for provider in self._providers:
                issues.extend(provider.checks(s, ry, today))
        return YearOverview(year=ry.year, period_start=ry.period_start, period_end=ry.period_end,
                            deadline=ry.deadline, today=today, steps=tuple(steps), issues=tuple(issues))
