"""Add or edit one entry of the risk and opportunity register with its actions, and record its
year-end effectiveness evaluation."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHeaderView, QLabel, QTableWidgetItem, QWidget

from isodesk.domain import risks as d
from isodesk.domain.errors import FieldProblem
from isodesk.domain.formatting import parse_vn_date, short_date
from isodesk.ui.dialogs.form_dialog import FormDialog
from isodesk.ui.forms.ui_risk_entry_dialog import Ui_RiskEntryDialog
from isodesk.ui.forms.ui_risk_evaluation_dialog import Ui_RiskEvaluationDialog
from isodesk.ui.forms.ui_risk_matrix_dialog import Ui_RiskMatrixDialog

if TYPE_CHECKING:
    from isodesk.services.registry import Services

#: Columns of the actions table: what, who, deadline, status, done on.
_WHAT, _WHO, _DEADLINE, _STATUS, _DONE = range(5)


def _date_or_problem(text: str, line: int) -> tuple[date | None, FieldProblem | None]:
    text = text.strip()
    if not text:
        return None, None
    try:
        return parse_vn_date(text), None
    except ValueError:
        return None, FieldProblem("actions", "bad_date", {"value": text, "line": line})


class RiskEntryDialog(FormDialog[Ui_RiskEntryDialog]):
    """Create or edit one entry of ``year``; emits ``saved`` with the stored entry."""

    saved = Signal(object)

    def __init__(self, services: Services, parent: QWidget | None = None, *, year: int,
                 entry: d.RiskEntry | None = None) -> None:
        super().__init__(Ui_RiskEntryDialog, parent)
        self._services = services
        self._year = year
        self._entry = entry
        ui = self._ui
        self.setWindowTitle(self.tr("Edit risk or opportunity") if entry else self.tr("Add risk or opportunity"))
        for group in d.RiskGroup:
            ui.group_combo.addItem(group.heading, group)
        for kind in d.EntryKind:
            ui.kind_combo.addItem(kind.label, kind)
        ui.level_combo.addItem(self.tr("— computed or none —"), None)
        for level in d.RiskLevel:
            ui.level_combo.addItem(level.label, level)
        ui.likelihood_combo.addItem(self.tr("Likelihood —"), None)
        for grade, label in d.LIKELIHOOD_LABELS.items():
            ui.likelihood_combo.addItem(f"{grade}. {label}", grade)
        ui.severity_combo.addItem(self.tr("Impact —"), None)
        for grade, label in d.SEVERITY_LABELS.items():
            ui.severity_combo.addItem(f"{grade}. {label}", grade)
        ui.department_combo.addItem(self.tr("— none —"), None)
        for dep in services.agency.departments():
            ui.department_combo.addItem(dep.name, dep.id)
        for combo in (ui.group_combo, ui.department_combo, ui.procedure_combo):
            # long names (procedures, departments) must not widen the form past its half of the dialog
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(24)
        ui.procedure_combo.addItem(self.tr("— none —"), None)
        from isodesk.ui.dialogs.external_document_dialog import procedure_rows, procedure_text

        for row in procedure_rows(services):
            ui.procedure_combo.addItem(procedure_text(row), row.id)

        table = ui.actions_table
        table.setColumnCount(5)
        table.setHorizontalHeaderLabels([self.tr("What"), self.tr("Who"), self.tr("Deadline"), self.tr("Status"),
                                         self.tr("Done on")])
        header = table.horizontalHeader()
        header.setSectionResizeMode(_WHAT, QHeaderView.ResizeMode.Stretch)
        for column, width in ((_WHO, 122), (_DEADLINE, 84), (_STATUS, 130), (_DONE, 84)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            # Never narrower than the header text as the style paints it ("Hoàn thành" in bold).
            table.setColumnWidth(column, max(width, header.sectionSizeHint(column)))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().setVisible(False)
        table.setWordWrap(True)

        self._errors = self.set_fields(ui.form_layout, {
            "group": ui.group_combo, "issue": ui.issue_edit, "impact": ui.impact_edit, "kind": ui.kind_combo,
            "likelihood": ui.likelihood_combo, "severity": ui.severity_combo, "level": ui.level_combo,
            "opportunity": ui.opportunity_edit, "target": ui.target_edit, "department_id": ui.department_combo,
            "procedure_id": ui.procedure_combo, "tthc_field": ui.tthc_field_edit, "notes": ui.notes_edit,
        }, labels={"actions": ui.actions_label.text().rstrip(" :"), "source": self.tr("Raised by")})
        self._fill(entry)
        ui.kind_combo.currentIndexChanged.connect(self._on_kind_changed)
        ui.likelihood_combo.currentIndexChanged.connect(self._on_grading_changed)
        ui.severity_combo.currentIndexChanged.connect(self._on_grading_changed)
        ui.add_action_button.clicked.connect(self._on_add_action_button_clicked)
        ui.remove_action_button.clicked.connect(self._on_remove_action_button_clicked)
        self._on_kind_changed()

    # ------------------------------------------------------------------ API
    def entry(self) -> d.RiskEntry | None:
        return self._entry

    def add_action(self, action: d.RiskAction | None = None) -> int:
        """Append a row to the actions table (tests fill it too); returns its row."""
        table = self._ui.actions_table
        row = table.rowCount()
        table.insertRow(row)
        action = action or d.RiskAction(None, "")
        item = QTableWidgetItem(action.what)
        item.setData(256, action.id)  # Qt.UserRole: keep the action's id through edits
        item.setToolTip(action.what)
        table.setItem(row, _WHAT, item)
        table.setItem(row, _WHO, QTableWidgetItem(action.who))
        table.setItem(row, _DEADLINE, QTableWidgetItem(short_date(action.deadline) if action.deadline else ""))
        combo = QComboBox()
        for status in d.ActionStatus:
            combo.addItem(status.label, status)
        combo.setCurrentIndex(max(combo.findData(action.status), 0))
        table.setCellWidget(row, _STATUS, combo)
        table.setItem(row, _DONE, QTableWidgetItem(short_date(action.done_on) if action.done_on else ""))
        return row

    # ------------------------------------------------------------------ internals
    def _fill(self, entry: d.RiskEntry | None) -> None:
        ui = self._ui
        if entry is None:
            return
        ui.group_combo.setCurrentIndex(max(ui.group_combo.findData(entry.group), 0))
        ui.issue_edit.setPlainText(entry.issue)
        ui.impact_edit.setPlainText(entry.impact)
        ui.kind_combo.setCurrentIndex(max(ui.kind_combo.findData(entry.kind), 0))
        ui.likelihood_combo.setCurrentIndex(max(ui.likelihood_combo.findData(entry.likelihood), 0))
        ui.severity_combo.setCurrentIndex(max(ui.severity_combo.findData(entry.severity), 0))
        ui.level_combo.setCurrentIndex(max(ui.level_combo.findData(entry.level), 0))
        ui.opportunity_edit.setPlainText(entry.opportunity)
        ui.target_edit.setText(entry.target)
        ui.department_combo.setCurrentIndex(max(ui.department_combo.findData(entry.department_id), 0))
        ui.procedure_combo.setCurrentIndex(max(ui.procedure_combo.findData(entry.procedure_id), 0))
        ui.tthc_field_edit.setText(entry.tthc_field)
        ui.notes_edit.setText(entry.notes)
        for action in entry.actions:
            self.add_action(action)

    def _on_kind_changed(self, *_args: object) -> None:
        ui = self._ui
        kind = d.EntryKind(ui.kind_combo.currentData())
        for widget in (ui.level_combo, ui.likelihood_combo, ui.severity_combo):
            widget.setEnabled(kind.has_risk)
        ui.opportunity_edit.setEnabled(kind.has_opportunity)

    def _on_grading_changed(self, *_args: object) -> None:
        """Show the level the matrix gives for likelihood × impact (the matrix is the agency's data)."""
        ui = self._ui
        likelihood, severity = ui.likelihood_combo.currentData(), ui.severity_combo.currentData()
        if likelihood is not None and severity is not None:
            level = self._services.risks.matrix().level(int(likelihood), int(severity))
            ui.level_combo.setCurrentIndex(max(ui.level_combo.findData(level), 0))

    def _on_add_action_button_clicked(self) -> None:
        row = self.add_action()
        item = self._ui.actions_table.item(row, _WHAT)
        if item is not None:
            self._ui.actions_table.editItem(item)

    def _on_remove_action_button_clicked(self) -> None:
        table = self._ui.actions_table
        rows = sorted({i.row() for i in table.selectedIndexes()}, reverse=True)
        for row in rows or ([table.rowCount() - 1] if table.rowCount() else []):
            table.removeRow(row)

    def _actions(self) -> tuple[tuple[d.RiskAction, ...], list[FieldProblem]]:
        table = self._ui.actions_table
        actions: list[d.RiskAction] = []
        problems: list[FieldProblem] = []

        def text(row: int, column: int) -> str:
            item = table.item(row, column)
            return item.text() if item is not None else ""

        for row in range(table.rowCount()):
            if not any(text(row, c).strip() for c in (_WHAT, _WHO, _DEADLINE, _DONE)):
                continue  # an empty line added by mistake
            deadline, p1 = _date_or_problem(text(row, _DEADLINE), row + 1)
            done_on, p2 = _date_or_problem(text(row, _DONE), row + 1)
            problems.extend(p for p in (p1, p2) if p is not None)
            combo = table.cellWidget(row, _STATUS)
            status = d.ActionStatus(combo.currentData()) if isinstance(combo, QComboBox) else d.ActionStatus.PLANNED
            item = table.item(row, _WHAT)
            action_id = item.data(256) if item is not None else None
            actions.append(d.RiskAction(action_id, text(row, _WHAT), text(row, _WHO), deadline, status, done_on))
        return tuple(actions), problems

    def _collect(self) -> tuple[d.RiskEntry, list[FieldProblem]]:
        ui = self._ui
        actions, problems = self._actions()
        kind = d.EntryKind(ui.kind_combo.currentData())
        level = ui.level_combo.currentData()
        likelihood, severity = ui.likelihood_combo.currentData(), ui.severity_combo.currentData()
        base = self._entry or d.RiskEntry(None, self._year, d.RiskGroup.INTERNAL, "")
        entry = replace(
            base, group=d.RiskGroup(ui.group_combo.currentData()), issue=ui.issue_edit.toPlainText(),
            impact=ui.impact_edit.toPlainText(), kind=kind,
            level=d.RiskLevel(level) if level is not None and kind.has_risk else None,
            likelihood=int(likelihood) if likelihood is not None and kind.has_risk else None,
            severity=int(severity) if severity is not None and kind.has_risk else None,
            opportunity=ui.opportunity_edit.toPlainText() if kind.has_opportunity else "",
            target=ui.target_edit.text(), department_id=ui.department_combo.currentData(),
            procedure_id=ui.procedure_combo.currentData(), tthc_field=ui.tthc_field_edit.text(),
            notes=ui.notes_edit.text(), actions=actions, department_name="", procedure_label="")
        return entry, problems

    def check(self) -> list[FieldProblem]:
        return self._collect()[1]

    def write(self) -> None:
        stored = self._services.risks.save(self._collect()[0])
        self._entry = stored
        self.saved.emit(stored)


class RiskEvaluationDialog(FormDialog[Ui_RiskEvaluationDialog]):
    """Record the year-end effectiveness evaluation (hiệu lực) of one entry; emits ``saved``."""

    saved = Signal(object)

    def __init__(self, services: Services, parent: QWidget | None = None, *, entry: d.RiskEntry,
                 evaluator: str = "", today: date | None = None) -> None:
        super().__init__(Ui_RiskEvaluationDialog, parent)
        self._services = services
        self._entry = entry
        ui = self._ui
        self.setWindowTitle(self.tr("Effectiveness evaluation"))
        ui.entry_label.setText(entry.issue)
        for result in d.Effectiveness:
            ui.result_combo.addItem(result.label, result)
        evaluation = entry.evaluation
        if evaluation is not None:
            ui.result_combo.setCurrentIndex(max(ui.result_combo.findData(evaluation.result), 0))
            ui.observed_edit.setPlainText(evaluation.observed)
            ui.evaluated_by_edit.setText(evaluation.evaluated_by)
            ui.evaluated_on_edit.set_date(evaluation.evaluated_on)
        else:
            ui.evaluated_by_edit.setText(evaluator)
            ui.evaluated_on_edit.set_date(today or date.today())
        self._errors = self.set_fields(ui.form_layout, {
            "result": ui.result_combo, "observed": ui.observed_edit, "evaluated_by": ui.evaluated_by_edit,
            "evaluated_on": ui.evaluated_on_edit})

    def check(self) -> list[FieldProblem]:
        problem = self._ui.evaluated_on_edit.problem("evaluated_on", required=True)
        return [problem] if problem is not None else []

    def write(self) -> None:
        ui = self._ui
        when = ui.evaluated_on_edit.date()
        assert when is not None  # check() required it
        stored = self._services.risks.evaluate(self._entry.id or 0, d.Evaluation(
            d.Effectiveness(ui.result_combo.currentData()), ui.observed_edit.toPlainText(),
            ui.evaluated_by_edit.text(), when))
        self._entry = stored
        self.saved.emit(stored)


class RiskMatrixDialog(FormDialog[Ui_RiskMatrixDialog]):
    """Edit the agency's 3 × 3 matrix (likelihood × impact → level), kept with the data in the settings."""

    saved = Signal(object)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(Ui_RiskMatrixDialog, parent)
        self._services = services
        ui = self._ui
        self.setWindowTitle(self.tr("Risk level matrix"))
        matrix = services.risks.matrix()
        grid = ui.grid_layout
        corner = QLabel(self.tr("Likelihood \\ Impact"))
        grid.addWidget(corner, 0, 0)
        for column, label in d.SEVERITY_LABELS.items():
            grid.addWidget(QLabel(f"{column}. {label}"), 0, column)
        self.cells: dict[tuple[int, int], QComboBox] = {}
        for row, label in d.LIKELIHOOD_LABELS.items():
            grid.addWidget(QLabel(f"{row}. {label}"), row, 0)
            for column in d.SEVERITY_LABELS:
                combo = QComboBox()
                for level in d.RiskLevel:
                    combo.addItem(level.label, level)
                combo.setCurrentIndex(combo.findData(matrix.level(row, column)))
                grid.addWidget(combo, row, column)
                self.cells[(row, column)] = combo

    def matrix(self) -> d.RiskMatrix:
        def level(row: int, column: int) -> d.RiskLevel:
            return d.RiskLevel(self.cells[(row, column)].currentData())

        return d.RiskMatrix(tuple((level(row, 1), level(row, 2), level(row, 3)) for row in (1, 2, 3)))

    def write(self) -> None:
        matrix = self.matrix()
        self._services.risks.set_matrix(matrix)
        self.saved.emit(matrix)
