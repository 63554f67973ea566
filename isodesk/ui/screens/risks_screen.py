"""Rủi ro và cơ hội: the year's register (Phụ lục 2, DOMAIN.md §2.3) with its risk map, and the year's
KẾ HOẠCH Giải quyết rủi ro và cơ hội as a drafted document.

The register follows the reporting year chosen at the top of the window. The risk map counts the open
risks by level × group, painted with QPainter (crisp offscreen and in the frozen bundle, no QtCharts);
a click on a cell filters the list to those entries.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from isodesk.domain import risks as d
from isodesk.domain.errors import DomainError
from isodesk.domain.formatting import format_count, short_date
from isodesk.domain.i18n import QT_TRANSLATE_NOOP
from isodesk.ui.dialogs.confirm import ask
from isodesk.ui.dialogs.risk_dialogs import RiskEntryDialog, RiskEvaluationDialog, RiskMatrixDialog
from isodesk.ui.models.register_model import RegisterFilterProxyModel, RegisterLook, RegisterTableModel
from isodesk.ui.widgets.register_tab_base import RegisterTab
from isodesk.ui.widgets.risk_map import LEVEL_FILL, LEVEL_TEXT, RiskMap
from isodesk.ui.widgets.tabs import replace_tab
from isodesk.ui.widgets.wiring import connect_buttons

if TYPE_CHECKING:
    from isodesk.services.registry import Services
    from isodesk.ui.dialogs.print_preview import PrintPreviewDialog
    from isodesk.ui.main_window import MainWindow

#: Colours of overdue, to-review and closed rows (the level colours are the map's, ui/widgets/risk_map.py).
OVERDUE_FG = QColor("#b3261e")
REVIEW_FG = QColor("#8a5a00")
CLOSED_FG = QColor("#6b7685")

_OVERDUE_TIP = QT_TRANSLATE_NOOP("RisksTableModel", "An action of this entry is overdue.")
_REVIEW_TIP = QT_TRANSLATE_NOOP("RisksTableModel", "Carried from last year: review it (rà soát lại).")


def risks_look(today_of: Any) -> RegisterLook:
    """Level colours, overdue deadlines in red, entries to review in amber, closed ones grey."""

    def style(row: d.RiskEntry, key: str, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and key == "level" and row.level is not None and row.kind.has_risk:
            return LEVEL_FILL[row.level]
        if role == Qt.ItemDataRole.ForegroundRole:
            if key == "level" and row.level is not None and row.kind.has_risk:
                return LEVEL_TEXT[row.level]
            if key == "next_deadline" and row.is_overdue(today_of()):
                return OVERDUE_FG
            if key == "state" and row.needs_review:
                return REVIEW_FG
        if role == Qt.ItemDataRole.FontRole and key == "next_deadline" and row.is_overdue(today_of()):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def tooltip(row: d.RiskEntry, key: str) -> str | None:
        if key == "next_deadline" and row.is_overdue(today_of()):
            return QCoreApplication.translate("RisksTableModel", _OVERDUE_TIP)
        if key == "state" and row.needs_review:
            return QCoreApplication.translate("RisksTableModel", _REVIEW_TIP)
        if key in ("issue", "actions", "opportunity"):
            return str(d.RISKS_SPEC.column(key).text(row) if key != "actions" else row.actions_text) or None
        return None

    return RegisterLook(style=style, tooltip=tooltip, inactive=lambda e: e.status is d.EntryStatus.CLOSED,
                        inactive_color=CLOSED_FG)


class RisksTab(RegisterTab):
    """The register of the window's reporting year: search, filters, map, add/edit/delete, evaluate,
    close, carry forward, Excel, the printed Phụ lục."""

    AREA = "risks"
    SPEC = d.RISKS_SPEC
    ENTITY = "risk_entry"

    def __init__(self, services: Services, window: MainWindow | None = None, *, year: int | None = None) -> None:
        super().__init__(services, window)
        self._year = year if year is not None else (window.year if window is not None else None)
        self.setObjectName("RisksTab")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 8, 0, 0)
        top = QHBoxLayout()
        filters = QVBoxLayout()
        row1 = QHBoxLayout()
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("search_edit")
        self.search_edit.setPlaceholderText(self.tr("Search issue, impact, actions…"))
        self.search_edit.setClearButtonEnabled(True)
        row1.addWidget(self.search_edit, 2)
        self.group_combo = QComboBox()
        self.group_combo.addItem(self.tr("All groups"), None)
        for group in d.RiskGroup:
            self.group_combo.addItem(d.GROUP_SHORT[group], group)
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("All kinds"), None)
        for kind in d.EntryKind:
            self.kind_combo.addItem(kind.label, kind)
        self.level_combo = QComboBox()
        self.level_combo.addItem(self.tr("Any level"), None)
        for level in d.RiskLevel:
            self.level_combo.addItem(level.label, level)
        self.overdue_check = QCheckBox(self.tr("Overdue actions only"))
        for combo in (self.group_combo, self.kind_combo, self.level_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            row1.addWidget(combo)
        self.search_edit.setMinimumWidth(200)
        filters.addLayout(row1)
        filters.addWidget(self.overdue_check)
        row2 = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add…"))
        self.add_button.setObjectName("Primary")
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.evaluate_button = QPushButton(self.tr("Evaluate…"))
        self.close_button = QPushButton(self.tr("Close / reopen"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.carry_button = QPushButton(self.tr("Carry forward from last year"))
        self.import_button = QPushButton(self.tr("Import Excel…"))
        self.export_button = QPushButton(self.tr("Export Excel…"))
        self.print_button = QPushButton(self.tr("Print appendix…"))
        self.matrix_button = QPushButton(self.tr("Level matrix…"))
        self.matrix_button.setToolTip(self.tr("Likelihood × impact → risk level, as the agency grades its risks"))
        for button in (self.add_button, self.edit_button, self.evaluate_button, self.close_button, self.delete_button,
                       self.carry_button):
            row2.addWidget(button)
        row2.addStretch(1)
        # The list-wide actions sit under the filters, beside the risk map: ten buttons in one row do not fit
        # 1366 px in Vietnamese.
        tools = QHBoxLayout()
        tools.addStretch(1)
        for button in (self.matrix_button, self.import_button, self.export_button, self.print_button):
            tools.addWidget(button)
        self.count_label = QLabel()
        self.count_label.setObjectName("Muted")
        self.count_label.setWordWrap(True)
        filters.addWidget(self.count_label)
        filters.addStretch(1)
        filters.addLayout(tools)
        top.addLayout(filters, 1)
        self.risk_map = RiskMap()
        top.addWidget(self.risk_map)
        outer.addLayout(top)
        outer.addLayout(row2)
        self.table_view = QTableView()
        self.table_view.setObjectName("table_view")
        outer.addWidget(self.table_view, 1)

        self._setup_list(self.table_view, RegisterTableModel(d.RISKS_SPEC, risks_look(self.today), self),
                         RegisterFilterProxyModel(d.RISKS_SPEC, self), row_lines=2, context_menu=True)
        self.table_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self._setup_search(self.search_edit)
        self._bind_filter(self.group_combo, "group", d.RiskGroup)
        self._bind_filter(self.kind_combo, "kind", d.EntryKind)
        self._bind_filter(self.level_combo, "level", d.RiskLevel)
        self.overdue_check.toggled.connect(self._on_overdue_check_toggled)
        self.risk_map.cell_clicked.connect(self._on_map_cell_clicked)
        connect_buttons(self, self, "add", "edit", "evaluate", "close", "delete", "carry", "import", "print")
        self.export_button.clicked.connect(self._on_export_clicked)
        self.matrix_button.clicked.connect(self.open_matrix)
        if window is not None:
            window.year_changed.connect(self.set_year)
        self._on_selection_changed()

    # ------------------------------------------------------------------ year and loading
    @property
    def year(self) -> int | None:
        return self._year

    def set_year(self, year: int) -> None:
        self._year = year
        self.refresh(select_ids=[])

    def _load(self) -> None:
        rows = self._services.risks.list_entries(self._year) if self._year is not None else []
        self.model.set_rows(rows)
        self.risk_map.set_cells(d.risk_map(rows))
        self.carry_button.setEnabled(self._year is not None)

    def entries(self) -> list[d.RiskEntry]:
        return list(self.model.rows())

    def clear_filters(self) -> None:
        self._clear_search()
        for combo in (self.group_combo, self.kind_combo, self.level_combo):
            combo.setCurrentIndex(0)
        self.overdue_check.setChecked(False)
        self.risk_map.set_selected(None)

    def _on_overdue_check_toggled(self, checked: bool) -> None:
        self.proxy.set_filters(overdue=self.today() if checked else None)

    def _on_map_cell_clicked(self, group: d.RiskGroup | None, level: d.RiskLevel | None) -> None:
        """The map's cell becomes the group and level filters (the other filters are cleared)."""
        self._clear_search()
        self.kind_combo.setCurrentIndex(0)
        self.overdue_check.setChecked(False)
        self.group_combo.setCurrentIndex(max(self.group_combo.findData(group), 0))
        self.level_combo.setCurrentIndex(max(self.level_combo.findData(level), 0))

    def _update_count(self, *_args: object) -> None:
        rows = self.model.rows() if self.model is not None else []
        if self._year is None:
            self.count_label.setText(self.tr("No reporting year yet. Add one under Settings → Reporting years."))
            return
        today = self.today()
        risks = sum(1 for e in rows if e.kind.has_risk and e.status is d.EntryStatus.OPEN)
        chances = sum(1 for e in rows if e.kind.has_opportunity and e.status is d.EntryStatus.OPEN)
        overdue = sum(1 for e in rows if e.is_overdue(today))
        review = sum(1 for e in rows if e.needs_review)
        text = self.tr("Year {year}: showing {shown} of {total} entries · {risks} risk(s), {chances} opportunity(ies)"
                       ).format(year=self._year, shown=format_count(self.proxy.rowCount()),
                                total=format_count(len(rows)), risks=risks,
                                chances=chances)
        if overdue:
            text += " · " + self.tr("{count} with an overdue action").format(count=overdue)
        if review:
            text += " · " + self.tr("{count} to review (carried from last year)").format(count=review)
        if not rows:
            text = self.tr("The register of {year} is empty: add entries, import an Excel table or carry last "
                           "year's register forward.").format(year=self._year)
        self.count_label.setText(text)

    def _current(self) -> d.RiskEntry | None:
        rows = self._selected_rows()
        return rows[0] if len(rows) == 1 else None

    def _on_selection_changed(self, *_args: object) -> None:
        one = self._current() is not None if self._view is not None and self._view.selectionModel() else False
        for button in (self.edit_button, self.evaluate_button, self.close_button, self.delete_button):
            button.setEnabled(one)
        self.add_button.setEnabled(self._year is not None)

    # ------------------------------------------------------------------ add / edit / evaluate / close / delete
    def _on_add_button_clicked(self) -> None:
        self.open_editor(None)

    def _on_edit_button_clicked(self) -> None:
        entry = self._current()
        if entry is not None:
            self.open_editor(entry)

    def open_editor(self, entry: d.RiskEntry | None) -> RiskEntryDialog | None:
        if self._year is None:
            return None
        dialog = RiskEntryDialog(self._services, self, year=self._year, entry=entry)
        dialog.saved.connect(self._on_saved)
        return self._open(dialog)

    def _on_saved(self, entry: d.RiskEntry) -> None:
        if entry.id is not None and not self.is_shown(entry.id):
            self.clear_filters()
        self.refresh(select_ids=[entry.id] if entry.id is not None else [])
        if entry.id is not None and not self.is_shown(entry.id):
            self.clear_filters()
            self.select_ids([entry.id])
        self._notify()

    def _on_evaluate_button_clicked(self) -> None:
        entry = self._current()
        if entry is not None:
            self.open_evaluation(entry)

    def open_evaluation(self, entry: d.RiskEntry) -> RiskEvaluationDialog:
        actor = self._window.actor if self._window is not None else ""
        dialog = RiskEvaluationDialog(self._services, self, entry=entry, evaluator=actor, today=self.today())
        dialog.saved.connect(self._on_saved)
        return self._open(dialog)

    def _on_close_button_clicked(self) -> None:
        entry = self._current()
        if entry is None or entry.id is None:
            return
        status = d.EntryStatus.OPEN if entry.status is d.EntryStatus.CLOSED else d.EntryStatus.CLOSED
        try:
            stored = self._services.risks.set_status(entry.id, status)
        except DomainError as exc:
            self._show_error(self.tr("Cannot change the entry"), exc)
            return
        self._on_saved(stored)

    def _on_delete_button_clicked(self) -> None:
        entry = self._current()
        if entry is None:
            return
        question = self.tr("Delete “{issue}” and its actions from the register of {year}? If it is simply no longer "
                           "relevant, close it instead: the register then keeps its history.").format(
            issue=entry.issue, year=self._year)
        self._dialog = ask(self, self.tr("Delete entry"), question, lambda: self._delete(entry),
                           yes_text=self.tr("Delete"))

    def _delete(self, entry: d.RiskEntry) -> None:
        try:
            self._services.risks.delete(int(entry.id))  # type: ignore[arg-type]  # a listed row has its id
        except DomainError as exc:
            self._show_error(self.tr("Cannot delete the entry"), exc)
            return
        self.refresh(select_ids=[])
        self._notify()

    def _on_table_view_context_menu(self, pos: QPoint) -> None:
        if self._current() is None:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Edit…"), self._on_edit_button_clicked)
        menu.addAction(self.tr("Evaluate…"), self._on_evaluate_button_clicked)
        menu.addAction(self.tr("Close / reopen"), self._on_close_button_clicked)
        menu.addSeparator()
        menu.addAction(self.tr("Delete"), self._on_delete_button_clicked)
        menu.popup(self.table_view.viewport().mapToGlobal(pos))

    def open_matrix(self) -> RiskMatrixDialog:
        """Edit the agency's level matrix (stored with the data, so it travels to a new secretary)."""
        return self._open(RiskMatrixDialog(self._services, self))

    # ------------------------------------------------------------------ carry forward
    def _on_carry_button_clicked(self) -> None:
        if self._year is None:
            return
        question = self.tr("Carry the open entries of {previous} into the register of {year}? Each is marked "
                           "“to review”; finished actions stay behind, open ones are carried as not done. Entries "
                           "already carried are not carried twice.").format(previous=self._year - 1, year=self._year)
        self._dialog = ask(self, self.tr("Carry forward"), question, lambda: None if self.carry_forward() else None,
                           yes_text=self.tr("Carry forward"))

    def carry_forward(self) -> d.CarryResult | None:
        """Carry last year's open entries into this year (one transaction); None when refused (shown)."""
        if self._year is None:
            return None
        try:
            result = self._services.risks.carry_forward(self._year - 1, self._year)
        except DomainError as exc:
            self._show_error(self.tr("Cannot carry the register forward"), exc)
            return None
        self.clear_filters()
        self.refresh(select_ids=list(result.ids))
        self._notify()
        status = getattr(self._window, "statusBar", None)
        if status is not None:
            status().showMessage(self.tr("{count} entry(ies) carried from {previous}; review each of them.").format(
                count=result.carried, previous=result.from_year), 8000)
        return result

    # ------------------------------------------------------------------ Excel and printing
    def default_export_name(self) -> str:
        return f"Rui-ro-co-hoi-{self._year or self.today().year}.xlsx"

    def export_excel(self, path: Path) -> Path | None:
        self._apply_pending_search()
        if self._year is None:
            return None
        shown = {e.id for e in self._shown_rows()}
        try:
            from isodesk.services.risks.risk_service import export_row

            rows = [export_row(e) for e in self.entries() if e.id in shown]
            return self._write_xlsx(d.RISKS_SPEC, rows, path, self.tr("Year {year} (updated on {date})").format(
                year=self._year, date=short_date(self.today())))
        except (DomainError, OSError) as exc:
            self._show_error(self.tr("Cannot export the register"), exc)
            return None

    def _on_import_button_clicked(self) -> None:
        self.open_import()

    def open_import(self) -> QWidget | None:
        """The generic Excel import on this register; the rows go into the year shown."""
        if self._year is None:
            return None
        year = self._year
        return self._open_import(d.RISKS_SPEC, lambda preview: self._services.risks.import_preview(preview, year),
                                 title=self.tr("Risks and opportunities of {year}").format(year=year),
                                 template_name="Mau-bang-rui-ro-co-hoi.xlsx",
                                 describe_result=lambda r: self.tr("{count} entry(ies) imported.").format(
                                     count=r.created),
                                 on_imported=self._on_imported)

    def _on_imported(self, result: Any) -> None:
        self.clear_filters()
        self.refresh(select_ids=list(result.ids))
        self._notify()

    def _on_print_button_clicked(self) -> None:
        self.print_list()

    def print_list(self) -> PrintPreviewDialog | None:
        """Preview Phụ lục 2 of the year (the whole register, grouped, as the plan and the report print it)."""
        if self._year is None:
            return None
        from isodesk.services.risks.risks_cycle import register_printout

        year = self._year
        return self._preview(lambda: register_printout(self._services, year, self.today()),
                             title=self.tr("Risks and opportunities of {year}").format(year=year),
                             file_stem=f"Bang-rui-ro-co-hoi-{year}", error_title=self.tr("Cannot print the register"))


