"""TTHC catalogue, scope fields, công bố snapshots, report figures and the scope warnings (a)–(e)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from isodesk.domain import core as cd
from isodesk.domain.errors import DomainError, NotFoundError, ValidationError
from isodesk.domain.legal import ExternalDocKind, ExternalDocument
from isodesk.domain.scope import AnnouncementKind, ScopeChangeKind, Tthc, TthcEventKind, TthcStatus
from isodesk.services.year.cycle_service import CycleService
from isodesk.reports.xlsx_exporter import export_table_xlsx
from isodesk.reports.xlsx_import import build_preview, read_sheet, suggest_mapping
from isodesk.services.legal.legal_service import LegalService
from isodesk.services.registry import open_services
from isodesk.services.tthc.scope_cycle import ScopeCycleProvider
from isodesk.services.tthc.tthc_service import TthcService
from isodesk.domain import documents as dd
from isodesk.storage.models.documents import InternalDocumentRow

KHAI_SINH = Tthc(None, "1.001193.000.00.00.H12", "Thủ tục đăng ký khai sinh", "Hộ tịch", "Cấp xã",
                 "1295/QĐ-UBND", date(2022, 6, 24))
KET_HON = Tthc(None, "1.000894.000.00.00.H12", "Thủ tục đăng ký kết hôn", "Hộ tịch", "Cấp xã",
               "1295/QĐ-UBND", date(2022, 6, 24))
CHUNG_THUC = Tthc(None, "2.000815.000.00.00.H12", "Thủ tục chứng thực bản sao từ bản chính", "Chứng thực",
                  "Cấp xã", "769/QĐ-UBND", date(2021, 3, 2))


def add_procedure(services, code: str, title: str, *, in_force: bool = True,  # type: ignore[no-untyped-def]
                  kind: dd.DocumentKind = dd.DocumentKind.TTHC_PROCEDURE, effective: date | None = None) -> int:
    """An internal document row as the documents module keeps it (its status is derived there);
    ``effective`` is the date its revision in force took effect."""
    with services.sessions.begin() as s:
        row = InternalDocumentRow(code=code, code_key=dd.code_key(code), title=title,
                               search_key=dd.search_key(code, title), kind=kind, effective_date=effective,
                               status=dd.RevisionStatus.EFFECTIVE if in_force else dd.RevisionStatus.SUPERSEDED,
                               withdrawn_on=None if in_force else date(2025, 1, 1))
        s.add(row)
        s.flush()
        return row.id


@pytest.fixture
def tthc(services) -> TthcService:  # type: ignore[no-untyped-def]
    return TthcService(services.sessions)


@pytest.fixture
def legal(services) -> LegalService:  # type: ignore[no-untyped-def]
    return LegalService(services.sessions)


def _decision(services, purpose: cd.DocPurpose, when: date, summary: str) -> int:  # type: ignore[no-untyped-def]
    doc = services.register.save(cd.IssuedDocument(None, cd.IssuedDocType.DECISION, "UBND", None, "QĐ-UBND", None,
                                                   summary, purpose=purpose, year=when.year))
    return services.register.register(doc.id, when).id


def _issues(services, today: date, year: int = 2024) -> dict[str, object]:  # type: ignore[no-untyped-def]
    if not any(y.year == year for y in services.years.years()):
        services.years.save(cd.ReportingYear(None, year, *cd.default_period(year)))
    overview = CycleService(services.sessions, [ScopeCycleProvider()]).overview(year, today=today)
    return {i.code: i for i in overview.issues}


# --------------------------------------------------------------------------- catalogue


def test_catalogue_keeps_the_status_history(services, tthc: TthcService) -> None:
    ks = tthc.save(KHAI_SINH)
    assert ks.status is TthcStatus.IN_FORCE and ks.status_date == date(2022, 6, 24)
    assert ks.decision_text == "1295/QĐ-UBND ngày 24/06/2022"
    with pytest.raises(ValidationError) as err:
        tthc.save(replace(KET_HON, code=" 1.001193.000.00.00.h12"))
    assert err.value.problems[0].code == "duplicate"

    amended = tthc.amend(ks.id, date(2024, 6, 21), "1466/QĐ-UBND", date(2024, 6, 21), note="Sửa đổi thành phần hồ sơ")
    assert amended.status is TthcStatus.AMENDED and amended.decision_ref == "1466/QĐ-UBND"
    with pytest.raises(ValidationError):
        tthc.abolish(ks.id, date(2024, 1, 1), "1/QĐ-UBND")  # before the last event
    gone = tthc.abolish(ks.id, date(2024, 8, 30), "2123/QĐ-UBND", date(2024, 8, 30))
    assert gone.status is TthcStatus.ABOLISHED and gone.decision_ref == "1466/QĐ-UBND"
    with pytest.raises(DomainError) as derr:
        tthc.amend(ks.id, date(2024, 9, 1))
    assert derr.value.code == "tthc_abolished"
    assert [(e.kind, e.decision_ref) for e in tthc.events(ks.id)] == [
        (TthcEventKind.ADDED, "1295/QĐ-UBND"), (TthcEventKind.AMENDED, "1466/QĐ-UBND"),
        (TthcEventKind.ABOLISHED, "2123/QĐ-UBND")]

    tthc.save(KET_HON)
    assert [t.code for t in tthc.search("dang ky")] == ["1.000894.000.00.00.H12", "1.001193.000.00.00.H12"]
    assert [t.code for t in tthc.search("khai sinh", in_force=True)] == []
    assert [t.code for t in tthc.search(field="HO TICH", status=TthcStatus.ABOLISHED)] == [ks.code]
    with pytest.raises(NotFoundError):
        tthc.get(9999)


def test_coverage_counts_procedures_in_force(services, tthc: TthcService) -> None:
    p1 = add_procedure(services, "QT-HT-01", "Quy trình đăng ký khai sinh")
    old = add_procedure(services, "QT-CT-01", "Quy trình chứng thực (cũ)", in_force=False)
    ks = tthc.save(replace(KHAI_SINH, procedure_id=p1))
    tthc.save(KET_HON)
    ct = tthc.save(replace(CHUNG_THUC, procedure_id=old))
    assert ks.procedure_label == "QT-HT-01 Quy trình đăng ký khai sinh"
    fig = tthc.coverage()
    assert (fig.covered, fig.total, fig.percent_text) == (1, 3, "33,33%")
    assert {t.code for t in fig.uncovered} == {KET_HON.code, ct.code}
    tthc.set_procedure(ct.id, p1)
    assert tthc.coverage().covered == 2
    assert [t.code for t in tthc.search(covered=False)] == [KET_HON.code]


def test_uncovered_filter_and_export_agree_with_the_coverage_figure(services, tthc: TthcService) -> None:
    p1 = add_procedure(services, "QT-HT-01", "Quy trình đăng ký khai sinh")
    old = add_procedure(services, "QT-CT-01", "Quy trình chứng thực (cũ)", in_force=False)
    tthc.save(replace(KHAI_SINH, procedure_id=p1))
    tthc.save(KET_HON)
    ct = tthc.save(replace(CHUNG_THUC, procedure_id=old))  # linked, but the procedure is no longer in force
    gone = tthc.save(Tthc(None, "1.000656", "Thủ tục đã bãi bỏ", "Hộ tịch", decision_ref="1/QĐ-UBND",
                           decision_date=date(2023, 1, 2)))
    tthc.abolish(gone.id, date(2024, 1, 2), "2/QĐ-UBND")

    figure = tthc.coverage()
    uncovered = tthc.search(in_force=True, covered=False)
    assert [t.code for t in uncovered] == [t.code for t in figure.uncovered] == [ct.code, KET_HON.code]
    assert len(tthc.search(in_force=True, covered=True)) == figure.covered == 1
    exported = tthc.export_rows(in_force=True, covered=False)
    assert [(r["code"], r["procedure"]) for r in exported] == [(ct.code, "QT-CT-01"), (KET_HON.code, None)]


# --------------------------------------------------------------------------- several TTHC, one decision


def test_record_events_writes_the_whole_selection_in_one_transaction(services, tthc: TthcService) -> None:
    ks, kh, ct = tthc.save(KHAI_SINH), tthc.save(KET_HON), tthc.save(CHUNG_THUC)
    done = tthc.record_events([kh.id, ks.id, kh.id], TthcEventKind.AMENDED, date(2024, 6, 21), " 1466/QĐ-UBND ",
                              date(2024, 6, 20), "Sửa đổi thành phần hồ sơ")
    assert [t.id for t in done] == [kh.id, ks.id]
    for t in done:
        assert (t.status, t.status_date, t.decision_ref, t.decision_date) == (
            TthcStatus.AMENDED, date(2024, 6, 21), "1466/QĐ-UBND", date(2024, 6, 20))
        assert [(e.kind, e.note) for e in tthc.events(t.id)][-1] == (TthcEventKind.AMENDED, "Sửa đổi thành phần hồ sơ")
    assert tthc.get(ct.id).status is TthcStatus.IN_FORCE


def test_record_events_writes_nothing_when_one_tthc_cannot_take_the_change(services, tthc: TthcService) -> None:
    ks, kh, ct = tthc.save(KHAI_SINH), tthc.save(KET_HON), tthc.save(CHUNG_THUC)
    tthc.abolish(kh.id, date(2024, 3, 1), "300/QĐ-UBND")
    tthc.amend(ct.id, date(2024, 9, 1), "900/QĐ-UBND")
    before = {t.id: (t, tthc.events(t.id)) for t in tthc.search()}

    with pytest.raises(DomainError) as err:  # kh abolished and ct changed after the date: both named
        tthc.record_events([ks.id, kh.id, ct.id], TthcEventKind.ABOLISHED, date(2024, 8, 30), "2123/QĐ-UBND")
    assert err.value.code == "tthc_abolished"
    assert {(p.code, p.params["code"]) for p in err.value.problems} == {
        ("tthc_abolished", kh.code), ("tthc_event_before_previous", ct.code)}
    with pytest.raises(ValidationError) as verr:  # the last TTHC of the list fails: the first are not written
        tthc.record_events([ks.id, ct.id], TthcEventKind.AMENDED, date(2024, 8, 30), "2123/QĐ-UBND")
    assert [p.params["previous"] for p in verr.value.problems] == [date(2024, 9, 1)]
    with pytest.raises(NotFoundError):
        tthc.record_events([ks.id, 9999], TthcEventKind.ABOLISHED, date(2024, 8, 30))
    assert {t.id: (t, tthc.events(t.id)) for t in tthc.search()} == before


def test_history_of_tthc_scope_and_announcements(services, tthc: TthcService) -> None:
    ks = tthc.save(KHAI_SINH)
    tthc.amend(ks.id, date(2024, 6, 21), "1466/QĐ-UBND")
    field = tthc.add_scope_field("Hộ tịch", date(2022, 6, 24))
    tthc.remove_scope_field(field.id, date(2024, 1, 1))
    qd = _decision(services, cd.DocPurpose.CONFORMITY, date(2024, 7, 1), "Công bố lại HTQLCL")
    ann = tthc.announce(qd, AnnouncementKind.REANNOUNCE)
    assert [e.action.value for e in services.history.for_record("tthc", ks.id)] == ["create", "update"]
    events = tthc.events(ks.id)
    assert services.history.for_record("tthc_event", events[1].id)[0].action.value == "create"
    assert [e.action.value for e in services.history.for_record("scope_field", field.id)] == ["create", "update"]
    assert services.history.for_record("conformity_announcement", ann.id)[0].changes["kind"] == [None, "cong_bo_lai"]
    tthc.delete(ks.id)
    deleted = services.history.for_record("tthc", ks.id)[-1]
    assert deleted.action.value == "delete"
    services.history.restore(deleted.id)
    assert [t.id for t in tthc.search("khai sinh")] == [ks.id]


# --------------------------------------------------------------------------- scope and công bố


def test_announce_snapshots_the_scope_at_the_decision_date(services, tthc: TthcService) -> None:
    p1 = add_procedure(services, "QT-HT-01", "Quy trình đăng ký khai sinh")
    tthc.add_scope_field("Hộ tịch", date(2020, 1, 1))
    tthc.add_scope_field("Chứng thực", date(2020, 1, 1))
    removed = tthc.add_scope_field("Tôn giáo", date(2020, 1, 1))
    tthc.remove_scope_field(removed.id, date(2023, 1, 1))
    with pytest.raises(ValidationError):
        tthc.add_scope_field("hộ tịch", date(2021, 1, 1))  # already in scope
    tthc.save(replace(KHAI_SINH, procedure_id=p1))
    tthc.save(KET_HON)
    tthc.save(replace(CHUNG_THUC, decision_date=date(2024, 9, 1), decision_ref="2200/QĐ-UBND"))  # added later

    ban_hanh = _decision(services, cd.DocPurpose.DOCUMENT_SET, date(2024, 2, 1), "Ban hành hệ thống tài liệu")
    cong_bo = _decision(services, cd.DocPurpose.CONFORMITY, date(2024, 3, 1), "Công bố HTQLCL")
    ann = tthc.announce(cong_bo, AnnouncementKind.ANNOUNCE)
    assert ann.fields == ("Chứng thực", "Hộ tịch") and ann.scope_date == date(2024, 3, 1)
    assert (ann.tthc_count, ann.tthc_covered) == (2, 1)
    assert ann.document_set_id == ban_hanh and ann.issued and ann.reference.endswith("ngày 01/03/2024")

    with pytest.raises(ValidationError) as err:
        tthc.announce(cong_bo, AnnouncementKind.ANNOUNCE)
    assert err.value.problems[0].code == "already_announced"
    with pytest.raises(ValidationError) as err:
        tthc.announce(ban_hanh, AnnouncementKind.ANNOUNCE)
    assert err.value.problems[0].code == "not_a_conformity_decision"
    assert [a.id for a in tthc.announcements()] == [ann.id]

    status = tthc.scope_status(today=date(2024, 12, 1))
    assert status.last_announcement is not None and status.last_announcement.id == ann.id
    assert [(c.kind, c.label) for c in status.changes_since] == [
        (ScopeChangeKind.TTHC_ADDED, f"{CHUNG_THUC.code} {CHUNG_THUC.name}")]
    assert status.reannouncement_due and [f.name for f in status.fields] == ["Chứng thực", "Hộ tịch"]


def test_tthc_summary_for_the_report(services, tthc: TthcService) -> None:
    # revised after the TTHC's amendment of 21/06/2024, so it still covers it
    p1 = add_procedure(services, "QT-HT-01", "Quy trình đăng ký khai sinh", effective=date(2024, 7, 1))
    add_procedure(services, "QT.01", "Quy trình kiểm soát thông tin dạng văn bản",
                  kind=dd.DocumentKind.SYSTEM_PROCEDURE)
    services.years.save(cd.ReportingYear(None, 2024, *cd.default_period(2024)))
    ks = tthc.save(replace(KHAI_SINH, procedure_id=p1))
    kh = tthc.save(KET_HON)
    ct = tthc.save(CHUNG_THUC)
    tthc.amend(ks.id, date(2024, 6, 21), "1466/QĐ-UBND", date(2024, 6, 21))
    tthc.abolish(ct.id, date(2024, 8, 30), "2123/QĐ-UBND", date(2024, 8, 30))
    tthc.save(Tthc(None, "1.012345", "Thủ tục mới", "Hộ tịch", decision_ref="2200/QĐ-UBND",
                   decision_date=date(2024, 9, 10)))
    tthc.amend(kh.id, date(2024, 12, 20), "9/QĐ-UBND")  # after the period end: not counted
    cong_bo = _decision(services, cd.DocPurpose.CONFORMITY, date(2024, 10, 1), "Công bố lại HTQLCL")
    tthc.announce(cong_bo, AnnouncementKind.REANNOUNCE)

    summary = tthc.tthc_summary(2024)
    assert (summary.period_start, summary.period_end) == (date(2023, 12, 15), date(2024, 12, 14))
    assert summary.in_force == 3
    assert (summary.added, summary.amended, summary.abolished, summary.covered) == (1, 1, 1, 1)
    assert summary.decisions_text == ("1295/QĐ-UBND ngày 24/06/2022; 1466/QĐ-UBND ngày 21/06/2024; "
                                      "2200/QĐ-UBND ngày 10/09/2024")
    assert [a.kind for a in summary.announcements_in_period] == [AnnouncementKind.REANNOUNCE]
    assert summary.last_announcement is not None
    assert summary.procedures_by_kind == (("Quy trình hệ thống", 1), ("Quy trình giải quyết TTHC", 1))


# --------------------------------------------------------------------------- warnings (a)–(e)


def test_warning_a_scope_changed_after_the_last_announcement(services, tthc: TthcService) -> None:
    ks = tthc.save(KHAI_SINH)
    assert "scope_never_announced" in _issues(services, date(2024, 12, 1))
    _decision(services, cd.DocPurpose.DOCUMENT_SET, date(2023, 1, 5), "Ban hành hệ thống tài liệu")
    tthc.announce(_decision(services, cd.DocPurpose.CONFORMITY, date(2023, 2, 1), "Công bố"), AnnouncementKind.ANNOUNCE)
    assert not {"scope_never_announced", "scope_changed_since_announcement"} & set(_issues(services, date(2024, 12, 1)))

    tthc.amend(ks.id, date(2024, 6, 21), "1466/QĐ-UBND")
    tthc.add_scope_field("Chứng thực", date(2024, 7, 1))
    issue = _issues(services, date(2024, 12, 1))["scope_changed_since_announcement"]
    assert issue.count == 2 and issue.record_ids == (ks.id,) and issue.target == "documents.scope"  # type: ignore[attr-defined]
    assert issue.severity.value == "error" and "{count}" in issue.message  # type: ignore[attr-defined]
    assert "scope_changed_since_announcement" not in _issues(services, date(2024, 6, 1))  # not yet happened

    tthc.announce(_decision(services, cd.DocPurpose.CONFORMITY, date(2024, 8, 1), "Công bố lại"),
                  AnnouncementKind.REANNOUNCE)
    assert "scope_changed_since_announcement" not in _issues(services, date(2024, 12, 1))


def test_warning_b_announcement_dated_before_its_document_set(services, tthc: TthcService) -> None:
    # Kim Thành 2024: the QĐ công bố is dated two months before the QĐ ban hành.
    cong_bo = _decision(services, cd.DocPurpose.CONFORMITY, date(2024, 3, 1), "Công bố HTQLCL")
    ban_hanh = _decision(services, cd.DocPurpose.DOCUMENT_SET, date(2024, 5, 2), "Ban hành hệ thống tài liệu")
    ann = tthc.announce(cong_bo, AnnouncementKind.ANNOUNCE)
    assert ann.document_set_id == ban_hanh
    issue = _issues(services, date(2024, 12, 1))["announcement_before_document_set"]
    assert issue.record_ids == (ann.id,)  # type: ignore[attr-defined]

    # (dated in the previous year: 01 and 02 of 2024 leave no number for 10/01/2024, NĐ 30 Điều 15)
    earlier = _decision(services, cd.DocPurpose.DOCUMENT_SET, date(2023, 12, 10), "Ban hành hệ thống tài liệu")
    tthc.set_document_set(ann.id, earlier)
    assert "announcement_before_document_set" not in _issues(services, date(2024, 12, 1))
    tthc.set_document_set(ann.id, None)
    assert "announcement_without_document_set" in _issues(services, date(2024, 12, 1))


def test_warnings_c_and_d_procedures_of_tthc(services, tthc: TthcService) -> None:
    p1 = add_procedure(services, "QT-HT-01", "Quy trình đăng ký khai sinh")
    ks = tthc.save(replace(KHAI_SINH, procedure_id=p1))
    kh = tthc.save(KET_HON)
    issues = _issues(services, date(2024, 12, 1))
    assert issues["tthc_without_procedure"].record_ids == (kh.id,)  # type: ignore[attr-defined]
    assert "abolished_tthc_with_procedure" not in issues

    tthc.abolish(ks.id, date(2024, 8, 30), "2123/QĐ-UBND")
    tthc.set_procedure(kh.id, add_procedure(services, "QT-HT-02", "Quy trình đăng ký kết hôn"))
    issues = _issues(services, date(2024, 12, 1))
    assert issues["abolished_tthc_with_procedure"].record_ids == (ks.id,)  # type: ignore[attr-defined]
    assert issues["abolished_tthc_with_procedure"].target == "documents.tthc"  # type: ignore[attr-defined]
    assert "tthc_without_procedure" not in issues

    tthc.set_procedure(ks.id, None)  # or withdraw the procedure in the documents module
    assert "abolished_tthc_with_procedure" not in _issues(services, date(2024, 12, 1))


def test_warning_e_dead_external_text_still_cited(services, legal: LegalService) -> None:
    live = add_procedure(services, "QT-MC-01", "Quy trình một cửa")
    old = legal.save(ExternalDocument(None, ExternalDocKind.DECREE, "61/2018/NĐ-CP", date(2018, 4, 23), "Chính phủ",
                                      "về một cửa", procedure_ids=(live,)))
    new = legal.save(ExternalDocument(None, ExternalDocKind.DECREE, "118/2025/NĐ-CP", date(2025, 6, 9), "Chính phủ",
                                      "về một cửa"))
    assert "dead_external_document_cited" not in _issues(services, date(2025, 8, 1), 2025)
    assert [p.procedure_id for p in legal.mark_replaced(old.id, date(2025, 7, 1), by_id=new.id)] == [live]
    issue = _issues(services, date(2025, 8, 1), 2025)["dead_external_document_cited"]
    assert issue.record_ids == (old.id,) and issue.target == "documents.external"  # type: ignore[attr-defined]
    legal.set_procedure_citations(live, [new.id])  # the procedure was revised to cite the new decree
    assert "dead_external_document_cited" not in _issues(services, date(2025, 8, 1), 2025)


# --------------------------------------------------------------------------- Excel


def _preview(tthc: TthcService, path: Path):  # type: ignore[no-untyped-def]
    sheet = read_sheet(path, spec=tthc.spec)
    return build_preview(tthc.spec, sheet, suggest_mapping(tthc.spec, sheet.headers))


def test_tthc_import_all_or_nothing_and_round_trip(services, tthc: TthcService, tmp_path: Path,
                                                   database_template) -> None:
    from openpyxl import Workbook

    p1 = add_procedure(services, "QT-HT-01", "Quy trình đăng ký khai sinh")
    tthc.save(KHAI_SINH)
    wb = Workbook()
    ws = wb.active
    ws.append(["TT", "Mã TTHC", "Tên thủ tục hành chính", "Lĩnh vực", "Quyết định công bố", "Ngày", "Tình trạng",
               "Quy trình giải quyết"])
    ws.append([1, "1.001193.000.00.00.H12", "Khai sinh (trùng)", "Hộ tịch", "1295/QĐ-UBND", "24/06/2022", "", ""])
    ws.append([2, "1.000894.000.00.00.H12", "Thủ tục đăng ký kết hôn", "Hộ tịch", "1295/QĐ-UBND", "24/06/2022",
               "Sửa đổi, bổ sung", "qt-ht-01"])
    ws.append([3, "2.000815", "Chứng thực bản sao", "Chứng thực", "769/QĐ-UBND", "02/03/2021", "", "QT-KHONG-CO"])
    wb.save(tmp_path / "tthc.xlsx")
    with pytest.raises(ValidationError) as err:
        tthc.import_preview(_preview(tthc, tmp_path / "tthc.xlsx"))
    assert {(p.row, p.code) for p in err.value.problems} == {(2, "duplicate"), (4, "procedure_not_found")}
    assert len(tthc.search()) == 1

    ws.delete_rows(2)
    ws["H3"] = ""
    wb.save(tmp_path / "tthc.xlsx")
    result = tthc.import_preview(_preview(tthc, tmp_path / "tthc.xlsx"), as_of=date(2025, 1, 2))
    assert result.created == 2
    kh = tthc.search("ket hon")[0]
    assert kh.status is TthcStatus.AMENDED and kh.procedure_id == p1 and kh.status_date == date(2022, 6, 24)
    assert [e.kind for e in tthc.events(kh.id)] == [TthcEventKind.AMENDED]

    target = export_table_xlsx(tthc.spec, tthc.export_rows(), tmp_path / "export.xlsx", title=tthc.spec.title)
    other = open_services(database_template.copy_to(tmp_path / "other.db"))
    try:
        add_procedure(other, "QT-HT-01", "Quy trình đăng ký khai sinh")
        tthc2 = TthcService(other.sessions)
        assert tthc2.import_preview(_preview(tthc2, target)).created == 3

        def key(t: Tthc) -> tuple[object, ...]:
            return (t.code, t.name, t.field, t.decision_ref, t.decision_date, t.status, t.procedure_label)

        assert [key(t) for t in tthc2.search()] == [key(t) for t in tthc.search()]
    finally:
        other.close()


# --------------------------------------------------------------------------- demo


def test_small_demo_shows_the_reannouncement_warning(services, tthc: TthcService, legal: LegalService) -> None:
    import random

    from isodesk.demo.legal import seed_demo_legal

    deps = [services.agency.save_department(cd.Department(None, n, a)) for n, a in (
        ("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân", "VP"), ("Phòng Kinh tế", "KT"))]
    today = date(2026, 11, 22)
    summary = seed_demo_legal(services, random.Random(7), "small", deps, today)  # orchestrator's call shape
    assert 100 <= summary.tthc <= 140 and 70 <= summary.external_documents <= 110
    assert summary.announcements == 1 and summary.register_rows_created == 2
    assert len(tthc.search()) == summary.tthc and len(legal.search()) == summary.external_documents
    assert legal.search("118/2025/NĐ-CP")[0].status.value == "con_hieu_luc"
    assert legal.search("61/2018/NĐ-CP")[0].status_by_reference == "Nghị định 118/2025/NĐ-CP"
    issues = _issues(services, today, 2026)
    assert "scope_changed_since_announcement" in issues and "announcement_before_document_set" not in issues
    assert tthc.scope_status(today).last_announcement is not None
