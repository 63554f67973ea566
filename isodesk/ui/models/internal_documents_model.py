"""Qt models of the internal documents tab's detail panel: the small tables of the selected document
(revisions, change log, files, distribution, reviews). The documents list itself is shown by the one
register model (``ui.models.register_model``).

Every model is read-only over frozen DTOs (:class:`~isodesk.ui.models.dto_table_model.DtoTableModel`);
edits go through dialogs and services, then ``set_rows``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from enum import IntEnum
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QFont

from isodesk.domain.core import AttachmentRef
from isodesk.domain.documents import (
    ChangeLine,
    Distribution,
    DocumentReview,
    DocumentRevision,
    RevisionStatus,
)
from isodesk.domain.formatting import short_date
from isodesk.domain.i18n import QT_TRANSLATE_NOOP
from isodesk.ui.labels import file_role_text, outcome_text, status_text
from isodesk.ui.models.dto_table_model import DtoTableModel, TableColumn
from isodesk.ui.models.register_looks import MUTED_FG, OVERDUE_BG, OVERDUE_FG, STATUS_FG, WARN_FG

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex

_CENTER = Qt.AlignmentFlag.AlignCenter


def _date_text(value: date | None) -> str:
    return short_date(value) if value is not None else ""


def _revision_text(number: int | None) -> str:
    return f"{number:02d}" if number is not None else ""


class _DetailModel(DtoTableModel[T]):
    """The small read-only tables of the detail panel: long texts shown whole in tooltips."""

    def tooltip(self, row: T, column: IntEnum) -> str | None:
        text = self.display(row, column)
        return text if text and len(text) > 30 else None

    def tr_text(self, text: str) -> str:
        return QCoreApplication.translate(self._CONTEXT, text)


# --------------------------------------------------------------------------- detail tables


class RevisionsTableModel(_DetailModel[DocumentRevision]):
    """The revisions (lần ban hành) of the selected document, newest first."""

    class Column(TableColumn):
        NUMBER = QT_TRANSLATE_NOOP("RevisionsTableModel", "Revision")
        STATUS = QT_TRANSLATE_NOOP("RevisionsTableModel", "Status")
        EFFECTIVE = QT_TRANSLATE_NOOP("RevisionsTableModel", "Effective from")
        DECISION = QT_TRANSLATE_NOOP("RevisionsTableModel", "Issuing decision")
        DRAFTED = QT_TRANSLATE_NOOP("RevisionsTableModel", "Drafted by")
        REVIEWED = QT_TRANSLATE_NOOP("RevisionsTableModel", "Checked by")
        APPROVED = QT_TRANSLATE_NOOP("RevisionsTableModel", "Approved by")
        FILES = QT_TRANSLATE_NOOP("RevisionsTableModel", "Files")
        SUPERSEDED = QT_TRANSLATE_NOOP("RevisionsTableModel", "Out of force on")

    _CONTEXT = "RevisionsTableModel"

    def display(self, item: DocumentRevision, column: int) -> str:
        c = self.Column
        return {
            c.NUMBER: lambda: _revision_text(item.number),
            c.STATUS: lambda: status_text(item.status),
            c.EFFECTIVE: lambda: _date_text(item.effective_date),
            c.DECISION: lambda: item.decision_reference,
            c.DRAFTED: lambda: item.drafted_by_name,
            c.REVIEWED: lambda: item.reviewed_by_name,
            c.APPROVED: lambda: item.approved_by_name,
            c.FILES: lambda: str(len(item.files)) if item.files else "",
            c.SUPERSEDED: lambda: _date_text(item.superseded_on),
        }[c(column)]()

    def cell_style(self, item: DocumentRevision, column: IntEnum, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column == self.Column.STATUS:
            return QBrush(STATUS_FG[item.status])
        if role == Qt.ItemDataRole.FontRole and item.status is RevisionStatus.EFFECTIVE:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def alignment(self, column: IntEnum) -> Qt.AlignmentFlag | None:
        return _CENTER if column in (self.Column.NUMBER, self.Column.FILES) else None


class ChangesTableModel(_DetailModel[ChangeLine]):
    """The change log of one revision: ``STT | Lần sửa đổi | Trang | Nội dung thay đổi | Ghi chú``."""

    class Column(TableColumn):
        NO = QT_TRANSLATE_NOOP("ChangesTableModel", "No.")
        AMENDMENT = QT_TRANSLATE_NOOP("ChangesTableModel", "Amendment")
        PAGE = QT_TRANSLATE_NOOP("ChangesTableModel", "Page")
        CONTENT = QT_TRANSLATE_NOOP("ChangesTableModel", "What changed")
        NOTE = QT_TRANSLATE_NOOP("ChangesTableModel", "Note")

    _CONTEXT = "ChangesTableModel"

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and index.isValid() and index.column() == self.Column.NO \
                and 0 <= index.row() < len(self._rows):
            return str(index.row() + 1)
        return super().data(index, role)

    def display(self, item: ChangeLine, column: int) -> str:
        c = self.Column
        return {c.NO: "", c.AMENDMENT: item.amendment, c.PAGE: item.page, c.CONTENT: item.content,
                c.NOTE: item.note}[c(column)]


class FilesTableModel(_DetailModel[AttachmentRef]):
    """Files attached to one revision."""

    class Column(TableColumn):
        NAME = QT_TRANSLATE_NOOP("FilesTableModel", "File")
        ROLE = QT_TRANSLATE_NOOP("FilesTableModel", "Kind")
        SIZE = QT_TRANSLATE_NOOP("FilesTableModel", "Size")
        ADDED = QT_TRANSLATE_NOOP("FilesTableModel", "Added on")

    _CONTEXT = "FilesTableModel"

    def display(self, item: AttachmentRef, column: int) -> str:
        c = self.Column
        if column == c.NAME:
            return item.original_name
        if column == c.ROLE:
            return file_role_text(item.role)
        if column == c.SIZE:
            return _size_text(item.size)
        return _date_text(item.added_at.date()) if item.added_at else ""


def _size_text(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB".replace(".", ",")
    return f"{size / 1024 / 1024:.1f} MB".replace(".", ",")


class DistributionsTableModel(_DetailModel[Distribution]):
    """Who holds (or held) copies of the document's revisions; copies of old revisions not yet recalled
    are highlighted."""

    class Column(TableColumn):
        REVISION = QT_TRANSLATE_NOOP("DistributionsTableModel", "Revision")
        HOLDER = QT_TRANSLATE_NOOP("DistributionsTableModel", "Department / person")
        COPIES = QT_TRANSLATE_NOOP("DistributionsTableModel", "Copies")
        GIVEN = QT_TRANSLATE_NOOP("DistributionsTableModel", "Given on")
        ACKNOWLEDGED = QT_TRANSLATE_NOOP("DistributionsTableModel", "Received on")
        ACKNOWLEDGED_BY = QT_TRANSLATE_NOOP("DistributionsTableModel", "Signed by")
        RECALLED = QT_TRANSLATE_NOOP("DistributionsTableModel", "Recalled on")
        STATE = QT_TRANSLATE_NOOP("DistributionsTableModel", "State")

    _CONTEXT = "DistributionsTableModel"
    _STATES = {
        "to_recall": QT_TRANSLATE_NOOP("DistributionsTableModel", "Old copy – to recall"),
        "recalled": QT_TRANSLATE_NOOP("DistributionsTableModel", "Recalled"),
        "held": QT_TRANSLATE_NOOP("DistributionsTableModel", "Held"),
        "unsigned": QT_TRANSLATE_NOOP("DistributionsTableModel", "Given, receipt not signed"),
    }

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._current_revision_id: int | None = None

    def set_distributions(self, rows: Sequence[Distribution], current_revision_id: int | None) -> None:
        """Show ``rows``; copies of revisions other than ``current_revision_id`` (the one in force)
        that were not recalled are "to recall"."""
        self._current_revision_id = current_revision_id
        self.set_rows(rows)

    def state(self, item: Distribution) -> str:
        if item.recalled_on is not None:
            return "recalled"
        if item.revision_id != self._current_revision_id:
            return "to_recall"
        return "held" if item.acknowledged_on is not None else "unsigned"

    def display(self, item: Distribution, column: int) -> str:
        c = self.Column
        if column == c.REVISION:
            return _revision_text(item.revision_number)
        if column == c.HOLDER:
            return item.holder
        if column == c.COPIES:
            return str(item.copies)
        if column == c.GIVEN:
            return _date_text(item.given_on)
        if column == c.ACKNOWLEDGED:
            return _date_text(item.acknowledged_on)
        if column == c.ACKNOWLEDGED_BY:
            return item.acknowledged_by_name
        if column == c.RECALLED:
            return _date_text(item.recalled_on)
        return self.tr_text(self._STATES[self.state(item)])

    def cell_style(self, item: Distribution, column: IntEnum, role: int) -> Any:
        state = self.state(item)
        if role == Qt.ItemDataRole.BackgroundRole and state == "to_recall":
            return QBrush(OVERDUE_BG)
        if role == Qt.ItemDataRole.ForegroundRole:
            if state == "to_recall":
                return QBrush(OVERDUE_FG)
            if state == "recalled":
                return QBrush(MUTED_FG)
            if state == "unsigned" and column == self.Column.STATE:
                return QBrush(WARN_FG)
        return None

    def alignment(self, column: IntEnum) -> Qt.AlignmentFlag | None:
        return _CENTER if column in (self.Column.REVISION, self.Column.COPIES) else None


class ReviewsTableModel(_DetailModel[DocumentReview]):
    """Periodic reviews (rà soát) of the selected document, newest first."""

    class Column(TableColumn):
        DATE = QT_TRANSLATE_NOOP("ReviewsTableModel", "Reviewed on")
        REVIEWER = QT_TRANSLATE_NOOP("ReviewsTableModel", "Reviewed by")
        OUTCOME = QT_TRANSLATE_NOOP("ReviewsTableModel", "Result")
        NOTE = QT_TRANSLATE_NOOP("ReviewsTableModel", "Note")

    _CONTEXT = "ReviewsTableModel"

    def display(self, item: DocumentReview, column: int) -> str:
        c = self.Column
        return {c.DATE: _date_text(item.review_date), c.REVIEWER: item.reviewer_name,
                c.OUTCOME: outcome_text(item.outcome), c.NOTE: item.note}[c(column)]
