"""The register of the agency's own QMS documents (Quyết định, Kế hoạch, Báo cáo, …).

Numbers follow NĐ 30 Điều 15: per issuing body, per calendar year, from 01, in the order of the
documents' dates (a later number never carries an earlier date). A draft may stay unnumbered until
the clerk registers it.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import NamedTuple

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from isodesk.domain import core as d
from isodesk.domain.errors import DomainError, FieldProblem, NotFoundError
from isodesk.services.core.attachment_service import AttachmentService
from isodesk.services.base import ServiceBase, raise_if
from isodesk.storage.models import core as m

ENTITY = "issued_document"


def _dto(row: m.IssuedDocumentRow, files: tuple[d.AttachmentRef, ...] = ()) -> d.IssuedDocument:
    return d.IssuedDocument(
        id=row.id, doc_type=row.doc_type, issuer=row.issuer, number=row.number, symbol=row.symbol,
        issue_date=row.issue_date, summary=row.summary, signer_name=row.signer_name,
        signer_title=row.signer_title, status=row.status, purpose=row.purpose, year=row.year,
        notes=row.notes, files=files,
    )


class _Numbered(NamedTuple):
    id: int
    number: int
    issue_date: date
    symbol: str


def _numbered(s: Session, issuer: str, calendar_year: int, exclude_id: int | None = None) -> list[_Numbered]:
    """The numbered and dated entries of ``issuer`` in ``calendar_year`` (one number series)."""
    R = m.IssuedDocumentRow
    rows = s.execute(select(R.id, R.number, R.issue_date, R.symbol).where(
        R.issuer == issuer, R.number_year == calendar_year, R.number.is_not(None), R.issue_date.is_not(None),
        R.id != (exclude_id if exclude_id is not None else -1)))
    # The query keeps only numbered, dated rows; the test tells the type checker so.
    return [_Numbered(id_, number, day, symbol) for id_, number, day, symbol in rows
            if number is not None and day is not None]


def _fitting_number(series: list[_Numbered], on: date) -> int | None:
    """The lowest free number above every number dated on or before ``on`` and below every number
    dated after it; None when the documents around ``on`` leave no room (NĐ 30 Điều 15: a later
    number never carries an earlier date)."""
    below = max((e.number for e in series if e.issue_date <= on), default=0)
    above = min((e.number for e in series if e.issue_date > on), default=None)
    taken = {e.number for e in series}
    candidate = below + 1
    while candidate in taken:
        candidate += 1
    return candidate if above is None or candidate < above else None


def _cite(e: _Numbered) -> str:
    return f"{e.number:02d}/{e.symbol} ngày {e.issue_date:%d/%m/%Y}"


def _date_order_problems(s: Session, item: d.IssuedDocument) -> list[FieldProblem]:
    """A problem on ``number`` when ``item``'s number and date break the date order of its series."""
    assert item.number is not None and item.issue_date is not None
    series = _numbered(s, item.issuer, item.issue_date.year, item.id)
    earlier_higher = [e for e in series if e.issue_date < item.issue_date and e.number > item.number]
    later_lower = [e for e in series if e.issue_date > item.issue_date and e.number < item.number]
    if not earlier_higher and not later_lower:
        return []
    neighbour = (max(earlier_higher, key=lambda e: e.number) if earlier_higher
                 else min(later_lower, key=lambda e: e.number))
    params: dict[str, object] = {"number": f"{item.number:02d}", "date": item.issue_date,
                                 "reference": _cite(neighbour)}
    fitting = _fitting_number(series, item.issue_date)
    if fitting is None:
        return [FieldProblem("number", "number_no_room_in_date_order", params)]
    return [FieldProblem("number", "number_out_of_date_order", {**params, "proposal": f"{fitting:02d}"})]


