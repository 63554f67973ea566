"""Vietnamese formatting: numbers, percentages, administrative dates, document numbers, search folding.

This is the ONE place where isodesk decides how a number, a date or a document number is written.
Pure Python, stdlib only: the UI, the services and the report builders all call these functions,
so a screen, a Word file and a PDF never disagree.

Conventions (Nghị định 30/2020/NĐ-CP, Phụ lục I, and DOMAIN.md §3, §7):

* numbers: dot as thousands separator, comma as decimal separator (``18.308.000.000``, ``5,0``);
* percentages are computed from counts, never typed, with two decimals (``95,50%``);
* administrative dates: day < 10 and months 1–2 are zero-padded, other months are not
  (``ngày 05 tháng 01 năm 2020``, ``ngày 29 tháng 6 năm 2019``);
* document numbers < 10 are zero-padded (``Số: 05/BNV-VP``);
* counts in running text take the thousands dot too (``1.294 tài liệu``);
* the lần ban hành of a controlled document is two digits everywhere, print and Excel (``01``), as
  the NĐ 30-style lists and the document control block write it.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

__all__ = [
    "DRAFT_NUMBER_GAP",
    "MONEY_UNITS",
    "REVISION_NUMBER_FORMAT",
    "admin_date",
    "doc_reference",
    "fold",
    "format_count",
    "format_doc_number",
    "format_money",
    "format_number",
    "format_percent",
    "format_revision",
    "matches",
    "nfc",
    "parse_vn_date",
    "place_date_line",
    "short_date",
    "to_roman",
]

Number = int | float | Decimal

#: Blank left for the number on a draft, filled in by hand by the Văn thư after signature (NĐ 30 Điều 15).
DRAFT_NUMBER_GAP = " " * 6
#: Blank left for the day and month of an undated draft (``ngày      tháng      năm 2025``).
_DRAFT_DATE_GAP = " " * 6

#: Money units seen in reports and the divisor that turns đồng into that unit (DOMAIN.md §7 rule 2:
#: derive the unit label from the scale, never type it next to numbers of another scale).
MONEY_UNITS: dict[str, int] = {
    "đồng": 1,
    "nghìn đồng": 1_000,
    "triệu đồng": 1_000_000,
    "tỷ đồng": 1_000_000_000,
}


# --------------------------------------------------------------------------- text


def nfc(text: str) -> str:
    """Return ``text`` in Unicode NFC.

    Some Vietnamese input methods and copy/paste from PDFs produce decomposed (NFD) letters;
    reportlab does no shaping, so every string must be composed before it reaches a document.
    """
    return unicodedata.normalize("NFC", text)


# Letters with a stroke do not decompose under NFD, so they are mapped by hand.
# U+00D0/U+00F0 (eth) appear in text converted from the old TCVN3/VNI encodings in place of Đ/đ.
_FOLD_MAP = str.maketrans({"đ": "d", "Đ": "d", "ð": "d", "Ð": "d"})


def _is_mark(char: str) -> bool:
    return unicodedata.combining(char) != 0 or unicodedata.category(char) in ("Mn", "Me")


def _build_strip_table() -> dict[int, str]:
    """Precomposed Latin letters → their base letters, computed once from Unicode's own NFD data."""
    table: dict[int, str] = {}
    for start, end in ((0x00C0, 0x0250), (0x1E00, 0x1F00)):
        for cp in range(start, end):
            base = "".join(c for c in unicodedata.normalize("NFD", chr(cp)) if not _is_mark(c))
            if base != chr(cp) and base.isascii():
                table[cp] = base
    table.update({ord(k): "d" for k in "đĐðÐ"})
    return table


_STRIP_TABLE: dict[int, str] = {}


