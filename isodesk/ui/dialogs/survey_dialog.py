"""Enter the citizen satisfaction of one period (DOMAIN.md §6.9): the ratings, the forms handed out and
collected (checked live), and the comments (ý kiến góp ý)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from isodesk.domain import results as d
from isodesk.ui.dialogs.form_dialog import FormDialog
from isodesk.ui.dialogs.result_dialog import BAD_STYLE, OK_STYLE, VIETNAMESE, optional
from isodesk.ui.forms.ui_survey_dialog import Ui_SurveyDialog

if TYPE_CHECKING:
    from isodesk.services.registry import Services


class SurveyDialog(FormDialog[Ui_SurveyDialog]):
    """Saves through ``ResultsService.save_survey`` then its new comments; :attr:`saved` is emitted."""

    saved = Signal(object)

    def __init__(self, services: Services, parent: QWidget | None = None, *,
                 survey: d.SatisfactionSurvey | None = None, year: int | None = None) -> None:
        super().__init__(Ui_SurveyDialog, parent)
        self._services = services
        self._survey = survey
        ui = self._ui
        self.setWindowTitle(self.tr("Edit citizen satisfaction") if survey else self.tr("Enter citizen satisfaction"))
        for code, label in d.PERIODS.items():
            ui.period_combo.addItem(label, code)
        for method in d.SurveyMethod:
            ui.method_combo.addItem(method.label, method)
        item = survey or d.SatisfactionSurvey(None, year or 2026)
        ui.year_spin.setValue(item.year)
        ui.period_combo.setCurrentIndex(max(ui.period_combo.findData(item.period), 0))
        ui.method_combo.setCurrentIndex(max(ui.method_combo.findData(item.method), 0))
        ui.subject_edit.setText(item.subject)
        ui.distributed_spin.setValue(-1 if item.distributed is None else item.distributed)
        ui.declared_collected_spin.setValue(-1)
        ui.very_satisfied_spin.setValue(item.very_satisfied)
        ui.satisfied_spin.setValue(item.satisfied)
        ui.dissatisfied_spin.setValue(item.dissatisfied)
        existing = [("! " if c.dissatisfied else "") + c.content for c in item.comments]
        ui.comments_edit.setPlainText("\n".join(existing))
        self._existing = len(existing)
        for spin in (ui.distributed_spin, ui.declared_collected_spin, ui.very_satisfied_spin, ui.satisfied_spin,
                     ui.dissatisfied_spin):
            spin.setLocale(VIETNAMESE)
            spin.valueChanged.connect(self._update_check)
        self._update_check()

    def value(self) -> d.SatisfactionSurvey:
        ui = self._ui
        return d.SatisfactionSurvey(
            self._survey.id if self._survey else None, ui.year_spin.value(), str(ui.period_combo.currentData()),
            ui.subject_edit.text(), d.SurveyMethod(ui.method_combo.currentData()), optional(ui.distributed_spin),
            ui.very_satisfied_spin.value(), ui.satisfied_spin.value(), ui.dissatisfied_spin.value(),
            self._survey.notes if self._survey else "", declared_collected=optional(ui.declared_collected_spin))

    def _update_check(self, *_args: object) -> None:
        survey = self.value()
        failures = d.survey_failures(survey)
        label = self._ui.identity_label
        if failures:
            label.setStyleSheet(BAD_STYLE)
            label.setText("<br>".join(f"• {f.message}" for f in failures))
        else:
            label.setStyleSheet(OK_STYLE)
            label.setText(self.tr("{count} ratings; satisfied or better: {rate}.").format(
                count=survey.collected, rate=survey.satisfied_rate.stated("phiếu")))

    def write(self) -> bool | None:
        lines = [line.strip() for line in self._ui.comments_edit.toPlainText().splitlines() if line.strip()]
        # Comments already saved are kept as they are; the lines added below them are new comments.
        new = [d.SatisfactionComment(None, None, line.lstrip("! ").strip(), dissatisfied=line.startswith("!"))
               for line in lines[self._existing:]]
        stored = self._services.results.save_survey(self.value(), new)
        self.saved.emit(stored)
        return True
