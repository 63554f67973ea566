"""External documents tab end to end through the widgets, on a real SQLite file in tmp_path."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from isodesk.domain import core as d
from isodesk.domain import documents as dd
from isodesk.domain.legal import ExternalDocKind, ExternalDocument, LegalStatus
from isodesk.domain.legal import EXTERNAL_DOCUMENTS_SPEC
from isodesk.ui.models.register_looks import external_documents_look
from isodesk.ui.models.register_model import RegisterFilterProxyModel, RegisterTableModel


class FakeWindow(QObject):
    """What a tab needs from the main window: data_changed, navigate, a status bar."""

    data_changed = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.navigations: list[tuple[str, tuple[int, ...]]] = []
        self.changes: list[str] = []
        self.data_changed.connect(self.changes.append)

    def navigate(self, target: str, record_ids: tuple[int, ...] = ()) -> None:
        self.navigations.append((target, tuple(record_ids)))

    def statusBar(self):  # noqa: N802 - Qt name
        class _Bar:
            def showMessage(self, *_a: object) -> None:  # noqa: N802
                pass
        return _Bar()


@pytest.fixture
def world(services):  # type: ignore[no-untyped-def]
    """Two departments, one procedure in force, two external documents."""
    vp = services.agency.save_department(d.Department(None, "Văn phòng HĐND và UBND", "VP"))
    tp = services.agency.save_department(d.Department(None, "Tư pháp - Hộ tịch", "TP"))
    chairman = services.agency.save_person(d.Person(None, "Lê Văn Nam", "Chủ tịch", vp.id, is_leader=True))
    decision = services.register.save(d.IssuedDocument(None, d.IssuedDocType.DECISION, "UBND", None, "QĐ-UBND", None,
                                                       "Ban hành hệ thống tài liệu", purpose=d.DocPurpose.DOCUMENT_SET))
    decision = services.register.register(decision.id, date(2024, 1, 10))
    proc = services.documents.create_document(dd.InternalDocument(
        None, "QT.TP.01", "Quy trình đăng ký khai sinh", dd.DocumentKind.TTHC_PROCEDURE, tp.id))
    services.documents.issue_revision(proc.revisions[0].id, effective_date=date(2024, 1, 15),
                                      decision_id=decision.id, approved_by_id=chairman.id)
    old = services.legal.save(ExternalDocument(
        None, ExternalDocKind.DECREE, "61/2018/NĐ-CP", date(2018, 4, 23), "Chính phủ",
        "Về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính",
        field="Một cửa, một cửa liên thông", department_ids=(vp.id,), procedure_ids=(proc.id,)))
    new = services.legal.save(ExternalDocument(
        None, ExternalDocKind.DECREE, "118/2025/NĐ-CP", date(2025, 6, 9), "Chính phủ",
        "Về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông",
        field="Một cửa, một cửa liên thông"))
    law = services.legal.save(ExternalDocument(
        None, ExternalDocKind.LAW, "60/2014/QH13", date(2014, 11, 20), "Quốc hội", "Hộ tịch", field="Hộ tịch",
        department_ids=(tp.id,)))
    return {"vp": vp, "tp": tp, "proc": proc, "old": old, "new": new, "law": law}


@pytest.fixture
def tab(qtbot, services, world):  # type: ignore[no-untyped-def]
    from isodesk.ui.screens.external_documents_tab import ExternalDocumentsTab

    window = FakeWindow()
    widget = ExternalDocumentsTab(services, window)  # type: ignore[arg-type]
    widget.fake_window = window  # type: ignore[attr-defined]
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _visible_numbers(tab) -> list[str]:  # type: ignore[no-untyped-def]
    proxy = tab.proxy
    return [proxy.index(r, EXTERNAL_DOCUMENTS_SPEC.screen.index("number_symbol")).data() for r in range(proxy.rowCount())]


def _save_button(dialog):  # type: ignore[no-untyped-def]
    box = dialog._ui.button_box
    return box.button(QDialogButtonBox.StandardButton.Save) or box.button(QDialogButtonBox.StandardButton.Ok)


# --------------------------------------------------------------------------- list, search, filters


def test_list_shows_every_column_and_marks_dead_rows(tab, services, world) -> None:
    assert tab.model.rowCount() == 3
    services.legal.mark_expired(world["law"].id, date(2025, 1, 1))
    tab.refresh()
    row = tab.model.row_of(world["law"].id)
    index = tab.model.index(row, EXTERNAL_DOCUMENTS_SPEC.screen.index("status"))
    assert index.data().startswith("Hết hiệu lực")
    assert index.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert tab.model.index(row, EXTERNAL_DOCUMENTS_SPEC.screen.index("number_symbol")).data(Qt.ItemDataRole.FontRole).strikeOut()
    live = tab.model.row_of(world["new"].id)
    assert tab.model.index(live, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    dep_text = tab.model.index(tab.model.row_of(world["old"].id),
                               EXTERNAL_DOCUMENTS_SPEC.screen.index("used_by")).data()
    assert dep_text == "Văn phòng HĐND và UBND"
    assert "3" in tab._ui.count_label.text()


def test_search_is_diacritics_insensitive_and_debounced(qtbot, tab) -> None:
    qtbot.keyClicks(tab._ui.search_edit, "mot cua lien thong")
    assert tab.proxy.rowCount() == 3  # debounced: nothing filtered yet
    qtbot.waitUntil(lambda: tab.proxy.rowCount() == 2, timeout=2000)
    assert set(_visible_numbers(tab)) == {"61/2018/NĐ-CP", "118/2025/NĐ-CP"}
    tab._ui.search_edit.setText("HỘ TỊCH")
    qtbot.waitUntil(lambda: _visible_numbers(tab) == ["60/2014/QH13"], timeout=2000)


def test_filters_by_kind_status_field_and_department(tab, services, world) -> None:
    ui = tab._ui
    ui.kind_combo.setCurrentIndex(ui.kind_combo.findData(ExternalDocKind.LAW))
    assert _visible_numbers(tab) == ["60/2014/QH13"]
    ui.kind_combo.setCurrentIndex(0)
    ui.field_combo.setCurrentIndex(ui.field_combo.findData("Một cửa, một cửa liên thông"))
    assert len(_visible_numbers(tab)) == 2
    ui.department_combo.setCurrentIndex(ui.department_combo.findData(world["vp"].id))
    assert _visible_numbers(tab) == ["61/2018/NĐ-CP"]
    ui.field_combo.setCurrentIndex(0)
    ui.department_combo.setCurrentIndex(0)
    ui.status_combo.setCurrentIndex(ui.status_combo.findData(LegalStatus.REPLACED))
    assert _visible_numbers(tab) == []


def test_open_target_clears_filters_and_selects(tab, world) -> None:
    tab._ui.search_edit.setText("zzz")
    tab.proxy.set_query("zzz")
    assert tab.proxy.rowCount() == 0
    tab.open_target((world["law"].id, world["new"].id))
    assert {doc.id for doc in tab.selected_documents()} == {world["law"].id, world["new"].id}
    assert tab.proxy.rowCount() == 2  # exactly the two pointed at, under the chip that shows all again
    tab.show_all_records()
    assert tab.proxy.rowCount() == 3


# --------------------------------------------------------------------------- add / edit / delete


def test_add_document_through_the_dialog(qtbot, tab, services, world) -> None:
    tab._ui.add_button.click()
    dialog = tab._dialog
    ui = dialog._ui
    ui.kind_combo.setCurrentIndex(ui.kind_combo.findData(ExternalDocKind.CIRCULAR))
    ui.summary_edit.setPlainText("Hướng dẫn thi hành một số điều của Luật Hộ tịch")
    ui.number_edit.setText("04/2020/TT-BTP")
    ui.issuer_combo.setCurrentText("Bộ Tư pháp")
    ui.issue_date_edit.set_text("28/5/2020")
    ui.effective_date_edit.set_text("16/07/2020")
    ui.field_combo.setCurrentText("hộ tịch")
    departments = ui.departments_list.model()
    row = next(r for r in range(departments.rowCount()) if departments.index(r, 0).data() == "Tư pháp - Hộ tịch")
    departments.setData(departments.index(row, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    ui.procedures_filter_edit.setText("khai sinh")
    shown = ui.procedures_list.model()
    assert [shown.index(r, 0).data() for r in range(shown.rowCount())] == ["QT.TP.01 Quy trình đăng ký khai sinh"]
    shown.setData(shown.index(0, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    ui.procedures_filter_edit.setText("zzz")
    assert shown.rowCount() == 0
    _save_button(dialog).click()
    assert not dialog.isVisible()
    saved = [x for x in services.legal.search("04/2020")][0]
    assert saved.issue_date == date(2020, 5, 28) and saved.effective_date == date(2020, 7, 16)
    assert saved.field == "Hộ tịch"  # the known spelling is kept
    assert saved.department_ids == (world["tp"].id,) and saved.procedure_ids == (world["proc"].id,)
    assert [doc.id for doc in tab.selected_documents()] == [saved.id]
    assert tab.fake_window.changes == ["documents"]


def test_duplicate_refused_with_vietnamese_message(qtbot, tab, services) -> None:
    tab._ui.add_button.click()
    dialog = tab._dialog
    ui = dialog._ui
    ui.summary_edit.setPlainText("trùng")
    ui.number_edit.setText("118/2025/nd-cp ")
    ui.issuer_combo.setCurrentText("chính phủ")
    _save_button(dialog).click()
    assert dialog.isVisible()
    text = dialog.field_errors().text_of("number_symbol")
    assert "118/2025/nd-cp" in text and "đã có" in text, text
    assert len(services.legal.search()) == 3


def test_required_fields_and_bad_dates_stay_in_the_dialog(qtbot, tab, services) -> None:
    tab._ui.add_button.click()
    dialog = tab._dialog
    dialog._ui.issue_date_edit.set_text("31/02/2025")
    _save_button(dialog).click()
    assert dialog.isVisible()
    assert "31/02/2025" in dialog.field_errors().text_of("issue_date")
    dialog._ui.issue_date_edit.set_text("")
    _save_button(dialog).click()
    errors = dialog.field_errors()
    assert errors.text_of("number_symbol") and errors.text_of("summary") and errors.text_of("issuer")
    assert errors.text_of("issuer").startswith("Cơ quan ban hành:")
    assert len(services.legal.search()) == 3


def test_edit_keeps_status_and_links(qtbot, tab, services, world) -> None:
    tab.select_ids([world["old"].id])
    tab._ui.edit_button.click()
    dialog = tab._dialog
    assert dialog._ui.number_edit.text() == "61/2018/NĐ-CP"
    dialog._ui.location_edit.setText("Tủ hồ sơ Văn phòng")
    _save_button(dialog).click()
    doc = services.legal.get(world["old"].id)
    assert doc.location == "Tủ hồ sơ Văn phòng" and doc.procedure_ids == (world["proc"].id,)
    assert doc.department_ids == (world["vp"].id,)


def test_delete_asks_and_deletes(qtbot, tab, services, world) -> None:
    tab.select_ids([world["old"].id])
    tab._ui.delete_button.click()
    box = tab._dialog
    assert "1 quy trình" in box.text() and "trích dẫn" in box.text(), box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    assert services.legal.search("61/2018") == []
    assert tab.model.rowCount() == 2


# --------------------------------------------------------------------------- status changes


def test_mark_replaced_lists_the_procedures_to_review_and_opens_them(qtbot, tab, services, world) -> None:
    tab.select_ids([world["old"].id])
    action = next(a for a in tab._mark_menu.actions() if a.data() == LegalStatus.REPLACED)
    action.trigger()
    dialog = tab._dialog
    ui = dialog._ui
    ui.successor_combo.setCurrentIndex(ui.successor_combo.findData(world["new"].id))
    ui.date_edit.set_text("01/7/2025")
    _save_button(dialog).click()
    assert ui.pages.currentWidget() is ui.review_page
    assert [p.procedure_id for p in dialog.procedures_to_review()] == [world["proc"].id]
    assert ui.review_list.item(0).text() == "QT.TP.01 Quy trình đăng ký khai sinh"
    stored = services.legal.get(world["old"].id)
    assert stored.status is LegalStatus.REPLACED and stored.status_by_id == world["new"].id
    assert stored.status_date == date(2025, 7, 1)
    row = tab.model.row_of(world["old"].id)
    assert "118/2025/NĐ-CP" in tab.model.index(row, EXTERNAL_DOCUMENTS_SPEC.screen.index("status")).data()
    ui.open_procedures_button.click()
    assert tab.fake_window.navigations == [("documents.internal", (world["proc"].id,))]
    assert not dialog.isVisible()


def test_mark_expired_without_citations_and_successor_as_text(qtbot, tab, services, world) -> None:
    tab.select_ids([world["law"].id])
    dialog = tab.open_mark_dialog(world["law"], LegalStatus.AMENDED)
    ui = dialog._ui
    ui.successor_combo.setCurrentText("Luật 99/2025/QH15 sửa đổi Luật Hộ tịch")
    _save_button(dialog).click()
    assert ui.pages.currentWidget() is ui.review_page
    assert dialog.procedures_to_review() == []
    assert not ui.open_procedures_button.isVisible()
    stored = services.legal.get(world["law"].id)
    assert stored.status is LegalStatus.AMENDED and stored.status_by_text == "Luật 99/2025/QH15 sửa đổi Luật Hộ tịch"


def test_mark_status_date_before_issue_is_refused(qtbot, tab, services, world) -> None:
    dialog = tab.open_mark_dialog(world["new"], LegalStatus.EXPIRED)
    dialog._ui.date_edit.set_text("01/01/2020")
    _save_button(dialog).click()
    assert dialog._ui.pages.currentWidget() is dialog._ui.mark_page
    assert "trước ngày" in dialog.field_errors().text_of("status_date")
    assert services.legal.get(world["new"].id).status is LegalStatus.IN_FORCE


# --------------------------------------------------------------------------- Excel


def _row(line: str) -> int | None:
    """The Excel row a problem line of the import dialog names ("Dòng 5: …")."""
    head = line.split(":", 1)[0].split()
    return int(head[-1]) if head and head[-1].isdigit() else None


def _external_workbook(path: Path, rows: list[list[object]]) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(["DANH MỤC TÀI LIỆU CÓ NGUỒN GỐC BÊN NGOÀI"])
    ws.append(["TT", "Tên tài liệu (tên loại, trích yếu)", "Số, ký hiệu", "Ngày ban hành", "Cơ quan ban hành",
               "Ngày có hiệu lực", "Tình trạng hiệu lực", "Bộ phận sử dụng/Nơi lưu", "Ghi chú", "Lĩnh vực"])
    for i, row in enumerate(rows, start=1):
        ws.append([i, *row])
    wb.save(path)
    return path


def test_import_valid_xlsx_through_the_dialog(tab, services, world, tmp_path: Path) -> None:
    path = _external_workbook(tmp_path / "ngoai.xlsx", [
        ["Nghị định quy định về kiểm soát thủ tục hành chính", "63/2010/NĐ-CP", "08/6/2010", "Chính phủ",
         "14/8/2010", "Bị sửa đổi, bổ sung bởi Nghị định 92/2017/NĐ-CP từ 01/10/2017", "Tư pháp - Hộ tịch", "",
         "Kiểm soát thủ tục hành chính"],
        ["Thông tư hướng dẫn Luật Hộ tịch", "04/2020/TT-BTP", date(2020, 5, 28), "Bộ Tư pháp", date(2020, 7, 16),
         "Còn hiệu lực", "Tủ hồ sơ Văn phòng", "", "Hộ tịch"],
    ])
    tab._ui.import_button.click()
    dialog = tab._dialog
    assert dialog.load_file(path)
    assert dialog.can_import(), dialog.problem_lines()
    assert dialog.do_import()
    assert "2" in dialog.ui.result_label.text()
    assert tab.model.rowCount() == 5
    decree = services.legal.search("63/2010")[0]
    assert decree.status is LegalStatus.AMENDED and decree.status_by_text == "Nghị định 92/2017/NĐ-CP"
    assert decree.department_ids == (world["tp"].id,)
    assert {doc.number_symbol for doc in tab.selected_documents()} == {"63/2010/NĐ-CP", "04/2020/TT-BTP"}


def test_import_invalid_xlsx_writes_nothing(tab, services, tmp_path: Path) -> None:
    path = _external_workbook(tmp_path / "sai.xlsx", [
        ["Nghị định về công tác văn thư", "30/2020/NĐ-CP", "32/13/2020", "Chính phủ", "", "", "", "", ""],
        ["Luật Hộ tịch", "60/2014/QH13", "20/11/2014", "Quốc hội", "", "", "", "", ""],  # already in the list
        ["", "99/2099/NĐ-CP", "", "", "", "", "", "", ""],
    ])
    dialog = tab.open_import()
    assert dialog.load_file(path)
    assert not dialog.can_import()
    lines = dialog.problem_lines()
    assert any(_row(line) == 3 and "32/13/2020" in line for line in lines), lines
    assert any(_row(line) == 5 for line in lines), lines
    assert len(services.legal.search()) == 3
    fixed = _external_workbook(tmp_path / "trung.xlsx", [
        ["Nghị định về công tác văn thư", "30/2020/NĐ-CP", "05/3/2020", "Chính phủ", "", "", "", "", ""],
        ["Luật Hộ tịch", "60/2014/QH13", "20/11/2014", "Quốc hội", "", "", "", "", ""],
    ])
    assert dialog.load_file(fixed) and dialog.can_import()
    assert not dialog.do_import()
    assert any(_row(line) == 4 and "60/2014/QH13" in line for line in dialog.problem_lines())
    assert len(services.legal.search()) == 3


def test_export_reopens_with_openpyxl_grouped_by_field(tab, tmp_path: Path) -> None:
    target = tmp_path / "ngoai.xlsx"
    assert tab.export_to(target) == target
    sheet = load_workbook(target).active
    values = [[c for c in row] for row in sheet.iter_rows(values_only=True)]
    flat = [str(c) for row in values for c in row if c is not None]
    assert "Số, ký hiệu" in flat and "61/2018/NĐ-CP" in flat and "60/2014/QH13" in flat
    numbers = [v for v in flat if v in ("60/2014/QH13", "61/2018/NĐ-CP", "118/2025/NĐ-CP")]
    assert numbers[0] == "60/2014/QH13"  # "Hộ tịch" sorts before "Một cửa…"


def test_export_follows_the_filters(tab, tmp_path: Path) -> None:
    tab._ui.kind_combo.setCurrentIndex(tab._ui.kind_combo.findData(ExternalDocKind.LAW))
    target = tab.export_to(tmp_path / "luat.xlsx")
    flat = [str(c) for row in load_workbook(target).active.iter_rows(values_only=True) for c in row if c]
    assert "60/2014/QH13" in flat and "61/2018/NĐ-CP" not in flat



def test_print_button_previews_the_list_shown_grouped_by_field(qtbot, tab, world) -> None:
    import pdfplumber

    tab._ui.field_combo.setCurrentIndex(tab._ui.field_combo.findData("Một cửa, một cửa liên thông"))
    tab._ui.search_edit.setText("118")  # printed at once, without waiting for the search pause
    tab._ui.print_button.click()
    preview = tab._dialog
    assert preview.windowTitle() == "Xem trước bản in: Danh mục tài liệu bên ngoài"
    qtbot.waitUntil(preview.is_ready, timeout=20000)
    assert preview.file_stem.startswith("Danh-muc-tai-lieu-ben-ngoai-")
    with pdfplumber.open(preview.pdf_path) as pdf:
        text = " ".join(" ".join((p.extract_text() or "").split()) for p in pdf.pages)
        cells = [" ".join((c or "").split()) for p in pdf.pages for t in p.extract_tables() for r in t for c in r]
    assert "DANH MỤC TÀI LIỆU CÓ NGUỒN GỐC BÊN NGOÀI" in text
    assert "(Một cửa, một cửa liên thông, tìm “118”)" in text
    assert "I. MỘT CỬA, MỘT CỬA LIÊN THÔNG" in cells and "118/2025/NĐ-CP" in cells
    assert "61/2018/NĐ-CP" not in cells and "60/2014/QH13" not in cells
    assert "Danh mục này có 1 tài liệu." in text
    preview.close()


# --------------------------------------------------------------------------- models


def test_models_pass_the_model_tester(qtmodeltester, world) -> None:
    model = RegisterTableModel(EXTERNAL_DOCUMENTS_SPEC, external_documents_look())
    model.set_rows([world["old"], world["new"], world["law"]])
    qtmodeltester.check(model)
    proxy = RegisterFilterProxyModel(EXTERNAL_DOCUMENTS_SPEC)
    proxy.setSourceModel(model)
    proxy.set_query("nghi dinh")
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == 2
    model.set_rows([world["law"]])
    assert proxy.rowCount() == 0


def test_choice_list_model_passes_the_model_tester(qtmodeltester) -> None:
    from isodesk.ui.models.external_documents_model import ChoiceFilterProxyModel, ChoiceListModel

    model = ChoiceListModel([(None, "— không —"), (1, "QT.01 Quy trình đánh giá nội bộ"), (2, "QT.02 Xem xét")],
                            checkable=True, checked=(2,))
    qtmodeltester.check(model)
    assert model.checked_ids() == (2,)
    model.set_checked(1)
    assert model.checked_ids() == (1, 2)
    proxy = ChoiceFilterProxyModel(always=(None,))
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == 3
    proxy.set_query("danh gia")
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == ["QT.01 Quy trình đánh giá nội bộ"]


def test_export_button_asks_where_and_writes(tab, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    asked: list[str] = []

    def save_name(_parent, title, start, _filter):  # type: ignore[no-untyped-def]
        asked.append(start)
        return str(tmp_path / "danh-muc"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    tab._ui.export_button.click()
    assert (tmp_path / "danh-muc.xlsx").exists()
    assert Path(asked[0]).name.startswith("Tài liệu bên ngoài ")
