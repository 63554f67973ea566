"""Demo TTHC results and satisfaction for several years: the district level before the 2025 reform, the
commune and its Trung tâm Phục vụ hành chính công after it (DOMAIN.md §4). Every set adds up."""

from __future__ import annotations

import random
from datetime import date

from isodesk.domain import results as d
from isodesk.domain.core import reporting_year_of
from isodesk.services.registry import Services
from isodesk.services.results.results_service import ResultsService

_FIELDS = ("Hộ tịch", "Chứng thực", "Đất đai", "Bảo trợ xã hội")
_COMMENTS = (
    ("Đề nghị niêm yết công khai thêm mẫu tờ khai đăng ký khai sinh tại bộ phận một cửa.",
     "Đã bổ sung mẫu tờ khai và hướng dẫn điền tại bàn tiếp nhận.", False),
    ("Thời gian chờ lấy số thứ tự vào sáng thứ Hai còn lâu.",
     "Bố trí thêm 01 công chức tiếp nhận vào sáng thứ Hai.", True),
    ("Cán bộ hướng dẫn nhiệt tình, chu đáo.", "Ghi nhận, biểu dương.", False),
)


def demo_result(rng: random.Random, year: int, level: d.ResultLevel, size: int, field: str = "") -> d.TthcResult:
    """One set of counts that adds up (identities of DOMAIN.md §2.4 hold by construction)."""
    carried = rng.randint(0, max(1, size // 40))
    received = size
    online = int(received * rng.uniform(0.35 if year < 2025 else 0.6, 0.55 if year < 2025 else 0.9))
    direct = received - online
    total = carried + received
    returned = rng.randint(0, max(1, total // 80))
    suspended = rng.randint(0, 2)
    cancelled = rng.randint(0, 3)
    pending = rng.randint(0, max(1, total // 50))
    pending_overdue = rng.randint(0, min(2, pending))
    resolved = total - returned - suspended - cancelled - pending
    late = rng.randint(0, max(1, resolved // 120))
    early = int((resolved - late) * rng.uniform(0.7, 0.95))
    on_time = resolved - late - early
    partly = int(received * rng.uniform(0.5, 0.95))
    fully = int(partly * rng.uniform(0.6, 0.95))
    result_digitised = int(resolved * rng.uniform(0.6, 0.98))
    return d.TthcResult(None, year, level, d.YEAR_PERIOD, field, carried, online, direct, early, on_time, late,
                        pending - pending_overdue, pending_overdue, returned, suspended, cancelled,
                        partly, fully, result_digitised, resolved - result_digitised)


def demo_results(rng: random.Random, years: range) -> tuple[list[d.TthcResult], list[d.SatisfactionSurvey]]:
    results: list[d.TthcResult] = []
    surveys: list[d.SatisfactionSurvey] = []
    for year in years:
        for level in d.levels_for(year):
            if level is d.ResultLevel.SERVICE_CENTRE and year <= 2025:
                continue  # the commune's Trung tâm PVHCC exists from 1/7/2025
            size = {d.ResultLevel.DISTRICT: 4200, d.ResultLevel.COMMUNE: 1500,
                    d.ResultLevel.SERVICE_CENTRE: 2600}[level] + rng.randint(-200, 200)
            results.append(demo_result(rng, year, level, size))
        # The commune's figures per lĩnh vực in the latest year (a breakdown beside the total).
        if year == years[-1]:
            for field in _FIELDS:
                results.append(demo_result(rng, year, d.ResultLevel.COMMUNE, rng.randint(80, 400), field))
        collected = rng.randint(500, 1500)
        dissatisfied = rng.randint(0, 8)
        very = int((collected - dissatisfied) * rng.uniform(0.6, 0.85))
        method = d.SurveyMethod.FORMS if year < 2025 else d.SurveyMethod.SOFTWARE
        comments = tuple(d.SatisfactionComment(None, None, text, date(year, 10, 5), unhappy, handling, True)
                         for text, handling, unhappy in _COMMENTS[: 1 + year % 3])
        surveys.append(d.SatisfactionSurvey(
            None, year, d.YEAR_PERIOD, "", method, collected + rng.randint(0, 200) if method is d.SurveyMethod.FORMS
            else None, very, collected - dissatisfied - very, dissatisfied, comments=comments))
    return results, surveys


def seed_demo_results(services: Services, rng: random.Random, today: date, first_year: int | None = None) -> int:
    """Write the demo figures from ``first_year`` (default four years back, so that the district level of
    2023–2025 appears) to the current reporting year; returns how many sets were written."""
    year_now = reporting_year_of(today)
    first = min(first_year or year_now - 3, 2024)
    results, surveys = demo_results(rng, range(first, year_now + 1))
    with services.sessions.begin() as s:
        ResultsService.add_in(s, results, surveys)
    return len(results)
