"""Internal audit and corrective action on a real SQLite file: rules refuse and write nothing, history kept."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from isodesk.domain import audit as a
from isodesk.domain import core as cd
from isodesk.domain.errors import DomainError, ValidationError


@pytest.fixture
def setup(services):  # type: ignore[no-untyped-def]
    ag = services.agency
    vp = ag.save_department(cd.Department(None, "Văn phòng", "VP"))
    tp = ag.save_department(cd.Department(None, "Phòng Tư pháp", "TP"))
    kt = ag.save_department(cd.Department(None, "Phòng Kinh tế", "KT"))
    an = ag.save_person(cd.Person(None, "Nguyễn Văn An", department_id=vp.id, is_internal_auditor=True,
                                  auditor_certificate="GCN 12/2023", is_iso_secretary=True))
    binh = ag.save_person(cd.Person(None, "Trần Thị Bình", department_id=tp.id, is_internal_auditor=True,
                                    auditor_certificate="GCN 13/2023"))
    cuong = ag.save_person(cd.Person(None, "Lê Văn Cường", department_id=kt.id))
    item = a.AuditRound(None, 2025, date(2025, 10, 20), date(2025, 10, 22), department_ids=(vp.id, tp.id, kt.id),
                        leader_id=an.id, member_ids=(binh.id,))
    return {"vp": vp.id, "tp": tp.id, "kt": kt.id, "an": an.id, "binh": binh.id, "cuong": cuong.id, "round": item}


def _count(services, table: str) -> int:  # type: ignore[no-untyped-def]
    with services.engine.connect() as conn:
        return int(conn.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar() or 0)


def test_round_refusals_write_nothing(services, setup) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as err:
        services.audits.save_round(replace(setup["round"], member_ids=(setup["cuong"],)))
    assert "auditor_not_certified" in [p.code for p in err.value.problems]
    with pytest.raises(ValidationError) as err:
        services.audits.save_round(replace(setup["round"], start_date=date(2025, 12, 20), end_date=date(2025, 12, 22)))
    assert "audit_outside_period" in [p.code for p in err.value.problems]
    assert _count(services, "audit_round") == 0 and _count(services, "audit_team_member") == 0


def test_schedule_proposed_checked_and_saved(services, setup) -> None:  # type: ignore[no-untyped-def]
    saved = services.audits.save_round(setup["round"])
    assert saved.number == 1 and saved.team_ids == (setup["an"], setup["binh"])
    proposal = services.audits.propose_schedule(saved.id)
    assert services.audits.check_schedule(saved.id, proposal) == []
    # The secretary puts An (Văn phòng) on the Văn phòng row: refused, with the reason, nothing saved.
    bad = [replace(s, auditor_ids=(setup["an"],)) if s.department_id == setup["vp"] else s for s in proposal]
    with pytest.raises(ValidationError) as err:
        services.audits.save_schedule(saved.id, bad)
    assert "auditor_own_department" in [p.code for p in err.value.problems]
    assert _count(services, "audit_slot") == 0
    # Two rows at the same time for Bình: refused.
    overlap = [*proposal, a.ScheduleSlot(proposal[1].day, proposal[1].start, proposal[1].end,
                                         department_id=setup["kt"], auditor_ids=proposal[1].auditor_ids)]
    with pytest.raises(ValidationError) as err:
        services.audits.save_schedule(saved.id, overlap)
    assert "auditor_double_booked" in [p.code for p in err.value.problems]
    stored = services.audits.save_schedule(saved.id, proposal)
    assert [s.kind for s in stored.schedule][0] is a.SlotKind.OPENING and len(stored.schedule) == len(proposal)
    assert services.history.recent(entity="audit_slot")


def _finding(setup, round_id: int, **kw) -> a.Finding:  # type: ignore[no-untyped-def]
    base = a.Finding(None, round_id, a.FindingKind.NONCONFORMITY, setup["tp"], "7.5",
                     "Hồ sơ chứng thực không có phiếu kiểm soát quá trình", date(2025, 10, 21),
                     evidence="Hồ sơ số 125/CT", requirement="Quy trình QT-TP-03 bước 2", found_by_id=setup["an"],
                     confirmed_by="Phạm Văn Đức")
    return replace(base, **kw)


def test_findings_and_phieu_through_closure_and_back(services, setup) -> None:  # type: ignore[no-untyped-def]
    rnd = services.audits.save_round(setup["round"])
    with pytest.raises(ValidationError) as err:
        services.audits.save_finding(_finding(setup, rnd.id, found_on=date(2025, 11, 5)))
    assert [p.code for p in err.value.problems] == ["finding_outside_round"]
    assert _count(services, "audit_finding") == 0
    f1 = services.audits.save_finding(_finding(setup, rnd.id))
    f2 = services.audits.save_finding(_finding(setup, rnd.id, department_id=setup["kt"], description="Mục tiêu chưa đo được"))
    obs = services.audits.save_finding(_finding(setup, rnd.id, kind=a.FindingKind.OBSERVATION, clause="9.1"))
    with pytest.raises(DomainError) as derr:
        services.nonconformities.raise_from_finding(obs.id)
    assert derr.value.code == "finding_not_nonconformity"

    nc = services.nonconformities.raise_from_finding(f1.id)
    assert nc.number_text == "01/2025" and nc.state is a.NcState.OPEN and nc.found_by == "Nguyễn Văn An"
    assert services.audits.findings(round_id=rnd.id)[0].nonconformity_number == "01/2025"
    with pytest.raises(DomainError):
        services.nonconformities.raise_from_finding(f1.id)
    # Deadline before the finding: refused, nothing changed.
    with pytest.raises(ValidationError) as err:
        services.nonconformities.save(replace(nc, due_date=date(2025, 10, 1)))
    assert "due_before_raised" in [p.code for p in err.value.problems]
    assert services.nonconformities.get(nc.id).due_date is None
    # Cannot move on without a cause.
    with pytest.raises(ValidationError):
        services.nonconformities.advance(nc.id, date(2025, 10, 25))
    nc = services.nonconformities.save(replace(nc, cause="Chưa phổ biến quy trình", action="Tập huấn quy trình",
                                               action_owner_id=setup["binh"], due_date=date(2025, 11, 15)))
    nc = services.nonconformities.advance(nc.id, date(2025, 10, 25))
    nc = services.nonconformities.advance(nc.id, date(2025, 10, 26))
    assert nc.state is a.NcState.IN_PROGRESS
    assert services.nonconformities.overdue(date(2025, 11, 20))[0].id == nc.id
    with pytest.raises(ValidationError):  # no result yet
        services.nonconformities.advance(nc.id, date(2025, 11, 10))
    nc = services.nonconformities.save(replace(nc, result="Đã tập huấn ngày 10/11", done_on=date(2025, 11, 10)))
    nc = services.nonconformities.advance(nc.id, date(2025, 11, 10))
    assert nc.state is a.NcState.AWAITING_CHECK
    with pytest.raises(DomainError) as derr:
        services.nonconformities.advance(nc.id, date(2025, 11, 20))
    assert derr.value.code == "nc_close_without_check"
    with pytest.raises(ValidationError) as err:  # checked by the person who did the action
        services.nonconformities.record_check(nc.id, checker_id=setup["binh"], on=date(2025, 11, 20), passed=True)
    assert "nc_checker_is_owner" in [p.code for p in err.value.problems]
    assert services.nonconformities.get(nc.id).state is a.NcState.AWAITING_CHECK
    closed = services.nonconformities.record_check(nc.id, checker_id=setup["an"], on=date(2025, 11, 20), passed=True,
                                                   notes="Hồ sơ kiểm tra lại đầy đủ")
    assert closed.state is a.NcState.CLOSED and closed.closed_on == date(2025, 11, 20)
    with pytest.raises(DomainError):
        services.nonconformities.save(replace(closed, description="sửa"))

    # The second one fails its check and goes back with a new action.
    nc2 = services.nonconformities.raise_from_finding(f2.id)
    nc2 = services.nonconformities.save(replace(nc2, cause="Chỉ tiêu định tính", action="Sửa mục tiêu",
                                                action_owner_id=setup["cuong"], due_date=date(2025, 11, 30),
                                                result="Đã sửa", done_on=date(2025, 11, 1)))
    for _ in range(3):
        nc2 = services.nonconformities.advance(nc2.id, date(2025, 11, 1))
    with pytest.raises(ValidationError) as err:
        services.nonconformities.record_check(nc2.id, checker_id=setup["an"], on=date(2025, 11, 5), passed=False)
    assert "nc_needs_new_action" in [p.code for p in err.value.problems]
    back = services.nonconformities.record_check(nc2.id, checker_id=setup["an"], on=date(2025, 11, 5), passed=False,
                                                 notes="Chỉ tiêu vẫn chưa đo được", new_action="Lượng hóa chỉ tiêu",
                                                 new_due=date(2025, 12, 5))
    assert back.state is a.NcState.IN_PROGRESS and back.action == "Lượng hóa chỉ tiêu" and "Sửa mục tiêu" in back.past_attempts
    changes = [e.changes for e in services.history.for_record("nonconformity", nc2.id)]
    assert any("state" in c for c in changes) and any(c.get("check_passed") == [None, False] for c in changes)


def test_round_with_findings_cannot_be_deleted(services, setup) -> None:  # type: ignore[no-untyped-def]
    rnd = services.audits.save_round(setup["round"])
    services.audits.save_finding(_finding(setup, rnd.id))
    with pytest.raises(DomainError) as err:
        services.audits.delete_round(rnd.id)
    assert err.value.code == "round_has_findings"
    assert services.audits.get_round(rnd.id).id == rnd.id


def test_cycle_step_checks_and_figures(services, setup) -> None:  # type: ignore[no-untyped-def]
    start, end = cd.default_period(2025)
    services.years.save(cd.ReportingYear(None, 2025, start, end, date(2025, 12, 10)))
    today = date(2025, 12, 1)
    step = next(st for st in services.cycle.overview(2025, today).steps if st.key == "internal_audit")
    assert step.status.value != "done"
    rnd = services.audits.save_round(setup["round"])
    services.audits.save_schedule(rnd.id, services.audits.propose_schedule(rnd.id))
    f1 = services.audits.save_finding(_finding(setup, rnd.id))
    services.audits.save_finding(_finding(setup, rnd.id, kind=a.FindingKind.OBSERVATION, clause="9.1"))
    services.audits.set_held(rnd.id)
    overview = services.cycle.overview(2025, today)
    step = next(st for st in overview.steps if st.key == "internal_audit")
    assert step.status.value != "done" and step.target == "audits"  # held, but no report issued yet
    report = services.register.save(cd.IssuedDocument(
        None, cd.IssuedDocType.REPORT, "UBND", None, "BC-UBND", None, "Kết quả đánh giá nội bộ năm 2025",
        purpose=cd.DocPurpose.AUDIT_REPORT, year=2025))
    services.register.register(report.id, date(2025, 10, 28))
    overview = services.cycle.overview(2025, today)
    step = next(st for st in overview.steps if st.key == "internal_audit")
    assert step.status.value == "done"
    assert "findings_without_form" in [i.code for i in overview.issues]
    nc = services.nonconformities.raise_from_finding(f1.id)
    services.nonconformities.save(replace(nc, cause="x", action="y", action_owner_id=setup["binh"],
                                          due_date=date(2025, 11, 1)))
    services.nonconformities.advance(nc.id, date(2025, 10, 25))
    overview = services.cycle.overview(2025, today)
    codes = [i.code for i in overview.issues]
    assert "findings_without_form" not in codes and "nonconformities_overdue" in codes
    year = services.contributions.collect(2025, today)
    assert year.figure("audit.rounds").value == 1 and year.figure("audit.nonconformities").value == 1
    assert year.figure("audit.observations").value == 1 and year.figure("nc.overdue").value == 1
    assert year.figure("nc.open").value == 1 and year.figure("nc.closed").value == 0
    assert year.text("audit.last_date") == "22/10/2025"
    assert "1 đợt đánh giá nội bộ" in year.text("report.internal_audit")
