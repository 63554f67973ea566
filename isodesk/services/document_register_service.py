"""The register of the agency's own QMS documents (Quyết định, Kế hoạch, Báo cáo, …).

Numbers follow NĐ 30 Điều 15: per issuing body, per calendar year, from 01.  A draft may stay
unnumbered until the clerk registers it.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from isodesk.domain import core as d
from isodesk.domain.errors import DomainError, FieldProblem, NotFoundError
from isodesk.services.attachment_service import AttachmentService
from isodesk.services.base import ServiceBase, raise_if
from isodesk.storage.models import core as m

ENTITY = "issued_document"


def _dto(row: m.IssuedDocument, files: tuple[d.AttachmentRef, ...] = ()) -> d.IssuedDocument:
    return d.IssuedDocument(
        id=row.id, doc_type=row.doc_type, issuer=row.issuer, number=row.number, symbol=row.symbol,
        issue_date=row.issue_date, summary=row.summary, signer_name=row.signer_name,
        signer_title=row.signer_title, status=row.status, purpose=row.purpose, year=row.year,
        notes=row.notes, files=files,
    )


class DocumentRegisterService(ServiceBase):
    """Issued-documents register: list, draft, number, attach files, delete drafts safely."""

    def __init__(self, sessions, attachments: AttachmentService) -> None:  # type: ignore[no-untyped-def]
        super().__init__(sessions)
        self._attachments = attachments

    def list(self, *, year: int | None = None, purpose: d.DocPurpose | None = None,
             doc_type: d.IssuedDocType | None = None) -> list[d.IssuedDocument]:
        """Documents newest first, optionally for one reporting year / purpose / type."""
        stmt = select(m.IssuedDocument).order_by(m.IssuedDocument.issue_date.desc().nulls_first(),
                                                 m.IssuedDocument.id.desc())
        if year is not None:
            stmt = stmt.where(m.IssuedDocument.year == year)
        if purpose is not None:
            stmt = stmt.where(m.IssuedDocument.purpose == purpose)
        if doc_type is not None:
            stmt = stmt.where(m.IssuedDocument.doc_type == doc_type)
        with self._read() as s:
            return [_dto(r) for r in s.scalars(stmt)]

    def get(self, document_id: int) -> d.IssuedDocument:
        with self._read() as s:
            row = s.get(m.IssuedDocument, document_id)
            if row is None:
                raise NotFoundError(ENTITY, document_id)
            return _dto(row, tuple(AttachmentService.list_in(s, ENTITY, row.id)))

    def next_number(self, issuer: str, calendar_year: int) -> int:
        """The next free number for ``issuer`` in ``calendar_year`` (01 on 1 January)."""
        with self._read() as s:
            return self._next_number(s, issuer, calendar_year)

    @staticmethod
    def _next_number(s: Session, issuer: str, calendar_year: int) -> int:
        top = s.scalar(select(func.max(m.IssuedDocument.number)).where(
            m.IssuedDocument.issuer == issuer, m.IssuedDocument.number_year == calendar_year))
        return (top or 0) + 1

    def save(self, item: d.IssuedDocument, files: list[tuple[Path, str]] | None = None) -> d.IssuedDocument:
        """Create or update one register entry, with files ``[(path, role)]``, in one transaction."""
        try:
            with self._write() as s:
                return self.save_in(s, item, files)
        except IntegrityError as exc:
            raise DomainError("number_taken", number=item.number) from exc

    def save_in(self, s: Session, item: d.IssuedDocument, files: list[tuple[Path, str]] | None = None,
                detach: Collection[int] = ()) -> d.IssuedDocument:
        """:meth:`save` inside a caller's transaction; ``detach`` unlinks these attachment links of the
        entry in the same transaction (a regenerated document replaces its old generated files)."""
        item = replace(item, summary=" ".join(item.summary.split()), issuer=item.issuer.strip(),
                       symbol=item.symbol.strip() or f"{item.doc_type.value}-{item.issuer.strip()}")
        raise_if(d.validate_issued_document(item))
        number_year = item.issue_date.year if (item.number is not None and item.issue_date) else None
        if item.number is not None and number_year is not None:
            clash = s.scalar(select(m.IssuedDocument).where(
                m.IssuedDocument.issuer == item.issuer,
                m.IssuedDocument.number_year == number_year,
                m.IssuedDocument.number == item.number,
                m.IssuedDocument.id != (item.id or -1)))
            if clash is not None:
                raise_if([FieldProblem("number", "number_taken",
                                       {"number": item.number, "year": number_year,
                                        "reference": _dto(clash).reference})])
        row = m.IssuedDocument() if item.id is None else s.get(m.IssuedDocument, item.id)
        if row is None:
            raise NotFoundError(ENTITY, item.id)
        for f in ("doc_type", "issuer", "number", "symbol", "issue_date", "summary", "signer_name",
                  "signer_title", "status", "purpose", "year", "notes"):
            setattr(row, f, getattr(item, f))
        row.number_year = number_year
        if item.id is None:
            s.add(row)
        s.flush()
        for link_id in detach:
            link = s.get(m.AttachmentLink, link_id)
            if link is None or (link.entity, link.entity_id) != (ENTITY, row.id):
                raise NotFoundError("attachment_link", link_id)
            s.delete(link)
        for path, role in files or []:
            self._attachments.attach_in(s, ENTITY, row.id, path, role=role)
        s.flush()
        return _dto(row, tuple(AttachmentService.list_in(s, ENTITY, row.id)))

    def register(self, document_id: int, issue_date, number: int | None = None) -> d.IssuedDocument:  # type: ignore[no-untyped-def]
        """Give a draft its number (the next free one unless given) and date: it becomes issued."""
        with self._read() as s:
            row = s.get(m.IssuedDocument, document_id)
            if row is None:
                raise NotFoundError(ENTITY, document_id)
            current = _dto(row)
            if number is None:
                number = self._next_number(s, current.issuer, issue_date.year)
        return self.save(replace(current, number=number, issue_date=issue_date,
                                 status=d.IssuedDocStatus.ISSUED))

    def delete(self, document_id: int) -> None:
        """Delete an entry that nothing cites. The change history keeps a snapshot to restore it."""
        try:
            with self._write() as s:
                row = s.get(m.IssuedDocument, document_id)
                if row is None:
                    raise NotFoundError(ENTITY, document_id)
                if row.status is d.IssuedDocStatus.ISSUED:
                    raise DomainError("issued_document_cannot_be_deleted", reference=_dto(row).reference)
                s.delete(row)
                s.flush()
        except IntegrityError as exc:
            # foreign_keys=ON: something (a person's steering seat, a procedure, …) cites it.
            raise DomainError("document_cited") from exc
