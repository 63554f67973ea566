"""Issue 13 item 4 (signature blocks): the agency's printed lists and its records form are signed by
"NGƯỜI LẬP" and, beside it, by the approving authority — TM./KT. with title and name, as the numbered
documents are — through the shared printed-list builder; in the PDF and in the Word file alike."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pdfplumber
import pytest
from docx import Document

from isodesk.domain import core as d
from isodesk.domain import documents as dd
from isodesk.reports import render_docx, render_pdf
from isodesk.reports.model import AdminDocument

TODAY = date(2026, 3, 2)


@pytest.fixture
def agency(services: Any) -> Any:
    services.agency.save_profile(d.AgencyProfile(
        None, date(2025, 7, 1), "Ủy ban nhân dân xã Sơn Lâm", "Ủy ban nhân dân tỉnh Hà Tĩnh", d.AgencyTier.COMMUNE,
        "Hà Tĩnh", "Sơn Lâm", "UBND", head_title="Chủ tịch", deputy_title="Phó Chủ tịch",
        collective_name="Ủy ban nhân dân"))
    vp = services.agency.save_department(d.Department(None, "Văn phòng", "VP")).id
    services.agency.save_person(d.Person(None, "Trần Văn Phó", "Phó Chủ tịch UBND", vp, is_leader=True))
    services.agency.save_person(d.Person(None, "Nguyễn Thị Hoa", "Thư ký ISO", vp, is_iso_secretary=True))
    services.documents.create_document(dd.InternalDocument(None, "QT.VP.01", "Quy trình kiểm soát tài liệu",
                                                           dd.DocumentKind.INTERNAL_PROCEDURE, vp))
    services.records.save_record(dd.RecordEntry(None, "Hồ sơ ban hành hệ thống tài liệu", "HS.01", None, department_id=vp))
    return services


def _lists(services: Any) -> dict[str, AdminDocument]:
    printouts = services.printouts
    return {
        "documents": printouts.documents_list(on=TODAY),
        "external": printouts.external_documents_list([], on=TODAY),
        "tthc": printouts.tthc_list([], on=TODAY),
        "records": printouts.records_form(2026, on=TODAY),
    }


def _pdf_text(doc: AdminDocument, path: Path) -> str:
    render_pdf(doc, path)
    with pdfplumber.open(path) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def _docx_text(doc: AdminDocument, path: Path) -> str:
    render_docx(doc, path)
    word = Document(str(path))
    cells = [cell.text for table in word.tables for row in table.rows for cell in row.cells]
    return "\n".join([p.text for p in word.paragraphs] + cells)


def test_a_deputy_approves_with_kt_beside_the_preparer(agency: Any, tmp_path: Path) -> None:
    for name, doc in _lists(agency).items():
        assert doc.left_signature is not None and doc.left_signature.authority_lines == ("NGƯỜI LẬP",), name
        assert doc.left_signature.signer_name == "Nguyễn Thị Hoa", name
        assert doc.signature is not None, name
        assert tuple(doc.signature.authority_lines) == ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"), name
        assert doc.signature.signer_name == "Trần Văn Phó", name
        for text in (_pdf_text(doc, tmp_path / f"{name}.pdf"), _docx_text(doc, tmp_path / f"{name}.docx")):
            for line in ("NGƯỜI LẬP", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Văn Phó",
                         "Nguyễn Thị Hoa"):
                assert line in text, (name, line)


def test_the_head_approves_in_the_name_of_the_committee(agency: Any) -> None:
    vp = agency.agency.departments()[0].id
    agency.agency.save_person(d.Person(None, "Lê Văn Nam", "Chủ tịch UBND", vp, is_leader=True,
                                       steering_role=d.SteeringRole.HEAD))
    for name, doc in _lists(agency).items():
        assert doc.signature is not None, name
        assert tuple(doc.signature.authority_lines) == ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"), name
        assert doc.signature.signer_name == "Lê Văn Nam", name


def test_without_a_leader_the_preparer_signs_alone(services: Any) -> None:
    services.agency.save_profile(d.AgencyProfile(
        None, date(2025, 7, 1), "Ủy ban nhân dân xã Sơn Lâm", "Ủy ban nhân dân tỉnh Hà Tĩnh", d.AgencyTier.COMMUNE,
        "Hà Tĩnh", "Sơn Lâm", "UBND", head_title="Chủ tịch", collective_name="Ủy ban nhân dân"))
    doc = services.printouts.documents_list(on=TODAY)
    assert doc.left_signature is None
    assert doc.signature is not None and tuple(doc.signature.authority_lines) == ("NGƯỜI LẬP",)


def test_a_records_form_attached_to_a_decision_is_signed_by_the_decision(agency: Any) -> None:
    decision = agency.register.save(d.IssuedDocument(None, d.IssuedDocType.DECISION, "UBND", None, "QĐ-UBND", None,
                                                     "Ban hành danh mục hồ sơ năm 2026"))
    decision = agency.register.register(decision.id, date(2026, 1, 5)).id
    doc = agency.printouts.records_form(2026, decision)
    assert doc.signature is None and doc.left_signature is None


def test_a_list_printed_for_an_earlier_day_is_approved_by_the_leader_of_that_day(agency: Any,
                                                                                tmp_path: Path) -> None:
    """The approving authority is whoever led the agency on the list's date, even if they have left since
    (retired in Cài đặt, with the day they left): not today's chairman, and not a deputy by default."""
    services = agency
    vp = services.agency.departments()[0].id
    services.agency.save_person(d.Person(None, "Lê Văn Cũ", "Chủ tịch UBND", vp, is_leader=True, active=False,
                                         valid_from=date(2025, 7, 1), valid_to=date(2025, 12, 31)))
    services.agency.save_person(d.Person(None, "Phạm Văn Mới", "Chủ tịch UBND", vp, is_leader=True,
                                         valid_from=date(2026, 1, 1)))
    text = _pdf_text(services.printouts.records_form(2025, on=date(2025, 9, 1)), tmp_path / "records.pdf")
    assert "Lê Văn Cũ" in text and "TM." in text
    assert "Phạm Văn Mới" not in text and "Trần Văn Phó" not in text