def fold(text: str) -> str:
    """Fold text for diacritics-insensitive, case-insensitive search.

    NFD-decomposes, removes combining marks, maps ``đ``/``Đ`` to ``d``, case-folds and collapses
    runs of whitespace to one space (trimmed). ``fold("  Quy   trình ĐGNB ")`` → ``"quy trinh dgnb"``.
    The result is stable: ``fold(fold(x)) == fold(x)``.

    Args:
        text: any text.

    Returns:
        The folded text.
    """
    # Fast path (search-as-you-type folds thousands of titles): Vietnamese text in NFC maps to ASCII
    # with one C-level translate; anything else (NFD input, other scripts) takes the full algorithm.
    if not _STRIP_TABLE:
        _STRIP_TABLE.update(_build_strip_table())
    quick = text.translate(_STRIP_TABLE)
    if quick.isascii():
        return " ".join(quick.casefold().split())
    folded = text
    # Case folding can create new decomposable letters (e.g. "İ" -> "i̇"), so repeat until stable;
    # in practice one or two passes.
    for _ in range(4):
        step = unicodedata.normalize("NFD", folded.translate(_FOLD_MAP).casefold())
        step = "".join(ch for ch in step if not _is_mark(ch)).translate(_FOLD_MAP)
        if step == folded:
            break
        folded = step
    return " ".join(folded.split())


def matches(query: str, text: str) -> bool:
    """Tell whether every whitespace-separated token of ``query`` occurs in ``text``, ignoring
    diacritics and case.

    ``matches("quy trinh", "Quy trình nội bộ")`` and ``matches("d", "đ")`` are true.
    An empty or blank query matches everything.

    Args:
        query: what the user typed.
        text: the text searched.
    """
    haystack = fold(text)
    return all(token in haystack for token in fold(query).split())


# --------------------------------------------------------------------------- numbers


def _to_decimal(value: Number) -> Decimal:
    if isinstance(value, bool):
        raise TypeError("a bool is not a number to format")
    if isinstance(value, Decimal):
        result = value
    elif isinstance(value, int):
        result = Decimal(value)
    elif isinstance(value, float):
        # repr() gives the shortest string that round-trips, so 0.1 stays 0.1 and not 0.1000000000000000055...
        result = Decimal(repr(value))
    else:
        raise TypeError(f"cannot format {type(value).__name__} as a number")
    if not result.is_finite():
        raise ValueError(f"cannot format non-finite number {value!r}")
    return result


def format_number(value: Number, decimals: int = 0) -> str:
    """Format a number the Vietnamese way: dot thousands separator, decimal comma.

    Rounds half away from zero (``2,5`` → ``3``), as people round by hand in reports.
    ``format_number(18308000000)`` → ``"18.308.000.000"``; ``format_number(5, 1)`` → ``"5,0"``;
    ``format_number(Decimal("9215.25"), 1)`` → ``"9.215,3"``.

    Args:
        value: an int, float or Decimal (not bool, not NaN/infinity).
        decimals: digits after the decimal comma (≥ 0).

    Raises:
        ValueError: for a negative ``decimals`` or a non-finite value.
        TypeError: for anything that is not a number.
    """
    if decimals < 0:
        raise ValueError("decimals must be >= 0")
    quantum = Decimal(1).scaleb(-decimals)
    try:
        rounded = _to_decimal(value).quantize(quantum, rounding=ROUND_HALF_UP)
    except InvalidOperation as exc:  # more digits than the default context holds
        raise ValueError(f"cannot format {value!r} with {decimals} decimals") from exc
    sign = "-" if rounded < 0 else ""  # quantize may give -0; "−0" must print as "0"
    text = f"{abs(rounded):.{decimals}f}"
    integer, _, fraction = text.partition(".")
    groups: list[str] = []
    while len(integer) > 3:
        groups.insert(0, integer[-3:])
        integer = integer[:-3]
    groups.insert(0, integer)
    result = sign + ".".join(groups)
    return f"{result},{fraction}" if decimals else result


