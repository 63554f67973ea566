"""The internal documents tab end to end on a real SQLite file: create → revise → issue (supersede) →
distribute → acknowledge → recall → review → attach → print the distribution sheet → withdraw; deletion
refused with its message; search as you type; filters; Excel import and export; the Qt models."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pdfplumber
import pytest
from PySide6.QtCore import QSettings, Qt

from isodesk.domain import core as d
from isodesk.domain import documents as dd
from isodesk.domain.formatting import format_count
from isodesk.ui.models.internal_documents_model import (
    ChangesTableModel,
    DistributionsTableModel,
    FilesTableModel,
    ReviewsTableModel,
    RevisionsTableModel,
)
from isodesk.ui.models.register_looks import documents_look
from isodesk.ui.models.register_model import RegisterFilterProxyModel, RegisterTableModel

COLUMN = {key: i for i, key in enumerate(dd.DOCUMENTS_REGISTER.screen)}

TODAY = date(2026, 3, 2)


def _decision(services: Any, number: int, when: date) -> int:
    draft = services.register.save(d.IssuedDocument(None, d.IssuedDocType.DECISION, "UBND", None, "QĐ-UBND", None,
                                                    f"Ban hành tài liệu số {number}",
                                                    purpose=d.DocPurpose.DOCUMENT_SET))
    return services.register.register(draft.id, when, number).id


@pytest.fixture
def world(services: Any) -> dict[str, Any]:
    services.agency.save_profile(d.AgencyProfile(
        None, date(2025, 7, 1), "Ủy ban nhân dân xã Sơn Lâm", "Ủy ban nhân dân tỉnh Hà Tĩnh", d.AgencyTier.COMMUNE,
        "Hà Tĩnh", "Sơn Lâm", "UBND", head_title="Chủ tịch", collective_name="Ủy ban nhân dân"))
    vp = services.agency.save_department(d.Department(None, "Văn phòng", "VP")).id
    tp = services.agency.save_department(d.Department(None, "Tư pháp - Hộ tịch", "TP")).id
    person = lambda name, title, dep, **kw: services.agency.save_person(  # noqa: E731
        d.Person(None, name, title, dep, **kw)).id
    return dict(
        vp=vp, tp=tp,
        secretary=person("Nguyễn Thị Hoa", "Thư ký ISO", vp, is_iso_secretary=True),
        chairman=person("Lê Văn Nam", "Chủ tịch", vp, is_leader=True),
        clerk=person("Phạm Thị Lan", "Công chức Tư pháp", tp),
        decision1=_decision(services, 5, date(2025, 8, 10)),
        decision2=_decision(services, 12, date(2026, 2, 20)),
    )


@pytest.fixture
def tab(ui_env, services, world, qtbot):  # type: ignore[no-untyped-def]
    from isodesk.ui.screens.internal_documents_tab import InternalDocumentsTab

    widget = InternalDocumentsTab(services, today=TODAY)
    qtbot.addWidget(widget)
    widget.resize(1300, 760)
    widget.show()
    widget._confirm = lambda *_a: True  # type: ignore[method-assign]
    return widget


def _effective(services: Any, world: dict[str, Any], code: str, title: str,
               kind: dd.DocumentKind = dd.DocumentKind.INTERNAL_PROCEDURE, **kw: Any) -> dd.DocumentDetails:
    doc = services.documents.create_document(dd.InternalDocument(None, code, title, kind, world["vp"], **kw))
    services.documents.issue_revision(doc.revisions[0].id, effective_date=date(2025, 8, 15),
                                      decision_id=world["decision1"], approved_by_id=world["chairman"])
    return services.documents.get_document(doc.id)


def _combo_select(combo: Any, data: object) -> None:
    index = combo.findData(data.value if hasattr(data, "value") else data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


# --------------------------------------------------------------------------- end to end


def test_document_life_from_draft_to_withdrawal(tab, services, world, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # create
    dialog = tab.add_document()
    dialog.ui.code_edit.setText("QT.01")
    dialog.ui.title_edit.setText("Quy trình kiểm soát thông tin dạng văn bản")
    _combo_select(dialog.ui.kind_combo, dd.DocumentKind.SYSTEM_PROCEDURE)
    _combo_select(dialog.ui.procedure_combo, dd.SystemProcedure.DOCUMENT_CONTROL)
    _combo_select(dialog.ui.department_combo, world["vp"])
    assert dialog.save()
    assert tab.details is not None and tab.details.code == "QT.01"
    assert tab.details.status is dd.RevisionStatus.DRAFT
    assert tab.details.revisions[0].drafted_by_name == "Nguyễn Thị Hoa"  # the ISO secretary by default
    assert tab.selected_row().code == "QT.01"

    # edit the draft: change log
    dialog = tab.edit_revision()
    dialog.add_change(dd.ChangeLine("Ban hành lần đầu", amendment="00", page="Tất cả"))
    assert dialog.save()
    assert tab.changes_model.rowCount() == 1
    assert tab.changes_model.index(0, ChangesTableModel.Column.CONTENT).data() == "Ban hành lần đầu"

    # submit, then issue from the register's decision
    assert tab.submit_revision()
    assert tab.current_revision().status is dd.RevisionStatus.PENDING
    dialog = tab.issue_revision()
    assert dialog.ui.approved_combo.currentData() == world["chairman"]  # the leader is suggested
    dialog.ui.effective_date.setDate(dialog.ui.effective_date.date().fromString("15/08/2025", "dd/MM/yyyy"))
    _combo_select(dialog.ui.decision_combo, world["decision1"])
    assert dialog.save()
    assert tab.details.status is dd.RevisionStatus.EFFECTIVE
    assert tab.revisions_model.index(0, RevisionsTableModel.Column.DECISION).data().startswith("05/QĐ-UBND")

    # distribute to a department and a person, acknowledge one
    dialog = tab.distribute()
    assert not dialog.save()  # nobody ticked: refused under the fields, the dialog stays
    assert dialog.ui.error_label.text() == "Hãy chọn đơn vị hoặc cá nhân nhận tài liệu."
    dialog.set_checked(departments=[world["vp"]], people=[world["clerk"]])
    dialog.ui.date_edit.setDate(dialog.ui.date_edit.date().fromString("01/08/2025", "dd/MM/yyyy"))
    assert not dialog.save()  # before the revision took effect: said once, not once per recipient
    assert dialog.ui.error_label.text().count("không thể phân phối trước ngày") == 1
    assert dialog.ui.error_label.text().startswith("Ngày giao: ")  # named by its label
    dialog.ui.date_edit.setDate(dialog.ui.date_edit.date().fromString("02/03/2026", "dd/MM/yyyy"))
    dialog.ui.copies_spin.setValue(2)
    assert dialog.save()
    assert [x.holder for x in tab.details.distributions] == ["Văn phòng", "Tư pháp - Hộ tịch – Phạm Thị Lan"]
    tab.ui.distributions_view.selectRow(1)
    dialog = tab.acknowledge()
    assert dialog.ui.person_combo.currentData() == world["clerk"]
    assert dialog.save()
    assert tab.details.distributions[1].acknowledged_by_name == "Phạm Thị Lan"

    # a new revision supersedes the old one: the holders must be recalled
    dialog = tab.new_revision()
    dialog.add_change(dd.ChangeLine("Cập nhật theo mô hình chính quyền hai cấp", amendment="01", page="3"))
    assert dialog.save()
    assert tab.current_revision().number == 2 and tab.current_revision().status is dd.RevisionStatus.DRAFT
    dialog = tab.issue_revision()
    dialog.ui.effective_date.setDate(dialog.ui.effective_date.date().fromString("01/03/2026", "dd/MM/yyyy"))
    _combo_select(dialog.ui.decision_combo, world["decision2"])
    assert dialog.save()
    assert tab.details.current_revision_number == 2
    assert "2 nơi đang giữ bản cũ cần thu hồi" in tab.message_text()
    states = {tab.distributions_model.display(x, DistributionsTableModel.Column.STATE) for x in tab.details.distributions}
    assert states == {"Bản cũ – cần thu hồi"}
    tab.ui.message_action_button.click()  # "Thu hồi…"
    recall = tab.last_dialog
    assert sorted(recall.checked_ids()) == sorted(x.id for x in tab.details.distributions)
    for row in range(recall.ui.holders_list.count()):
        recall.ui.holders_list.item(row).setCheckState(Qt.CheckState.Unchecked)
    assert not recall.save() and recall.ui.error_label.text() == "Hãy đánh dấu ít nhất một nơi cần thu hồi."
    for row in range(recall.ui.holders_list.count()):
        recall.ui.holders_list.item(row).setCheckState(Qt.CheckState.Checked)
    assert recall.save()
    assert all(x.recalled_on == TODAY for x in tab.details.distributions)
    assert services.documents.holders_to_recall(tab.details.id) == []

    # periodic review: no change, then "to be revised" opens a draft
    dialog = tab.record_review()
    assert dialog.save()
    assert tab.details.next_review_date == date(2027, 3, 2)
    dialog = tab.record_review()
    dialog.ui.revise_radio.setChecked(True)
    dialog.ui.note_edit.setPlainText("Bổ sung bước số hóa hồ sơ")
    assert dialog.save()
    assert tab.details.open_revision is not None and tab.details.open_revision.number == 3
    assert "dự thảo lần ban hành tiếp theo" in tab.message_text()
    assert tab.reviews_model.rowCount() == 2
    assert tab.reviews_model.index(0, ReviewsTableModel.Column.OUTCOME).data() == "Cần sửa đổi"

    # attach the issued PDF to revision 2 and open it
    rev2 = next(r for r in tab.details.revisions if r.number == 2)
    tab.show_details(tab.details, rev2.id)
    pdf = tmp_path / "QT.01-lan-02.pdf"
    pdf.write_bytes(b"%PDF-1.4 test")
    assert tab.attach_file(pdf, dd.FileRole.PDF)
    assert tab.files_model.rowCount() == 1
    assert tab.files_model.index(0, FilesTableModel.Column.ROLE).data() == "PDF"
    opened: list[Path] = []
    tab._open_path = opened.append  # type: ignore[method-assign]
    tab.ui.files_view.selectRow(0)
    assert tab.open_file() is not None and opened[0].read_bytes() == b"%PDF-1.4 test"

    # a file attached by mistake is removed after a confirmation; the change history keeps its link
    wrong = tmp_path / "nham.docx"
    wrong.write_bytes(b"not this revision")
    assert tab.attach_file(wrong, dd.FileRole.DOCX)
    assert tab.files_model.rowCount() == 2
    tab.ui.files_view.selectRow(1)
    assert tab.ui.remove_file_button.text() == "Gỡ tệp" and tab.ui.remove_file_button.isEnabled()
    asked: list[str] = []
    tab._confirm = lambda _title, text: asked.append(text) or False  # type: ignore[method-assign]
    assert not tab.remove_file() and tab.files_model.rowCount() == 2
    assert asked == ["Gỡ “nham.docx” khỏi lần ban hành 02? Có thể khôi phục lại tại Cài đặt → Lịch sử thay đổi."]
    tab._confirm = lambda *_a: True  # type: ignore[method-assign]
    assert tab.remove_file()
    assert [f.original_name for f in tab.files_model.rows()] == ["QT.01-lan-02.pdf"]
    assert tab.message_text() == "Đã gỡ “nham.docx” khỏi lần ban hành 02."
    assert not tab.ui.remove_file_button.isEnabled()
    removal = services.history.recent(entity="attachment_link", action=d.ChangeAction.DELETE)[0]
    assert removal.changes["original_name"][0] == "nham.docx"

    # the distribution sheet of revision 1 (select one of its rows), printed through the preview
    tab.ui.detail_tabs.setCurrentWidget(tab.ui.distribution_page)
    tab.ui.distributions_view.selectRow(0)
    preview = tab.print_distribution_sheet()
    qtbot.waitUntil(preview.is_ready, timeout=20000)
    assert preview.page_count() == 1
    saved = preview.save_pdf(tmp_path / "phieu.pdf")
    with pdfplumber.open(saved) as document:
        page = document.pages[0]
        text = " ".join((page.extract_text() or "").split())
        headings = [" ".join((c or "").split()) for c in page.extract_tables()[0][0]]
    assert "PHIẾU PHÂN PHỐI VÀ THU HỒI TÀI LIỆU" in text and "QT.01" in text
    assert headings == ["TT", "Đơn vị/Người nhận", "Số bản", "Ngày nhận", "Ký nhận", "Ngày thu hồi"]
    assert preview.save_word(tmp_path / "phieu.docx").stat().st_size > 0
    preview.close()

    # the signed sheet comes back as a scan
    scan = tmp_path / "phieu-da-ky.pdf"
    scan.write_bytes(b"%PDF-1.4 scan")
    assert tab.attach_signed_sheet(scan)
    rev1 = next(r for r in tab.details.revisions if r.number == 1)
    assert [f.role for f in rev1.files] == [dd.FileRole.DISTRIBUTION_SCAN.value]

    # withdraw the whole document
    dialog = tab.withdraw_document()
    dialog.ui.reason_edit.setPlainText("Bãi bỏ do sáp nhập đơn vị")
    assert dialog.save()
    assert tab.details.status is dd.RevisionStatus.SUPERSEDED and tab.details.withdrawn_on == TODAY
    assert not tab.ui.new_revision_button.isEnabled() and not tab.ui.distribute_button.isEnabled()


def test_delete_is_refused_for_a_document_in_use_with_the_reason(tab, services, world) -> None:  # type: ignore[no-untyped-def]
    doc = _effective(services, world, "QT.02", "Quy trình đánh giá nội bộ")
    tab.reload(doc.id)
    assert not tab.delete_document()
    message = tab.message_text()
    assert "Tài liệu đang được sử dụng/được trích dẫn, không thể xóa; có thể chuyển sang Hết hiệu lực" in message
    assert "Tài liệu đang có hiệu lực." in message
    assert services.documents.find_by_code("QT.02") is not None


def test_an_unused_draft_is_deleted(tab, services, world) -> None:  # type: ignore[no-untyped-def]
    doc = services.documents.create_document(dd.InternalDocument(None, "HD.09", "Hướng dẫn thử",
                                                                 dd.DocumentKind.GUIDE, None))
    tab.reload(doc.id)
    assert tab.delete_document()
    assert services.documents.find_by_code("HD.09") is None
    assert tab.model.rowCount() == 0 and tab.details is None


def test_validation_errors_stay_in_the_dialog(tab, services, world) -> None:  # type: ignore[no-untyped-def]
    _effective(services, world, "QT.01", "Quy trình kiểm soát tài liệu")
    dialog = tab.add_document()
    dialog.ui.code_edit.setText("qt.01")
    dialog.ui.title_edit.setText("")
    assert not dialog.save()
    assert dialog.ui.error_label.text() == "Tên tài liệu: không được để trống."
    dialog.ui.title_edit.setText("Quy trình trùng mã")
    assert not dialog.save()
    assert "Mã số" in dialog.ui.error_label.text() and "“qt.01”" in dialog.ui.error_label.text()
    assert dialog.isVisible()


def test_issue_without_decision_explains_what_is_missing(tab, services, world) -> None:  # type: ignore[no-untyped-def]
    doc = services.documents.create_document(dd.InternalDocument(None, "QT.03", "Quy trình xử lý",
                                                                 dd.DocumentKind.INTERNAL_PROCEDURE, None))
    tab.reload(doc.id)
    dialog = tab.issue_revision()
    dialog.ui.decision_combo.setCurrentIndex(0)
    assert not dialog.save()
    assert "Quyết định ban hành: lần ban hành có hiệu lực phải có quyết định ban hành." in dialog.ui.error_label.text()


# --------------------------------------------------------------------------- search and filters


@pytest.fixture
def listed(tab, services, world):  # type: ignore[no-untyped-def]
    _effective(services, world, "QT.01", "Quy trình kiểm soát thông tin dạng văn bản", dd.DocumentKind.SYSTEM_PROCEDURE)
    _effective(services, world, "QT.TP.01", "Quy trình đăng ký khai sinh", dd.DocumentKind.TTHC_PROCEDURE)
    services.documents.create_document(dd.InternalDocument(None, "HD.01", "Hướng dẫn lưu trữ hồ sơ",
                                                           dd.DocumentKind.GUIDE, world["tp"]))
    services.documents.create_document(dd.InternalDocument(None, "CS.01", "Chính sách chất lượng",
                                                           dd.DocumentKind.QUALITY_POLICY, None))
    tab.reload()
    return tab


def _codes(tab: Any) -> list[str]:
    return [r.code for r in tab.visible_rows()]


def test_search_ignores_diacritics_and_case(listed) -> None:  # type: ignore[no-untyped-def]
    listed.apply_search("quy trinh")
    assert _codes(listed) == ["QT.01", "QT.TP.01"]
    listed.apply_search("KHAI SINH")
    assert _codes(listed) == ["QT.TP.01"]
    listed.apply_search("đăng ky qt.tp")
    assert _codes(listed) == ["QT.TP.01"]
    listed.apply_search("")
    assert len(_codes(listed)) == 4
    assert listed.ui.count_label.text().startswith("4 tài liệu")


def test_search_as_you_type_waits_for_a_pause(listed, qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(listed.ui.search_edit, "chinh sach")
    assert len(_codes(listed)) == 4  # not yet: the debounce timer runs
    qtbot.waitUntil(lambda: _codes(listed) == ["CS.01"], timeout=2000)
    assert listed.ui.count_label.text().startswith("1/4 tài liệu")


def test_filters_by_kind_status_department_and_due(listed, services) -> None:  # type: ignore[no-untyped-def]
    ui = listed.ui
    _combo_select(ui.kind_combo, dd.DocumentKind.GUIDE)
    assert _codes(listed) == ["HD.01"]
    ui.kind_combo.setCurrentIndex(0)
    _combo_select(ui.status_combo, dd.RevisionStatus.EFFECTIVE)
    assert _codes(listed) == ["QT.01", "QT.TP.01"]
    ui.status_combo.setCurrentIndex(0)
    ui.department_combo.setCurrentIndex(ui.department_combo.findText("Tư pháp - Hộ tịch"))
    assert _codes(listed) == ["HD.01"]
    ui.department_combo.setCurrentIndex(0)
    assert _codes(listed) == ["CS.01", "HD.01", "QT.01", "QT.TP.01"]
    # effective 15/08/2025 + 12 months: due from 15/08/2026
    assert not any(r.review_due for r in listed.visible_rows())
    listed._today = date(2026, 9, 1)
    listed.reload()
    ui.due_check.setChecked(True)
    assert _codes(listed) == ["QT.01", "QT.TP.01"]
    due = listed.proxy.index(0, COLUMN["next_review"])
    assert due.data() == "15/08/2026" and due.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert listed.current_filter().review_due_before == date(2026, 9, 2)


def test_sorting_by_a_column_keeps_the_filter(listed) -> None:  # type: ignore[no-untyped-def]
    listed.ui.table_view.sortByColumn(COLUMN["title"], Qt.SortOrder.DescendingOrder)
    assert _codes(listed) == ["QT.01", "QT.TP.01", "HD.01", "CS.01"]
    listed.apply_search("quy trinh")
    assert _codes(listed) == ["QT.01", "QT.TP.01"]
    listed.ui.table_view.sortByColumn(COLUMN["code"], Qt.SortOrder.AscendingOrder)
    assert _codes(listed) == ["QT.01", "QT.TP.01"]


def test_open_target_selects_the_documents(listed, services) -> None:  # type: ignore[no-untyped-def]
    ids = [services.documents.find_by_code(c).id for c in ("HD.01", "QT.TP.01")]
    listed.apply_search("chinh sach")
    listed.open_target(tuple(ids))
    selected = {listed.proxy.row_dto(i.row()).code for i in listed.ui.table_view.selectionModel().selectedRows()}
    assert selected == {"HD.01", "QT.TP.01"}
    assert listed.details is not None and listed.details.code == "HD.01"
    # Exactly these two are listed, under the chip that shows every document again.
    assert sorted(_codes(listed)) == ["HD.01", "QT.TP.01"]
    assert listed._chip is not None and "Chỉ hiện 2 mục cần xem" in listed._chip.text()


# --------------------------------------------------------------------------- Excel


def _write_xlsx(path: Path, rows: list[tuple[object, ...]]) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["DANH MỤC TÀI LIỆU NỘI BỘ"])
    sheet.append([])
    sheet.append(["TT", "Mã số", "Tên tài liệu", "Loại", "Đơn vị chủ trì", "Lần ban hành", "Ngày hiệu lực",
                  "Tình trạng", "Ghi chú"])
    for i, row in enumerate(rows, start=1):
        sheet.append([i, *row])
    book.save(path)
    return path


def test_import_from_excel_adds_the_rows(tab, services, world, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = _write_xlsx(tmp_path / "danh-muc.xlsx", [
        ("QT.05", "Quy trình xem xét của lãnh đạo", "Quy trình hệ thống", "Văn phòng", 2, "10/01/2025", "Hiệu lực", ""),
        ("BM.01", "Phiếu yêu cầu hành động khắc phục", "Biểu mẫu", "", None, None, "Dự thảo", "mới"),
    ])
    dialog = tab.import_excel()
    assert dialog.load_file(path)
    assert dialog.problem_lines() == [] and dialog.can_import()
    assert dialog.do_import()
    assert "Đã thêm 2 tài liệu" in dialog.ui.result_label.text()
    assert not dialog.can_import()  # once only
    assert {r.code for r in tab.model.rows()} == {"QT.05", "BM.01"}
    assert tab.details is not None and tab.details.code in {"QT.05", "BM.01"}


def test_import_with_a_duplicate_writes_nothing(tab, services, world, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _effective(services, world, "QT.01", "Quy trình kiểm soát tài liệu")
    tab.reload()
    in_file = _write_xlsx(tmp_path / "trung.xlsx", [
        ("QT.07", "Quy trình A", "Quy trình nội bộ", "", None, None, "", ""),
        ("qt.07", "Quy trình B", "Quy trình nội bộ", "", None, None, "", ""),
    ])
    dialog = tab.import_excel()
    assert dialog.load_file(in_file)
    assert not dialog.can_import()
    assert any("Dòng 5" in line and "đã có ở dòng 4" in line for line in dialog.problem_lines())
    assert not dialog.do_import()

    against_db = _write_xlsx(tmp_path / "trung-csdl.xlsx", [
        ("QT.08", "Quy trình C", "Quy trình nội bộ", "", None, None, "", ""),
        ("QT.01", "Quy trình D", "Quy trình nội bộ", "", None, None, "", ""),
    ])
    assert dialog.load_file(against_db)
    assert dialog.can_import()
    assert not dialog.do_import()  # the service refuses: nothing is written
    assert any(line.startswith("Dòng 5: Mã số") for line in dialog.problem_lines())
    assert not dialog.can_import()
    assert services.documents.find_by_code("QT.08") is None
    assert len(services.documents.list_documents()) == 1


def test_export_to_excel_reopens_with_openpyxl(listed, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook

    assert listed.default_export_name() == "Danh-muc-tai-lieu-noi-bo-2026.xlsx"
    listed.apply_search("quy trinh")
    path = listed.export_excel(tmp_path / listed.default_export_name())
    assert path is not None and "Đã xuất 2 tài liệu" in listed.message_text()
    sheet = load_workbook(path).active
    values = [[c for c in row if c is not None] for row in sheet.iter_rows(values_only=True)]
    flat = [v for row in values for v in row]
    assert "DANH MỤC TÀI LIỆU NỘI BỘ" in flat and "Mã số" in flat and "QT.TP.01" in flat
    assert "CS.01" not in flat  # only the documents shown
    # agency heading: a People's Committee carries no chủ quản line (DOMAIN.md §4 point 4)
    assert {"ỦY BAN NHÂN DÂN", "XÃ SƠN LÂM"} <= set(flat) and "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH" not in flat


def test_export_to_an_unwritable_place_explains(listed, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "khong-ghi-duoc"
    folder.mkdir()
    target = folder / "x.xlsx"
    target.mkdir()  # a folder where the file should go: cannot be written
    assert listed.export_excel(target) is None
    assert "Chưa xuất được tệp Excel" in listed.message_text()


def test_print_list_previews_the_documents_shown(listed, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    listed.apply_search("quy trinh")
    preview = listed.print_list()
    qtbot.waitUntil(preview.is_ready, timeout=20000)
    with pdfplumber.open(preview.pdf_path) as document:
        text = " ".join(" ".join((p.extract_text() or "").split()) for p in document.pages)
    assert "DANH MỤC TÀI LIỆU NỘI BỘ" in text and "QT.TP.01" in text and "CS.01" not in text
    assert "Danh mục này có 2 tài liệu." in text
    preview.close()


# --------------------------------------------------------------------------- models


def test_models_pass_the_qt_model_tester(qtmodeltester, listed, services) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(listed.model)
    qtmodeltester.check(listed.proxy)
    details = services.documents.get_document(services.documents.find_by_code("QT.01").id)
    revisions = RevisionsTableModel()
    revisions.set_rows(details.revisions)
    qtmodeltester.check(revisions)
    changes = ChangesTableModel()
    changes.set_rows([dd.ChangeLine("Nội dung", "01", "2")])
    qtmodeltester.check(changes)
    files = FilesTableModel()
    files.set_rows([d.AttachmentRef(1, "ab" * 32, "a.pdf", 2048, "pdf")])
    qtmodeltester.check(files)
    distributions = DistributionsTableModel()
    distributions.set_distributions([dd.Distribution(1, 1, 1, 1, None, "Văn phòng", None, "", 2, date(2025, 1, 2),
                                                     None, None, "", None)], 2)
    qtmodeltester.check(distributions)
    reviews = ReviewsTableModel()
    reviews.set_rows([dd.DocumentReview(1, 1, date(2026, 1, 5), None, "", dd.ReviewOutcome.NO_CHANGE, "", None)])
    qtmodeltester.check(reviews)


def test_the_list_model_sorts_and_filters_without_the_database(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    rows = [dd.DocumentRow(i, f"QT.{i}", f"Quy trình số {i}", dd.DocumentKind.INTERNAL_PROCEDURE, "Văn phòng", 1,
                           dd.RevisionStatus.EFFECTIVE, date(2025, 1, 1), date(2026, 1, 1), i % 2 == 0)
            for i in (1, 2, 10, 11)]
    model = RegisterTableModel(dd.DOCUMENTS_REGISTER, documents_look())
    model.set_rows(rows)
    proxy = RegisterFilterProxyModel(dd.DOCUMENTS_REGISTER)
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    proxy.sort(COLUMN["code"], Qt.SortOrder.DescendingOrder)
    assert [proxy.row_dto(i).code for i in range(proxy.rowCount())] == ["QT.11", "QT.10", "QT.2", "QT.1"]
    proxy.set_filters(due_only=True)
    assert [proxy.row_dto(i).code for i in range(proxy.rowCount())] == ["QT.10", "QT.2"]
    proxy.set_filters(text="so 1")
    assert [proxy.row_dto(i).code for i in range(proxy.rowCount())] == ["QT.10"]


# --------------------------------------------------------------------------- history, preview, navigation


def test_history_lists_the_changes_of_the_document(tab, services, world) -> None:  # type: ignore[no-untyped-def]
    doc = _effective(services, world, "QT.04", "Quy trình tiếp nhận phản ánh")
    tab.reload(doc.id)
    dialog = tab.show_history()
    assert dialog is not None and dialog.isVisible()
    from PySide6.QtWidgets import QLabel

    texts = [dialog.windowTitle(), *(label.text() for label in dialog.findChildren(QLabel))]
    assert any("Lịch sử của QT.04" in text for text in texts)
    dialog.close()


def test_print_preview_navigates_zooms_and_prints(listed, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtPrintSupport import QPrinter
    from pypdf import PdfReader

    preview = listed.print_list()
    qtbot.waitUntil(preview.is_ready, timeout=20000)
    ui = preview.ui
    assert ui.page_count_label.text() == "/ 1" and not ui.next_button.isEnabled()
    assert [ui.zoom_combo.itemText(i) for i in range(3)] == ["Vừa chiều rộng", "Cả trang", "50%"]
    ui.zoom_combo.setCurrentIndex(ui.zoom_combo.findData(1.5))
    assert abs(preview.view.zoomFactor() - 1.5) < 1e-6
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "in.pdf"))
    assert preview.print_to(printer) == 1
    reader = PdfReader(tmp_path / "in.pdf")
    assert len(reader.pages) == 1 and reader.pages[0].mediabox.width > reader.pages[0].mediabox.height  # landscape
    preview.close()


def test_navigation_from_the_home_screen_opens_the_tab(ui_env, services, world, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pytest.importorskip("isodesk.ui.screens.documents_screen")
    from isodesk.app import register_screens
    from isodesk.ui.main_window import MainWindow
    from isodesk.ui.settings import UiSettings

    doc = _effective(services, world, "QT.06", "Quy trình quản lý văn bản đi, đến")
    window = MainWindow(UiSettings(QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat)))
    qtbot.addWidget(window)
    register_screens(window)
    window.show()
    window.attach(services)
    screen = window.navigate("documents.internal", (doc.id,))
    tab = screen.tab("internal")
    assert screen.tabs.currentWidget() is tab
    assert tab.details is not None and tab.details.id == doc.id


def test_counts_under_the_list_use_the_thousands_dot(listed) -> None:  # type: ignore[no-untyped-def]
    """Issue 13 item 7: a count in running text reads ``1.294 tài liệu``, never ``1294``."""
    from dataclasses import replace

    rows = listed.model.rows()
    listed.model.set_rows([replace(rows[i % len(rows)], id=100_000 + i) for i in range(1294)])
    listed.apply_search("")
    assert listed.ui.count_label.text().startswith("1.294 tài liệu")
    listed.apply_search("chinh sach")
    assert listed.ui.count_label.text().startswith(f"{format_count(listed.proxy.rowCount())}/1.294 tài liệu")
