"""Qt models of the records list (danh mục hồ sơ): the table and its filter proxy."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QT_TRANSLATE_NOOP,
)
from PySide6.QtGui import QBrush

from isodesk.domain.documents import RecordEntry, StorageForm
from isodesk.domain.formatting import fold
from isodesk.ui.models.documents_labels import retention_text, storage_text
from isodesk.ui.models.internal_documents_model import MUTED_FG, natural_key

Index = QModelIndex | QPersistentModelIndex


class RecordsTableModel(QAbstractTableModel):
    """Rows of :class:`RecordEntry` for the records tab (tens to hundreds of lines); fed by :meth:`set_rows`."""

    class Column(IntEnum):
        CODE = 0
        TITLE = 1
        HEADING = 2
        KEEPER = 3
        LOCATION = 4
        RETENTION = 5
        FORM = 6
        YEARS = 7
        NOTES = 8

    _HEADERS = (
        QT_TRANSLATE_NOOP("RecordsTableModel", "Code"),
        QT_TRANSLATE_NOOP("RecordsTableModel", "Record title"),
        QT_TRANSLATE_NOOP("RecordsTableModel", "Heading"),
        QT_TRANSLATE_NOOP("RecordsTableModel", "Kept by"),
        QT_TRANSLATE_NOOP("RecordsTableModel", "Place kept"),
        QT_TRANSLATE_NOOP("RecordsTableModel", "Retention"),
        QT_TRANSLATE_NOOP("RecordsTableModel", "Kept as"),
        QT_TRANSLATE_NOOP("RecordsTableModel", "Years kept"),
        QT_TRANSLATE_NOOP("RecordsTableModel", "Notes"),
    )
    RowRole = Qt.ItemDataRole.UserRole + 1
    SortRole = Qt.ItemDataRole.UserRole + 2
    FilterRole = Qt.ItemDataRole.UserRole + 3
    """Folded text of code, title, heading, keeper and place, for the search."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[RecordEntry] = []
        self._keys: list[str] = []

    def set_rows(self, rows: Sequence[RecordEntry]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._keys = [fold(f"{r.code} {r.title} {r.heading} {r.keeper} {r.location}") for r in self._rows]
        self.endResetModel()

    def rows(self) -> list[RecordEntry]:
        return list(self._rows)

    def row_at(self, row: int) -> RecordEntry | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, record_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == record_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self._HEADERS):
            return QCoreApplication.translate("RecordsTableModel", self._HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == self.RowRole:
            return row
        if role == self.SortRole:
            return self._sort_value(row, column)
        if role == self.FilterRole:
            return self._keys[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.Column.TITLE, self.Column.NOTES, self.Column.HEADING,
                                                             self.Column.KEEPER, self.Column.LOCATION):
            return self._display(row, column) or None
        if role == Qt.ItemDataRole.ForegroundRole and row.to_year is not None:
            return QBrush(MUTED_FG)  # no longer kept
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.Column.RETENTION, self.Column.YEARS):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _display(self, row: RecordEntry, column: int) -> str:
        c = self.Column
        if column == c.CODE:
            return row.code
        if column == c.TITLE:
            return row.title
        if column == c.HEADING:
            return row.heading
        if column == c.KEEPER:
            return row.keeper
        if column == c.LOCATION:
            return row.location
        if column == c.RETENTION:
            return retention_text(row.retention_years)
        if column == c.FORM:
            return storage_text(row.storage_form)
        if column == c.YEARS:
            if row.from_year is None and row.to_year is None:
                return ""
            return f"{row.from_year or '…'}–{row.to_year or '…'}"
        return row.notes

    def _sort_value(self, row: RecordEntry, column: int) -> Any:
        c = self.Column
        if column == c.CODE:
            return "|".join(str(p).zfill(8) if isinstance(p, int) else p for p in natural_key(row.code))
        if column == c.RETENTION:
            return 1000 if row.retention_years is None else row.retention_years
        if column == c.YEARS:
            return row.from_year or 0
        return fold(self._display(row, column))


class RecordsFilterProxyModel(QSortFilterProxyModel):
    """Filters the records list by text (ignoring case and diacritics), department, retention and form;
    sorts on :attr:`RecordsTableModel.SortRole`."""

    RETENTION_PERMANENT = "permanent"
    RETENTION_LIMITED = "limited"

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._tokens: list[str] = []
        self._department_id: int | None = None
        self._retention: str | None = None
        self._form: StorageForm | None = None
        self.setSortRole(RecordsTableModel.SortRole)

    def set_filters(self, *, text: str | None = None, department_id: int | None | object = ...,
                    retention: str | None | object = ..., form: StorageForm | None | object = ...) -> None:
        """Change any filter (arguments left out keep their value); ``retention`` is
        :attr:`RETENTION_PERMANENT`, :attr:`RETENTION_LIMITED` or None."""
        begin = getattr(self, "beginFilterChange", None)
        if begin is not None:
            begin()
        if text is not None:
            self._tokens = fold(text).split()
        if department_id is not ...:
            self._department_id = department_id  # type: ignore[assignment]
        if retention is not ...:
            self._retention = retention  # type: ignore[assignment]
        if form is not ...:
            self._form = form  # type: ignore[assignment]
        end = getattr(self, "endFilterChange", None)
        if end is not None:
            end(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model: RecordsTableModel = self.sourceModel()  # type: ignore[assignment]
        row = model.row_at(source_row)
        if row is None:
            return False
        if self._department_id is not None and row.department_id != self._department_id:
            return False
        if self._retention == self.RETENTION_PERMANENT and not row.permanent:
            return False
        if self._retention == self.RETENTION_LIMITED and row.permanent:
            return False
        if self._form is not None and row.storage_form is not self._form:
            return False
        if self._tokens:
            key = model.index(source_row, 0).data(RecordsTableModel.FilterRole)
            return all(token in key for token in self._tokens)
        return True

    def row_dto(self, proxy_row: int) -> RecordEntry | None:
        index = self.index(proxy_row, 0)
        return index.data(RecordsTableModel.RowRole) if index.isValid() else None
