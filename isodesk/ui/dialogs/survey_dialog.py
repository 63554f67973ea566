"""Enter the citizen satisfaction of one period (DOMAIN.md §6.9): the ratings, the forms handed out and
collected (checked live), and the comments (ý kiến góp ý) with how each was handled."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QWidget

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
        table = ui.comments_table
        table.setColumnCount(4)
        table.setHorizontalHeaderLabels([self.tr("Comment"), self.tr("Dissatisfied"), self.tr("How it was handled"),
                                         self.tr("Handled")])
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for column in (1, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        table.verticalHeader().setVisible(False)
        for comment in item.comments:
            self.add_comment(comment.content, dissatisfied=comment.dissatisfied, handling=comment.handling,
                             handled=comment.handled, comment=comment)
        ui.add_comment_button.clicked.connect(self._on_add_comment_clicked)
        ui.remove_comment_button.clicked.connect(self._on_remove_comment_clicked)
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

    # ------------------------------------------------------------------ comments
    def add_comment(self, content: str = "", *, dissatisfied: bool = False, handling: str = "", handled: bool = False,
                    comment: d.SatisfactionComment | None = None) -> int:
        """Add a row to the comments table; returns its row number (tests fill it this way)."""
        table = self._ui.comments_table
        row = table.rowCount()
        table.insertRow(row)
        text = QTableWidgetItem(content)
        text.setData(Qt.ItemDataRole.UserRole, comment)  # the stored comment (None for a new one)
        table.setItem(row, 0, text)
        for column, checked in ((1, dissatisfied), (3, handled)):
            box = QTableWidgetItem()
            box.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            box.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            table.setItem(row, column, box)
        table.setItem(row, 2, QTableWidgetItem(handling))
        return row

    def _on_add_comment_clicked(self) -> None:
        row = self.add_comment()
        item = self._ui.comments_table.item(row, 0)
        if item is not None:
            self._ui.comments_table.editItem(item)

    def _on_remove_comment_clicked(self) -> None:
        table = self._ui.comments_table
        rows = sorted({index.row() for index in table.selectedIndexes()}, reverse=True)
        for row in rows:
            table.removeRow(row)

    def comments(self) -> list[d.SatisfactionComment]:
        """The comments as listed (rows without text are left out)."""
        table = self._ui.comments_table
        out: list[d.SatisfactionComment] = []
        for row in range(table.rowCount()):
            text_item = table.item(row, 0)
            content = text_item.text().strip() if text_item is not None else ""
            if not content:
                continue
            stored: d.SatisfactionComment | None = text_item.data(Qt.ItemDataRole.UserRole) if text_item else None
            handling_item = table.item(row, 2)
            out.append(d.SatisfactionComment(
                stored.id if stored else None, stored.survey_id if stored else None, content,
                stored.received_on if stored else None,
                _checked(table.item(row, 1)),
                handling_item.text() if handling_item is not None else "",
                _checked(table.item(row, 3)),
                stored.nonconformity_id if stored else None))
        return out

    def write(self) -> bool | None:
        stored = self._services.results.save_survey(self.value(), self.comments())
        self.saved.emit(stored)
        return True


def _checked(item: QTableWidgetItem | None) -> bool:
    return item is not None and item.checkState() == Qt.CheckState.Checked
