"""The plan's place in the year's checklist: the "issue the plan" step opens the plan page.

Same step as the core one (key, order, due date, evidence from the register); only the target
changes, to the plan page under "Kế hoạch và văn bản năm", where the plan is drafted and generated.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from sqlalchemy.orm import Session

from isodesk.domain import core as d
from isodesk.domain.contributions import Contribution, DocumentOffer, OutputKind
from isodesk.domain.cycle import ReadinessIssue
from isodesk.domain.errors import NotFoundError
from isodesk.domain.plan import PlanOptions
from isodesk.reports.model import AdminDocument
from isodesk.services.year.contribution_service import ContributionContext
from isodesk.services.year.cycle_service import CoreCycleProvider, StepDefinition

#: Navigation target of the plan page (screen ``annual_report``, page ``plan``).
PLAN_TARGET = "annual_report.plan"


class PlanCycleProvider:
    """Overrides the core ``annual_plan`` step so the home screen's button opens the plan page; as the
    plan module's provider it offers the year's plan as a producible (numbered) document."""

    module = "plan"

    def contribute(self, ctx: ContributionContext) -> Contribution:
        # The plan's register entry is already evidence through the agency module (the register);
        # the plan itself consumes contributions, so it must not ask for its own draft here.
        return Contribution(self.module, documents=(DocumentOffer(
            "plan.annual_plan", f"Kế hoạch duy trì, cải tiến HTQLCL năm {ctx.year.year}", OutputKind.NUMBERED,
            self.module, f"KH_duy-tri-cai-tien-HTQLCL-{ctx.year.year}"),))

    def build_document(self, key: str, ctx: ContributionContext) -> AdminDocument:
        if key != "plan.annual_plan":
            raise NotFoundError("document_offer", key)
        return ctx.services.plan.build(ctx.year.year, PlanOptions(today=ctx.today))

    def steps(self) -> Sequence[StepDefinition]:
        core = next(s for s in CoreCycleProvider().steps() if s.key == "annual_plan")
        return (replace(core, target=PLAN_TARGET),)

    def checks(self, session: Session, year: d.ReportingYear, today: date) -> list[ReadinessIssue]:
        return []
