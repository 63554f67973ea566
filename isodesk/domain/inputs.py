"""Plausibility checks every value passes where it enters isodesk (service boundary, import, storage).

Dates outside 1945–2100 are typing slips (31/12/9999, 1/1/0001) that would later overflow date
arithmetic ("year 10000 is out of range"); a lone UTF-16 surrogate (a broken character left by
copy and paste) cannot be stored in SQLite's UTF-8 at all. Both are refused with a field problem,
so the user gets a clear message and nothing is saved. Text normalisation (NFC, control
characters, lengths) is a separate, larger rule set.
"""

from __future__ import annotations

from datetime import date, datetime

from isodesk.domain.errors import FieldProblem

#: The earliest date isodesk accepts (records of the agencies start after 1945).
EARLIEST_DATE = date(1945, 1, 1)
#: The latest date isodesk accepts.
LATEST_DATE = date(2100, 12, 31)


def date_in_range(value: date) -> bool:
    """True when ``value`` (a date or datetime) lies within :data:`EARLIEST_DATE`–:data:`LATEST_DATE`."""
    day = value.date() if isinstance(value, datetime) else value
    return EARLIEST_DATE <= day <= LATEST_DATE


def has_broken_characters(text: str) -> bool:
    """True when ``text`` holds a lone surrogate (U+D800–U+DFFF), which no file or database can store."""
    return any(0xD800 <= ord(ch) <= 0xDFFF for ch in text)


def date_problem(field: str, value: date | None) -> FieldProblem | None:
    """``date_out_of_range`` for a date outside the accepted range (params: value, min, max)."""
    if value is None or date_in_range(value):
        return None
    return FieldProblem(field, "date_out_of_range", {"value": value, "min": EARLIEST_DATE, "max": LATEST_DATE})


def text_problem(field: str, value: str | None) -> FieldProblem | None:
    """``bad_characters`` for text holding a character that cannot be stored."""
    if value is None or not has_broken_characters(value):
        return None
    return FieldProblem(field, "bad_characters")


def input_problems(**values: object) -> list[FieldProblem]:
    """Problems of every given value (dates and texts are checked, other values pass)."""
    problems: list[FieldProblem] = []
    for field, value in values.items():
        problem = None
        if isinstance(value, date):
            problem = date_problem(field, value)
        elif isinstance(value, str):
            problem = text_problem(field, value)
        if problem is not None:
            problems.append(problem)
    return problems
