"""Tables of the management review (DOMAIN.md §6.4): meetings, their attendees and decided actions."""

from __future__ import annotations

from datetime import date, time

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text, Time
from sqlalchemy.orm import Mapped, mapped_column, relationship

from isodesk.domain.review import ActionKind, ActionStatus
from isodesk.storage.base import Audited, Base
from isodesk.storage.models.core import _enum

# Ids are never reused: the change history is keyed by (table, id).
_NEVER_REUSE_IDS = {"sqlite_autoincrement": True}


class ReviewMeetingRow(Audited, Base):
    """One meeting of the management review of a reporting year."""

    __tablename__ = "review_meeting"
    __audit_label__ = "Cuộc họp xem xét của lãnh đạo"
    __table_args__ = (_NEVER_REUSE_IDS,)

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    held_on: Mapped[date] = mapped_column(Date)
    start: Mapped[time] = mapped_column(Time)
    end: Mapped[time | None] = mapped_column(Time)
    place: Mapped[str] = mapped_column(String(300), default="")
    chair_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    secretary_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    attendee_ids: Mapped[str] = mapped_column(Text, default="")  # comma-separated person ids, in order
    notes: Mapped[str] = mapped_column(Text, default="")

    actions: Mapped[list[ReviewActionRow]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="ReviewActionRow.position")


class ReviewActionRow(Audited, Base):
    """One decision/action of a meeting (9.3.3)."""

    __tablename__ = "review_action"
    __audit_label__ = "Hành động sau xem xét của lãnh đạo"
    __table_args__ = (_NEVER_REUSE_IDS,)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("review_meeting.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    content: Mapped[str] = mapped_column(Text, default="")
    kind: Mapped[ActionKind] = mapped_column(_enum(ActionKind))
    responsible: Mapped[str] = mapped_column(String(300), default="")
    deadline: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[ActionStatus] = mapped_column(_enum(ActionStatus))
    closed_on: Mapped[date | None] = mapped_column(Date)

    meeting: Mapped[ReviewMeetingRow] = relationship(back_populates="actions")
