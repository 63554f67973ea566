"""TTHC results and satisfaction rules: the identities of DOMAIN.md §2.4 and the rates computed from counts
(property-based: any counts that add up give rates in [0, 100] with a decimal comma; breaking one
identity is refused naming it)."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from isodesk.domain import results as d

_RATE_TEXT = re.compile(r"^\d{1,3}(\.\d{3})*,\d{2}%$")
_counts = st.integers(min_value=0, max_value=50_000)


@st.composite
def consistent_results(draw: st.DrawFn) -> d.TthcResult:
    """Counts that satisfy every identity: the flows are drawn, the balance closes them."""
    online, direct = draw(_counts), draw(_counts)
    carried = draw(st.integers(0, 5_000))
    total = carried + online + direct
    rest = total
    parts = []
    for _ in range(7):  # early, on time, late, pending in time, pending overdue, returned, suspended
        part = draw(st.integers(0, rest))
        parts.append(part)
        rest -= part
    early, on_time, late, pending_in_time, pending_overdue, returned, suspended = parts
    cancelled = rest
    resolved = early + on_time + late
    partly = draw(st.integers(0, online + direct))
    fully = draw(st.integers(0, partly))
    result_digitised = draw(st.integers(0, resolved))
    level = draw(st.sampled_from([d.ResultLevel.COMMUNE, d.ResultLevel.SERVICE_CENTRE]))
    return d.TthcResult(None, draw(st.integers(2015, 2030)), level, d.YEAR_PERIOD, "", carried, online, direct,
                        early, on_time, late, pending_in_time, pending_overdue, returned, suspended, cancelled,
                        partly, fully, result_digitised, resolved - result_digitised,
                        declared_total=total, declared_received=online + direct, declared_resolved=resolved,
                        declared_pending=pending_in_time + pending_overdue)


@settings(max_examples=300, deadline=None)
@given(consistent_results())
def test_counts_that_add_up_give_rates_between_0_and_100_with_a_decimal_comma(r: d.TthcResult) -> None:
    assert d.identity_failures(r) == []
    assert d.validate_tthc_result(r) == []
    for name, rate in r.rates().items():
        if rate.denominator == 0:
            assert rate.value is None and rate.text == "-", name
            continue
        assert rate.value is not None and Decimal(0) <= rate.value <= Decimal(100), name
        assert _RATE_TEXT.match(rate.text), (name, rate.text)
        assert "," in rate.text and rate.value == Decimal(rate.text[:-1].replace(".", "").replace(",", "."))


_BREAKABLE = {
    "declared_total": "total", "declared_received": "received", "declared_resolved": "resolved",
    "declared_pending": "pending", "returned": "balance", "received_online": "received", "cancelled": "balance",
    "resolved_early": "resolved", "pending_overdue": "pending",
}


@settings(max_examples=300, deadline=None)
@given(consistent_results(), st.sampled_from(sorted(_BREAKABLE)), st.integers(1, 999))
def test_counts_that_break_an_identity_are_refused_naming_it(r: d.TthcResult, field: str, delta: int) -> None:
    broken = replace(r, **{field: getattr(r, field) + delta})
    failures = d.identity_failures(broken)
    assert failures, field
    assert _BREAKABLE[field] in {f.key for f in failures}
    problems = d.validate_tthc_result(broken)
    assert problems and {p.code for p in problems} == {"counts_do_not_add_up"}
    named = next(p for p in problems if p.params["identity"] == _BREAKABLE[field])
    assert "≠" in named.params["message"] and ("thiếu" in named.params["message"] or "thừa" in named.params["message"])


def test_the_refusal_reads_like_the_secretary_would_say_it() -> None:
    r = d.TthcResult(None, 2024, d.ResultLevel.COMMUNE, carried_over=12, received_online=800, received_direct=700,
                     resolved_early=1000, resolved_on_time=470, resolved_late=10, pending_in_time=15,
                     pending_overdue=5, returned=10)
    [failure] = d.identity_failures(r)
    assert failure.key == "balance" and failure.difference == 2
    assert failure.message == ("Tổng tiếp nhận 1.512 ≠ đã giải quyết 1.480 + chưa giải quyết 20 + trả lại 10: "
                               "thiếu 2 hồ sơ")
    too_many = replace(r, returned=14)
    assert d.identity_failures(too_many)[0].message.endswith("thừa 2 hồ sơ")


def test_rates_state_their_counts_and_a_zero_denominator_gives_no_rate() -> None:
    assert d.Rate(191, 200).stated() == "95,50% (191/200 hồ sơ)"
    assert d.Rate(1470, 1480).text == "99,32%"
    assert d.Rate(0, 0).value is None and d.Rate(0, 0).stated() == "-"


def test_no_district_after_the_reform_but_in_the_2025_reporting_year() -> None:
    district = d.TthcResult(None, 2026, d.ResultLevel.DISTRICT)
    assert [p.code for p in d.validate_tthc_result(district)] == ["no_district_after_reform"]
    assert d.validate_tthc_result(replace(district, year=2025)) == []
    assert [p.code for p in d.validate_tthc_result(replace(district, year=2025, period="t08"))] == [
        "no_district_after_reform"]
    assert d.validate_tthc_result(replace(district, year=2025, period="q2")) == []
    assert d.ResultLevel.DISTRICT not in d.levels_for(2026)


def test_digitisation_bounds() -> None:
    r = d.TthcResult(None, 2026, d.ResultLevel.COMMUNE, received_online=10, resolved_early=10,
                     digitised_partly=11)
    assert [f.key for f in d.identity_failures(r)] == ["digitised_partly"]
    r = replace(r, digitised_partly=8, digitised_fully=9, result_digitised=7, result_not_digitised=2)
    assert [f.key for f in d.identity_failures(r)] == ["digitised_fully", "result_digitisation"]


def test_the_year_of_a_level_from_its_quarters_chains_the_pending_dossiers() -> None:
    quarters = []
    carried = 5
    for q in range(1, 5):
        received, resolved = 100, 98
        pending = carried + received - resolved
        quarters.append(d.TthcResult(None, 2026, d.ResultLevel.COMMUNE, f"q{q}", "", carried, received, 0,
                                     resolved, 0, 0, pending, 0))
        carried = pending
    year = d.level_year_result(quarters, 2026, d.ResultLevel.COMMUNE)
    assert year is not None and year.carried_over == 5 and year.received == 400 and year.pending == 13
    assert d.identity_failures(year) == []
    gap = d.level_year_result([*quarters[:1], *quarters[2:]], 2026, d.ResultLevel.COMMUNE)
    assert gap is not None and [f.key for f in d.identity_failures(gap)] == ["balance"]


@settings(max_examples=200, deadline=None)
@given(st.integers(0, 20_000), st.integers(0, 20_000), st.integers(0, 20_000), st.integers(0, 5_000))
def test_satisfaction_rates_are_between_0_and_100(very: int, satisfied: int, unhappy: int, extra: int) -> None:
    survey = d.SatisfactionSurvey(None, 2026, distributed=very + satisfied + unhappy + extra, very_satisfied=very,
                                  satisfied=satisfied, dissatisfied=unhappy,
                                  declared_collected=very + satisfied + unhappy)
    assert d.validate_survey(survey) == []
    for name, rate in survey.rates().items():
        if rate.value is not None:
            assert 0 <= rate.value <= 100 and _RATE_TEXT.match(rate.text), name
    wrong = replace(survey, declared_collected=survey.collected + 1)
    assert "collected" in [p.params["identity"] for p in d.validate_survey(wrong)]