class DocumentRegisterService(ServiceBase):
    """Issued-documents register: list, draft, number, attach files, delete drafts safely."""

    def __init__(self, sessions: sessionmaker[Session], attachments: AttachmentService) -> None:
        super().__init__(sessions)
        self._attachments = attachments

    def list(self, *, year: int | None = None, purpose: d.DocPurpose | None = None,
             doc_type: d.IssuedDocType | None = None) -> list[d.IssuedDocument]:
        """Documents newest first, optionally for one reporting year / purpose / type."""
        stmt = select(m.IssuedDocumentRow).order_by(m.IssuedDocumentRow.issue_date.desc().nulls_first(),
                                                 m.IssuedDocumentRow.id.desc())
        if year is not None:
            stmt = stmt.where(m.IssuedDocumentRow.year == year)
        if purpose is not None:
            stmt = stmt.where(m.IssuedDocumentRow.purpose == purpose)
        if doc_type is not None:
            stmt = stmt.where(m.IssuedDocumentRow.doc_type == doc_type)
        with self._read() as s:
            return [_dto(r) for r in s.scalars(stmt)]

    def get(self, document_id: int) -> d.IssuedDocument:
        with self._read() as s:
            row = s.get(m.IssuedDocumentRow, document_id)
            if row is None:
                raise NotFoundError(ENTITY, document_id)
            return _dto(row, tuple(AttachmentService.list_in(s, ENTITY, row.id)))

    def next_number(self, issuer: str, calendar_year: int, on: date | None = None) -> int:
        """The number to propose for ``issuer`` in ``calendar_year`` (01 on 1 January).

        Without ``on``: the next number after the highest. With ``on`` (the document's date): the
        number that keeps numbers in date order (NĐ 30 Điều 15), e.g. a free number left between
        the documents dated before and after ``on``; the next after the highest when none is left
        (saving then explains why it does not fit).
        """
        with self._read() as s:
            if on is not None:
                fitting = _fitting_number(_numbered(s, issuer, calendar_year), on)
                if fitting is not None:
                    return fitting
            return self._next_number(s, issuer, calendar_year)

    @staticmethod
    def _next_number(s: Session, issuer: str, calendar_year: int) -> int:
        top = s.scalar(select(func.max(m.IssuedDocumentRow.number)).where(
            m.IssuedDocumentRow.issuer == issuer, m.IssuedDocumentRow.number_year == calendar_year))
        return (top or 0) + 1

    def save(self, item: d.IssuedDocument, files: Sequence[tuple[Path, str]] | None = None) -> d.IssuedDocument:
        """Create or update one register entry, with files ``[(path, role)]``, in one transaction."""
        try:
            with self._write() as s:
                return self.save_in(s, item, files)
        except IntegrityError as exc:
            raise DomainError("number_taken", number=item.number) from exc

    def save_in(self, s: Session, item: d.IssuedDocument, files: Sequence[tuple[Path, str]] | None = None,
                detach: Collection[int] = ()) -> d.IssuedDocument:
        """:meth:`save` inside a caller's transaction; ``detach`` unlinks these attachment links of the
        entry in the same transaction (a regenerated document replaces its old generated files)."""
        item = replace(item, summary=" ".join(item.summary.split()), issuer=item.issuer.strip(),
                       symbol=item.symbol.strip() or f"{item.doc_type.value}-{item.issuer.strip()}")
        raise_if(d.validate_issued_document(item))
        number_year = item.issue_date.year if (item.number is not None and item.issue_date) else None
        if item.number is not None and number_year is not None:
            clash = s.scalar(select(m.IssuedDocumentRow).where(
                m.IssuedDocumentRow.issuer == item.issuer,
                m.IssuedDocumentRow.number_year == number_year,
                m.IssuedDocumentRow.number == item.number,
                m.IssuedDocumentRow.id != (item.id or -1)))
            if clash is not None:
                raise_if([FieldProblem("number", "number_taken",
                                       {"number": item.number, "year": number_year,
                                        "reference": _dto(clash).reference})])
        row = m.IssuedDocumentRow() if item.id is None else s.get(m.IssuedDocumentRow, item.id)
        if row is None:
            raise NotFoundError(ENTITY, item.id)
        renumbered = item.id is None or (row.number, row.issue_date, row.issuer) != (
            item.number, item.issue_date, item.issuer)
        if renumbered and item.number is not None and item.issue_date is not None:
            # Only a new number or date is checked: an entry recorded out of order earlier
            # (an imported register) can still have its notes or files edited.
            raise_if(_date_order_problems(s, item))
        for f in ("doc_type", "issuer", "number", "symbol", "issue_date", "summary", "signer_name",
                  "signer_title", "status", "purpose", "year", "notes"):
            setattr(row, f, getattr(item, f))
        row.number_year = number_year
        if item.id is None:
            s.add(row)
        s.flush()
        for link_id in detach:
            link = s.get(m.AttachmentLinkRow, link_id)
            if link is None or (link.entity, link.entity_id) != (ENTITY, row.id):
                raise NotFoundError("attachment_link", link_id)
            s.delete(link)
        for path, role in files or []:
            self._attachments.attach_in(s, ENTITY, row.id, path, role=role)
        s.flush()
        return _dto(row, tuple(AttachmentService.list_in(s, ENTITY, row.id)))

    def register(self, document_id: int, issue_date: date, number: int | None = None) -> d.IssuedDocument:
        """Give a draft its number and date: it becomes issued.

        Without ``number`` the draft takes the number that keeps the issuer's numbers of the year in
        date order (NĐ 30 Điều 15; :meth:`next_number` with ``on``).

        Raises:
            ValidationError: ``number_out_of_date_order`` / ``number_no_room_in_date_order`` when the
                number does not fit between the documents dated before and after ``issue_date``.
        """
        with self._read() as s:
            row = s.get(m.IssuedDocumentRow, document_id)
            if row is None:
                raise NotFoundError(ENTITY, document_id)
            current = _dto(row)
            if number is None:
                number = _fitting_number(_numbered(s, current.issuer, issue_date.year), issue_date)
                if number is None:
                    number = self._next_number(s, current.issuer, issue_date.year)
        return self.save(replace(current, number=number, issue_date=issue_date,
                                 status=d.IssuedDocStatus.ISSUED))

    def renumber_in_date_order(self) -> int:
        """Renumber every numbered entry so that each issuer's numbers of a calendar year run from 01 in
        the order of the documents' dates (same-day documents keep their relative order).

        For generated content only (the demo, whose modules add decisions in bulk): a real register's
        numbers are printed on signed paper and are never changed. Returns how many entries changed.
        """
        R = m.IssuedDocumentRow
        with self._write() as s:
            rows = list(s.scalars(select(R).where(R.number.is_not(None), R.issue_date.is_not(None))))
            series: dict[tuple[str, int], list[m.IssuedDocumentRow]] = {}

            def year(r: m.IssuedDocumentRow) -> int:
                assert r.issue_date is not None  # the query keeps only dated rows
                return r.issue_date.year

            for row in rows:
                series.setdefault((row.issuer, year(row)), []).append(row)
            wanted: dict[int, int] = {}
            for entries in series.values():
                entries.sort(key=lambda r: (r.issue_date, r.number, r.id))
                wanted.update({r.id: i for i, r in enumerate(entries, start=1)})
            changed = [r for r in rows if r.number != wanted[r.id] or r.number_year != year(r)]
            # Two steps so the unique (issuer, year, number) index never sees two rows with one number.
            for row in changed:
                row.number = -row.id
            s.flush()
            for row in changed:
                row.number, row.number_year = wanted[row.id], year(row)
            s.flush()
            return len(changed)

    def delete(self, document_id: int) -> None:
        """Delete an entry that nothing cites. The change history keeps a snapshot to restore it."""
        try:
            with self._write() as s:
                row = s.get(m.IssuedDocumentRow, document_id)
                if row is None:
                    raise NotFoundError(ENTITY, document_id)
                if row.status is d.IssuedDocStatus.ISSUED:
                    raise DomainError("issued_document_cannot_be_deleted", reference=_dto(row).reference)
                s.delete(row)
                s.flush()
        except IntegrityError as exc:
            # foreign_keys=ON: something (a person's steering seat, a procedure, …) cites it.
            raise DomainError("document_cited") from exc
