"""Qt model of the external-documents list (danh mục tài liệu bên ngoài, DOMAIN.md §6.5) and its filter.

The table model holds every :class:`~isodesk.domain.legal.ExternalDocument` of the list; searching and
filtering happen in the proxy, in memory, on text folded once per row when the rows are set, so a
keystroke costs one pass over a list of strings rather than a database query.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from enum import IntEnum
from typing import Any, TypeVar

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QT_TRANSLATE_NOOP,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from isodesk.domain.formatting import fold, short_date
from isodesk.domain.legal import ExternalDocKind, ExternalDocument, LegalStatus, search_text
from isodesk.ui.models.dto_table_model import DtoTableModel

T = TypeVar("T")

# Foreground and background of rows whose text is no longer (fully) in force.
DEAD_FOREGROUND = QColor("#8a3b36")
DEAD_BACKGROUND = QColor("#fbeceb")
AMENDED_BACKGROUND = QColor("#fff6dc")

_Index = QModelIndex | QPersistentModelIndex


class CachedDtoTableModel(DtoTableModel[T]):
    """A :class:`DtoTableModel` for long lists filtered as the user types: per row a folded search text
    and a folded field (lĩnh vực) key, per column the sort keys, all computed once per ``set_rows``.

    Subclasses add :meth:`search_key` and :meth:`field_of`, and :meth:`style` for the colour and font
    roles. Folding text on every comparison or keystroke would make sorting and searching a list of
    a few hundred rows take a noticeable fraction of a second.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._search: list[str] = []
        self._fields: list[str] = []
        self._sort_keys: dict[int, list[Any]] = {}

    def set_rows(self, rows: Sequence[T]) -> None:
        rows = list(rows)
        self._search = [self.search_key(r) for r in rows]
        self._fields = [fold(self.field_of(r)) for r in rows]
        self._sort_keys = {}
        super().set_rows(rows)

    # ------------------------------------------------------------------ API
    def dto_at(self, row: int) -> T:
        return self._rows[row]

    def search_text(self, row: int) -> str:
        return self._search[row]

    def field_key(self, row: int) -> str:
        return self._fields[row]

    # ------------------------------------------------------------------ hooks
    def search_key(self, item: T) -> str:
        raise NotImplementedError

    def field_of(self, item: T) -> str:
        return ""

    def style(self, row: int, column: IntEnum, role: int) -> Any:
        """Background, foreground or font of one cell (``row`` is the source row)."""
        return None

    # ------------------------------------------------------------------ Qt
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and 0 <= index.row() < len(self._rows) and 0 <= index.column() < len(self.Column):
            column = self.Column(index.column())
            if role == self.SortRole:
                keys = self._sort_keys.get(column)
                if keys is None:
                    keys = self._sort_keys[column] = [self.sort_key(r, column) for r in self._rows]
                return keys[index.row()]
            if role in _STYLE_ROLES:
                return self.style(index.row(), column, role)
        return super().data(index, role)


_STYLE_ROLES = (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole)


