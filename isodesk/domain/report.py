"""The annual report (BÁO CÁO kết quả xây dựng, áp dụng, duy trì, cải tiến HTQLCL; DOMAIN.md §2, §5, §7):
its outline and self-scoring criteria as *data*, the units of Phụ lục I, and the rules that turn
contributed figures into sentences.

* an :class:`Outline` (a province's đề cương, loaded from ``resources/outlines/*.json`` or the user's
  ``outlines/`` folder) gives the headings verbatim, the tên loại, trích yếu, opening and closing
  sentences, Nơi nhận and the appendices; each :class:`OutlineSection` says which contributed figures
  and texts draft it;
* a :class:`CriteriaSet` (``resources/criteria/*.json``) gives the CCHC self-scoring criteria of a
  province, tier and year; :class:`SelfScore` rows are the agency's scores, validated here;
* a :class:`ReportUnit` is one row of Phụ lục I (đơn vị trực thuộc), declared as a register
  (:data:`UNITS_SPEC`);
* :func:`fill_pattern` puts figures into a sentence (``{tthc.total}`` → ``50``; ``{tthc.total|unit}``
  → ``50 TTHC``); a sentence whose figures are missing is dropped, never invented.

Pure Python: frozen DTOs and rules, no database, no Qt.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation

from isodesk.domain.contributions import AppendixRow, AppendixTable, Figure
from isodesk.domain.core import AgencyTier
from isodesk.domain.errors import DomainError, FieldProblem, ValidationError
from isodesk.domain.formatting import format_number, nfc, short_date
from isodesk.domain.i18n import QT_TRANSLATE_NOOP
from isodesk.domain.tabular import ColumnSpec, ColumnKind, RegisterSpec

#: Text keys and table keys the report module contributes itself.
SELF_SCORE_TABLE = "report.self_score"
UNITS_TABLE = "report.units"
#: The document offer of the report (the package helper builds it by this key: keep it).
REPORT_OFFER = "report.annual"
#: The text the report module contributes naming the year's outline (``key — name``), for the package manifest.
OUTLINE_TEXT = "report.outline"
#: The drafted-document key of the report.
REPORT_DRAFT = "annual_report"

#: Placeholders of an outline's texts besides figure keys.
AGENCY = "agency"
YEAR = "year"

_FIGURE_RE = re.compile(r"\{([a-z_]+(?:\.[a-z_0-9]+)+)(\|unit)?\}")
_APPENDIX_RE = re.compile(r"\{appendix:([a-z_]+(?:\.[a-z_0-9]+)+)\}")
#: A parenthesised reference to an appendix the report does not have ("(Phụ lục I kèm theo)") is
#: dropped with its brackets, so the body never points at a missing appendix (DOMAIN.md §7 rule 8).
_APPENDIX_GROUP_RE = re.compile(r"\s*\(\s*\{appendix:([a-z_]+(?:\.[a-z_0-9]+)+)\}[^()]*\)")


# --------------------------------------------------------------------------- outlines


@dataclass(frozen=True)
class OutlineSection:
    """One heading of the report and what drafts the text under it.

    ``heading`` is printed verbatim (placeholders ``{year}``, ``{agency}``, ``{appendix:KEY}``);
    ``level`` 1–4 as :class:`isodesk.reports.model.Heading`; ``figures`` the contributed figure keys
    shown beside the section on the screen; ``texts`` the contributed text keys whose texts draft it,
    in order; ``sentence`` an optional pattern using figures (``{tthc.total}``), dropped when one is
    missing; ``hint`` what the secretary should write when nothing is contributed; ``table`` a
    contributed table printed inside the body under the section (``report.self_score``).
    """

    key: str
    heading: str
    level: int = 2
    figures: tuple[str, ...] = ()
    texts: tuple[str, ...] = ()
    sentence: str = ""
    hint: str = ""
    table: str = ""
    children: tuple[OutlineSection, ...] = ()

    @property
    def drafted(self) -> bool:
        """Whether the section has a text block of its own (a pure grouping heading has none)."""
        return bool(self.texts or self.sentence or self.hint) or not self.children

    def walk(self) -> list[OutlineSection]:
        """This section and all below it, in document order."""
        out = [self]
        for child in self.children:
            out.extend(child.walk())
        return out


@dataclass(frozen=True)
class OutlineAppendix:
    """An appendix of an outline: the contributed table that fills it (``risks.register``,
    ``report.units``, ``results.tthc``…), its title pattern (None = the table's own title) and its
    orientation (None = landscape when wide)."""

    table: str
    title: str | None = None
    landscape: bool | None = None


@dataclass(frozen=True)
class Outline:
    """A report outline (đề cương) of a province, from ``year_from`` on, for the given tiers.

    ``file`` is where it was loaded from (shown when it is broken or chosen); ``note`` says where it
    comes from (a seed report, or isodesk's adaptation).
    """

    key: str
    name: str
    tiers: tuple[AgencyTier, ...]
    year_from: int
    doc_type: str
    summary: str
    opening: str
    closing: str
    recipients: tuple[str, ...]
    sections: tuple[OutlineSection, ...]
    appendices: tuple[OutlineAppendix, ...] = ()
    province: str = ""
    note: str = ""
    file: str = ""
    criteria: str = ""  # key of the default criteria set ("" = none)

    def walk(self) -> list[OutlineSection]:
        """Every section in document order."""
        return [s for top in self.sections for s in top.walk()]

    def section(self, key: str) -> OutlineSection:
        for s in self.walk():
            if s.key == key:
                return s
        raise KeyError(key)

    def suits(self, tier: AgencyTier, year: int) -> bool:
        """Whether this outline is a default for an agency of ``tier`` reporting on ``year``."""
        return tier in self.tiers and year >= self.year_from


def default_outline(outlines: list[Outline], tier: AgencyTier, year: int) -> Outline | None:
    """The outline an agency of ``tier`` uses for ``year`` unless it picked another: among those
    made for its tier, the newest that applies to the year (then the first loaded)."""
    fitting = [o for o in outlines if o.suits(tier, year)]
    if not fitting:
        return outlines[0] if outlines else None
    return max(fitting, key=lambda o: o.year_from)


# --------------------------------------------------------------------------- patterns


def figure_value_text(f: Figure, with_unit: bool = False) -> str:
    """A figure as printed in running text: ``50``, ``95,50%``; with its unit ``50 TTHC``."""
    if with_unit or f.unit == "%":
        return f.text
    return format_number(f.value, 2 if isinstance(f.value, Decimal) else 0)


def pattern_figures(pattern: str) -> list[str]:
    """The figure keys a pattern uses, in order."""
    return [m.group(1) for m in _FIGURE_RE.finditer(pattern)]


def fill_pattern(pattern: str, figures: Mapping[str, Figure], values: Mapping[str, str] | None = None) -> str | None:
    """``pattern`` with its figures and ``values`` (``year``, ``agency``…) filled in, or None when a
    figure it needs is not contributed (the sentence is then left out, never invented)."""
    values = values or {}
    missing = False

    def figure(m: re.Match[str]) -> str:
        nonlocal missing
        f = figures.get(m.group(1))
        if f is None:
            if m.group(1) in values:
                return values[m.group(1)]
            missing = True
            return ""
        return figure_value_text(f, bool(m.group(2)))

    text = _FIGURE_RE.sub(figure, pattern)
    if missing:
        return None
    for key, value in values.items():
        text = text.replace("{" + key + "}", value)
    return text


def fill_appendices(text: str, labels: Mapping[str, str]) -> str:
    """Put the appendix labels (``Phụ lục I``) into ``{appendix:KEY}``; a reference to an appendix the
    report does not have is dropped with its brackets."""
    text = _APPENDIX_GROUP_RE.sub(lambda m: m.group(0) if m.group(1) in labels else "", text)
    return _APPENDIX_RE.sub(lambda m: labels.get(m.group(1), ""), text)


def appendix_keys(text: str) -> list[str]:
    """The appendix table keys referred to in ``text``."""
    return [m.group(1) for m in _APPENDIX_RE.finditer(text)]


# --------------------------------------------------------------------------- self-scoring


#: Scores go in steps of 0,1 or of 0,25 (0,3 and 0,75 are scores; 0,35 and 1,33 are not).
SCORE_STEPS = (Decimal("0.1"), Decimal("0.25"))


@dataclass(frozen=True)
class Criterion:
    """A self-scoring criterion: ``code`` (TT), text verbatim, maximum points, an evidence hint, the
    usual note and an optional ``suggest`` pattern computing the note from figures."""

    code: str
    text: str
    max_points: Decimal
    evidence_hint: str = ""
    note: str = ""
    suggest: str = ""


@dataclass(frozen=True)
class CriteriaSet:
    """The CCHC criteria on ISO of a province, tier and year (DOMAIN.md §5)."""

    key: str
    province: str
    tiers: tuple[AgencyTier, ...]
    year_from: int
    decision: str  # "Quyết định 2456/QĐ-UBND 25/10/2024 của UBND tỉnh ban hành …"
    basis: tuple[str, ...]  # the lines before the table ({agency}, {total}, {max} placeholders)
    items: tuple[Criterion, ...]
    file: str = ""

    @property
    def max_total(self) -> Decimal:
        return sum((c.max_points for c in self.items), Decimal(0))

    def item(self, code: str) -> Criterion:
        for c in self.items:
            if c.code == code:
                return c
        raise KeyError(code)


@dataclass(frozen=True)
class SelfScore:
    """The agency's score and note for one criterion of a year (None = not scored yet)."""

    code: str
    score: Decimal | None
    note: str = ""


def format_score(value: Decimal) -> str:
    """``0.5`` → ``0,5``; ``5`` → ``5,0``; ``1.25`` → ``1,25`` (decimal comma, at least one decimal)."""
    exponent = value.normalize().as_tuple().exponent
    places = max(1, -exponent) if isinstance(exponent, int) and exponent < 0 else 1
    return format_number(value, places)


def parse_score(text: str) -> Decimal | None:
    """``"0,5"`` / ``"0.5"`` → ``Decimal("0.5")``; ``""`` → None.

    Raises:
        DomainError: ``report_score_invalid`` for anything else.
    """
    text = text.strip().replace(",", ".")
    if not text:
        return None
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise DomainError("report_score_invalid", value=text) from None
    if not value.is_finite():
        raise DomainError("report_score_invalid", value=text)
    return value


def validate_score(criterion: Criterion, score: Decimal | None) -> None:
    """A score is 0 ≤ score ≤ max, in steps of 0,1 or 0,25.

    Raises:
        DomainError: ``report_score_range`` or ``report_score_step``.
    """
    if score is None:
        return
    if score < 0 or score > criterion.max_points:
        raise DomainError("report_score_range", [FieldProblem(f"score.{criterion.code}", "report_score_range", {
            "code": criterion.code, "value": format_score(score), "max": format_score(criterion.max_points)})])
    if all(score % step != 0 for step in SCORE_STEPS):
        raise DomainError("report_score_step", [FieldProblem(f"score.{criterion.code}", "report_score_step", {
            "code": criterion.code, "value": str(score).replace(".", ",")})])


@dataclass(frozen=True)
class ScoreLine:
    """A row of the self-score table as computed: the score, the note printed, the suggestion."""

    criterion: Criterion
    score: Decimal | None
    note: str
    suggestion: str


SCORE_COLUMNS = ("TT", "Lĩnh vực/Tiêu chí/Tiêu chí thành phần", "Điểm tự chấm", "Ghi chú")


def score_lines(criteria: CriteriaSet, scores: Mapping[str, SelfScore],
                figures: Mapping[str, Figure]) -> list[ScoreLine]:
    """The table's rows: the stored score and note; a note left empty takes the computed suggestion
    (from figures, so the report never says 12 in one place and 19 in another), else the usual note."""
    out = []
    for c in criteria.items:
        stored = scores.get(c.code)
        suggestion = (fill_pattern(c.suggest, figures) or "") if c.suggest else ""
        note = stored.note.strip() if stored is not None and stored.note.strip() else (suggestion or c.note)
        out.append(ScoreLine(c, stored.score if stored is not None else None, note, suggestion))
    return out


def score_total(lines: list[ScoreLine]) -> Decimal:
    """The sum of the scores given (unscored rows count 0)."""
    return sum((line.score for line in lines if line.score is not None), Decimal(0))


def score_table(criteria: CriteriaSet, lines: list[ScoreLine], module: str = "report") -> AppendixTable:
    """``TT | Lĩnh vực/Tiêu chí/Tiêu chí thành phần | Điểm tự chấm | Ghi chú`` with its computed total."""
    rows = [AppendixRow((line.criterion.code, line.criterion.text,
                         format_score(line.score) if line.score is not None else "", line.note)) for line in lines]
    rows.append(AppendixRow(("", "Tổng", format_score(score_total(lines)), "")))
    return AppendixTable(SELF_SCORE_TABLE, "Bảng tự chấm điểm", SCORE_COLUMNS, tuple(rows), module)


# --------------------------------------------------------------------------- Phụ lục I: units


@dataclass(frozen=True)
class ReportUnit:
    """A subordinate unit (đơn vị trực thuộc) of a Sở, one row of Phụ lục I of a year."""

    id: int | None
    year: int
    name: str
    issue_decision: str = ""  # "94/QĐ-TTCNTT ngày 11/12/2023 của Trung tâm CNTT&TT"
    audit_date: date | None = None
    announce_decision: str = ""
    guides: int = 0
    internal_procedures: int = 0
    tthc_procedures: int = 0
    notes: str = ""
    position: int = 0

    def validate(self) -> None:
        """Raises ValidationError naming the fields at fault."""
        problems = []
        if not nfc(self.name).strip():
            problems.append(FieldProblem("name", "required"))
        for key in ("guides", "internal_procedures", "tthc_procedures"):
            if getattr(self, key) < 0:
                problems.append(FieldProblem(key, "report_unit_negative"))
        if problems:
            raise ValidationError(problems)


def padded(n: int) -> str:
    """Counts in Phụ lục I are zero-padded to two digits, as in the seeds (``05``, ``18``, ``0``)."""
    return f"{n:02d}" if n else "0"


UNITS_CONTEXT = "ReportUnits"
_COUNTS = "Số lượng quy trình, hướng dẫn"

UNITS_SPEC = RegisterSpec(
    key="report_units",
    title="Kết quả duy trì, cải tiến hệ thống tại các đơn vị trực thuộc",
    sheet_name="Đơn vị trực thuộc",
    screen_title=QT_TRANSLATE_NOOP("RegisterSpec", "Subordinate units (Appendix I)"),
    context=UNITS_CONTEXT,
    columns=(
        ColumnSpec("name", "Tên đơn vị", ColumnKind.TEXT, required=True, width=40,
                   header=QT_TRANSLATE_NOOP("ReportUnits", "Unit"), print_width=45),
        ColumnSpec("issue_decision", "Số ký hiệu và ngày tháng của QĐ ban hành hệ thống", ColumnKind.TEXT, width=32,
                   header=QT_TRANSLATE_NOOP("ReportUnits", "Decision issuing the system"), print_width=40),
        ColumnSpec("audit_date", "Ngày đánh giá chất lượng nội bộ hệ thống", ColumnKind.DATE, width=14,
                   header=QT_TRANSLATE_NOOP("ReportUnits", "Internal audit date"), print_width=26),
        ColumnSpec("announce_decision", "Số ký hiệu và ngày tháng của QĐ công bố hệ thống", ColumnKind.TEXT,
                   width=32, header=QT_TRANSLATE_NOOP("ReportUnits", "Decision announcing the system"),
                   print_width=40),
        ColumnSpec("guides", "Hướng dẫn", ColumnKind.INT, width=10, min_value=0, group=_COUNTS,
                   header=QT_TRANSLATE_NOOP("ReportUnits", "Guides"), print_width=18),
        ColumnSpec("internal_procedures", "Quy trình nội bộ", ColumnKind.INT, width=10, min_value=0, group=_COUNTS,
                   header=QT_TRANSLATE_NOOP("ReportUnits", "Internal procedures"), print_width=18),
        ColumnSpec("tthc_procedures", "Quy trình TTHC", ColumnKind.INT, width=10, min_value=0, group=_COUNTS,
                   header=QT_TRANSLATE_NOOP("ReportUnits", "TTHC procedures"), print_width=18),
        ColumnSpec("notes", "Ghi chú", ColumnKind.TEXT, width=24,
                   header=QT_TRANSLATE_NOOP("ReportUnits", "Notes"), print_width=25),
    ),
    search_keys=("name", "issue_decision", "announce_decision", "notes"),
)

#: Phụ lục I as printed (DOMAIN.md §2.3): the counts under "Số lượng quy trình, hướng dẫn".
UNITS_COLUMNS = (
    "TT", "Tên đơn vị", "Số ký hiệu và ngày tháng của QĐ ban hành hệ thống", "Ngày đánh giá chất lượng nội bộ hệ thống",
    "Số ký hiệu và ngày tháng của QĐ công bố hệ thống", "Số lượng quy trình, hướng dẫn / Hướng dẫn",
    "Số lượng quy trình, hướng dẫn / Quy trình nội bộ", "Số lượng quy trình, hướng dẫn / Quy trình TTHC", "Ghi chú",
)
UNITS_TITLE = "Kết quả duy trì, cải tiến hệ thống tại {agency} năm {year}"


def units_table(units: list[ReportUnit], agency: str, year: int, module: str = "report") -> AppendixTable:
    """Phụ lục I of the year: one row per unit, counts zero-padded."""
    rows = tuple(AppendixRow((str(i), u.name, u.issue_decision, short_date(u.audit_date) if u.audit_date else "",
                              u.announce_decision, padded(u.guides), padded(u.internal_procedures),
                              padded(u.tthc_procedures), u.notes)) for i, u in enumerate(units, 1))
    return AppendixTable(UNITS_TABLE, UNITS_TITLE.format(agency=agency, year=year), UNITS_COLUMNS, rows, module,
                         landscape=True)


# --------------------------------------------------------------------------- freezing


@dataclass(frozen=True)
class FrozenFigure:
    """A figure as it was sent."""

    key: str
    label: str
    text: str
    value: str  # str(value): exact, comparable


@dataclass(frozen=True)
class FrozenReport:
    """What was sent: number, date, outline, figures and printed texts; ``changed`` lists the figures
    whose current value differs from the value sent (key, label, sent text, current text)."""

    year: int
    number: int | None
    issue_date: date | None
    outline: str
    figures: tuple[FrozenFigure, ...]
    texts: Mapping[str, str] = field(default_factory=dict)
    changed: tuple[tuple[str, str, str, str], ...] = ()


def figure_changes(sent: tuple[FrozenFigure, ...], current: Mapping[str, Figure]) -> tuple[tuple[str, str, str, str], ...]:
    """The sent figures whose value is not the current one (or that no module offers any more)."""
    out = []
    for f in sent:
        now = current.get(f.key)
        if now is None:
            out.append((f.key, f.label, f.text, ""))
        elif str(now.value) != f.value:
            out.append((f.key, f.label, f.text, now.text))
    return tuple(out)
