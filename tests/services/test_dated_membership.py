"""Departments and people as of a document's date (issue 13 item 2): a department set up on 1/7/2025 is not
in a plan of January 2025, a retired one still is in documents of its time, and people likewise."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from isodesk.domain.core import Department, Person
from isodesk.domain.errors import ValidationError


def test_departments_and_people_as_of_a_date(services) -> None:  # type: ignore[no-untyped-def]
    agency = services.agency
    old = agency.save_department(Department(None, "Bộ phận Văn phòng - Thống kê", "VPTK", valid_to=date(2025, 6, 30)))
    new = agency.save_department(Department(None, "Phòng Kinh tế", "KT", valid_from=date(2025, 7, 1)))
    always = agency.save_department(Department(None, "Công an xã", "CA"))
    leaver = agency.save_person(Person(None, "Nguyễn Văn Cũ", department_id=old.id, valid_to=date(2025, 6, 30)))
    joiner = agency.save_person(Person(None, "Trần Thị Mới", department_id=new.id, valid_from=date(2025, 7, 1)))

    def names(items) -> set[str]:  # type: ignore[no-untyped-def]
        return {x.name if isinstance(x, Department) else x.full_name for x in items}

    assert names(agency.departments(as_of=date(2025, 3, 1))) == {old.name, always.name}
    assert names(agency.departments(as_of=date(2025, 9, 1))) == {new.name, always.name}
    assert names(agency.people(as_of=date(2025, 3, 1))) == {leaver.full_name}
    assert names(agency.people(as_of=date(2025, 9, 1))) == {joiner.full_name}

    # Retiring dates the end (a document of that day still lists it); bringing it back clears the end.
    agency.set_department_active(always.id, False, on=date(2026, 2, 1))
    retired = next(x for x in agency.departments(include_inactive=True) if x.id == always.id)
    assert not retired.active and retired.valid_to == date(2026, 2, 1)
    assert always.name in names(agency.departments(as_of=date(2026, 2, 1)))
    assert always.name not in names(agency.departments(as_of=date(2026, 2, 2)))
    assert always.name not in names(agency.departments())
    agency.set_department_active(always.id, True, on=date(2026, 5, 1))
    back = next(x for x in agency.departments() if x.id == always.id)
    assert back.active and back.valid_to is None
    agency.set_person_active(joiner.id, False, on=date(2026, 3, 31))
    assert agency.person(joiner.id).valid_to == date(2026, 3, 31)


def test_dates_are_checked(services) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as err:
        services.agency.save_department(Department(None, "Phòng A", "A", valid_from=date(2025, 7, 1),
                                                   valid_to=date(2025, 6, 30)))
    assert [(p.field, p.code) for p in err.value.problems] == [("valid_to", "period_end_before_start")]
    with pytest.raises(ValidationError) as err:
        services.agency.save_person(Person(None, "Lê Văn B", valid_from=date(1900, 1, 1)))
    assert [(p.field, p.code) for p in err.value.problems] == [("valid_from", "date_out_of_range")]
    assert services.agency.departments(include_inactive=True) == []


def test_plans_name_the_units_of_their_own_date(tmp_path: Path) -> None:
    """The demo commune: civil-servant units until 30/06/2025, the phòng of NĐ 150/2025 from 1/7/2025."""
    from isodesk.demo.data import generate_demo
    from isodesk.reports.output import write_document_files
    from isodesk.services.registry import open_services

    services = open_services(generate_demo(tmp_path / "demo.db", scale="small", today=date(2026, 11, 22)))
    try:
        texts = {}
        for year in (2025, 2026):
            files = write_document_files(services.contributions.build(year, "plan.annual_plan"), tmp_path, f"p{year}")
            texts[year] = " ".join(p.extract_text() for p in PdfReader(str(files.pdf)).pages).replace("\n", " ")
    finally:
        services.close()
    assert "Bộ phận Văn phòng - Thống kê" in texts[2025] and "Phòng Kinh tế" not in texts[2025]
    assert "Phòng Kinh tế" in texts[2026] and "Bộ phận Văn phòng - Thống kê" not in texts[2026]
