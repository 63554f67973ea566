"""risks: the risk and opportunity register (entries per year, their actions)

Revision ID: 0006_risks
Revises: 0005_never_reuse_ids
Create Date: 2026-12-06 16:40:00

Written by hand; constraint names follow ``Base.metadata``'s naming convention. Only new tables:
the revision can be chained after any other module's revision by changing ``down_revision``.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_risks"
down_revision = "0005_never_reuse_ids"
branch_labels = None
depends_on = None


def _enum(name: str, *values: str) -> sa.Enum:
    # Same shape as storage.models.core._enum: the value is stored as text, checked by SQLAlchemy.
    return sa.Enum(*values, name=name, native_enum=False, length=40)


def upgrade() -> None:
    op.create_table(
        "risk_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("group_key", _enum("riskgroup", "noi_bo", "ben_ngoai", "cac_ben_quan_tam"), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("issue", sa.Text(), nullable=False),
        sa.Column("impact", sa.Text(), nullable=False),
        sa.Column("kind", _enum("entrykind", "rui_ro", "co_hoi", "ca_hai"), nullable=False),
        sa.Column("level", _enum("risklevel", "thap", "cao", "rat_cao"), nullable=True),
        sa.Column("likelihood", sa.Integer(), nullable=True),
        sa.Column("severity", sa.Integer(), nullable=True),
        sa.Column("opportunity", sa.Text(), nullable=False),
        sa.Column("target", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("department_id", sa.Integer(), nullable=True),
        sa.Column("procedure_id", sa.Integer(), nullable=True),
        sa.Column("tthc_field", sa.String(length=120), nullable=False),
        sa.Column("status", _enum("entrystatus", "dang_theo_doi", "da_dong"), nullable=False),
        sa.Column("needs_review", sa.Boolean(), nullable=False),
        sa.Column("carried_from_id", sa.Integer(), nullable=True),
        sa.Column("source_kind", sa.String(length=40), nullable=True),
        sa.Column("source_id", sa.Integer(), nullable=True),
        sa.Column("effectiveness", _enum("effectiveness", "dat", "chua_dat"), nullable=True),
        sa.Column("observed", sa.Text(), nullable=False),
        sa.Column("evaluated_by", sa.String(length=200), nullable=False),
        sa.Column("evaluated_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(["carried_from_id"], ["risk_entry.id"],
                                name=op.f("fk_risk_entry_carried_from_id_risk_entry"), ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["department_id"], ["department.id"],
                                name=op.f("fk_risk_entry_department_id_department"), ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["procedure_id"], ["internal_document.id"],
                                name=op.f("fk_risk_entry_procedure_id_internal_document"), ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_risk_entry")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("risk_entry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_risk_entry_department_id"), ["department_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_risk_entry_procedure_id"), ["procedure_id"], unique=False)
        batch_op.create_index("ix_risk_entry_year_group", ["year", "group_key", "position"], unique=False)

    op.create_table(
        "risk_action",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("what", sa.Text(), nullable=False),
        sa.Column("who", sa.String(length=200), nullable=False),
        sa.Column("deadline", sa.Date(), nullable=True),
        sa.Column("status", _enum("actionstatus", "chua_thuc_hien", "dang_thuc_hien", "hoan_thanh", "huy_bo"),
                  nullable=False),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(["entry_id"], ["risk_entry.id"],
                                name=op.f("fk_risk_action_entry_id_risk_entry"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_risk_action")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("risk_action", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_risk_action_deadline"), ["deadline"], unique=False)
        batch_op.create_index(batch_op.f("ix_risk_action_entry_id"), ["entry_id"], unique=False)


def downgrade() -> None:
    op.drop_table("risk_action")
    op.drop_table("risk_entry")
