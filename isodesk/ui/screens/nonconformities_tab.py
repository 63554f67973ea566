"""Không phù hợp và khắc phục: the Sổ theo dõi sự không phù hợp (DOMAIN.md §6.3) on the register tab,
overdue actions highlighted, the phiếu dialog, its next step and its effectiveness check."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QBrush, QColor
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from isodesk.domain import audit as a
from isodesk.domain.errors import IsodeskError
from isodesk.domain.formatting import format_count
from isodesk.domain.tabular import ImportResult
from isodesk.ui.dialogs.audit_dialogs import EffectivenessDialog, NonconformityDialog
from isodesk.ui.dialogs.form_dialog import show_inline
from isodesk.ui.models.register_model import RegisterFilterProxyModel, RegisterLook, RegisterTableModel
from isodesk.ui.widgets.register_tab_base import RegisterTab

if TYPE_CHECKING:
    from datetime import date

    from isodesk.services.registry import Services
    from isodesk.ui.main_window import MainWindow

OVERDUE_BACKGROUND = QColor("#fde2e1")
OVERDUE_FOREGROUND = QColor("#9b1c1c")
CLOSED_FOREGROUND = QColor("#6b7280")


def nonconformities_look(today: date) -> RegisterLook:
    """Overdue actions in red; closed phiếu greyed."""

    def style(row: a.Nonconformity, key: str, role: int) -> Any:
        late = a.is_overdue(row, today)
        if role == Qt.ItemDataRole.BackgroundRole and late:
            return QBrush(OVERDUE_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and late and key in ("due_date", "state"):
            return QBrush(OVERDUE_FOREGROUND)
        return None

    return RegisterLook(labels={"state": lambda row: a.state_text(row, today)}, style=style,
                        inactive=lambda row: row.state is a.NcState.CLOSED, inactive_color=CLOSED_FOREGROUND)


class NonconformitiesTab(RegisterTab):
    """The register of phiếu yêu cầu hành động khắc phục, whatever their source."""

    AREA = "audit"
    SPEC = a.NONCONFORMITIES_SPEC
    ENTITY = "nonconformity"

    def __init__(self, services: Services, window: MainWindow | None = None, *, today: date | None = None) -> None:
        super().__init__(services, window, today=today)
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Search form number, department, content…"))
        self.state_combo = QComboBox(self)
        self.state_combo.addItem(self.tr("Any state"), None)
        for state in a.NcState:
            self.state_combo.addItem(state.label, state)
        self.add_button = QPushButton(self.tr("New form…"), self)
        self.add_button.setObjectName("Primary")
        self.edit_button = QPushButton(self.tr("Open…"), self)
        self.next_button = QPushButton(self.tr("Next step"), self)
        self.check_button = QPushButton(self.tr("Effectiveness check…"), self)
        self.export_button = QPushButton(self.tr("Export to Excel…"), self)
        self.import_button = QPushButton(self.tr("Import from Excel…"), self)
        self.import_button.setToolTip(self.tr("Open a form for every nonconformity typed in an Excel file "
                                              "(e.g. the findings of an audit round)"))
        self.print_button = QPushButton(self.tr("Print the register…"), self)
        self.print_forms_button = QPushButton(self.tr("Print forms…"), self)
        self.print_forms_button.setToolTip(self.tr("The corrective action forms (phiếu yêu cầu hành động khắc phục) "
                                                   "of the selected rows (Ctrl+P)"))
        # Two rows: finding and paper on the first, the phiếu's own steps on the second (one row of
        # nine buttons clips their Vietnamese labels at 1366 px).
        for widget in (self.search_edit, self.state_combo, self.import_button, self.export_button,
                       self.print_forms_button, self.print_button):
            bar.addWidget(widget)
        bar.setStretch(0, 1)
        layout.addLayout(bar)
        steps = QHBoxLayout()
        for widget in (self.add_button, self.edit_button, self.next_button, self.check_button):
            steps.addWidget(widget)
        steps.addStretch(1)
        layout.addLayout(steps)
        self.table_view, self.message_label, self.count_label = self._add_list_area(layout)
        self._setup_list(self.table_view, RegisterTableModel(a.NONCONFORMITIES_SPEC, nonconformities_look(self.today()), self),
                         RegisterFilterProxyModel(a.NONCONFORMITIES_SPEC, self), row_lines=2)
        self._setup_search(self.search_edit)
        self.state_combo.currentIndexChanged.connect(self._on_state_changed)
        self.add_button.clicked.connect(lambda: self.open_editor(None))
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.next_button.clicked.connect(self.advance_selected)
        self.check_button.clicked.connect(self.check_selected)
        self.export_button.clicked.connect(self._on_export_clicked)
        self.import_button.clicked.connect(self.open_import)
        self.print_button.clicked.connect(self.print_register)
        self.print_forms_button.clicked.connect(self.print_forms)
        self._on_selection_changed()

    # ------------------------------------------------------------------ loading
    def _load(self) -> None:
        self.model.set_rows(self._services.nonconformities.search())

    def _update_count(self, *_args: object) -> None:
        rows = self.model.rows()
        late = sum(1 for row in rows if a.is_overdue(row, self.today()))
        open_ = sum(1 for row in rows if row.state is not a.NcState.CLOSED)
        text = self.tr("Showing {shown} of {total} forms · {open} not closed").format(
            shown=format_count(self.proxy.rowCount()), total=format_count(len(rows)), open=format_count(open_))
        if late:
            text += " · " + self.tr("{late} overdue (shaded red)").format(late=late)
        self.count_label.setText(text)

    def _on_state_changed(self, _index: int) -> None:
        state = self.state_combo.currentData()
        self.proxy.set_filters(state=a.NcState(state) if state else None)

    def clear_filters(self) -> None:
        self._clear_search()
        self.state_combo.setCurrentIndex(0)

    def _current(self) -> a.Nonconformity | None:
        rows = self._selected_rows()
        return rows[0] if len(rows) == 1 else None

    def _on_selection_changed(self, *_args: object) -> None:
        current = self._current() if self.table_view.selectionModel() else None
        open_ = current is not None and current.state is not a.NcState.CLOSED
        self.edit_button.setEnabled(current is not None)
        self.next_button.setEnabled(open_ and current is not None and current.state is not a.NcState.AWAITING_CHECK)
        self.check_button.setEnabled(current is not None and current.state is a.NcState.AWAITING_CHECK)
        self.print_forms_button.setEnabled(bool(self._selected_rows()) if self.table_view.selectionModel() else False)

    # ------------------------------------------------------------------ actions
    def _on_edit_button_clicked(self) -> None:
        current = self._current()
        if current is not None:
            self.open_editor(current)

    def open_editor(self, item: a.Nonconformity | None) -> NonconformityDialog:
        """The phiếu dialog (non-blocking); the register reloads when it saves."""
        dialog = NonconformityDialog(self._services, self, item=item, today=self.today())
        self._open(dialog, lambda: self._after_save(dialog.saved()))
        return dialog

    def check_selected(self) -> EffectivenessDialog | None:
        current = self._current()
        if current is None:
            return None
        dialog = EffectivenessDialog(self._services, current, self, today=self.today())
        self._open(dialog, lambda: self._after_save(dialog.saved()))
        return dialog

    def advance_selected(self) -> a.Nonconformity | None:
        """Move the selected phiếu one state on; a refusal says what is missing (nothing changed)."""
        current = self._current()
        if current is None or current.id is None:
            return None
        try:
            moved = self._services.nonconformities.advance(current.id, self.today())
        except IsodeskError as exc:
            # Said under the list, not in a box: the secretary reads what is missing and opens the phiếu.
            show_inline(self.message_label, exc)
            return None
        show_inline(self.message_label, None)
        self._after_save(moved)
        return moved

    def _after_save(self, item: a.Nonconformity | None) -> None:
        self.refresh([item.id] if item is not None and item.id is not None else None)
        self._announce_change()

    def print_list(self) -> Any:
        """Ctrl+P: the phiếu of the selected rows; with nothing selected, the register."""
        if self._selected_rows():
            return self.print_forms()
        return self.print_register()

    def print_register(self) -> Any:
        """Preview the printed Sổ theo dõi sự không phù hợp of the current reporting year."""
        from isodesk.domain.core import reporting_year_of

        year = reporting_year_of(self.today())
        return self._preview(lambda: self._services.contributions.build(year, "audit.nc_register", self.today()),
                             title=self.tr("Nonconformity register"), file_stem=f"So-theo-doi-KPH-{year}",
                             error_title=self.tr("The register cannot be printed"))

    def print_forms(self) -> Any:
        """Preview the phiếu yêu cầu hành động khắc phục of the selected rows (one per page section)."""
        from isodesk.services.audit.audit_forms import corrective_document

        rows = self._selected_rows()
        ids = [n.id for n in rows if n.id is not None]
        stem = f"Phieu-yeu-cau-khac-phuc-{rows[0].number:02d}-{rows[0].year}" if len(rows) == 1 else "Phieu-yeu-cau-khac-phuc"
        return self._preview(lambda: corrective_document(self._services, ids, on=self.today()),
                             title=self.tr("Corrective action forms"), file_stem=stem,
                             error_title=self.tr("The forms cannot be printed"))

    def export_excel(self, path: Path) -> Path | None:
        """The rows shown, every column of the register (what an import reads back)."""
        return self._export_register(a.NONCONFORMITIES_SPEC,
                                     lambda: self._services.nonconformities.export_rows(self._shown_rows()), path)

    def open_import(self) -> QWidget:
        """The Excel import dialog on the Sổ theo dõi: one phiếu per row, all or nothing."""
        return self._open_import(a.NONCONFORMITIES_SPEC, self._services.nonconformities.import_preview,
                                 title=self.tr("Nonconformity register"),
                                 template_name="Mau-so-theo-doi-su-khong-phu-hop.xlsx",
                                 describe_result=self._describe_import, on_imported=self._on_imported)

    def _describe_import(self, result: ImportResult) -> str:
        return self.tr("{count} corrective action form(s) opened, in the state “Open”.").format(count=result.created)

    def _on_imported(self, result: ImportResult) -> None:
        self.clear_filters()
        self.refresh(list(result.ids))
        self._announce_change()
