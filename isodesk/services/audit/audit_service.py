"""Internal audit (ISO 9001 clause 9.2): rounds with scope and team, the Chương trình đánh giá (proposed,
checked, saved), and the findings. One transaction per use case; DTOs out; every change lands in the
change history through the ``Audited`` tables.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from isodesk.domain import audit as d
from isodesk.domain.core import default_period
from isodesk.domain.errors import DomainError, FieldProblem, NotFoundError
from isodesk.domain.formatting import fold
from isodesk.domain.tabular import ImportResult
from isodesk.reports.xlsx_import import ImportPreview
from isodesk.services.core.agency_service import department_keys
from isodesk.services.base import ServiceBase, raise_if
from isodesk.storage.models import audit as m
from isodesk.storage.models import core as core_m

ROUND = "audit_round"
FINDING = "audit_finding"


def _split(text: str) -> tuple[str, ...]:
    return tuple(part for part in text.split(",") if part)


def _ids(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in text.split(",") if part.strip().isdigit())


def department_names(s: Session) -> dict[int, str]:
    return {i: n for i, n in s.execute(select(core_m.DepartmentRow.id, core_m.DepartmentRow.name))}


def person_names(s: Session) -> dict[int, str]:
    return {i: n for i, n in s.execute(select(core_m.PersonRow.id, core_m.PersonRow.full_name))}


def load_auditors(s: Session) -> dict[int, d.Auditor]:
    """Every person as a possible auditor (id → Auditor with department and certificate)."""
    P = core_m.PersonRow
    rows = s.execute(select(P.id, P.full_name, P.department_id, P.auditor_certificate, P.is_internal_auditor))
    return {r.id: d.Auditor(r.id, r.full_name, r.department_id, r.auditor_certificate if r.is_internal_auditor else "")
            for r in rows}


def period_of(s: Session, year: int) -> tuple[date, date]:
    """The reporting year's data period (recorded, else the NĐ 09/2019 default)."""
    row = s.scalar(select(core_m.ReportingYearRow).where(core_m.ReportingYearRow.year == year))
    return (row.period_start, row.period_end) if row is not None else default_period(year)


def _slot_dto(row: m.AuditSlotRow) -> d.ScheduleSlot:
    return d.ScheduleSlot(day=row.day, start=row.start_time, end=row.end_time, kind=row.kind,
                          department_id=row.department_id, clauses=_split(row.clauses), content=row.content,
                          auditor_ids=_ids(row.auditor_ids), representative=row.representative, notes=row.notes,
                          id=row.id)


def round_dto(row: m.AuditRoundRow, names: dict[int, str]) -> d.AuditRound:
    deps = tuple(link.department_id for link in row.departments)
    return d.AuditRound(
        id=row.id, year=row.year, number=row.number, start_date=row.start_date, end_date=row.end_date,
        purpose=row.purpose, criteria=row.criteria, processes=row.processes, clauses=_split(row.clauses),
        department_ids=deps, department_names=tuple(names.get(i, "") for i in deps), leader_id=row.leader_id,
        member_ids=tuple(link.person_id for link in row.members), held=row.held, notes=row.notes,
        schedule=tuple(_slot_dto(slot) for slot in row.slots))


def finding_dtos(s: Session, where: Sequence[object]) -> list[d.Finding]:
    F, N, R = m.AuditFindingRow, m.NonconformityRow, m.AuditRoundRow
    stmt = (select(F, N.id, N.year, N.number, R.year).join(R, R.id == F.round_id)
            .outerjoin(N, N.finding_id == F.id).where(*where)  # type: ignore[arg-type]  # SQLAlchemy's where() takes these column conditions
            .order_by(F.found_on, F.id))
    deps, people = department_names(s), person_names(s)
    out = []
    for f, nc_id, nc_year, nc_number, year in s.execute(stmt):
        out.append(d.Finding(
            id=f.id, round_id=f.round_id, kind=f.kind, department_id=f.department_id, clause=f.clause,
            description=f.description, found_on=f.found_on, evidence=f.evidence, requirement=f.requirement,
            found_by_id=f.found_by_id, confirmed_by=f.confirmed_by, nonconformity_id=nc_id,
            department_name=deps.get(f.department_id, ""),
            found_by_name=people.get(f.found_by_id, "") if f.found_by_id else "",
            nonconformity_number=f"{nc_number:02d}/{nc_year}" if nc_id else "", year=year))
    return out


