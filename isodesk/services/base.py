"""Shared plumbing for services: one transaction per use-case, validation → ValidationError."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from isodesk.domain.errors import FieldProblem, ValidationError
from isodesk.domain.inputs import EARLIEST_DATE, LATEST_DATE, normalise_inputs
from isodesk.storage.database_file import storage_error_from


def normalising(method: Callable[..., Any]) -> Callable[..., Any]:
    """Wrap a service method so that every text it receives is normalised first (domain.inputs)."""

    @functools.wraps(method)
    def wrapper(self: object, *args: object, **kwargs: object) -> Any:
        args = tuple(normalise_inputs(arg) for arg in args)
        kwargs = {name: normalise_inputs(value) for name, value in kwargs.items()}
        return method(self, *args, **kwargs)

    wrapper.__isodesk_normalising__ = True  # type: ignore[attr-defined]  # a marker attribute on the wrapper function
    return wrapper


class ServiceBase:
    """Holds the session factory; subclasses open exactly one transaction per public write.

    Every public method of a subclass receives its texts normalised (NFC, trimmed, zero-width
    characters at the ends removed; :func:`isodesk.domain.inputs.normalise_inputs`): the one
    service-boundary hook, so no service repeats per-field code and an NFD code is the same code as
    its NFC twin in every duplicate check. Control characters and lengths are refused at the flush.
    """

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        for name, attr in list(vars(cls).items()):
            if name.startswith("_") or not callable(attr) or isinstance(attr, staticmethod | classmethod | type):
                continue
            if not getattr(attr, "__isodesk_normalising__", False):
                setattr(cls, name, normalising(attr))

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    @contextmanager
    def _write(self) -> Iterator[Session]:
        """A transaction that commits on success and rolls back (saving nothing) on any error.

        A database-level failure (locked by another program, read-only, disk full) becomes its own
        StorageError, never SQLAlchemy's text with the SQL statement and its parameters.
        """
        try:
            with self._sessions.begin() as session:
                yield session
        except OperationalError as exc:
            raise storage_error_from(exc, self._db_path()) from exc
        except UnicodeEncodeError as exc:
            # A lone surrogate reached a query before any row was flushed: refuse it, nothing saved.
            raise ValidationError([FieldProblem("text", "bad_characters")]) from exc
        except OverflowError as exc:
            # Date arithmetic beyond year 9999 from a date that escaped the checks: a clear refusal.
            raise ValidationError([FieldProblem("date", "date_out_of_range",
                                                {"value": "", "min": EARLIEST_DATE, "max": LATEST_DATE})]) from exc

    @contextmanager
    def _read(self) -> Iterator[Session]:
        try:
            with self._sessions() as session:
                yield session
        except OperationalError as exc:
            raise storage_error_from(exc, self._db_path()) from exc

    def _db_path(self) -> Path:
        bind = self._sessions.kw.get("bind")
        return Path(getattr(getattr(bind, "url", None), "database", "") or "")


def raise_if(problems: list[FieldProblem]) -> None:
    """Raise a ValidationError when a validator found anything."""
    if problems:
        raise ValidationError(problems)

