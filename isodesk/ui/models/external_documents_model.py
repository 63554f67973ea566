"""Pickers and check lists of the legal and TTHC dialogs (procedures, departments, successor texts).

The external-documents list itself is shown by the one register model (``ui.models.register_model``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from isodesk.domain.formatting import fold
from isodesk.ui.models.dto_table_model import change_filter

_Index = QModelIndex | QPersistentModelIndex


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
        return tuple(i for i in self._ids if i in self._checked)

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
            self._checked.add(item_id)  # type: ignore[arg-type]  # the ids are checked for None by the caller
        else:
            self._checked.discard(item_id)
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
        model: ChoiceListModel = self.sourceModel()  # type: ignore[assignment]  # this proxy is only set on a ChoiceListModel
        if not 0 <= source_row < model.rowCount():
            return False
        if model.id_at(source_row) in self._always:
            return not self._query
        text = model.search_text(source_row)
        return all(t in text for t in self._query)
