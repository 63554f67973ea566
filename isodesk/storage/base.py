"""Declarative base shared by every table, so Alembic (batch mode on SQLite) sees named constraints."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, ClassVar

from sqlalchemy import Date, DateTime, MetaData, String, Table
from sqlalchemy.orm import DeclarativeBase


class Base(DeclarativeBase):
    """Single MetaData for every isodesk table."""

    metadata = MetaData(
        naming_convention={
            "ix": "ix_%(column_0_label)s",
            "uq": "uq_%(table_name)s_%(column_0_N_name)s",
            "ck": "ck_%(table_name)s_%(constraint_name)s",
            "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
            "pk": "pk_%(table_name)s",
        }
    )
    type_annotation_map = {str: String(), date: Date(), datetime: DateTime()}

    if TYPE_CHECKING:
        # Every isodesk model maps one Table (SQLAlchemy types it as any FromClause), so
        # ``insert(Model.__table__)`` and ``Model.__table__.c`` type-check.
        __table__: ClassVar[Table]


class Audited:
    """Mixin: every create, update and delete of this row is written to ``change_log``.

    ISO 9001 clause 7.5.3 wants changes to documented information to be traceable; doing it in a
    session hook means no service can forget it.  ``__audit_label__`` names the entity in Vietnamese
    for the history view; ``__audit_exclude__`` lists columns not worth recording.
    """

    __audit_label__: str = ""
    __audit_exclude__: tuple[str, ...] = ()
