"""Register a draft (cấp số): give it the next free number of its issuer and the date of issue."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from isodesk.domain.core import IssuedDocument
from isodesk.domain.formatting import doc_reference
from isodesk.ui.dialogs.base import BaseDialog
from isodesk.ui.forms.ui_register_number_dialog import Ui_RegisterNumberDialog
from isodesk.ui.validation import FieldErrors, run_save

if TYPE_CHECKING:
    from isodesk.services.registry import Services


class RegisterNumberDialog(BaseDialog):
    """Calls ``DocumentRegisterService.register``; ``saved()`` is the issued document after accept."""

    def __init__(self, services: Services, document: IssuedDocument, parent: QWidget | None = None,
                 *, today: date | None = None) -> None:
        super().__init__(parent)
        self._ui = Ui_RegisterNumberDialog()
        self._ui.setupUi(self)
        ui = self._ui
        self._services = services
        self._document = document
        self._saved: IssuedDocument | None = None
        self._number_auto = True
        when = document.issue_date or today or date.today()
        ui.document_label.setText(self.tr("{type}: {summary}").format(
            type=document.doc_type.type_name.capitalize(), summary=document.summary))
        ui.document_label.setObjectName("SectionTitle")
        ui.hint_label.setObjectName("Muted")
        ui.reference_preview_label.setObjectName("Muted")
        ui.issue_date_edit.set_date(when)
        ui.number_spin.setValue(document.number or services.register.next_number(document.issuer, when.year))
        self.errors = FieldErrors(ui.form_layout, {"number": ui.number_spin, "issue_date": ui.issue_date_edit},
                                  ui.error_label)
        self._update_preview()

        ui.number_spin.valueChanged.connect(self._on_number_spin_changed)
        ui.number_spin.lineEdit().textEdited.connect(self._on_number_spin_edited)
        ui.issue_date_edit.date_changed.connect(self._on_issue_date_edit_changed)
        ui.button_box.accepted.connect(self._on_button_box_accepted)
        ui.button_box.rejected.connect(self.reject)

    @property
    def ui(self) -> Ui_RegisterNumberDialog:
        return self._ui

    def saved(self) -> IssuedDocument | None:
        return self._saved

    def _update_preview(self) -> None:
        ref = doc_reference(self._ui.number_spin.value(), self._document.symbol, self._ui.issue_date_edit.date())
        self._ui.reference_preview_label.setText(self.tr("Cited as: {type} số {reference}").format(
            type=self._document.doc_type.type_name.capitalize(), reference=ref.strip()))

    def _on_number_spin_changed(self, _value: int) -> None:
        self._update_preview()

    def _on_number_spin_edited(self, _text: str) -> None:
        self._number_auto = False

    def _on_issue_date_edit_changed(self, value: object) -> None:
        # Numbers restart on 1 January: a date in another year proposes that year's next number.
        if isinstance(value, date) and self._number_auto:
            self._ui.number_spin.blockSignals(True)
            self._ui.number_spin.setValue(self._services.register.next_number(self._document.issuer, value.year))
            self._ui.number_spin.blockSignals(False)
        self._update_preview()

    def _on_button_box_accepted(self) -> None:
        problem = self._ui.issue_date_edit.problem("issue_date", required=True)
        if problem is not None:
            self.errors.show([problem])
            return
        when = self._ui.issue_date_edit.date()
        assert when is not None
        number = self._ui.number_spin.value()
        result = run_save(self.errors, lambda: self._services.register.register(self._document.id, when, number))
        if result is not None:
            self._saved = result
            self.accept()
