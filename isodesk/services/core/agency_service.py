"""Agency profile (versioned over time), departments and people."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from isodesk.domain import core as d
from isodesk.domain.errors import DomainError, FieldProblem, NotFoundError
from isodesk.domain.formatting import fold
from isodesk.services.base import ServiceBase, raise_if
from isodesk.storage.models import core as m


def _agency_dto(row: m.AgencyVersionRow, valid_to: date | None = None) -> d.AgencyProfile:
    return d.AgencyProfile(
        id=row.id, valid_from=row.valid_from, name=row.name, parent_name=row.parent_name,
        tier=row.tier, province=row.province, place_name=row.place_name,
        abbreviation=row.abbreviation, address=row.address, phone=row.phone, email=row.email,
        head_title=row.head_title, deputy_title=row.deputy_title,
        collective_name=row.collective_name, valid_to=valid_to,
    )


def _department_dto(row: m.DepartmentRow) -> d.Department:
    return d.Department(id=row.id, name=row.name, abbreviation=row.abbreviation,
                        active=row.active, sort_order=row.sort_order, valid_from=row.valid_from,
                        valid_to=row.valid_to)


def _person_dto(row: m.PersonRow) -> d.Person:
    return d.Person(
        id=row.id, full_name=row.full_name, title=row.title, department_id=row.department_id,
        department_name=row.department.name if row.department else "",
        is_leader=row.is_leader, is_iso_secretary=row.is_iso_secretary,
        is_internal_auditor=row.is_internal_auditor, auditor_certificate=row.auditor_certificate,
        steering_role=row.steering_role, steering_decision_id=row.steering_decision_id,
        active=row.active, valid_from=row.valid_from, valid_to=row.valid_to,
    )


_AGENCY_FIELDS = ("name", "parent_name", "tier", "province", "place_name", "abbreviation", "address",
                  "phone", "email", "head_title", "deputy_title", "collective_name")


def _clean(profile: d.AgencyProfile) -> d.AgencyProfile:
    return replace(profile, **{f: getattr(profile, f).strip() for f in _AGENCY_FIELDS if f != "tier"})


def _set_active(row: m.DepartmentRow | m.PersonRow, active: bool, on: date | None) -> None:
    row.active = active
    today = on or date.today()
    if not active and row.valid_to is None:
        row.valid_to = today
    elif active and row.valid_to is not None and row.valid_to < today:
        row.valid_to = None



def department_keys(s: Session) -> dict[str, int]:
    """Every department's id by its folded name and by its folded abbreviation: how an imported Excel cell
    ("Văn phòng", "vp") names a department."""
    rows = list(s.execute(select(m.DepartmentRow.id, m.DepartmentRow.name, m.DepartmentRow.abbreviation)))
    keys = {fold(name): dep_id for dep_id, name, _ in rows}
    keys.update({fold(abbreviation): dep_id for dep_id, _, abbreviation in rows if abbreviation})  # as typed most
    return keys

class AgencyService(ServiceBase):
    """The agency's identity (kept per period, because names change), departments and people."""

    # ------------------------------------------------------------------ agency
    def has_agency(self) -> bool:
        """True once the first-run setup saved an agency profile."""
        with self._read() as s:
            return bool(s.scalar(select(func.count()).select_from(m.AgencyVersionRow)))

    def profile_on(self, when: date | None = None) -> d.AgencyProfile | None:
        """The agency as named on ``when`` (default: today): the newest version not after it.

        A document dated before the first version still gets the oldest known identity.
        """
        when = when or date.today()
        with self._read() as s:
            versions = list(s.scalars(select(m.AgencyVersionRow).order_by(m.AgencyVersionRow.valid_from)))
        if not versions:
            return None
        chosen, valid_to = versions[0], None
        for i, row in enumerate(versions):
            if row.valid_from <= when:
                chosen = row
                valid_to = versions[i + 1].valid_from if i + 1 < len(versions) else None
        return _agency_dto(chosen, valid_to)

    def profile_for_document(self, document_date: date | None, *,
                             printed_on: date | None = None) -> d.AgencyProfile | None:
        """The agency a document names: as of the document's own date (a records list attached to a
        decision: the decision's date), never the start of its reporting year; an undated document
        (a list printed on its own) as of the day it is printed (``printed_on``, default today),
        which the document then shows as its date."""
        return self.profile_on(document_date or printed_on or date.today())

    def heading_lines(self, when: date | None = None) -> list[str]:
        """The agency heading of exported lists and printouts as of ``when`` (NĐ 30 ô 2, upper case):
        the chủ quản line for a sở, phòng or đơn vị trực thuộc, none for a People's Committee
        (``ỦY BAN NHÂN DÂN`` / ``XÃ SƠN LÂM``, :attr:`AgencyProfile.heading_lines`); empty before the
        first setup."""
        profile = self.profile_on(when)
        return profile.heading_lines if profile is not None else []

    def history(self) -> list[d.AgencyProfile]:
        """Every version, oldest first, with ``valid_to`` filled from the next version."""
        with self._read() as s:
            rows = list(s.scalars(select(m.AgencyVersionRow).order_by(m.AgencyVersionRow.valid_from)))
        return [_agency_dto(r, rows[i + 1].valid_from if i + 1 < len(rows) else None)
                for i, r in enumerate(rows)]

    def save_profile(self, profile: d.AgencyProfile) -> d.AgencyProfile:
        """Correct the version ``profile.id`` in place, or (id None) add a version from ``valid_from``.

        A renamed or merged agency gets a new version so documents dated earlier keep the old name.
        """
        profile = _clean(profile)
        raise_if(d.validate_agency(profile))
        with self._write() as s:
            clash = s.scalar(select(m.AgencyVersionRow).where(m.AgencyVersionRow.valid_from == profile.valid_from))
            if profile.id is None:
                if clash is not None:
                    raise DomainError("version_date_taken", date=profile.valid_from)
                row = m.AgencyVersionRow(valid_from=profile.valid_from)
                s.add(row)
            else:
                found = s.get(m.AgencyVersionRow, profile.id)
                if found is None:
                    raise NotFoundError("agency_version", profile.id)
                row = found
                if clash is not None and clash.id != row.id:
                    raise DomainError("version_date_taken", date=profile.valid_from)
                row.valid_from = profile.valid_from
            for f in _AGENCY_FIELDS:
                setattr(row, f, getattr(profile, f))
            s.flush()
            return _agency_dto(row)

    # ------------------------------------------------------------------ departments
    def departments(self, *, include_inactive: bool = False, as_of: date | None = None) -> list[d.Department]:
        """Departments in display order: the active ones, every one (``include_inactive``), or those in
        place on ``as_of`` — a document's own date, retired ones included when they still existed then."""
        stmt = select(m.DepartmentRow).order_by(m.DepartmentRow.sort_order, m.DepartmentRow.name)
        if not include_inactive and as_of is None:
            stmt = stmt.where(m.DepartmentRow.active.is_(True))
        with self._read() as s:
            found = [_department_dto(r) for r in s.scalars(stmt)]
        return [x for x in found if x.in_office_on(as_of)] if as_of is not None else found

    def save_department(self, item: d.Department) -> d.Department:
        """Create or update a department; names and abbreviations must be unique."""
        item = replace(item, name=" ".join(item.name.split()), abbreviation=item.abbreviation.strip())
        raise_if(d.validate_department(item))
        with self._write() as s:
            self._check_department_unique(s, item)
            row = m.DepartmentRow() if item.id is None else s.get(m.DepartmentRow, item.id)
            if row is None:
                raise NotFoundError("department", item.id)
            row.name, row.abbreviation, row.active = item.name, item.abbreviation, item.active
            row.valid_from, row.valid_to = item.valid_from, item.valid_to
            if item.id is None:
                row.sort_order = (s.scalar(select(func.max(m.DepartmentRow.sort_order))) or 0) + 1
                s.add(row)
            s.flush()
            return _department_dto(row)

    @staticmethod
    def _check_department_unique(s: Session, item: d.Department) -> None:
        problems: list[FieldProblem] = []
        for other in s.scalars(select(m.DepartmentRow)):
            if other.id == item.id:
                continue
            if fold(other.name) == fold(item.name):
                problems.append(FieldProblem("name", "duplicate", {"value": item.name}))
            if item.abbreviation and other.abbreviation.casefold() == item.abbreviation.casefold():
                problems.append(FieldProblem("abbreviation", "duplicate", {"value": item.abbreviation}))
        raise_if(problems)

    def set_department_active(self, department_id: int, active: bool, *, on: date | None = None) -> None:
        """Departments are retired, never deleted: old records still name them. Retiring one dates its
        end (``on``, default today) unless it has one; bringing it back clears a past end date."""
        with self._write() as s:
            row = s.get(m.DepartmentRow, department_id)
            if row is None:
                raise NotFoundError("department", department_id)
            _set_active(row, active, on)

    # ------------------------------------------------------------------ people
    def people(self, *, include_inactive: bool = False, as_of: date | None = None) -> list[d.Person]:
        """People sorted by name: the active ones, everyone (``include_inactive``), or those working at
        the agency on ``as_of`` (a document's own date; people who left since are included)."""
        stmt = select(m.PersonRow).options(selectinload(m.PersonRow.department)).order_by(m.PersonRow.full_name)
        if not include_inactive and as_of is None:
            stmt = stmt.where(m.PersonRow.active.is_(True))
        with self._read() as s:
            found = [_person_dto(r) for r in s.scalars(stmt)]
        return [p for p in found if p.in_office_on(as_of)] if as_of is not None else found

    def person(self, person_id: int) -> d.Person:
        with self._read() as s:
            row = s.get(m.PersonRow, person_id)
            if row is None:
                raise NotFoundError("person", person_id)
            return _person_dto(row)

    def save_person(self, item: d.Person) -> d.Person:
        """Create or update a person with their QMS roles."""
        item = replace(item, full_name=" ".join(item.full_name.split()), title=item.title.strip(),
                       auditor_certificate=item.auditor_certificate.strip())
        raise_if(d.validate_person(item))
        with self._write() as s:
            if item.department_id is not None and s.get(m.DepartmentRow, item.department_id) is None:
                raise_if([FieldProblem("department_id", "not_found")])
            row = m.PersonRow() if item.id is None else s.get(m.PersonRow, item.id)
            if row is None:
                raise NotFoundError("person", item.id)
            for f in ("full_name", "title", "department_id", "is_leader", "is_iso_secretary",
                      "is_internal_auditor", "auditor_certificate", "steering_role",
                      "steering_decision_id", "active", "valid_from", "valid_to"):
                setattr(row, f, getattr(item, f))
            if item.id is None:
                s.add(row)
            s.flush()
            s.refresh(row, ["department"])
            return _person_dto(row)

    def set_person_active(self, person_id: int, active: bool, *, on: date | None = None) -> None:
        """People who leave are marked inactive (their last day ``on``, default today, unless one is
        recorded); their past signatures and roles stay readable, and documents of earlier dates
        still list them."""
        with self._write() as s:
            row = s.get(m.PersonRow, person_id)
            if row is None:
                raise NotFoundError("person", person_id)
            _set_active(row, active, on)
