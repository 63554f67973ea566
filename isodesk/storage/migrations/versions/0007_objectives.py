"""objectives: quality policy, quality objectives, their 6.2.2 plan lines and their results

Revision ID: 0007_objectives
Revises: 0006_risks
Create Date: 2026-12-06 16:40:00

Written by hand; constraint names follow ``Base.metadata``'s naming convention. New tables only.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_objectives"
down_revision = "0006_risks"
branch_labels = None
depends_on = None


def _enum(name: str, *values: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, length=40, create_constraint=True)


def upgrade() -> None:
    op.create_table(
        "quality_policy",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("valid_from", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("decision_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["decision_id"], ["issued_document.id"], ondelete="SET NULL",
                                name=op.f("fk_quality_policy_decision_id_issued_document")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_quality_policy")),
        sa.UniqueConstraint("valid_from", name=op.f("uq_quality_policy_valid_from")),
        sqlite_autoincrement=True,
    )
    op.create_index(op.f("ix_quality_policy_decision_id"), "quality_policy", ["decision_id"])
    op.create_table(
        "quality_objective",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("indicator", sa.Text(), nullable=False),
        sa.Column("comparator", _enum("comparator", "≥", "≤", "=", ">", "<"), nullable=False),
        sa.Column("target", sa.String(length=40), nullable=False),
        sa.Column("unit", sa.String(length=40), nullable=False),
        sa.Column("method", sa.Text(), nullable=False),
        sa.Column("frequency", _enum("frequency", "quarterly", "half_yearly", "yearly"), nullable=False),
        sa.Column("level", _enum("level", "agency", "department"), nullable=False),
        sa.Column("department_id", sa.Integer(), nullable=True),
        sa.Column("figure_key", sa.String(length=120), nullable=False),
        sa.Column("needs_review", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["department_id"], ["department.id"], ondelete="RESTRICT",
                                name=op.f("fk_quality_objective_department_id_department")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_quality_objective")),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_quality_objective_year", "quality_objective", ["year", "position"])
    op.create_index(op.f("ix_quality_objective_department_id"), "quality_objective", ["department_id"])
    op.create_table(
        "quality_objective_plan",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("objective_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("measure", sa.Text(), nullable=False),
        sa.Column("resources", sa.Text(), nullable=False),
        sa.Column("responsible", sa.Text(), nullable=False),
        sa.Column("timeframe", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(["objective_id"], ["quality_objective.id"], ondelete="CASCADE",
                                name=op.f("fk_quality_objective_plan_objective_id_quality_objective")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_quality_objective_plan")),
        sqlite_autoincrement=True,
    )
    op.create_index(op.f("ix_quality_objective_plan_objective_id"), "quality_objective_plan", ["objective_id"])
    op.create_table(
        "quality_objective_result",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("objective_id", sa.Integer(), nullable=False),
        sa.Column("period", sa.String(length=10), nullable=False),
        sa.Column("value", sa.String(length=40), nullable=False),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.Column("measured_by", sa.String(length=200), nullable=False),
        sa.Column("measured_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(["objective_id"], ["quality_objective.id"], ondelete="CASCADE",
                                name=op.f("fk_quality_objective_result_objective_id_quality_objective")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_quality_objective_result")),
        sa.UniqueConstraint("objective_id", "period", name=op.f("uq_quality_objective_result_objective_id_period")),
        sqlite_autoincrement=True,
    )
    op.create_index(op.f("ix_quality_objective_result_objective_id"), "quality_objective_result", ["objective_id"])


def downgrade() -> None:
    for table in ("quality_objective_result", "quality_objective_plan", "quality_objective", "quality_policy"):
        op.drop_table(table)
