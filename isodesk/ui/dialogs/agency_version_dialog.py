"""Rename or merge the agency (đổi tên / sáp nhập): a new version of its profile from a date."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from isodesk.domain.core import AgencyProfile
from isodesk.domain.errors import FieldProblem
from isodesk.ui.dialogs.form_dialog import FormDialog
from isodesk.ui.forms.ui_agency_version_dialog import Ui_AgencyVersionDialog

if TYPE_CHECKING:
    from isodesk.services.registry import Services


class AgencyVersionDialog(FormDialog[Ui_AgencyVersionDialog]):
    """Adds a version through ``AgencyService.save_profile(id=None)``; older documents keep the old name."""

    def __init__(self, services: Services, base: AgencyProfile | None, parent: QWidget | None = None) -> None:
        super().__init__(Ui_AgencyVersionDialog, parent)
        self._services = services
        self._saved: AgencyProfile | None = None
        form = self._ui.agency_form
        if base is not None:
            form.set_profile(base)
        form.set_new_version()
        form.errors.set_general(self._ui.error_label)  # messages without a field go below the form
        self.errors = form.errors

    def saved(self) -> AgencyProfile | None:
        return self._saved

    def check(self) -> list[FieldProblem]:
        return self._ui.agency_form.problems()

    def write(self) -> None:
        self._saved = self._services.agency.save_profile(self._ui.agency_form.profile())
