"""The secretary's year (DOMAIN.md §12) as steps with due dates, and readiness checks."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date

SOON_DAYS = 30


class StepStatus(str, enum.Enum):
    DONE = "done"
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"
    NOT_STARTED = "not_started"


class Severity(str, enum.Enum):
    ERROR = "error"  # the annual report would be wrong or rejected
    WARNING = "warning"  # should be fixed before the report


@dataclass(frozen=True)
class Evidence:
    """Something in the register that satisfies (or partly satisfies) a step."""

    label: str  # e.g. "Kế hoạch số 05/KH-UBND ngày 10/01/2025" — already in Vietnamese, from data
    complete: bool = True  # False for a draft that does not satisfy the step yet


@dataclass(frozen=True)
class StepState:
    """One step of the year's cycle for one reporting year, computed from the data."""

    key: str
    order: int
    title: str  # English source text (QT_TRANSLATE_NOOP, context "CycleStep")
    hint: str  # what satisfies the step, English source text
    due: date
    status: StepStatus
    evidence: tuple[Evidence, ...] = ()
    target: str = ""  # navigation key of the screen where the secretary does it


@dataclass(frozen=True)
class ReadinessIssue:
    """A problem that would make the annual report wrong; ``target`` opens the records to fix."""

    code: str
    message: str  # English source text with {placeholders} (context "Readiness")
    severity: Severity
    count: int = 1
    params: dict[str, object] = field(default_factory=dict)
    target: str = ""
    record_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class YearOverview:
    year: int
    period_start: date
    period_end: date
    deadline: date | None
    today: date
    steps: tuple[StepState, ...]
    issues: tuple[ReadinessIssue, ...]

    @property
    def done_count(self) -> int:
        return sum(1 for s in self.steps if s.status is StepStatus.DONE)


def step_status(done: bool, due: date, today: date, soon_days: int = SOON_DAYS,
                started_on: date | None = None) -> StepStatus:
    """Done beats everything; past the due date is overdue; within ``soon_days`` is due soon.

    A step that fell due before the agency started using isodesk (``started_on``) is "not started",
    not overdue: a brand-new agency is not greeted with a column of red for what it could not record.
    """
    if done:
        return StepStatus.DONE
    if started_on is not None and due < started_on:
        return StepStatus.NOT_STARTED
    if today > due:
        return StepStatus.OVERDUE
    if (due - today).days <= soon_days:
        return StepStatus.DUE_SOON
    return StepStatus.NOT_STARTED


def clamp_day(year: int, month: int, day: int) -> date:
    """A date that exists (29/02 in a common year becomes 28/02)."""
    import calendar

    return date(year, month, min(day, calendar.monthrange(year, month)[1]))
