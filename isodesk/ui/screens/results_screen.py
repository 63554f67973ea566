"""Kết quả TTHC và mức độ hài lòng: the periods × levels table of TTHC results, the satisfaction surveys and
the trend over the years (on-time rate, online rate, satisfaction), with Excel import/export (including
the provincial portal's export, its column mapping kept per agency) and the printed summary."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from isodesk.domain import results as d
from isodesk.domain.errors import DomainError
from isodesk.domain.formatting import fold
from isodesk.domain.i18n import QT_TRANSLATE_NOOP
from isodesk.domain.tabular import RegisterSpec
from isodesk.ui.dialogs.confirm import ask
from isodesk.ui.dialogs.excel_import_dialog import ExcelImportDialog
from isodesk.ui.dialogs.result_dialog import ResultDialog
from isodesk.ui.dialogs.survey_dialog import SurveyDialog
from isodesk.ui.errors import show_error
from isodesk.ui.models.register_model import RegisterFilterProxyModel, RegisterTableModel
from isodesk.ui.widgets.register_tab_base import RegisterTab
from isodesk.ui.widgets.trend_chart import Series, TrendChart

if TYPE_CHECKING:
    from isodesk.reports.xlsx_import import ImportPreview, SheetData
    from isodesk.services.registry import Services
    from isodesk.ui.main_window import MainWindow


class MappedImportDialog(ExcelImportDialog):
    """The generic import, starting from the agency's saved column mapping (its portal file's headings)
    and keeping the mapping that imported for next time."""

    def __init__(self, services: Services, spec: RegisterSpec, import_rows: Any, parent: QWidget | None = None,
                 **kwargs: Any) -> None:
        self._results = services.results
        super().__init__(spec, import_rows, parent, **kwargs)
        self.imported.connect(self._on_imported_save_mapping)

    def _use_sheet(self, sheet: SheetData) -> None:
        super()._use_sheet(sheet)
        saved = self._results.saved_mapping(self.spec.key)
        headings = {fold(h): i for i, h in enumerate(sheet.headers) if h}
        applied = False
        for key, heading in saved.items():
            index = headings.get(fold(heading))
            if index is not None and key in self._mapping_combos and self.mapping().get(key) != index:
                combo = self._mapping_combos[key]
                combo.blockSignals(True)
                combo.setCurrentIndex(combo.findData(index))
                combo.blockSignals(False)
                applied = True
        if applied:
            self.refresh_preview()

    def _on_imported_save_mapping(self, _result: object) -> None:
        if self.sheet is None:
            return
        headers = self.sheet.headers
        mapping = {key: headers[index] for key, index in self.mapping().items() if index is not None}
        try:
            self._results.save_mapping(self.spec.key, mapping)
        except DomainError:
            pass  # the import itself succeeded; a mapping not kept is only an inconvenience


class _ResultsRegisterTab(RegisterTab):
    """A results register in code: buttons over the table, the count under it."""

    AREA = "results"

    def __init__(self, services: Services, window: MainWindow | None = None) -> None:
        super().__init__(services, window)
        spec = self.SPEC
        assert spec is not None  # each results tab names its register
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add…"))
        self.add_button.setObjectName("Primary")
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.import_button = QPushButton(self.tr("Import from Excel…"))
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.print_button = QPushButton(self.tr("Print summary…"))
        for button in (self.add_button, self.edit_button, self.delete_button):
            bar.addWidget(button)
        bar.addStretch(1)
        for button in (self.import_button, self.export_button, self.print_button):
            bar.addWidget(button)
        layout.addLayout(bar)
        self.table_view = QTableView(self)
        self.table_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table_view.setAlternatingRowColors(True)
        layout.addWidget(self.table_view, 1)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("Muted")
        layout.addWidget(self.count_label)
        self._setup_list(self.table_view, RegisterTableModel(spec, None, self), RegisterFilterProxyModel(spec, self))
        self.add_button.clicked.connect(self._on_add_clicked)
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        self.import_button.clicked.connect(self.open_import)
        self.export_button.clicked.connect(self._on_export_clicked)
        self.print_button.clicked.connect(self.print_list)
        self._on_selection_changed()

    def year(self) -> int:
        window_year = getattr(self._window, "year", None)
        return int(window_year) if window_year else self.today().year

    def _current(self) -> Any:
        rows = self._selected_rows()
        return rows[0] if len(rows) == 1 else None

    def _on_selection_changed(self, *_args: object) -> None:
        one = self._current() is not None if self.table_view.selectionModel() else False
        self.edit_button.setEnabled(one)
        self.delete_button.setEnabled(one)

    def _on_add_clicked(self) -> None:
        self.open_editor(None)

    def _on_edit_button_clicked(self) -> None:
        current = self._current()
        if current is not None:
            self.open_editor(current)

    def open_editor(self, row: Any) -> QWidget:
        raise NotImplementedError

    def _delete_question(self, row: Any) -> str:
        raise NotImplementedError

    def _remove(self, record_id: int) -> None:
        raise NotImplementedError

    def _exported_rows(self) -> list[dict[str, object]]:
        raise NotImplementedError

    def _on_delete_button_clicked(self) -> None:
        row = self._current()
        if row is None or row.id is None:
            return
        record_id = int(row.id)
        self._dialog = ask(self, self.tr("Delete figures"), self._delete_question(row),
                           lambda: self._delete(record_id), yes_text=self.tr("Delete"))

    def _delete(self, record_id: int) -> None:
        try:
            self._remove(record_id)
        except DomainError as exc:
            show_error(self, self.tr("Cannot delete the figures"), exc)
            return
        self.refresh(select_ids=[])
        self._announce_change()

    def export_excel(self, path: Path) -> Path | None:
        assert self.SPEC is not None  # each results tab names its register
        return self._export_register(self.SPEC, self._exported_rows, path)

    def open_import(self) -> MappedImportDialog:
        raise NotImplementedError

    def _on_saved(self, row: Any) -> None:
        self.refresh(select_ids=[row.id])
        self._announce_change()

    def _on_imported(self, result: Any) -> None:
        self.refresh(select_ids=list(result.ids))
        self._announce_change()

    def print_list(self) -> Any:
        """Preview the printed summary (TTHC results, digitisation, satisfaction) of the window's year."""
        year = self.year()
        return self._preview(lambda: self._services.contributions.build(year, "results.summary", self.today()),
                             title=self.tr("Summary of TTHC results and satisfaction"),
                             file_stem=f"Ket-qua-TTHC-va-hai-long-{year}",
                             error_title=self.tr("Cannot print the summary"))

    def _describe_import(self, result: Any) -> str:
        return self.tr("{count} row(s) imported.").format(count=result.created)


