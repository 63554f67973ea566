"""Common ground of the read-only table models over DTO lists (people, years, the register, …).

A subclass declares ``Column`` (IntEnum), ``_CONTEXT`` and ``_HEADERS`` (``QT_TRANSLATE_NOOP``
texts) and implements :meth:`display`; :meth:`sort_key` defaults to the displayed text.
``RowRole`` returns the DTO itself, so a selection read through a proxy is always right.
:class:`DtoFilterProxyModel` is the matching proxy: typed words matched against the model's search
keys, folded once per row, and ``row_dto()`` for reading a view row.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from enum import IntEnum
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from isodesk.domain.formatting import fold

T = TypeVar("T")

_INACTIVE = QColor("#8a94a3")
_DIGITS = re.compile(r"(\d+)")
_STYLE_ROLES = (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.FontRole)


def natural_key(text: str) -> tuple[object, ...]:
    """Sort "QT.2" before "QT.10": digit runs compare as numbers, the rest folded."""
    return tuple(int(part) if part.isdigit() else part for part in _DIGITS.split(fold(text)))


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
    # Class attributes in the hand-written models; RegisterTableModel sets them per spec.
    _CONTEXT: str
    _HEADERS: tuple[str, ...]
    RowRole = Qt.ItemDataRole.UserRole + 1
    SortRole = Qt.ItemDataRole.UserRole + 2
    FilterRole = Qt.ItemDataRole.UserRole + 3
    """Folded text of the whole row, for diacritics-insensitive filtering."""
    WidthHintRole = Qt.ItemDataRole.UserRole + 4
    """On the horizontal header: the column's width hint in average characters (``int``), or None for
    the view's default. Long text columns (trích yếu, tên thủ tục) get the room; short ones stay narrow."""
    INACTIVE_FOREGROUND = _INACTIVE
    """Text colour of the rows :meth:`is_inactive` picks out."""
    CACHE_SORT_KEYS: ClassVar[bool] = False
    """Keep a column's sort keys from its first sort until the next :meth:`set_rows` (long lists sorted
    on folded text, whose :meth:`sort_key` depends on the row alone)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[T] = []
        self._search_keys: list[str] | None = None  # folded per row on first use, dropped by set_rows
        self._sort_keys: dict[int, list[Any]] = {}  # with CACHE_SORT_KEYS: per column, dropped by set_rows

    # ------------------------------------------------------------------ API
    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._search_keys = None
        self._sort_keys = {}
        self.endResetModel()

    def rows(self) -> list[T]:
        return list(self._rows)

    def row_at(self, row: int) -> T | None:
        """The DTO of source row ``row`` (None outside the rows)."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def key_at(self, row: int) -> str:
        """The folded search text of source row ``row`` (:meth:`search_text`), computed once for all rows."""
        if self._search_keys is None:
            self._search_keys = [fold(self.search_text(r)) for r in self._rows]
        return self._search_keys[row]

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

    def search_text(self, row: T) -> str:
        """The text a search looks in: the cells of :meth:`filter_columns`."""
        return " ".join(self.display(row, c) for c in self.filter_columns())

    def is_inactive(self, row: T) -> bool:
        return getattr(row, "active", True) is False

    def cell_style(self, row: T, column: IntEnum, role: int) -> Any:
        """Foreground, background or font of one cell; None leaves the default (inactive rows greyed)."""
        return None

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
        if role == self.WidthHintRole and orientation == Qt.Orientation.Horizontal:
            return self.width_hint(section)
        return None

    def width_hint(self, section: int) -> int | None:
        """Width hint of a column in average characters (see :attr:`WidthHintRole`); None by default."""
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows) or not 0 <= index.column() < len(self.Column):
            return None
        row = self._rows[index.row()]
        column = self.Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, column)
        if role == self.SortRole:
            if not self.CACHE_SORT_KEYS:
                return self.sort_key(row, column)
            keys = self._sort_keys.get(column)
            if keys is None:
                keys = self._sort_keys[column] = [self.sort_key(r, column) for r in self._rows]
            return keys[index.row()]
        if role == self.RowRole:
            return row
        if role == self.FilterRole:
            return self.key_at(index.row())
        if role in _STYLE_ROLES:
            style = self.cell_style(row, column, role)
            if style is None and role == Qt.ItemDataRole.ForegroundRole and self.is_inactive(row):
                return self.INACTIVE_FOREGROUND
            return style
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            align = self.alignment(column)
            return int(align | Qt.AlignmentFlag.AlignVCenter) if align is not None else None
        return None


class DtoFilterProxyModel(QSortFilterProxyModel):
    """A filter proxy over a :class:`DtoTableModel`: rows must hold every typed word (case and
    diacritics ignored) in their search key; subclasses add their own tests in :meth:`accepts`.
    Sorts on :attr:`DtoTableModel.SortRole`."""

    filter_applied = Signal()
    """The filters changed and the rows were filtered again (once per change, not per row range)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._tokens: list[str] = []
        self.setSortRole(DtoTableModel.SortRole)

    def _change_filters(self, text: str | None = None, **filters: object) -> None:
        """Re-filter once after setting the typed words (unless ``text`` is None) and the attributes
        ``_<name>`` of ``filters`` (a value of ``...`` keeps the current one)."""

        def apply() -> None:
            if text is not None:
                self._tokens = fold(text).split()
            for name, value in filters.items():
                if value is not ...:
                    setattr(self, f"_{name}", value)

        change_filter(self, apply)
        self.filter_applied.emit()

    def set_query(self, text: str) -> None:
        """Filter on the typed words ``text`` alone, keeping the other filters."""
        self._change_filters(text)

    def query(self) -> str:
        """The typed words, folded."""
        return " ".join(self._tokens)

    def has_text(self) -> bool:
        return bool(self._tokens)

    def accepts(self, row: Any) -> bool:
        """The subclass's filters on the row's DTO (besides the typed words)."""
        return True

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model: DtoTableModel[Any] = self.sourceModel()  # type: ignore[assignment]  # this proxy is only set on a DtoTableModel
        row = model.row_at(source_row)
        if row is None or not self.accepts(row):
            return False
        if self._tokens:
            key = model.key_at(source_row)
            return all(token in key for token in self._tokens)
        return True

    def row_dto(self, proxy_row: int) -> Any:
        """The DTO shown in view row ``proxy_row`` (None outside the rows)."""
        index = self.index(proxy_row, 0)
        return index.data(DtoTableModel.RowRole) if index.isValid() else None
