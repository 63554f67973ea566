"""Add or edit a reporting year (kỳ báo cáo): its data cut-off period and the provincial deadline."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from isodesk.domain.core import ReportingYear, default_period, reporting_year_of
from isodesk.domain.errors import FieldProblem
from isodesk.ui.dialogs.form_dialog import FormDialog
from isodesk.ui.forms.ui_year_dialog import Ui_YearDialog

if TYPE_CHECKING:
    from isodesk.services.registry import Services


def next_year_for(years: list[ReportingYear], today: date | None = None) -> int:
    """The year a new record most likely is: after the newest one, or the current period's year."""
    if years:
        return max(y.year for y in years) + 1
    return reporting_year_of(today or date.today())


class YearDialog(FormDialog[Ui_YearDialog]):
    """Saves through ``YearService.save``; ``saved()`` is the result after accept."""

    def __init__(self, services: Services, parent: QWidget | None = None, *, year: ReportingYear | None = None) -> None:
        super().__init__(Ui_YearDialog, parent)
        ui = self._ui
        self._services = services
        self._saved: ReportingYear | None = None
        if year is None:
            number = next_year_for(services.years.years())
            start, end = default_period(number)
            year = ReportingYear(id=None, year=number, period_start=start, period_end=end)
            self.setWindowTitle(self.tr("Add reporting year"))
        else:
            self.setWindowTitle(self.tr("Edit reporting year"))
        self._year = year
        ui.hint_label.setObjectName("Muted")
        self.set_fields(ui.form_layout, {
            "year": ui.year_spin, "period_start": ui.period_start_edit, "period_end": ui.period_end_edit,
            "deadline": ui.deadline_edit, "notes": ui.notes_edit}).mark_required("year", "period_start", "period_end")
        ui.year_spin.setValue(year.year)
        ui.period_start_edit.set_date(year.period_start)
        ui.period_end_edit.set_date(year.period_end)
        ui.deadline_edit.set_date(year.deadline)
        ui.notes_edit.setPlainText(year.notes)
        self._shown_year = year.year

        ui.year_spin.valueChanged.connect(self._on_year_spin_changed)
        ui.default_period_button.clicked.connect(self._on_default_period_button_clicked)

    def saved(self) -> ReportingYear | None:
        return self._saved

    def _on_year_spin_changed(self, value: int) -> None:
        # While the period is still the usual one of the previous value, follow the year.
        ui = self._ui
        previous = default_period(self._shown_year)
        if (ui.period_start_edit.date(), ui.period_end_edit.date()) in (previous, (None, None)):
            start, end = default_period(value)
            ui.period_start_edit.set_date(start)
            ui.period_end_edit.set_date(end)
        self._shown_year = value

    def _on_default_period_button_clicked(self) -> None:
        start, end = default_period(self._ui.year_spin.value())
        self._ui.period_start_edit.set_date(start)
        self._ui.period_end_edit.set_date(end)

    def check(self) -> list[FieldProblem]:
        ui = self._ui
        problems: list[FieldProblem] = []
        for name, edit in (("period_start", ui.period_start_edit), ("period_end", ui.period_end_edit)):
            problem = edit.problem(name, required=True)
            if problem:
                problems.append(problem)
        problem = ui.deadline_edit.problem("deadline")
        if problem:
            problems.append(problem)
        return problems

    def write(self) -> None:
        ui = self._ui
        start, end = ui.period_start_edit.date(), ui.period_end_edit.date()
        assert start is not None and end is not None  # check() requires both
        item = replace(self._year, year=ui.year_spin.value(), period_start=start,
                       period_end=end, deadline=ui.deadline_edit.date(),
                       notes=ui.notes_edit.toPlainText())
        self._saved = self._services.years.save(item)
