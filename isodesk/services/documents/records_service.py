"""The records list (danh mục hồ sơ): which records the agency keeps, who keeps them, where, for how
long, on paper or electronically — and the NĐ 30 "DANH MỤC HỒ SƠ" form of one year (DOMAIN.md §3.8, §6.6).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, joinedload

from isodesk.domain import documents as dd
from isodesk.domain.errors import FieldProblem, NotFoundError, ValidationError
from isodesk.domain.formatting import fold, matches
from isodesk.domain.tabular import PERMANENT
from isodesk.services.core.agency_service import department_keys
from isodesk.services.base import ServiceBase, raise_if
from isodesk.services.documents.documents_service import decision_reference
from isodesk.storage.models import core as mc
from isodesk.storage.models import documents as m

if TYPE_CHECKING:
    from isodesk.reports.xlsx_import import ImportPreview

ENTITY = m.RecordEntryRow.__tablename__

#: ``TT | Tên hồ sơ | Ký hiệu/Mã hồ sơ | Bộ phận/Người lưu | Nơi lưu | Thời gian lưu (thời hạn bảo quản) |
#: Hình thức lưu (giấy/điện tử) | Ghi chú`` (DOMAIN.md §6.6; the exporter adds TT).
RECORDS_TABLE = dd.RECORDS_REGISTER
"""The register as declared in ``domain.documents`` (kept under its former name)."""

# "I. HỒ SƠ ĐÁNH GIÁ NỘI BỘ", "1. …", "II - …": the numbering of a group row is not part of the đề mục.
_HEADING_NUMBER = re.compile(r"^\s*(?:[IVXLC]+|\d+)\s*[.)\-–:]\s*", re.IGNORECASE)


def _dto(row: m.RecordEntryRow) -> dd.RecordEntry:
    return dd.RecordEntry(
        id=row.id, title=row.title, code=row.code, retention_years=row.retention_years,
        storage_form=row.storage_form, department_id=row.department_id, person_id=row.person_id,
        location=row.location, heading=row.heading, notes=row.notes, from_year=row.from_year,
        to_year=row.to_year, sort_order=row.sort_order,
        department_name=row.department.name if row.department else "",
        person_name=row.person.full_name if row.person else "")


def _clean(item: dd.RecordEntry) -> dd.RecordEntry:
    return replace(item, title=" ".join(item.title.split()), code=item.code.strip(),
                   location=item.location.strip(), heading=" ".join(item.heading.split()), notes=item.notes.strip())


def _options() -> tuple[Any, ...]:
    return (joinedload(m.RecordEntryRow.department), joinedload(m.RecordEntryRow.person))


def save_record_in(s: Session, item: dd.RecordEntry) -> m.RecordEntryRow:
    """Validate and create/update one record line inside the caller's transaction."""
    item = _clean(item)
    problems = dd.validate_record(item)
    if item.department_id is not None and s.get(mc.DepartmentRow, item.department_id) is None:
        problems.append(FieldProblem("department_id", "not_found"))
    if item.person_id is not None and s.get(mc.PersonRow, item.person_id) is None:
        problems.append(FieldProblem("person_id", "not_found"))
    if item.code and s.scalar(select(m.RecordEntryRow.id).where(
            m.RecordEntryRow.code_key == dd.code_key(item.code), m.RecordEntryRow.id != (item.id or -1))) is not None:
        problems.append(FieldProblem("code", "duplicate", {"value": item.code}))
    raise_if(problems)
    row = m.RecordEntryRow() if item.id is None else s.get(m.RecordEntryRow, item.id)
    if row is None:
        raise NotFoundError(ENTITY, item.id)
    for name in ("title", "code", "heading", "department_id", "person_id", "location", "retention_years",
                 "storage_form", "from_year", "to_year", "notes"):
        setattr(row, name, getattr(item, name))
    row.code_key = dd.code_key(item.code)
    if item.id is None:
        # New lines go to the end unless the caller placed them.
        row.sort_order = item.sort_order or (s.scalar(select(func.max(m.RecordEntryRow.sort_order))) or 0) + 1
        s.add(row)
    else:
        row.sort_order = item.sort_order
    return row


