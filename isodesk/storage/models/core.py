"""Tables of the core data: agency versions, departments, people, years, issued documents, files, history."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Enum, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from isodesk.domain.core import AgencyTier, DocPurpose, IssuedDocStatus, IssuedDocType, SteeringRole
from isodesk.storage.base import Audited, Base


#: AttachmentRow links and the change history point at rows by (table, id): an id must never come back
#: after a delete, or the new row would inherit the deleted one's files and history (migration 0005).
_NEVER_REUSE_IDS = {"sqlite_autoincrement": True}


def _enum(cls: type) -> Enum:
    # Store the enum *value* (e.g. "KH"), readable in the file and stable across renames of members.
    return Enum(cls, values_callable=lambda e: [m.value for m in e], native_enum=False, length=40,
                validate_strings=True)


class AgencyVersionRow(Audited, Base):
    """The agency's identity from ``valid_from`` on; the newest row not after a date applies to it."""

    __tablename__ = "agency_version"
    __audit_label__ = "Thông tin cơ quan"
    __table_args__ = (_NEVER_REUSE_IDS,)

    id: Mapped[int] = mapped_column(primary_key=True)
    valid_from: Mapped[date] = mapped_column(unique=True)
    name: Mapped[str] = mapped_column(String(300))
    parent_name: Mapped[str] = mapped_column(String(300), default="")
    tier: Mapped[AgencyTier] = mapped_column(_enum(AgencyTier))
    province: Mapped[str] = mapped_column(String(120))
    place_name: Mapped[str] = mapped_column(String(120))
    abbreviation: Mapped[str] = mapped_column(String(20))
    address: Mapped[str] = mapped_column(String(300), default="")
    phone: Mapped[str] = mapped_column(String(60), default="")
    email: Mapped[str] = mapped_column(String(120), default="")
    head_title: Mapped[str] = mapped_column(String(120), default="")
    deputy_title: Mapped[str] = mapped_column(String(120), default="")
    collective_name: Mapped[str] = mapped_column(String(200), default="")


