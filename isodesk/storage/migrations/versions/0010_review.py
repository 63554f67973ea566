"""review: management-review meetings and their decided actions (ISO 9001:2015 clause 9.3)

Revision ID: 0010_review
Revises: 0009_results
Create Date: 2026-12-06 17:30:00

Written by hand; constraint names follow ``Base.metadata``'s naming convention. Only new tables:
the revision touches nothing else, so only ``down_revision`` changes when it is chained.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010_review"
down_revision = "0009_results"
branch_labels = None
depends_on = None


def _enum(name: str, *values: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, length=40)


def upgrade() -> None:
    op.create_table(
        "review_meeting",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("start", sa.Time(), nullable=False),
        sa.Column("end", sa.Time(), nullable=True),
        sa.Column("place", sa.String(length=300), nullable=False),
        sa.Column("chair_id", sa.Integer(), nullable=True),
        sa.Column("secretary_id", sa.Integer(), nullable=True),
        sa.Column("attendee_ids", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["chair_id"], ["person.id"], name=op.f("fk_review_meeting_chair_id_person"),
                                ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["secretary_id"], ["person.id"], name=op.f("fk_review_meeting_secretary_id_person"),
                                ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_meeting")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("review_meeting") as batch_op:
        batch_op.create_index(batch_op.f("ix_review_meeting_year"), ["year"], unique=False)
    op.create_table(
        "review_action",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("kind", _enum("actionkind", "cai_tien", "thay_doi", "nguon_luc"), nullable=False),
        sa.Column("responsible", sa.String(length=300), nullable=False),
        sa.Column("deadline", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("status", _enum("actionstatus", "dang_thuc_hien", "hoan_thanh"), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(["meeting_id"], ["review_meeting.id"],
                                name=op.f("fk_review_action_meeting_id_review_meeting"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_action")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("review_action") as batch_op:
        batch_op.create_index(batch_op.f("ix_review_action_meeting_id"), ["meeting_id"], unique=False)


def downgrade() -> None:
    op.drop_table("review_action")
    op.drop_table("review_meeting")
