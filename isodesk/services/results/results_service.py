"""TTHC results and citizen satisfaction: entry, identity checks, Excel import/export, the year's figures.

Every write is one transaction; a set of counts that does not add up (DOMAIN.md §2.4) is refused with
the identity named and nothing is written. Changes land in the change history (the tables are
``Audited``), like every register of isodesk.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from isodesk.domain import results as d
from isodesk.domain.errors import FieldProblem, NotFoundError, ValidationError
from isodesk.domain.tabular import ImportResult
from isodesk.reports.xlsx_import import ImportPreview
from isodesk.services.base import ServiceBase, raise_if
from isodesk.storage.models import results as m
from isodesk.storage.models.core import AppSettingRow

RESULT_ENTITY = "tthc_result"
SURVEY_ENTITY = "satisfaction_survey"
COMMENT_ENTITY = "satisfaction_comment"
#: App setting holding the agency's saved column mapping of the portal's Excel, per register key.
MAPPING_SETTING = "results.import_mapping.{key}"

_RESULT_COLUMNS = (*d.COUNT_FIELDS, *d.DIGITISATION_FIELDS)


def result_dto(row: m.TthcResultRow) -> d.TthcResult:
    return d.TthcResult(row.id, row.year, row.level, row.period, row.field, notes=row.notes,
                        **{name: getattr(row, name) for name in _RESULT_COLUMNS})


def comment_dto(row: m.SatisfactionCommentRow) -> d.SatisfactionComment:
    return d.SatisfactionComment(row.id, row.survey_id, row.content, row.received_on, row.dissatisfied,
                                 row.handling, row.handled, row.nonconformity_id)


def survey_dto(row: m.SatisfactionSurveyRow) -> d.SatisfactionSurvey:
    return d.SatisfactionSurvey(row.id, row.year, row.period, row.subject, row.method, row.distributed,
                                row.very_satisfied, row.satisfied, row.dissatisfied, row.notes,
                                comments=tuple(comment_dto(c) for c in row.comments))


def load_results(s: Session, year: int | None = None) -> list[d.TthcResult]:
    """The stored sets of counts (of ``year``), by year, level, period, lĩnh vực."""
    stmt = select(m.TthcResultRow)
    if year is not None:
        stmt = stmt.where(m.TthcResultRow.year == year)
    rows = [result_dto(r) for r in s.scalars(stmt)]
    levels = list(d.ResultLevel)
    periods = list(d.PERIODS)
    return sorted(rows, key=lambda r: (r.year, levels.index(r.level), periods.index(r.period), d.field_key(r.field)))


def load_surveys(s: Session, year: int | None = None) -> list[d.SatisfactionSurvey]:
    stmt = select(m.SatisfactionSurveyRow)
    if year is not None:
        stmt = stmt.where(m.SatisfactionSurveyRow.year == year)
    periods = list(d.PERIODS)
    return sorted((survey_dto(r) for r in s.scalars(stmt)),
                  key=lambda x: (x.year, periods.index(x.period), d.field_key(x.subject)))


@dataclass(frozen=True)
class TrendPoint:
    """One year of the trend chart: rates as computed (None when not measured)."""

    year: int
    on_time: d.Rate | None
    online: d.Rate | None
    satisfied: d.Rate | None


class ResultsService(ServiceBase):
    """TTHC results per period and level, and satisfaction surveys with their comments."""

    results_spec = d.TTHC_RESULTS_SPEC
    survey_spec = d.SATISFACTION_SPEC

    # ------------------------------------------------------------------ reading
    def results(self, year: int | None = None) -> list[d.TthcResult]:
        """Every stored set of counts (of ``year``)."""
        with self._read() as s:
            return load_results(s, year)

    def get_result(self, result_id: int) -> d.TthcResult:
        with self._read() as s:
            row = s.get(m.TthcResultRow, result_id)
            if row is None:
                raise NotFoundError(RESULT_ENTITY, result_id)
            return result_dto(row)

    def year_results(self, year: int) -> d.YearResults:
        """The year's figures per level (the year row, the lĩnh vực rows added, or the periods chained)."""
        return d.year_results(self.results(year), year)

    def surveys(self, year: int | None = None) -> list[d.SatisfactionSurvey]:
        with self._read() as s:
            return load_surveys(s, year)

    def year_satisfaction(self, year: int) -> d.SatisfactionSurvey | None:
        return d.year_satisfaction(self.surveys(year), year)

    def trend(self) -> list[TrendPoint]:
        """On-time rate, online rate and satisfaction per year, oldest first (the module's chart)."""
        with self._read() as s:
            results = load_results(s)
            surveys = load_surveys(s)
        years = sorted({r.year for r in results} | {x.year for x in surveys})
        points = []
        for year in years:
            totals = d.year_results(results, year)
            total = totals.total if totals.measured else None
            sat = d.year_satisfaction(surveys, year)
            points.append(TrendPoint(year, total.on_time_rate if total and total.resolved else None,
                                     total.online_rate if total and total.received else None,
                                     sat.satisfied_rate if sat and sat.collected else None))
        return points

    # ------------------------------------------------------------------ writing results
    def save_result(self, item: d.TthcResult) -> d.TthcResult:
        """Create or update one set of counts.

        Raises:
            ValidationError: a count is negative, a district after 1/7/2025, or an identity of DOMAIN.md
                §2.4 fails (``counts_do_not_add_up`` naming it and the difference); the same period,
                level and lĩnh vực already recorded (``duplicate``). Nothing is written.
            NotFoundError: ``item.id`` does not exist.
        """
        item = d.clean_tthc_result(item)
        raise_if(d.validate_tthc_result(item))
        with self._write() as s:
            row = self._apply_result(s, item)
            s.flush()
            return result_dto(row)

    def _apply_result(self, s: Session, item: d.TthcResult, row_number: int | None = None) -> m.TthcResultRow:
        R = m.TthcResultRow
        key = d.field_key(item.field)
        clash = s.scalar(select(R.id).where(R.year == item.year, R.period == item.period, R.level == item.level,
                                            R.field_key == key, R.id != (item.id or -1)))
        if clash is not None:
            label = f"{item.level.label}, {d.period_label(item.period)} {item.year}" + (
                f", {item.field}" if item.field else "")
            raise ValidationError([FieldProblem("period", "duplicate", {"value": label, "existing_id": clash},
                                                row=row_number)])
        row = R() if item.id is None else s.get(R, item.id)
        if row is None:
            raise NotFoundError(RESULT_ENTITY, item.id)
        values = {"year": item.year, "period": item.period, "level": item.level, "field": item.field,
                  "field_key": key, "notes": item.notes, **{n: getattr(item, n) for n in _RESULT_COLUMNS}}
        for name, value in values.items():
            if getattr(row, name) != value:  # unchanged values must not produce history lines
                setattr(row, name, value)
        if item.id is None:
            s.add(row)
        return row

    def delete_result(self, result_id: int) -> None:
        """Delete a set of counts (the change history keeps a snapshot)."""
        with self._write() as s:
            row = s.get(m.TthcResultRow, result_id)
            if row is None:
                raise NotFoundError(RESULT_ENTITY, result_id)
            s.delete(row)

    # ------------------------------------------------------------------ writing satisfaction
    def save_survey(self, item: d.SatisfactionSurvey,
                    comments: Sequence[d.SatisfactionComment] | None = None) -> d.SatisfactionSurvey:
        """Create or update the ratings of one period and, when ``comments`` is given, its comments as
        listed (new ones without id, existing ones updated, those left out deleted), in one transaction.
        A comment's link to a nonconformity is kept when the list does not name one.

        Raises:
            ValidationError: negative counts, phiếu thu về not matching the ratings or above phiếu phát
                ra (``counts_do_not_add_up``), the period and lĩnh vực/TTHC already recorded, or a comment
                without content or marked handled without its handling.
        """
        item = replace(item, subject=" ".join(item.subject.split()), notes=item.notes.strip())
        cleaned = [replace(c, content=c.content.strip(), handling=c.handling.strip()) for c in comments or ()]
        raise_if(d.validate_survey(item) + [p for c in cleaned for p in d.validate_comment(c)])
        with self._write() as s:
            row = self._apply_survey(s, item)
            if comments is not None:
                by_id = {c.id: c for c in row.comments}
                wanted = {c.id for c in cleaned if c.id is not None}
                for old in list(row.comments):
                    if old.id not in wanted:
                        row.comments.remove(old)
                for c in cleaned:
                    target = by_id.get(c.id) if c.id is not None else None
                    if target is None:
                        target = m.SatisfactionCommentRow()
                        row.comments.append(target)
                    for name in ("content", "received_on", "dissatisfied", "handling", "handled"):
                        if getattr(target, name) != getattr(c, name):
                            setattr(target, name, getattr(c, name))
                    if c.nonconformity_id is not None and target.nonconformity_id != c.nonconformity_id:
                        target.nonconformity_id = c.nonconformity_id
            s.flush()
            return survey_dto(row)

    def _apply_survey(self, s: Session, item: d.SatisfactionSurvey,
                      row_number: int | None = None) -> m.SatisfactionSurveyRow:
        S = m.SatisfactionSurveyRow
        key = d.field_key(item.subject)
        clash = s.scalar(select(S.id).where(S.year == item.year, S.period == item.period, S.subject_key == key,
                                            S.id != (item.id or -1)))
        if clash is not None:
            label = f"{d.period_label(item.period)} {item.year}" + (f", {item.subject}" if item.subject else "")
            raise ValidationError([FieldProblem("period", "duplicate", {"value": label, "existing_id": clash},
                                                row=row_number)])
        row = S() if item.id is None else s.get(S, item.id)
        if row is None:
            raise NotFoundError(SURVEY_ENTITY, item.id)
        values = {"year": item.year, "period": item.period, "subject": item.subject, "subject_key": key,
                  "method": item.method, "distributed": item.distributed, "very_satisfied": item.very_satisfied,
                  "satisfied": item.satisfied, "dissatisfied": item.dissatisfied, "notes": item.notes}
        for name, value in values.items():
            if getattr(row, name) != value:
                setattr(row, name, value)
        if item.id is None:
            s.add(row)
        return row

    def delete_survey(self, survey_id: int) -> None:
        with self._write() as s:
            row = s.get(m.SatisfactionSurveyRow, survey_id)
            if row is None:
                raise NotFoundError(SURVEY_ENTITY, survey_id)
            s.delete(row)

    def save_comment(self, item: d.SatisfactionComment) -> d.SatisfactionComment:
        """Create or update an ý kiến góp ý of a survey and how it was handled.

        Raises:
            ValidationError: no content, or marked handled without saying how.
            NotFoundError: the survey (or the comment) does not exist.
        """
        item = replace(item, content=item.content.strip(), handling=item.handling.strip())
        raise_if(d.validate_comment(item))
        with self._write() as s:
            if item.survey_id is None or s.get(m.SatisfactionSurveyRow, item.survey_id) is None:
                raise NotFoundError(SURVEY_ENTITY, item.survey_id)
            C = m.SatisfactionCommentRow
            row = C() if item.id is None else s.get(C, item.id)
            if row is None:
                raise NotFoundError(COMMENT_ENTITY, item.id)
            for name in ("survey_id", "content", "received_on", "dissatisfied", "handling", "handled",
                         "nonconformity_id"):
                value = getattr(item, name)
                if getattr(row, name) != value:
                    setattr(row, name, value)
            if item.id is None:
                s.add(row)
            s.flush()
            return comment_dto(row)

    def link_nonconformity(self, comment_id: int, nonconformity_id: int | None) -> d.SatisfactionComment:
        """Record the nonconformity a comment raised (or unlink it with None)."""
        with self._write() as s:
            row = s.get(m.SatisfactionCommentRow, comment_id)
            if row is None:
                raise NotFoundError(COMMENT_ENTITY, comment_id)
            row.nonconformity_id = nonconformity_id
            s.flush()
            return comment_dto(row)

    def delete_comment(self, comment_id: int) -> None:
        with self._write() as s:
            row = s.get(m.SatisfactionCommentRow, comment_id)
            if row is None:
                raise NotFoundError(COMMENT_ENTITY, comment_id)
            s.delete(row)

    # ------------------------------------------------------------------ Excel
    def import_results(self, preview: ImportPreview, *, year: int | None = None,
                       level: d.ResultLevel | None = None) -> ImportResult:
        """Write every row of a clean preview of :data:`TTHC_RESULTS_SPEC` in ONE transaction, or nothing.

        Each row's counts are checked against the identities of DOMAIN.md §2.4 (the file's totals
        included); a row that does not add up is refused with its Excel row and the identity named.
        ``year`` and ``level`` fill rows whose file has no such column (a portal export names them in
        its title).

        Raises:
            ValidationError: problems in the file, identities broken, or rows already recorded.
        """
        problems: list[FieldProblem] = list(preview.problems)
        items: list[tuple[int, d.TthcResult]] = []
        for row in preview.rows:
            if not row.ok:
                continue
            values = dict(row.values)
            missing = [FieldProblem(key, "required", {"column": self.results_spec.column(key).title, "value": ""},
                                    row=row.number)
                       for key, default in (("year", year), ("level", level)) if not values.get(key) and not default]
            if missing:
                problems.extend(missing)
                continue
            item = d.result_from_values(values, year, level)
            problems.extend(replace(p, row=row.number) for p in d.validate_tthc_result(item))
            items.append((row.number, item))
        raise_if(sorted(problems, key=lambda p: (p.row is not None, p.row or 0)))
        preview.rows_to_write()
        with self._write() as s:
            written = []
            with s.no_autoflush:
                for number, item in items:
                    written.append(self._apply_result(s, item, number))
                    s.flush()
            return ImportResult(len(written), tuple(r.id for r in written))

    def import_surveys(self, preview: ImportPreview) -> ImportResult:
        """Write every row of a clean preview of :data:`SATISFACTION_SPEC` in ONE transaction, or nothing."""
        problems: list[FieldProblem] = list(preview.problems)
        items: list[tuple[int, d.SatisfactionSurvey]] = []
        for row in preview.rows:
            if not row.ok:
                continue
            item = d.survey_from_values(dict(row.values))
            problems.extend(replace(p, row=row.number) for p in d.validate_survey(item))
            items.append((row.number, item))
        raise_if(sorted(problems, key=lambda p: (p.row is not None, p.row or 0)))
        preview.rows_to_write()
        with self._write() as s:
            written = []
            for number, item in items:
                written.append(self._apply_survey(s, item, number))
                s.flush()
            return ImportResult(len(written), tuple(r.id for r in written))

    def export_results(self, year: int | None = None) -> list[dict[str, object]]:
        """Rows of :data:`TTHC_RESULTS_SPEC` (totals computed) for ``reports.xlsx_exporter``."""
        return [d.export_values(r) for r in self.results(year)]

    def export_surveys(self, year: int | None = None) -> list[dict[str, object]]:
        return [d.survey_export_values(x) for x in self.surveys(year)]

    # ------------------------------------------------------------------ saved column mapping
    def saved_mapping(self, register_key: str) -> dict[str, str]:
        """The agency's saved mapping (register column key → heading of its portal file)."""
        with self._read() as s:
            row = s.get(AppSettingRow, MAPPING_SETTING.format(key=register_key))
            return d.mapping_from_text(row.value) if row is not None else {}

    def save_mapping(self, register_key: str, mapping: dict[str, str]) -> None:
        """Keep the mapping used for this agency's portal file (stored with the data, so it travels)."""
        key = MAPPING_SETTING.format(key=register_key)
        with self._write() as s:
            row = s.get(AppSettingRow, key)
            text = d.mapping_to_text(mapping)
            if row is None:
                s.add(AppSettingRow(key=key, value=text))
            else:
                row.value = text

    # ------------------------------------------------------------------ bulk (demo data)
    @staticmethod
    def add_in(s: Session, results: Sequence[d.TthcResult], surveys: Sequence[d.SatisfactionSurvey]) -> None:
        """Insert valid sets inside the caller's transaction (demo data)."""
        for item in results:
            raise_if(d.validate_tthc_result(item))
            s.add(m.TthcResultRow(year=item.year, period=item.period, level=item.level, field=item.field,
                                  field_key=d.field_key(item.field), notes=item.notes,
                                  **{n: getattr(item, n) for n in _RESULT_COLUMNS}))
        for survey in surveys:
            raise_if(d.validate_survey(survey))
            row = m.SatisfactionSurveyRow(year=survey.year, period=survey.period, subject=survey.subject,
                                          subject_key=d.field_key(survey.subject), method=survey.method,
                                          distributed=survey.distributed, very_satisfied=survey.very_satisfied,
                                          satisfied=survey.satisfied, dissatisfied=survey.dissatisfied,
                                          notes=survey.notes)
            row.comments = [m.SatisfactionCommentRow(content=c.content, received_on=c.received_on,
                                                     dissatisfied=c.dissatisfied, handling=c.handling,
                                                     handled=c.handled, nonconformity_id=c.nonconformity_id)
                            for c in survey.comments]
            s.add(row)
