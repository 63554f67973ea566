"""External documents (tài liệu có nguồn gốc bên ngoài): the list, its search, status changes and the
procedures they concern, and the Excel import/export of the list (DOMAIN.md §6.5).

The internal procedures themselves belong to the documents module; this service reads their code,
title and status with plain SQL on ``internal_document`` and never changes them.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import ColumnElement, and_, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from isodesk.domain import legal as d
from isodesk.domain.documents import RevisionStatus
from isodesk.domain.errors import DomainError, FieldProblem, NotFoundError, ValidationError
from isodesk.domain.formatting import fold
from isodesk.services.core.agency_service import department_keys
from isodesk.services.base import ServiceBase, raise_if
from isodesk.reports.xlsx_import import ImportPreview
from isodesk.storage.models import core as core_m
from isodesk.storage.models import legal as m
from isodesk.storage.models.documents import InternalDocumentRow

ENTITY = "external_document"


# --------------------------------------------------------------------------- procedures (read only)


def procedure_in_force() -> ColumnElement[bool]:
    """SQL condition "this internal document is in force": an effective revision and not withdrawn."""
    return and_(InternalDocumentRow.status == RevisionStatus.EFFECTIVE, InternalDocumentRow.withdrawn_on.is_(None))


def procedures_by_id(s: Session, ids: Iterable[int]) -> dict[int, d.ProcedureToReview]:
    """Code, title and in-force flag of the given internal documents (missing ids are left out)."""
    wanted = sorted(set(ids))
    if not wanted:
        return {}
    stmt = select(InternalDocumentRow.id, InternalDocumentRow.code, InternalDocumentRow.title,
                  procedure_in_force().label("live")).where(InternalDocumentRow.id.in_(wanted))
    return {r.id: d.ProcedureToReview(r.id, r.code, r.title, bool(r.live)) for r in s.execute(stmt)}


def procedure_label(p: d.ProcedureToReview | None) -> str:
    """"QT-HT-01 Đăng ký khai sinh" — how lists name a procedure."""
    if p is None:
        return ""
    return f"{p.code} {p.title}".strip()


def _missing_procedures(s: Session, ids: Iterable[int]) -> list[int]:
    wanted = set(ids)
    found = set(s.scalars(select(InternalDocumentRow.id).where(InternalDocumentRow.id.in_(wanted)))) if wanted else set()
    return sorted(wanted - found)


# --------------------------------------------------------------------------- DTO mapping

_COLUMNS = (
    m.ExternalDocumentRow.id, m.ExternalDocumentRow.kind, m.ExternalDocumentRow.number_symbol,
    m.ExternalDocumentRow.issue_date, m.ExternalDocumentRow.issuer, m.ExternalDocumentRow.summary,
    m.ExternalDocumentRow.effective_date, m.ExternalDocumentRow.status, m.ExternalDocumentRow.status_date,
    m.ExternalDocumentRow.status_by_id, m.ExternalDocumentRow.status_by_text, m.ExternalDocumentRow.field,
    m.ExternalDocumentRow.location, m.ExternalDocumentRow.notes,
)


def _load(s: Session, where: Sequence[ColumnElement[bool]], *, limit: int | None = None) -> list[d.ExternalDocument]:
    """External documents matching ``where`` as DTOs, newest first.

    Plain column selects and three small follow-up queries (departments, citations, successors)
    instead of ORM objects: the list of a large agency loads in a few milliseconds.
    """
    E = m.ExternalDocumentRow
    stmt = select(*_COLUMNS).where(*where).order_by(E.issue_date.desc().nulls_last(), E.id.desc())
    if limit is not None:
        stmt = stmt.limit(limit)
    rows = s.execute(stmt).all()
    if not rows:
        return []
    ids = [r.id for r in rows]
    wanted = set(ids)
    dep_table, cit_table = m.ExternalDocumentDepartmentRow, m.ExternalDocumentCitationRow
    stmt_dep = select(dep_table.external_document_id, dep_table.department_id).order_by(dep_table.id)
    stmt_cit = select(cit_table.external_document_id, cit_table.internal_document_id).order_by(cit_table.id)
    # A short result filters the link tables by id; a long one reads them whole and filters here
    # (cheaper than an IN list of a thousand values).
    if len(ids) <= 500:
        stmt_dep = stmt_dep.where(dep_table.external_document_id.in_(ids))
        stmt_cit = stmt_cit.where(cit_table.external_document_id.in_(ids))
    departments: dict[int, list[int]] = defaultdict(list)
    for ext_id, dep_id in s.execute(stmt_dep):
        if ext_id in wanted:
            departments[ext_id].append(dep_id)
    citations: dict[int, list[int]] = defaultdict(list)
    for ext_id, proc_id in s.execute(stmt_cit):
        if ext_id in wanted:
            citations[ext_id].append(proc_id)
    names = dict(s.execute(select(core_m.DepartmentRow.id, core_m.DepartmentRow.name)).all())
    successor_ids = {r.status_by_id for r in rows if r.status_by_id is not None}
    successors: dict[int, str] = {}
    if successor_ids:
        for sid, kind, number in s.execute(select(E.id, E.kind, E.number_symbol).where(E.id.in_(successor_ids))):
            successors[sid] = d.citation_of(kind, number)
    out = []
    for r in rows:
        deps = tuple(departments.get(r.id, ()))
        out.append(d.ExternalDocument(
            id=r.id, kind=r.kind, number_symbol=r.number_symbol, issue_date=r.issue_date, issuer=r.issuer,
            summary=r.summary, effective_date=r.effective_date, status=r.status, status_date=r.status_date,
            status_by_id=r.status_by_id, status_by_text=r.status_by_text,
            status_by_reference=successors.get(r.status_by_id, "") if r.status_by_id else r.status_by_text,
            field=r.field, location=r.location, notes=r.notes, department_ids=deps,
            department_names=tuple(names.get(i, "") for i in deps),
            procedure_ids=tuple(citations.get(r.id, ())),
        ))
    return out


def like_pattern(token: str) -> str:
    # The folded text holds only lower-case ASCII and punctuation; escape LIKE's wildcards.
    escaped = token.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


@dataclass(frozen=True)
class ImportResult:
    """What an all-or-nothing import wrote."""

    created: int
    ids: tuple[int, ...] = ()
    #: Excel rows whose status names a successor that is not in the list: kept as text only.
    unresolved_successor_rows: tuple[int, ...] = ()


# --------------------------------------------------------------------------- service


class LegalService(ServiceBase):
    """The external-documents list: search, edit, status changes, citations, Excel import/export."""

    spec = d.EXTERNAL_DOCUMENTS_SPEC

    # ------------------------------------------------------------------ reading
    def search(self, query: str = "", *, kind: d.ExternalDocKind | None = None,
               status: d.LegalStatus | None = None, field: str | None = None,
               department_id: int | None = None, limit: int | None = None) -> list[d.ExternalDocument]:
        """External documents matching every word of ``query`` (diacritics- and case-insensitive, on
        tên loại, số ký hiệu and trích yếu) and the given filters, newest first.

        Args:
            query: what the user typed; blank matches everything.
            kind: only this tên loại.
            status: only this tình trạng hiệu lực.
            field: only this lĩnh vực (compared without case or diacritics).
            department_id: only documents used by this department.
            limit: at most this many rows.
        """
        E = m.ExternalDocumentRow
        where: list[ColumnElement[bool]] = [E.search_text.like(like_pattern(t), escape="\\") for t in fold(query).split()]
        if kind is not None:
            where.append(E.kind == kind)
        if status is not None:
            where.append(E.status == status)
        if department_id is not None:
            where.append(E.id.in_(select(m.ExternalDocumentDepartmentRow.external_document_id)
                                  .where(m.ExternalDocumentDepartmentRow.department_id == department_id)))
        with self._read() as s:
            if field is not None:
                where.append(E.field.in_(self._field_spellings(s, field)))
            return _load(s, where, limit=limit)

    @staticmethod
    def _field_spellings(s: Session, field: str) -> list[str]:
        key = fold(field)
        used = s.scalars(select(m.ExternalDocumentRow.field).distinct())
        return [f for f in used if fold(f) == key] or [field]

    def get(self, document_id: int) -> d.ExternalDocument:
        """One external document.

        Raises:
            NotFoundError: no such document.
        """
        with self._read() as s:
            found = _load(s, [m.ExternalDocumentRow.id == document_id])
        if not found:
            raise NotFoundError(ENTITY, document_id)
        return found[0]

    def fields(self) -> list[str]:
        """Lĩnh vực to offer: the known list plus every field already used, without near-duplicates."""
        with self._read() as s:
            used = list(s.scalars(select(m.ExternalDocumentRow.field).distinct()))
        seen: dict[str, str] = {}
        for name in [*d.KNOWN_FIELDS, *used]:
            if name.strip():
                seen.setdefault(fold(name), name)
        return sorted(seen.values(), key=fold)

    def citing_procedures(self, document_id: int) -> list[d.ProcedureToReview]:
        """Every internal procedure that cites the document (in force or not), by code."""
        with self._read() as s:
            return self._citing(s, document_id)

    @staticmethod
    def _citing(s: Session, document_id: int) -> list[d.ProcedureToReview]:
        ids = s.scalars(select(m.ExternalDocumentCitationRow.internal_document_id)
                        .where(m.ExternalDocumentCitationRow.external_document_id == document_id))
        return sorted(procedures_by_id(s, ids).values(), key=lambda p: (fold(p.code), p.procedure_id))

    def cited_by_procedure(self, procedure_id: int) -> list[d.ExternalDocument]:
        """The external documents (căn cứ pháp lý) one internal procedure cites."""
        with self._read() as s:
            return _load(s, [m.ExternalDocumentRow.id.in_(
                select(m.ExternalDocumentCitationRow.external_document_id)
                .where(m.ExternalDocumentCitationRow.internal_document_id == procedure_id))])

    # ------------------------------------------------------------------ writing
    def save(self, item: d.ExternalDocument) -> d.ExternalDocument:
        """Create or update one external document with its departments and citing procedures.

        Raises:
            ValidationError: a field is wrong, or số ký hiệu + cơ quan ban hành already exist
                (``duplicate``, compared without case, diacritics or blanks).
            NotFoundError: ``item.id`` does not exist.
        """
        item = d.clean_external_document(item)
        raise_if(d.validate_external_document(item))
        with self._write() as s:
            row = self._apply(s, item)
            s.flush()
            return _load(s, [m.ExternalDocumentRow.id == row.id])[0]

    def _apply(self, s: Session, item: d.ExternalDocument) -> m.ExternalDocumentRow:
        """Check references and uniqueness, then write ``item`` (already clean and valid) into the session."""
        E = m.ExternalDocumentRow
        problems: list[FieldProblem] = []
        key = d.dedup_key(item.number_symbol, item.issuer)
        clash = s.scalar(select(E.id).where(E.dedup_key == key, E.id != (item.id or -1)))
        if clash is not None:
            problems.append(FieldProblem("number_symbol", "duplicate",
                                         {"value": item.number_symbol, "issuer": item.issuer, "existing_id": clash}))
        if item.status_by_id is not None:
            successor = s.get(E, item.status_by_id)
            if successor is None:
                problems.append(FieldProblem("status_by_id", "not_found"))
            elif item.id is not None and successor.status_by_id == item.id:
                problems.append(FieldProblem("status_by_id", "successor_cycle"))
        known_deps = set(s.scalars(select(core_m.DepartmentRow.id)))
        if set(item.department_ids) - known_deps:
            problems.append(FieldProblem("department_ids", "not_found"))
        if _missing_procedures(s, item.procedure_ids):
            problems.append(FieldProblem("procedure_ids", "not_found"))
        raise_if(problems)

        row = E() if item.id is None else s.get(E, item.id)
        if row is None:
            raise NotFoundError(ENTITY, item.id)
        field = self._canonical_field(s, item.field)
        for name, value in (("kind", item.kind), ("number_symbol", item.number_symbol), ("issue_date", item.issue_date),
                            ("issuer", item.issuer), ("summary", item.summary),
                            ("effective_date", item.effective_date), ("status", item.status),
                            ("status_date", item.status_date), ("status_by_id", item.status_by_id),
                            ("status_by_text", "" if item.status_by_id else item.status_by_text),
                            ("field", field), ("location", item.location), ("notes", item.notes),
                            ("dedup_key", key), ("search_text", d.search_text(item.kind, item.number_symbol, item.summary))):
            if getattr(row, name) != value:  # unchanged values must not produce history lines
                setattr(row, name, value)
        if item.id is None:
            s.add(row)
        self._sync_links(row, item.department_ids, item.procedure_ids)
        return row

    @staticmethod
    def _sync_links(row: m.ExternalDocumentRow, department_ids: Iterable[int], procedure_ids: Iterable[int]) -> None:
        # Rows, not a bare association table: each link added or removed lands in the change history.
        wanted_deps = list(dict.fromkeys(department_ids))
        row.departments[:] = [link for link in row.departments if link.department_id in wanted_deps]
        have = {link.department_id for link in row.departments}
        row.departments.extend(m.ExternalDocumentDepartmentRow(department_id=i) for i in wanted_deps if i not in have)
        wanted_procs = list(dict.fromkeys(procedure_ids))
        row.citations[:] = [link for link in row.citations if link.internal_document_id in wanted_procs]
        have = {link.internal_document_id for link in row.citations}
        row.citations.extend(m.ExternalDocumentCitationRow(internal_document_id=i) for i in wanted_procs if i not in have)

    @staticmethod
    def _canonical_field(s: Session, field: str) -> str:
        """Reuse the spelling already in use (or the known list's) for a field typed differently."""
        if not field:
            return ""
        key = fold(field)
        for name in d.KNOWN_FIELDS:
            if fold(name) == key:
                return name
        for name in s.scalars(select(m.ExternalDocumentRow.field).distinct()):
            if fold(name) == key:
                return name
        return field

    def mark_status(self, document_id: int, status: d.LegalStatus, on: date, *,
                    by_id: int | None = None, by_text: str = "") -> list[d.ProcedureToReview]:
        """Record that a text expired, was amended or replaced (or is in force again).

        Args:
            document_id: the external document.
            status: the new tình trạng hiệu lực.
            on: since when.
            by_id: the external document that amends or replaces it, when it is in the list.
            by_text: the successor as text when it is not in the list ("Nghị định 118/2025/NĐ-CP").

        Returns:
            The internal procedures in force that cite the document and must now be reviewed
            (empty when marked in force again).

        Raises:
            NotFoundError: no such document.
            ValidationError: e.g. a date before the text was issued, or a successor for an expired text.
        """
        with self._write() as s:
            found = _load(s, [m.ExternalDocumentRow.id == document_id])
            if not found:
                raise NotFoundError(ENTITY, document_id)
            back_in_force = status is d.LegalStatus.IN_FORCE
            item = replace(found[0], status=status, status_date=None if back_in_force else on,
                           status_by_id=None if back_in_force else by_id,
                           status_by_text="" if back_in_force else by_text)
            item = d.clean_external_document(item)
            raise_if(d.validate_external_document(item))
            self._apply(s, item)
            s.flush()
            if not d.needs_review(status):
                return []
            return [p for p in self._citing(s, document_id) if p.in_force]

    def mark_replaced(self, document_id: int, on: date, by_id: int | None = None,
                      by_text: str = "") -> list[d.ProcedureToReview]:
        """Shortcut of :meth:`mark_status` for "bị thay thế"."""
        return self.mark_status(document_id, d.LegalStatus.REPLACED, on, by_id=by_id, by_text=by_text)

    def mark_amended(self, document_id: int, on: date, by_id: int | None = None,
                     by_text: str = "") -> list[d.ProcedureToReview]:
        """Shortcut of :meth:`mark_status` for "bị sửa đổi, bổ sung"."""
        return self.mark_status(document_id, d.LegalStatus.AMENDED, on, by_id=by_id, by_text=by_text)

    def mark_expired(self, document_id: int, on: date) -> list[d.ProcedureToReview]:
        """Shortcut of :meth:`mark_status` for "hết hiệu lực"."""
        return self.mark_status(document_id, d.LegalStatus.EXPIRED, on)

    def delete(self, document_id: int) -> None:
        """Delete a wrongly entered document (history keeps a snapshot). Texts it amended or replaced
        keep the successor's name as text."""
        with self._write() as s:
            row = s.get(m.ExternalDocumentRow, document_id)
            if row is None:
                raise NotFoundError(ENTITY, document_id)
            citation = d.citation_of(row.kind, row.number_symbol)
            for older in s.scalars(select(m.ExternalDocumentRow).where(m.ExternalDocumentRow.status_by_id == document_id)):
                older.status_by_id = None
                older.status_by_text = citation
            s.delete(row)
            s.flush()

    def set_procedure_citations(self, procedure_id: int, document_ids: Sequence[int]) -> None:
        """Set the external documents one internal procedure cites (its căn cứ pháp lý).

        Raises:
            ValidationError: the procedure or a document does not exist.
        """
        with self._write() as s:
            if _missing_procedures(s, [procedure_id]):
                raise ValidationError([FieldProblem("procedure_id", "not_found")])
            wanted = list(dict.fromkeys(document_ids))
            known = set(s.scalars(select(m.ExternalDocumentRow.id).where(m.ExternalDocumentRow.id.in_(wanted))))
            if set(wanted) - known:
                raise ValidationError([FieldProblem("document_ids", "not_found")])
            C = m.ExternalDocumentCitationRow
            current = list(s.scalars(select(C).where(C.internal_document_id == procedure_id)))
            for link in current:
                if link.external_document_id not in wanted:
                    s.delete(link)
            have = {link.external_document_id for link in current}
            s.add_all(C(external_document_id=i, internal_document_id=procedure_id) for i in wanted if i not in have)

    # ------------------------------------------------------------------ Excel
    def import_preview(self, preview: ImportPreview) -> ImportResult:
        """Write every row of a clean import preview in ONE transaction, or nothing.

        Rows already in the list (same số ký hiệu + cơ quan, ignoring case, diacritics and blanks) and
        rows repeating an earlier row that way are problems carrying the Excel row number. A status
        naming its successor ("Bị thay thế bởi Nghị định 118/2025/NĐ-CP") is linked to it when the
        successor is in the list or in the same file, else kept as text.

        Raises:
            ValidationError: the preview has problems, or rows clash with the list; nothing is written.
        """
        with self._write() as s:
            departments = department_keys(s)
            existing = dict(s.execute(select(m.ExternalDocumentRow.dedup_key, m.ExternalDocumentRow.id)).all())
            column = self.spec.column("number_symbol").title
            # The preview's problems and the clashes with the list are reported together, so the
            # secretary fixes the file once rather than discovering one kind of problem per attempt.
            problems: list[FieldProblem] = []
            parsed: list[tuple[int, d.ExternalDocument, d.StatusText | None]] = []
            first_row: dict[str, int] = {}
            for row in preview.rows:
                number_symbol, issuer = row.values.get("number_symbol"), row.values.get("issuer")
                key = d.dedup_key(str(number_symbol), str(issuer)) if number_symbol and issuer else None
                if key is not None and key in existing:
                    problems.append(FieldProblem("number_symbol", "duplicate", {
                        "column": column, "value": number_symbol, "existing_id": existing[key]}, row=row.number))
                elif key is not None and key in first_row and row.ok:
                    problems.append(FieldProblem("number_symbol", "duplicate_in_file", {
                        "column": column, "value": number_symbol, "first_row": first_row[key]}, row=row.number))
                if key is not None:
                    first_row.setdefault(key, row.number)
                if not row.ok:
                    continue
                item, status_text, row_problems = self._item_from_row(row.number, row.values, row.group, departments)
                problems.extend(row_problems)
                parsed.append((row.number, item, status_text))
            raise_if(_in_sheet_order([*preview.problems, *problems]))
            preview.rows_to_write()  # the all-or-nothing contract of excel_import (nothing left to raise)

            created: list[tuple[int, m.ExternalDocumentRow, d.StatusText | None]] = []
            number = 0
            try:
                # One flush for the whole file instead of an autoflush before each row's checks.
                with s.no_autoflush:
                    for number, item, status_text in parsed:
                        created.append((number, self._apply(s, item), status_text))
                s.flush()
            except ValidationError as exc:  # a problem only the database could see: name the row
                raise ValidationError([replace(p, row=p.row or number) for p in exc.problems]) from exc
            except IntegrityError as exc:
                raise DomainError("import_conflict", row=number) from exc

            # Second pass: successors may be later rows of the same file.
            by_number: dict[str, list[int]] = defaultdict(list)
            for ext_id, number_symbol in s.execute(select(m.ExternalDocumentRow.id, m.ExternalDocumentRow.number_symbol)):
                by_number[d.number_key(number_symbol)].append(ext_id)
            unresolved: list[int] = []
            for number, row_obj, status_text in created:
                if status_text is None or not status_text.successor:
                    continue
                candidates = [i for i in by_number.get(d.number_key(status_text.successor_number), []) if i != row_obj.id]
                if len(candidates) == 1 and status_text.status.needs_successor:
                    row_obj.status_by_id, row_obj.status_by_text = candidates[0], ""
                else:
                    unresolved.append(number)
            s.flush()
            return ImportResult(created=len(created), ids=tuple(r.id for _, r, _ in created),
                                unresolved_successor_rows=tuple(unresolved))

    def _item_from_row(self, number: int, v: Mapping[str, object], group: str | None,
                       departments: dict[str, int]) -> tuple[d.ExternalDocument, d.StatusText | None, list[FieldProblem]]:
        problems: list[FieldProblem] = []
        kind, summary = d.split_title(str(v.get("title") or ""), str(v.get("number_symbol") or ""))
        status_text: d.StatusText | None = None
        raw_status = str(v.get("status") or "").strip()
        if raw_status:
            status_text = d.parse_status_text(raw_status)
            if status_text is None:
                problems.append(FieldProblem("status", "not_a_choice", {
                    "column": self.spec.column("status").title, "value": raw_status,
                    "choices": [s.label for s in d.LegalStatus]}, row=number))
        dep_ids: list[int] = []
        places: list[str] = []
        for piece in _split_places(str(v.get("used_by") or "")):
            found = departments.get(fold(piece))
            if found is None and "," in piece:
                parts = [departments.get(fold(p)) for p in piece.split(",")]
                if all(parts):
                    dep_ids.extend(p for p in parts if p is not None)
                    continue
            if found is not None:
                dep_ids.append(found)
            else:
                places.append(piece)
        field = str(v.get("field") or "") or _field_from_group(group)
        status = status_text.status if status_text else d.LegalStatus.IN_FORCE
        item = d.clean_external_document(d.ExternalDocument(
            id=None, kind=kind, number_symbol=str(v.get("number_symbol") or ""),
            issue_date=v.get("issue_date"), issuer=str(v.get("issuer") or ""), summary=summary,  # type: ignore[arg-type]  # the import preview parsed and checked these cells
            effective_date=v.get("effective_date"), status=status,  # type: ignore[arg-type]  # the import preview parsed and checked these cells
            status_date=status_text.since if status_text and status is not d.LegalStatus.IN_FORCE else None,
            status_by_text=status_text.successor if status_text and status.needs_successor else "",
            field=field, location="; ".join(places), notes=str(v.get("notes") or ""),
            department_ids=tuple(dict.fromkeys(dep_ids)),
        ))
        problems.extend(replace(p, row=number) for p in d.validate_external_document(item))
        return item, status_text, problems

    def export_rows(self, **filters: object) -> list[dict[str, object]]:
        """Rows for :data:`EXTERNAL_DOCUMENTS_SPEC`, grouped by lĩnh vực (fields alphabetically, the
        rows without a field last), in the form ``reports.xlsx_exporter`` writes. ``filters`` are
        those of :meth:`search`."""
        return [row for _, rows in self.export_groups(**filters) for row in rows]

    def export_groups(self, **filters: object) -> list[tuple[str, list[dict[str, object]]]]:
        """The exported rows per lĩnh vực, for a list printed with group headings."""
        docs = self.search(**filters)  # type: ignore[arg-type]  # the filters are the register's own search criteria
        return [(group.field, [_export_row(doc) for doc in group.documents]) for group in d.group_by_field(docs)]

    # ------------------------------------------------------------------ bulk (demo data)
    @staticmethod
    def bulk_insert(s: Session, items: Sequence[d.ExternalDocument]) -> list[int]:
        """Insert many clean, valid documents at once inside the caller's transaction (demo data).

        Bypasses the change history on purpose: a generated database has no past to record.
        """
        E = m.ExternalDocumentRow
        values = [{
            "kind": i.kind, "number_symbol": i.number_symbol, "issue_date": i.issue_date, "issuer": i.issuer,
            "summary": i.summary, "effective_date": i.effective_date, "status": i.status,
            "status_date": i.status_date, "status_by_id": i.status_by_id, "status_by_text": i.status_by_text,
            "field": i.field, "location": i.location, "notes": i.notes,
            "dedup_key": d.dedup_key(i.number_symbol, i.issuer),
            "search_text": d.search_text(i.kind, i.number_symbol, i.summary),
        } for i in items]
        if not values:
            return []
        ids = list(s.scalars(insert(E).returning(E.id, sort_by_parameter_order=True), values))
        links = [{"external_document_id": ext_id, "department_id": dep}
                 for ext_id, item in zip(ids, items, strict=True) for dep in dict.fromkeys(item.department_ids)]
        if links:
            s.execute(insert(m.ExternalDocumentDepartmentRow), links)
        cites = [{"external_document_id": ext_id, "internal_document_id": proc}
                 for ext_id, item in zip(ids, items, strict=True) for proc in dict.fromkeys(item.procedure_ids)]
        if cites:
            s.execute(insert(m.ExternalDocumentCitationRow), cites)
        return ids


def _in_sheet_order(problems: Sequence[FieldProblem]) -> list[FieldProblem]:
    """Sheet-level problems first, then by Excel row (the order the secretary reads the file in)."""
    return sorted(problems, key=lambda p: (p.row is not None, p.row or 0))


def _export_row(doc: d.ExternalDocument) -> dict[str, object]:
    return {
        "title": doc.title, "number_symbol": doc.number_symbol, "issue_date": doc.issue_date, "issuer": doc.issuer,
        "effective_date": doc.effective_date, "status": doc.status_text, "used_by": doc.used_by, "notes": doc.notes,
        "field": doc.field,
    }


def _split_places(text: str) -> list[str]:
    # Department names may contain commas ("Phòng Kinh tế, Hạ tầng và Đô thị"): split on ; and lines.
    pieces = [p.strip(" .-+•") for chunk in text.split("\n") for p in chunk.split(";")]
    return [p for p in pieces if p]


def _field_from_group(group: str | None) -> str:
    """ "I. HỘ TỊCH" / "2. Lĩnh vực Đất đai" → "Hộ tịch" / "Đất đai" (a group heading of a hand-made list)."""
    if not group:
        return ""
    text = re.sub(r"^(?:[IVXLC]+|[A-Z]|\d{1,2}(?:\.\d{1,2})*)[.)]\s*", "", group.strip())
    text = re.sub(r"^(?:lĩnh vực|LĨNH VỰC|Lĩnh vực)\s*:?\s*", "", text).strip()
    if text.isupper():
        text = text[:1] + text[1:].lower()
    for name in d.KNOWN_FIELDS:
        if fold(name) == fold(text):
            return name
    return text
