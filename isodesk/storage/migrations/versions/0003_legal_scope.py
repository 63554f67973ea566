"""external documents, TTHC catalogue, QMS scope and công bố decisions

Revision ID: 0003_legal_scope
Revises: 0002_documents
Create Date: 2026-11-22 12:00:00

Written by hand (only this module's tables). Constraint names follow ``Base.metadata``'s naming
convention so later batch migrations on SQLite can find and drop them; every table uses
AUTOINCREMENT so a deleted row's id (and with it its change history) is never handed to a new row.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_legal_scope"
down_revision = "0002_documents"
branch_labels = None
depends_on = None


def _enum(name: str, *values: str) -> sa.Enum:
    # Same shape as storage.models.core._enum: the value is stored as text, checked by SQLAlchemy.
    return sa.Enum(*values, name=name, native_enum=False, length=40)


def upgrade() -> None:
    op.create_table(
        "external_document",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", _enum("externaldockind", "luat", "nghi_dinh", "thong_tu", "quyet_dinh", "nghi_quyet",
                                "tieu_chuan", "cong_van", "khac"), nullable=False),
        sa.Column("number_symbol", sa.String(length=80), nullable=False),
        sa.Column("issue_date", sa.Date(), nullable=True),
        sa.Column("issuer", sa.String(length=200), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("effective_date", sa.Date(), nullable=True),
        sa.Column("status", _enum("legalstatus", "con_hieu_luc", "het_hieu_luc", "bi_sua_doi", "bi_thay_the"),
                  nullable=False),
        sa.Column("status_date", sa.Date(), nullable=True),
        sa.Column("status_by_id", sa.Integer(), nullable=True),
        sa.Column("status_by_text", sa.String(length=200), nullable=False),
        sa.Column("field", sa.String(length=120), nullable=False),
        sa.Column("location", sa.String(length=200), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("dedup_key", sa.String(length=300), nullable=False),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["status_by_id"], ["external_document.id"],
                                name=op.f("fk_external_document_status_by_id_external_document"),
                                ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_external_document")),
        sa.UniqueConstraint("dedup_key", name=op.f("uq_external_document_dedup_key")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("external_document", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_external_document_field"), ["field"], unique=False)
        batch_op.create_index("ix_external_document_kind_status", ["kind", "status"], unique=False)
        batch_op.create_index(batch_op.f("ix_external_document_status_by_id"), ["status_by_id"], unique=False)

    op.create_table(
        "external_document_department",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("external_document_id", sa.Integer(), nullable=False),
        sa.Column("department_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["department_id"], ["department.id"],
                                name=op.f("fk_external_document_department_department_id_department"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["external_document_id"], ["external_document.id"],
                                name=op.f("fk_external_document_department_external_document_id_external_document"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_external_document_department")),
        sa.UniqueConstraint("external_document_id", "department_id",
                            name=op.f("uq_external_document_department_external_document_id_department_id")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("external_document_department", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_external_document_department_department_id"),
                              ["department_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_external_document_department_external_document_id"),
                              ["external_document_id"], unique=False)

    op.create_table(
        "external_document_citation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("external_document_id", sa.Integer(), nullable=False),
        sa.Column("internal_document_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["external_document_id"], ["external_document.id"],
                                name=op.f("fk_external_document_citation_external_document_id_external_document"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["internal_document_id"], ["internal_document.id"],
                                name=op.f("fk_external_document_citation_internal_document_id_internal_document"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_external_document_citation")),
        sa.UniqueConstraint("external_document_id", "internal_document_id",
                            name=op.f("uq_external_document_citation_external_document_id_internal_document_id")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("external_document_citation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_external_document_citation_external_document_id"),
                              ["external_document_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_external_document_citation_internal_document_id"),
                              ["internal_document_id"], unique=False)

    op.create_table(
        "tthc",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("field", sa.String(length=120), nullable=False),
        sa.Column("level", sa.String(length=60), nullable=False),
        sa.Column("decision_ref", sa.String(length=80), nullable=False),
        sa.Column("decision_date", sa.Date(), nullable=True),
        sa.Column("status", _enum("tthcstatus", "ap_dung", "sua_doi", "bai_bo"), nullable=False),
        sa.Column("status_date", sa.Date(), nullable=True),
        sa.Column("procedure_id", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["procedure_id"], ["internal_document.id"],
                                name=op.f("fk_tthc_procedure_id_internal_document"), ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tthc")),
        sa.UniqueConstraint("code", name=op.f("uq_tthc_code")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("tthc", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_tthc_field"), ["field"], unique=False)
        batch_op.create_index(batch_op.f("ix_tthc_procedure_id"), ["procedure_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_tthc_status"), ["status"], unique=False)

    op.create_table(
        "tthc_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("tthc_id", sa.Integer(), nullable=False),
        sa.Column("event_date", sa.Date(), nullable=False),
        sa.Column("kind", _enum("tthceventkind", "added", "amended", "abolished"), nullable=False),
        sa.Column("decision_ref", sa.String(length=80), nullable=False),
        sa.Column("decision_date", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["tthc_id"], ["tthc.id"], name=op.f("fk_tthc_event_tthc_id_tthc"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tthc_event")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("tthc_event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_tthc_event_event_date"), ["event_date"], unique=False)
        batch_op.create_index(batch_op.f("ix_tthc_event_tthc_id"), ["tthc_id"], unique=False)

    op.create_table(
        "scope_field",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("added_on", sa.Date(), nullable=False),
        sa.Column("removed_on", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_scope_field")),
        sqlite_autoincrement=True,
    )

    op.create_table(
        "conformity_announcement",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("register_document_id", sa.Integer(), nullable=False),
        sa.Column("kind", _enum("announcementkind", "cong_bo", "cong_bo_lai"), nullable=False),
        sa.Column("document_set_id", sa.Integer(), nullable=True),
        sa.Column("scope_date", sa.Date(), nullable=False),
        sa.Column("fields_json", sa.Text(), nullable=False),
        sa.Column("tthc_count", sa.Integer(), nullable=False),
        sa.Column("tthc_covered", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["document_set_id"], ["issued_document.id"],
                                name=op.f("fk_conformity_announcement_document_set_id_issued_document")),
        sa.ForeignKeyConstraint(["register_document_id"], ["issued_document.id"],
                                name=op.f("fk_conformity_announcement_register_document_id_issued_document")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_conformity_announcement")),
        sa.UniqueConstraint("register_document_id", name=op.f("uq_conformity_announcement_register_document_id")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("conformity_announcement", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_conformity_announcement_document_set_id"),
                              ["document_set_id"], unique=False)


def downgrade() -> None:
    # Children before parents; dropping a table drops its indexes with it.
    for table in ("conformity_announcement", "scope_field", "tthc_event", "tthc", "external_document_citation",
                  "external_document_department", "external_document"):
        op.drop_table(table)
