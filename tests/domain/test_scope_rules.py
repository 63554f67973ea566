"""Scope and external-document rules without a database (domain.scope, domain.legal)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from isodesk.domain import legal as lg
from isodesk.domain import scope as sc

ANNOUNCED = date(2024, 3, 1)

_kinds = st.sampled_from(list(sc.ScopeChangeKind))
_offsets = st.integers(min_value=-3000, max_value=3000)


def _change(offset: int, kind: sc.ScopeChangeKind, i: int) -> sc.ScopeChange:
    return sc.ScopeChange(ANNOUNCED + timedelta(days=offset), kind, f"item {i}", i)


# --------------------------------------------------------------------------- rule (a)


@given(st.lists(st.tuples(_offsets, _kinds), max_size=30), st.lists(st.tuples(st.integers(1, 3000), _kinds),
                                                                     min_size=1, max_size=10))
def test_any_change_after_the_last_announcement_requires_reannouncement(before, after) -> None:
    changes = [_change(-abs(o), k, i) for i, (o, k) in enumerate(before)]
    late = [_change(o, k, 1000 + i) for i, (o, k) in enumerate(after)]
    due = sc.changes_requiring_reannouncement(changes + late, ANNOUNCED)
    assert {c.record_id for c in due} == {c.record_id for c in late}
    assert due == sorted(due, key=lambda c: (c.on, c.kind.value, c.label))


@given(st.lists(st.tuples(st.integers(-3000, 0), _kinds), max_size=40))
def test_no_change_after_the_last_announcement_means_no_warning(before) -> None:
    changes = [_change(o, k, i) for i, (o, k) in enumerate(before)]
    assert sc.changes_requiring_reannouncement(changes, ANNOUNCED) == []


@given(st.lists(st.tuples(_offsets, _kinds), max_size=20))
def test_never_announced_is_not_rule_a(changes) -> None:
    assert sc.changes_requiring_reannouncement([_change(o, k, i) for i, (o, k) in enumerate(changes)], None) == []


def test_scope_changes_cover_tthc_events_and_fields() -> None:
    events = [sc.EventFact(1, date(2024, 1, 5), sc.TthcEventKind.ADDED, "1.001 Khai sinh"),
              sc.EventFact(1, date(2024, 6, 5), sc.TthcEventKind.AMENDED, "1.001 Khai sinh"),
              sc.EventFact(2, date(2024, 7, 1), sc.TthcEventKind.ABOLISHED, "2.002 Chứng thực")]
    fields = [sc.FieldFact(7, "Hộ tịch", date(2024, 1, 1)), sc.FieldFact(8, "Tôn giáo", date(2023, 1, 1), date(2024, 8, 1))]
    changes = sc.scope_changes(events, fields)
    assert [c.kind for c in changes] == [
        sc.ScopeChangeKind.FIELD_ADDED, sc.ScopeChangeKind.FIELD_ADDED, sc.ScopeChangeKind.TTHC_ADDED,
        sc.ScopeChangeKind.TTHC_AMENDED, sc.ScopeChangeKind.TTHC_ABOLISHED, sc.ScopeChangeKind.FIELD_REMOVED]
    due = sc.changes_requiring_reannouncement(changes, date(2024, 6, 5))  # same-day change is included
    assert [(c.kind, c.record_id) for c in due] == [(sc.ScopeChangeKind.TTHC_ABOLISHED, 2),
                                                    (sc.ScopeChangeKind.FIELD_REMOVED, 8)]


# --------------------------------------------------------------------------- rule (b)


def test_announcement_before_its_document_set_is_flagged() -> None:
    facts = [
        sc.AnnouncementFact(1, date(2024, 2, 1), 10, date(2024, 4, 1)),  # Kim Thành: công bố 2 months early
        sc.AnnouncementFact(2, date(2024, 5, 1), 10, date(2024, 4, 1)),
        sc.AnnouncementFact(3, None, 10, date(2024, 4, 1)),  # draft: not judged yet
        sc.AnnouncementFact(4, date(2024, 5, 1), None, None),
    ]
    assert sc.announcements_before_document_set(facts) == [1]
    assert sc.announcements_without_document_set(facts) == [4]


@given(st.integers(-500, 500))
def test_announcement_order_rule_is_exactly_date_order(offset: int) -> None:
    fact = sc.AnnouncementFact(1, ANNOUNCED + timedelta(days=offset), 9, ANNOUNCED)
    assert sc.announcements_before_document_set([fact]) == ([1] if offset < 0 else [])


# --------------------------------------------------------------------------- rules (c), (d), (e)


def test_abolished_tthc_with_a_live_procedure_and_uncovered_tthc() -> None:
    facts = [
        sc.TthcFact(1, sc.TthcStatus.ABOLISHED, 100, procedure_in_force=True),  # (c)
        sc.TthcFact(2, sc.TthcStatus.ABOLISHED, 101, procedure_in_force=False),
        sc.TthcFact(3, sc.TthcStatus.ABOLISHED, None),
        sc.TthcFact(4, sc.TthcStatus.IN_FORCE, None),  # (d)
        sc.TthcFact(5, sc.TthcStatus.AMENDED, 102, procedure_in_force=False),  # (d): procedure withdrawn
        sc.TthcFact(6, sc.TthcStatus.IN_FORCE, 103, procedure_in_force=True),
    ]
    assert sc.abolished_with_live_procedure(facts) == [1]
    assert sc.uncovered_in_force(facts) == [4, 5]


def test_dead_external_texts_cited_by_live_procedures() -> None:
    facts = [
        sc.CitationFact(1, lg.LegalStatus.REPLACED, True),
        sc.CitationFact(1, lg.LegalStatus.REPLACED, False),
        sc.CitationFact(2, lg.LegalStatus.EXPIRED, False),
        sc.CitationFact(3, lg.LegalStatus.AMENDED, True),  # amended texts are still in force
        sc.CitationFact(4, lg.LegalStatus.IN_FORCE, True),
        sc.CitationFact(5, lg.LegalStatus.EXPIRED, True),
    ]
    assert sc.dead_texts_still_cited(facts) == [1, 5]


# --------------------------------------------------------------------------- scope as of a date


def test_in_force_on_follows_the_events() -> None:
    events = [
        sc.EventFact(1, date(2022, 6, 24), sc.TthcEventKind.ADDED, decision_ref="1295/QĐ-UBND",
                     decision_date=date(2022, 6, 24)),
        sc.EventFact(1, date(2024, 6, 21), sc.TthcEventKind.AMENDED, decision_ref="1466/QĐ-UBND",
                     decision_date=date(2024, 6, 21)),
        sc.EventFact(2, date(2021, 3, 2), sc.TthcEventKind.ADDED, decision_ref="769/QĐ-UBND",
                     decision_date=date(2021, 3, 2)),
        sc.EventFact(2, date(2024, 8, 30), sc.TthcEventKind.ABOLISHED, decision_ref="2123/QĐ-UBND"),
    ]
    assert set(sc.in_force_on(events, date(2021, 12, 31))) == {2}
    mid = sc.in_force_on(events, date(2024, 7, 1))
    assert set(mid) == {1, 2} and mid[1].decision_ref == "1466/QĐ-UBND"
    end = sc.in_force_on(events, date(2024, 12, 14))
    assert set(end) == {1}
    assert [d.text for d in sc.source_decisions(end.values())] == ["1466/QĐ-UBND ngày 21/06/2024"]
    counts = sc.count_events(events, date(2023, 12, 15), date(2024, 12, 14))
    assert counts == {sc.TthcEventKind.ADDED: 0, sc.TthcEventKind.AMENDED: 1, sc.TthcEventKind.ABOLISHED: 1}


@given(st.lists(st.tuples(st.integers(1, 5), st.integers(0, 400), st.sampled_from(list(sc.TthcEventKind))),
                max_size=40), st.integers(0, 400))
def test_in_force_on_agrees_with_replaying_the_events(raw, day_offset) -> None:
    start = date(2024, 1, 1)
    events = [sc.EventFact(t, start + timedelta(days=o), k) for t, o, k in raw]
    day = start + timedelta(days=day_offset)
    order = {sc.TthcEventKind.ADDED: 0, sc.TthcEventKind.AMENDED: 1, sc.TthcEventKind.ABOLISHED: 2}
    alive: dict[int, bool] = {}
    for e in sorted(events, key=lambda e: (e.on, order[e.kind])):
        if e.on <= day:
            alive[e.tthc_id] = e.kind is not sc.TthcEventKind.ABOLISHED
    assert set(sc.in_force_on(events, day)) == {t for t, a in alive.items() if a}


def test_coverage_percent_is_computed_from_counts() -> None:
    assert sc.CoverageFigure(covered=191, total=200).percent_text == "95,50%"
    assert sc.CoverageFigure(covered=0, total=0).percent_text == "-"


def test_tthc_code_and_validation() -> None:
    item = sc.clean_tthc(sc.Tthc(None, " 1.001193.000.00.00.h12 ", "  Đăng ký   khai sinh "))
    assert item.code == "1.001193.000.00.00.H12" and item.name == "Đăng ký khai sinh"
    problems = sc.validate_tthc(sc.Tthc(None, "", "", decision_date=date(2024, 1, 1)))
    assert {p.field for p in problems} == {"code", "name", "decision_ref"}
    assert sc.validate_event(date(2024, 1, 1), "", None, date(2024, 2, 1))[0].code == "event_before_previous"


# --------------------------------------------------------------------------- external documents


def test_dedup_key_ignores_case_diacritics_and_blanks() -> None:
    assert lg.dedup_key("118/2025/NĐ-CP", "Chính phủ") == lg.dedup_key(" 118 / 2025 /nd-cp", "chinh  phu")
    assert lg.dedup_key("118/2025/NĐ-CP", "Chính phủ") != lg.dedup_key("118/2025/NĐ-CP", "Quốc hội")


def test_titles_split_into_kind_and_summary() -> None:
    assert lg.split_title("Luật Tổ chức chính quyền địa phương", "72/2025/QH15") == (
        lg.ExternalDocKind.LAW, "Tổ chức chính quyền địa phương")
    assert lg.split_title("Nghị quyết về sắp xếp đơn vị hành chính", "") == (
        lg.ExternalDocKind.RESOLUTION, "về sắp xếp đơn vị hành chính")
    assert lg.split_title("Về thực hiện thủ tục hành chính", "118/2025/NĐ-CP") == (
        lg.ExternalDocKind.DECREE, "Về thực hiện thủ tục hành chính")
    assert lg.kind_from_number("3003/BKHCN-TĐC") is lg.ExternalDocKind.OFFICIAL_LETTER
    assert lg.kind_from_number("TCVN ISO 9001:2015") is lg.ExternalDocKind.STANDARD


@pytest.mark.parametrize("status", list(lg.LegalStatus))
def test_status_text_round_trips(status: lg.LegalStatus) -> None:
    doc = lg.ExternalDocument(None, lg.ExternalDocKind.DECREE, "61/2018/NĐ-CP", date(2018, 4, 23), "Chính phủ",
                              "về thực hiện cơ chế một cửa", status=status,
                              status_date=None if status is lg.LegalStatus.IN_FORCE else date(2025, 7, 1),
                              status_by_reference="Nghị định 118/2025/NĐ-CP" if status.needs_successor else "")
    parsed = lg.parse_status_text(doc.status_text)
    assert parsed is not None and parsed.status is status
    assert parsed.since == doc.status_date
    if status.needs_successor:
        assert parsed.successor == "Nghị định 118/2025/NĐ-CP" and parsed.successor_number == "118/2025/NĐ-CP"


def test_status_texts_as_people_type_them() -> None:
    expired = lg.parse_status_text("hết hiệu lực")
    assert expired is not None and expired.status is lg.LegalStatus.EXPIRED
    amended = lg.parse_status_text("Bị sửa đổi, bổ sung bởi Thông tư 03/2025/TT-VPCP")
    assert amended is not None and amended.successor_number == "03/2025/TT-VPCP"
    assert lg.parse_status_text("không rõ") is None


def test_external_document_validation() -> None:
    base = lg.ExternalDocument(7, lg.ExternalDocKind.DECREE, "61/2018/NĐ-CP", date(2018, 4, 23), "Chính phủ", "x")
    assert lg.validate_external_document(base) == []
    bad = lg.ExternalDocument(7, lg.ExternalDocKind.DECREE, "", date(2018, 4, 23), "", "",
                              effective_date=date(2018, 1, 1), status=lg.LegalStatus.REPLACED,
                              status_date=date(2017, 1, 1), status_by_id=7)
    codes = {(p.field, p.code) for p in lg.validate_external_document(bad)}
    assert codes == {("number_symbol", "required"), ("issuer", "required"), ("summary", "required"),
                     ("effective_date", "effective_before_issue"), ("status_date", "status_before_issue"),
                     ("status_by_id", "cannot_replace_itself")}


def test_group_by_field_puts_unnamed_last() -> None:
    def doc(field: str, n: str) -> lg.ExternalDocument:
        return lg.ExternalDocument(None, lg.ExternalDocKind.LAW, n, None, "Quốc hội", "x", field=field)

    groups = lg.group_by_field([doc("", "1"), doc("Hộ tịch", "2"), doc("hộ tịch", "3"), doc("Đất đai", "4")])
    assert [g.field for g in groups] == ["Đất đai", "Hộ tịch", ""]
    assert len(groups[1].documents) == 2
