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
    """The database file cannot be used as it is. ``code`` is stable (translated by ui/errors.py);
    ``path`` names the file or folder concerned. Messages never carry SQL or driver internals."""

    code = "storage"

    def __init__(self, path: object = "", detail: str = "") -> None:
        super().__init__(self.code if not detail else f"{self.code}: {detail}")
        self.path = str(path)
        self.detail = detail

    @property
    def params(self) -> dict[str, Any]:
        return {"path": self.path}


class DatabaseTooNewError(StorageError):
    """The database was written by a newer isodesk; it is left untouched."""

    code = "database_too_new"

    def __init__(self, revision: str, path: object = "") -> None:
        super().__init__(path, revision)
        self.revision = revision

    @property
    def params(self) -> dict[str, Any]:
        return {"path": self.path, "revision": self.revision}


class DatabaseLockedError(StorageError):
    """Another isodesk (or another program) holds the database."""

    code = "database_locked"


class NotIsodeskDatabaseError(StorageError):
    """The file is not an isodesk database (another program's file or SQLite database); untouched."""

    code = "not_isodesk_database"


class DatabaseDamagedError(StorageError):
    """The file says it is an isodesk database but SQLite cannot read it as one."""

    code = "database_damaged"


class DatabaseReadOnlyError(StorageError):
    """The database file itself cannot be written (read-only file or no permission)."""

    code = "database_read_only"


class DatabaseFolderReadOnlyError(StorageError):
    """A valid database whose folder or drive cannot be written (read-only disk, CD, locked USB
    stick): SQLite needs to write its journal beside the file."""

    code = "database_folder_read_only"


class NewDatabaseFolderReadOnlyError(StorageError):
    """A new database cannot be created because its folder cannot be written."""

    code = "new_database_folder_read_only"


class StorageDiskFullError(StorageError):
    """The drive holding the database is full; the change was not saved."""

    code = "storage_disk_full"


class BackupNoRoomError(StorageError):
    """No room for the copy taken before an upgrade: nothing was upgraded, no backup left behind."""

    code = "backup_no_room"
