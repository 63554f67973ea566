"""Phụ lục I of the annual report: the subordinate units (đơn vị trực thuộc) of a Sở for the window's
year, as a register (``UNITS_SPEC``): add, edit, delete, Excel import and export."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from isodesk.domain.errors import DomainError
from isodesk.domain.report import UNITS_SPEC, ReportUnit
from isodesk.domain.formatting import format_count
from isodesk.ui.dialogs.confirm import ask
from isodesk.ui.dialogs.report_unit_dialog import ReportUnitDialog
from isodesk.ui.errors import show_error
from isodesk.ui.models.register_model import RegisterFilterProxyModel, RegisterTableModel
from isodesk.ui.widgets.register_tab_base import RegisterTab

if TYPE_CHECKING:
    from datetime import date

    from isodesk.services.registry import Services
    from isodesk.ui.main_window import MainWindow


class ReportUnitsTab(RegisterTab):
    """The units of Phụ lục I of the year shown in the window."""

    AREA = "report"
    SPEC = UNITS_SPEC
    ENTITY = "report_unit"

    def __init__(self, services: Services, window: MainWindow | None = None, *, today: date | None = None) -> None:
        super().__init__(services, window, today=today)
        self._year: int | None = window.year if window is not None else None
        self._read_only = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        bar = QHBoxLayout()
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Search unit, decision…"))
        self.add_button = QPushButton(self.tr("Add unit…"), self)
        self.add_button.setObjectName("Primary")
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.copy_button = QPushButton(self)
        self.copy_button.setObjectName("copy_button")
        self.import_button = QPushButton(self.tr("Import from Excel…"), self)
        self.export_button = QPushButton(self.tr("Export to Excel…"), self)
        for widget in (self.search_edit, self.add_button, self.edit_button, self.delete_button, self.copy_button,
                       self.import_button, self.export_button):
            bar.addWidget(widget)
        bar.setStretch(0, 1)
        layout.addLayout(bar)
        self.table_view, self.message_label, self.count_label = self._add_list_area(layout)
        self._setup_list(self.table_view, RegisterTableModel(UNITS_SPEC, None, self),
                         RegisterFilterProxyModel(UNITS_SPEC, self), row_lines=2)
        self._setup_search(self.search_edit)
        self.add_button.clicked.connect(lambda: self.open_editor(None))
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        self.copy_button.clicked.connect(self.copy_last_year)
        self.copy_button.setVisible(False)
        self.import_button.clicked.connect(self.open_import)
        self.export_button.clicked.connect(self._on_export_clicked)

    def set_year(self, year: int | None) -> None:
        self._year = year
        if self._loaded:
            self.refresh()

    def set_read_only(self, read_only: bool) -> None:
        """A sent (frozen) report's units cannot change."""
        self._read_only = read_only
        for button in (self.add_button, self.edit_button, self.delete_button, self.import_button, self.copy_button):
            button.setEnabled(not read_only)

    # ------------------------------------------------------------------ loading
    def _load(self) -> None:
        rows = self._services.report.units(self._year) if self._year is not None else []
        self.model.set_rows(rows)
        # An empty year starts from last year's units (most of a Sở's units stay from year to year).
        earlier = self._services.report.units(self._year - 1) if self._year is not None and not rows else []
        self.copy_button.setText(self.tr("Copy the {count} units of {year}").format(
            count=len(earlier), year=(self._year or 1) - 1))
        self.copy_button.setVisible(bool(earlier))

    def copy_last_year(self) -> None:
        if self._year is None:
            return
        try:
            self._services.report.copy_units(self._year - 1, self._year)
        except DomainError as exc:
            show_error(self, self.tr("Cannot copy the units"), exc)
            return
        self._changed(None)

    def _update_count(self, *_args: object) -> None:
        self.count_label.setText(self.tr("Showing {shown} of {total} units").format(
            shown=format_count(self.proxy.rowCount()), total=format_count(len(self.model.rows()))))

    # ------------------------------------------------------------------ actions
    def selected_units(self) -> list[ReportUnit]:
        return [r for r in self._selected_rows() if isinstance(r, ReportUnit)]

    def open_editor(self, unit: ReportUnit | None) -> QWidget | None:
        if self._year is None:
            return None
        dialog = ReportUnitDialog(self._services, self._year, self, unit=unit)
        return self._open(dialog, lambda: self._changed(dialog.saved()))

    def _changed(self, unit: ReportUnit | None) -> None:
        self.refresh(select_ids=[unit.id] if unit is not None and unit.id is not None else [])
        self._announce_change()

    def _on_edit_button_clicked(self) -> None:
        selected = self.selected_units()
        if len(selected) == 1:
            self.open_editor(selected[0])

    def _on_delete_button_clicked(self) -> None:
        selected = self.selected_units()
        if len(selected) != 1:
            return
        unit = selected[0]
        self._dialog = ask(self, self.tr("Delete unit"),
                           self.tr("Delete “{name}” from Appendix I of {year}?").format(name=unit.name, year=unit.year),
                           lambda: self._delete(unit), yes_text=self.tr("Delete"))

    def _delete(self, unit: ReportUnit) -> None:
        try:
            self._services.report.delete_unit(int(unit.id))  # type: ignore[arg-type]  # a listed unit is saved
        except DomainError as exc:
            show_error(self, self.tr("Cannot delete the unit"), exc)
            return
        self._changed(None)

    def open_import(self) -> QWidget | None:
        """The generic Excel import dialog on the units register (rows added to the year shown)."""
        if self._year is None:
            return None
        year = self._year
        return self._open_import(UNITS_SPEC, lambda preview: self._services.report.import_units(year, preview),
                                 title=self.tr("Subordinate units"), template_name="Mau-don-vi-truc-thuoc.xlsx",
                                 describe_result=lambda count: self.tr("{count} unit(s) added.").format(count=count),
                                 on_imported=lambda _count: self._changed(None))

    def export_excel(self, path: Path) -> Path | None:
        year = self._year
        if year is None:
            return None
        return self._export_register(UNITS_SPEC, lambda: self._services.report.export_units(year), path)

    def default_export_name(self) -> str:
        return f"Don-vi-truc-thuoc-{self._year}.xlsx"

    def print_list(self) -> Any:
        return None
