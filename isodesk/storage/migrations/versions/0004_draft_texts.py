"""draft texts: the secretary's edits of documents isodesk drafts (the year's plan)

Revision ID: 0004_draft_texts
Revises: 0003_legal_scope
Create Date: 2026-11-22 12:30:00

Written by hand; constraint names follow ``Base.metadata``'s naming convention.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_draft_texts"
down_revision = "0003_legal_scope"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "draft_text",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_key", sa.String(length=60), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("block_key", sa.String(length=120), nullable=False),
        sa.Column("text", sa.Text(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_draft_text")),
        sa.UniqueConstraint("document_key", "year", "block_key",
                            name=op.f("uq_draft_text_document_key_year_block_key")),
        sqlite_autoincrement=True,
    )


def downgrade() -> None:
    op.drop_table("draft_text")
