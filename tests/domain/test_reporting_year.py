"""The reporting-year cut-off (NĐ 09/2019): after 14 December a day belongs to the next year."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from isodesk.domain.core import ReportingYear, default_period, reporting_year_of


@pytest.mark.parametrize(("day", "year"), [
    (date(2025, 12, 14), 2025),  # the last day of the 2025 period
    (date(2025, 12, 15), 2026),  # the first day of the 2026 period
    (date(2025, 12, 31), 2026),
    (date(2026, 1, 1), 2026),
    (date(2026, 6, 30), 2026),
    (date(2024, 2, 29), 2024),
])
def test_cut_off_at_the_boundary(day: date, year: int) -> None:
    assert reporting_year_of(day) == year


@given(st.dates(min_value=date(2001, 1, 1), max_value=date(2099, 12, 31)))
def test_every_day_lies_in_the_default_period_of_its_year(day: date) -> None:
    start, end = default_period(reporting_year_of(day))
    assert start <= day <= end


def test_a_recorded_period_decides_over_the_default() -> None:
    # An agency whose province asked for data up to 30/11: from 01/12 it is next year's period.
    years = [ReportingYear(1, 2025, date(2024, 12, 1), date(2025, 11, 30)),
             ReportingYear(2, 2026, date(2025, 12, 1), date(2026, 11, 30))]
    assert reporting_year_of(date(2025, 11, 30), years) == 2025
    assert reporting_year_of(date(2025, 12, 1), years) == 2026
    assert reporting_year_of(date(2025, 12, 14), years) == 2026
    # A day outside every recorded period falls back to the cut-off.
    assert reporting_year_of(date(2026, 12, 10), years) == 2026
    assert reporting_year_of(date(2026, 12, 10) + timedelta(days=5), years) == 2027


def test_default_period_runs_from_15_december_to_14_december() -> None:
    assert default_period(2026) == (date(2025, 12, 15), date(2026, 12, 14))
