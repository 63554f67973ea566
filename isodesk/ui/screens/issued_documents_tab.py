"""Văn bản HTQLCL đã ban hành: the register of the agency's own QMS documents.

List, filter, add and edit entries, register a draft's number (cấp số), attach, open and remove files,
delete drafts, and show an entry's change history. Everything goes dialog → service → reload.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from isodesk.domain.core import AttachmentRef, IssuedDocStatus, IssuedDocType, IssuedDocument
from isodesk.domain.core_registers import ISSUED_DOCUMENTS_SPEC, number_text
from isodesk.domain.tabular import ColumnKind
from isodesk.ui.dialogs.confirm import ask
from isodesk.ui.errors import show_error
from isodesk.ui.labels import DOC_TYPE_LABELS, doc_type_label
from isodesk.ui.models.issued_documents_model import RowNumberDelegate
from isodesk.ui.models.register_looks import issued_documents_look
from isodesk.ui.models.register_model import RegisterFilterProxyModel, RegisterTableModel
from isodesk.ui.widgets.register_tab_base import RegisterTab, connect_buttons

if TYPE_CHECKING:
    from isodesk.services.registry import Services
    from isodesk.ui.main_window import MainWindow

ENTITY = "issued_document"


class IssuedDocumentsTab(RegisterTab):
    """The issued-documents register; ``open_target(record_ids)`` selects those entries.

    A :class:`RegisterTab` on :data:`ISSUED_DOCUMENTS_SPEC`: search as you type, Enter opens, Delete asks,
    Ctrl+E exports the entries shown to Excel. The reporting year is the window's (one selector, at the top).
    """

    AREA = "documents"
    SPEC = ISSUED_DOCUMENTS_SPEC
    ENTITY = ENTITY

    def __init__(self, services: Services, window: MainWindow) -> None:
        super().__init__(services, window)
        self.setObjectName("IssuedDocumentsTab")
        self._main_window = window
        self.current_dialog: QDialog | None = None
        self.question: QMessageBox | None = None
        self._open_folder: Path | None = None

        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("search_edit")
        self.search_edit.setPlaceholderText(self.tr("Search number, symbol or summary…"))
        self.search_edit.setClearButtonEnabled(True)
        # The reporting year is the window's (one selector, at the top); this only widens to all years.
        self.all_years_check = QCheckBox(self.tr("All years"))
        self.all_years_check.setObjectName("all_years_check")
        self.all_years_check.setToolTip(self.tr("Also show the documents of other reporting years"))
        self.type_combo = QComboBox()
        self.type_combo.setObjectName("type_combo")
        self.type_combo.addItem(self.tr("All types"), None)
        for doc_type in DOC_TYPE_LABELS:
            self.type_combo.addItem(doc_type_label(doc_type), doc_type.value)
        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 1)
        filters.addWidget(self.all_years_check)
        filters.addWidget(QLabel(self.tr("Type:")))
        filters.addWidget(self.type_combo)

        self.add_button = QPushButton(self.tr("Add document"))
        self.add_button.setObjectName("Primary")
        self.edit_button = QPushButton(self.tr("Edit"))
        self.number_button = QPushButton(self.tr("Register number"))
        self.number_button.setToolTip(self.tr("Give a signed draft its number and date (cấp số)"))
        self.attach_button = QPushButton(self.tr("Attach file"))
        self.open_button = QPushButton(self.tr("Open file"))
        self.detach_button = QPushButton(self.tr("Remove file"))
        self.detach_button.setToolTip(self.tr("Remove a file attached by mistake; it can be restored from "
                                              "Settings → Change history."))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("Only drafts can be deleted; an issued document stays in the register."))
        self.history_button = QPushButton(self.tr("History"))
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.export_button.setToolTip(self.tr("Write the entries shown to an Excel file"))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.number_button, self.attach_button, self.open_button,
                       self.detach_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.history_button)

        self.table = QTableView()
        self.table.setObjectName("register_table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        # Declared once in domain (ISSUED_DOCUMENTS_SPEC), shown by the one register model and proxy;
        # widths from the spec's hints (the summary gets the room), newest first.
        self._setup_list(self.table, RegisterTableModel(ISSUED_DOCUMENTS_SPEC, issued_documents_look(), self),
                         RegisterFilterProxyModel(ISSUED_DOCUMENTS_SPEC, self))
        self.table.sortByColumn(self.model.column_of("issue_date"), Qt.SortOrder.DescendingOrder)
        self.row_number_delegate = RowNumberDelegate(self.table)
        self.table.setItemDelegateForColumn(self.model.column_of("row_number"), self.row_number_delegate)
        self.count_label = QLabel()
        self.count_label.setObjectName("Muted")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(filters)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)

        self._setup_search(self.search_edit)
        self.all_years_check.toggled.connect(self._on_all_years_check_toggled)
        self.type_combo.currentIndexChanged.connect(self._on_type_combo_changed)
        connect_buttons(self, self, "add", "edit", "number", "attach", "open", "detach", "delete", "history", "export")
        window.year_changed.connect(self._on_window_year_changed)

        self.reload()

    # ------------------------------------------------------------------ API
    def reload(self, select: tuple[int, ...] | None = None) -> None:
        """Read the register again, keeping (or setting) the selection."""
        self.refresh(select_ids=select)
        self._update_buttons()

    def _load(self) -> None:
        # Each entry with its files (one query per entry; a register holds tens of documents a year).
        docs = [replace(doc, files=tuple(self._services.attachments.list_for(ENTITY, doc.id))) if doc.id else doc
                for doc in self._services.register.list()]
        self.model.set_rows(docs)
        self._apply_year()

    def open_target(self, record_ids: Sequence[int] = ()) -> None:
        """Show these entries (all years if they are not in the chosen one) and select them."""
        self._ensure_loaded()
        if record_ids:
            years = {doc.year for doc in self.model.rows() if doc.id in record_ids}
            if self.proxy.chosen("year") and years != {self.proxy.chosen("year")}:
                self.all_years_check.setChecked(True)
            self.clear_filters()
            self.select_ids(record_ids)

    def clear_filters(self) -> None:
        self._clear_search()
        self.type_combo.setCurrentIndex(0)

    def selected(self) -> list[IssuedDocument]:
        return self._selected_rows()

    def visible_documents(self) -> list[IssuedDocument]:
        return self._shown_rows()

    def export_excel(self, path: Path) -> Path | None:
        """Write the entries shown (the window's year, the type and the search in force) to ``path``."""
        def rows() -> list[dict[str, object]]:
            labels = self.model.look.labels
            return [{c.key: labels[c.key](doc) if c.key in labels
                     else c.value(doc) if c.kind in (ColumnKind.DATE, ColumnKind.INT) else c.text(doc)
                     for c in ISSUED_DOCUMENTS_SPEC.columns}
                    for doc in self.visible_documents()]
        return self._export_register(ISSUED_DOCUMENTS_SPEC, rows, path)

    # ------------------------------------------------------------------ helpers
    def _current(self) -> IssuedDocument | None:
        docs = self.selected()
        return docs[0] if len(docs) == 1 else None

    def _apply_year(self) -> None:
        """Show the window's reporting year, or every year when "All years" is ticked."""
        all_years = self.all_years_check.isChecked() or not self._main_window.year
        self.proxy.set_filters(year=None if all_years else self._main_window.year)

    def _update_count(self, *_args: object) -> None:
        if not hasattr(self, "count_label"):
            return  # the list is set up before the label
        shown = self.visible_documents()
        drafts = sum(1 for doc in shown if doc.status is IssuedDocStatus.DRAFT)
        self.count_label.setText(self.tr("{count} document(s) shown, {drafts} draft(s)").format(
            count=len(shown), drafts=drafts)
            + ("" if self.all_years_check.isChecked() or not self._main_window.year
               else " · " + self.tr("reporting year {year}").format(year=self._main_window.year)))

    def _update_buttons(self) -> None:
        docs = self.selected()
        one = docs[0] if len(docs) == 1 else None
        self.edit_button.setEnabled(one is not None)
        self.number_button.setEnabled(one is not None and one.status is IssuedDocStatus.DRAFT)
        self.attach_button.setEnabled(one is not None)
        self.delete_button.setEnabled(one is not None)
        self.history_button.setEnabled(one is not None)
        files = self._files(one) if one is not None else []
        self._set_file_menu(self.open_button, files, self._open_file)
        self._set_file_menu(self.detach_button, files, self._ask_detach)

    @staticmethod
    def _set_file_menu(button: QPushButton, files: list[AttachmentRef],
                       action: Callable[[AttachmentRef], None]) -> None:
        """Enable ``button`` when there are files; with several, it opens a menu of their names."""
        button.setEnabled(bool(files))
        if len(files) > 1:
            menu = QMenu(button)
            for ref in files:
                item = QAction(ref.original_name, menu)
                item.triggered.connect(lambda _checked=False, r=ref: action(r))
                menu.addAction(item)
            button.setMenu(menu)
        else:
            button.setMenu(None)  # type: ignore[arg-type]  # Qt takes None to remove the menu; the stub omits it

    def _files(self, doc: IssuedDocument) -> list[AttachmentRef]:
        return list(doc.files)

    def _open_dialog(self, dialog: QDialog) -> None:
        self.current_dialog = dialog
        dialog.accepted.connect(self._on_dialog_accepted)
        dialog.finished.connect(self._on_dialog_finished)
        dialog.open()

    def _changed(self, select: tuple[int, ...]) -> None:
        self.reload(select)
        self._main_window.data_changed.emit("documents")

    def _open_file(self, ref: AttachmentRef) -> None:
        try:
            if self._open_folder is None:
                self._open_folder = Path(tempfile.mkdtemp(prefix="isodesk-open-"))
            # A fresh sub-folder per opening: Windows keeps a file open in Word locked.
            folder = Path(tempfile.mkdtemp(dir=self._open_folder))
            path = self._services.attachments.export_copy(ref, folder)
        except Exception as exc:  # noqa: BLE001
            show_error(self, self.tr("Open file"), exc)
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            show_error(self, self.tr("Open file"), OSError(self.tr("no program is set up to open {name}").format(
                name=ref.original_name)))

    def _choose_file(self) -> str:
        """Ask for a file to attach ("" if cancelled)."""
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose the file to attach"), "",
            self.tr("Documents (*.pdf *.doc *.docx *.xls *.xlsx *.odt *.jpg *.jpeg *.png);;All files (*)"))
        return path

    # ------------------------------------------------------------------ slots
    def _on_all_years_check_toggled(self, _checked: bool) -> None:
        self._apply_year()
        self._update_count()

    def _on_type_combo_changed(self, _index: int) -> None:
        data = self.type_combo.currentData()
        self.proxy.set_filters(doc_type=IssuedDocType(data) if data else None)
        self._update_count()

    def _on_selection_changed(self, *_args: object) -> None:
        self._update_buttons()

    def _on_export_button_clicked(self) -> None:
        self._on_export_clicked()

    def _on_window_year_changed(self, _year: int) -> None:
        self._apply_year()
        self._update_count()

    def _on_window_data_changed(self, area: str) -> None:
        # The register names people and decisions saved elsewhere (settings, the plan page): reload now,
        # shown or not; its own writes announce "documents" and have reloaded already.
        if area != "documents":
            self.reload()

    def _on_add_button_clicked(self) -> None:
        from isodesk.ui.dialogs.issued_document_dialog import IssuedDocumentDialog

        year = self._main_window.year
        self._open_dialog(IssuedDocumentDialog(self._services, self, year=year))

    def _on_edit_button_clicked(self) -> None:
        from isodesk.ui.dialogs.issued_document_dialog import IssuedDocumentDialog

        doc = self._current()
        if doc is not None:
            self._open_dialog(IssuedDocumentDialog(self._services, self, document=doc))

    def _on_number_button_clicked(self) -> None:
        from isodesk.ui.dialogs.register_number_dialog import RegisterNumberDialog

        doc = self._current()
        if doc is not None and doc.status is IssuedDocStatus.DRAFT:
            self._open_dialog(RegisterNumberDialog(self._services, doc, self))

    def _on_dialog_accepted(self) -> None:
        dialog = self.sender()
        saved = getattr(dialog, "saved", lambda: None)()
        self._changed((saved.id,) if saved is not None and saved.id else ())

    def _on_dialog_finished(self, _result: int) -> None:
        dialog = self.sender()
        if dialog is self.current_dialog:
            self.current_dialog = None
        if isinstance(dialog, QDialog):
            dialog.deleteLater()

    def _on_attach_button_clicked(self) -> None:
        doc = self._current()
        if doc is None or doc.id is None:
            return
        path = self._choose_file()
        if not path:
            return
        try:
            self._services.attachments.attach(ENTITY, doc.id, Path(path))
        except Exception as exc:  # noqa: BLE001
            show_error(self, self.tr("Attach file"), exc)
            return
        self._changed((doc.id,))
        self._main_window.statusBar().showMessage(self.tr("Attached {name} to {reference}").format(
            name=Path(path).name, reference=number_text(doc)), 5000)

    def _on_open_button_clicked(self) -> None:
        doc = self._current()
        files = self._files(doc) if doc is not None else []
        if len(files) == 1:
            self._open_file(files[0])
        elif files:
            self.open_button.showMenu()

    def _on_detach_button_clicked(self) -> None:
        doc = self._current()
        files = self._files(doc) if doc is not None else []
        if len(files) == 1:
            self._ask_detach(files[0])
        elif files:
            self.detach_button.showMenu()

    def _ask_detach(self, ref: AttachmentRef) -> None:
        doc = self._current()
        if doc is None:
            return
        self.question = ask(self, self.tr("Remove file"),
                            self.tr("Remove the file “{name}” from {reference}?").format(
                                name=ref.original_name, reference=number_text(doc)),
                            lambda: self._detach(doc, ref), yes_text=self.tr("Remove file"),
                            informative=self.tr("It can be restored from Settings → Change history."))

    def _detach(self, doc: IssuedDocument, ref: AttachmentRef) -> None:
        try:
            self._services.attachments.detach(ref.id)  # type: ignore[arg-type]  # a saved record always has its id
        except Exception as exc:  # noqa: BLE001
            show_error(self, self.tr("Remove file"), exc)
            return
        self._changed((doc.id,) if doc.id else ())
        self._main_window.statusBar().showMessage(self.tr("Removed {name} from {reference}").format(
            name=ref.original_name, reference=number_text(doc)), 5000)

    def _on_delete_button_clicked(self) -> None:
        doc = self._current()
        if doc is None or doc.id is None:
            return
        if doc.status is IssuedDocStatus.ISSUED:
            # The service refuses and says why; nothing to confirm.
            self._delete(doc)
            return
        self.question = ask(self, self.tr("Delete draft"),
                            self.tr("Delete the draft “{summary}”?").format(summary=doc.summary),
                            lambda: self._delete(doc),
                            informative=self.tr("It can be restored from Settings → Change history."))

    def _delete(self, doc: IssuedDocument) -> None:
        try:
            self._services.register.delete(doc.id)  # type: ignore[arg-type]  # a saved record always has its id
        except Exception as exc:  # noqa: BLE001
            show_error(self, self.tr("Cannot delete"), exc)
            return
        self._changed(())

    def _on_history_button_clicked(self) -> None:
        from isodesk.ui.dialogs.history_dialog import HistoryDialog

        doc = self._current()
        if doc is not None and doc.id is not None:
            title = self.tr("History of {reference}: {summary}").format(reference=number_text(doc), summary=doc.summary)
            dialog = HistoryDialog(self._services, ENTITY, doc.id, self, title=title)
            self.current_dialog = dialog
            dialog.finished.connect(self._on_dialog_finished)
            dialog.open()
