"""Nonconformities and corrective action (ISO 9001 clause 10.2): the phiếu yêu cầu hành động khắc phục
of DOMAIN.md §6.3 walked through its states, the effectiveness check that alone closes it, and the
Sổ theo dõi sự không phù hợp. One transaction per use case; DTOs out; history through ``Audited``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from isodesk.domain import audit as d
from isodesk.domain.core import ReportingYear, reporting_year_of
from isodesk.domain.errors import DomainError, FieldProblem, NotFoundError
from isodesk.domain.formatting import fold
from isodesk.domain.tabular import ImportResult
from isodesk.reports.xlsx_import import ImportPreview
from isodesk.services.core.agency_service import department_keys
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

    # ------------------------------------------------------------------ Excel
    def export_rows(self, items: Sequence[d.Nonconformity] | None = None) -> list[dict[str, object]]:
        """Rows of the Sổ theo dõi for the Excel exporter (``items``, default every phiếu), every column
        of :data:`NONCONFORMITIES_SPEC`; what :meth:`import_preview` reads back."""
        rows = self.search() if items is None else items
        return [{c.key: (c.get(n) if c.get else getattr(n, c.key)) for c in self.spec.columns} for n in rows]

    def import_preview(self, preview: ImportPreview) -> ImportResult:
        """Open a phiếu for every row of a clean import preview (findings typed in Excel by the Đoàn
        đánh giá), in ONE transaction, or nothing.

        Department by name or abbreviation, clause by number or title (the requirement defaults to the
        clause's title), dates checked (a deadline not before the day found), a blank số phiếu numbered
        in the phiếu's reporting year. Refused, with the Excel row and column: a số phiếu already used
        or of another year, a phiếu already in the register (same department, day and content), a row
        repeating an earlier row. "Trạng thái" and "Ngày đóng" are not read: a phiếu opens "Mở".

        Raises:
            ValidationError: the preview has problems, or rows break a rule; nothing is written.
        """
        N = m.NonconformityRow
        with self._write() as s:
            departments = department_keys(s)
            years = [ReportingYear(None, r.year, r.period_start, r.period_end)
                     for r in s.scalars(select(core_m.ReportingYearRow))]
            used = {(y, n) for y, n in s.execute(select(N.year, N.number))}
            existing = {(dep, day, fold(text)) for dep, day, text in s.execute(select(N.department_id, N.raised_on,
                                                                                       N.description))}
            problems: list[FieldProblem] = list(preview.problems)
            parsed: list[tuple[int, d.Nonconformity]] = []
            first_number: dict[tuple[int, int], int] = {}
            first_content: dict[tuple[int, object, str], int] = {}
            for row in preview.rows:
                if not row.ok:
                    continue
                item, row_problems = self._item_from_row(row.number, row.values, departments, years)
                problems.extend(row_problems)
                if item is None:
                    continue
                number_value = str(row.values.get("number_text") or "").strip()
                if item.number:
                    key = (item.year, item.number)
                    if key in used:
                        problems.append(FieldProblem("number_text", "duplicate", {"value": number_value}, row=row.number))
                    elif key in first_number:
                        problems.append(FieldProblem("number_text", "duplicate_in_file", {
                            "column": self.spec.column("number_text").title, "value": number_value,
                            "first_row": first_number[key]}, row=row.number))
                    first_number.setdefault(key, row.number)
                content = (item.department_id, item.raised_on, fold(item.description))
                if content in existing:
                    problems.append(FieldProblem("description", "nc_already_registered", {"value": item.description},
                                                 row=row.number))
                elif content in first_content:
                    problems.append(FieldProblem("description", "duplicate_in_file", {
                        "column": self.spec.column("description").title, "value": item.description,
                        "first_row": first_content[content]}, row=row.number))
                first_content.setdefault(content, row.number)
                parsed.append((row.number, item))
            raise_if(sorted(problems, key=lambda p: (p.row is not None, p.row or 0)))
            preview.rows_to_write()  # the all-or-nothing contract of excel_import (nothing left to raise)
            # Numbers typed in the file first, so a blank one never takes a number a later row names.
            taken = set(used) | set(first_number)
            ids: list[int] = []
            number = 0
            try:
                for number, item in parsed:
                    if not item.number:
                        next_free = 1 + max((n for y, n in taken if y == item.year), default=0)
                        item = replace(item, number=next_free)
                        taken.add((item.year, next_free))
                    row_obj = m.NonconformityRow(year=item.year, number=item.number, state=d.NcState.OPEN)
                    self._write_row(row_obj, item, _EDITABLE)
                    s.add(row_obj)
                    s.flush()
                    ids.append(row_obj.id)
            except IntegrityError as exc:
                raise DomainError("import_conflict", row=number) from exc
            return ImportResult(len(ids), tuple(ids))

    def _item_from_row(self, number: int, v: Mapping[str, object], departments: Mapping[str, int],
                       years: Sequence[ReportingYear]) -> tuple[d.Nonconformity | None, list[FieldProblem]]:
        problems: list[FieldProblem] = []
        dep_text = str(v.get("department_name") or "").strip()
        department = departments.get(fold(dep_text))
        if department is None:
            problems.append(FieldProblem("department_name", "unknown_department", {"value": dep_text}, row=number))
        raised = v.get("raised_on")
        if not isinstance(raised, date):
            return None, problems  # the preview already said the date is missing or unreadable
        year = reporting_year_of(raised, years)
        clause_text = str(v.get("clause") or "").strip()
        clause = d.match_clause(clause_text) if clause_text else ""
        if clause is None:
            problems.append(FieldProblem("clause", "unknown_clause", {"value": clause_text}, row=number))
            clause = ""
        requirement = str(v.get("requirement") or "").strip() or (d.clause_label(clause) if clause else "")
        number_text = str(v.get("number_text") or "").strip()
        form_number = 0
        if number_text:
            parsed_number = d.parse_number(number_text)
            if parsed_number is None:
                problems.append(FieldProblem("number_text", "nc_bad_number", {"value": number_text}, row=number))
            elif parsed_number[1] is not None and parsed_number[1] != year:
                problems.append(FieldProblem("number_text", "nc_number_other_year",
                                             {"value": number_text, "year": year}, row=number))
            else:
                form_number = parsed_number[0]
        source = v.get("source")
        item = d.Nonconformity(
            id=None, year=year, number=form_number, raised_on=raised, department_id=department or 0,
            source=source if isinstance(source, d.NcSource) else d.NcSource.INTERNAL_AUDIT,
            description=str(v.get("description") or "").strip(), requirement=requirement,
            found_by=str(v.get("found_by") or "").strip(),
            due_date=v.get("due_date") if isinstance(v.get("due_date"), date) else None)  # type: ignore[arg-type]  # checked by isinstance
        # The phiếu's own rules (a deadline before the day found…), on the Excel row; the number is
        # checked above (0 = numbered on import).
        problems += [replace(p, row=number) for p in d.validate_nonconformity(replace(item, number=form_number or 1))]
        return (item if department is not None else None), problems

    # ------------------------------------------------------------------ links
    def document_links(self, nc_id: int) -> list[d.NcDocumentLink]:
        """The internal documents phiếu ``nc_id`` required to revise, oldest link first."""
        L = m.NonconformityDocumentRow
        with self._read() as s:
            rows = s.scalars(select(L).where(L.nonconformity_id == nc_id).order_by(L.id))
            return [_link_dto(row) for row in rows]

    def link_document(self, nc_id: int, document_id: int, revision_id: int | None, on: date) -> d.NcDocumentLink:
        """Record that phiếu ``nc_id`` required revising ``document_id`` (the revision opened for it, if
        any); linking the same document again updates its revision. Allowed on a closed phiếu too:
        the revision may be issued after the check.

        Raises:
            NotFoundError: no such phiếu, document or revision (nothing written).
        """
        from isodesk.storage.models.documents import DocumentRevisionRow, InternalDocumentRow

        L = m.NonconformityDocumentRow
        with self._write() as s:
            if s.get(m.NonconformityRow, nc_id) is None:
                raise NotFoundError(ENTITY, nc_id)
            # Existence checks only (the foreign keys would refuse too, less clearly): nothing is read.
            if s.get(InternalDocumentRow, document_id) is None:
                raise NotFoundError("internal_document", document_id)
            if revision_id is not None:
                revision = s.get(DocumentRevisionRow, revision_id)
                if revision is None or revision.document_id != document_id:
                    raise NotFoundError("document_revision", revision_id)
            row = s.scalar(select(L).where(L.nonconformity_id == nc_id, L.document_id == document_id))
            if row is None:
                row = L(nonconformity_id=nc_id, document_id=document_id, revision_id=revision_id, linked_on=on)
                s.add(row)
            elif revision_id is not None and row.revision_id != revision_id:
                row.revision_id = revision_id
            s.flush()
            return _link_dto(row)

    def unlink_document(self, link_id: int) -> None:
        """Remove a link recorded by mistake (the document and its revision stay)."""
        with self._write() as s:
            row = s.get(m.NonconformityDocumentRow, link_id)
            if row is None:
                raise NotFoundError("nonconformity_document", link_id)
            s.delete(row)


def _link_dto(row: m.NonconformityDocumentRow) -> d.NcDocumentLink:
    return d.NcDocumentLink(row.id, row.nonconformity_id, row.document_id, row.revision_id, row.linked_on)
