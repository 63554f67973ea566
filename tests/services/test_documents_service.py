"""Internal documents on a real SQLite file: revisions, supersession, review, distribution, deletion,
search, Excel import/export, history."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

import pytest

from isodesk.domain import core as d
from isodesk.domain import documents as dd
from isodesk.domain.errors import DomainError, ValidationError
from isodesk.services.documents.documents_service import DOCUMENTS_TABLE, DocumentsService
from isodesk.reports.xlsx_import import SheetData, SourceRow, build_preview, suggest_mapping


@dataclass
class World:
    docs: DocumentsService
    vp: int  # Văn phòng
    tp: int  # Tư pháp - Hộ tịch
    secretary: int
    deputy: int
    chairman: int
    clerk: int
    decision1: int  # QĐ issued 10/01/2024
    decision2: int  # QĐ issued 05/03/2025


def _decision(services, summary: str, when: date) -> int:
    draft = services.register.save(d.IssuedDocument(None, d.IssuedDocType.DECISION, "UBND", None, "QĐ-UBND", None,
                                                    summary, purpose=d.DocPurpose.DOCUMENT_SET))
    return services.register.register(draft.id, when).id


@pytest.fixture
def w(services) -> World:
    vp = services.agency.save_department(d.Department(None, "Văn phòng HĐND và UBND", "VP")).id
    tp = services.agency.save_department(d.Department(None, "Tư pháp - Hộ tịch", "TP")).id
    person = lambda name, title, dep: services.agency.save_person(d.Person(None, name, title, dep)).id  # noqa: E731
    return World(
        docs=DocumentsService(services.sessions, services.attachments), vp=vp, tp=tp,
        secretary=person("Nguyễn Thị Hoa", "Thư ký ISO", vp), deputy=person("Trần Văn Bình", "Phó Chủ tịch", vp),
        chairman=person("Lê Văn Nam", "Chủ tịch", vp), clerk=person("Phạm Thị Lan", "Công chức Tư pháp", tp),
        decision1=_decision(services, "Ban hành hệ thống tài liệu ISO", date(2024, 1, 10)),
        decision2=_decision(services, "Ban hành sửa đổi quy trình", date(2025, 3, 5)),
    )


def _doc(w: World, code: str = "QT.01", title: str = "Quy trình kiểm soát thông tin dạng văn bản",
         kind: dd.DocumentKind = dd.DocumentKind.SYSTEM_PROCEDURE, **kw: object) -> dd.InternalDocument:
    kw.setdefault("department_id", w.vp)
    return dd.InternalDocument(None, code, title, kind, **kw)  # type: ignore[arg-type]


def _effective(w: World, code: str = "QT.01", **kw: object) -> dd.DocumentDetails:
    doc = w.docs.create_document(_doc(w, code, **kw), dd.RevisionInput(drafted_by_id=w.secretary))
    w.docs.issue_revision(doc.revisions[0].id, effective_date=date(2024, 1, 15), decision_id=w.decision1,
                          approved_by_id=w.chairman)
    return w.docs.get_document(doc.id)


def test_create_revise_supersede_distribute_acknowledge_recall(w: World, services) -> None:
    doc = w.docs.create_document(_doc(w), dd.RevisionInput(
        drafted_by_id=w.secretary, reviewed_by_id=w.deputy,
        changes=(dd.ChangeLine("Ban hành lần đầu", amendment="00", page="Tất cả"),)))
    assert doc.status is dd.RevisionStatus.DRAFT and doc.current_revision_number == 1
    assert doc.next_review_date is None
    rev1 = w.docs.submit_revision(doc.revisions[0].id)
    assert rev1.status is dd.RevisionStatus.PENDING
    rev1 = w.docs.issue_revision(rev1.id, effective_date=date(2024, 1, 15), decision_id=w.decision1,
                                 approved_by_id=w.chairman)
    assert rev1.status is dd.RevisionStatus.EFFECTIVE
    assert rev1.decision_reference.startswith("01/QĐ-UBND ngày 10/01/2024")
    assert (rev1.drafted_by_name, rev1.reviewed_by_name, rev1.approved_by_name) == (
        "Nguyễn Thị Hoa", "Trần Văn Bình", "Lê Văn Nam")
    assert rev1.changes[0].content == "Ban hành lần đầu"

    [to_vp, to_clerk] = w.docs.distribute(rev1.id, [
        dd.DistributionInput(date(2024, 1, 16), department_id=w.vp, copies=2),
        dd.DistributionInput(date(2024, 1, 16), department_id=w.tp, person_id=w.clerk)])
    assert to_clerk.holder == "Tư pháp - Hộ tịch – Phạm Thị Lan"
    ack = w.docs.acknowledge(to_clerk.id, date(2024, 1, 17), w.clerk)
    assert ack.acknowledged_on == date(2024, 1, 17) and ack.acknowledged_by_name == "Phạm Thị Lan"
    assert w.docs.holders_to_recall(doc.id) == []

    rev2 = w.docs.new_revision(doc.id, dd.RevisionInput(
        drafted_by_id=w.secretary, changes=(dd.ChangeLine("Cập nhật theo NĐ 30/2020", amendment="01", page="3"),)))
    assert rev2.number == 2 and rev2.status is dd.RevisionStatus.DRAFT
    with pytest.raises(DomainError) as err:
        w.docs.new_revision(doc.id)
    assert err.value.code == "draft_exists"
    with pytest.raises(ValidationError) as verr:
        w.docs.issue_revision(rev2.id)
    assert {p.code for p in verr.value.problems} == {
        "effective_needs_date", "effective_needs_decision", "effective_needs_approver"}
    w.docs.issue_revision(rev2.id, effective_date=date(2025, 3, 10), decision_id=w.decision2,
                          approved_by_id=w.chairman)

    details = w.docs.get_document(doc.id)
    old, new = details.revisions
    assert (old.status, old.superseded_on) == (dd.RevisionStatus.SUPERSEDED, date(2025, 3, 10))
    assert old.changes[0].content == "Ban hành lần đầu"  # still readable
    assert new.status is dd.RevisionStatus.EFFECTIVE and details.effective_revision == new
    assert (details.current_revision_number, details.effective_date) == (2, date(2025, 3, 10))
    assert details.next_review_date == date(2026, 3, 10)

    to_recall = w.docs.holders_to_recall(doc.id)
    assert {r.id for r in to_recall} == {to_vp.id, to_clerk.id}
    assert w.docs.holders_to_recall() == to_recall
    w.docs.recall([to_vp.id, to_clerk.id], date(2025, 3, 12))
    assert w.docs.holders_to_recall(doc.id) == []
    with pytest.raises(DomainError) as err:
        w.docs.recall([to_vp.id], date(2025, 3, 13))
    assert err.value.code == "already_recalled"

    sheet = w.docs.distribution_sheet(rev1.id)
    assert [(r.no, r.recipient, r.copies, r.signed_by) for r in sheet.rows] == [
        (1, "Văn phòng HĐND và UBND", 2, ""), (2, "Tư pháp - Hộ tịch – Phạm Thị Lan", 1, "Phạm Thị Lan")]
    assert (sheet.code, sheet.revision_number, sheet.total_copies) == ("QT.01", 1, 3)


def test_files_per_revision_and_distribution_scan(w: World, tmp_path: Path) -> None:
    doc = _effective(w)
    pdf = tmp_path / "QT.01.pdf"
    pdf.write_bytes(b"%PDF-1.4 text")
    scan = tmp_path / "phieu-phan-phoi.pdf"
    scan.write_bytes(b"%PDF-1.4 scan")
    rid = doc.revisions[0].id
    w.docs.attach_file(rid, pdf, dd.FileRole.PDF)
    w.docs.attach_distribution_scan(rid, scan)
    files = w.docs.get_document(doc.id).revisions[0].files
    assert [(f.original_name, f.role) for f in files] == [("QT.01.pdf", "pdf"), ("phieu-phan-phoi.pdf", "distribution_scan")]
    with pytest.raises(ValueError):
        w.docs.attach_file(rid, pdf, "bogus")  # type: ignore[arg-type]


def test_forbidden_transitions(w: World) -> None:
    doc = _effective(w)
    rid = doc.revisions[0].id
    for call in (lambda: w.docs.submit_revision(rid),
                 lambda: w.docs.issue_revision(rid)):
        with pytest.raises(DomainError) as err:
            call()
        assert err.value.code == "forbidden_transition"
    draft = w.docs.new_revision(doc.id)
    w.docs.submit_revision(draft.id)
    with pytest.raises(DomainError) as err:
        w.docs.submit_revision(draft.id)
    assert err.value.params == {"from_status": "cho_phe_duyet", "to_status": "cho_phe_duyet"}
    # A draft cannot be distributed, a superseded revision cannot be edited.
    with pytest.raises(DomainError) as err:
        w.docs.distribute(draft.id, [dd.DistributionInput(date(2025, 1, 1), department_id=w.vp)])
    assert err.value.code == "revision_not_effective"
    w.docs.issue_revision(draft.id, effective_date=date(2025, 3, 5), decision_id=w.decision2, approved_by_id=w.chairman)
    with pytest.raises(DomainError) as err:
        w.docs.update_revision(rid, dd.RevisionInput(summary="sửa lại"))
    assert err.value.code == "revision_superseded"


def test_issue_rules_on_decision_and_dates(w: World, services) -> None:
    doc = w.docs.create_document(_doc(w))
    rid = doc.revisions[0].id
    draft_decision = services.register.save(d.IssuedDocument(None, d.IssuedDocType.DECISION, "UBND", None, "QĐ-UBND",
                                                             None, "Chưa ký"))
    with pytest.raises(ValidationError) as err:
        w.docs.issue_revision(rid, effective_date=date(2024, 1, 5), decision_id=draft_decision.id,
                              approved_by_id=w.chairman)
    assert [p.code for p in err.value.problems] == ["decision_not_issued"]
    with pytest.raises(ValidationError) as err:
        w.docs.issue_revision(rid, effective_date=date(2024, 1, 5), decision_id=w.decision1, approved_by_id=w.chairman)
    assert [p.code for p in err.value.problems] == ["effective_before_decision"]
    assert w.docs.get_document(doc.id).status is dd.RevisionStatus.DRAFT  # nothing saved


def test_periodic_review_no_change_and_revise(w: World) -> None:
    doc = _effective(w)
    assert doc.next_review_date == date(2025, 1, 15)
    due = w.docs.list_documents(dd.DocumentFilter(today=date(2025, 2, 1)))[0]
    assert due.review_due
    review = w.docs.record_review(doc.id, dd.ReviewInput(date(2025, 1, 20), dd.ReviewOutcome.NO_CHANGE, w.deputy,
                                                         "Còn phù hợp"))
    assert review.reviewer_name == "Trần Văn Bình" and review.revision_id is None
    doc = w.docs.get_document(doc.id)
    assert doc.next_review_date == date(2026, 1, 20)
    assert not w.docs.list_documents(dd.DocumentFilter(today=date(2025, 2, 1)))[0].review_due

    review = w.docs.record_review(doc.id, dd.ReviewInput(date(2026, 1, 10), dd.ReviewOutcome.REVISE, w.deputy,
                                                         "Cập nhật TTHC mới"))
    doc = w.docs.get_document(doc.id)
    assert review.revision_id == doc.open_revision.id and doc.open_revision.number == 2
    assert "Cập nhật TTHC mới" in doc.open_revision.summary
    assert doc.next_review_date == date(2026, 1, 20)  # still due until the revision is in force
    assert [r.outcome for r in doc.reviews] == [dd.ReviewOutcome.NO_CHANGE, dd.ReviewOutcome.REVISE]

    draft = w.docs.create_document(_doc(w, "QT.02", "Quy trình đánh giá nội bộ"))
    with pytest.raises(DomainError) as err:
        w.docs.record_review(draft.id, dd.ReviewInput(date(2025, 1, 1), dd.ReviewOutcome.NO_CHANGE))
    assert err.value.code == "document_not_effective"


def test_interval_change_moves_next_review(w: World) -> None:
    doc = _effective(w)
    doc = w.docs.update_document(replace(doc.as_input(), review_interval_months=24, title="Quy trình KSTL"))
    assert doc.next_review_date == date(2026, 1, 15) and doc.title == "Quy trình KSTL"


def test_withdraw_document(w: World) -> None:
    doc = _effective(w)
    [dist] = w.docs.distribute(doc.revisions[0].id, [dd.DistributionInput(date(2024, 2, 1), department_id=w.tp)])
    with pytest.raises(ValidationError):
        w.docs.withdraw_document(doc.id, date(2025, 6, 1), "  ")
    doc = w.docs.withdraw_document(doc.id, date(2025, 6, 1), "Bãi bỏ do sáp nhập")
    assert doc.status is dd.RevisionStatus.SUPERSEDED and doc.withdrawn_on == date(2025, 6, 1)
    assert doc.next_review_date is None and doc.revisions[0].superseded_on == date(2025, 6, 1)
    assert [r.id for r in w.docs.holders_to_recall(doc.id)] == [dist.id]
    with pytest.raises(DomainError) as err:
        w.docs.new_revision(doc.id)
    assert err.value.code == "document_withdrawn"


def test_delete_refused_when_in_use_and_unused_draft_is_restorable(w: World, services) -> None:
    effective = _effective(w)
    with pytest.raises(DomainError) as err:
        w.docs.delete_document(effective.id)
    assert (err.value.code, err.value.params["reason"]) == ("document_in_use", "effective")
    w.docs.withdraw_document(effective.id, date(2025, 1, 1), "Bãi bỏ")
    with pytest.raises(DomainError) as err:
        w.docs.delete_document(effective.id)
    assert err.value.params["reason"] == "issued"

    draft = w.docs.create_document(_doc(w, "HD.01", "Hướng dẫn lưu trữ hồ sơ", dd.DocumentKind.GUIDE),
                                   dd.RevisionInput(changes=(dd.ChangeLine("Soạn mới"),)))
    rid = draft.revisions[0].id
    w.docs.delete_document(draft.id)
    assert w.docs.find_by_code("HD.01") is None
    # Restore the document, then its revision, then the change line: each from its own snapshot.
    for entity, entity_id in (("internal_document", draft.id), ("document_revision", rid)):
        deletion = services.history.for_record(entity, entity_id)[-1]
        assert deletion.action is d.ChangeAction.DELETE
        services.history.restore(deletion.id)
    change = next(e for e in services.history.recent(entity="document_change", action=d.ChangeAction.DELETE))
    services.history.restore(change.id)
    restored = w.docs.get_document(draft.id)
    assert restored.code == "HD.01" and restored.revisions[0].changes[0].content == "Soạn mới"


def test_delete_refused_when_distributed_or_cited(w: World, services) -> None:
    from sqlalchemy import text

    doc = w.docs.create_document(_doc(w, "QT.09", "Quy trình tạm"))
    # Another module's table citing internal_document.id (as TTHC coverage does), FK enforced by SQLite.
    with services.sessions.begin() as s:
        s.execute(text("CREATE TABLE cites_doc (id INTEGER PRIMARY KEY, "
                       "document_id INTEGER REFERENCES internal_document(id))"))
        s.execute(text("INSERT INTO cites_doc (document_id) VALUES (:i)"), {"i": doc.id})
    with pytest.raises(DomainError) as err:
        w.docs.delete_document(doc.id)
    assert (err.value.code, err.value.params["reason"]) == ("document_in_use", "cited")
    assert w.docs.get_document(doc.id).revisions  # rolled back: revision still there


def test_delete_refused_when_a_tthc_names_the_procedure(w: World, services) -> None:
    # The TTHC catalogue points at its procedure with ON DELETE SET NULL: SQLite alone would silently
    # leave the TTHC uncovered, so the service checks every foreign key to the document itself.
    from isodesk.storage.models.legal import TthcRow

    doc = w.docs.create_document(_doc(w, "QT.HT.01", "Quy trình giải quyết thủ tục Đăng ký khai sinh",
                                      kind=dd.DocumentKind.TTHC_PROCEDURE))
    with services.sessions.begin() as s:
        s.add(TthcRow(code="1.001193", name="Đăng ký khai sinh", procedure_id=doc.id))
    with pytest.raises(DomainError) as err:
        w.docs.delete_document(doc.id)
    assert (err.value.code, err.value.params["reason"], err.value.params["tables"]) == (
        "document_in_use", "cited", ["tthc"])


def test_duplicate_code_refused_ignoring_case_and_diacritics(w: World) -> None:
    w.docs.create_document(_doc(w, "QT-ĐG.01", "Quy trình đánh giá nội bộ"))
    for code in ("qt-đg.01", "QT-DG.01", "Qt-Dg.01"):
        with pytest.raises(ValidationError) as err:
            w.docs.create_document(_doc(w, code, "Khác"))
        assert [(p.field, p.code) for p in err.value.problems] == [("code", "duplicate")]
    other = w.docs.create_document(_doc(w, "QT-ĐG.02", "Quy trình khác"))
    with pytest.raises(ValidationError):
        w.docs.update_document(replace(other.as_input(), code="qt-dg.01"))
    with pytest.raises(ValidationError) as err:
        w.docs.create_document(_doc(w, "QT 01", "  "))
    assert {p.code for p in err.value.problems} == {"bad_code", "required"}


def test_search_and_filters(w: World) -> None:
    _effective(w, "QT.01", title="Quy trình kiểm soát thông tin dạng văn bản")
    w.docs.create_document(_doc(w, "QT.TP.01", "Quy trình giải quyết thủ tục Đăng ký khai sinh",
                                kind=dd.DocumentKind.TTHC_PROCEDURE, department_id=w.tp))
    w.docs.create_document(_doc(w, "BM.01", "Biểu mẫu sổ theo dõi hồ sơ", kind=dd.DocumentKind.FORM))
    codes = lambda **kw: [r.code for r in w.docs.list_documents(dd.DocumentFilter(**kw))]  # noqa: E731
    assert codes(text="quy trinh") == ["QT.01", "QT.TP.01"]
    assert codes(text="DANG KY khai") == ["QT.TP.01"]
    assert codes(text="qt.tp") == ["QT.TP.01"]
    assert codes(text="50%_") == []
    assert codes(kind=dd.DocumentKind.FORM) == ["BM.01"]
    assert codes(status=dd.RevisionStatus.EFFECTIVE) == ["QT.01"]
    assert codes(department_id=w.tp) == ["QT.TP.01"]
    assert codes(review_due_before=date(2025, 1, 16)) == ["QT.01"]
    assert codes(review_due_before=date(2025, 1, 15)) == []
    row = w.docs.find_by_code("qt.01")
    assert row is not None and (row.department_name, row.revision_number, row.effective_date) == (
        "Văn phòng HĐND và UBND", 1, date(2024, 1, 15))


def test_every_change_is_in_the_history(w: World, services) -> None:
    doc = _effective(w)
    rid = doc.revisions[0].id
    [dist] = w.docs.distribute(rid, [dd.DistributionInput(date(2024, 2, 1), department_id=w.tp)])
    w.docs.acknowledge(dist.id, date(2024, 2, 2))
    review = w.docs.record_review(doc.id, dd.ReviewInput(date(2025, 1, 20), dd.ReviewOutcome.NO_CHANGE))
    doc_history = services.history.for_record("internal_document", doc.id)
    assert doc_history[0].action is d.ChangeAction.CREATE
    assert any(e.changes.get("status") == ["du_thao", "hieu_luc"] for e in doc_history)
    assert any("next_review_date" in e.changes for e in doc_history)
    rev_history = services.history.for_record("document_revision", rid)
    assert [e.action.value for e in rev_history] == ["create", "update"]
    assert rev_history[1].changes["status"] == ["du_thao", "hieu_luc"]
    assert [e.action.value for e in services.history.for_record("document_distribution", dist.id)] == [
        "create", "update"]
    assert services.history.for_record("document_review", review.id)[0].action is d.ChangeAction.CREATE


def _sheet(rows: list[tuple[object, ...]]) -> SheetData:
    headers = ("TT", "Mã số", "Tên tài liệu", "Loại", "Đơn vị chủ trì", "Lần ban hành", "Ngày hiệu lực",
               "Tình trạng", "Ghi chú")
    return SheetData(path=Path("tai-lieu.xlsx"), sheet_names=("Sheet1",), sheet_name="Sheet1", header_rows=(3,),
                     headers=headers, rows=tuple(SourceRow(number=4 + i, values=v) for i, v in enumerate(rows)))


def _preview(rows: list[tuple[object, ...]]):  # type: ignore[no-untyped-def]
    sheet = _sheet(rows)
    return build_preview(DOCUMENTS_TABLE, sheet, suggest_mapping(DOCUMENTS_TABLE, sheet.headers))


def test_import_all_or_nothing(w: World) -> None:
    w.docs.create_document(_doc(w, "QT.01", "Đã có"))
    rows = [
        (1, "QT.TP.01", "Quy trình Đăng ký khai sinh", "Quy trình TTHC", "Tư pháp - Hộ tịch", 2, "15/03/2024", "Còn hiệu lực", ""),
        (2, "qt.01", "Trùng mã", "Quy trình hệ thống", "", None, None, "Dự thảo", ""),
        (3, "HD.01", "Hướng dẫn", "Hướng dẫn", "Phòng không có", None, None, None, ""),
    ]
    preview = _preview(rows)
    assert not preview.problems
    with pytest.raises(ValidationError) as err:
        w.docs.import_rows(preview)
    assert {(p.row, p.code) for p in err.value.problems} == {(5, "duplicate"), (6, "unknown_department")}
    assert [r.code for r in w.docs.list_documents()] == ["QT.01"]  # nothing written

    bad_cell = _preview([(1, "X.01", "Có ngày sai", "Hướng dẫn", "", None, "31/02/2024", None, "")])
    with pytest.raises(ValidationError):
        w.docs.import_rows(bad_cell)

    good = _preview([rows[0], (2, "BM.01", "Mẫu sổ", "Mẫu biểu", "", None, None, None, "ghi chú"),
                     (3, "QT.CU", "Quy trình cũ", "Quy trình nội bộ", "", 1, "01/01/2019", "Hết hiệu lực", "Bãi bỏ")])
    result = w.docs.import_rows(good)
    assert result.created == 3
    by_code = {r.code: r for r in w.docs.list_documents()}
    assert (by_code["QT.TP.01"].status, by_code["QT.TP.01"].revision_number) == (dd.RevisionStatus.EFFECTIVE, 2)
    assert by_code["QT.TP.01"].next_review_date == date(2025, 3, 15)
    assert by_code["BM.01"].status is dd.RevisionStatus.DRAFT
    assert by_code["QT.CU"].status is dd.RevisionStatus.SUPERSEDED


def test_export_rows_reimport(w: World, tmp_path: Path, services) -> None:
    from isodesk.reports.xlsx_exporter import export_table_xlsx
    from isodesk.reports.xlsx_import import read_sheet

    _effective(w, "QT.01")
    w.docs.create_document(_doc(w, "BM.01", "Mẫu sổ", kind=dd.DocumentKind.FORM, notes="Dùng chung"))
    rows = w.docs.export_rows()
    assert rows[0]["code"] == "BM.01" and rows[0]["notes"] == "Dùng chung"
    path = export_table_xlsx(DOCUMENTS_TABLE, rows, tmp_path / "ds.xlsx", title="DANH MỤC TÀI LIỆU NỘI BỘ")
    sheet = read_sheet(path, spec=DOCUMENTS_TABLE)
    preview = build_preview(DOCUMENTS_TABLE, sheet, suggest_mapping(DOCUMENTS_TABLE, sheet.headers))
    assert not preview.problems
    assert [(r.values["code"], r.values["status"]) for r in preview.rows] == [
        ("BM.01", dd.RevisionStatus.DRAFT), ("QT.01", dd.RevisionStatus.EFFECTIVE)]
    with pytest.raises(ValidationError) as err:  # same codes again: duplicates, nothing written
        w.docs.import_rows(preview)
    assert {p.code for p in err.value.problems} == {"duplicate"}


def test_starter_content_is_idempotent(w: World, services) -> None:
    from isodesk.services.documents.records_service import RecordsService
    from isodesk.demo.starter import install_starter_documents

    first = install_starter_documents(services, w.vp)
    assert (first.documents_added, first.records_added) == (8, 13)
    rows = w.docs.list_documents()
    assert {r.code for r in rows} >= {"STCL", "CSCL", "MTCL", "QT.01", "QT.05"}
    assert all(r.status is dd.RevisionStatus.DRAFT for r in rows)
    qt04 = w.docs.get_document(w.docs.find_by_code("QT.04").id)
    assert qt04.system_procedure is dd.SystemProcedure.RISK
    assert qt04.title == "Quy trình hành động giải quyết rủi ro và cơ hội"
    form = RecordsService(services.sessions).records_form(2025)
    assert [g.numeral for g in form.groups] == ["I", "II"] and form.total == 13
    assert (form.permanent_count, form.limited_count) == (2, 11)
    # A renamed code is still recognised by its procedure, so nothing is duplicated.
    w.docs.update_document(replace(qt04.as_input(), code="QT-RR"))
    again = install_starter_documents(services.sessions, w.vp)
    assert (again.documents_added, again.records_added) == (0, 0)
    assert len(w.docs.list_documents()) == 8


def test_cycle_step_and_readiness_checks(w: World, services, tmp_path: Path) -> None:
    from isodesk.services.year.cycle_service import CoreCycleProvider, CycleService
    from isodesk.services.documents.documents_cycle import DocumentsCycleProvider
    from isodesk.demo.starter import install_starter_documents

    services.years.save(d.ReportingYear(None, 2025, *d.default_period(2025), deadline=date(2025, 12, 10)))
    cycle = CycleService(services.sessions, [CoreCycleProvider(), DocumentsCycleProvider()])
    step = lambda ov: {s.key: s for s in ov.steps}["document_review"]  # noqa: E731
    issues = lambda ov: {i.code: i for i in ov.issues}  # noqa: E731

    ov = cycle.overview(2025, today=date(2025, 10, 1))
    assert step(ov).status.value == "overdue" and step(ov).due == date(2025, 9, 30) and step(ov).order == 40
    assert step(ov).title == "Review documents and administrative procedures" and step(ov).target == "documents"
    missing = issues(ov)["system_procedures_missing"]
    assert missing.count == 5 and missing.severity.value == "error" and missing.target == "documents.internal"
    assert "{count}" in missing.message and "quality_policy_missing" in issues(ov)

    install_starter_documents(services, w.vp)
    qt = {r.code: r.id for r in w.docs.list_documents()}
    ov = cycle.overview(2025, today=date(2025, 10, 1))
    assert set(issues(ov)["system_procedures_missing"].record_ids) == {qt[f"QT.0{i}"] for i in range(1, 6)}

    def issue(code: str, when: date) -> int:
        rid = w.docs.get_document(qt[code]).revisions[0].id
        w.docs.issue_revision(rid, effective_date=when, decision_id=w.decision1, approved_by_id=w.chairman)
        return rid

    revs = {code: issue(code, date(2024, 1, 15)) for code in ("QT.01", "QT.02", "QT.03", "QT.04", "QT.05", "CSCL")}
    ov = cycle.overview(2025, today=date(2025, 10, 1))
    assert "system_procedures_missing" not in issues(ov) and "quality_policy_missing" not in issues(ov)
    assert issues(ov)["documents_review_overdue"].count == 6
    assert issues(ov)["documents_without_file"].count == 6
    assert not step(ov).evidence[0].complete and step(ov).status.value == "overdue"

    for code in ("QT.01", "QT.02", "QT.03", "QT.04", "QT.05"):
        w.docs.record_review(qt[code], dd.ReviewInput(date(2025, 3, 1), dd.ReviewOutcome.NO_CHANGE))
    pdf = tmp_path / "a.pdf"
    pdf.write_bytes(b"%PDF")
    w.docs.attach_file(revs["QT.01"], pdf)
    [dist] = w.docs.distribute(revs["CSCL"], [dd.DistributionInput(date(2024, 2, 1), department_id=w.tp)])
    w.docs.new_revision(qt["CSCL"])
    issue_rev = w.docs.get_document(qt["CSCL"]).open_revision.id
    w.docs.issue_revision(issue_rev, effective_date=date(2025, 2, 1), decision_id=w.decision1, approved_by_id=w.chairman)
    ov = cycle.overview(2025, today=date(2025, 10, 1))
    assert step(ov).status.value == "done" and step(ov).evidence[0].complete
    assert "documents_review_overdue" not in issues(ov)
    assert issues(ov)["documents_without_file"].count == 5
    recall = issues(ov)["holders_not_recalled"]
    assert (recall.count, recall.params["documents"], recall.record_ids) == (1, 1, (qt["CSCL"],))
    w.docs.recall([dist.id], date(2025, 2, 2))
    assert "holders_not_recalled" not in issues(cycle.overview(2025, today=date(2025, 10, 1)))


def test_small_demo_is_consistent_with_the_service_rules(services) -> None:
    import random

    from sqlalchemy import select

    from isodesk.demo.documents import seed_demo_documents
    from isodesk.services.documents.documents_service import refresh_state
    from isodesk.services.documents.records_service import RecordsService
    from isodesk.storage.models import documents as m

    deps = [services.agency.save_department(d.Department(None, n, a)) for n, a in (("Văn phòng", "VP"),
                                                                                  ("Phòng Kinh tế", "KT"))]
    people = [services.agency.save_person(d.Person(None, "Phan Đức Thắng", "Chủ tịch", deps[0].id, is_leader=True)),
              services.agency.save_person(d.Person(None, "Nguyễn Thị Thu Hà", "Thư ký ISO", deps[1].id,
                                                   is_iso_secretary=True))]
    summary = seed_demo_documents(services, random.Random(7), "small", deps, people, date(2025, 11, 20))
    assert 55 <= summary.documents <= 80 and summary.records >= 20 and summary.revisions > summary.documents
    docs = DocumentsService(services.sessions, services.attachments)
    titles = [r.title for r in docs.list_documents(dd.DocumentFilter(kind=dd.DocumentKind.TTHC_PROCEDURE))]
    assert len(titles) >= 40 and "Quy trình giải quyết thủ tục Đăng ký khai sinh" in titles
    # The bulk-written derived state is exactly what the service would compute.
    with services.sessions() as s:
        for doc in s.scalars(select(m.InternalDocumentRow)):
            before = (doc.status, doc.current_revision_no, doc.effective_date, doc.next_review_date)
            refresh_state(s, doc)
            assert (doc.status, doc.current_revision_no, doc.effective_date, doc.next_review_date) == before, doc.code
        s.rollback()
    for row in docs.list_documents()[:15]:
        details = docs.get_document(row.id)
        dates = [r.effective_date for r in details.revisions if r.effective_date]
        assert dates == sorted(dates)
        assert all(x.recalled_on is None or x.recalled_on >= x.given_on for x in details.distributions)
    assert RecordsService(services.sessions).records_form(2025).total == summary.records
    # Seeding on top of existing codes (e.g. after the starter content) adds no duplicates.
    again = seed_demo_documents(services.sessions, random.Random(7), "small", deps, people, today=date(2025, 11, 20))
    assert (again.documents, again.records) == (0, 0)
    assert len(docs.list_documents()) == summary.documents
