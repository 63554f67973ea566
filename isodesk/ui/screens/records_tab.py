"""Danh mục hồ sơ: the records the agency keeps (who, where, how long, paper or electronic), with search
and filters, Excel import/export and the printed NĐ 30 "DANH MỤC HỒ SƠ" form of a year."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from isodesk.domain.documents import (
    RECORDS_REGISTER,
    RETENTION_LIMITED,
    RETENTION_PERMANENT,
    RecordEntry,
    StorageForm,
)
from isodesk.domain.errors import DomainError
from isodesk.domain.formatting import format_count, short_date
from isodesk.ui.dialogs.form_dialog import message_for
from isodesk.ui.dialogs.record_dialog import RecordDialog
from isodesk.ui.forms.ui_records_tab import Ui_RecordsTab
from isodesk.ui.labels import storage_text
from isodesk.ui.models.register_looks import records_look
from isodesk.ui.models.register_model import RegisterFilterProxyModel, RegisterTableModel
from isodesk.ui.widgets.register_tab_base import RegisterTab

if TYPE_CHECKING:
    from isodesk.services.registry import Services
    from isodesk.ui.dialogs.excel_import_dialog import ExcelImportDialog
    from isodesk.ui.dialogs.print_preview import PrintPreviewDialog
    from isodesk.ui.dialogs.records_print_dialog import RecordsPrintDialog
    from isodesk.ui.main_window import MainWindow

ENTITY_RECORD = "record_entry"
#: Columns hidden while no line uses them (the screen is narrow at 1366 × 768).
_OPTIONAL = ("location", "years", "notes")


class RecordsTab(RegisterTab):
    """The "Danh mục hồ sơ" tab of the Documents screen."""

    AREA = "records"
    SPEC = RECORDS_REGISTER
    ENTITY = ENTITY_RECORD

    def __init__(self, services: Services, window: MainWindow | None = None, parent: QWidget | None = None,
                 *, today: date | None = None) -> None:
        super().__init__(services, window, parent, today=today)
        self._ui = Ui_RecordsTab()
        self._ui.setupUi(self)
        ui = self._ui
        self._setup_list(ui.table_view, RegisterTableModel(RECORDS_REGISTER, records_look(), self),
                         RegisterFilterProxyModel(RECORDS_REGISTER, self))
        for combo in (ui.year_combo, ui.retention_combo, ui.form_combo):
            combo.setSizeAdjustPolicy(combo.SizeAdjustPolicy.AdjustToContents)
        ui.table_view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # form order until a header is clicked
        self._loaded = True  # loaded now: the year filter reloads from the service
        ui.add_button.setObjectName("Primary")
        # The count grows while searching ("5755/10700 tài liệu · 957 đến hạn rà soát"): it wraps onto a second
        # line rather than push the filters beside it out of the tab.
        ui.count_label.setWordWrap(True)
        self._fill_filters()

        self._setup_search(ui.search_edit)
        ui.year_combo.currentIndexChanged.connect(self._on_year_changed)
        ui.department_combo.currentIndexChanged.connect(self._on_filters_changed)
        ui.retention_combo.currentIndexChanged.connect(self._on_filters_changed)
        ui.form_combo.currentIndexChanged.connect(self._on_filters_changed)
        ui.table_view.selectionModel().selectionChanged.connect(self._update_actions)
        ui.add_button.clicked.connect(self.add_record)
        ui.edit_button.clicked.connect(self.edit_record)
        ui.delete_button.clicked.connect(self.delete_record)
        ui.history_button.clicked.connect(self.show_history)
        ui.import_button.clicked.connect(self.import_excel)
        ui.export_button.clicked.connect(self._on_export_clicked)
        ui.print_form_button.clicked.connect(self.choose_print_form)
        if window is not None:
            window.year_changed.connect(self._on_window_year_changed)
        self.status_message = ""
        self.reload()

    @property
    def ui(self) -> Ui_RecordsTab:
        return self._ui

    def _window_year(self) -> int:
        if self._window is not None and self._window.year:
            return int(self._window.year)
        return self.today().year

    def _fill_filters(self) -> None:
        ui = self._ui
        for combo in (ui.year_combo, ui.department_combo, ui.retention_combo, ui.form_combo):
            combo.blockSignals(True)
            combo.clear()
        ui.year_combo.addItem(self.tr("All years"), None)
        years = sorted({y.year for y in self._services.years.years()} | {self._window_year()}, reverse=True)
        for year in years:
            ui.year_combo.addItem(self.tr("Kept in {year}").format(year=year), year)
        ui.year_combo.setCurrentIndex(0)
        ui.department_combo.addItem(self.tr("All departments"), None)
        for dep in self._services.agency.departments(include_inactive=True):
            ui.department_combo.addItem(dep.name, dep.id)
        ui.retention_combo.addItem(self.tr("Any retention"), None)
        ui.retention_combo.addItem(self.tr("Permanent"), RETENTION_PERMANENT)
        ui.retention_combo.addItem(self.tr("Limited period"), RETENTION_LIMITED)
        ui.form_combo.addItem(self.tr("Paper or electronic"), None)
        for form in StorageForm:
            ui.form_combo.addItem(storage_text(form), form.value)
        for combo in (ui.year_combo, ui.department_combo, ui.retention_combo, ui.form_combo):
            combo.blockSignals(False)

    def selected_year(self) -> int | None:
        data = self._ui.year_combo.currentData()
        return int(data) if data is not None else None

    def reload(self, select_id: int | None = None) -> None:
        """Load the lines (kept in the chosen year, if any) and keep or move the selection."""
        current = self.selected_record()
        keep = select_id if select_id is not None else (current.id if current else None)
        self.model.set_rows(self._services.records.list_records(year=self.selected_year()))
        rows = self.model.rows()
        used = {"location": any(r.location for r in rows), "years": any(r.from_year or r.to_year for r in rows),
                "notes": any(r.notes for r in rows)}
        for key in _OPTIONAL:
            self._ui.table_view.setColumnHidden(self.model.column_of(key), not used[key])
        self._fitter.fit(force=True)  # the room of hidden columns goes to the others
        self._update_count()
        if keep is not None:
            self.select_record(keep)
        self._update_actions()

    def _load(self) -> None:
        self.reload()

    def _update_count(self, *_args: object) -> None:
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        permanent = sum(1 for r in self.model.rows() if r.permanent)
        text = (self.tr("{count} records").format(count=format_count(total)) if shown == total
                else self.tr("{shown} of {count} records").format(shown=format_count(shown), count=format_count(total)))
        text += " · " + self.tr("{count} permanent").format(count=format_count(permanent))
        self._ui.count_label.setText(text)

    # ------------------------------------------------------------------ filters
    def _on_year_changed(self, _index: int) -> None:
        self.reload()

    def _on_window_year_changed(self, year: int) -> None:
        if self.selected_year() is not None:
            index = self._ui.year_combo.findData(year)
            if index >= 0:
                self._ui.year_combo.setCurrentIndex(index)

    def _on_filters_changed(self, *_args: object) -> None:
        ui = self._ui
        form = ui.form_combo.currentData()
        self.proxy.set_filters(department_id=ui.department_combo.currentData(),
                               retention=ui.retention_combo.currentData(),
                               form=StorageForm(form) if form else None)
        self._update_count()

    # ------------------------------------------------------------------ selection
    def selected_record(self) -> RecordEntry | None:
        rows = self._ui.table_view.selectionModel().selectedRows()
        return self.proxy.row_dto(rows[0].row()) if rows else None

    def select_record(self, record_id: int) -> bool:
        source = self.model.row_of(record_id)
        if source < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(source, 0))
        if not index.isValid():
            return False
        self._ui.table_view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self._ui.table_view.scrollTo(index)
        return True

    def open_target(self, record_ids: Sequence[int] = ()) -> None:
        if record_ids:
            self.reload()
            self.clear_filters()
            if len(record_ids) > 1:
                self.show_only(record_ids)
            self.select_record(int(record_ids[0]))

    def _on_edit_button_clicked(self) -> None:
        self.edit_record()

    def _on_delete_button_clicked(self) -> None:
        self.delete_record()

    def print_list(self) -> RecordsPrintDialog:
        """Ctrl+P: the printed list of a records register is the NĐ 30 form of a year."""
        return self.choose_print_form()

    def _update_actions(self, *_args: object) -> None:
        has = self.selected_record() is not None
        for button in (self._ui.edit_button, self._ui.delete_button, self._ui.history_button):
            button.setEnabled(has)

    # ------------------------------------------------------------------ messages
    def show_message(self, text: str, *, error: bool = False) -> None:
        """Status line of the tab (the count label's place is kept; messages go to the main window's
        status bar when there is one)."""
        self.status_message = text
        if self._window is not None:
            self._window.statusBar().showMessage(text, 12000)
        if error:
            self._warn(text)

    def _warn(self, text: str) -> None:
        """A refusal the user must read (modal; tests replace this method)."""
        QMessageBox.warning(self, self.tr("Records list"), text)

    def _changed(self, select_id: int | None = None) -> None:
        self.reload(select_id)
        self._announce_change()

    # ------------------------------------------------------------------ actions
    def _headings(self) -> list[str]:
        return [r.heading for r in self._services.records.list_records() if r.heading]

    def add_record(self) -> RecordDialog:
        dialog = RecordDialog(self._services, self, headings=self._headings())
        self._open(dialog, lambda: self._changed(dialog.record.id if dialog.record else None))
        return dialog

    def edit_record(self) -> RecordDialog | None:
        record = self.selected_record()
        if record is None:
            return None
        dialog = RecordDialog(self._services, self, record=record, headings=self._headings())
        self._open(dialog, lambda: self._changed(record.id))
        return dialog

    def delete_record(self) -> bool:
        record = self.selected_record()
        if record is None:
            return False
        if not self._confirm(self.tr("Delete record"), self.tr(
                "Remove “{code} – {title}” from the records list? To stop keeping it from some year on, edit it "
                "and set the last year instead, so earlier lists still show it.").format(
                code=record.code, title=record.title)):
            return False
        try:
            self._services.records.delete_record(record.id or 0)
        except DomainError as exc:
            self.show_message(message_for(exc), error=True)
            return False
        self._changed()
        self.show_message(self.tr("{code} was removed from the list.").format(code=record.code))
        return True

    def show_history(self) -> QDialog | None:
        record = self.selected_record()
        if record is None or record.id is None:
            return None
        title = self.tr("History of {code} – {title}").format(code=record.code, title=record.title)
        return self._open_history(ENTITY_RECORD, record.id, title)

    def import_excel(self) -> ExcelImportDialog:
        return self._open_import(
            RECORDS_REGISTER, self._services.records.import_rows, title=self.tr("Records list"),
            template_name="Mau-danh-muc-ho-so.xlsx",
            describe_result=lambda r: self.tr("{count} record(s) added to the list.").format(
                count=getattr(r, "created", 0)),
            on_imported=lambda result: self._changed((tuple(getattr(result, "ids", ())) or (None,))[0]))

    def default_export_name(self) -> str:
        return f"Danh-muc-ho-so-{self.selected_year() or self._window_year()}.xlsx"

    def export_excel(self, path: Path) -> Path | None:
        """Write the lines shown to ``path`` (the filters of the tab apply)."""
        self._apply_pending_search()
        shown = {r.id for r in (self.proxy.row_dto(i) for i in range(self.proxy.rowCount())) if r is not None}
        year = self.selected_year()
        try:
            rows = self._services.records.export_rows(year)
            # export_rows keeps the form order of list_records(year): pair them to apply the tab's filters.
            entries = self._services.records.list_records(year=year)
            rows = [row for row, entry in zip(rows, entries) if entry.id in shown]
            subtitle = f"Năm {year}" if year else f"(Cập nhật đến ngày {short_date(self.today())})"
            written = self._write_xlsx(RECORDS_REGISTER, rows, path, subtitle)
        except (DomainError, OSError) as exc:
            self.show_message(self.tr("The Excel file was not written.") + " " + message_for(exc), error=True)
            return None
        self.show_message(self.tr("{count} record(s) exported to {path}.").format(
            count=format_count(len(rows)), path=str(written)))
        return written

    def choose_print_form(self) -> RecordsPrintDialog:
        """Ask for the year and the decision the printed list goes with, then preview it."""
        from isodesk.ui.dialogs.records_print_dialog import RecordsPrintDialog

        combo = self._ui.year_combo
        years = [int(combo.itemData(i)) for i in range(combo.count()) if combo.itemData(i) is not None]
        dialog = RecordsPrintDialog(self._services, years, self.selected_year() or self._window_year(), self)
        self._open(dialog, lambda: self.print_form(dialog.year(), dialog.decision_id()))
        return dialog

    def print_form(self, year: int | None = None, decision_id: int | None = None) -> PrintPreviewDialog | None:
        """Preview the NĐ 30 DANH MỤC HỒ SƠ of ``year`` (default: the chosen year, else the window's), issued
        with the Quyết định ``decision_id`` if given."""
        from isodesk.ui.dialogs.print_preview import PrintPreviewDialog

        year = year or self.selected_year() or self._window_year()
        try:
            document = self.printouts.records_form(year, decision_id)
        except DomainError as exc:
            self.show_message(message_for(exc), error=True)
            return None
        dialog = PrintPreviewDialog(document, self, title=self.tr("Records list {year}").format(year=year),
                                    file_stem=f"Danh-muc-ho-so-{year}")
        self._open(dialog)
        return dialog
