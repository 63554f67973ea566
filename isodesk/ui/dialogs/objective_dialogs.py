"""Add or edit a quality objective with its 6.2.2 plan; enter a period's result; edit the quality
policy. All three save through ``services.objectives``; a refusal (a qualitative objective, a result
for a period outside the year, …) shows under the form and nothing is saved."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QTableWidgetItem, QWidget

from isodesk.domain import objectives as d
from isodesk.domain.core import DocPurpose
from isodesk.domain.errors import FieldProblem
from isodesk.domain.i18n import QT_TRANSLATE_NOOP
from isodesk.ui.dialogs.form_dialog import FormDialog
from isodesk.ui.forms.ui_objective_dialog import Ui_ObjectiveDialog
from isodesk.ui.forms.ui_objective_result_dialog import Ui_ObjectiveResultDialog
from isodesk.ui.forms.ui_quality_policy_dialog import Ui_QualityPolicyDialog

if TYPE_CHECKING:
    from isodesk.services.registry import Services

#: Figures other modules compute (or will) that objectives are commonly measured by.
KNOWN_FIGURES: tuple[tuple[str, str], ...] = (
    ("tthc.on_time_rate", QT_TRANSLATE_NOOP("ObjectiveDialog", "On-time rate of TTHC files")),
    ("tthc.satisfaction_rate", QT_TRANSLATE_NOOP("ObjectiveDialog", "Citizen satisfaction rate")),
    ("tthc.coverage_rate", QT_TRANSLATE_NOOP("ObjectiveDialog", "Share of TTHC covered by a procedure")),
)
UNITS = ("%", "ngày", "ngày làm việc", "hồ sơ", "văn bản", "lần", "điểm")
LEVEL_TEXT = {d.Level.AGENCY: QT_TRANSLATE_NOOP("ObjectiveDialog", "Agency level"),
              d.Level.DEPARTMENT: QT_TRANSLATE_NOOP("ObjectiveDialog", "Department level")}
FREQUENCY_TEXT = {d.Frequency.QUARTERLY: QT_TRANSLATE_NOOP("ObjectiveDialog", "Quarterly"),
                  d.Frequency.HALF_YEARLY: QT_TRANSLATE_NOOP("ObjectiveDialog", "Half-yearly"),
                  d.Frequency.YEARLY: QT_TRANSLATE_NOOP("ObjectiveDialog", "Yearly")}
ACHIEVEMENT_TEXT = {d.Achievement.ACHIEVED: QT_TRANSLATE_NOOP("ObjectiveDialog", "Achieved"),
                    d.Achievement.NOT_ACHIEVED: QT_TRANSLATE_NOOP("ObjectiveDialog", "Not achieved"),
                    d.Achievement.NOT_EVALUATED: QT_TRANSLATE_NOOP("ObjectiveDialog", "Not evaluated")}


def _tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("ObjectiveDialog", text)


class ObjectiveDialog(FormDialog[Ui_ObjectiveDialog]):
    """Create or edit one objective of ``year``; emits ``saved`` with the stored objective."""

    saved = Signal(object)

    def __init__(self, services: Services, parent: QWidget | None = None, *, year: int,
                 objective: d.Objective | None = None) -> None:
        super().__init__(Ui_ObjectiveDialog, parent)
        self._services = services
        self._objective = objective
        self._year = objective.year if objective else year
        ui = self._ui
        self.setWindowTitle(self.tr("Edit quality objective {year}").format(year=self._year) if objective
                            else self.tr("Add quality objective {year}").format(year=self._year))
        for level in d.Level:
            ui.level_combo.addItem(_tr(LEVEL_TEXT[level]), level.value)
        for dep in services.agency.departments(include_inactive=False):
            ui.department_combo.addItem(dep.name, dep.id)
        for comparator in d.Comparator:
            ui.comparator_combo.addItem(comparator.value, comparator.value)
        ui.unit_combo.addItems(list(UNITS))
        for frequency in d.Frequency:
            ui.frequency_combo.addItem(_tr(FREQUENCY_TEXT[frequency]), frequency.value)
        ui.figure_combo.addItem(self.tr("— entered by hand —"), "")
        for key, label in KNOWN_FIGURES:
            ui.figure_combo.addItem(f"{_tr(label)} ({key})", key)
        self.resize(1040, 620)
        ui.level_combo.setSizeAdjustPolicy(ui.level_combo.SizeAdjustPolicy.AdjustToContents)
        ui.frequency_combo.setSizeAdjustPolicy(ui.frequency_combo.SizeAdjustPolicy.AdjustToContents)
        ui.plan_table.setHorizontalHeaderLabels([self.tr("Measures"), self.tr("Resources"), self.tr("Responsible"),
                                                 self.tr("Timeframe")])
        ui.plan_table.horizontalHeader().setMinimumSectionSize(120)
        ui.level_combo.setMinimumContentsLength(13)
        ui.frequency_combo.setMinimumContentsLength(10)
        for column, width in enumerate((330, 130, 220)):
            ui.plan_table.setColumnWidth(column, width)
        self.set_fields(ui.form_layout, {
            "title": ui.title_edit, "target": ui.target_edit, "indicator": ui.indicator_edit,
            "department_id": ui.department_combo, "method": ui.method_edit, "frequency": ui.frequency_combo,
            "year": ui.title_edit,
        })
        ui.level_combo.currentIndexChanged.connect(self._on_level_changed)
        ui.add_plan_button.clicked.connect(lambda: self.add_plan_row())
        ui.remove_plan_button.clicked.connect(self._on_remove_plan_clicked)
        self._fill(objective)

    def objective(self) -> d.Objective | None:
        return self._objective

    def _fill(self, o: d.Objective | None) -> None:
        ui = self._ui
        if o is None:
            ui.comparator_combo.setCurrentIndex(0)
            ui.unit_combo.setCurrentText("%")
            ui.frequency_combo.setCurrentIndex(ui.frequency_combo.findData(d.Frequency.QUARTERLY.value))
            self._on_level_changed()
            self.add_plan_row()
            return
        ui.title_edit.setText(o.title)
        ui.level_combo.setCurrentIndex(ui.level_combo.findData(o.level.value))
        if o.department_id is not None:
            index = ui.department_combo.findData(o.department_id)
            if index < 0:
                ui.department_combo.addItem(o.department_name, o.department_id)
                index = ui.department_combo.count() - 1
            ui.department_combo.setCurrentIndex(index)
        if o.comparator is not None:
            ui.comparator_combo.setCurrentIndex(ui.comparator_combo.findData(o.comparator.value))
        ui.target_edit.setText(d.format_number(o.target))
        ui.unit_combo.setCurrentText(o.unit)
        ui.indicator_edit.setText(o.indicator)
        ui.method_edit.setText(o.method)
        ui.frequency_combo.setCurrentIndex(ui.frequency_combo.findData(o.frequency.value))
        index = ui.figure_combo.findData(o.figure_key)
        if index < 0:
            ui.figure_combo.addItem(o.figure_key, o.figure_key)
            index = ui.figure_combo.count() - 1
        ui.figure_combo.setCurrentIndex(index)
        for line in o.plan:
            self.add_plan_row(line)
        self._on_level_changed()

    def add_plan_row(self, line: d.PlanRow | None = None) -> int:
        """Add a line to the plan table (empty, or ``line``); returns its row."""
        table = self._ui.plan_table
        row = table.rowCount()
        table.insertRow(row)
        values = (line.measure, line.resources, line.responsible, line.timeframe) if line else ("", "", "", "")
        for column, value in enumerate(values):
            item = QTableWidgetItem(value)
            if column == 0 and line is not None:
                item.setData(Qt.ItemDataRole.UserRole, line.id)
            table.setItem(row, column, item)
        return row

    def _on_remove_plan_clicked(self) -> None:
        table = self._ui.plan_table
        rows = sorted({i.row() for i in table.selectedIndexes()}, reverse=True) or [table.rowCount() - 1]
        for row in rows:
            if row >= 0:
                table.removeRow(row)

    def _on_level_changed(self, *_args: object) -> None:
        department = self._ui.level_combo.currentData() == d.Level.DEPARTMENT.value
        self._ui.department_combo.setEnabled(department)

    def _plan(self) -> tuple[d.PlanRow, ...]:
        table = self._ui.plan_table
        lines = []
        for row in range(table.rowCount()):
            cells = [item.text() if (item := table.item(row, c)) is not None else "" for c in range(4)]
            first = table.item(row, 0)
            plan_id = first.data(Qt.ItemDataRole.UserRole) if first is not None else None
            if any(c.strip() for c in cells):
                lines.append(d.PlanRow(plan_id, *cells))
        return tuple(lines)

    def _collect(self) -> tuple[d.Objective, list[FieldProblem]]:
        ui = self._ui
        problems: list[FieldProblem] = []
        raw = ui.target_edit.text().strip()
        target = d.parse_decimal(raw) if raw else None
        if raw and target is None:
            problems.append(FieldProblem("target", "target_not_a_number", {"value": raw}))
        level = d.Level(ui.level_combo.currentData())
        base = self._objective or d.Objective(None, self._year, "", "", None, None)
        item = replace(
            base, title=ui.title_edit.text(), level=level,
            department_id=ui.department_combo.currentData() if level is d.Level.DEPARTMENT else None,
            comparator=d.Comparator(ui.comparator_combo.currentData()) if target is not None else None,
            target=target, unit=ui.unit_combo.currentText().strip(), indicator=ui.indicator_edit.text(),
            method=ui.method_edit.text(), frequency=d.Frequency(ui.frequency_combo.currentData()),
            figure_key=ui.figure_combo.currentData() or "", plan=self._plan(), results=())
        return item, problems

    def check(self) -> list[FieldProblem]:
        return self._collect()[1]

    def write(self) -> None:
        stored = self._services.objectives.save(self._collect()[0])
        self._objective = stored
        self.saved.emit(stored)


class ObjectiveResultDialog(FormDialog[Ui_ObjectiveResultDialog]):
    """Enter (or correct) the result of one period of an objective; the achievement is computed."""

    saved = Signal(object)

    def __init__(self, services: Services, parent: QWidget | None = None, *, objective: d.Objective,
                 today: date | None = None) -> None:
        super().__init__(Ui_ObjectiveResultDialog, parent)
        self._services = services
        self._objective = objective
        ui = self._ui
        self.setWindowTitle(self.tr("Result of a quality objective"))
        ui.objective_label.setText(f"<b>{objective.title}</b><br>{_tr('Target:')} {objective.target_text}")
        today = today or date.today()
        first_missing = -1
        for number, period in enumerate(objective.periods):
            ui.period_combo.addItem(period.label, period.code)
            if first_missing < 0 and objective.result_for(period.code) is None:
                first_missing = number
        ui.unit_label.setText(objective.unit)
        names = [p.full_name for p in services.agency.people() if p.active]
        ui.measured_by_combo.addItems(names)
        ui.measured_by_combo.setCurrentText("")
        ui.measured_on_edit.set_date(today)
        self.set_fields(ui.form_layout, {"period": ui.period_combo, "value": ui.value_edit,
                                         "evidence": ui.evidence_edit, "measured_by": ui.measured_by_combo,
                                         "measured_on": ui.measured_on_edit})
        ui.period_combo.currentIndexChanged.connect(self._on_period_changed)
        ui.value_edit.textChanged.connect(self._show_achievement)
        ui.period_combo.setCurrentIndex(max(first_missing, 0))
        self._on_period_changed()

    def select_period(self, code: str) -> None:
        self._ui.period_combo.setCurrentIndex(self._ui.period_combo.findData(code))

    def _on_period_changed(self, *_args: object) -> None:
        ui = self._ui
        result = self._objective.result_for(ui.period_combo.currentData() or "")
        if result is not None and not result.from_figure:
            ui.value_edit.setText(d.format_number(result.value))
            ui.evidence_edit.setText(result.evidence)
            ui.measured_by_combo.setCurrentText(result.measured_by)
            if result.measured_on is not None:
                ui.measured_on_edit.set_date(result.measured_on)
        else:
            ui.value_edit.clear()
        self._show_achievement()

    def _value(self) -> Decimal | None:
        raw = self._ui.value_edit.text().strip()
        return d.parse_decimal(raw) if raw else None

    def _show_achievement(self, *_args: object) -> None:
        o = self._objective
        result = d.achievement(o.comparator, o.target, self._value())
        self._ui.achievement_label.setText("→ " + _tr(ACHIEVEMENT_TEXT[result]))

    def check(self) -> list[FieldProblem]:
        raw = self._ui.value_edit.text().strip()
        problems = []
        if raw and self._value() is None:
            problems.append(FieldProblem("value", "target_not_a_number", {"value": raw}))
        date_problem = self._ui.measured_on_edit.problem("measured_on")
        if date_problem is not None:
            problems.append(date_problem)
        return problems

    def write(self) -> None:
        ui = self._ui
        stored = self._services.objectives.save_result(d.ObjectiveResult(
            None, self._objective.id, ui.period_combo.currentData() or "", self._value(), ui.evidence_edit.text(),
            ui.measured_by_combo.currentText(), ui.measured_on_edit.date()))
        self._objective = stored
        self.saved.emit(stored)


class QualityPolicyDialog(FormDialog[Ui_QualityPolicyDialog]):
    """Create or edit the quality policy and the decision that issued it."""

    saved = Signal(object)

    def __init__(self, services: Services, parent: QWidget | None = None, *, year: int,
                 policy: d.QualityPolicy | None = None) -> None:
        super().__init__(Ui_QualityPolicyDialog, parent)
        self._services = services
        self._policy = policy
        ui = self._ui
        self.setWindowTitle(self.tr("Quality policy"))
        ui.valid_from_spin.setValue(policy.valid_from if policy else year)
        ui.text_edit.setPlainText(policy.text if policy else "")
        ui.decision_combo.addItem(self.tr("— not recorded —"), None)
        for purpose in (DocPurpose.QUALITY_POLICY, DocPurpose.QUALITY_OBJECTIVES):
            for doc in services.register.list(purpose=purpose):
                ui.decision_combo.addItem(f"{doc.reference}: {doc.summary}", doc.id)
        if policy is not None and policy.decision_id is not None:
            ui.decision_combo.setCurrentIndex(max(ui.decision_combo.findData(policy.decision_id), 0))
        self.set_fields(ui.form_layout, {"valid_from": ui.valid_from_spin, "text": ui.text_edit,
                                         "decision_id": ui.decision_combo})

    def write(self) -> None:
        ui = self._ui
        base = self._policy or d.QualityPolicy(None, ui.valid_from_spin.value(), "")
        stored = self._services.objectives.save_policy(replace(
            base, valid_from=ui.valid_from_spin.value(), text=ui.text_edit.toPlainText(),
            decision_id=ui.decision_combo.currentData()))
        self._policy = stored
        self.saved.emit(stored)
