"""The issued-documents register tab (Văn bản HTQLCL đã ban hành) through its widgets."""

from __future__ import annotations

from datetime import date
from enum import IntEnum
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox

from isodesk.domain import core as d
from isodesk.ui.dialogs.history_dialog import HistoryDialog
from isodesk.ui.dialogs.issued_document_dialog import IssuedDocumentDialog
from isodesk.ui.dialogs.register_number_dialog import RegisterNumberDialog
from isodesk.domain.core_registers import ISSUED_DOCUMENTS_SPEC
from isodesk.ui.screens.documents_screen import DocumentsScreen
from isodesk.ui.screens.issued_documents_tab import IssuedDocumentsTab

pytestmark = pytest.mark.usefixtures("ui_env")

# The screen's columns, as the one register model numbers them from the spec.
C = IntEnum("C", [(c.key.upper(), i) for i, c in enumerate(ISSUED_DOCUMENTS_SPEC.screen_columns)])


def _ok(dialog: Any) -> None:
    dialog.ok_button().click()


@pytest.fixture
def tab(window: Any) -> IssuedDocumentsTab:
    screen = window.navigate("documents.register")
    assert isinstance(screen, DocumentsScreen)
    assert screen.tabs.tabText(0) == "Văn bản HTQLCL đã ban hành"
    return screen.issued_documents_tab


def _cell(tab: IssuedDocumentsTab, row: int, column: int) -> str:
    """What the view shows in a cell (the TT column is numbered by its delegate)."""
    index = tab.proxy.index(row, column)
    return tab.row_number_delegate.text_for(index) if column == C.ROW_NUMBER else index.data()


def _select(tab: IssuedDocumentsTab, doc_id: int) -> None:
    tab.select_ids((doc_id,))
    assert [doc.id for doc in tab.selected()] == [doc_id]


def test_columns_and_the_steering_decision_from_setup(tab: IssuedDocumentsTab) -> None:
    headers = [tab.proxy.headerData(int(c), Qt.Orientation.Horizontal) for c in C]
    assert headers == ["TT", "Số, ký hiệu", "Ngày", "Loại", "Trích yếu", "Người ký", "Mục đích", "Trạng thái", "Tệp"]
    assert tab.proxy.chosen("year") == 2026 and not tab.all_years_check.isChecked()  # the window's year
    assert [_cell(tab, 0, c) for c in C] == [
        "1", "15/QĐ-UBND", "08/01/2026", "Quyết định", "Về việc kiện toàn Ban Chỉ đạo ISO xã Sơn Lâm",
        "Phan Đức Thắng", "Ban Chỉ đạo ISO", "Đã ban hành", ""]


def test_add_a_draft_number_it_and_attach_a_file(tab: IssuedDocumentsTab, seeded_services: Any, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch, window: Any) -> None:
    tab.add_button.click()
    dialog = tab.current_dialog
    assert isinstance(dialog, IssuedDocumentDialog)
    ui = dialog.ui
    assert ui.issuer_combo.currentText() == "UBND" and ui.year_combo.currentText() == "2026"
    ui.type_combo.setCurrentIndex(ui.type_combo.findData(d.IssuedDocType.PLAN.value))
    assert ui.symbol_edit.text() == "KH-UBND"
    _ok(dialog)  # no summary yet
    assert dialog.errors.text_of("summary") == "Trích yếu: không được để trống."
    ui.summary_edit.setPlainText("Kế hoạch duy trì, cải tiến Hệ thống quản lý chất lượng năm 2026")
    ui.purpose_combo.setCurrentIndex(ui.purpose_combo.findData(d.DocPurpose.ANNUAL_PLAN.value))
    ui.signer_combo.setCurrentIndex(ui.signer_combo.findText("Lê Quốc Bảo"))
    ui.signer_combo.activated.emit(ui.signer_combo.currentIndex())
    assert ui.signer_title_edit.text() == "Phó Chủ tịch UBND"
    _ok(dialog)
    assert not dialog.isVisible()
    draft = next(doc for doc in seeded_services.register.list() if doc.purpose is d.DocPurpose.ANNUAL_PLAN)
    assert draft.status is d.IssuedDocStatus.DRAFT and draft.number is None and draft.year == 2026
    assert [doc.id for doc in tab.selected()] == [draft.id]
    assert tab.number_button.isEnabled()

    # Cấp số: the next free number of UBND in the year is proposed, the date is editable.
    tab.number_button.click()
    numbering = tab.current_dialog
    assert isinstance(numbering, RegisterNumberDialog)
    assert numbering.ui.issue_date_edit.date() == date.today()
    assert numbering.ui.number_spin.value() == seeded_services.register.next_number("UBND", date.today().year)
    numbering.ui.issue_date_edit.set_text("12/01/2026")  # after QĐ 15 of 08/01/2026
    assert numbering.ui.number_spin.value() == 16
    assert numbering.ui.reference_preview_label.text() == "Trích dẫn: Kế hoạch số 16/KH-UBND ngày 12/01/2026"
    _ok(numbering)
    issued = seeded_services.register.get(draft.id)
    assert (issued.number, issued.issue_date, issued.status) == (16, date(2026, 1, 12), d.IssuedDocStatus.ISSUED)
    row = tab.proxy.mapFromSource(tab.model.index(tab.model.row_of(draft.id), 0)).row()
    assert _cell(tab, row, C.NUMBER) == "16/KH-UBND" and _cell(tab, row, C.STATUS) == "Đã ban hành"
    assert not tab.number_button.isEnabled()

    # Attach a real file, then open a copy of it.
    scan = tmp_path / "KH 16 ky.pdf"
    scan.write_bytes(b"%PDF-1.4 signed plan\n")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(scan), ""))
    tab.attach_button.click()
    files = seeded_services.attachments.list_for("issued_document", draft.id)
    assert [f.original_name for f in files] == ["KH 16 ky.pdf"]
    assert _cell(tab, row, C.FILES) == "1"
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    assert tab.open_button.isEnabled()
    tab.open_button.click()
    copy = Path(opened[0].toLocalFile())
    assert copy.name == "KH 16 ky.pdf" and copy.read_bytes() == scan.read_bytes() and copy != scan


