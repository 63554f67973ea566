"""The "Mục tiêu chất lượng" screen driven like a secretary: policy, add (a qualitative objective is
refused in Vietnamese), edit the plan, enter results (outside the year refused), copy to a new year,
filter, export, import back, print preview, and the chart."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QMessageBox

from isodesk.domain import core as cd
from isodesk.domain import objectives as d
from isodesk.ui.screens.objectives_screen import ObjectivesScreen

TODAY = date(2026, 8, 20)


@pytest.fixture
def screen(seeded_services: Any, qtbot) -> ObjectivesScreen:  # type: ignore[no-untyped-def]
    widget = ObjectivesScreen(seeded_services, None, today=TODAY)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    return widget


def _add(tab: Any, title: str, target: str, indicator: str, measure: str = "Theo dõi hằng ngày") -> Any:
    dialog = tab.open_editor(None)
    ui = dialog.ui
    ui.title_edit.setText(title)
    ui.target_edit.setText(target)
    ui.indicator_edit.setText(indicator)
    ui.method_edit.setText("Thống kê trên phần mềm một cửa")
    ui.plan_table.item(0, 0).setText(measure)
    ui.plan_table.item(0, 2).setText("Văn phòng")
    return dialog


def test_add_edit_results_and_chart(screen: ObjectivesScreen, seeded_services: Any) -> None:
    tab = screen.objectives_tab
    assert tab.year() == 2026
    # A qualitative objective: refused with the Vietnamese explanation, nothing saved.
    dialog = _add(tab, "Nâng cao chất lượng phục vụ", "", "phục vụ người dân ngày càng tốt hơn")
    assert not dialog.save()
    shown = dialog.errors.text_of("target") + dialog.errors.general_text()
    assert "định tính" in shown and "Chưa lưu gì" in shown, shown
    assert seeded_services.objectives.objectives(2026) == []
    # A measurable one is saved with its plan.
    dialog.ui.target_edit.setText("98")
    assert dialog.save()
    rows = tab.model.rows()
    assert [o.target_text for o in rows] == ["≥ 98 % phục vụ người dân ngày càng tốt hơn"]
    assert rows[0].plan[0].measure == "Theo dõi hằng ngày"
    # Edit: add a plan line, change to half-yearly.
    tab.select_ids([rows[0].id])
    tab._ui.edit_button.click()
    editor = tab._dialog
    row = editor.add_plan_row()
    editor.ui.plan_table.item(row, 0).setText("Khảo sát sự hài lòng")
    editor.ui.frequency_combo.setCurrentIndex(editor.ui.frequency_combo.findData(d.Frequency.HALF_YEARLY.value))
    assert editor.save()
    objective = tab.model.rows()[0]
    assert len(objective.plan) == 2 and objective.frequency is d.Frequency.HALF_YEARLY
    # Results: H1 below target → không đạt, computed; the label follows as the value is typed.
    tab.select_ids([objective.id])
    tab._ui.results_button.click()
    result = tab._dialog
    result.select_period("2026-H1")
    result.ui.value_edit.setText("97,5")
    assert result.ui.achievement_label.text() == "→ Không đạt"
    result.ui.evidence_edit.setText("Báo cáo 6 tháng")
    assert result.save()
    assert tab.model.rows()[0].achievement is d.Achievement.NOT_ACHIEVED
    assert "Không đạt" in tab._ui.count_label.text() or "1 không đạt" in tab._ui.count_label.text()
    assert [o.id for o in tab._ui.chart.objectives()] == [objective.id]
    # Filters: achievement and missing results (H1 over on 20/8 has a result; H2 not over yet).
    tab._ui.achievement_combo.setCurrentIndex(tab._ui.achievement_combo.findData(d.Achievement.ACHIEVED.value))
    assert tab.proxy.rowCount() == 0 and tab._ui.chart.objectives() == []
    tab.clear_filters()
    tab._ui.missing_check.setChecked(True)
    assert tab.proxy.rowCount() == 0
    tab.clear_filters()
    # Service-level refusal shown: a value over 100 %.
    tab._ui.results_button.click()
    result = tab._dialog
    result.select_period("2026-H2")
    result.ui.value_edit.setText("120")
    assert not result.save()
    assert seeded_services.objectives.get(objective.id).result_for("2026-H2") is None
    # The change history has the objective's creation and update.
    entries = seeded_services.history.for_record("quality_objective", objective.id)
    assert len(entries) >= 2
    screen.grab().save(str(Path(screen.objectives_tab._services.db_path).with_name("objectives.png")))


def test_policy_copy_export_import_print(screen: ObjectivesScreen, seeded_services: Any, tmp_path: Path,
                                         qtbot) -> None:  # type: ignore[no-untyped-def]
    tab = screen.objectives_tab
    seeded_services.years.save(cd.ReportingYear(None, 2027, *cd.default_period(2027)))
    seeded_services.objectives.save(d.Objective(
        None, 2026, "Giải quyết hồ sơ đúng hạn", "hồ sơ TTHC giải quyết đúng hạn", d.Comparator.GE, Decimal("98"),
        plan=(d.PlanRow(None, "Nhắc hạn hồ sơ", "", "Bộ phận Một cửa", "Cả năm 2026"),)))
    tab.refresh()
    # Policy.
    policy = tab.open_policy_editor()
    policy.ui.text_edit.setPlainText("Công khai – Minh bạch – Đúng hạn")
    assert policy.save()
    assert tab._ui.policy_label.text() == "Công khai – Minh bạch – Đúng hạn"
    # Export the year, then copy it to 2027, then import the file into 2027 as well.
    written = tab.export_excel(tmp_path / "mt.xlsx")
    assert written is not None
    sheet = load_workbook(written).active
    values = [str(c.value) for row in sheet.iter_rows() for c in row if c.value]
    assert "≥ 98 % hồ sơ TTHC giải quyết đúng hạn" in values and "Biện pháp/Nội dung thực hiện" in values
    tab.set_year(2027)
    assert tab.model.rows() == [] and tab._ui.copy_button.isEnabled()
    ids = tab.copy_from_previous()
    assert len(ids) == 1 and tab.model.rows()[0].needs_review
    dialog = tab.open_import()
    assert dialog.load_file(written)
    assert dialog.can_import(), dialog.problem_lines()
    assert dialog.do_import()
    assert len(tab.model.rows()) == 2
    # Delete asks, then deletes.
    tab.select_ids([ids[0]])
    tab._ui.delete_button.click()
    box = tab._dialog
    assert isinstance(box, QMessageBox)
    box.button(QMessageBox.StandardButton.Yes).click()
    assert len(tab.model.rows()) == 1
    # Print preview of the 6.2.2 plan.
    tab.set_year(2026)
    preview = tab.print_list()
    assert preview is not None
    qtbot.waitUntil(preview.is_ready, timeout=20000)


def test_decision_page_in_the_window_exports_and_records(qtbot, window, seeded_services, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                        monkeypatch) -> None:
    from docx import Document

    seeded_services.objectives.save_policy(d.QualityPolicy(None, 2026, "Công khai – Minh bạch – Đúng hạn"))
    seeded_services.objectives.save(d.Objective(
        None, 2026, "Giải quyết hồ sơ đúng hạn", "hồ sơ TTHC giải quyết đúng hạn", d.Comparator.GE, Decimal("98"),
        plan=(d.PlanRow(None, "Nhắc hạn hồ sơ", "", "Bộ phận Một cửa", "Cả năm 2026"),)))
    screen = window.navigate("objectives")
    assert isinstance(screen, ObjectivesScreen) and screen.objectives_tab.year() == window.year
    screen.tabs.setCurrentIndex(1)
    page = screen.decision_page
    assert page is not None
    assert page.title.text().startswith("Quyết định ban hành Chính sách chất lượng và Mục tiêu chất lượng")
    assert page.editor("article1").text.startswith("Ban hành kèm theo Quyết định này")
    offered: list[Any] = []
    monkeypatch.setattr(page, "choose_folder", lambda: str(tmp_path / "out"))
    monkeypatch.setattr(page, "offer_open_folder", offered.append)
    page.export_button.click()
    qtbot.waitUntil(lambda: bool(offered), timeout=30000)
    entry = seeded_services.register.get(offered[0].register_id)
    assert entry.purpose is cd.DocPurpose.QUALITY_OBJECTIVES and entry.doc_type is cd.IssuedDocType.DECISION
    texts = [p.text for p in Document(str(offered[0].docx)).paragraphs]
    assert "QUYẾT ĐỊNH:" in texts and "Công khai – Minh bạch – Đúng hạn" in texts
    # Once the clerk registers it, the home screen's step is done (computed from the data).
    seeded_services.register.register(entry.id, date(2026, 2, 10))
    step = next(s for s in seeded_services.cycle.overview(2026, TODAY).steps if s.key == "policy_objectives")
    assert step.status.value == "done", step
    # The home screen's card shows the year's objectives and opens the screen.
    home = window.navigate("home")
    card = home.objectives_card
    assert card.isVisibleTo(home) and "0/0" in card.title.text() and "(1 mục tiêu)" in card.title.text()
    card.open_button.click()
    assert window.stack.currentWidget() is screen
