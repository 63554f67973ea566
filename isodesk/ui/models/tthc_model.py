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

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from isodesk.domain.formatting import fold
from isodesk.domain.i18n import QT_TRANSLATE_NOOP
from isodesk.domain.scope import Tthc, TthcStatus
from isodesk.ui.models.dto_table_model import DtoFilterProxyModel, DtoTableModel


ABOLISHED_FOREGROUND = QColor("#6b7480")
ABOLISHED_BACKGROUND = QColor("#eef0f3")
WARNING_FOREGROUND = QColor("#9a5b00")
WARNING_BACKGROUND = QColor("#fff1d6")
STALE_FOREGROUND = QColor("#b3261e")
STALE_BACKGROUND = QColor("#fde4e1")


class TthcTableModel(DtoTableModel[Tthc]):
    """Read-only rows of Tthc for TthcTab; fed by set_rows() with the rule flags."""

    class Column(IntEnum):
        CODE = 0
        NAME = 1
        FIELD = 2
        DECISION = 3
        STATUS = 4
        PROCEDURE = 5

    _CONTEXT = "TthcTableModel"
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
    CACHE_SORT_KEYS = True

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._uncovered: set[int | None] = set()
        self._stale: set[int | None] = set()

    def set_rows(self, rows: Sequence[Tthc], *, uncovered: Collection[int] = (),  # type: ignore[override]
                 stale: Collection[int] = ()) -> None:
        """Show ``rows``; ``uncovered`` and ``stale`` are the TTHC ids flagged by rules (d) and (c)."""
        self._uncovered, self._stale = set(uncovered), set(stale)
        super().set_rows(rows)

    def is_uncovered(self, row: Tthc) -> bool:
        return row.id in self._uncovered

    def is_stale(self, row: Tthc) -> bool:
        return row.id in self._stale

    def search_text(self, row: Tthc) -> str:
        return f"{row.code} {row.name}"

    def display(self, row: Tthc, column: IntEnum) -> str:
        C = self.Column
        if column is C.CODE:
            return row.code
        if column is C.NAME:
            return row.name
        if column is C.FIELD:
            return row.field
        if column is C.DECISION:
            return row.decision_text
        if column is C.STATUS:
            return row.status.label
        if row.procedure_id is None:
            return "" if row.status is TthcStatus.ABOLISHED else QCoreApplication.translate(
                "TthcTableModel", self._NO_PROCEDURE)
        return row.procedure_label

    def sort_key(self, row: Tthc, column: IntEnum) -> Any:
        if column is self.Column.DECISION:
            return (row.decision_date or date.min).toordinal()
        if column is self.Column.STATUS:
            return list(TthcStatus).index(row.status)
        return fold(self.display(row, column))

    def tooltip(self, row: Tthc, column: IntEnum) -> str | None:
        if column is self.Column.PROCEDURE and row.id in self._stale:
            return QCoreApplication.translate("TthcTableModel", self._STALE_TIP)
        if column is self.Column.PROCEDURE and row.id in self._uncovered:
            return QCoreApplication.translate("TthcTableModel", self._UNCOVERED_TIP)
        if column in (self.Column.NAME, self.Column.PROCEDURE, self.Column.DECISION):
            return self.display(row, column) or None
        return None

    def cell_style(self, row: Tthc, column: IntEnum, role: int) -> Any:
        stale, uncovered = self.is_stale(row), self.is_uncovered(row)
        abolished = row.status is TthcStatus.ABOLISHED
        if column is self.Column.PROCEDURE and (stale or uncovered):
            if role == Qt.ItemDataRole.ForegroundRole:
                return STALE_FOREGROUND if stale else WARNING_FOREGROUND
            if role == Qt.ItemDataRole.BackgroundRole:
                return STALE_BACKGROUND if stale else WARNING_BACKGROUND
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return ABOLISHED_FOREGROUND if abolished else None
        if role == Qt.ItemDataRole.BackgroundRole:
            return ABOLISHED_BACKGROUND if abolished else None
        return None


class TthcFilterProxyModel(DtoFilterProxyModel):
    """Search on mã and tên (every word, diacritics-insensitive) and the field / status / uncovered filters."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._field: str | None = None  # as chosen
        self._status: TthcStatus | None = None
        self._uncovered_only = False

    def set_filters(self, *, text: str | None = None, field: str | None | object = ...,
                    status: TthcStatus | None | object = ..., uncovered_only: bool | None = None) -> None:
        """Change any filter (arguments left out keep their value) and re-filter once; ``field`` matches
        ignoring case and diacritics."""
        self._change_filters(text, field=field, status=status,
                             uncovered_only=... if uncovered_only is None else uncovered_only)

    def set_uncovered_only(self, value: bool) -> None:
        self.set_filters(uncovered_only=value)

    def criteria(self) -> dict[str, object]:
        """The filters in the form of ``TthcService.search`` keyword arguments (for the export).

        "Uncovered" is the coverage figure's rule (d) on both sides: TTHC in force that no procedure in
        force covers, whether none is linked or the linked one is not in force."""
        return {"query": self.query(), "field": self._field, "status": self._status,
                "covered": False if self._uncovered_only else None,
                "in_force": True if self._uncovered_only else None}

    def accepts(self, row: Tthc) -> bool:
        if self._status is not None and row.status is not self._status:
            return False
        if self._field is not None and fold(row.field) != fold(self._field):
            return False
        model: TthcTableModel = self.sourceModel()  # type: ignore[assignment]
        return not self._uncovered_only or model.is_uncovered(row)
