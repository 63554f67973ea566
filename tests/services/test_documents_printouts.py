"""Printouts of the documents module: distribution sheet, NĐ 30 DANH MỤC HỒ SƠ, list of documents —
built from real service data and rendered to PDF, then read back with pdfplumber."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pdfplumber
import pytest

from isodesk.domain import core as d
from isodesk.domain import documents as dd
from isodesk.reports import render_docx, render_pdf
from isodesk.reports.model import GroupRow, Table, TableRow
from isodesk.reports.printouts import (
    DISTRIBUTION_COLUMNS,
    RECORDS_FORM_COLUMNS,
    build_documents_list,
    build_records_form,
)
from isodesk.services.documents.documents_printouts import DocumentsPrintouts
from isodesk.services.documents.documents_service import DocumentsService
from isodesk.services.documents.records_service import RecordsService


def _profiles(services) -> None:
    base = dict(parent_name="Ủy ban nhân dân huyện Hương Sơn", tier=d.AgencyTier.COMMUNE, province="Hà Tĩnh",
                place_name="Sơn Lâm", abbreviation="UBND", head_title="Chủ tịch", collective_name="Ủy ban nhân dân")
    services.agency.save_profile(d.AgencyProfile(None, date(2015, 1, 1), "Ủy ban nhân dân xã Sơn Lâm", **base))
    base["parent_name"] = "Ủy ban nhân dân tỉnh Hà Tĩnh"
    services.agency.save_profile(d.AgencyProfile(None, date(2025, 7, 1), "Ủy ban nhân dân xã Sơn Lâm mới", **base))


@pytest.fixture
def world(services):
    _profiles(services)
    vp = services.agency.save_department(d.Department(None, "Văn phòng", "VP")).id
    tp = services.agency.save_department(d.Department(None, "Tư pháp - Hộ tịch", "TP")).id
    secretary = services.agency.save_person(d.Person(None, "Nguyễn Thị Hoa", "Thư ký ISO", vp,
                                                     is_iso_secretary=True)).id
    chairman = services.agency.save_person(d.Person(None, "Lê Văn Nam", "Chủ tịch", vp)).id
    clerk = services.agency.save_person(d.Person(None, "Phạm Thị Lan", "Công chức", tp)).id
    draft = services.register.save(d.IssuedDocument(None, d.IssuedDocType.DECISION, "UBND", None, "QĐ-UBND", None,
                                                    "Ban hành hệ thống tài liệu", purpose=d.DocPurpose.DOCUMENT_SET))
    decision = services.register.register(draft.id, date(2025, 8, 10)).id
    docs = DocumentsService(services.sessions, services.attachments)
    records = RecordsService(services.sessions)
    return dict(services=services, docs=docs, records=records, vp=vp, tp=tp, secretary=secretary,
                chairman=chairman, clerk=clerk, decision=decision)


def _headings(pdf: Path) -> list[str]:
    """The first row of the first table of the PDF, each cell's lines joined."""
    with pdfplumber.open(pdf) as document:
        table = next(t for page in document.pages for t in page.extract_tables())
    return [" ".join((cell or "").split()) for cell in table[0]]


def _text(pdf: Path) -> str:
    """The PDF's words, with table cells' line breaks turned back into spaces."""
    with pdfplumber.open(pdf) as document:
        return " ".join(" ".join((page.extract_text() or "").split()) for page in document.pages)


