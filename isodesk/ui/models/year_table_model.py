"""Reporting years (kỳ báo cáo) for Settings → Reporting years."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import Qt

from isodesk.domain.core import ReportingYear
from isodesk.domain.formatting import short_date
from isodesk.domain.i18n import QT_TRANSLATE_NOOP
from isodesk.ui.models.dto_table_model import DtoTableModel


class YearTableModel(DtoTableModel[ReportingYear]):
    """Rows of ``ReportingYear``; fed by ``YearService.years()``."""

    class Column(IntEnum):
        YEAR = 0
        PERIOD_START = 1
        PERIOD_END = 2
        DEADLINE = 3
        NOTES = 4

    _CONTEXT = "YearTableModel"
    _HEADERS = (
        QT_TRANSLATE_NOOP("YearTableModel", "Year"),
        QT_TRANSLATE_NOOP("YearTableModel", "Period from"),
        QT_TRANSLATE_NOOP("YearTableModel", "Period to"),
        QT_TRANSLATE_NOOP("YearTableModel", "Report deadline"),
        QT_TRANSLATE_NOOP("YearTableModel", "Notes"),
    )

    def display(self, row: ReportingYear, column: IntEnum) -> str:
        if column == self.Column.YEAR:
            return str(row.year)
        if column == self.Column.PERIOD_START:
            return short_date(row.period_start)
        if column == self.Column.PERIOD_END:
            return short_date(row.period_end)
        if column == self.Column.DEADLINE:
            return short_date(row.deadline) if row.deadline else ""
        return " ".join(row.notes.split())

    def sort_key(self, row: ReportingYear, column: IntEnum) -> object:
        if column == self.Column.YEAR:
            return row.year
        if column == self.Column.PERIOD_START:
            return row.period_start.toordinal()
        if column == self.Column.PERIOD_END:
            return row.period_end.toordinal()
        if column == self.Column.DEADLINE:
            return row.deadline.toordinal() if row.deadline else 0
        return super().sort_key(row, column)

    def alignment(self, column: IntEnum) -> Qt.AlignmentFlag | None:
        return Qt.AlignmentFlag.AlignLeft if column == self.Column.NOTES else Qt.AlignmentFlag.AlignCenter