def format_count(count: int, noun: str = "") -> str:
    """A count in running text: ``format_count(1294, "tài liệu")`` → ``"1.294 tài liệu"``.

    Every sentence that states how many of something a list holds goes through here, so that a
    footer never prints ``1294``.
    """
    text = format_number(count)
    return f"{text} {noun.strip()}" if noun.strip() else text


#: Excel number format of the lần ban hành column: the stored integer shows as ``01`` like the print.
REVISION_NUMBER_FORMAT = "00"


def format_revision(number: int | None) -> str:
    """The lần ban hành of a controlled document: ``01``, ``02`` … (``""`` when unknown).

    One rule for print, screen and Excel (:data:`REVISION_NUMBER_FORMAT`): two digits, as the NĐ 30
    lists and the ISO document control block (``Lần ban hành: 01``) write it.
    """
    if number is None:
        return ""
    if isinstance(number, bool) or not isinstance(number, int) or number < 0:
        raise ValueError(f"a revision number is a non-negative integer, not {number!r}")
    return f"{number:02d}"


def format_percent(numerator: Number, denominator: Number, decimals: int = 2) -> str:
    """Format ``numerator / denominator`` as a percentage computed from counts.

    DOMAIN.md §7 rule 3: rates are computed, never typed, with two decimals and a decimal comma.
    ``format_percent(191, 200)`` → ``"95,50%"``.

    Args:
        numerator: the count of the part.
        denominator: the count of the whole.
        decimals: digits after the comma.

    Returns:
        The percentage followed by ``%``; ``"-"`` when the denominator is 0 (a rate of nothing
        is not 0 %, and a dash is how the seed tables show "không có").
    """
    whole = _to_decimal(denominator)
    if whole == 0:
        return "-"
    return format_number(_to_decimal(numerator) * 100 / whole, decimals) + "%"


def format_money(amount_dong: Number, unit: str = "đồng", decimals: int = 0) -> str:
    """Format an amount held in đồng in the given unit, with the unit name.

    ``format_money(18_308_000_000)`` → ``"18.308.000.000 đồng"``;
    ``format_money(9_215_200_000, "triệu đồng", 1)`` → ``"9.215,2 triệu đồng"``.

    Args:
        amount_dong: the amount in đồng (store money in đồng; scale only for display).
        unit: one of :data:`MONEY_UNITS`.
        decimals: digits after the comma once scaled.

    Raises:
        ValueError: for an unknown unit.
    """
    try:
        divisor = MONEY_UNITS[unit]
    except KeyError:
        raise ValueError(f"unknown money unit {unit!r}; use one of {sorted(MONEY_UNITS)}") from None
    return f"{format_number(_to_decimal(amount_dong) / divisor, decimals)} {unit}"


def to_roman(n: int) -> str:
    """Return ``n`` (1–3999) in upper-case Roman numerals, for appendix and section numbering.

    Raises:
        ValueError: outside 1–3999.
    """
    if isinstance(n, bool) or not isinstance(n, int) or not 1 <= n <= 3999:
        raise ValueError(f"no Roman numeral for {n!r}")
    parts = []
    for value, letters in (
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ):
        count, n = divmod(n, value)
        parts.append(letters * count)
    return "".join(parts)


# --------------------------------------------------------------------------- dates


def _admin_month(month: int) -> str:
    # NĐ 30 Phụ lục I: months 1 and 2 are zero-padded (so "01" cannot be misread as the start of
    # "10"–"12" when someone adds a digit); months 3–12 are written as is.
    return f"{month:02d}" if month <= 2 else str(month)


def admin_date(d: date | None, year: int | None = None) -> str:
    """Write a date in the NĐ 30 administrative form.

    ``admin_date(date(2024, 11, 6))`` → ``"ngày 06 tháng 11 năm 2024"``;
    ``date(2020, 1, 5)`` → ``"ngày 05 tháng 01 năm 2020"``; ``date(2019, 6, 29)`` → ``"ngày 29 tháng 6 năm 2019"``.

    Args:
        d: the date, or None for a draft whose day and month are written on signature.
        year: for a draft (``d`` None), the year printed after ``năm``; blank if None too.

    Returns:
        The date phrase; for a draft ``"ngày      tháng      năm 2025"``.
    """
    if d is None:
        gap = _DRAFT_DATE_GAP
        return f"ngày{gap}tháng{gap}năm {year}" if year is not None else f"ngày{gap}tháng{gap}năm{gap}"
    return f"ngày {d.day:02d} tháng {_admin_month(d.month)} năm {d.year}"


