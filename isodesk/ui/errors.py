"""Turns DomainError / ValidationError codes into clear, translated messages for the user.

Modules add their own codes with :func:`register_messages`; unknown codes still give a readable
generic message (never a traceback).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QMessageBox, QWidget

from isodesk.domain.errors import DatabaseTooNewError, DomainError, FieldProblem, StorageError
from isodesk.domain.formatting import short_date

_CTX = "Errors"

_MESSAGES: dict[str, str] = {
    # field problems
    "required": QT_TRANSLATE_NOOP("Errors", "{field}: this field is required."),
    "duplicate": QT_TRANSLATE_NOOP("Errors", "{field}: “{value}” already exists."),
    "bad_abbreviation": QT_TRANSLATE_NOOP("Errors", "{field}: “{value}” must be a short abbreviation without spaces or “/” (e.g. UBND)."),
    "bad_email": QT_TRANSLATE_NOOP("Errors", "{field}: not a valid e-mail address."),
    "auditor_needs_certificate": QT_TRANSLATE_NOOP("Errors", "{field}: an internal auditor needs the training certificate recorded."),
    "year_out_of_range": QT_TRANSLATE_NOOP("Errors", "{field}: {value} is not a plausible year."),
    "period_end_before_start": QT_TRANSLATE_NOOP("Errors", "{field}: the period must end after it starts."),
    "period_too_long": QT_TRANSLATE_NOOP("Errors", "{field}: a reporting period cannot be longer than about a year."),
    "period_overlaps": QT_TRANSLATE_NOOP("Errors", "{field}: the period overlaps the reporting period of {year}."),
    "deadline_before_period": QT_TRANSLATE_NOOP("Errors", "{field}: the deadline cannot be before the period starts."),
    "number_out_of_range": QT_TRANSLATE_NOOP("Errors", "{field}: the number must be between 1 and 99999."),
    "number_taken": QT_TRANSLATE_NOOP("Errors", "{field}: number {number} of {year} is already used by {reference}."),
    "number_out_of_date_order": QT_TRANSLATE_NOOP("Errors", "{field}: numbers follow the order of the dates (Decree 30/2020, Article 15), but number {number} dated {date} does not fit beside {reference}. The number that fits this date is {proposal}. Nothing was saved."),
    "number_no_room_in_date_order": QT_TRANSLATE_NOOP("Errors", "{field}: numbers follow the order of the dates (Decree 30/2020, Article 15), but number {number} dated {date} does not fit beside {reference}, and no number is free for this date (the documents dated before and after it have consecutive numbers). Check the date of issue. Nothing was saved."),
    "issued_needs_number": QT_TRANSLATE_NOOP("Errors", "{field}: an issued document needs its number."),
    "issued_needs_date": QT_TRANSLATE_NOOP("Errors", "{field}: an issued document needs its date."),
    "not_found": QT_TRANSLATE_NOOP("Errors", "The record no longer exists; it may have been changed elsewhere. Please reload."),
    # whole-request errors
    "version_date_taken": QT_TRANSLATE_NOOP("Errors", "There is already an agency version starting on {date}."),
    "document_cited": QT_TRANSLATE_NOOP("Errors", "This document is cited by other records and cannot be deleted."),
    "issued_document_cannot_be_deleted": QT_TRANSLATE_NOOP("Errors", "{reference} has been issued; an issued document cannot be deleted."),
    "file_missing": QT_TRANSLATE_NOOP("Errors", "The file {path} cannot be found."),
    "file_changed_while_copying": QT_TRANSLATE_NOOP("Errors", "The file {path} changed while it was being copied. Please try again."),
    "attachment_missing": QT_TRANSLATE_NOOP("Errors", "The stored copy of “{name}” is missing from the data folder."),
    "restore_conflict": QT_TRANSLATE_NOOP("Errors", "The record cannot be restored because another record now takes its place."),
    "not_a_deletion": QT_TRANSLATE_NOOP("Errors", "Only deleted records can be restored."),
    "validation": QT_TRANSLATE_NOOP("Errors", "Some information is missing or wrong. Nothing was saved."),
    # writing files (reports/files.py): nothing half-written is ever left under the final name
    "disk_full": QT_TRANSLATE_NOOP("Errors", "The drive holding {path} is full. Nothing was written; free some space or choose another drive."),
    "folder_not_writable": QT_TRANSLATE_NOOP("Errors", "The folder {path} cannot be written to (read-only or no permission). Nothing was written; choose another folder."),
    "folder_missing": QT_TRANSLATE_NOOP("Errors", "The folder {path} is no longer available (a removed USB drive?). Nothing was written; plug the drive in again or choose another folder."),
}

# Storage (issue 12): each failure to open or write the data file says what really happened, never
# SQL or driver text. Keyed by StorageError.code; plain entries, movable as one block.
_MESSAGES.update({
    "storage": QT_TRANSLATE_NOOP("Errors", "The data file {path} cannot be used. It has not been changed."),
    "database_locked": QT_TRANSLATE_NOOP("Errors", "The data file {path} is in use by another program (or another isodesk window). Nothing was changed. Close that program and try again."),
    "not_isodesk_database": QT_TRANSLATE_NOOP("Errors", "The file {path} is not an isodesk data file (it belongs to another program). It has not been changed."),
    "database_damaged": QT_TRANSLATE_NOOP("Errors", "The data file {path} is damaged and cannot be read. It has not been changed. Restore it from a backup."),
    "database_read_only": QT_TRANSLATE_NOOP("Errors", "The data file {path} is read-only, so nothing can be saved in it. Nothing was changed. Remove the read-only attribute or copy the file to a folder you can write to."),
    "database_folder_read_only": QT_TRANSLATE_NOOP("Errors", "The folder {path} holding the data file cannot be written to (a read-only drive, a CD or a write-protected USB stick?). isodesk needs to write there. Nothing was changed; copy the data file to a writable folder."),
    "new_database_folder_read_only": QT_TRANSLATE_NOOP("Errors", "A new data file cannot be created in the folder {path}: the folder cannot be written to. Nothing was created; choose another folder."),
    "storage_disk_full": QT_TRANSLATE_NOOP("Errors", "The drive holding {path} is full. The change was not saved and the data is unchanged; free some space and try again."),
    "backup_no_room": QT_TRANSLATE_NOOP("Errors", "There is not enough free space in {path} for the backup copy taken before the data file is upgraded. Nothing was upgraded or changed; free some space and start isodesk again."),
    "attachment_modified": QT_TRANSLATE_NOOP("Errors", "The stored copy of “{name}” was changed outside isodesk: its content no longer matches the file that was attached. It was not opened or copied. Attach the original file again to repair it."),
    "date_out_of_range": QT_TRANSLATE_NOOP("Errors", "{field}: the date {value} is not plausible; dates must lie between {min} and {max}."),
    "bad_characters": QT_TRANSLATE_NOOP("Errors", "{field}: contains a broken character (often left by copying and pasting) that cannot be stored. Retype the text."),
})

_GENERIC = QT_TRANSLATE_NOOP("Errors", "The request could not be completed ({code}). Nothing was changed.")


def register_messages(messages: Mapping[str, str]) -> None:
    """Add a module's codes (texts marked with ``QT_TRANSLATE_NOOP("Errors", …)``)."""
    _MESSAGES.update(messages)


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def _param_text(value: object) -> object:
    """Dates in messages read the Vietnamese way (06/11/2025), never as ISO 2025-11-06."""
    if isinstance(value, date):
        return short_date(value)
    return value


