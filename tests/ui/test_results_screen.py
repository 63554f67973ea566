"""The "Kết quả TTHC và mức độ hài lòng" screen driven like a secretary: a period's figures refused for an
identity (shown live, nothing saved), then corrected and saved; the portal's Excel with one wrong set
refused naming the identity, then the corrected file imported (its column mapping kept); the trend chart
and the printed summary."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from isodesk.domain import core as cd
from isodesk.domain import results as d

FIXTURES = Path(__file__).parent.parent / "fixtures" / "results"


def _screen(services: Any, qtbot: Any) -> Any:
    from isodesk.ui.screens.results_screen import ResultsScreen

    screen = ResultsScreen(services, None)
    qtbot.addWidget(screen)
    screen.resize(1366, 768)
    screen.show()
    return screen


def test_enter_a_period_refused_then_corrected(seeded_services: Any, qtbot: Any) -> None:
    screen = _screen(seeded_services, qtbot)
    tab = screen.results_tab
    dialog = tab.open_editor(None)
    dialog.ui.year_spin.setValue(2024)
    dialog.ui.level_combo.setCurrentIndex(dialog.ui.level_combo.findData(d.ResultLevel.DISTRICT))
    for name, value in (("carried_over", 12), ("received_online", 800), ("received_direct", 700),
                        ("resolved_early", 1000), ("resolved_on_time", 470), ("resolved_late", 10),
                        ("pending_in_time", 15), ("pending_overdue", 5), ("returned", 10)):
        dialog.spin(name).setValue(value)
    shown = dialog.ui.identity_label.text()
    assert "Tổng tiếp nhận 1.512 ≠ đã giải quyết 1.480 + chưa giải quyết 20 + trả lại 10: thiếu 2 hồ sơ" in shown
    assert dialog.save() is False  # refused by the service: the dialog stays open
    assert "thiếu 2 hồ sơ" in dialog.ui.error_label.text()
    assert seeded_services.results.results() == []

    dialog.spin("resolved_early").setValue(1002)
    assert dialog.ui.identity_label.text() == "Số liệu khớp."
    assert dialog.save() is True
    [saved] = seeded_services.results.results()
    assert saved.level is d.ResultLevel.DISTRICT and saved.total == 1512
    assert tab.model.rowCount() == 1
    assert "1.512" in tab.model.index(0, tab.model.column_of("declared_total")).data()


def test_import_the_portal_file_refused_then_the_corrected_one(seeded_services: Any, qtbot: Any) -> None:
    screen = _screen(seeded_services, qtbot)
    tab = screen.results_tab
    dialog = tab.open_import()
    assert dialog.load_file(FIXTURES / "ket-qua-tthc-cong-dich-vu-sai.xlsx")
    assert dialog.can_import()  # every cell readable: the counts are checked on import
    assert dialog.do_import() is False
    lines = dialog.problem_lines()
    assert any("6" in line and "thiếu 2 hồ sơ" in line for line in lines), lines
    assert seeded_services.results.results() == []

    assert dialog.load_file(FIXTURES / "ket-qua-tthc-cong-dich-vu-dung.xlsx")
    assert dialog.do_import() is True
    assert tab.model.rowCount() == 2
    mapping = seeded_services.results.saved_mapping(d.TTHC_RESULTS_SPEC.key)
    assert mapping["carried_over"] == "Số hồ sơ nhận giải quyết / Từ kỳ trước"
    # the trend chart follows
    [on_time, online, satisfied] = screen.chart.series()
    assert on_time.values[0] is not None and satisfied.values == (None,)


def test_satisfaction_and_the_printed_summary(seeded_services: Any, qtbot: Any) -> None:
    start, end = cd.default_period(2024)
    if 2024 not in [y.year for y in seeded_services.years.years()]:
        seeded_services.years.save(cd.ReportingYear(None, 2024, start, end))
    seeded_services.results.save_result(d.TthcResult(None, 2024, d.ResultLevel.COMMUNE, received_online=10,
                                                     resolved_early=10))
    screen = _screen(seeded_services, qtbot)
    tab = screen.satisfaction_tab
    dialog = tab.open_editor(None)
    dialog.ui.year_spin.setValue(2024)
    dialog.ui.very_satisfied_spin.setValue(90)
    dialog.ui.satisfied_spin.setValue(8)
    dialog.ui.dissatisfied_spin.setValue(2)
    dialog.ui.declared_collected_spin.setValue(101)
    assert "Phiếu thu về 101 ≠" in dialog.ui.identity_label.text()
    assert dialog.save() is False
    dialog.ui.declared_collected_spin.setValue(100)
    row = dialog.add_comment("Chờ lâu vào sáng thứ Hai", dissatisfied=True, handled=True)
    assert dialog.save() is False  # handled, but how is not said: nothing saved
    assert seeded_services.results.surveys(2024) == []
    dialog.ui.comments_table.item(row, 2).setText("Bố trí thêm 01 công chức tiếp nhận")
    assert dialog.save() is True
    [survey] = seeded_services.results.surveys(2024)
    assert survey.satisfied_rate.text == "98,00%" and survey.comments[0].dissatisfied
    assert survey.comments[0].handling == "Bố trí thêm 01 công chức tiếp nhận"
    seeded_services.results.link_nonconformity(survey.comments[0].id, 3)
    again = tab.open_editor(survey)
    again.add_comment("Cán bộ nhiệt tình")
    assert again.save() is True
    [survey] = seeded_services.results.surveys(2024)
    assert [c.content for c in survey.comments] == ["Chờ lâu vào sáng thứ Hai", "Cán bộ nhiệt tình"]
    assert survey.comments[0].nonconformity_id == 3  # the link survives the edit
    tab._window = type("W", (), {"year": 2024})()  # the window's reporting year
    preview = tab.print_list()
    assert preview is not None
    preview.close()


def test_delete_asks_then_removes_and_export_writes_each_register(seeded_services: Any, qtbot: Any,
                                                                  tmp_path: Path) -> None:
    from openpyxl import load_workbook
    from PySide6.QtWidgets import QMessageBox

    seeded_services.results.save_result(d.TthcResult(None, 2025, d.ResultLevel.COMMUNE, received_online=10,
                                                     resolved_early=10))
    seeded_services.results.save_result(d.TthcResult(None, 2025, d.ResultLevel.DISTRICT, received_online=4,
                                                     resolved_early=4))
    screen = _screen(seeded_services, qtbot)
    for tab, sheet_text in ((screen.results_tab, "Cấp xã"), (screen.satisfaction_tab, None)):
        path = tab.export_excel(tmp_path / f"{type(tab).__name__}.xlsx")
        assert path is not None and path.exists()
        texts = [str(c.value) for row in load_workbook(path).active.iter_rows() for c in row if c.value]
        assert sheet_text is None or any(sheet_text in t for t in texts), texts[:30]

    tab = screen.results_tab
    tab.select_ids([seeded_services.results.results()[0].id])
    tab._on_delete_button_clicked()
    assert tab._dialog.windowTitle() == "Xóa số liệu" and tab._dialog.text().startswith("Xóa số liệu")
    tab._dialog.button(QMessageBox.StandardButton.No).click()
    assert len(seeded_services.results.results()) == 2  # "No" changes nothing
    tab.select_ids([seeded_services.results.results()[0].id])
    tab._on_delete_button_clicked()
    tab._dialog.button(QMessageBox.StandardButton.Yes).click()
    assert len(seeded_services.results.results()) == 1
    assert tab.model.rowCount() == 1
