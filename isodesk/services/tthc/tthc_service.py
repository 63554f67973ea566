"""The TTHC catalogue, the QMS scope (lĩnh vực) and the công bố / công bố lại decisions.

Every change of a TTHC's status is an event dated by the provincial decision that made it (công bố
mới, sửa đổi, bãi bỏ); with the scope fields' added/removed dates they are the dated scope changes
that Khoản 3 Điều 4 QĐ 19/2014 compares with the date of the last công bố. A công bố is a row of the
issued-documents register (purpose CONFORMITY) plus a snapshot of the scope it announced.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date, datetime

from sqlalchemy import ColumnElement, and_, exists, func, insert, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from isodesk.domain import core as core_d
from isodesk.domain import scope as d
from isodesk.domain.documents import DocumentKind
from isodesk.domain.errors import DomainError, FieldProblem, NotFoundError, ValidationError
from isodesk.domain.formatting import fold
from isodesk.services.base import ServiceBase, raise_if
from isodesk.reports.xlsx_import import ImportPreview
from isodesk.services.legal.legal_service import ImportResult, like_pattern, procedure_in_force, procedure_label, procedures_by_id
from isodesk.storage.models import core as core_m
from isodesk.storage.models import legal as m
from isodesk.storage.models.documents import InternalDocumentRow

ENTITY = "tthc"

_COLUMNS = (
    m.TthcRow.id, m.TthcRow.code, m.TthcRow.name, m.TthcRow.field, m.TthcRow.level, m.TthcRow.decision_ref, m.TthcRow.decision_date,
    m.TthcRow.status, m.TthcRow.status_date, m.TthcRow.procedure_id, m.TthcRow.notes,
)


def _load(s: Session, where: Sequence[ColumnElement[bool]], *, limit: int | None = None) -> list[d.Tthc]:
    stmt = select(*_COLUMNS).where(*where).order_by(m.TthcRow.field, m.TthcRow.code)
    if limit is not None:
        stmt = stmt.limit(limit)
    rows = s.execute(stmt).all()
    procs = procedures_by_id(s, (r.procedure_id for r in rows if r.procedure_id is not None))
    return [d.Tthc(id=r.id, code=r.code, name=r.name, field=r.field, level=r.level, decision_ref=r.decision_ref,
                   decision_date=r.decision_date, status=r.status, status_date=r.status_date,
                   procedure_id=r.procedure_id, procedure_label=procedure_label(procs.get(r.procedure_id)),
                   notes=r.notes) for r in rows]


def _event_dto(e: m.TthcEventRow) -> d.TthcEvent:
    return d.TthcEvent(id=e.id, tthc_id=e.tthc_id, on=e.event_date, kind=e.kind, decision_ref=e.decision_ref,
                       decision_date=e.decision_date, note=e.note)


def event_facts(s: Session) -> list[d.EventFact]:
    """Every TTHC event as plain values for the date-based rules (label = "code name")."""
    E, T = m.TthcEventRow, m.TthcRow
    stmt = select(E.tthc_id, E.event_date, E.kind, E.decision_ref, E.decision_date, T.code, T.name).join(T)
    return [d.EventFact(tthc_id=r.tthc_id, on=r.event_date, kind=r.kind, label=f"{r.code} {r.name}",
                        decision_ref=r.decision_ref, decision_date=r.decision_date) for r in s.execute(stmt)]


def field_facts(s: Session) -> list[d.FieldFact]:
    """Every scope field row as plain values."""
    F = m.ScopeFieldRow
    return [d.FieldFact(r.id, r.name, r.added_on, r.removed_on)
            for r in s.execute(select(F.id, F.name, F.added_on, F.removed_on))]


def announcement_dtos(s: Session, where: Sequence[ColumnElement[bool]] = ()) -> list[d.ConformityAnnouncement]:
    """Announcements with their register rows, oldest decision first (drafts without a date last)."""
    A = m.ConformityAnnouncementRow
    rows = list(s.scalars(select(A).where(*where)))
    reg_ids = {r.register_document_id for r in rows} | {r.document_set_id for r in rows if r.document_set_id}
    regs = {r.id: r for r in s.scalars(select(core_m.IssuedDocumentRow).where(core_m.IssuedDocumentRow.id.in_(reg_ids)))}
    out = []
    for a in rows:
        reg = regs[a.register_document_id]
        basis = regs.get(a.document_set_id) if a.document_set_id else None
        out.append(d.ConformityAnnouncement(
            id=a.id, register_document_id=a.register_document_id, kind=a.kind, announced_on=reg.issue_date,
            reference=_reference(reg), scope_date=a.scope_date, fields=tuple(json.loads(a.fields_json or "[]")),
            tthc_count=a.tthc_count, tthc_covered=a.tthc_covered, document_set_id=a.document_set_id,
            document_set_reference=_reference(basis) if basis else "",
            document_set_date=basis.issue_date if basis else None,
            issued=reg.status is core_d.IssuedDocStatus.ISSUED and reg.issue_date is not None,
        ))
    return sorted(out, key=lambda a: (a.announced_on is None, a.announced_on or date.min, a.id or 0))


def _reference(reg: core_m.IssuedDocumentRow) -> str:
    num = f"{reg.number:02d}" if reg.number is not None else "   "
    when = f" ngày {reg.issue_date:%d/%m/%Y}" if reg.issue_date else ""
    return f"{num}/{reg.symbol}{when}"


def last_issued_announcement(items: Sequence[d.ConformityAnnouncement],
                             up_to: date | None = None) -> d.ConformityAnnouncement | None:
    """The latest issued (numbered and dated) announcement, optionally not after ``up_to``."""
    issued = [a for a in items if a.issued and a.announced_on is not None and (up_to is None or a.announced_on <= up_to)]
    return max(issued, key=lambda a: (a.announced_on, a.id or 0)) if issued else None


def _covered() -> ColumnElement[bool]:
    """SQL condition "a procedure in force covers this TTHC" (rule (d) and the coverage figure).

    An amended TTHC (sửa đổi, bổ sung) is covered only by a procedure whose revision in force took
    effect on or after the amendment: the procedure written for the old TTHC no longer describes it.
    """
    P, T = InternalDocumentRow, m.TthcRow
    return exists(select(P.id).where(
        P.id == T.procedure_id, procedure_in_force(),
        or_(T.status != d.TthcStatus.AMENDED, T.status_date.is_(None), P.effective_date >= T.status_date)))


def _uncovered() -> ColumnElement[bool]:
    """The negation of :func:`_covered`: no procedure linked, one not in force (a draft, withdrawn), or
    one not revised since the TTHC was amended."""
    return ~_covered()


def _needs_revision() -> ColumnElement[bool]:
    """SQL condition "an amended TTHC whose procedure in force predates the amendment": listed as
    "cần sửa đổi quy trình" rather than as having no procedure."""
    P, T = InternalDocumentRow, m.TthcRow
    return and_(T.status == d.TthcStatus.AMENDED, T.status_date.is_not(None), exists(select(P.id).where(
        P.id == T.procedure_id, procedure_in_force(),
        or_(P.effective_date.is_(None), P.effective_date < T.status_date))))


def covered_tthc_ids(s: Session, ids: Iterable[int]) -> set[int]:
    """Those of ``ids`` that :func:`_covered` counts as covered: the one rule for the coverage figure,
    the search filter, the readiness check and the module's contribution."""
    wanted = list(ids)
    return set(s.scalars(select(m.TthcRow.id).where(m.TthcRow.id.in_(wanted), _covered()))) if wanted else set()


