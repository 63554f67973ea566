"""Tables of documents control (ISO 9001 clause 7.5): internal documents, their revisions and change
logs, distribution, periodic reviews, and the records list (danh mục hồ sơ).

Every table is :class:`Audited` (clause 7.5.3 wants changes traceable) and uses
``sqlite_autoincrement`` so an id is never reused: attachments are linked by ``(entity, id)`` and the
change history is keyed by id, so a reused id would inherit a deleted record's files and history.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, ForeignKey, Index, Integer, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from isodesk.domain.documents import (
    DocumentKind,
    ReviewOutcome,
    RevisionStatus,
    StorageForm,
    SystemProcedure,
)
from isodesk.storage.base import Audited, Base
from isodesk.storage.models.core import DepartmentRow, IssuedDocumentRow, PersonRow, _enum


class InternalDocumentRow(Audited, Base):
    """Tài liệu nội bộ. ``status`` … ``next_review_date`` are derived from the revisions and reviews
    (services.documents_service keeps them current) so the list filters in one indexed query."""

    __tablename__ = "internal_document"
    __audit_label__ = "Tài liệu nội bộ"
    __table_args__ = (
        Index("ix_internal_document_kind_status", "kind", "status"),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40))
    # fold(code): the UNIQUE constraint then refuses "qt.01" next to "QT.01" and "QT-ĐĐ" next to "QT-DD".
    code_key: Mapped[str] = mapped_column(String(40), unique=True)
    title: Mapped[str] = mapped_column(String(500))
    # fold(code + title), searched with LIKE: SQLite has no accent-insensitive collation.
    search_key: Mapped[str] = mapped_column(Text)
    kind: Mapped[DocumentKind] = mapped_column(_enum(DocumentKind))
    system_procedure: Mapped[SystemProcedure | None] = mapped_column(_enum(SystemProcedure))
    department_id: Mapped[int | None] = mapped_column(ForeignKey("department.id"), index=True)
    review_interval_months: Mapped[int] = mapped_column(Integer, default=12)
    notes: Mapped[str] = mapped_column(Text, default="")
    withdrawn_on: Mapped[date | None]
    withdrawal_reason: Mapped[str] = mapped_column(Text, default="")
    # Derived state (see domain.documents.document_state).
    status: Mapped[RevisionStatus] = mapped_column(_enum(RevisionStatus), default=RevisionStatus.DRAFT)
    current_revision_no: Mapped[int | None] = mapped_column(Integer)
    effective_date: Mapped[date | None]
    next_review_date: Mapped[date | None] = mapped_column(index=True)

    department: Mapped[DepartmentRow | None] = relationship()
    revisions: Mapped[list[DocumentRevisionRow]] = relationship(
        back_populates="document", cascade="all, delete-orphan", order_by="DocumentRevisionRow.number")
    reviews: Mapped[list[DocumentReviewRow]] = relationship(
        back_populates="document", cascade="all, delete-orphan", order_by="DocumentReviewRow.review_date")


class DocumentRevisionRow(Audited, Base):
    """Lần ban hành: one issue of a document, from draft to superseded."""

    __tablename__ = "document_revision"
    __audit_label__ = "Lần ban hành tài liệu"
    __table_args__ = (
        UniqueConstraint("document_id", "number"),
        # At most one effective revision per document, enforced by SQLite itself (partial index).
        Index("ix_document_revision_one_effective", "document_id", unique=True,
              sqlite_where=text(f"status = '{RevisionStatus.EFFECTIVE.value}'")),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("internal_document.id"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    status: Mapped[RevisionStatus] = mapped_column(_enum(RevisionStatus), default=RevisionStatus.DRAFT)
    effective_date: Mapped[date | None]
    superseded_on: Mapped[date | None]
    decision_id: Mapped[int | None] = mapped_column(ForeignKey("issued_document.id"), index=True)
    drafted_by_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"), index=True)
    reviewed_by_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"), index=True)
    approved_by_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"), index=True)
    summary: Mapped[str] = mapped_column(Text, default="")

    document: Mapped[InternalDocumentRow] = relationship(back_populates="revisions")
    decision: Mapped[IssuedDocumentRow | None] = relationship()
    drafted_by: Mapped[PersonRow | None] = relationship(foreign_keys=[drafted_by_id])
    reviewed_by: Mapped[PersonRow | None] = relationship(foreign_keys=[reviewed_by_id])
    approved_by: Mapped[PersonRow | None] = relationship(foreign_keys=[approved_by_id])
    changes: Mapped[list[DocumentChangeRow]] = relationship(
        back_populates="revision", cascade="all, delete-orphan", order_by="DocumentChangeRow.position")
    distributions: Mapped[list[DocumentDistributionRow]] = relationship(
        back_populates="revision", order_by="DocumentDistributionRow.id")


class DocumentChangeRow(Audited, Base):
    """One line of a revision's change log (``Lần sửa đổi | Trang | Nội dung thay đổi | Ghi chú``)."""

    __tablename__ = "document_change"
    __audit_label__ = "Nội dung sửa đổi tài liệu"
    __table_args__ = ({"sqlite_autoincrement": True},)

    id: Mapped[int] = mapped_column(primary_key=True)
    revision_id: Mapped[int] = mapped_column(ForeignKey("document_revision.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    amendment: Mapped[str] = mapped_column(String(40), default="")
    page: Mapped[str] = mapped_column(String(40), default="")
    content: Mapped[str] = mapped_column(Text)
    note: Mapped[str] = mapped_column(Text, default="")

    revision: Mapped[DocumentRevisionRow] = relationship(back_populates="changes")


class DocumentDistributionRow(Audited, Base):
    """Copies of one revision given to a department and/or a person, acknowledged, later recalled."""

    __tablename__ = "document_distribution"
    __audit_label__ = "Phân phối tài liệu"
    __table_args__ = (
        CheckConstraint("department_id IS NOT NULL OR person_id IS NOT NULL", name="has_recipient"),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    revision_id: Mapped[int] = mapped_column(ForeignKey("document_revision.id"), index=True)
    department_id: Mapped[int | None] = mapped_column(ForeignKey("department.id"), index=True)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"), index=True)
    copies: Mapped[int] = mapped_column(Integer, default=1)
    given_on: Mapped[date]
    acknowledged_on: Mapped[date | None]
    acknowledged_by_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"), index=True)
    recalled_on: Mapped[date | None]
    notes: Mapped[str] = mapped_column(Text, default="")

    revision: Mapped[DocumentRevisionRow] = relationship(back_populates="distributions")
    department: Mapped[DepartmentRow | None] = relationship()
    person: Mapped[PersonRow | None] = relationship(foreign_keys=[person_id])
    acknowledged_by: Mapped[PersonRow | None] = relationship(foreign_keys=[acknowledged_by_id])


class DocumentReviewRow(Audited, Base):
    """A periodic review (rà soát) of a document and its outcome."""

    __tablename__ = "document_review"
    __audit_label__ = "Rà soát tài liệu"
    __table_args__ = ({"sqlite_autoincrement": True},)

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("internal_document.id"), index=True)
    review_date: Mapped[date] = mapped_column(index=True)
    reviewer_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"), index=True)
    outcome: Mapped[ReviewOutcome] = mapped_column(_enum(ReviewOutcome))
    note: Mapped[str] = mapped_column(Text, default="")
    revision_id: Mapped[int | None] = mapped_column(ForeignKey("document_revision.id"), index=True)

    document: Mapped[InternalDocumentRow] = relationship(back_populates="reviews")
    reviewer: Mapped[PersonRow | None] = relationship()
    # Declared so the unit of work deletes a review before the revision it opened.
    revision: Mapped[DocumentRevisionRow | None] = relationship()


class RecordEntryRow(Audited, Base):
    """One line of the records list (danh mục hồ sơ, DOMAIN.md §3.8 and §6.6)."""

    __tablename__ = "record_entry"
    __audit_label__ = "Danh mục hồ sơ"
    __table_args__ = ({"sqlite_autoincrement": True},)

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(500))
    code: Mapped[str] = mapped_column(String(40))
    code_key: Mapped[str] = mapped_column(String(40), unique=True)
    heading: Mapped[str] = mapped_column(String(300), default="")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    department_id: Mapped[int | None] = mapped_column(ForeignKey("department.id"), index=True)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"), index=True)
    location: Mapped[str] = mapped_column(String(300), default="")
    retention_years: Mapped[int | None] = mapped_column(Integer)  # NULL = Vĩnh viễn
    storage_form: Mapped[StorageForm] = mapped_column(_enum(StorageForm), default=StorageForm.PAPER)
    from_year: Mapped[int | None] = mapped_column(Integer)
    to_year: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str] = mapped_column(Text, default="")

    department: Mapped[DepartmentRow | None] = relationship()
    person: Mapped[PersonRow | None] = relationship()
