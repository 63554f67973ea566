"""Tables of the internal audit (rounds, scope, team, Chương trình, findings) and of the nonconformities
with their phiếu yêu cầu hành động khắc phục (ISO 9001 clauses 9.2 and 10.2).

People and departments are pointed at without cascades: a person named on a phiếu or a finding is a
record that must stay explainable, so deleting them is refused by the foreign key. The rows of a
round (scope, team, programme) belong to it and go with it.
"""

from __future__ import annotations

from datetime import date, time

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text, Time, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from isodesk.domain.audit import CauseCategory, FindingKind, NcSource, NcState, SlotKind
from isodesk.storage.base import Audited, Base
from isodesk.storage.models.core import _enum

# The change history and attachments are keyed by (table, id): ids are never handed out twice.
_NEVER_REUSE_IDS = {"sqlite_autoincrement": True}


class AuditRoundRow(Audited, Base):
    """Đợt đánh giá nội bộ."""

    __tablename__ = "audit_round"
    __audit_label__ = "Đợt đánh giá nội bộ"
    __table_args__ = (UniqueConstraint("year", "number"), _NEVER_REUSE_IDS)

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    number: Mapped[int] = mapped_column(Integer, default=1)
    start_date: Mapped[date]
    end_date: Mapped[date]
    purpose: Mapped[str] = mapped_column(Text, default="")
    criteria: Mapped[str] = mapped_column(Text, default="")
    processes: Mapped[str] = mapped_column(Text, default="")
    clauses: Mapped[str] = mapped_column(String(400), default="")  # "4.1,4.2,…" in scope
    leader_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"), index=True)
    held: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str] = mapped_column(Text, default="")

    departments: Mapped[list[AuditScopeRow]] = relationship(cascade="all, delete-orphan", order_by="AuditScopeRow.id")
    members: Mapped[list[AuditTeamMemberRow]] = relationship(cascade="all, delete-orphan",
                                                             order_by="AuditTeamMemberRow.id")
    slots: Mapped[list[AuditSlotRow]] = relationship(cascade="all, delete-orphan", order_by="AuditSlotRow.position")


class AuditScopeRow(Audited, Base):
    """A department in the scope of a round."""

    __tablename__ = "audit_scope"
    __audit_label__ = "Phạm vi đánh giá"
    __table_args__ = (UniqueConstraint("round_id", "department_id"), _NEVER_REUSE_IDS)

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("audit_round.id", ondelete="CASCADE"), index=True)
    department_id: Mapped[int] = mapped_column(ForeignKey("department.id"), index=True)


