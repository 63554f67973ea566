"""Add or edit a person and their roles in the QMS (leader, ISO secretary, internal auditor, steering seat)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from isodesk.domain.core import DocPurpose, Person, SteeringRole
from isodesk.domain.errors import FieldProblem
from isodesk.ui.dialogs.form_dialog import FormDialog
from isodesk.ui.forms.ui_person_dialog import Ui_PersonDialog
from isodesk.ui.labels import STEERING_ORDER, steering_label

if TYPE_CHECKING:
    from isodesk.services.registry import Services


class PersonDialog(FormDialog[Ui_PersonDialog]):
    """Saves through ``AgencyService.save_person``; ``saved()`` is the result after accept."""

    def __init__(self, services: Services, parent: QWidget | None = None, *, person: Person | None = None) -> None:
        super().__init__(Ui_PersonDialog, parent)
        ui = self._ui
        self._services = services
        self._person = person or Person(id=None, full_name="")
        self._saved: Person | None = None
        self.setWindowTitle(self.tr("Edit person") if person else self.tr("Add person"))

        ui.department_combo.addItem(self.tr("(none)"), None)
        for dep in services.agency.departments(include_inactive=True):
            if dep.active or dep.id == self._person.department_id:
                ui.department_combo.addItem(dep.name, dep.id)
        ui.steering_role_combo.addItem(self.tr("Not a member"), None)
        for role in sorted(SteeringRole, key=lambda r: STEERING_ORDER[r]):
            ui.steering_role_combo.addItem(steering_label(role), role)
        ui.steering_decision_combo.addItem(self.tr("(not recorded yet)"), None)
        for doc in services.register.list(purpose=DocPurpose.STEERING):
            ui.steering_decision_combo.addItem(f"{doc.reference} — {doc.summary}", doc.id)

        self.set_fields(ui.form_layout, {
            "full_name": ui.full_name_edit, "title": ui.title_edit, "department_id": ui.department_combo,
            "auditor_certificate": ui.certificate_edit, "steering_role": ui.steering_role_combo,
            "steering_decision_id": ui.steering_decision_combo, "valid_from": ui.valid_from_edit,
            "valid_to": ui.valid_to_edit,
        }).mark_required("full_name")

        p = self._person
        ui.full_name_edit.setText(p.full_name)
        ui.title_edit.setText(p.title)
        ui.department_combo.setCurrentIndex(max(ui.department_combo.findData(p.department_id), 0))
        ui.leader_check.setChecked(p.is_leader)
        ui.secretary_check.setChecked(p.is_iso_secretary)
        ui.auditor_check.setChecked(p.is_internal_auditor)
        ui.certificate_edit.setText(p.auditor_certificate)
        ui.steering_role_combo.setCurrentIndex(max(ui.steering_role_combo.findData(p.steering_role), 0))
        ui.steering_decision_combo.setCurrentIndex(max(ui.steering_decision_combo.findData(p.steering_decision_id), 0))
        ui.active_check.setChecked(p.active)
        ui.active_check.setVisible(person is not None)
        ui.valid_from_edit.set_date(p.valid_from)
        ui.valid_to_edit.set_date(p.valid_to)
        self._sync_enabled()

        ui.auditor_check.toggled.connect(self._on_auditor_check_toggled)
        ui.steering_role_combo.currentIndexChanged.connect(self._on_steering_role_combo_changed)

    def saved(self) -> Person | None:
        return self._saved

    def _sync_enabled(self) -> None:
        self._ui.certificate_edit.setEnabled(self._ui.auditor_check.isChecked())
        self._ui.steering_decision_combo.setEnabled(self._ui.steering_role_combo.currentData() is not None)

    def _on_auditor_check_toggled(self, _checked: bool) -> None:
        self._sync_enabled()

    def _on_steering_role_combo_changed(self, _index: int) -> None:
        if self._ui.steering_role_combo.currentData() is not None and self._ui.steering_decision_combo.currentData() is None \
                and self._ui.steering_decision_combo.count() > 1:
            # The latest decision on the committee is the likely one.
            self._ui.steering_decision_combo.setCurrentIndex(1)
        self._sync_enabled()

    def check(self) -> list[FieldProblem]:
        found = (self._ui.valid_from_edit.problem("valid_from"), self._ui.valid_to_edit.problem("valid_to"))
        return [p for p in found if p is not None]

    def write(self) -> None:
        ui = self._ui
        data = ui.steering_role_combo.currentData()
        role = SteeringRole(data) if data is not None else None
        item = replace(
            self._person, full_name=ui.full_name_edit.text(), title=ui.title_edit.text(),
            department_id=ui.department_combo.currentData(), is_leader=ui.leader_check.isChecked(),
            is_iso_secretary=ui.secretary_check.isChecked(), is_internal_auditor=ui.auditor_check.isChecked(),
            auditor_certificate=ui.certificate_edit.text() if ui.auditor_check.isChecked() else "",
            steering_role=role, steering_decision_id=ui.steering_decision_combo.currentData() if role else None,
            active=ui.active_check.isChecked(), valid_from=ui.valid_from_edit.date(), valid_to=ui.valid_to_edit.date(),
        )
        self._saved = self._services.agency.save_person(item)
