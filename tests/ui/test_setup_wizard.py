"""The first-run wizard end to end through its widgets, on a real SQLite file in tmp_path."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox, QWizard

from isodesk.domain import core as d
from isodesk.ui.dialogs.setup_wizard import SetupWizard

pytestmark = pytest.mark.usefixtures("ui_env")

W = SetupWizard


@pytest.fixture
def wizard(app_services: Any, qtbot) -> SetupWizard:  # type: ignore[no-untyped-def]
    from datetime import date

    wiz = SetupWizard(app_services, today=date(2026, 1, 20))
    qtbot.addWidget(wiz)
    wiz.show()
    return wiz


def _type(qtbot, widget: Any, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type like a user (QTest.keyClicks aborts on letters outside Latin-1, such as "ơ")."""
    widget.clear()
    widget.setFocus()
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))


def fill_agency(wiz: SetupWizard, qtbot) -> None:  # type: ignore[no-untyped-def]
    form = wiz.ui.agency_form.ui
    form.province_combo.set_province("Hà Tĩnh")
    _type(qtbot, form.place_name_edit, "Sơn Lâm")
    _type(qtbot, form.phone_edit, "0239 3875 123")


def fill_people(wiz: SetupWizard) -> None:
    table = wiz.ui.people_table
    c = W.PeopleColumn
    table.item(0, c.NAME).setText("Phan Đức Thắng")
    table.item(1, c.NAME).setText("Nguyễn Thị Thu Hà")
    table.item(1, c.TITLE).setText("Công chức Văn phòng - Thống kê")
    table.item(1, c.AUDITOR).setCheckState(Qt.CheckState.Checked)
    table.item(1, c.CERTIFICATE).setText("Chứng chỉ số 215/2023")
    combo = table.cellWidget(1, c.DEPARTMENT)
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(1)  # Văn phòng HĐND và UBND
    wiz.add_person("Lê Quốc Bảo", "Phó Chủ tịch UBND", "Phòng Kinh tế", leader=True)


def fill_steering(wiz: SetupWizard, qtbot) -> None:  # type: ignore[no-untyped-def]
    ui = wiz.ui
    wiz.set_seat("Lê Quốc Bảo", d.SteeringRole.DEPUTY)
    ui.decision_number_spin.setValue(15)
    _type(qtbot, ui.decision_date_edit.line_edit, "8/1/2026")
    _type(qtbot, ui.decision_summary_edit, "Về việc kiện toàn Ban Chỉ đạo ISO xã Sơn Lâm")


def run_to_summary(wiz: SetupWizard, qtbot) -> None:  # type: ignore[no-untyped-def]
    wiz.next()
    fill_agency(wiz, qtbot)
    wiz.next()
    assert wiz.currentId() == W.DEPARTMENTS
    wiz.next()
    fill_people(wiz)
    wiz.next()
    assert wiz.currentId() == W.STEERING
    fill_steering(wiz, qtbot)
    wiz.next()
    assert wiz.currentId() == W.YEAR
    _type(qtbot, wiz.ui.deadline_edit.line_edit, "10/12/2026")
    wiz.next()
    assert wiz.currentId() == W.SUMMARY, wiz.page_error(wiz.currentId())


