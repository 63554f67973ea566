"""Reporting years (kỳ báo cáo) for Settings → Reporting years."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import Qt

from isodesk.domain.core import ReportingYear
from isodesk.domain.formatting import short_date
from isodesk.domain.i18n import QT_TRANSLATE_NOOP
from isodesk.ui.models.dto_table_model import DtoTableModel, TableColumn


class YearTableModel(DtoTableModel[ReportingYear]):
    """Rows of ``ReportingYear``; fed by ``YearService.years()``."""

    class Column(TableColumn):
        YEAR = QT_TRANSLATE_NOOP("YearTableModel", "Year")
        PERIOD_START = QT_TRANSLATE_NOOP("YearTableModel", "Period from")
        PERIOD_END = QT_TRANSLATE_NOOP("YearTableModel", "Period to")
        DEADLINE = QT_TRANSLATE_NOOP("YearTableModel", "Report deadline")
        NOTES = QT_TRANSLATE_NOOP("YearTableModel", "Notes")

    _CONTEXT = "YearTableModel"

    def display(self, row: ReportingYear, column: IntEnum) -> str:
        c = self.Column
        if column == c.NOTES:
            return " ".join(row.notes.split())
        texts: dict[IntEnum, str] = {
            c.YEAR: str(row.year), c.PERIOD_START: short_date(row.period_start),
            c.PERIOD_END: short_date(row.period_end), c.DEADLINE: short_date(row.deadline) if row.deadline else ""}
        return texts[column]

    def sort_key(self, row: ReportingYear, column: IntEnum) -> object:
        c = self.Column
        days: dict[IntEnum, int] = {c.YEAR: row.year, c.PERIOD_START: row.period_start.toordinal(),
                c.PERIOD_END: row.period_end.toordinal(), c.DEADLINE: row.deadline.toordinal() if row.deadline else 0}
        return days[column] if column in days else super().sort_key(row, column)

    def alignment(self, column: IntEnum) -> Qt.AlignmentFlag | None:
        return Qt.AlignmentFlag.AlignLeft if column == self.Column.NOTES else Qt.AlignmentFlag.AlignCenter
