"""Turns DomainError / ValidationError codes into clear, translated messages for the user.

The texts of every code are in :mod:`isodesk.ui.error_messages` (one module, so no message depends
on which screens are imported); an unknown code still gives a readable generic message (never a
traceback).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from isodesk.domain.errors import DatabaseTooNewError, DomainError, FieldProblem, StorageError
from isodesk.domain.formatting import short_date
from isodesk.ui.error_messages import GENERIC, MESSAGES

_CTX = "Errors"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def _param_text(value: object) -> object:
    """Dates in messages read the Vietnamese way (06/11/2025), never as ISO 2025-11-06; a list of names
    (files, codes) reads "a, b", never as Python's ``['a', 'b']``."""
    if isinstance(value, date):
        return short_date(value)
    if isinstance(value, list | tuple):
        return ", ".join(str(_param_text(item)) for item in value)
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
    text = _format(MESSAGES.get(problem.code, GENERIC), {"code": problem.code, **params})
    if problem.row is not None:
        text = QCoreApplication.translate("Errors", "Row {row}: ").format(row=problem.row) + text
    return text


def error_text(exc: BaseException, field_labels: Mapping[str, str] | None = None) -> str:
    """A complete message for any error a service can raise."""
    if isinstance(exc, DatabaseTooNewError):
        return QCoreApplication.translate(
            "Errors", "This data file was written by a newer version of isodesk ({revision}). "
            "It has not been changed. Please install the newer isodesk.").format(revision=exc.revision)
    if isinstance(exc, StorageError) and getattr(exc, "code", None) in MESSAGES:
        return _format(MESSAGES[exc.code], {"code": exc.code, **exc.params})
    if isinstance(exc, StorageError):
        return QCoreApplication.translate(
            "Errors", "The data file cannot be opened: it is not an isodesk data file or it is damaged. "
            "It has not been changed.")
    if isinstance(exc, DomainError):
        if exc.problems:
            lines = [problem_text(p, field_labels) for p in exc.problems]
            return "\n".join(dict.fromkeys(lines))
        return _format(MESSAGES.get(exc.code, GENERIC), {"code": exc.code, **exc.params})
    if isinstance(exc, OSError):
        return QCoreApplication.translate("Errors", "The file could not be read or written: {reason}").format(
            reason=exc.strerror or str(exc))
    return QCoreApplication.translate("Errors", "An unexpected error occurred: {reason}. Nothing was changed.").format(
        reason=str(exc))


def show_error(parent: QWidget | None, title: str, exc: BaseException,
               field_labels: Mapping[str, str] | None = None) -> None:
    QMessageBox.warning(parent, title, error_text(exc, field_labels))
