"""Errors raised below the UI. They carry a stable code and parameters; the UI turns them into
translated Vietnamese text (ui/errors.py), so no layer below ui/ needs Qt's tr()."""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field as dataclass_field
from typing import Any


class IsodeskError(Exception):
    """Base of every isodesk error."""


@dataclass(frozen=True)
class FieldProblem:
    """One problem with one input field (or one cell of an imported row)."""

    field: str
    code: str
    # dataclass_field: the attribute ``field`` above shadows dataclasses.field inside this class body.
    params: dict[str, Any] = dataclass_field(default_factory=dict)
    row: int | None = None


class DomainError(IsodeskError):
    """A business rule refused the request. ``code`` is stable (used for translation and tests)."""

    def __init__(self, code: str, problems: list[FieldProblem] | None = None, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.params: dict[str, Any] = params
        self.problems: list[FieldProblem] = list(problems or [])

    def __repr__(self) -> str:
        return f"DomainError({self.code!r}, params={self.params!r}, problems={self.problems!r})"


class ValidationError(DomainError):
    """Input failed validation; ``problems`` lists every field at fault (nothing was saved)."""

    def __init__(self, problems: list[FieldProblem], **params: Any) -> None:
        super().__init__("validation", problems, **params)


class NotFoundError(DomainError):
    """The record asked for does not exist (any more)."""

    def __init__(self, entity: str, entity_id: object) -> None:
        super().__init__("not_found", entity=entity, entity_id=entity_id)


class StorageError(IsodeskError):
    """The database file cannot be used as it is."""


class DatabaseTooNewError(StorageError):
    """The database was written by a newer isodesk; it is left untouched."""

    def __init__(self, revision: str) -> None:
        super().__init__(revision)
        self.revision = revision


class DatabaseLockedError(StorageError):
    """Another isodesk (or another program) holds the database."""
