"""The change history of one record (who changed what, when), reusable by every module."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from isodesk.ui.dialogs.base import BaseDialog
from isodesk.ui.forms.ui_history_dialog import Ui_HistoryDialog
from isodesk.ui.models.history_table_model import entity_label

if TYPE_CHECKING:
    from isodesk.services.registry import Services


class HistoryDialog(BaseDialog):
    """Shows ``HistoryService.for_record(entity, entity_id)``, oldest change at the bottom."""

    def __init__(self, services: Services, entity: str, entity_id: int, parent: QWidget | None = None,
                 *, title: str = "") -> None:
        super().__init__(parent)
        self._ui = Ui_HistoryDialog()
        self._ui.setupUi(self)
        self._services = services
        self._entity, self._entity_id = entity, entity_id
        self._ui.title_label.setObjectName("SectionTitle")
        self._ui.title_label.setText(title or entity_label(entity))
        self._ui.history_view.set_restore_visible(False)  # a record's own history has nothing deleted to restore
        self._ui.button_box.rejected.connect(self.reject)
        self.reload()

    @property
    def ui(self) -> Ui_HistoryDialog:
        return self._ui

    def reload(self) -> None:
        entries = self._services.history.for_record(self._entity, self._entity_id)
        self._ui.history_view.set_entries(entries, lookups=history_lookups(self._services))
        if not entries:
            self._ui.history_view.details.setPlainText(self.tr("No change has been recorded for this record."))


def history_lookups(services: Services) -> dict[str, dict[int, str]]:
    """Names for the ids a change may hold (department, deciding decision)."""
    departments = {dep.id: dep.name for dep in services.agency.departments(include_inactive=True) if dep.id}
    decisions = {doc.id: doc.reference for doc in services.register.list() if doc.id}
    return {"department_id": departments, "steering_decision_id": decisions}
