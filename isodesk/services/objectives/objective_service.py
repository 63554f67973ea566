"""Quality policy and quality objectives (clause 6.2): one transaction per use case, DTOs out.

Every row is ``Audited``: creating, changing and deleting a policy, an objective, a plan line or a
result lands in the change history without this service writing it. A refused request (a qualitative
objective, a result for a period outside the objective's year, …) raises ValidationError before
anything is flushed, so nothing is written.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from isodesk.domain import objectives as d
from isodesk.domain.errors import DomainError, FieldProblem, NotFoundError, ValidationError
from isodesk.domain.formatting import fold, format_count
from isodesk.domain.core import AgencyProfile
from isodesk.reports.model import AdminDocument
from isodesk.reports.printouts import build_register_list
from isodesk.reports.xlsx_import import ImportPreview
from isodesk.services.core.agency_service import department_keys
from isodesk.services.base import ServiceBase, raise_if
from isodesk.storage.models import core as core_m
from isodesk.storage.models.core import ChangeLogRow
from isodesk.storage.models.objectives import ObjectivePlanRow, ObjectiveResultRow, ObjectiveRow, QualityPolicyRow

#: Reads a named figure of a reporting year (``tthc.on_time_rate``) through the contribution
#: protocol; returns None when no module offers it. Given by ``open_services``.
FigureLookup = Callable[[int], Mapping[str, Decimal | int]]


def _decimal(text: str) -> Decimal | None:
    return d.parse_decimal(text) if text else None


def _text(value: Decimal | None) -> str:
    return "" if value is None else format(value.normalize(), "f")


def _objective(row: ObjectiveRow, departments: Mapping[int, str]) -> d.Objective:
    return d.Objective(
        id=row.id, year=row.year, title=row.title, indicator=row.indicator, comparator=row.comparator,
        target=_decimal(row.target), unit=row.unit, method=row.method, frequency=row.frequency, level=row.level,
        department_id=row.department_id, department_name=departments.get(row.department_id or 0, ""),
        figure_key=row.figure_key, needs_review=row.needs_review, notes=row.notes, position=row.position,
        plan=tuple(d.PlanRow(p.id, p.measure, p.resources, p.responsible, p.timeframe) for p in row.plan),
        results=tuple(d.ObjectiveResult(r.id, row.id, r.period, _decimal(r.value), r.evidence, r.measured_by,
                                        r.measured_on) for r in row.results),
    )


def with_figures(items: Iterable[d.Objective], figures: Mapping[str, Decimal | int]) -> list[d.Objective]:
    """Objectives bound to a named figure get it as the result of their last period, unless a value
    was measured and entered for that period (what the secretary typed wins)."""
    out: list[d.Objective] = []
    for item in items:
        value = figures.get(item.figure_key) if item.figure_key else None
        last = item.periods[-1].code
        if value is not None and item.result_for(last) is None:
            result = d.ObjectiveResult(None, item.id, last, Decimal(value), "Số liệu tổng hợp trong isodesk",
                                       "isodesk", None, from_figure=True)
            item = replace(item, results=(*item.results, result))
        out.append(item)
    return out


class ObjectiveService(ServiceBase):
    """Policy, objectives with their plan, results; copy from last year; Excel through the spec."""

    spec = d.OBJECTIVES_SPEC

    def __init__(self, sessions, figures: FigureLookup | None = None) -> None:  # type: ignore[no-untyped-def]  # sessions is the sessionmaker every service takes
        super().__init__(sessions)
        self._figures = figures
        self._figure_cache: dict[int, tuple[int, Mapping[str, Decimal | int]]] = {}

    def bind_figures(self, figures: FigureLookup) -> None:
        """Read bound objectives' results from ``figures`` (the contribution protocol)."""
        self._figures = figures

    # ------------------------------------------------------------------ policy
    def policies(self) -> list[d.QualityPolicy]:
        """Every policy, oldest first, each with its decision and the last year it was in force."""
        with self._read() as s:
            return self.policies_in(s)

    @staticmethod
    def policies_in(s: Session) -> list[d.QualityPolicy]:
        rows = list(s.scalars(select(QualityPolicyRow).order_by(QualityPolicyRow.valid_from)))
        decisions = {r.id: r for r in s.scalars(select(core_m.IssuedDocumentRow).where(
            core_m.IssuedDocumentRow.id.in_([r.decision_id for r in rows if r.decision_id])))}
        out = []
        for i, row in enumerate(rows):
            doc = decisions.get(row.decision_id or 0)
            label = ""
            if doc is not None:
                num = f"{doc.number:02d}" if doc.number is not None else "…"
                when = f" ngày {doc.issue_date:%d/%m/%Y}" if doc.issue_date else ""
                label = f"Quyết định số {num}/{doc.symbol}{when}"
            valid_to = rows[i + 1].valid_from - 1 if i + 1 < len(rows) else None
            out.append(d.QualityPolicy(row.id, row.valid_from, row.text, row.decision_id, label, valid_to))
        return out

    def policy_for(self, year: int) -> d.QualityPolicy | None:
        """The policy in force in ``year`` (the newest starting on or before it)."""
        found = [p for p in self.policies() if p.valid_from <= year]
        return found[-1] if found else None

    def save_policy(self, item: d.QualityPolicy) -> d.QualityPolicy:
        """Create or update a policy (one per starting year).

        Raises:
            ValidationError: empty text, a second policy starting the same year; nothing is saved.
        """
        item = replace(item, text=item.text.strip())
        raise_if(d.validate_policy(item))
        with self._write() as s:
            clash = s.scalar(select(QualityPolicyRow.id).where(QualityPolicyRow.valid_from == item.valid_from,
                                                               QualityPolicyRow.id != (item.id or 0)))
            if clash is not None:
                raise ValidationError([FieldProblem("valid_from", "policy_year_taken", {"year": item.valid_from})])
            if item.decision_id is not None and s.get(core_m.IssuedDocumentRow, item.decision_id) is None:
                raise NotFoundError("issued_document", item.decision_id)
            row = s.get(QualityPolicyRow, item.id) if item.id is not None else QualityPolicyRow()
            if row is None:
                raise NotFoundError("quality_policy", item.id)
            for name, value in (("valid_from", item.valid_from), ("text", item.text), ("decision_id", item.decision_id)):
                if getattr(row, name, None) != value:
                    setattr(row, name, value)
            s.add(row)
            s.flush()
            policy_id = row.id
            return next(p for p in self.policies_in(s) if p.id == policy_id)

    def delete_policy(self, policy_id: int) -> None:
        with self._write() as s:
            row = s.get(QualityPolicyRow, policy_id)
            if row is None:
                raise NotFoundError("quality_policy", policy_id)
            s.delete(row)

    # ------------------------------------------------------------------ objectives
    def years(self) -> list[int]:
        """Reporting years that have objectives, newest first."""
        with self._read() as s:
            return list(s.scalars(select(ObjectiveRow.year).distinct().order_by(ObjectiveRow.year.desc())))

    def objectives(self, year: int, *, figures: Mapping[str, Decimal | int] | None = None) -> list[d.Objective]:
        """The objectives of ``year`` in their order, results of bound objectives filled from the
        contribution protocol's named figures (``figures`` given, or looked up)."""
        with self._read() as s:
            items = self.objectives_in(s, year)
            version = s.scalar(select(func.max(ChangeLogRow.id))) or 0
        if figures is None and self._figures is not None and any(o.figure_key for o in items):
            figures = self._figures_of(year, version)
        return with_figures(items, figures or {})

    def forget_cached_figures(self) -> None:
        """Drop the figures collected so far (the whole data file was replaced, e.g. by a restore)."""
        self._figure_cache.clear()

    def cached_figures(self, year: int) -> Mapping[str, Decimal | int] | None:
        """The named figures of ``year`` if they were collected since the data last changed, else None
        (the screen then paints at once and asks :meth:`figures` in the background)."""
        with self._read() as s:
            version = s.scalar(select(func.max(ChangeLogRow.id))) or 0
        cached = self._figure_cache.get(year)
        return cached[1] if cached is not None and cached[0] == version else None

    def figures(self, year: int) -> Mapping[str, Decimal | int]:
        """The named figures of ``year`` through the contribution protocol (every module's; slow on a
        big register, so cached until the data changes)."""
        if self._figures is None:
            return {}
        with self._read() as s:
            version = s.scalar(select(func.max(ChangeLogRow.id))) or 0
        return self._figures_of(year, version)

    def _figures_of(self, year: int, version: int) -> Mapping[str, Decimal | int]:
        """The named figures of ``year``, collected once per state of the data: every audited write adds
        a change-history line, so the newest line's id tells whether anything changed since."""
        cached = self._figure_cache.get(year)
        if cached is not None and cached[0] == version:
            return cached[1]
        assert self._figures is not None
        found = self._figures(year)
        self._figure_cache[year] = (version, found)
        return found

    @staticmethod
    def objectives_in(s: Session, year: int) -> list[d.Objective]:
        """The objectives of ``year`` read with three plain queries (no ORM collections: this is on
        the screen's paint path and in every contribution)."""
        departments = {i: n for i, n in s.execute(select(core_m.DepartmentRow.id, core_m.DepartmentRow.name))}
        o, p, r = ObjectiveRow.__table__, ObjectivePlanRow.__table__, ObjectiveResultRow.__table__
        rows = list(s.execute(select(o).where(o.c.year == year).order_by(o.c.position, o.c.id)))
        ids = [row.id for row in rows]
        plans: dict[int, list[d.PlanRow]] = {}
        results: dict[int, list[d.ObjectiveResult]] = {}
        if ids:
            for line in s.execute(select(p).where(p.c.objective_id.in_(ids)).order_by(p.c.position, p.c.id)):
                plans.setdefault(line.objective_id, []).append(
                    d.PlanRow(line.id, line.measure, line.resources, line.responsible, line.timeframe))
            for res in s.execute(select(r).where(r.c.objective_id.in_(ids)).order_by(r.c.period)):
                results.setdefault(res.objective_id, []).append(d.ObjectiveResult(
                    res.id, res.objective_id, res.period, _decimal(res.value), res.evidence, res.measured_by,
                    res.measured_on))
        return [d.Objective(
            id=row.id, year=row.year, title=row.title, indicator=row.indicator, comparator=d.Comparator(row.comparator),
            target=_decimal(row.target), unit=row.unit, method=row.method, frequency=d.Frequency(row.frequency),
            level=d.Level(row.level), department_id=row.department_id,
            department_name=departments.get(row.department_id or 0, ""), figure_key=row.figure_key,
            needs_review=bool(row.needs_review), notes=row.notes, position=row.position,
            plan=tuple(plans.get(row.id, ())), results=tuple(results.get(row.id, ()))) for row in rows]

    def get(self, objective_id: int) -> d.Objective:
        with self._read() as s:
            row = s.get(ObjectiveRow, objective_id)
            if row is None:
                raise NotFoundError("quality_objective", objective_id)
            year = row.year
        return next(o for o in self.objectives(year) if o.id == objective_id)

    def save(self, item: d.Objective) -> d.Objective:
        """Create or update one objective with its plan lines (the plan given replaces the stored one).
        Saving clears the "copied from last year, to review" mark.

        Raises:
            ValidationError: a qualitative objective (no comparator or no number), a department-level
                objective without its department, …; nothing is saved.
        """
        item = d.clean_objective(item)
        raise_if(d.validate_objective(item))
        with self._write() as s:
            row = self._apply(s, replace(item, needs_review=False))
            s.flush()
            objective_id = row.id
        return self.get(objective_id)

    @staticmethod
    def _apply(s: Session, item: d.Objective) -> ObjectiveRow:
        if item.department_id is not None and s.get(core_m.DepartmentRow, item.department_id) is None:
            raise NotFoundError("department", item.department_id)
        if item.id is None:
            position = (s.scalar(select(func.max(ObjectiveRow.position)).where(ObjectiveRow.year == item.year)) or 0) + 1
            row = ObjectiveRow(year=item.year, position=position)
            s.add(row)
        else:
            found = s.get(ObjectiveRow, item.id)
            if found is None:
                raise NotFoundError("quality_objective", item.id)
            row = found
            if row.year != item.year and row.results:
                # Results belong to the periods of the year they were measured in.
                raise ValidationError([FieldProblem("year", "objective_year_has_results", {"year": row.year})])
        assert item.comparator is not None and item.target is not None
        values = {"year": item.year, "title": item.title, "indicator": item.indicator, "comparator": item.comparator,
                  "target": _text(item.target), "unit": item.unit, "method": item.method,
                  "frequency": item.frequency, "level": item.level, "department_id": item.department_id,
                  "figure_key": item.figure_key, "needs_review": item.needs_review, "notes": item.notes}
        for name, value in values.items():
            if getattr(row, name, None) != value:  # unchanged values must not produce history lines
                setattr(row, name, value)
        if item.id is not None:
            codes = {p.code for p in d.periods_of(item.year, item.frequency)}
            stray = [r.period for r in row.results if r.period not in codes]
            if stray:
                raise ValidationError([FieldProblem("frequency", "results_outside_periods",
                                                    {"periods": ", ".join(stray)})])
        keep = {p.id for p in item.plan if p.id is not None}
        for old in list(row.plan):
            if old.id not in keep:
                row.plan.remove(old)
        by_id = {p.id: p for p in row.plan}
        for position, line in enumerate(item.plan, start=1):
            target = by_id.get(line.id) if line.id is not None else None
            if target is None:
                target = ObjectivePlanRow(position=position)
                row.plan.append(target)
            for name, value in (("position", position), ("measure", line.measure), ("resources", line.resources),
                                ("responsible", line.responsible), ("timeframe", line.timeframe)):
                if getattr(target, name, None) != value:
                    setattr(target, name, value)
        return row

    def delete(self, objective_id: int) -> None:
        """Delete an objective with its plan and results (the history keeps snapshots)."""
        with self._write() as s:
            row = s.get(ObjectiveRow, objective_id)
            if row is None:
                raise NotFoundError("quality_objective", objective_id)
            s.delete(row)

    # ------------------------------------------------------------------ results
    def save_result(self, result: d.ObjectiveResult) -> d.Objective:
        """Record (or correct) the measured value of one period; the achievement is computed.

        Raises:
            ValidationError: a period outside the objective's year or not one of its periods, no
                value, a percentage over 100; nothing is saved.
        """
        if result.objective_id is None:
            raise NotFoundError("quality_objective", None)
        with self._write() as s:
            row = s.get(ObjectiveRow, result.objective_id)
            if row is None:
                raise NotFoundError("quality_objective", result.objective_id)
            objective = _objective(row, {})
            raise_if(d.validate_result(objective, result))
            assert result.value is not None
            stored = next((r for r in row.results if r.period == result.period), None)
            if stored is None:
                stored = ObjectiveResultRow(period=result.period)
                row.results.append(stored)
            for name, value in (("value", _text(result.value)), ("evidence", result.evidence.strip()),
                                ("measured_by", " ".join(result.measured_by.split())),
                                ("measured_on", result.measured_on)):
                if getattr(stored, name, None) != value:
                    setattr(stored, name, value)
            objective_id = row.id
        return self.get(objective_id)

    def delete_result(self, objective_id: int, period: str) -> d.Objective:
        with self._write() as s:
            row = s.scalar(select(ObjectiveResultRow).where(ObjectiveResultRow.objective_id == objective_id,
                                                            ObjectiveResultRow.period == period))
            if row is None:
                raise NotFoundError("quality_objective_result", f"{objective_id}/{period}")
            s.delete(row)
        return self.get(objective_id)

    # ------------------------------------------------------------------ a new year
    def copy_from_previous(self, year: int) -> list[int]:
        """Start ``year`` from last year's objectives: each copied with its plan, marked "to review",
        results not copied. Refused when ``year`` already has objectives or last year has none.

        Returns the new objectives' ids.
        """
        with self._write() as s:
            if s.scalar(select(func.count()).select_from(ObjectiveRow).where(ObjectiveRow.year == year)):
                raise DomainError("objectives_exist_for_year", year=year)
            previous = self.objectives_in(s, year - 1)
            if not previous:
                raise DomainError("no_objectives_to_copy", year=year - 1)
            rows = [self._apply(s, d.copied_for(item, year)) for item in previous]
            s.flush()
            return [r.id for r in rows]

    # ------------------------------------------------------------------ Excel
    def export_rows(self, year: int) -> list[dict[str, object]]:
        """Rows for :data:`OBJECTIVES_SPEC` (the 6.2.2 plan of ``year``)."""
        return [{c.key: c.text(o) for c in self.spec.columns} for o in self.objectives(year)]

    def import_preview(self, year: int, preview: ImportPreview) -> list[int]:
        """Write every row of a clean import preview as objectives of ``year``, in ONE transaction.

        The "Chỉ tiêu" cell is read as "≥ 98 % hồ sơ …"; a row whose chỉ tiêu holds no number is a
        qualitative objective and refused with its Excel row number, like any other problem.

        Raises:
            ValidationError: problems in the preview or in the rows; nothing is written.
        """
        with self._read() as s:
            departments = department_keys(s)
        problems: list[FieldProblem] = list(preview.problems)
        items: list[tuple[int, d.Objective]] = []
        for row in preview.rows:
            if not row.ok:
                continue
            item = self._item_from_row(year, row.values, departments)
            problems.extend(replace(p, row=row.number) for p in d.validate_objective(item))
            items.append((row.number, item))
        raise_if(sorted(problems, key=lambda p: p.row or 0))
        preview.rows_to_write()
        with self._write() as s:
            created = [self._apply(s, item) for _, item in items]
            s.flush()
            return [r.id for r in created]

    @staticmethod
    def _item_from_row(year: int, v: Mapping[str, object], departments: Mapping[str, int]) -> d.Objective:
        comparator, target, unit, indicator = d.parse_target(str(v.get("target_text") or ""))
        level_text = str(v.get("level") or "").strip()
        department_id = departments.get(fold(level_text)) if level_text else None
        plan: tuple[d.PlanRow, ...] = ()
        if str(v.get("measures") or "").strip():
            plan = (d.PlanRow(None, str(v.get("measures") or "").strip(), str(v.get("resources") or ""),
                              str(v.get("responsible") or ""), str(v.get("timeframe") or "")),)
        frequency = next((f for f in d.Frequency if fold(f.label) == fold(str(v.get("frequency") or ""))),
                         d.Frequency.YEARLY)
        return d.clean_objective(d.Objective(
            id=None, year=year, title=str(v.get("title") or ""), indicator=indicator, comparator=comparator,
            target=target, unit=unit, method=str(v.get("method") or ""), frequency=frequency,
            level=d.Level.DEPARTMENT if department_id else d.Level.AGENCY, department_id=department_id, plan=plan))

    # ------------------------------------------------------------------ printing
    @staticmethod
    def plan_printout(year: int, items: Iterable[d.Objective], profile: AgencyProfile, *, on: date,
                      subtitle: str = "", prepared_by: str = "") -> AdminDocument:
        """MỤC TIÊU CHẤT LƯỢNG VÀ KẾ HOẠCH THỰC HIỆN of ``year`` as an NĐ 30 list (landscape), from the spec."""
        rows = list(items)
        return build_register_list(d.OBJECTIVES_SPEC, rows, profile, font_size=10,
                                   summary=f"Năm {year}", on=on, subtitle=subtitle, prepared_by=prepared_by,
                                   footer=f"Có {format_count(len(rows), 'mục tiêu chất lượng')}.")

    # ------------------------------------------------------------------ bulk (demo data)
    @staticmethod
    def bulk_insert(s: Session, items: Iterable[d.Objective]) -> list[int]:
        """Insert objectives with plans and results in the caller's session (demo generator)."""
        ids = []
        for item in items:
            row = ObjectiveService._apply(s, item)
            for result in item.results:
                assert result.value is not None
                row.results.append(ObjectiveResultRow(period=result.period, value=_text(result.value),
                                                      evidence=result.evidence, measured_by=result.measured_by,
                                                      measured_on=result.measured_on))
            s.flush()
            ids.append(row.id)
        return ids


def missing_results(items: Iterable[d.Objective], today: date) -> list[tuple[d.Objective, d.Period]]:
    """(objective, period) pairs whose period is over on ``today`` and has no result."""
    return [(o, p) for o in items for p in o.missing_periods(today)]