def test_filter_finds_ke_hoach_without_accents(tab: IssuedDocumentsTab, seeded_services: Any) -> None:
    for kind, summary in ((d.IssuedDocType.PLAN, "Kế hoạch đánh giá nội bộ năm 2026"),
                          (d.IssuedDocType.REPORT, "Kết quả đánh giá nội bộ năm 2026"),
                          (d.IssuedDocType.DECISION, "Ban hành Kế hoạch thực hiện mục tiêu chất lượng")):
        seeded_services.register.save(d.IssuedDocument(None, kind, "UBND", None, f"{kind.value}-UBND", None, summary,
                                                       year=2026))
    tab.reload()
    assert tab.proxy.rowCount() == 4
    tab.apply_search("ke hoach")  # what typing does once it pauses
    found = {doc.summary for doc in tab.visible_documents()}
    assert found == {"Kế hoạch đánh giá nội bộ năm 2026", "Ban hành Kế hoạch thực hiện mục tiêu chất lượng"}
    assert [_cell(tab, r, C.ROW_NUMBER) for r in range(tab.proxy.rowCount())] == ["1", "2"]
    assert tab.count_label.text() == "Đang hiển thị 2 văn bản, trong đó 2 dự thảo · năm báo cáo 2026"
    tab.apply_search("KTRA")  # nothing
    assert tab.proxy.rowCount() == 0
    tab.apply_search("15/qd")  # the number and symbol
    assert [doc.number for doc in tab.visible_documents()] == [15]
    tab.apply_search("")
    tab.type_combo.setCurrentIndex(tab.type_combo.findData(d.IssuedDocType.REPORT.value))
    assert [doc.doc_type for doc in tab.visible_documents()] == [d.IssuedDocType.REPORT]
    tab.type_combo.setCurrentIndex(0)
    seeded_services.register.save(d.IssuedDocument(None, d.IssuedDocType.PLAN, "UBND", None, "KH-UBND", None,
                                                   "Kế hoạch năm 2025", year=2025))
    tab.reload()
    assert tab.proxy.rowCount() == 4  # 2025 is not shown under 2026
    tab.all_years_check.setChecked(True)  # Tất cả các năm
    assert tab.proxy.rowCount() == 5


def test_delete_refuses_an_issued_document_and_deletes_a_draft(tab: IssuedDocumentsTab, seeded_services: Any,
                                                               messages: list[str]) -> None:
    decision = seeded_services.register.list(purpose=d.DocPurpose.STEERING)[0]
    _select(tab, decision.id)
    tab.delete_button.click()
    assert messages == ["Văn bản 15/QĐ-UBND ngày 08/01/2026 đã ban hành; không thể xóa văn bản đã ban hành."]
    assert seeded_services.register.get(decision.id).id == decision.id

    draft = seeded_services.register.save(d.IssuedDocument(None, d.IssuedDocType.PLAN, "UBND", None, "KH-UBND", None,
                                                           "Kế hoạch dự thảo", year=2026))
    tab.reload()
    _select(tab, draft.id)
    tab.delete_button.click()
    box = tab.question
    assert isinstance(box, QMessageBox) and box.text() == "Xóa dự thảo “Kế hoạch dự thảo”?"
    box.button(QMessageBox.StandardButton.No).click()
    assert any(doc.id == draft.id for doc in seeded_services.register.list())
    tab.delete_button.click()
    tab.question.button(QMessageBox.StandardButton.Yes).click()
    assert all(doc.id != draft.id for doc in seeded_services.register.list())
    assert len(messages) == 1


