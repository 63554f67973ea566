"""Register a draft (cấp số): give it the next free number of its issuer and the date of issue."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from isodesk.domain.core import IssuedDocument
from isodesk.domain.formatting import doc_reference
from isodesk.domain.errors import FieldProblem
from isodesk.ui.dialogs.form_dialog import FormDialog
from isodesk.ui.forms.ui_register_number_dialog import Ui_RegisterNumberDialog

if TYPE_CHECKING:
    from isodesk.services.registry import Services


class RegisterNumberDialog(FormDialog[Ui_RegisterNumberDialog]):
    """Calls ``DocumentRegisterService.register``; ``saved()`` is the issued document after accept."""

    def __init__(self, services: Services, document: IssuedDocument, parent: QWidget | None = None,
                 *, today: date | None = None) -> None:
        super().__init__(Ui_RegisterNumberDialog, parent)
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
        # The number that keeps numbers in date order (NĐ 30 Điều 15) for this date, not just max + 1.
        ui.number_spin.setValue(document.number or services.register.next_number(document.issuer, when.year,
                                                                                 on=when))
        self.set_fields(ui.form_layout, {"number": ui.number_spin, "issue_date": ui.issue_date_edit})
        self._update_preview()

        ui.number_spin.valueChanged.connect(self._on_number_spin_changed)
        ui.number_spin.lineEdit().textEdited.connect(self._on_number_spin_edited)
        ui.issue_date_edit.date_changed.connect(self._on_issue_date_edit_changed)

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
        # Numbers restart on 1 January and run in date order: a new date proposes the number that fits it.
        if isinstance(value, date) and self._number_auto:
            self._ui.number_spin.blockSignals(True)
            self._ui.number_spin.setValue(self._services.register.next_number(self._document.issuer, value.year,
                                                                              on=value))
            self._ui.number_spin.blockSignals(False)
        self._update_preview()

    def check(self) -> list[FieldProblem]:
        problem = self._ui.issue_date_edit.problem("issue_date", required=True)
        return [problem] if problem is not None else []

    def write(self) -> None:
        when = self._ui.issue_date_edit.date()
        assert when is not None and self._document.id is not None  # check() requires the date; the document is saved
        self._saved = self._services.register.register(self._document.id, when, self._ui.number_spin.value())
