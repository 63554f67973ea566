"""Rename or merge the agency (đổi tên / sáp nhập): a new version of its profile from a date."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from isodesk.domain.core import AgencyProfile
from isodesk.ui.dialogs.base import BaseDialog
from isodesk.ui.forms.ui_agency_version_dialog import Ui_AgencyVersionDialog
from isodesk.ui.validation import run_save

if TYPE_CHECKING:
    from isodesk.services.registry import Services


class AgencyVersionDialog(BaseDialog):
    """Adds a version through ``AgencyService.save_profile(id=None)``; older documents keep the old name."""

    def __init__(self, services: Services, base: AgencyProfile | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ui = Ui_AgencyVersionDialog()
        self._ui.setupUi(self)
        self._services = services
        self._saved: AgencyProfile | None = None
        form = self._ui.agency_form
        if base is not None:
            form.set_profile(base)
        form.set_new_version()
        form.errors.set_general(self._ui.error_label)  # messages without a field go below the form
        self._ui.button_box.accepted.connect(self._on_button_box_accepted)
        self._ui.button_box.rejected.connect(self.reject)

    @property
    def ui(self) -> Ui_AgencyVersionDialog:
        return self._ui

    def saved(self) -> AgencyProfile | None:
        return self._saved

    def _on_button_box_accepted(self) -> None:
        form = self._ui.agency_form
        if not form.validate():
            return
        profile = form.profile()
        result = run_save(form.errors, lambda: self._services.agency.save_profile(profile))
        if result is not None:
            self._saved = result
            self.accept()
