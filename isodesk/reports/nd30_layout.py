"""Layout decisions of NĐ 30/2020 shared by the Word and the PDF renderer.

Everything both renderers must agree on lives here: sizes of each component, column splits of
the header and footer tables, lengths of the rules, text clean-up and list punctuation, table
column widths. The renderers only translate these decisions into python-docx or reportlab calls.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from isodesk.domain.formatting import format_doc_number, nfc, place_date_line
from isodesk.reports.fonts import text_width_pt
from isodesk.reports.model import A4_HEIGHT_MM, A4_WIDTH_MM, AdminDocument, Orientation, Table

PT_PER_MM = 72 / 25.4

NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
NATIONAL_MOTTO = "Độc lập - Tự do - Hạnh phúc"
RECIPIENTS_TITLE = "Nơi nhận:"
KINH_GUI = "Kính gửi:"


@dataclass(frozen=True)
class Sizes:
    """Point sizes of each component (NĐ 30 Phụ lục I, table of ô 1–9)."""

    parent_agency: float = 13  # 12–13, upright
    agency: float = 13  # 12–13, bold
    number: float = 13  # exactly 13
    national_title: float = 12  # 12–13, bold; 13 pt does not fit the right column with a 30 mm left margin
    national_motto: float = 13  # 13–14, bold
    place_date: float = 14  # 13–14, italic
    doc_type: float = 14  # 13–14, bold
    summary: float = 14  # 13–14, bold
    recipients_title: float = 12  # exactly 12, bold italic
    recipients: float = 11  # exactly 11
    appendix_label: float = 14  # exactly 14, bold
    table: float = 12


SIZES = Sizes()

#: First-line indent of body paragraphs (NĐ 30: 1 cm or 1,27 cm).
FIRST_LINE_INDENT_MM = 10.0
#: Share of the text width given to the left column of the header table (agency side).
HEADER_LEFT_SHARE = 0.42
#: Share of the text width given to the left column of the footer table (Nơi nhận side).
FOOTER_LEFT_SHARE = 0.45
#: Rule under the agency name: 1/3–1/2 of the name's length; 40 % sits in the middle.
AGENCY_RULE_SHARE = 0.40
#: Rule under the trích yếu: 1/3–1/2 of its length (longest line).
SUMMARY_RULE_SHARE = 0.34
#: Thickness of the short rules, points (a solid hairline reads like a drawn line in Word).
RULE_PT = 0.6
#: Distance from the bottom of the text line above a short rule to the rule (PDF: space before the
#: line; Word: space before the 2 pt paragraph whose bottom border is the rule, minus that paragraph).
RULE_GAP_PT = 4.5
#: Height of the Word paragraph that carries a rule as its bottom border (exact line height).
RULE_CARRIER_PT = 2.0
#: Space between the rules of the header and the "Số:" / place-date row.
HEADER_RULE_GAP_PT = 3.0
#: Distance of the page-number header from the top edge.
HEADER_DISTANCE_MM = 10.0
#: Cell padding used by both renderers in every table (Word's default is 1.9 mm left/right).
CELL_PAD_MM = 1.2
#: Width of the "Kính gửi:" label column.
KINH_GUI_LABEL_MM = 26.0
#: Space before the footer block (Nơi nhận / signature).
FOOTER_SPACE_BEFORE_PT = 6.0
#: A table cell with more text than this may be split across pages (a cantSplit row taller than a
#: page cannot be laid out). Rows below this stay whole.
CANT_SPLIT_MAX_CHARS = 1200


# --------------------------------------------------------------------------- text


# XML 1.0 forbids most C0 controls; python-docx refuses them and reportlab would draw boxes.
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff\ud800-\udfff]")


def clean(text: str) -> str:
    """NFC-normalise, unify line ends to ``\\n`` and drop characters that cannot appear in a document
    (C0 controls, surrogates)."""
    return _ILLEGAL.sub("", nfc(text).replace("\r\n", "\n").replace("\r", "\n"))


_TRAILING = re.compile(r"[\s;.,:]+$")


def punctuate(items: list[str] | tuple[str, ...], separator: str = ";", final: str = ".") -> list[str]:
    """End each item with ``separator`` and the last with ``final``, replacing any the user typed.

    ``["Căn cứ A;", "Căn cứ B"]`` → ``["Căn cứ A;", "Căn cứ B."]``. Ellipses and ``./.`` are not
    expected in list items; a closing parenthesis is kept and punctuation goes after it.
    """
    cleaned = [_TRAILING.sub("", clean(item)) for item in items]
    cleaned = [item for item in cleaned if item]
    return [item + (final if i == len(cleaned) - 1 else separator) for i, item in enumerate(cleaned)]


def with_mark(text: str, mark: str) -> str:
    """Prefix ``mark`` (``-`` or ``+``) and a space unless the text already starts with it."""
    text = clean(text).strip()
    if text.startswith(mark):
        return mark + " " + text[len(mark):].lstrip()
    return f"{mark} {text}"


def recipient_lines(recipients: tuple[str, ...] | list[str]) -> list[str]:
    """Nơi nhận lines: ``- X;`` … ``- Lưu: VT, …`` with a full stop on the last."""
    return [with_mark(line, "-") for line in punctuate([line.lstrip("-+ ") for line in recipients])]


def upper(text: str) -> str:
    """Upper-case Vietnamese text (NFC first so combining marks stay on their letters)."""
    return clean(text).upper()


def number_line(doc: AdminDocument) -> str:
    """``Số: 05/KH-UBND`` (or the draft form); for a form or list its form code (``Mẫu: BM.02``) or nothing."""
    if not doc.numbered:
        return clean(f"Mẫu: {doc.form_code.strip()}") if doc.form_code.strip() else ""
    return clean(format_doc_number(doc.number, doc.symbol))


def date_line(doc: AdminDocument) -> str:
    """``Hà Tĩnh, ngày 06 tháng 11 năm 2024`` (or the draft form with the year)."""
    return clean(place_date_line(doc.place, doc.date, doc.draft_year))


# --------------------------------------------------------------------------- geometry


@dataclass(frozen=True)
class PageGeometry:
    """Page and text-area size of one section, in millimetres."""

    width_mm: float
    height_mm: float
    text_width_mm: float
    text_height_mm: float


def page_geometry(doc: AdminDocument, landscape: bool) -> PageGeometry:
    """A4 in the given orientation with the document's margins."""
    width, height = (A4_HEIGHT_MM, A4_WIDTH_MM) if landscape else (A4_WIDTH_MM, A4_HEIGHT_MM)
    m = doc.margins
    return PageGeometry(width, height, width - m.left - m.right, height - m.top - m.bottom)