class AuditTeamMemberRow(Audited, Base):
    """A member of the audit team (the trưởng đoàn is ``audit_round.leader_id``)."""

    __tablename__ = "audit_team_member"
    __audit_label__ = "Thành viên Đoàn đánh giá"
    __table_args__ = (UniqueConstraint("round_id", "person_id"), _NEVER_REUSE_IDS)

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("audit_round.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)


class AuditSlotRow(Audited, Base):
    """A row of the Chương trình đánh giá."""

    __tablename__ = "audit_slot"
    __audit_label__ = "Chương trình đánh giá"
    __table_args__ = (_NEVER_REUSE_IDS,)

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("audit_round.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    day: Mapped[date]
    start_time: Mapped[time] = mapped_column(Time)
    end_time: Mapped[time] = mapped_column(Time)
    kind: Mapped[SlotKind] = mapped_column(_enum(SlotKind), default=SlotKind.AUDIT)
    department_id: Mapped[int | None] = mapped_column(ForeignKey("department.id"), index=True)
    clauses: Mapped[str] = mapped_column(String(400), default="")
    content: Mapped[str] = mapped_column(Text, default="")
    # PersonRow ids, comma-separated: the row is one line of the printed programme and its history
    # shows the whole assignment changing at once.
    auditor_ids: Mapped[str] = mapped_column(String(200), default="")
    representative: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class AuditFindingRow(Audited, Base):
    """A phát hiện: không phù hợp or điểm lưu ý, per department and clause."""

    __tablename__ = "audit_finding"
    __audit_label__ = "Phát hiện đánh giá nội bộ"
    __table_args__ = (_NEVER_REUSE_IDS,)

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("audit_round.id"), index=True)
    kind: Mapped[FindingKind] = mapped_column(_enum(FindingKind))
    department_id: Mapped[int] = mapped_column(ForeignKey("department.id"), index=True)
    clause: Mapped[str] = mapped_column(String(10))
    description: Mapped[str] = mapped_column(Text)
    evidence: Mapped[str] = mapped_column(Text, default="")
    requirement: Mapped[str] = mapped_column(Text, default="")
    found_by_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"), index=True)
    found_on: Mapped[date]
    confirmed_by: Mapped[str] = mapped_column(String(200), default="")


class NonconformityRow(Audited, Base):
    """Phiếu yêu cầu hành động khắc phục: one nonconformity, whatever its source (DOMAIN.md §6.3)."""

    __tablename__ = "nonconformity"
    __audit_label__ = "Phiếu yêu cầu hành động khắc phục"
    __table_args__ = (UniqueConstraint("year", "number"), _NEVER_REUSE_IDS)

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    number: Mapped[int] = mapped_column(Integer)
    raised_on: Mapped[date]
    department_id: Mapped[int] = mapped_column(ForeignKey("department.id"), index=True)
    source: Mapped[NcSource] = mapped_column(_enum(NcSource))
    # One phiếu per finding (several NULLs are allowed: phiếu from other sources).
    finding_id: Mapped[int | None] = mapped_column(ForeignKey("audit_finding.id"), unique=True)
    description: Mapped[str] = mapped_column(Text)
    requirement: Mapped[str] = mapped_column(Text, default="")
    found_by: Mapped[str] = mapped_column(String(200), default="")
    confirmation: Mapped[str] = mapped_column(String(200), default="")
    correction: Mapped[str] = mapped_column(Text, default="")
    cause: Mapped[str] = mapped_column(Text, default="")
    cause_category: Mapped[CauseCategory | None] = mapped_column(_enum(CauseCategory))
    action: Mapped[str] = mapped_column(Text, default="")
    action_owner_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"), index=True)
    due_date: Mapped[date | None]
    approved_by: Mapped[str] = mapped_column(String(200), default="")
    approved_on: Mapped[date | None]
    result: Mapped[str] = mapped_column(Text, default="")
    done_on: Mapped[date | None]
    check_by_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"), index=True)
    check_on: Mapped[date | None]
    check_passed: Mapped[bool | None] = mapped_column(Boolean)
    check_notes: Mapped[str] = mapped_column(Text, default="")
    state: Mapped[NcState] = mapped_column(_enum(NcState), default=NcState.OPEN, index=True)
    closed_on: Mapped[date | None]
    follow_up: Mapped[str] = mapped_column(Text, default="")
    past_attempts: Mapped[str] = mapped_column(Text, default="")


class NonconformityDocumentRow(Audited, Base):
    """An internal document a nonconformity required to revise (Sửa đổi tài liệu, ISO 9001 10.2.1 f),
    with the revision opened for it; once issued, that revision is evidence of the corrective action.
    Goes with the phiếu or the document; a deleted revision leaves the link to the document."""

    __tablename__ = "nonconformity_document"
    __audit_label__ = "Tài liệu sửa đổi theo phiếu khắc phục"
    __table_args__ = (UniqueConstraint("nonconformity_id", "document_id"), _NEVER_REUSE_IDS)

    id: Mapped[int] = mapped_column(primary_key=True)
    nonconformity_id: Mapped[int] = mapped_column(ForeignKey("nonconformity.id", ondelete="CASCADE"), index=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("internal_document.id", ondelete="CASCADE"), index=True)
    revision_id: Mapped[int | None] = mapped_column(ForeignKey("document_revision.id", ondelete="SET NULL"))
    linked_on: Mapped[date]
