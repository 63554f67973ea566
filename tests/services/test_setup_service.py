"""SetupService.complete_setup: validates everything first and writes everything in one transaction."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from isodesk.domain import core as d
from isodesk.domain.errors import DomainError, ValidationError
from isodesk.domain.setup import SetupInput, SteeringDecision, suggested_departments

AGENCY = d.AgencyProfile(
    id=None, valid_from=date(2025, 7, 1), name="Ủy ban nhân dân xã Sơn Lâm", parent_name="Ủy ban nhân dân tỉnh Hà Tĩnh",
    tier=d.AgencyTier.COMMUNE, province="Hà Tĩnh", place_name="Sơn Lâm", abbreviation="UBND",
    head_title="Chủ tịch", deputy_title="Phó Chủ tịch", collective_name="Ủy ban nhân dân",
)


def _input(**changes: object) -> SetupInput:
    deps = tuple(d.Department(None, n, a) for n, a in suggested_departments(d.AgencyTier.COMMUNE))
    people = (
        d.Person(None, "Phan Đức Thắng", "Chủ tịch UBND", department_name=deps[0].name, is_leader=True,
                 steering_role=d.SteeringRole.HEAD),
        d.Person(None, "Nguyễn Thị Thu Hà", "Công chức Văn phòng - Thống kê", department_name=deps[0].name,
                 is_iso_secretary=True, is_internal_auditor=True, auditor_certificate="Số 215/2023",
                 steering_role=d.SteeringRole.SECRETARY),
        d.Person(None, "Lê Văn Nam", "Công chức", department_name="", steering_role=None),
    )
    start, end = d.default_period(2026)
    base = SetupInput(
        agency=AGENCY, departments=deps, people=people,
        year=d.ReportingYear(None, 2026, start, end, date(2026, 12, 10)),
        steering_decision=SteeringDecision(15, date(2026, 1, 8), "Về việc kiện toàn Ban Chỉ đạo ISO xã Sơn Lâm",
                                           signer_name="Phan Đức Thắng", signer_title="Chủ tịch"),
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def test_complete_setup_writes_everything(services) -> None:
    services.setup.complete_setup(_input())
    assert services.agency.profile_on().name == "Ủy ban nhân dân xã Sơn Lâm"
    assert [dep.abbreviation for dep in services.agency.departments()] == ["VP", "KT", "VHXH", "TTPVHCC"]
    decisions = services.register.list(purpose=d.DocPurpose.STEERING)
    assert len(decisions) == 1 and decisions[0].reference == "15/QĐ-UBND ngày 08/01/2026"
    assert decisions[0].status is d.IssuedDocStatus.ISSUED and decisions[0].year == 2026
    people = {p.full_name: p for p in services.agency.people()}
    assert people["Phan Đức Thắng"].steering_decision_id == decisions[0].id
    assert people["Phan Đức Thắng"].department_name.startswith("Văn phòng")
    assert people["Lê Văn Nam"].steering_decision_id is None
    assert services.years.get(2026).deadline == date(2026, 12, 10)


def test_validation_covers_every_page_and_saves_nothing(services) -> None:
    bad = _input(
        agency=replace(AGENCY, name=" "),
        departments=(d.Department(None, "Phòng Kinh tế", "KT"), d.Department(None, "Phòng Văn hóa", "kt")),
        people=(d.Person(None, "Ai đó"),),
        year=d.ReportingYear(None, 2026, date(2026, 12, 14), date(2025, 12, 15)),
    )
    with pytest.raises(ValidationError) as err:
        services.setup.complete_setup(bad)
    fields = {(p.field, p.code) for p in err.value.problems}
    assert ("agency.name", "required") in fields
    assert ("departments.abbreviation", "duplicate") in fields
    assert ("people.is_leader", "need_leader") in fields
    assert ("people.is_iso_secretary", "need_iso_secretary") in fields
    assert ("year.period_end", "period_end_before_start") in fields
    assert not services.agency.has_agency()


def test_a_clash_at_the_end_rolls_everything_back(services) -> None:
    services.years.save(d.ReportingYear(None, 2026, *d.default_period(2026)))
    with pytest.raises(ValidationError) as err:
        services.setup.complete_setup(_input())
    assert err.value.problems[0].field == "year.year"
    assert not services.agency.has_agency()
    assert services.agency.departments() == [] and services.agency.people() == []
    assert services.register.list() == []


def test_second_setup_is_refused(services) -> None:
    services.setup.complete_setup(_input())
    with pytest.raises(DomainError) as err:
        services.setup.complete_setup(_input(year=d.ReportingYear(None, 2027, *d.default_period(2027))))
    assert err.value.code == "already_set_up"


def test_blank_steering_decision_is_optional(services) -> None:
    services.setup.complete_setup(_input(steering_decision=SteeringDecision(None, None, "")))
    assert services.register.list() == []
    assert all(p.steering_decision_id is None for p in services.agency.people())