def main_is_landscape(doc: AdminDocument) -> bool:
    """Orientation of the main text."""
    return doc.orientation is Orientation.LANDSCAPE


def portrait_text_width_mm(doc: AdminDocument) -> float:
    """Text width of a portrait page with the document's margins (the landscape threshold)."""
    return A4_WIDTH_MM - doc.margins.left - doc.margins.right


def table_widths_mm(table: Table, available_mm: float, size: float | None = None) -> list[float]:
    """Column widths scaled so the table fills ``available_mm`` exactly.

    With the cells' point ``size``, a column too narrow for its longest unbreakable piece (a
    document code such as ``BM.05-QT.TN.07`` may wrap after its dashes, never inside
    ``QT.TN.07``) is widened, the width taken from the columns with most room to spare, so that
    neither Word nor the PDF ever cuts a code mid-way.
    """
    factor = available_mm / table.total_width_mm
    widths = [c.width_mm * factor for c in table.columns]
    if size is None:
        return widths
    return fit_unbreakable(widths, column_needs_mm(table, size))


#: A line may break after a dash inside a word (``QT.HT.01-`` / ``BM.02``), as Word does.
_AFTER_DASH = re.compile(r"(?<=[-–])")


def unbreakable_pieces(text: str) -> list[str]:
    """The parts of ``text`` no line break may fall inside: its words, cut after their dashes."""
    return [piece for word in clean(text).split() for piece in _AFTER_DASH.split(word) if piece]


def column_needs_mm(table: Table, size: float) -> list[float]:
    """For each column, the width its longest unbreakable piece needs, cell padding included."""
    from isodesk.reports.model import TableRow

    needs = [0.0] * len(table.columns)
    widest: list[dict[str, bool]] = [{} for _ in table.columns]
    for row in table.rows:
        if isinstance(row, TableRow):
            for i, cell in enumerate(row.cells):
                for piece in unbreakable_pieces(cell):
                    widest[i][piece] = widest[i].get(piece, False) or row.bold
    if not table.header_rows:
        for i, column in enumerate(table.columns):
            for piece in unbreakable_pieces(column.title):
                widest[i][piece] = True
    for i, pieces in enumerate(widest):
        # measure the few longest candidates only: a long list repeats the same codes and words
        for piece in sorted(pieces, key=len, reverse=True)[:12]:
            needs[i] = max(needs[i], text_width_pt(piece, size, bold=pieces[piece]) / PT_PER_MM)
    return [need + 2 * CELL_PAD_MM + 0.5 if need else 0.0 for need in needs]


def fit_unbreakable(widths: list[float], needs: list[float]) -> list[float]:
    """Widen the columns narrower than they need, taking the width from the others in proportion to
    their room to spare; the total width stays the same. Where there is not room enough, the
    columns get what there is."""
    widths = list(widths)
    deficit = sum(max(need - width, 0.0) for width, need in zip(widths, needs))
    if deficit <= 0:
        return widths
    slack = [max(width - need, 0.0) for width, need in zip(widths, needs)]
    spare = sum(slack)
    if spare <= 0:
        return widths
    share = min(deficit / spare, 1.0)
    scale = min(spare / deficit, 1.0)
    return [width + max(need - width, 0.0) * scale - room * share
            for width, need, room in zip(widths, needs, slack)]


