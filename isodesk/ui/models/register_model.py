"""The one Qt table model and filter proxy of every register, driven by its
:class:`~isodesk.domain.tabular.RegisterSpec`.

The spec gives the columns (screen header, width hint, alignment, cell text, sort key), the search keys
and the filters; a register adds only what is Qt's business through a :class:`RegisterLook` — translated
labels of enum cells, colours and fonts, tooltips, greyed rows.

Speed (thousands of rows): the base model folds each row's search text once per load; the proxy filters
on it and on the DTO's fields (no ``data()`` calls); sorting is done by the source model in Python (one
``list.sort`` on the spec's keys) instead of by the proxy's comparisons, each of which would cross into
Python twice.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt

from isodesk.domain.formatting import fold
from isodesk.domain.tabular import Align, ColumnSpec, RegisterSpec
from isodesk.ui.models.dto_table_model import DtoFilterProxyModel, DtoTableModel, change_filter

_ALIGN = {Align.CENTER: Qt.AlignmentFlag.AlignCenter, Align.RIGHT: Qt.AlignmentFlag.AlignRight}


@dataclass(frozen=True)
class RegisterLook:
    """What a register's screen adds to its spec: Qt styling and translated labels.

    Attributes:
        labels: Per column key, the translated text of a row's cell (enum labels through ``tr``).
        style: ``(row, column key, role) -> value`` for the foreground, background and font roles (None:
            default).
        tooltip: ``(row, column key) -> text`` (None: the cell's own text when the column is long text).
        inactive: Rows shown greyed (no longer in force, no longer kept).
        inactive_color: Their text colour (default: the base model's).
    """

    labels: Mapping[str, Callable[[Any], str]] = field(default_factory=dict)
    style: Callable[[Any, str, int], Any] | None = None
    tooltip: Callable[[Any, str], str | None] | None = None
    inactive: Callable[[Any], bool] | None = None
    inactive_color: Any = None


_LONG_TEXT = 18.0
"""Width hint (characters) from which a column's cell shows its whole text as a tooltip."""


class RegisterTableModel(DtoTableModel[Any]):
    """Rows of a register's DTOs, columns from the spec's screen columns; fed by :meth:`set_rows`."""

    def __init__(self, spec: RegisterSpec, look: RegisterLook | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.look = look or RegisterLook()
        self.columns: tuple[ColumnSpec, ...] = spec.screen_columns
        self.Column = IntEnum(f"{spec.key.title().replace('_', '')}Column",  # type: ignore[misc]  # the columns are the spec's, known only at run time
                              [(c.key.upper(), i) for i, c in enumerate(self.columns)])
        self._CONTEXT = spec.context
        self._HEADERS = tuple(c.screen_header for c in self.columns)
        if self.look.inactive_color is not None:
            self.INACTIVE_FOREGROUND = self.look.inactive_color
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder

    # ------------------------------------------------------------------ spec lookups
    def column_of(self, key: str) -> int:
        """The section of the column ``key`` (-1 when the screen does not show it)."""
        for i, column in enumerate(self.columns):
            if column.key == key:
                return i
        return -1

    def header_text(self, section: int) -> str:
        """The translated header of a section."""
        column = self.columns[section]
        return QCoreApplication.translate(self.spec.context, column.header) if column.header else column.display_title

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.header_text(section)
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.columns[section].display_title  # the Vietnamese heading of Excel and paper
        return super().headerData(section, orientation, role)

    def width_hint(self, section: int) -> int | None:
        return round(self.columns[section].width_hint) if 0 <= section < len(self.columns) else None

    # ------------------------------------------------------------------ cells
    def display(self, row: Any, column: IntEnum) -> str:
        spec = self.columns[int(column)]
        label = self.look.labels.get(spec.key)
        return label(row) if label is not None else spec.text(row)

    def sort_key(self, row: Any, column: IntEnum) -> Any:
        return self._key(int(column))(row)

    def _key(self, section: int) -> Callable[[Any], Any]:
        column = self.columns[section]
        order = self.spec.order_key
        if order is None or order == column.key:
            return column.sort_key
        tie = self.spec.column(order).sort_key
        return lambda row: (column.sort_key(row), tie(row))

    def search_text(self, row: Any) -> str:
        text = self.spec.row_search_text(row)
        labels = [self.look.labels[c.key](row) for c in self.spec.search_columns if c.key in self.look.labels]
        return " ".join([text, *labels]) if labels else text

    def is_inactive(self, row: Any) -> bool:
        return self.look.inactive(row) if self.look.inactive is not None else super().is_inactive(row)

    def cell_style(self, row: Any, column: IntEnum, role: int) -> Any:
        return self.look.style(row, self.columns[int(column)].key, role) if self.look.style is not None else None

    def tooltip(self, row: Any, column: IntEnum) -> str | None:
        spec = self.columns[int(column)]
        if self.look.tooltip is not None:
            tip = self.look.tooltip(row, spec.key)
            if tip is not None:
                return tip
        return (self.display(row, column) or None) if spec.width_hint >= _LONG_TEXT else None

    def alignment(self, column: IntEnum) -> Qt.AlignmentFlag | None:
        return _ALIGN.get(self.columns[int(column)].align)

    # ------------------------------------------------------------------ sorting in Python
    def _order(self, rows: Sequence[Any], column: int, order: Qt.SortOrder) -> list[int]:
        """Indexes of ``rows`` in the order of ``column`` (one key per row, one ``list.sort``)."""
        key = self._key(column)
        keys = [key(row) for row in rows]
        return sorted(range(len(keys)), key=keys.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows in Python (fast for thousands of rows), keeping persistent indexes right."""
        self._sort_column, self._sort_order = column, order
        if not self._rows or not 0 <= column < len(self.columns):
            return
        self.layoutAboutToBeChanged.emit()
        order_index = self._order(self._rows, column, order)
        new_position = [0] * len(order_index)
        for new, old in enumerate(order_index):
            new_position[old] = new
        self._rows = [self._rows[i] for i in order_index]
        if self._search_keys is not None:
            self._search_keys = [self._search_keys[i] for i in order_index]
        self._sort_keys = {}
        old_indexes = self.persistentIndexList()
        new_indexes = [self.index(new_position[i.row()], i.column()) if i.isValid() else QModelIndex()
                       for i in old_indexes]
        self.changePersistentIndexList(old_indexes, new_indexes)
        self.layoutChanged.emit()

    def set_rows(self, rows: Sequence[Any]) -> None:
        """Show ``rows`` (kept in the last sort order the user chose): sorted before the model is reset, so
        the view and its filter proxy go through the rows once (a sort after the reset would make the
        proxy filter and map them a second time)."""
        if self._sort_column >= 0 and rows and 0 <= self._sort_column < len(self.columns):
            rows = [rows[i] for i in self._order(rows, self._sort_column, self._sort_order)]
        super().set_rows(rows)


ONLY_IDS_FILTER = "only_ids"
"""The filter that narrows a list to given record ids, whatever the other filters say (RegisterTab.show_only)."""


class RegisterFilterProxyModel(DtoFilterProxyModel):
    """Filters a register's rows by the typed words and the spec's filters (plus any the screen adds
    with :meth:`add_filter`); sorting is delegated to the source model (see the module docstring)."""

    def __init__(self, spec: RegisterSpec, parent: Any = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self._chosen: dict[str, object] = {}
        self._extra: dict[str, Callable[[Any, Any], bool]] = {}
        self._sort_column = -1

    def add_filter(self, key: str, test: Callable[[Any, Any], bool]) -> None:
        """A filter the spec does not declare (it depends on the screen's state, e.g. "uncovered")."""
        self._extra[key] = test
        self._filters_changed(words_only=False)

    def set_filters(self, *, text: str | None = None, **chosen: object) -> None:
        """Change any filter by key (arguments left out keep their value; None or False shows all) and
        re-filter once."""
        known = {f.key for f in self.spec.filters} | set(self._extra)
        unknown = set(chosen) - known
        if unknown:
            raise KeyError(f"register {self.spec.key!r} has no filter {sorted(unknown)}")

        def apply() -> None:
            if text is not None:
                self._tokens = fold(text).split()
            for key, value in chosen.items():
                if value is not ...:
                    self._chosen[key] = value
            self._filters_changed(words_only=not chosen)

        change_filter(self, apply)
        self.filter_applied.emit()

    def chosen(self, key: str) -> object:
        """The value chosen for the filter ``key`` (None: all)."""
        return self._chosen.get(key)

    def has_filters(self) -> bool:
        return self.has_text() or any(v is not None and v is not False for v in self._chosen.values())

    def filters_active(self) -> bool:
        return any(v is not None and v is not False for v in self._chosen.values())

    def accepts(self, row: Any) -> bool:
        only = self._chosen.get(ONLY_IDS_FILTER)
        if isinstance(only, frozenset):
            # "Exactly these records" (the home screen pointed at them): the other filters do not hide them.
            return getattr(row, "id", None) in only
        if not self.spec.accepts(row, self._chosen):
            return False
        for key, test in self._extra.items():
            value = self._chosen.get(key)
            if value is not None and value is not False and not test(row, value):
                return False
        return True

    def criteria(self) -> dict[str, object]:
        """The typed words and the chosen filters (for services that search the same way)."""
        return {"query": self.query(), **self._chosen}

    # ------------------------------------------------------------------ sorting by the source
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort_column = column
        source = self.sourceModel()
        if source is not None and column >= 0:
            source.sort(column, order)

    def sort_column(self) -> int:
        return self._sort_column
