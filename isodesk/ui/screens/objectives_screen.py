"""Mục tiêu chất lượng: the quality policy in force, the year's objectives with their 6.2.2 plan on
the register tab (filters, Excel, printed list), results per period, and the objectives chart."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from isodesk.domain import objectives as d
from isodesk.domain.core import reporting_year_of
from isodesk.domain.errors import DomainError
from isodesk.domain.formatting import format_count, short_date
from isodesk.domain.i18n import QT_TRANSLATE_NOOP
from isodesk.domain.objectives import DECISION_KEY, EVALUATION_KEY
from isodesk.ui.dialogs.confirm import ask
from isodesk.ui.dialogs.objective_dialogs import (
    ACHIEVEMENT_TEXT,
    LEVEL_TEXT,
    ObjectiveDialog,
    ObjectiveResultDialog,
    QualityPolicyDialog,
)
from isodesk.ui.forms.ui_objectives_tab import Ui_ObjectivesTab
from isodesk.ui.tasks import run_in_background
from isodesk.ui.models.register_model import RegisterFilterProxyModel, RegisterLook, RegisterTableModel
from isodesk.ui.widgets.drafted_document_page import DraftedDocumentPage
from isodesk.ui.widgets.register_tab_base import RegisterTab, filter_subtitle
from isodesk.ui.widgets.wiring import connect_buttons

if TYPE_CHECKING:
    from isodesk.services.registry import Services
    from isodesk.ui.dialogs.print_preview import PrintPreviewDialog
    from isodesk.ui.main_window import MainWindow


def objectives_look() -> RegisterLook:
    """Achievement in green or red; rows copied from last year and not yet reviewed in italics."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QFont

    from isodesk.ui.models.register_looks import OK_FG, OVERDUE_FG

    italic = QFont()
    italic.setItalic(True)

    def style(row: d.Objective, key: str, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and key == "achievement":
            return {d.Achievement.ACHIEVED: OK_FG, d.Achievement.NOT_ACHIEVED: OVERDUE_FG}.get(row.achievement)
        if role == Qt.ItemDataRole.FontRole and row.needs_review:
            return italic
        return None

    return RegisterLook(style=style, labels={"results": d.short_results})


class ObjectivesTab(RegisterTab):
    """The year's objectives and their plan; the policy above, the chart beside."""

    AREA = "objectives"
    SPEC = d.OBJECTIVES_SPEC
    ENTITY = "quality_objective"

    def __init__(self, services: Services, window: MainWindow | None = None, parent: QWidget | None = None,
                 **kwargs: Any) -> None:
        super().__init__(services, window, parent, **kwargs)
        self._ui = Ui_ObjectivesTab()
        self._ui.setupUi(self)
        ui = self._ui
        ui.add_button.setObjectName("Primary")
        ui.count_label.setObjectName("Muted")
        ui.decision_label.setObjectName("Muted")
        self.figures_pending = False
        self._setup_list(ui.table_view, RegisterTableModel(d.OBJECTIVES_SPEC, objectives_look(), self),
                         RegisterFilterProxyModel(d.OBJECTIVES_SPEC, self), row_lines=2)
        ui.splitter.setStretchFactor(0, 3)
        ui.splitter.setStretchFactor(1, 2)
        ui.splitter.setSizes([880, 440])
        ui.level_combo.addItem(self.tr("All levels"), None)
        for level in d.Level:
            ui.level_combo.addItem(self._tr_dialog(LEVEL_TEXT[level]), level.value)
        ui.achievement_combo.addItem(self.tr("Any achievement"), None)
        for achievement in d.Achievement:
            ui.achievement_combo.addItem(self._tr_dialog(ACHIEVEMENT_TEXT[achievement]), achievement.value)
        self._setup_search(ui.search_edit)
        self._bind_filter(ui.level_combo, "level", d.Level)
        self._bind_filter(ui.achievement_combo, "achievement", d.Achievement)
        ui.missing_check.toggled.connect(self._on_missing_toggled)
        ui.year_combo.currentIndexChanged.connect(self._on_year_changed)
        connect_buttons(ui, self, "add", "edit", "results", "delete", "copy")
        ui.import_button.clicked.connect(self.open_import)
        ui.export_button.clicked.connect(self._on_export_clicked)
        ui.print_button.clicked.connect(self.print_list)
        ui.policy_button.clicked.connect(self.open_policy_editor)
        self.proxy.filter_applied.connect(self._refresh_chart)
        self.proxy.modelReset.connect(self._refresh_chart)
        self._fill_years()
        self._on_selection_changed()

    @staticmethod
    def _tr_dialog(text: str) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("ObjectiveDialog", text)

    # ------------------------------------------------------------------ the year
    def _fill_years(self) -> None:
        combo = self._ui.year_combo
        current = reporting_year_of(self.today(), self._services.years.years())
        years = sorted({current, *(y.year for y in self._services.years.years()), *self._services.objectives.years()},
                       reverse=True)
        chosen = combo.currentData() or current
        combo.blockSignals(True)
        combo.clear()
        for year in years:
            combo.addItem(str(year), year)
        combo.setCurrentIndex(max(combo.findData(chosen), 0))
        combo.blockSignals(False)

    def year(self) -> int:
        return int(self._ui.year_combo.currentData())

    def set_year(self, year: int) -> None:
        combo = self._ui.year_combo
        if combo.findData(year) < 0:
            combo.addItem(str(year), year)
        combo.setCurrentIndex(combo.findData(year))

    def follow_window_year(self) -> None:
        """In the main window the year is chosen at the top ("Năm báo cáo"): no second year box here."""
        self._ui.year_label.setVisible(False)
        self._ui.year_combo.setVisible(False)

    def _on_year_changed(self, _index: int) -> None:
        self.refresh(select_ids=[])

    # ------------------------------------------------------------------ loading
    def _load(self) -> None:
        year = self.year()
        service = self._services.objectives
        # Objectives bound to a named figure (tthc.on_time_rate) read it from every module's
        # contribution: slow on a big register, so the list paints first and the figures follow.
        figures = service.cached_figures(year)
        rows = service.objectives(year, figures=figures if figures is not None else {})
        self.model.set_rows(rows)
        self.figures_pending = figures is None and any(o.figure_key for o in rows)
        if self.figures_pending:
            run_in_background(lambda: (year, service.figures(year)), self._on_figures_ready, self._on_figures_failed)
        policy = self._services.objectives.policy_for(year)
        ui = self._ui
        if policy is None:
            ui.policy_label.setText(self.tr("No quality policy recorded for {year}.").format(year=year))
            ui.decision_label.setText("")
        else:
            ui.policy_label.setText(policy.text)
            ui.decision_label.setText(self.tr("In force from {year}; issued by {decision}").format(
                year=policy.valid_from, decision=policy.decision_label or self.tr("(decision not recorded)")))
        ui.copy_button.setEnabled(not self.model.rowCount())
        self._on_missing_toggled(ui.missing_check.isChecked())

    def _on_figures_ready(self, result: object) -> None:
        assert isinstance(result, tuple)
        year: int = result[0]
        figures: Mapping[str, Any] = result[1]
        self.figures_pending = False
        if year != self.year():
            return  # the year changed meanwhile; its own load asked for its figures
        keep = [o.id for o in self._selected_rows()]
        self.model.set_rows(self._services.objectives.objectives(year, figures=figures))
        self.select_ids([i for i in keep if i is not None])
        self._update_count()

    def _on_figures_failed(self, _exc: BaseException) -> None:
        # The figures are a convenience: without them the results typed by hand still show.
        self.figures_pending = False

    def _refresh_chart(self, *_args: object) -> None:
        self._ui.chart.set_objectives(self._shown_rows())

    def _on_missing_toggled(self, checked: bool) -> None:
        self.proxy.set_filters(missing=self.today() if checked else None)

    def clear_filters(self) -> None:
        ui = self._ui
        self._clear_search()
        ui.level_combo.setCurrentIndex(0)
        ui.achievement_combo.setCurrentIndex(0)
        ui.missing_check.setChecked(False)

    def _update_count(self, *_args: object) -> None:
        rows: list[d.Objective] = self.model.rows()
        achieved = sum(1 for o in rows if o.achievement is d.Achievement.ACHIEVED)
        missed = sum(1 for o in rows if o.achievement is d.Achievement.NOT_ACHIEVED)
        review = sum(1 for o in rows if o.needs_review)
        text = self.tr("Showing {shown} of {total} objectives · {achieved} achieved, {missed} not achieved").format(
            shown=format_count(self.proxy.rowCount()), total=format_count(len(rows)), achieved=achieved, missed=missed)
        if review:
            text += " · " + self.tr("{count} copied from last year, to review (in italics)").format(count=review)
        self._ui.count_label.setText(text)

    def _on_selection_changed(self, *_args: object) -> None:
        count = len(self._selected_rows()) if self._ui.table_view.selectionModel() else 0
        for button in (self._ui.edit_button, self._ui.results_button, self._ui.delete_button):
            button.setEnabled(count == 1)

    def _current(self) -> d.Objective | None:
        rows = self._selected_rows()
        return rows[0] if len(rows) == 1 else None

    # ------------------------------------------------------------------ editing
    def _on_add_button_clicked(self) -> None:
        self.open_editor(None)

    def _on_edit_button_clicked(self) -> None:
        current = self._current()
        if current is not None:
            self.open_editor(current)

    def open_editor(self, objective: d.Objective | None) -> ObjectiveDialog:
        dialog = ObjectiveDialog(self._services, self, year=self.year(), objective=objective)
        dialog.saved.connect(self._on_saved)
        return self._open(dialog)

    def _on_results_button_clicked(self) -> None:
        current = self._current()
        if current is not None:
            self.open_results(current)

    def open_results(self, objective: d.Objective) -> ObjectiveResultDialog:
        dialog = ObjectiveResultDialog(self._services, self, objective=objective, today=self.today())
        dialog.saved.connect(self._on_saved)
        return self._open(dialog)

    def open_policy_editor(self) -> QualityPolicyDialog:
        year = self.year()
        policy = self._services.objectives.policy_for(year)
        dialog = QualityPolicyDialog(self._services, self, year=year, policy=policy)
        dialog.saved.connect(self._on_policy_saved)
        return self._open(dialog)

    def _on_policy_saved(self, _policy: d.QualityPolicy) -> None:
        self.refresh()
        self._notify()

    def _on_saved(self, objective: d.Objective) -> None:
        if objective.id is not None and not self.is_shown(objective.id):
            self.clear_filters()
        self.refresh(select_ids=[objective.id] if objective.id is not None else None)
        self._notify()

    def _on_delete_button_clicked(self) -> None:
        current = self._current()
        if current is None:
            return
        self._dialog = ask(self, self.tr("Delete quality objective"),
                           self.tr("Delete the objective “{title}” with its plan and results?").format(
                               title=current.title), lambda: self._delete(current), yes_text=self.tr("Delete"))

    def _delete(self, objective: d.Objective) -> None:
        try:
            self._services.objectives.delete(int(objective.id))  # type: ignore[arg-type]  # a listed row has its id
        except DomainError as exc:
            self._show_error(self.tr("Cannot delete the objective"), exc)
            return
        self.refresh(select_ids=[])
        self._notify()

    def _on_copy_button_clicked(self) -> None:
        self.copy_from_previous()

    def copy_from_previous(self) -> list[int]:
        """Start the year from last year's objectives (marked for review)."""
        try:
            ids = self._services.objectives.copy_from_previous(self.year())
        except DomainError as exc:
            self._show_error(self.tr("Cannot copy last year's objectives"), exc)
            return []
        self.refresh(select_ids=ids)
        self._notify()
        return ids

    # ------------------------------------------------------------------ Excel and printing
    def default_export_name(self) -> str:
        return f"Muc-tieu-chat-luong-{self.year()}.xlsx"

    def export_excel(self, path: Path) -> Path | None:
        self._apply_pending_search()
        rows = [{c.key: c.text(o) for c in d.OBJECTIVES_SPEC.columns} for o in self._shown_rows()]
        try:
            return self._write_xlsx(d.OBJECTIVES_SPEC, rows, path, f"Năm {self.year()}")
        except (DomainError, OSError) as exc:
            self._show_error(self.tr("Cannot export the objectives"), exc)
            return None

    def open_import(self) -> QWidget:
        year = self.year()
        return self._open_import(d.OBJECTIVES_SPEC, lambda preview: self._services.objectives.import_preview(year, preview),
                                 title=self.tr("Quality objectives"), template_name="Mau-muc-tieu-chat-luong.xlsx",
                                 describe_result=lambda ids: self.tr("{count} objective(s) imported.").format(
                                     count=len(ids)), on_imported=self._on_imported)

    def _on_imported(self, ids: Sequence[int]) -> None:
        self.clear_filters()
        self.refresh(select_ids=list(ids))
        self._notify()

    def print_list(self) -> PrintPreviewDialog | None:
        """Preview MỤC TIÊU CHẤT LƯỢNG VÀ KẾ HOẠCH THỰC HIỆN of the objectives shown."""
        self._apply_pending_search()
        rows = self._shown_rows()
        year, today = self.year(), self.today()
        profile = self._services.agency.profile_for_document(None, printed_on=today)
        if profile is None:
            return None
        query = self._ui.search_edit.text().strip()
        subtitle = filter_subtitle([f"tìm “{query}”" if query else ""])
        return self._preview(lambda: self._services.objectives.plan_printout(year, rows, profile, on=today,
                                                                             subtitle=subtitle),
                             title=self.tr("Quality objectives and implementation plan"),
                             file_stem=f"Muc-tieu-chat-luong-{year}", error_title=self.tr("Cannot print the list"))

    def updated_text(self) -> str:
        return short_date(self.today())


#: Sections of the decision's page, in document order (titles: context "DraftedDocumentPage").
DECISION_SECTIONS = [("bases", QT_TRANSLATE_NOOP("DraftedDocumentPage", "Legal bases")),
                     ("policy", QT_TRANSLATE_NOOP("DraftedDocumentPage", "Quality policy (Phụ lục I)")),
                     ("articles", QT_TRANSLATE_NOOP("DraftedDocumentPage", "Articles")),
                     ("recipients", QT_TRANSLATE_NOOP("DraftedDocumentPage", "Recipients"))]
EVALUATION_SECTIONS = [("results", QT_TRANSLATE_NOOP("DraftedDocumentPage", "Results")),
                       ("recipients", QT_TRANSLATE_NOOP("DraftedDocumentPage", "Recipients"))]


class ObjectivesScreen(QWidget):
    """The "Mục tiêu chất lượng" screen (navigation key ``objectives``)."""

    def __init__(self, services: Services, window: MainWindow | None = None, **kwargs: Any) -> None:
        super().__init__()
        self._services = services
        self.tabs = QTabWidget(self)
        self.objectives_tab = ObjectivesTab(services, window, **kwargs)
        self.tabs.addTab(self.objectives_tab, self.tr("Objectives and plan"))
        self.decision_page: DraftedDocumentPage | None = None
        self.evaluation_page: DraftedDocumentPage | None = None
        self._window = window
        self._host_layouts: dict[QWidget, QVBoxLayout] = {}
        if window is not None:
            # The drafted documents follow the window's reporting year; so does the register here. They
            # are built when their tab is first opened (drafting reads every objective and figure).
            self._decision_host, self._evaluation_host = QWidget(), QWidget()
            for host in (self._decision_host, self._evaluation_host):
                host_layout = QVBoxLayout(host)
                host_layout.setContentsMargins(0, 0, 0, 0)
                self._host_layouts[host] = host_layout
            self.tabs.addTab(self._decision_host, self.tr("Decision on policy and objectives"))
            self.tabs.addTab(self._evaluation_host, self.tr("Year-end evaluation"))
            self.tabs.currentChanged.connect(self._on_tab_changed)
            if window.year is not None:
                self.objectives_tab.set_year(window.year)
            window.year_changed.connect(self.objectives_tab.set_year)
            self.objectives_tab.follow_window_year()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def _on_tab_changed(self, index: int) -> None:
        window = self._window
        if window is None:
            return
        widget = self.tabs.widget(index)
        if widget is self._decision_host and self.decision_page is None:
            self.decision_page = DraftedDocumentPage(self._services, window, DECISION_KEY, DECISION_SECTIONS)
            self._host_layouts[widget].addWidget(self.decision_page)
        elif widget is self._evaluation_host and self.evaluation_page is None:
            self.evaluation_page = DraftedDocumentPage(self._services, window, EVALUATION_KEY, EVALUATION_SECTIONS)
            self._host_layouts[widget].addWidget(self.evaluation_page)

    def open_target(self, sub: str, record_ids: Sequence[int] = ()) -> None:
        """Home-screen links (``objectives.list``) open the register with these rows selected."""
        self.tabs.setCurrentWidget(self.objectives_tab)
        self.objectives_tab.open_target(record_ids)
