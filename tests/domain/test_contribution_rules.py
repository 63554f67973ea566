"""Pure rules of the contribution DTOs: figures print the Vietnamese way, rates come from counts,
tables keep their shape, later modules win on a shared key."""

from __future__ import annotations

from decimal import Decimal

import pytest

from isodesk.domain.contributions import (
    AppendixRow,
    AppendixTable,
    Contribution,
    Figure,
    OutputKind,
    TextDraft,
    YearContributions,
    rate,
)


def _figure(key: str, value: int | Decimal, unit: str = "TTHC", module: str = "tthc") -> Figure:
    return Figure(key, value, unit, "nhãn", "nguồn", module)


def test_figures_print_with_thousands_dot_and_decimal_comma() -> None:
    assert _figure("tthc.total", 1234).text == "1.234 TTHC"
    assert _figure("tthc.rate", rate(191, 200), "%").text == "95,50%"
    assert _figure("tthc.rate", rate(2, 3), "%").text == "66,67%"
    assert rate(0, 0) == Decimal("0.00")
    assert rate(1, 8) == Decimal("12.50")


def test_appendix_rows_must_fit_the_columns_except_group_rows() -> None:
    AppendixTable("x.t", "Bảng", ("TT", "Tên"), (AppendixRow(("I. NHÓM",), group=True), AppendixRow(("1", "A"))), "x")
    with pytest.raises(ValueError):
        AppendixTable("x.t", "Bảng", ("TT", "Tên"), (AppendixRow(("1",)),), "x")


def test_year_contributions_by_key_later_module_wins() -> None:
    year = YearContributions(2026, (
        Contribution("a", figures=(_figure("x.n", 1, module="a"),), texts=(TextDraft("s", "một", "a"),)),
        Contribution("b", figures=(_figure("x.n", 2, module="b"),)),
    ))
    assert year.figure("x.n").value == 2  # type: ignore[union-attr]
    assert year.text("s") == "một" and year.text("missing") == ""
    assert OutputKind.NUMBERED.label == "Văn bản hành chính có số"
