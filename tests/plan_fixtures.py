"""Data for the plan tests: a commune with its leaders, ISO secretary, departments and year 2026.

Imported by the plan tests of tests/services, tests/reports, tests/ui and the CLI test (pytest puts
``tests/`` on ``sys.path`` because tests/conftest.py lives there).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from isodesk.domain import core as d

YEAR = 2026
AGENCY = d.AgencyProfile(
    id=None, valid_from=date(2020, 1, 1), name="Ủy ban nhân dân xã Sơn Lâm",
    parent_name="Ủy ban nhân dân tỉnh Hà Tĩnh", tier=d.AgencyTier.COMMUNE, province="Hà Tĩnh",
    place_name="Sơn Lâm", abbreviation="UBND", head_title="Chủ tịch", deputy_title="Phó Chủ tịch",
    collective_name="Ủy ban nhân dân",
)
SUMMARY = "Duy trì, cải tiến Hệ thống quản lý chất lượng theo tiêu chuẩn quốc gia TCVN ISO 9001:2015 năm 2026"


@dataclass
class PlanPeople:
    head_id: int
    deputy_id: int
    secretary_id: int


def seed_plan_data(services, *, years: tuple[int, ...] = (YEAR,)) -> PlanPeople:  # type: ignore[no-untyped-def]
    """Agency, two departments, the head, a deputy, the ISO secretary and the reporting years."""
    services.agency.save_profile(AGENCY)
    vp = services.agency.save_department(d.Department(None, "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân", "VP"))
    services.agency.save_department(d.Department(None, "Phòng Kinh tế", "KT"))
    services.agency.save_department(d.Department(None, "Trung tâm Phục vụ hành chính công", "TTPVHCC"))
    head = services.agency.save_person(d.Person(None, "Phan Đức Thắng", "Chủ tịch UBND", vp.id, is_leader=True,
                                                steering_role=d.SteeringRole.HEAD))
    deputy = services.agency.save_person(d.Person(None, "Trần Thị Minh Hằng", "Phó Chủ tịch UBND", vp.id,
                                                  is_leader=True, steering_role=d.SteeringRole.DEPUTY))
    secretary = services.agency.save_person(d.Person(None, "Nguyễn Thị Thu Hà", "Chuyên viên Văn phòng", vp.id,
                                                     is_iso_secretary=True, steering_role=d.SteeringRole.SECRETARY))
    for y in years:
        start, end = d.default_period(y)
        services.years.save(d.ReportingYear(None, y, start, end, date(y, 12, 10)))
    return PlanPeople(head.id, deputy.id, secretary.id)


def docx_text(path) -> str:  # type: ignore[no-untyped-def]
    """All text of a .docx: body paragraphs and every table cell (header/footer layout tables too)."""
    import docx

    document = docx.Document(str(path))
    parts: list[str] = []

    def cells(table) -> None:  # type: ignore[no-untyped-def]
        for row in table.rows:
            for cell in row.cells:
                parts.extend(p.text for p in cell.paragraphs)
                for inner in cell.tables:
                    cells(inner)

    parts.extend(p.text for p in document.paragraphs)
    for table in document.tables:
        cells(table)
    return "\n".join(parts)


def pdf_text(path) -> str:  # type: ignore[no-untyped-def]
    """All text of a PDF, page by page (pdfplumber keeps Vietnamese letters composed)."""
    import pdfplumber

    with pdfplumber.open(str(path)) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def export_plan(services, year: int, folder, options=None):  # type: ignore[no-untyped-def]
    """What "Lưu Word và PDF…" and ``isodesk plan`` do: the service builds, reports/ renders, the service
    records the files on the register entry (one transaction)."""
    from pathlib import Path

    from isodesk.reports.output import write_document_files

    draft = services.plan.draft(year, options)
    files = write_document_files(services.plan.build(year, options), Path(folder), services.plan.file_stem(draft))
    return services.plan.record_export(year, files, options)


@dataclass
class MinutesBuilder:
    """A made-up second kind of drafted document ("biên bản") for the tests: a few lines of builder
    code; drafting, edits, carry-over, the register record and the page are the generic ones."""

    agency_service: object
    key: str = "test_minutes"
    title: str = "Biên bản họp thử"
    purpose: d.DocPurpose = d.DocPurpose.MANAGEMENT_REVIEW
    doc_type: d.IssuedDocType = d.IssuedDocType.MINUTES

    def propose(self, year: int, when: date):  # type: ignore[no-untyped-def]
        from isodesk.domain.drafted import BlockProposal, DraftSigner
        from isodesk.domain.errors import DomainError
        from isodesk.services.year.drafted_service import Proposal

        profile = self.agency_service.profile_on(when)  # type: ignore[attr-defined]
        if profile is None:
            raise DomainError("no_agency")
        return Proposal(profile, f"Họp xem xét của lãnh đạo năm {year}", f"BB-{profile.abbreviation}",
                        (BlockProposal("content", "body", "Content", f"Nội dung cuộc họp năm {year}."),),
                        (DraftSigner(1, "Phan Đức Thắng", "Chủ tịch", False),))

    def carry(self, key, text, from_year, to_year, proposal):  # type: ignore[no-untyped-def]
        from isodesk.services.year.drafted_service import default_carry

        return default_carry(key, text, from_year, to_year, proposal)

    def document(self, draft):  # type: ignore[no-untyped-def]
        from isodesk.reports import AdminDocument, Paragraph, Signature

        return AdminDocument(agency=draft.agency.name, symbol=draft.symbol, place=draft.agency.place_name,
                             doc_type="BIÊN BẢN", summary=draft.summary, year=draft.year,
                             issuer_name=draft.agency.name, body=[Paragraph(draft.text("content"))],
                             signature=Signature(["CHỦ TỊCH"], draft.signer.full_name if draft.signer else ""))

    def file_stem(self, draft) -> str:  # type: ignore[no-untyped-def]
        return f"BB-{draft.year}"
