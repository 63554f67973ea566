"""The agency's names over time (versions) for Settings → Agency."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QCoreApplication

from isodesk.domain.core import AgencyProfile
from isodesk.domain.formatting import short_date
from isodesk.domain.i18n import QT_TRANSLATE_NOOP
from isodesk.ui.models.dto_table_model import DtoTableModel


class AgencyVersionTableModel(DtoTableModel[AgencyProfile]):
    """Rows of ``AgencyProfile`` versions; fed by ``AgencyService.history()``."""

    class Column(IntEnum):
        VALID_FROM = 0
        VALID_TO = 1
        NAME = 2
        PARENT = 3
        PLACE = 4

    _CONTEXT = "AgencyVersionTableModel"
    _HEADERS = (
        QT_TRANSLATE_NOOP("AgencyVersionTableModel", "From"),
        QT_TRANSLATE_NOOP("AgencyVersionTableModel", "Until"),
        QT_TRANSLATE_NOOP("AgencyVersionTableModel", "Agency name"),
        QT_TRANSLATE_NOOP("AgencyVersionTableModel", "Governing agency"),
        QT_TRANSLATE_NOOP("AgencyVersionTableModel", "Place name"),
    )

    def display(self, row: AgencyProfile, column: IntEnum) -> str:
        if column == self.Column.VALID_FROM:
            return short_date(row.valid_from)
        if column == self.Column.VALID_TO:
            return (short_date(row.valid_to) if row.valid_to
                    else QCoreApplication.translate("AgencyVersionTableModel", "now"))
        if column == self.Column.NAME:
            return row.name
        if column == self.Column.PARENT:
            return row.parent_name
        return row.place_name

    def sort_key(self, row: AgencyProfile, column: IntEnum) -> object:
        if column == self.Column.VALID_FROM:
            return row.valid_from.toordinal()
        if column == self.Column.VALID_TO:
            return row.valid_to.toordinal() if row.valid_to else 10**7
        return super().sort_key(row, column)
