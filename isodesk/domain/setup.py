"""First-run setup: everything the secretary enters in the setup wizard, saved in one go.

The wizard validates each page with the functions below before it lets the secretary go on, and
:class:`~isodesk.services.core.setup_service.SetupService` runs them all again before writing, so a
page can never be skipped into the database. Problems carry field names with a section prefix
(``"agency.name"``, ``"departments.abbreviation"`` with ``row``), so the UI knows which page and
which field to point at.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from isodesk.domain import core as d
from isodesk.domain.errors import FieldProblem
from isodesk.domain.formatting import fold

#: Departments a commune has after NĐ 150/2025/NĐ-CP (name, abbreviation).
COMMUNE_DEPARTMENTS_2025: tuple[tuple[str, str], ...] = (
    ("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân", "VP"),
    ("Phòng Kinh tế", "KT"),
    ("Phòng Văn hóa - Xã hội", "VHXH"),
    ("Trung tâm Phục vụ hành chính công", "TTPVHCC"),
)
#: A ward (phường) has the economy, infrastructure and urban department instead (NĐ 150/2025).
WARD_ECONOMY_DEPARTMENT = ("Phòng Kinh tế, Hạ tầng và Đô thị", "KTHTĐT")

#: Typical departments of a provincial department (sở), as a starting point to edit.
PROVINCIAL_DEPARTMENTS: tuple[tuple[str, str], ...] = (
    ("Văn phòng", "VP"),
    ("Thanh tra", "TTr"),
    ("Phòng Kế hoạch - Tài chính", "KHTC"),
)

#: Typical departments of a district People's Committee before 01/7/2025 (kept for old data).
DISTRICT_DEPARTMENTS: tuple[tuple[str, str], ...] = (
    ("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân", "VP"),
    ("Phòng Nội vụ", "NV"),
    ("Phòng Tài chính - Kế hoạch", "TCKH"),
    ("Phòng Tư pháp", "TP"),
)

#: Titles and the collective name that go with each tier (NĐ 30 signing authority, DOMAIN.md §3.3).
TIER_TITLES: dict[d.AgencyTier, tuple[str, str, str]] = {
    d.AgencyTier.COMMUNE: ("Chủ tịch", "Phó Chủ tịch", "Ủy ban nhân dân"),
    d.AgencyTier.DISTRICT: ("Chủ tịch", "Phó Chủ tịch", "Ủy ban nhân dân"),
    d.AgencyTier.DEPARTMENT: ("Giám đốc", "Phó Giám đốc", ""),
    d.AgencyTier.SUBORDINATE: ("Giám đốc", "Phó Giám đốc", ""),
}

#: Abbreviation used in document numbers, per tier (``UBND`` for a People's Committee).
TIER_ABBREVIATIONS: dict[d.AgencyTier, str] = {
    d.AgencyTier.COMMUNE: "UBND",
    d.AgencyTier.DISTRICT: "UBND",
    d.AgencyTier.DEPARTMENT: "",
    d.AgencyTier.SUBORDINATE: "",
}

#: Issuer abbreviation of the steering committee's own number series (NĐ 30: a Ban has its own series).
STEERING_ISSUER = "BCĐ"


def suggested_departments(tier: d.AgencyTier, *, ward: bool = False) -> list[tuple[str, str]]:
    """Departments to pre-fill for a tier; the secretary edits the list before saving."""
    if tier is d.AgencyTier.COMMUNE:
        rows = list(COMMUNE_DEPARTMENTS_2025)
        if ward:
            rows[1] = WARD_ECONOMY_DEPARTMENT
        return rows
    if tier is d.AgencyTier.DISTRICT:
        return list(DISTRICT_DEPARTMENTS)
    if tier is d.AgencyTier.DEPARTMENT:
        return list(PROVINCIAL_DEPARTMENTS)
    return []


@dataclass(frozen=True)
class SteeringDecision:
    """The decision (QĐ) that set up or last reorganised the Ban Chỉ đạo ISO."""

    number: int | None
    issue_date: date | None
    summary: str
    issuer: str = ""  # "" = the agency's abbreviation
    signer_name: str = ""
    signer_title: str = ""

    @property
    def is_blank(self) -> bool:
        return self.number is None and self.issue_date is None and not self.summary.strip()


@dataclass(frozen=True)
class SetupInput:
    """Everything the first-run wizard collected.

    ``people`` link to ``departments`` by ``Person.department_name`` (names are unique; ids do
    not exist yet). A person's ``steering_role`` seats them on the Ban Chỉ đạo ISO; the
    ``steering_decision`` (optional: a new agency may not have one yet) is registered in the
    issued-documents register with purpose STEERING and linked to every seated person.
    """

    agency: d.AgencyProfile
    departments: tuple[d.Department, ...]
    people: tuple[d.Person, ...]
    year: d.ReportingYear
    steering_decision: SteeringDecision | None = None


def _prefixed(prefix: str, problems: list[FieldProblem]) -> list[FieldProblem]:
    return [FieldProblem(f"{prefix}.{p.field}", p.code, p.params, p.row) for p in problems]


def validate_setup_agency(profile: d.AgencyProfile) -> list[FieldProblem]:
    """Problems of the agency page (fields ``agency.*``)."""
    return _prefixed("agency", d.validate_agency(profile))


def validate_setup_departments(departments: list[d.Department] | tuple[d.Department, ...]) -> list[FieldProblem]:
    """Problems of the departments page; ``row`` is 1-based. At least one department is needed."""
    problems: list[FieldProblem] = []
    if not departments:
        problems.append(FieldProblem("departments.name", "need_department"))
    names: dict[str, int] = {}
    abbrs: dict[str, int] = {}
    for row, dep in enumerate(departments, start=1):
        for p in d.validate_department(dep):
            problems.append(FieldProblem(f"departments.{p.field}", p.code, p.params, row))
        key = fold(dep.name)
        if key:
            if key in names:
                problems.append(FieldProblem("departments.name", "duplicate", {"value": dep.name.strip()}, row))
            names.setdefault(key, row)
        abbr = dep.abbreviation.strip().casefold()
        if abbr:
            if abbr in abbrs:
                problems.append(FieldProblem("departments.abbreviation", "duplicate",
                                             {"value": dep.abbreviation.strip()}, row))
            abbrs.setdefault(abbr, row)
    return problems


def validate_setup_people(people: list[d.Person] | tuple[d.Person, ...],
                          departments: list[d.Department] | tuple[d.Department, ...]) -> list[FieldProblem]:
    """Problems of the people page: each person valid, at least one leader and one ISO secretary."""
    problems: list[FieldProblem] = []
    known = {fold(dep.name) for dep in departments}
    for row, person in enumerate(people, start=1):
        for p in d.validate_person(person):
            problems.append(FieldProblem(f"people.{p.field}", p.code, p.params, row))
        if person.department_name.strip() and fold(person.department_name) not in known:
            problems.append(FieldProblem("people.department_name", "unknown_department",
                                         {"value": person.department_name}, row))
    if not any(p.is_leader for p in people):
        problems.append(FieldProblem("people.is_leader", "need_leader"))
    if not any(p.is_iso_secretary for p in people):
        problems.append(FieldProblem("people.is_iso_secretary", "need_iso_secretary"))
    return problems


def validate_setup_steering(people: list[d.Person] | tuple[d.Person, ...],
                            decision: SteeringDecision | None) -> list[FieldProblem]:
    """Problems of the steering-committee page: one head at most; a decision is whole or blank."""
    problems: list[FieldProblem] = []
    heads = [p for p in people if p.steering_role is d.SteeringRole.HEAD]
    if len(heads) > 1:
        problems.append(FieldProblem("steering.role", "steering_one_head"))
    seated = any(p.steering_role is not None for p in people)
    if decision is not None and not decision.is_blank:
        if decision.number is None:
            problems.append(FieldProblem("steering.number", "required"))
        elif not 1 <= decision.number <= 99999:
            problems.append(FieldProblem("steering.number", "number_out_of_range"))
        if decision.issue_date is None:
            problems.append(FieldProblem("steering.issue_date", "required"))
        if not decision.summary.strip():
            problems.append(FieldProblem("steering.summary", "required"))
        if not seated:
            problems.append(FieldProblem("steering.role", "steering_decision_without_members"))
    return problems


def validate_setup_year(year: d.ReportingYear) -> list[FieldProblem]:
    """Problems of the reporting-year page (fields ``year.*``)."""
    return _prefixed("year", d.validate_reporting_year(year))


def validate_setup(item: SetupInput) -> list[FieldProblem]:
    """Every problem of the whole setup, page by page."""
    return [
        *validate_setup_agency(item.agency),
        *validate_setup_departments(item.departments),
        *validate_setup_people(item.people, item.departments),
        *validate_setup_steering(item.people, item.steering_decision),
        *validate_setup_year(item.year),
    ]


def steering_document(item: SetupInput) -> d.IssuedDocument | None:
    """The register entry for the steering decision (issued, purpose STEERING), or None if blank."""
    decision = item.steering_decision
    if decision is None or decision.is_blank:
        return None
    issuer = (decision.issuer or item.agency.abbreviation).strip()
    year = item.year.year if (decision.issue_date and item.year.period_start <= decision.issue_date
                              <= item.year.period_end) else (decision.issue_date.year if decision.issue_date else None)
    return d.IssuedDocument(
        id=None, doc_type=d.IssuedDocType.DECISION, issuer=issuer, number=decision.number,
        symbol=f"{d.IssuedDocType.DECISION.value}-{issuer}", issue_date=decision.issue_date,
        summary=decision.summary, signer_name=decision.signer_name, signer_title=decision.signer_title,
        status=d.IssuedDocStatus.ISSUED, purpose=d.DocPurpose.STEERING, year=year,
    )
