"""Common ground of the read-only table models over DTO lists (people, years, the register, …).

A subclass declares ``Column`` (a :class:`TableColumn`: each member ``NAME = QT_TRANSLATE_NOOP(context,
"Header")``, numbered in declaration order) and ``_CONTEXT``, and implements :meth:`display`; :meth:`sort_key` defaults to the displayed text.
``RowRole`` returns the DTO itself, so a selection read through a proxy is always right.
:class:`DtoFilterProxyModel` is the matching proxy: typed words matched against the model's search
keys, folded once per row, and ``row_dto()`` for reading a view row.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from enum import IntEnum
from typing import Any, ClassVar, Generic, Self, TypeVar

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


class TableColumn(IntEnum):
    """A table model's columns, declared ``NAME = QT_TRANSLATE_NOOP("Context", "Header")``: the members are
    numbered 0, 1, … in declaration order and each keeps its untranslated header, so a column and its
    heading are written once, side by side."""

    header: str

    def __new__(cls, header: object) -> Self:
        # ``header`` is typed as any object because ``Column(section)`` looks a member up by its number;
        # members themselves are always declared with their header text.
        value = len(cls.__members__)
        member = int.__new__(cls, value)
        member._value_ = value
        member.header = str(header)
        return member


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

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        columns = cls.__dict__.get("Column")
        if isinstance(columns, type) and issubclass(columns, TableColumn):
            cls._HEADERS = tuple(member.header for member in columns)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[T] = []
        self._search_keys: list[str] | None = None  # folded per row on first use, dropped by set_rows
        self._sort_keys: dict[int, list[Any]] = {}  # with CACHE_SORT_KEYS: per column, dropped by set_rows
        self._members: list[IntEnum] | None = None  # the Column members in section order (data() reads them)

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
        return self.search_keys()[row]

    def search_keys(self) -> list[str]:
        """The folded search texts of all rows, in row order: computed on the first search after
        :meth:`set_rows` (not before the list is painted), then kept."""
        if self._search_keys is None:
            search_text = self.search_text
            self._search_keys = [fold(search_text(r)) for r in self._rows]
        return self._search_keys

    def row_list(self) -> list[T]:
        """The rows as held (not a copy; replaced, never changed in place, by :meth:`set_rows` and sorting):
        what the filter proxy tests in one pass."""
        return self._rows

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
        # Called for every role of every painted cell: the roles answered below are tested first (a view asks
        # for decorations and check states too), and the column enum comes from a list, not a constructor.
        if role not in _ANSWERED_ROLES:
            return None
        number, section = index.row(), index.column()
        members = self._members
        if members is None:
            members = self._members = list(self.Column)
        if not 0 <= number < len(self._rows) or not 0 <= section < len(members):
            return None
        row = self._rows[number]
        column = members[section]
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


_ANSWERED_ROLES = frozenset(int(role) for role in (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.TextAlignmentRole, *_STYLE_ROLES,
    DtoTableModel.RowRole, DtoTableModel.SortRole, DtoTableModel.FilterRole))


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
        self._source: DtoTableModel[Any] | None = None
        # The filter pass: one Python loop over the rows builds a mask, Qt's per-row calls only read it.
        self._mask: list[bool] | None = None
        self._mask_rows: list[Any] | None = None  # the row list the mask was built for (held: never reused)
        self._base: list[bool] | None = None  # accepts() of every row, kept while only the words change

    def setSourceModel(self, model: Any) -> None:  # noqa: N802  # Qt's name
        self._source = model if isinstance(model, DtoTableModel) else None
        self._mask = self._base = self._mask_rows = None
        super().setSourceModel(model)
        if self._source is not None:
            # Before the source replaces its rows (a reset, a sort): the mask no longer fits them.
            self._source.modelAboutToBeReset.connect(self._drop_mask)
            self._source.layoutAboutToBeChanged.connect(self._drop_mask)

    def _drop_mask(self, *_args: object) -> None:
        self._mask = None

    def _filters_changed(self, *, words_only: bool) -> None:
        """Drop the mask (and, unless only the typed words changed, the other filters' results)."""
        self._mask = None
        if not words_only:
            self._base = None

    def _change_filters(self, text: str | None = None, **filters: object) -> None:
        """Re-filter once after setting the typed words (unless ``text`` is None) and the attributes
        ``_<name>`` of ``filters`` (a value of ``...`` keeps the current one)."""

        def apply() -> None:
            if text is not None:
                self._tokens = fold(text).split()
            for name, value in filters.items():
                if value is not ...:
                    setattr(self, f"_{name}", value)
            self._filters_changed(words_only=not filters)

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

    def filters_active(self) -> bool:
        """Whether :meth:`accepts` may refuse a row (False: every row passes, no call per row needed)."""
        return type(self).accepts is not DtoFilterProxyModel.accepts

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        # Qt asks row by row; the answers are computed for all rows at once (see _build_mask), so each call
        # is a list lookup. A new row list (set_rows, a sort) or a filter change builds the mask again.
        mask = self._mask
        if mask is not None and 0 <= source_row < len(mask):
            return mask[source_row]
        source = self._source
        if source is None:
            return False
        mask = self._build_mask(source)
        return 0 <= source_row < len(mask) and mask[source_row]

    def _build_mask(self, source: DtoTableModel[Any]) -> list[bool]:
        """Whether each source row passes: :meth:`accepts` (kept while only the typed words change), then
        every typed word in the row's folded key."""
        rows = source.row_list()
        if self._base is None or self._mask_rows is not rows:
            if self.filters_active():
                accepts = self.accepts
                self._base = [accepts(row) for row in rows]
            else:
                self._base = [True] * len(rows)
        base, tokens = self._base, self._tokens
        if not tokens:
            mask = base
        elif len(tokens) == 1:
            token = tokens[0]
            mask = [ok and token in key for ok, key in zip(base, source.search_keys())]
        else:
            mask = [ok and all(t in key for t in tokens) for ok, key in zip(base, source.search_keys())]
        self._mask, self._mask_rows = mask, rows
        return mask

    def row_dto(self, proxy_row: int) -> Any:
        """The DTO shown in view row ``proxy_row`` (None outside the rows)."""
        index = self.index(proxy_row, 0)
        return index.data(DtoTableModel.RowRole) if index.isValid() else None
