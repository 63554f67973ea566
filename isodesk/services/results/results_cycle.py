"""The results module's provider: named figures of TTHC results and citizen satisfaction, the Phụ lục
tables of outline B (DOMAIN.md §2.4), the report's text, readiness checks and the printed summary.

Figures carry their numerator and denominator, so a quality objective bound to ``tthc.on_time_rate``
fills itself and the review and the report quote the same numbers (DOMAIN.md §7 rule 4). Nothing is
offered for a year that was not measured: consumers then say so rather than print a 0.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy.orm import Session

from isodesk.domain import core as core_d
from isodesk.domain import results as d
from isodesk.domain.contributions import (
    AppendixRow,
    AppendixTable,
    Contribution,
    DocumentOffer,
    Figure,
    OutputKind,
    TextDraft,
)
from isodesk.domain.cycle import ReadinessIssue, Severity
from isodesk.domain.errors import NotFoundError
from isodesk.domain.formatting import format_number, short_date
from isodesk.domain.i18n import QT_TRANSLATE_NOOP
from isodesk.reports.model import AdminDocument
from isodesk.reports.results_tables import build_results_summary
from isodesk.services.year.contribution_service import ContributionContext
from isodesk.services.year.cycle_service import StepDefinition
from isodesk.services.results.results_service import load_results, load_surveys

TARGET = "tthc_results"
SOURCE = "Kết quả TTHC và mức độ hài lòng"
SUMMARY_KEY = "results.summary"

#: Phụ lục số 01 / Phụ lục 02 of outline B and the §6.9 satisfaction table (headings verbatim).
TTHC_TABLE_TITLE = "Kết quả giải quyết thủ tục hành chính"
DIGITISATION_TABLE_TITLE = "Kết quả thực hiện số hóa hồ sơ, giấy tờ kết quả giải quyết"
SATISFACTION_TABLE_TITLE = "Kết quả đo lường sự hài lòng của tổ chức, công dân"
TTHC_COLUMNS = ("TT", "Cấp giải quyết", "Tổng số hồ sơ tiếp nhận", "Tồn kỳ trước", "Tiếp nhận trong kỳ",
                "Trực tuyến", "Trực tiếp, bưu chính", "Đã giải quyết", "Trước hạn, đúng hạn", "Quá hạn",
                "Chưa giải quyết", "Trả lại", "Tạm dừng", "Đã hủy", "Tỷ lệ đúng hạn (%)")
DIGITISATION_COLUMNS = ("TT", "Cấp giải quyết", "Tiếp nhận trong kỳ", "Có số hóa thành phần hồ sơ", "Tỷ lệ (%)",
                        "Số hóa đầy đủ thành phần hồ sơ", "Tỷ lệ (%) ", "Đã giải quyết", "Có số hóa kết quả",
                        "Tỷ lệ (%)  ", "Chưa số hóa kết quả")
SATISFACTION_COLUMNS = ("Lĩnh vực/TTHC", "Số phiếu phát ra/thu về", "Rất hài lòng/Tốt", "Hài lòng/Chấp nhận được",
                        "Không hài lòng", "Tỷ lệ (%)", "Ý kiến góp ý")


def _n(value: int | None) -> str:
    return "" if value is None else format_number(value)


def _rate_figure(key: str, rate: d.Rate, label: str) -> Figure | None:
    value = rate.value
    if value is None:
        return None
    return Figure(key, value, "%", label, SOURCE, "results", target=TARGET, numerator=rate.numerator,
                  denominator=rate.denominator)


def tthc_figures(total: d.TthcResult) -> list[Figure]:
    """The named TTHC figures of a year (all levels added)."""
    def count(key: str, value: int, label: str) -> Figure:
        return Figure(f"tthc.{key}", value, "hồ sơ", label, SOURCE, "results", target=TARGET)

    figures: list[Figure | None] = [
        count("received", total.total, "Tổng số hồ sơ TTHC tiếp nhận (kể cả tồn kỳ trước)"),
        count("carried_over", total.carried_over, "Số hồ sơ TTHC tồn kỳ trước"),
        count("received_in_period", total.received, "Số hồ sơ TTHC tiếp nhận trong kỳ"),
        count("received_online", total.received_online, "Số hồ sơ tiếp nhận qua dịch vụ công trực tuyến"),
        count("received_direct", total.received_direct, "Số hồ sơ tiếp nhận trực tiếp, qua bưu chính"),
        count("resolved", total.resolved, "Số hồ sơ TTHC đã giải quyết"),
        count("resolved_on_time", total.resolved_in_time, "Số hồ sơ giải quyết trước hạn và đúng hạn"),
        count("resolved_late", total.resolved_late, "Số hồ sơ giải quyết quá hạn"),
        count("pending", total.pending, "Số hồ sơ chưa giải quyết"),
        count("pending_overdue", total.pending_overdue, "Số hồ sơ chưa giải quyết quá hạn"),
        count("late", total.late, "Số hồ sơ quá hạn (đã và chưa giải quyết)"),
        count("returned", total.returned, "Số hồ sơ trả lại"),
        count("suspended", total.suspended, "Số hồ sơ tạm dừng"),
        count("cancelled", total.cancelled, "Số hồ sơ đã hủy"),
        _rate_figure("tthc.on_time_rate", total.on_time_rate, "Tỷ lệ hồ sơ TTHC giải quyết trước hạn và đúng hạn"),
        _rate_figure("tthc.late_rate", total.late_rate, "Tỷ lệ hồ sơ TTHC giải quyết quá hạn"),
        _rate_figure("tthc.online_rate", total.online_rate, "Tỷ lệ hồ sơ tiếp nhận trực tuyến"),
        _rate_figure("tthc.digitised_rate", total.digitised_rate, "Tỷ lệ hồ sơ có số hóa thành phần hồ sơ"),
        _rate_figure("tthc.fully_digitised_rate", total.fully_digitised_rate,
                     "Tỷ lệ hồ sơ số hóa đầy đủ thành phần hồ sơ"),
        _rate_figure("tthc.result_digitised_rate", total.result_digitised_rate, "Tỷ lệ hồ sơ có số hóa kết quả"),
    ]
    return [f for f in figures if f is not None]


def satisfaction_figures(survey: d.SatisfactionSurvey) -> list[Figure]:
    def count(key: str, value: int, unit: str, label: str) -> Figure:
        return Figure(f"satisfaction.{key}", value, unit, label, SOURCE, "results", target=TARGET)

    open_comments = [c for c in survey.comments if not c.handled]
    figures: list[Figure | None] = [
        count("responses", survey.collected, "phiếu", "Số phiếu (lượt) đánh giá sự hài lòng thu về"),
        count("satisfied", survey.very_satisfied + survey.satisfied, "phiếu", "Số phiếu hài lòng trở lên"),
        count("dissatisfied", survey.dissatisfied, "phiếu", "Số phiếu không hài lòng"),
        count("comments", len(survey.comments), "ý kiến", "Số ý kiến góp ý của tổ chức, công dân"),
        count("comments_open", len(open_comments), "ý kiến", "Số ý kiến góp ý chưa xử lý xong"),
        _rate_figure("satisfaction.satisfied_rate", survey.satisfied_rate,
                     "Tỷ lệ tổ chức, công dân hài lòng (rất hài lòng và hài lòng)"),
        _rate_figure("satisfaction.very_satisfied_rate", survey.very_satisfied_rate, "Tỷ lệ rất hài lòng/tốt"),
        _rate_figure("satisfaction.dissatisfied_rate", survey.dissatisfied_rate, "Tỷ lệ không hài lòng"),
    ]
    if survey.distributed is not None:
        figures.append(count("distributed", survey.distributed, "phiếu", "Số phiếu khảo sát phát ra"))
    return [f for f in figures if f is not None]


def tthc_table(year: d.YearResults) -> AppendixTable:
    rows = []
    for n, r in enumerate(year.levels, start=1):
        rows.append(AppendixRow((str(n), r.level.label, _n(r.total), _n(r.carried_over), _n(r.received),
                                 _n(r.received_online), _n(r.received_direct), _n(r.resolved), _n(r.resolved_in_time),
                                 _n(r.resolved_late), _n(r.pending), _n(r.returned), _n(r.suspended),
                                 _n(r.cancelled), r.on_time_rate.text)))
    if len(year.levels) > 1:
        t = year.total
        rows.append(AppendixRow(("", "Tổng cộng", _n(t.total), _n(t.carried_over), _n(t.received),
                                 _n(t.received_online), _n(t.received_direct), _n(t.resolved), _n(t.resolved_in_time),
                                 _n(t.resolved_late), _n(t.pending), _n(t.returned), _n(t.suspended),
                                 _n(t.cancelled), t.on_time_rate.text)))
    return AppendixTable("results.tthc", TTHC_TABLE_TITLE, TTHC_COLUMNS, tuple(rows), "results", landscape=True)


def digitisation_table(year: d.YearResults) -> AppendixTable:
    rows = []
    levels = [r for r in year.levels if r.digitisation_recorded]
    for n, r in enumerate(levels, start=1):
        rows.append(AppendixRow((str(n), r.level.label, _n(r.received), _n(r.digitised_partly), r.digitised_rate.text,
                                 _n(r.digitised_fully), r.fully_digitised_rate.text, _n(r.resolved),
                                 _n(r.result_digitised), r.result_digitised_rate.text, _n(r.result_not_digitised))))
    return AppendixTable("results.digitisation", DIGITISATION_TABLE_TITLE, DIGITISATION_COLUMNS, tuple(rows),
                         "results", landscape=True)


def satisfaction_table(surveys: Sequence[d.SatisfactionSurvey]) -> AppendixTable:
    rows = []
    for s in surveys:
        subject = s.subject or "Chung"
        if s.period != d.YEAR_PERIOD:
            subject += f" ({s.period_label})"
        forms = f"{_n(s.distributed)}/{_n(s.collected)}" if s.distributed is not None else _n(s.collected)
        comments = "\n".join(f"- {c.content}" + (f" (Đã xử lý: {c.handling})" if c.handled else " (Đang xử lý)")
                             for c in s.comments)
        rows.append(AppendixRow((subject, forms, _n(s.very_satisfied), _n(s.satisfied), _n(s.dissatisfied),
                                 s.satisfied_rate.text, comments)))
    return AppendixTable("results.satisfaction", SATISFACTION_TABLE_TITLE, SATISFACTION_COLUMNS, tuple(rows),
                         "results", landscape=True)


def tthc_text(ry: core_d.ReportingYear, year: d.YearResults) -> str:
    """The report's paragraph on TTHC results (DOMAIN.md §2.4 outline B 2.1); "" when not measured."""
    if not year.measured:
        return ""
    t = year.total
    lines = [f"Kết quả giải quyết TTHC năm {ry.year} (từ ngày {short_date(ry.period_start)} đến ngày "
             f"{short_date(ry.period_end)}): tổng số hồ sơ tiếp nhận {_n(t.total)} hồ sơ (tồn kỳ trước "
             f"{_n(t.carried_over)}, tiếp nhận trong kỳ {_n(t.received)}, trong đó trực tuyến "
             f"{_n(t.received_online)} hồ sơ, chiếm {t.online_rate.text}); đã giải quyết {_n(t.resolved)} hồ sơ, "
             f"trong đó trước hạn và đúng hạn {_n(t.resolved_in_time)} hồ sơ ({t.on_time_rate.text}), quá hạn "
             f"{_n(t.resolved_late)} hồ sơ; chưa giải quyết {_n(t.pending)} hồ sơ (quá hạn {_n(t.pending_overdue)}); "
             f"trả lại {_n(t.returned)}, tạm dừng {_n(t.suspended)}, đã hủy {_n(t.cancelled)} hồ sơ."]
    for r in year.levels if len(year.levels) > 1 else ():
        lines.append(f"- {r.level.label}: tiếp nhận {_n(r.total)} hồ sơ, đã giải quyết {_n(r.resolved)} hồ sơ, "
                     f"trước hạn và đúng hạn {r.on_time_rate.stated()}.")
    if t.digitisation_recorded:
        lines.append(f"- Số hóa: hồ sơ có số hóa thành phần hồ sơ {t.digitised_rate.stated()}; có số hóa kết quả "
                     f"{t.result_digitised_rate.stated()}.")
    return "\n".join(lines)


