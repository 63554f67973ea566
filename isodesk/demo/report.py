"""Demo annual report: every demo year picks its outline (the default for the agency's tier).

The demo agency is a commune after the 2025 reform: its outline (``xa-2025``) has no self-scoring
criteria set (none is known for the new commune tier, DOMAIN.md §4 point 5, and isodesk invents none)
and a commune has no subordinate units of Phụ lục I, so neither is seeded for it. A Sở-tier agency
(outline A) would get a few self-scores and two units from :func:`seed_department_report`.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from isodesk.domain.report import ReportUnit, SelfScore


def seed_demo_report(services: Any) -> int:
    """Record each year's default outline as the year's choice; returns the years set."""
    done = 0
    for ry in services.years.years():
        outline = services.report.outline_for(ry.year)
        services.report.choose_outline(ry.year, outline.key)
        if services.report.criteria_for(ry.year) is not None:
            seed_department_report(services, ry.year)
        done += 1
    return done


def seed_department_report(services: Any, year: int) -> None:
    """A few self-scores (the criteria set's first three, full marks less a quarter on the third) and two
    subordinate units, for a Sở-tier demo."""
    criteria = services.report.criteria_for(year)
    if criteria is None:
        return
    scores = [SelfScore(c.code, c.max_points - (Decimal("0.25") if i == 2 else 0)) for i, c in
              enumerate(criteria.items[:3])]
    services.report.save_scores(year, scores)
    for name, guides, internal, tthc in (("Trung tâm Công nghệ thông tin (dữ liệu mẫu)", 3, 12, 0),
                                         ("Chi cục Văn thư - Lưu trữ (dữ liệu mẫu)", 2, 8, 5)):
        services.report.save_unit(ReportUnit(None, year, name, f"05/QĐ-TT ngày 15/01/{year}", date(year, 10, 20),
                                             f"06/QĐ-TT ngày 20/01/{year}", guides, internal, tthc))
