"""Tables of the quality policy, the quality objectives, their 6.2.2 plan lines and their results.

Numbers (target, measured value) are stored as decimal text: SQLite has no decimal type and a
binary float would turn 98,5 % into 98,499999…; the service converts them to ``Decimal``.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from isodesk.domain.objectives import Comparator, Frequency, Level
from isodesk.storage.base import Audited, Base
from isodesk.storage.models.core import _enum

# The change history is keyed by (table, id): AUTOINCREMENT keeps a deleted row's id from coming back.
_NEVER_REUSE_IDS = {"sqlite_autoincrement": True}


class QualityPolicyRow(Audited, Base):
    """Chính sách chất lượng in force from a reporting year, with the decision that issued it."""

    __tablename__ = "quality_policy"
    __audit_label__ = "Chính sách chất lượng"
    __table_args__ = (UniqueConstraint("valid_from"), _NEVER_REUSE_IDS)

    id: Mapped[int] = mapped_column(primary_key=True)
    valid_from: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    decision_id: Mapped[int | None] = mapped_column(ForeignKey("issued_document.id", ondelete="SET NULL"), index=True)


class ObjectiveRow(Audited, Base):
    """Mục tiêu chất lượng of one reporting year (cấp cơ quan or cấp phòng)."""

    __tablename__ = "quality_objective"
    __audit_label__ = "Mục tiêu chất lượng"
    __table_args__ = (Index("ix_quality_objective_year", "year", "position"), _NEVER_REUSE_IDS)

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(Text)
    indicator: Mapped[str] = mapped_column(Text, default="")
    comparator: Mapped[Comparator] = mapped_column(_enum(Comparator))
    target: Mapped[str] = mapped_column(String(40))
    unit: Mapped[str] = mapped_column(String(40), default="%")
    method: Mapped[str] = mapped_column(Text, default="")
    frequency: Mapped[Frequency] = mapped_column(_enum(Frequency), default=Frequency.YEARLY)
    level: Mapped[Level] = mapped_column(_enum(Level), default=Level.AGENCY)
    department_id: Mapped[int | None] = mapped_column(ForeignKey("department.id", ondelete="RESTRICT"), index=True)
    figure_key: Mapped[str] = mapped_column(String(120), default="")
    needs_review: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str] = mapped_column(Text, default="")

    plan: Mapped[list[ObjectivePlanRow]] = relationship(
        back_populates="objective", cascade="all, delete-orphan", order_by="ObjectivePlanRow.position")
    results: Mapped[list[ObjectiveResultRow]] = relationship(
        back_populates="objective", cascade="all, delete-orphan", order_by="ObjectiveResultRow.period")


class ObjectivePlanRow(Audited, Base):
    """One line of an objective's 6.2.2 plan."""

    __tablename__ = "quality_objective_plan"
    __audit_label__ = "Kế hoạch thực hiện mục tiêu"
    __table_args__ = (_NEVER_REUSE_IDS,)

    id: Mapped[int] = mapped_column(primary_key=True)
    objective_id: Mapped[int] = mapped_column(ForeignKey("quality_objective.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    measure: Mapped[str] = mapped_column(Text)
    resources: Mapped[str] = mapped_column(Text, default="")
    responsible: Mapped[str] = mapped_column(Text, default="")
    timeframe: Mapped[str] = mapped_column(String(200), default="")

    objective: Mapped[ObjectiveRow] = relationship(back_populates="plan")


class ObjectiveResultRow(Audited, Base):
    """The measured value of an objective in one period ("2025-Q1", "2025-H2", "2025")."""

    __tablename__ = "quality_objective_result"
    __audit_label__ = "Kết quả thực hiện mục tiêu"
    __table_args__ = (UniqueConstraint("objective_id", "period"), _NEVER_REUSE_IDS)

    id: Mapped[int] = mapped_column(primary_key=True)
    objective_id: Mapped[int] = mapped_column(ForeignKey("quality_objective.id", ondelete="CASCADE"), index=True)
    period: Mapped[str] = mapped_column(String(10))
    value: Mapped[str] = mapped_column(String(40))
    evidence: Mapped[str] = mapped_column(Text, default="")
    measured_by: Mapped[str] = mapped_column(String(200), default="")
    measured_on: Mapped[date | None]

    objective: Mapped[ObjectiveRow] = relationship(back_populates="results")
