"""Add or edit one line of the records list (danh mục hồ sơ)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

from isodesk.domain.documents import RecordEntry, StorageForm
from isodesk.ui.dialogs.documents_common import (
    combo_enum,
    combo_id,
    department_items,
    fill_combo,
    label_text,
    people_items,
)
from isodesk.ui.dialogs.form_dialog import FormDialog
from isodesk.ui.forms.ui_record_dialog import Ui_RecordDialog
from isodesk.ui.labels import storage_text

if TYPE_CHECKING:
    from isodesk.services.registry import Services


_NO_YEAR = 1999


def _year(value: int) -> int | None:
    return None if value <= _NO_YEAR else value


class RecordDialog(FormDialog[Ui_RecordDialog]):
    """``record`` holds the saved line after ``accepted``."""

    def __init__(self, services: Services, parent: QWidget | None = None, *, record: RecordEntry | None = None,
                 headings: Sequence[str] = ()) -> None:
        super().__init__(Ui_RecordDialog, parent)
        self._services = services
        self._source = record
        self.record: RecordEntry | None = None
        ui = self._ui
        self.setWindowTitle(self.tr("Add a record") if record is None else
                            self.tr("Edit record {code}").format(code=record.code))
        ui.heading_combo.addItem("")
        ui.heading_combo.addItems([h for h in dict.fromkeys(headings) if h])
        fill_combo(ui.department_combo, department_items(services.agency.departments()),
                   record.department_id if record else None, none_text=self.tr("(none)"))
        fill_combo(ui.person_combo, people_items(services.agency.people(), record.person_id if record else None),
                   record.person_id if record else None, none_text=self.tr("(none)"))
        fill_combo(ui.form_combo, [(storage_text(f), f) for f in StorageForm],
                   record.storage_form if record else StorageForm.PAPER)
        ui.retention_spin.setSuffix(self.tr(" years"))
        for spin in (ui.from_year_spin, ui.to_year_spin):
            spin.setRange(_NO_YEAR, 2100)  # the minimum stands for "no year" and shows its special text
            spin.setValue(_NO_YEAR)
        ui.from_year_spin.setSpecialValueText(self.tr("always"))
        ui.to_year_spin.setSpecialValueText(self.tr("still kept"))
        if record is not None:
            ui.title_edit.setText(record.title)
            ui.code_edit.setText(record.code)
            ui.heading_combo.setCurrentText(record.heading)
            ui.location_edit.setText(record.location)
            ui.permanent_check.setChecked(record.permanent)
            if record.retention_years is not None:
                ui.retention_spin.setValue(record.retention_years)
            ui.from_year_spin.setValue(record.from_year or _NO_YEAR)
            ui.to_year_spin.setValue(record.to_year or _NO_YEAR)
            ui.notes_edit.setPlainText(record.notes)
        ui.retention_spin.setEnabled(not ui.permanent_check.isChecked())
        ui.permanent_check.toggled.connect(lambda on: ui.retention_spin.setEnabled(not on))
        ui.title_edit.setFocus()

    def field_labels(self) -> dict[str, str]:
        ui = self._ui
        return {"title": label_text(ui.title_label), "code": label_text(ui.code_label),
                "heading": label_text(ui.heading_label), "department_id": label_text(ui.department_label),
                "person_id": label_text(ui.person_label), "location": label_text(ui.location_label),
                "retention_years": label_text(ui.retention_label), "storage_form": label_text(ui.form_label),
                "from_year": label_text(ui.years_label), "to_year": label_text(ui.years_label),
                "notes": label_text(ui.notes_label)}

    def item(self) -> RecordEntry:
        ui = self._ui
        values: dict[str, Any] = dict(
            title=ui.title_edit.text(), code=ui.code_edit.text(),
            retention_years=None if ui.permanent_check.isChecked() else ui.retention_spin.value(),
            storage_form=combo_enum(ui.form_combo, StorageForm) or StorageForm.PAPER,
            department_id=combo_id(ui.department_combo), person_id=combo_id(ui.person_combo),
            location=ui.location_edit.text(), heading=ui.heading_combo.currentText(),
            notes=ui.notes_edit.toPlainText(), from_year=_year(ui.from_year_spin.value()),
            to_year=_year(ui.to_year_spin.value()))
        if self._source is not None:
            return replace(self._source, **values)  # keeps id and sort order
        return RecordEntry(id=None, **values)

    def write(self) -> None:
        self.record = self._services.records.save_record(self.item())
