"""The records list tab (danh mục hồ sơ): add, edit, delete, search and filters, Excel import and export,
and the printed NĐ 30 DANH MỤC HỒ SƠ of a year."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pdfplumber
import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from isodesk.domain import core as d
from isodesk.domain import documents as dd
from isodesk.domain.documents import (
    RECORDS_REGISTER,
    RETENTION_LIMITED,
    RETENTION_PERMANENT,
)

TODAY = date(2026, 3, 2)


@pytest.fixture
def world(services: Any) -> dict[str, Any]:
    services.agency.save_profile(d.AgencyProfile(
        None, date(2025, 7, 1), "Ủy ban nhân dân xã Sơn Lâm", "Ủy ban nhân dân tỉnh Hà Tĩnh", d.AgencyTier.COMMUNE,
        "Hà Tĩnh", "Sơn Lâm", "UBND"))
    vp = services.agency.save_department(d.Department(None, "Văn phòng", "VP")).id
    tp = services.agency.save_department(d.Department(None, "Tư pháp - Hộ tịch", "TP")).id
    hoa = services.agency.save_person(d.Person(None, "Nguyễn Thị Hoa", "Thư ký ISO", vp, is_iso_secretary=True)).id
    for i, (code, title, years, heading, dep, form) in enumerate([
        ("HS.01", "Hồ sơ chính sách chất lượng", None, "Chính sách và mục tiêu chất lượng", vp, dd.StorageForm.PAPER),
        ("HS.02", "Hồ sơ mục tiêu chất lượng năm", 10, "Chính sách và mục tiêu chất lượng", vp, dd.StorageForm.BOTH),
        ("HS.03", "Hồ sơ đánh giá nội bộ", 5, "Đánh giá nội bộ", vp, dd.StorageForm.ELECTRONIC),
        ("HT.01", "Sổ đăng ký khai sinh", None, "", tp, dd.StorageForm.PAPER),
    ], start=1):
        services.records.save_record(dd.RecordEntry(None, title, code, years, form, dep, hoa if dep == vp else None,
                                                    heading=heading, sort_order=i))
    return dict(vp=vp, tp=tp, hoa=hoa)


@pytest.fixture
def tab(ui_env, services, world, qtbot):  # type: ignore[no-untyped-def]
    from isodesk.ui.screens.records_tab import RecordsTab

    widget = RecordsTab(services, today=TODAY)
    qtbot.addWidget(widget)
    widget.resize(1300, 700)
    widget.show()
    widget._confirm = lambda *_a: True  # type: ignore[method-assign]
    widget.warnings = []
    widget._warn = widget.warnings.append  # type: ignore[method-assign]
    return widget


def _codes(tab: Any) -> list[str]:
    return [tab.proxy.row_dto(i).code for i in range(tab.proxy.rowCount())]


def test_lists_in_form_order_with_labels(tab) -> None:  # type: ignore[no-untyped-def]
    assert _codes(tab) == ["HS.01", "HS.02", "HS.03", "HT.01"]
    index = tab.proxy.index(0, RECORDS_REGISTER.screen.index("retention"))
    assert index.data() == "Vĩnh viễn"
    assert tab.proxy.index(1, RECORDS_REGISTER.screen.index("retention")).data() == "10 năm"
    assert tab.proxy.index(1, RECORDS_REGISTER.screen.index("storage_form")).data() == "Giấy và điện tử"
    assert tab.proxy.index(0, RECORDS_REGISTER.screen.index("keeper")).data() == "Văn phòng – Nguyễn Thị Hoa"
    assert tab.ui.count_label.text() == "4 hồ sơ · 2 hồ sơ vĩnh viễn"


def test_search_and_filters(tab, world) -> None:  # type: ignore[no-untyped-def]
    tab.apply_search("danh gia")
    assert _codes(tab) == ["HS.03"]
    tab.apply_search("")
    ui = tab.ui
    ui.department_combo.setCurrentIndex(ui.department_combo.findData(world["tp"]))
    assert _codes(tab) == ["HT.01"]
    ui.department_combo.setCurrentIndex(0)
    ui.retention_combo.setCurrentIndex(ui.retention_combo.findData(RETENTION_PERMANENT))
    assert _codes(tab) == ["HS.01", "HT.01"]
    ui.retention_combo.setCurrentIndex(ui.retention_combo.findData(RETENTION_LIMITED))
    assert _codes(tab) == ["HS.02", "HS.03"]
    ui.form_combo.setCurrentIndex(ui.form_combo.findData(dd.StorageForm.ELECTRONIC.value))
    assert _codes(tab) == ["HS.03"]
    assert tab.ui.count_label.text().startswith("1/4 hồ sơ")


def test_add_edit_and_delete(tab, services, world) -> None:  # type: ignore[no-untyped-def]
    dialog = tab.add_record()
    ui = dialog.ui
    ui.title_edit.setText("Hồ sơ họp xem xét của lãnh đạo")
    ui.code_edit.setText("HS.04")
    ui.heading_combo.setCurrentText("Xem xét của lãnh đạo")
    ui.department_combo.setCurrentIndex(ui.department_combo.findData(world["vp"]))
    ui.permanent_check.setChecked(False)
    ui.retention_spin.setValue(20)
    ui.from_year_spin.setValue(2024)
    assert dialog.save()
    assert tab.selected_record().code == "HS.04"
    saved = services.records.get_record(tab.selected_record().id)
    assert (saved.retention_years, saved.heading, saved.from_year, saved.to_year) == (20, "Xem xét của lãnh đạo",
                                                                                      2024, None)
    dialog = tab.edit_record()
    dialog.ui.permanent_check.setChecked(True)
    dialog.ui.code_edit.setText("hs.01")  # already used, ignoring case
    assert not dialog.save()
    assert "Ký hiệu" in dialog.ui.error_label.text() or "Mã" in dialog.ui.error_label.text()
    dialog.ui.code_edit.setText("HS.04")
    assert dialog.save()
    assert services.records.get_record(saved.id).permanent
    assert tab.delete_record()
    assert "HS.04" not in _codes(tab)


def test_year_filter_uses_the_years_kept(tab, services, world) -> None:  # type: ignore[no-untyped-def]
    old = services.records.list_records()[0]
    services.records.save_record(dd.RecordEntry(**{**old.__dict__, "to_year": 2024}))
    services.years.save(d.ReportingYear(None, 2026, *d.default_period(2026), deadline=date(2026, 12, 10)))
    tab._fill_filters()
    tab.ui.year_combo.setCurrentIndex(tab.ui.year_combo.findData(2026))
    assert "HS.01" not in _codes(tab)
    assert tab.default_export_name() == "Danh-muc-ho-so-2026.xlsx"


def test_print_the_nd30_records_list(tab, qtbot) -> None:  # type: ignore[no-untyped-def]
    preview = tab.print_form(2026)
    qtbot.waitUntil(preview.is_ready, timeout=20000)
    with pdfplumber.open(preview.pdf_path) as document:
        text = " ".join(" ".join((p.extract_text() or "").split()) for p in document.pages)
        header = [" ".join((c or "").split()) for c in document.pages[0].extract_tables()[0][0]]
    assert "DANH MỤC HỒ SƠ" in text and "Năm 2026" in text
    assert header == ["Số và ký hiệu hồ sơ", "Tên đề mục và tiêu đề hồ sơ", "Thời hạn bảo quản", "Người lập hồ sơ",
                      "Ghi chú"]
    assert "I. CHÍNH SÁCH VÀ MỤC TIÊU CHẤT LƯỢNG" in text and "II. ĐÁNH GIÁ NỘI BỘ" in text
    assert ("Danh mục hồ sơ này có 4 hồ sơ, bao gồm: 2 hồ sơ bảo quản vĩnh viễn; 2 hồ sơ bảo quản có thời hạn."
            in text)
    preview.close()


def test_print_picks_the_decision_the_list_goes_with(tab, services, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QDialogButtonBox

    from isodesk.ui.dialogs.print_preview import PrintPreviewDialog
    from isodesk.ui.dialogs.records_print_dialog import RecordsPrintDialog

    draft = services.register.save(d.IssuedDocument(None, d.IssuedDocType.DECISION, "UBND", None, "QĐ-UBND", None,
                                                    "Ban hành Danh mục hồ sơ năm 2026", year=2026))
    decision = services.register.register(draft.id, date(2026, 1, 12), 7)
    services.register.save(d.IssuedDocument(None, d.IssuedDocType.DECISION, "UBND", None, "QĐ-UBND", None,
                                            "Quyết định chưa cấp số", year=2026))  # a draft: not offered
    services.register.save(d.IssuedDocument(None, d.IssuedDocType.PLAN, "UBND", 3, "KH-UBND", date(2026, 1, 5),
                                            "Kế hoạch", status=d.IssuedDocStatus.ISSUED, year=2026))  # not a QĐ

    def pick(decision_id: int | None) -> str:
        tab.ui.print_form_button.click()
        picker = tab.last_dialog
        assert isinstance(picker, RecordsPrintDialog)
        assert picker.year() == 2026 and picker.decision_id() is None  # no decision unless one is chosen
        assert picker.set_decision(decision_id)
        picker.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).click()
        preview = tab.last_dialog
        assert isinstance(preview, PrintPreviewDialog)
        qtbot.waitUntil(preview.is_ready, timeout=20000)
        with pdfplumber.open(preview.pdf_path) as document:
            text = " ".join(" ".join((p.extract_text() or "").split()) for p in document.pages)
        preview.close()
        return text

    tab.ui.print_form_button.click()
    picker = tab.last_dialog
    combo = picker.ui.decision_combo
    assert [combo.itemData(i) for i in range(combo.count())] == [None, decision.id]
    assert combo.itemText(0) == "(không chọn: để trống dòng này để ghi tay)"
    assert combo.itemText(1).startswith("07/QĐ-UBND ngày 12/01/2026 – Ban hành Danh mục hồ sơ")
    picker.reject()

    assert "(Kèm theo Quyết định số ….. ngày ….. tháng ….. năm …… của …… )" in pick(None)
    assert ("(Kèm theo Quyết định số 07/QĐ-UBND ngày 12/01/2026 của Ủy ban nhân dân xã Sơn Lâm)"
            in pick(decision.id))


def _records_xlsx(path: Path, rows: list[tuple[object, ...]]) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["TT", "Tên hồ sơ", "Ký hiệu/Mã hồ sơ", "Bộ phận/Người lưu", "Nơi lưu", "Thời hạn bảo quản",
                  "Hình thức lưu", "Ghi chú"])
    sheet.append(["I. HỒ SƠ ĐÁNH GIÁ NỘI BỘ"])
    for i, row in enumerate(rows, start=1):
        sheet.append([i, *row])
    book.save(path)
    return path


def test_import_and_export(tab, services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook

    path = _records_xlsx(tmp_path / "hs.xlsx", [
        ("Kế hoạch đánh giá nội bộ", "ĐG.01", "Văn phòng – Nguyễn Thị Hoa", "Tủ hồ sơ ISO", "Vĩnh viễn", "Giấy", ""),
        ("Báo cáo đánh giá nội bộ", "ĐG.02", "Văn phòng", "Tủ hồ sơ ISO", "10 năm", "Điện tử", ""),
    ])
    dialog = tab.import_excel()
    assert dialog.load_file(path) and dialog.can_import()
    assert dialog.do_import()
    added = [r for r in services.records.list_records() if r.code.startswith("ĐG")]
    assert [(r.code, r.heading, r.retention_years) for r in added] == [
        ("ĐG.01", "HỒ SƠ ĐÁNH GIÁ NỘI BỘ", None), ("ĐG.02", "HỒ SƠ ĐÁNH GIÁ NỘI BỘ", 10)]
    assert "ĐG.01" in _codes(tab)

    tab.apply_search("danh gia")
    written = tab.export_excel(tmp_path / "xuat.xlsx")
    flat = [v for row in load_workbook(written).active.iter_rows(values_only=True) for v in row if v is not None]
    assert {"ĐG.01", "ĐG.02", "HS.03"} <= set(flat) and "HT.01" not in flat
    assert "Tên hồ sơ" in flat and "DANH MỤC HỒ SƠ" in flat
    # the agency heading of the day (AgencyService.heading_lines)
    # (a People's Committee: no chủ quản line, DOMAIN.md §4 point 4)
    assert {"ỦY BAN NHÂN DÂN", "XÃ SƠN LÂM"} <= set(flat) and "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH" not in flat


def test_records_model_contract(qtmodeltester, tab) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(tab.model)
    qtmodeltester.check(tab.proxy)


# --------------------------------------------------------------------------- keyboard actions (RegisterTab)


def test_keyboard_actions(tab, services, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Enter opens, Delete asks, Ctrl+E exports, Ctrl+P prints (Ctrl+F: tests/ui/test_main_window.py)."""
    from isodesk.ui.dialogs.record_dialog import RecordDialog
    from isodesk.ui.dialogs.records_print_dialog import RecordsPrintDialog

    view = tab.ui.table_view
    tab.activateWindow()
    view.setFocus()
    view.selectRow(0)
    code = tab.selected_record().code
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert isinstance(tab.last_dialog, RecordDialog)
    tab.last_dialog.reject()

    asked: list[str] = []
    tab._confirm = lambda title, _text: asked.append(title) or False  # type: ignore[method-assign]
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert asked and code in _codes(tab)  # asked, answered no: nothing deleted

    tab.focus_search()
    assert tab.ui.search_edit.hasFocus()

    target = tmp_path / "export.xlsx"
    tab._ask_save_path = lambda *_a: target  # type: ignore[method-assign]
    qtbot.keyClick(tab.ui.search_edit, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert target.exists()
    assert load_workbook(target).active.title == "Danh mục hồ sơ"

    qtbot.keyClick(tab.ui.search_edit, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(tab.last_dialog, RecordsPrintDialog)
    tab.last_dialog.reject()
