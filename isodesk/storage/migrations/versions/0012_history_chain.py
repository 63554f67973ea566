"""history chain: each change-history entry carries the previous entry's hash and its own (issue 12 item 15)

Revision ID: 0012_history_chain
Revises: 0011_report
Create Date: 2026-12-06 18:40:00

Two columns on ``change_log`` (``prev_hash``, ``hash``) and the chain computed for the entries already
there, in id order, with the one serialisation of ``isodesk.domain.history_chain`` (over the text the
database holds). Every row is kept as it is; only ``down_revision`` changes when it is chained.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from isodesk.domain.history_chain import GENESIS, entry_hash

revision = "0012_history_chain"
down_revision = "0011_report"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("change_log") as batch_op:
        batch_op.add_column(sa.Column("prev_hash", sa.String(length=64), server_default="", nullable=False))
        batch_op.add_column(sa.Column("hash", sa.String(length=64), server_default="", nullable=False))
    conn = op.get_bind()
    rows = conn.exec_driver_sql("SELECT id, CAST(at AS TEXT), actor, entity, entity_id, action, changes "
                                "FROM change_log ORDER BY id").fetchall()
    previous = GENESIS
    sealed = []
    for entry_id, at, actor, entity, entity_id, action, changes in rows:
        digest = entry_hash(int(entry_id), str(entity or ""), None if entity_id is None else int(entity_id),
                            str(action or ""), str(actor or ""), str(at or ""), str(changes or ""), previous)
        sealed.append({"p": previous, "h": digest, "id": int(entry_id)})
        previous = digest
    if sealed:
        conn.execute(sa.text("UPDATE change_log SET prev_hash = :p, hash = :h WHERE id = :id"), sealed)


def downgrade() -> None:
    with op.batch_alter_table("change_log") as batch_op:
        batch_op.drop_column("hash")
        batch_op.drop_column("prev_hash")
