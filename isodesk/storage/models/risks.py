"""Tables of the risk and opportunity register (one row per entry and year, its actions).

An entry may point at a department, an internal document (quy trình) and a lĩnh vực of TTHC; a
deleted department or procedure leaves the entry standing (SET NULL). ``source_kind``/``source_id``
is the link point through which a nonconformity or an audit finding raised or updated the entry
(no foreign key: those tables belong to another module).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from isodesk.domain.risks import ActionStatus, Effectiveness, EntryKind, EntryStatus, RiskGroup, RiskLevel
from isodesk.storage.base import Audited, Base
from isodesk.storage.models.core import _enum

_NEVER_REUSE_IDS = {"sqlite_autoincrement": True}


class RiskEntryRow(Audited, Base):
    """One row of the register of one reporting year (rủi ro, cơ hội, or both)."""

    __tablename__ = "risk_entry"
    __audit_label__ = "Rủi ro và cơ hội"
    __table_args__ = (
        Index("ix_risk_entry_year_group", "year", "group_key", "position"),
        _NEVER_REUSE_IDS,
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    group_key: Mapped[RiskGroup] = mapped_column(_enum(RiskGroup))
    position: Mapped[int] = mapped_column(Integer, default=0)
    issue: Mapped[str] = mapped_column(Text)
    impact: Mapped[str] = mapped_column(Text, default="")
    kind: Mapped[EntryKind] = mapped_column(_enum(EntryKind))
    level: Mapped[RiskLevel | None] = mapped_column(_enum(RiskLevel), nullable=True)
    likelihood: Mapped[int | None] = mapped_column(Integer, nullable=True)
    severity: Mapped[int | None] = mapped_column(Integer, nullable=True)
    opportunity: Mapped[str] = mapped_column(Text, default="")
    target: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    department_id: Mapped[int | None] = mapped_column(ForeignKey("department.id", ondelete="SET NULL"), index=True)
    procedure_id: Mapped[int | None] = mapped_column(ForeignKey("internal_document.id", ondelete="SET NULL"),
                                                     index=True)
    tthc_field: Mapped[str] = mapped_column(String(120), default="")
    status: Mapped[EntryStatus] = mapped_column(_enum(EntryStatus), default=EntryStatus.OPEN)
    needs_review: Mapped[bool] = mapped_column(Boolean, default=False)
    carried_from_id: Mapped[int | None] = mapped_column(ForeignKey("risk_entry.id", ondelete="SET NULL"))
    source_kind: Mapped[str | None] = mapped_column(String(40), nullable=True)
    source_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    effectiveness: Mapped[Effectiveness | None] = mapped_column(_enum(Effectiveness), nullable=True)
    observed: Mapped[str] = mapped_column(Text, default="")
    evaluated_by: Mapped[str] = mapped_column(String(200), default="")
    evaluated_on: Mapped[date | None]


class RiskActionRow(Audited, Base):
    """One hành động để giải quyết of an entry."""

    __tablename__ = "risk_action"
    __audit_label__ = "Hành động giải quyết rủi ro, cơ hội"
    __table_args__ = (_NEVER_REUSE_IDS,)

    id: Mapped[int] = mapped_column(primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("risk_entry.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    what: Mapped[str] = mapped_column(Text)
    who: Mapped[str] = mapped_column(String(200), default="")
    deadline: Mapped[date | None] = mapped_column(index=True)
    status: Mapped[ActionStatus] = mapped_column(_enum(ActionStatus), default=ActionStatus.PLANNED)
    done_on: Mapped[date | None]
