"""Lists and forms are not numbered documents (NĐ 30 Phụ lục III, V): no "Số:" line, no invented ký hiệu;
a form carries the agency's own form code (issue 13 item 4)."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from docx import Document

from isodesk.demo.data import generate_demo
from isodesk.domain import documents as dd
from isodesk.reports.docx_renderer import render_docx
from isodesk.reports.model import AdminDocument
from isodesk.services.registry import open_services

TODAY = date(2026, 11, 22)
INVENTED = re.compile(r"/(PPTL|DMHS|DMTL|DMTLBN|DMTTHC)-")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    services = open_services(generate_demo(tmp_path_factory.mktemp("demo") / "demo.db", today=TODAY))
    yield services
    services.close()


def _header_text(doc: AdminDocument, folder: Path) -> str:
    path = render_docx(doc, folder / "x.docx")
    header = Document(str(path)).tables[0]
    return "\n".join(cell.text for row in header.rows for cell in row.cells)


def test_every_list_and_form_has_no_so_line_and_no_invented_symbol(demo, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    printouts = demo.printouts
    documents = [
        printouts.documents_list(on=TODAY),
        printouts.external_documents_list(demo.legal.search(), on=TODAY),
        printouts.tthc_list(demo.tthc.search(), on=TODAY),
        printouts.records_form(TODAY.year, on=TODAY),
    ]
    for doc in documents:
        assert not doc.numbered and doc.symbol == ""
        text = _header_text(doc, tmp_path)
        assert "Số:" not in text and not INVENTED.search(text), text
        assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text  # the quốc hiệu stays
        assert doc.title.startswith(doc.doc_type_name + ":")


def test_the_distribution_sheet_carries_the_agencys_form_code(demo, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    rows = demo.documents.list_documents()
    procedure = next(r for r in rows if r.kind is not dd.DocumentKind.FORM)
    revision = demo.documents.get_document(procedure.id).revisions[-1]
    # The demo commune registered its distribution form as BM.01 "Phiếu phân phối tài liệu".
    registered = next(r for r in rows if r.kind is dd.DocumentKind.FORM and "phân phối" in r.title.lower())
    sheet = demo.printouts.distribution_sheet(revision.id, on=TODAY)
    assert sheet.form_code == registered.code
    text = _header_text(sheet, tmp_path)
    assert f"Mẫu: {registered.code}" in text and "Số:" not in text


def test_without_a_registered_form_the_sheet_has_no_code_line(tmp_path: Path) -> None:
    from isodesk.domain.core import AgencyProfile, AgencyTier
    from isodesk.reports.printouts import build_distribution_sheet

    sheet = dd.DistributionSheet(revision_id=1, document_id=1, code="QT.01", title="Quy trình kiểm soát tài liệu",
                                 revision_number=1, effective_date=TODAY, decision_reference="", rows=())
    profile = AgencyProfile(id=None, valid_from=date(2020, 1, 1), name="Ủy ban nhân dân xã Sơn Lâm", parent_name="",
                            tier=AgencyTier.COMMUNE, province="Hà Tĩnh", place_name="Sơn Lâm", abbreviation="UBND")
    doc = build_distribution_sheet(sheet, (), profile, on=TODAY)
    assert doc.form_code == "" and not doc.numbered
    assert "Số:" not in _header_text(doc, tmp_path)


def test_every_module_offers_forms_unnumbered_and_documents_numbered(demo, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Whatever a module offers as a form or list carries no số line; its numbered documents do."""
    from isodesk.domain.contributions import OutputKind

    offers = demo.contributions.documents(TODAY.year)
    assert {o.module for o in offers} >= {"documents", "legal", "tthc", "plan"}
    for offer in offers:
        doc = demo.contributions.build(TODAY.year, offer.key, TODAY)
        header = _header_text(doc, tmp_path)
        if offer.kind is OutputKind.FORM:
            assert not doc.numbered and "Số:" not in header and not INVENTED.search(header), offer.key
        else:
            assert doc.numbered and "Số:" in header, offer.key
