"""Cài đặt: the agency (with its names over time), departments, people, the ISO steering committee,
reporting years, the interface language and the change history.

Every change goes dialog → service → reload of the tab, then ``window.data_changed("settings")``
so the home screen's checklist and the header follow.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from isodesk.domain.core import ChangeAction, DocPurpose, Person, SteeringRole
from isodesk.domain.core_registers import DEPARTMENTS_SPEC, PEOPLE_SPEC
from isodesk.domain.formatting import short_date
from isodesk.ui.dialogs.confirm import ask
from isodesk.ui.errors import show_error
from isodesk.ui.labels import STEERING_ORDER, steering_label
from isodesk.ui.models.agency_version_table_model import AgencyVersionTableModel
from isodesk.ui.models.dto_table_model import DtoTableModel
from isodesk.ui.models.history_table_model import entity_label
from isodesk.ui.models.register_looks import departments_look, people_look
from isodesk.ui.models.register_model import RegisterFilterProxyModel, RegisterTableModel
from isodesk.ui.models.steering_table_model import SteeringTableModel
from isodesk.ui.models.year_table_model import YearTableModel
from isodesk.ui.settings import UiSettings
from isodesk.ui.validation import run_save
from isodesk.ui.widgets.agency_form import AgencyForm
from isodesk.ui.widgets.history_view import HistoryView
from isodesk.ui.widgets.register_tab_base import connect_buttons, fit_columns

if TYPE_CHECKING:
    from isodesk.services.registry import Services
    from isodesk.ui.main_window import MainWindow


def _table(model: Any, *, sortable: bool = True) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.setSortingEnabled(sortable)
    if sortable:
        view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the service's order until a header is clicked
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return view


def _sorted_proxy(parent: QWidget, model: DtoTableModel) -> QSortFilterProxyModel:
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(DtoTableModel.SortRole)
    return proxy


def _selected_row(view: QTableView) -> Any:
    rows = view.selectionModel().selectedRows()
    return rows[0].data(DtoTableModel.RowRole) if rows else None


def _select_ids(view: QTableView, ids: tuple[int, ...] | list[int]) -> None:
    model = view.model()
    selection = view.selectionModel()
    selection.clearSelection()
    first: QModelIndex | None = None
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        item = index.data(DtoTableModel.RowRole)
        if getattr(item, "id", None) in ids:
            selection.select(index, QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
            first = first or index
    if first is not None:
        view.scrollTo(first)


def _button_row(*widgets: QWidget, stretch_at: int | None = None) -> QHBoxLayout:
    row = QHBoxLayout()
    for i, widget in enumerate(widgets):
        if stretch_at == i:
            row.addStretch(1)
        row.addWidget(widget)
    if stretch_at is None:
        row.addStretch(1)
    return row


class SettingsScreen(QWidget):
    """Tabs of the agency's master data; ``open_target(sub, ids)`` opens a tab and selects records."""

    TAB_KEYS = ("agency", "departments", "people", "steering", "years", "language", "history")

    def __init__(self, services: Services, window: MainWindow) -> None:
        super().__init__()
        self.setObjectName("SettingsScreen")
        self._services = services
        self._window = window
        self._ui_settings = UiSettings()
        self.current_dialog: QDialog | None = None
        self.question: QMessageBox | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        self.title = QLabel(self.tr("Settings"))
        self.title.setObjectName("ScreenTitle")
        self.tabs = QTabWidget()
        self.tabs.setObjectName("settings_tabs")
        self.tabs.setDocumentMode(True)
        layout.addWidget(self.title)
        layout.addWidget(self.tabs, 1)

        self.tabs.addTab(self._build_agency_tab(), self.tr("Agency"))
        self.tabs.addTab(self._build_departments_tab(), self.tr("Departments"))
        self.tabs.addTab(self._build_people_tab(), self.tr("People"))
        self.tabs.addTab(self._build_steering_tab(), self.tr("ISO steering committee"))
        self.tabs.addTab(self._build_years_tab(), self.tr("Reporting years"))
        self.tabs.addTab(self._build_language_tab(), self.tr("Language"))
        self.tabs.addTab(self._build_history_tab(), self.tr("Change history"))
        from isodesk.ui.widgets.backups import BackupSettingsPage  # issue 12: automatic backups

        self.backup_page = BackupSettingsPage(services, window)
        self.tabs.addTab(self.backup_page, self.tr("Backups"))

        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        window.data_changed.connect(self._on_window_data_changed)
        self.refresh()

    # ================================================================== building
    def _build_agency_tab(self) -> QWidget:
        page = QWidget()
        outer = QVBoxLayout(page)
        outer.setContentsMargins(0, 8, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        host = QWidget()
        layout = QVBoxLayout(host)
        layout.setContentsMargins(0, 0, 8, 0)
        self.agency_version_label = QLabel()
        self.agency_version_label.setObjectName("Muted")
        self.agency_version_label.setWordWrap(True)
        self.agency_form = AgencyForm()
        self.agency_form.setObjectName("agency_form")
        self.agency_error_label = QLabel()
        self.agency_form.errors.set_general(self.agency_error_label)
        self.save_agency_button = QPushButton(self.tr("Save changes"))
        self.save_agency_button.setObjectName("Primary")
        self.save_agency_button.setToolTip(self.tr("Correct this version (for a new name from a date, use “Rename or merge…”)"))
        self.revert_agency_button = QPushButton(self.tr("Undo changes"))
        self.rename_button = QPushButton(self.tr("Rename or merge…"))
        self.rename_button.setToolTip(self.tr("The agency has a new name or structure from a date; older documents keep the old name"))
        versions_title = QLabel(self.tr("Names over time"))
        versions_title.setObjectName("SectionTitle")
        self.versions_model = AgencyVersionTableModel(self)
        self.versions_view = _table(self.versions_model, sortable=False)
        self.versions_view.setObjectName("versions_table")
        self.versions_view.setMinimumHeight(110)
        self.versions_view.setMaximumHeight(160)
        layout.addWidget(self.agency_version_label)
        layout.addWidget(self.agency_form)
        layout.addWidget(self.agency_error_label)
        layout.addLayout(_button_row(self.save_agency_button, self.revert_agency_button, self.rename_button, stretch_at=2))
        layout.addWidget(versions_title)
        layout.addWidget(self.versions_view)
        layout.addStretch(1)
        scroll.setWidget(host)
        outer.addWidget(scroll)

        connect_buttons(self, self, "save_agency", "revert_agency", "rename")
        self.versions_view.selectionModel().selectionChanged.connect(self._on_versions_view_selection_changed)
        return page

    def _build_departments_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 8, 0, 0)
        self.add_department_button = QPushButton(self.tr("Add department"))
        self.add_department_button.setObjectName("Primary")
        self.edit_department_button = QPushButton(self.tr("Edit"))
        self.toggle_department_button = QPushButton(self.tr("No longer used"))
        self.toggle_department_button.setToolTip(self.tr("Departments are never deleted: old records still name them"))
        self.inactive_departments_check = QCheckBox(self.tr("Show departments no longer used"))
        # Declared once in domain (DEPARTMENTS_SPEC), shown by the one register model and proxy.
        self.departments_model = RegisterTableModel(DEPARTMENTS_SPEC, departments_look(), self)
        self.departments_proxy = RegisterFilterProxyModel(DEPARTMENTS_SPEC, self)
        self.departments_proxy.setSourceModel(self.departments_model)
        self.departments_view = _table(self.departments_proxy)
        self._departments_fitter = fit_columns(self.departments_view)
        self.departments_view.setObjectName("departments_table")
        layout.addLayout(_button_row(self.add_department_button, self.edit_department_button,
                                     self.toggle_department_button, self.inactive_departments_check, stretch_at=3))
        layout.addWidget(self.departments_view, 1)

        connect_buttons(self, self, "add_department", "edit_department", "toggle_department")
        self.inactive_departments_check.toggled.connect(self._on_inactive_departments_check_toggled)
        self.departments_view.doubleClicked.connect(self._on_edit_department_button_clicked)
        self.departments_view.selectionModel().selectionChanged.connect(self._update_buttons)
        return page

    def _build_people_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 8, 0, 0)
        self.people_filter_edit = QLineEdit()
        self.people_filter_edit.setObjectName("people_filter_edit")
        self.people_filter_edit.setPlaceholderText(self.tr("Search name, position, department or role…"))
        self.people_filter_edit.setClearButtonEnabled(True)
        self.inactive_people_check = QCheckBox(self.tr("Show people who have left"))
        self.add_person_button = QPushButton(self.tr("Add person"))
        self.add_person_button.setObjectName("Primary")
        self.edit_person_button = QPushButton(self.tr("Edit"))
        self.toggle_person_button = QPushButton(self.tr("Has left"))
        self.toggle_person_button.setToolTip(self.tr("People are never deleted: their signatures and roles stay on record"))
        self.history_person_button = QPushButton(self.tr("History"))
        # Declared once in domain (PEOPLE_SPEC), shown by the one register model and proxy; those who
        # left are hidden until the check box is ticked.
        self.people_model = RegisterTableModel(PEOPLE_SPEC, people_look(), self)
        self.people_proxy = RegisterFilterProxyModel(PEOPLE_SPEC, self)
        self.people_proxy.setSourceModel(self.people_model)
        self.people_proxy.set_filters(active_only=True)
        self.people_view = _table(self.people_proxy)
        self._people_fitter = fit_columns(self.people_view)
        self.people_view.setObjectName("people_table")
        filters = QHBoxLayout()
        filters.addWidget(self.people_filter_edit, 1)
        filters.addWidget(self.inactive_people_check)
        layout.addLayout(filters)
        layout.addLayout(_button_row(self.add_person_button, self.edit_person_button, self.toggle_person_button,
                                     self.history_person_button, stretch_at=3))
        layout.addWidget(self.people_view, 1)

        self.people_filter_edit.textChanged.connect(self._on_people_filter_edit_text_changed)
        self.inactive_people_check.toggled.connect(self._on_inactive_people_check_toggled)
        connect_buttons(self, self, "add_person", "edit_person", "toggle_person", "history_person")
        self.people_view.doubleClicked.connect(self._on_edit_person_button_clicked)
        self.people_view.selectionModel().selectionChanged.connect(self._update_buttons)
        return page

    def _build_steering_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 8, 0, 0)
        intro = QLabel(self.tr("The Ban Chỉ đạo ISO directs the quality management system. Each member is appointed "
                               "by a decision (QĐ) kept in the register of issued documents."))
        intro.setObjectName("Muted")
        intro.setWordWrap(True)
        self.decision_combo = QComboBox()
        self.decision_combo.setObjectName("decision_combo")
        self.decision_combo.setMinimumWidth(420)
        self.new_decision_button = QPushButton(self.tr("Record a new decision…"))
        self.link_decision_button = QPushButton(self.tr("Apply to all members"))
        self.link_decision_button.setToolTip(self.tr("Record that every current member was appointed by this decision"))
        decision_row = QHBoxLayout()
        decision_row.addWidget(QLabel(self.tr("Deciding decision:")))
        decision_row.addWidget(self.decision_combo, 1)
        decision_row.addWidget(self.new_decision_button)
        decision_row.addWidget(self.link_decision_button)

        self.steering_model = SteeringTableModel(self)
        self.steering_proxy = _sorted_proxy(self, self.steering_model)
        self.steering_view = _table(self.steering_proxy)
        self.steering_view.setObjectName("steering_table")
        self.steering_view.sortByColumn(SteeringTableModel.Column.SEAT, Qt.SortOrder.AscendingOrder)

        self.member_combo = QComboBox()
        self.member_combo.setObjectName("member_combo")
        self.member_combo.setMinimumWidth(260)
        self.seat_combo = QComboBox()
        self.seat_combo.setObjectName("seat_combo")
        for role in sorted(SteeringRole, key=lambda r: STEERING_ORDER[r]):
            self.seat_combo.addItem(steering_label(role), role.value)
        self.seat_combo.setCurrentIndex(self.seat_combo.findData(SteeringRole.MEMBER.value))
        self.add_member_button = QPushButton(self.tr("Add to the committee"))
        self.add_member_button.setObjectName("Primary")
        self.edit_member_button = QPushButton(self.tr("Edit…"))
        self.remove_member_button = QPushButton(self.tr("Remove from the committee"))
        add_row = QHBoxLayout()
        add_row.addWidget(QLabel(self.tr("Person:")))
        add_row.addWidget(self.member_combo, 1)
        add_row.addWidget(QLabel(self.tr("Seat:")))
        add_row.addWidget(self.seat_combo)
        add_row.addWidget(self.add_member_button)
        # The person combo takes the spare room: "name — title" of a long title must show whole.
        add_row.addSpacing(12)
        add_row.addWidget(self.edit_member_button)
        add_row.addWidget(self.remove_member_button)
        self.steering_error_label = QLabel()
        self.steering_error_label.setObjectName("ErrorText")
        self.steering_error_label.setWordWrap(True)
        self.steering_error_label.setVisible(False)

        layout.addWidget(intro)
        layout.addLayout(decision_row)
        layout.addWidget(self.steering_view, 1)
        layout.addLayout(add_row)
        layout.addWidget(self.steering_error_label)

        connect_buttons(self, self, "new_decision", "link_decision", "add_member", "edit_member", "remove_member")
        self.steering_view.doubleClicked.connect(self._on_edit_member_button_clicked)
        self.steering_view.selectionModel().selectionChanged.connect(self._update_buttons)
        return page

    def _build_years_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 8, 0, 0)
        self.add_year_button = QPushButton(self.tr("Add reporting year"))
        self.add_year_button.setObjectName("Primary")
        self.edit_year_button = QPushButton(self.tr("Edit"))
        self.years_model = YearTableModel(self)
        self.years_proxy = _sorted_proxy(self, self.years_model)
        self.years_view = _table(self.years_proxy)
        self.years_view.setObjectName("years_table")
        self.years_view.sortByColumn(YearTableModel.Column.YEAR, Qt.SortOrder.DescendingOrder)
        hint = QLabel(self.tr("The period of a year is the data cut-off of its annual report (usually 15/12 of the "
                              "previous year to 14/12). The deadline comes from the provincial plan."))
        hint.setObjectName("Muted")
        hint.setWordWrap(True)
        layout.addLayout(_button_row(self.add_year_button, self.edit_year_button))
        layout.addWidget(self.years_view, 1)
        layout.addWidget(hint)

        connect_buttons(self, self, "add_year", "edit_year")
        self.years_view.doubleClicked.connect(self._on_edit_year_button_clicked)
        self.years_view.selectionModel().selectionChanged.connect(self._update_buttons)
        return page

    def _build_language_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 8, 0, 0)
        box = QGroupBox(self.tr("Interface language"))
        box_layout = QVBoxLayout(box)
        self.vietnamese_radio = QRadioButton("Tiếng Việt")
        self.english_radio = QRadioButton("English")
        self.language_group = QButtonGroup(self)
        self.language_group.addButton(self.vietnamese_radio)
        self.language_group.addButton(self.english_radio)
        self.language_note = QLabel(self.tr("The new language is used the next time isodesk starts. Documents "
                                            "and reports are always written in Vietnamese."))
        self.language_note.setObjectName("Muted")
        self.language_note.setWordWrap(True)
        box_layout.addWidget(self.vietnamese_radio)
        box_layout.addWidget(self.english_radio)
        box_layout.addWidget(self.language_note)
        box.setMaximumWidth(640)
        layout.addWidget(box)
        layout.addStretch(1)
        (self.english_radio if self._ui_settings.language == "en" else self.vietnamese_radio).setChecked(True)
        self.vietnamese_radio.toggled.connect(self._on_vietnamese_radio_toggled)
        return page

    def _build_history_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 8, 0, 0)
        self.history_entity_combo = QComboBox()
        self.history_entity_combo.setObjectName("history_entity_combo")
        self.history_entity_combo.setMinimumWidth(220)
        self.history_deletions_check = QCheckBox(self.tr("Only deletions"))
        self.history_reload_button = QPushButton(self.tr("Reload"))
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Records:")))
        row.addWidget(self.history_entity_combo)
        row.addWidget(self.history_deletions_check)
        row.addStretch(1)
        row.addWidget(self.history_reload_button)
        self.history_view = HistoryView()
        self.history_view.setObjectName("history_view")
        # Issue 12 item 15: the change history altered outside isodesk is named here, in red.
        self.history_tamper_banner = QLabel()
        self.history_tamper_banner.setObjectName("history_tamper_banner")
        self.history_tamper_banner.setWordWrap(True)
        self.history_tamper_banner.setStyleSheet("QLabel { background: #fde4e1; color: #b3261e; border: 1px solid "
                                                 "#b3261e; border-radius: 4px; padding: 8px; font-weight: 600; }")
        self.history_tamper_banner.setVisible(False)
        layout.addWidget(self.history_tamper_banner)
        layout.addLayout(row)
        layout.addWidget(self.history_view, 1)

        self.history_entity_combo.currentIndexChanged.connect(self._on_history_filter_changed)
        self.history_deletions_check.toggled.connect(self._on_history_filter_changed)
        self.history_reload_button.clicked.connect(self._on_history_reload_clicked)
        self.history_view.restore_requested.connect(self._on_history_view_restore_requested)
        return page

    # ================================================================== loading
    def refresh(self) -> None:
        """Reload every tab from the services."""
        self._load_agency()
        self._load_departments()
        self._load_people()
        self._load_steering()
        self._load_years()
        self._load_history()
        self._update_buttons()

    def _load_agency(self, select_id: int | None = None) -> None:
        versions = self._services.agency.history()
        self.versions_model.set_rows(versions)
        self.versions_view.resizeColumnsToContents()
        self.versions_view.horizontalHeader().setStretchLastSection(True)
        current = self._services.agency.profile_on()
        wanted = select_id if select_id is not None else (current.id if current else None)
        row = self.versions_model.row_of(wanted)
        self.versions_view.clearSelection()
        if row >= 0:
            self.versions_view.selectRow(row)  # loads it into the form
        elif current is not None:
            self._show_version(current)

    def _show_version(self, profile: Any) -> None:
        self._editing_version = profile
        self.agency_form.set_profile(profile)
        until = self.tr("until {date}").format(date=short_date(profile.valid_to)) if profile.valid_to \
            else self.tr("current")
        self.agency_version_label.setText(self.tr("Editing the details valid from {date} ({until}). "
                                                  "Choose another line under “Names over time” to correct it.").format(
            date=short_date(profile.valid_from), until=until))

    def _load_departments(self) -> None:
        keep = _selected_row(self.departments_view)
        self.departments_model.set_rows(self._services.agency.departments(
            include_inactive=self.inactive_departments_check.isChecked()))
        if keep is not None:
            _select_ids(self.departments_view, [keep.id])

    def _load_people(self, select: tuple[int, ...] | None = None) -> None:
        keep = select if select is not None else tuple(
            i.data(DtoTableModel.RowRole).id for i in self.people_view.selectionModel().selectedRows())
        self.people_model.set_rows(self._services.agency.people(include_inactive=True))
        _select_ids(self.people_view, keep)

    def _load_steering(self) -> None:
        decisions = self._services.register.list(purpose=DocPurpose.STEERING)
        labels = {doc.id: doc.reference for doc in decisions if doc.id}
        people = self._services.agency.people()
        self.steering_model.set_rows(people, labels)
        self.steering_view.resizeColumnsToContents()
        current = self.decision_combo.currentData()
        self.decision_combo.clear()
        if not decisions:
            self.decision_combo.addItem(self.tr("(no decision on the steering committee in the register yet)"), None)
        for doc in decisions:
            self.decision_combo.addItem(f"{doc.reference} — {doc.summary}", doc.id)
        self.decision_combo.setCurrentIndex(max(self.decision_combo.findData(current), 0))
        self.member_combo.clear()
        for person in people:
            if person.steering_role is None:
                self.member_combo.addItem(f"{person.full_name} — {person.title}" if person.title else person.full_name,
                                          person.id)

    def _load_years(self) -> None:
        keep = _selected_row(self.years_view)
        self.years_model.set_rows(self._services.years.years())
        self.years_view.resizeColumnsToContents()
        self.years_view.horizontalHeader().setStretchLastSection(True)
        if keep is not None:
            _select_ids(self.years_view, [keep.id])

    def _load_history(self, *, full_check: bool = False) -> None:
        from isodesk.ui.dialogs.history_dialog import history_lookups
        from isodesk.ui.history_chain_text import history_break_text

        # After the first load only the new entries are checked (saves reload this page); Reload checks all.
        broken = self._services.history.chain_break(full=full_check)
        self.history_tamper_banner.setText(history_break_text(broken) if broken is not None else "")
        self.history_tamper_banner.setVisible(broken is not None)

        entity = self.history_entity_combo.currentData()
        action = ChangeAction.DELETE if self.history_deletions_check.isChecked() else None
        entries = self._services.history.recent(300, entity=entity or None, action=action)
        names: dict[tuple[str, int], str] = {}
        for dep in self._services.agency.departments(include_inactive=True):
            names[("department", dep.id)] = dep.name  # type: ignore[index]  # a saved record always has its id
        for person in self._services.agency.people(include_inactive=True):
            names[("person", person.id)] = person.full_name  # type: ignore[index]  # a saved record always has its id
        for doc in self._services.register.list():
            names[("issued_document", doc.id)] = f"{doc.reference} — {doc.summary}"  # type: ignore[index]  # a saved record always has its id
        for year in self._services.years.years():
            names[("reporting_year", year.id)] = str(year.year)  # type: ignore[index]  # a saved record always has its id
        for version in self._services.agency.history():
            names[("agency_version", version.id)] = version.name  # type: ignore[index]  # a saved record always has its id
        self.history_view.set_entries(entries, lookups=history_lookups(self._services), names=names)
        # Entity filter: the kinds of record seen in the history so far.
        seen = {entry.entity for entry in self._services.history.recent(500)}
        self.history_entity_combo.blockSignals(True)
        current = self.history_entity_combo.currentData()
        self.history_entity_combo.clear()
        self.history_entity_combo.addItem(self.tr("All records"), "")
        for key in sorted(seen | ({current} if current else set()), key=entity_label):
            self.history_entity_combo.addItem(entity_label(key), key)
        self.history_entity_combo.setCurrentIndex(max(self.history_entity_combo.findData(current or ""), 0))
        self.history_entity_combo.blockSignals(False)

    def _update_buttons(self, *_args: object) -> None:
        dep = _selected_row(self.departments_view)
        self.edit_department_button.setEnabled(dep is not None)
        self.toggle_department_button.setEnabled(dep is not None)
        self.toggle_department_button.setText(self.tr("Use again") if dep is not None and not dep.active
                                              else self.tr("No longer used"))
        person = _selected_row(self.people_view)
        self.edit_person_button.setEnabled(person is not None)
        self.toggle_person_button.setEnabled(person is not None)
        self.history_person_button.setEnabled(person is not None)
        self.toggle_person_button.setText(self.tr("Working here again") if person is not None and not person.active
                                          else self.tr("Has left"))
        member = _selected_row(self.steering_view)
        self.edit_member_button.setEnabled(member is not None)
        self.remove_member_button.setEnabled(member is not None)
        self.add_member_button.setEnabled(self.member_combo.count() > 0)
        self.link_decision_button.setEnabled(self.decision_combo.currentData() is not None
                                             and self.steering_model.rowCount() > 0)
        self.edit_year_button.setEnabled(_selected_row(self.years_view) is not None)

    # ================================================================== navigation
    def open_target(self, sub: str, record_ids: tuple[int, ...] = ()) -> None:
        """Open a tab by key; ``people`` ids that are all committee members open the committee tab."""
        ids = tuple(record_ids)
        if sub == "people" and ids:
            seated = {p.id for p in self.steering_model.rows()}
            if set(ids) <= seated:
                sub = "steering"
        if sub not in self.TAB_KEYS:
            return
        self.tabs.setCurrentIndex(self.TAB_KEYS.index(sub))
        if not ids:
            return
        if sub == "people":
            self.people_filter_edit.clear()
            if any(not p.active for p in self.people_model.rows() if p.id in ids):
                self.inactive_people_check.setChecked(True)
            self.people_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
            _select_ids(self.people_view, ids)
        elif sub == "steering":
            self.steering_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
            _select_ids(self.steering_view, ids)
        elif sub == "departments":
            _select_ids(self.departments_view, ids)
        elif sub == "years":
            _select_ids(self.years_view, ids)
        elif sub == "agency":
            row = self.versions_model.row_of(ids[0])
            if row >= 0:
                self.versions_view.selectRow(row)

    def tab_key(self) -> str:
        return self.TAB_KEYS[self.tabs.currentIndex()]

    # ================================================================== helpers
    def _open_dialog(self, dialog: QDialog, on_saved: Callable[[Any], None]) -> None:
        self.current_dialog = dialog

        def _accepted() -> None:
            on_saved(getattr(dialog, "saved", lambda: None)())
            self._saved()

        def _finished(_result: int) -> None:
            if self.current_dialog is dialog:
                self.current_dialog = None
            dialog.deleteLater()

        dialog.accepted.connect(_accepted)
        dialog.finished.connect(_finished)
        dialog.open()

    def _saved(self, area: str = "settings") -> None:
        self._window.data_changed.emit(area)

    # ================================================================== slots: agency
    def _on_versions_view_selection_changed(self, *_args: object) -> None:
        version = _selected_row(self.versions_view)
        if version is not None:
            self._show_version(version)

    def _on_save_agency_button_clicked(self) -> None:
        if not self.agency_form.validate():
            return
        profile = self.agency_form.profile()
        saved = run_save(self.agency_form.errors, lambda: self._services.agency.save_profile(profile))
        if saved is not None:
            self._load_agency(saved.id)
            self._window.refresh_header()
            self._saved()
            self._window.statusBar().showMessage(self.tr("The agency details were saved."), 5000)

    def _on_revert_agency_button_clicked(self) -> None:
        version = getattr(self, "_editing_version", None)
        if version is not None:
            self._show_version(version)

    def _on_rename_button_clicked(self) -> None:
        from isodesk.ui.dialogs.agency_version_dialog import AgencyVersionDialog

        current = self._services.agency.profile_on()

        def saved(profile: Any) -> None:
            self._load_agency(profile.id if profile else None)
            self._window.refresh_header()

        self._open_dialog(AgencyVersionDialog(self._services, current, self), saved)

    # ================================================================== slots: departments
    def _on_add_department_button_clicked(self) -> None:
        from isodesk.ui.dialogs.department_dialog import DepartmentDialog

        self._open_dialog(DepartmentDialog(self._services, self), self._on_department_saved)

    def _on_edit_department_button_clicked(self, *_args: object) -> None:
        from isodesk.ui.dialogs.department_dialog import DepartmentDialog

        dep = _selected_row(self.departments_view)
        if dep is not None:
            self._open_dialog(DepartmentDialog(self._services, self, department=dep), self._on_department_saved)

    def _on_department_saved(self, dep: Any) -> None:
        self._load_departments()
        self._load_people()
        if dep is not None:
            _select_ids(self.departments_view, [dep.id])
        self._load_history()

    def _on_toggle_department_button_clicked(self) -> None:
        dep = _selected_row(self.departments_view)
        if dep is None:
            return
        try:
            self._services.agency.set_department_active(dep.id, not dep.active)
        except Exception as exc:  # noqa: BLE001
            show_error(self, self.tr("Department"), exc)
            return
        self._load_departments()
        self._load_history()
        self._saved()

    def _on_inactive_departments_check_toggled(self, _checked: bool) -> None:
        self._load_departments()

    # ================================================================== slots: people
    def _on_people_filter_edit_text_changed(self, text: str) -> None:
        self.people_proxy.set_filters(text=text)

    def _on_inactive_people_check_toggled(self, checked: bool) -> None:
        self.people_proxy.set_filters(active_only=None if checked else True)

    def _on_add_person_button_clicked(self) -> None:
        from isodesk.ui.dialogs.person_dialog import PersonDialog

        self._open_dialog(PersonDialog(self._services, self), self._on_person_saved)

    def _on_edit_person_button_clicked(self, *_args: object) -> None:
        from isodesk.ui.dialogs.person_dialog import PersonDialog

        person = _selected_row(self.people_view)
        if person is not None:
            self._open_dialog(PersonDialog(self._services, self, person=person), self._on_person_saved)

    def _on_person_saved(self, person: Any) -> None:
        self._load_people((person.id,) if person is not None else ())
        self._load_steering()
        self._load_history()
        self._update_buttons()

    def _on_toggle_person_button_clicked(self) -> None:
        person = _selected_row(self.people_view)
        if person is None:
            return
        try:
            self._services.agency.set_person_active(person.id, not person.active)
        except Exception as exc:  # noqa: BLE001
            show_error(self, self.tr("Person"), exc)
            return
        if person.active and not self.inactive_people_check.isChecked():
            self._window.statusBar().showMessage(
                self.tr("{name} is marked as having left; tick “Show people who have left” to see them.").format(
                    name=person.full_name), 6000)
        self._on_person_saved(person)
        self._saved()

    def _on_history_person_button_clicked(self) -> None:
        from isodesk.ui.dialogs.history_dialog import HistoryDialog

        person = _selected_row(self.people_view)
        if person is not None:
            dialog = HistoryDialog(self._services, "person", person.id, self,
                                   title=self.tr("History of {name}").format(name=person.full_name))
            self.current_dialog = dialog
            dialog.finished.connect(dialog.deleteLater)
            dialog.open()

    # ================================================================== slots: steering committee
    def _set_seat(self, person: Person, role: SteeringRole | None, decision_id: int | None) -> bool:
        from dataclasses import replace

        self.steering_error_label.setVisible(False)
        try:
            self._services.agency.save_person(replace(person, steering_role=role,
                                                      steering_decision_id=decision_id if role else None))
        except Exception as exc:  # noqa: BLE001
            from isodesk.ui.errors import error_text

            self.steering_error_label.setText(error_text(exc))
            self.steering_error_label.setVisible(True)
            return False
        return True

    def _on_add_member_button_clicked(self) -> None:
        person_id = self.member_combo.currentData()
        if person_id is None:
            return
        person = self._services.agency.person(person_id)
        role = SteeringRole(self.seat_combo.currentData())
        if self._set_seat(person, role, self.decision_combo.currentData()):
            self._on_person_saved(person)
            _select_ids(self.steering_view, [person_id])
            self._saved()

    def _on_edit_member_button_clicked(self, *_args: object) -> None:
        from isodesk.ui.dialogs.person_dialog import PersonDialog

        member = _selected_row(self.steering_view)
        if member is not None:
            self._open_dialog(PersonDialog(self._services, self, person=member), self._on_person_saved)

    def _on_remove_member_button_clicked(self) -> None:
        member = _selected_row(self.steering_view)
        if member is None:
            return

        def remove() -> None:
            if self._set_seat(member, None, None):
                self._on_person_saved(member)
                self._saved()

        self.question = ask(self, self.tr("Steering committee"),
                            self.tr("Remove {name} from the ISO steering committee?").format(name=member.full_name),
                            remove)

    def _on_new_decision_button_clicked(self) -> None:
        from isodesk.ui.dialogs.issued_document_dialog import IssuedDocumentDialog

        def saved(doc: Any) -> None:
            self._load_steering()
            if doc is not None:
                self.decision_combo.setCurrentIndex(max(self.decision_combo.findData(doc.id), 0))
            self._load_history()
            self._update_buttons()
            self._saved("documents")

        dialog = IssuedDocumentDialog(self._services, self, year=self._window.year, purpose=DocPurpose.STEERING)
        self._open_dialog(dialog, saved)

    def _on_link_decision_button_clicked(self) -> None:
        decision_id = self.decision_combo.currentData()
        if decision_id is None:
            return
        for member in self.steering_model.rows():
            if member.steering_decision_id != decision_id and not self._set_seat(member, member.steering_role,
                                                                                 decision_id):
                break
        self._load_steering()
        self._load_people()
        self._load_history()
        self._update_buttons()
        self._saved()

    # ================================================================== slots: years
    def _on_add_year_button_clicked(self) -> None:
        from isodesk.ui.dialogs.year_dialog import YearDialog

        self._open_dialog(YearDialog(self._services, self), self._on_year_saved)

    def _on_edit_year_button_clicked(self, *_args: object) -> None:
        from isodesk.ui.dialogs.year_dialog import YearDialog

        year = _selected_row(self.years_view)
        if year is not None:
            self._open_dialog(YearDialog(self._services, self, year=year), self._on_year_saved)

    def _on_year_saved(self, year: Any) -> None:
        self._load_years()
        if year is not None:
            _select_ids(self.years_view, [year.id])
        self._load_history()
        self._window.refresh_header()

    # ================================================================== slots: language, history, window
    def _on_vietnamese_radio_toggled(self, checked: bool) -> None:
        self._ui_settings.language = "vi" if checked else "en"
        self._ui_settings.sync()
        self._window.statusBar().showMessage(self.language_note.text(), 6000)

    def _on_history_filter_changed(self, *_args: object) -> None:
        self._load_history()

    def _on_history_reload_clicked(self) -> None:
        self._load_history(full_check=True)

    def _on_history_view_restore_requested(self, change_id: int) -> None:
        entry = self.history_view.current_entry()
        what = entity_label(entry.entity) if entry else ""

        def restore() -> None:
            try:
                self._services.history.restore(change_id)
            except Exception as exc:  # noqa: BLE001
                show_error(self, self.tr("Restore"), exc)
                return
            self.refresh()
            self._window.refresh_header()
            self._saved()
            if entry is not None and entry.entity == "issued_document":
                self._saved("documents")
            self._window.statusBar().showMessage(self.tr("The deleted record was restored."), 5000)

        self.question = ask(self, self.tr("Restore"),
                            self.tr("Restore the deleted record ({what}) exactly as it was?").format(what=what),
                            restore)

    def _on_tabs_current_changed(self, index: int) -> None:
        if 0 <= index < len(self.TAB_KEYS) and self.TAB_KEYS[index] == "history":
            self._load_history()

    def _on_window_data_changed(self, area: str) -> None:
        if area != "settings":
            self.refresh()
