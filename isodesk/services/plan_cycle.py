"""The plan's place in the year's checklist: the "issue the plan" step opens the plan page.

Same step as the core one (key, order, due date, evidence from the register); only the target
changes, to the plan page under "Báo cáo năm", where the plan is drafted and generated.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from sqlalchemy.orm import Session

from isodesk.domain import core as d
from isodesk.domain.cycle import ReadinessIssue
from isodesk.services.cycle_service import CoreCycleProvider, StepDefinition

#: Navigation target of the plan page (screen ``annual_report``, page ``plan``).
PLAN_TARGET = "annual_report.plan"


class PlanCycleProvider:
    """Overrides the core ``annual_plan`` step so the home screen's button opens the plan page."""

    def steps(self) -> Sequence[StepDefinition]:
        core = next(s for s in CoreCycleProvider().steps() if s.key == "annual_plan")
        return (replace(core, target=PLAN_TARGET),)

    def checks(self, session: Session, year: d.ReportingYear, today: date) -> list[ReadinessIssue]:
        return []
