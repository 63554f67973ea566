"""Settings (Cài đặt) through its widgets: dialogs → services → tables, on a real database."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from isodesk.domain import core as d
from isodesk.ui.dialogs.agency_version_dialog import AgencyVersionDialog
from isodesk.ui.dialogs.department_dialog import DepartmentDialog
from isodesk.ui.dialogs.person_dialog import PersonDialog
from isodesk.ui.dialogs.year_dialog import YearDialog
from isodesk.ui.models.dto_table_model import DtoTableModel
from isodesk.ui.screens.settings_screen import SettingsScreen

pytestmark = pytest.mark.usefixtures("ui_env")


def _ok(dialog: Any) -> None:
    dialog.ok_button().click()


def _rows(view: Any) -> list[Any]:
    model = view.model()
    return [model.index(r, 0).data(DtoTableModel.RowRole) for r in range(model.rowCount())]


@pytest.fixture
def screen(window: Any) -> SettingsScreen:
    widget = window.navigate("settings")
    assert isinstance(widget, SettingsScreen)
    return widget


def test_department_with_duplicate_abbreviation_is_refused(screen: SettingsScreen, seeded_services: Any) -> None:
    screen.open_target("departments", ())
    assert screen.tab_key() == "departments"
    before = seeded_services.agency.departments(include_inactive=True)
    screen.add_department_button.click()
    dialog = screen.current_dialog
    assert isinstance(dialog, DepartmentDialog) and dialog.isVisible()
    dialog.ui.name_edit.setText("Phòng Tư pháp - Hộ tịch")
    dialog.ui.abbreviation_edit.setText("vp")
    _ok(dialog)
    assert dialog.isVisible()
    assert dialog.errors.text_of("abbreviation") == "Chữ viết tắt: “vp” đã có."
    assert seeded_services.agency.departments(include_inactive=True) == before

    dialog.ui.abbreviation_edit.setText("TPHT")
    _ok(dialog)
    assert not dialog.isVisible()
    names = [dep.name for dep in _rows(screen.departments_view)]
    assert "Phòng Tư pháp - Hộ tịch" in names

    # Editing an existing one into a clash is refused the same way.
    screen.departments_view.selectRow(names.index("Phòng Kinh tế"))
    screen.edit_department_button.click()
    dialog = screen.current_dialog
    dialog.ui.abbreviation_edit.setText("TPHT")
    _ok(dialog)
    assert dialog.isVisible() and "đã có" in dialog.errors.text_of("abbreviation")
    dialog.reject()
    assert {dep.abbreviation for dep in seeded_services.agency.departments()} == {"VP", "KT", "VHXH", "TTPVHCC", "TPHT"}


def test_add_person_with_roles(screen: SettingsScreen, seeded_services: Any, qtbot) -> None:  # type: ignore[no-untyped-def]
    screen.open_target("people", ())
    screen.add_person_button.click()
    dialog = screen.current_dialog
    assert isinstance(dialog, PersonDialog)
    assert dialog.windowTitle() == "Thêm cán bộ"
    dialog.ui.full_name_edit.setText("Võ Văn Hùng")
    dialog.ui.title_edit.setText("Chánh Văn phòng")
    dialog.ui.department_combo.setCurrentIndex(dialog.ui.department_combo.findText("Phòng Kinh tế"))
    dialog.ui.auditor_check.setChecked(True)
    _ok(dialog)
    assert "chuyên gia đánh giá nội bộ cần ghi chứng chỉ đào tạo" in dialog.errors.text_of("auditor_certificate")
    dialog.ui.certificate_edit.setText("Chứng chỉ số 118/2022")
    dialog.ui.steering_role_combo.setCurrentIndex(dialog.ui.steering_role_combo.findData(d.SteeringRole.MEMBER.value))
    with qtbot.waitSignal(screen._window.data_changed) as signal:  # noqa: SLF001
        _ok(dialog)
    assert signal.args == ["settings"]
    person = next(p for p in seeded_services.agency.people() if p.full_name == "Võ Văn Hùng")
    assert person.department_name == "Phòng Kinh tế" and person.is_internal_auditor
    assert person.steering_role is d.SteeringRole.MEMBER and person.steering_decision_id is not None
    selected = screen.people_view.selectionModel().selectedRows()
    assert selected and selected[0].data(DtoTableModel.RowRole).full_name == "Võ Văn Hùng"
    assert "Võ Văn Hùng" in [p.full_name for p in _rows(screen.steering_view)]


def test_people_filter_ignores_accents_and_hides_people_who_left(screen: SettingsScreen, seeded_services: Any) -> None:
    screen.people_filter_edit.setText("thu ha")
    assert [p.full_name for p in _rows(screen.people_view)] == ["Nguyễn Thị Thu Hà"]
    screen.people_filter_edit.setText("thu ky iso")  # the role column, accents ignored
    assert [p.full_name for p in _rows(screen.people_view)] == ["Nguyễn Thị Thu Hà"]
    screen.people_filter_edit.clear()
    screen.people_view.selectRow([p.full_name for p in _rows(screen.people_view)].index("Lê Quốc Bảo"))
    screen.toggle_person_button.click()
    assert "Lê Quốc Bảo" not in [p.full_name for p in _rows(screen.people_view)]
    screen.inactive_people_check.setChecked(True)
    assert "Lê Quốc Bảo" in [p.full_name for p in _rows(screen.people_view)]


def test_year_ending_before_it_starts_is_refused(screen: SettingsScreen, seeded_services: Any, window: Any) -> None:
    screen.open_target("years", ())
    screen.add_year_button.click()
    dialog = screen.current_dialog
    assert isinstance(dialog, YearDialog)
    assert dialog.ui.year_spin.value() == 2027
    assert (dialog.ui.period_start_edit.text(), dialog.ui.period_end_edit.text()) == ("15/12/2026", "14/12/2027")
    dialog.ui.period_end_edit.set_text("01/12/2026")
    _ok(dialog)
    assert dialog.errors.text_of("period_end") == "Đến ngày: ngày kết thúc kỳ phải sau ngày bắt đầu."
    assert [y.year for y in seeded_services.years.years()] == [2026]
    dialog.ui.period_end_edit.set_text("14/12/2027")
    dialog.ui.deadline_edit.set_text("30/02/2027")
    _ok(dialog)
    assert "“30/02/2027” không phải là ngày hợp lệ" in dialog.errors.text_of("deadline")
    dialog.ui.deadline_edit.set_text("10/12/2027")
    _ok(dialog)
    assert [y.year for y in seeded_services.years.years()] == [2027, 2026]
    assert [window.year_combo.itemText(i) for i in range(window.year_combo.count())] == ["2027", "2026"]


def test_rename_agency_from_a_date_keeps_the_old_name_for_older_documents(
        screen: SettingsScreen, seeded_services: Any, window: Any) -> None:
    screen.rename_button.click()
    dialog = screen.current_dialog
    assert isinstance(dialog, AgencyVersionDialog)
    form = dialog.ui.agency_form.ui
    assert form.valid_from_edit.text() == ""  # a new version needs its own date
    form.name_edit.setText("Ủy ban nhân dân xã Sơn Lâm Mới")
    _ok(dialog)
    assert "Áp dụng từ ngày: không được để trống." in dialog.ui.agency_form.errors.text_of("valid_from")
    form.valid_from_edit.set_text("01/07/2025")  # the date of the version that exists
    _ok(dialog)
    assert dialog.ui.error_label.text() == "Đã có thông tin cơ quan áp dụng từ ngày 01/07/2025."
    form.valid_from_edit.set_text("01/01/2026")
    _ok(dialog)
    assert not dialog.isVisible()

    versions = seeded_services.agency.history()
    assert [v.name for v in versions] == ["Ủy ban nhân dân xã Sơn Lâm", "Ủy ban nhân dân xã Sơn Lâm Mới"]
    assert seeded_services.agency.profile_on(date(2025, 11, 6)).name == "Ủy ban nhân dân xã Sơn Lâm"
    assert seeded_services.agency.profile_on(date(2026, 3, 1)).name == "Ủy ban nhân dân xã Sơn Lâm Mới"
    assert screen.versions_model.rowCount() == 2
    assert window.agency_label.text() == "Ủy ban nhân dân xã Sơn Lâm Mới"

    # The history tab tells what happened, in Vietnamese.
    screen.open_target("history", ())
    model = screen.history_view.model
    records = [model.index(r, model.Column.RECORD).data() for r in range(model.rowCount())]
    assert "Thông tin cơ quan: Ủy ban nhân dân xã Sơn Lâm Mới" in records
    row = records.index("Thông tin cơ quan: Ủy ban nhân dân xã Sơn Lâm Mới")
    assert model.index(row, model.Column.ACTION).data() == "Thêm"
    assert "Tên cơ quan: Ủy ban nhân dân xã Sơn Lâm Mới" in model.details(model.entry(row))


def test_correcting_the_current_version_in_place(screen: SettingsScreen, seeded_services: Any) -> None:
    form = screen.agency_form.ui
    assert form.name_edit.text() == "Ủy ban nhân dân xã Sơn Lâm"
    form.phone_edit.setText("0239 3875 999")
    form.abbreviation_edit.setText("UB ND")
    screen.save_agency_button.click()
    assert "phải là chữ viết tắt ngắn" in screen.agency_form.errors.text_of("abbreviation")
    form.abbreviation_edit.setText("UBND")
    screen.save_agency_button.click()
    assert len(seeded_services.agency.history()) == 1
    assert seeded_services.agency.profile_on().phone == "0239 3875 999"


def test_history_tab_shows_changes_and_restores_a_deleted_register_entry(
        screen: SettingsScreen, seeded_services: Any, qtbot) -> None:  # type: ignore[no-untyped-def]
    draft = seeded_services.register.save(d.IssuedDocument(
        None, d.IssuedDocType.PLAN, "UBND", None, "KH-UBND", None, "Kế hoạch đánh giá nội bộ năm 2026",
        purpose=d.DocPurpose.AUDIT_PLAN, year=2026))
    seeded_services.register.delete(draft.id)
    screen.open_target("history", ())
    model = screen.history_view.model
    proxy = screen.history_view.proxy
    rows = [proxy.index(r, 0).data(model.RowRole) for r in range(proxy.rowCount())]
    deletion = next(e for e in rows if e.action is d.ChangeAction.DELETE)
    assert rows[0] is deletion  # newest first
    screen.history_view.table.selectRow(0)
    record = proxy.index(0, model.Column.RECORD).data()
    assert record == "Văn bản đã ban hành: Kế hoạch đánh giá nội bộ năm 2026"
    assert proxy.index(0, model.Column.ACTION).data() == "Xóa"
    details = screen.history_view.details.toPlainText()
    assert "Trích yếu: Kế hoạch đánh giá nội bộ năm 2026" in details and "Mục đích: Kế hoạch đánh giá nội bộ" in details
    assert screen.history_view.restore_button.isEnabled()

    screen.history_view.restore_button.click()
    box = screen.question
    assert isinstance(box, QMessageBox) and "Văn bản đã ban hành" in box.text()
    assert box.button(QMessageBox.StandardButton.Yes).text() == "&Có"
    box.button(QMessageBox.StandardButton.Yes).click()
    restored = seeded_services.register.get(draft.id)
    assert restored.summary == "Kế hoạch đánh giá nội bộ năm 2026"

    # Only deletions can be restored.
    screen.history_deletions_check.setChecked(True)
    assert all(proxy.index(r, 0).data(model.RowRole).action is d.ChangeAction.DELETE for r in range(proxy.rowCount()))


def test_steering_readiness_target_opens_the_committee(window: Any, seeded_services: Any) -> None:
    from dataclasses import replace

    bao = next(p for p in seeded_services.agency.people() if p.full_name == "Lê Quốc Bảo")
    seeded_services.agency.save_person(replace(bao, steering_role=d.SteeringRole.DEPUTY))
    overview = seeded_services.cycle.overview(2026, date(2026, 3, 1))
    issue = next(i for i in overview.issues if i.code == "steering_without_decision")
    screen = window.navigate(issue.target, issue.record_ids)
    assert isinstance(screen, SettingsScreen) and screen.tab_key() == "steering"
    selected = [i.data(DtoTableModel.RowRole).full_name for i in screen.steering_view.selectionModel().selectedRows()]
    assert selected == ["Lê Quốc Bảo"]
    # Apply the deciding decision to every member.
    assert screen.decision_combo.currentText().startswith("15/QĐ-UBND ngày 08/01/2026")
    screen.link_decision_button.click()
    assert all(p.steering_decision_id is not None for p in seeded_services.agency.people() if p.steering_role)
    # Issues without records open the people tab.
    window.navigate("settings.people")
    assert screen.tab_key() == "people"


def test_language_choice_is_kept_for_the_next_start(screen: SettingsScreen) -> None:
    from isodesk.ui.settings import UiSettings

    screen.open_target("language", ())
    assert screen.vietnamese_radio.isChecked()
    screen.english_radio.setChecked(True)
    assert UiSettings().language == "en"
    screen.vietnamese_radio.setChecked(True)
    assert UiSettings().language == "vi"
