"""Qt model of the TTHC catalogue (danh mục thủ tục hành chính thuộc thẩm quyền giải quyết) and its filter.

Like the external-documents list, the whole catalogue is held in the model and filtered in memory on
text folded once per row. Two flags per row come from the domain rules of ``domain.scope``:
*uncovered* (a TTHC in force with no procedure in force, rule (d)) and *stale* (an abolished TTHC
whose procedure is still in force, rule (c)).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, QT_TRANSLATE_NOOP
from PySide6.QtGui import QColor

from isodesk.domain.formatting import fold
from isodesk.domain.scope import Tthc, TthcStatus
from isodesk.ui.models.external_documents_model import InMemoryFilterProxyModel

_CTX = "TthcTableModel"

ABOLISHED_FOREGROUND = QColor("#6b7480")
ABOLISHED_BACKGROUND = QColor("#eef0f3")
WARNING_FOREGROUND = QColor("#9a5b00")
WARNING_BACKGROUND = QColor("#fff1d6")
STALE_FOREGROUND = QColor("#b3261e")
STALE_BACKGROUND = QColor("#fde4e1")

_Index = QModelIndex | QPersistentModelIndex


class TthcTableModel(QAbstractTableModel):
    """Read-only rows of Tthc for TthcTab; fed by set_rows() with the rule flags."""

    class Column(IntEnum):
        CODE = 0
        NAME = 1
        FIELD = 2
        DECISION = 3
        STATUS = 4
        PROCEDURE = 5

    _HEADERS = (
        QT_TRANSLATE_NOOP("TthcTableModel", "TTHC code"),
        QT_TRANSLATE_NOOP("TthcTableModel", "Administrative procedure"),
        QT_TRANSLATE_NOOP("TthcTableModel", "Field"),
        QT_TRANSLATE_NOOP("TthcTableModel", "Announcing decision"),
        QT_TRANSLATE_NOOP("TthcTableModel", "Status"),
        QT_TRANSLATE_NOOP("TthcTableModel", "Handling procedure"),
    )
    _NO_PROCEDURE = QT_TRANSLATE_NOOP("TthcTableModel", "— none yet —")
    _UNCOVERED_TIP = QT_TRANSLATE_NOOP("TthcTableModel", "No procedure in force covers this TTHC.")
    _STALE_TIP = QT_TRANSLATE_NOOP(
        "TthcTableModel", "This TTHC is abolished but its procedure is still in force: withdraw or revise the procedure.")
    RowRole = Qt.ItemDataRole.UserRole + 1  # the Tthc itself (survives proxies)
    SortRole = Qt.ItemDataRole.UserRole + 2  # native value for QSortFilterProxyModel

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Tthc] = []
        self._search: list[str] = []
        self._fields: list[str] = []
        self._sort_keys: dict[int, list[Any]] = {}
        self._uncovered: list[bool] = []
        self._stale: list[bool] = []

    # ------------------------------------------------------------------ feeding
    def set_rows(self, rows: Sequence[Tthc], *, uncovered: Collection[int] = (),
                 stale: Collection[int] = ()) -> None:
        """Show ``rows``; ``uncovered`` and ``stale`` are the TTHC ids flagged by rules (d) and (c)."""
        self.beginResetModel()
        self._rows = list(rows)
        uncovered, stale = set(uncovered), set(stale)
        self._search = [fold(f"{r.code} {r.name}") for r in self._rows]
        self._fields = [fold(r.field) for r in self._rows]
        self._uncovered = [r.id in uncovered for r in self._rows]
        self._stale = [r.id in stale for r in self._rows]
        self._sort_keys: dict[int, list[Any]] = {}
        self.endResetModel()

    def rows(self) -> list[Tthc]:
        return list(self._rows)

    def row_of(self, row: int) -> Tthc:
        return self._rows[row]

    def search_text(self, row: int) -> str:
        return self._search[row]

    def field_key(self, row: int) -> str:
        return self._fields[row]

    def is_uncovered(self, row: int) -> bool:
        return self._uncovered[row]

    def is_stale(self, row: int) -> bool:
        return self._stale[row]

    def source_row_of_id(self, tthc_id: int) -> int:
        for i, r in enumerate(self._rows):
            if r.id == tthc_id:
                return i
        return -1

    def _sort_value(self, row: int, column: IntEnum) -> Any:
        """Sort keys are computed once per column (folding text on every comparison would make
        sorting a large list take a noticeable fraction of a second)."""
        keys = self._sort_keys.get(column)
        if keys is None:
            keys = self._sort_keys[column] = [self._sort_key(r, column) for r in self._rows]  # type: ignore[arg-type]
        return keys[row]

    # ------------------------------------------------------------------ Qt overrides
    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.Column)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self._HEADERS):
                return QCoreApplication.translate(_CTX, self._HEADERS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        i = index.row()
        row, column = self._rows[i], self.Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == self.SortRole:
            return self._sort_value(index.row(), column)
        if role == self.RowRole:
            return row
        abolished = row.status is TthcStatus.ABOLISHED
        flagged = column is self.Column.PROCEDURE and (self._stale[i] or self._uncovered[i])
        if role == Qt.ItemDataRole.ToolTipRole:
            if column is self.Column.PROCEDURE and self._stale[i]:
                return QCoreApplication.translate(_CTX, self._STALE_TIP)
            if column is self.Column.PROCEDURE and self._uncovered[i]:
                return QCoreApplication.translate(_CTX, self._UNCOVERED_TIP)
            if column in (self.Column.NAME, self.Column.PROCEDURE, self.Column.DECISION):
                return self._display(row, column) or None
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if flagged:
                return STALE_FOREGROUND if self._stale[i] else WARNING_FOREGROUND
            return ABOLISHED_FOREGROUND if abolished else None
        if role == Qt.ItemDataRole.BackgroundRole:
            if flagged:
                return STALE_BACKGROUND if self._stale[i] else WARNING_BACKGROUND
            return ABOLISHED_BACKGROUND if abolished else None
        return None

    @classmethod
    def _display(cls, row: Tthc, column: Column) -> str:
        match column:
            case cls.Column.CODE:
                return row.code
            case cls.Column.NAME:
                return row.name
            case cls.Column.FIELD:
                return row.field
            case cls.Column.DECISION:
                return row.decision_text
            case cls.Column.STATUS:
                return row.status.label
            case cls.Column.PROCEDURE:
                if row.procedure_id is None:
                    return "" if row.status is TthcStatus.ABOLISHED else QCoreApplication.translate(
                        _CTX, cls._NO_PROCEDURE)
                return row.procedure_label
        return ""

    @classmethod
    def _sort_key(cls, row: Tthc, column: Column) -> Any:
        if column is cls.Column.DECISION:
            return (row.decision_date or date.min).toordinal()
        if column is cls.Column.STATUS:
            return list(TthcStatus).index(row.status)
        return fold(cls._display(row, column))


class TthcFilterProxyModel(InMemoryFilterProxyModel):
    """Search on mã and tên (every word, diacritics-insensitive) and the field / status / uncovered filters."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(TthcTableModel.SortRole)
        self._query: tuple[str, ...] = ()
        self._field: str | None = None
        self._field_name: str | None = None
        self._status: TthcStatus | None = None
        self._uncovered_only = False

    # ------------------------------------------------------------------ criteria
    def set_query(self, text: str) -> None:
        tokens = tuple(fold(text).split())
        if tokens != self._query:
            self._query = tokens
            self._apply()

    def set_field(self, field: str | None) -> None:
        key = fold(field) if field is not None else None
        self._field_name = field
        if key != self._field:
            self._field = key
            self._apply()

    def set_status(self, status: TthcStatus | None) -> None:
        if status != self._status:
            self._status = status
            self._apply()

    def set_uncovered_only(self, value: bool) -> None:
        if value != self._uncovered_only:
            self._uncovered_only = value
            self._apply()

    def criteria(self) -> dict[str, object]:
        """The filters in the form of ``TthcService.search`` keyword arguments (for the export).

        "Uncovered" exports the TTHC without a linked procedure (the service cannot tell a linked
        procedure that is no longer in force)."""
        return {"query": " ".join(self._query), "field": self._field_name, "status": self._status,
                "covered": False if self._uncovered_only else None,
                "in_force": True if self._uncovered_only else None}

    def _accepts(self, model: TthcTableModel, row: int) -> bool:
        item = model.row_of(row)
        if self._status is not None and item.status is not self._status:
            return False
        if self._field is not None and model.field_key(row) != self._field:
            return False
        if self._uncovered_only and not model.is_uncovered(row):
            return False
        text = model.search_text(row)
        return all(t in text for t in self._query)
