"""Tables of external documents, the TTHC catalogue, the QMS scope and its công bố decisions.

``internal_document`` (the procedures) belongs to the documents module; these tables only point at
it: a TTHC names the procedure that covers it, and an external document lists the procedures that
cite it. A deleted procedure leaves the TTHC uncovered (SET NULL, which the readiness check then
reports) and drops its citations (CASCADE) instead of blocking the deletion.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from isodesk.domain.legal import ExternalDocKind, LegalStatus
from isodesk.domain.scope import AnnouncementKind, TthcEventKind, TthcStatus
from isodesk.storage.base import Audited, Base
from isodesk.storage.models.core import _enum

# The change history and attachments are keyed by (table, id): AUTOINCREMENT keeps SQLite from
# handing a deleted row's id to a new row, which would inherit the old row's history.
_NEVER_REUSE_IDS = {"sqlite_autoincrement": True}


class ExternalDocumentRow(Audited, Base):
    """Tài liệu có nguồn gốc bên ngoài: a legal text, standard or letter the procedures rely on."""

    __tablename__ = "external_document"
    __audit_label__ = "Tài liệu bên ngoài"
    # The derived columns (dedup_key, search_text) stay in the history on purpose: a deleted row's
    # snapshot must hold every NOT NULL column for HistoryService.restore to re-insert it whole.
    __table_args__ = (
        Index("ix_external_document_kind_status", "kind", "status"),
        _NEVER_REUSE_IDS,
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[ExternalDocKind] = mapped_column(_enum(ExternalDocKind))
    number_symbol: Mapped[str] = mapped_column(String(80))
    issue_date: Mapped[date | None]
    issuer: Mapped[str] = mapped_column(String(200))
    summary: Mapped[str] = mapped_column(Text)
    effective_date: Mapped[date | None]
    status: Mapped[LegalStatus] = mapped_column(_enum(LegalStatus), default=LegalStatus.IN_FORCE)
    status_date: Mapped[date | None]
    # The text that amends or replaces this one; SET NULL so deleting a wrongly entered successor
    # does not fail (the status stays, only the link goes).
    status_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("external_document.id", ondelete="SET NULL"), index=True)
    status_by_text: Mapped[str] = mapped_column(String(200), default="")  # successor not in the list
    field: Mapped[str] = mapped_column(String(120), default="", index=True)
    location: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    # fold(số ký hiệu without blanks) + "|" + fold(cơ quan): the UNIQUE constraint does the
    # case- and diacritics-insensitive duplicate check even for bulk inserts.
    dedup_key: Mapped[str] = mapped_column(String(300), unique=True)
    # fold(tên loại + số ký hiệu + trích yếu): searched with LIKE, so no per-row Python at query time.
    search_text: Mapped[str] = mapped_column(Text, default="")

    departments: Mapped[list[ExternalDocumentDepartmentRow]] = relationship(
        back_populates="external_document", cascade="all, delete-orphan")
    citations: Mapped[list[ExternalDocumentCitationRow]] = relationship(
        back_populates="external_document", cascade="all, delete-orphan")


class ExternalDocumentDepartmentRow(Audited, Base):
    """A department that uses (keeps a copy of) an external document.

    A mapped class with its own id rather than a bare association table, so adding or removing a
    department is recorded in the change history like any other change.
    """

    __tablename__ = "external_document_department"
    __audit_label__ = "Bộ phận sử dụng tài liệu bên ngoài"
    __table_args__ = (UniqueConstraint("external_document_id", "department_id"), _NEVER_REUSE_IDS)

    id: Mapped[int] = mapped_column(primary_key=True)
    external_document_id: Mapped[int] = mapped_column(
        ForeignKey("external_document.id", ondelete="CASCADE"), index=True)
    department_id: Mapped[int] = mapped_column(ForeignKey("department.id", ondelete="CASCADE"), index=True)

    external_document: Mapped[ExternalDocumentRow] = relationship(back_populates="departments")


class ExternalDocumentCitationRow(Audited, Base):
    """An internal procedure (``internal_document``) that cites an external document."""

    __tablename__ = "external_document_citation"
    __audit_label__ = "Căn cứ pháp lý của quy trình"
    __table_args__ = (UniqueConstraint("external_document_id", "internal_document_id"), _NEVER_REUSE_IDS)

    id: Mapped[int] = mapped_column(primary_key=True)
    external_document_id: Mapped[int] = mapped_column(
        ForeignKey("external_document.id", ondelete="CASCADE"), index=True)
    internal_document_id: Mapped[int] = mapped_column(
        ForeignKey("internal_document.id", ondelete="CASCADE"), index=True)

    external_document: Mapped[ExternalDocumentRow] = relationship(back_populates="citations")


class TthcRow(Audited, Base):
    """Thủ tục hành chính thuộc thẩm quyền giải quyết, as published by the UBND tỉnh."""

    __tablename__ = "tthc"
    __audit_label__ = "Thủ tục hành chính"
    __table_args__ = (_NEVER_REUSE_IDS,)

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)  # normalised: no blanks, upper case
    name: Mapped[str] = mapped_column(Text)
    field: Mapped[str] = mapped_column(String(120), default="", index=True)
    level: Mapped[str] = mapped_column(String(60), default="")
    # The provincial QĐ công bố danh mục TTHC: a decision of the UBND tỉnh, so plain text + date
    # (the agency's own register holds only its own decisions).
    decision_ref: Mapped[str] = mapped_column(String(80), default="")
    decision_date: Mapped[date | None]
    status: Mapped[TthcStatus] = mapped_column(_enum(TthcStatus), default=TthcStatus.IN_FORCE, index=True)
    status_date: Mapped[date | None]
    procedure_id: Mapped[int | None] = mapped_column(
        ForeignKey("internal_document.id", ondelete="SET NULL"), index=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    search_text: Mapped[str] = mapped_column(Text, default="")  # fold(code + name)

    events: Mapped[list[TthcEventRow]] = relationship(
        back_populates="tthc", cascade="all, delete-orphan", order_by="TthcEventRow.event_date")


class TthcEventRow(Audited, Base):
    """Status history of a TTHC: công bố mới, sửa đổi, bãi bỏ — each with its provincial decision."""

    __tablename__ = "tthc_event"
    __audit_label__ = "Biến động thủ tục hành chính"
    __table_args__ = (_NEVER_REUSE_IDS,)

    id: Mapped[int] = mapped_column(primary_key=True)
    tthc_id: Mapped[int] = mapped_column(ForeignKey("tthc.id", ondelete="CASCADE"), index=True)
    event_date: Mapped[date] = mapped_column(index=True)
    kind: Mapped[TthcEventKind] = mapped_column(_enum(TthcEventKind))
    decision_ref: Mapped[str] = mapped_column(String(80), default="")
    decision_date: Mapped[date | None]
    note: Mapped[str] = mapped_column(Text, default="")

    tthc: Mapped[TthcRow] = relationship(back_populates="events")


class ScopeFieldRow(Audited, Base):
    """A lĩnh vực in the QMS scope; removing it closes the row (``removed_on``) rather than deleting,
    because the removal itself is a change of scope that calls for công bố lại."""

    __tablename__ = "scope_field"
    __audit_label__ = "Lĩnh vực thuộc phạm vi áp dụng"
    __table_args__ = (_NEVER_REUSE_IDS,)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    added_on: Mapped[date]
    removed_on: Mapped[date | None]
    notes: Mapped[str] = mapped_column(Text, default="")


class ConformityAnnouncementRow(Audited, Base):
    """A QĐ công bố / công bố lại (a row of the issued-documents register) and the scope it announced."""

    __tablename__ = "conformity_announcement"
    __audit_label__ = "Công bố HTQLCL"
    __table_args__ = (_NEVER_REUSE_IDS,)

    id: Mapped[int] = mapped_column(primary_key=True)
    register_document_id: Mapped[int] = mapped_column(ForeignKey("issued_document.id"), unique=True)
    kind: Mapped[AnnouncementKind] = mapped_column(_enum(AnnouncementKind))
    # The QĐ ban hành hệ thống tài liệu it relies on (DOMAIN.md §7 rule 6 compares the two dates).
    document_set_id: Mapped[int | None] = mapped_column(ForeignKey("issued_document.id"), index=True)
    scope_date: Mapped[date]
    fields_json: Mapped[str] = mapped_column(Text, default="[]")  # lĩnh vực names, in order
    tthc_count: Mapped[int] = mapped_column(Integer, default=0)
    tthc_covered: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime]
