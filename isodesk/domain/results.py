"""TTHC results (kết quả giải quyết thủ tục hành chính) and citizen satisfaction (ISO 9001:2015 cl. 9.1).

Per reporting period and per level that handles dossiers (cấp xã, Trung tâm Phục vụ hành chính công,
before 1/7/2025 also cấp huyện) the agency reports the dossier counts of DOMAIN.md §2.4 and the
digitisation counts; per period it measures citizen satisfaction (DOMAIN.md §6.9).

The seeds report rates that do not match their counts (DOMAIN.md §7 rules 1 and 3): here every total
and every rate is *computed* from the counts, and a set of counts that does not add up is refused with
a Vietnamese sentence naming the identity and the difference
("Tổng tiếp nhận 1.512 ≠ đã giải quyết 1.480 + chưa giải quyết 20 + trả lại 10: thiếu 2 hồ sơ").
The identities are pure functions, used alike by the entry dialog (live), the service (refusal) and
the Excel import.

Pure Python: enums, frozen DTOs, rules and the register specs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields, replace
from datetime import date
from decimal import Decimal

from isodesk.domain.errors import FieldProblem
from isodesk.domain.formatting import fold, format_number, format_percent
from isodesk.domain.i18n import QT_TRANSLATE_NOOP
from isodesk.domain.labelled import LabelledEnum
from isodesk.domain.tabular import Align, ColumnKind, ColumnSpec, RegisterSpec

#: First day without districts (two-tier local government, DOMAIN.md §4).
REFORM_DATE = date(2025, 7, 1)


class ResultLevel(LabelledEnum):
    """The level that receives and resolves dossiers."""

    COMMUNE = "cap_xa", "Cấp xã"
    SERVICE_CENTRE = "trung_tam_pvhcc", "Trung tâm Phục vụ hành chính công"
    DISTRICT = "cap_huyen", "Cấp huyện"  # only for periods starting before 1/7/2025


#: Periods: the whole reporting year, a quarter or a month (stored codes → Vietnamese labels).
PERIODS: dict[str, str] = {"nam": "Cả năm", **{f"q{i}": f"Quý {r}" for i, r in zip(range(1, 5), ("I", "II", "III", "IV"))},
                           **{f"t{i:02d}": f"Tháng {i}" for i in range(1, 13)}}
YEAR_PERIOD = "nam"


def period_label(code: str) -> str:
    """"Cả năm", "Quý II", "Tháng 7"."""
    return PERIODS.get(code, code)


def period_start(year: int, code: str) -> date:
    """The first day of a period (quarters and months of the calendar year; the year from 1/1)."""
    if code.startswith("q"):
        return date(year, 3 * (int(code[1:]) - 1) + 1, 1)
    if code.startswith("t"):
        return date(year, int(code[1:]), 1)
    return date(year, 1, 1)


def field_key(name: str) -> str:
    """Lĩnh vực compared without case, diacritics or blanks ("" = the level's total)."""
    return " ".join(fold(name).split())


# --------------------------------------------------------------------------- rates


@dataclass(frozen=True)
class Rate:
    """A percentage computed from counts: ``value`` two decimals half up, ``text`` "95,50%", ``stated``
    with its counts ("95,50% (1.480/1.550 hồ sơ)"); a zero denominator gives no rate ("-")."""

    numerator: int
    denominator: int

    @property
    def value(self) -> Decimal | None:
        if self.denominator <= 0:
            return None
        return (Decimal(self.numerator) * 100 / Decimal(self.denominator)).quantize(
            Decimal("0.01"), rounding="ROUND_HALF_UP")

    @property
    def text(self) -> str:
        return format_percent(self.numerator, self.denominator)

    def stated(self, unit: str = "hồ sơ") -> str:
        if self.denominator <= 0:
            return "-"
        return f"{self.text} ({format_number(self.numerator)}/{format_number(self.denominator)} {unit})"


# --------------------------------------------------------------------------- TTHC results


@dataclass(frozen=True)
class TthcResult:
    """The dossier counts of one level for one period (DOMAIN.md §2.4), optionally of one lĩnh vực.

    Totals are properties (computed, never stored). ``declared_*`` are totals as typed or read from a
    portal export: not stored, only checked against the counts (an identity names each mismatch).
    Digitisation counts are None when not recorded.
    """

    id: int | None
    year: int
    level: ResultLevel
    period: str = YEAR_PERIOD
    field: str = ""  # lĩnh vực; "" = all fields of the level
    carried_over: int = 0  # tồn kỳ trước
    received_online: int = 0  # tiếp nhận trong kỳ qua dịch vụ công trực tuyến
    received_direct: int = 0  # trực tiếp / dịch vụ bưu chính
    resolved_early: int = 0  # đã giải quyết trước hạn
    resolved_on_time: int = 0  # đúng hạn
    resolved_late: int = 0  # quá hạn
    pending_in_time: int = 0  # chưa giải quyết, trong hạn
    pending_overdue: int = 0  # chưa giải quyết, quá hạn
    returned: int = 0  # trả lại (không đủ điều kiện)
    suspended: int = 0  # tạm dừng
    cancelled: int = 0  # đã hủy
    digitised_partly: int | None = None  # hồ sơ có số hóa thành phần hồ sơ
    digitised_fully: int | None = None  # số hóa đầy đủ thành phần hồ sơ
    result_digitised: int | None = None  # có số hóa kết quả
    result_not_digitised: int | None = None  # chưa số hóa kết quả
    notes: str = ""
    declared_total: int | None = None
    declared_received: int | None = None
    declared_resolved: int | None = None
    declared_pending: int | None = None

    # ---- totals
    @property
    def received(self) -> int:
        """Tiếp nhận trong kỳ."""
        return self.received_online + self.received_direct

    @property
    def total(self) -> int:
        """Tổng hồ sơ tiếp nhận (tồn kỳ trước + tiếp nhận trong kỳ)."""
        return self.carried_over + self.received

    @property
    def resolved(self) -> int:
        return self.resolved_early + self.resolved_on_time + self.resolved_late

    @property
    def resolved_in_time(self) -> int:
        """Giải quyết trước hạn và đúng hạn."""
        return self.resolved_early + self.resolved_on_time

    @property
    def pending(self) -> int:
        return self.pending_in_time + self.pending_overdue

    @property
    def late(self) -> int:
        """Hồ sơ quá hạn: đã giải quyết quá hạn + chưa giải quyết quá hạn."""
        return self.resolved_late + self.pending_overdue

    # ---- rates
    @property
    def on_time_rate(self) -> Rate:
        return Rate(self.resolved_in_time, self.resolved)

    @property
    def late_rate(self) -> Rate:
        return Rate(self.resolved_late, self.resolved)

    @property
    def online_rate(self) -> Rate:
        return Rate(self.received_online, self.received)

    @property
    def digitised_rate(self) -> Rate:
        return Rate(self.digitised_partly or 0, self.received if self.digitised_partly is not None else 0)

    @property
    def fully_digitised_rate(self) -> Rate:
        return Rate(self.digitised_fully or 0, self.received if self.digitised_fully is not None else 0)

    @property
    def result_digitised_rate(self) -> Rate:
        return Rate(self.result_digitised or 0, self.resolved if self.result_digitised is not None else 0)

    def rates(self) -> dict[str, Rate]:
        """Every rate of the set, by name (each in [0, 100] when the identities hold)."""
        return {"on_time_rate": self.on_time_rate, "late_rate": self.late_rate, "online_rate": self.online_rate,
                "digitised_rate": self.digitised_rate, "fully_digitised_rate": self.fully_digitised_rate,
                "result_digitised_rate": self.result_digitised_rate}

    @property
    def digitisation_recorded(self) -> bool:
        return any(v is not None for v in (self.digitised_partly, self.digitised_fully, self.result_digitised,
                                            self.result_not_digitised))

    @property
    def period_label(self) -> str:
        return period_label(self.period)

    @property
    def level_label(self) -> str:
        return self.level.label


#: The count fields of a TthcResult (what the storage, the import and the sums handle alike).
COUNT_FIELDS: tuple[str, ...] = (
    "carried_over", "received_online", "received_direct", "resolved_early", "resolved_on_time", "resolved_late",
    "pending_in_time", "pending_overdue", "returned", "suspended", "cancelled")
DIGITISATION_FIELDS: tuple[str, ...] = ("digitised_partly", "digitised_fully", "result_digitised",
                                        "result_not_digitised")
DECLARED_FIELDS: tuple[str, ...] = ("declared_total", "declared_received", "declared_resolved", "declared_pending")


@dataclass(frozen=True)
class IdentityFailure:
    """One identity of DOMAIN.md §2.4 that the counts break.

    ``key`` names the identity (``total``, ``received``, ``resolved``, ``pending``, ``balance``,
    ``result_digitisation``, ``digitised_partly``, ``digitised_fully``; satisfaction: ``collected``,
    ``distributed``); ``field`` the entry field to fix; ``difference`` left − right; ``message`` the
    Vietnamese sentence.
    """

    key: str
    field: str
    left: int
    right: int
    message: str

    @property
    def difference(self) -> int:
        return self.left - self.right


def _n(value: int) -> str:
    return format_number(value)


def _sum_text(parts: Sequence[tuple[str, int]], keep: int = 1) -> str:
    """"đã giải quyết 1.480 + chưa giải quyết 20 + trả lại 10": parts after the first ``keep`` are left
    out when zero (a sum of three lines reads better than one with two "+ 0")."""
    shown = [(name, value) for i, (name, value) in enumerate(parts) if i < keep or value]
    return " + ".join(f"{name} {_n(value)}" for name, value in shown)


def _gap(left: int, right: int, unit: str) -> str:
    difference = left - right
    return f"thiếu {_n(difference)} {unit}" if difference > 0 else f"thừa {_n(-difference)} {unit}"


def _equality(key: str, field: str, left_name: str, left: int, parts: Sequence[tuple[str, int]],
              unit: str = "hồ sơ", keep: int = 1) -> IdentityFailure | None:
    right = sum(v for _, v in parts)
    if left == right:
        return None
    message = f"{left_name} {_n(left)} ≠ {_sum_text(parts, keep)}: {_gap(left, right, unit)}"
    return IdentityFailure(key, field, left, right, message)


def _at_most(key: str, field: str, small_name: str, small: int, big_name: str, big: int,
             unit: str = "hồ sơ") -> IdentityFailure | None:
    if small <= big:
        return None
    message = f"{small_name} {_n(small)} > {big_name} {_n(big)}: thừa {_n(small - big)} {unit}"
    return IdentityFailure(key, field, small, big, message)


def identity_failures(r: TthcResult) -> list[IdentityFailure]:
    """Every identity of DOMAIN.md §2.4 the counts break (empty: the set adds up).

    * Tổng tiếp nhận = tồn kỳ trước + tiếp nhận trong kỳ (when a total was declared);
    * Tiếp nhận trong kỳ = trực tuyến + trực tiếp/bưu chính (when declared);
    * Đã giải quyết = trước hạn + đúng hạn + quá hạn; Chưa giải quyết = trong hạn + quá hạn (when declared);
    * Tổng tiếp nhận = đã giải quyết + chưa giải quyết + trả lại + tạm dừng + đã hủy (always);
    * số hóa: đầy đủ ≤ có số hóa thành phần ≤ tiếp nhận trong kỳ; có + chưa số hóa kết quả = đã giải quyết.
    """
    found: list[IdentityFailure | None] = []
    total = r.total if r.declared_total is None else r.declared_total
    received = r.received if r.declared_received is None else r.declared_received
    resolved = r.resolved if r.declared_resolved is None else r.declared_resolved
    pending = r.pending if r.declared_pending is None else r.declared_pending
    if r.declared_total is not None:
        found.append(_equality("total", "declared_total", "Tổng tiếp nhận", total,
                               (("tồn kỳ trước", r.carried_over), ("tiếp nhận trong kỳ", received)), keep=2))
    if r.declared_received is not None:
        found.append(_equality("received", "declared_received", "Tiếp nhận trong kỳ", received,
                               (("trực tuyến", r.received_online), ("trực tiếp, bưu chính", r.received_direct)),
                               keep=2))
    if r.declared_resolved is not None:
        found.append(_equality("resolved", "declared_resolved", "Đã giải quyết", resolved,
                               (("trước hạn", r.resolved_early), ("đúng hạn", r.resolved_on_time),
                                ("quá hạn", r.resolved_late)), keep=3))
    if r.declared_pending is not None:
        found.append(_equality("pending", "declared_pending", "Chưa giải quyết", pending,
                               (("trong hạn", r.pending_in_time), ("quá hạn", r.pending_overdue)), keep=2))
    found.append(_equality("balance", "returned", "Tổng tiếp nhận", total,
                           (("đã giải quyết", resolved), ("chưa giải quyết", pending), ("trả lại", r.returned),
                            ("tạm dừng", r.suspended), ("đã hủy", r.cancelled)), keep=2))
    if r.digitised_partly is not None:
        found.append(_at_most("digitised_partly", "digitised_partly", "Hồ sơ có số hóa thành phần",
                              r.digitised_partly, "tiếp nhận trong kỳ", received))
    if r.digitised_fully is not None:
        limit, name = ((r.digitised_partly, "hồ sơ có số hóa thành phần") if r.digitised_partly is not None
                       else (received, "tiếp nhận trong kỳ"))
        found.append(_at_most("digitised_fully", "digitised_fully", "Hồ sơ số hóa đầy đủ", r.digitised_fully,
                              name, limit))
    if r.result_digitised is not None and r.result_not_digitised is not None:
        found.append(_equality("result_digitisation", "result_not_digitised", "Đã giải quyết", resolved,
                               (("có số hóa kết quả", r.result_digitised),
                                ("chưa số hóa kết quả", r.result_not_digitised)), keep=2))
    elif r.result_digitised is not None:
        found.append(_at_most("result_digitisation", "result_digitised", "Hồ sơ có số hóa kết quả",
                              r.result_digitised, "đã giải quyết", resolved))
    elif r.result_not_digitised is not None:
        found.append(_at_most("result_digitisation", "result_not_digitised", "Hồ sơ chưa số hóa kết quả",
                              r.result_not_digitised, "đã giải quyết", resolved))
    return [f for f in found if f is not None]


def identity_problems(failures: Iterable[IdentityFailure], row: int | None = None) -> list[FieldProblem]:
    """The failures as the service's refusal: code ``counts_do_not_add_up`` naming the identity."""
    return [FieldProblem(f.field, "counts_do_not_add_up",
                         {"identity": f.key, "message": f.message, "difference": f.difference}, row=row)
            for f in failures]


def validate_tthc_result(r: TthcResult) -> list[FieldProblem]:
    """Problems with one set of TTHC counts; empty when it can be saved."""
    problems: list[FieldProblem] = []
    if not 2000 <= r.year <= 2100:
        problems.append(FieldProblem("year", "year_out_of_range", {"value": r.year}))
    if r.period not in PERIODS:
        problems.append(FieldProblem("period", "unknown_period", {"value": r.period}))
    elif r.level is ResultLevel.DISTRICT and 2000 <= r.year <= 2100 and _after_reform(r.year, r.period):
        problems.append(FieldProblem("level", "no_district_after_reform",
                                     {"value": r.level.label, "period": f"{period_label(r.period)} {r.year}"}))
    for name in (*COUNT_FIELDS, *DIGITISATION_FIELDS, *DECLARED_FIELDS):
        value = getattr(r, name)
        if value is not None and value < 0:
            problems.append(FieldProblem(name, "negative_count", {"value": value}))
    if len(r.field) > 120:
        problems.append(FieldProblem("field", "too_long", {"max_length": 120, "length": len(r.field)}))
    if problems:
        return problems
    return identity_problems(identity_failures(r))


def _after_reform(year: int, period: str) -> bool:
    """Whether a period starts on or after 1/7/2025 (a reporting year "2025" started in 2024: districts allowed)."""
    if period == YEAR_PERIOD:
        return year > REFORM_DATE.year
    return period_start(year, period) >= REFORM_DATE


def levels_for(year: int) -> tuple[ResultLevel, ...]:
    """The levels offered for a year: districts only up to 2025."""
    if year > REFORM_DATE.year:
        return (ResultLevel.COMMUNE, ResultLevel.SERVICE_CENTRE)
    return tuple(ResultLevel)


def clean_tthc_result(r: TthcResult) -> TthcResult:
    return replace(r, field=" ".join(r.field.split()), notes=r.notes.strip())


def add_results(items: Sequence[TthcResult], *, year: int, level: ResultLevel, period: str = YEAR_PERIOD) -> TthcResult:
    """The sum of several sets of the same period (lĩnh vực rows, or levels): every count added; a
    digitisation count only when every set recorded it."""
    values: dict[str, int | None] = {name: sum(getattr(i, name) for i in items) for name in COUNT_FIELDS}
    for name in DIGITISATION_FIELDS:
        got = [getattr(i, name) for i in items]
        values[name] = sum(v for v in got if v is not None) if got and all(v is not None for v in got) else None
    return TthcResult(None, year, level, period, "", **values)  # type: ignore[arg-type]  # the counts' ints, keyed by field name


def chain_periods(items: Sequence[TthcResult], *, year: int, level: ResultLevel) -> TthcResult:
    """The year of one level from its quarters or months, in order: tồn kỳ trước of the first, the
    pending dossiers of the last, every flow added (the balance then holds only when each period
    starts with what the one before left pending)."""
    ordered = sorted(items, key=lambda i: period_start(year, i.period))
    summed = add_results(ordered, year=year, level=level)
    first, last = ordered[0], ordered[-1]
    return replace(summed, carried_over=first.carried_over, pending_in_time=last.pending_in_time,
                   pending_overdue=last.pending_overdue)


def level_year_result(items: Sequence[TthcResult], year: int, level: ResultLevel) -> TthcResult | None:
    """The year's figures of one level: its "Cả năm" total row; else the sum of its lĩnh vực rows;
    else its quarters (or months) chained. None when nothing was entered."""
    own = [i for i in items if i.year == year and i.level is level]
    if not own:
        return None
    whole = [i for i in own if i.period == YEAR_PERIOD]
    if whole:
        totals = [i for i in whole if not i.field]
        return replace(totals[0], field="") if totals else add_results(whole, year=year, level=level)
    for prefix in ("q", "t"):
        parts = [i for i in own if i.period.startswith(prefix)]
        if parts:
            by_period: dict[str, list[TthcResult]] = {}
            for i in parts:
                by_period.setdefault(i.period, []).append(i)
            per_period = []
            for code, group in by_period.items():
                totals = [i for i in group if not i.field]
                per_period.append(replace(totals[0], field="") if totals
                                  else add_results(group, year=year, level=level, period=code))
            return chain_periods(per_period, year=year, level=level)
    return None


def fields_exceeding_total(items: Sequence[TthcResult]) -> list[tuple[TthcResult, str]]:
    """Total rows whose lĩnh vực rows (same year, period and level) add up to more than the total itself,
    with the first count concerned: a breakdown may leave fields out, never exceed its total."""
    found: list[tuple[TthcResult, str]] = []
    totals = [i for i in items if not i.field]
    for total in totals:
        parts = [i for i in items if i.field and (i.year, i.period, i.level) == (total.year, total.period, total.level)]
        if not parts:
            continue
        summed = add_results(parts, year=total.year, level=total.level, period=total.period)
        over = next((name for name in COUNT_FIELDS if getattr(summed, name) > getattr(total, name)), None)
        if over is not None:
            found.append((total, over))
    return found


@dataclass(frozen=True)
class YearResults:
    """The year's TTHC figures: per level, and all levels added."""

    year: int
    levels: tuple[TthcResult, ...]

    @property
    def measured(self) -> bool:
        return bool(self.levels)

    @property
    def total(self) -> TthcResult:
        return add_results(self.levels, year=self.year, level=self.levels[0].level if self.levels else ResultLevel.COMMUNE)

    def failures(self) -> list[tuple[TthcResult, IdentityFailure]]:
        return [(r, f) for r in self.levels for f in identity_failures(r)]


def year_results(items: Iterable[TthcResult], year: int) -> YearResults:
    """The figures of ``year`` per level (levels in the order of :class:`ResultLevel`)."""
    rows = [i for i in items if i.year == year]
    levels = [found for level in ResultLevel if (found := level_year_result(rows, year, level)) is not None]
    return YearResults(year, tuple(levels))


# --------------------------------------------------------------------------- satisfaction


class SurveyMethod(LabelledEnum):
    """How the ratings were collected (DOMAIN.md §6.9)."""

    FORMS = "phieu", "Phiếu khảo sát"  # phiếu khảo sát phát ra / thu về
    SOFTWARE = "phan_mem", "Phần mềm đánh giá"  # phần mềm đánh giá, máy tính bảng tại bộ phận một cửa


@dataclass(frozen=True)
class SatisfactionComment:
    """An ý kiến góp ý and how it was handled; ``nonconformity_id`` links the nonconformity it raised
    (the corrective-action module's record), when one was raised."""

    id: int | None
    survey_id: int | None
    content: str
    received_on: date | None = None
    dissatisfied: bool = False
    handling: str = ""  # cách xử lý, trả lời
    handled: bool = False
    nonconformity_id: int | None = None


@dataclass(frozen=True)
class SatisfactionSurvey:
    """The ratings of one period (optionally of one lĩnh vực or TTHC): the §6.9 summary row."""

    id: int | None
    year: int
    period: str = YEAR_PERIOD
    subject: str = ""  # lĩnh vực/TTHC; "" = the whole agency
    method: SurveyMethod = SurveyMethod.SOFTWARE
    distributed: int | None = None  # phiếu phát ra (None for software ratings)
    very_satisfied: int = 0  # rất hài lòng / tốt
    satisfied: int = 0  # hài lòng / chấp nhận được
    dissatisfied: int = 0  # không hài lòng
    notes: str = ""
    declared_collected: int | None = None  # phiếu thu về as typed: checked, not stored
    comments: tuple[SatisfactionComment, ...] = ()

    @property
    def collected(self) -> int:
        """Phiếu thu về / lượt đánh giá."""
        return self.very_satisfied + self.satisfied + self.dissatisfied

    @property
    def satisfied_rate(self) -> Rate:
        """Hài lòng trở lên (rất hài lòng + hài lòng) over the ratings collected."""
        return Rate(self.very_satisfied + self.satisfied, self.collected)

    @property
    def very_satisfied_rate(self) -> Rate:
        return Rate(self.very_satisfied, self.collected)

    @property
    def dissatisfied_rate(self) -> Rate:
        return Rate(self.dissatisfied, self.collected)

    @property
    def response_rate(self) -> Rate:
        return Rate(self.collected, self.distributed or 0)

    def rates(self) -> dict[str, Rate]:
        return {"satisfied_rate": self.satisfied_rate, "very_satisfied_rate": self.very_satisfied_rate,
                "dissatisfied_rate": self.dissatisfied_rate, "response_rate": self.response_rate}

    @property
    def period_label(self) -> str:
        return period_label(self.period)


def survey_failures(s: SatisfactionSurvey) -> list[IdentityFailure]:
    """Phiếu thu về = rất hài lòng + hài lòng + không hài lòng (when typed); thu về ≤ phát ra."""
    found: list[IdentityFailure | None] = []
    collected = s.collected if s.declared_collected is None else s.declared_collected
    if s.declared_collected is not None:
        found.append(_equality("collected", "declared_collected", "Phiếu thu về", collected,
                               (("rất hài lòng", s.very_satisfied), ("hài lòng", s.satisfied),
                                ("không hài lòng", s.dissatisfied)), unit="phiếu", keep=3))
    if s.distributed is not None:
        found.append(_at_most("distributed", "distributed", "Phiếu thu về", collected, "phiếu phát ra",
                              s.distributed, unit="phiếu"))
    return [f for f in found if f is not None]


def validate_survey(s: SatisfactionSurvey) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    if not 2000 <= s.year <= 2100:
        problems.append(FieldProblem("year", "year_out_of_range", {"value": s.year}))
    if s.period not in PERIODS:
        problems.append(FieldProblem("period", "unknown_period", {"value": s.period}))
    for name in ("distributed", "very_satisfied", "satisfied", "dissatisfied", "declared_collected"):
        value = getattr(s, name)
        if value is not None and value < 0:
            problems.append(FieldProblem(name, "negative_count", {"value": value}))
    if len(s.subject) > 200:
        problems.append(FieldProblem("subject", "too_long", {"max_length": 200, "length": len(s.subject)}))
    if problems:
        return problems
    return identity_problems(survey_failures(s))


def validate_comment(c: SatisfactionComment) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    if not c.content.strip():
        problems.append(FieldProblem("content", "required"))
    if c.handled and not c.handling.strip():
        problems.append(FieldProblem("handling", "handled_needs_handling"))
    return problems


def year_satisfaction(items: Iterable[SatisfactionSurvey], year: int) -> SatisfactionSurvey | None:
    """The year's ratings: the "Cả năm" rows (whole-agency row, else the subjects added), else every
    quarter or month row added (ratings are flows: they add up). None when nothing was measured."""
    rows = [i for i in items if i.year == year]
    if not rows:
        return None
    whole = [i for i in rows if i.period == YEAR_PERIOD] or rows
    general = [i for i in whole if not i.subject]
    chosen = general if general else whole
    distributed = [i.distributed for i in chosen]
    return SatisfactionSurvey(
        None, year, YEAR_PERIOD, "", chosen[0].method,
        sum(d for d in distributed if d is not None) if all(d is not None for d in distributed) else None,
        sum(i.very_satisfied for i in chosen), sum(i.satisfied for i in chosen), sum(i.dissatisfied for i in chosen),
        comments=tuple(c for i in rows for c in i.comments))


# --------------------------------------------------------------------------- Excel

_CTX = "ResultsTableModel"


def _count(key: str, title: str, header: str, aliases: tuple[str, ...] = (), width: float = 10,
           group: str | None = None) -> ColumnSpec:
    # A typed total is shown (and sorted) as the total computed from the stored counts.
    attribute = _COMPUTED.get(key, key)

    def read(row: object) -> object:
        return getattr(row, attribute, None)

    def show(row: object) -> str:
        return _count_text(getattr(row, attribute, None))

    return ColumnSpec(key, title, ColumnKind.INT, min_value=0, aliases=aliases, width=width, header=header,
                      align=Align.RIGHT, group=group, get=read, show=show)


_COMPUTED = {"declared_total": "total", "declared_received": "received", "declared_resolved": "resolved",
             "declared_pending": "pending", "declared_collected": "collected"}


def _count_text(value: object) -> str:
    return "" if value is None else format_number(value)  # type: ignore[arg-type]  # an int or Decimal here; None is handled first


_LEVEL_CHOICES = {**{lv.label: lv for lv in ResultLevel}, "Xã": ResultLevel.COMMUNE, "Phường": ResultLevel.COMMUNE,
                  "UBND xã": ResultLevel.COMMUNE, "Cấp xã, phường": ResultLevel.COMMUNE,
                  "Trung tâm PVHCC": ResultLevel.SERVICE_CENTRE, "TTPVHCC": ResultLevel.SERVICE_CENTRE,
                  "Bộ phận một cửa": ResultLevel.SERVICE_CENTRE, "Huyện": ResultLevel.DISTRICT,
                  "UBND huyện": ResultLevel.DISTRICT}
_PERIOD_CHOICES = {**{label: code for code, label in PERIODS.items()}, "Năm": YEAR_PERIOD,
                   **{f"Quý {i}": f"q{i}" for i in range(1, 5)}}

TTHC_RESULTS_SPEC = RegisterSpec(
    key="tthc_results",
    title="KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH",
    sheet_name="Kết quả giải quyết TTHC",
    screen_title=QT_TRANSLATE_NOOP("RegisterSpec", "TTHC results"),
    context=_CTX,
    columns=(
        # Year and level may be missing from a portal file (they are in its title): the import then
        # takes those chosen on screen.
        ColumnSpec("year", "Năm", ColumnKind.INT, min_value=2000, max_value=2100, number_format="0",
                   aliases=("Năm báo cáo", "Kỳ báo cáo năm"), width=7, align=Align.CENTER,
                   header=QT_TRANSLATE_NOOP("ResultsTableModel", "Year"), show=lambda r: str(r.year)),
        ColumnSpec("period", "Kỳ", ColumnKind.CHOICE, choices=_PERIOD_CHOICES, aliases=("Kỳ báo cáo", "Thời gian"),
                   width=9, header=QT_TRANSLATE_NOOP("ResultsTableModel", "Period"), align=Align.CENTER),
        ColumnSpec("level", "Cấp giải quyết", ColumnKind.CHOICE, choices=_LEVEL_CHOICES,
                   aliases=("Cấp", "Đơn vị", "Cơ quan giải quyết"), width=38,
                   header=QT_TRANSLATE_NOOP("ResultsTableModel", "Level")),
        ColumnSpec("field", "Lĩnh vực", max_length=120,
                   aliases=("Lĩnh vực giải quyết", "Lĩnh vực, công việc giải quyết", "Tên lĩnh vực"), width=16,
                   header=QT_TRANSLATE_NOOP("ResultsTableModel", "Field")),
        _count("declared_total", "Tổng số hồ sơ tiếp nhận", QT_TRANSLATE_NOOP("ResultsTableModel", "Total received"),
               ("Tổng số hồ sơ", "Tổng tiếp nhận", "Số hồ sơ nhận giải quyết Tổng số", "Tổng số hồ sơ nhận giải quyết")),
        _count("carried_over", "Tồn kỳ trước", QT_TRANSLATE_NOOP("ResultsTableModel", "Carried over"),
               ("Số hồ sơ tồn kỳ trước", "Từ kỳ trước", "Kỳ trước chuyển qua", "Số kỳ trước chuyển qua",
                "Số hồ sơ nhận giải quyết Từ kỳ trước")),
        _count("declared_received", "Tiếp nhận trong kỳ", QT_TRANSLATE_NOOP("ResultsTableModel", "Received in period"),
               ("Số mới tiếp nhận", "Trong kỳ", "Số hồ sơ nhận giải quyết Trong kỳ")),
        _count("received_online", "Tiếp nhận trực tuyến", QT_TRANSLATE_NOOP("ResultsTableModel", "Online"),
               ("Trực tuyến", "Qua dịch vụ công trực tuyến", "Số mới tiếp nhận trực tuyến", "Trong kỳ Trực tuyến",
                "Số hồ sơ nhận giải quyết Trực tuyến")),
        _count("received_direct", "Tiếp nhận trực tiếp, bưu chính",
               QT_TRANSLATE_NOOP("ResultsTableModel", "In person, by post"),
               ("Trực tiếp", "Trực tiếp, dịch vụ bưu chính", "Trực tiếp và dịch vụ bưu chính",
                "Số mới tiếp nhận trực tiếp và dịch vụ bưu chính", "Trong kỳ Trực tiếp, dịch vụ bưu chính",
                "Số hồ sơ nhận giải quyết Trực tiếp, dịch vụ bưu chính")),
        _count("declared_resolved", "Đã giải quyết", QT_TRANSLATE_NOOP("ResultsTableModel", "Resolved"),
               ("Số hồ sơ đã giải quyết", "Đã giải quyết Tổng số", "Số hồ sơ đã giải quyết Tổng số")),
        _count("resolved_early", "Giải quyết trước hạn", QT_TRANSLATE_NOOP("ResultsTableModel", "Before due"),
               ("Trước hạn", "Trả trước hạn", "Số hồ sơ đã giải quyết Trước hạn", "Đã giải quyết Trước hạn")),
        _count("resolved_on_time", "Giải quyết đúng hạn", QT_TRANSLATE_NOOP("ResultsTableModel", "On due date"),
               ("Đúng hạn", "Trả đúng hạn", "Trả đúng thời hạn", "Số hồ sơ đã giải quyết Đúng hạn",
                "Đã giải quyết Đúng hạn")),
        _count("resolved_late", "Giải quyết quá hạn", QT_TRANSLATE_NOOP("ResultsTableModel", "Resolved late"),
               ("Trả quá hạn", "Số hồ sơ đã giải quyết Quá hạn", "Đã giải quyết Quá hạn")),
        _count("declared_pending", "Chưa giải quyết", QT_TRANSLATE_NOOP("ResultsTableModel", "Pending"),
               ("Đang giải quyết", "Số hồ sơ đang giải quyết", "Số hồ sơ đang giải quyết Tổng số",
                "Chưa giải quyết Tổng số")),
        _count("pending_in_time", "Chưa giải quyết trong hạn", QT_TRANSLATE_NOOP("ResultsTableModel", "Pending, in time"),
               ("Chưa đến hạn", "Trong hạn", "Số hồ sơ đang giải quyết Trong hạn", "Chưa giải quyết Trong hạn",
                "Số hồ sơ đang giải quyết Chưa đến hạn")),
        _count("pending_overdue", "Chưa giải quyết quá hạn", QT_TRANSLATE_NOOP("ResultsTableModel", "Pending, overdue"),
               ("Đang giải quyết quá hạn", "Số hồ sơ đang giải quyết Quá hạn", "Chưa giải quyết Quá hạn")),
        _count("returned", "Trả lại", QT_TRANSLATE_NOOP("ResultsTableModel", "Returned"),
               ("Trả lại hồ sơ", "Không đủ điều kiện", "Trả lại (không đủ điều kiện)", "Số hồ sơ trả lại")),
        _count("suspended", "Tạm dừng", QT_TRANSLATE_NOOP("ResultsTableModel", "Suspended"),
               ("Tạm dừng xử lý", "Số hồ sơ tạm dừng")),
        _count("cancelled", "Đã hủy", QT_TRANSLATE_NOOP("ResultsTableModel", "Cancelled"),
               ("Hủy", "Rút hồ sơ", "Số hồ sơ đã hủy", "Công dân rút hồ sơ")),
        _count("digitised_partly", "Có số hóa thành phần hồ sơ",
               QT_TRANSLATE_NOOP("ResultsTableModel", "Documents partly digitised"),
               ("Hồ sơ có số hóa thành phần hồ sơ", "Số hóa thành phần hồ sơ")),
        _count("digitised_fully", "Số hóa đầy đủ thành phần hồ sơ",
               QT_TRANSLATE_NOOP("ResultsTableModel", "Fully digitised"), ("Số hóa đầy đủ",)),
        _count("result_digitised", "Có số hóa kết quả", QT_TRANSLATE_NOOP("ResultsTableModel", "Result digitised"),
               ("Số hồ sơ có số hóa kết quả", "Số hóa kết quả")),
        _count("result_not_digitised", "Chưa số hóa kết quả",
               QT_TRANSLATE_NOOP("ResultsTableModel", "Result not digitised"), ("Chưa số hoá kết quả",)),
        ColumnSpec("notes", "Ghi chú", width=16),
    ),
    unique_keys=(("year", "period", "level", "field"),),
    screen=("year", "period", "level", "field", "declared_total", "received_online", "received_direct",
            "declared_resolved", "resolved_late", "declared_pending", "returned"),
    order_key="year",
)
"""Kết quả giải quyết TTHC per period, level and lĩnh vực (DOMAIN.md §2.4): one row per set of counts.

The typed totals (Tổng số, Tiếp nhận trong kỳ, Đã giải quyết, Chưa giải quyết) are read only to be
checked against the counts; on export they are written as computed."""

SATISFACTION_SPEC = RegisterSpec(
    key="satisfaction",
    title="KẾT QUẢ KHẢO SÁT SỰ HÀI LÒNG",
    sheet_name="Sự hài lòng",
    screen_title=QT_TRANSLATE_NOOP("RegisterSpec", "Citizen satisfaction"),
    context=_CTX,
    columns=(
        ColumnSpec("year", "Năm", ColumnKind.INT, required=True, min_value=2000, max_value=2100, number_format="0",
                   width=7, align=Align.CENTER, header=QT_TRANSLATE_NOOP("ResultsTableModel", "Year"),
                   show=lambda r: str(r.year)),
        ColumnSpec("period", "Kỳ", ColumnKind.CHOICE, choices=_PERIOD_CHOICES, aliases=("Kỳ báo cáo",), width=9,
                   header=QT_TRANSLATE_NOOP("ResultsTableModel", "Period"), align=Align.CENTER),
        ColumnSpec("subject", "Lĩnh vực/TTHC", max_length=200, aliases=("Lĩnh vực", "Thủ tục hành chính", "TTHC"),
                   width=26, header=QT_TRANSLATE_NOOP("ResultsTableModel", "Field or TTHC")),
        ColumnSpec("method", "Hình thức", ColumnKind.CHOICE,
                   choices={m.label: m for m in SurveyMethod} | {"Phiếu": SurveyMethod.FORMS,
                                                                 "Phần mềm": SurveyMethod.SOFTWARE},
                   aliases=("Hình thức khảo sát", "Cách thu thập"), width=19,
                   header=QT_TRANSLATE_NOOP("ResultsTableModel", "Method")),
        _count("distributed", "Số phiếu phát ra", QT_TRANSLATE_NOOP("ResultsTableModel", "Forms handed out"),
               ("Phiếu phát ra",)),
        _count("declared_collected", "Số phiếu thu về", QT_TRANSLATE_NOOP("ResultsTableModel", "Ratings collected"),
               ("Phiếu thu về", "Số lượt đánh giá", "Tổng số phiếu đánh giá", "Số phiếu đánh giá")),
        _count("very_satisfied", "Rất hài lòng/Tốt", QT_TRANSLATE_NOOP("ResultsTableModel", "Very satisfied"),
               ("Rất hài lòng", "Rất tốt và tốt", "Tốt", "Rất tốt")),
        _count("satisfied", "Hài lòng/Chấp nhận được", QT_TRANSLATE_NOOP("ResultsTableModel", "Satisfied"),
               ("Hài lòng", "Chấp nhận được", "Trung bình")),
        _count("dissatisfied", "Không hài lòng", QT_TRANSLATE_NOOP("ResultsTableModel", "Dissatisfied"),
               ("Kém", "Chưa hài lòng")),
        ColumnSpec("notes", "Ghi chú", width=16),
    ),
    unique_keys=(("year", "period", "subject"),),
    order_key="year",
)
"""The satisfaction summary of DOMAIN.md §6.9, one row per period and lĩnh vực/TTHC."""


def result_from_values(values: dict[str, object], year: int | None = None,
                       level: ResultLevel | None = None) -> TthcResult:
    """A TthcResult from a parsed import row (keys of :data:`TTHC_RESULTS_SPEC`); ``year`` and ``level``
    stand in for cells the file does not have."""
    values = {**values, "year": values.get("year") or year, "level": values.get("level") or level}
    kwargs: dict[str, object] = {name: values.get(name) or 0 for name in COUNT_FIELDS}
    for name in (*DIGITISATION_FIELDS, *DECLARED_FIELDS):
        kwargs[name] = values.get(name)
    return clean_tthc_result(TthcResult(
        None, int(values.get("year") or 0), ResultLevel(values.get("level") or ResultLevel.COMMUNE),  # type: ignore[call-overload]  # the cells were parsed by the register spec
        str(values.get("period") or YEAR_PERIOD), str(values.get("field") or ""), notes=str(values.get("notes") or ""),
        **kwargs))  # type: ignore[arg-type]  # the cells were parsed by the register spec


def export_values(r: TthcResult) -> dict[str, object]:
    """A row of :data:`TTHC_RESULTS_SPEC` with the totals computed (an export re-imports as is)."""
    row: dict[str, object] = {f.name: getattr(r, f.name) for f in fields(r) if f.name in
                              {c.key for c in TTHC_RESULTS_SPEC.columns}}
    row.update(declared_total=r.total, declared_received=r.received, declared_resolved=r.resolved,
               declared_pending=r.pending)
    return row


def survey_from_values(values: dict[str, object]) -> SatisfactionSurvey:
    return SatisfactionSurvey(
        None, int(values.get("year") or 0), str(values.get("period") or YEAR_PERIOD),  # type: ignore[call-overload]  # the cells were parsed by the register spec
        " ".join(str(values.get("subject") or "").split()),
        SurveyMethod(values.get("method") or SurveyMethod.SOFTWARE), values.get("distributed"),  # type: ignore[arg-type]  # the cells were parsed by the register spec
        int(values.get("very_satisfied") or 0), int(values.get("satisfied") or 0),  # type: ignore[call-overload]  # the cells were parsed by the register spec
        int(values.get("dissatisfied") or 0), str(values.get("notes") or ""),  # type: ignore[call-overload]  # the cells were parsed by the register spec
        declared_collected=values.get("declared_collected"))  # type: ignore[arg-type]  # the cells were parsed by the register spec


def survey_export_values(s: SatisfactionSurvey) -> dict[str, object]:
    return {"year": s.year, "period": s.period, "subject": s.subject, "method": s.method,
            "distributed": s.distributed, "declared_collected": s.collected, "very_satisfied": s.very_satisfied,
            "satisfied": s.satisfied, "dissatisfied": s.dissatisfied, "notes": s.notes}


_MAPPING_LINE = re.compile(r"^([a-z_]+)=(.*)$")


def mapping_to_text(mapping: dict[str, str]) -> str:
    """A saved column mapping (register key → heading of the agency's portal file) as settings text."""
    return "\n".join(f"{key}={heading}" for key, heading in sorted(mapping.items()) if heading)


def mapping_from_text(text: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for line in text.splitlines():
        match = _MAPPING_LINE.match(line.strip())
        if match:
            out[match.group(1)] = match.group(2)
    return out
