"""Tài liệu nội bộ: the internal documents list with search as you type and filters, and a detail panel
for the selected document — its revisions with their change log and files, who holds copies, and its
periodic reviews — with every action of document control (ISO 9001 clause 7.5).

The list is a model/view table over ``DocumentRow``s (thousands of rows scroll smoothly); searching and
filtering happen in the proxy on keys computed once per load, so a keystroke answers in milliseconds.
Every change goes dialog → service → reload; refusals are explained in the message bar, never as a
traceback.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelectionModel, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QDialog, QHeaderView, QMenu, QTableView, QWidget

from isodesk.domain.documents import (
    DOCUMENTS_REGISTER,
    Distribution,
    DocumentDetails,
    DocumentFilter,
    DocumentKind,
    DocumentRevision,
    DocumentRow,
    FileRole,
    RevisionStatus,
)
from isodesk.domain.errors import DomainError
from isodesk.domain.formatting import format_count, short_date
from isodesk.ui.dialogs.distribution_dialog import AcknowledgeDialog, DistributionDialog, RecallDialog
from isodesk.ui.dialogs.form_dialog import message_for
from isodesk.ui.dialogs.internal_document_dialog import InternalDocumentDialog, WithdrawDialog
from isodesk.ui.dialogs.revision_dialog import RevisionDialog, RevisionMode
from isodesk.ui.dialogs.review_dialog import ReviewDialog
from isodesk.ui.forms.ui_internal_documents_tab import Ui_InternalDocumentsTab
from isodesk.ui.labels import kind_text, status_text
from isodesk.ui.models.internal_documents_model import (
    ChangesTableModel,
    DistributionsTableModel,
    FilesTableModel,
    ReviewsTableModel,
    RevisionsTableModel,
)
from isodesk.ui.models.register_looks import documents_look
from isodesk.ui.models.register_model import RegisterFilterProxyModel, RegisterTableModel
from isodesk.ui.widgets.file_dialogs import ask_open_path
from isodesk.ui.widgets.register_tab_base import RegisterTab, setup_table

if TYPE_CHECKING:
    from isodesk.reports.model import AdminDocument
    from isodesk.services.registry import Services
    from isodesk.ui.dialogs.excel_import_dialog import ExcelImportDialog
    from isodesk.ui.dialogs.print_preview import PrintPreviewDialog
    from isodesk.ui.main_window import MainWindow

ENTITY_DOCUMENT = "internal_document"  # the change history's name of the documents table


class InternalDocumentsTab(RegisterTab):
    """The "Tài liệu nội bộ" tab of the Documents screen."""

    AREA = "documents"
    SPEC = DOCUMENTS_REGISTER
    ENTITY = ENTITY_DOCUMENT

    def __init__(self, services: Services, window: MainWindow | None = None, parent: QWidget | None = None,
                 *, today: date | None = None) -> None:
        super().__init__(services, window, parent, today=today)
        self._ui = Ui_InternalDocumentsTab()
        self._ui.setupUi(self)
        self.details: DocumentDetails | None = None
        ui = self._ui

        self._setup_list(ui.table_view, RegisterTableModel(DOCUMENTS_REGISTER, documents_look(), self),
                         RegisterFilterProxyModel(DOCUMENTS_REGISTER, self))
        ui.table_view.setSelectionMode(QTableView.SelectionMode.ExtendedSelection)
        ui.table_view.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        ui.table_view.horizontalHeader().setSortIndicatorShown(True)

        self.revisions_model = RevisionsTableModel(self)
        self.changes_model = ChangesTableModel(self)
        self.files_model = FilesTableModel(self)
        self.distributions_model = DistributionsTableModel(self)
        self.reviews_model = ReviewsTableModel(self)
        ui.revisions_view.setModel(self.revisions_model)
        ui.changes_view.setModel(self.changes_model)
        ui.files_view.setModel(self.files_model)
        ui.distributions_view.setModel(self.distributions_model)
        ui.reviews_view.setModel(self.reviews_model)
        setup_table(ui.revisions_view, {0: 66, 1: 120, 2: 88, 3: 240, 4: 140, 5: 140, 6: 140, 7: 48, 8: 88},
                     stretch=RevisionsTableModel.Column.DECISION, two_line_header=True)
        setup_table(ui.changes_view, {0: 40, 1: 70, 2: 56, 3: 260}, stretch=ChangesTableModel.Column.CONTENT,
                     two_line_header=True)
        ui.changes_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        setup_table(ui.files_view, {0: 200, 1: 130, 2: 80, 3: 90}, stretch=FilesTableModel.Column.NAME,
                     two_line_header=True)
        setup_table(ui.distributions_view, {0: 66, 1: 300, 2: 56, 3: 88, 4: 88, 5: 160, 6: 88, 7: 170},
                     stretch=DistributionsTableModel.Column.HOLDER, two_line_header=True)
        setup_table(ui.reviews_view, {0: 100, 1: 200, 2: 160}, stretch=ReviewsTableModel.Column.NOTE)
        ui.splitter.setStretchFactor(0, 1)
        ui.splitter.setStretchFactor(1, 1)
        ui.splitter.setSizes([340, 290])

        self._fill_filters()
        self._setup_search(ui.search_edit)

        attach_menu = QMenu(ui.attach_button)
        self._attach_actions: dict[FileRole, QAction] = {}
        for role, text in ((FileRole.DOCX, self.tr("Word file (.docx)…")), (FileRole.PDF, self.tr("PDF of the issued text…")),
                           (FileRole.SCAN, self.tr("Signed and stamped scan…"))):
            action = attach_menu.addAction(text)
            action.triggered.connect(lambda _checked=False, r=role: self.attach_file(role=r))
            self._attach_actions[role] = action
        ui.attach_button.setMenu(attach_menu)
        ui.add_button.setObjectName("Primary")
        # The count grows while searching ("5755/10700 tài liệu · 957 đến hạn rà soát"): it wraps onto a second
        # line rather than push the filters beside it out of the tab.
        ui.count_label.setWordWrap(True)
        ui.message_frame.setVisible(False)
        self._message_action: Callable[[], Any] | None = None

        # signals
        ui.kind_combo.currentIndexChanged.connect(self._on_filters_changed)
        ui.status_combo.currentIndexChanged.connect(self._on_filters_changed)
        ui.department_combo.currentIndexChanged.connect(self._on_filters_changed)
        ui.due_check.toggled.connect(self._on_filters_changed)
        ui.table_view.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        ui.revisions_view.selectionModel().currentRowChanged.connect(self._on_revision_changed)
        ui.revisions_view.doubleClicked.connect(self._on_revisions_double_clicked)
        ui.files_view.selectionModel().selectionChanged.connect(self._on_detail_selection_changed)
        ui.files_view.doubleClicked.connect(self._on_files_double_clicked)
        ui.distributions_view.selectionModel().selectionChanged.connect(self._on_detail_selection_changed)
        ui.message_close_button.clicked.connect(self.hide_message)
        ui.message_action_button.clicked.connect(self._on_message_action_clicked)
        ui.add_button.clicked.connect(self.add_document)
        ui.edit_button.clicked.connect(self.edit_document)
        ui.delete_button.clicked.connect(self.delete_document)
        ui.withdraw_button.clicked.connect(self.withdraw_document)
        ui.history_button.clicked.connect(self.show_history)
        ui.import_button.clicked.connect(self.import_excel)
        ui.export_button.clicked.connect(self._on_export_clicked)
        ui.print_list_button.clicked.connect(self.print_list)
        ui.new_revision_button.clicked.connect(self.new_revision)
        ui.edit_revision_button.clicked.connect(self.edit_revision)
        ui.submit_button.clicked.connect(self.submit_revision)
        ui.issue_button.clicked.connect(self.issue_revision)
        ui.open_file_button.clicked.connect(self.open_file)
        ui.remove_file_button.clicked.connect(self.remove_file)
        ui.distribute_button.clicked.connect(self.distribute)
        ui.acknowledge_button.clicked.connect(self.acknowledge)
        ui.recall_button.clicked.connect(self.recall)
        ui.print_sheet_button.clicked.connect(self.print_distribution_sheet)
        ui.attach_sheet_button.clicked.connect(self._on_attach_sheet_clicked)
        ui.review_button.clicked.connect(self.record_review)

        self._loaded = True  # loaded now, reloaded after changes
        self.reload()

    # ------------------------------------------------------------------ basics
    @property
    def ui(self) -> Ui_InternalDocumentsTab:
        return self._ui

    def _fill_filters(self) -> None:
        ui = self._ui
        for combo in (ui.kind_combo, ui.status_combo, ui.department_combo):
            combo.blockSignals(True)
            combo.clear()
        ui.kind_combo.addItem(self.tr("All kinds"), None)
        for kind in DocumentKind:
            ui.kind_combo.addItem(kind_text(kind), kind.value)
        ui.status_combo.addItem(self.tr("All statuses"), None)
        for status in RevisionStatus:
            ui.status_combo.addItem(status_text(status), status.value)
        ui.department_combo.addItem(self.tr("All departments"), None)
        for dep in self._services.agency.departments(include_inactive=True):
            ui.department_combo.addItem(dep.name, dep.name)
        for combo in (ui.kind_combo, ui.status_combo, ui.department_combo):
            combo.blockSignals(False)

    def reload(self, select_id: int | None = None) -> None:
        """Load the list from the service (one query) and keep or move the selection."""
        keep = select_id if select_id is not None else (self.details.id if self.details else None)
        rows = self._services.documents.list_documents(DocumentFilter(today=self.today()))
        self.model.set_rows(rows)  # kept in the order of the header the user clicked
        self._update_count()
        if keep is not None and self.select_documents([keep]):
            return
        self.show_details(None)

    def _load(self) -> None:
        self.reload()

    def _update_count(self, *_args: object) -> None:
        total = self.model.rowCount()
        shown = self.proxy.rowCount()
        due = sum(1 for r in self.model.rows() if r.review_due)
        text = (self.tr("{count} documents").format(count=format_count(total)) if shown == total
                else self.tr("{shown} of {count} documents").format(shown=format_count(shown),
                                                                    count=format_count(total)))
        if due:
            text += " · " + self.tr("{count} due for review").format(count=format_count(due))
        self._ui.count_label.setText(text)

    # ------------------------------------------------------------------ search and filters
    def _on_filters_changed(self, *_args: object) -> None:
        ui = self._ui
        kind = ui.kind_combo.currentData()
        status = ui.status_combo.currentData()
        self.proxy.set_filters(kind=DocumentKind(kind) if kind else None,
                               status=RevisionStatus(status) if status else None,
                               department=ui.department_combo.currentData(), due_only=ui.due_check.isChecked())
        self._after_filter()

    def _after_filter(self) -> None:
        self._update_count()
        if self.details is not None and self._proxy_row_of(self.details.id) < 0:
            # The document shown is filtered out: show nothing rather than a row the user did not pick.
            selection = self._ui.table_view.selectionModel()
            selection.clearSelection()
            selection.setCurrentIndex(self.proxy.index(-1, -1), QItemSelectionModel.SelectionFlag.NoUpdate)
            self.show_details(None)

    def clear_filters(self) -> None:
        ui = self._ui
        for widget in (ui.kind_combo, ui.status_combo, ui.department_combo, ui.due_check, ui.search_edit):
            widget.blockSignals(True)
        ui.search_edit.clear()
        ui.kind_combo.setCurrentIndex(0)
        ui.status_combo.setCurrentIndex(0)
        ui.department_combo.setCurrentIndex(0)
        ui.due_check.setChecked(False)
        for widget in (ui.kind_combo, ui.status_combo, ui.department_combo, ui.due_check, ui.search_edit):
            widget.blockSignals(False)
        self.proxy.set_filters(text="", kind=None, status=None, department=None, due_only=False)
        self.show_all_records()
        self._update_count()

    def current_filter(self) -> DocumentFilter:
        """The filters shown, as the service understands them (for the Excel export)."""
        ui = self._ui
        kind, status = ui.kind_combo.currentData(), ui.status_combo.currentData()
        department_name = ui.department_combo.currentData()
        department_id = next((d.id for d in self._services.agency.departments(include_inactive=True)
                              if d.name == department_name), None) if department_name else None
        return DocumentFilter(
            text=ui.search_edit.text(), kind=DocumentKind(kind) if kind else None,
            status=RevisionStatus(status) if status else None, department_id=department_id,
            review_due_before=self.today() + timedelta(days=1) if ui.due_check.isChecked() else None,
            today=self.today())

    def visible_rows(self) -> list[DocumentRow]:
        return [r for r in (self.proxy.row_dto(i) for i in range(self.proxy.rowCount())) if r is not None]

    # ------------------------------------------------------------------ selection
    def _proxy_row_of(self, document_id: int) -> int:
        source: int = self.model.row_of(document_id)
        if source < 0:
            return -1
        row: int = self.proxy.mapFromSource(self.model.index(source, 0)).row()
        return row

    def select_documents(self, ids: Sequence[int]) -> bool:
        """Select these documents (clearing filters that hide them); the first becomes current."""
        rows = [r for r in (self._proxy_row_of(i) for i in ids)]
        if any(r < 0 for r in rows) and any(self.model.row_of(i) >= 0 for i in ids):
            self.clear_filters()
            rows = [self._proxy_row_of(i) for i in ids]
        rows = [r for r in rows if r >= 0]
        if not rows:
            return False
        view = self._ui.table_view
        selection = view.selectionModel()
        selection.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for row in rows:
            selection.select(self.proxy.index(row, 0), flags)
        selection.setCurrentIndex(self.proxy.index(rows[0], 0), QItemSelectionModel.SelectionFlag.NoUpdate)
        view.scrollTo(self.proxy.index(rows[0], 0), QTableView.ScrollHint.PositionAtCenter)
        # Always reload: after a write the same document has new details.
        self._load_details(self.proxy.row_dto(rows[0]))
        return True

    def open_target(self, record_ids: Sequence[int] = ()) -> None:
        """Show these documents (the home screen's readiness issues point here)."""
        ids = [int(i) for i in record_ids]
        if not ids:
            return
        self.reload()
        self.clear_filters()
        if len(ids) > 1:
            self.show_only(ids)  # exactly these, under a chip that shows all again
        self.select_documents(ids)

    def selected_row(self) -> DocumentRow | None:
        index = self._ui.table_view.selectionModel().currentIndex()
        if not index.isValid() or not self._ui.table_view.selectionModel().isRowSelected(index.row()):
            return None
        row: DocumentRow | None = self.proxy.row_dto(index.row())
        return row

    def _on_current_row_changed(self, *_args: object) -> None:
        self._sync_details()

    def _on_selection_changed(self, *_args: object) -> None:
        self._sync_details()

    def _sync_details(self) -> None:
        """Show the document the user picked: the current row when selected, else the first selected row."""
        selection = self._ui.table_view.selectionModel()
        current = selection.currentIndex()
        if current.isValid() and selection.isRowSelected(current.row()):
            row = self.proxy.row_dto(current.row())
        else:
            rows = selection.selectedRows()
            row = self.proxy.row_dto(rows[0].row()) if rows else None
        if row is None:
            if self.details is not None:
                self.show_details(None)
            return
        if self.details is None or self.details.id != row.id:
            self._load_details(row)

    def _on_edit_button_clicked(self) -> None:
        self.edit_document()

    def _on_delete_button_clicked(self) -> None:
        self.delete_document()

    def _load_details(self, row: DocumentRow | None) -> None:
        if row is None:
            self.show_details(None)
            return
        try:
            details = self._services.documents.get_document(row.id)
        except DomainError as exc:
            self.show_error(exc)
            self.show_details(None)
            return
        self.show_details(details)

    def show_details(self, details: DocumentDetails | None, revision_id: int | None = None) -> None:
        """Fill the detail panel with one document (None: nothing selected)."""
        current = self.current_revision()
        previous_revision = revision_id if revision_id is not None else (
            current.id if current and self.details and details and self.details.id == details.id else None)
        self.details = details
        ui = self._ui
        if details is None:
            ui.detail_title_label.setText(self.tr("Select a document to see its revisions, distribution and reviews."))
            self.revisions_model.set_rows([])
            self.changes_model.set_rows([])
            self.files_model.set_rows([])
            self.distributions_model.set_distributions([], None)
            self.reviews_model.set_rows([])
            self._update_actions()
            return
        state = status_text(details.status)
        extra = ""
        if details.withdrawn_on is not None:
            extra = " · " + self.tr("withdrawn on {date}: {reason}").format(
                date=short_date(details.withdrawn_on), reason=details.withdrawal_reason)
        elif details.next_review_date is not None:
            extra = " · " + self.tr("next review {date}").format(date=short_date(details.next_review_date))
        number = f"{details.current_revision_number:02d}" if details.current_revision_number else "—"
        ui.detail_title_label.setText(self.tr("{code} – {title} · revision {number} · {status}{extra}").format(
            code=details.code, title=details.title, number=number, status=state, extra=extra))
        revisions = list(reversed(details.revisions))
        self.revisions_model.set_rows(revisions)
        effective = details.effective_revision
        self.distributions_model.set_distributions(details.distributions, effective.id if effective else None)
        self.reviews_model.set_rows(list(reversed(details.reviews)))
        wanted = previous_revision
        if wanted is None or not any(r.id == wanted for r in revisions):
            chosen = details.open_revision or effective or (revisions[0] if revisions else None)
            wanted = chosen.id if chosen else None
        row = next((i for i, r in enumerate(revisions) if r.id == wanted), -1)
        if row >= 0:
            ui.revisions_view.selectRow(row)
        self._show_revision(self.revisions_model.row_at(row) if row >= 0 else None)
        self._update_actions()

    def current_revision(self) -> DocumentRevision | None:
        index = self._ui.revisions_view.selectionModel().currentIndex()
        return self.revisions_model.row_at(index.row()) if index.isValid() else None

    def _on_revision_changed(self, current: Any, _previous: Any) -> None:
        self._show_revision(self.revisions_model.row_at(current.row()) if current.isValid() else None)
        self._update_actions()

    def _show_revision(self, revision: DocumentRevision | None) -> None:
        self.changes_model.set_rows(revision.changes if revision else [])
        self.files_model.set_rows(revision.files if revision else [])
        number = f"{revision.number:02d}" if revision else ""
        self._ui.changes_label.setText(self.tr("Changes in revision {number}").format(number=number) if revision
                                       else self.tr("Changes in the selected revision"))
        page = self._ui.detail_tabs.indexOf(self._ui.changes_page)
        self._ui.detail_tabs.setTabText(page, self.tr("Changes and files – revision {number}").format(number=number)
                                        if revision else self.tr("Changes and files"))
        self._ui.files_label.setText(self.tr("Files of revision {number}").format(number=number) if revision
                                     else self.tr("Files of the selected revision"))

    def _on_revisions_double_clicked(self, _index: Any) -> None:
        self._ui.detail_tabs.setCurrentWidget(self._ui.changes_page)

    def _on_detail_selection_changed(self, *_args: object) -> None:
        self._update_actions()

    def selected_distributions(self) -> list[Distribution]:
        rows = sorted({i.row() for i in self._ui.distributions_view.selectionModel().selectedRows()})
        return [d for d in (self.distributions_model.row_at(r) for r in rows) if d is not None]

    def selected_file(self) -> Any:
        rows = self._ui.files_view.selectionModel().selectedRows()
        return self.files_model.row_at(rows[0].row()) if rows else None

    def _update_actions(self) -> None:
        ui = self._ui
        d = self.details
        rev = self.current_revision()
        has = d is not None
        effective = d.effective_revision if d else None
        withdrawn = bool(d and (d.withdrawn_on is not None or d.status is RevisionStatus.SUPERSEDED))
        ui.edit_button.setEnabled(has)
        ui.delete_button.setEnabled(has)
        ui.history_button.setEnabled(has)
        ui.withdraw_button.setEnabled(effective is not None)
        ui.new_revision_button.setEnabled(has and not withdrawn and d.open_revision is None)  # type: ignore[union-attr]  # has is true only when d is not None
        ui.edit_revision_button.setEnabled(rev is not None and rev.status is not RevisionStatus.SUPERSEDED)
        ui.submit_button.setEnabled(rev is not None and rev.status is RevisionStatus.DRAFT)
        ui.issue_button.setEnabled(rev is not None and rev.status in (RevisionStatus.DRAFT, RevisionStatus.PENDING)
                                   and not withdrawn)
        ui.attach_button.setEnabled(rev is not None)
        ui.open_file_button.setEnabled(self.selected_file() is not None)
        ui.remove_file_button.setEnabled(self.selected_file() is not None)
        ui.distribute_button.setEnabled(effective is not None)
        selected = self.selected_distributions()
        ui.acknowledge_button.setEnabled(len(selected) == 1 and selected[0].acknowledged_on is None
                                         and selected[0].recalled_on is None)
        ui.recall_button.setEnabled(bool(d and any(x.recalled_on is None for x in d.distributions)))
        sheet_revision = self._sheet_revision_id()
        ui.print_sheet_button.setEnabled(sheet_revision is not None)
        ui.attach_sheet_button.setEnabled(sheet_revision is not None)
        ui.review_button.setEnabled(effective is not None)

    # ------------------------------------------------------------------ messages
    def show_message(self, text: str, action_text: str | None = None, action: Callable[[], Any] | None = None,
                     *, error: bool = False) -> None:
        """The message bar above the list (non-modal), with an optional action button."""
        ui = self._ui
        ui.message_label.setText(text)
        ui.message_frame.setStyleSheet(
            "#message_frame { background: %s; border: 1px solid %s; border-radius: 4px; }"
            % (("#fde4e1", "#e4a29b") if error else ("#fff4d6", "#e6c46a")))
        ui.message_action_button.setVisible(action is not None)
        if action_text:
            ui.message_action_button.setText(action_text)
        self._message_action = action
        ui.message_frame.setVisible(True)

    def show_error(self, exc: BaseException, prefix: str = "") -> None:
        text = message_for(exc)
        self.show_message(f"{prefix} {text}".strip() if prefix else text, error=True)

    def hide_message(self) -> None:
        self._ui.message_frame.setVisible(False)
        self._message_action = None

    def message_text(self) -> str:
        return self._ui.message_label.text() if self._ui.message_frame.isVisibleTo(self) else ""

    def _on_message_action_clicked(self) -> None:
        action = self._message_action
        self.hide_message()
        if action is not None:
            action()

    def _changed(self, select_id: int | None = None, revision_id: int | None = None) -> None:
        """After any write: reload the list and the details, tell the rest of the app."""
        document_id = select_id if select_id is not None else (self.details.id if self.details else None)
        self.reload(document_id)
        if self.details is not None and revision_id is not None:
            self.show_details(self.details, revision_id)
        self._announce_change()

    # ------------------------------------------------------------------ documents
    def add_document(self) -> InternalDocumentDialog:
        dialog = InternalDocumentDialog(self._services, self)
        self._open(dialog, lambda: self._changed(dialog.details.id if dialog.details else None))
        return dialog

    def edit_document(self) -> InternalDocumentDialog | None:
        if self.details is None:
            return None
        dialog = InternalDocumentDialog(self._services, self, document=self.details)
        self._open(dialog, lambda: self._changed())
        return dialog

    def delete_document(self) -> bool:
        d = self.details
        if d is None:
            return False
        if not self._confirm(self.tr("Delete document"), self.tr(
                "Delete “{code} – {title}”? Only a draft that was never issued can be deleted.").format(
                code=d.code, title=d.title)):
            return False
        try:
            self._services.documents.delete_document(d.id)
        except DomainError as exc:
            self.show_error(exc)
            return False
        self.details = None
        self._changed()
        self.show_message(self.tr("{code} was deleted. It can be restored from the change history.").format(
            code=d.code))
        return True

    def withdraw_document(self) -> WithdrawDialog | None:
        if self.details is None or self.details.effective_revision is None:
            return None
        dialog = WithdrawDialog(self._services, self.details, self, today=self.today())
        self._open(dialog, lambda: self._after_out_of_force(dialog.details.id if dialog.details else None))
        return dialog

    def show_history(self) -> QDialog | None:
        d = self.details
        if d is None:
            return None
        title = self.tr("History of {code} – {title}").format(code=d.code, title=d.title)
        return self._open_history(ENTITY_DOCUMENT, d.id, title)

    # ------------------------------------------------------------------ revisions
    def new_revision(self) -> RevisionDialog | None:
        if self.details is None:
            return None
        dialog = RevisionDialog(self._services, self.details, None, self, mode=RevisionMode.NEW, today=self.today())
        self._open(dialog, lambda: self._changed(revision_id=dialog.revision.id if dialog.revision else None))
        return dialog

    def edit_revision(self) -> RevisionDialog | None:
        rev = self.current_revision()
        if self.details is None or rev is None:
            return None
        dialog = RevisionDialog(self._services, self.details, rev, self, mode=RevisionMode.EDIT, today=self.today())
        self._open(dialog, lambda: self._changed(revision_id=rev.id))
        return dialog

    def submit_revision(self) -> bool:
        rev = self.current_revision()
        if rev is None:
            return False
        try:
            self._services.documents.submit_revision(rev.id)
        except DomainError as exc:
            self.show_error(exc)
            return False
        self._changed(revision_id=rev.id)
        return True

    def issue_revision(self) -> RevisionDialog | None:
        rev = self.current_revision()
        if self.details is None or rev is None:
            return None
        dialog = RevisionDialog(self._services, self.details, rev, self, mode=RevisionMode.ISSUE, today=self.today())
        self._open(dialog, lambda: self._after_out_of_force(self.details.id if self.details else None, rev.id))
        return dialog

    def _after_out_of_force(self, document_id: int | None, revision_id: int | None = None) -> None:
        """After an issue or a withdrawal: copies of what went out of force must come back."""
        self._changed(document_id, revision_id)
        if document_id is None:
            return
        holders = self._services.documents.holders_to_recall(document_id)
        if holders:
            self.show_message(self.tr("{count} holder(s) still keep copies of the old revision; they must be "
                                      "recalled.").format(count=len(holders)),
                              self.tr("Recall…"), lambda: self.recall([h.id for h in holders]))

    def attach_file(self, path: Path | None = None, role: FileRole = FileRole.PDF) -> bool:
        """Attach a file to the selected revision (asks for it when ``path`` is None)."""
        rev = self.current_revision()
        if rev is None:
            return False
        if path is None:
            filters = {FileRole.DOCX: self.tr("Word files (*.docx *.doc)"), FileRole.PDF: self.tr("PDF files (*.pdf)"),
                       FileRole.SCAN: self.tr("Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)")}
            path = self._ask_open_path(self.tr("Attach a file"), filters[role] + ";;" + self.tr("All files (*)"))
            if path is None:
                return False
        try:
            self._services.documents.attach_file(rev.id, Path(path), role)
        except (DomainError, OSError) as exc:
            self.show_error(exc)
            return False
        self._changed(revision_id=rev.id)
        self.show_message(self.tr("“{name}” was attached to revision {number}.").format(
            name=Path(path).name, number=f"{rev.number:02d}"))
        return True

    def open_file(self) -> Path | None:
        """Open the selected file with the program the computer uses for it."""
        ref = self.selected_file()
        if ref is None:
            return None
        folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.TempLocation)) / "isodesk-open"
        try:
            path = self._services.attachments.export_copy(ref, folder)
        except (DomainError, OSError) as exc:
            self.show_error(exc)
            return None
        self._open_path(path)
        return path

    def remove_file(self) -> bool:
        """Remove the selected file from its revision (attached by mistake), after a confirmation."""
        ref, rev = self.selected_file(), self.current_revision()
        if ref is None or rev is None:
            return False
        number = f"{rev.number:02d}"
        if not self._confirm(self.tr("Remove file"), self.tr(
                "Remove “{name}” from revision {number}? It can be restored from Settings → Change history.").format(
                name=ref.original_name, number=number)):
            return False
        try:
            self._services.attachments.detach(ref.id)
        except DomainError as exc:
            self.show_error(exc)
            return False
        self._changed(revision_id=rev.id)
        self.show_message(self.tr("“{name}” was removed from revision {number}.").format(name=ref.original_name,
                                                                                      number=number))
        return True

    def _on_files_double_clicked(self, _index: Any) -> None:
        self.open_file()

    def _open_path(self, path: Path) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def _ask_open_path(self, caption: str, file_filter: str) -> Path | None:
        """Ask for a file to read (modal; tests replace this method)."""
        return ask_open_path(self, caption, file_filter)

    # ------------------------------------------------------------------ distribution
    def distribute(self) -> DistributionDialog | None:
        d = self.details
        if d is None or d.effective_revision is None:
            return None
        dialog = DistributionDialog(self._services, d, d.effective_revision, self, today=self.today())
        self._open(dialog, lambda: self._after_distribution(dialog))
        return dialog

    def _after_distribution(self, dialog: DistributionDialog) -> None:
        self._changed()
        self._ui.detail_tabs.setCurrentWidget(self._ui.distribution_page)
        self.show_message(self.tr("Copies given to {count} recipient(s). Print the distribution sheet for their "
                                  "signatures.").format(count=len(dialog.distributions)),
                          self.tr("Print distribution sheet…"), self.print_distribution_sheet)

    def acknowledge(self) -> AcknowledgeDialog | None:
        selected = self.selected_distributions()
        if len(selected) != 1:
            return None
        dialog = AcknowledgeDialog(self._services, selected[0], self, today=self.today())
        self._open(dialog, lambda: self._changed())
        return dialog

    def recall(self, checked: Sequence[int] | None = None) -> RecallDialog | None:
        """Open the recall dialog on every copy not yet recalled; ``checked`` (default: copies of old
        revisions, or the selected rows) are ticked."""
        d = self.details
        if d is None:
            return None
        holders = [x for x in d.distributions if x.recalled_on is None]
        if not holders:
            return None
        if checked is None:
            selected = [x.id for x in self.selected_distributions() if x.recalled_on is None]
            old = [x.id for x in holders if self.distributions_model.state(x) == "to_recall"]
            checked = selected or old
        dialog = RecallDialog(self._services, holders, self, checked=checked, today=self.today())
        self._open(dialog, lambda: self._changed())
        return dialog

    def _sheet_revision_id(self) -> int | None:
        """The revision whose distribution sheet to print: the selected copies' revision, else the one
        in force, else the selected revision once it was issued."""
        d = self.details
        if d is None:
            return None
        selected = self.selected_distributions()
        if selected:
            return selected[0].revision_id
        if d.effective_revision is not None:
            return d.effective_revision.id
        rev = self.current_revision()
        return rev.id if rev is not None and rev.status is not RevisionStatus.DRAFT else None

    def print_distribution_sheet(self) -> PrintPreviewDialog | None:
        d = self.details
        revision_id = self._sheet_revision_id()
        if d is None or revision_id is None:
            return None
        number = next((r.number for r in d.revisions if r.id == revision_id), 0)
        try:
            document = self.printouts.distribution_sheet(revision_id, on=self.today())
        except DomainError as exc:
            self.show_error(exc)
            return None
        return self._preview_document(document, self.tr("Distribution sheet of {code}").format(code=d.code),
                             f"Phieu-phan-phoi-{_safe(d.code)}-lan-{number:02d}")

    def _on_attach_sheet_clicked(self) -> None:
        self.attach_signed_sheet()

    def attach_signed_sheet(self, path: Path | None = None) -> bool:
        """Attach the scan of the signed distribution sheet to its revision."""
        revision_id = self._sheet_revision_id()
        if revision_id is None:
            return False
        if path is None:
            path = self._ask_open_path(self.tr("Attach the signed distribution sheet"),
                                       self.tr("Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)"))
            if path is None:
                return False
        try:
            self._services.documents.attach_distribution_scan(revision_id, Path(path))
        except (DomainError, OSError) as exc:
            self.show_error(exc)
            return False
        self._changed(revision_id=revision_id)
        self.show_message(self.tr("The signed distribution sheet “{name}” was attached.").format(name=Path(path).name))
        return True

    # ------------------------------------------------------------------ reviews
    def record_review(self) -> ReviewDialog | None:
        d = self.details
        if d is None or d.effective_revision is None:
            return None
        dialog = ReviewDialog(self._services, d, self, today=self.today())
        self._open(dialog, lambda: self._after_review(dialog))
        return dialog

    def _after_review(self, dialog: ReviewDialog) -> None:
        review = dialog.review
        self._changed(revision_id=review.revision_id if review else None)
        self._ui.detail_tabs.setCurrentWidget(self._ui.reviews_page)
        if review is not None and review.revision_id is not None:
            self.show_message(self.tr("The review asks for changes: a draft of the next revision is open. Edit it, "
                                      "then issue it."), self.tr("Edit the draft…"), self._edit_open_revision)

    def _edit_open_revision(self) -> None:
        self._ui.detail_tabs.setCurrentWidget(self._ui.revisions_page)
        if self.details is not None and self.details.open_revision is not None:
            self.show_details(self.details, self.details.open_revision.id)
            self.edit_revision()

    # ------------------------------------------------------------------ Excel and printing
    def import_excel(self) -> ExcelImportDialog:
        return self._open_import(
            DOCUMENTS_REGISTER, self._services.documents.import_rows, title=self.tr("Internal documents"),
            template_name="Mau-danh-muc-tai-lieu-noi-bo.xlsx",
            describe_result=lambda r: self.tr("{count} document(s) added to the list.").format(
                count=getattr(r, "created", 0)),
            on_imported=self._after_import)

    def _after_import(self, result: object) -> None:
        ids = tuple(getattr(result, "ids", ()))
        self.clear_filters()
        self._changed(ids[0] if ids else None)

    def default_export_name(self) -> str:
        year = self._window.year if self._window is not None and self._window.year else self.today().year
        return f"Danh-muc-tai-lieu-noi-bo-{year}.xlsx"

    def export_excel(self, path: Path) -> Path | None:
        """Write the documents shown (same filters) to ``path`` as a register sheet."""
        self._apply_pending_search()
        try:
            rows = self._services.documents.export_rows(self.current_filter())
            written = self._write_xlsx(DOCUMENTS_REGISTER, rows, path,
                                       f"(Cập nhật đến ngày {short_date(self.today())})")
        except (DomainError, OSError) as exc:
            self.show_error(exc, self.tr("The Excel file was not written."))
            return None
        self.show_message(self.tr("{count} document(s) exported to {path}.").format(
            count=format_count(len(rows)), path=str(written)))
        return written

    def print_list(self) -> PrintPreviewDialog | None:
        """Preview DANH MỤC TÀI LIỆU NỘI BỘ of the documents shown (the filters in force under the title)."""
        self._apply_pending_search()
        rows = self.visible_rows()
        subtitle = ""
        if self.proxy.has_filters():
            subtitle = "(" + ", ".join(p for p in self._filter_words() if p) + ")"
        try:
            document = self.printouts.documents_list(rows, on=self.today(), subtitle=subtitle)
        except DomainError as exc:
            self.show_error(exc)
            return None
        return self._preview_document(document, self.tr("List of internal documents"),
                             f"Danh-muc-tai-lieu-noi-bo-{self.today():%Y}")

    def _filter_words(self) -> list[str]:
        """The filters in force, in Vietnamese data words (printed under the list's title)."""
        ui = self._ui
        words = []
        kind, status = ui.kind_combo.currentData(), ui.status_combo.currentData()
        if kind:
            words.append(DocumentKind(kind).label)
        if status:
            words.append(RevisionStatus(status).label)
        if ui.department_combo.currentData():
            words.append(str(ui.department_combo.currentData()))
        if ui.due_check.isChecked():
            words.append("đến hạn rà soát")
        if ui.search_edit.text().strip():
            words.append(f"tìm “{ui.search_edit.text().strip()}”")
        return words

    def _preview_document(self, document: AdminDocument, title: str, file_stem: str) -> PrintPreviewDialog:
        from isodesk.ui.dialogs.print_preview import PrintPreviewDialog

        dialog = PrintPreviewDialog(document, self, title=title, file_stem=file_stem)
        self._open(dialog)
        return dialog


def _safe(text: str) -> str:
    """A file-name-safe form of a document code ("QT.01/UBND" → "QT.01-UBND")."""
    return "".join(ch if ch.isalnum() or ch in ".-_" else "-" for ch in text).strip("-") or "tai-lieu"