class RecordsService(ServiceBase):
    """The records list and its printed form; every write is one transaction, reads return DTOs."""

    def list_records(self, text: str = "", *, year: int | None = None,
                     department_id: int | None = None) -> list[dd.RecordEntry]:
        """Record lines in form order.

        Args:
            text: tokens matched in ký hiệu, tên, đề mục and nơi lưu, ignoring case and diacritics.
            year: only the lines kept in that year (``from_year``/``to_year``).
            department_id: only lines kept by that department.
        """
        stmt = select(m.RecordEntryRow).options(*_options()).order_by(m.RecordEntryRow.sort_order, m.RecordEntryRow.id)
        if department_id is not None:
            stmt = stmt.where(m.RecordEntryRow.department_id == department_id)
        with self._read() as s:
            rows = [_dto(r) for r in s.scalars(stmt)]
        if year is not None:
            rows = [r for r in rows if dd.record_in_year(r, year)]
        if text.strip():
            # A records list has tens of lines, not thousands: matching in Python is instant.
            rows = [r for r in rows if matches(text, f"{r.code} {r.title} {r.heading} {r.location}")]
        return rows

    def get_record(self, record_id: int) -> dd.RecordEntry:
        """One record line.

        Raises:
            NotFoundError: no such line.
        """
        with self._read() as s:
            row = s.scalar(select(m.RecordEntryRow).options(*_options()).where(m.RecordEntryRow.id == record_id))
            if row is None:
                raise NotFoundError(ENTITY, record_id)
            return _dto(row)

    def save_record(self, item: dd.RecordEntry) -> dd.RecordEntry:
        """Create (id None) or update a record line.

        Raises:
            ValidationError: missing title or ký hiệu, ký hiệu already used (ignoring case and
                diacritics), retention outside 1–100 years, unknown department or person.
        """
        try:
            with self._write() as s:
                row = save_record_in(s, item)
                s.flush()
                s.refresh(row, ["department", "person"])
                return _dto(row)
        except IntegrityError as exc:
            raise ValidationError([FieldProblem("code", "duplicate", {"value": item.code})]) from exc

    def delete_record(self, record_id: int) -> None:
        """Remove a line from the list (the change history keeps it; to stop keeping a record from
        some year on, set ``to_year`` instead, so earlier forms still show it)."""
        with self._write() as s:
            row = s.get(m.RecordEntryRow, record_id)
            if row is None:
                raise NotFoundError(ENTITY, record_id)
            s.delete(row)

    def records_form(self, year: int, decision_id: int | None = None) -> dd.RecordsForm:
        """The NĐ 30 DANH MỤC HỒ SƠ of ``year``: rows grouped by đề mục (I, II, …) and the footer counts,
        computed from the lines.

        Args:
            year: the year of the form; lines not kept that year are left out.
            decision_id: the Quyết định the list is attached to ("Kèm theo Quyết định số …"), if registered.
        """
        with self._read() as s:
            decision = s.get(mc.IssuedDocumentRow, decision_id) if decision_id is not None else None
            if decision_id is not None and decision is None:
                raise NotFoundError("issued_document", decision_id)
            reference = decision_reference(decision)
        return dd.build_records_form(year, self.list_records(year=year), reference)

    # ------------------------------------------------------------------ Excel
    def export_rows(self, year: int | None = None) -> list[dict[str, object]]:
        """Rows for ``reports.xlsx_exporter.export_table_xlsx(RECORDS_TABLE, rows, …)``."""
        return [
            {"title": r.title, "code": r.code, "keeper": r.keeper or None, "location": r.location or None,
             "retention": PERMANENT if r.permanent else r.retention_years, "storage_form": r.storage_form,
             "notes": r.notes or None}
            for r in self.list_records(year=year)
        ]

    def import_rows(self, preview: ImportPreview) -> dd.ImportResult:
        """Write every row of an import preview in ONE transaction, or nothing.

        A group row above the lines (``I. HỒ SƠ ĐÁNH GIÁ NỘI BỘ``) becomes their đề mục. "Bộ phận/Người
        lưu" must name a department and/or a person of the register ("Văn phòng – Nguyễn Thị Hoa").

        Raises:
            ValidationError: the preview has problems, or rows repeat a ký hiệu already in the list
                (``duplicate``) or name an unknown keeper (``unknown_keeper``) — with the Excel row number.
        """
        rows = preview.rows_to_write()
        with self._write() as s:
            departments = department_keys(s)
            people = {fold(n): i for i, n in s.execute(select(mc.PersonRow.id, mc.PersonRow.full_name))}
            existing = set(s.scalars(select(m.RecordEntryRow.code_key)))
            order = (s.scalar(select(func.max(m.RecordEntryRow.sort_order))) or 0)
            problems: list[FieldProblem] = []
            items: list[tuple[int, dd.RecordEntry]] = []
            for row in rows:
                v = row.values
                code = str(v["code"]).strip()
                if dd.code_key(code) in existing:
                    problems.append(FieldProblem("code", "duplicate", {"value": code}, row=row.number))
                dep_id, person_id, unknown = _keeper(str(v.get("keeper") or ""), departments, people)
                if unknown:
                    problems.append(FieldProblem("keeper", "unknown_keeper", {"value": unknown}, row=row.number))
                retention = v["retention"]
                order += 1
                item = dd.RecordEntry(
                    id=None, title=str(v["title"]), code=code,
                    retention_years=None if retention == PERMANENT else int(retention),  # type: ignore[call-overload]  # the import preview parsed the retention as a number
                    storage_form=dd.StorageForm(v.get("storage_form") or dd.StorageForm.PAPER),
                    department_id=dep_id, person_id=person_id, location=str(v.get("location") or ""),
                    heading=_HEADING_NUMBER.sub("", row.group or "").strip(), notes=str(v.get("notes") or ""),
                    sort_order=order)
                problems.extend(FieldProblem(p.field, p.code, p.params, row=row.number)
                                for p in dd.validate_record(item))
                items.append((row.number, item))
            raise_if(problems)
            created = [save_record_in(s, item) for _, item in items]
            s.flush()
            return dd.ImportResult(created=len(created), ids=tuple(r.id for r in created))


def _keeper(text: str, departments: dict[str, int], people: dict[str, int]) -> tuple[int | None, int | None, str]:
    """Read "Văn phòng – Nguyễn Thị Hoa" (or either part alone) into ids; the third value is the text
    when it names nobody known.

    Department names may themselves hold dashes ("Tư pháp - Hộ tịch"), so the longest department name
    the cell starts with is taken first and the rest must be a person.
    """
    if not text.strip():
        return None, None, ""
    whole = fold(text)
    if whole in departments:
        return departments[whole], None, ""
    if whole in people:
        return None, people[whole], ""
    for key in sorted(departments, key=len, reverse=True):
        if whole.startswith(key):
            rest = whole[len(key):].strip(" -–—/;,")
            if rest in people:
                return departments[key], people[rest], ""
            break
    return None, None, text.strip()
