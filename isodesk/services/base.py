"""Shared plumbing for services: one transaction per use-case, validation → ValidationError."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.orm import Session, sessionmaker

from isodesk.domain.errors import FieldProblem, ValidationError


class ServiceBase:
    """Holds the session factory; subclasses open exactly one transaction per public write."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    @contextmanager
    def _write(self) -> Iterator[Session]:
        """A transaction that commits on success and rolls back (saving nothing) on any error."""
        with self._sessions.begin() as session:
            yield session

    @contextmanager
    def _read(self) -> Iterator[Session]:
        with self._sessions() as session:
            yield session


def raise_if(problems: list[FieldProblem]) -> None:
    """Raise a ValidationError when a validator found anything."""
    if problems:
        raise ValidationError(problems)