class TthcResultsTab(_ResultsRegisterTab):
    """TTHC results: one row per period, level (and lĩnh vực)."""

    SPEC = d.TTHC_RESULTS_SPEC
    ENTITY = "tthc_result"

    def _load(self) -> None:
        self.model.set_rows(list(reversed(self._services.results.results())))

    def _update_count(self, *_args: object) -> None:
        rows: list[d.TthcResult] = self.model.rows()
        year = self.year()
        totals = d.year_results(rows, year)
        text = self.tr("{count} set(s) of figures").format(count=len(rows))
        if totals.measured:
            total = totals.total
            text += " · " + self.tr("{year}: resolved on time {on_time}, received online {online}").format(
                year=year, on_time=total.on_time_rate.stated(), online=total.online_rate.stated())
        self.count_label.setText(text)

    def open_editor(self, row: d.TthcResult | None) -> QWidget:
        dialog = ResultDialog(self._services, self, result=row, year=self.year())
        dialog.saved.connect(self._on_saved)
        return self._open(dialog)

    def _delete_question(self, row: d.TthcResult) -> str:
        return self.tr("Delete the figures of {level}, {period} {year}?").format(
            level=row.level.label, period=row.period_label, year=row.year)

    def _remove(self, record_id: int) -> None:
        self._services.results.delete_result(record_id)

    def open_import(self) -> MappedImportDialog:
        """The Excel import (a file of isodesk or the provincial portal's export): year and level missing
        from the file are the window's year and the commune level."""
        year = self.year()

        def write(preview: ImportPreview) -> Any:
            return self._services.results.import_results(preview, year=year, level=d.ResultLevel.COMMUNE)

        dialog = MappedImportDialog(self._services, d.TTHC_RESULTS_SPEC, write, self,
                                    title=self.tr("TTHC results"), template_name="Mau-ket-qua-giai-quyet-TTHC.xlsx",
                                    describe_result=self._describe_import, agency_lines=self._agency_heading())
        dialog.imported.connect(self._on_imported)
        self._open(dialog)
        return dialog

    def _exported_rows(self) -> list[dict[str, object]]:
        return self._services.results.export_results()


