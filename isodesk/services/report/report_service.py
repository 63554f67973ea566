"""The annual report's own data (issue 11 items 1–3, 8): the outline and criteria set chosen per year,
the self-scores, the subordinate units of Phụ lục I, and the freeze of the report as sent.

Outlines and criteria are data files (:mod:`isodesk.reports.outlines`): the shipped ones and those
dropped into ``outlines/`` / ``criteria/`` next to the data file. Everything else the report says
comes from the modules' contributions (``ContributionService``); this service never reads another
module's tables.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from isodesk.domain import core as core_d
from isodesk.domain.contributions import AppendixRow, AppendixTable, Figure
from isodesk.domain.errors import DomainError, FieldProblem, NotFoundError, ValidationError
from isodesk.domain.report import (
    CriteriaSet,
    FrozenFigure,
    FrozenReport,
    Outline,
    ReportUnit,
    ScoreLine,
    SelfScore,
    UNITS_SPEC,
    default_outline,
    figure_changes,
    score_lines,
    validate_score,
)
from isodesk.reports.outlines import Library, load_library
from isodesk.reports.xlsx_import import ImportPreview
from isodesk.services.base import ServiceBase
from isodesk.services.core.agency_service import AgencyService
from isodesk.storage.models import report as m

ENTITY_UNIT = "report_unit"
#: Where figures counting issued-documents register entries open their records.
REGISTER_TARGET = "documents.register"


def _unit(row: m.ReportUnitRow) -> ReportUnit:
    return ReportUnit(id=row.id, year=row.year, name=row.name, issue_decision=row.issue_decision,
                      audit_date=row.audit_date, announce_decision=row.announce_decision, guides=row.guides,
                      internal_procedures=row.internal_procedures, tthc_procedures=row.tthc_procedures,
                      notes=row.notes, position=row.position)


def units_in(s: Session, year: int) -> list[ReportUnit]:
    """The units of Phụ lục I of ``year`` in their order (inside a caller's session)."""
    rows = s.scalars(select(m.ReportUnitRow).where(m.ReportUnitRow.year == year)
                     .order_by(m.ReportUnitRow.position, m.ReportUnitRow.id))
    return [_unit(r) for r in rows]


def scores_in(s: Session, year: int, criteria_key: str) -> dict[str, SelfScore]:
    """The stored self-scores of ``year`` for a criteria set, by criterion code."""
    out: dict[str, SelfScore] = {}
    for r in s.scalars(select(m.ReportScoreRow).where(m.ReportScoreRow.year == year,
                                                      m.ReportScoreRow.criteria_key == criteria_key)):
        out[r.code] = SelfScore(r.code, Decimal(r.score) if r.score else None, r.note)
    return out


def year_row_in(s: Session, year: int) -> m.ReportYearRow | None:
    return s.scalar(select(m.ReportYearRow).where(m.ReportYearRow.year == year))


def table_to_json(t: AppendixTable) -> dict[str, object]:
    return {"key": t.key, "title": t.title, "columns": list(t.columns), "module": t.module,
            "landscape": t.landscape, "rows": [{"cells": list(r.cells), "group": r.group} for r in t.rows]}


def table_from_json(raw: Mapping[str, object]) -> AppendixTable:
    rows = raw.get("rows")
    columns = raw.get("columns")
    assert isinstance(rows, list) and isinstance(columns, list)
    return AppendixTable(str(raw["key"]), str(raw["title"]), tuple(str(c) for c in columns),
                         tuple(AppendixRow(tuple(str(c) for c in r["cells"]), bool(r["group"])) for r in rows),
                         str(raw.get("module", "")), bool(raw.get("landscape", False)))


def without_record(figures: Mapping[str, Figure], register_id: int | None) -> dict[str, Figure]:
    """The figures as if the report itself were not in the register: recording the report as sent
    adds it to the count of the year's issued documents, which is not a change of the data reported."""
    out = dict(figures)
    if register_id is None:
        return out
    for key, f in figures.items():
        # Only figures counting register entries (their records open in the register) hold its id.
        if (f.target == REGISTER_TARGET and register_id in f.record_ids and isinstance(f.value, int)
                and f.value == len(f.record_ids)):
            ids = tuple(i for i in f.record_ids if i != register_id)
            out[key] = replace(f, value=len(ids), record_ids=ids)
    return out


class ReportService(ServiceBase):
    """Outline choice, self-scores, Phụ lục I units and the freeze of the year's report."""

    def __init__(self, sessions: sessionmaker[Session], agency: AgencyService, data_folder: Path | None) -> None:
        super().__init__(sessions)
        self._agency = agency
        self._data_folder = data_folder
        self._library: Library | None = None

    # ------------------------------------------------------------------ outlines and criteria
    @property
    def user_folder(self) -> Path | None:
        """Where the secretary drops her province's outlines (``<folder>/outlines/*.json``)."""
        return self._data_folder

    def library(self, reload: bool = False) -> Library:
        """The outlines and criteria sets (shipped and the user's), loaded once; ``problems`` lists the
        files skipped, with the reason in Vietnamese."""
        if self._library is None or reload:
            self._library = load_library([self._data_folder] if self._data_folder is not None else [])
        return self._library

    def _tier(self, year: int) -> core_d.AgencyTier:
        profile = self._agency.profile_on(date(year, 12, 31))
        return profile.tier if profile is not None else core_d.AgencyTier.COMMUNE

    def outline_for(self, year: int) -> Outline:
        """The outline of ``year``: the one the agency picked, else the default for its tier.

        Raises:
            DomainError: ``report_no_outline`` when no outline file could be loaded.
        """
        library = self.library()
        with self._read() as s:
            row = year_row_in(s, year)
            chosen = row.outline_key if row is not None else ""
        outline = library.outline(chosen) if chosen else None
        if outline is None:
            outline = default_outline(list(library.outlines), self._tier(year), year)
        if outline is None:
            raise DomainError("report_no_outline")
        return outline

    def choose_outline(self, year: int, key: str) -> None:
        """Use outline ``key`` for ``year``.

        Raises:
            NotFoundError: no such outline. DomainError ``report_frozen`` once the report is sent.
        """
        if self.library().outline(key) is None:
            raise NotFoundError("report_outline", key)
        with self._write() as s:
            row = self._year_row(s, year)
            self._refuse_frozen(row)
            row.outline_key = key

    def criteria_for(self, year: int) -> CriteriaSet | None:
        """The criteria set of ``year``: the one picked, else the outline's, else the newest for the tier."""
        library = self.library()
        with self._read() as s:
            row = year_row_in(s, year)
            chosen = row.criteria_key if row is not None else ""
        if chosen and (found := library.criteria_set(chosen)) is not None:
            return found
        outline = self.outline_for(year)
        if outline.criteria:
            return library.criteria_set(outline.criteria)
        return None

    @staticmethod
    def _year_row(s: Session, year: int) -> m.ReportYearRow:
        row = year_row_in(s, year)
        if row is None:
            row = m.ReportYearRow(year=year, outline_key="", criteria_key="", frozen=False, snapshot_json="")
            s.add(row)
            s.flush()
        return row

    @staticmethod
    def _refuse_frozen(row: m.ReportYearRow | None) -> None:
        if row is not None and row.frozen:
            raise DomainError("report_frozen", year=row.year)

    # ------------------------------------------------------------------ self-scores
    def score_lines(self, year: int, figures: Mapping[str, Figure]) -> tuple[CriteriaSet | None, list[ScoreLine]]:
        """The self-score rows of ``year`` (score, note printed, computed suggestion)."""
        criteria = self.criteria_for(year)
        if criteria is None:
            return None, []
        with self._read() as s:
            scores = scores_in(s, year, criteria.key)
        return criteria, score_lines(criteria, scores, figures)

    def save_scores(self, year: int, scores: Sequence[SelfScore]) -> None:
        """Keep the scores and notes of ``year`` (all or nothing, one transaction).

        Raises:
            DomainError: ``report_no_criteria``; ``report_score_range`` / ``report_score_step`` (the
                first score at fault); ``report_frozen`` once the report is sent.
        """
        criteria = self.criteria_for(year)
        if criteria is None:
            raise DomainError("report_no_criteria", year=year)
        problems: list[FieldProblem] = []
        for score in scores:
            try:
                validate_score(criteria.item(score.code), score.score)
            except KeyError:
                raise NotFoundError("report_criterion", score.code) from None
            except DomainError as exc:
                problems.extend(exc.problems)
        if problems:
            raise ValidationError(problems)
        with self._write() as s:
            self._refuse_frozen(year_row_in(s, year))
            rows = {r.code: r for r in s.scalars(select(m.ReportScoreRow).where(
                m.ReportScoreRow.year == year, m.ReportScoreRow.criteria_key == criteria.key))}
            for score in scores:
                row = rows.get(score.code)
                value = str(score.score) if score.score is not None else None
                if row is None:
                    s.add(m.ReportScoreRow(year=year, criteria_key=criteria.key, code=score.code, score=value,
                                           note=score.note.strip()))
                elif (row.score, row.note) != (value, score.note.strip()):
                    row.score, row.note = value, score.note.strip()

    # ------------------------------------------------------------------ Phụ lục I units
    spec = UNITS_SPEC

    def units(self, year: int) -> list[ReportUnit]:
        """The subordinate units of ``year`` in Phụ lục I order."""
        with self._read() as s:
            return units_in(s, year)

    def get_unit(self, unit_id: int) -> ReportUnit:
        with self._read() as s:
            row = s.get(m.ReportUnitRow, unit_id)
            if row is None:
                raise NotFoundError(ENTITY_UNIT, unit_id)
            return _unit(row)

    def save_unit(self, unit: ReportUnit) -> ReportUnit:
        """Create or update a unit (one transaction).

        Raises:
            DomainError: ``validation`` (name missing, negative count); ``report_frozen``.
        """
        unit.validate()
        with self._write() as s:
            self._refuse_frozen(year_row_in(s, unit.year))
            return _unit(self._save_unit_in(s, unit))

    @staticmethod
    def _save_unit_in(s: Session, unit: ReportUnit) -> m.ReportUnitRow:
        if unit.id is None:
            top = s.scalar(select(func.max(m.ReportUnitRow.position)).where(m.ReportUnitRow.year == unit.year))
            row = m.ReportUnitRow(year=unit.year, position=(top or 0) + 1)
            s.add(row)
        else:
            found = s.get(m.ReportUnitRow, unit.id)
            if found is None:
                raise NotFoundError(ENTITY_UNIT, unit.id)
            row = found
        row.name = unit.name.strip()
        row.issue_decision = unit.issue_decision.strip()
        row.audit_date = unit.audit_date
        row.announce_decision = unit.announce_decision.strip()
        row.guides, row.internal_procedures, row.tthc_procedures = (
            unit.guides, unit.internal_procedures, unit.tthc_procedures)
        row.notes = unit.notes.strip()
        s.flush()
        return row

    def delete_unit(self, unit_id: int) -> None:
        """Delete a unit (restorable from the change history)."""
        with self._write() as s:
            row = s.get(m.ReportUnitRow, unit_id)
            if row is None:
                raise NotFoundError(ENTITY_UNIT, unit_id)
            self._refuse_frozen(year_row_in(s, row.year))
            s.delete(row)

    def import_units(self, year: int, preview: ImportPreview) -> int:
        """Add every row of a clean import preview to ``year`` in ONE transaction, or nothing.

        Raises:
            ValidationError: the preview has problems; nothing is written.
        """
        rows = preview.rows_to_write()

        def count(value: object) -> int:
            return int(value) if isinstance(value, (int, Decimal)) else 0

        units = []
        for r in rows:
            v = r.values
            audit_date = v.get("audit_date")
            units.append(ReportUnit(
                id=None, year=year, name=str(v.get("name") or ""), issue_decision=str(v.get("issue_decision") or ""),
                audit_date=audit_date if isinstance(audit_date, date) else None,
                announce_decision=str(v.get("announce_decision") or ""), guides=count(v.get("guides")),
                internal_procedures=count(v.get("internal_procedures")),
                tthc_procedures=count(v.get("tthc_procedures")), notes=str(v.get("notes") or "")))
        problems: list[FieldProblem] = []
        for r, u in zip(rows, units, strict=True):
            try:
                u.validate()
            except DomainError as exc:
                problems.extend(replace(p, row=r.number) for p in exc.problems)
        if problems:
            raise ValidationError(problems)
        with self._write() as s:
            self._refuse_frozen(year_row_in(s, year))
            for u in units:
                self._save_unit_in(s, u)
        return len(units)

    def copy_units(self, from_year: int, to_year: int) -> int:
        """Start ``to_year``'s Phụ lục I from ``from_year``'s units (names and decisions; the audit date
        and notes are the year's own and are left empty). One transaction; returns the units added.

        Raises:
            DomainError: ``report_units_not_empty`` when ``to_year`` has units already; ``report_frozen``.
        """
        with self._write() as s:
            self._refuse_frozen(year_row_in(s, to_year))
            if units_in(s, to_year):
                raise DomainError("report_units_not_empty", year=to_year)
            source = units_in(s, from_year)
            for u in source:
                self._save_unit_in(s, replace(u, id=None, year=to_year, audit_date=None, notes=""))
            return len(source)

    def export_units(self, year: int) -> list[dict[str, object]]:
        """The units of ``year`` as rows for :data:`UNITS_SPEC` (Excel export)."""
        return [{c.key: getattr(u, c.key) for c in UNITS_SPEC.columns} for u in self.units(year)]

    # ------------------------------------------------------------------ freezing (item 8)
    def is_frozen(self, year: int) -> bool:
        with self._read() as s:
            row = year_row_in(s, year)
            return bool(row is not None and row.frozen)

    def snapshot(self, year: int) -> dict[str, object] | None:
        """The report of ``year`` as sent (figures, printed texts, tables), or None when not frozen."""
        with self._read() as s:
            row = year_row_in(s, year)
            if row is None or not row.frozen or not row.snapshot_json:
                return None
            data = json.loads(row.snapshot_json)
            assert isinstance(data, dict)
            return data

    def freeze_in(self, s: Session, year: int, snapshot: Mapping[str, object], number: int | None,
                  issue_date: date | None, register_id: int | None) -> None:
        """Freeze ``year`` inside a caller's transaction (the one that numbers the report)."""
        row = self._year_row(s, year)
        self._refuse_frozen(row)
        row.frozen = True
        row.frozen_at = datetime.now().replace(microsecond=0)
        row.sent_number, row.sent_date, row.register_id = number, issue_date, register_id
        row.snapshot_json = json.dumps(snapshot, ensure_ascii=False, sort_keys=True)

    def unfreeze(self, year: int) -> None:
        """Open the sent report of ``year`` for changes again (recorded in the change history).

        Raises:
            DomainError: ``report_not_frozen``.
        """
        with self._write() as s:
            row = year_row_in(s, year)
            if row is None or not row.frozen:
                raise DomainError("report_not_frozen", year=year)
            row.frozen = False
            row.frozen_at = None

    def frozen(self, year: int, current: Mapping[str, Figure]) -> FrozenReport | None:
        """The report as sent, with the figures whose current value differs from the value sent."""
        with self._read() as s:
            row = year_row_in(s, year)
            if row is None or not row.frozen:
                return None
            data = json.loads(row.snapshot_json or "{}")
            number, issue_date, register_id = row.sent_number, row.sent_date, row.register_id
        current = without_record(current, register_id)
        raw_figures = data.get("figures", {})
        figures = tuple(FrozenFigure(k, str(v["label"]), str(v["text"]), str(v["value"]))
                        for k, v in raw_figures.items())
        texts = data.get("blocks", {})
        return FrozenReport(year=year, number=number, issue_date=issue_date, outline=str(data.get("outline", "")),
                            figures=figures, texts=texts, changed=figure_changes(figures, current))
