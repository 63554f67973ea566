"""Add or edit a department (phòng, bộ phận)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from isodesk.domain.core import Department
from isodesk.ui.dialogs.base import BaseDialog
from isodesk.ui.forms.ui_department_dialog import Ui_DepartmentDialog
from isodesk.ui.validation import FieldErrors, run_save

if TYPE_CHECKING:
    from isodesk.services.registry import Services


class DepartmentDialog(BaseDialog):
    """Saves through ``AgencyService.save_department``; ``saved()`` is the result after accept."""

    def __init__(self, services: Services, parent: QWidget | None = None, *,
                 department: Department | None = None) -> None:
        super().__init__(parent)
        self._ui = Ui_DepartmentDialog()
        self._ui.setupUi(self)
        self._services = services
        self._department = department or Department(id=None, name="")
        self._saved: Department | None = None
        self.setWindowTitle(self.tr("Edit department") if department else self.tr("Add department"))
        self.errors = FieldErrors(self._ui.form_layout,
                                  {"name": self._ui.name_edit, "abbreviation": self._ui.abbreviation_edit},
                                  self._ui.error_label)
        self._ui.name_edit.setText(self._department.name)
        self._ui.abbreviation_edit.setText(self._department.abbreviation)
        self._ui.active_check.setChecked(self._department.active)
        self._ui.active_check.setVisible(department is not None)

        self._ui.button_box.accepted.connect(self._on_button_box_accepted)
        self._ui.button_box.rejected.connect(self.reject)

    @property
    def ui(self) -> Ui_DepartmentDialog:
        return self._ui

    def saved(self) -> Department | None:
        return self._saved

    def _on_button_box_accepted(self) -> None:
        item = replace(self._department, name=self._ui.name_edit.text(),
                       abbreviation=self._ui.abbreviation_edit.text(), active=self._ui.active_check.isChecked())
        result = run_save(self.errors, lambda: self._services.agency.save_department(item))
        if result is not None:
            self._saved = result
            self.accept()
