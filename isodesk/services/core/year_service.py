"""Reporting years (kỳ báo cáo) with their data cut-off period and provincial deadline."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from isodesk.domain import core as d
from isodesk.domain.errors import DomainError, FieldProblem, NotFoundError
from isodesk.services.base import ServiceBase, raise_if
from isodesk.storage.models import core as m


def _dto(row: m.ReportingYearRow) -> d.ReportingYear:
    return d.ReportingYear(id=row.id, year=row.year, period_start=row.period_start,
                           period_end=row.period_end, deadline=row.deadline, notes=row.notes)


class YearService(ServiceBase):
    """Create, edit and pick reporting years."""

    def years(self) -> list[d.ReportingYear]:
        """All reporting years, newest first."""
        with self._read() as s:
            return [_dto(r) for r in s.scalars(select(m.ReportingYearRow).order_by(m.ReportingYearRow.year.desc()))]

    def get(self, year: int) -> d.ReportingYear | None:
        with self._read() as s:
            row = s.scalar(select(m.ReportingYearRow).where(m.ReportingYearRow.year == year))
            return _dto(row) if row else None

    def current(self, today: date | None = None) -> d.ReportingYear | None:
        """The year whose period contains ``today``; else the newest one."""
        today = today or date.today()
        years = self.years()
        for y in years:
            if y.period_start <= today <= y.period_end:
                return y
        return years[0] if years else None

    def save(self, item: d.ReportingYear) -> d.ReportingYear:
        """Create or update a year; periods must not overlap another year's."""
        raise_if(d.validate_reporting_year(item))
        try:
            with self._write() as s:
                for other in s.scalars(select(m.ReportingYearRow)):
                    if other.id == item.id:
                        continue
                    if other.year == item.year:
                        raise_if([FieldProblem("year", "duplicate", {"value": item.year})])
                    if item.period_start <= other.period_end and other.period_start <= item.period_end:
                        raise_if([FieldProblem("period_start", "period_overlaps", {"year": other.year})])
                row = m.ReportingYearRow() if item.id is None else s.get(m.ReportingYearRow, item.id)
                if row is None:
                    raise NotFoundError("reporting_year", item.id)
                row.year, row.period_start, row.period_end = item.year, item.period_start, item.period_end
                row.deadline, row.notes = item.deadline, item.notes.strip()
                if item.id is None:
                    s.add(row)
                s.flush()
                return _dto(row)
        except IntegrityError as exc:  # a concurrent save of the same year
            raise DomainError("duplicate", value=item.year) from exc
