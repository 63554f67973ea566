"""Objective rules: achievement from the comparator (property test), periods of the year, targets read."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from isodesk.domain import objectives as d

NUMBERS = st.decimals(min_value=0, max_value=1000, places=2, allow_nan=False, allow_infinity=False)


@given(st.sampled_from(list(d.Comparator)), NUMBERS, NUMBERS)
def test_achievement_follows_the_comparator(comparator: d.Comparator, target: Decimal, value: Decimal) -> None:
    expected = {d.Comparator.GE: value >= target, d.Comparator.LE: value <= target, d.Comparator.EQ: value == target,
                d.Comparator.GT: value > target, d.Comparator.LT: value < target}[comparator]
    got = d.achievement(comparator, target, value)
    assert got is (d.Achievement.ACHIEVED if expected else d.Achievement.NOT_ACHIEVED)
    assert d.achievement(comparator, target, None) is d.Achievement.NOT_EVALUATED
    # The comparator written in the chỉ tiêu is read back.
    assert d.parse_target(f"{comparator.value} {d.format_number(target)} % hồ sơ")[:2] == (comparator, target.normalize())


def test_periods_of_the_year() -> None:
    assert [p.code for p in d.periods_of(2025, d.Frequency.QUARTERLY)] == ["2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4"]
    assert [p.label for p in d.periods_of(2025, d.Frequency.HALF_YEARLY)] == ["6 tháng đầu năm 2025",
                                                                              "6 tháng cuối năm 2025"]
    assert d.period_by_code("2025-Q3").label == "Quý III/2025"  # type: ignore[union-attr]
    assert d.period_by_code("2025-Q5") is None


def test_targets_as_the_agencies_write_them() -> None:
    assert d.parse_target("≥ 98 % hồ sơ TTHC giải quyết đúng hạn") == (
        d.Comparator.GE, Decimal("98"), "%", "hồ sơ TTHC giải quyết đúng hạn")
    assert d.parse_target("100% TTHC được giải quyết trước và đúng hạn")[:3] == (d.Comparator.GE, Decimal("100"), "%")
    assert d.parse_target(">= 95,5 % người dân hài lòng")[:2] == (d.Comparator.GE, Decimal("95.5"))
    assert d.parse_target("≤ 5 ngày làm việc")[:3] == (d.Comparator.LE, Decimal("5"), "ngày")
    assert d.parse_target("Nâng cao chất lượng phục vụ") == (None, None, "", "Nâng cao chất lượng phục vụ")


def test_qualitative_objective_is_a_problem() -> None:
    item = d.Objective(None, 2025, "Nâng cao chất lượng", "phục vụ tốt hơn", None, None)
    assert [p.code for p in d.validate_objective(item)] == ["objective_not_measurable"]