def test_wizard_end_to_end_saves_everything_at_finish(wizard: SetupWizard, app_services: Any, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert "isodesk" in wizard.ui.welcome_label.text() and "tài liệu nội bộ" in wizard.ui.welcome_label.text()
    wizard.next()
    form = wizard.ui.agency_form.ui
    # The kind of agency fills the titles; the place name fills the name and the previews.
    assert (form.head_title_edit.text(), form.deputy_title_edit.text(), form.collective_name_edit.text()) == (
        "Chủ tịch", "Phó Chủ tịch", "Ủy ban nhân dân")
    fill_agency(wizard, qtbot)
    assert form.name_edit.text() == "Ủy ban nhân dân xã Sơn Lâm"
    assert form.parent_edit.text() == "Ủy ban nhân dân tỉnh Hà Tĩnh"
    assert form.place_preview_label.text().startswith("Ngày tháng sẽ ghi: Sơn Lâm, ngày ")
    assert form.number_preview_label.text().endswith("Số: 01/KH-UBND")
    wizard.next()
    # NĐ 150/2025 departments of a commune are suggested.
    assert [dep.name for dep in wizard.departments()] == [
        "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân", "Phòng Kinh tế", "Phòng Văn hóa - Xã hội",
        "Trung tâm Phục vụ hành chính công"]
    wizard.next()
    assert wizard.ui.people_table.rowCount() == 2  # the head and the ISO secretary, to be named
    fill_people(wizard)
    wizard.next()
    fill_steering(wizard, qtbot)
    assert wizard.ui.decision_preview_label.text() == "Sẽ được ghi vào sổ là: Quyết định số 15/QĐ-UBND ngày 08/01/2026"
    wizard.next()
    assert wizard.ui.year_spin.value() == 2026
    assert (wizard.ui.period_start_edit.text(), wizard.ui.period_end_edit.text()) == ("15/12/2025", "14/12/2026")
    _type(qtbot, wizard.ui.deadline_edit.line_edit, "10/12/2026")
    wizard.next()
    assert wizard.currentId() == W.SUMMARY
    summary = wizard.ui.summary_browser.toPlainText()
    assert "Ủy ban nhân dân xã Sơn Lâm" in summary and "Trưởng ban: Phan Đức Thắng" in summary
    assert not app_services.agency.has_agency()  # nothing saved before Finish

    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.text() == "&Hoàn tất"
    finish.click()
    assert wizard.result() == QWizard.DialogCode.Accepted

    profile = app_services.agency.profile_on()
    assert (profile.name, profile.place_name, profile.province, profile.abbreviation, profile.phone) == (
        "Ủy ban nhân dân xã Sơn Lâm", "Sơn Lâm", "Hà Tĩnh", "UBND", "0239 3875 123")
    assert len(app_services.agency.departments()) == 4
    people = {p.full_name: p for p in app_services.agency.people()}
    assert set(people) == {"Phan Đức Thắng", "Nguyễn Thị Thu Hà", "Lê Quốc Bảo"}
    decision = app_services.register.list(purpose=d.DocPurpose.STEERING)[0]
    assert decision.reference == "15/QĐ-UBND ngày 08/01/2026" and decision.signer_name == "Phan Đức Thắng"
    assert decision.signer_title == "Chủ tịch" and decision.status is d.IssuedDocStatus.ISSUED
    assert people["Phan Đức Thắng"].steering_role is d.SteeringRole.HEAD
    assert people["Lê Quốc Bảo"].steering_role is d.SteeringRole.DEPUTY
    assert people["Nguyễn Thị Thu Hà"].steering_role is d.SteeringRole.SECRETARY
    assert all(p.steering_decision_id == decision.id for p in people.values())
    assert people["Nguyễn Thị Thu Hà"].is_iso_secretary and people["Nguyễn Thị Thu Hà"].is_internal_auditor
    assert people["Nguyễn Thị Thu Hà"].department_name == "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân"
    year = app_services.years.get(2026)
    assert year is not None and str(year.deadline) == "2026-12-10"


def test_agency_page_blocks_next_with_vietnamese_messages(wizard: SetupWizard, qtbot) -> None:  # type: ignore[no-untyped-def]
    wizard.next()
    wizard.next()
    assert wizard.currentId() == W.AGENCY
    text = wizard.page_error(W.AGENCY)
    assert "Tỉnh, thành phố: không được để trống." in text
    assert "Địa danh (ghi ở ngày tháng): không được để trống." in text
    form = wizard.ui.agency_form.ui
    fill_agency(wizard, qtbot)
    _type(qtbot, form.valid_from_edit.line_edit, "31/02/2025")  # no such day
    _type(qtbot, form.abbreviation_edit, "UB ND")
    _type(qtbot, form.email_edit, "ubnd.gov.vn")
    wizard.next()
    assert wizard.currentId() == W.AGENCY
    text = wizard.page_error(W.AGENCY)
    assert "“31/02/2025” không phải là ngày hợp lệ" in text
    assert "“UB ND” phải là chữ viết tắt ngắn" in text
    assert "Thư điện tử: địa chỉ thư điện tử không hợp lệ." in text
    _type(qtbot, form.valid_from_edit.line_edit, "01/07/2025")
    _type(qtbot, form.abbreviation_edit, "UBND")
    form.email_edit.clear()
    wizard.next()
    assert wizard.currentId() == W.DEPARTMENTS


def test_departments_page_refuses_duplicates_and_empty_list(wizard: SetupWizard, qtbot) -> None:  # type: ignore[no-untyped-def]
    wizard.next()
    fill_agency(wizard, qtbot)
    wizard.next()
    table = wizard.ui.departments_table
    table.item(2, W.DepColumn.ABBREVIATION).setText("kt")  # same as Phòng Kinh tế, ignoring case
    wizard.next()
    assert wizard.currentId() == W.DEPARTMENTS
    assert "Dòng 3: Viết tắt: “kt” đã có." in wizard.page_error(W.DEPARTMENTS)
    assert table.item(2, W.DepColumn.ABBREVIATION).background().color().name() == "#fde4e1"
    wizard.set_departments([])
    wizard.next()
    assert "Cần có ít nhất một phòng ban." in wizard.page_error(W.DEPARTMENTS)
    wizard.ui.suggest_departments_button.click()
    wizard.next()
    assert wizard.currentId() == W.PEOPLE


def test_people_steering_and_year_pages_block_next(wizard: SetupWizard, qtbot) -> None:  # type: ignore[no-untyped-def]
    wizard.next()
    fill_agency(wizard, qtbot)
    wizard.next()
    wizard.next()
    # Names of the pre-filled head and ISO secretary are missing.
    wizard.next()
    assert wizard.currentId() == W.PEOPLE
    text = wizard.page_error(W.PEOPLE)
    assert "Dòng 1: Họ và tên: không được để trống." in text and "Dòng 2: Họ và tên" in text
    fill_people(wizard)
    wizard.ui.people_table.item(1, W.PeopleColumn.CERTIFICATE).setText("")
    wizard.ui.people_table.item(1, W.PeopleColumn.SECRETARY).setCheckState(Qt.CheckState.Unchecked)
    wizard.next()
    text = wizard.page_error(W.PEOPLE)
    assert "chuyên gia đánh giá nội bộ cần ghi chứng chỉ đào tạo" in text
    assert "Cần đánh dấu một người là thư ký ISO." in text
    wizard.ui.people_table.item(1, W.PeopleColumn.CERTIFICATE).setText("Chứng chỉ số 215/2023")
    wizard.ui.people_table.item(1, W.PeopleColumn.SECRETARY).setCheckState(Qt.CheckState.Checked)
    wizard.next()
    assert wizard.currentId() == W.STEERING

    # Two heads, and a decision with a number but no date or summary.
    wizard.set_seat("Lê Quốc Bảo", d.SteeringRole.HEAD)
    wizard.ui.decision_number_spin.setValue(15)
    wizard.next()
    text = wizard.page_error(W.STEERING)
    assert "Ban Chỉ đạo ISO chỉ có một Trưởng ban." in text
    assert "Ngày ban hành: không được để trống." in text and "Trích yếu: không được để trống." in text
    fill_steering(wizard, qtbot)
    wizard.next()
    assert wizard.currentId() == W.YEAR

    # A period that ends before it starts.
    _type(qtbot, wizard.ui.period_end_edit.line_edit, "01/12/2025")
    wizard.next()
    assert wizard.currentId() == W.YEAR
    assert "Đến ngày: ngày kết thúc kỳ phải sau ngày bắt đầu." in wizard.page_error(W.YEAR)
    wizard.ui.default_period_button.click()
    wizard.next()
    assert wizard.currentId() == W.SUMMARY


def test_cancel_saves_nothing(wizard: SetupWizard, app_services: Any, qtbot) -> None:  # type: ignore[no-untyped-def]
    run_to_summary(wizard, qtbot)
    wizard.button(QWizard.WizardButton.CancelButton).click()
    assert wizard.result() == QWizard.DialogCode.Rejected
    assert not app_services.agency.has_agency()
    assert app_services.agency.departments() == [] and app_services.agency.people(include_inactive=True) == []
    assert app_services.register.list() == [] and app_services.years.years() == []


def test_failing_final_save_saves_nothing_and_says_why(wizard: SetupWizard, app_services: Any, qtbot) -> None:  # type: ignore[no-untyped-def]
    run_to_summary(wizard, qtbot)
    # Someone (another isodesk on the same file) created the year meanwhile: the last write clashes.
    app_services.years.save(d.ReportingYear(None, 2026, *d.default_period(2026)))
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.isVisible() and wizard.result() != QWizard.DialogCode.Accepted
    text = wizard.page_error(W.SUMMARY)
    assert text.startswith("Chưa lưu gì:") and "Năm: “2026” đã có." in text
    assert not app_services.agency.has_agency()
    assert app_services.agency.departments() == [] and app_services.agency.people(include_inactive=True) == []
    assert app_services.register.list() == []
    assert [y.year for y in app_services.years.years()] == [2026]


def test_wizard_buttons_are_vietnamese(wizard: SetupWizard) -> None:
    assert wizard.windowTitle() == "Thiết lập isodesk"
    wizard.next()
    assert wizard.button(QWizard.WizardButton.NextButton).text() == "&Tiếp >"
    assert wizard.button(QWizard.WizardButton.BackButton).text() == "< &Quay lại"
    assert wizard.button(QWizard.WizardButton.CancelButton).text() == "Hủy"
