"""The "Báo cáo năm" screen on the demo: the outline tree, a section's figures and text, editing and
saving, the self-score table, the units register, recording as sent and the freeze."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt

from isodesk.domain.report import REPORT_DRAFT


@pytest.fixture
def demo_window(demo_copy: Path, qtbot, tmp_path: Path, ui_env: None) -> Any:  # type: ignore[no-untyped-def]
    from isodesk.app import register_screens
    from isodesk.services.registry import open_services
    from isodesk.ui.main_window import MainWindow
    from isodesk.ui.settings import UiSettings

    services = open_services(demo_copy)
    win = MainWindow(UiSettings(QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat)))
    qtbot.addWidget(win)
    register_screens(win)
    win.resize(1366, 768)
    win.show()
    win.attach(services)
    yield win
    services.close()


def _screen(win: Any) -> Any:
    from isodesk.ui.screens.report_screen import ReportScreen

    screen = win.navigate("report")
    assert isinstance(screen, ReportScreen)
    return screen


def test_selecting_a_section_shows_its_figures_and_text_and_edits_are_saved(demo_window: Any, qtbot) -> None:  # type: ignore[no-untyped-def]
    win = demo_window
    screen = _screen(win)
    services = win.services
    year = screen._year
    assert screen._outline is not None and screen._outline.key == "xa-2025"  # the demo commune's default
    assert screen.tree.topLevelItemCount() == 1 + len(screen._outline.sections)

    screen.select_section("maintenance.tthc")
    figures = services.contributions.collect(year).figures
    assert screen.figure_keys() == ["tthc.resolved", "tthc.on_time_rate", "tthc.late_rate"]
    shown = screen.figures_table.item(1, 0).text()
    assert shown == figures["tthc.on_time_rate"].text  # "99,70%": from the contributed figure
    editor = screen.page.editor("maintenance.tthc")
    assert editor.isVisibleTo(screen.page) and figures["tthc.on_time_rate"].text in editor.editor.toPlainText()

    # An empty section says it is to be written, with the outline's hint.
    screen.select_section("overview.centre")
    assert screen._items["overview.centre"].text(1) == "Trống — cần viết"
    assert screen.hint_label.isVisibleTo(screen) and "Trung tâm Phục vụ hành chính công" in screen.hint_label.text()
    edit = screen.page.editor("overview.centre").editor
    edit.setPlainText("Trung tâm tiếp nhận, trả kết quả theo quy trình điện tử trên Hệ thống thông tin giải quyết TTHC.")
    assert screen.page.save_pending()
    draft = services.drafted.draft(REPORT_DRAFT, year)
    assert draft.block("overview.centre").text.startswith("Trung tâm tiếp nhận")
    assert screen._items["overview.centre"].text(1) == "Đã có nội dung"

    # A figure with records opens them in their screen.
    screen.select_section("maintenance.audit")
    row = screen.figure_keys().index("audit.nonconformities")
    item = screen.figures_table.item(row, 0)
    screen._on_figure_double_clicked(item)
    assert win.stack.currentWidget() is not screen

    win.resize(1366, 768)
    screen = _screen(win)
    screen.grab().save(str(Path(services.db_path).parent / "report-screen.png"))


def test_outline_pick_self_scores_units_and_freeze(demo_window: Any, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    win = demo_window
    services = win.services
    screen = _screen(win)
    year = screen._year
    screen.outline_combo.setCurrentIndex(screen.outline_combo.findData("hatinh-2024-so"))
    assert services.report.outline_for(year).key == "hatinh-2024-so"
    assert screen._outline.key == "hatinh-2024-so" and "own.self_score" in screen._items

    # Self-scoring: type two scores and save; the total is computed.
    table = screen.score_table
    assert table.rowCount() == 6
    table.item(0, 3).setText("0,5")
    table.item(2, 3).setText("0,75")
    assert screen.save_scores()
    assert screen.total_label.text() == "Tổng: 1,25/5,0 điểm"
    # The computed note of criterion 2 is not stored as her text: it keeps following the data.
    _criteria, lines = services.report.score_lines(year, services.contributions.collect(year).figures)
    assert lines[1].note.startswith("Xây dựng, ban hành, áp dụng")
    errors: list[str] = []
    monkeypatch.setattr("isodesk.ui.screens.report_screen.show_error",
                        lambda _parent, _title, exc: errors.append(type(exc).__name__))
    table.item(1, 3).setText("0,9")  # above the maximum 0,5
    assert not screen.save_scores() and errors

    # Units register: add one through the dialog.
    screen.tabs.setCurrentWidget(screen.units_tab)
    screen.units_tab._ensure_loaded()
    dialog = screen.units_tab.open_editor(None)
    dialog.ui.name_edit.setText("Trung tâm Công nghệ thông tin")
    dialog.ui.guides_spin.setValue(3)
    dialog.ui.internal_spin.setValue(12)
    dialog.ok_button().click()
    qtbot.waitUntil(lambda: screen.units_tab.proxy.rowCount() == 1)
    assert services.report.units(year)[0].internal_procedures == 12

    # Record as sent, then change the data: the screen lists what changed.
    dialog = screen.open_sent_dialog()
    dialog.ui.number_spin.setValue(31)
    dialog.ui.issue_date_edit.set_date(date(2026, 11, 30))
    dialog.ok_button().click()
    qtbot.waitUntil(lambda: services.report.is_frozen(year))
    assert screen.frozen_label.isVisible() and "31" in screen.frozen_label.text()
    assert screen.unfreeze_button.isVisible() and not screen.sent_button.isVisible()
    assert screen.page.editor("own.tthc").editor.isReadOnly()
    assert not screen.units_tab.add_button.isEnabled()
    from isodesk.domain import scope as sd

    services.tthc.save(sd.Tthc(id=None, code="9.999998.000.00.00.H12", name="Thủ tục thêm sau khi gửi", field="Tư pháp"))
    screen.refresh()
    assert "Số thủ tục hành chính thuộc phạm vi áp dụng HTQLCL" in screen.changed_figures()
    assert "Số thủ tục hành chính thuộc phạm vi áp dụng HTQLCL" in screen.frozen_label.text()

    box = screen.ask_unfreeze()
    box.button(box.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: not services.report.is_frozen(year))
    assert screen.sent_button.isVisible() and not screen.page.editor("own.tthc").editor.isReadOnly()


def test_an_empty_year_offers_last_years_units(demo_window: Any, qtbot) -> None:  # type: ignore[no-untyped-def]
    from isodesk.domain.report import ReportUnit

    win = demo_window
    services = win.services
    screen = _screen(win)
    year = screen._year
    services.report.save_unit(ReportUnit(None, year - 1, "Trung tâm B", internal_procedures=4))
    screen.tabs.setCurrentWidget(screen.units_tab)
    screen.units_tab.refresh()
    assert screen.units_tab.copy_button.isVisible() and str(year - 1) in screen.units_tab.copy_button.text()
    screen.units_tab.copy_button.click()
    qtbot.waitUntil(lambda: screen.units_tab.proxy.rowCount() == 1)
    assert not screen.units_tab.copy_button.isVisible()
    assert [u.name for u in services.report.units(year)] == ["Trung tâm B"]


def test_a_broken_outline_file_is_named_on_the_screen(demo_window: Any) -> None:
    win = demo_window
    services = win.services
    folder = Path(services.db_path).parent / "outlines"
    folder.mkdir()
    (folder / "tinh-hong.json").write_text("{", encoding="utf-8")
    services.report.library(reload=True)
    screen = _screen(win)
    screen.refresh()
    assert screen.problems_label.isVisible()
    assert "tinh-hong.json" in screen.problems_label.text() and "Tệp bị bỏ qua" in screen.problems_label.text()
    assert screen.outline_combo.count() >= 3  # the shipped outlines still load
