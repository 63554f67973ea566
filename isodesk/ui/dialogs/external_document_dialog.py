"""Add or edit one external document (tài liệu có nguồn gốc bên ngoài) with the departments that use
it and the internal procedures that cite it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from isodesk.domain.documents import DocumentKind, DocumentRow, DocumentFilter
from isodesk.domain.errors import FieldProblem
from isodesk.domain.formatting import fold
from isodesk.domain.legal import ExternalDocKind, ExternalDocument, LegalStatus
from isodesk.ui.dialogs.form_dialog import FormDialog
from isodesk.ui.forms.ui_external_document_dialog import Ui_ExternalDocumentDialog
from isodesk.ui.models.external_documents_model import ChoiceFilterProxyModel, ChoiceListModel
from isodesk.ui.validation import FieldErrors

if TYPE_CHECKING:
    from isodesk.services.registry import Services

# Well-known issuing bodies offered in the box; the list adds the ones already used.
COMMON_ISSUERS: tuple[str, ...] = (
    "Quốc hội", "Ủy ban Thường vụ Quốc hội", "Chính phủ", "Thủ tướng Chính phủ", "Văn phòng Chính phủ",
    "Bộ Khoa học và Công nghệ", "Bộ Nội vụ", "Bộ Tư pháp",
)


def procedure_rows(services: Services, kind: DocumentKind | None = None) -> list[DocumentRow]:
    """Internal documents to pick from (all, or of one kind); empty when the documents module is absent."""
    documents = getattr(services, "documents", None)
    if documents is None:
        return []
    return documents.list_documents(DocumentFilter(kind=kind))  # type: ignore[no-any-return]  # the service returns a typed list; the call is through Any


def procedure_text(row: DocumentRow) -> str:
    """"QT-HT-01 Đăng ký khai sinh" — how pickers name an internal document."""
    return f"{row.code} {row.title}".strip()


class ExternalDocumentDialog(FormDialog[Ui_ExternalDocumentDialog]):
    """Create or edit one external document; emits ``saved`` with the stored document."""

    saved = Signal(object)
    """The document was saved (the ExternalDocument as stored)."""

    def __init__(self, services: Services, parent: QWidget | None = None, *,
                 document: ExternalDocument | None = None, issuers: Sequence[str] = ()) -> None:
        super().__init__(Ui_ExternalDocumentDialog, parent)
        self._services = services
        self._document = document
        ui = self._ui
        self.setWindowTitle(self.tr("Edit external document") if document else self.tr("Add external document"))

        for kind in ExternalDocKind:
            ui.kind_combo.addItem(kind.label, kind)
        seen: dict[str, str] = {}
        for name in [*COMMON_ISSUERS, *issuers]:
            if name.strip():
                seen.setdefault(fold(name), name)
        ui.issuer_combo.addItems(sorted(seen.values(), key=fold))
        ui.field_combo.addItems(services.legal.fields())

        linked_deps = set(document.department_ids) if document else set()
        self.departments = ChoiceListModel(
            [(dep.id, dep.name) for dep in services.agency.departments(include_inactive=True)
             if dep.active or dep.id in linked_deps], checkable=True, checked=tuple(linked_deps), parent=self)
        ui.departments_list.setModel(self.departments)
        self.procedures = ChoiceListModel([(row.id, procedure_text(row)) for row in procedure_rows(services)],
                                          checkable=True, checked=document.procedure_ids if document else (),
                                          parent=self)
        self.procedures_proxy = ChoiceFilterProxyModel(self)
        self.procedures_proxy.setSourceModel(self.procedures)
        ui.procedures_list.setModel(self.procedures_proxy)
        if self.procedures.rowCount() == 0:
            ui.procedures_filter_edit.setEnabled(False)
            ui.procedures_filter_edit.setPlaceholderText(self.tr("No internal documents yet"))

        self._errors = self.set_fields(ui.form_layout, {
            "kind": ui.kind_combo, "summary": ui.summary_edit, "number_symbol": ui.number_edit,
            "issuer": ui.issuer_combo, "issue_date": ui.issue_date_edit, "effective_date": ui.effective_date_edit,
            "field": ui.field_combo, "location": ui.location_edit, "notes": ui.notes_edit,
        }, labels={
            "department_ids": ui.departments_label.text().rstrip(" :"),
            "procedure_ids": ui.procedures_label.text().rstrip(" :"),
            "status_date": ui.status_caption.text().rstrip(" :"),
            "status_by_id": ui.status_caption.text().rstrip(" :"),
        })
        self._fill(document)

        ui.procedures_filter_edit.textChanged.connect(self._on_procedures_filter_edit_text_changed)

    # ------------------------------------------------------------------ API
    def document(self) -> ExternalDocument | None:
        """The stored document after a successful save (or the one being edited)."""
        return self._document

    def field_errors(self) -> FieldErrors:
        return self._errors

    # ------------------------------------------------------------------ internals
    def _fill(self, doc: ExternalDocument | None) -> None:
        ui = self._ui
        if doc is None:
            ui.kind_combo.setCurrentIndex(ui.kind_combo.findData(ExternalDocKind.DECREE))
            ui.issuer_combo.setCurrentText("")
            ui.field_combo.setCurrentText("")
            ui.status_label.setText(LegalStatus.IN_FORCE.label)
            return
        ui.kind_combo.setCurrentIndex(max(ui.kind_combo.findData(doc.kind), 0))
        ui.summary_edit.setPlainText(doc.summary)
        ui.number_edit.setText(doc.number_symbol)
        ui.issuer_combo.setCurrentText(doc.issuer)
        ui.issue_date_edit.set_date(doc.issue_date)
        ui.effective_date_edit.set_date(doc.effective_date)
        ui.field_combo.setCurrentText(doc.field)
        ui.location_edit.setText(doc.location)
        ui.notes_edit.setPlainText(doc.notes)
        ui.status_label.setText(doc.status_text)
        ui.status_label.setToolTip(self.tr("Change it with “Change legal status” in the list."))

    def _collect(self) -> tuple[ExternalDocument, list[FieldProblem]]:
        ui = self._ui
        problems = [p for p in (ui.issue_date_edit.problem("issue_date"),
                                ui.effective_date_edit.problem("effective_date")) if p is not None]
        base = self._document or ExternalDocument(id=None, kind=ExternalDocKind.OTHER, number_symbol="",
                                                  issue_date=None, issuer="", summary="")
        item = replace(
            base, kind=ExternalDocKind(ui.kind_combo.currentData()), number_symbol=ui.number_edit.text(),
            issue_date=ui.issue_date_edit.date(), issuer=ui.issuer_combo.currentText(),
            summary=ui.summary_edit.toPlainText(), effective_date=ui.effective_date_edit.date(),
            field=ui.field_combo.currentText(), location=ui.location_edit.text(),
            notes=ui.notes_edit.toPlainText(), department_ids=self.departments.checked_ids(),
            department_names=(), status_by_reference="",
        )
        if self.procedures.rowCount():  # without the documents module, keep the citations as they are
            item = replace(item, procedure_ids=self.procedures.checked_ids())
        return item, problems

    def check(self) -> list[FieldProblem]:
        return self._collect()[1]

    def write(self) -> None:
        stored = self._services.legal.save(self._collect()[0])
        self._document = stored
        self.saved.emit(stored)

    def _on_procedures_filter_edit_text_changed(self, text: str) -> None:
        self.procedures_proxy.set_query(text)

