"""Texts the secretary edited in a document isodesk drafts (the year's plan, later reports).

Generic: one row per (document, year, block). A NULL ``text`` records "use isodesk's suggested text"
(the secretary restored it), which also stops an earlier year's edit from being carried over.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from isodesk.storage.base import Audited, Base


class DraftTextRow(Audited, Base):
    """One edited block of a drafted document (``document_key`` e.g. ``annual_plan``) for one year."""

    __tablename__ = "draft_text"
    __audit_label__ = "Nội dung văn bản soạn thảo"
    __table_args__ = (
        UniqueConstraint("document_key", "year", "block_key"),
        # Ids are never reused: the change history is keyed by (table, id).
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    document_key: Mapped[str] = mapped_column(String(60))
    year: Mapped[int] = mapped_column(Integer)
    block_key: Mapped[str] = mapped_column(String(120))
    text: Mapped[str | None] = mapped_column(Text)
    updated_at: Mapped[datetime]
