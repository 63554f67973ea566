"""Vietnamese formatting helpers: examples from DOMAIN.md / NĐ 30 plus property-based checks."""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from isodesk.domain.formatting import (
    admin_date,
    doc_reference,
    fold,
    format_doc_number,
    format_money,
    format_number,
    format_percent,
    matches,
    nfc,
    parse_vn_date,
    place_date_line,
    short_date,
    to_roman,
)

VIETNAMESE_LETTERS = (
    "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ"
)
VIETNAMESE_ALPHABET = VIETNAMESE_LETTERS + VIETNAMESE_LETTERS.upper()


# --------------------------------------------------------------------------- examples


@pytest.mark.parametrize(
    ("d", "expected"),
    [
        (date(2024, 11, 6), "ngày 06 tháng 11 năm 2024"),
        (date(2020, 1, 5), "ngày 05 tháng 01 năm 2020"),
        (date(2019, 6, 29), "ngày 29 tháng 6 năm 2019"),
        (date(2023, 2, 28), "ngày 28 tháng 02 năm 2023"),
        (date(2024, 3, 1), "ngày 01 tháng 3 năm 2024"),
        (date(2024, 12, 31), "ngày 31 tháng 12 năm 2024"),
    ],
)
def test_admin_date_examples(d: date, expected: str) -> None:
    assert admin_date(d) == expected


def test_place_date_line_examples() -> None:
    assert place_date_line("Hà Tĩnh", date(2024, 11, 6)) == "Hà Tĩnh, ngày 06 tháng 11 năm 2024"
    assert place_date_line("Hà Nội", date(2020, 1, 5)) == "Hà Nội, ngày 05 tháng 01 năm 2020"
    assert (
        place_date_line("Thành phố Hồ Chí Minh", date(2019, 6, 29))
        == "Thành phố Hồ Chí Minh, ngày 29 tháng 6 năm 2019"
    )


def test_draft_date_keeps_the_year_and_blanks_day_and_month() -> None:
    line = place_date_line("Hà Tĩnh", None, year=2025)
    assert re.fullmatch(r"Hà Tĩnh, ngày\s{4,}tháng\s{4,}năm 2025", line)
    assert admin_date(None).startswith("ngày ")


def test_short_date() -> None:
    assert short_date(date(2024, 11, 6)) == "06/11/2024"
    assert short_date(date(2024, 4, 3)) == "03/04/2024"


@pytest.mark.parametrize("text", ["06/11/2024", "6/11/2024", "2024-11-06", "06-11-2024", "06.11.2024", " 6.11.2024 "])
def test_parse_vn_date_accepts_the_usual_forms(text: str) -> None:
    assert parse_vn_date(text) == date(2024, 11, 6)


@pytest.mark.parametrize(
    "text", ["", "06/11/24", "31/02/2024", "06/11-2024", "2024/11/06", "ngày 06 tháng 11", "06/13/2024", "x6/11/2024"]
)
def test_parse_vn_date_rejects_everything_else(text: str) -> None:
    with pytest.raises(ValueError):
        parse_vn_date(text)


def test_document_numbers() -> None:
    assert format_doc_number(5, "BNV-VP") == "Số: 05/BNV-VP"
    assert format_doc_number(5, "KH-UBND") == "Số: 05/KH-UBND"
    assert format_doc_number(15, "QĐ-BNV") == "Số: 15/QĐ-BNV"
    assert format_doc_number(284, "BC-STTTT") == "Số: 284/BC-STTTT"
    assert format_doc_number(None, "KH-UBND") == "Số:      /KH-UBND"
    with pytest.raises(ValueError):
        format_doc_number(0, "KH-UBND")
    with pytest.raises(ValueError):
        format_doc_number(3, "  ")


def test_doc_reference() -> None:
    assert doc_reference(5, "KH-UBND", date(2024, 11, 6)) == "05/KH-UBND ngày 06/11/2024"
    assert doc_reference(1620, "KH-SKHCN", date(2024, 10, 17)) == "1620/KH-SKHCN ngày 17/10/2024"
    draft = doc_reference(None, "BC-STTTT", None)
    assert draft.strip().startswith("/BC-STTTT ngày")


def test_numbers_and_percentages() -> None:
    assert format_number(18_308_000_000) == "18.308.000.000"
    assert format_number(5, 1) == "5,0"
    assert format_number(Decimal("9215.2"), 1) == "9.215,2"
    assert format_number(0.5) == "1"  # half away from zero, like rounding by hand
    assert format_number(-1234.5, 1) == "-1.234,5"
    assert format_number(-0.001, 2) == "0,00"
    assert format_number(999) == "999"
    assert format_number(1000) == "1.000"
    assert format_percent(191, 200) == "95,50%"
    assert format_percent(1, 3) == "33,33%"
    assert format_percent(39, 39) == "100,00%"
    assert format_percent(0, 0) == "-"
    assert format_money(18_308_000_000) == "18.308.000.000 đồng"
    assert format_money(9_215_200_000, "triệu đồng", 1) == "9.215,2 triệu đồng"
    with pytest.raises(ValueError):
        format_money(1, "đô la")
    with pytest.raises(TypeError):
        format_number(True)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        format_number(float("nan"))


def test_roman() -> None:
    assert [to_roman(n) for n in (1, 2, 3, 4, 9, 14, 40, 90, 400, 1994, 3999)] == [
        "I", "II", "III", "IV", "IX", "XIV", "XL", "XC", "CD", "MCMXCIV", "MMMCMXCIX",
    ]
    for bad in (0, -1, 4000):
        with pytest.raises(ValueError):
            to_roman(bad)