class AuditService(ServiceBase):
    """Audit rounds, their programme and their findings."""

    findings_spec = d.FINDINGS_SPEC

    # ------------------------------------------------------------------ reading
    def auditors(self) -> list[d.Auditor]:
        """Active people holding an internal-auditor certificate: the only ones a team may name."""
        with self._read() as s:
            active = set(s.scalars(select(core_m.PersonRow.id).where(core_m.PersonRow.active.is_(True))))
            return sorted((a for a in load_auditors(s).values() if a.certified and a.id in active),
                          key=lambda a: a.full_name)

    def people(self) -> dict[int, d.Auditor]:
        """Everyone (id → Auditor), certified or not, for naming people in lists."""
        with self._read() as s:
            return load_auditors(s)

    def departments(self) -> dict[int, str]:
        """Active departments (id → name) in the register's order."""
        D = core_m.DepartmentRow
        with self._read() as s:
            return {i: n for i, n in s.execute(select(D.id, D.name).where(D.active.is_(True))
                                               .order_by(D.sort_order, D.name))}

    def rounds(self, year: int | None = None) -> list[d.AuditRound]:
        """Audit rounds (of one year, or all), newest first, with their programme."""
        R = m.AuditRoundRow
        with self._read() as s:
            # Scope, team and programme of every round in three more queries, not three per round.
            stmt = (select(R).options(selectinload(R.departments), selectinload(R.members), selectinload(R.slots))
                    .order_by(R.start_date.desc(), R.id.desc()))
            if year is not None:
                stmt = stmt.where(R.year == year)
            names = department_names(s)
            return [round_dto(row, names) for row in s.scalars(stmt)]

    def get_round(self, round_id: int) -> d.AuditRound:
        """One round. Raises NotFoundError."""
        with self._read() as s:
            row = s.get(m.AuditRoundRow, round_id)
            if row is None:
                raise NotFoundError(ROUND, round_id)
            return round_dto(row, department_names(s))

    def findings(self, *, round_id: int | None = None, year: int | None = None) -> list[d.Finding]:
        """Findings of one round, one year, or all, in date order."""
        where: list[object] = []
        if round_id is not None:
            where.append(m.AuditFindingRow.round_id == round_id)
        if year is not None:
            where.append(m.AuditRoundRow.year == year)
        with self._read() as s:
            return finding_dtos(s, where)

    # ------------------------------------------------------------------ the round
    def save_round(self, item: d.AuditRound, *, review_date: date | None = None) -> d.AuditRound:
        """Create or update a round (scope and team; the programme is saved by :meth:`save_schedule`).

        Raises:
            ValidationError: outside the reporting period, team members without certificate, no
                scope, … (nothing saved).
        """
        with self._write() as s:
            auditors = load_auditors(s)
            problems = d.validate_round(item, auditors, period=period_of(s, item.year), review_date=review_date)
            if set(item.department_ids) - set(department_names(s)):
                problems.append(FieldProblem("department_ids", "not_found"))
            raise_if(problems)
            if item.id is None:
                row = m.AuditRoundRow(year=item.year, number=self._next_number(s, item.year))
                s.add(row)
            else:
                found = s.get(m.AuditRoundRow, item.id)
                if found is None:
                    raise NotFoundError(ROUND, item.id)
                row = found
                if row.year != item.year:
                    row.year, row.number = item.year, self._next_number(s, item.year)
            for name, value in (("start_date", item.start_date), ("end_date", item.end_date),
                                ("purpose", item.purpose.strip()), ("criteria", item.criteria.strip()),
                                ("processes", item.processes.strip()), ("clauses", ",".join(item.clauses)),
                                ("leader_id", item.leader_id), ("held", item.held), ("notes", item.notes.strip())):
                if getattr(row, name) != value:
                    setattr(row, name, value)
            wanted = list(dict.fromkeys(item.department_ids))
            row.departments[:] = [x for x in row.departments if x.department_id in wanted]
            have = {x.department_id for x in row.departments}
            row.departments.extend(m.AuditScopeRow(department_id=i) for i in wanted if i not in have)
            members = [i for i in dict.fromkeys(item.member_ids) if i != item.leader_id]
            row.members[:] = [x for x in row.members if x.person_id in members]
            have = {x.person_id for x in row.members}
            row.members.extend(m.AuditTeamMemberRow(person_id=i) for i in members if i not in have)
            s.flush()
            s.refresh(row)
            return round_dto(row, department_names(s))

    @staticmethod
    def _next_number(s: Session, year: int) -> int:
        return int(s.scalar(select(func.coalesce(func.max(m.AuditRoundRow.number), 0))
                            .where(m.AuditRoundRow.year == year)) or 0) + 1

    def set_held(self, round_id: int, held: bool = True) -> d.AuditRound:
        """Record that the audit took place (or undo it)."""
        with self._write() as s:
            row = s.get(m.AuditRoundRow, round_id)
            if row is None:
                raise NotFoundError(ROUND, round_id)
            if row.held != held:
                row.held = held
            s.flush()
            return round_dto(row, department_names(s))

    def delete_round(self, round_id: int) -> None:
        """Delete a round with its programme. Refused (``round_has_findings``) once findings exist."""
        with self._write() as s:
            row = s.get(m.AuditRoundRow, round_id)
            if row is None:
                raise NotFoundError(ROUND, round_id)
            if s.scalar(select(func.count()).where(m.AuditFindingRow.round_id == round_id)):
                raise DomainError("round_has_findings")
            s.delete(row)

    # ------------------------------------------------------------------ the programme
    def propose_schedule(self, round_id: int) -> list[d.ScheduleSlot]:
        """A proposed Chương trình for the round (nothing is saved; the secretary edits it first)."""
        with self._read() as s:
            row = s.get(m.AuditRoundRow, round_id)
            if row is None:
                raise NotFoundError(ROUND, round_id)
            item = round_dto(row, department_names(s))
            auditors = load_auditors(s)
            secretary = s.scalar(select(core_m.PersonRow.department_id).where(core_m.PersonRow.is_iso_secretary.is_(True)))
        return d.propose_schedule(item, auditors, management_department_id=secretary)

    def check_schedule(self, round_id: int, slots: Sequence[d.ScheduleSlot]) -> list[FieldProblem]:
        """Every rule of the Chương trình on the rows as typed (nothing is saved)."""
        with self._read() as s:
            row = s.get(m.AuditRoundRow, round_id)
            if row is None:
                raise NotFoundError(ROUND, round_id)
            names = department_names(s)
            return d.check_schedule(round_dto(row, names), slots, load_auditors(s), names)

    def save_schedule(self, round_id: int, slots: Sequence[d.ScheduleSlot]) -> d.AuditRound:
        """Replace the round's programme with ``slots``.

        Raises:
            ValidationError: any rule of :func:`isodesk.domain.audit.check_schedule` (auditor in their
                own department, two places at once, a department or clause not covered, …); nothing saved.
        """
        with self._write() as s:
            row = s.get(m.AuditRoundRow, round_id)
            if row is None:
                raise NotFoundError(ROUND, round_id)
            names = department_names(s)
            raise_if(d.check_schedule(round_dto(row, names), slots, load_auditors(s), names))
            existing = {x.id: x for x in row.slots}
            kept = []
            for position, slot in enumerate(slots, start=1):
                target = existing.pop(slot.id, None) if slot.id is not None else None
                if target is None:
                    target = m.AuditSlotRow()
                for name, value in (("position", position), ("day", slot.day), ("start_time", slot.start),
                                    ("end_time", slot.end), ("kind", slot.kind), ("department_id", slot.department_id),
                                    ("clauses", ",".join(sorted(slot.clauses, key=d.clause_key))),
                                    ("content", slot.content.strip()),
                                    ("auditor_ids", ",".join(str(i) for i in slot.auditor_ids)),
                                    ("representative", slot.representative.strip()), ("notes", slot.notes.strip())):
                    if getattr(target, name) != value:
                        setattr(target, name, value)
                kept.append(target)
            row.slots[:] = kept
            s.flush()
            s.refresh(row)
            return round_dto(row, names)

    # ------------------------------------------------------------------ findings
    def save_finding(self, item: d.Finding) -> d.Finding:
        """Create or update a finding.

        Raises:
            ValidationError: dated outside the round (``finding_outside_round``), department not in
                scope, unknown clause, no description (nothing saved).
        """
        with self._write() as s:
            round_row = s.get(m.AuditRoundRow, item.round_id)
            if round_row is None:
                raise NotFoundError(ROUND, item.round_id)
            cleaned = replace(item, description=item.description.strip(), evidence=item.evidence.strip(),
                              requirement=item.requirement.strip(), confirmed_by=item.confirmed_by.strip(),
                              clause=item.clause.strip())
            raise_if(d.validate_finding(cleaned, round_dto(round_row, {})))
            if item.id is None:
                row = m.AuditFindingRow()
                s.add(row)
            else:
                found = s.get(m.AuditFindingRow, item.id)
                if found is None:
                    raise NotFoundError(FINDING, item.id)
                row = found
            for name in ("round_id", "kind", "department_id", "clause", "description", "evidence", "requirement",
                         "found_by_id", "found_on", "confirmed_by"):
                value = getattr(cleaned, name)
                if getattr(row, name) != value:
                    setattr(row, name, value)
            s.flush()
            return finding_dtos(s, [m.AuditFindingRow.id == row.id])[0]

    def import_findings(self, round_id: int, preview: ImportPreview) -> ImportResult:
        """Record every row of a clean import preview (the findings the Đoàn typed in Excel during the
        audit) as findings of round ``round_id``, in ONE transaction, or nothing.

        Department by name or abbreviation (in the round's scope), clause by number or title, the
        auditor by name (optional), the day inside the round. Refused, with the Excel row and column: an
        unknown department, clause or auditor, a day outside the round, a finding already recorded (same
        department, clause and content) or repeated in the file. "Số phiếu" is not read: a phiếu is
        raised from a finding afterwards.

        Raises:
            NotFoundError: no such round. ValidationError: the preview has problems, or rows break a
                rule; nothing is written.
        """
        with self._write() as s:
            round_row = s.get(m.AuditRoundRow, round_id)
            if round_row is None:
                raise NotFoundError(ROUND, round_id)
            round_ = round_dto(round_row, {})
            departments = department_keys(s)
            people = {fold(name): i for i, name in s.execute(select(core_m.PersonRow.id, core_m.PersonRow.full_name))}
            F = m.AuditFindingRow
            existing = {(dep, clause, fold(text)) for dep, clause, text in s.execute(
                select(F.department_id, F.clause, F.description).where(F.round_id == round_id))}
            problems: list[FieldProblem] = list(preview.problems)
            items: list[d.Finding] = []
            first_row: dict[tuple[int, str, str], int] = {}
            for row in preview.rows:
                if not row.ok:
                    continue
                item, found = _finding_from_row(row.number, row.values, round_, departments, people)
                problems += found
                if item is None:
                    continue
                key = (item.department_id, item.clause, fold(item.description))
                if key in existing:
                    problems.append(FieldProblem("description", "finding_already_recorded",
                                                 {"value": item.description}, row=row.number))
                elif key in first_row:
                    problems.append(FieldProblem("description", "duplicate_in_file", {
                        "column": d.FINDINGS_SPEC.column("description").title, "value": item.description,
                        "first_row": first_row[key]}, row=row.number))
                first_row.setdefault(key, row.number)
                items.append(item)
            raise_if(sorted(problems, key=lambda p: (p.row is not None, p.row or 0)))
            preview.rows_to_write()  # the all-or-nothing contract of the import (nothing left to raise)
            ids: list[int] = []
            for item in items:
                found_row = F(round_id=round_id, kind=item.kind, department_id=item.department_id, clause=item.clause,
                              description=item.description, evidence=item.evidence, requirement=item.requirement,
                              found_by_id=item.found_by_id, found_on=item.found_on, confirmed_by=item.confirmed_by)
                s.add(found_row)
                s.flush()
                ids.append(found_row.id)
            return ImportResult(len(ids), tuple(ids))

    def delete_finding(self, finding_id: int) -> None:
        """Delete a finding; refused (``finding_has_form``) once a phiếu was raised for it."""
        with self._write() as s:
            row = s.get(m.AuditFindingRow, finding_id)
            if row is None:
                raise NotFoundError(FINDING, finding_id)
            nc = s.scalar(select(m.NonconformityRow).where(m.NonconformityRow.finding_id == finding_id))
            if nc is not None:
                raise DomainError("finding_has_form", number=f"{nc.number:02d}/{nc.year}")
            s.delete(row)


