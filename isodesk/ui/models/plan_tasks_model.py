"""The plan's tasks as an editable table (the appendix rows); edits are reported, the page saves them."""

from __future__ import annotations

from isodesk.ui.models.dto_table_model import TableColumn
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from isodesk.domain.i18n import QT_TRANSLATE_NOOP
from isodesk.domain.plan import PlanTask, TextOrigin

Index = QModelIndex | QPersistentModelIndex


class PlanTasksModel(QAbstractTableModel):
    """Rows of :class:`PlanTask` for the plan page; in-place edits emit :attr:`text_edited`."""

    text_edited = Signal(str, str)
    """A task field was edited: (block key, new text)."""

    # The appendix column headings (the UI is Vietnamese; English is the source language).
    class Column(TableColumn):
        NUMBER = QT_TRANSLATE_NOOP("PlanTasksModel", "No.")
        NAME = QT_TRANSLATE_NOOP("PlanTasksModel", "Task")
        LEAD = QT_TRANSLATE_NOOP("PlanTasksModel", "Lead unit/person")
        PARTNERS = QT_TRANSLATE_NOOP("PlanTasksModel", "In cooperation with")
        TIMING = QT_TRANSLATE_NOOP("PlanTasksModel", "Timing")
        OUTPUT = QT_TRANSLATE_NOOP("PlanTasksModel", "Result/output")

    FIELDS = {Column.NAME: "name", Column.LEAD: "lead", Column.PARTNERS: "partners", Column.TIMING: "timing",
              Column.OUTPUT: "output"}
    RowRole = Qt.ItemDataRole.UserRole + 1
    KeyRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[PlanTask] = []
        self._texts: dict[str, str] = {}

    def set_rows(self, rows: list[PlanTask] | tuple[PlanTask, ...]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._texts = {b.key: b.text for t in self._rows for b in t.fields.values()}
        self.endResetModel()

    def update_tasks(self, rows: list[PlanTask] | tuple[PlanTask, ...]) -> None:
        """Take fresh task states (origin, suggestion) after a save, keeping the texts being edited."""
        if [t.id for t in rows] != [t.id for t in self._rows]:
            self.set_rows(rows)
            return
        self._rows = list(rows)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self.Column) - 1))

    def task(self, row: int) -> PlanTask:
        return self._rows[row]

    def text(self, key: str) -> str:
        return self._texts[key]

    def set_text(self, key: str, text: str) -> None:
        """Change a field from outside (restore): updates the cell without emitting :attr:`text_edited`."""
        self._texts[key] = text
        for r, task in enumerate(self._rows):
            for c, field in self.FIELDS.items():
                if task.fields[field].key == key:
                    index = self.index(r, c)
                    self.dataChanged.emit(index, index)
        self._number_changed()

    def _number_changed(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0))

    def included(self, row: int) -> bool:
        return bool(self._texts[self._rows[row].fields["name"].key].strip())

    def number(self, row: int) -> str:
        """The TT printed for the row (tasks left out are not counted)."""
        if not self.included(row):
            return ""
        return str(sum(1 for r in range(row + 1) if self.included(r)))

    # ------------------------------------------------------------------ Qt API
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("PlanTasksModel", self.Column(section).header)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and index.column() != self.Column.NUMBER:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        task = self._rows[index.row()]
        column = self.Column(index.column())
        if role == self.RowRole:
            return task
        if column == self.Column.NUMBER:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.number(index.row())
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            return None
        block = task.fields[self.FIELDS[column]]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._texts[block.key]
        if role == self.KeyRole:
            return block.key
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        if role == Qt.ItemDataRole.ForegroundRole and not self.included(index.row()):
            return QColor("#8a96a3")
        if role == Qt.ItemDataRole.ToolTipRole:
            if self._texts[block.key] != block.suggested:
                return QCoreApplication.translate("PlanTasksModel", "Edited. Suggested text: {text}").format(
                    text=block.suggested)
            if block.origin is TextOrigin.CARRIED:
                return QCoreApplication.translate("PlanTasksModel", "Taken from the plan of {year}.").format(
                    year=block.carried_from)
        if role == Qt.ItemDataRole.FontRole and self._texts[block.key] != block.suggested:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() == self.Column.NUMBER:
            return False
        block = self._rows[index.row()].fields[self.FIELDS[self.Column(index.column())]]
        text = " ".join(str(value).split())
        if text == self._texts[block.key]:
            return False
        self._texts[block.key] = text
        self.dataChanged.emit(index, index)
        self._number_changed()
        self.text_edited.emit(block.key, text)
        return True
