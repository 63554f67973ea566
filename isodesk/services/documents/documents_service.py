"""Internal documents (tài liệu nội bộ): revisions from draft to superseded, files, periodic review,
distribution with acknowledgement and recall, and the Excel register (ISO 9001 clause 7.5).

The document row carries its derived state (status, current revision, effective date, next review)
so the list — thousands of rows for a big agency — is one indexed query with no join to revisions.
Every write that can change that state ends with :func:`refresh_state` in the same transaction.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import ColumnElement, Select, String, and_, func, select, type_coerce
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, joinedload, selectinload, sessionmaker

from isodesk.domain import documents as dd
from isodesk.domain.core import AttachmentRef, IssuedDocStatus
from isodesk.domain.errors import DomainError, FieldProblem, NotFoundError, ValidationError
from isodesk.domain.formatting import doc_reference, fold
from isodesk.domain.inputs import input_problems

from isodesk.services.core.attachment_service import AttachmentService
from isodesk.services.base import ServiceBase, raise_if
from isodesk.storage.base import Base
from isodesk.storage.models import core as mc
from isodesk.storage.models import documents as m

if TYPE_CHECKING:
    from isodesk.reports.xlsx_import import ImportPreview

ENTITY_DOCUMENT = m.InternalDocumentRow.__tablename__
ENTITY_REVISION = m.DocumentRevisionRow.__tablename__

_OPEN = (dd.RevisionStatus.DRAFT, dd.RevisionStatus.PENDING)
_ISSUED = (dd.RevisionStatus.EFFECTIVE, dd.RevisionStatus.SUPERSEDED)

# --------------------------------------------------------------------------- Excel register

#: ``TT | Mã số | Tên tài liệu | Loại | Đơn vị chủ trì | Lần ban hành | Ngày hiệu lực | Tình trạng | Ghi chú``
#: (the exporter adds the TT column itself).
DOCUMENTS_TABLE = dd.DOCUMENTS_REGISTER
"""The register as declared in ``domain.documents`` (kept under its former name)."""

# --------------------------------------------------------------------------- mapping to DTOs


def _name(person: mc.PersonRow | None) -> str:
    return person.full_name if person is not None else ""


def decision_reference(row: mc.IssuedDocumentRow | None) -> str:
    if row is None:
        return ""
    return doc_reference(row.number, row.symbol, row.issue_date)


def _revision_dto(row: m.DocumentRevisionRow, files: Sequence[AttachmentRef] = ()) -> dd.DocumentRevision:
    return dd.DocumentRevision(
        id=row.id, document_id=row.document_id, number=row.number, status=row.status,
        effective_date=row.effective_date, decision_id=row.decision_id,
        decision_reference=decision_reference(row.decision),
        drafted_by_id=row.drafted_by_id, drafted_by_name=_name(row.drafted_by),
        reviewed_by_id=row.reviewed_by_id, reviewed_by_name=_name(row.reviewed_by),
        approved_by_id=row.approved_by_id, approved_by_name=_name(row.approved_by),
        summary=row.summary, superseded_on=row.superseded_on,
        changes=tuple(dd.ChangeLine(content=c.content, amendment=c.amendment, page=c.page, note=c.note)
                      for c in row.changes),
        files=tuple(files),
    )


def _distribution_dto(row: m.DocumentDistributionRow) -> dd.Distribution:
    return dd.Distribution(
        id=row.id, document_id=row.revision.document_id, revision_id=row.revision_id,
        revision_number=row.revision.number, department_id=row.department_id,
        department_name=row.department.name if row.department else "",
        person_id=row.person_id, person_name=_name(row.person), copies=row.copies, given_on=row.given_on,
        acknowledged_on=row.acknowledged_on, acknowledged_by_id=row.acknowledged_by_id,
        acknowledged_by_name=_name(row.acknowledged_by), recalled_on=row.recalled_on, notes=row.notes,
    )


def _review_dto(row: m.DocumentReviewRow) -> dd.DocumentReview:
    return dd.DocumentReview(id=row.id, document_id=row.document_id, review_date=row.review_date,
                             reviewer_id=row.reviewer_id, reviewer_name=_name(row.reviewer),
                             outcome=row.outcome, note=row.note, revision_id=row.revision_id)


def _distribution_options() -> tuple[Any, ...]:
    return (joinedload(m.DocumentDistributionRow.revision), joinedload(m.DocumentDistributionRow.department),
            joinedload(m.DocumentDistributionRow.person), joinedload(m.DocumentDistributionRow.acknowledged_by))


def _revision_options() -> tuple[Any, ...]:
    return (selectinload(m.DocumentRevisionRow.changes), joinedload(m.DocumentRevisionRow.decision),
            joinedload(m.DocumentRevisionRow.drafted_by), joinedload(m.DocumentRevisionRow.reviewed_by),
            joinedload(m.DocumentRevisionRow.approved_by))


def files_of(s: Session, revision_ids: Iterable[int]) -> dict[int, list[AttachmentRef]]:
    """Files of many revisions in one query (a document's detail view shows them all)."""
    ids = list(revision_ids)
    out: dict[int, list[AttachmentRef]] = {i: [] for i in ids}
    if not ids:
        return out
    links = s.scalars(select(mc.AttachmentLinkRow).options(joinedload(mc.AttachmentLinkRow.attachment)).where(
        mc.AttachmentLinkRow.entity == ENTITY_REVISION, mc.AttachmentLinkRow.entity_id.in_(ids),
    ).order_by(mc.AttachmentLinkRow.id))
    for link in links:
        out[link.entity_id].append(AttachmentRef(
            id=link.id, sha256=link.attachment.sha256, original_name=link.original_name,
            size=link.attachment.size, role=link.role, added_at=link.added_at))
    return out


# --------------------------------------------------------------------------- helpers used in-transaction


def refresh_state(s: Session, doc: m.InternalDocumentRow, *, new: bool = False) -> None:
    """Recompute the document's derived columns from its revisions and its last ``no_change`` review.

    A ``revise`` review does not move the next review date on: the document stays due until the
    revision it asked for is in force. ``new``: a document not yet flushed, which has no reviews —
    bulk imports skip the flush and the reviews query per row (2,000 rows: 3 s → well under 1 s).
    """
    if not new:
        s.flush()
    reviews = () if new else doc.reviews
    last_review = max((r.review_date for r in reviews if r.outcome is dd.ReviewOutcome.NO_CHANGE),
                      default=None)
    # All revisions out of force and none in force: withdrawn (an imported "Hết hiệu lực" has no date).
    withdrawn = doc.withdrawn_on is not None or (
        bool(doc.revisions) and all(r.status is dd.RevisionStatus.SUPERSEDED for r in doc.revisions))
    state = dd.document_state([dd.RevisionFacts(r.number, r.status, r.effective_date) for r in doc.revisions],
                              last_review, doc.review_interval_months, withdrawn=withdrawn)
    doc.status = state.status
    doc.current_revision_no = state.current_revision_number
    doc.effective_date = state.effective_date
    doc.next_review_date = state.next_review_date


def _check_people(s: Session, item: dd.RevisionInput) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    for name in ("drafted_by_id", "reviewed_by_id", "approved_by_id"):
        pid = getattr(item, name)
        if pid is not None and s.get(mc.PersonRow, pid) is None:
            problems.append(FieldProblem(name, "not_found"))
    if item.decision_id is not None and s.get(mc.IssuedDocumentRow, item.decision_id) is None:
        problems.append(FieldProblem("decision_id", "not_found"))
    return problems


def _check_document_refs(s: Session, item: dd.InternalDocument) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    if item.department_id is not None and s.get(mc.DepartmentRow, item.department_id) is None:
        problems.append(FieldProblem("department_id", "not_found"))
    clash = s.scalar(select(m.InternalDocumentRow.id).where(
        m.InternalDocumentRow.code_key == dd.code_key(item.code), m.InternalDocumentRow.id != (item.id or -1)))
    if clash is not None:
        problems.append(FieldProblem("code", "duplicate", {"value": item.code}))
    return problems


def _clean_document(item: dd.InternalDocument) -> dd.InternalDocument:
    return dd.InternalDocument(
        id=item.id, code=item.code.strip(), title=" ".join(item.title.split()), kind=item.kind,
        department_id=item.department_id, review_interval_months=item.review_interval_months,
        notes=item.notes.strip(), system_procedure=item.system_procedure)


def _apply_document(row: m.InternalDocumentRow, item: dd.InternalDocument) -> None:
    row.code, row.code_key, row.title = item.code, dd.code_key(item.code), item.title
    row.search_key = dd.search_key(item.code, item.title)
    row.kind, row.system_procedure, row.department_id = item.kind, item.system_procedure, item.department_id
    row.review_interval_months, row.notes = item.review_interval_months, item.notes


def _apply_revision(row: m.DocumentRevisionRow, item: dd.RevisionInput) -> None:
    row.drafted_by_id, row.reviewed_by_id = item.drafted_by_id, item.reviewed_by_id
    row.approved_by_id, row.decision_id = item.approved_by_id, item.decision_id
    row.effective_date, row.summary = item.effective_date, item.summary.strip()
    # The change log is replaced as a whole: it is edited as one small table in the dialog.
    row.changes.clear()
    for position, line in enumerate(item.changes, start=1):
        row.changes.append(m.DocumentChangeRow(position=position, amendment=line.amendment.strip(),
                                            page=line.page.strip(), content=line.content.strip(),
                                            note=line.note.strip()))


def create_document_in(s: Session, item: dd.InternalDocument,
                       revision: dd.RevisionInput | None = None) -> m.InternalDocumentRow:
    """Validate and add a document with its first revision (a draft, lần ban hành 1) in ``s``."""
    item = _clean_document(item)
    revision = revision or dd.RevisionInput()
    raise_if(dd.validate_document(item) + dd.validate_revision_input(revision))
    raise_if(_check_document_refs(s, item) + _check_people(s, revision))
    row = m.InternalDocumentRow(status=dd.RevisionStatus.DRAFT, withdrawal_reason="")
    _apply_document(row, item)
    s.add(row)
    first = m.DocumentRevisionRow(number=1, status=dd.RevisionStatus.DRAFT)
    _apply_revision(first, revision)
    row.revisions.append(first)
    refresh_state(s, row)
    return row


def _effective_problems(s: Session, rev: m.DocumentRevisionRow, item: dd.RevisionInput) -> list[FieldProblem]:
    decision = s.get(mc.IssuedDocumentRow, item.decision_id) if item.decision_id is not None else None
    previous = max((r.effective_date for r in rev.document.revisions
                    if r.id != rev.id and r.number < rev.number and r.effective_date is not None
                    and r.status in _ISSUED), default=None)
    return dd.validate_effective(
        item, decision_exists=decision is not None,
        decision_issued=decision is not None and decision.status is IssuedDocStatus.ISSUED,
        decision_date=decision.issue_date if decision is not None else None, previous_effective=previous)


def _as_input(rev: m.DocumentRevisionRow) -> dd.RevisionInput:
    return dd.RevisionInput(
        drafted_by_id=rev.drafted_by_id, reviewed_by_id=rev.reviewed_by_id, approved_by_id=rev.approved_by_id,
        decision_id=rev.decision_id, effective_date=rev.effective_date, summary=rev.summary,
        changes=tuple(dd.ChangeLine(c.content, c.amendment, c.page, c.note) for c in rev.changes))


def _open_draft(s: Session, doc: m.InternalDocumentRow, revision: dd.RevisionInput | None) -> m.DocumentRevisionRow:
    if doc.withdrawn_on is not None or doc.status is dd.RevisionStatus.SUPERSEDED:
        raise DomainError("document_withdrawn", document_code=doc.code)
    if any(r.status in _OPEN for r in doc.revisions):
        raise DomainError("draft_exists", document_code=doc.code)
    revision = revision or dd.RevisionInput()
    raise_if(dd.validate_revision_input(revision) + _check_people(s, revision))
    number = max((r.number for r in doc.revisions), default=0) + 1
    rev = m.DocumentRevisionRow(number=number, status=dd.RevisionStatus.DRAFT)
    _apply_revision(rev, revision)
    doc.revisions.append(rev)
    refresh_state(s, doc)
    return rev


def _row_query() -> Select[*tuple[Any, ...]]:
    """Columns of :class:`DocumentRow`, straight from the document row and its department's name.

    The kind, status and date columns come as stored (text) and :func:`_to_row` converts them: SQLAlchemy's
    per-value processors cost a third of the list's time at ten thousand documents."""
    doc, dep = m.InternalDocumentRow, mc.DepartmentRow
    return (select(doc.id, doc.code, doc.title, type_coerce(doc.kind, String), dep.name, doc.current_revision_no,
                   type_coerce(doc.status, String), type_coerce(doc.effective_date, String),
                   type_coerce(doc.next_review_date, String))
            .outerjoin(dep, doc.department_id == dep.id).order_by(doc.code_key))


def review_due_clause(on: date) -> ColumnElement[bool]:
    """SQL form of :func:`isodesk.domain.documents.review_due` ("đến hạn rà soát" on ``on``)."""
    doc = m.InternalDocumentRow
    return and_(doc.status == dd.RevisionStatus.EFFECTIVE, doc.next_review_date.is_not(None),
                doc.next_review_date <= on)


_KINDS = {k.value: k for k in dd.DocumentKind}
_STATUSES = {s.value: s for s in dd.RevisionStatus}


def _to_row(r: Sequence[Any], today: date) -> dd.DocumentRow:
    """A :class:`DocumentRow` from the columns of :func:`_row_query`, in order."""
    return _to_rows([r], today)[0]


def _to_rows(rows: Iterable[Sequence[Any]], today: date) -> list[dd.DocumentRow]:
    """:class:`DocumentRow` of each result row of :func:`_row_query` (one loop, names bound once: the list
    may hold ten thousand documents)."""
    make, kinds, statuses, parse, due = dd.DocumentRow, _KINDS, _STATUSES, date.fromisoformat, dd.review_due
    out = []
    for id_, code, title, kind, department, revision, status_text, effective, next_text in rows:
        status = statuses[status_text]
        next_review = parse(next_text) if next_text else None
        out.append(make(id_, code, title, kinds[kind], department or "", revision, status,
                        parse(effective) if effective else None, next_review, due(status, next_review, today)))
    return out


#: This module's own child tables: their rows go with the document, they do not "cite" it.
_OWN_TABLES = frozenset({m.DocumentRevisionRow.__tablename__, m.DocumentChangeRow.__tablename__,
                         m.DocumentReviewRow.__tablename__, m.DocumentDistributionRow.__tablename__})


def citing_tables(s: Session, table_name: str, ids: Sequence[int], *, own: frozenset[str] = frozenset()) -> list[str]:
    """Tables of other modules holding a row that refers to one of ``ids`` of ``table_name``.

    Checked explicitly rather than left to SQLite, because other modules may declare their foreign keys
    ``ON DELETE CASCADE`` or ``SET NULL`` (a TTHC row losing its procedure): a deletion would then
    silently unlink the record instead of being refused.
    """
    if not ids:
        return []
    found: list[str] = []
    for table in Base.metadata.tables.values():
        if table.name in own:
            continue
        for fk in table.foreign_keys:
            if fk.column.table.name == table_name and s.scalar(
                    select(func.count()).select_from(table).where(fk.parent.in_(list(ids)))):
                found.append(table.name)
    return found


def _like_token(token: str) -> str:
    escaped = token.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


# --------------------------------------------------------------------------- the service


class DocumentsService(ServiceBase):
    """Internal documents and their distribution. Every public write is one transaction; reads return
    frozen DTOs from :mod:`isodesk.domain.documents`, never ORM rows."""

    def __init__(self, sessions: sessionmaker[Session], attachments: AttachmentService) -> None:
        super().__init__(sessions)
        self._attachments = attachments

    # ------------------------------------------------------------------ reading
    def list_documents(self, filter: dd.DocumentFilter | None = None) -> list[dd.DocumentRow]:  # noqa: A002
        """The documents list, filtered in SQL (one query, no per-row loading).

        Args:
            filter: text (every token must occur in mã số + tên, ignoring case and diacritics), kind,
                status, department, and ``review_due_before`` (effective documents whose next review
                date is before that day). ``filter.today`` is the day the ``review_due`` flag refers to.

        Returns:
            Rows ordered by mã số.
        """
        f = filter or dd.DocumentFilter()
        doc = m.InternalDocumentRow
        stmt = _row_query()
        for token in fold(f.text).split():
            stmt = stmt.where(doc.search_key.like(_like_token(token), escape="\\"))
        if f.kind is not None:
            stmt = stmt.where(doc.kind == f.kind)
        if f.status is not None:
            stmt = stmt.where(doc.status == f.status)
        if f.department_id is not None:
            stmt = stmt.where(doc.department_id == f.department_id)
        if f.review_due_before is not None:
            # "before that day" = due on the day before it (the list passes today + 1 day).
            stmt = stmt.where(review_due_clause(f.review_due_before - timedelta(days=1)))
        today = f.today or date.today()
        with self._read() as s:
            # Core rows (no ORM loading step): plain tuples of the selected columns.
            return _to_rows(s.connection().execute(stmt), today)

    def form_code(self, *options: tuple[str, ...], default: str = "") -> str:
        """The mã of the agency's own biểu mẫu whose folded title holds every word of one of ``options``
        (tried in order; the lowest code when several match), e.g. ``BM.02-QT.KSTL``; else ``default``."""
        forms = self.list_documents(dd.DocumentFilter(kind=dd.DocumentKind.FORM))
        for words in options:
            found = [r for r in forms if all(w in fold(r.title) for w in words)]
            if found:
                return min(found, key=lambda r: r.code).code
        return default

    def get_document(self, document_id: int) -> dd.DocumentDetails:
        """Everything about one document: revisions with change logs and files, distribution, reviews.

        Raises:
            NotFoundError: no such document.
        """
        with self._read() as s:
            return self._details(s, document_id)

    def find_by_code(self, code: str) -> dd.DocumentRow | None:
        """The document with this mã số (ignoring case and diacritics), or None."""
        stmt = _row_query().where(m.InternalDocumentRow.code_key == dd.code_key(code))
        with self._read() as s:
            row = s.execute(stmt).first()
        return _to_row(row, date.today()) if row is not None else None

    def get_revision(self, revision_id: int) -> dd.DocumentRevision:
        """One revision with its change log and files.

        Raises:
            NotFoundError: no such revision.
        """
        with self._read() as s:
            rev = s.scalar(select(m.DocumentRevisionRow).options(*_revision_options())
                           .where(m.DocumentRevisionRow.id == revision_id))
            if rev is None:
                raise NotFoundError(ENTITY_REVISION, revision_id)
            return _revision_dto(rev, files_of(s, [rev.id])[rev.id])

    def _details(self, s: Session, document_id: int) -> dd.DocumentDetails:
        # populate_existing: after a write in the same session, relationships must follow changed ids.
        doc = s.scalar(select(m.InternalDocumentRow).options(joinedload(m.InternalDocumentRow.department))
                       .where(m.InternalDocumentRow.id == document_id).execution_options(populate_existing=True))
        if doc is None:
            raise NotFoundError(ENTITY_DOCUMENT, document_id)
        revisions = list(s.scalars(select(m.DocumentRevisionRow).options(*_revision_options())
                                   .where(m.DocumentRevisionRow.document_id == document_id)
                                   .order_by(m.DocumentRevisionRow.number)
                                   .execution_options(populate_existing=True)))
        files = files_of(s, [r.id for r in revisions])
        distributions = s.scalars(select(m.DocumentDistributionRow).options(*_distribution_options())
                                  .join(m.DocumentRevisionRow)
                                  .where(m.DocumentRevisionRow.document_id == document_id)
                                  .order_by(m.DocumentDistributionRow.id))
        reviews = s.scalars(select(m.DocumentReviewRow).options(joinedload(m.DocumentReviewRow.reviewer))
                            .where(m.DocumentReviewRow.document_id == document_id)
                            .order_by(m.DocumentReviewRow.review_date, m.DocumentReviewRow.id))
        return dd.DocumentDetails(
            id=doc.id, code=doc.code, title=doc.title, kind=doc.kind, department_id=doc.department_id,
            department_name=doc.department.name if doc.department else "",
            review_interval_months=doc.review_interval_months, notes=doc.notes,
            system_procedure=doc.system_procedure, status=doc.status,
            current_revision_number=doc.current_revision_no, effective_date=doc.effective_date,
            next_review_date=doc.next_review_date, withdrawn_on=doc.withdrawn_on,
            withdrawal_reason=doc.withdrawal_reason,
            revisions=tuple(_revision_dto(r, files[r.id]) for r in revisions),
            distributions=tuple(_distribution_dto(x) for x in distributions),
            reviews=tuple(_review_dto(r) for r in reviews),
        )

    # ------------------------------------------------------------------ documents
    def create_document(self, item: dd.InternalDocument,
                        revision: dd.RevisionInput | None = None) -> dd.DocumentDetails:
        """Create a document with its first revision as a draft (lần ban hành 1).

        Raises:
            ValidationError: bad or duplicate mã số (``duplicate`` ignores case and diacritics),
                missing title, unknown department or person.
        """
        try:
            with self._write() as s:
                row = create_document_in(s, item, revision)
                s.flush()
                return self._details(s, row.id)
        except IntegrityError as exc:  # a concurrent save of the same code
            raise ValidationError([FieldProblem("code", "duplicate", {"value": item.code})]) from exc

    def update_document(self, item: dd.InternalDocument) -> dd.DocumentDetails:
        """Change the identity of a document (mã số, tên, loại, đơn vị, chu kỳ rà soát, ghi chú).

        A new review interval moves the next review date at once.
        """
        if item.id is None:
            raise NotFoundError(ENTITY_DOCUMENT, None)
        item = _clean_document(item)
        raise_if(dd.validate_document(item))
        with self._write() as s:
            row = s.get(m.InternalDocumentRow, item.id)
            if row is None:
                raise NotFoundError(ENTITY_DOCUMENT, item.id)
            raise_if(_check_document_refs(s, item))
            _apply_document(row, item)
            refresh_state(s, row)
            s.flush()
            return self._details(s, row.id)

    def delete_document(self, document_id: int) -> None:
        """Delete a document that was never issued, never distributed and that nothing cites.

        Its draft revisions and change lines go with it; the change history keeps a snapshot of each
        (restore the document first, then its revisions). Files stay linked to the revision ids,
        which are never reused, so a restored revision finds its files again.

        Raises:
            DomainError: ``document_in_use`` with ``reason`` ``effective`` / ``issued`` (it was in force
                once: its history is a record) / ``distributed`` / ``cited`` (another module's record
                refers to it; ``tables`` names where).
        """
        try:
            with self._write() as s:
                doc = s.get(m.InternalDocumentRow, document_id)
                if doc is None:
                    raise NotFoundError(ENTITY_DOCUMENT, document_id)
                if any(r.status is dd.RevisionStatus.EFFECTIVE for r in doc.revisions):
                    raise DomainError("document_in_use", reason="effective", document_code=doc.code)
                if any(r.status in _ISSUED for r in doc.revisions):
                    raise DomainError("document_in_use", reason="issued", document_code=doc.code)
                if any(r.distributions for r in doc.revisions):
                    raise DomainError("document_in_use", reason="distributed", document_code=doc.code)
                citing = citing_tables(s, ENTITY_DOCUMENT, [doc.id], own=_OWN_TABLES) + citing_tables(
                    s, ENTITY_REVISION, [r.id for r in doc.revisions], own=_OWN_TABLES)
                if citing:
                    raise DomainError("document_in_use", reason="cited", document_code=doc.code,
                                      tables=sorted(set(citing)))
                s.delete(doc)
                s.flush()
        except IntegrityError as exc:
            # foreign_keys=ON: another module's row (a TTHC coverage line, an audit checklist…) cites it.
            raise DomainError("document_in_use", reason="cited", document_id=document_id) from exc

    def withdraw_document(self, document_id: int, on: date, reason: str) -> dd.DocumentDetails:
        """Make the whole document hết hiệu lực (bãi bỏ): its effective revision is superseded on
        ``on``; everything stays readable. Holders are then listed by :meth:`holders_to_recall`.

        Raises:
            DomainError: ``document_not_effective`` when nothing of it is in force;
                ``forbidden_transition`` never (the effective revision moves forward).
            ValidationError: ``reason`` empty, or ``on`` before the effective date.
        """
        problems: list[FieldProblem] = []
        if not reason.strip():
            problems.append(FieldProblem("reason", "required"))
        raise_if(problems)
        with self._write() as s:
            doc = s.get(m.InternalDocumentRow, document_id)
            if doc is None:
                raise NotFoundError(ENTITY_DOCUMENT, document_id)
            effective = next((r for r in doc.revisions if r.status is dd.RevisionStatus.EFFECTIVE), None)
            if effective is None:
                raise DomainError("document_not_effective", document_code=doc.code)
            if effective.effective_date is not None and on < effective.effective_date:
                raise_if([FieldProblem("on", "withdrawn_before_effective",
                                       {"effective_date": effective.effective_date})])
            dd.check_transition(effective.status, dd.RevisionStatus.SUPERSEDED)
            effective.status, effective.superseded_on = dd.RevisionStatus.SUPERSEDED, on
            doc.withdrawn_on, doc.withdrawal_reason = on, reason.strip()
            refresh_state(s, doc)
            s.flush()
            return self._details(s, doc.id)

    # ------------------------------------------------------------------ revisions
    def new_revision(self, document_id: int, revision: dd.RevisionInput | None = None) -> dd.DocumentRevision:
        """Open the next revision as a draft (its number is the next free one).

        Raises:
            DomainError: ``draft_exists`` (finish or issue the open one first), ``document_withdrawn``.
        """
        with self._write() as s:
            doc = s.get(m.InternalDocumentRow, document_id)
            if doc is None:
                raise NotFoundError(ENTITY_DOCUMENT, document_id)
            rev = _open_draft(s, doc, revision)
            s.flush()
            return self._revision(s, rev.id)

    def update_revision(self, revision_id: int, revision: dd.RevisionInput) -> dd.DocumentRevision:
        """Edit a revision's people, decision, dates, summary and change log.

        Drafts and pending revisions are edited freely; an effective one may be corrected (or completed,
        after an import) but must still meet the rule for being in force; a superseded one is a record
        and is refused.

        Raises:
            DomainError: ``revision_superseded``.
            ValidationError: the edited revision would break a rule.
        """
        raise_if(dd.validate_revision_input(revision))
        with self._write() as s:
            rev = self._get_revision_row(s, revision_id)
            if rev.status is dd.RevisionStatus.SUPERSEDED:
                raise DomainError("revision_superseded", number=rev.number)
            raise_if(_check_people(s, revision))
            if rev.status is dd.RevisionStatus.EFFECTIVE:
                raise_if(_effective_problems(s, rev, revision))
            old_effective = rev.effective_date
            _apply_revision(rev, revision)
            if rev.status is dd.RevisionStatus.EFFECTIVE and old_effective != rev.effective_date:
                # The revision it replaced went out of force the day this one came in.
                for other in rev.document.revisions:
                    if other.status is dd.RevisionStatus.SUPERSEDED and other.superseded_on == old_effective:
                        other.superseded_on = rev.effective_date
            refresh_state(s, rev.document)
            s.flush()
            return self._revision(s, rev.id)

    def submit_revision(self, revision_id: int) -> dd.DocumentRevision:
        """Dự thảo → chờ phê duyệt.

        Raises:
            DomainError: ``forbidden_transition`` from any other status.
        """
        with self._write() as s:
            rev = self._get_revision_row(s, revision_id)
            dd.check_transition(rev.status, dd.RevisionStatus.PENDING)
            rev.status = dd.RevisionStatus.PENDING
            refresh_state(s, rev.document)
            s.flush()
            return self._revision(s, rev.id)

    def issue_revision(self, revision_id: int, *, effective_date: date | None = None,
                       decision_id: int | None = None, approved_by_id: int | None = None) -> dd.DocumentRevision:
        """Bring a draft or pending revision into force (hiệu lực).

        Values given here complete the revision; it then needs an effective date, an issued decision
        of the register and an approver. The previously effective revision becomes hết hiệu lực on
        the new effective date and stays readable; its holders appear in :meth:`holders_to_recall`.

        Raises:
            DomainError: ``forbidden_transition`` (already effective or superseded), ``document_withdrawn``.
            ValidationError: what is missing (``effective_needs_date``, ``effective_needs_decision``,
                ``decision_not_issued``, ``effective_needs_approver``, ``effective_before_decision``,
                ``effective_before_previous``).
        """
        raise_if(input_problems(effective_date=effective_date))
        with self._write() as s:
            rev = self._get_revision_row(s, revision_id)
            doc = rev.document
            dd.check_transition(rev.status, dd.RevisionStatus.EFFECTIVE)
            if doc.withdrawn_on is not None:
                raise DomainError("document_withdrawn", document_code=doc.code)
            current = _as_input(rev)
            item = dd.RevisionInput(
                drafted_by_id=current.drafted_by_id, reviewed_by_id=current.reviewed_by_id,
                approved_by_id=approved_by_id if approved_by_id is not None else current.approved_by_id,
                decision_id=decision_id if decision_id is not None else current.decision_id,
                effective_date=effective_date if effective_date is not None else current.effective_date,
                summary=current.summary, changes=current.changes)
            raise_if(_check_people(s, item) + _effective_problems(s, rev, item))
            previous = next((r for r in doc.revisions if r.status is dd.RevisionStatus.EFFECTIVE), None)
            if previous is not None:
                dd.check_transition(previous.status, dd.RevisionStatus.SUPERSEDED)
                previous.status, previous.superseded_on = dd.RevisionStatus.SUPERSEDED, item.effective_date
                # Flush before the new one turns effective: the partial unique index allows one at a time.
                s.flush()
            rev.approved_by_id, rev.decision_id, rev.effective_date = (
                item.approved_by_id, item.decision_id, item.effective_date)
            rev.status = dd.RevisionStatus.EFFECTIVE
            refresh_state(s, doc)
            s.flush()
            return self._revision(s, rev.id)

    def attach_file(self, revision_id: int, path: Path, role: dd.FileRole = dd.FileRole.PDF,
                    name: str | None = None) -> AttachmentRef:
        """Attach a file (docx, pdf, signed scan, or the signed distribution sheet) to a revision."""
        with self._write() as s:
            self._get_revision_row(s, revision_id)
            return self._attachments.attach_in(s, ENTITY_REVISION, revision_id, Path(path),
                                               role=dd.FileRole(role).value, name=name)

    def attach_distribution_scan(self, revision_id: int, path: Path) -> AttachmentRef:
        """Attach the scanned, signed phiếu phân phối / biên nhận tài liệu back to its revision."""
        return self.attach_file(revision_id, path, dd.FileRole.DISTRIBUTION_SCAN)

    # ------------------------------------------------------------------ reviews
    def record_review(self, document_id: int, review: dd.ReviewInput) -> dd.DocumentReview:
        """Record a periodic review (rà soát) of an effective document.

        ``no_change`` moves the next review date to review date + interval; ``revise`` opens a new
        draft revision (or links the open one) and leaves the document due until that draft is issued.

        Raises:
            DomainError: ``document_not_effective``.
            ValidationError: unknown reviewer, review dated before the effective date.
        """
        with self._write() as s:
            doc = s.get(m.InternalDocumentRow, document_id)
            if doc is None:
                raise NotFoundError(ENTITY_DOCUMENT, document_id)
            effective = next((r for r in doc.revisions if r.status is dd.RevisionStatus.EFFECTIVE), None)
            if effective is None:
                raise DomainError("document_not_effective", document_code=doc.code)
            problems: list[FieldProblem] = []
            if review.reviewer_id is not None and s.get(mc.PersonRow, review.reviewer_id) is None:
                problems.append(FieldProblem("reviewer_id", "not_found"))
            if effective.effective_date is not None and review.review_date < effective.effective_date:
                problems.append(FieldProblem("review_date", "review_before_effective",
                                             {"effective_date": effective.effective_date}))
            raise_if(problems)
            draft: m.DocumentRevisionRow | None = None
            if review.outcome is dd.ReviewOutcome.REVISE:
                draft = next((r for r in doc.revisions if r.status in _OPEN), None)
                if draft is None:
                    note = review.note.strip()
                    draft = _open_draft(s, doc, dd.RevisionInput(
                        summary=f"Sửa đổi theo kết quả rà soát ngày {review.review_date:%d/%m/%Y}"
                                + (f": {note}" if note else "")))
            row = m.DocumentReviewRow(review_date=review.review_date, reviewer_id=review.reviewer_id,
                                   outcome=review.outcome, note=review.note.strip(), revision=draft)
            doc.reviews.append(row)
            refresh_state(s, doc)
            s.flush()
            s.refresh(row, ["reviewer"])
            return _review_dto(row)

    # ------------------------------------------------------------------ distribution
    def distribute(self, revision_id: int, recipients: Sequence[dd.DistributionInput]) -> list[dd.Distribution]:
        """Give copies of an effective revision to departments and/or people (one row each).

        Raises:
            DomainError: ``revision_not_effective``.
            ValidationError: a row without a recipient, bad copies, unknown department or person, or a
                date before the revision took effect (problems carry ``row``: the 1-based recipient).
        """
        with self._write() as s:
            rev = self._get_revision_row(s, revision_id)
            if rev.status is not dd.RevisionStatus.EFFECTIVE:
                raise DomainError("revision_not_effective", number=rev.number, status=rev.status.value)
            problems: list[FieldProblem] = []
            for i, item in enumerate(recipients, start=1):
                found = dd.validate_distribution(item)
                if item.department_id is not None and s.get(mc.DepartmentRow, item.department_id) is None:
                    found.append(FieldProblem("department_id", "not_found"))
                if item.person_id is not None and s.get(mc.PersonRow, item.person_id) is None:
                    found.append(FieldProblem("person_id", "not_found"))
                if rev.effective_date is not None and item.given_on < rev.effective_date:
                    # Copies go out once the text is in force; earlier is a typo in the date.
                    found.append(FieldProblem("given_on", "given_before_effective",
                                              {"effective_date": rev.effective_date}))
                problems.extend(FieldProblem(p.field, p.code, p.params, row=i) for p in found)
            raise_if(problems)
            rows = [m.DocumentDistributionRow(revision=rev, department_id=i.department_id, person_id=i.person_id,
                                           copies=i.copies, given_on=i.given_on, notes=i.notes.strip())
                    for i in recipients]
            s.add_all(rows)
            s.flush()
            return self._distributions(s, [r.id for r in rows])

    def acknowledge(self, distribution_id: int, on: date, by_person_id: int | None = None) -> dd.Distribution:
        """Record that the recipient signed for the copies (ký nhận).

        Args:
            distribution_id: the copies given.
            on: the day they were signed for (not before they were given).
            by_person_id: who signed, if recorded.

        Raises:
            ValidationError: ``acknowledged_before_given``, unknown person.
        """
        with self._write() as s:
            row = s.get(m.DocumentDistributionRow, distribution_id)
            if row is None:
                raise NotFoundError(m.DocumentDistributionRow.__tablename__, distribution_id)
            problems: list[FieldProblem] = []
            if on < row.given_on:
                problems.append(FieldProblem("on", "acknowledged_before_given", {"given_on": row.given_on}))
            if by_person_id is not None and s.get(mc.PersonRow, by_person_id) is None:
                problems.append(FieldProblem("by_person_id", "not_found"))
            raise_if(problems)
            row.acknowledged_on, row.acknowledged_by_id = on, by_person_id
            s.flush()
            return self._distributions(s, [row.id])[0]

    def holders_to_recall(self, document_id: int | None = None) -> list[dd.Distribution]:
        """Copies of revisions no longer in force that were not recalled yet.

        Args:
            document_id: one document, or None for every document.
        """
        stmt = (select(m.DocumentDistributionRow).options(*_distribution_options()).join(m.DocumentRevisionRow)
                .where(m.DocumentRevisionRow.status == dd.RevisionStatus.SUPERSEDED,
                       m.DocumentDistributionRow.recalled_on.is_(None))
                .order_by(m.DocumentRevisionRow.document_id, m.DocumentDistributionRow.id))
        if document_id is not None:
            stmt = stmt.where(m.DocumentRevisionRow.document_id == document_id)
        with self._read() as s:
            return [_distribution_dto(r) for r in s.scalars(stmt)]

    def recall(self, distribution_ids: Sequence[int], on: date) -> list[dd.Distribution]:
        """Mark copies as recalled (thu hồi) on ``on``, all or none.

        Raises:
            DomainError: ``already_recalled``.
            ValidationError: ``recalled_before_given`` (with the distribution id as ``row``).
        """
        with self._write() as s:
            rows = []
            problems: list[FieldProblem] = []
            for did in distribution_ids:
                row = s.get(m.DocumentDistributionRow, did)
                if row is None:
                    raise NotFoundError(m.DocumentDistributionRow.__tablename__, did)
                if row.recalled_on is not None:
                    raise DomainError("already_recalled", distribution_id=did, recalled_on=row.recalled_on)
                if on < row.given_on:
                    problems.append(FieldProblem("on", "recalled_before_given", {"given_on": row.given_on}, row=did))
                rows.append(row)
            raise_if(problems)
            for row in rows:
                row.recalled_on = on
            s.flush()
            return self._distributions(s, [r.id for r in rows])

    def distribution_sheet(self, revision_id: int) -> dd.DistributionSheet:
        """What the printed phiếu phân phối / biên nhận tài liệu of one revision shows."""
        with self._read() as s:
            rev = s.scalar(select(m.DocumentRevisionRow).options(joinedload(m.DocumentRevisionRow.document),
                                                              joinedload(m.DocumentRevisionRow.decision))
                           .where(m.DocumentRevisionRow.id == revision_id))
            if rev is None:
                raise NotFoundError(ENTITY_REVISION, revision_id)
            rows = s.scalars(select(m.DocumentDistributionRow).options(*_distribution_options())
                             .where(m.DocumentDistributionRow.revision_id == revision_id)
                             .order_by(m.DocumentDistributionRow.id))
            sheet_rows = tuple(
                dd.DistributionSheetRow(no=i, recipient=dist.holder, copies=dist.copies,
                                        received_on=dist.given_on, signed_by=dist.acknowledged_by_name)
                for i, dist in enumerate((_distribution_dto(r) for r in rows), start=1))
            return dd.DistributionSheet(
                document_id=rev.document_id, revision_id=rev.id, code=rev.document.code,
                title=rev.document.title, revision_number=rev.number, effective_date=rev.effective_date,
                decision_reference=decision_reference(rev.decision), rows=sheet_rows)

    # ------------------------------------------------------------------ Excel
    def export_rows(self, filter: dd.DocumentFilter | None = None) -> list[dict[str, object]]:  # noqa: A002
        """Rows for ``reports.xlsx_exporter.export_table_xlsx(DOCUMENTS_TABLE, rows, …)``."""
        ids = {r.id: r for r in self.list_documents(filter)}
        with self._read() as s:
            notes: dict[int, str] = {
                doc_id: text for doc_id, text in s.execute(
                    select(m.InternalDocumentRow.id, m.InternalDocumentRow.notes).where(m.InternalDocumentRow.id.in_(ids)))
            } if ids else {}
        return [
            {"code": r.code, "title": r.title, "kind": r.kind, "department": r.department_name or None,
             "revision_number": r.revision_number, "effective_date": r.effective_date, "status": r.status,
             "notes": notes.get(r.id) or None}
            for r in ids.values()
        ]

    def import_rows(self, preview: ImportPreview) -> dd.ImportResult:
        """Write every row of an import preview in ONE transaction, or nothing.

        Each row becomes a document with one revision (the lần ban hành of the file, default 1) in the
        status of the file: blank means hiệu lực when a date is given, else dự thảo; "Hết hiệu lực"
        makes a withdrawn document. Imported revisions in force need their effective date; their
        decision and approver can be completed later (``update_revision``).

        Raises:
            ValidationError: the preview has problems, or rows clash with documents already in the
                register (``duplicate``), name an unknown department (``unknown_department``), or are in
                force without a date (``effective_needs_date``) — each with its Excel row number.
        """
        rows = preview.rows_to_write()
        with self._write() as s:
            departments = {fold(name): did for did, name in s.execute(select(mc.DepartmentRow.id, mc.DepartmentRow.name))}
            existing = set(s.scalars(select(m.InternalDocumentRow.code_key)))
            problems: list[FieldProblem] = []
            plans: list[tuple[int, dd.InternalDocument, int, dd.RevisionStatus, date | None]] = []
            for row in rows:
                v = row.values
                code = str(v["code"]).strip()
                if dd.code_key(code) in existing:
                    problems.append(FieldProblem("code", "duplicate", {"value": code}, row=row.number))
                dep_name = v.get("department")
                dep_id = None
                if dep_name:
                    dep_id = departments.get(fold(str(dep_name)))
                    if dep_id is None:
                        problems.append(FieldProblem("department", "unknown_department",
                                                     {"value": dep_name}, row=row.number))
                eff = v.get("effective_date")
                status = v.get("status") or (dd.RevisionStatus.EFFECTIVE if eff else dd.RevisionStatus.DRAFT)
                status = dd.RevisionStatus(status)
                if status is dd.RevisionStatus.EFFECTIVE and eff is None:
                    problems.append(FieldProblem("effective_date", "effective_needs_date", row=row.number))
                item = dd.InternalDocument(id=None, code=code, title=str(v["title"]), kind=dd.DocumentKind(v["kind"]),
                                           department_id=dep_id, notes=str(v.get("notes") or ""))
                problems.extend(FieldProblem(p.field, p.code, p.params, row=row.number)
                                for p in dd.validate_document(item))
                plans.append((row.number, item, int(cast(int, v.get("revision_number")) or 1), status,
                              eff if isinstance(eff, date) else None))
            raise_if(problems)
            created: list[m.InternalDocumentRow] = []
            for _number, item, rev_no, status, eff in plans:
                doc = m.InternalDocumentRow(status=status, withdrawal_reason="")
                _apply_document(doc, _clean_document(item))
                rev = m.DocumentRevisionRow(number=rev_no, status=status, effective_date=eff, summary="")
                doc.revisions.append(rev)
                if status is dd.RevisionStatus.SUPERSEDED:
                    # Out of force before it reached the register: withdrawn, date unknown.
                    doc.withdrawal_reason = item.notes or "Hết hiệu lực (nhập từ danh mục)"
                    rev.superseded_on = None
                refresh_state(s, doc, new=True)
                s.add(doc)
                created.append(doc)
            s.flush()
            return dd.ImportResult(created=len(created), ids=tuple(d.id for d in created))

    # ------------------------------------------------------------------ internals
    @staticmethod
    def _get_revision_row(s: Session, revision_id: int) -> m.DocumentRevisionRow:
        rev = s.get(m.DocumentRevisionRow, revision_id)
        if rev is None:
            raise NotFoundError(ENTITY_REVISION, revision_id)
        return rev

    @staticmethod
    def _revision(s: Session, revision_id: int) -> dd.DocumentRevision:
        rev = s.scalar(select(m.DocumentRevisionRow).options(*_revision_options())
                       .where(m.DocumentRevisionRow.id == revision_id).execution_options(populate_existing=True))
        assert rev is not None
        return _revision_dto(rev, files_of(s, [rev.id])[rev.id])

    @staticmethod
    def _distributions(s: Session, ids: Sequence[int]) -> list[dd.Distribution]:
        rows = s.scalars(select(m.DocumentDistributionRow).options(*_distribution_options())
                         .where(m.DocumentDistributionRow.id.in_(ids)).order_by(m.DocumentDistributionRow.id)
                         .execution_options(populate_existing=True))
        return [_distribution_dto(r) for r in rows]

