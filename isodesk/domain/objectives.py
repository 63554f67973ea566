"""Quality policy and quality objectives (TCVN ISO 9001:2015 clause 6.2; DOMAIN.md §6.8).

An objective is measurable or it is refused: the inspectors' most common criticism of the agencies'
objectives is that they are "mang tính định tính" (seed 002). So each objective carries a chỉ tiêu
(what is counted), a comparator and a target number with its unit; its achievement in a period is
computed from the comparator and the measured value, never typed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from functools import cached_property

from isodesk.domain.errors import FieldProblem
from isodesk.domain.formatting import fold
from isodesk.domain.i18n import QT_TRANSLATE_NOOP
from isodesk.domain.labelled import LabelledEnum
from isodesk.domain.tabular import Align, ColumnSpec, RegisterFilter, RegisterSpec, equals


#: Builder keys of the objectives' drafted documents (the decision and the year-end evaluation).
DECISION_KEY = "objectives_decision"
EVALUATION_KEY = "objectives_evaluation"


class Comparator(StrEnum):
    """How the measured value is compared with the target."""

    GE = "≥"
    LE = "≤"
    EQ = "="
    GT = ">"
    LT = "<"

    def holds(self, value: Decimal, target: Decimal) -> bool:
        """True when ``value`` meets the target under this comparator."""
        if self is Comparator.GE:
            return value >= target
        if self is Comparator.LE:
            return value <= target
        if self is Comparator.GT:
            return value > target
        if self is Comparator.LT:
            return value < target
        return value == target

    @classmethod
    def parse(cls, text: str) -> Comparator | None:
        """Read a comparator as people type it: "≥", ">=", "=>", "không dưới", "tối thiểu", …"""
        t = text.strip()
        for spelled, comp in ((">=", cls.GE), ("=>", cls.GE), ("<=", cls.LE), ("=<", cls.LE)):
            if t.startswith(spelled):
                return comp
        for comp in cls:
            if t.startswith(comp.value):
                return comp
        return None


class Frequency(LabelledEnum):
    """How often an objective is measured."""

    QUARTERLY = "quarterly", "Hằng quý"
    HALF_YEARLY = "half_yearly", "6 tháng"
    YEARLY = "yearly", "Hằng năm"


class Level(LabelledEnum):
    """Mục tiêu cấp cơ quan or mục tiêu cấp phòng."""

    AGENCY = "agency", "Cấp cơ quan"
    DEPARTMENT = "department", "Cấp phòng"


class Achievement(LabelledEnum):
    """Computed from the comparator; never typed."""

    ACHIEVED = "achieved", "Đạt"
    NOT_ACHIEVED = "not_achieved", "Không đạt"
    NOT_EVALUATED = "not_evaluated", "Chưa đánh giá"


@dataclass(frozen=True)
class Period:
    """One measuring period of a reporting year: "2025-Q1" (Quý I/2025), "2025-H2", "2025"."""

    code: str
    label: str
    start: date
    end: date


_ROMAN = ("I", "II", "III", "IV")


def periods_of(year: int, frequency: Frequency) -> tuple[Period, ...]:
    """The periods of ``year`` an objective measured with ``frequency`` is evaluated in (calendar
    quarters and halves: the agencies report objectives by quý and 6 tháng of the calendar year)."""
    if frequency is Frequency.QUARTERLY:
        ends = (date(year, 3, 31), date(year, 6, 30), date(year, 9, 30), date(year, 12, 31))
        return tuple(Period(f"{year}-Q{i + 1}", f"Quý {_ROMAN[i]}/{year}", date(year, 3 * i + 1, 1), ends[i])
                     for i in range(4))
    if frequency is Frequency.HALF_YEARLY:
        return (Period(f"{year}-H1", f"6 tháng đầu năm {year}", date(year, 1, 1), date(year, 6, 30)),
                Period(f"{year}-H2", f"6 tháng cuối năm {year}", date(year, 7, 1), date(year, 12, 31)))
    return (Period(str(year), f"Năm {year}", date(year, 1, 1), date(year, 12, 31)),)


def period_by_code(code: str) -> Period | None:
    """The period a code names ("2025-Q3" → Quý III/2025), whatever the objective's frequency."""
    m = re.fullmatch(r"(\d{4})(?:-(Q[1-4]|H[12]))?", code.strip())
    if not m:
        return None
    year = int(m.group(1))
    part = m.group(2)
    freq = Frequency.YEARLY if part is None else Frequency.QUARTERLY if part[0] == "Q" else Frequency.HALF_YEARLY
    return next((p for p in periods_of(year, freq) if p.code == code.strip()), None)


