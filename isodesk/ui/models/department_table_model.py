"""Departments (phòng, bộ phận) for Settings → Departments."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QCoreApplication

from isodesk.domain.core import Department
from isodesk.domain.i18n import QT_TRANSLATE_NOOP
from isodesk.ui.models.dto_table_model import DtoTableModel


class DepartmentTableModel(DtoTableModel[Department]):
    """Rows of ``Department``; fed by ``AgencyService.departments(include_inactive=True)``."""

    class Column(IntEnum):
        NAME = 0
        ABBREVIATION = 1
        STATUS = 2

    _CONTEXT = "DepartmentTableModel"
    _HEADERS = (
        QT_TRANSLATE_NOOP("DepartmentTableModel", "Department"),
        QT_TRANSLATE_NOOP("DepartmentTableModel", "Abbreviation"),
        QT_TRANSLATE_NOOP("DepartmentTableModel", "Status"),
    )

    def display(self, row: Department, column: IntEnum) -> str:
        if column == self.Column.NAME:
            return row.name
        if column == self.Column.ABBREVIATION:
            return row.abbreviation
        return (QCoreApplication.translate("DepartmentTableModel", "In use") if row.active
                else QCoreApplication.translate("DepartmentTableModel", "No longer used"))