def test_fold_and_matches_examples() -> None:
    assert fold("  Quy   trình  ĐGNB ") == "quy trinh dgnb"
    assert fold("Đậu Tùng Lâm") == "dau tung lam"
    assert matches("quy trinh", "Quy trình nội bộ")
    assert matches("d", "đ")
    assert matches("D", "Đ")
    assert matches("trinh quy", "Quy trình")  # tokens, any order
    assert matches("", "anything")
    assert not matches("quy trinh x", "Quy trình")
    decomposed = unicodedata.normalize("NFD", "Hệ thống quản lý chất lượng")
    assert matches("he thong quan ly", decomposed)
    assert matches("CHẤT LƯỢNG", "chat luong")


def test_nfc() -> None:
    decomposed = unicodedata.normalize("NFD", "Kế hoạch")
    assert decomposed != "Kế hoạch"
    assert nfc(decomposed) == "Kế hoạch"


# --------------------------------------------------------------------------- properties

dates = st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31))


@given(dates)
def test_short_date_round_trips(d: date) -> None:
    assert parse_vn_date(short_date(d)) == d
    assert parse_vn_date(d.isoformat()) == d
    assert parse_vn_date(f"{d.day}.{d.month}.{d.year}") == d
    assert parse_vn_date(f"{d.day}-{d.month:02d}-{d.year}") == d


@given(dates)
def test_admin_date_padding_rules(d: date) -> None:
    m = re.fullmatch(r"ngày (\d+) tháng (\d+) năm (\d+)", admin_date(d))
    assert m is not None
    day, month, year = m.groups()
    assert day == f"{d.day:02d}"
    assert month == (f"{d.month:02d}" if d.month <= 2 else str(d.month))
    assert int(year) == d.year


@given(st.integers(min_value=-(10**18), max_value=10**18))
def test_format_number_round_trips_integers(n: int) -> None:
    text = format_number(n)
    assert "," not in text
    assert int(text.replace(".", "")) == n
    # dots group digits in threes from the right
    assert all(len(group) == 3 for group in text.lstrip("-").split(".")[1:])


@given(
    st.decimals(min_value=-(10**12), max_value=10**12, allow_nan=False, allow_infinity=False, places=4),
    st.integers(min_value=0, max_value=4),
)
def test_format_number_round_trips_decimals(value: Decimal, decimals: int) -> None:
    text = format_number(value, decimals)
    parsed = Decimal(text.replace(".", "").replace(",", "."))
    assert abs(parsed - value) <= Decimal(1).scaleb(-decimals) / 2
    if decimals:
        assert text.split(",")[1].isdigit() and len(text.split(",")[1]) == decimals


@given(st.integers(min_value=0, max_value=10**6), st.integers(min_value=1, max_value=10**6))
def test_format_percent_is_two_decimal_comma(num: int, den: int) -> None:
    text = format_percent(num, den)
    assert re.fullmatch(r"\d{1,3}(\.\d{3})*,\d\d%", text)
    value = Decimal(text[:-1].replace(".", "").replace(",", "."))
    assert abs(value - Decimal(num) * 100 / den) <= Decimal("0.005")


@given(st.integers(min_value=1, max_value=3999))
def test_roman_uses_only_roman_letters(n: int) -> None:
    assert set(to_roman(n)) <= set("MDCLXVI")


@given(st.integers(min_value=1, max_value=10**6), st.text(alphabet="ABCĐHKQTUVXyr-", min_size=1, max_size=12))
def test_doc_number_zero_pads(n: int, symbol: str) -> None:
    symbol = symbol.strip() or "KH"
    text = format_doc_number(n, symbol)
    number = text.removeprefix("Số: ").split("/")[0]
    assert int(number) == n and len(number) >= 2


text_strategy = st.one_of(
    st.text(),
    st.text(alphabet=VIETNAMESE_ALPHABET + " \t\n"),
    st.text(alphabet=VIETNAMESE_ALPHABET + " ").map(lambda s: unicodedata.normalize("NFD", s)),
)


@settings(max_examples=300)
@given(text_strategy)
@example("İstanbul")
@example("ǅ ǈ ﬃ ẞ")
def test_fold_is_idempotent_and_removes_marks(text: str) -> None:
    folded = fold(text)
    assert fold(folded) == folded
    assert not any(unicodedata.combining(ch) for ch in folded)
    assert "đ" not in folded and "Đ" not in folded
    assert folded == folded.strip() and "  " not in folded


@given(st.text(alphabet=VIETNAMESE_ALPHABET))
def test_fold_of_vietnamese_is_plain_ascii(text: str) -> None:
    assert fold(text).isascii()


@given(text_strategy, st.data())
def test_matches_any_folded_substring(text: str, data: st.DataObject) -> None:
    folded = fold(text)
    start = data.draw(st.integers(min_value=0, max_value=len(folded)))
    end = data.draw(st.integers(min_value=start, max_value=len(folded)))
    assert matches(folded[start:end], text)


@given(st.lists(st.text(alphabet=VIETNAMESE_ALPHABET, min_size=1, max_size=10), min_size=1, max_size=6))
def test_matches_each_word_of_the_text_in_any_case(words: list[str]) -> None:
    text = " ".join(words)
    assert matches(" ".join(reversed(words)).upper(), text)
    assert matches(fold(words[0]), unicodedata.normalize("NFD", text))
