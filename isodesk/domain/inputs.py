"""Plausibility checks every value passes where it enters isodesk (service boundary, import, storage).

Dates outside 1945–2100 are typing slips (31/12/9999, 1/1/0001) that would later overflow date
arithmetic ("year 10000 is out of range"); a lone UTF-16 surrogate (a broken character left by
copy and paste) cannot be stored in SQLite's UTF-8 at all. Both are refused with a field problem,
so the user gets a clear message and nothing is saved.

Text (issue 12 item 8) is normalised where it enters a service (:func:`normalise_inputs`, applied to
every public service method by ``services.base.ServiceBase``): NFC, so that a code typed or pasted
in decomposed form (NFD, as macOS and some web forms produce) is the same code as the one typed in
Vietnamese Telex; trimmed of spaces and invisible zero-width characters, so a title of zero-width
characters only is empty (and refused as required). What is stored is then checked by
:func:`input_problems` at the last flush (``storage.history``): control characters (NUL…) are
refused, and every text has a length limit (its column's, or :data:`NOTE_LIMIT`).
"""

from __future__ import annotations

import dataclasses
import enum
import unicodedata
from collections.abc import Mapping
from datetime import date, datetime
from typing import Final

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


#: Invisible characters that paste along with text (zero-width space, non-joiner, joiner, word joiner,
#: byte-order mark, soft hyphen): trimmed at both ends, so text made only of them counts as empty.
ZERO_WIDTH: Final = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
#: Line breaks and tabs are text (notes, drafted paragraphs); every other control character is not.
_ALLOWED_CONTROLS: Final = frozenset("\t\n\r")
#: Length limit of a free text with no column length of its own (notes, summaries, reasons): about two
#: pages, far more than any register cell holds.
NOTE_LIMIT: Final = 4_000
#: Longer limits of the few texts that hold whole paragraphs or structured values, by field name.
LONG_TEXT_LIMITS: Final[Mapping[str, int]] = {
    "text": 50_000,  # a drafted document's block (plan, minutes, report sections)
    "content": 20_000,  # a revision's change lines
    "value": 20_000,  # a setting (may hold a short JSON list)
}


def normalise_text(value: str) -> str:
    """NFC, trimmed of whitespace and zero-width characters at both ends."""
    return unicodedata.normalize("NFC", value).strip().strip(ZERO_WIDTH + " \t\r\n").strip()


def normalise_inputs(value: object) -> object:
    """``value`` with every text normalised by :func:`normalise_text`; the same object when nothing changes.

    Texts are normalised as they are, in a tuple or list, or as the fields of a DTO (a dataclass of
    ``isodesk.domain``, one level deep: its tuples of texts or of DTOs too). Enum members (whose value
    is a text) and everything else are returned unchanged.
    """
    return _normalised(value, depth=2)


def _normalised(value: object, depth: int) -> object:
    if isinstance(value, str):
        return value if isinstance(value, enum.Enum) else normalise_text(value)
    if depth <= 0:
        return value
    if isinstance(value, tuple | list) and value:
        items = [_normalised(item, depth - 1) for item in value]
        if all(new is old for new, old in zip(items, value, strict=True)):
            return value
        return type(value)(items)
    if dataclasses.is_dataclass(value) and not isinstance(value, type) and _is_dto(type(value)):
        changes = {}
        for spec in dataclasses.fields(value):
            if not spec.init:
                continue
            old = getattr(value, spec.name)
            new = _normalised(old, depth - 1)
            if new is not old and new != old:
                changes[spec.name] = new
        return dataclasses.replace(value, **changes) if changes else value
    return value


def _is_dto(cls: type) -> bool:
    # Register specifications (tabular) are code, not input; previews carry already-parsed cells.
    module = cls.__module__
    return module.startswith("isodesk.domain.") and module != "isodesk.domain.tabular"


def has_control_characters(text: str) -> bool:
    """True when ``text`` holds a control character other than tab and line breaks (NUL, ESC, U+0085…)."""
    return any(unicodedata.category(ch) == "Cc" and ch not in _ALLOWED_CONTROLS for ch in text)


def text_limit(field: str, column_length: int | None = None) -> int:
    """The length limit of a text field: its column's length, else a long-text limit, else NOTE_LIMIT."""
    return column_length or LONG_TEXT_LIMITS.get(field, NOTE_LIMIT)


def text_problem(field: str, value: str | None, max_length: int | None = None) -> FieldProblem | None:
    """``bad_characters`` (cannot be stored), ``control_characters`` (NUL, ESC… pasted along with text)
    or ``too_long`` (params: max_length, length) for a text; None when it is fine.

    The value is never copied into the problem: it may be 100,000 characters long.
    """
    if value is None:
        return None
    if has_broken_characters(value):
        return FieldProblem(field, "bad_characters")
    if has_control_characters(value):
        return FieldProblem(field, "control_characters")
    if max_length is not None and len(value) > max_length:
        return FieldProblem(field, "too_long", {"max_length": max_length, "length": len(value)})
    return None


def input_problems(limits: Mapping[str, int] | None = None, /, **values: object) -> list[FieldProblem]:
    """Problems of every given value (dates and texts are checked, other values pass).

    Args:
        limits: Length limit per text field; a text not named here gets :func:`text_limit`'s default.
        values: The values by field name.
    """
    problems: list[FieldProblem] = []
    for field, value in values.items():
        problem = None
        if isinstance(value, date):
            problem = date_problem(field, value)
        elif isinstance(value, str):
            limit = (limits or {}).get(field) or text_limit(field)
            problem = text_problem(field, value, limit)
        if problem is not None:
            problems.append(problem)
    return problems
