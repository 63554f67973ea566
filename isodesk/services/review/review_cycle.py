"""The management review's contribution to the year (ISO 9001 clause 9.3; DOMAIN.md §6.4).

Its own step "Họp xem xét của lãnh đạo" (same key as the core step, which it replaces: the later
provider wins): done only when a meeting of the year is held in the period, after the internal audit
(the ``audit.last_date`` text of the contributions, when there is one), with its minutes issued in the
register. Readiness checks, the figures ``review.*`` and the minutes as a document offer.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy.orm import Session

from isodesk.domain import core as core_d
from isodesk.domain import review as d
from isodesk.domain.contributions import Contribution, DocumentOffer, Figure, OutputKind
from isodesk.domain.cycle import Evidence, ReadinessIssue, Severity, clamp_day
from isodesk.domain.drafted import DraftOptions
from isodesk.domain.errors import NotFoundError
from isodesk.domain.formatting import parse_vn_date, short_date
from isodesk.domain.i18n import QT_TRANSLATE_NOOP
from isodesk.reports.model import AdminDocument
from isodesk.services.year.contribution_service import ContributionContext, ContributionService
from isodesk.services.year.cycle_service import StepDefinition, registered_documents
from isodesk.services.review.review_minutes import DOCUMENT_KEY
from isodesk.services.review.review_service import meetings_of_year, previous_actions

TARGET = "review"
SOURCE = "Xem xét của lãnh đạo"
AUDIT_LAST_DATE = "audit.last_date"


class ReviewCycleProvider:
    """Management review: step, checks, figures, the minutes."""

    module = "review"

    def __init__(self) -> None:
        self._contributions: ContributionService | None = None

    def bind_contributions(self, contributions: ContributionService) -> None:
        """The contribution service, to read the date of the internal audit (``audit.last_date``)."""
        self._contributions = contributions

    def _audit_date(self, year: int) -> date | None:
        if self._contributions is None:
            return None
        try:
            text = self._contributions.collect(year).texts.get(AUDIT_LAST_DATE)
        except NotFoundError:
            return None
        if text is None or not text.text.strip():
            return None
        try:
            return parse_vn_date(text.text.strip())
        except ValueError:
            return None

    def _evidence(self, s: Session, year: core_d.ReportingYear) -> list[Evidence]:
        minutes = registered_documents(s, year, core_d.DocPurpose.MANAGEMENT_REVIEW)
        issued = any(e.complete for e in minutes)
        audit_day = self._audit_date(year.year)
        out: list[Evidence] = []
        for m in meetings_of_year(s, year.year):
            label = f"Cuộc họp ngày {short_date(m.held_on)} tại {m.place}"
            inside = year.period_start <= m.held_on <= year.period_end
            after = audit_day is None or m.held_on >= audit_day
            if not after:
                label += f" — trước đợt đánh giá nội bộ ({short_date(audit_day)})" if audit_day else ""
            elif not issued:
                label += " — chưa ban hành biên bản"
            out.append(Evidence(label, complete=inside and after and issued))
        # The minutes alone (without the meeting recorded) do not make the review done.
        return out + [Evidence(e.label, complete=False) for e in minutes]

    def steps(self) -> Sequence[StepDefinition]:
        return (
            StepDefinition(
                "management_review", 60,
                QT_TRANSLATE_NOOP("CycleStep", "Hold the management review"),
                QT_TRANSLATE_NOOP("CycleStep", "A management-review meeting of this year held after the internal "
                                               "audit, with its minutes issued."),
                lambda y: clamp_day(y.year, 11, 30), self._evidence, TARGET),
        )

    def checks(self, session: Session, year: core_d.ReportingYear, today: date) -> list[ReadinessIssue]:
        issues: list[ReadinessIssue] = []
        meetings = meetings_of_year(session, year.year)
        still_open = tuple(a.id for a in previous_actions(session, year.year) if a.is_open and a.id is not None)
        if still_open:
            issues.append(ReadinessIssue(
                "review_previous_actions_open",
                QT_TRANSLATE_NOOP("Readiness", "{count} action(s) decided by an earlier management review are still open."),
                Severity.WARNING, count=len(still_open), params={"count": len(still_open)}, target=TARGET,
                record_ids=still_open))
        if not meetings:
            return issues
        audit_day = self._audit_date(year.year)
        early = tuple(m.id for m in meetings if audit_day is not None and m.held_on < audit_day and m.id is not None)
        if early and len(early) == len(meetings):
            issues.append(ReadinessIssue(
                "review_before_audit",
                QT_TRANSLATE_NOOP("Readiness", "The {year} management review was held before the internal audit ({date}): its results are not reviewed."),
                Severity.WARNING, params={"year": year.year, "date": short_date(audit_day) if audit_day else ""},
                target=TARGET, record_ids=early))
        if self._contributions is not None:
            try:
                contributions = self._contributions.collect(year.year, today)
            except NotFoundError:
                return issues
            empty = [b for b in d.assemble_inputs(contributions, previous_actions(session, year.year))
                     if not b.has_data and b.letter not in ("a", "c7", "d")]
            if empty:
                issues.append(ReadinessIssue(
                    "review_inputs_without_data",
                    QT_TRANSLATE_NOOP("Readiness", "{count} input(s) of the {year} management review have no data: {letters}."),
                    Severity.WARNING, count=len(empty),
                    params={"count": len(empty), "year": year.year, "letters": ", ".join(b.letter for b in empty)},
                    target=TARGET))
        return issues

    def contribute(self, ctx: ContributionContext) -> Contribution:
        s = ctx.session
        assert s is not None
        meetings = meetings_of_year(s, ctx.year.year)
        actions = [a for m in meetings for a in m.actions]
        open_ = tuple(a.id for a in actions if a.is_open and a.id is not None)
        closed = tuple(a.id for a in actions if not a.is_open and a.id is not None)
        figures = (
            Figure("review.meetings", len(meetings), "cuộc họp", "Số cuộc họp xem xét của lãnh đạo", SOURCE,
                   self.module, tuple(m.id for m in meetings if m.id is not None), TARGET),
            Figure("review.actions_open", len(open_), "hành động",
                   "Số hành động sau xem xét của lãnh đạo đang thực hiện", SOURCE, self.module, open_, TARGET),
            Figure("review.actions_closed", len(closed), "hành động",
                   "Số hành động sau xem xét của lãnh đạo đã hoàn thành", SOURCE, self.module, closed, TARGET),
        )
        offers: tuple[DocumentOffer, ...] = ()
        if meetings:
            offers = (DocumentOffer(DOCUMENT_KEY, "Biên bản họp xem xét của lãnh đạo", OutputKind.NUMBERED,
                                    self.module, "BB-hop-xem-xet-cua-lanh-dao"),)
        return Contribution(self.module, figures=figures, documents=offers)

    def build_document(self, key: str, ctx: ContributionContext) -> AdminDocument:
        """The minutes of the year, as drafted (and edited)."""
        if key != DOCUMENT_KEY:
            raise NotFoundError("document_offer", key)
        return ctx.services.drafted.build(DOCUMENT_KEY, ctx.year.year, DraftOptions(today=ctx.today))

