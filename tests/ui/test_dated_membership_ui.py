"""The department and person dialogs keep the dates a unit existed and a person worked here."""

from __future__ import annotations

from datetime import date
from typing import Any

from isodesk.domain.core import Person
from isodesk.ui.dialogs.department_dialog import DepartmentDialog
from isodesk.ui.dialogs.person_dialog import PersonDialog


def test_department_dialog_saves_its_dates_and_refuses_a_bad_one(app_services: Any, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = DepartmentDialog(app_services)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    ui.name_edit.setText("Phòng Kinh tế")
    ui.abbreviation_edit.setText("KT")
    ui.valid_from_edit.set_text("32/07/2025")
    dialog.ok_button().click()
    assert dialog.saved() is None and app_services.agency.departments() == []
    ui.valid_from_edit.set_text("01/07/2025")
    ui.valid_to_edit.set_text("30/06/2025")
    dialog.ok_button().click()  # the end before the start: refused by the service, nothing saved
    assert dialog.saved() is None and app_services.agency.departments() == []
    ui.valid_to_edit.set_text("")
    dialog.ok_button().click()
    saved = dialog.saved()
    assert saved is not None and saved.valid_from == date(2025, 7, 1) and saved.valid_to is None


def test_person_dialog_shows_and_saves_the_dates(app_services: Any, qtbot) -> None:  # type: ignore[no-untyped-def]
    person = app_services.agency.save_person(Person(None, "Lê Thị Hoa", valid_from=date(2020, 3, 2)))
    dialog = PersonDialog(app_services, person=person)
    qtbot.addWidget(dialog)
    assert dialog.ui.valid_from_edit.text() == "02/03/2020" and dialog.ui.valid_to_edit.text() == ""
    dialog.ui.valid_to_edit.set_text("31/12/2025")
    dialog.ok_button().click()
    assert app_services.agency.person(person.id).valid_to == date(2025, 12, 31)
