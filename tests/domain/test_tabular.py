"""Column specs and the parsing of one cell (isodesk.domain.tabular)."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from isodesk.domain.errors import ValidationError
from isodesk.domain.tabular import (
    PERMANENT,
    PROBLEM_CODES,
    CellError,
    ColumnKind,
    ColumnSpec,
    RegisterSpec,
    format_cell,
    is_note_line,
    is_sequence_heading,
    parse_cell,
)

TEXT = ColumnSpec("name", "Tên tài liệu", required=True, max_length=20)
CODE = ColumnSpec("code", "Số, ký hiệu", aliases=("Số ký hiệu", "Ký hiệu văn bản"))
DAY = ColumnSpec("issued", "Ngày ban hành", ColumnKind.DATE)
COUNT = ColumnSpec("pages", "Số trang", ColumnKind.INT, min_value=0, max_value=10_000)
AMOUNT = ColumnSpec("amount", "Kinh phí", ColumnKind.DECIMAL)
FLAG = ColumnSpec("paper", "Bản giấy", ColumnKind.BOOL)
STATUS = ColumnSpec(
    "status",
    "Tình trạng hiệu lực",
    ColumnKind.CHOICE,
    choices={"Còn hiệu lực": "active", "Hết hiệu lực": "expired", "Còn": "active"},
)
KEEP = ColumnSpec("keep", "Thời hạn bảo quản", ColumnKind.YEARS_OR_PERMANENT)

EXTERNAL = RegisterSpec(
    "external",
    "DANH MỤC TÀI LIỆU BÊN NGOÀI",
    (
        TEXT,
        CODE,
        DAY,
        ColumnSpec("state", "Tình trạng hiệu lực (còn/hết/sửa đổi, văn bản thay thế)"),
        ColumnSpec("low", "Thấp", ColumnKind.BOOL, group="Rủi ro"),
        ColumnSpec("high", "Cao", ColumnKind.BOOL, group="Rủi ro"),
        ColumnSpec("plan_n", "Số lượng", ColumnKind.INT, group="Kế hoạch"),
        ColumnSpec("done_n", "Số lượng", ColumnKind.INT, group="Thực hiện"),
    ),
    unique_keys=("code", ("name", "issued")),
)


def problem_of(spec: ColumnSpec, raw: object) -> tuple[str, dict[str, object]]:
    with pytest.raises(CellError) as caught:
        parse_cell(spec, raw)
    problem = caught.value.problem
    assert problem.field == spec.key
    assert problem.row is None  # the importer fills it in
    assert problem.code in PROBLEM_CODES
    return problem.code, problem.params


# --------------------------------------------------------------------------------------------------
# Folding and headings


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ("Số, ký hiệu", ("code", 2)),
        ("SỐ KÝ HIỆU", ("code", 2)),
        ("Số/ký hiệu", ("code", 2)),
        ("Số / Ký hiệu (3)", ("code", 2)),
        ("so ky hieu", ("code", 2)),
        (unicodedata.normalize("NFD", "SỐ,   KÝ\nHIỆU"), ("code", 2)),
        ("Ký hiệu văn bản", ("code", 2)),
        ("Rủi ro / Thấp", ("low", 2)),
        ("Thấp", ("low", 1)),  # a single-row file with the sub-heading alone
        ("Tình trạng hiệu lực", ("state", 1)),  # without its explanatory parenthesis
        ("Kế hoạch / Số lượng", ("plan_n", 2)),
        ("Số lượng", None),  # ambiguous between two groups: leave it to the user
        ("Người ký", None),
        ("", None),
    ],
)
def test_match_heading(heading: str, expected: tuple[str, int] | None) -> None:
    assert EXTERNAL.match_heading(heading) == expected


def test_sequence_and_note_lines() -> None:
    assert all(is_sequence_heading(h) for h in ("TT", "STT", "Số TT", "Số thứ tự", "T.T"))
    assert not is_sequence_heading("Tên tài liệu")
    for line in ("Ghi chú: cột 5 ghi rõ…", "(*) Văn bản đã hết hiệu lực", "NGƯỜI LẬP BIỂU", "Hà Tĩnh, ngày 06 tháng 11 năm 2024"):
        assert is_note_line(line), line
    assert not is_note_line("Luật Đất đai")


def test_spec_definition_errors_fail_loudly() -> None:
    with pytest.raises(ValueError, match="distinct keys"):
        RegisterSpec("t", "T", (TEXT, TEXT))
    with pytest.raises(ValueError, match="unknown columns"):
        RegisterSpec("t", "T", (TEXT,), unique_keys=("nope",))
    with pytest.raises(ValueError, match="fits two columns"):
        RegisterSpec("t", "T", (CODE, ColumnSpec("other", "Số ký hiệu")))
    with pytest.raises(ValueError, match="choices"):
        ColumnSpec("x", "X", ColumnKind.CHOICE)
    with pytest.raises(ValueError, match="choices"):
        ColumnSpec("x", "X", choices={"a": 1})
    with pytest.raises(ValueError, match="diacritics"):
        ColumnSpec("x", "X", ColumnKind.CHOICE, choices={"Còn": 1, "con": 2})


def test_specs_are_immutable_and_hashable() -> None:
    choices = {"Có": 1}
    spec = ColumnSpec("x", "X", ColumnKind.CHOICE, choices=choices)
    choices["Không"] = 0  # the caller's dict is copied
    assert dict(spec.choices) == {"Có": 1}
    assert hash(EXTERNAL) == hash(EXTERNAL)
    assert EXTERNAL.column("code") is CODE
    assert EXTERNAL.unique_groups == (("code",), ("name", "issued"))
    assert STATUS.display_title == "Tình trạng hiệu lực"
    assert EXTERNAL.column("low").display_title == "Rủi ro / Thấp"


# --------------------------------------------------------------------------------------------------
# parse_cell, kind by kind


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("  Luật Đất đai \u00a0", "Luật Đất đai"),
        (unicodedata.normalize("NFD", "Quyết định"), "Quyết định"),
        ("\ufeffdòng 1\r\ndòng 2", "dòng 1\ndòng 2"),
        (12.0, "12"),
        (7, "7"),
        (datetime(2024, 11, 6), "06/11/2024"),
    ],
)
def test_text_is_nfc_and_stripped(raw: object, expected: str) -> None:
    assert parse_cell(TEXT, raw) == expected


def test_text_problems() -> None:
    assert problem_of(TEXT, None) == ("required", {"column": "Tên tài liệu", "value": ""})
    assert problem_of(TEXT, " \u00a0 ")[0] == "required"
    code, params = problem_of(TEXT, "x" * 21)
    assert code == "too_long" and params["max_length"] == 20 and params["length"] == 21
    assert parse_cell(CODE, None) is None
    assert parse_cell(CODE, "   ") is None


@pytest.mark.parametrize(
    "raw",
    [
        "06/11/2024",
        "6/11/2024",
        "2024-11-06",
        "06.11.2024",
        "06-11-2024",
        " 06 / 11 / 2024 ",
        "6/11/24",
        "06/11/2024 08:30",
        "2024-11-06T00:00:00",
        "ngày 06 tháng 11 năm 2024",
        "Ngày 6 tháng 11 năm 2024",
        datetime(2024, 11, 6, 0, 0),
        datetime(2024, 11, 6, 15, 45),
        date(2024, 11, 6),
        45602,  # Excel serial
        45602.0,
        45602.75,  # serial with a time of day
        "45602",  # a serial that went through CSV
        Decimal(45602),
    ],
)
def test_dates_in_every_form_agencies_use(raw: object) -> None:
    assert parse_cell(DAY, raw) == date(2024, 11, 6)


@pytest.mark.parametrize(
    "raw",
    ["31/02/2024", "29/02/2023", "00/01/2024", "06/13/2024", "11/2024", "2024", 2024, 1.5, "hôm qua",
     "06/11/1850", True, time(8, 30), "06/11-2024"],
)  # fmt: skip
def test_not_dates(raw: object) -> None:
    code, params = problem_of(DAY, raw)
    assert code == "not_a_date"
    assert params["column"] == "Ngày ban hành"


def test_leap_day_is_a_date() -> None:
    assert parse_cell(DAY, "29/02/2024") == date(2024, 2, 29)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [(1234, 1234), (1234.0, 1234), ("1.234", 1234), ("1 234", 1234), ("1\u00a0234", 1234), ("0", 0),
     ("+15", 15), (2.9999999999, 3), ("1.234.567", 1234567), (Decimal("12"), 12)],
)  # fmt: skip
def test_integers(raw: object, expected: int) -> None:
    value = parse_cell(ColumnSpec("n", "N", ColumnKind.INT), raw)
    assert value == expected and type(value) is int


@pytest.mark.parametrize(
    ("raw", "code"),
    [("12,5", "not_an_integer"), (12.5, "not_an_integer"), ("1,234", "not_an_integer"), ("abc", "not_a_number"),
     ("1.2.3", "not_a_number"), (True, "not_a_number"), (date(2024, 1, 1), "not_a_number"),
     (float("nan"), "not_a_number"), ("-1", "out_of_range"), (10_001, "out_of_range")],
)  # fmt: skip
def test_integer_problems(raw: object, code: str) -> None:
    assert problem_of(COUNT, raw)[0] == code


def test_out_of_range_names_the_bounds() -> None:
    assert problem_of(COUNT, -1)[1] | {} == {"column": "Số trang", "value": "-1", "min": 0, "max": 10_000}


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("12,5", "12.5"), ("1.234,5", "1234.5"), ("1,234.5", "1234.5"), ("1.234", "1234"), ("12.5", "12.5"),
     ("0.500", "0.5"), ("-0,25", "-0.25"), (0.1, "0.1"), (7, "7"), ("1,234,567", "1234567"), ("\u2212 3", "-3")],
)  # fmt: skip
def test_decimals(raw: object, expected: str) -> None:
    assert parse_cell(AMOUNT, raw) == Decimal(expected)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("Có", True), ("co", True), ("x", True), ("X", True), ("✓", True), (1, True), (True, True),
     ("Không", False), ("KHÔNG", False), ("0", False), (0, False), (False, False)],
)  # fmt: skip
def test_yes_no(raw: object, expected: bool) -> None:
    assert parse_cell(FLAG, raw) is expected


def test_yes_no_problem() -> None:
    assert problem_of(FLAG, "có lẽ")[0] == "not_yes_no"
    assert problem_of(FLAG, 2)[0] == "not_yes_no"


@pytest.mark.parametrize("raw", ["Còn hiệu lực", "CÒN HIỆU LỰC", "con hieu luc", " Còn  hiệu lực ", "Còn"])
def test_choices_ignore_case_and_diacritics(raw: str) -> None:
    assert parse_cell(STATUS, raw) == "active"


def test_unknown_choice_lists_the_accepted_ones() -> None:
    code, params = problem_of(STATUS, "Đang sửa đổi")
    assert code == "not_a_choice"
    assert params["choices"] == ["Còn hiệu lực", "Hết hiệu lực", "Còn"]
    assert params["value"] == "Đang sửa đổi"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("Vĩnh viễn", PERMANENT), ("VĨNH VIỄN", PERMANENT), ("vinh vien", PERMANENT), ("VV", PERMANENT),
     ("20 năm", 20), ("20năm", 20), ("20 nam", 20), ("70", 70), (10, 10), (5.0, 5)],
)  # fmt: skip
def test_retention(raw: object, expected: object) -> None:
    assert parse_cell(KEEP, raw) == expected


@pytest.mark.parametrize(("raw", "code"), [("Lâu dài", "not_a_retention"), (2.5, "not_a_retention"),
                                           ("0 năm", "out_of_range"), (True, "not_a_retention")])  # fmt: skip
def test_retention_problems(raw: object, code: str) -> None:
    assert problem_of(KEEP, raw)[0] == code


def test_cell_error_is_a_validation_error() -> None:
    with pytest.raises(ValidationError) as caught:
        parse_cell(DAY, "31/02/2024")
    assert caught.value.code == "validation"
    assert caught.value.problems[0].params["value"] == "31/02/2024"


def test_long_values_are_shortened_in_messages() -> None:
    params = problem_of(DAY, "x" * 200)[1]
    assert len(str(params["value"])) == 80


# --------------------------------------------------------------------------------------------------
# format_cell is the inverse of parse_cell


@pytest.mark.parametrize(
    ("spec", "value", "written"),
    [(DAY, date(2024, 11, 6), date(2024, 11, 6)), (DAY, datetime(2024, 11, 6, 9), date(2024, 11, 6)),
     (FLAG, True, "Có"), (FLAG, False, "Không"), (STATUS, "active", "Còn hiệu lực"), (STATUS, "gone", "gone"),
     (KEEP, PERMANENT, "Vĩnh viễn"), (KEEP, 20, "20 năm"), (COUNT, 3, 3), (AMOUNT, 1.5, Decimal("1.5")),
     (TEXT, "x", "x"), (TEXT, None, None)],
)  # fmt: skip
def test_format_cell(spec: ColumnSpec, value: object, written: object) -> None:
    assert format_cell(spec, value) == written


# --------------------------------------------------------------------------------------------------
# Properties


def vn_int(number: int) -> str:
    return f"{number:,}".replace(",", ".")


def vn_decimal(number: Decimal) -> str:
    return f"{number:,.2f}".translate(str.maketrans({",": ".", ".": ","}))


@given(st.integers(min_value=-(10**12), max_value=10**12))
def test_integers_written_the_vietnamese_way_round_trip(number: int) -> None:
    spec = ColumnSpec("n", "N", ColumnKind.INT)
    assert parse_cell(spec, vn_int(number)) == number
    assert parse_cell(spec, str(number)) == number
    assert parse_cell(spec, float(number) if abs(number) < 2**53 else number) == number


@given(st.decimals(min_value=-(10**9), max_value=10**9, places=2, allow_nan=False, allow_infinity=False))
def test_decimals_written_the_vietnamese_way_round_trip(number: Decimal) -> None:
    assert parse_cell(AMOUNT, vn_decimal(number)) == number


@given(
    st.dates(min_value=date(1945, 1, 1), max_value=date(2099, 12, 31)),
    st.sampled_from(["%d/%m/%Y", "{d}/{m}/%Y", "%Y-%m-%d", "%d.%m.%Y", "%d-%m-%Y", "ngày %d tháng %m năm %Y"]),
)
def test_dates_written_the_vietnamese_way_round_trip(day: date, pattern: str) -> None:
    text = day.strftime(pattern.format(d=day.day, m=day.month))
    assert parse_cell(DAY, text) == day
    serial = (day - date(1899, 12, 30)).days
    assert parse_cell(DAY, serial) == day


@given(st.text())
def test_text_parsing_is_idempotent_nfc_and_stripped(text: str) -> None:
    spec = ColumnSpec("t", "T")
    value = parse_cell(spec, text)
    if value is None:
        return
    assert isinstance(value, str)
    assert value == value.strip() and unicodedata.is_normalized("NFC", value)
    assert parse_cell(spec, value) == value


@given(
    st.one_of(
        st.tuples(st.just(DAY), st.dates(min_value=date(1945, 1, 1), max_value=date(2099, 12, 31))),
        st.tuples(st.just(COUNT), st.integers(min_value=0, max_value=10_000)),
        st.tuples(st.just(AMOUNT), st.decimals(allow_nan=False, allow_infinity=False, places=3)),
        st.tuples(st.just(FLAG), st.booleans()),
        st.tuples(st.just(STATUS), st.sampled_from(["active", "expired"])),
        st.tuples(st.just(KEEP), st.one_of(st.just(PERMANENT), st.integers(min_value=1, max_value=999))),
    )
)
def test_format_then_parse_gives_the_value_back(pair: tuple[ColumnSpec, object]) -> None:
    spec, value = pair
    assert parse_cell(spec, format_cell(spec, value)) == value


# --------------------------------------------------------------------------------------------------
# Every code the layer can emit is declared (the UI translates exactly this list)


def test_every_emitted_code_is_declared_and_every_declared_code_is_emitted() -> None:
    root = Path(__file__).resolve().parents[2] / "isodesk"
    sources = "\n".join(
        (root / name).read_text(encoding="utf-8")
        for name in ("domain/tabular.py", "reports/xlsx_import.py", "reports/xlsx_exporter.py", "reports/files.py")
    )
    patterns = (
        r'_problem\([^"\n]*"([a-z_]+)"',  # _problem(spec, "not_a_date", raw)
        r'(?:DomainError|fail)\("([a-z_]+)"',  # DomainError("file_damaged", ...)
        r'code="([a-z_]+)"',  # FieldProblem(code="duplicate_in_file", ...)
        r'_sheet_problem\(\s*(?:""|[\w.]+),\s*"([a-z_]+)"',  # _sheet_problem(key, "no_rows")
        r'fail\("([a-z_]+)" if .* else "([a-z_]+)"',  # fail("file_encrypted" if ... else "xls_format")
    )
    emitted = {code for pattern in patterns for match in re.findall(pattern, sources) for code in (
        match if isinstance(match, tuple) else (match,))}  # fmt: skip
    assert emitted == set(PROBLEM_CODES), (sorted(emitted - set(PROBLEM_CODES)), sorted(set(PROBLEM_CODES) - emitted))
    assert len(PROBLEM_CODES) == len(set(PROBLEM_CODES))
