"""Tables of the annual report (issue 11): the outline chosen and the freeze of each year, the
self-scores, and the subordinate units of Phụ lục I."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from isodesk.storage.base import Audited, Base

# Ids are never reused: the change history is keyed by (table, id).
_NEVER_REUSE_IDS = {"sqlite_autoincrement": True}


class ReportYearRow(Audited, Base):
    """The report of a year: the outline and criteria set chosen, and, once sent, the frozen report."""

    __tablename__ = "report_year"
    __audit_label__ = "Báo cáo năm"
    __audit_exclude__ = ("snapshot_json",)  # large JSON; the history records frozen/number/date
    __table_args__ = (UniqueConstraint("year"), _NEVER_REUSE_IDS)

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    outline_key: Mapped[str] = mapped_column(String(80), default="")
    criteria_key: Mapped[str] = mapped_column(String(80), default="")
    frozen: Mapped[bool] = mapped_column(Boolean, default=False)
    frozen_at: Mapped[datetime | None] = mapped_column(DateTime)
    sent_number: Mapped[int | None] = mapped_column(Integer)
    sent_date: Mapped[date | None] = mapped_column(Date)
    register_id: Mapped[int | None] = mapped_column(Integer)  # the issued-documents entry (no FK: kept if deleted)
    snapshot_json: Mapped[str] = mapped_column(Text, default="")  # JSON: figures and texts as sent


class ReportScoreRow(Audited, Base):
    """The self-score of one criterion of a year (Decimal kept exact as text: "0.5", "1.25")."""

    __tablename__ = "report_score"
    __audit_label__ = "Điểm tự chấm"
    __table_args__ = (UniqueConstraint("year", "criteria_key", "code"), _NEVER_REUSE_IDS)

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    criteria_key: Mapped[str] = mapped_column(String(80))
    code: Mapped[str] = mapped_column(String(20))
    score: Mapped[str | None] = mapped_column(String(10))
    note: Mapped[str] = mapped_column(Text, default="")


class ReportUnitRow(Audited, Base):
    """A subordinate unit of a Sở in Phụ lục I of a year."""

    __tablename__ = "report_unit"
    __audit_label__ = "Đơn vị trực thuộc (Phụ lục I)"
    __table_args__ = (_NEVER_REUSE_IDS,)

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(300))
    issue_decision: Mapped[str] = mapped_column(String(300), default="")
    audit_date: Mapped[date | None] = mapped_column(Date)
    announce_decision: Mapped[str] = mapped_column(String(300), default="")
    guides: Mapped[int] = mapped_column(Integer, default=0)
    internal_procedures: Mapped[int] = mapped_column(Integer, default=0)
    tthc_procedures: Mapped[int] = mapped_column(Integer, default=0)
    notes: Mapped[str] = mapped_column(Text, default="")
