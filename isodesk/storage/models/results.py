"""Tables of the TTHC results and citizen satisfaction module (DOMAIN.md §2.4, §6.9).

Only counts are stored: totals and rates are computed (DOMAIN.md §7 rules 1 and 3). A comment may point
at the nonconformity it raised (``nonconformity_id``, a plain id: the corrective-action module owns
that table and may not exist in every build).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from isodesk.domain.results import ResultLevel, SurveyMethod
from isodesk.storage.base import Audited, Base
from isodesk.storage.models.core import _enum

# Ids are never reused: the change history is keyed by (table, id).
_NEVER_REUSE_IDS = {"sqlite_autoincrement": True}


class TthcResultRow(Audited, Base):
    """The dossier counts of one level for one period (and optionally one lĩnh vực)."""

    __tablename__ = "tthc_result"
    __audit_label__ = "Kết quả giải quyết TTHC"
    __table_args__ = (UniqueConstraint("year", "period", "level", "field_key"), _NEVER_REUSE_IDS)

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    period: Mapped[str] = mapped_column(String(8), default="nam")
    level: Mapped[ResultLevel] = mapped_column(_enum(ResultLevel))
    field: Mapped[str] = mapped_column(String(120), default="")
    field_key: Mapped[str] = mapped_column(String(120), default="")
    carried_over: Mapped[int] = mapped_column(Integer, default=0)
    received_online: Mapped[int] = mapped_column(Integer, default=0)
    received_direct: Mapped[int] = mapped_column(Integer, default=0)
    resolved_early: Mapped[int] = mapped_column(Integer, default=0)
    resolved_on_time: Mapped[int] = mapped_column(Integer, default=0)
    resolved_late: Mapped[int] = mapped_column(Integer, default=0)
    pending_in_time: Mapped[int] = mapped_column(Integer, default=0)
    pending_overdue: Mapped[int] = mapped_column(Integer, default=0)
    returned: Mapped[int] = mapped_column(Integer, default=0)
    suspended: Mapped[int] = mapped_column(Integer, default=0)
    cancelled: Mapped[int] = mapped_column(Integer, default=0)
    digitised_partly: Mapped[int | None] = mapped_column(Integer)
    digitised_fully: Mapped[int | None] = mapped_column(Integer)
    result_digitised: Mapped[int | None] = mapped_column(Integer)
    result_not_digitised: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str] = mapped_column(Text, default="")


class SatisfactionSurveyRow(Audited, Base):
    """The ratings of one period (optionally of one lĩnh vực or TTHC)."""

    __tablename__ = "satisfaction_survey"
    __audit_label__ = "Kết quả khảo sát sự hài lòng"
    __table_args__ = (UniqueConstraint("year", "period", "subject_key"), _NEVER_REUSE_IDS)

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    period: Mapped[str] = mapped_column(String(8), default="nam")
    subject: Mapped[str] = mapped_column(String(200), default="")
    subject_key: Mapped[str] = mapped_column(String(200), default="")
    method: Mapped[SurveyMethod] = mapped_column(_enum(SurveyMethod))
    distributed: Mapped[int | None] = mapped_column(Integer)
    very_satisfied: Mapped[int] = mapped_column(Integer, default=0)
    satisfied: Mapped[int] = mapped_column(Integer, default=0)
    dissatisfied: Mapped[int] = mapped_column(Integer, default=0)
    notes: Mapped[str] = mapped_column(Text, default="")

    comments: Mapped[list[SatisfactionCommentRow]] = relationship(
        back_populates="survey", cascade="all, delete-orphan", order_by="SatisfactionCommentRow.id")


class SatisfactionCommentRow(Audited, Base):
    """An ý kiến góp ý of a survey, how it was handled, and the nonconformity it raised (if any)."""

    __tablename__ = "satisfaction_comment"
    __audit_label__ = "Ý kiến góp ý của tổ chức, công dân"
    __table_args__ = (_NEVER_REUSE_IDS,)

    id: Mapped[int] = mapped_column(primary_key=True)
    survey_id: Mapped[int] = mapped_column(ForeignKey("satisfaction_survey.id", ondelete="CASCADE"), index=True)
    content: Mapped[str] = mapped_column(Text)
    received_on: Mapped[date | None]
    dissatisfied: Mapped[bool] = mapped_column(Boolean, default=False)
    handling: Mapped[str] = mapped_column(Text, default="")
    handled: Mapped[bool] = mapped_column(Boolean, default=False)
    nonconformity_id: Mapped[int | None] = mapped_column(Integer)

    survey: Mapped[SatisfactionSurveyRow] = relationship(back_populates="comments")
