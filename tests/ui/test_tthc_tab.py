"""TTHC tab end to end through the widgets, on a real SQLite file in tmp_path."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from isodesk.domain import core as d
from isodesk.domain import documents as dd
from isodesk.domain.scope import Tthc, TthcEventKind, TthcStatus
from isodesk.domain.scope import TTHC_SPEC
from isodesk.ui.models.register_looks import tthc_look
from isodesk.ui.models.register_model import RegisterFilterProxyModel, RegisterTableModel


class FakeWindow(QObject):
    data_changed = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.navigations: list[tuple[str, tuple[int, ...]]] = []
        self.changes: list[str] = []
        self.data_changed.connect(self.changes.append)

    def navigate(self, target: str, record_ids: tuple[int, ...] = ()) -> None:
        self.navigations.append((target, tuple(record_ids)))


def _procedure(services, code: str, title: str, department_id: int, decision_id: int, approver: int) -> int:  # type: ignore[no-untyped-def]
    doc = services.documents.create_document(dd.InternalDocument(
        None, code, title, dd.DocumentKind.TTHC_PROCEDURE, department_id))
    services.documents.issue_revision(doc.revisions[0].id, effective_date=date(2024, 1, 15),
                                      decision_id=decision_id, approved_by_id=approver)
    return doc.id


@pytest.fixture
def world(services):  # type: ignore[no-untyped-def]
    """Three TTHC in force (two covered by a procedure in force), one spare procedure."""
    tp = services.agency.save_department(d.Department(None, "Tư pháp - Hộ tịch", "TP"))
    chairman = services.agency.save_person(d.Person(None, "Lê Văn Nam", "Chủ tịch", tp.id, is_leader=True))
    decision = services.register.save(d.IssuedDocument(None, d.IssuedDocType.DECISION, "UBND", None, "QĐ-UBND", None,
                                                       "Ban hành hệ thống tài liệu", purpose=d.DocPurpose.DOCUMENT_SET))
    decision = services.register.register(decision.id, date(2024, 1, 10))
    p1 = _procedure(services, "QT.HT.01", "Quy trình đăng ký khai sinh", tp.id, decision.id, chairman.id)
    p2 = _procedure(services, "QT.HT.02", "Quy trình đăng ký kết hôn", tp.id, decision.id, chairman.id)
    p3 = _procedure(services, "QT.CT.01", "Quy trình chứng thực bản sao từ bản chính", tp.id, decision.id, chairman.id)
    ks = services.tthc.save(Tthc(None, "1.001193", "Đăng ký khai sinh", "Hộ tịch", "Cấp xã", "1295/QĐ-UBND",
                                 date(2022, 6, 24), procedure_id=p1))
    kh = services.tthc.save(Tthc(None, "1.000894", "Đăng ký kết hôn", "Hộ tịch", "Cấp xã", "1295/QĐ-UBND",
                                 date(2022, 6, 24), procedure_id=p2))
    ct = services.tthc.save(Tthc(None, "2.000815", "Chứng thực bản sao từ bản chính giấy tờ", "Chứng thực",
                                 "Cấp xã", "769/QĐ-UBND", date(2021, 3, 2)))
    return {"ks": ks, "kh": kh, "ct": ct, "p1": p1, "p2": p2, "p3": p3}


@pytest.fixture
def tab(qtbot, services, world):  # type: ignore[no-untyped-def]
    from isodesk.ui.screens.tthc_tab import TthcTab

    window = FakeWindow()
    widget = TthcTab(services, window)  # type: ignore[arg-type]
    widget.fake_window = window  # type: ignore[attr-defined]
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _codes(tab) -> list[str]:  # type: ignore[no-untyped-def]
    return [tab.proxy.index(r, TTHC_SPEC.screen.index("code")).data() for r in range(tab.proxy.rowCount())]


def _save(dialog) -> None:  # type: ignore[no-untyped-def]
    box = dialog._ui.button_box if hasattr(dialog, "_ui") else dialog.button_box
    (box.button(QDialogButtonBox.StandardButton.Save) or box.button(QDialogButtonBox.StandardButton.Ok)).click()


def _event_action(tab, kind: TthcEventKind):  # type: ignore[no-untyped-def]
    return next(a for a in tab._event_menu.actions() if a.data() == kind)


# --------------------------------------------------------------------------- coverage banner and filters


def test_coverage_banner_numbers_are_computed(tab) -> None:
    assert tab.coverage.covered == 2 and tab.coverage.total == 3
    text = tab._ui.coverage_label.text()
    assert text == "Đã có quy trình: 2/3 TTHC (66,67%) — 1 TTHC chưa có quy trình", text
    assert tab._ui.uncovered_button.isVisible()
    assert not tab._ui.warning_frame.isVisible()


def test_uncovered_filter_shows_only_uncovered(tab) -> None:
    tab._ui.uncovered_button.click()
    assert tab._ui.uncovered_check.isChecked()
    assert _codes(tab) == ["2.000815"]
    row = tab.model.row_of(tab.model.rows()[0].id)
    assert row >= 0
    uncovered_row = tab.proxy.mapToSource(tab.proxy.index(0, 0)).row()
    cell = tab.model.index(uncovered_row, TTHC_SPEC.screen.index("procedure"))
    assert cell.data() == "— chưa có —"
    assert cell.data(Qt.ItemDataRole.BackgroundRole) is not None
    tab._ui.uncovered_check.setChecked(False)
    assert len(_codes(tab)) == 3


def test_search_and_field_filter(qtbot, tab) -> None:
    qtbot.keyClicks(tab._ui.search_edit, "ket hon")
    qtbot.waitUntil(lambda: _codes(tab) == ["1.000894"], timeout=2000)
    tab._ui.search_edit.clear()
    qtbot.waitUntil(lambda: len(_codes(tab)) == 3, timeout=2000)
    tab._ui.field_combo.setCurrentIndex(tab._ui.field_combo.findData("Chứng thực"))
    assert _codes(tab) == ["2.000815"]


# --------------------------------------------------------------------------- add / edit


def test_add_tthc_newly_announced(tab, services, world) -> None:
    action = _event_action(tab, TthcEventKind.ADDED)
    action.trigger()
    dialog = tab._dialog
    ui = dialog._ui
    ui.code_edit.setText(" 1.001022 ")
    ui.name_edit.setPlainText("Đăng ký khai tử")
    ui.field_combo.setCurrentText("Hộ tịch")
    ui.level_combo.setCurrentText("Cấp xã")
    ui.decision_ref_edit.setText("2001/QĐ-UBND")
    ui.decision_date_edit.set_text("05/9/2025")
    ui.procedure_combo.setCurrentText("QT.HT.02 Quy trình đăng ký kết hôn")
    _save(dialog)
    assert not dialog.isVisible()
    stored = services.tthc.search("1.001022")[0]
    assert stored.procedure_id == world["p2"] and stored.decision_date == date(2025, 9, 5)
    events = services.tthc.events(stored.id)
    assert [(e.kind, e.on) for e in events] == [(TthcEventKind.ADDED, date(2025, 9, 5))]
    assert tab.coverage.total == 4 and tab.coverage.covered == 3
    assert [t.id for t in tab.selected_tthc()] == [stored.id]
    assert tab.fake_window.changes == ["documents"]


def test_duplicate_code_and_unknown_procedure_refused(tab, services) -> None:
    tab._ui.add_button.click()
    dialog = tab._dialog
    dialog._ui.code_edit.setText("1.001193")
    dialog._ui.name_edit.setPlainText("Trùng mã")
    _save(dialog)
    assert dialog.isVisible()
    assert "1.001193" in dialog.field_errors().text_of("code") and "đã có" in dialog.field_errors().text_of("code")
    dialog._ui.procedure_combo.setCurrentText("QT không có")
    _save(dialog)
    assert "QT không có" in dialog.field_errors().text_of("procedure_id")
    assert len(services.tthc.search()) == 3


def test_edit_shows_history_and_saves(tab, services, world) -> None:
    services.tthc.amend(world["ks"].id, date(2024, 5, 2), "555/QĐ-UBND", date(2024, 5, 2))
    tab.refresh()
    tab.select_ids([world["ks"].id])
    tab._ui.edit_button.click()
    dialog = tab._dialog
    assert dialog._ui.events_tree.topLevelItemCount() == 2
    assert dialog._ui.events_tree.topLevelItem(1).text(2) == "555/QĐ-UBND ngày 02/05/2024"
    dialog._ui.level_combo.setCurrentText("Liên thông")
    _save(dialog)
    assert services.tthc.get(world["ks"].id).level == "Liên thông"


# --------------------------------------------------------------------------- events


def test_amend_event(tab, services, world) -> None:
    tab.select_ids([world["kh"].id])
    _event_action(tab, TthcEventKind.AMENDED).trigger()
    dialog = tab._dialog
    ui = dialog._ui
    ui.date_edit.set_text("10/3/2025")
    ui.decision_ref_edit.setText("380/QĐ-UBND")
    ui.decision_date_edit.set_text("08/03/2025")
    ui.new_name_edit.setText("Đăng ký kết hôn (sửa đổi)")
    _save(dialog)
    assert not dialog.isVisible()
    stored = services.tthc.get(world["kh"].id)
    assert stored.status is TthcStatus.AMENDED and stored.decision_ref == "380/QĐ-UBND"
    assert stored.name == "Đăng ký kết hôn (sửa đổi)"
    row = tab.model.row_of(world["kh"].id)
    assert tab.model.index(row, TTHC_SPEC.screen.index("status")).data() == "Sửa đổi, bổ sung"


def test_abolish_event_for_several_and_stale_procedure_warning(tab, services, world) -> None:
    tab.select_ids([world["ks"].id, world["ct"].id])
    _event_action(tab, TthcEventKind.ABOLISHED).trigger()
    dialog = tab._dialog
    assert dialog._ui.targets_list.count() == 2
    assert not dialog._ui.form_layout.isRowVisible(dialog._ui.new_name_edit)
    dialog._ui.date_edit.set_text("01/07/2025")
    dialog._ui.decision_ref_edit.setText("1500/QĐ-UBND")
    _save(dialog)
    assert services.tthc.get(world["ks"].id).status is TthcStatus.ABOLISHED
    assert services.tthc.get(world["ct"].id).status is TthcStatus.ABOLISHED
    # Đăng ký khai sinh is abolished while its procedure QT.HT.01 is still in force.
    assert tab.stale_ids == [world["ks"].id]
    assert tab._ui.warning_frame.isVisible()
    assert tab._ui.warning_label.text().startswith("1 TTHC đã bãi bỏ")
    assert tab.coverage.total == 1 and tab.coverage.covered == 1
    assert tab._ui.coverage_label.text() == "Đã có quy trình: 1/1 TTHC (100,00%)"
    tab._ui.warning_button.click()
    assert [t.id for t in tab.selected_tthc()] == [world["ks"].id]
    tab._ui.warning_open_button.click()
    assert tab.fake_window.navigations == [("documents.internal", (world["p1"],))]


def test_event_before_the_last_change_writes_nothing(tab, services, world) -> None:
    services.tthc.amend(world["ks"].id, date(2025, 5, 1), "1/QĐ-UBND", date(2025, 5, 1))
    tab.refresh()
    tab.select_ids([world["ks"].id, world["kh"].id])
    dialog = tab.open_event_dialog(tab.selected_tthc(), TthcEventKind.AMENDED)
    dialog._ui.date_edit.set_text("01/01/2025")
    _save(dialog)
    assert dialog.isVisible()
    assert "1.001193" in dialog.field_errors().general_text()
    assert services.tthc.get(world["kh"].id).status is TthcStatus.IN_FORCE
    assert len(services.tthc.events(world["kh"].id)) == 1


def test_event_for_several_writes_none_when_one_changed_meanwhile(tab, services, world) -> None:
    tab.select_ids([world["ks"].id, world["kh"].id])
    dialog = tab.open_event_dialog(tab.selected_tthc(), TthcEventKind.AMENDED)
    services.tthc.abolish(world["kh"].id, date(2025, 2, 1), "9/QĐ-UBND")  # elsewhere, after the dialog opened
    dialog._ui.date_edit.set_text("01/03/2025")
    dialog._ui.decision_ref_edit.setText("380/QĐ-UBND")
    _save(dialog)
    assert dialog.isVisible()
    assert "1.000894" in dialog.field_errors().general_text()
    assert services.tthc.get(world["ks"].id).status is TthcStatus.IN_FORCE
    assert len(services.tthc.events(world["ks"].id)) == 1


def test_event_needs_a_date(tab, services, world) -> None:
    dialog = tab.open_event_dialog([world["kh"]], TthcEventKind.ABOLISHED)
    dialog._ui.date_edit.set_text("")
    _save(dialog)
    assert dialog.field_errors().text_of("on")
    assert services.tthc.get(world["kh"].id).status is TthcStatus.IN_FORCE


# --------------------------------------------------------------------------- procedure


def test_assign_procedure_through_the_picker(tab, services, world) -> None:
    tab.select_ids([world["ct"].id])
    tab._ui.assign_button.click()
    dialog = tab._dialog
    assert dialog.visible_texts()[0] == "— không gán quy trình (bỏ liên kết) —"
    dialog.filter_edit.setText("chung thuc")
    assert dialog.visible_texts() == ["QT.CT.01 Quy trình chứng thực bản sao từ bản chính"]
    assert dialog.procedures_list.currentIndex().row() == 0  # the only match is ready to assign
    dialog.button_box.button(QDialogButtonBox.StandardButton.Ok).click()
    assert services.tthc.get(world["ct"].id).procedure_id == world["p3"]
    assert tab.coverage.covered == 3
    assert tab._ui.coverage_label.text() == "Đã có quy trình: 3/3 TTHC (100,00%)"
    assert not tab._ui.uncovered_button.isVisible()


def test_unassign_procedure(tab, services, world) -> None:
    tab.assign_procedure([world["ks"].id], None)
    assert services.tthc.get(world["ks"].id).procedure_id is None
    assert tab.coverage.covered == 1


def test_delete_tthc(tab, services, world) -> None:
    tab.select_ids([world["ct"].id])
    tab._ui.delete_button.click()
    box = tab._dialog
    assert "bãi bỏ" in box.text(), box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    assert [t.code for t in services.tthc.search()] == ["1.000894", "1.001193"]


# --------------------------------------------------------------------------- Excel


def _row(line: str) -> int | None:
    """The Excel row a problem line of the import dialog names ("Dòng 5: …")."""
    head = line.split(":", 1)[0].split()
    return int(head[-1]) if head and head[-1].isdigit() else None


def _tthc_workbook(path: Path, rows: list[list[object]]) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(["DANH MỤC THỦ TỤC HÀNH CHÍNH"])
    ws.append([])
    ws.append(["TT", "Mã TTHC", "Tên thủ tục hành chính", "Lĩnh vực", "Quyết định công bố", "Ngày", "Tình trạng",
               "Quy trình giải quyết"])
    for i, row in enumerate(rows, start=1):
        ws.append([i, *row])
    wb.save(path)
    return path


def test_import_valid_xlsx_through_the_dialog(tab, services, world, tmp_path: Path) -> None:
    path = _tthc_workbook(tmp_path / "tthc.xlsx", [
        ["1.001022", "Đăng ký khai tử", "Hộ tịch", "2001/QĐ-UBND", "05/09/2025", "Đang áp dụng", "QT.HT.01"],
        ["2.000635", "Cấp bản sao trích lục hộ tịch", "Hộ tịch", "2001/QĐ-UBND", "05/09/2025", "", ""],
    ])
    tab._ui.import_button.click()
    dialog = tab._dialog
    assert dialog.load_file(path)
    assert dialog.can_import(), dialog.problem_lines()
    assert dialog.do_import()
    assert "2 TTHC" in dialog.ui.result_label.text()
    assert tab.model.rowCount() == 5
    assert {t.code for t in tab.selected_tthc()} == {"1.001022", "2.000635"}
    stored = services.tthc.search("1.001022")[0]
    assert stored.procedure_id == world["p1"]
    assert [(e.kind, e.on) for e in services.tthc.events(stored.id)] == [(TthcEventKind.ADDED, date(2025, 9, 5))]
    assert tab.coverage.total == 5 and tab.coverage.covered == 3


def test_import_invalid_xlsx_writes_nothing(tab, services, tmp_path: Path) -> None:
    bad_cells = _tthc_workbook(tmp_path / "bad.xlsx", [
        ["1.001022", "Đăng ký khai tử", "Hộ tịch", "2001/QĐ-UBND", "31/02/2025", "", ""],
        ["1.001023", "", "Hộ tịch", "", "", "Không rõ", ""],
    ])
    dialog = tab.open_import()
    assert dialog.load_file(bad_cells)
    assert not dialog.can_import()
    lines = dialog.problem_lines()
    assert any(_row(line) == 4 and "31/02/2025" in line for line in lines), lines
    assert any(_row(line) == 5 for line in lines), lines
    assert not dialog.do_import()
    # Cells are fine but the rows clash with the catalogue: the service refuses all of them.
    clash = _tthc_workbook(tmp_path / "clash.xlsx", [
        ["1.001022", "Đăng ký khai tử", "Hộ tịch", "2001/QĐ-UBND", "01/02/2025", "", ""],
        ["1.001193", "Trùng mã", "Hộ tịch", "", "", "", ""],
        ["3.000001", "Quy trình lạ", "Hộ tịch", "", "", "", "QT.XX.99"],
    ])
    assert dialog.load_file(clash)
    assert dialog.can_import()
    assert not dialog.do_import()
    lines = dialog.problem_lines()
    assert any(_row(line) == 5 and "1.001193" in line for line in lines), lines
    assert any(_row(line) == 6 and "QT.XX.99" in line for line in lines), lines
    assert len(services.tthc.search()) == 3


def test_export_reopens_with_openpyxl(tab, tmp_path: Path) -> None:
    target = tab.export_to(tmp_path / "tthc.xlsx")
    flat = [str(c) for row in load_workbook(target).active.iter_rows(values_only=True) for c in row if c]
    assert "Mã TTHC" in flat and "1.001193" in flat and "QT.HT.01" in flat and "2.000815" in flat
    # The sheet says whose TTHC these are: the agency heading, then the list's printed title.
    assert "DANH MỤC THỦ TỤC HÀNH CHÍNH THUỘC PHẠM VI ÁP DỤNG HỆ THỐNG QUẢN LÝ CHẤT LƯỢNG" in flat


def test_export_of_the_uncovered(tab, tmp_path: Path) -> None:
    tab._ui.uncovered_check.setChecked(True)
    target = tab.export_to(tmp_path / "thieu.xlsx")
    flat = [str(c) for row in load_workbook(target).active.iter_rows(values_only=True) for c in row if c]
    assert "2.000815" in flat and "1.001193" not in flat



def test_uncovered_filter_and_export_count_a_withdrawn_procedure_like_the_banner(tab, services, world,
                                                                                 tmp_path: Path) -> None:
    services.documents.withdraw_document(world["p2"], date(2025, 1, 2), "Thay bằng quy trình liên thông")
    tab.refresh()
    assert tab._ui.coverage_label.text() == "Đã có quy trình: 1/3 TTHC (33,33%) — 2 TTHC chưa có quy trình"
    tab._ui.uncovered_check.setChecked(True)
    assert sorted(_codes(tab)) == ["1.000894", "2.000815"]
    target = tab.export_to(tmp_path / "thieu.xlsx")
    flat = [str(c) for row in load_workbook(target).active.iter_rows(values_only=True) for c in row if c]
    assert "1.000894" in flat and "QT.HT.02" in flat and "2.000815" in flat and "1.001193" not in flat



def test_print_button_previews_the_catalogue_with_its_coverage_sentence(qtbot, tab, services, world) -> None:
    import pdfplumber

    tab._ui.field_combo.setCurrentIndex(tab._ui.field_combo.findData("Hộ tịch"))
    tab._ui.print_button.click()
    preview = tab._dialog
    assert preview.windowTitle() == "Xem trước bản in: Danh mục thủ tục hành chính"
    qtbot.waitUntil(preview.is_ready, timeout=20000)
    with pdfplumber.open(preview.pdf_path) as pdf:
        text = " ".join(" ".join((p.extract_text() or "").split()) for p in pdf.pages)
        cells = [" ".join((c or "").split()) for p in pdf.pages for t in p.extract_tables() for r in t for c in r]
    assert "DANH MỤC THỦ TỤC HÀNH CHÍNH THUỘC PHẠM VI ÁP DỤNG" in text and "(Hộ tịch)" in text
    assert "I. HỘ TỊCH" in cells and "QT.HT.02 Quy trình đăng ký kết hôn" in cells and "2.000815" not in cells
    assert ("Danh mục này có 2 TTHC còn hiệu lực. Số TTHC còn hiệu lực đã có quy trình giải quyết: 2/2 TTHC "
            "(100,00%).") in text
    preview.close()


# --------------------------------------------------------------------------- models


def test_models_pass_the_model_tester(qtmodeltester, world) -> None:
    uncovered = {world["ct"].id}
    model = RegisterTableModel(TTHC_SPEC, tthc_look(lambda: uncovered, lambda: ()))
    model.set_rows([world["ks"], world["kh"], world["ct"]])
    qtmodeltester.check(model)
    proxy = RegisterFilterProxyModel(TTHC_SPEC)
    proxy.add_filter("uncovered_only", lambda row, _on: row.id in uncovered)
    proxy.setSourceModel(model)
    proxy.set_filters(uncovered_only=True)
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == 1


# --------------------------------------------------------------------------- navigation


def test_navigate_from_the_main_window_selects_the_records(qtbot, services, world, tmp_path: Path) -> None:
    """``navigate("documents.tthc", ids)`` (the home screen's "View" buttons) opens the tab with them selected."""
    from isodesk.app import register_screens
    from isodesk.ui.main_window import MainWindow
    from isodesk.ui.settings import UiSettings

    services.agency.save_profile(d.AgencyProfile(None, date(2020, 1, 1), "Ủy ban nhân dân xã Sơn Lâm", "",
                                                 d.AgencyTier.COMMUNE, "Hà Tĩnh", "Sơn Lâm", "UBND"))
    window = MainWindow(UiSettings(QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat)))
    qtbot.addWidget(window)
    register_screens(window)
    window.show()
    window.attach(services)
    screen = window.navigate("documents.tthc", (world["ct"].id,))
    tab = screen.tab("tthc")
    assert screen.tabs.currentWidget() is tab
    assert [t.id for t in tab.selected_tthc()] == [world["ct"].id]
    scope = window.navigate("documents.scope").tab("scope")
    assert screen.tabs.currentWidget() is scope and "never_announced" in scope.warning_codes()
    external = window.navigate("documents.external", (999,)).tab("external")
    assert screen.tabs.currentWidget() is external and external.selected_documents() == []