def test_deleting_a_cited_draft_is_explained(tab: IssuedDocumentsTab, seeded_services: Any, messages: list[str]) -> None:
    from dataclasses import replace

    draft = seeded_services.register.save(d.IssuedDocument(None, d.IssuedDocType.DECISION, "UBND", None, "QĐ-UBND",
                                                           None, "Về việc kiện toàn Ban Chỉ đạo ISO (dự thảo)",
                                                           purpose=d.DocPurpose.STEERING, year=2026))
    bao = next(p for p in seeded_services.agency.people() if p.full_name == "Lê Quốc Bảo")
    seeded_services.agency.save_person(replace(bao, steering_role=d.SteeringRole.MEMBER, steering_decision_id=draft.id))
    tab.reload()
    _select(tab, draft.id)
    tab.delete_button.click()
    tab.question.button(QMessageBox.StandardButton.Yes).click()
    assert messages == ["Văn bản này đang được các bản ghi khác dẫn chiếu nên không thể xóa."]


def test_history_dialog_and_navigation_to_records(tab: IssuedDocumentsTab, seeded_services: Any, window: Any) -> None:
    decision = seeded_services.register.list(purpose=d.DocPurpose.STEERING)[0]
    seeded_services.register.save(d.IssuedDocument(None, d.IssuedDocType.PLAN, "UBND", None, "KH-UBND", None,
                                                   "Kế hoạch năm 2025", year=2025))
    other = seeded_services.register.list(year=2025)[0]
    window.data_changed.emit("settings")  # another screen saved: the tab reloads
    window.navigate("documents.register", (other.id,))
    assert tab.all_years_check.isChecked()  # the 2025 entry is outside 2026: all years shown
    assert [doc.id for doc in tab.selected()] == [other.id]

    _select(tab, decision.id)
    tab.history_button.click()
    dialog = tab.current_dialog
    assert isinstance(dialog, HistoryDialog)
    model = dialog.ui.history_view.model
    assert model.rowCount() == 1
    assert model.index(0, model.Column.ACTION).data() == "Thêm"
    details = dialog.ui.history_view.details.toPlainText()
    assert "Số: 15" in details and "Ngày ban hành: 08/01/2026" in details and "Trạng thái: Đã ban hành" in details
    dialog.reject()


def test_remove_a_wrongly_attached_file_then_restore_it(tab: IssuedDocumentsTab, seeded_services: Any,
                                                        tmp_path: Path) -> None:
    decision = seeded_services.register.list(purpose=d.DocPurpose.STEERING)[0]
    for name, content in (("QD 15 ky.pdf", b"%PDF-1.4 signed"), ("nham.docx", b"wrong file")):
        (tmp_path / name).write_bytes(content)
        seeded_services.attachments.attach("issued_document", decision.id, tmp_path / name)
    tab.reload()
    _select(tab, decision.id)
    row = tab.proxy.mapFromSource(tab.model.index(tab.model.row_of(decision.id), 0)).row()
    assert _cell(tab, row, C.FILES) == "2"
    assert tab.detach_button.text() == "Gỡ tệp" and tab.detach_button.isEnabled()
    menu = tab.detach_button.menu()  # two files: pick the one to remove
    assert [a.text() for a in menu.actions()] == ["QD 15 ky.pdf", "nham.docx"]

    menu.actions()[1].trigger()
    box = tab.question
    assert isinstance(box, QMessageBox) and box.text() == "Gỡ tệp “nham.docx” khỏi 15/QĐ-UBND?"
    assert box.informativeText() == "Có thể khôi phục lại tại Cài đặt → Lịch sử thay đổi."
    box.button(QMessageBox.StandardButton.No).click()
    assert len(seeded_services.attachments.list_for("issued_document", decision.id)) == 2

    tab.detach_button.menu().actions()[1].trigger()
    tab.question.button(QMessageBox.StandardButton.Yes).click()
    files = seeded_services.attachments.list_for("issued_document", decision.id)
    assert [f.original_name for f in files] == ["QD 15 ky.pdf"]
    assert _cell(tab, row, C.FILES) == "1" and [doc.id for doc in tab.selected()] == [decision.id]
    assert tab.detach_button.menu() is None  # one file left: the button asks about it directly

    # The change history keeps the link: Settings → Change history can put it back.
    removal = seeded_services.history.recent(entity="attachment_link", action=d.ChangeAction.DELETE)[0]
    seeded_services.history.restore(removal.id)
    tab.reload()
    assert [f.original_name for f in seeded_services.attachments.list_for("issued_document", decision.id)] == [
        "QD 15 ky.pdf", "nham.docx"]
    assert _cell(tab, row, C.FILES) == "2"