def _finding_from_row(number: int, v: Mapping[str, object], round_: d.AuditRound, departments: Mapping[str, int],
                      people: Mapping[str, int]) -> tuple[d.Finding | None, list[FieldProblem]]:
    """One Excel row as a finding of ``round_`` and the problems of that row (its Excel row number on each)."""
    problems: list[FieldProblem] = []
    dep_text = str(v.get("department_name") or "").strip()
    department = departments.get(fold(dep_text))
    if department is None:
        problems.append(FieldProblem("department_name", "unknown_department", {"value": dep_text}, row=number))
    clause_text = str(v.get("clause") or "").strip()
    clause = d.match_clause(clause_text) if clause_text else ""
    if clause is None:
        problems.append(FieldProblem("clause", "unknown_clause", {"value": clause_text}, row=number))
        clause = ""
    who_text = str(v.get("found_by_name") or "").strip()
    who = people.get(fold(who_text)) if who_text else None
    if who_text and who is None:
        problems.append(FieldProblem("found_by_name", "unknown_person", {"value": who_text}, row=number))
    found_on = v.get("found_on")
    if not isinstance(found_on, date):
        problems.append(FieldProblem("found_on", "required", row=number))
        return None, problems
    kind = v.get("kind")
    item = d.Finding(None, round_.id or 0, kind if isinstance(kind, d.FindingKind) else d.FindingKind.NONCONFORMITY,
                     department or 0, clause, str(v.get("description") or "").strip(), found_on,
                     evidence=str(v.get("evidence") or "").strip(),
                     requirement=str(v.get("requirement") or "").strip() or (d.clause_label(clause) if clause else ""),
                     found_by_id=who, confirmed_by=str(v.get("confirmed_by") or "").strip())
    if department is not None:
        # The finding's own rules (in scope, inside the round, a clause), on the Excel row.
        problems += [replace(p, row=number) for p in d.validate_finding(item, round_)
                     if p.field not in ("clause",) or clause]
    return (item if department is not None and clause else None), problems
