"""Qt models of the internal documents tab: the documents list (thousands of rows, filtered as the user
types) and the small tables of the detail panel (revisions, change log, files, distribution, reviews).

Every model is read-only over frozen DTOs (:class:`~isodesk.ui.models.dto_table_model.DtoTableModel`);
edits go through dialogs and services, then ``set_rows``.

Speed: the list keeps, per row, a folded search key (computed once per load by the base model); the
proxy filters on it and on the DTO's fields (no ``data()`` calls), and sorting is done by the source
model in Python (one ``list.sort``) instead of by the proxy's comparisons, each of which would cross
into Python twice.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from enum import IntEnum
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from isodesk.domain.core import AttachmentRef
from isodesk.domain.documents import (
    ChangeLine,
    Distribution,
    DocumentKind,
    DocumentReview,
    DocumentRevision,
    DocumentRow,
    RevisionStatus,
)
from isodesk.domain.formatting import fold, short_date
from isodesk.domain.i18n import QT_TRANSLATE_NOOP
from isodesk.ui.labels import file_role_text, kind_text, outcome_text, status_text
from isodesk.ui.models.dto_table_model import DtoFilterProxyModel, DtoTableModel, natural_key

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex

OVERDUE_BG = QColor("#fde4e1")
OVERDUE_FG = QColor("#b3261e")
WARN_BG = QColor("#fff4d6")
WARN_FG = QColor("#8a5a00")
OK_FG = QColor("#1e7b3a")
MUTED_FG = QColor("#6b7685")
STATUS_FG: dict[RevisionStatus, QColor] = {
    RevisionStatus.DRAFT: MUTED_FG,
    RevisionStatus.PENDING: WARN_FG,
    RevisionStatus.EFFECTIVE: OK_FG,
    RevisionStatus.SUPERSEDED: MUTED_FG,
}
_STATUS_ORDER = {s: i for i, s in enumerate(RevisionStatus)}
_KIND_ORDER = {k: i for i, k in enumerate(DocumentKind)}
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


# --------------------------------------------------------------------------- the documents list


class InternalDocumentsTableModel(DtoTableModel[DocumentRow]):
    """Rows of :class:`DocumentRow` for the internal documents tab; fed by :meth:`set_rows`."""

    class Column(IntEnum):
        CODE = 0
        TITLE = 1
        KIND = 2
        DEPARTMENT = 3
        REVISION = 4
        EFFECTIVE = 5
        STATUS = 6
        NEXT_REVIEW = 7

    _CONTEXT = "InternalDocumentsTableModel"
    _HEADERS = (
        QT_TRANSLATE_NOOP("InternalDocumentsTableModel", "Code"),
        QT_TRANSLATE_NOOP("InternalDocumentsTableModel", "Title"),
        QT_TRANSLATE_NOOP("InternalDocumentsTableModel", "Kind"),
        QT_TRANSLATE_NOOP("InternalDocumentsTableModel", "Lead department"),
        QT_TRANSLATE_NOOP("InternalDocumentsTableModel", "Revision"),
        QT_TRANSLATE_NOOP("InternalDocumentsTableModel", "Effective from"),
        QT_TRANSLATE_NOOP("InternalDocumentsTableModel", "Status"),
        QT_TRANSLATE_NOOP("InternalDocumentsTableModel", "Next review"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._kind_texts: dict[DocumentKind, str] = {}
        self._status_texts: dict[RevisionStatus, str] = {}
        self._bold = QFont()
        self._bold.setBold(True)

    # ------------------------------------------------------------------ feeding
    def set_rows(self, rows: Sequence[DocumentRow]) -> None:
        self._kind_texts = {k: kind_text(k) for k in DocumentKind}
        self._status_texts = {s: status_text(s) for s in RevisionStatus}
        super().set_rows(rows)

    def search_text(self, row: DocumentRow) -> str:
        return f"{row.code} {row.title}"

    # ------------------------------------------------------------------ cells
    def cell_style(self, row: DocumentRow, column: IntEnum, role: int) -> Any:
        due = column == self.Column.NEXT_REVIEW and row.review_due
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.Column.STATUS:
                return QBrush(STATUS_FG[row.status])
            return QBrush(OVERDUE_FG) if due else None
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(OVERDUE_BG) if due else None
        return self._bold if due else None

    def tooltip(self, row: DocumentRow, column: IntEnum) -> str | None:
        if column == self.Column.NEXT_REVIEW and row.review_due:
            return QCoreApplication.translate("InternalDocumentsTableModel", "The periodic review is due")
        if column in (self.Column.TITLE, self.Column.KIND, self.Column.DEPARTMENT):
            return self.display(row, column) or None
        return None

    def alignment(self, column: IntEnum) -> Qt.AlignmentFlag | None:
        return _CENTER if column in (self.Column.REVISION, self.Column.EFFECTIVE, self.Column.NEXT_REVIEW) else None

    def display(self, row: DocumentRow, column: IntEnum) -> str:
        c = self.Column
        if column == c.CODE:
            return row.code
        if column == c.TITLE:
            return row.title
        if column == c.KIND:
            return self._kind_texts.get(row.kind) or kind_text(row.kind)
        if column == c.DEPARTMENT:
            return row.department_name
        if column == c.REVISION:
            return _revision_text(row.revision_number)
        if column == c.EFFECTIVE:
            return _date_text(row.effective_date)
        if column == c.STATUS:
            return self._status_texts.get(row.status) or status_text(row.status)
        if column == c.NEXT_REVIEW:
            return _date_text(row.next_review_date)
        return ""

    def sort_key(self, row: DocumentRow, column: IntEnum) -> Any:
        return self._sort_key(column)(row)

    def _sort_key(self, column: int) -> Callable[[DocumentRow], Any]:
        c = self.Column
        far = date.max
        keys: dict[int, Callable[[DocumentRow], Any]] = {
            c.CODE: lambda r: natural_key(r.code),
            c.TITLE: lambda r: fold(r.title),
            c.KIND: lambda r: (_KIND_ORDER[r.kind], natural_key(r.code)),
            c.DEPARTMENT: lambda r: (fold(r.department_name) or "\uffff", natural_key(r.code)),
            c.REVISION: lambda r: (r.revision_number or 0, natural_key(r.code)),
            c.EFFECTIVE: lambda r: (r.effective_date or far, natural_key(r.code)),
            c.STATUS: lambda r: (_STATUS_ORDER[r.status], natural_key(r.code)),
            c.NEXT_REVIEW: lambda r: (r.next_review_date or far, natural_key(r.code)),
        }
        return keys.get(column, keys[c.CODE])

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows in Python (fast for thousands of rows), keeping persistent indexes right."""
        if not self._rows or not 0 <= column < len(self.Column):
            return
        self.layoutAboutToBeChanged.emit()
        key = self._sort_key(column)
        order_index = sorted(range(len(self._rows)), key=lambda i: key(self._rows[i]),
                             reverse=order == Qt.SortOrder.DescendingOrder)
        new_position = [0] * len(order_index)
        for new, old in enumerate(order_index):
            new_position[old] = new
        self._rows = [self._rows[i] for i in order_index]
        if self._search_keys is not None:
            self._search_keys = [self._search_keys[i] for i in order_index]
        old_indexes = self.persistentIndexList()
        new_indexes = [self.index(new_position[i.row()], i.column()) if i.isValid() else QModelIndex()
                       for i in old_indexes]
        self.changePersistentIndexList(old_indexes, new_indexes)
        self.layoutChanged.emit()