def satisfaction_text(survey: d.SatisfactionSurvey | None) -> str:
    if survey is None or not survey.collected:
        return ""
    text = (f"Đo lường sự thỏa mãn của khách hàng: {_n(survey.collected)} phiếu (lượt) đánh giá; rất hài lòng/tốt "
            f"{survey.very_satisfied_rate.text}, hài lòng trở lên {survey.satisfied_rate.text}, không hài lòng "
            f"{_n(survey.dissatisfied)} phiếu ({survey.dissatisfied_rate.text}).")
    if survey.comments:
        handled = sum(1 for c in survey.comments if c.handled)
        text += f" Tiếp nhận {_n(len(survey.comments))} ý kiến góp ý, đã xử lý {_n(handled)} ý kiến."
    return text


class ResultsCycleProvider:
    """TTHC results and citizen satisfaction: figures, tables, texts, checks and the printed summary."""

    module = "results"

    def contribute(self, ctx: ContributionContext) -> Contribution:
        s = ctx.session
        assert s is not None
        year = ctx.year.year
        totals = d.year_results(load_results(s, year), year)
        surveys = load_surveys(s, year)
        satisfaction = d.year_satisfaction(surveys, year)
        figures: list[Figure] = []
        if totals.measured:
            figures += tthc_figures(totals.total)
        if satisfaction is not None:
            figures += satisfaction_figures(satisfaction)
        tables = (tthc_table(totals), digitisation_table(totals), satisfaction_table(surveys))
        texts = (TextDraft("report.tthc_results", tthc_text(ctx.year, totals), self.module, SOURCE),
                 TextDraft("report.satisfaction", satisfaction_text(satisfaction), self.module, SOURCE))
        offers = (DocumentOffer(SUMMARY_KEY, f"Bảng tổng hợp kết quả giải quyết TTHC và mức độ hài lòng năm {year}",
                                OutputKind.FORM, self.module, "Ket-qua-TTHC-va-hai-long"),) \
            if totals.measured or surveys else ()
        return Contribution(self.module, figures=tuple(figures), texts=texts, tables=tables, documents=offers)

    def build_document(self, key: str, ctx: ContributionContext) -> AdminDocument:
        if key != SUMMARY_KEY:
            raise NotFoundError("document_offer", key)
        services = ctx.services
        year = ctx.year.year
        results = services.results.year_results(year)
        surveys = services.results.surveys(year)
        on = min(ctx.today, ctx.year.period_end)
        profile = services.agency.profile_on(on)
        if profile is None:
            raise NotFoundError("agency", on)
        secretary = next((p.full_name for p in services.agency.people() if p.is_iso_secretary), "")
        return build_results_summary((tthc_table(results), digitisation_table(results), satisfaction_table(surveys)),
                                     profile, year=year, on=on, prepared_by=secretary)

    def steps(self) -> Sequence[StepDefinition]:
        return ()

    def checks(self, session: Session, year: core_d.ReportingYear, today: date) -> list[ReadinessIssue]:
        """TTHC figures missing or not adding up; satisfaction not measured (only once the period has
        run a quarter: a new year is not greeted with warnings)."""
        issues: list[ReadinessIssue] = []
        if (today - year.period_start).days < 90:
            return issues
        rows = load_results(session, year.year)
        totals = d.year_results(rows, year.year)
        if not totals.measured:
            issues.append(ReadinessIssue(
                "tthc_results_missing",
                QT_TRANSLATE_NOOP("Readiness", "No TTHC results (dossiers received, resolved, late) are entered "
                                               "for {year}."),
                Severity.WARNING, params={"year": year.year}, target=TARGET))
        failures = totals.failures()
        if failures:
            issues.append(ReadinessIssue(
                "tthc_results_do_not_add_up",
                QT_TRANSLATE_NOOP("Readiness", "The TTHC figures of {year} do not add up: {message}."),
                Severity.ERROR, count=len(failures),
                params={"year": year.year, "message": "; ".join(f"{r.level.label}: {f.message}" for r, f in failures)},
                target=TARGET))
        exceeding = d.fields_exceeding_total(rows)
        if exceeding:
            issues.append(ReadinessIssue(
                "tthc_fields_exceed_total",
                QT_TRANSLATE_NOOP("Readiness", "The figures per field of {count} level(s) add up to more than the "
                                               "level's total ({levels})."),
                Severity.WARNING, count=len(exceeding),
                params={"count": len(exceeding), "levels": ", ".join(f"{r.level.label} {r.period_label}"
                                                                     for r, _ in exceeding)},
                target=TARGET, record_ids=tuple(r.id for r, _ in exceeding if r.id is not None)))
        satisfaction = d.year_satisfaction(load_surveys(session, year.year), year.year)
        if satisfaction is None or not satisfaction.collected:
            issues.append(ReadinessIssue(
                "satisfaction_not_measured",
                QT_TRANSLATE_NOOP("Readiness", "Citizen satisfaction is not measured for {year} (ISO 9001 "
                                               "clause 9.1.2)."),
                Severity.WARNING, params={"year": year.year}, target=TARGET))
        return issues