def test_distribution_sheet_lists_recipients_receipts_and_recalls(world, tmp_path: Path) -> None:
    docs: DocumentsService = world["docs"]
    doc = docs.create_document(dd.InternalDocument(None, "QT.01", "Quy trình kiểm soát thông tin dạng văn bản",
                                                   dd.DocumentKind.SYSTEM_PROCEDURE, world["vp"]))
    rev = docs.issue_revision(doc.revisions[0].id, effective_date=date(2025, 8, 15), decision_id=world["decision"],
                              approved_by_id=world["chairman"])
    a, b = docs.distribute(rev.id, [dd.DistributionInput(date(2025, 8, 16), department_id=world["vp"], copies=2),
                                    dd.DistributionInput(date(2025, 8, 16), department_id=world["tp"],
                                                         person_id=world["clerk"])])
    docs.acknowledge(b.id, date(2025, 8, 18), world["clerk"])
    docs.recall([a.id], date(2025, 9, 1))
    printouts = DocumentsPrintouts(docs, world["records"], world["services"].agency, world["services"].register)
    sheet = printouts.distribution_sheet(rev.id, on=date(2025, 9, 2))

    assert sheet.doc_type == "PHIẾU PHÂN PHỐI VÀ THU HỒI TÀI LIỆU"
    assert sheet.summary == "Quy trình kiểm soát thông tin dạng văn bản"
    assert sheet.agency == "Ủy ban nhân dân xã Sơn Lâm mới"  # the name in force on the date printed
    table = next(b for b in sheet.body if isinstance(b, Table))
    assert tuple(c.title for c in table.columns) == DISTRIBUTION_COLUMNS
    rows = [r.cells for r in table.rows if isinstance(r, TableRow)]
    assert rows[0][:4] == ("1", "Văn phòng", "2", "16/08/2025") and rows[0][5] == "01/09/2025"
    assert not rows[0][4].strip("\u200b\n")  # left for the signature
    assert rows[1] == ("2", "Tư pháp - Hộ tịch – Phạm Thị Lan", "1", "18/08/2025", "Phạm Thị Lan", "")
    assert rows[2][1:3] == ("Tổng số bản", "3")
    assert sheet.signature is not None and sheet.signature.signer_name == "Nguyễn Thị Hoa"

    pdf = render_pdf(sheet, tmp_path / "phieu.pdf")
    assert _headings(pdf) == list(DISTRIBUTION_COLUMNS)
    text = _text(pdf)
    for expected in ("PHIẾU PHÂN PHỐI VÀ THU HỒI TÀI LIỆU", "QT.01", "Danh sách phân phối tài liệu",
                     "Phạm Thị Lan", "01/09/2025"):
        assert expected in text, expected
    assert render_docx(sheet, tmp_path / "phieu.docx").stat().st_size > 0


def test_records_form_groups_by_heading_with_roman_numerals_and_counts(world, tmp_path: Path) -> None:
    records: RecordsService = world["records"]
    entries = [
        ("HS.01", "Hồ sơ chính sách chất lượng", None, "Chính sách và mục tiêu chất lượng"),
        ("HS.02", "Hồ sơ mục tiêu chất lượng năm", 10, "Chính sách và mục tiêu chất lượng"),
        ("HS.03", "Hồ sơ đánh giá nội bộ", 5, "Đánh giá nội bộ"),
        ("HS.04", "Sổ theo dõi công văn đến", 20, ""),
    ]
    for i, (code, title, years, heading) in enumerate(entries, start=1):
        records.save_record(dd.RecordEntry(None, title, code, years, department_id=world["vp"],
                                           person_id=world["secretary"], heading=heading, sort_order=i))
    printouts = DocumentsPrintouts(world["docs"], records, world["services"].agency, world["services"].register)
    doc = printouts.records_form(2025, world["decision"])

    assert (doc.doc_type, doc.summary, doc.date) == ("DANH MỤC HỒ SƠ", "Năm 2025", date(2025, 8, 10))
    table = next(b for b in doc.body if isinstance(b, Table))
    assert [c.title for c in table.columns] == list(RECORDS_FORM_COLUMNS)
    assert [c.text for c in table.header_rows[1]] == ["(1)", "(2)", "(3)", "(4)", "(5)"]
    groups = [r.text for r in table.rows if isinstance(r, GroupRow)]
    assert groups == ["I. CHÍNH SÁCH VÀ MỤC TIÊU CHẤT LƯỢNG", "II. ĐÁNH GIÁ NỘI BỘ"]
    assert table.rows[0].cells[:3] == ("HS.04", "Sổ theo dõi công văn đến", "20 năm")  # ungrouped first
    footer = doc.body[-1].text
    assert footer == ("Danh mục hồ sơ này có 4 hồ sơ, bao gồm: 1 hồ sơ bảo quản vĩnh viễn; "
                      "3 hồ sơ bảo quản có thời hạn.")
    assert "Kèm theo Quyết định số 01/QĐ-UBND ngày 10/08/2025" in doc.body[0].text

    pdf = render_pdf(doc, tmp_path / "dmhs.pdf")
    assert _headings(pdf) == list(RECORDS_FORM_COLUMNS)
    text = _text(pdf)
    for expected in ("DANH MỤC HỒ SƠ", "Năm 2025", "(1) (2) (3) (4) (5)", "Vĩnh viễn",
                     "I. CHÍNH SÁCH VÀ MỤC TIÊU CHẤT LƯỢNG", "1 hồ sơ bảo quản vĩnh viễn"):
        assert expected in text, expected