class TthcService(ServiceBase):
    """TTHC catalogue with its status history, the scope fields, công bố decisions and report figures."""

    spec = d.TTHC_SPEC

    # ------------------------------------------------------------------ catalogue: reading
    def search(self, query: str = "", *, field: str | None = None, status: d.TthcStatus | None = None,
               in_force: bool | None = None, covered: bool | None = None,
               limit: int | None = None) -> list[d.Tthc]:
        """TTHC matching every word of ``query`` (mã or tên, diacritics-insensitive) and the filters,
        by lĩnh vực then mã.

        Args:
            query: what the user typed; blank matches everything.
            field: only this lĩnh vực (compared without case or diacritics).
            status: only this status.
            in_force: True for TTHC not abolished, False for abolished ones.
            covered: True for TTHC covered by a procedure in force, False for the others (no procedure
                linked, one not in force, or, for an amended TTHC, one whose revision in force took
                effect before the amendment): with ``in_force=True`` exactly the TTHC the coverage
                figure counts as uncovered (:meth:`coverage`).
            limit: at most this many rows.
        """
        T = m.TthcRow
        where: list[ColumnElement[bool]] = [T.search_text.like(like_pattern(t), escape="\\") for t in fold(query).split()]
        if status is not None:
            where.append(T.status == status)
        if in_force is True:
            where.append(T.status != d.TthcStatus.ABOLISHED)
        elif in_force is False:
            where.append(T.status == d.TthcStatus.ABOLISHED)
        if covered is True:
            where.append(_covered())
        elif covered is False:
            where.append(_uncovered())
        with self._read() as s:
            if field is not None:
                key = fold(field)
                spellings = [f for f in s.scalars(select(T.field).distinct()) if fold(f) == key] or [field]
                where.append(T.field.in_(spellings))
            return _load(s, where, limit=limit)

    def get(self, tthc_id: int) -> d.Tthc:
        """One TTHC.

        Raises:
            NotFoundError: no such TTHC.
        """
        with self._read() as s:
            found = _load(s, [m.TthcRow.id == tthc_id])
        if not found:
            raise NotFoundError(ENTITY, tthc_id)
        return found[0]

    def events(self, tthc_id: int) -> list[d.TthcEvent]:
        """The status history of one TTHC, oldest first."""
        with self._read() as s:
            return [_event_dto(e) for e in s.scalars(select(m.TthcEventRow).where(m.TthcEventRow.tthc_id == tthc_id)
                                                       .order_by(m.TthcEventRow.event_date, m.TthcEventRow.id))]

    def fields(self) -> list[str]:
        """Lĩnh vực used by TTHC and scope fields, without near-duplicates, alphabetically."""
        with self._read() as s:
            used = [*s.scalars(select(m.TthcRow.field).distinct()), *s.scalars(select(m.ScopeFieldRow.name).distinct())]
        seen: dict[str, str] = {}
        for name in used:
            if name.strip():
                seen.setdefault(fold(name), name)
        return sorted(seen.values(), key=fold)

    def coverage(self) -> d.CoverageFigure:
        """TTHC in force covered by a procedure in force / all TTHC in force, with the uncovered list.

        An amended TTHC counts as covered only when its procedure's revision in force took effect on
        or after the amendment; otherwise it is uncovered and listed in ``needs_revision``.
        """
        with self._read() as s:
            return self._coverage(s)

    @staticmethod
    def _coverage(s: Session) -> d.CoverageFigure:
        live = m.TthcRow.status != d.TthcStatus.ABOLISHED
        total = s.scalar(select(func.count()).select_from(m.TthcRow).where(live)) or 0
        uncovered = tuple(_load(s, [live, _uncovered()]))
        stale = tuple(s.scalars(select(m.TthcRow.id).where(live, _needs_revision())))
        return d.CoverageFigure(covered=total - len(uncovered), total=total, uncovered=uncovered,
                                needs_revision=stale)

    # ------------------------------------------------------------------ catalogue: writing
    def save(self, item: d.Tthc, *, added_on: date | None = None, note: str = "") -> d.Tthc:
        """Create a TTHC (recording its "công bố mới" event) or correct its catalogue data.

        The status is not changed here: use :meth:`amend` and :meth:`abolish`, which keep the history.

        Args:
            item: the TTHC; ``id`` None to create.
            added_on: for a new TTHC, the date it entered the scope (default: its decision date, else today).
            note: for a new TTHC, a note on the "công bố mới" event.

        Raises:
            ValidationError: a field is wrong or the mã TTHC exists (``duplicate``).
            NotFoundError: ``item.id`` does not exist.
        """
        item = d.clean_tthc(item)
        raise_if(d.validate_tthc(item))
        with self._write() as s:
            row = self._apply(s, item, added_on=added_on, note=note)
            s.flush()
            return _load(s, [m.TthcRow.id == row.id])[0]

    def _apply(self, s: Session, item: d.Tthc, *, added_on: date | None, note: str = "",
               status: d.TthcStatus | None = None) -> m.TthcRow:
        problems: list[FieldProblem] = []
        clash = s.scalar(select(m.TthcRow.id).where(m.TthcRow.code == item.code, m.TthcRow.id != (item.id or -1)))
        if clash is not None:
            problems.append(FieldProblem("code", "duplicate", {"value": item.code, "existing_id": clash}))
        if item.procedure_id is not None and s.get(InternalDocumentRow, item.procedure_id) is None:
            problems.append(FieldProblem("procedure_id", "not_found"))
        raise_if(problems)
        row = m.TthcRow() if item.id is None else s.get(m.TthcRow, item.id)
        if row is None:
            raise NotFoundError(ENTITY, item.id)
        for name in ("code", "name", "field", "level", "decision_ref", "decision_date", "procedure_id", "notes"):
            value = getattr(item, name)
            if getattr(row, name) != value:
                setattr(row, name, value)
        search = fold(f"{item.code} {item.name}")
        if row.search_text != search:
            row.search_text = search
        if item.id is None:
            on = added_on or item.decision_date or date.today()
            kind = {d.TthcStatus.AMENDED: d.TthcEventKind.AMENDED,
                    d.TthcStatus.ABOLISHED: d.TthcEventKind.ABOLISHED}.get(status or d.TthcStatus.IN_FORCE,
                                                                           d.TthcEventKind.ADDED)
            row.status, row.status_date = status or d.TthcStatus.IN_FORCE, on
            row.events.append(m.TthcEventRow(event_date=on, kind=kind, decision_ref=item.decision_ref,
                                          decision_date=item.decision_date, note=note))
            s.add(row)
        return row

    def amend(self, tthc_id: int, on: date, decision_ref: str = "", decision_date: date | None = None, *,
              note: str = "", name: str | None = None) -> d.Tthc:
        """Record that a provincial decision amended (sửa đổi, bổ sung) the TTHC on ``on``.

        The amending decision becomes the TTHC's current "Quyết định công bố" (the report cites the
        decisions the TTHC in force stand on); ``name`` renames it when the decision did.

        Raises:
            DomainError: ``tthc_abolished`` — an abolished TTHC cannot be amended.
            ValidationError: the date is before the TTHC's last event.
        """
        return self.record_events([tthc_id], d.TthcEventKind.AMENDED, on, decision_ref, decision_date, note,
                                  name=name)[0]

    def abolish(self, tthc_id: int, on: date, decision_ref: str = "", decision_date: date | None = None, *,
                note: str = "") -> d.Tthc:
        """Record that a provincial decision abolished (bãi bỏ) the TTHC on ``on``.

        Raises:
            DomainError: ``tthc_abolished`` — already abolished.
            ValidationError: the date is before the TTHC's last event.
        """
        return self.record_events([tthc_id], d.TthcEventKind.ABOLISHED, on, decision_ref, decision_date, note)[0]

    def record_events(self, tthc_ids: Sequence[int], kind: d.TthcEventKind, on: date, decision_ref: str = "",
                      decision_date: date | None = None, note: str = "", *, name: str | None = None) -> list[d.Tthc]:
        """Record what one provincial decision did to several TTHC (sửa đổi, bổ sung or bãi bỏ) in ONE
        transaction: every TTHC is checked first, and nothing is written if any cannot take the change.

        Args:
            tthc_ids: the TTHC the decision changed (repeats are ignored).
            kind: AMENDED or ABOLISHED (a newly announced TTHC is created with :meth:`save`).
            on: the date of the change; not before any TTHC's last recorded change.
            decision_ref: số ký hiệu of the decision; for AMENDED it becomes each TTHC's "Quyết định công bố".
            decision_date: its date (needs ``decision_ref``).
            note: a note on every event.
            name: the new name of a TTHC the decision renamed (one TTHC amended only).

        Returns:
            The TTHC as changed, in the order of ``tthc_ids``.

        Raises:
            NotFoundError: an id does not exist.
            DomainError: ``tthc_abolished`` — some TTHC are already abolished; ``problems`` names each
                (with any other problem of the request).
            ValidationError: the decision has a date but no number, or the date is before the last
                change of some TTHC (``tthc_event_before_previous``, one problem per TTHC).
        """
        if kind is d.TthcEventKind.ADDED:
            raise ValueError("a newly announced TTHC is created with save()")
        ids = list(dict.fromkeys(tthc_ids))
        if name is not None and (kind is not d.TthcEventKind.AMENDED or len(ids) != 1):
            raise ValueError("only one amended TTHC can be renamed at a time")
        decision_ref = " ".join(decision_ref.split())
        name = " ".join(name.split()) if name else None
        problems = d.validate_event(on, decision_ref, decision_date, None)
        with self._write() as s:
            rows = {r.id: r for r in s.scalars(select(m.TthcRow).where(m.TthcRow.id.in_(ids))
                                               .options(selectinload(m.TthcRow.events)))}
            for tthc_id in ids:
                row = rows.get(tthc_id)
                if row is None:
                    raise NotFoundError(ENTITY, tthc_id)
                if row.status is d.TthcStatus.ABOLISHED:
                    problems.append(FieldProblem("tthc_ids", "tthc_abolished", {"code": row.code}))
                    continue
                previous = max((e.event_date for e in row.events), default=None)
                if previous is not None and on < previous:
                    problems.append(FieldProblem("on", "tthc_event_before_previous",
                                                 {"code": row.code, "previous": previous}))
            if any(p.code == "tthc_abolished" for p in problems):
                raise DomainError("tthc_abolished", problems)
            raise_if(problems)
            for row in (rows[i] for i in ids):
                row.events.append(m.TthcEventRow(event_date=on, kind=kind, decision_ref=decision_ref,
                                              decision_date=decision_date, note=note.strip()))
                row.status = d.TthcStatus.AMENDED if kind is d.TthcEventKind.AMENDED else d.TthcStatus.ABOLISHED
                row.status_date = on
                if kind is d.TthcEventKind.AMENDED and decision_ref:
                    row.decision_ref, row.decision_date = decision_ref, decision_date
                if name and name != row.name:
                    row.name = name
                    row.search_text = fold(f"{row.code} {row.name}")
            s.flush()
            changed = {t.id: t for t in _load(s, [m.TthcRow.id.in_(ids)])}
            return [changed[i] for i in ids]

    def correct_event(self, event: d.TthcEvent) -> d.TthcEvent:
        """Correct the date, decision or note of a recorded event (a typing mistake, not a new change).

        Raises:
            NotFoundError: no such event.
        """
        with self._write() as s:
            row = s.get(m.TthcEventRow, event.id)
            if row is None:
                raise NotFoundError("tthc_event", event.id)
            raise_if(d.validate_event(event.on, event.decision_ref, event.decision_date, None))
            for attr, value in (("event_date", event.on), ("decision_ref", " ".join(event.decision_ref.split())),
                                ("decision_date", event.decision_date), ("note", event.note.strip())):
                if getattr(row, attr) != value:
                    setattr(row, attr, value)
            tthc = row.tthc
            latest = max(tthc.events, key=lambda e: (e.event_date, e.id or 0))
            if tthc.status_date != latest.event_date:
                tthc.status_date = latest.event_date
            s.flush()
            return _event_dto(row)

    def set_procedure(self, tthc_id: int, procedure_id: int | None) -> d.Tthc:
        """Link the internal procedure (quy trình giải quyết TTHC) that covers the TTHC, or unlink it.

        Raises:
            NotFoundError: no such TTHC.
            ValidationError: no such procedure.
        """
        with self._write() as s:
            row = s.get(m.TthcRow, tthc_id)
            if row is None:
                raise NotFoundError(ENTITY, tthc_id)
            if procedure_id is not None and s.get(InternalDocumentRow, procedure_id) is None:
                raise ValidationError([FieldProblem("procedure_id", "not_found")])
            if row.procedure_id != procedure_id:
                row.procedure_id = procedure_id
            s.flush()
            return _load(s, [m.TthcRow.id == tthc_id])[0]

    def delete(self, tthc_id: int) -> None:
        """Delete a wrongly entered TTHC with its events (the history keeps snapshots).

        A TTHC that left the catalogue is abolished, not deleted: the abolition is a scope change.
        """
        with self._write() as s:
            row = s.get(m.TthcRow, tthc_id)
            if row is None:
                raise NotFoundError(ENTITY, tthc_id)
            s.delete(row)
            s.flush()

    # ------------------------------------------------------------------ scope fields
    def scope_fields(self, on: date | None = None, *, include_removed: bool = False) -> list[d.ScopeField]:
        """Lĩnh vực in the scope on ``on`` (default today), or every row ever with ``include_removed``."""
        on = on or date.today()
        with self._read() as s:
            rows = [d.ScopeField(r.id, r.name, r.added_on, r.removed_on, r.notes)
                    for r in s.scalars(select(m.ScopeFieldRow))]
        if not include_removed:
            rows = [r for r in rows if r.active_on(on)]
        return sorted(rows, key=lambda r: (fold(r.name), r.added_on))

    def add_scope_field(self, name: str, added_on: date, notes: str = "") -> d.ScopeField:
        """Bring a lĩnh vực into the scope from ``added_on`` (a scope change: công bố lại becomes due).

        Raises:
            ValidationError: blank name, or the field is already in the scope (``duplicate``).
        """
        name = " ".join(name.split())
        raise_if(d.validate_scope_field(name, added_on, None))
        with self._write() as s:
            for other in s.scalars(select(m.ScopeFieldRow).where(m.ScopeFieldRow.removed_on.is_(None))):
                if fold(other.name) == fold(name):
                    raise ValidationError([FieldProblem("name", "duplicate", {"value": name})])
            row = m.ScopeFieldRow(name=name, added_on=added_on, notes=notes.strip())
            s.add(row)
            s.flush()
            return d.ScopeField(row.id, row.name, row.added_on, row.removed_on, row.notes)

    def remove_scope_field(self, field_id: int, removed_on: date) -> d.ScopeField:
        """Take a lĩnh vực out of the scope from ``removed_on`` (the row stays: the removal is a change).

        Raises:
            NotFoundError: no such field.
            ValidationError: removed before it was added, or already removed.
        """
        with self._write() as s:
            row = s.get(m.ScopeFieldRow, field_id)
            if row is None:
                raise NotFoundError("scope_field", field_id)
            if row.removed_on is not None:
                raise ValidationError([FieldProblem("removed_on", "already_removed")])
            raise_if(d.validate_scope_field(row.name, row.added_on, removed_on))
            row.removed_on = removed_on
            s.flush()
            return d.ScopeField(row.id, row.name, row.added_on, row.removed_on, row.notes)

    # ------------------------------------------------------------------ công bố
    def announce(self, register_document_id: int, kind: d.AnnouncementKind, *,
                 document_set_id: int | None = None) -> d.ConformityAnnouncement:
        """Link a QĐ công bố / công bố lại of the register to a snapshot of the scope it announced.

        The scope is taken as of the decision's date (today for an undated draft): the lĩnh vực in
        scope, the TTHC in force and how many of them a procedure covers. The QĐ ban hành hệ thống
        tài liệu it relies on defaults to the latest one dated on or before the công bố (else the
        first one after it, which the inverted-order check then reports).

        Args:
            register_document_id: a register row with purpose CONFORMITY.
            kind: công bố or công bố lại.
            document_set_id: the QĐ ban hành (purpose DOCUMENT_SET) it relies on, if not the latest.

        Raises:
            NotFoundError: no such register row.
            ValidationError: the row is not a conformity decision, is already linked, or the
                document set is not a QĐ ban hành hệ thống tài liệu.
        """
        with self._write() as s:
            reg = s.get(core_m.IssuedDocumentRow, register_document_id)
            if reg is None:
                raise NotFoundError("issued_document", register_document_id)
            problems: list[FieldProblem] = []
            if reg.purpose is not core_d.DocPurpose.CONFORMITY:
                problems.append(FieldProblem("register_document_id", "not_a_conformity_decision"))
            if s.scalar(select(m.ConformityAnnouncementRow.id)
                        .where(m.ConformityAnnouncementRow.register_document_id == register_document_id)):
                problems.append(FieldProblem("register_document_id", "already_announced"))
            if document_set_id is None:
                document_set_id = self._document_set_for(s, reg.issue_date)
            else:
                basis = s.get(core_m.IssuedDocumentRow, document_set_id)
                if basis is None or basis.purpose is not core_d.DocPurpose.DOCUMENT_SET:
                    problems.append(FieldProblem("document_set_id", "not_a_document_set_decision"))
            raise_if(problems)
            scope_date = reg.issue_date or date.today()
            fields = sorted((f.name for f in field_facts(s)
                             if f.added_on <= scope_date and (f.removed_on is None or scope_date < f.removed_on)),
                            key=fold)
            live = d.in_force_on(event_facts(s), scope_date)
            covered = len(covered_tthc_ids(s, live))
            row = m.ConformityAnnouncementRow(
                register_document_id=register_document_id, kind=kind, document_set_id=document_set_id,
                scope_date=scope_date, fields_json=json.dumps(fields, ensure_ascii=False), tthc_count=len(live),
                tthc_covered=covered, created_at=datetime.now().replace(microsecond=0))
            s.add(row)
            s.flush()
            return announcement_dtos(s, [m.ConformityAnnouncementRow.id == row.id])[0]

    @staticmethod
    def _document_set_for(s: Session, on: date | None) -> int | None:
        """The QĐ ban hành hệ thống tài liệu a công bố dated ``on`` relies on by default: the latest one
        issued on or before that day; failing that the earliest one after it (the inverted order that
        rule (b) then reports); for an undated draft the latest one."""
        R = core_m.IssuedDocumentRow
        base = select(R.id).where(R.purpose == core_d.DocPurpose.DOCUMENT_SET)
        if on is not None:
            before = s.scalar(base.where(R.issue_date <= on).order_by(R.issue_date.desc(), R.id.desc()).limit(1))
            if before is not None:
                return before
            return s.scalar(base.where(R.issue_date > on).order_by(R.issue_date, R.id).limit(1))
        return s.scalar(base.order_by(R.issue_date.desc().nulls_last(), R.id.desc()).limit(1))

    def announcements(self) -> list[d.ConformityAnnouncement]:
        """Every công bố / công bố lại with its scope snapshot, oldest first."""
        with self._read() as s:
            return announcement_dtos(s)

    def set_document_set(self, announcement_id: int, document_set_id: int | None) -> d.ConformityAnnouncement:
        """Change which QĐ ban hành hệ thống tài liệu an announcement relies on.

        Raises:
            NotFoundError: no such announcement.
            ValidationError: the register row is not a QĐ ban hành hệ thống tài liệu.
        """
        with self._write() as s:
            row = s.get(m.ConformityAnnouncementRow, announcement_id)
            if row is None:
                raise NotFoundError("conformity_announcement", announcement_id)
            if document_set_id is not None:
                basis = s.get(core_m.IssuedDocumentRow, document_set_id)
                if basis is None or basis.purpose is not core_d.DocPurpose.DOCUMENT_SET:
                    raise ValidationError([FieldProblem("document_set_id", "not_a_document_set_decision")])
            if row.document_set_id != document_set_id:
                row.document_set_id = document_set_id
            s.flush()
            return announcement_dtos(s, [m.ConformityAnnouncementRow.id == row.id])[0]

    def delete_announcement(self, announcement_id: int) -> None:
        """Unlink a snapshot from its register row (the register row itself stays)."""
        with self._write() as s:
            row = s.get(m.ConformityAnnouncementRow, announcement_id)
            if row is None:
                raise NotFoundError("conformity_announcement", announcement_id)
            s.delete(row)
            s.flush()

    def scope_status(self, today: date | None = None) -> d.ScopeStatus:
        """The scope today against the last issued công bố: what changed since (rule (a)), the fields
        in scope and the coverage figure."""
        today = today or date.today()
        with self._read() as s:
            last = last_issued_announcement(announcement_dtos(s))
            changes = [c for c in d.scope_changes(event_facts(s), field_facts(s)) if c.on <= today]
            since = d.changes_requiring_reannouncement(changes, last.announced_on if last else None)
            rows = [d.ScopeField(r.id, r.name, r.added_on, r.removed_on, r.notes) for r in s.scalars(select(m.ScopeFieldRow))]
            fields = tuple(sorted((f for f in rows if f.active_on(today)), key=lambda f: fold(f.name)))
            return d.ScopeStatus(last_announcement=last, changes_since=tuple(since),
                                 fields=fields, coverage=self._coverage(s))

    # ------------------------------------------------------------------ report figures
    def tthc_summary(self, year: int) -> d.TthcSummary:
        """Figures for the annual report's TTHC section (DOMAIN.md §2.2 b), §2.4) for one reporting year.

        The period is the reporting year's (default 15/12 of the previous year to 14/12). TTHC in
        force and the decisions they stand on are taken at the period end; added / amended /
        abolished count TTHC with such an event inside the period. ``procedures_by_kind`` counts
        internal documents in force per kind (from the documents module's table).
        """
        with self._read() as s:
            ry = s.scalar(select(core_m.ReportingYearRow).where(core_m.ReportingYearRow.year == year))
            start, end = (ry.period_start, ry.period_end) if ry else core_d.default_period(year)
            facts = event_facts(s)
            live = d.in_force_on(facts, end)
            counts = d.count_events(facts, start, end)
            fields = sorted((f.name for f in field_facts(s)
                             if f.added_on <= end and (f.removed_on is None or end < f.removed_on)), key=fold)
            announcements = announcement_dtos(s)
            in_period = tuple(a for a in announcements if a.issued and a.announced_on and start <= a.announced_on <= end)
            by_kind = s.execute(select(InternalDocumentRow.kind, func.count()).where(procedure_in_force())
                                .group_by(InternalDocumentRow.kind)).all()
            order = {k: i for i, k in enumerate(DocumentKind)}
            return d.TthcSummary(
                year=year, period_start=start, period_end=end, in_force=len(live),
                decisions=tuple(d.source_decisions(live.values())),
                added=counts[d.TthcEventKind.ADDED], amended=counts[d.TthcEventKind.AMENDED],
                abolished=counts[d.TthcEventKind.ABOLISHED],
                covered=len(covered_tthc_ids(s, live)), scope_fields=tuple(fields),
                announcements_in_period=in_period, last_announcement=last_issued_announcement(announcements, end),
                procedures_by_kind=tuple((k.label, n) for k, n in sorted(by_kind, key=lambda r: order[r[0]])),
            )

    # ------------------------------------------------------------------ Excel
    def import_preview(self, preview: ImportPreview, *, as_of: date | None = None) -> ImportResult:
        """Write every row of a clean import preview in ONE transaction, or nothing.

        Each row becomes a TTHC with one event of its status, dated by its decision ("Ngày"), else
        ``as_of`` (default today). "Quy trình giải quyết" must name an internal document by mã số or
        title. A mã TTHC already in the catalogue, or repeated in the file, is a problem with its row.

        Raises:
            ValidationError: the preview has problems, or rows clash with the catalogue; nothing is written.
        """
        rows = preview.rows_to_write()
        as_of = as_of or date.today()
        with self._write() as s:
            existing = dict(s.execute(select(m.TthcRow.code, m.TthcRow.id)).all())
            by_code: dict[str, int] = {}
            by_title: dict[str, int] = {}
            for pid, code, title in s.execute(select(InternalDocumentRow.id, InternalDocumentRow.code, InternalDocumentRow.title)):
                by_code.setdefault(fold(code), pid)
                by_title.setdefault(fold(title), pid)
                by_title.setdefault(fold(f"{code} {title}"), pid)
            problems: list[FieldProblem] = []
            items: list[tuple[int, d.Tthc, d.TthcStatus]] = []
            first_row: dict[str, int] = {}
            for row in rows:
                v = row.values
                procedure_id = None
                procedure_text = str(v.get("procedure") or "").strip()
                if procedure_text:
                    procedure_id = by_code.get(fold(procedure_text)) or by_title.get(fold(procedure_text))
                    if procedure_id is None:
                        problems.append(FieldProblem("procedure", "procedure_not_found", {
                            "column": self.spec.column("procedure").title, "value": procedure_text}, row=row.number))
                item = d.clean_tthc(d.Tthc(
                    id=None, code=str(v.get("code") or ""), name=str(v.get("name") or ""),
                    field=str(v.get("field") or ""), decision_ref=str(v.get("decision_ref") or ""),
                    decision_date=v.get("decision_date"), procedure_id=procedure_id))  # type: ignore[arg-type]  # the import preview parsed and checked these cells
                problems.extend(replace(p, row=row.number) for p in d.validate_tthc(item))
                column = self.spec.column("code").title
                if item.code in existing:
                    problems.append(FieldProblem("code", "duplicate", {
                        "column": column, "value": item.code, "existing_id": existing[item.code]}, row=row.number))
                elif item.code in first_row:
                    problems.append(FieldProblem("code", "duplicate_in_file", {
                        "column": column, "value": item.code, "first_row": first_row[item.code]}, row=row.number))
                first_row.setdefault(item.code, row.number)
                items.append((row.number, item, v.get("status") or d.TthcStatus.IN_FORCE))  # type: ignore[arg-type]  # the import preview parsed and checked these cells
            raise_if(problems)
            created: list[m.TthcRow] = []
            number = 0
            try:
                for number, item, status in items:
                    created.append(self._apply(s, item, added_on=item.decision_date or as_of, status=status))
                s.flush()
            except IntegrityError as exc:
                raise DomainError("import_conflict", row=number) from exc
            return ImportResult(created=len(created), ids=tuple(r.id for r in created))

    def export_rows(self, **filters: object) -> list[dict[str, object]]:
        """Rows for :data:`TTHC_SPEC` (by lĩnh vực then mã), as ``reports.xlsx_exporter`` writes them.
        ``filters`` are those of :meth:`search`."""
        out: list[dict[str, object]] = []
        with self._read() as s:
            codes = dict(s.execute(select(InternalDocumentRow.id, InternalDocumentRow.code)).all())
        for t in self.search(**filters):  # type: ignore[arg-type]  # the filters are the register's own search criteria
            out.append({"code": t.code, "name": t.name, "field": t.field, "decision_ref": t.decision_ref,
                        "decision_date": t.decision_date, "status": t.status,
                        # The mã số alone re-imports unambiguously; the title is on the procedure itself.
                        "procedure": codes.get(t.procedure_id, "") if t.procedure_id else None})
        return out

    # ------------------------------------------------------------------ bulk (demo data)
    @staticmethod
    def bulk_insert(s: Session, items: Sequence[tuple[d.Tthc, Sequence[d.TthcEvent]]]) -> list[int]:
        """Insert many TTHC with their events inside the caller's transaction (demo data only).

        ``status`` / ``status_date`` are taken from the last event. Bypasses the change history on
        purpose: a generated database has no past to record.
        """
        if not items:
            return []
        values = []
        for t, events in items:
            last = max(events, key=lambda e: e.on) if events else None
            status = t.status
            if last is not None:
                status = {d.TthcEventKind.AMENDED: d.TthcStatus.AMENDED,
                          d.TthcEventKind.ABOLISHED: d.TthcStatus.ABOLISHED}.get(last.kind, d.TthcStatus.IN_FORCE)
            values.append({"code": t.code, "name": t.name, "field": t.field, "level": t.level,
                           "decision_ref": t.decision_ref, "decision_date": t.decision_date, "status": status,
                           "status_date": last.on if last else t.status_date, "procedure_id": t.procedure_id,
                           "notes": t.notes, "search_text": fold(f"{t.code} {t.name}")})
        ids = list(s.scalars(insert(m.TthcRow).returning(m.TthcRow.id, sort_by_parameter_order=True), values))
        event_rows = [{"tthc_id": tid, "event_date": e.on, "kind": e.kind, "decision_ref": e.decision_ref,
                   "decision_date": e.decision_date, "note": e.note}
                  for tid, (_, evs) in zip(ids, items, strict=True) for e in evs]
        if event_rows:
            s.execute(insert(m.TthcEventRow), event_rows)
        return ids
