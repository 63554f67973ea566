"""Add or edit an entry of the issued-documents register (Quyết định, Kế hoạch, Báo cáo, …)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from isodesk.domain.core import DocPurpose, IssuedDocStatus, IssuedDocType, IssuedDocument
from isodesk.domain.errors import FieldProblem
from isodesk.domain.formatting import doc_reference
from isodesk.domain.setup import STEERING_ISSUER
from isodesk.ui.dialogs.form_dialog import FormDialog
from isodesk.ui.forms.ui_issued_document_dialog import Ui_IssuedDocumentDialog
from isodesk.ui.labels import DOC_TYPE_LABELS, PURPOSE_LABELS, doc_type_label, purpose_label, status_label

if TYPE_CHECKING:
    from isodesk.services.registry import Services


class IssuedDocumentDialog(FormDialog[Ui_IssuedDocumentDialog]):
    """Saves through ``DocumentRegisterService.save``; ``saved()`` is the result after accept."""

    def __init__(self, services: Services, parent: QWidget | None = None, *,
                 document: IssuedDocument | None = None, year: int | None = None,
                 purpose: DocPurpose | None = None) -> None:
        super().__init__(Ui_IssuedDocumentDialog, parent)
        ui = self._ui
        self._services = services
        self._saved: IssuedDocument | None = None
        profile = services.agency.profile_on()
        self._agency_abbr = profile.abbreviation if profile else "UBND"
        if document is None:
            self.setWindowTitle(self.tr("Add document to the register"))
            document = IssuedDocument(
                id=None, doc_type=IssuedDocType.PLAN if purpose is None else (
                    IssuedDocType.DECISION if purpose is DocPurpose.STEERING else IssuedDocType.PLAN),
                issuer=self._agency_abbr, number=None, symbol="", issue_date=None, summary="",
                purpose=purpose or DocPurpose.OTHER, year=year)
        else:
            self.setWindowTitle(self.tr("Edit register entry"))
        self._document = document

        for doc_type in DOC_TYPE_LABELS:
            ui.type_combo.addItem(f"{doc_type_label(doc_type)} ({doc_type.value})", doc_type)
        issuers = [self._agency_abbr, STEERING_ISSUER]
        for doc in services.register.list():
            if doc.issuer not in issuers:
                issuers.append(doc.issuer)
        for issuer in issuers:
            ui.issuer_combo.addItem(issuer)
        ui.issuer_combo.setItemData(1, self.tr("The steering committee's own number series"),
                                    Qt.ItemDataRole.ToolTipRole)
        ui.number_spin.setSpecialValueText(self.tr("(not numbered yet)"))
        for status in (IssuedDocStatus.DRAFT, IssuedDocStatus.ISSUED):
            ui.status_combo.addItem(status_label(status), status)
        self._people = services.agency.people()
        ui.signer_combo.addItem("", None)
        for person in sorted(self._people, key=lambda p: (not p.is_leader, p.full_name)):
            ui.signer_combo.addItem(person.full_name, person.id)
        for p in PURPOSE_LABELS:
            ui.purpose_combo.addItem(purpose_label(p), p)
        ui.year_combo.addItem(self.tr("(none)"), None)
        for y in services.years.years():
            ui.year_combo.addItem(str(y.year), y.year)
        ui.reference_preview_label.setObjectName("Muted")

        self.set_fields(ui.form_layout, {
            "doc_type": ui.type_combo, "issuer": ui.issuer_combo, "number": ui.number_spin,
            "symbol": ui.symbol_edit, "issue_date": ui.issue_date_edit, "status": ui.status_combo,
            "summary": ui.summary_edit, "signer_name": ui.signer_combo, "signer_title": ui.signer_title_edit,
            "purpose": ui.purpose_combo, "year": ui.year_combo, "notes": ui.notes_edit}).mark_required("doc_type", "issuer", "summary")

        self._load(document)

        ui.type_combo.currentIndexChanged.connect(self._on_type_combo_changed)
        ui.issuer_combo.currentTextChanged.connect(self._on_issuer_combo_text_changed)
        ui.symbol_edit.textEdited.connect(self._on_symbol_edit_edited)
        ui.number_spin.valueChanged.connect(self._on_number_spin_changed)
        ui.issue_date_edit.date_changed.connect(self._on_issue_date_edit_changed)
        ui.status_combo.currentIndexChanged.connect(self._on_status_combo_changed)
        ui.signer_combo.activated.connect(self._on_signer_combo_activated)

    # ------------------------------------------------------------------ API

    def saved(self) -> IssuedDocument | None:
        return self._saved

    def document(self) -> IssuedDocument:
        """The entry as currently entered."""
        ui = self._ui
        number = ui.number_spin.value() or None
        return replace(
            self._document, doc_type=IssuedDocType(ui.type_combo.currentData()), issuer=ui.issuer_combo.currentText().strip(),
            number=number, symbol=ui.symbol_edit.text().strip(), issue_date=ui.issue_date_edit.date(),
            status=IssuedDocStatus(ui.status_combo.currentData()), summary=ui.summary_edit.toPlainText(),
            signer_name=ui.signer_combo.currentText().strip(), signer_title=ui.signer_title_edit.text().strip(),
            purpose=DocPurpose(ui.purpose_combo.currentData()), year=ui.year_combo.currentData(),
            notes=ui.notes_edit.toPlainText().strip(),
        )

    # ------------------------------------------------------------------ helpers
    def _load(self, doc: IssuedDocument) -> None:
        ui = self._ui
        ui.type_combo.setCurrentIndex(max(ui.type_combo.findData(doc.doc_type), 0))
        ui.issuer_combo.setEditText(doc.issuer)
        ui.number_spin.setValue(doc.number or 0)
        self._symbol_auto = not doc.symbol or doc.symbol == self._auto_symbol(doc.doc_type, doc.issuer)
        ui.symbol_edit.setText(doc.symbol or self._auto_symbol(doc.doc_type, doc.issuer))
        ui.issue_date_edit.set_date(doc.issue_date)
        ui.status_combo.setCurrentIndex(max(ui.status_combo.findData(doc.status), 0))
        ui.summary_edit.setPlainText(doc.summary)
        ui.signer_combo.setEditText(doc.signer_name)
        ui.signer_title_edit.setText(doc.signer_title)
        ui.purpose_combo.setCurrentIndex(max(ui.purpose_combo.findData(doc.purpose), 0))
        index = ui.year_combo.findData(doc.year)
        if index < 0 and doc.year is not None:
            ui.year_combo.addItem(str(doc.year), doc.year)
            index = ui.year_combo.count() - 1
        ui.year_combo.setCurrentIndex(max(index, 0))
        ui.notes_edit.setPlainText(doc.notes)
        self._update_preview()

    @staticmethod
    def _auto_symbol(doc_type: IssuedDocType, issuer: str) -> str:
        return f"{doc_type.value}-{issuer.strip()}" if issuer.strip() else doc_type.value

    def _refresh_symbol(self) -> None:
        if self._symbol_auto:
            self._ui.symbol_edit.setText(self._auto_symbol(IssuedDocType(self._ui.type_combo.currentData()),
                                                           self._ui.issuer_combo.currentText()))
        self._update_preview()

    def _update_preview(self) -> None:
        ui = self._ui
        symbol = ui.symbol_edit.text().strip()
        if ui.type_combo.currentData() is None or not symbol:
            ui.reference_preview_label.setText("")
            return
        ref = doc_reference(ui.number_spin.value() or None, symbol, ui.issue_date_edit.date())
        ui.reference_preview_label.setText(self.tr("Cited as: {type} số {reference}").format(
            type=IssuedDocType(ui.type_combo.currentData()).type_name.capitalize(), reference=ref.strip()))

    def _propose_number(self) -> None:
        ui = self._ui
        if ui.number_spin.value() == 0 and ui.issuer_combo.currentText().strip():
            when = ui.issue_date_edit.date() or date.today()
            issuer = ui.issuer_combo.currentText().strip()
            ui.number_spin.setValue(self._services.register.next_number(issuer, when.year, on=when))

    # ------------------------------------------------------------------ slots
    def _on_type_combo_changed(self, _index: int) -> None:
        self._refresh_symbol()

    def _on_issuer_combo_text_changed(self, _text: str) -> None:
        self._refresh_symbol()

    def _on_symbol_edit_edited(self, text: str) -> None:
        self._symbol_auto = not text.strip()
        self._update_preview()

    def _on_number_spin_changed(self, _value: int) -> None:
        self._update_preview()

    def _on_issue_date_edit_changed(self, _value: object) -> None:
        self._update_preview()

    def _on_status_combo_changed(self, _index: int) -> None:
        if self._ui.status_combo.currentData() == IssuedDocStatus.ISSUED.value:
            if self._ui.issue_date_edit.is_empty():
                self._ui.issue_date_edit.set_date(date.today())
            self._propose_number()

    def _on_signer_combo_activated(self, index: int) -> None:
        person_id = self._ui.signer_combo.itemData(index)
        person = next((p for p in self._people if p.id == person_id), None)
        if person is not None and person.title:
            self._ui.signer_title_edit.setText(person.title)

    def check(self) -> list[FieldProblem]:
        problem = self._ui.issue_date_edit.problem("issue_date")
        return [problem] if problem is not None else []

    def write(self) -> None:
        self._saved = self._services.register.save(self.document())