class ExternalDocumentsTableModel(CachedDtoTableModel[ExternalDocument]):
    """Read-only rows of ExternalDocument for ExternalDocumentsTab; fed by set_rows()."""

    class Column(IntEnum):
        TITLE = 0
        NUMBER = 1
        ISSUE_DATE = 2
        ISSUER = 3
        EFFECTIVE_DATE = 4
        STATUS = 5
        FIELD = 6
        DEPARTMENTS = 7

    _CONTEXT = "ExternalDocumentsTableModel"
    _HEADERS = (
        QT_TRANSLATE_NOOP("ExternalDocumentsTableModel", "Title (type, summary)"),
        QT_TRANSLATE_NOOP("ExternalDocumentsTableModel", "Number and symbol"),
        QT_TRANSLATE_NOOP("ExternalDocumentsTableModel", "Issued on"),
        QT_TRANSLATE_NOOP("ExternalDocumentsTableModel", "Issued by"),
        QT_TRANSLATE_NOOP("ExternalDocumentsTableModel", "In force from"),
        QT_TRANSLATE_NOOP("ExternalDocumentsTableModel", "Legal status"),
        QT_TRANSLATE_NOOP("ExternalDocumentsTableModel", "Field"),
        QT_TRANSLATE_NOOP("ExternalDocumentsTableModel", "Used by"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._struck = QFont()
        self._struck.setStrikeOut(True)

    def search_key(self, item: ExternalDocument) -> str:
        return f"{search_text(item.kind, item.number_symbol, item.summary)} {fold(item.issuer)}"

    def field_of(self, item: ExternalDocument) -> str:
        return item.field

    def display(self, row: ExternalDocument, column: IntEnum) -> str:
        C = self.Column
        if column is C.TITLE:
            return row.title
        if column is C.NUMBER:
            return row.number_symbol
        if column is C.ISSUE_DATE:
            return short_date(row.issue_date) if row.issue_date else ""
        if column is C.ISSUER:
            return row.issuer
        if column is C.EFFECTIVE_DATE:
            return short_date(row.effective_date) if row.effective_date else ""
        if column is C.STATUS:
            return row.status_text
        if column is C.FIELD:
            return row.field
        return row.used_by

    def sort_key(self, row: ExternalDocument, column: IntEnum) -> Any:
        C = self.Column
        if column is C.ISSUE_DATE:
            return (row.issue_date or date.min).toordinal()
        if column is C.EFFECTIVE_DATE:
            return (row.effective_date or date.min).toordinal()
        if column is C.STATUS:
            return list(LegalStatus).index(row.status)
        return fold(self.display(row, column))

    def tooltip(self, row: ExternalDocument, column: IntEnum) -> str | None:
        if column in (self.Column.TITLE, self.Column.DEPARTMENTS, self.Column.STATUS):
            return self.display(row, column) or None
        return None

    def style(self, row: int, column: IntEnum, role: int) -> Any:
        doc = self._rows[row]
        dead = not doc.status.in_force
        if role == Qt.ItemDataRole.ForegroundRole:
            return DEAD_FOREGROUND if dead else None
        if role == Qt.ItemDataRole.BackgroundRole:
            if dead:
                return DEAD_BACKGROUND
            return AMENDED_BACKGROUND if doc.status is LegalStatus.AMENDED else None
        return self._struck if dead and column is self.Column.NUMBER else None


class InMemoryFilterProxyModel(QSortFilterProxyModel):
    """A sort/filter proxy whose accepted rows are computed in one pass over the source rows.

    Subclasses keep their criteria, call :meth:`_apply` when one changes and answer :meth:`_accepts`
    for one source row. The pass runs lazily on the first question after a change or a reset of the
    source, whatever the order in which Qt delivers the reset to the proxy and to this object.
    """

    filter_applied = Signal()
    """A criterion changed and the rows were filtered again (once per change, not per row range)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._accepted: list[bool] = []
        self._dirty = True

    def setSourceModel(self, model: QAbstractTableModel) -> None:  # type: ignore[override]
        old = self.sourceModel()
        if old is not None:
            old.modelAboutToBeReset.disconnect(self._mark_dirty)
        self._dirty = True
        super().setSourceModel(model)
        model.modelAboutToBeReset.connect(self._mark_dirty)

    def _mark_dirty(self) -> None:
        self._dirty = True

    def _apply(self) -> None:
        """Re-filter after a criterion changed."""
        self.beginFilterChange()
        self._dirty = True
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        self.filter_applied.emit()

    def _accepts(self, model: Any, row: int) -> bool:
        raise NotImplementedError

    def _recompute(self) -> None:
        self._dirty = False
        model = self.sourceModel()
        self._accepted = [self._accepts(model, i) for i in range(model.rowCount())] if model is not None else []

    def accepted_count(self) -> int:
        if self._dirty:
            self._recompute()
        return sum(self._accepted)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        if self._dirty:
            self._recompute()
        return 0 <= source_row < len(self._accepted) and self._accepted[source_row]


class ExternalDocumentsFilterProxyModel(InMemoryFilterProxyModel):
    """Search (every word, diacritics-insensitive) and the kind / status / field / department filters."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(ExternalDocumentsTableModel.SortRole)
        self._query: tuple[str, ...] = ()
        self._kind: ExternalDocKind | None = None
        self._status: LegalStatus | None = None
        self._field: str | None = None  # folded
        self._field_name: str | None = None  # as chosen
        self._department_id: int | None = None

    # ------------------------------------------------------------------ criteria
    def set_query(self, text: str) -> None:
        tokens = tuple(fold(text).split())
        if tokens != self._query:
            self._query = tokens
            self._apply()

    def set_kind(self, kind: ExternalDocKind | None) -> None:
        if kind != self._kind:
            self._kind = kind
            self._apply()

    def set_status(self, status: LegalStatus | None) -> None:
        if status != self._status:
            self._status = status
            self._apply()

    def set_field(self, field: str | None) -> None:
        key = fold(field) if field is not None else None
        self._field_name = field
        if key != self._field:
            self._field = key
            self._apply()

    def set_department(self, department_id: int | None) -> None:
        if department_id != self._department_id:
            self._department_id = department_id
            self._apply()

    def criteria(self) -> dict[str, object]:
        """The filters in the form of ``LegalService.search`` keyword arguments (for the export)."""
        return {"query": " ".join(self._query), "kind": self._kind, "status": self._status,
                "field": self._field_name, "department_id": self._department_id}

    def _accepts(self, model: ExternalDocumentsTableModel, row: int) -> bool:
        doc = model.dto_at(row)
        if self._kind is not None and doc.kind is not self._kind:
            return False
        if self._status is not None and doc.status is not self._status:
            return False
        if self._field is not None and model.field_key(row) != self._field:
            return False
        if self._department_id is not None and self._department_id not in doc.department_ids:
            return False
        text = model.search_text(row)
        return all(t in text for t in self._query)


class ChoiceListModel(QAbstractListModel):
    """Rows of ``(id, text)`` for the pickers and check lists of the legal/TTHC dialogs (procedures,
    departments, successor texts), optionally with check boxes; ``Qt.UserRole`` holds the id, so a
    QComboBox on this model answers ``findData``/``itemData`` as usual.

    A model rather than QListWidget items: it is fed in one call whatever the number of rows. With
    PySide6 6.12 on Python 3.11 every call of a void Qt method (``QListWidgetItem.setData``,
    ``setFlags``, ``QComboBox.addItem``…) drops a reference to ``None``; filling a list of 1,300
    procedure items that way cost ~5,000 references per dialog and crashed the app ("none_dealloc")
    after about ten openings on a large agency.
    """

    IdRole = Qt.ItemDataRole.UserRole

    def __init__(self, items: Sequence[tuple[int | None, str]] = (), *, checkable: bool = False,
                 checked: Sequence[int] = (), parent: Any = None) -> None:
        super().__init__(parent)
        self._ids = [i for i, _ in items]
        self._texts = [t for _, t in items]
        self._search = [fold(t) for t in self._texts]
        self._checkable = checkable
        self._checked = set(checked)

    # ------------------------------------------------------------------ API
    def id_at(self, row: int) -> int | None:
        return self._ids[row]

    def text_at(self, row: int) -> str:
        return self._texts[row]

    def search_text(self, row: int) -> str:
        return self._search[row]

    def row_of_id(self, item_id: int | None) -> int:
        try:
            return self._ids.index(item_id)
        except ValueError:
            return -1

    def checked_ids(self) -> tuple[int, ...]:
        """The checked ids, in list order."""
        return tuple(i for i in self._ids if i in self._checked)  # type: ignore[misc]

    def set_checked(self, item_id: int, checked: bool = True) -> None:
        row = self.row_of_id(item_id)
        if row >= 0:
            self.setData(self.index(row), Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked,
                         Qt.ItemDataRole.CheckStateRole)

    # ------------------------------------------------------------------ Qt overrides
    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        row = index.row()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole):
            return self._texts[row]
        if role == self.IdRole:
            return self._ids[row]
        if role == Qt.ItemDataRole.CheckStateRole and self._checkable:
            return Qt.CheckState.Checked if self._ids[row] in self._checked else Qt.CheckState.Unchecked
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsUserCheckable if self._checkable else flags

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not self._checkable or not index.isValid():
            return False
        item_id = self._ids[index.row()]
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self._checked.add(item_id)  # type: ignore[arg-type]
        else:
            self._checked.discard(item_id)  # type: ignore[arg-type]
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True


class ChoiceFilterProxyModel(InMemoryFilterProxyModel):
    """Every word typed must occur in the row's text (diacritics-insensitive); rows whose id is in
    ``always`` (e.g. a "none" row) show only while nothing is typed."""

    def __init__(self, parent: Any = None, *, always: Sequence[int | None] = ()) -> None:
        super().__init__(parent)
        self._query: tuple[str, ...] = ()
        self._always = set(always)

    def set_query(self, text: str) -> None:
        tokens = tuple(fold(text).split())
        if tokens != self._query:
            self._query = tokens
            self._apply()

    def _accepts(self, model: ChoiceListModel, row: int) -> bool:
        if model.id_at(row) in self._always:
            return not self._query
        text = model.search_text(row)
        return all(t in text for t in self._query)
