"""Qt model of the external-documents list (danh mục tài liệu bên ngoài, DOMAIN.md §6.5) and its filter.

The table model holds every :class:`~isodesk.domain.legal.ExternalDocument` of the list; searching and
filtering happen in the proxy, in memory, on text folded once per row when the rows are set, so a
keystroke costs one pass over a list of strings rather than a database query.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from isodesk.domain.formatting import fold, short_date
from isodesk.domain.i18n import QT_TRANSLATE_NOOP
from isodesk.domain.legal import ExternalDocKind, ExternalDocument, LegalStatus, search_text
from isodesk.ui.models.dto_table_model import DtoFilterProxyModel, DtoTableModel, change_filter

# Foreground and background of rows whose text is no longer (fully) in force.
DEAD_FOREGROUND = QColor("#8a3b36")
DEAD_BACKGROUND = QColor("#fbeceb")
AMENDED_BACKGROUND = QColor("#fff6dc")

_Index = QModelIndex | QPersistentModelIndex


class ExternalDocumentsTableModel(DtoTableModel[ExternalDocument]):
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
    CACHE_SORT_KEYS = True

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._struck = QFont()
        self._struck.setStrikeOut(True)

    def search_text(self, row: ExternalDocument) -> str:
        return f"{search_text(row.kind, row.number_symbol, row.summary)} {row.issuer}"

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

    def cell_style(self, row: ExternalDocument, column: IntEnum, role: int) -> Any:
        dead = not row.status.in_force
        if role == Qt.ItemDataRole.ForegroundRole:
            return DEAD_FOREGROUND if dead else None
        if role == Qt.ItemDataRole.BackgroundRole:
            if dead:
                return DEAD_BACKGROUND
            return AMENDED_BACKGROUND if row.status is LegalStatus.AMENDED else None
        return self._struck if dead and column is self.Column.NUMBER else None


class ExternalDocumentsFilterProxyModel(DtoFilterProxyModel):
    """Search (every word, diacritics-insensitive) and the kind / status / field / department filters."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._kind: ExternalDocKind | None = None
        self._status: LegalStatus | None = None
        self._field: str | None = None  # as chosen
        self._department_id: int | None = None

    def set_filters(self, *, text: str | None = None, kind: ExternalDocKind | None | object = ...,
                    status: LegalStatus | None | object = ..., field: str | None | object = ...,
                    department_id: int | None | object = ...) -> None:
        """Change any filter (arguments left out keep their value) and re-filter once; ``field`` matches
        ignoring case and diacritics."""
        self._change_filters(text, kind=kind, status=status, field=field, department_id=department_id)

    def criteria(self) -> dict[str, object]:
        """The filters in the form of ``LegalService.search`` keyword arguments (for the export)."""
        return {"query": self.query(), "kind": self._kind, "status": self._status,
                "field": self._field, "department_id": self._department_id}

    def accepts(self, row: ExternalDocument) -> bool:
        if self._kind is not None and row.kind is not self._kind:
            return False
        if self._status is not None and row.status is not self._status:
            return False
        if self._field is not None and fold(row.field) != fold(self._field):
            return False
        return self._department_id is None or self._department_id in row.department_ids


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


class ChoiceFilterProxyModel(QSortFilterProxyModel):
    """Every word typed must occur in the row's text (diacritics-insensitive); rows whose id is in
    ``always`` (e.g. a "none" row) show only while nothing is typed."""

    def __init__(self, parent: Any = None, *, always: Sequence[int | None] = ()) -> None:
        super().__init__(parent)
        self._query: tuple[str, ...] = ()
        self._always = set(always)

    def set_query(self, text: str) -> None:
        tokens = tuple(fold(text).split())
        if tokens != self._query:
            change_filter(self, lambda: setattr(self, "_query", tokens))

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        model: ChoiceListModel = self.sourceModel()  # type: ignore[assignment]
        if not 0 <= source_row < model.rowCount():
            return False
        if model.id_at(source_row) in self._always:
            return not self._query
        text = model.search_text(source_row)
        return all(t in text for t in self._query)
