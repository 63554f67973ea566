"""Core services on a real SQLite file: agency versions, people, years, register, history."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from isodesk.domain import core as d
from isodesk.domain.errors import DomainError, ValidationError

AGENCY = d.AgencyProfile(
    id=None, valid_from=date(2020, 1, 1), name="Ủy ban nhân dân xã Thạch Lạc", parent_name="UBND huyện Thạch Hà",
    tier=d.AgencyTier.COMMUNE, province="Hà Tĩnh", place_name="Thạch Lạc", abbreviation="UBND",
    head_title="Chủ tịch", deputy_title="Phó Chủ tịch", collective_name="Ủy ban nhân dân",
)


def test_agency_name_is_kept_per_period(services) -> None:
    services.agency.save_profile(AGENCY)
    services.agency.save_profile(replace(AGENCY, valid_from=date(2025, 7, 1), name="Ủy ban nhân dân xã Đồng Tiến",
                                         parent_name="UBND tỉnh Hà Tĩnh", place_name="Đồng Tiến"))
    assert services.agency.profile_on(date(2024, 11, 6)).name == "Ủy ban nhân dân xã Thạch Lạc"
    assert services.agency.profile_on(date(2025, 7, 1)).name == "Ủy ban nhân dân xã Đồng Tiến"
    assert services.agency.profile_on(date(2019, 1, 1)).name == "Ủy ban nhân dân xã Thạch Lạc"
    history = services.agency.history()
    assert [h.valid_to for h in history] == [date(2025, 7, 1), None]


def test_agency_validation_saves_nothing(services) -> None:
    with pytest.raises(ValidationError) as err:
        services.agency.save_profile(replace(AGENCY, name="  ", abbreviation="UB ND"))
    assert {p.field for p in err.value.problems} == {"name", "abbreviation"}
    assert not services.agency.has_agency()


def test_signature_lines() -> None:
    assert d.signature_lines(AGENCY, by_deputy=True) == ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]
    so = replace(AGENCY, collective_name="", head_title="Giám đốc", deputy_title="Phó Giám đốc")
    assert d.signature_lines(so, by_deputy=False) == ["GIÁM ĐỐC"]


def test_departments_unique_ignoring_case_and_accents(services) -> None:
    services.agency.save_department(d.Department(None, "Văn phòng HĐND và UBND", "VP"))
    with pytest.raises(ValidationError) as err:
        services.agency.save_department(d.Department(None, "van phong hdnd va ubnd", "vp"))
    assert {p.code for p in err.value.problems} == {"duplicate"}
    assert len(services.agency.departments()) == 1


def test_people_roles_and_auditor_certificate(services) -> None:
    dep = services.agency.save_department(d.Department(None, "Văn phòng", "VP"))
    with pytest.raises(ValidationError):
        services.agency.save_person(d.Person(None, "Nguyễn Văn A", is_internal_auditor=True))
    p = services.agency.save_person(d.Person(None, " Nguyễn  Thị Hoa ", "Công chức", dep.id, is_iso_secretary=True))
    assert p.full_name == "Nguyễn Thị Hoa" and p.department_name == "Văn phòng"
    services.agency.set_person_active(p.id, False)
    assert services.agency.people() == []
    assert len(services.agency.people(include_inactive=True)) == 1


def test_reporting_year_rules(services) -> None:
    start, end = d.default_period(2025)
    assert (start, end) == (date(2024, 12, 15), date(2025, 12, 14))
    services.years.save(d.ReportingYear(None, 2025, start, end, date(2025, 12, 10)))
    with pytest.raises(ValidationError) as err:
        services.years.save(d.ReportingYear(None, 2026, date(2026, 12, 14), date(2025, 12, 15)))
    assert err.value.problems[0].code == "period_end_before_start"
    with pytest.raises(ValidationError) as err:
        services.years.save(d.ReportingYear(None, 2025, *d.default_period(2025)))
    assert err.value.problems[0].code == "duplicate"
    with pytest.raises(ValidationError) as err:
        services.years.save(d.ReportingYear(None, 2026, date(2025, 12, 1), date(2026, 12, 14)))
    assert err.value.problems[0].code == "period_overlaps"
    assert [y.year for y in services.years.years()] == [2025]
    assert services.years.current(date(2025, 6, 1)).year == 2025


def _plan(**kw) -> d.IssuedDocument:
    base = d.IssuedDocument(None, d.IssuedDocType.PLAN, "UBND", None, "KH-UBND", None,
                            "Duy trì, cải tiến HTQLCL năm 2025", purpose=d.DocPurpose.ANNUAL_PLAN, year=2025)
    return replace(base, **kw)


def test_register_numbers_per_issuer_per_calendar_year(services, tmp_path: Path) -> None:
    draft = services.register.save(_plan())
    assert draft.reference.startswith("   /KH-UBND")
    issued = services.register.register(draft.id, date(2025, 1, 10))
    assert issued.number == 1 and issued.reference == "01/KH-UBND ngày 10/01/2025"
    second = services.register.register(services.register.save(_plan()).id, date(2025, 3, 1))
    assert second.number == 2
    assert services.register.next_number("UBND", 2026) == 1
    assert services.register.next_number("BCĐ", 2025) == 1
    with pytest.raises(ValidationError) as err:
        services.register.save(_plan(number=1, issue_date=date(2025, 5, 5), status=d.IssuedDocStatus.ISSUED))
    assert err.value.problems[0].code == "number_taken"


def test_register_files_are_content_addressed(services, tmp_path: Path) -> None:
    f1 = tmp_path / "ke-hoach.docx"
    f1.write_bytes(b"same content")
    f2 = tmp_path / "ban-sao.docx"
    f2.write_bytes(b"same content")
    doc = services.register.save(_plan(), files=[(f1, "docx"), (f2, "docx")])
    assert [f.original_name for f in doc.files] == ["ke-hoach.docx", "ban-sao.docx"]
    assert doc.files[0].sha256 == doc.files[1].sha256
    stored = list((services.db_path.parent / "isodesk-files").rglob("*"))
    assert len([p for p in stored if p.is_file()]) == 1
    assert services.attachments.path_of(doc.files[0]).read_bytes() == b"same content"


def test_failed_write_saves_nothing_including_files(services, tmp_path: Path) -> None:
    with pytest.raises(DomainError):
        services.register.save(_plan(), files=[(tmp_path / "missing.pdf", "pdf")])
    assert services.register.list() == []


def test_history_records_create_update_delete_and_restores(services) -> None:
    doc = services.register.save(_plan())
    services.register.save(replace(doc, summary="Duy trì HTQLCL năm 2025 (sửa)"))
    services.register.delete(doc.id)
    entries = services.history.for_record("issued_document", doc.id)
    assert [e.action.value for e in entries] == ["create", "update", "delete"]
    assert entries[1].changes["summary"] == ["Duy trì, cải tiến HTQLCL năm 2025", "Duy trì HTQLCL năm 2025 (sửa)"]
    assert services.register.list() == []
    services.history.restore(entries[2].id)
    restored = services.register.get(doc.id)
    assert restored.summary == "Duy trì HTQLCL năm 2025 (sửa)"


def test_cited_or_issued_document_cannot_be_deleted(services) -> None:
    decision = services.register.save(d.IssuedDocument(None, d.IssuedDocType.DECISION, "UBND", None, "QĐ-UBND", None,
                                                       "Kiện toàn Ban Chỉ đạo ISO", purpose=d.DocPurpose.STEERING))
    services.agency.save_person(d.Person(None, "Lê Văn Nam", "Chủ tịch", steering_role=d.SteeringRole.HEAD,
                                         steering_decision_id=decision.id))
    with pytest.raises(DomainError) as err:
        services.register.delete(decision.id)
    assert err.value.code == "document_cited"
    issued = services.register.register(services.register.save(_plan()).id, date(2025, 1, 2))
    with pytest.raises(DomainError) as err:
        services.register.delete(issued.id)
    assert err.value.code == "issued_document_cannot_be_deleted"


def test_cycle_overview_statuses(services) -> None:
    services.years.save(d.ReportingYear(None, 2025, *d.default_period(2025), deadline=date(2025, 12, 10)))
    doc = services.register.save(_plan())
    ov = services.cycle.overview(2025, today=date(2025, 3, 10))
    steps = {s.key: s for s in ov.steps}
    assert steps["annual_plan"].status.value == "overdue"
    assert steps["annual_plan"].evidence[0].label.startswith("[Dự thảo]")
    assert steps["policy_objectives"].status.value == "due_soon"
    assert steps["management_review"].status.value == "not_started"
    services.register.register(doc.id, date(2025, 1, 10))
    ov = services.cycle.overview(2025, today=date(2025, 3, 10))
    assert {s.key: s for s in ov.steps}["annual_plan"].status.value == "done"
    assert "no_iso_secretary" in {i.code for i in ov.issues}


def test_heading_lines_follow_the_agency_name_of_the_date(services) -> None:
    assert services.agency.heading_lines() == []
    services.agency.save_profile(AGENCY)
    services.agency.save_profile(replace(AGENCY, valid_from=date(2025, 7, 1), parent_name="UBND tỉnh Hà Tĩnh"))
    # a People's Committee issues in its own name: no chủ quản line (DOMAIN.md §4 point 4)
    assert services.agency.heading_lines(date(2024, 1, 1)) == ["ỦY BAN NHÂN DÂN", "XÃ THẠCH LẠC"]
    assert services.agency.heading_lines(date(2025, 8, 1)) == ["ỦY BAN NHÂN DÂN", "XÃ THẠCH LẠC"]
    # a phòng / đơn vị trực thuộc carries its parent, abbreviated as NĐ 30 allows
    services.agency.save_profile(replace(AGENCY, valid_from=date(2026, 1, 1), tier=d.AgencyTier.SUBORDINATE,
                                         name="Văn phòng HĐND và UBND", parent_name="Ủy ban nhân dân xã Thạch Lạc"))
    assert services.agency.heading_lines(date(2026, 2, 1)) == ["UBND XÃ THẠCH LẠC", "VĂN PHÒNG HĐND VÀ UBND"]
    # a sở carries the province's People's Committee
    sở = replace(AGENCY, tier=d.AgencyTier.DEPARTMENT, name="Sở Khoa học và Công nghệ",
                 parent_name="Ủy ban nhân dân tỉnh Hà Tĩnh")
    assert sở.heading_lines == ["UBND TỈNH HÀ TĨNH", "SỞ KHOA HỌC VÀ CÔNG NGHỆ"]
    assert replace(sở, name="Ủy ban nhân dân tỉnh Hà Tĩnh", parent_name="Chính phủ").header_parent == ""
