"""A whole internal audit round driven through the screens: round, proposed and edited programme (a
conflict refused with its reason), findings, phiếu raised, one closed, one sent back."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from isodesk.domain import audit as a
from isodesk.domain import core as d
from isodesk.ui.screens.audit_screen import COL_AUDITORS, COL_DEPT, AuditScreen
from isodesk.ui.screens.nonconformities_tab import NonconformitiesTab

TODAY = date(2026, 10, 23)


def _select(tab: NonconformitiesTab, nc_id: int) -> None:
    tab.refresh([nc_id])
    assert tab._current() is not None and tab._current().id == nc_id  # type: ignore[union-attr]


def test_round_programme_findings_and_phieu(seeded_services, qtbot) -> None:  # type: ignore[no-untyped-def]
    services = seeded_services
    deps = services.agency.departments()
    ha = next(p for p in services.agency.people() if p.full_name == "Nguyễn Thị Thu Hà")
    bao = next(p for p in services.agency.people() if p.full_name == "Lê Quốc Bảo")
    binh = services.agency.save_person(d.Person(None, "Trần Văn Bình", department_id=deps[1].id, is_internal_auditor=True,
                                                auditor_certificate="Chứng chỉ số 301/2024"))
    screen = AuditScreen(services, None, today=TODAY)
    qtbot.addWidget(screen)
    screen.resize(1366, 768)

    # 1. A new round: dates, leader and a certified member.
    dialog = screen.open_round_dialog(None)
    ui = dialog.ui
    ui.year_spin.setValue(2026)
    ui.start_edit.set_date(date(2026, 10, 19))
    ui.end_edit.set_date(date(2026, 10, 21))
    ui.leader_combo.setCurrentIndex(ui.leader_combo.findData(ha.id))
    for i in range(ui.members_list.count()):
        item = ui.members_list.item(i)
        item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) == binh.id
                           else Qt.CheckState.Unchecked)
    dialog.ok_button().click()
    assert not dialog.isVisible()
    round_ = screen.current_round()
    assert round_ is not None and round_.team_ids == (ha.id, binh.id)

    # 2. Propose the programme: no conflict; then put Thu Hà on her own department: refused with its reason.
    screen.propose()
    assert screen.problems == []
    row = next(r for r in range(screen.schedule_table.rowCount())
               if screen.schedule_table.cellWidget(r, COL_DEPT).currentData()[1] == deps[0].id)
    screen.schedule_table.item(row, COL_AUDITORS).setText("Nguyễn Thị Thu Hà")
    assert [p.code for p in screen.problems] == ["auditor_own_department"]
    assert "không được đánh giá chính đơn vị mình" in screen.problems_label.text()
    assert screen.save_schedule() is False
    assert services.audits.get_round(round_.id).schedule == ()
    screen.schedule_table.item(row, COL_AUDITORS).setText("Trần Văn Bình")
    assert screen.problems == []
    assert screen.save_schedule() is True
    assert len(services.audits.get_round(round_.id).schedule) == screen.schedule_table.rowCount()

    # 3. Findings: one dated outside the round is refused in the dialog; two are recorded.
    screen.tabs.setCurrentIndex(1)
    findings = screen.findings_tab
    dialog = findings.open_editor(None)
    dialog.ui.department_combo.setCurrentIndex(dialog.ui.department_combo.findData(deps[1].id))
    dialog.ui.description_edit.setPlainText("Hồ sơ không có phiếu kiểm soát quá trình")
    dialog.ui.found_on_edit.set_date(date(2026, 11, 5))
    dialog.ok_button().click()
    assert dialog.isVisible() and "phải có ngày trong thời gian đánh giá" in dialog.ui.error_label.text() + "".join(
        w.text() for w in dialog.findChildren(type(dialog.ui.error_label)))
    assert services.audits.findings(round_id=round_.id) == []
    dialog.ui.found_on_edit.set_date(date(2026, 10, 20))
    dialog.ok_button().click()
    assert not dialog.isVisible()
    dialog = findings.open_editor(None)
    dialog.ui.department_combo.setCurrentIndex(dialog.ui.department_combo.findData(deps[2].id))
    dialog.ui.description_edit.setPlainText("Mục tiêu chất lượng chưa đo lường được")
    dialog.ui.found_on_edit.set_date(date(2026, 10, 21))
    dialog.ok_button().click()
    rows = services.audits.findings(round_id=round_.id)
    assert len(rows) == 2

    # 4. Raise a phiếu for each.
    ids = []
    for finding in rows:
        findings.select_ids([finding.id])
        ids.append(findings.raise_form().id)  # type: ignore[union-attr]
    assert all(f.nonconformity_number for f in services.audits.findings(round_id=round_.id))

    # 5. The register: fill, walk the states, close one after a check by someone else, send one back.
    tab = NonconformitiesTab(services, None, today=TODAY)
    qtbot.addWidget(tab)
    tab.resize(1366, 768)
    for nc_id, owner in ((ids[0], binh.id), (ids[1], bao.id)):
        _select(tab, nc_id)
        dialog = tab.open_editor(tab._current())
        dialog.ui.cause_edit.setPlainText("Chưa phổ biến quy trình")
        dialog.ui.action_edit.setPlainText("Tập huấn lại quy trình")
        dialog.ui.owner_combo.setCurrentIndex(dialog.ui.owner_combo.findData(owner))
        dialog.ui.due_edit.set_date(date(2026, 11, 20))
        dialog.ok_button().click()
        assert not dialog.isVisible(), dialog.ui.error_label.text()
        tab.advance_selected()
        tab.advance_selected()
        assert services.nonconformities.get(nc_id).state is a.NcState.IN_PROGRESS
        assert tab.advance_selected() is None  # no result yet: said under the list, nothing changed
        assert not tab.message_label.isHidden() and tab.message_label.text()
        assert services.nonconformities.get(nc_id).state is a.NcState.IN_PROGRESS
        dialog = tab.open_editor(tab._current())
        dialog.ui.result_edit.setPlainText("Đã tập huấn ngày 05/11")
        dialog.ui.done_on_edit.set_date(date(2026, 11, 5))
        dialog.ok_button().click()
        tab.advance_selected()
        assert services.nonconformities.get(nc_id).state is a.NcState.AWAITING_CHECK

    _select(tab, ids[0])
    check = tab.check_selected()
    assert check.ui.checker_combo.findData(binh.id) == -1  # who did the action is not offered
    check.ui.checker_combo.setCurrentIndex(check.ui.checker_combo.findData(ha.id))
    check.ok_button().click()  # checked "today", before the action was done: refused
    assert check.isVisible() and "trước ngày thực hiện xong" in check.ui.error_label.text() + "".join(
        w.text() for w in check.findChildren(type(check.ui.error_label)))
    check.ui.check_on_edit.set_date(date(2026, 11, 10))
    check.ok_button().click()
    assert services.nonconformities.get(ids[0]).state is a.NcState.CLOSED

    _select(tab, ids[1])
    check = tab.check_selected()
    check.ui.checker_combo.setCurrentIndex(check.ui.checker_combo.findData(ha.id))
    check.ui.check_on_edit.set_date(date(2026, 11, 10))
    check.ui.result_combo.setCurrentIndex(check.ui.result_combo.findData(False))
    check.ok_button().click()
    assert check.isVisible()  # không đạt needs a new action
    assert services.nonconformities.get(ids[1]).state is a.NcState.AWAITING_CHECK
    check.ui.new_action_edit.setPlainText("Giao Văn phòng kiểm tra hằng tuần")
    check.ui.new_due_edit.set_date(date(2026, 12, 5))
    check.ok_button().click()
    back = services.nonconformities.get(ids[1])
    assert back.state is a.NcState.IN_PROGRESS and back.action == "Giao Văn phòng kiểm tra hằng tuần"
    assert "Tập huấn lại quy trình" in back.past_attempts
    assert services.history.for_record("nonconformity", ids[1])


def test_documents_drafted_in_the_audit_screen(window, seeded_services) -> None:  # type: ignore[no-untyped-def]
    services = seeded_services
    deps = services.agency.departments()
    ha = next(p for p in services.agency.people() if p.full_name == "Nguyễn Thị Thu Hà")
    binh = services.agency.save_person(d.Person(None, "Trần Văn Bình", department_id=deps[1].id, is_internal_auditor=True,
                                                auditor_certificate="Chứng chỉ số 301/2024"))
    screen = window.navigate("audits")
    assert isinstance(screen, AuditScreen) and len(screen.document_pages) == 4
    round_ = services.audits.save_round(a.AuditRound(None, 2026, date(2026, 10, 19), date(2026, 10, 21),
                                                     department_ids=tuple(x.id for x in deps), leader_id=ha.id,
                                                     member_ids=(binh.id,)))
    services.audits.save_schedule(round_.id, services.audits.propose_schedule(round_.id))
    screen.reload()
    decision, plan, notice, report = (page.document for page in screen.document_pages)
    assert notice is not None and "phân công và lịch đánh giá nội bộ" in notice.summary
    assert "Trần Văn Bình" in notice.text("assignment")
    assert report is not None and "Kết quả đánh giá nội bộ" in report.summary
    assert decision is not None and "thành lập Đoàn đánh giá nội bộ" in decision.summary
    assert plan is not None and "Trần Văn Bình" in plan.text("team")
    assert isinstance(window.navigate("nonconformities"), NonconformitiesTab)


def test_register_prints(seeded_services, qtbot) -> None:  # type: ignore[no-untyped-def]
    tab = NonconformitiesTab(seeded_services, None, today=TODAY)
    qtbot.addWidget(tab)
    preview = tab.print_list()
    assert preview is not None
    preview.close()


def test_checklists_and_forms_print_from_the_screens(seeded_services, qtbot) -> None:  # type: ignore[no-untyped-def]
    from isodesk.ui.dialogs.print_preview import PrintPreviewDialog

    services = seeded_services
    deps = services.agency.departments()
    ha = next(p for p in services.agency.people() if p.full_name == "Nguyễn Thị Thu Hà")
    binh = services.agency.save_person(d.Person(None, "Trần Văn Bình", department_id=deps[1].id, is_internal_auditor=True,
                                                auditor_certificate="Chứng chỉ số 301/2024"))
    round_ = services.audits.save_round(a.AuditRound(None, 2026, date(2026, 10, 19), date(2026, 10, 21),
                                                     department_ids=tuple(x.id for x in deps), leader_id=ha.id,
                                                     member_ids=(binh.id,)))
    services.audits.save_schedule(round_.id, services.audits.propose_schedule(round_.id))
    screen = AuditScreen(services, None, today=TODAY)
    qtbot.addWidget(screen)
    # The menu: the whole set first, then one entry per department in scope.
    actions = [x.text() for x in screen.checklist_menu.actions() if not x.isSeparator()]
    assert len(actions) == 1 + len(deps) and actions[1:] == [x.name for x in deps]
    preview = screen.print_checklists(None)
    assert isinstance(preview, PrintPreviewDialog)
    assert preview.file_stem == f"Phieu-ghi-chep-DGNB-2026-dot-{round_.number}"
    preview.close()
    one = screen.print_checklists(deps[0].id)
    assert isinstance(one, PrintPreviewDialog)
    one.close()

    # Ctrl+P on a selection of the register prints the phiếu of the selection; without one, the register.
    f = services.audits.save_finding(a.Finding(None, round_.id, a.FindingKind.NONCONFORMITY, deps[0].id, "7.5",
                                               "Hồ sơ không có phiếu kiểm soát", date(2026, 10, 19), found_by_id=binh.id))
    nc = services.nonconformities.raise_from_finding(f.id)
    tab = NonconformitiesTab(services, None, today=TODAY)
    qtbot.addWidget(tab)
    tab.refresh()
    tab.table_view.clearSelection()
    assert not tab.print_forms_button.isEnabled()
    register = tab.print_list()
    assert isinstance(register, PrintPreviewDialog) and register.file_stem.startswith("So-theo-doi-KPH")
    register.close()
    _select(tab, nc.id)
    assert tab.print_forms_button.isEnabled()
    forms = tab.print_list()
    assert isinstance(forms, PrintPreviewDialog) and forms.file_stem == f"Phieu-yeu-cau-khac-phuc-{nc.number:02d}-{nc.year}"
    forms.close()


def test_register_exports_and_imports_excel(seeded_services, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook

    services = seeded_services
    deps = services.agency.departments()
    services.nonconformities.save(a.Nonconformity(None, 0, 0, date(2026, 10, 20), deps[0].id, a.NcSource.SELF_FOUND,
                                                  "Hồ sơ thiếu phiếu kiểm soát", requirement="7.5 Thông tin dạng văn bản"))
    tab = NonconformitiesTab(services, None, today=TODAY)
    qtbot.addWidget(tab)
    tab.refresh()
    written = tab.export_excel(tmp_path / "so.xlsx")
    assert written is not None
    ws = load_workbook(written).active
    ws.cell(ws.max_row, 5).value = "Một điểm không phù hợp mới của đoàn đánh giá"  # Nội dung
    ws.cell(ws.max_row, 2).value = None  # Số phiếu: numbered on import
    ws.cell(ws.max_row + 1, 3).value = "21/10/2026"
    ws.cell(ws.max_row, 4).value = "Phòng không có"
    ws.cell(ws.max_row, 5).value = "Đơn vị sai"
    ws.parent.save(written)
    dialog = tab.open_import()
    assert dialog.load_file(written)
    assert not dialog.do_import()
    lines = dialog.problem_lines()
    assert any("Phòng không có" in line for line in lines), lines
    assert len(services.nonconformities.search()) == 1  # nothing written
    ws.delete_rows(ws.max_row)
    ws.parent.save(written)
    assert dialog.load_file(written) and dialog.can_import(), dialog.problem_lines()
    assert dialog.do_import(), dialog.problem_lines()
    assert {n.description for n in tab.model.rows()} == {"Hồ sơ thiếu phiếu kiểm soát",
                                                         "Một điểm không phù hợp mới của đoàn đánh giá"}


def test_form_links_a_risk_entry_and_a_document_revision(seeded_services, qtbot) -> None:  # type: ignore[no-untyped-def]
    from isodesk.domain import risks as r
    from isodesk.domain.documents import DocumentKind, InternalDocument, RevisionStatus
    from isodesk.ui.dialogs.revision_dialog import RevisionDialog
    from isodesk.ui.dialogs.risk_dialogs import RiskEntryDialog

    services = seeded_services
    deps = services.agency.departments()
    doc = services.documents.create_document(InternalDocument(None, "QT.01", "Quy trình kiểm soát thông tin dạng văn bản",
                                                              DocumentKind.SYSTEM_PROCEDURE, deps[0].id))
    nc = services.nonconformities.save(a.Nonconformity(
        None, 0, 0, date(2026, 10, 20), deps[0].id, a.NcSource.INTERNAL_AUDIT, "Dùng biểu mẫu đã hết hiệu lực",
        requirement="7.5 Thông tin dạng văn bản", cause="Chưa thu hồi bản cũ"))
    tab = NonconformitiesTab(services, None, today=TODAY)
    qtbot.addWidget(tab)
    tab.refresh()
    dialog = tab.open_editor(nc)
    assert dialog.risk_button.isEnabled() and dialog.revise_button.isEnabled()
    # The system procedure of clause 7.5 is proposed.
    assert dialog.document_combo.currentData() == doc.id
    assert "No link yet" in dialog.links_label.text() or "Chưa" in dialog.links_label.text()

    # 1. "Ghi vào bảng rủi ro": a risk entry prefilled from the phiếu, saved through the risk service, linked.
    risk = dialog.record_risk()
    assert isinstance(risk, RiskEntryDialog)
    risk._ui.level_combo.setCurrentIndex(risk._ui.level_combo.findData(r.RiskLevel.HIGH))
    risk.ok_button().click()
    linked = [e for e in services.risks.list_entries(nc.year) if e.source_kind == "nonconformity"]
    assert len(linked) == 1 and linked[0].source_id == nc.id and linked[0].issue == nc.description
    assert linked[0].department_id == deps[0].id
    assert nc.description in dialog.links_label.text()

    # 2. "Sửa đổi tài liệu": a new revision of the document, the link recorded when it is saved.
    revision = dialog.revise_document()
    assert isinstance(revision, RevisionDialog)
    assert any(nc.number_text in line.content for line in revision.changes())
    revision.ok_button().click()
    links = services.nonconformities.document_links(nc.id)
    assert len(links) == 1 and links[0].document_id == doc.id and links[0].revision_id is not None
    opened = services.documents.get_revision(links[0].revision_id)
    assert opened.status is RevisionStatus.DRAFT
    assert "QT.01" in dialog.links_label.text()
    # What was done is written on the phiếu (Cập nhật rủi ro, cơ hội / thay đổi HTQLCL) when it is saved.
    dialog.ok_button().click()
    saved = services.nonconformities.get(nc.id)
    assert "QT.01" in saved.follow_up and str(nc.year) in saved.follow_up
    assert services.history.for_record("nonconformity_document", links[0].id)
