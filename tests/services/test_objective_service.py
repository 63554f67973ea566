"""Quality policy and objectives on a real SQLite file: measurable only, results in the year,
achievement computed, copy from last year, binding to a named figure, Excel round trip."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from isodesk.domain import core as cd
from isodesk.domain import objectives as d
from isodesk.domain.contributions import Contribution, Figure
from isodesk.domain.errors import DomainError, NotFoundError, ValidationError
from isodesk.reports.xlsx_exporter import export_table_xlsx
from isodesk.reports.xlsx_import import build_preview, read_sheet, suggest_mapping
from isodesk.storage.models.core import ChangeLogRow
from isodesk.storage.models.objectives import ObjectiveRow

ON_TIME = d.Objective(
    None, 2025, "Giải quyết hồ sơ TTHC đúng hạn", "hồ sơ TTHC giải quyết đúng hạn", d.Comparator.GE,
    Decimal("98"), "%", "Thống kê trên Hệ thống thông tin giải quyết TTHC", d.Frequency.QUARTERLY,
    plan=(d.PlanRow(None, "Niêm yết công khai TTHC; nhắc hạn hồ sơ hằng ngày", "Cán bộ một cửa",
                    "Văn phòng HĐND và UBND", "Cả năm 2025"),))
ANSWERS = d.Objective(
    None, 2025, "Trả lời phản ánh, kiến nghị kịp thời", "ý kiến phản ánh được trả lời trong 10 ngày",
    d.Comparator.EQ, Decimal("100"), "%", "Sổ theo dõi phản ánh, kiến nghị", d.Frequency.HALF_YEARLY)


def _changes(services, entity: str) -> int:  # type: ignore[no-untyped-def]
    with services.sessions() as s:
        return int(s.scalar(select(func.count()).select_from(ChangeLogRow).where(ChangeLogRow.entity == entity)) or 0)


def _objective_count(services) -> int:  # type: ignore[no-untyped-def]
    with services.sessions() as s:
        return int(s.scalar(select(func.count()).select_from(ObjectiveRow)) or 0)


def test_save_objective_with_plan_and_history(services) -> None:  # type: ignore[no-untyped-def]
    saved = services.objectives.save(ON_TIME)
    assert saved.id is not None and saved.target_text == "≥ 98 % hồ sơ TTHC giải quyết đúng hạn"
    assert [p.measure for p in saved.plan] == ["Niêm yết công khai TTHC; nhắc hạn hồ sơ hằng ngày"]
    assert saved.achievement is d.Achievement.NOT_EVALUATED
    assert _changes(services, "quality_objective") == 1 and _changes(services, "quality_objective_plan") == 1
    edited = services.objectives.save(replace(saved, target=Decimal("99"), plan=(
        *saved.plan, d.PlanRow(None, "Khảo sát mức độ hài lòng", "", "Văn phòng", "Quý III"))))
    assert edited.target == Decimal("99") and len(edited.plan) == 2
    assert _changes(services, "quality_objective") == 2  # one update line, not a new record


def test_qualitative_objective_is_refused_and_nothing_written(services) -> None:  # type: ignore[no-untyped-def]
    before = _changes(services, "quality_objective")
    with pytest.raises(ValidationError) as caught:
        services.objectives.save(replace(ON_TIME, comparator=None, target=None,
                                         indicator="Nâng cao chất lượng phục vụ người dân"))
    assert [p.code for p in caught.value.problems] == ["objective_not_measurable"]
    assert _objective_count(services) == 0 and _changes(services, "quality_objective") == before


def test_department_objective_needs_its_department(services) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as caught:
        services.objectives.save(replace(ON_TIME, level=d.Level.DEPARTMENT))
    assert caught.value.problems[0].code == "department_required"
    dep = services.agency.save_department(cd.Department(None, "Phòng Văn hóa - Xã hội", "VHXH"))
    saved = services.objectives.save(replace(ON_TIME, level=d.Level.DEPARTMENT, department_id=dep.id))
    assert saved.department_name == "Phòng Văn hóa - Xã hội"


def test_results_computed_and_outside_the_year_refused(services) -> None:  # type: ignore[no-untyped-def]
    objective = services.objectives.save(ON_TIME)
    after = services.objectives.save_result(d.ObjectiveResult(None, objective.id, "2025-Q1", Decimal("97.5"),
                                                              "Báo cáo quý I", "Nguyễn Văn An", date(2025, 4, 2)))
    assert after.achievement_in("2025-Q1") is d.Achievement.NOT_ACHIEVED
    after = services.objectives.save_result(d.ObjectiveResult(None, objective.id, "2025-Q2", Decimal("99")))
    assert after.achievement is d.Achievement.ACHIEVED  # the latest period decides
    before = _changes(services, "quality_objective_result")
    for period in ("2024-Q4", "2026-Q1", "2025-H1", "2025"):
        with pytest.raises(ValidationError) as caught:
            services.objectives.save_result(d.ObjectiveResult(None, objective.id, period, Decimal("99")))
        assert caught.value.problems[0].code == "period_outside_year"
    with pytest.raises(ValidationError):
        services.objectives.save_result(d.ObjectiveResult(None, objective.id, "2025-Q3", Decimal("120")))
    assert _changes(services, "quality_objective_result") == before
    assert [p.code for p in services.objectives.get(objective.id).missing_periods(date(2025, 10, 5))] == ["2025-Q3"]


def test_copy_last_year_marks_for_review_without_results(services) -> None:  # type: ignore[no-untyped-def]
    objective = services.objectives.save(ON_TIME)
    services.objectives.save_result(d.ObjectiveResult(None, objective.id, "2025-Q1", Decimal("99")))
    ids = services.objectives.copy_from_previous(2026)
    copied = services.objectives.objectives(2026)
    assert [o.id for o in copied] == ids and copied[0].needs_review and copied[0].results == ()
    assert copied[0].plan[0].timeframe == "Cả năm 2026"
    with pytest.raises(DomainError) as caught:
        services.objectives.copy_from_previous(2026)
    assert caught.value.code == "objectives_exist_for_year"
    with pytest.raises(DomainError) as caught:
        services.objectives.copy_from_previous(2030)
    assert caught.value.code == "no_objectives_to_copy"
    reviewed = services.objectives.save(copied[0])
    assert not reviewed.needs_review


def test_policy_with_its_decision(services) -> None:  # type: ignore[no-untyped-def]
    decision = services.register.save(cd.IssuedDocument(
        None, cd.IssuedDocType.DECISION, "UBND", 12, "QĐ-UBND", date(2025, 1, 10),
        "Ban hành Chính sách chất lượng và Mục tiêu chất lượng năm 2025", status=cd.IssuedDocStatus.ISSUED,
        purpose=cd.DocPurpose.QUALITY_POLICY, year=2025))
    policy = services.objectives.save_policy(d.QualityPolicy(None, 2025, "Công khai – Minh bạch – Đúng hạn",
                                                              decision.id))
    assert policy.decision_label == "Quyết định số 12/QĐ-UBND ngày 10/01/2025"
    services.objectives.save_policy(d.QualityPolicy(None, 2027, "Chính sách mới"))
    assert services.objectives.policy_for(2026).text == "Công khai – Minh bạch – Đúng hạn"
    assert services.objectives.policies()[0].valid_to == 2026
    with pytest.raises(ValidationError):
        services.objectives.save_policy(d.QualityPolicy(None, 2025, "Trùng năm"))
    with pytest.raises(ValidationError):
        services.objectives.save_policy(d.QualityPolicy(None, 2028, "   "))


def test_export_and_import_through_the_spec(services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    services.objectives.save(ON_TIME)
    services.objectives.save(ANSWERS)
    path = export_table_xlsx(d.OBJECTIVES_SPEC, services.objectives.export_rows(2025), tmp_path / "mt.xlsx",
                             title=d.OBJECTIVES_SPEC.title)
    sheet = read_sheet(path, spec=d.OBJECTIVES_SPEC)
    preview = build_preview(d.OBJECTIVES_SPEC, sheet, suggest_mapping(d.OBJECTIVES_SPEC, sheet.headers))
    ids = services.objectives.import_preview(2026, preview)
    imported = services.objectives.objectives(2026)
    assert len(ids) == 2
    assert [o.target_text for o in imported] == ["≥ 98 % hồ sơ TTHC giải quyết đúng hạn",
                                                 "= 100 % ý kiến phản ánh được trả lời trong 10 ngày"]
    assert imported[0].plan[0].responsible == "Văn phòng HĐND và UBND"


def test_import_refuses_a_qualitative_row(services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    rows = [{"title": "Nâng cao chất lượng phục vụ", "target_text": "Ngày càng tốt hơn"},
            {"title": "Đúng hạn", "target_text": "100% hồ sơ đúng hạn"}]
    path = export_table_xlsx(d.OBJECTIVES_SPEC, rows, tmp_path / "mt.xlsx", title=d.OBJECTIVES_SPEC.title)
    sheet = read_sheet(path, spec=d.OBJECTIVES_SPEC)
    preview = build_preview(d.OBJECTIVES_SPEC, sheet, suggest_mapping(d.OBJECTIVES_SPEC, sheet.headers))
    with pytest.raises(ValidationError) as caught:
        services.objectives.import_preview(2025, preview)
    assert caught.value.problems[0].code == "objective_not_measurable" and caught.value.problems[0].row
    assert _objective_count(services) == 0


class _OnTimeFigure:
    """A test module offering the named figure a bound objective reads."""

    module = "tthcfake"

    def steps(self):  # type: ignore[no-untyped-def]
        return ()

    def checks(self, session, year, today):  # type: ignore[no-untyped-def]
        return []

    def contribute(self, ctx):  # type: ignore[no-untyped-def]
        return Contribution(self.module, figures=(Figure("tthc.on_time_rate", Decimal("96.5"), "%",
                                                         "Tỷ lệ hồ sơ đúng hạn", "test", self.module),))

    def build_document(self, key, ctx):  # type: ignore[no-untyped-def]
        raise NotFoundError("document_offer", key)


def test_objective_bound_to_a_named_figure(tmp_path: Path) -> None:
    from isodesk.services.modules import module_providers
    from isodesk.services.registry import open_services

    services = open_services(tmp_path / "x.db", [*module_providers(), _OnTimeFigure()])
    try:
        services.years.save(cd.ReportingYear(None, 2025, *cd.default_period(2025)))
        saved = services.objectives.save(replace(ON_TIME, frequency=d.Frequency.YEARLY, figure_key="tthc.on_time_rate"))
        result = saved.result_for("2025")
        assert result is not None and result.from_figure and result.value == Decimal("96.5")
        assert saved.achievement is d.Achievement.NOT_ACHIEVED
        # A value measured and entered for the period wins over the figure.
        typed = services.objectives.save_result(d.ObjectiveResult(None, saved.id, "2025", Decimal("98.2")))
        assert typed.achievement is d.Achievement.ACHIEVED and not typed.result_for("2025").from_figure
        figures = services.contributions.collect(2025).figures
        assert figures["objectives.total"].value == 1 and figures["objectives.achieved"].value == 1
    finally:
        services.close()
