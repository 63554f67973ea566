"""Nonconformities and corrective action (ISO 9001 clause 10.2): the phiếu yêu cầu hành động khắc phục
of DOMAIN.md §6.3 walked through its states, the effectiveness check that alone closes it, and the
Sổ theo dõi sự không phù hợp. One transaction per use case; DTOs out; history through ``Audited``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from isodesk.domain import audit as d
from isodesk.domain.core import ReportingYear, reporting_year_of
from isodesk.domain.errors import DomainError, FieldProblem, NotFoundError
from isodesk.services.audit.audit_service import department_names, person_names
from isodesk.services.base import ServiceBase, raise_if
from isodesk.storage.models import audit as m
from isodesk.storage.models import core as core_m

ENTITY = "nonconformity"

#: Columns a phiếu's save writes (state and the effectiveness check move only through their own use cases).
_EDITABLE = ("raised_on", "department_id", "source", "description", "requirement", "found_by", "confirmation",
             "correction", "cause", "cause_category", "action", "action_owner_id", "due_date", "approved_by",
             "approved_on", "result", "done_on", "follow_up")
_ALL = (*_EDITABLE, "year", "number", "finding_id", "check_by_id", "check_on", "check_passed", "check_notes", "state",
        "closed_on", "past_attempts")


def _dto(row: m.NonconformityRow, deps: dict[int, str], people: dict[int, str]) -> d.Nonconformity:
    values = {name: getattr(row, name) for name in _ALL}
    return d.Nonconformity(
        id=row.id, **values, department_name=deps.get(row.department_id, ""),
        action_owner_name=people.get(row.action_owner_id, "") if row.action_owner_id else "",
        check_by_name=people.get(row.check_by_id, "") if row.check_by_id else "")


def _load(s: Session, where: Sequence[ColumnElement[bool]]) -> list[d.Nonconformity]:
    N = m.NonconformityRow
    deps, people = department_names(s), person_names(s)
    rows = s.scalars(select(N).where(*where).order_by(N.year.desc(), N.number.desc()))
    return [_dto(row, deps, people) for row in rows]


class NonconformityService(ServiceBase):
    """The phiếu khắc phục and the Sổ theo dõi sự không phù hợp."""

    spec = d.NONCONFORMITIES_SPEC

    # ------------------------------------------------------------------ reading
    def search(self, *, year: int | None = None, state: d.NcState | None = None) -> list[d.Nonconformity]:
        """Phiếu (of one year or all; of one state or all), newest first."""
        N = m.NonconformityRow
        where: list[ColumnElement[bool]] = []
        if year is not None:
            where.append(N.year == year)
        if state is not None:
            where.append(N.state == state)
        with self._read() as s:
            return _load(s, where)

    def get(self, nc_id: int) -> d.Nonconformity:
        """One phiếu. Raises NotFoundError."""
        with self._read() as s:
            found = _load(s, [m.NonconformityRow.id == nc_id])
        if not found:
            raise NotFoundError(ENTITY, nc_id)
        return found[0]

    def overdue(self, today: date) -> list[d.Nonconformity]:
        """Phiếu whose action is late (open, deadline passed)."""
        N = m.NonconformityRow
        with self._read() as s:
            found = _load(s, [N.state.in_((d.NcState.OPEN, d.NcState.CAUSE_FOUND, d.NcState.IN_PROGRESS)),
                              N.due_date < today])
        return [x for x in found if d.is_overdue(x, today)]

    def next_number(self, year: int) -> int:
        with self._read() as s:
            return self._next_number(s, year)

    @staticmethod
    def _next_number(s: Session, year: int) -> int:
        N = m.NonconformityRow
        return int(s.scalar(select(func.coalesce(func.max(N.number), 0)).where(N.year == year)) or 0) + 1

    # ------------------------------------------------------------------ writing
    def save(self, item: d.Nonconformity) -> d.Nonconformity:
        """Create a phiếu (numbered in its reporting year) or update its fields.

        The state does not change here (see :meth:`advance` and :meth:`record_check`), but the
        fields the current state needs are checked: a phiếu "đang thực hiện" keeps its action,
        owner and deadline.

        Raises:
            ValidationError: e.g. a deadline before the nonconformity was found (nothing saved).
            DomainError: ``nc_already_closed``.
        """
        with self._write() as s:
            years = [ReportingYear(None, r.year, r.period_start, r.period_end)
                     for r in s.scalars(select(core_m.ReportingYearRow))]
            year = reporting_year_of(item.raised_on, years)
            if item.id is None:
                row = m.NonconformityRow(year=year, number=self._next_number(s, year), state=d.NcState.OPEN,
                                         finding_id=item.finding_id)
                current = replace(item, year=year, number=row.number, state=d.NcState.OPEN, closed_on=None,
                                  check_by_id=None, check_on=None, check_passed=None)
            else:
                found = s.get(m.NonconformityRow, item.id)
                if found is None:
                    raise NotFoundError(ENTITY, item.id)
                row = found
                if row.state is d.NcState.CLOSED:
                    raise DomainError("nc_already_closed", number=f"{row.number:02d}/{row.year}")
                existing = _dto(row, {}, {})
                current = replace(existing, **{name: getattr(item, name) for name in _EDITABLE})
            current = self._cleaned(current)
            problems = d.validate_nonconformity(current)
            if current.department_id not in department_names(s):
                problems.append(FieldProblem("department_id", "not_found"))
            raise_if(problems)
            self._write_row(row, current, _EDITABLE)
            if item.id is None:
                s.add(row)
            s.flush()
            return _load(s, [m.NonconformityRow.id == row.id])[0]

    @staticmethod
    def _cleaned(item: d.Nonconformity) -> d.Nonconformity:
        texts = {name: getattr(item, name).strip() for name in ("description", "requirement", "found_by", "confirmation",
                                                                 "correction", "cause", "action", "approved_by",
                                                                 "result", "follow_up")}
        return replace(item, **texts)

    @staticmethod
    def _write_row(row: m.NonconformityRow, item: d.Nonconformity, names: Sequence[str]) -> None:
        for name in names:
            value = getattr(item, name)
            if getattr(row, name) != value:  # unchanged values make no history lines
                setattr(row, name, value)

    def raise_from_finding(self, finding_id: int, *, raised_on: date | None = None) -> d.Nonconformity:
        """Open the phiếu of a nonconformity found by an internal audit, prefilled from the finding.

        Raises:
            DomainError: ``finding_has_form`` (one phiếu per finding), ``finding_not_nonconformity``.
        """
        with self._read() as s:
            finding = s.get(m.AuditFindingRow, finding_id)
            if finding is None:
                raise NotFoundError("audit_finding", finding_id)
            if finding.kind is not d.FindingKind.NONCONFORMITY:
                raise DomainError("finding_not_nonconformity")
            existing = s.scalar(select(m.NonconformityRow).where(m.NonconformityRow.finding_id == finding_id))
            if existing is not None:
                raise DomainError("finding_has_form", number=f"{existing.number:02d}/{existing.year}")
            people = person_names(s)
            requirement = finding.requirement or d.clause_label(finding.clause)
            item = d.Nonconformity(
                id=None, year=0, number=0, raised_on=raised_on or finding.found_on, department_id=finding.department_id,
                source=d.NcSource.INTERNAL_AUDIT, description=finding.description, requirement=requirement,
                found_by=people.get(finding.found_by_id, "") if finding.found_by_id else "",
                confirmation=finding.confirmed_by, finding_id=finding.id)
        return self.save(item)

    def advance(self, nc_id: int, on: date) -> d.Nonconformity:
        """Move a phiếu one state on (mở → đã xác định nguyên nhân → đang thực hiện → chờ kiểm tra hiệu lực).

        Closing is never a plain step: only :meth:`record_check` with "đạt" closes.

        Raises:
            ValidationError: the next state's needs are missing (cause, action, owner, deadline, result).
            DomainError: ``nc_already_closed``; ``nc_close_without_check`` when asked to close.
        """
        with self._write() as s:
            row = self._open_row(s, nc_id)
            item = _dto(row, {}, {})
            moved = d.advance(item, on)
            if moved.state is d.NcState.CLOSED:
                raise DomainError("nc_close_without_check")
            raise_if(d.validate_nonconformity(moved))
            self._write_row(row, moved, ("state",))
            s.flush()
            return _load(s, [m.NonconformityRow.id == row.id])[0]

    def record_check(self, nc_id: int, *, checker_id: int, on: date, passed: bool, notes: str = "",
                     new_action: str = "", new_due: date | None = None) -> d.Nonconformity:
        """The effectiveness check (kiểm tra, xác nhận hiệu lực).

        "Đạt" closes the phiếu — only when the checker is not the person who carried out the action.
        "Không đạt" sends it back to "đang thực hiện" with ``new_action`` and ``new_due``.

        Raises:
            DomainError: ``nc_not_awaiting_check``, ``nc_already_closed``.
            ValidationError: ``nc_checker_is_owner``, ``nc_needs_new_action``, ``due_before_check``, … (nothing saved).
        """
        with self._write() as s:
            row = self._open_row(s, nc_id)
            item = _dto(row, {}, {})
            if item.state is not d.NcState.AWAITING_CHECK:
                raise DomainError("nc_not_awaiting_check", number=item.number_text)
            if s.get(core_m.PersonRow, checker_id) is None:
                raise_if([FieldProblem("check_by_id", "not_found")])
            if not passed:
                raise_if(d.validate_failed_check(item, new_action, new_due, on))
            checked = d.record_check(item, checker_id=checker_id, on=on, passed=passed, notes=notes.strip(),
                                     new_action=new_action.strip(), new_due=new_due)
            raise_if(d.validate_nonconformity(checked))
            self._write_row(row, checked, ("action", "due_date", "result", "done_on", "check_by_id", "check_on",
                                           "check_passed", "check_notes", "state", "closed_on", "past_attempts"))
            s.flush()
            return _load(s, [m.NonconformityRow.id == row.id])[0]

    @staticmethod
    def _open_row(s: Session, nc_id: int) -> m.NonconformityRow:
        row = s.get(m.NonconformityRow, nc_id)
        if row is None:
            raise NotFoundError(ENTITY, nc_id)
        if row.state is d.NcState.CLOSED:
            raise DomainError("nc_already_closed", number=f"{row.number:02d}/{row.year}")
        return row

    def delete(self, nc_id: int) -> None:
        """Delete a phiếu that is still open (a mistake); a phiếu under way or closed is a record."""
        with self._write() as s:
            row = s.get(m.NonconformityRow, nc_id)
            if row is None:
                raise NotFoundError(ENTITY, nc_id)
            if row.state is not d.NcState.OPEN:
                raise DomainError("nc_already_closed" if row.state is d.NcState.CLOSED else "nc_under_way",
                                  number=f"{row.number:02d}/{row.year}")
            s.delete(row)