def wrapped_lines(text: str, width_mm: float, size: float, bold: bool = False) -> list[str]:
    """Greedy word wrap with the font metrics (what Word and reportlab do for these short lines)."""
    limit = width_mm * PT_PER_MM
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if current and text_width_pt(candidate, size, bold) > limit:
            lines.append(current)
            current = word
        else:
            current = candidate
    if current:
        lines.append(current)
    return lines or [""]


#: Names of collective bodies that head an agency name and must stay on one line.
UNBREAKABLE_PREFIXES = ("ỦY BAN NHÂN DÂN", "UỶ BAN NHÂN DÂN", "HỘI ĐỒNG NHÂN DÂN", "BAN CHỈ ĐẠO")


def balanced_lines(text: str, width_mm: float, size: float, bold: bool = False) -> list[str]:
    """Break a centred heading-like text into lines of similar length.

    Greedy wrapping of ``SỞ THÔNG TIN VÀ TRUYỀN THÔNG`` leaves ``THÔNG`` alone on the second line;
    official headers break it as ``SỞ THÔNG TIN`` / ``VÀ TRUYỀN THÔNG``. This finds the narrowest
    width that still gives the greedy line count, so lines come out even.
    """
    if "\n" in text:  # the caller chose the breaks (e.g. a long department name)
        return [line for part in text.split("\n") if part.strip()
                for line in balanced_lines(part.strip(), width_mm, size, bold)]
    lines = wrapped_lines(text, width_mm, size, bold)
    if len(lines) <= 1:
        return lines
    # "ỦY BAN NHÂN DÂN / XÃ SƠN LÂM": the collective name is never split (DOMAIN.md §4.4).
    for prefix in UNBREAKABLE_PREFIXES:
        if text.startswith(prefix + " "):
            rest = text[len(prefix):].strip()
            if all(text_width_pt(part, size, bold) / PT_PER_MM <= width_mm for part in (prefix, rest)):
                return [prefix, rest]
    low = max(text_width_pt(word, size, bold) for word in text.split()) / PT_PER_MM
    high = width_mm
    for _ in range(24):  # bisection to ~0.01 mm
        middle = (low + high) / 2
        if len(wrapped_lines(text, middle, size, bold)) <= len(lines):
            high = middle
        else:
            low = middle
    result = wrapped_lines(text, high, size, bold)
    # A line never ends on a conjunction: "SỞ THÔNG TIN / VÀ TRUYỀN THÔNG".
    for i in range(len(result) - 1):
        head, _, last = result[i].rpartition(" ")
        moved = f"{last} {result[i + 1]}"
        if head and last in ("VÀ", "VÀ CÁC") and text_width_pt(moved, size, bold) / PT_PER_MM <= width_mm:
            result[i], result[i + 1] = head, moved
    return result


def agency_lines(text: str, width_mm: float, size: float, bold: bool = True) -> list[str]:
    """The issuing agency's name as the header prints it: a People's Committee always on two lines,
    ``ỦY BAN NHÂN DÂN`` / ``XÃ SƠN LÂM`` (DOMAIN.md §4 point 4, as in the seeds), even where a
    landscape page would fit it on one; other names balanced over as few lines as fit."""
    for prefix in UNBREAKABLE_PREFIXES[:2]:
        if text.startswith(prefix + " "):
            return [prefix] + balanced_lines(text[len(prefix):].strip(), width_mm, size, bold)
    return balanced_lines(text, width_mm, size, bold)


def rule_length_mm(text: str, column_mm: float, size: float, share: float, bold: bool = True) -> float:
    """Length of the short rule under a centred text: ``share`` of its longest wrapped line."""
    longest = max(text_width_pt(line, size, bold) for line in wrapped_lines(text, column_mm, size, bold))
    return max(min(longest / PT_PER_MM, column_mm) * share, 10.0)


def motto_rule_mm() -> float:
    """The rule under the tiêu ngữ is as long as the text itself (NĐ 30)."""
    return text_width_pt(NATIONAL_MOTTO, SIZES.national_motto, bold=True) / PT_PER_MM


def header_columns_mm(text_width_mm: float) -> tuple[float, float]:
    """Widths of the agency (left) and national title (right) columns of the header table."""
    left = round(text_width_mm * HEADER_LEFT_SHARE, 1)
    return left, text_width_mm - left


def footer_columns_mm(text_width_mm: float) -> tuple[float, float]:
    """Widths of the Nơi nhận (left) and signature (right) columns of the footer table."""
    left = round(text_width_mm * FOOTER_LEFT_SHARE, 1)
    return left, text_width_mm - left


def cell_may_split(cells: Sequence[str]) -> bool:
    """Whether a data row is long enough that it must be allowed to break across pages."""
    return any(len(c) > CANT_SPLIT_MAX_CHARS for c in cells)
