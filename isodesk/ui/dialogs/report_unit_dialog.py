"""Add or edit a subordinate unit of Phụ lục I of the annual report (đơn vị trực thuộc)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from isodesk.domain.errors import FieldProblem
from isodesk.domain.report import ReportUnit
from isodesk.ui.dialogs.form_dialog import FormDialog
from isodesk.ui.forms.ui_report_unit_dialog import Ui_ReportUnitDialog
from isodesk.ui.widgets.field_values import show_fields

if TYPE_CHECKING:
    from isodesk.services.registry import Services


class ReportUnitDialog(FormDialog[Ui_ReportUnitDialog]):
    """Saves through ``ReportService.save_unit``; ``saved()`` is the result after accept."""

    def __init__(self, services: Services, year: int, parent: QWidget | None = None, *,
                 unit: ReportUnit | None = None) -> None:
        super().__init__(Ui_ReportUnitDialog, parent)
        ui = self._ui
        self._services = services
        self._unit = unit or ReportUnit(id=None, year=year, name="")
        self._saved: ReportUnit | None = None
        self.setWindowTitle(self.tr("Edit subordinate unit") if unit else self.tr("Add subordinate unit"))
        ui.hint_label.setObjectName("Muted")
        self.set_fields(ui.form_layout, {
            "name": ui.name_edit, "issue_decision": ui.issue_decision_edit, "audit_date": ui.audit_date_edit,
            "announce_decision": ui.announce_decision_edit, "guides": ui.guides_spin,
            "internal_procedures": ui.internal_spin, "tthc_procedures": ui.tthc_spin, "notes": ui.notes_edit,
        }).mark_required("name")
        u = self._unit
        show_fields(ui, u, "name", "issue_decision", "audit_date", "announce_decision", "notes")
        ui.guides_spin.setValue(u.guides)
        ui.internal_spin.setValue(u.internal_procedures)
        ui.tthc_spin.setValue(u.tthc_procedures)

    def saved(self) -> ReportUnit | None:
        return self._saved

    def check(self) -> list[FieldProblem]:
        problem = self._ui.audit_date_edit.problem("audit_date")
        return [problem] if problem is not None else []

    def write(self) -> None:
        ui = self._ui
        item = replace(self._unit, name=ui.name_edit.text(), issue_decision=ui.issue_decision_edit.text(),
                       audit_date=ui.audit_date_edit.date(), announce_decision=ui.announce_decision_edit.text(),
                       guides=ui.guides_spin.value(), internal_procedures=ui.internal_spin.value(),
                       tthc_procedures=ui.tthc_spin.value(), notes=ui.notes_edit.text())
        self._saved = self._services.report.save_unit(item)