def test_the_register_follows_the_windows_reporting_year(tab: IssuedDocumentsTab, seeded_services: Any, window: Any) -> None:
    from PySide6.QtWidgets import QComboBox, QLabel

    labels = [w for w in window.findChildren(QLabel) if w.text() == "Năm báo cáo:" and w.isVisibleTo(window)]
    assert labels == [window.year_label]  # one selector, at the top of the window
    assert tab.findChild(QComboBox, "year_combo") is None
    seeded_services.years.save(d.ReportingYear(None, 2027, *d.default_period(2027)))
    seeded_services.register.save(d.IssuedDocument(None, d.IssuedDocType.PLAN, "UBND", None, "KH-UBND", None,
                                                   "Kế hoạch năm 2027", year=2027))
    window.refresh_header()
    tab.reload()
    assert all(doc.year == 2026 for doc in tab.visible_documents())
    window.year_combo.setCurrentIndex(window.year_combo.findData(2027))
    assert [doc.summary for doc in tab.visible_documents()] == ["Kế hoạch năm 2027"]
    assert "năm báo cáo 2027" in tab.count_label.text()


def test_the_number_dialog_proposes_the_number_that_fits_the_date(seeded_services: Any, qtbot) -> None:  # type: ignore[no-untyped-def]
    """NĐ 30 Điều 15: numbers run in date order, so a document dated between 1 (10/01) and 5 (20/03) gets 2."""
    from datetime import date

    from isodesk.domain.core import IssuedDocStatus, IssuedDocType, IssuedDocument

    register = seeded_services.register

    def issued(number: int, when: date) -> None:
        register.save(IssuedDocument(None, IssuedDocType.PLAN, "UBND", number, "KH-UBND", when, f"Kế hoạch {number}",
                                     status=IssuedDocStatus.ISSUED, year=2030))

    issued(1, date(2030, 1, 10))
    issued(5, date(2030, 3, 20))
    draft = register.save(IssuedDocument(None, IssuedDocType.PLAN, "UBND", None, "KH-UBND", None, "Kế hoạch mới",
                                         year=2030))
    dialog = RegisterNumberDialog(seeded_services, draft, today=date(2030, 2, 15))
    qtbot.addWidget(dialog)
    assert dialog._ui.number_spin.value() == 2
    dialog._ui.issue_date_edit.set_date(date(2030, 4, 1))
    assert dialog._ui.number_spin.value() == 6  # after the last one dated before it


def test_the_register_tab_keys_search_as_you_type_and_excel(tab: IssuedDocumentsTab, qtbot: Any,
                                                             tmp_path: Path) -> None:
    """The issued-documents book is a RegisterTab: typing filters once it pauses, Enter opens the entry,
    and the entries shown go to Excel with the spec's headings."""
    import openpyxl

    qtbot.keyClicks(tab.search_edit, "kien toan")
    qtbot.waitUntil(lambda: tab.proxy.has_text(), timeout=2000)
    assert [doc.number for doc in tab.visible_documents()] == [15]
    tab.select_ids([tab.visible_documents()[0].id])
    tab.open_selected()  # what Enter and a double click do
    assert isinstance(tab.current_dialog, IssuedDocumentDialog)
    tab.current_dialog.reject()

    written = tab.export_excel(tmp_path / "so-van-ban")
    assert written is not None and written.suffix == ".xlsx"
    sheet = openpyxl.load_workbook(written).active
    rows = list(sheet.iter_rows(values_only=True))
    header = next(i for i, row in enumerate(rows) if "Trích yếu" in row)
    assert rows[header][:5] == ("TT", "Số, ký hiệu", "Ngày ban hành", "Loại văn bản", "Trích yếu")
    first = rows[header + 1]
    assert first[0] == 1 and first[1] == "15/QĐ-UBND" and first[3] == "Quyết định"  # TT numbered by the sheet
    assert first[4] == "Về việc kiện toàn Ban Chỉ đạo ISO xã Sơn Lâm"
