"""results: TTHC results per period and level, citizen satisfaction surveys and their comments

Revision ID: 0009_results
Revises: 0008_audit
Create Date: 2026-12-06 16:40:00

Written by hand; constraint names follow ``Base.metadata``'s naming convention. Only new tables:
the revision touches nothing else, so only ``down_revision`` changes when it is chained.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009_results"
down_revision = "0008_audit"
branch_labels = None
depends_on = None


def _enum(name: str, *values: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, length=40)


def _count(name: str, nullable: bool = False) -> sa.Column:
    return sa.Column(name, sa.Integer(), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "tthc_result",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("period", sa.String(length=8), nullable=False),
        sa.Column("level", _enum("resultlevel", "cap_xa", "trung_tam_pvhcc", "cap_huyen"), nullable=False),
        sa.Column("field", sa.String(length=120), nullable=False),
        sa.Column("field_key", sa.String(length=120), nullable=False),
        *[_count(name) for name in ("carried_over", "received_online", "received_direct", "resolved_early",
                                    "resolved_on_time", "resolved_late", "pending_in_time", "pending_overdue",
                                    "returned", "suspended", "cancelled")],
        *[_count(name, True) for name in ("digitised_partly", "digitised_fully", "result_digitised",
                                          "result_not_digitised")],
        sa.Column("notes", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tthc_result")),
        sa.UniqueConstraint("year", "period", "level", "field_key",
                            name=op.f("uq_tthc_result_year_period_level_field_key")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("tthc_result") as batch_op:
        batch_op.create_index(batch_op.f("ix_tthc_result_year"), ["year"], unique=False)
    op.create_table(
        "satisfaction_survey",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("period", sa.String(length=8), nullable=False),
        sa.Column("subject", sa.String(length=200), nullable=False),
        sa.Column("subject_key", sa.String(length=200), nullable=False),
        sa.Column("method", _enum("surveymethod", "phieu", "phan_mem"), nullable=False),
        _count("distributed", True),
        _count("very_satisfied"),
        _count("satisfied"),
        _count("dissatisfied"),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_satisfaction_survey")),
        sa.UniqueConstraint("year", "period", "subject_key", name=op.f("uq_satisfaction_survey_year_period_subject_key")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("satisfaction_survey") as batch_op:
        batch_op.create_index(batch_op.f("ix_satisfaction_survey_year"), ["year"], unique=False)
    op.create_table(
        "satisfaction_comment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("survey_id", sa.Integer(), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=True),
        sa.Column("dissatisfied", sa.Boolean(), nullable=False),
        sa.Column("handling", sa.Text(), nullable=False),
        sa.Column("handled", sa.Boolean(), nullable=False),
        sa.Column("nonconformity_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["survey_id"], ["satisfaction_survey.id"],
                                name=op.f("fk_satisfaction_comment_survey_id_satisfaction_survey"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_satisfaction_comment")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("satisfaction_comment") as batch_op:
        batch_op.create_index(batch_op.f("ix_satisfaction_comment_survey_id"), ["survey_id"], unique=False)


def downgrade() -> None:
    op.drop_table("satisfaction_comment")
    op.drop_table("satisfaction_survey")
    op.drop_table("tthc_result")