def place_date_line(place: str, d: date | None, year: int | None = None) -> str:
    """Return the địa danh + thời gian line (ô 4): ``"Hà Tĩnh, ngày 06 tháng 11 năm 2024"``.

    Args:
        place: official name of the administrative unit where the issuing body sits.
        d: the date of issue, or None for a draft (see :func:`admin_date`).
        year: year of a draft.
    """
    return f"{place.strip()}, {admin_date(d, year)}"


def short_date(d: date) -> str:
    """Return ``dd/mm/yyyy`` (``"06/11/2024"``), the form used in tables and citations."""
    return f"{d.day:02d}/{d.month:02d}/{d.year:04d}"


_DMY = re.compile(r"(\d{1,2})([/.-])(\d{1,2})\2(\d{4})")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")


def parse_vn_date(text: str) -> date:
    """Parse a date typed the Vietnamese way (day first) or in ISO form.

    Accepts ``06/11/2024``, ``6/11/2024``, ``06-11-2024``, ``06.11.2024`` and ``2024-11-06``
    (surrounding blanks ignored; the two separators must be the same).

    Raises:
        ValueError: for anything else, or a day/month that does not exist.
    """
    cleaned = text.strip()
    if m := _DMY.fullmatch(cleaned):
        day, month, year = int(m[1]), int(m[3]), int(m[4])
    elif m := _ISO.fullmatch(cleaned):
        year, month, day = int(m[1]), int(m[2]), int(m[3])
    else:
        raise ValueError(f"not a date (dd/mm/yyyy expected): {text!r}")
    try:
        return date(year, month, day)
    except ValueError as exc:
        raise ValueError(f"no such date: {text!r}") from exc


# --------------------------------------------------------------------------- document numbers


def _number_part(number: int | None) -> str:
    if number is None:
        return DRAFT_NUMBER_GAP
    if isinstance(number, bool) or not isinstance(number, int) or number < 1:
        raise ValueError(f"a document number is a positive integer, not {number!r}")
    return f"{number:02d}"


def format_doc_number(number: int | None, symbol: str) -> str:
    """Return the số, ký hiệu line (ô 3): ``"Số: 05/KH-UBND"``.

    Numbers < 10 are zero-padded. A draft (``number`` None) keeps a blank for the Văn thư:
    ``"Số:      /KH-UBND"``.

    Args:
        number: the registered number (≥ 1), or None for a draft.
        symbol: the ký hiệu after the slash, e.g. ``"KH-UBND"``, ``"BC-STTTT"``, ``"STTTT-VP"``.

    Raises:
        ValueError: for a number < 1 or an empty symbol.
    """
    symbol = symbol.strip()
    if not symbol:
        raise ValueError("a document needs a ký hiệu")
    part = _number_part(number)
    return f"Số:{part}/{symbol}" if number is None else f"Số: {part}/{symbol}"


def doc_reference(number: int | None, symbol: str, d: date | None) -> str:
    """Return a citation of a document: ``"05/KH-UBND ngày 06/11/2024"``.

    Used in body text and in an appendix chỉ dẫn line. Unknown parts (a document not yet
    numbered or dated) are left blank to be filled in by hand: ``"      /KH-UBND ngày      "``.

    Args:
        number: the document number, or None.
        symbol: its ký hiệu.
        d: its date, or None.
    """
    date_part = short_date(d) if d is not None else _DRAFT_DATE_GAP
    return f"{_number_part(number)}/{symbol.strip()} ngày {date_part}"
