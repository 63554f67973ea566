"""Tài liệu bên ngoài: the list of external documents (DOMAIN.md §6.5), with search, filters, status
changes that point at the procedures to review, and the Excel import/export."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtWidgets import QMenu, QWidget

from isodesk.domain.errors import DomainError
from isodesk.domain.legal import EXTERNAL_DOCUMENTS_SPEC, ExternalDocKind, ExternalDocument, LegalStatus
from isodesk.domain.formatting import format_count
from isodesk.ui.dialogs.external_document_dialog import ExternalDocumentDialog
from isodesk.ui.dialogs.replace_external_dialog import STATUS_CHOICES, ReplaceExternalDialog
from isodesk.ui.dialogs.confirm import ask
from isodesk.ui.errors import show_error
from isodesk.ui.forms.ui_external_documents_tab import Ui_ExternalDocumentsTab
from isodesk.ui.models.register_looks import external_documents_look
from isodesk.ui.models.register_model import RegisterFilterProxyModel, RegisterTableModel
from isodesk.ui.widgets.register_tab_base import (
    RegisterTab,
    connect_buttons,
    filter_subtitle,
    refill_combo,
    refill_fields,
)

if TYPE_CHECKING:
    from isodesk.services.registry import Services
    from isodesk.ui.dialogs.print_preview import PrintPreviewDialog
    from isodesk.ui.main_window import MainWindow


class ExternalDocumentsTab(RegisterTab):
    """The external-documents list of the Tài liệu screen; loads on first show."""

    SPEC = EXTERNAL_DOCUMENTS_SPEC
    ENTITY = "external_document"

    def __init__(self, services: Services, window: MainWindow | None = None) -> None:
        super().__init__(services, window)
        self._ui = Ui_ExternalDocumentsTab()
        self._ui.setupUi(self)
        ui = self._ui
        ui.add_button.setObjectName("Primary")
        ui.count_label.setObjectName("Muted")

        # Two text lines per row: legal titles and statuses are long, two lines show most of them.
        self._setup_list(ui.table_view, RegisterTableModel(EXTERNAL_DOCUMENTS_SPEC, external_documents_look(), self),
                         RegisterFilterProxyModel(EXTERNAL_DOCUMENTS_SPEC, self), row_lines=2, context_menu=True)
        ui.table_view.setTextElideMode(Qt.TextElideMode.ElideRight)

        ui.kind_combo.addItem(self.tr("All types"), None)
        for kind in ExternalDocKind:
            ui.kind_combo.addItem(kind.label, kind)
        ui.status_combo.addItem(self.tr("Any status"), None)
        for status in LegalStatus:
            ui.status_combo.addItem(status.label, status)
        ui.field_combo.addItem(self.tr("All fields"), None)
        ui.department_combo.addItem(self.tr("All departments"), None)

        self._mark_menu = QMenu(self)
        for status, label in STATUS_CHOICES:
            action = self._mark_menu.addAction(QCoreApplication.translate("ReplaceExternalDialog", label) + "…")
            action.setData(status)
        ui.mark_button.setMenu(self._mark_menu)

        self._setup_search(ui.search_edit)
        ui.kind_combo.currentIndexChanged.connect(self._on_filter_changed)
        ui.status_combo.currentIndexChanged.connect(self._on_filter_changed)
        ui.field_combo.currentIndexChanged.connect(self._on_filter_changed)
        ui.department_combo.currentIndexChanged.connect(self._on_filter_changed)
        connect_buttons(self, ui, "add", "edit", "delete", "import", "export", "print")
        self._mark_menu.triggered.connect(self._on_mark_menu_triggered)
        self._on_selection_changed()

    # ------------------------------------------------------------------ loading
    def _load(self) -> None:
        self.model.set_rows(self._services.legal.search())
        self._refill_filter_combos()

    def _refill_filter_combos(self) -> None:
        ui = self._ui
        refill_fields(ui.field_combo, [doc.field for doc in self.model.rows()])
        departments = self._services.agency.departments(include_inactive=True)
        refill_combo(ui.department_combo, [(dep.name, dep.id) for dep in departments])

    # ------------------------------------------------------------------ navigation
    def clear_filters(self) -> None:
        ui = self._ui
        self._clear_search()
        for combo in (ui.kind_combo, ui.status_combo, ui.field_combo, ui.department_combo):
            combo.setCurrentIndex(0)
        self.show_all_records()

    def selected_documents(self) -> list[ExternalDocument]:
        return self._selected_rows()

    def _current(self) -> ExternalDocument | None:
        docs = self.selected_documents()
        return docs[0] if len(docs) == 1 else None

    # ------------------------------------------------------------------ search and filters
    def _on_filter_changed(self, _index: int) -> None:
        ui = self._ui
        # Qt hands str-enums back as plain str: turn them back into the enums.
        kind, status = ui.kind_combo.currentData(), ui.status_combo.currentData()
        self.proxy.set_filters(kind=ExternalDocKind(kind) if kind else None,
                               status=LegalStatus(status) if status else None,
                               field=ui.field_combo.currentData(), department_id=ui.department_combo.currentData())

    def _update_count(self, *_args: object) -> None:
        total = self.model.rowCount()
        shown = self.proxy.rowCount()
        dead = sum(1 for d in self.model.rows() if not d.status.in_force)
        amended = sum(1 for d in self.model.rows() if d.status is LegalStatus.AMENDED)
        text = self.tr("Showing {shown} of {total} documents").format(shown=format_count(shown),
                                                                      total=format_count(total))
        if dead or amended:
            text += " · " + self.tr("{dead} replaced or expired (shaded red), {amended} amended (shaded yellow)").format(
                dead=format_count(dead), amended=format_count(amended))
        self._ui.count_label.setText(text)

    def _on_selection_changed(self, *_args: object) -> None:
        count = len(self.selected_documents()) if self._ui.table_view.selectionModel() else 0
        self._ui.edit_button.setEnabled(count == 1)
        self._ui.mark_button.setEnabled(count == 1)
        self._ui.delete_button.setEnabled(count == 1)

    # ------------------------------------------------------------------ add / edit
    def _issuers(self) -> list[str]:
        return [d.issuer for d in self.model.rows()]

    def _on_add_button_clicked(self) -> None:
        self.open_editor(None)

    def _on_edit_button_clicked(self) -> None:
        doc = self._current()
        if doc is not None:
            self.open_editor(doc)

    def open_editor(self, document: ExternalDocument | None) -> QWidget:
        """Open the add/edit dialog (non-blocking); the list refreshes when it saves."""
        dialog = ExternalDocumentDialog(self._services, self, document=document, issuers=self._issuers())
        dialog.saved.connect(self._on_dialog_saved)
        return self._open(dialog)

    def _on_dialog_saved(self, document: ExternalDocument) -> None:
        self.clear_filters_if_hidden(document.id)
        self.refresh(select_ids=[document.id] if document.id is not None else None)
        self._notify()

    def clear_filters_if_hidden(self, document_id: int | None) -> None:
        """After a save, make sure the saved row is visible (it may not match the search)."""
        if document_id is not None and not self.is_shown(document_id):
            self.clear_filters()

    # ------------------------------------------------------------------ status changes
    def _on_mark_menu_triggered(self, action) -> None:
        doc = self._current()
        if doc is not None:
            self.open_mark_dialog(doc, LegalStatus(action.data()))

    def open_mark_dialog(self, document: ExternalDocument, status: LegalStatus) -> QWidget:
        candidates = [d for d in self.model.rows() if d.id != document.id and d.status.in_force]
        dialog = ReplaceExternalDialog(self._services, self, document=document, status=status, candidates=candidates)
        dialog.status_changed.connect(self._on_status_changed)
        dialog.open_procedures_requested.connect(self._on_open_procedures_requested)
        return self._open(dialog)

    def _on_status_changed(self, document_id: int) -> None:
        self.refresh(select_ids=[document_id])
        self._notify()

    def _on_open_procedures_requested(self, ids: tuple) -> None:
        if self._window is not None and ids:
            self._window.navigate("documents.internal", tuple(ids))

    # ------------------------------------------------------------------ delete
    def _on_delete_button_clicked(self) -> None:
        doc = self._current()
        if doc is None:
            return
        question = self.tr("Delete “{citation}” of {issuer} from the list?").format(
            citation=doc.citation, issuer=doc.issuer)
        if doc.procedure_ids:
            question += "\n\n" + self.tr("{count} internal procedure(s) cite it; their citation will be removed. "
                                         "If the text is no longer in force, use “Change legal status” instead: "
                                         "the list then keeps its history.").format(count=len(doc.procedure_ids))
        successors_of = [d for d in self.model.rows() if d.status_by_id == doc.id]
        if successors_of:
            question += "\n\n" + self.tr("{count} document(s) name it as their replacing or amending text; "
                                         "they will keep its number as text.").format(count=len(successors_of))
        self._dialog = ask(self, self.tr("Delete external document"), question, lambda: self._delete(doc),
                           yes_text=self.tr("Delete"))

    def _delete(self, doc: ExternalDocument) -> None:
        try:
            self._services.legal.delete(int(doc.id))  # type: ignore[arg-type]  # a saved record always has its id
        except DomainError as exc:
            show_error(self, self.tr("Cannot delete the document"), exc)
            return
        self.refresh(select_ids=[])
        self._notify()

    # ------------------------------------------------------------------ context menu
    def _on_table_view_context_menu(self, pos: QPoint) -> None:
        doc = self._current()
        if doc is None:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Edit…"), self._on_edit_button_clicked)
        sub = menu.addMenu(self.tr("Change legal status"))
        for action in self._mark_menu.actions():
            sub.addAction(action)
        menu.addSeparator()
        menu.addAction(self.tr("Delete"), self._on_delete_button_clicked)
        menu.popup(self._ui.table_view.viewport().mapToGlobal(pos))

    # ------------------------------------------------------------------ Excel and printing
    def _on_export_button_clicked(self) -> None:
        self._on_export_clicked()

    def export_to(self, path: Path) -> Path | None:
        """Write the list as filtered now (grouped by field) to ``path``; None when it failed (shown)."""
        return self.export_excel(path)

    def export_excel(self, path: Path) -> Path | None:
        return self._export_register(EXTERNAL_DOCUMENTS_SPEC,
                                     lambda: self._services.legal.export_rows(**self.proxy.criteria()), path)

    def _on_import_button_clicked(self) -> None:
        self.open_import()

    def open_import(self) -> QWidget:
        """Open the generic Excel import dialog on the external-documents register."""
        return self._open_import(EXTERNAL_DOCUMENTS_SPEC, self._services.legal.import_preview,
                                 title=self.tr("External documents list"),
                                 template_name="Mau-danh-muc-tai-lieu-ben-ngoai.xlsx",
                                 describe_result=self._describe_import, on_imported=self._on_imported)

    def _on_print_button_clicked(self) -> None:
        self.print_list()

    def print_list(self) -> PrintPreviewDialog | None:
        """Preview and print DANH MỤC TÀI LIỆU CÓ NGUỒN GỐC BÊN NGOÀI of the documents shown (the filters
        in force are printed under the title)."""
        self._apply_pending_search()  # the list printed is the list typed for
        docs = self._shown_rows()
        subtitle = filter_subtitle(self._filter_words())
        return self._preview(lambda: self.printouts.external_documents_list(docs, subtitle=subtitle),
                             title=self.tr("List of external documents"),
                             file_stem=f"Danh-muc-tai-lieu-ben-ngoai-{self.today():%Y}",
                             error_title=self.tr("Cannot print the list"))

    def _filter_words(self) -> list[str]:
        """The filters in force, in Vietnamese data words (printed under the list's title)."""
        ui = self._ui
        kind, status = ui.kind_combo.currentData(), ui.status_combo.currentData()
        query = ui.search_edit.text().strip()
        return [ExternalDocKind(kind).label if kind else "", LegalStatus(status).label if status else "",
                ui.field_combo.currentData() or "",
                ui.department_combo.currentText() if ui.department_combo.currentData() is not None else "",
                f"tìm “{query}”" if query else ""]

    def _describe_import(self, result) -> str:
        text = self.tr("{count} document(s) imported.").format(count=result.created)
        if result.unresolved_successor_rows:
            rows = ", ".join(str(r) for r in result.unresolved_successor_rows)
            text += " " + self.tr("Rows {rows}: the replacing or amending text is not in the list; it was kept "
                                  "as text.").format(rows=rows)
        return text

    def _on_imported(self, result) -> None:
        self.clear_filters()
        self.refresh(select_ids=list(result.ids))
        self._notify()
