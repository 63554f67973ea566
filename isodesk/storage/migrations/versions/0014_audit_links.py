"""audit links: the internal documents a nonconformity required to revise (Sửa đổi tài liệu, ISO 9001 10.2.1 f)

Revision ID: 0014_audit_links
Revises: 0012_history_chain
Create Date: 2026-12-06 18:30:00

Written by hand; constraint names follow ``Base.metadata``'s naming convention. Only a new table: the
revision touches nothing else, so only ``down_revision`` changes when it is chained.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014_audit_links"
down_revision = "0012_history_chain"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "nonconformity_document",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("nonconformity_id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("revision_id", sa.Integer(), nullable=True),
        sa.Column("linked_on", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(["nonconformity_id"], ["nonconformity.id"],
                                name=op.f("fk_nonconformity_document_nonconformity_id_nonconformity"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["document_id"], ["internal_document.id"],
                                name=op.f("fk_nonconformity_document_document_id_internal_document"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["revision_id"], ["document_revision.id"],
                                name=op.f("fk_nonconformity_document_revision_id_document_revision"),
                                ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_nonconformity_document")),
        sa.UniqueConstraint("nonconformity_id", "document_id",
                            name=op.f("uq_nonconformity_document_nonconformity_id_document_id")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("nonconformity_document") as batch_op:
        batch_op.create_index(batch_op.f("ix_nonconformity_document_nonconformity_id"), ["nonconformity_id"],
                              unique=False)
        batch_op.create_index(batch_op.f("ix_nonconformity_document_document_id"), ["document_id"], unique=False)


def downgrade() -> None:
    op.drop_table("nonconformity_document")
