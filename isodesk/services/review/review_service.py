"""The management review (xem xét của lãnh đạo, clause 9.3): meetings per reporting year, their decided
actions, and the 9.3.2 inputs assembled from the modules' contributions (DOMAIN.md §6.4).

The inputs are read ONLY through the contribution protocol (``ContributionService.collect``), never
from another module's tables. One transaction per use case; every change is written to the change
history by the ``Audited`` session hook of the ORM rows. DTOs out, never ORM objects.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from isodesk.domain import review as d
from isodesk.domain.contributions import YearContributions
from isodesk.domain.errors import FieldProblem, NotFoundError
from isodesk.services.base import ServiceBase, raise_if
from isodesk.services.year.contribution_service import ContributionService
from isodesk.storage.models.core import PersonRow
from isodesk.storage.models.review import ReviewActionRow, ReviewMeetingRow

MEETING = "review_meeting"
ACTION = "review_action"


def _ids(text: str) -> tuple[int, ...]:
    return tuple(int(p) for p in text.split(",") if p.strip().isdigit())


def _action_dto(a: ReviewActionRow, year: int) -> d.ReviewAction:
    return d.ReviewAction(id=a.id, meeting_id=a.meeting_id, content=a.content, kind=a.kind,
                          responsible=a.responsible, deadline=a.deadline, notes=a.notes, status=a.status,
                          closed_on=a.closed_on, position=a.position, year=year)


def _meeting_dto(s: Session, m: ReviewMeetingRow) -> d.Meeting:
    ids = _ids(m.attendee_ids)
    wanted = {i for i in (*ids, m.chair_id, m.secretary_id) if i is not None}
    names = dict(s.execute(select(PersonRow.id, PersonRow.full_name).where(PersonRow.id.in_(wanted))).all()) if wanted else {}
    return d.Meeting(id=m.id, year=m.year, held_on=m.held_on, start=m.start, end=m.end, place=m.place,
                     chair_id=m.chair_id, secretary_id=m.secretary_id, attendee_ids=ids, notes=m.notes,
                     actions=tuple(_action_dto(a, m.year) for a in m.actions),
                     chair_name=names.get(m.chair_id, "") if m.chair_id else "",
                     secretary_name=names.get(m.secretary_id, "") if m.secretary_id else "",
                     attendee_names=tuple(names[i] for i in ids if i in names))


def meetings_of_year(s: Session, year: int) -> list[d.Meeting]:
    """The meetings of ``year`` by date (used by the module's provider in its own session)."""
    rows = s.scalars(select(ReviewMeetingRow).where(ReviewMeetingRow.year == year)
                     .order_by(ReviewMeetingRow.held_on, ReviewMeetingRow.id))
    return [_meeting_dto(s, m) for m in rows]


def previous_actions(s: Session, year: int) -> list[d.ReviewAction]:
    """Input a) of ``year``: every action of the previous year's meetings, and the actions of older
    meetings still open."""
    stmt = (select(ReviewActionRow, ReviewMeetingRow.year).join(ReviewMeetingRow)
            .where(ReviewMeetingRow.year < year)
            .order_by(ReviewMeetingRow.year, ReviewMeetingRow.held_on, ReviewActionRow.position, ReviewActionRow.id))
    out = []
    for row, y in s.execute(stmt):
        if y == year - 1 or row.status is d.ActionStatus.OPEN:
            out.append(_action_dto(row, y))
    return out


class ReviewService(ServiceBase):
    """Họp xem xét của lãnh đạo: meetings, actions, inputs."""

    def __init__(self, sessions: sessionmaker[Session], contributions: ContributionService) -> None:
        super().__init__(sessions)
        self._contributions = contributions

    # ------------------------------------------------------------------ reading
    def list_meetings(self, year: int) -> list[d.Meeting]:
        """The meetings of ``year`` with their actions, by date."""
        with self._read() as s:
            return meetings_of_year(s, year)

    def get(self, meeting_id: int) -> d.Meeting:
        with self._read() as s:
            row = s.get(ReviewMeetingRow, meeting_id)
            if row is None:
                raise NotFoundError(MEETING, meeting_id)
            return _meeting_dto(s, row)

    def previous_actions(self, year: int) -> list[d.ReviewAction]:
        """The actions reported in input a) of ``year``."""
        with self._read() as s:
            return previous_actions(s, year)

    def inputs(self, year: int) -> list[d.InputBlock]:
        """The 9.3.2 input blocks of ``year`` from the modules' contributions and last year's actions."""
        try:
            contributions = self._contributions.collect(year)
        except NotFoundError:
            # No reporting year declared yet: every block says it has no data, nothing is invented.
            contributions = YearContributions(year)
        return d.assemble_inputs(contributions, self.previous_actions(year))

    # ------------------------------------------------------------------ writing
    def save_meeting(self, meeting: d.Meeting) -> d.Meeting:
        """Add (``id`` None) or change a meeting (not its actions), in one transaction.

        Raises:
            ValidationError: the meeting breaks a rule, or an action's deadline would fall before the
                new date; nothing is written.
            NotFoundError: the meeting no longer exists.
        """
        with self._write() as s:
            problems = d.validate_meeting(meeting)
            people = {meeting.chair_id, meeting.secretary_id, *meeting.attendee_ids} - {None}
            if people:
                known = set(s.scalars(select(PersonRow.id).where(PersonRow.id.in_(people))))
                for name, pid in (("chair_id", meeting.chair_id), ("secretary_id", meeting.secretary_id)):
                    if pid is not None and pid not in known:
                        problems.append(FieldProblem(name, "not_found"))
                if any(i not in known for i in meeting.attendee_ids):
                    problems.append(FieldProblem("attendee_ids", "not_found"))
            if meeting.id is None:
                raise_if(problems)
                row = ReviewMeetingRow(year=meeting.year)
                s.add(row)
            else:
                found = s.get(ReviewMeetingRow, meeting.id)
                if found is None:
                    raise NotFoundError(MEETING, meeting.id)
                row = found
                for a in row.actions:
                    problems += [p for p in d.validate_action(_action_dto(a, row.year), meeting.held_on)
                                 if p.field == "deadline"]
                raise_if(problems)
            row.year, row.held_on, row.start, row.end = meeting.year, meeting.held_on, meeting.start, meeting.end
            row.place, row.chair_id, row.secretary_id = meeting.place, meeting.chair_id, meeting.secretary_id
            row.attendee_ids = ",".join(str(i) for i in dict.fromkeys(meeting.attendee_ids))
            row.notes = meeting.notes
            s.flush()
            return _meeting_dto(s, row)

    def delete_meeting(self, meeting_id: int) -> None:
        """Delete a meeting with its actions."""
        with self._write() as s:
            row = s.get(ReviewMeetingRow, meeting_id)
            if row is None:
                raise NotFoundError(MEETING, meeting_id)
            s.delete(row)

    def save_action(self, action: d.ReviewAction) -> d.ReviewAction:
        """Add (``id`` None, appended to the meeting's table) or change one action.

        Raises:
            ValidationError: empty content, deadline before the meeting, closed without a date…; nothing is written.
            NotFoundError: the meeting or the action no longer exists.
        """
        with self._write() as s:
            if action.id is None:
                if action.meeting_id is None or (meeting := s.get(ReviewMeetingRow, action.meeting_id)) is None:
                    raise NotFoundError(MEETING, action.meeting_id)
                raise_if(d.validate_action(action, meeting.held_on))
                position = (s.scalar(select(func.max(ReviewActionRow.position))
                                     .where(ReviewActionRow.meeting_id == meeting.id)) or 0) + 1
                row = ReviewActionRow(meeting_id=meeting.id, position=position)
                s.add(row)
            else:
                found = s.get(ReviewActionRow, action.id)
                if found is None:
                    raise NotFoundError(ACTION, action.id)
                row, meeting = found, found.meeting
                raise_if(d.validate_action(action, meeting.held_on))
            if action.status is d.ActionStatus.OPEN:
                action = replace(action, closed_on=None)
            row.content, row.kind, row.responsible = action.content, action.kind, action.responsible
            row.deadline, row.notes, row.status, row.closed_on = (action.deadline, action.notes, action.status,
                                                                  action.closed_on)
            s.flush()
            return _action_dto(row, meeting.year)

    def close_action(self, action_id: int, closed_on: date) -> d.ReviewAction:
        """Mark an action done on ``closed_on`` (a date)."""
        with self._read() as s:
            row = s.get(ReviewActionRow, action_id)
            if row is None:
                raise NotFoundError(ACTION, action_id)
            current = _action_dto(row, row.meeting.year)
        return self.save_action(replace(current, status=d.ActionStatus.CLOSED, closed_on=closed_on))

    def delete_action(self, action_id: int) -> None:
        with self._write() as s:
            row = s.get(ReviewActionRow, action_id)
            if row is None:
                raise NotFoundError(ACTION, action_id)
            s.delete(row)

    def years(self) -> list[int]:
        """Years with a meeting, newest first."""
        with self._read() as s:
            return list(s.scalars(select(ReviewMeetingRow.year).distinct().order_by(ReviewMeetingRow.year.desc())))


def summary(meetings: Sequence[d.Meeting]) -> d.ReviewSummary:
    actions = [a for m in meetings for a in m.actions]
    return d.ReviewSummary(len(meetings), sum(1 for a in actions if a.is_open),
                           sum(1 for a in actions if not a.is_open), tuple(meetings))
