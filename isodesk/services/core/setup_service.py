"""First-run setup as one use-case: agency, departments, people, steering decision and year together.

The wizard collects everything before saving anything; this service writes it in ONE transaction,
so a failure at the last step (a duplicate, a full disk) leaves the database exactly as empty as
it was and the wizard simply shows the message.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from isodesk.domain import core as d
from isodesk.domain.errors import DomainError, FieldProblem
from isodesk.domain.formatting import fold
from isodesk.domain.setup import SetupInput, steering_document, validate_setup
from isodesk.services.base import ServiceBase, raise_if
from isodesk.storage.models import core as m

_AGENCY_FIELDS = ("name", "parent_name", "tier", "province", "place_name", "abbreviation", "address",
                  "phone", "email", "head_title", "deputy_title", "collective_name")


def _clean_agency(profile: d.AgencyProfile) -> d.AgencyProfile:
    cleaned: dict[str, Any] = {f: " ".join(getattr(profile, f).split()) for f in _AGENCY_FIELDS if f != "tier"}
    return replace(profile, **cleaned)


class SetupService(ServiceBase):
    """Saves what the first-run wizard collected."""

    def complete_setup(self, item: SetupInput) -> None:
        """Validate everything, then write the whole setup in one transaction.

        Raises:
            ValidationError: any page's input is wrong, or a record clashes with one already in
                the database (a year or a department that exists); nothing was saved.
            DomainError: ``already_set_up`` when an agency profile exists already.
        """
        item = replace(
            item,
            agency=_clean_agency(item.agency),
            departments=tuple(replace(dep, name=" ".join(dep.name.split()), abbreviation=dep.abbreviation.strip())
                              for dep in item.departments),
            people=tuple(replace(p, full_name=" ".join(p.full_name.split()), title=p.title.strip(),
                                 auditor_certificate=p.auditor_certificate.strip()) for p in item.people),
        )
        raise_if(validate_setup(item))
        decision = steering_document(item)
        try:
            with self._write() as s:
                if s.scalar(select(func.count()).select_from(m.AgencyVersionRow)):
                    raise DomainError("already_set_up")
                self._check_clashes(s, item, decision)

                agency = m.AgencyVersionRow(valid_from=item.agency.valid_from)
                for f in _AGENCY_FIELDS:
                    setattr(agency, f, getattr(item.agency, f))
                s.add(agency)

                order = s.scalar(select(func.max(m.DepartmentRow.sort_order))) or 0
                by_name: dict[str, m.DepartmentRow] = {}
                for dep in item.departments:
                    order += 1
                    row = m.DepartmentRow(name=dep.name, abbreviation=dep.abbreviation, active=True, sort_order=order)
                    s.add(row)
                    by_name[fold(dep.name)] = row

                year = m.ReportingYearRow(year=item.year.year, period_start=item.year.period_start,
                                       period_end=item.year.period_end, deadline=item.year.deadline,
                                       notes=item.year.notes.strip())
                s.add(year)

                decision_row: m.IssuedDocumentRow | None = None
                if decision is not None:
                    decision_row = m.IssuedDocumentRow(
                        doc_type=decision.doc_type, issuer=decision.issuer, number=decision.number,
                        number_year=decision.issue_date.year if decision.issue_date else None,
                        symbol=decision.symbol, issue_date=decision.issue_date, summary=" ".join(decision.summary.split()),
                        signer_name=decision.signer_name.strip(), signer_title=decision.signer_title.strip(),
                        status=decision.status, purpose=decision.purpose, year=decision.year, notes="")
                    s.add(decision_row)
                s.flush()

                for p in item.people:
                    dep_row = by_name.get(fold(p.department_name)) if p.department_name.strip() else None
                    s.add(m.PersonRow(
                        full_name=p.full_name, title=p.title, department_id=dep_row.id if dep_row else None,
                        is_leader=p.is_leader, is_iso_secretary=p.is_iso_secretary,
                        is_internal_auditor=p.is_internal_auditor,
                        auditor_certificate=p.auditor_certificate if p.is_internal_auditor else "",
                        steering_role=p.steering_role,
                        steering_decision_id=decision_row.id if (decision_row is not None and p.steering_role) else None,
                        active=True))
                s.flush()
        except IntegrityError as exc:  # a concurrent writer beat us to a unique value
            raise DomainError("setup_conflict") from exc

    @staticmethod
    def _check_clashes(s, item: SetupInput, decision: d.IssuedDocument | None) -> None:  # type: ignore[no-untyped-def]  # a static helper taking the open Session
        """Records that already exist (e.g. a year added by hand before the wizard ran)."""
        problems: list[FieldProblem] = []
        existing_years = list(s.scalars(select(m.ReportingYearRow)))
        for other in existing_years:
            if other.year == item.year.year:
                problems.append(FieldProblem("year.year", "duplicate", {"value": item.year.year}))
            elif item.year.period_start <= other.period_end and other.period_start <= item.year.period_end:
                problems.append(FieldProblem("year.period_start", "period_overlaps", {"year": other.year}))
        for row, dep in enumerate(item.departments, start=1):
            for other in s.scalars(select(m.DepartmentRow)):
                if fold(other.name) == fold(dep.name):
                    problems.append(FieldProblem("departments.name", "duplicate", {"value": dep.name}, row))
                if dep.abbreviation and other.abbreviation.casefold() == dep.abbreviation.casefold():
                    problems.append(FieldProblem("departments.abbreviation", "duplicate",
                                                 {"value": dep.abbreviation}, row))
        if decision is not None and decision.number is not None and decision.issue_date is not None:
            clash = s.scalar(select(m.IssuedDocumentRow).where(
                m.IssuedDocumentRow.issuer == decision.issuer,
                m.IssuedDocumentRow.number_year == decision.issue_date.year,
                m.IssuedDocumentRow.number == decision.number))
            if clash is not None:
                num = f"{clash.number:02d}/{clash.symbol}"
                problems.append(FieldProblem("steering.number", "number_taken",
                                             {"number": decision.number, "year": decision.issue_date.year,
                                              "reference": num}))
        raise_if(problems)
