"""never reuse ids: the core tables of 0001 rebuilt with AUTOINCREMENT; isodesk's application id

Revision ID: 0005_never_reuse_ids
Revises: 0004_draft_texts
Create Date: 2026-12-06 15:45:00

Attachment links and the change history point at records by ``(table, id)`` without a foreign key,
so an id given again after a delete would inherit the deleted record's files and history. The
tables created by 0001 used SQLite's default rowid allocation (max + 1: the newest row's id comes
back after it is deleted); 0002–0004 already use AUTOINCREMENT. Every row is kept (batch mode copies
them with their ids), and each table's sequence starts above every id the history or the
attachment links have ever mentioned, so ids deleted *before* this upgrade are not reused either.

The upgrade runs with foreign keys off (storage/migrate.py) and ends with ``foreign_key_check``:
dropping a parent table with foreign keys on would cascade into its children.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_never_reuse_ids"
down_revision = "0004_draft_texts"
branch_labels = None
depends_on = None

#: ``PRAGMA application_id`` of isodesk ("ISOD"); the same value as storage.database_file.
ISODESK_APPLICATION_ID = 0x49534F44

#: Every table of 0001–0004 created without AUTOINCREMENT (app_setting is keyed by name).
TABLES = ("agency_version", "department", "person", "reporting_year", "issued_document",
          "attachment", "attachment_link", "change_log")


def _highest_id_ever(conn: sa.Connection, table: str) -> int:
    highest = conn.exec_driver_sql(f'SELECT coalesce(max(id), 0) FROM "{table}"').scalar() or 0
    for source in ("change_log", "attachment_link"):
        mentioned = conn.exec_driver_sql(
            f"SELECT coalesce(max(entity_id), 0) FROM {source} WHERE entity = ?", (table,)).scalar() or 0
        highest = max(highest, int(mentioned))
    return int(highest)


def upgrade() -> None:
    conn = op.get_bind()
    highest = {table: _highest_id_ever(conn, table) for table in TABLES}
    for table in TABLES:
        with op.batch_alter_table(table, recreate="always",
                                  table_kwargs={"sqlite_autoincrement": True}) as batch_op:
            del batch_op  # nothing else changes: the rebuild itself is the point
    for table, value in highest.items():
        if value <= 0:
            continue
        conn.exec_driver_sql("DELETE FROM sqlite_sequence WHERE name = ?", (table,))
        conn.exec_driver_sql("INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)", (table, value))
    conn.exec_driver_sql(f"PRAGMA application_id = {ISODESK_APPLICATION_ID}")


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, recreate="always",
                                  table_kwargs={"sqlite_autoincrement": False}) as batch_op:
            del batch_op
