"""Scope tab end to end: fields, công bố decisions and the scope warnings, on a real SQLite file."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from isodesk.domain import core as d
from isodesk.domain import documents as dd
from isodesk.domain.scope import AnnouncementKind, Tthc


class FakeWindow(QObject):
    data_changed = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.navigations: list[tuple[str, tuple[int, ...]]] = []
        self.changes: list[str] = []
        self.data_changed.connect(self.changes.append)

    def navigate(self, target: str, record_ids: tuple[int, ...] = ()) -> None:
        self.navigations.append((target, tuple(record_ids)))


def _decision(services, purpose: d.DocPurpose, number: int, when: date, summary: str) -> int:  # type: ignore[no-untyped-def]
    row = services.register.save(d.IssuedDocument(None, d.IssuedDocType.DECISION, "UBND", None, "QĐ-UBND", None,
                                                  summary, purpose=purpose))
    return services.register.register(row.id, when, number).id


@pytest.fixture
def world(services):  # type: ignore[no-untyped-def]
    services.agency.save_profile(d.AgencyProfile(
        None, date(2020, 1, 1), "Ủy ban nhân dân xã Sơn Lâm", "UBND tỉnh Hà Tĩnh", d.AgencyTier.COMMUNE, "Hà Tĩnh",
        "Sơn Lâm", "UBND", head_title="Chủ tịch", collective_name="Ủy ban nhân dân"))
    tp = services.agency.save_department(d.Department(None, "Tư pháp - Hộ tịch", "TP"))
    chairman = services.agency.save_person(d.Person(None, "Lê Văn Nam", "Chủ tịch", tp.id, is_leader=True))
    doc_set = _decision(services, d.DocPurpose.DOCUMENT_SET, 3, date(2024, 1, 10), "Ban hành hệ thống tài liệu")
    proc = services.documents.create_document(dd.InternalDocument(
        None, "QT.HT.01", "Quy trình đăng ký khai sinh", dd.DocumentKind.TTHC_PROCEDURE, tp.id))
    services.documents.issue_revision(proc.revisions[0].id, effective_date=date(2024, 1, 15),
                                      decision_id=doc_set, approved_by_id=chairman.id)
    ks = services.tthc.save(Tthc(None, "1.001193", "Đăng ký khai sinh", "Hộ tịch", "Cấp xã", "1295/QĐ-UBND",
                                 date(2022, 6, 24), procedure_id=proc.id))
    kh = services.tthc.save(Tthc(None, "1.000894", "Đăng ký kết hôn", "Hộ tịch", "Cấp xã", "1295/QĐ-UBND",
                                 date(2022, 6, 24), procedure_id=proc.id))
    field = services.tthc.add_scope_field("Hộ tịch", date(2022, 6, 24))
    return {"doc_set": doc_set, "proc": proc.id, "ks": ks, "kh": kh, "field": field, "chairman": chairman}


@pytest.fixture
def tab(qtbot, services, world):  # type: ignore[no-untyped-def]
    from isodesk.ui.screens.scope_tab import ScopeTab

    window = FakeWindow()
    widget = ScopeTab(services, window)  # type: ignore[arg-type]
    widget.fake_window = window  # type: ignore[attr-defined]
    qtbot.addWidget(widget)
    widget.resize(1200, 720)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _announce_through_dialog(tab, number: int, when: date, kind: AnnouncementKind | None = None):  # type: ignore[no-untyped-def]
    dialog = tab.open_announcement_dialog()
    ui = dialog._ui
    ui.new_radio.setChecked(True)
    if kind is not None:
        ui.kind_combo.setCurrentIndex(ui.kind_combo.findData(kind))
    ui.number_spin.setValue(number)
    ui.issue_date_edit.set_date(when)
    ui.button_box.button(QDialogButtonBox.StandardButton.Save).click()
    return dialog


def _card(tab, code: str):  # type: ignore[no-untyped-def]
    return next(c for c in tab.cards if c.warning.code == code)


def test_never_announced_then_announce(tab, services, world) -> None:
    assert tab.warning_codes() == ["never_announced"]
    assert tab._ui.status_label.text().startswith("Chưa ghi nhận quyết định công bố")
    dialog = _announce_through_dialog(tab, 5, date(2024, 2, 1), AnnouncementKind.ANNOUNCE)
    assert not dialog.isVisible()
    announcement = services.tthc.announcements()[0]
    assert announcement.kind is AnnouncementKind.ANNOUNCE and announcement.reference == "05/QĐ-UBND ngày 01/02/2024"
    assert announcement.fields == ("Hộ tịch",) and announcement.tthc_count == 2 and announcement.tthc_covered == 2
    assert announcement.document_set_id == world["doc_set"]
    register_row = services.register.get(announcement.register_document_id)
    assert register_row.purpose is d.DocPurpose.CONFORMITY and register_row.status is d.IssuedDocStatus.ISSUED
    assert "công bố Hệ thống quản lý chất lượng" in register_row.summary
    assert tab.warning_codes() == []
    tree = tab._ui.decisions_tree
    assert [(tree.topLevelItem(i).text(0), tree.topLevelItem(i).text(1)) for i in range(tree.topLevelItemCount())] == [
        ("10/01/2024", "03/QĐ-UBND"), ("01/02/2024", "05/QĐ-UBND")]
    assert tree.topLevelItem(1).text(3) == "1 lĩnh vực, 2 TTHC"
    assert tree.topLevelItem(1).toolTip(3).splitlines() == ["2/2 TTHC đã có quy trình.", "Hộ tịch"]
    assert tab.fake_window.changes == ["documents"]


def test_scope_change_after_announcement_warns_and_reannouncement_clears_it(tab, services, world) -> None:
    _announce_through_dialog(tab, 5, date(2024, 2, 1), AnnouncementKind.ANNOUNCE)
    added_on = date.today() - timedelta(days=10)
    services.tthc.save(Tthc(None, "1.001022", "Đăng ký khai tử", "Hộ tịch", decision_ref="2001/QĐ-UBND",
                            decision_date=added_on))
    services.tthc.abolish(world["kh"].id, added_on, "2001/QĐ-UBND", added_on)
    tab.refresh()
    assert "reannouncement_due" in tab.warning_codes()
    card = _card(tab, "reannouncement_due")
    assert "Khoản 3 Điều 4" in card.text_label.text() and "công bố lại" in card.text_label.text()
    details = card.details_label.text()
    assert "TTHC công bố mới: 1.001022 Đăng ký khai tử" in details
    assert "TTHC bãi bỏ: 1.000894 Đăng ký kết hôn" in details
    card.buttons[1].click()  # show these TTHC
    assert tab.fake_window.navigations[-1][0] == "documents.tthc"
    assert set(tab.fake_window.navigations[-1][1]) == {world["kh"].id, services.tthc.search("1.001022")[0].id}
    card.buttons[0].click()  # record the re-announcement
    dialog = tab._dialog
    assert dialog._ui.kind_combo.currentData() == AnnouncementKind.REANNOUNCE
    assert "công bố lại" in dialog._ui.summary_edit.toPlainText()
    dialog._ui.number_spin.setValue(41)
    dialog._ui.issue_date_edit.set_date(date.today())
    dialog._ui.button_box.button(QDialogButtonBox.StandardButton.Save).click()
    assert "reannouncement_due" not in tab.warning_codes()
    last = services.tthc.scope_status().last_announcement
    assert last.kind is AnnouncementKind.REANNOUNCE and last.tthc_count == 2


def test_field_added_after_announcement_is_a_scope_change(tab, services, world) -> None:
    _announce_through_dialog(tab, 5, date(2024, 2, 1), AnnouncementKind.ANNOUNCE)
    ui = tab._ui
    ui.field_combo.setCurrentText("Chứng thực")
    ui.field_date_edit.set_date(date.today())
    ui.add_field_button.click()
    assert not ui.field_error_label.isVisible()
    assert [ui.fields_tree.topLevelItem(i).text(0) for i in range(ui.fields_tree.topLevelItemCount())] == [
        "Chứng thực", "Hộ tịch"]
    assert ui.fields_tree.topLevelItem(1).text(3) == "2"
    card = _card(tab, "reannouncement_due")
    assert "lĩnh vực được bổ sung vào phạm vi: Chứng thực" in card.details_label.text()
    # The same field twice is refused with a message under the buttons.
    ui.field_combo.setCurrentText("chứng thực")
    ui.add_field_button.click()
    assert ui.field_error_label.isVisible() and "đã có" in ui.field_error_label.text()
    # Taking it out again is also a change.
    ui.fields_tree.topLevelItem(0).setSelected(True)
    ui.field_date_edit.set_date(date.today() + timedelta(days=1))
    ui.remove_field_button.click()
    box = tab._dialog
    assert "công bố lại" in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    removed = [f for f in services.tthc.scope_fields(include_removed=True) if f.name == "Chứng thực"]
    assert removed[0].removed_on == date.today() + timedelta(days=1)


def test_announcement_dated_before_the_document_set_warns_until_relinked(tab, services, world) -> None:
    # numbered 10 so that the older QĐ ban hành of 20/11/2023 can take 09 (numbers in date order, NĐ 30 Điều 15)
    early = _decision(services, d.DocPurpose.CONFORMITY, 10, date(2023, 12, 1), "Công bố HTQLCL")
    services.tthc.announce(early, AnnouncementKind.ANNOUNCE, document_set_id=world["doc_set"])
    tab.refresh()
    assert "announcement_before_document_set" in tab.warning_codes()
    card = _card(tab, "announcement_before_document_set")
    assert "10/QĐ-UBND ngày 01/12/2023" in card.text_label.text()
    assert "03/QĐ-UBND ngày 10/01/2024" in card.text_label.text()
    older_set = _decision(services, d.DocPurpose.DOCUMENT_SET, 9, date(2023, 11, 20), "Ban hành hệ thống tài liệu")
    card.buttons[0].click()
    dialog = tab._dialog
    assert not dialog._ui.form_layout.isRowVisible(dialog._ui.kind_combo)
    dialog._ui.document_set_combo.setCurrentIndex(dialog._ui.document_set_combo.findData(older_set))
    dialog._ui.button_box.button(QDialogButtonBox.StandardButton.Save).click()
    assert "announcement_before_document_set" not in tab.warning_codes()
    assert services.tthc.announcements()[0].document_set_id == older_set


def test_existing_register_decision_can_be_picked(tab, services, world) -> None:
    reg = _decision(services, d.DocPurpose.CONFORMITY, 7, date(2024, 3, 1), "Công bố HTQLCL phù hợp TCVN ISO 9001:2015")
    tab.refresh()
    tree = tab._ui.decisions_tree
    unrecorded = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
                  if tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole)[0] == "conformity"]
    assert len(unrecorded) == 1
    unrecorded[0].setSelected(True)
    dialog = tab.open_announcement_dialog()
    assert dialog._ui.existing_radio.isChecked() and dialog._ui.existing_combo.currentData() == reg
    dialog._ui.button_box.button(QDialogButtonBox.StandardButton.Save).click()
    assert services.tthc.announcements()[0].register_document_id == reg
    assert tab.warning_codes() == []


def test_abolished_tthc_with_procedure_in_force_warns(tab, services, world) -> None:
    _announce_through_dialog(tab, 5, date(2024, 2, 1), AnnouncementKind.ANNOUNCE)
    services.tthc.abolish(world["ks"].id, date(2024, 1, 20), "10/QĐ-UBND", date(2024, 1, 20))
    tab.refresh()
    assert "abolished_tthc_with_procedure" in tab.warning_codes()
    card = _card(tab, "abolished_tthc_with_procedure")
    assert "1.001193 Đăng ký khai sinh — QT.HT.01 Quy trình đăng ký khai sinh" in card.details_label.text()
    card.buttons[1].click()
    assert tab.fake_window.navigations[-1] == ("documents.internal", (world["proc"],))
    card.buttons[0].click()
    assert tab.fake_window.navigations[-1] == ("documents.tthc", (world["ks"].id,))


def test_unlink_announcement(tab, services, world) -> None:
    _announce_through_dialog(tab, 5, date(2024, 2, 1), AnnouncementKind.ANNOUNCE)
    announcement = services.tthc.announcements()[0]
    tab.open_target((announcement.id,))
    assert tab._ui.unlink_button.isEnabled()
    tab._ui.unlink_button.click()
    tab._dialog.button(QMessageBox.StandardButton.Yes).click()
    assert services.tthc.announcements() == []
    assert tab.warning_codes() == ["never_announced"]


def test_reloads_when_shown_after_another_tab_changed_data(qtbot, tab, services, world) -> None:
    assert tab.warning_codes() == ["never_announced"]
    tab.hide()
    services.tthc.abolish(world["ks"].id, date(2024, 3, 1), "1/QĐ-UBND", date(2024, 3, 1))
    tab.fake_window.data_changed.emit("documents")
    tab.show()
    assert "abolished_tthc_with_procedure" in tab.warning_codes()
