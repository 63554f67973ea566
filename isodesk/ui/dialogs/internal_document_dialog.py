"""Create or edit an internal document's identity; withdraw a document (hết hiệu lực)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from isodesk.domain.documents import DocumentDetails, DocumentKind, InternalDocument, RevisionInput, SystemProcedure
from isodesk.ui.dialogs.documents_common import (
    combo_enum,
    combo_id,
    department_items,
    fill_combo,
    from_qdate,
    label_text,
    people_items,
    to_qdate,
)
from isodesk.ui.dialogs.form_dialog import FormDialog
from isodesk.ui.forms.ui_internal_document_dialog import Ui_InternalDocumentDialog
from isodesk.ui.forms.ui_withdraw_dialog import Ui_WithdrawDialog
from isodesk.ui.labels import kind_text, procedure_text

if TYPE_CHECKING:
    from isodesk.services.registry import Services


class InternalDocumentDialog(FormDialog[Ui_InternalDocumentDialog]):
    """Add a document (with its first revision as a draft) or change one; ``details`` holds the saved
    document after ``accepted``."""

    def __init__(self, services: Services, parent: QWidget | None = None, *,
                 document: DocumentDetails | None = None) -> None:
        super().__init__(Ui_InternalDocumentDialog, parent)
        self._services = services
        self._document = document
        self.details: DocumentDetails | None = None
        ui = self._ui
        self.setWindowTitle(self.tr("Add an internal document") if document is None else
                            self.tr("Edit {code}").format(code=document.code))
        fill_combo(ui.kind_combo, [(kind_text(k), k) for k in DocumentKind],
                   document.kind if document else DocumentKind.INTERNAL_PROCEDURE)
        fill_combo(ui.procedure_combo, [(procedure_text(p), p) for p in SystemProcedure],
                   document.system_procedure if document else None, none_text=self.tr("(none)"))
        fill_combo(ui.department_combo, department_items(services.agency.departments()),
                   document.department_id if document else None, none_text=self.tr("(none)"))
        people = services.agency.people()
        fill_combo(ui.drafter_combo, people_items(people),
                   next((p.id for p in people if p.is_iso_secretary), None), none_text=self.tr("(not recorded)"))
        fill_combo(ui.reviewer_combo, people_items(people), None, none_text=self.tr("(not recorded)"))
        if document is not None:
            ui.code_edit.setText(document.code)
            ui.title_edit.setText(document.title)
            ui.interval_spin.setValue(document.review_interval_months)
            ui.notes_edit.setPlainText(document.notes)
            ui.first_revision_group.setVisible(False)
        ui.interval_spin.setSuffix(self.tr(" months"))
        ui.kind_combo.currentIndexChanged.connect(self._on_kind_changed)
        self._on_kind_changed(ui.kind_combo.currentIndex())
        ui.code_edit.setFocus()

    def field_labels(self) -> dict[str, str]:
        ui = self._ui
        return {"code": label_text(ui.code_label), "title": label_text(ui.title_label),
                "kind": label_text(ui.kind_label), "system_procedure": label_text(ui.procedure_label),
                "department_id": label_text(ui.department_label),
                "review_interval_months": label_text(ui.interval_label), "notes": label_text(ui.notes_label),
                "drafted_by_id": label_text(ui.drafter_label), "reviewed_by_id": label_text(ui.reviewer_label)}

    def _on_kind_changed(self, _index: int) -> None:
        system = combo_enum(self._ui.kind_combo, DocumentKind) is DocumentKind.SYSTEM_PROCEDURE
        self._ui.procedure_combo.setEnabled(system)
        if not system:
            self._ui.procedure_combo.setCurrentIndex(0)

    def item(self) -> InternalDocument:
        ui = self._ui
        return InternalDocument(
            id=self._document.id if self._document else None,
            code=ui.code_edit.text(), title=ui.title_edit.text(),
            kind=combo_enum(ui.kind_combo, DocumentKind) or DocumentKind.INTERNAL_PROCEDURE,
            department_id=combo_id(ui.department_combo), review_interval_months=ui.interval_spin.value(),
            notes=ui.notes_edit.toPlainText(), system_procedure=combo_enum(ui.procedure_combo, SystemProcedure))

    def write(self) -> None:
        if self._document is None:
            first = RevisionInput(drafted_by_id=combo_id(self._ui.drafter_combo),
                                  reviewed_by_id=combo_id(self._ui.reviewer_combo))
            self.details = self._services.documents.create_document(self.item(), first)
        else:
            self.details = self._services.documents.update_document(self.item())


class WithdrawDialog(FormDialog[Ui_WithdrawDialog]):
    """Make a whole document hết hiệu lực (bãi bỏ) from a date, for a reason."""

    def __init__(self, services: Services, document: DocumentDetails, parent: QWidget | None = None,
                 *, today: date | None = None) -> None:
        super().__init__(Ui_WithdrawDialog, parent)
        self.set_ok_text(self.tr("Withdraw"))
        self._services = services
        self._document = document
        self.details: DocumentDetails | None = None
        self.setWindowTitle(self.tr("Withdraw {code}").format(code=document.code))
        self._ui.info_label.setText(self.tr(
            "“{code} – {title}” will no longer be in force from the date below. It stays in the list, readable, "
            "with all its revisions; the copies handed out will be listed for recall.").format(
            code=document.code, title=document.title))
        self._ui.date_edit.setDate(to_qdate(today or date.today()))

    def field_labels(self) -> dict[str, str]:
        return {"on": label_text(self._ui.date_label), "reason": label_text(self._ui.reason_label)}

    def write(self) -> None:
        self.details = self._services.documents.withdraw_document(
            self._document.id, from_qdate(self._ui.date_edit.date()), self._ui.reason_edit.toPlainText())
