"""The risk and opportunity register (ISO 9001:2015 clause 6.1): entries per reporting year with their
actions, the year-end evaluation, carrying a register forward to a new year, the level matrix, and
the Excel import/export of Phụ lục 2 (DOMAIN.md §2.3).

One transaction per use case; every change is written to the change history by the ``Audited``
session hook of the ORM rows (storage/history.py). DTOs out, never ORM objects.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from isodesk.domain import risks as d
from isodesk.domain.errors import DomainError, FieldProblem, NotFoundError, ValidationError
from isodesk.domain.formatting import fold
from isodesk.domain.tabular import ImportResult
from isodesk.reports.xlsx_import import ImportPreview
from isodesk.services.base import ServiceBase, raise_if
from isodesk.storage.models import core as core_m
from isodesk.storage.models.core import AppSettingRow
from isodesk.storage.models.documents import InternalDocumentRow
from isodesk.storage.models.risks import RiskActionRow, RiskEntryRow

ENTITY = "risk_entry"


def _action_dto(r: Any) -> d.RiskAction:
    return d.RiskAction(id=r.id, what=r.what, who=r.who, deadline=r.deadline, status=r.status, done_on=r.done_on)


def _load(s: Session, entries: Sequence[Any]) -> list[d.RiskEntry]:
    """Entry rows (ORM rows or plain column rows) as DTOs with their actions, department and procedure
    names (plain column selects: a large agency's register loads in a few milliseconds)."""
    if not entries:
        return []
    ids = [e.id for e in entries]
    actions: dict[int, list[d.RiskAction]] = defaultdict(list)
    table = RiskActionRow.__table__
    stmt = select(table).order_by(table.c.entry_id, table.c.position, table.c.id)
    if len(ids) <= 500:
        stmt = stmt.where(table.c.entry_id.in_(ids))
    wanted = set(ids)
    for a in s.execute(stmt):
        if a.entry_id in wanted:
            actions[a.entry_id].append(_action_dto(a))
    departments = dict(s.execute(select(core_m.DepartmentRow.id, core_m.DepartmentRow.name)).all())
    proc_ids = {e.procedure_id for e in entries if e.procedure_id is not None}
    procedures: dict[int, str] = {}
    if proc_ids:
        for pid, code, title in s.execute(select(InternalDocumentRow.id, InternalDocumentRow.code, InternalDocumentRow.title)
                                          .where(InternalDocumentRow.id.in_(proc_ids))):
            procedures[pid] = f"{code} {title}".strip()
    out: list[d.RiskEntry] = []
    for e in entries:
        evaluation = None
        if e.effectiveness is not None and e.evaluated_on is not None:
            evaluation = d.Evaluation(e.effectiveness, e.observed, e.evaluated_by, e.evaluated_on)
        out.append(d.RiskEntry(
            id=e.id, year=e.year, group=e.group_key, issue=e.issue, kind=e.kind, impact=e.impact, level=e.level,
            likelihood=e.likelihood, severity=e.severity, opportunity=e.opportunity, target=e.target, notes=e.notes,
            position=e.position, department_id=e.department_id, procedure_id=e.procedure_id,
            tthc_field=e.tthc_field, actions=tuple(actions.get(e.id, ())), evaluation=evaluation, status=e.status,
            needs_review=e.needs_review, carried_from_id=e.carried_from_id, source_kind=e.source_kind,
            source_id=e.source_id, department_name=departments.get(e.department_id, "") if e.department_id else "",
            procedure_label=procedures.get(e.procedure_id, "") if e.procedure_id else ""))
    return d.sort_entries(out)


def entries_of_year(s: Session, year: int) -> list[d.RiskEntry]:
    """Every entry of ``year`` in printed order (used by the module's provider in its own session)."""
    table = RiskEntryRow.__table__
    return _load(s, list(s.execute(select(table).where(table.c.year == year))))


def read_matrix(s: Session) -> d.RiskMatrix:
    row = s.get(AppSettingRow, d.MATRIX_SETTING)
    return d.RiskMatrix.from_text(row.value) if row is not None else d.DEFAULT_MATRIX


class RiskService(ServiceBase):
    """Bảng nhận diện, đánh giá, giải quyết rủi ro và cơ hội, year by year."""

    spec = d.RISKS_SPEC

    # ------------------------------------------------------------------ reading
    def list_entries(self, year: int, *, query: str = "", group: d.RiskGroup | None = None,
                     kind: d.EntryKind | None = None, level: d.RiskLevel | None = None,
                     overdue_on: date | None = None) -> list[d.RiskEntry]:
        """The entries of ``year`` in printed order, filtered; ``overdue_on`` keeps those with an
        action overdue on that day."""
        with self._read() as s:
            entries = entries_of_year(s, year)
        tokens = fold(query).split()
        out = []
        for e in entries:
            if group is not None and e.group is not group or kind is not None and e.kind is not kind:
                continue
            if level is not None and e.level is not level or overdue_on is not None and not e.is_overdue(overdue_on):
                continue
            if tokens:
                text = self.spec.row_search_text(e)
                if not all(t in text for t in tokens):
                    continue
            out.append(e)
        return out

    def get(self, entry_id: int) -> d.RiskEntry:
        with self._read() as s:
            row = s.get(RiskEntryRow, entry_id)
            if row is None:
                raise NotFoundError(ENTITY, entry_id)
            return _load(s, [row])[0]

    def linked_to(self, source_kind: str, source_id: int) -> list[d.RiskEntry]:
        """The entries (of any year, oldest year first) recorded from one source, e.g. a phiếu yêu cầu hành
        động khắc phục (``"nonconformity"``, its id): one query, not a scan of every year's register."""
        with self._read() as s:
            rows = list(s.scalars(select(RiskEntryRow).where(RiskEntryRow.source_kind == source_kind,
                                                             RiskEntryRow.source_id == source_id)
                                  .order_by(RiskEntryRow.year, RiskEntryRow.id)))
            return _load(s, rows)

    def years(self) -> list[int]:
        """Years that have a register, newest first."""
        with self._read() as s:
            return list(s.scalars(select(RiskEntryRow.year).distinct().order_by(RiskEntryRow.year.desc())))

    def risk_map(self, year: int) -> list[d.RiskMapCell]:
        return d.risk_map(self.list_entries(year))

    # ------------------------------------------------------------------ the matrix (settings)
    def matrix(self) -> d.RiskMatrix:
        with self._read() as s:
            return read_matrix(s)

    def set_matrix(self, matrix: d.RiskMatrix) -> None:
        """Store the agency's matrix; levels already stored are not recomputed (they were decided)."""
        with self._write() as s:
            row = s.get(AppSettingRow, d.MATRIX_SETTING)
            if row is None:
                s.add(AppSettingRow(key=d.MATRIX_SETTING, value=matrix.to_text()))
            else:
                row.value = matrix.to_text()

    # ------------------------------------------------------------------ writing
    def save(self, entry: d.RiskEntry) -> d.RiskEntry:
        """Add (``id`` None) or change one entry with its actions, in one transaction.

        The actions given replace the entry's actions (those keeping their id are updated). Saving an
        entry clears its "rà soát lại" mark: the secretary has looked at it.

        Raises:
            ValidationError: the entry breaks a rule; nothing is written.
            NotFoundError: the entry (or a department/procedure it names) no longer exists.
        """
        with self._write() as s:
            row = self._apply(s, replace(entry, needs_review=False))
            s.flush()
            return _load(s, [row])[0]

    def _apply(self, s: Session, entry: d.RiskEntry, *, position: int | None = None) -> RiskEntryRow:
        entry = d.clean_entry(entry, read_matrix(s))
        problems = d.validate_entry(entry)
        if entry.department_id is not None and s.get(core_m.DepartmentRow, entry.department_id) is None:
            problems.append(FieldProblem("department_id", "not_found"))
        if entry.procedure_id is not None and s.get(InternalDocumentRow, entry.procedure_id) is None:
            problems.append(FieldProblem("procedure_id", "not_found"))
        raise_if(problems)
        if entry.id is None:
            if position is None:
                position = (s.scalar(select(func.max(RiskEntryRow.position)).where(
                    RiskEntryRow.year == entry.year, RiskEntryRow.group_key == entry.group)) or 0) + 1
            row = RiskEntryRow(year=entry.year, group_key=entry.group, position=position)
            s.add(row)
        else:
            found = s.get(RiskEntryRow, entry.id)
            if found is None:
                raise NotFoundError(ENTITY, entry.id)
            row = found
            if row.group_key is not entry.group or row.year != entry.year:
                row.position = (s.scalar(select(func.max(RiskEntryRow.position)).where(
                    RiskEntryRow.year == entry.year, RiskEntryRow.group_key == entry.group)) or 0) + 1
            row.year, row.group_key = entry.year, entry.group
        row.issue, row.impact, row.kind = entry.issue, entry.impact, entry.kind
        row.level = entry.level if entry.kind.has_risk else None
        row.likelihood, row.severity = entry.likelihood, entry.severity
        row.opportunity = entry.opportunity if entry.kind.has_opportunity else ""
        row.target, row.notes, row.tthc_field = entry.target, entry.notes, entry.tthc_field
        row.department_id, row.procedure_id = entry.department_id, entry.procedure_id
        row.status, row.needs_review, row.carried_from_id = entry.status, entry.needs_review, entry.carried_from_id
        row.source_kind, row.source_id = entry.source_kind, entry.source_id
        ev = entry.evaluation
        row.effectiveness = ev.result if ev else None
        row.observed = ev.observed if ev else ""
        row.evaluated_by = ev.evaluated_by if ev else ""
        row.evaluated_on = ev.evaluated_on if ev else None
        s.flush()
        self._sync_actions(s, row.id, entry.actions)
        return row

    @staticmethod
    def _sync_actions(s: Session, entry_id: int, actions: Sequence[d.RiskAction]) -> None:
        existing = {a.id: a for a in s.scalars(select(RiskActionRow).where(RiskActionRow.entry_id == entry_id))}
        kept = {a.id for a in actions if a.id is not None}
        for action_id, old in existing.items():
            if action_id not in kept:
                s.delete(old)
        for position, action in enumerate(actions, start=1):
            target = existing.get(action.id) if action.id is not None else None
            if target is None:
                target = RiskActionRow(entry_id=entry_id)
                s.add(target)
            target.position, target.what, target.who = position, action.what, action.who
            target.deadline, target.status, target.done_on = action.deadline, action.status, action.done_on

    def delete(self, entry_id: int) -> None:
        """Delete an entry and its actions (both recorded in the history, so it can be restored)."""
        with self._write() as s:
            row = s.get(RiskEntryRow, entry_id)
            if row is None:
                raise NotFoundError(ENTITY, entry_id)
            for action in s.scalars(select(RiskActionRow).where(RiskActionRow.entry_id == entry_id)):
                s.delete(action)
            s.delete(row)

    def evaluate(self, entry_id: int, evaluation: d.Evaluation | None) -> d.RiskEntry:
        """Record (or clear, with None) the year-end effectiveness evaluation of one entry.

        Raises:
            ValidationError: no observation, no evaluator, or a date before the year; nothing written.
        """
        with self._write() as s:
            row = s.get(RiskEntryRow, entry_id)
            if row is None:
                raise NotFoundError(ENTITY, entry_id)
            if evaluation is not None:
                evaluation = replace(evaluation, observed=evaluation.observed.strip(),
                                     evaluated_by=" ".join(evaluation.evaluated_by.split()))
                raise_if(d.validate_evaluation(evaluation, row.year))
            row.effectiveness = evaluation.result if evaluation else None
            row.observed = evaluation.observed if evaluation else ""
            row.evaluated_by = evaluation.evaluated_by if evaluation else ""
            row.evaluated_on = evaluation.evaluated_on if evaluation else None
            s.flush()
            return _load(s, [row])[0]

    def set_status(self, entry_id: int, status: d.EntryStatus) -> d.RiskEntry:
        """Close an entry no longer relevant (or open it again); closing clears "rà soát lại"."""
        with self._write() as s:
            row = s.get(RiskEntryRow, entry_id)
            if row is None:
                raise NotFoundError(ENTITY, entry_id)
            row.status = status
            if status is d.EntryStatus.CLOSED:
                row.needs_review = False
            s.flush()
            return _load(s, [row])[0]

    def mark_reviewed(self, entry_id: int) -> d.RiskEntry:
        """The secretary looked at a carried entry and keeps it as it is."""
        with self._write() as s:
            row = s.get(RiskEntryRow, entry_id)
            if row is None:
                raise NotFoundError(ENTITY, entry_id)
            row.needs_review = False
            s.flush()
            return _load(s, [row])[0]

    def carry_forward(self, from_year: int, to_year: int, *, close_ids: Iterable[int] = ()) -> d.CarryResult:
        """Start ``to_year``'s register from ``from_year``'s, in one transaction.

        Each open entry is copied marked "rà soát lại", without its evaluation, its open actions carried
        as not done and its finished ones left behind; ``close_ids`` are entries of ``from_year`` no
        longer relevant: they are closed in ``from_year`` and not carried. Entries already carried to
        ``to_year`` are not carried twice.

        Raises:
            DomainError: ``nothing_to_carry`` when ``from_year`` has no entry; ``carry_to_past`` when
                ``to_year`` is not after ``from_year``. Nothing is written.
        """
        if to_year <= from_year:
            raise DomainError("carry_to_past", from_year=from_year, to_year=to_year)
        close = set(close_ids)
        with self._write() as s:
            source = entries_of_year(s, from_year)
            if not source:
                raise DomainError("nothing_to_carry", year=from_year)
            unknown = close - {e.id for e in source}
            if unknown:
                raise NotFoundError(ENTITY, min(unknown))
            already = set(s.scalars(select(RiskEntryRow.carried_from_id).where(
                RiskEntryRow.year == to_year, RiskEntryRow.carried_from_id.is_not(None))))
            created: list[int] = []
            skipped = 0
            for entry in source:
                assert entry.id is not None
                if entry.id in close:
                    row = s.get(RiskEntryRow, entry.id)
                    assert row is not None
                    row.status, row.needs_review = d.EntryStatus.CLOSED, False
                if entry.status is d.EntryStatus.CLOSED or entry.id in close or entry.id in already:
                    skipped += 1
                    continue
                created.append(self._apply(s, d.carried_entry(entry, to_year), position=entry.position).id)
            return d.CarryResult(to_year, from_year, len(created), skipped, tuple(created))

    def link_source(self, entry_id: int, source_kind: str, source_id: int) -> d.RiskEntry:
        """Record that a nonconformity or an audit finding raised or updated this entry (link point)."""
        with self._write() as s:
            row = s.get(RiskEntryRow, entry_id)
            if row is None:
                raise NotFoundError(ENTITY, entry_id)
            if source_kind not in d.SOURCE_KINDS:
                raise ValidationError([FieldProblem("source", "bad_source_link")])
            row.source_kind, row.source_id = source_kind, source_id
            s.flush()
            return _load(s, [row])[0]

    # ------------------------------------------------------------------ Excel
    def import_preview(self, preview: ImportPreview, year: int) -> ImportResult:
        """Write every row of a clean import preview into ``year``'s register in ONE transaction, or nothing.

        The group of a row is its "Nhóm" cell, else the Roman-numbered group row above it
        ("I. DO CÁC YẾU TỐ NỘI BỘ"); the level is the column marked under "Rủi ro"; a row with a level
        is a risk, with a "Cơ hội" text an opportunity, with both both. Each line of the actions cell is
        one action.

        Raises:
            ValidationError: the preview has problems, or rows break a rule; nothing is written.
        """
        with self._write() as s:
            problems: list[FieldProblem] = list(preview.problems)
            parsed: list[tuple[int, d.RiskEntry]] = []
            for row in preview.rows:
                if not row.ok:
                    continue
                entry, row_problems = self._entry_from_row(row.number, row.values, row.group, year)
                problems.extend(row_problems)
                parsed.append((row.number, entry))
            raise_if(sorted(problems, key=lambda p: (p.row is not None, p.row or 0)))
            preview.rows_to_write()
            ids: list[int] = []
            number = 0
            try:
                for number, entry in parsed:
                    ids.append(self._apply(s, entry).id)
            except ValidationError as exc:
                raise ValidationError([replace(p, row=p.row or number) for p in exc.problems]) from exc
            return ImportResult(len(ids), tuple(ids))

    def _entry_from_row(self, number: int, v: Mapping[str, object], group_text: str | None,
                        year: int) -> tuple[d.RiskEntry, list[FieldProblem]]:
        problems: list[FieldProblem] = []
        group = d.RiskGroup.from_text(str(v.get("group") or "")) or d.RiskGroup.from_text(group_text or "")
        if group is None:
            if v.get("group"):
                problems.append(FieldProblem("group", "not_a_choice", {
                    "column": self.spec.column("group").title, "value": v.get("group"),
                    "choices": list(d.GROUP_SHORT.values())}, row=number))
            group = d.RiskGroup.INTERNAL
        marked = [lv for lv in d.RiskLevel if str(v.get(f"level_{lv.value}") or "").strip()]
        if len(marked) > 1:
            problems.append(FieldProblem("level", "two_levels_marked", row=number))
        level = marked[-1] if marked else None
        opportunity = str(v.get("opportunity") or "").strip()
        kind = d.EntryKind.BOTH if level and opportunity else d.EntryKind.OPPORTUNITY if opportunity else d.EntryKind.RISK
        actions = tuple(d.RiskAction(None, line.strip().lstrip("-+•").strip())
                        for line in str(v.get("actions") or "").splitlines() if line.strip().lstrip("-+•").strip())
        entry = d.clean_entry(d.RiskEntry(
            id=None, year=year, group=group, issue=str(v.get("issue") or ""), kind=kind,
            impact=str(v.get("impact") or ""), level=level, opportunity=opportunity,
            target=str(v.get("target") or ""), notes=str(v.get("notes") or ""), actions=actions))
        problems.extend(replace(p, row=number) for p in d.validate_entry(entry))
        return entry, problems

    def export_rows(self, year: int) -> list[dict[str, object]]:
        """Rows for :data:`RISKS_SPEC` in printed order (group by group), as ``reports.xlsx_exporter`` writes."""
        return [export_row(e) for e in self.list_entries(year)]


def export_row(entry: d.RiskEntry) -> dict[str, object]:
    row: dict[str, object] = {c.key: c.value(entry) for c in d.RISKS_SPEC.columns}
    row["actions"] = "\n".join(f"- {a.what}" for a in entry.actions)
    return row
