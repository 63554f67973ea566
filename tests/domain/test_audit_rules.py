"""Rules of the internal audit and the phiếu khắc phục (isodesk/domain/audit.py)."""

from __future__ import annotations

import time as clock
from dataclasses import replace
from datetime import date, time

from hypothesis import given, settings
from hypothesis import strategies as st

from isodesk.domain import audit as a

DEPS = (1, 2, 3)
AUDITORS = {
    10: a.Auditor(10, "Nguyễn Văn An", 1, "GCN 01/2023"),
    11: a.Auditor(11, "Trần Thị Bình", 2, "GCN 02/2023"),
    12: a.Auditor(12, "Lê Văn Cường", 3, ""),
}


def _round(**kw: object) -> a.AuditRound:
    base = a.AuditRound(None, 2025, date(2025, 10, 20), date(2025, 10, 22), department_ids=DEPS,
                        leader_id=10, member_ids=(11,))
    return replace(base, **kw)  # type: ignore[arg-type]


def _codes(problems: list) -> list[str]:
    return [p.code for p in problems]


def test_round_needs_certified_team_and_inside_period() -> None:
    assert a.validate_round(_round(), AUDITORS, period=(date(2024, 12, 15), date(2025, 12, 14))) == []
    assert "auditor_not_certified" in _codes(a.validate_round(_round(member_ids=(12,)), AUDITORS))
    outside = a.validate_round(_round(), AUDITORS, period=(date(2025, 12, 15), date(2026, 12, 14)))
    assert "audit_outside_period" in _codes(outside)
    assert "audit_after_review" in _codes(a.validate_round(_round(), AUDITORS, review_date=date(2025, 10, 21)))
    assert "audit_end_before_start" in _codes(a.validate_round(_round(end_date=date(2025, 10, 1)), AUDITORS))
    assert "audit_needs_leader" in _codes(a.validate_round(_round(leader_id=None), AUDITORS))


def _slot(day: int, start: int, end: int, dep: int | None, auditors: tuple[int, ...], clauses: tuple[str, ...] = ()) -> a.ScheduleSlot:
    return a.ScheduleSlot(date(2025, 10, day), time(start), time(end), department_id=dep, auditor_ids=auditors,
                          clauses=clauses)


def test_auditor_never_audits_own_department() -> None:
    problems = a.check_schedule(_round(), [_slot(20, 8, 11, 1, (10,))], AUDITORS, {1: "Văn phòng"})
    own = [p for p in problems if p.code == "auditor_own_department"]
    assert own and own[0].row == 1 and own[0].params["department"] == "Văn phòng"


def test_nobody_in_two_places_at_once() -> None:
    slots = [_slot(20, 8, 11, 2, (10,)), _slot(20, 10, 12, 3, (10,)), _slot(20, 13, 16, 3, (10,))]
    clash = [p for p in a.check_schedule(_round(), slots, AUDITORS) if p.code == "auditor_double_booked"]
    assert len(clash) == 1 and clash[0].row == 2 and clash[0].params["other_row"] == 1


def test_every_department_and_clause_covered_and_inside_round() -> None:
    slots = [_slot(20, 8, 11, 2, (10,), ("7.5",)), _slot(25, 8, 11, 3, (11,))]
    codes = _codes(a.check_schedule(_round(clauses=("7.5", "9.2")), slots, AUDITORS))
    assert "department_not_covered" in codes and "clause_not_covered" in codes and "slot_outside_round" in codes


def test_proposed_schedule_passes_every_rule() -> None:
    item = _round()
    slots = a.propose_schedule(item, AUDITORS)
    assert slots[0].kind is a.SlotKind.OPENING and slots[-1].kind is a.SlotKind.CLOSING
    assert a.check_schedule(item, slots, AUDITORS) == []


@settings(max_examples=60, deadline=None)
@given(n_deps=st.integers(1, 30), n_team=st.integers(2, 8), days=st.integers(0, 6), seed=st.integers(0, 1000))
def test_proposer_properties(n_deps: int, n_team: int, days: int, seed: int) -> None:
    deps = tuple(range(1, n_deps + 1))
    auditors = {100 + i: a.Auditor(100 + i, f"Người {i}", (seed + i) % n_deps + 1, "GCN") for i in range(n_team)}
    item = a.AuditRound(None, 2025, date(2025, 10, 20), date(2025, 10, 20 + days), department_ids=deps,
                        leader_id=100, member_ids=tuple(auditors))
    slots = a.propose_schedule(item, auditors)
    audits = [s for s in slots if s.kind is a.SlotKind.AUDIT]
    assert sorted(s.department_id for s in audits) == list(deps)  # every department once
    codes = _codes(a.check_schedule(item, slots, auditors))
    assert "auditor_own_department" not in codes and "auditor_double_booked" not in codes
    assert "clause_not_covered" not in codes and "department_not_covered" not in codes
    assert all(item.start_date <= s.day <= item.end_date for s in slots)