class DepartmentRow(Audited, Base):
    """Phòng / bộ phận."""

    __tablename__ = "department"
    __audit_label__ = "Phòng, bộ phận"
    __table_args__ = (_NEVER_REUSE_IDS,)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    abbreviation: Mapped[str] = mapped_column(String(20), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    #: Set up on / dissolved after; None = not known (before isodesk kept it) or still in place.
    valid_from: Mapped[date | None] = mapped_column()
    valid_to: Mapped[date | None] = mapped_column()

    people: Mapped[list[PersonRow]] = relationship(back_populates="department")


class PersonRow(Audited, Base):
    """Cán bộ, công chức with their QMS roles."""

    __tablename__ = "person"
    __audit_label__ = "Cán bộ"
    __table_args__ = (_NEVER_REUSE_IDS,)

    id: Mapped[int] = mapped_column(primary_key=True)
    full_name: Mapped[str] = mapped_column(String(120))
    title: Mapped[str] = mapped_column(String(120), default="")
    department_id: Mapped[int | None] = mapped_column(ForeignKey("department.id"), index=True)
    is_leader: Mapped[bool] = mapped_column(Boolean, default=False)
    is_iso_secretary: Mapped[bool] = mapped_column(Boolean, default=False)
    is_internal_auditor: Mapped[bool] = mapped_column(Boolean, default=False)
    auditor_certificate: Mapped[str] = mapped_column(String(300), default="")
    steering_role: Mapped[SteeringRole | None] = mapped_column(_enum(SteeringRole))
    steering_decision_id: Mapped[int | None] = mapped_column(ForeignKey("issued_document.id"), index=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    #: Works at the agency from / until; None = not known or still working there.
    valid_from: Mapped[date | None] = mapped_column()
    valid_to: Mapped[date | None] = mapped_column()

    department: Mapped[DepartmentRow | None] = relationship(back_populates="people")


class ReportingYearRow(Audited, Base):
    """Kỳ báo cáo: the year with its data cut-off period and the provincial deadline."""

    __tablename__ = "reporting_year"
    __audit_label__ = "Kỳ báo cáo"
    __table_args__ = (_NEVER_REUSE_IDS,)

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer, unique=True)
    period_start: Mapped[date]
    period_end: Mapped[date]
    deadline: Mapped[date | None]
    notes: Mapped[str] = mapped_column(Text, default="")


class IssuedDocumentRow(Audited, Base):
    """The agency's own QMS documents (Quyết định, Kế hoạch, …) that modules and reports cite."""

    __tablename__ = "issued_document"
    __audit_label__ = "Văn bản đã ban hành"
    __table_args__ = (
        # NĐ 30 Điều 15: numbers are unique per issuing body per calendar year (NULL = not numbered).
        UniqueConstraint("issuer", "number_year", "number"),
        Index("ix_issued_document_purpose_year", "purpose", "year"),
        _NEVER_REUSE_IDS,
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    doc_type: Mapped[IssuedDocType] = mapped_column(_enum(IssuedDocType))
    issuer: Mapped[str] = mapped_column(String(20))
    number: Mapped[int | None] = mapped_column(Integer)
    number_year: Mapped[int | None] = mapped_column(Integer)
    symbol: Mapped[str] = mapped_column(String(40))
    issue_date: Mapped[date | None]
    summary: Mapped[str] = mapped_column(Text)
    signer_name: Mapped[str] = mapped_column(String(120), default="")
    signer_title: Mapped[str] = mapped_column(String(120), default="")
    status: Mapped[IssuedDocStatus] = mapped_column(_enum(IssuedDocStatus), default=IssuedDocStatus.DRAFT)
    purpose: Mapped[DocPurpose] = mapped_column(_enum(DocPurpose), default=DocPurpose.OTHER)
    year: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str] = mapped_column(Text, default="")


class AttachmentRow(Base):
    """One stored file, named by its SHA-256 so the same content is never stored twice."""

    __tablename__ = "attachment"
    __table_args__ = (_NEVER_REUSE_IDS,)

    id: Mapped[int] = mapped_column(primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    size: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime]


class AttachmentLinkRow(Audited, Base):
    """A file attached to some record (``entity`` = table name), under the name the user gave it."""

    __tablename__ = "attachment_link"
    __audit_label__ = "Tệp đính kèm"
    __table_args__ = (Index("ix_attachment_link_owner", "entity", "entity_id"), _NEVER_REUSE_IDS)

    id: Mapped[int] = mapped_column(primary_key=True)
    entity: Mapped[str] = mapped_column(String(60))
    entity_id: Mapped[int] = mapped_column(Integer)
    attachment_id: Mapped[int] = mapped_column(ForeignKey("attachment.id"), index=True)
    original_name: Mapped[str] = mapped_column(String(260))
    role: Mapped[str] = mapped_column(String(40), default="")
    added_at: Mapped[datetime]

    attachment: Mapped[AttachmentRow] = relationship()


class ChangeLogRow(Base):
    """Who changed what, when: written by storage.history in the same transaction as the change."""

    __tablename__ = "change_log"
    __table_args__ = (Index("ix_change_log_entity", "entity", "entity_id"), _NEVER_REUSE_IDS)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime]
    actor: Mapped[str] = mapped_column(String(120))
    entity: Mapped[str] = mapped_column(String(60))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(10))
    changes: Mapped[str] = mapped_column(Text)
    #: The tamper-evident chain (domain/history_chain.py): the previous entry's hash, and this entry's.
    prev_hash: Mapped[str] = mapped_column(String(64), default="", server_default="")
    hash: Mapped[str] = mapped_column(String(64), default="", server_default="")


class AppSettingRow(Base):
    """Business settings that belong with the data (not in the per-user QSettings)."""

    __tablename__ = "app_setting"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
