"""The Rủi ro và cơ hội screen end to end through the widgets, on a real SQLite file: add, edit, evaluate,
carry forward, close, the risk map, import, export, the printed Phụ lục and the issued plan."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox

from isodesk.domain import core as cd
from isodesk.domain import risks as d

YEAR = 2026


class FakeWindow(QObject):
    """What the tab needs from the main window: the year, data_changed, year_changed, the actor."""

    data_changed = Signal(str)
    year_changed = Signal(int)
    year = YEAR
    actor = "Nguyễn Thị Thu Hà"

    def navigate(self, target: str, record_ids: tuple[int, ...] = ()) -> None:
        pass

    def statusBar(self):  # noqa: N802 - Qt name
        class _Bar:
            def showMessage(self, *_a: object) -> None:  # noqa: N802
                pass
        return _Bar()


@pytest.fixture
def tab(qtbot, services):  # type: ignore[no-untyped-def]
    from isodesk.ui.screens.risks_screen import RisksTab

    services.agency.save_profile(cd.AgencyProfile(
        id=None, valid_from=date(2020, 1, 1), name="Ủy ban nhân dân xã Sơn Lâm", parent_name="Ủy ban nhân dân tỉnh Hà Tĩnh",
        tier=cd.AgencyTier.COMMUNE, province="Hà Tĩnh", place_name="Sơn Lâm", abbreviation="UBND"))
    for y in (YEAR - 1, YEAR):
        start, end = cd.default_period(y)
        services.years.save(cd.ReportingYear(None, y, start, end, date(y, 12, 10)))
    services.risks.save(d.RiskEntry(None, YEAR - 1, d.RiskGroup.EXTERNAL, "Rủi ro do áp dụng văn bản QPPL cũ",
                                    level=d.RiskLevel.LOW, actions=(d.RiskAction(None, "Cập nhật văn bản"),)))
    window = FakeWindow()
    widget = RisksTab(services, window)  # type: ignore[arg-type]
    widget._today = date(YEAR, 7, 1)  # noqa: SLF001 - pin "today" for overdue marks
    qtbot.addWidget(widget)
    widget.resize(1366, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _answer_yes(tab) -> None:  # type: ignore[no-untyped-def]
    box = tab._dialog
    assert isinstance(box, QMessageBox)
    box.button(QMessageBox.StandardButton.Yes).click()


def test_add_edit_evaluate_carry_close_through_the_widgets(qtbot, tab, services) -> None:  # type: ignore[no-untyped-def]
    assert tab.model.rowCount() == 0
    # add: a risk with a level computed from likelihood × impact and one action
    dialog = tab.open_editor(None)
    ui = dialog.ui
    ui.group_combo.setCurrentIndex(ui.group_combo.findData(d.RiskGroup.INTERNAL))
    ui.issue_edit.setPlainText("Rủi ro do xử lý hồ sơ TTHC quá hạn")
    ui.likelihood_combo.setCurrentIndex(ui.likelihood_combo.findData(3))
    ui.severity_combo.setCurrentIndex(ui.severity_combo.findData(2))
    assert ui.level_combo.currentData() == d.RiskLevel.VERY_HIGH  # the matrix's answer, shown at once
    row = dialog.add_action(d.RiskAction(None, "Theo dõi hồ sơ sắp đến hạn", "Bộ phận một cửa", date(YEAR, 3, 31)))
    assert row == 0
    dialog.ok_button().click()
    entries = services.risks.list_entries(YEAR)
    assert len(entries) == 1 and entries[0].level is d.RiskLevel.VERY_HIGH
    assert tab.model.rowCount() == 1
    assert tab.risk_map.count(d.RiskGroup.INTERNAL, d.RiskLevel.VERY_HIGH) == 1
    assert "1 mục có hành động quá hạn" in tab.count_label.text()

    # a refusal stays in the dialog, in Vietnamese, and writes nothing
    dialog = tab.open_editor(None)
    dialog.ui.kind_combo.setCurrentIndex(dialog.ui.kind_combo.findData(d.EntryKind.OPPORTUNITY))
    dialog.ok_button().click()
    assert dialog.isVisible()
    assert "không được để trống" in dialog.errors.text_of("issue")
    assert "cơ hội" in dialog.errors.text_of("opportunity")
    dialog.close()
    assert len(services.risks.list_entries(YEAR)) == 1

    # edit: mark the action done
    tab.select_ids([entries[0].id])
    tab.edit_button.click()
    dialog = tab.last_dialog
    table = dialog.ui.actions_table
    table.cellWidget(0, 3).setCurrentIndex(table.cellWidget(0, 3).findData(d.ActionStatus.DONE))
    table.item(0, 4).setText("25/03/2026")
    dialog.ok_button().click()
    stored = services.risks.get(entries[0].id)
    assert stored.actions[0].status is d.ActionStatus.DONE and stored.actions[0].done_on == date(YEAR, 3, 25)
    assert stored.actions[0].id == entries[0].actions[0].id
    assert [h.action.value for h in services.history.for_record("risk_entry", stored.id)][0] == "create"

    # evaluate
    tab.select_ids([stored.id])
    tab.evaluate_button.click()
    dialog = tab.last_dialog
    dialog.ui.observed_edit.setPlainText("Không còn hồ sơ quá hạn")
    dialog.ok_button().click()
    evaluation = services.risks.get(stored.id).evaluation
    assert evaluation is not None and evaluation.evaluated_by == "Nguyễn Thị Thu Hà"

    # carry forward last year's register into this year
    tab.carry_button.click()
    _answer_yes(tab)
    carried = [e for e in services.risks.list_entries(YEAR) if e.needs_review]
    assert len(carried) == 1 and carried[0].issue == "Rủi ro do áp dụng văn bản QPPL cũ"
    assert "cần rà soát lại" in tab.count_label.text()

    # close it (no longer relevant): it leaves the map
    tab.select_ids([carried[0].id])
    before = tab.risk_map.count(d.RiskGroup.EXTERNAL, d.RiskLevel.LOW)
    tab.close_button.click()
    assert services.risks.get(carried[0].id).status is d.EntryStatus.CLOSED
    assert tab.risk_map.count(d.RiskGroup.EXTERNAL, d.RiskLevel.LOW) == before - 1


def test_map_click_filters_the_list_and_search_is_folded(qtbot, tab, services) -> None:  # type: ignore[no-untyped-def]
    services.risks.save(d.RiskEntry(None, YEAR, d.RiskGroup.INTERNAL, "Thay đổi nhân sự", level=d.RiskLevel.LOW,
                                    actions=(d.RiskAction(None, "Đào tạo"),)))
    services.risks.save(d.RiskEntry(None, YEAR, d.RiskGroup.INTERNAL, "Máy tính xuống cấp",
                                    level=d.RiskLevel.VERY_HIGH, actions=(d.RiskAction(None, "Thay máy"),)))
    tab.refresh()
    rect = tab.risk_map.cell_rect(d.RiskGroup.INTERNAL, d.RiskLevel.VERY_HIGH)
    qtbot.mouseClick(tab.risk_map, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert tab.proxy.rowCount() == 1 and tab.proxy.row_dto(0).issue == "Máy tính xuống cấp"
    qtbot.mouseClick(tab.risk_map, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())  # again: all
    assert tab.proxy.rowCount() == 2
    tab.apply_search("may tinh")
    assert tab.proxy.rowCount() == 1


def test_import_export_and_print(qtbot, tab, services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["TT", "Vấn đề/quá trình", "Nhận định tác động dự kiến", "Rủi ro", None, None, "Cơ hội",
               "Hành động để giải quyết rủi ro, cơ hội", "Mục tiêu đề ra", "Ghi chú"])
    ws.append([None, None, None, "Thấp", "Cao", "Rất cao", None, None, None, None])
    ws.append(["I. DO CÁC YẾU TỐ NỘI BỘ"])
    ws.append([1, "Rủi ro do thay đổi nhân sự", "Gián đoạn công việc", "Thấp", None, None, "Đào tạo nhân viên",
               "- Bố trí người dự phòng", "Ổn định", None])
    ws.append(["III. NHU CẦU VÀ MONG ĐỢI CÁC BÊN QUAN TÂM"])
    ws.append([1, "Thanh toán trực tuyến", None, None, None, None, "Tăng tỉ lệ thanh toán trực tuyến",
               "- Tuyên truyền", "Trên 50%", None])
    path = tmp_path / "pl2.xlsx"
    wb.save(path)
    dialog = tab.open_import()
    assert dialog.load_file(path) and dialog.can_import()
    assert dialog.do_import()
    entries = services.risks.list_entries(YEAR)
    assert [(e.group, e.kind) for e in entries] == [(d.RiskGroup.INTERNAL, d.EntryKind.BOTH),
                                                   (d.RiskGroup.INTERESTED_PARTIES, d.EntryKind.OPPORTUNITY)]
    assert tab.model.rowCount() == 2

    written = tab.export_excel(tmp_path / "out.xlsx")
    assert written is not None
    sheet = load_workbook(written).active
    texts = [str(c.value) for row in sheet.iter_rows() for c in row if c.value]
    assert "Vấn đề/quá trình" in texts and "Rủi ro do thay đổi nhân sự" in texts and "Rủi ro" in texts

    preview = tab.print_list()
    assert preview is not None
    preview.close()


def test_plan_is_issued_from_the_screen(qtbot, seeded_services, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from isodesk.services.risks.risks_cycle import DOCUMENT_KEY
    from isodesk.ui.screens.risks_screen import RisksScreen

    services = seeded_services
    year = services.years.years()[0].year
    services.risks.save(d.RiskEntry(None, year, d.RiskGroup.INTERNAL, "Rủi ro do xử lý TTHC quá hạn",
                                    level=d.RiskLevel.HIGH, actions=(d.RiskAction(None, "Quán triệt quy trình"),)))
    window = FakeWindow()
    window.year = year
    screen = RisksScreen(services, window)  # type: ignore[arg-type]
    qtbot.addWidget(screen)
    screen.resize(1366, 768)
    screen.show()
    screen.open_target("plan")
    page = screen.plan_page
    assert page.document is not None and page.document.key == DOCUMENT_KEY
    offered: list[object] = []
    monkeypatch.setattr(page, "choose_folder", lambda: str(tmp_path / "out"))
    monkeypatch.setattr(page, "offer_open_folder", offered.append)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(offered), timeout=20000)
    result = offered[0]
    entry = services.register.get(result.register_id)  # type: ignore[attr-defined]
    assert entry.purpose is cd.DocPurpose.RISK_PLAN and entry.doc_type is cd.IssuedDocType.PLAN
    screen.open_target("register", ())
    assert screen.tabs.currentWidget() is screen.register_tab


def test_level_matrix_is_edited_in_a_dialog_and_used(qtbot, tab, services) -> None:  # type: ignore[no-untyped-def]
    tab.matrix_button.click()
    dialog = tab.last_dialog
    combo = dialog.cells[(1, 1)]
    assert combo.currentData() == d.RiskLevel.LOW  # the default matrix
    combo.setCurrentIndex(combo.findData(d.RiskLevel.HIGH))
    dialog.ok_button().click()
    assert services.risks.matrix().level(1, 1) is d.RiskLevel.HIGH
    editor = tab.open_editor(None)
    editor.ui.likelihood_combo.setCurrentIndex(editor.ui.likelihood_combo.findData(1))
    editor.ui.severity_combo.setCurrentIndex(editor.ui.severity_combo.findData(1))
    assert editor.ui.level_combo.currentData() == d.RiskLevel.HIGH
    editor.close()
