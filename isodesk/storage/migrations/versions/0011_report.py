"""report: the annual report's year settings and freeze, self-scores, Phụ lục I units (issue 11)

Revision ID: 0011_report
Revises: 0010_review
Create Date: 2026-12-06 18:30:00

Written by hand; constraint names follow ``Base.metadata``'s naming convention. Only new tables:
the revision touches nothing else, so only ``down_revision`` changes when it is chained.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011_report"
down_revision = "0010_review"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "report_year",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("outline_key", sa.String(length=80), nullable=False),
        sa.Column("criteria_key", sa.String(length=80), nullable=False),
        sa.Column("frozen", sa.Boolean(), nullable=False),
        sa.Column("frozen_at", sa.DateTime(), nullable=True),
        sa.Column("sent_number", sa.Integer(), nullable=True),
        sa.Column("sent_date", sa.Date(), nullable=True),
        sa.Column("register_id", sa.Integer(), nullable=True),
        sa.Column("snapshot_json", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_year")),
        sa.UniqueConstraint("year", name=op.f("uq_report_year_year")),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "report_score",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("criteria_key", sa.String(length=80), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("score", sa.String(length=10), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_score")),
        sa.UniqueConstraint("year", "criteria_key", "code", name=op.f("uq_report_score_year_criteria_key_code")),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "report_unit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("issue_decision", sa.String(length=300), nullable=False),
        sa.Column("audit_date", sa.Date(), nullable=True),
        sa.Column("announce_decision", sa.String(length=300), nullable=False),
        sa.Column("guides", sa.Integer(), nullable=False),
        sa.Column("internal_procedures", sa.Integer(), nullable=False),
        sa.Column("tthc_procedures", sa.Integer(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_unit")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("report_unit") as batch_op:
        batch_op.create_index(batch_op.f("ix_report_unit_year"), ["year"], unique=False)


def downgrade() -> None:
    op.drop_table("report_unit")
    op.drop_table("report_score")
    op.drop_table("report_year")
