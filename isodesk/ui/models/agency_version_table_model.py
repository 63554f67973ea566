"""The agency's names over time (versions) for Settings → Agency."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QCoreApplication

from isodesk.domain.core import AgencyProfile
from isodesk.domain.formatting import short_date
from isodesk.domain.i18n import QT_TRANSLATE_NOOP
from isodesk.ui.models.dto_table_model import DtoTableModel, TableColumn


class AgencyVersionTableModel(DtoTableModel[AgencyProfile]):
    """Rows of ``AgencyProfile`` versions; fed by ``AgencyService.history()``."""

    class Column(TableColumn):
        VALID_FROM = QT_TRANSLATE_NOOP("AgencyVersionTableModel", "From")
        VALID_TO = QT_TRANSLATE_NOOP("AgencyVersionTableModel", "Until")
        NAME = QT_TRANSLATE_NOOP("AgencyVersionTableModel", "Agency name")
        PARENT = QT_TRANSLATE_NOOP("AgencyVersionTableModel", "Governing agency")
        PLACE = QT_TRANSLATE_NOOP("AgencyVersionTableModel", "Place name")

    _CONTEXT = "AgencyVersionTableModel"

    def display(self, row: AgencyProfile, column: IntEnum) -> str:
        c = self.Column
        until = (short_date(row.valid_to) if row.valid_to
                 else QCoreApplication.translate("AgencyVersionTableModel", "now"))
        texts: dict[IntEnum, str] = {c.VALID_FROM: short_date(row.valid_from), c.VALID_TO: until, c.NAME: row.name,
                                     c.PARENT: row.parent_name, c.PLACE: row.place_name}
        return texts[column]

    def sort_key(self, row: AgencyProfile, column: IntEnum) -> object:
        if column == self.Column.VALID_FROM:
            return row.valid_from.toordinal()
        if column == self.Column.VALID_TO:
            return row.valid_to.toordinal() if row.valid_to else 10**7
        return super().sort_key(row, column)