def _format(template: str, params: Mapping[str, object]) -> str:
    class _Safe(dict):  # a missing placeholder shows as-is rather than raising
        def __missing__(self, key: str) -> str:
            return "{" + key + "}"

    return _tr(template).format_map(_Safe({k: _param_text(v) for k, v in params.items()}))


def problem_text(problem: FieldProblem, field_labels: Mapping[str, str] | None = None) -> str:
    """One line for one field problem, naming the field as the form labels it."""
    label = (field_labels or {}).get(problem.field, problem.field)
    params = {"field": label, **problem.params}
    if problem.row is not None:
        params.setdefault("row", problem.row)
    text = _format(_MESSAGES.get(problem.code, _GENERIC), {"code": problem.code, **params})
    if problem.row is not None:
        text = QCoreApplication.translate("Errors", "Row {row}: ").format(row=problem.row) + text
    return text


def error_text(exc: BaseException, field_labels: Mapping[str, str] | None = None) -> str:
    """A complete message for any error a service can raise."""
    if isinstance(exc, DatabaseTooNewError):
        return QCoreApplication.translate(
            "Errors", "This data file was written by a newer version of isodesk ({revision}). "
            "It has not been changed. Please install the newer isodesk.").format(revision=exc.revision)
    if isinstance(exc, StorageError) and getattr(exc, "code", None) in _MESSAGES:
        return _format(_MESSAGES[exc.code], {"code": exc.code, **exc.params})
    if isinstance(exc, StorageError):
        return QCoreApplication.translate(
            "Errors", "The data file cannot be opened: it is not an isodesk data file or it is damaged. "
            "It has not been changed.")
    if isinstance(exc, DomainError):
        if exc.problems:
            lines = [problem_text(p, field_labels) for p in exc.problems]
            return "\n".join(dict.fromkeys(lines))
        return _format(_MESSAGES.get(exc.code, _GENERIC), {"code": exc.code, **exc.params})
    if isinstance(exc, OSError):
        return QCoreApplication.translate("Errors", "The file could not be read or written: {reason}").format(
            reason=exc.strerror or str(exc))
    return QCoreApplication.translate("Errors", "An unexpected error occurred: {reason}. Nothing was changed.").format(
        reason=str(exc))


def show_error(parent: QWidget | None, title: str, exc: BaseException,
               field_labels: Mapping[str, str] | None = None) -> None:
    QMessageBox.warning(parent, title, error_text(exc, field_labels))