class InternalDocumentsFilterProxyModel(DtoFilterProxyModel):
    """Filters the documents list by text (ignoring case and diacritics), kind, status, department and
    "due for review"; sorting is delegated to the source model (see the module docstring)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._kind: DocumentKind | None = None
        self._status: RevisionStatus | None = None
        self._department: str | None = None
        self._due_only = False
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder

    # ------------------------------------------------------------------ filters
    def set_filters(self, *, text: str | None = None, kind: DocumentKind | None | object = ...,
                    status: RevisionStatus | None | object = ..., department: str | None | object = ...,
                    due_only: bool | None = None) -> None:
        """Change any of the filters (arguments left out keep their value) and re-filter once.

        Args:
            text: tokens that must all occur in mã số + tên, ignoring case and diacritics.
            kind: one kind, or None for every kind.
            status: one status, or None for every status.
            department: the lead department's name; "" for documents without one; None for any.
            due_only: only documents whose periodic review is due.
        """
        self._change_filters(text, kind=kind, status=status, department=department,
                             due_only=... if due_only is None else due_only)

    def has_filters(self) -> bool:
        return self.has_text() or self._kind is not None or self._status is not None \
            or self._department is not None or self._due_only

    def accepts(self, row: DocumentRow) -> bool:
        return ((self._kind is None or row.kind is self._kind)
                and (self._status is None or row.status is self._status)
                and (self._department is None or row.department_name == self._department)
                and (not self._due_only or row.review_due))

    # ------------------------------------------------------------------ sorting by the source
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort_column, self._sort_order = column, order
        source = self.sourceModel()
        if source is not None and column >= 0:
            source.sort(column, order)

    def resort(self) -> None:
        """Apply the last sort again (after the source got new rows)."""
        if self._sort_column >= 0:
            self.sort(self._sort_column, self._sort_order)

    def sort_column(self) -> int:
        return self._sort_column


# --------------------------------------------------------------------------- detail tables


class RevisionsTableModel(_DetailModel[DocumentRevision]):
    """The revisions (lần ban hành) of the selected document, newest first."""

    class Column(IntEnum):
        NUMBER = 0
        STATUS = 1
        EFFECTIVE = 2
        DECISION = 3
        DRAFTED = 4
        REVIEWED = 5
        APPROVED = 6
        FILES = 7
        SUPERSEDED = 8

    _CONTEXT = "RevisionsTableModel"
    _HEADERS = (
        QT_TRANSLATE_NOOP("RevisionsTableModel", "Revision"),
        QT_TRANSLATE_NOOP("RevisionsTableModel", "Status"),
        QT_TRANSLATE_NOOP("RevisionsTableModel", "Effective from"),
        QT_TRANSLATE_NOOP("RevisionsTableModel", "Issuing decision"),
        QT_TRANSLATE_NOOP("RevisionsTableModel", "Drafted by"),
        QT_TRANSLATE_NOOP("RevisionsTableModel", "Checked by"),
        QT_TRANSLATE_NOOP("RevisionsTableModel", "Approved by"),
        QT_TRANSLATE_NOOP("RevisionsTableModel", "Files"),
        QT_TRANSLATE_NOOP("RevisionsTableModel", "Out of force on"),
    )

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

    class Column(IntEnum):
        NO = 0
        AMENDMENT = 1
        PAGE = 2
        CONTENT = 3
        NOTE = 4

    _CONTEXT = "ChangesTableModel"
    _HEADERS = (
        QT_TRANSLATE_NOOP("ChangesTableModel", "No."),
        QT_TRANSLATE_NOOP("ChangesTableModel", "Amendment"),
        QT_TRANSLATE_NOOP("ChangesTableModel", "Page"),
        QT_TRANSLATE_NOOP("ChangesTableModel", "What changed"),
        QT_TRANSLATE_NOOP("ChangesTableModel", "Note"),
    )

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

    class Column(IntEnum):
        NAME = 0
        ROLE = 1
        SIZE = 2
        ADDED = 3

    _CONTEXT = "FilesTableModel"
    _HEADERS = (
        QT_TRANSLATE_NOOP("FilesTableModel", "File"),
        QT_TRANSLATE_NOOP("FilesTableModel", "Kind"),
        QT_TRANSLATE_NOOP("FilesTableModel", "Size"),
        QT_TRANSLATE_NOOP("FilesTableModel", "Added on"),
    )

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

    class Column(IntEnum):
        REVISION = 0
        HOLDER = 1
        COPIES = 2
        GIVEN = 3
        ACKNOWLEDGED = 4
        ACKNOWLEDGED_BY = 5
        RECALLED = 6
        STATE = 7

    _CONTEXT = "DistributionsTableModel"
    _HEADERS = (
        QT_TRANSLATE_NOOP("DistributionsTableModel", "Revision"),
        QT_TRANSLATE_NOOP("DistributionsTableModel", "Department / person"),
        QT_TRANSLATE_NOOP("DistributionsTableModel", "Copies"),
        QT_TRANSLATE_NOOP("DistributionsTableModel", "Given on"),
        QT_TRANSLATE_NOOP("DistributionsTableModel", "Received on"),
        QT_TRANSLATE_NOOP("DistributionsTableModel", "Signed by"),
        QT_TRANSLATE_NOOP("DistributionsTableModel", "Recalled on"),
        QT_TRANSLATE_NOOP("DistributionsTableModel", "State"),
    )
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

    class Column(IntEnum):
        DATE = 0
        REVIEWER = 1
        OUTCOME = 2
        NOTE = 3

    _CONTEXT = "ReviewsTableModel"
    _HEADERS = (
        QT_TRANSLATE_NOOP("ReviewsTableModel", "Reviewed on"),
        QT_TRANSLATE_NOOP("ReviewsTableModel", "Reviewed by"),
        QT_TRANSLATE_NOOP("ReviewsTableModel", "Result"),
        QT_TRANSLATE_NOOP("ReviewsTableModel", "Note"),
    )

    def display(self, item: DocumentReview, column: int) -> str:
        c = self.Column
        return {c.DATE: _date_text(item.review_date), c.REVIEWER: item.reviewer_name,
                c.OUTCOME: outcome_text(item.outcome), c.NOTE: item.note}[c(column)]
