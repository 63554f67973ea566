"""Qt models of the Excel import dialog: the preview of every row as it will be imported, and the list of
problems to fix in the file. Both work for any register (:class:`~isodesk.domain.tabular.RegisterSpec`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from isodesk.domain.formatting import format_number, short_date
from isodesk.domain.i18n import QT_TRANSLATE_NOOP
from isodesk.domain.tabular import ColumnSpec, RegisterSpec, format_cell

if TYPE_CHECKING:
    from isodesk.reports.xlsx_import import ImportPreview, PreviewRow

Index = QModelIndex | QPersistentModelIndex

ROW_PROBLEM_BG = QColor("#fdecea")
CELL_PROBLEM_BG = QColor("#f7c4bf")
PROBLEM_FG = QColor("#b3261e")


def cell_text(column: ColumnSpec, value: object) -> str:
    """A parsed value as the register writes it (dates dd/mm/yyyy, choices by name, "Vĩnh viễn")."""
    if value is None:
        return ""
    shown = format_cell(column, value)
    if isinstance(shown, date):
        return short_date(shown)
    if isinstance(shown, int) and not isinstance(shown, bool):
        return str(shown)
    if isinstance(shown, Decimal):
        return format_number(shown, max(0, -shown.as_tuple().exponent))  # type: ignore[operator]  # a finite Decimal's exponent is an int
    return str(shown)


class ImportPreviewTableModel(QAbstractTableModel):
    """Every non-empty row of the sheet: its Excel row number, then one column per register column.
    Rows with a problem are tinted; the cells at fault are darker and explain themselves in a tooltip."""

    RowRole = Qt.ItemDataRole.UserRole + 1
    """The :class:`PreviewRow`."""
    SortRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._spec: RegisterSpec | None = None
        self._rows: list[PreviewRow] = []
        self._cells: list[list[str]] = []
        self._messages: dict[tuple[int, str], str] = {}

    def set_preview(self, preview: ImportPreview | None, messages: Mapping[tuple[int, str], str] | None = None) -> None:
        """Show ``preview`` (None: nothing). ``messages`` maps (Excel row, column key) to the problem text."""
        self.beginResetModel()
        self._spec = preview.spec if preview is not None else None
        self._rows = list(preview.rows) if preview is not None else []
        columns = self._spec.columns if self._spec is not None else ()
        self._cells = [[cell_text(c, row.values.get(c.key)) for c in columns] for row in self._rows]
        self._messages = dict(messages or {})
        self.endResetModel()

    def row_at(self, row: int) -> PreviewRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        if parent.isValid() or self._spec is None:
            return 0
        return len(self._spec.columns) + 1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal or self._spec is None:
            return None
        if section == 0:
            return QCoreApplication.translate("ImportPreviewTableModel", "Excel row")
        if 1 <= section <= len(self._spec.columns):
            column = self._spec.columns[section - 1]
            return column.display_title + (" *" if column.required else "")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._spec is None or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        key = self._spec.columns[column - 1].key if column > 0 else ""
        at_fault = column > 0 and any(p.field == key for p in row.problems)
        if role in (Qt.ItemDataRole.DisplayRole, self.SortRole):
            if column == 0:
                return str(row.number) if role == Qt.ItemDataRole.DisplayRole else row.number
            text = self._cells[index.row()][column - 1]
            return ("⚠ " + text if text else "⚠") if at_fault and role == Qt.ItemDataRole.DisplayRole else text
        if role == self.RowRole:
            return row
        if role == Qt.ItemDataRole.BackgroundRole and row.problems:
            return QBrush(CELL_PROBLEM_BG if at_fault else ROW_PROBLEM_BG)
        if role == Qt.ItemDataRole.ForegroundRole and at_fault:
            return QBrush(PROBLEM_FG)
        if role == Qt.ItemDataRole.ToolTipRole:
            if at_fault:
                return self._messages.get((row.number, key))
            if column == 0 and row.problems:
                return "\n".join(dict.fromkeys(self._messages.get((row.number, p.field), p.code) for p in row.problems))
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 0:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


@dataclass(frozen=True)
class ProblemLine:
    """One line of the problems list: the Excel row (None for the file or the column choice) and the text."""

    row: int | None
    text: str


class ImportProblemsListModel(QAbstractListModel):
    """The problems to fix, one line each, "Row 12: …" first by row; file-wide problems first."""

    RowRole = Qt.ItemDataRole.UserRole + 1
    """The Excel row number of the problem (None for sheet-level problems)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._lines: list[ProblemLine] = []

    def set_lines(self, lines: Sequence[ProblemLine]) -> None:
        self.beginResetModel()
        self._lines = list(lines)
        self.endResetModel()

    def lines(self) -> list[ProblemLine]:
        return list(self._lines)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._lines)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        line = self._lines[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return line.text
        if role == self.RowRole:
            return line.row
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(PROBLEM_FG)
        return None


#: The header of the row-number column, kept here for lupdate.
_ROW_HEADER = QT_TRANSLATE_NOOP("ImportPreviewTableModel", "Excel row")