def test_records_form_without_decision_leaves_the_reference_for_the_pen() -> None:
    form = dd.build_records_form(2026, [dd.RecordEntry(1, "Hồ sơ A", "A.01", None)])
    profile = d.AgencyProfile(None, date(2020, 1, 1), "Ủy ban nhân dân xã X", "", d.AgencyTier.COMMUNE,
                              "Hà Tĩnh", "X", "UBND")
    doc = build_records_form(form, profile)
    assert doc.body[0].text.startswith("(Kèm theo Quyết định số …")
    assert doc.date is None and doc.year == 2026


def test_documents_list_groups_kinds_and_counts() -> None:
    rows = [
        dd.DocumentRow(1, "QT.01", "Quy trình kiểm soát thông tin", dd.DocumentKind.SYSTEM_PROCEDURE, "Văn phòng",
                       2, dd.RevisionStatus.EFFECTIVE, date(2025, 3, 10), date(2026, 3, 10), False),
        dd.DocumentRow(2, "CS.01", "Chính sách chất lượng", dd.DocumentKind.QUALITY_POLICY, "", 1,
                       dd.RevisionStatus.DRAFT, None, None, False),
    ]
    profile = d.AgencyProfile(None, date(2020, 1, 1), "Ủy ban nhân dân xã X", "", d.AgencyTier.COMMUNE,
                              "Hà Tĩnh", "X", "UBND")
    doc = build_documents_list(rows, profile, on=date(2026, 1, 5))
    table = next(b for b in doc.body if isinstance(b, Table))
    groups = [r.text for r in table.rows if isinstance(r, GroupRow)]
    assert groups == ["I. CHÍNH SÁCH CHẤT LƯỢNG", "II. QUY TRÌNH HỆ THỐNG"]
    data = [r.cells for r in table.rows if isinstance(r, TableRow)]
    assert data[1] == ("2", "QT.01", "Quy trình kiểm soát thông tin", "Văn phòng", "02", "10/03/2025", "Còn hiệu lực")
    assert doc.body[-1].text == "Danh mục này có 2 tài liệu."


def test_records_form_names_the_agency_of_its_own_date(world) -> None:  # type: ignore[no-untyped-def]
    """Issue 13 item 2: not the agency of 1/1 of the year (the district's commune before 7/2025)."""
    records: RecordsService = world["records"]
    records.save_record(dd.RecordEntry(None, "Hồ sơ đánh giá nội bộ", "HS.01", 5, department_id=world["vp"]))
    printouts = DocumentsPrintouts(world["docs"], records, world["services"].agency, world["services"].register)
    # attached to the decision of 10/08/2025: the agency as named on that day
    attached = printouts.records_form(2025, world["decision"])
    assert (attached.agency, attached.date) == ("Ủy ban nhân dân xã Sơn Lâm mới", date(2025, 8, 10))
    # printed on its own: the agency of the day it is printed, and the form carries that date
    alone = printouts.records_form(2025, on=date(2026, 11, 22))
    assert (alone.agency, alone.date) == ("Ủy ban nhân dân xã Sơn Lâm mới", date(2026, 11, 22))
    assert world["services"].agency.profile_for_document(None, printed_on=date(2024, 5, 1)).name == (
        "Ủy ban nhân dân xã Sơn Lâm")
    assert world["services"].agency.profile_for_document(date(2025, 8, 10)).name == "Ủy ban nhân dân xã Sơn Lâm mới"