class RisksScreen(QWidget):
    """Title, the register tab and the year's plan (a drafted document)."""

    def __init__(self, services: Services, window: MainWindow) -> None:
        super().__init__()
        self.setObjectName("RisksScreen")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        self.title = QLabel(self.tr("Risks and opportunities"))
        self.title.setObjectName("ScreenTitle")
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        layout.addWidget(self.title)
        layout.addWidget(self.tabs, 1)
        self.register_tab = RisksTab(services, window)
        self.tabs.addTab(self.register_tab, self.tr("Register"))
        self._services, self._window = services, window
        # The plan page drafts the document when built: built on first show, so the register opens fast.
        self._plan_page: QWidget | None = None
        self.tabs.addTab(QWidget(), self.tr("Plan for risks and opportunities"))
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)

    @property
    def plan_page(self) -> Any:
        """The year's KẾ HOẠCH Giải quyết rủi ro và cơ hội (a DraftedDocumentPage), built on first use."""
        if self._plan_page is None:
            from isodesk.services.risks.risks_cycle import DOCUMENT_KEY
            from isodesk.ui.widgets.drafted_document_page import DraftedDocumentPage

            page = DraftedDocumentPage(self._services, self._window, DOCUMENT_KEY, [
                ("bases", QT_TRANSLATE_NOOP("RisksScreen", "Legal bases")),
                ("purpose", QT_TRANSLATE_NOOP("RisksScreen", "I. Purpose and requirements")),
                ("content", QT_TRANSLATE_NOOP("RisksScreen", "II. Content")),
                ("organisation", QT_TRANSLATE_NOOP("RisksScreen", "III. Organisation")),
                ("closing", QT_TRANSLATE_NOOP("RisksScreen", "Recipients")),
            ], section_context="RisksScreen")
            self._plan_page = page
            replace_tab(self.tabs, 1, page, self.tr("Plan for risks and opportunities"))
        return self._plan_page

    def _on_tabs_current_changed(self, index: int) -> None:
        if index == 1 and self._plan_page is None:
            self.tabs.setCurrentWidget(self.plan_page)

    def open_target(self, sub: str, record_ids: tuple[int, ...] = ()) -> None:
        """``risks.register`` (with the entries to select) or ``risks.plan``."""
        if sub == "plan":
            self.tabs.setCurrentWidget(self.plan_page)
            return
        self.tabs.setCurrentWidget(self.register_tab)
        self.register_tab.open_target(record_ids)