def test_proposer_is_fast_for_30_departments_and_8_auditors() -> None:
    auditors = {100 + i: a.Auditor(100 + i, f"Người {i}", i + 1, "GCN") for i in range(8)}
    item = a.AuditRound(None, 2025, date(2025, 10, 20), date(2025, 10, 24), department_ids=tuple(range(1, 31)),
                        leader_id=100, member_ids=tuple(auditors))
    started = clock.perf_counter()
    a.propose_schedule(item, auditors)
    assert clock.perf_counter() - started < 0.1


def test_finding_outside_round_is_refused() -> None:
    f = a.Finding(None, 1, a.FindingKind.NONCONFORMITY, 2, "7.5", "Hồ sơ thiếu phiếu kiểm soát", date(2025, 11, 3))
    assert "finding_outside_round" in _codes(a.validate_finding(f, _round()))
    assert a.validate_finding(replace(f, found_on=date(2025, 10, 21)), _round()) == []
    assert "finding_department_not_in_scope" in _codes(a.validate_finding(replace(f, found_on=date(2025, 10, 21), department_id=9), _round()))


def _nc(**kw: object) -> a.Nonconformity:
    base = a.Nonconformity(None, 2025, 1, date(2025, 10, 21), 2, a.NcSource.INTERNAL_AUDIT, "Hồ sơ trễ hạn",
                           cause="Chưa theo dõi hạn", action="Lập sổ theo dõi hạn", action_owner_id=11,
                           due_date=date(2025, 11, 30))
    return replace(base, **kw)  # type: ignore[arg-type]


def test_deadline_before_finding_refused() -> None:
    assert "due_before_raised" in _codes(a.validate_nonconformity(_nc(due_date=date(2025, 10, 1))))


def test_states_need_their_fields() -> None:
    assert "nc_needs_cause" in _codes(a.validate_nonconformity(_nc(state=a.NcState.CAUSE_FOUND, cause="")))
    assert "nc_needs_result" in _codes(a.validate_nonconformity(_nc(state=a.NcState.AWAITING_CHECK)))


def test_cannot_close_without_effectiveness_check_by_another_person() -> None:
    ready = _nc(state=a.NcState.AWAITING_CHECK, result="Đã lập sổ", done_on=date(2025, 11, 10))
    assert "nc_close_without_check" in _codes(a.validate_nonconformity(replace(ready, state=a.NcState.CLOSED)))
    by_owner = a.record_check(ready, checker_id=11, on=date(2025, 11, 20), passed=True, notes="Đạt")
    assert "nc_checker_is_owner" in _codes(a.validate_nonconformity(by_owner))
    closed = a.record_check(ready, checker_id=10, on=date(2025, 11, 20), passed=True, notes="Đạt")
    assert closed.state is a.NcState.CLOSED and closed.closed_on == date(2025, 11, 20)
    assert a.validate_nonconformity(closed) == []


def test_failed_check_sends_back_with_new_action() -> None:
    ready = _nc(state=a.NcState.AWAITING_CHECK, result="Đã lập sổ", done_on=date(2025, 11, 10))
    assert "nc_needs_new_action" in _codes(a.validate_failed_check(ready, "", date(2025, 12, 1), date(2025, 11, 20)))
    back = a.record_check(ready, checker_id=10, on=date(2025, 11, 20), passed=False, notes="Vẫn trễ",
                          new_action="Phân công người theo dõi", new_due=date(2025, 12, 10))
    assert back.state is a.NcState.IN_PROGRESS and back.action == "Phân công người theo dõi"
    assert "Lập sổ theo dõi hạn" in back.past_attempts and back.result == ""
    assert a.validate_nonconformity(back) == []


def test_overdue_computed() -> None:
    item = _nc(state=a.NcState.IN_PROGRESS)
    assert a.is_overdue(item, date(2025, 12, 1)) and not a.is_overdue(item, date(2025, 11, 30))
    assert not a.is_overdue(replace(item, state=a.NcState.AWAITING_CHECK), date(2025, 12, 1))
    assert a.state_text(item, date(2025, 12, 1)) == "Đang thực hiện (quá hạn)"


def test_summary_counts_by_department_and_clause() -> None:
    f = a.Finding(None, 1, a.FindingKind.NONCONFORMITY, 2, "7.5", "x", date(2025, 10, 21), department_name="Phòng B")
    rows = [f, replace(f, kind=a.FindingKind.OBSERVATION), replace(f, clause="10.2", department_name="Phòng A")]
    assert a.summarise(rows, by="department") == [a.FindingCount("Phòng A", 1, 0), a.FindingCount("Phòng B", 1, 1)]
    assert [c.key for c in a.summarise(rows, by="clause")] == ["7.5", "10.2"]
