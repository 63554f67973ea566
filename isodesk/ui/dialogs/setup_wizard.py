"""First-run setup wizard: the agency, its departments, people, steering committee and current year.

Built for a first-time, non-technical ISO secretary: every page is checked before Next with the
message next to the field (or under the table, naming the row), and NOTHING is saved until
Finish, which hands everything to ``SetupService.complete_setup`` — one transaction, so a failure
leaves the database untouched and the wizard open with the reason.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
    QWizard,
)

from isodesk.domain.i18n import QT_TRANSLATE_NOOP
from isodesk.domain import core as d
from isodesk.domain.errors import DomainError, FieldProblem, IsodeskError
from isodesk.domain.handover import ReceivedHandover
from isodesk.domain.formatting import doc_reference, fold, format_count, place_date_line, short_date
from isodesk.domain.setup import (
    SetupInput,
    SteeringDecision,
    suggested_departments,
    validate_setup_departments,
    validate_setup_people,
    validate_setup_steering,
    validate_setup_year,
)
from isodesk.ui.errors import error_text, problem_text
from isodesk.ui.forms.ui_setup_wizard import Ui_SetupWizard
from isodesk.ui.labels import STEERING_ORDER, roles_text, steering_label, tier_label
from isodesk.ui.validation import FieldErrors
from isodesk.ui.widgets.province_combo import ward_kind

if TYPE_CHECKING:
    from isodesk.services.registry import Services

_BAD_CELL = QBrush(QColor("#fde4e1"))
_MARKED_TEXT = Qt.ItemDataRole.UserRole + 7  # the text a cell had when it was marked as wrong
_EDIT_TRIGGERS = (QAbstractItemView.EditTrigger.CurrentChanged | QAbstractItemView.EditTrigger.DoubleClicked
                  | QAbstractItemView.EditTrigger.SelectedClicked | QAbstractItemView.EditTrigger.AnyKeyPressed
                  | QAbstractItemView.EditTrigger.EditKeyPressed)


#: What isodesk keeps, by the module that provides it: the welcome page names only modules that are
#: installed, so it grows as modules land (risks, objectives, audits, reviews, the annual report…).
WELCOME_MODULES: tuple[tuple[str, str], ...] = (
    ("isodesk.services.documents.documents_service",
     QT_TRANSLATE_NOOP("SetupWizard", "internal documents with their revisions, distribution and reviews, and the records list")),
    ("isodesk.services.legal.legal_service",
     QT_TRANSLATE_NOOP("SetupWizard", "the external documents (legal texts) the procedures rely on")),
    ("isodesk.services.tthc.tthc_service",
     QT_TRANSLATE_NOOP("SetupWizard", "the administrative procedures (TTHC) in scope and the announcement of conformity")),
    ("isodesk.services.core.document_register_service",
     QT_TRANSLATE_NOOP("SetupWizard", "the register of issued QMS documents (decisions, plans, reports)")),
    ("isodesk.services.plan.plan_service",
     QT_TRANSLATE_NOOP("SetupWizard", "the yearly QMS maintenance plan, drafted from your data in the layout of Decree 30/2020")),
    ("isodesk.services.risks.risk_service",
     QT_TRANSLATE_NOOP("SetupWizard", "the register of risks and opportunities and the plan to address them")),
    ("isodesk.services.objectives.objective_service",
     QT_TRANSLATE_NOOP("SetupWizard", "the quality policy, the quality objectives of the year and their results")),
    ("isodesk.services.audit.audit_service",
     QT_TRANSLATE_NOOP("SetupWizard", "internal audits (team, schedule, findings) and nonconformities with their corrective actions")),
    ("isodesk.services.results.results_service",
     QT_TRANSLATE_NOOP("SetupWizard", "the results of administrative procedures and citizen satisfaction")),
    ("isodesk.services.review.review_service",
     QT_TRANSLATE_NOOP("SetupWizard", "the management review, its inputs assembled from all of the above")),
    ("isodesk.services.core.handover_service",
     QT_TRANSLATE_NOOP("SetupWizard", "daily backups, restore, and the handover to a new ISO secretary in one checked file")),
)


def installed_modules() -> list[str]:
    """The English source texts of :data:`WELCOME_MODULES` whose module is installed."""
    import importlib.util

    return [text for module, text in WELCOME_MODULES if importlib.util.find_spec(module) is not None]


class SetupWizard(QWizard):
    """Collects a :class:`SetupInput`; Finish saves it in one transaction."""

    # Page ids, in the order of forms/setup_wizard.ui.
    WELCOME, AGENCY, DEPARTMENTS, PEOPLE, STEERING, YEAR, SUMMARY = range(7)

    class DepColumn:
        NAME, ABBREVIATION = range(2)

    class PeopleColumn:
        NAME, TITLE, DEPARTMENT, LEADER, SECRETARY, AUDITOR, CERTIFICATE = range(7)

    class SteeringColumn:
        NAME, TITLE, SEAT = range(3)

    def __init__(self, services: Services, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self._ui = Ui_SetupWizard()
        self._ui.setupUi(self)
        self._services = services
        self._today = today or date.today()
        self._departments_tier: d.AgencyTier | None = None
        self._departments_touched = False
        self._steering_prefilled = False
        self._starter_installer = _starter_installer()
        ui = self._ui

        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveFinishButtonOnEarlyPages, False)
        self.setMinimumSize(920, 620)
        self.resize(1060, 700)
        for label in (ui.welcome_label, ui.steps_label, ui.nothing_saved_label):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        ui.welcome_label.setStyleSheet("font-size: 11pt;")
        ui.welcome_label.setTextFormat(Qt.TextFormat.RichText)
        ui.welcome_label.setText(self.welcome_text())
        ui.nothing_saved_label.setObjectName("Muted")
        ui.year_hint_label.setObjectName("Muted")
        ui.decision_preview_label.setObjectName("Muted")
        for label in (ui.departments_error_label, ui.people_error_label, ui.steering_error_label,
                      ui.year_error_label, ui.finish_error_label):
            label.setObjectName("ErrorText")
            label.setWordWrap(True)
            label.setVisible(False)

        # A new PC taking over from a previous secretary receives the handover file instead of a setup.
        self.received: ReceivedHandover | None = None
        self.receive_button = QPushButton(self.tr("Receive a handover from a file…"), ui.welcome_page)
        self.receive_button.setObjectName("receive_handover_button")
        self.receive_button.setToolTip(self.tr(
            "The previous ISO secretary wrote a .isodesk handover file: receive it instead of starting from "
            "nothing. Every file in it is checked first."))
        self.receive_button.clicked.connect(self._on_receive_handover_clicked)
        welcome_layout = ui.welcome_layout
        welcome_layout.insertWidget(welcome_layout.indexOf(ui.nothing_saved_label) + 1, self.receive_button, 0,
                                    Qt.AlignmentFlag.AlignLeft)

        # Departments
        self._setup_table(ui.departments_table, stretch=self.DepColumn.NAME)
        ui.departments_table.horizontalHeader().resizeSection(self.DepColumn.ABBREVIATION, 180)
        # People
        self._setup_table(ui.people_table, stretch=None)
        people_header = ui.people_table.horizontalHeader()
        for column, width in ((self.PeopleColumn.NAME, 180), (self.PeopleColumn.TITLE, 170),
                              (self.PeopleColumn.DEPARTMENT, 190), (self.PeopleColumn.CERTIFICATE, 150)):
            people_header.resizeSection(column, width)
        for column in (self.PeopleColumn.LEADER, self.PeopleColumn.SECRETARY, self.PeopleColumn.AUDITOR):
            people_header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        people_header.setStretchLastSection(True)
        # Steering committee
        self._setup_table(ui.steering_table, stretch=self.SteeringColumn.TITLE)
        ui.steering_table.horizontalHeader().resizeSection(self.SteeringColumn.NAME, 240)
        ui.steering_table.horizontalHeader().resizeSection(self.SteeringColumn.SEAT, 220)
        ui.steering_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        ui.decision_number_spin.setSpecialValueText(self.tr("(none yet)"))
        ui.decision_number_spin.setMaximumWidth(160)
        self.steering_errors = FieldErrors(ui.decision_form, {
            "steering.number": ui.decision_number_spin, "steering.issue_date": ui.decision_date_edit,
            "steering.summary": ui.decision_summary_edit}, ui.steering_error_label,
            labels={"steering.role": self.tr("Seat on the committee")})
        # Year
        ui.year_spin.setMaximumWidth(120)
        self.year_errors = FieldErrors(ui.year_form, {
            "year.year": ui.year_spin, "year.period_start": ui.period_start_edit,
            "year.period_end": ui.period_end_edit, "year.deadline": ui.deadline_edit}, ui.year_error_label)
        self.year_errors.mark_required("year.year", "year.period_start", "year.period_end")
        # Required columns carry the star too; a cell's red mark goes as soon as it is edited.
        for table, column in ((ui.departments_table, self.DepColumn.NAME), (ui.people_table, self.PeopleColumn.NAME)):
            header = table.horizontalHeaderItem(column)
            if header is not None and not header.text().endswith("*"):
                header.setText(header.text() + " *")
        # The new communes and merged agencies started on 01/7/2025; otherwise the start of this year.
        reform = date(2025, 7, 1)
        ui.agency_form.set_valid_from(reform if self._today >= reform else date(self._today.year, 1, 1))
        year = d.reporting_year_of(self._today)
        self._shown_year = year
        ui.year_spin.setValue(year)
        start, end = d.default_period(year)
        ui.period_start_edit.set_date(start)
        ui.period_end_edit.set_date(end)
        # Summary
        self._starter_check = None
        if self._starter_installer is not None:
            from PySide6.QtWidgets import QCheckBox

            self._starter_check = QCheckBox(self.tr("Also add the starter documents (sample procedures and forms to adapt)"))
            self._starter_check.setObjectName("starter_check")
            self._starter_check.setChecked(True)
            ui.summary_layout.insertWidget(1, self._starter_check)

        ui.add_department_button.clicked.connect(self._on_add_department_button_clicked)
        ui.remove_department_button.clicked.connect(self._on_remove_department_button_clicked)
        ui.suggest_departments_button.clicked.connect(self._on_suggest_departments_button_clicked)
        ui.departments_table.itemChanged.connect(self._on_departments_table_item_changed)
        ui.departments_table.itemChanged.connect(self._on_table_item_changed)
        ui.people_table.itemChanged.connect(self._on_table_item_changed)
        ui.add_person_button.clicked.connect(self._on_add_person_button_clicked)
        ui.remove_person_button.clicked.connect(self._on_remove_person_button_clicked)
        ui.decision_number_spin.valueChanged.connect(self._on_decision_changed)
        ui.decision_date_edit.date_changed.connect(self._on_decision_changed)
        ui.year_spin.valueChanged.connect(self._on_year_spin_changed)
        ui.default_period_button.clicked.connect(self._on_default_period_button_clicked)

    # ------------------------------------------------------------------ public (tests, app)
    @property
    def ui(self) -> Ui_SetupWizard:
        return self._ui

    def welcome_text(self) -> str:
        """What isodesk does today: only the modules that are built (no promise of what is not)."""
        items = "".join(f"<li>{html.escape(QCoreApplication.translate('SetupWizard', text))}</li>"
                        for text in installed_modules())
        intro = self.tr("isodesk keeps your agency's ISO 9001 quality management system on this computer:")
        return f"<p>{html.escape(intro)}</p><ul>{items}</ul>"

    def departments(self) -> list[d.Department]:
        """The departments as entered (rows left completely empty are ignored)."""
        table = self._ui.departments_table
        out = []
        for row in range(table.rowCount()):
            name, abbr = self._text(table, row, self.DepColumn.NAME), self._text(table, row, self.DepColumn.ABBREVIATION)
            if name or abbr:
                out.append(d.Department(id=None, name=name, abbreviation=abbr))
        return out

    def set_departments(self, rows: list[tuple[str, str]]) -> None:
        table = self._ui.departments_table
        table.blockSignals(True)
        table.setRowCount(0)
        for name, abbr in rows:
            self._append_department(name, abbr)
        table.blockSignals(False)

    def people(self) -> list[d.Person]:
        """The people as entered, with their steering seat from the steering page."""
        table = self._ui.people_table
        seats = self._seats()
        out = []
        for row in range(table.rowCount()):
            person = self._person_at(row)
            if person is None:
                continue
            out.append(d.Person(
                id=None, full_name=person.full_name, title=person.title, department_name=person.department_name,
                is_leader=person.is_leader, is_iso_secretary=person.is_iso_secretary,
                is_internal_auditor=person.is_internal_auditor, auditor_certificate=person.auditor_certificate,
                steering_role=seats.get(row)))
        return out

    def add_person(self, full_name: str = "", title: str = "", department: str = "", *, leader: bool = False,
                   secretary: bool = False, auditor: bool = False, certificate: str = "") -> int:
        """Append a row to the people table; returns its row number."""
        table = self._ui.people_table
        row = table.rowCount()
        table.insertRow(row)
        table.setItem(row, self.PeopleColumn.NAME, QTableWidgetItem(full_name))
        table.setItem(row, self.PeopleColumn.TITLE, QTableWidgetItem(title))
        combo = QComboBox()
        combo.addItem("")
        combo.addItems([dep.name for dep in self.departments()])
        combo.setCurrentText(department)
        table.setCellWidget(row, self.PeopleColumn.DEPARTMENT, combo)
        for column, checked in ((self.PeopleColumn.LEADER, leader), (self.PeopleColumn.SECRETARY, secretary),
                                (self.PeopleColumn.AUDITOR, auditor)):
            item = QTableWidgetItem()
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            table.setItem(row, column, item)
        table.setItem(row, self.PeopleColumn.CERTIFICATE, QTableWidgetItem(certificate))
        return row

    def set_seat(self, full_name: str, role: d.SteeringRole | None) -> None:
        """Seat someone on the steering committee (the steering page must have been shown)."""
        table = self._ui.steering_table
        for row in range(table.rowCount()):
            if self._text(table, row, self.SteeringColumn.NAME) == full_name:
                combo = table.cellWidget(row, self.SteeringColumn.SEAT)
                assert isinstance(combo, QComboBox)
                combo.setCurrentIndex(max(combo.findData(role.value if role else None), 0))
                return
        raise KeyError(full_name)

    def steering_decision(self) -> SteeringDecision:
        ui = self._ui
        return SteeringDecision(
            number=ui.decision_number_spin.value() or None, issue_date=ui.decision_date_edit.date(),
            summary=ui.decision_summary_edit.text(), signer_name=ui.decision_signer_combo.currentText().strip(),
            signer_title=self._signer_title(ui.decision_signer_combo.currentText().strip()))

    def reporting_year(self) -> d.ReportingYear:
        ui = self._ui
        start = ui.period_start_edit.date() or d.default_period(ui.year_spin.value())[0]
        end = ui.period_end_edit.date() or d.default_period(ui.year_spin.value())[1]
        return d.ReportingYear(id=None, year=ui.year_spin.value(), period_start=start, period_end=end,
                               deadline=ui.deadline_edit.date())

    def setup_input(self) -> SetupInput:
        """Everything entered, as the service takes it."""
        return SetupInput(agency=self._ui.agency_form.profile(), departments=tuple(self.departments()),
                          people=tuple(self.people()), year=self.reporting_year(),
                          steering_decision=self.steering_decision())

    def page_error(self, page_id: int) -> str:
        """The message shown on a page (tests; empty when the page is fine)."""
        ui = self._ui
        if page_id == self.AGENCY:
            form = ui.agency_form.errors
            return "\n".join(t for t in (form.text_of(n) for n in form.labels()) if t) or form.general_text()
        label = {self.DEPARTMENTS: ui.departments_error_label, self.PEOPLE: ui.people_error_label,
                 self.STEERING: ui.steering_error_label, self.YEAR: ui.year_error_label,
                 self.SUMMARY: ui.finish_error_label}[page_id]
        texts = [label.text()]
        if page_id == self.STEERING:
            texts += [self.steering_errors.text_of(n) for n in ("steering.number", "steering.issue_date", "steering.summary")]
        if page_id == self.YEAR:
            texts += [self.year_errors.text_of(n) for n in ("year.year", "year.period_start", "year.period_end", "year.deadline")]
        return "\n".join(t for t in texts if t)

    # ------------------------------------------------------------------ QWizard overrides
    def initializePage(self, page_id: int) -> None:  # noqa: N802 - Qt override
        super().initializePage(page_id)
        if page_id == self.DEPARTMENTS:
            tier = self._ui.agency_form.profile().tier
            if not self._departments_touched and tier != self._departments_tier:
                self._fill_suggested_departments()
        elif page_id == self.PEOPLE:
            self._refresh_department_combos()
            if self._ui.people_table.rowCount() == 0:
                profile = self._ui.agency_form.profile()
                # "Chủ tịch UBND" for a People's Committee, "Giám đốc" for a sở.
                title = f"{profile.head_title} {profile.abbreviation}" if profile.collective_name else profile.head_title
                self.add_person(title=title.strip(), leader=True)
                self.add_person(secretary=True)
        elif page_id == self.STEERING:
            self._fill_steering_table()
            self._fill_signers()
            self._on_decision_changed()
        elif page_id == self.SUMMARY:
            self._ui.summary_browser.setHtml(self._summary_html())
            self._ui.finish_error_label.setVisible(False)

    def validateCurrentPage(self) -> bool:  # noqa: N802 - Qt override
        page = self.currentId()
        if page == self.AGENCY:
            return self._ui.agency_form.validate()
        if page == self.DEPARTMENTS:
            self._commit_edits(self._ui.departments_table)
            return self._check_table(self._ui.departments_table, self._ui.departments_error_label,
                                     validate_setup_departments(self.departments()), self._department_labels(),
                                     {"departments.name": self.DepColumn.NAME,
                                      "departments.abbreviation": self.DepColumn.ABBREVIATION},
                                     rows=self._department_rows())
        if page == self.PEOPLE:
            self._commit_edits(self._ui.people_table)
            people = [p for p in (self._person_at(r) for r in range(self._ui.people_table.rowCount())) if p is not None]
            return self._check_table(self._ui.people_table, self._ui.people_error_label,
                                     validate_setup_people(people, self.departments()), self._people_labels(),
                                     {"people.full_name": self.PeopleColumn.NAME, "people.title": self.PeopleColumn.TITLE,
                                      "people.department_name": self.PeopleColumn.DEPARTMENT,
                                      "people.auditor_certificate": self.PeopleColumn.CERTIFICATE},
                                     rows=self._people_rows())
        if page == self.STEERING:
            problems = []
            date_problem = self._ui.decision_date_edit.problem("steering.issue_date")
            if date_problem is not None:
                problems.append(date_problem)
            problems += [p for p in validate_setup_steering(self.people(), self.steering_decision())
                         if not (date_problem and p.field == "steering.issue_date")]
            self.steering_errors.show(problems)
            return not problems
        if page == self.YEAR:
            problems = [p for p in (self._ui.period_start_edit.problem("year.period_start", required=True),
                                    self._ui.period_end_edit.problem("year.period_end", required=True),
                                    self._ui.deadline_edit.problem("year.deadline")) if p is not None]
            if not problems:
                problems = validate_setup_year(self.reporting_year())
            self.year_errors.show(problems)
            return not problems
        return True

    def accept(self) -> None:
        """Finish: save everything in one transaction; on failure stay open and say why."""
        label = self._ui.finish_error_label
        label.setVisible(False)
        item = self.setup_input()
        # The change history names a person, never the computer's login: the new ISO secretary.
        who = next((p.full_name for p in item.people if p.is_iso_secretary and p.full_name.strip()),
                   next((p.full_name for p in item.people if p.full_name.strip()), ""))
        self._services.history.set_actor(who or self.tr("isodesk user"))
        try:
            self._services.setup.complete_setup(item)
        except DomainError as exc:
            lines = [problem_text(p, self._all_labels()) for p in exc.problems] if exc.problems else [error_text(exc)]
            label.setText(self.tr("Nothing was saved:") + "\n" + "\n".join(dict.fromkeys(lines)))
            label.setVisible(True)
            return
        except Exception as exc:  # noqa: BLE001 - the transaction rolled back; say so
            label.setText(self.tr("Nothing was saved:") + "\n" + error_text(exc))
            label.setVisible(True)
            return
        if self._starter_installer is not None and self._starter_check is not None and self._starter_check.isChecked():
            try:
                self._install_starter_documents()
            except Exception as exc:  # noqa: BLE001 - the setup itself is saved; starter content is optional
                from isodesk.ui.errors import show_error

                show_error(self, self.tr("Starter documents"), exc)
        super().accept()

    # ------------------------------------------------------------------ receiving a handover
    def _on_receive_handover_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Receive a handover"), "",
                                              self.tr("isodesk handover (*.isodesk)"))
        if path:
            self.receive_handover(Path(path))

    def receive_handover(self, path: Path) -> QMessageBox | None:
        """Check the handover file at ``path`` completely, then ask before receiving it (the box is
        returned for tests); a refused file is explained and nothing changes."""
        from isodesk.services.core.handover_service import inspect_package
        from isodesk.ui.dialogs.confirm import ask
        from isodesk.ui.errors import show_error

        try:
            manifest = inspect_package(path)
        except IsodeskError as exc:
            show_error(self, self.tr("Receive a handover"), exc)
            return None
        people = manifest.people
        text = self.tr("{agency}: {outgoing} hands over to {incoming} on {day}. {files} files were checked "
                       "against their SHA-256. Receive this data and continue as the ISO secretary?").format(
            agency=manifest.agency_name, outgoing=people.outgoing_name, incoming=people.incoming_name,
            day=short_date(people.handed_on), files=format_count(len(manifest.members)))
        return ask(self, self.tr("Receive a handover"), text, lambda: self._receive(path),
                   yes_text=self.tr("Receive"))

    def _receive(self, path: Path) -> None:
        from isodesk.ui.errors import show_error

        try:
            self.received = self._services.handover.receive_here(path)
        except IsodeskError as exc:
            show_error(self, self.tr("Receive a handover"), exc)
            return
        self._services.history.set_actor(self.received.manifest.people.incoming_name)
        # Finished without the setup's own saving: the agency, people and years came with the data.
        QDialog.done(self, int(QDialog.DialogCode.Accepted))

    def _install_starter_documents(self) -> None:
        """The starter documents belong to the ISO secretary's department (else the first one)."""
        assert self._starter_installer is not None
        people = self._services.agency.people()
        secretary = next((p for p in people if p.is_iso_secretary and p.department_id), None)
        departments = self._services.agency.departments()
        department_id = secretary.department_id if secretary else (departments[0].id if departments else None)
        self._starter_installer(self._services, department_id)

    # ------------------------------------------------------------------ tables
    @staticmethod
    def _setup_table(table: QTableWidget, stretch: int | None) -> None:
        table.verticalHeader().setVisible(True)
        table.verticalHeader().setDefaultSectionSize(30)
        table.setEditTriggers(_EDIT_TRIGGERS)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        if stretch is not None:
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)

    @staticmethod
    def _text(table: QTableWidget, row: int, column: int) -> str:
        item = table.item(row, column)
        return " ".join(item.text().split()) if item is not None else ""

    @staticmethod
    def _checked(table: QTableWidget, row: int, column: int) -> bool:
        item = table.item(row, column)
        return item is not None and item.checkState() == Qt.CheckState.Checked

    @staticmethod
    def _commit_edits(table: QTableWidget) -> None:
        """Take what is being typed in a cell (Next may be clicked before the cell is left)."""
        focus = QApplication.focusWidget()
        if focus is not None and table.isAncestorOf(focus) and table.state() == QAbstractItemView.State.EditingState:
            table.commitData(focus)
            table.closeEditor(focus, QAbstractItemDelegate.EndEditHint.NoHint)
        table.setCurrentIndex(QModelIndex())

    def _check_table(self, table: QTableWidget, label: QLabel, problems: list[FieldProblem], labels: dict[str, str],
                     columns: dict[str, int], *, rows: list[int]) -> bool:
        """Colour the cells at fault and list the problems (with row numbers) under the table."""
        for row in range(table.rowCount()):
            for column in range(table.columnCount()):
                item = table.item(row, column)
                if item is not None:
                    item.setBackground(QBrush())
        lines = []
        for p in problems:
            # Validators count entered rows; map back to the table row the secretary sees.
            table_row = rows[p.row - 1] if p.row is not None and 0 < p.row <= len(rows) else None
            shown = FieldProblem(p.field, p.code, p.params, table_row + 1 if table_row is not None else None)
            lines.append(problem_text(shown, labels))
            if table_row is not None and p.field in columns:
                item = table.item(table_row, columns[p.field])
                if item is not None:
                    item.setData(_MARKED_TEXT, item.text())
                    item.setBackground(_BAD_CELL)
        label.setText("\n".join(dict.fromkeys(lines)))
        label.setVisible(bool(lines))
        return not problems

    # departments
    def _append_department(self, name: str, abbr: str) -> None:
        table = self._ui.departments_table
        row = table.rowCount()
        table.insertRow(row)
        table.setItem(row, self.DepColumn.NAME, QTableWidgetItem(name))
        table.setItem(row, self.DepColumn.ABBREVIATION, QTableWidgetItem(abbr))

    def _department_rows(self) -> list[int]:
        table = self._ui.departments_table
        return [r for r in range(table.rowCount())
                if self._text(table, r, self.DepColumn.NAME) or self._text(table, r, self.DepColumn.ABBREVIATION)]

    def _fill_suggested_departments(self) -> None:
        profile = self._ui.agency_form.profile()
        ward = ward_kind(profile.province, profile.place_name) == "phường"
        self.set_departments(suggested_departments(profile.tier, ward=ward))
        self._departments_tier = profile.tier
        self._departments_touched = False

    def _department_labels(self) -> dict[str, str]:
        header = _header_text(self._ui.departments_table)
        return {"departments.name": header(self.DepColumn.NAME), "departments.abbreviation": header(self.DepColumn.ABBREVIATION)}

    # people
    def _person_at(self, row: int) -> d.Person | None:
        table = self._ui.people_table
        c = self.PeopleColumn
        combo = table.cellWidget(row, c.DEPARTMENT)
        department = combo.currentText().strip() if isinstance(combo, QComboBox) else ""
        name, title, cert = self._text(table, row, c.NAME), self._text(table, row, c.TITLE), self._text(table, row, c.CERTIFICATE)
        leader, secretary, auditor = (self._checked(table, row, c.LEADER), self._checked(table, row, c.SECRETARY),
                                      self._checked(table, row, c.AUDITOR))
        if not (name or cert or leader or secretary or auditor or (title and department)):
            return None  # an untouched row (a title alone was pre-filled)
        return d.Person(id=None, full_name=name, title=title, department_name=department, is_leader=leader,
                        is_iso_secretary=secretary, is_internal_auditor=auditor, auditor_certificate=cert)

    def _people_rows(self) -> list[int]:
        return [r for r in range(self._ui.people_table.rowCount()) if self._person_at(r) is not None]

    def _people_labels(self) -> dict[str, str]:
        header = _header_text(self._ui.people_table)
        c = self.PeopleColumn
        return {"people.full_name": header(c.NAME), "people.title": header(c.TITLE),
                "people.department_name": header(c.DEPARTMENT), "people.auditor_certificate": header(c.CERTIFICATE)}

    def _refresh_department_combos(self) -> None:
        names = [dep.name for dep in self.departments()]
        table = self._ui.people_table
        for row in range(table.rowCount()):
            combo = table.cellWidget(row, self.PeopleColumn.DEPARTMENT)
            if not isinstance(combo, QComboBox):
                continue
            current = combo.currentText()
            combo.clear()
            combo.addItem("")
            combo.addItems(names)
            combo.setCurrentText(current if current in names else "")

    # steering committee
    def _seats(self) -> dict[int, d.SteeringRole]:
        """People-table row → seat, from the steering table (rows are in the same order)."""
        table = self._ui.steering_table
        seats: dict[int, d.SteeringRole] = {}
        for row in range(table.rowCount()):
            combo = table.cellWidget(row, self.SteeringColumn.SEAT)
            name_item = table.item(row, self.SteeringColumn.NAME)
            people_row = name_item.data(Qt.ItemDataRole.UserRole) if name_item is not None else None
            if isinstance(combo, QComboBox) and combo.currentData() is not None and people_row is not None:
                seats[int(people_row)] = d.SteeringRole(combo.currentData())
        return seats

    def _fill_steering_table(self) -> None:
        table = self._ui.steering_table
        previous: dict[str, str | None] = {}
        for row in range(table.rowCount()):
            combo = table.cellWidget(row, self.SteeringColumn.SEAT)
            if isinstance(combo, QComboBox):
                previous[self._text(table, row, self.SteeringColumn.NAME)] = combo.currentData()
        table.setRowCount(0)
        people_rows = self._people_rows()
        first_leader = True
        for people_row in people_rows:
            person = self._person_at(people_row)
            assert person is not None
            row = table.rowCount()
            table.insertRow(row)
            name_item = QTableWidgetItem(person.full_name)
            name_item.setData(Qt.ItemDataRole.UserRole, people_row)
            table.setItem(row, self.SteeringColumn.NAME, name_item)
            table.setItem(row, self.SteeringColumn.TITLE, QTableWidgetItem(person.title))
            combo = QComboBox()
            combo.addItem(self.tr("Not a member"), None)
            for role in sorted(d.SteeringRole, key=lambda r: STEERING_ORDER[r]):
                combo.addItem(steering_label(role), role.value)
            if person.full_name in previous:
                combo.setCurrentIndex(max(combo.findData(previous[person.full_name]), 0))
            elif not self._steering_prefilled:
                # A usual committee: the head of the agency chairs it, the ISO secretary is its secretary.
                if person.is_leader and first_leader:
                    combo.setCurrentIndex(combo.findData(d.SteeringRole.HEAD.value))
                    first_leader = False
                elif person.is_leader:
                    combo.setCurrentIndex(combo.findData(d.SteeringRole.DEPUTY.value))
                elif person.is_iso_secretary:
                    combo.setCurrentIndex(combo.findData(d.SteeringRole.SECRETARY.value))
            table.setCellWidget(row, self.SteeringColumn.SEAT, combo)
        self._steering_prefilled = True

    def _fill_signers(self) -> None:
        combo = self._ui.decision_signer_combo
        current = combo.currentText()
        combo.clear()
        leaders = [p for p in self.people() if p.is_leader and p.full_name]
        for p in leaders:
            combo.addItem(p.full_name)
        combo.setCurrentText(current or (leaders[0].full_name if leaders else ""))

    def _signer_title(self, name: str) -> str:
        """The title a leader signs with: "Chủ tịch" for "Chủ tịch UBND", "Phó Chủ tịch" for a deputy."""
        profile = self._ui.agency_form.profile()
        person = next((p for p in self.people() if p.full_name == name), None)
        if person is None:
            return ""
        for title in (profile.deputy_title, profile.head_title):  # deputy first: "Phó Chủ tịch…" starts with "Phó"
            if title and fold(person.title).startswith(fold(title)):
                return title
        return person.title

    # ------------------------------------------------------------------ summary
    def _all_labels(self) -> dict[str, str]:
        labels = {f"agency.{k}": v for k, v in self._ui.agency_form.errors.labels().items()}
        labels.update(self._department_labels())
        labels.update(self._people_labels())
        labels.update(self.steering_errors.labels())
        labels.update(self.year_errors.labels())
        return labels

    def _summary_html(self) -> str:
        e = html.escape
        item = self.setup_input()
        a = item.agency
        # Translated texts are looked up outside the f-strings (lupdate does not read inside them).
        t_agency = self.tr("Agency")
        t_parent = self.tr("Governing agency")
        t_dates = self.tr("Dates will read")
        t_numbers = self.tr("Document numbers")
        t_valid = self.tr("valid from")
        t_departments = self.tr("Departments")
        t_people = self.tr("People")
        t_steering = self.tr("ISO steering committee")
        t_no_members = self.tr("No members yet")
        number = doc_reference(1, "KH-" + a.abbreviation, None).split(" ngày")[0]
        parts = [f"<h3>{e(t_agency)}</h3><p><b>{e(a.name)}</b><br>"]
        if a.parent_name:
            parts.append(f"{e(t_parent)}: {e(a.parent_name)}<br>")
        parts.append(f"{e(tier_label(a.tier))} · {e(a.province)}<br>")
        parts.append(f"{e(t_dates)}: <i>{e(place_date_line(a.place_name, self._today))}</i><br>")
        parts.append(f"{e(t_numbers)}: <i>{e(number)}</i> · {e(t_valid)} {e(short_date(a.valid_from))}</p>")
        parts.append(f"<h3>{e(t_departments)} ({len(item.departments)})</h3><ul>")
        parts += [f"<li>{e(dep.name)}{' (' + e(dep.abbreviation) + ')' if dep.abbreviation else ''}</li>"
                  for dep in item.departments]
        parts.append(f"</ul><h3>{e(t_people)} ({len(item.people)})</h3><ul>")
        for p in item.people:
            extra = ", ".join(x for x in (p.title, p.department_name, roles_text(p)) if x)
            parts.append(f"<li><b>{e(p.full_name)}</b>{' — ' + e(extra) if extra else ''}</li>")
        parts.append(f"</ul><h3>{e(t_steering)}</h3><ul>")
        seated = sorted((p for p in item.people if p.steering_role), key=lambda p: STEERING_ORDER[p.steering_role])
        parts += [f"<li>{e(steering_label(p.steering_role))}: {e(p.full_name)}</li>" for p in seated]
        if not seated:
            parts.append(f"<li>{e(t_no_members)}</li>")
        parts.append("</ul>")
        decision = item.steering_decision
        if decision is not None and not decision.is_blank:
            ref = doc_reference(decision.number, f"QĐ-{a.abbreviation}", decision.issue_date)
            line = self.tr("Deciding decision: Decision No. {reference} — {summary}").format(
                reference=ref.strip(), summary=decision.summary)
        else:
            line = self.tr("Deciding decision: not entered yet (you can add it later).")
        parts.append(f"<p>{e(line)}</p>")
        y = item.year
        title = self.tr("Reporting year {year}").format(year=y.year)
        period = self.tr("Period: {start} – {end}").format(start=short_date(y.period_start), end=short_date(y.period_end))
        parts.append(f"<h3>{e(title)}</h3><p>{e(period)}")
        if y.deadline:
            parts.append("<br>" + e(self.tr("Report deadline: {date}").format(date=short_date(y.deadline))))
        parts.append("</p>")
        return "".join(parts)

    # ------------------------------------------------------------------ slots
    @staticmethod
    def _on_table_item_changed(item: QTableWidgetItem) -> None:
        if item.background() == _BAD_CELL and item.text() != item.data(_MARKED_TEXT):
            item.setBackground(QBrush())

    @staticmethod
    def _edit_cell(table: QTableWidget, row: int, column: int) -> None:
        """Make the cell current and open its editor (once: the current-changed trigger may already have)."""
        table.setCurrentCell(row, column)
        if table.state() != QAbstractItemView.State.EditingState and (item := table.item(row, column)) is not None:
            table.editItem(item)

    def _on_add_department_button_clicked(self) -> None:
        self._append_department("", "")
        table = self._ui.departments_table
        self._departments_touched = True
        self._edit_cell(table, table.rowCount() - 1, self.DepColumn.NAME)

    def _on_remove_department_button_clicked(self) -> None:
        table = self._ui.departments_table
        row = table.currentRow()
        if row < 0 and table.selectionModel().selectedRows():
            row = table.selectionModel().selectedRows()[0].row()
        if row >= 0:
            table.removeRow(row)
            self._departments_touched = True

    def _on_suggest_departments_button_clicked(self) -> None:
        self._fill_suggested_departments()

    def _on_departments_table_item_changed(self, _item: QTableWidgetItem) -> None:
        self._departments_touched = True

    def _on_add_person_button_clicked(self) -> None:
        row = self.add_person()
        self._edit_cell(self._ui.people_table, row, self.PeopleColumn.NAME)

    def _on_remove_person_button_clicked(self) -> None:
        table = self._ui.people_table
        row = table.currentRow()
        if row >= 0:
            table.removeRow(row)

    def _on_decision_changed(self, *_args: object) -> None:
        ui = self._ui
        number = ui.decision_number_spin.value() or None
        when = ui.decision_date_edit.date()
        abbr = ui.agency_form.profile().abbreviation.strip() or "…"
        if number is None and when is None:
            ui.decision_preview_label.setText(self.tr("It will be saved in the register of issued documents."))
            return
        ref = doc_reference(number, f"QĐ-{abbr}", when)
        ui.decision_preview_label.setText(self.tr("Will be registered as: Decision No. {reference}").format(reference=ref.strip()))

    def _on_year_spin_changed(self, value: int) -> None:
        ui = self._ui
        if (ui.period_start_edit.date(), ui.period_end_edit.date()) == d.default_period(self._shown_year):
            start, end = d.default_period(value)
            ui.period_start_edit.set_date(start)
            ui.period_end_edit.set_date(end)
        self._shown_year = value

    def _on_default_period_button_clicked(self) -> None:
        start, end = d.default_period(self._ui.year_spin.value())
        self._ui.period_start_edit.set_date(start)
        self._ui.period_end_edit.set_date(end)


def _header_text(table: QTableWidget) -> Callable[[int], str]:
    """A column's header label without the required-field star (the name a message gives the field)."""
    def text(column: int) -> str:
        item = table.horizontalHeaderItem(column)
        return item.text().rstrip(" *") if item is not None else ""
    return text


def _starter_installer():
    """``install_starter_documents(services, department_id)`` when the documents module is installed, else None."""
    try:
        from isodesk.demo.starter import install_starter_documents
    except ImportError:
        return None
    return install_starter_documents