class SatisfactionTab(_ResultsRegisterTab):
    """Citizen satisfaction per period (and lĩnh vực/TTHC), with its comments."""

    SPEC = d.SATISFACTION_SPEC
    ENTITY = "satisfaction_survey"

    def _load(self) -> None:
        self.model.set_rows(list(reversed(self._services.results.surveys())))

    def _update_count(self, *_args: object) -> None:
        rows: list[d.SatisfactionSurvey] = self.model.rows()
        year = d.year_satisfaction(rows, self.year())
        text = self.tr("{count} survey(s)").format(count=len(rows))
        if year is not None and year.collected:
            text += " · " + self.tr("{year}: satisfied or better {rate}; {comments} comment(s)").format(
                year=self.year(), rate=year.satisfied_rate.stated("phiếu"), comments=len(year.comments))
        self.count_label.setText(text)

    def open_editor(self, row: d.SatisfactionSurvey | None) -> QWidget:
        dialog = SurveyDialog(self._services, self, survey=row, year=self.year())
        dialog.saved.connect(self._on_saved)
        return self._open(dialog)

    def _delete_question(self, row: d.SatisfactionSurvey) -> str:
        return self.tr("Delete the satisfaction figures of {period} {year} and their comments?").format(
            period=row.period_label, year=row.year)

    def _remove(self, record_id: int) -> None:
        self._services.results.delete_survey(record_id)

    def open_import(self) -> MappedImportDialog:
        dialog = MappedImportDialog(self._services, d.SATISFACTION_SPEC, self._services.results.import_surveys, self,
                                    title=self.tr("Citizen satisfaction"), template_name="Mau-su-hai-long.xlsx",
                                    describe_result=self._describe_import, agency_lines=self._agency_heading())
        dialog.imported.connect(self._on_imported)
        self._open(dialog)
        return dialog

    def _exported_rows(self) -> list[dict[str, object]]:
        return self._services.results.export_surveys()


_SERIES: Mapping[str, str] = {
    "on_time": QT_TRANSLATE_NOOP("ResultsScreen", "Resolved on time"),
    "online": QT_TRANSLATE_NOOP("ResultsScreen", "Received online"),
    "satisfied": QT_TRANSLATE_NOOP("ResultsScreen", "Citizens satisfied"),
}
_COLORS = {"on_time": "#1a73e8", "online": "#e37400", "satisfied": "#188038"}


class ResultsScreen(QWidget):
    """The "Kết quả TTHC và mức độ hài lòng" screen: results, satisfaction, trend."""

    def __init__(self, services: Services, window: MainWindow | None = None) -> None:
        super().__init__()
        self._services = services
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Administrative procedure results and citizen satisfaction"))
        title.setObjectName("ScreenTitle")
        layout.addWidget(title)
        self.tabs = QTabWidget(self)
        self.results_tab = TthcResultsTab(services, window)
        self.satisfaction_tab = SatisfactionTab(services, window)
        self.chart = TrendChart(self)
        self.tabs.addTab(self.results_tab, self.tr("TTHC results"))
        self.tabs.addTab(self.satisfaction_tab, self.tr("Citizen satisfaction"))
        self.tabs.addTab(self.chart, self.tr("Trend over the years"))
        layout.addWidget(self.tabs, 1)
        self.results_tab.data_changed.connect(self.refresh_chart)
        self.satisfaction_tab.data_changed.connect(self.refresh_chart)
        self.refresh_chart()

    def refresh_chart(self, *_args: object) -> None:
        points = self._services.results.trend()
        self.chart.set_data(
            [p.year for p in points],
            [Series(QCoreApplication.translate("ResultsScreen", _SERIES[key]), _COLORS[key],
                    tuple(getattr(p, key).value if getattr(p, key) is not None else None for p in points))
             for key in ("on_time", "online", "satisfied")],
            self.tr("No figures yet: enter the TTHC results or import them from Excel."))

    def open_target(self, sub: str, record_ids: tuple[int, ...] = ()) -> None:
        self.tabs.setCurrentWidget(self.results_tab)
        self.results_tab.open_target(record_ids)
