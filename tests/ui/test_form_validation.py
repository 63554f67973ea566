"""Form behaviour a new user meets in the wizard and the settings dialogs (issue 13 item 14)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLabel, QToolButton

from isodesk.ui.dialogs.department_dialog import DepartmentDialog
from isodesk.ui.dialogs.person_dialog import PersonDialog
from isodesk.ui.dialogs.setup_wizard import SetupWizard
from isodesk.ui.widgets.date_edit import DateEdit

pytestmark = pytest.mark.usefixtures("ui_env")

BAD = "32/13/2026"


@pytest.fixture
def wizard(app_services: Any, qtbot) -> SetupWizard:  # type: ignore[no-untyped-def]
    wiz = SetupWizard(app_services, today=date(2026, 1, 20))
    qtbot.addWidget(wiz)
    wiz.show()
    return wiz


def _type(widget: Any, text: str) -> None:
    widget.setFocus()
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))


def _fill_agency(wiz: SetupWizard) -> None:
    form = wiz.ui.agency_form.ui
    form.province_combo.set_province("Hà Tĩnh")
    _type(form.place_name_edit, "Sơn Lâm")


def test_an_impossible_date_is_called_invalid_not_empty(wizard: SetupWizard) -> None:
    wizard.next()
    _fill_agency(wizard)
    valid_from = wizard.ui.agency_form.ui.valid_from_edit
    valid_from.line_edit.clear()
    _type(valid_from.line_edit, BAD)
    wizard.next()
    assert wizard.currentId() == SetupWizard.AGENCY
    message = wizard.ui.agency_form.errors.text_of("valid_from")
    assert "không phải là ngày hợp lệ" in message and BAD in message
    assert "để trống" not in message

    valid_from.set_date(date(2025, 7, 1))
    wizard.next()
    wizard.next()
    wizard.next()  # people pre-filled: the leader row is kept empty-named, so fill it first
    if wizard.currentId() == SetupWizard.PEOPLE:
        table = wizard.ui.people_table
        table.item(0, SetupWizard.PeopleColumn.NAME).setText("Phan Đức Thắng")
        table.item(1, SetupWizard.PeopleColumn.NAME).setText("Nguyễn Thị Thu Hà")
        wizard.next()
    assert wizard.currentId() == SetupWizard.STEERING
    ui = wizard.ui
    ui.decision_number_spin.setValue(15)
    _type(ui.decision_date_edit.line_edit, BAD)
    _type(ui.decision_summary_edit, "Về việc kiện toàn Ban Chỉ đạo ISO")
    wizard.next()
    message = wizard.steering_errors.text_of("steering.issue_date")
    assert "không phải là ngày hợp lệ" in message and "để trống" not in message

    ui.decision_date_edit.set_date(date(2026, 1, 8))
    wizard.next()
    assert wizard.currentId() == SetupWizard.YEAR
    for edit, name in ((ui.period_start_edit, "year.period_start"), (ui.deadline_edit, "year.deadline")):
        edit.line_edit.clear()
        _type(edit.line_edit, BAD)
        wizard.next()
        message = wizard.year_errors.text_of(name)
        assert "không phải là ngày hợp lệ" in message and "để trống" not in message, name
        edit.set_date(date(2025, 12, 15) if name == "year.period_start" else None)


def test_a_message_goes_away_once_the_field_is_changed(wizard: SetupWizard, seeded_services: Any, qtbot) -> None:  # type: ignore[no-untyped-def]
    wizard.next()
    wizard.next()  # nothing filled: refused
    errors = wizard.ui.agency_form.errors
    assert errors.text_of("place_name")
    _type(wizard.ui.agency_form.ui.place_name_edit, "Sơn Lâm")
    assert errors.text_of("place_name") == ""
    line = next(w for w in wizard.ui.agency_form.findChildren(QLabel) if w.objectName() == "ErrorText"
                and w.text() == "" and w.isHidden())
    assert line is not None

    dialog = DepartmentDialog(seeded_services)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ok_button().click()
    assert dialog.errors is not None and dialog.errors.text_of("name")
    _type(dialog.ui.name_edit, "Phòng Tư pháp")
    assert dialog.errors.text_of("name") == ""


def test_the_calendar_button_takes_no_tab_stop(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

    host = QWidget()
    layout = QVBoxLayout(host)
    edit = DateEdit()
    after = QLineEdit()
    layout.addWidget(edit)
    layout.addWidget(after)
    qtbot.addWidget(host)
    host.show()
    button = edit.findChild(QToolButton, "calendar_button")
    assert button.focusPolicy() == Qt.FocusPolicy.NoFocus
    edit.line_edit.setFocus()
    _type(edit.line_edit, "6/11/2025")
    host.focusNextChild()  # what Tab does
    assert QApplication.focusWidget() is not button
    assert edit.date() == date(2025, 11, 6)


def test_required_fields_carry_a_star(wizard: SetupWizard, seeded_services: Any, qtbot) -> None:  # type: ignore[no-untyped-def]
    form = wizard.ui.agency_form.ui
    for widget in (form.name_edit, form.place_name_edit, form.province_combo, form.abbreviation_edit,
                   form.valid_from_edit):
        label = form.identity_form.labelForField(widget) or form.contact_form.labelForField(widget)
        assert label is not None and label.text().endswith("*"), widget.objectName()
    assert wizard.ui.departments_table.horizontalHeaderItem(SetupWizard.DepColumn.NAME).text().endswith("*")
    assert wizard.ui.people_table.horizontalHeaderItem(SetupWizard.PeopleColumn.NAME).text().endswith("*")
    assert wizard.ui.year_form.labelForField(wizard.ui.period_start_edit).text().endswith("*")
    # The messages still name the field without the star.
    assert wizard.ui.agency_form.errors.labels()["name"].endswith("*") is False

    dialog = PersonDialog(seeded_services)
    qtbot.addWidget(dialog)
    assert dialog.ui.form_layout.labelForField(dialog.ui.full_name_edit).text().endswith("*")
    assert not dialog.ui.form_layout.labelForField(dialog.ui.title_edit).text().endswith("*")


def test_spin_boxes_are_no_taller_than_their_neighbours(wizard: SetupWizard) -> None:
    wizard.resize(1366, 768)
    ui = wizard.ui
    for page in (SetupWizard.STEERING, SetupWizard.YEAR):
        wizard.setStartId(page)
        wizard.restart()
        QApplication.processEvents()
    line_height = ui.decision_summary_edit.sizeHint().height()
    assert ui.decision_number_spin.sizeHint().height() <= line_height + 1
    assert ui.year_spin.height() <= ui.period_start_edit.line_edit.height()
    assert ui.decision_number_spin.height() <= ui.decision_summary_edit.height()


def test_editing_the_wizard_tables_prints_no_warning(wizard: SetupWizard, qtlog) -> None:  # type: ignore[no-untyped-def]
    wizard.next()
    _fill_agency(wizard)
    wizard.ui.agency_form.ui.valid_from_edit.set_date(date(2025, 7, 1))
    wizard.next()
    assert wizard.currentId() == SetupWizard.DEPARTMENTS
    wizard.ui.add_department_button.click()
    wizard.next()
    wizard.back()
    wizard.ui.add_department_button.click()
    assert wizard.ui.departments_table.state() == wizard.ui.departments_table.State.EditingState
    table = wizard.ui.departments_table
    _type(QApplication.focusWidget(), "Phòng Văn hóa - Xã hội")
    table.setCurrentCell(0, 1)
    assert [r.message for r in qtlog.records if "editing failed" in r.message] == []


def test_a_wrong_cell_loses_its_red_mark_once_edited(wizard: SetupWizard) -> None:
    wizard.next()
    _fill_agency(wizard)
    wizard.ui.agency_form.ui.valid_from_edit.set_date(date(2025, 7, 1))
    wizard.next()
    table = wizard.ui.departments_table
    table.item(2, SetupWizard.DepColumn.ABBREVIATION).setText("kt")
    wizard.next()
    item = table.item(2, SetupWizard.DepColumn.ABBREVIATION)
    assert item.background().color().name() == "#fde4e1"
    item.setText("TP")
    assert item.background().color().name() != "#fde4e1"
