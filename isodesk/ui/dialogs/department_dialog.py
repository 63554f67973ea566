"""Add or edit a department (phòng, bộ phận)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from isodesk.domain.core import Department
from isodesk.domain.errors import FieldProblem
from isodesk.ui.dialogs.form_dialog import FormDialog
from isodesk.ui.forms.ui_department_dialog import Ui_DepartmentDialog

if TYPE_CHECKING:
    from isodesk.services.registry import Services


class DepartmentDialog(FormDialog[Ui_DepartmentDialog]):
    """Saves through ``AgencyService.save_department``; ``saved()`` is the result after accept."""

    def __init__(self, services: Services, parent: QWidget | None = None, *,
                 department: Department | None = None) -> None:
        super().__init__(Ui_DepartmentDialog, parent)
        self._services = services
        self._department = department or Department(id=None, name="")
        self._saved: Department | None = None
        self.setWindowTitle(self.tr("Edit department") if department else self.tr("Add department"))
        self.set_fields(self._ui.form_layout, {"name": self._ui.name_edit, "abbreviation": self._ui.abbreviation_edit,
                                               "valid_from": self._ui.valid_from_edit, "valid_to": self._ui.valid_to_edit}
                        ).mark_required("name")
        self._ui.name_edit.setText(self._department.name)
        self._ui.abbreviation_edit.setText(self._department.abbreviation)
        self._ui.active_check.setChecked(self._department.active)
        self._ui.active_check.setVisible(department is not None)
        self._ui.valid_from_edit.set_date(self._department.valid_from)
        self._ui.valid_to_edit.set_date(self._department.valid_to)

    def saved(self) -> Department | None:
        return self._saved

    def check(self) -> list[FieldProblem]:
        found = (self._ui.valid_from_edit.problem("valid_from"), self._ui.valid_to_edit.problem("valid_to"))
        return [p for p in found if p is not None]

    def write(self) -> None:
        item = replace(self._department, name=self._ui.name_edit.text(),
                       abbreviation=self._ui.abbreviation_edit.text(), active=self._ui.active_check.isChecked(),
                       valid_from=self._ui.valid_from_edit.date(), valid_to=self._ui.valid_to_edit.date())
        self._saved = self._services.agency.save_department(item)
