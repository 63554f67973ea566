"""dated membership: when a department existed and when a person worked at the agency (issue 13 item 2)

Revision ID: 0016_dated_membership
Revises: 0014_audit_links
Create Date: 2026-12-06 18:40:00

Two nullable date columns on ``department`` and ``person`` (None = not known, or still in place), so a
document lists the departments and people of its own date. Existing rows keep None: they count as in
place on every date while active, exactly as before.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0016_dated_membership"
down_revision = "0014_audit_links"
branch_labels = None
depends_on = None


def upgrade() -> None:
    for table in ("department", "person"):
        op.add_column(table, sa.Column("valid_from", sa.Date(), nullable=True))
        op.add_column(table, sa.Column("valid_to", sa.Date(), nullable=True))


def downgrade() -> None:
    for table in ("department", "person"):
        with op.batch_alter_table(table) as batch:
            batch.drop_column("valid_to")
            batch.drop_column("valid_from")