def achievement(comparator: Comparator | None, target: Decimal | None, value: Decimal | None) -> Achievement:
    """Đạt / không đạt from the comparator; chưa đánh giá without a value (or without a target)."""
    if comparator is None or target is None or value is None:
        return Achievement.NOT_EVALUATED
    return Achievement.ACHIEVED if comparator.holds(value, target) else Achievement.NOT_ACHIEVED


def format_number(value: Decimal | None) -> str:
    """98 → "98", 98.5 → "98,5" (decimal comma, no trailing zeros)."""
    if value is None:
        return ""
    text = format(value.normalize(), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", ",")


@dataclass(frozen=True)
class QualityPolicy:
    """Chính sách chất lượng in force from ``valid_from`` (a reporting year) until replaced."""

    id: int | None
    valid_from: int
    text: str
    decision_id: int | None = None  # the issued-documents register entry that issued it
    decision_label: str = ""  # filled by the service: "Quyết định số 12/QĐ-UBND ngày 10/01/2025"
    valid_to: int | None = None  # filled by the service: the year before the next policy


@dataclass(frozen=True)
class PlanRow:
    """One line of the 6.2.2 plan of an objective: what will be done, with what, by whom, when."""

    id: int | None
    measure: str  # Biện pháp/Nội dung thực hiện
    resources: str = ""  # Nguồn lực
    responsible: str = ""  # Đơn vị/Người chịu trách nhiệm
    timeframe: str = ""  # Thời gian thực hiện/hoàn thành


@dataclass(frozen=True)
class ObjectiveResult:
    """A measured value of an objective for one period. ``from_figure``: filled from a named figure
    of the contribution protocol (not stored)."""

    id: int | None
    objective_id: int | None
    period: str  # Period.code
    value: Decimal | None
    evidence: str = ""
    measured_by: str = ""
    measured_on: date | None = None
    from_figure: bool = False


@dataclass(frozen=True)
class Objective:
    """A quality objective of one reporting year, agency- or department-level, measurable."""

    id: int | None
    year: int
    title: str  # Mục tiêu chất lượng (what the agency wants)
    indicator: str  # what is counted: "hồ sơ TTHC giải quyết đúng hạn"
    comparator: Comparator | None
    target: Decimal | None
    unit: str = "%"
    method: str = ""  # Phương pháp đo lường, đánh giá
    frequency: Frequency = Frequency.YEARLY
    level: Level = Level.AGENCY
    department_id: int | None = None
    department_name: str = ""  # filled by the service
    figure_key: str = ""  # a named figure ("tthc.on_time_rate") that measures it
    needs_review: bool = False  # copied from last year: to be reviewed before issuing
    notes: str = ""
    position: int = 0
    plan: tuple[PlanRow, ...] = ()
    results: tuple[ObjectiveResult, ...] = ()

    @property
    def target_text(self) -> str:
        """The chỉ tiêu as written: "≥ 98 % hồ sơ TTHC giải quyết đúng hạn"."""
        if self.comparator is None or self.target is None:
            return self.indicator
        unit = f" {self.unit}" if self.unit else ""
        return f"{self.comparator.value} {format_number(self.target)}{unit} {self.indicator}".strip()

    # Computed once per (immutable) objective: the screen asks for them in every paint.
    @cached_property
    def periods(self) -> tuple[Period, ...]:
        return periods_of(self.year, self.frequency)

    @cached_property
    def _by_period(self) -> dict[str, ObjectiveResult]:
        return {r.period: r for r in self.results}

    def result_for(self, period: str) -> ObjectiveResult | None:
        return self._by_period.get(period)

    def achievement_in(self, period: str) -> Achievement:
        result = self.result_for(period)
        return achievement(self.comparator, self.target, result.value if result else None)

    @cached_property
    def latest_result(self) -> ObjectiveResult | None:
        """The result of the latest period measured (the year-end one once it is in)."""
        order = [p.code for p in self.periods]
        known = [r for r in self.results if r.period in order and r.value is not None]
        return max(known, key=lambda r: order.index(r.period)) if known else None

    @cached_property
    def achievement(self) -> Achievement:
        """The objective's standing: that of its latest measured period."""
        latest = self.latest_result
        return achievement(self.comparator, self.target, latest.value if latest else None)

    def missing_periods(self, today: date) -> tuple[Period, ...]:
        """Periods already over on ``today`` that have no result."""
        return tuple(p for p in self.periods if p.end < today and self.result_for(p.code) is None)

    @property
    def plan_text(self) -> str:
        return "\n".join(f"- {row.measure}" for row in self.plan)


# --------------------------------------------------------------------------- rules

_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")


def parse_decimal(text: str) -> Decimal | None:
    """ "98,5" / "98.5" / "98" → Decimal; None when no number."""
    t = text.strip().replace(" ", "")
    if not t:
        return None
    if "," in t and "." in t:
        t = t.replace(".", "").replace(",", ".")
    else:
        t = t.replace(",", ".")
    try:
        return Decimal(t)
    except InvalidOperation:
        return None


def parse_target(text: str) -> tuple[Comparator | None, Decimal | None, str, str]:
    """Split a chỉ tiêu cell: "≥ 98 % hồ sơ TTHC giải quyết đúng hạn" → (≥, 98, "%", "hồ sơ …").

    A number without comparator ("100% TTHC được giải quyết đúng hạn") is a minimum (≥): that is how
    the agencies write it. No number: (None, None, "", text) — a qualitative objective."""
    clean = " ".join(text.split())
    comp = Comparator.parse(clean)
    rest = clean
    if comp is not None:
        rest = clean[2:] if clean[:2] in (">=", "=>", "<=", "=<") else clean[1:]
        rest = rest.strip()
    m = _NUMBER.match(rest)
    if m is None:
        return None, None, "", clean
    value = parse_decimal(m.group(0))
    rest = rest[m.end():].strip()
    unit = ""
    if rest.startswith("%"):
        unit, rest = "%", rest[1:].strip()
    else:
        word = rest.split(" ", 1)
        if word[0] and fold(word[0]) in {"ngay", "ngay lam viec", "lan", "ho so", "y kien", "diem", "van ban",
                                          "thang", "gio", "vu", "cuoc", "nguoi", "quy trinh"}:
            unit, rest = word[0], (word[1] if len(word) > 1 else "")
    return comp or Comparator.GE, value, unit, rest


def clean_objective(item: Objective) -> Objective:
    def tidy(text: str) -> str:
        return " ".join(text.split())

    plan = tuple(replace(p, measure=p.measure.strip(), resources=tidy(p.resources), responsible=tidy(p.responsible),
                         timeframe=tidy(p.timeframe)) for p in item.plan if p.measure.strip())
    return replace(item, title=tidy(item.title), indicator=tidy(item.indicator), unit=tidy(item.unit),
                   method=item.method.strip(), figure_key=item.figure_key.strip(), notes=item.notes.strip(),
                   plan=plan, department_id=item.department_id if item.level is Level.DEPARTMENT else None)


def validate_objective(item: Objective) -> list[FieldProblem]:
    """Problems with one objective; a qualitative one (no comparator or no number) is refused."""
    problems: list[FieldProblem] = []
    if not item.title.strip():
        problems.append(FieldProblem("title", "required"))
    if item.comparator is None or item.target is None:
        problems.append(FieldProblem("target", "objective_not_measurable", {"title": item.title}))
    elif item.target < 0:
        problems.append(FieldProblem("target", "negative_target"))
    elif item.unit.strip() == "%" and item.target > 100:
        problems.append(FieldProblem("target", "percent_over_100", {"value": format_number(item.target)}))
    if not item.indicator.strip():
        problems.append(FieldProblem("indicator", "required"))
    if item.level is Level.DEPARTMENT and item.department_id is None:
        problems.append(FieldProblem("department_id", "department_required"))
    if not 1900 <= item.year <= 9999:
        problems.append(FieldProblem("year", "year_out_of_range", {"value": item.year}))
    if len(item.title) > 500:
        problems.append(FieldProblem("title", "too_long", {"max_length": 500}))
    return problems


def validate_result(objective: Objective, result: ObjectiveResult) -> list[FieldProblem]:
    """A result must name one of the objective's periods (of its year, at its frequency) and a value."""
    problems: list[FieldProblem] = []
    codes = [p.code for p in objective.periods]
    if result.period not in codes:
        problems.append(FieldProblem("period", "period_outside_year", {
            "period": result.period, "year": objective.year, "periods": ", ".join(p.label for p in objective.periods)}))
    if result.value is None:
        problems.append(FieldProblem("value", "required"))
    elif result.value < 0:
        problems.append(FieldProblem("value", "negative_value"))
    elif objective.unit == "%" and result.value > 100:
        problems.append(FieldProblem("value", "percent_over_100", {"value": format_number(result.value)}))
    if result.measured_on is not None and result.measured_on.year not in (objective.year, objective.year + 1):
        problems.append(FieldProblem("measured_on", "measured_outside_year", {"year": objective.year}))
    return problems


def validate_policy(item: QualityPolicy) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    if not item.text.strip():
        problems.append(FieldProblem("text", "required"))
    if not 1900 <= item.valid_from <= 9999:
        problems.append(FieldProblem("valid_from", "year_out_of_range", {"value": item.valid_from}))
    return problems


def copied_for(item: Objective, year: int) -> Objective:
    """Last year's objective as a starting point for ``year``: marked for review, no results; the
    plan's timeframes keep their text (the secretary updates them when reviewing)."""
    plan = tuple(replace(p, id=None, timeframe=p.timeframe.replace(str(item.year), str(year))) for p in item.plan)
    return replace(item, id=None, year=year, needs_review=True, results=(), plan=plan)


# --------------------------------------------------------------------------- the 6.2.2 register

_CTX = "ObjectivesTableModel"


def _results_text(o: Objective) -> str:
    parts = []
    for period in o.periods:
        result = o.result_for(period.code)
        if result is not None and result.value is not None:
            unit = o.unit if o.unit == "%" else f" {o.unit}" if o.unit else ""
            parts.append(f"{period.label}: {format_number(result.value)}{unit} "
                         f"({o.achievement_in(period.code).label.lower()})")
    return "; ".join(parts)


def short_results(o: Objective) -> str:
    """Results on one screen line: "QI 98,7 · QII 100 · QIII –" (the periods not measured yet as "–")."""
    parts = []
    for period in o.periods:
        result = o.result_for(period.code)
        name = period.code.split("-")[1] if "-" in period.code else "Năm"
        name = {"Q1": "QI", "Q2": "QII", "Q3": "QIII", "Q4": "QIV", "H1": "6T đầu", "H2": "6T cuối"}.get(name, name)
        value = format_number(result.value) if result is not None and result.value is not None else "–"
        parts.append(f"{name}: {value}")
    return " · ".join(parts)


def _join(rows: Sequence[PlanRow], attribute: str) -> str:
    values = [getattr(r, attribute) for r in rows if getattr(r, attribute)]
    return "\n".join(dict.fromkeys(values))


OBJECTIVES_SPEC = RegisterSpec(
    key="objectives",
    title="MỤC TIÊU CHẤT LƯỢNG VÀ KẾ HOẠCH THỰC HIỆN",
    sheet_name="Mục tiêu chất lượng",
    print_title="MỤC TIÊU CHẤT LƯỢNG VÀ KẾ HOẠCH THỰC HIỆN",
    screen_title=QT_TRANSLATE_NOOP("RegisterSpec", "Quality objectives"),
    context=_CTX,
    columns=(
        ColumnSpec("title", "Mục tiêu chất lượng", required=True, max_length=500, width=40,
                   header=QT_TRANSLATE_NOOP("ObjectivesTableModel", "Quality objective"), print_width=45),
        ColumnSpec("target_text", "Chỉ tiêu", required=True, aliases=("Chỉ tiêu (định lượng)", "Chỉ tiêu định lượng"),
                   width=30, header=QT_TRANSLATE_NOOP("ObjectivesTableModel", "Target"),
                   get=lambda o: o.target_text, print_width=35),
        ColumnSpec("measures", "Biện pháp/Nội dung thực hiện", aliases=("Biện pháp thực hiện", "Nội dung thực hiện"),
                   width=40, header=QT_TRANSLATE_NOOP("ObjectivesTableModel", "Measures"),
                   get=lambda o: _join(o.plan, "measure"), print_width=45),
        ColumnSpec("resources", "Nguồn lực", width=16, header=QT_TRANSLATE_NOOP("ObjectivesTableModel", "Resources"),
                   get=lambda o: _join(o.plan, "resources"), print_width=22),
        ColumnSpec("responsible", "Đơn vị/Người chịu trách nhiệm",
                   aliases=("Đơn vị chịu trách nhiệm", "Người chịu trách nhiệm", "Trách nhiệm"), width=18,
                   header=QT_TRANSLATE_NOOP("ObjectivesTableModel", "Responsible"),
                   get=lambda o: _join(o.plan, "responsible"), print_width=25),
        ColumnSpec("timeframe", "Thời gian thực hiện/hoàn thành", aliases=("Thời gian thực hiện", "Thời gian hoàn thành",
                                                                           "Thời hạn"), width=14,
                   header=QT_TRANSLATE_NOOP("ObjectivesTableModel", "Timeframe"),
                   get=lambda o: _join(o.plan, "timeframe"), print_width=20, align=Align.CENTER),
        ColumnSpec("method", "Phương pháp đo lường, đánh giá", aliases=("Phương pháp đo lường", "Phương pháp đánh giá"),
                   width=24, header=QT_TRANSLATE_NOOP("ObjectivesTableModel", "Measurement method"), print_width=30),
        ColumnSpec("results", "Kết quả thực hiện", aliases=("Kết quả",), width=24,
                   header=QT_TRANSLATE_NOOP("ObjectivesTableModel", "Results"), get=_results_text, print_width=28),
        ColumnSpec("level", "Cấp", aliases=("Cấp mục tiêu",), width=11,
                   header=QT_TRANSLATE_NOOP("ObjectivesTableModel", "Level"),
                   get=lambda o: o.level.label if o.level is Level.AGENCY else (o.department_name or o.level.label)),
        ColumnSpec("frequency", "Tần suất đo", aliases=("Tần suất",), width=11,
                   header=QT_TRANSLATE_NOOP("ObjectivesTableModel", "Frequency"), get=lambda o: o.frequency.label),
        ColumnSpec("achievement", "Đánh giá", width=12, header=QT_TRANSLATE_NOOP("ObjectivesTableModel", "Achievement"),
                   get=lambda o: o.achievement.label, align=Align.CENTER),
    ),
    screen=("title", "target_text", "level", "results", "achievement"),
    printed=("title", "target_text", "measures", "resources", "responsible", "timeframe", "method", "results"),
    search_text=lambda o: fold(f"{o.title} {o.target_text} {o.department_name}"),
    filters=(RegisterFilter("level", equals("level")), RegisterFilter("achievement", equals("achievement")),
             RegisterFilter("missing", lambda o, chosen: bool(o.missing_periods(chosen)))),
)
"""Mục tiêu chất lượng và kế hoạch thực hiện (DOMAIN.md §6.8, clause 6.2.2), declared once."""

#: The 6.2.2 columns in the order of DOMAIN.md §6.8 (TT is added by the exporter and the printed list).
PLAN_COLUMNS = ("TT", "Mục tiêu chất lượng", "Chỉ tiêu", "Biện pháp/Nội dung thực hiện", "Nguồn lực",
                "Đơn vị/Người chịu trách nhiệm", "Thời gian thực hiện/hoàn thành", "Phương pháp đo lường, đánh giá",
                "Kết quả thực hiện")

#: The year-end evaluation table.
EVALUATION_COLUMNS = ("TT", "Mục tiêu chất lượng", "Chỉ tiêu", "Kết quả thực hiện", "Đánh giá")


def evaluation_row(o: Objective) -> tuple[str, str, str, str]:
    latest = o.latest_result
    unit = o.unit if o.unit == "%" else f" {o.unit}" if o.unit else ""
    value = f"{format_number(latest.value)}{unit}" if latest and latest.value is not None else ""
    return o.title, o.target_text, value, o.achievement.label

