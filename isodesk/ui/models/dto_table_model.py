"""Common ground of the read-only table models over DTO lists (people, years, the register, …).

A subclass declares ``Column`` (IntEnum), ``_CONTEXT`` and ``_HEADERS`` (``QT_TRANSLATE_NOOP``
texts) and implements :meth:`display`; :meth:`sort_key` defaults to the displayed text.
``RowRole`` returns the DTO itself, so a selection read through a proxy is always right.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import IntEnum
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor

from isodesk.domain.formatting import fold

T = TypeVar("T")

_INACTIVE = QColor("#8a94a3")


def change_filter(proxy: QSortFilterProxyModel, apply: Callable[[], None]) -> None:
    """Change a proxy's filter settings and re-filter its rows (the Qt 6.10+ way when available)."""
    if hasattr(proxy, "beginFilterChange"):
        proxy.beginFilterChange()
        apply()
        proxy.endFilterChange(QSortFilterProxyModel.Direction.Rows)
    else:  # Qt < 6.10
        apply()
        proxy.invalidateFilter()


class DtoTableModel(QAbstractTableModel, Generic[T]):
    """Rows of frozen DTOs; edits go through dialogs and services, never through setData."""

    Column: ClassVar[type[IntEnum]]
    _CONTEXT: ClassVar[str]
    _HEADERS: ClassVar[tuple[str, ...]]
    RowRole = Qt.ItemDataRole.UserRole + 1
    SortRole = Qt.ItemDataRole.UserRole + 2
    FilterRole = Qt.ItemDataRole.UserRole + 3
    """Folded text of the whole row, for diacritics-insensitive filtering."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[T] = []

    # ------------------------------------------------------------------ API
    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[T]:
        return list(self._rows)

    def row_of(self, record_id: int | None) -> int:
        """The source row of the DTO with this ``id`` (-1 if absent)."""
        for i, row in enumerate(self._rows):
            if getattr(row, "id", None) == record_id:
                return i
        return -1

    # ------------------------------------------------------------------ hooks
    def display(self, row: T, column: IntEnum) -> str:
        raise NotImplementedError

    def sort_key(self, row: T, column: IntEnum) -> Any:
        return fold(self.display(row, column))

    def filter_columns(self) -> tuple[IntEnum, ...]:
        """Columns whose text a search looks in (all by default)."""
        return tuple(self.Column)

    def is_inactive(self, row: T) -> bool:
        return getattr(row, "active", True) is False

    def tooltip(self, row: T, column: IntEnum) -> str | None:
        return None

    def alignment(self, column: IntEnum) -> Qt.AlignmentFlag | None:
        return None

    # ------------------------------------------------------------------ Qt
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self._HEADERS)):
            return QCoreApplication.translate(self._CONTEXT, self._HEADERS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows) or not 0 <= index.column() < len(self.Column):
            return None
        row = self._rows[index.row()]
        column = self.Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, column)
        if role == self.SortRole:
            return self.sort_key(row, column)
        if role == self.RowRole:
            return row
        if role == self.FilterRole:
            return fold(" ".join(self.display(row, c) for c in self.filter_columns()))
        if role == Qt.ItemDataRole.ForegroundRole and self.is_inactive(row):
            return _INACTIVE
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            align = self.alignment(column)
            return int(align | Qt.AlignmentFlag.AlignVCenter) if align is not None else None
        return None
