"""Printouts of the external documents list and the TTHC list: built from real service data, rendered to
PDF and read back with pdfplumber (title, column headings, group rows, Vietnamese text intact)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pdfplumber
import pytest

from isodesk.domain import core as d
from isodesk.domain import documents as dd
from isodesk.domain.legal import ExternalDocKind, ExternalDocument
from isodesk.domain.scope import Tthc
from isodesk.reports import render_docx, render_pdf
from isodesk.reports.model import GroupRow, Orientation, Table, TableRow
from isodesk.reports.printouts import (
    EXTERNAL_LIST_COLUMNS,
    EXTERNAL_LIST_TITLE,
    TTHC_LIST_COLUMNS,
    TTHC_LIST_TITLE,
    build_tthc_list,
    tthc_coverage_sentence,
)
from isodesk.services.documents.documents_printouts import DocumentsPrintouts

ON = date(2025, 11, 6)


@pytest.fixture
def world(services):  # type: ignore[no-untyped-def]
    """An agency with its ISO secretary, two procedures in force and one draft, external documents and TTHC."""
    services.agency.save_profile(d.AgencyProfile(
        None, date(2025, 7, 1), "Ủy ban nhân dân xã Sơn Lâm", "Ủy ban nhân dân tỉnh Hà Tĩnh", d.AgencyTier.COMMUNE,
        "Hà Tĩnh", "Sơn Lâm", "UBND", head_title="Chủ tịch", collective_name="Ủy ban nhân dân"))
    vp = services.agency.save_department(d.Department(None, "Văn phòng", "VP")).id
    tp = services.agency.save_department(d.Department(None, "Tư pháp - Hộ tịch", "TP")).id
    chairman = services.agency.save_person(d.Person(None, "Lê Văn Nam", "Chủ tịch", vp, is_leader=True)).id
    services.agency.save_person(d.Person(None, "Nguyễn Thị Hoa", "Thư ký ISO", vp, is_iso_secretary=True))
    decision = services.register.save(d.IssuedDocument(None, d.IssuedDocType.DECISION, "UBND", None, "QĐ-UBND", None,
                                                       "Ban hành hệ thống tài liệu", purpose=d.DocPurpose.DOCUMENT_SET))
    decision = services.register.register(decision.id, date(2025, 7, 10)).id

    def procedure(code: str, title: str, *, issue: bool = True) -> int:
        doc = services.documents.create_document(dd.InternalDocument(None, code, title,
                                                                     dd.DocumentKind.TTHC_PROCEDURE, tp))
        if issue:
            services.documents.issue_revision(doc.revisions[0].id, effective_date=date(2025, 7, 15),
                                              decision_id=decision, approved_by_id=chairman)
        return doc.id

    ks = procedure("QT.HT.01", "Quy trình đăng ký khai sinh")
    ct = procedure("QT.CT.01", "Quy trình chứng thực bản sao từ bản chính")
    draft = procedure("QT.HT.02", "Quy trình đăng ký kết hôn", issue=False)

    legal = services.legal
    old = legal.save(ExternalDocument(
        None, ExternalDocKind.DECREE, "61/2018/NĐ-CP", date(2018, 4, 23), "Chính phủ",
        "về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính",
        effective_date=date(2018, 6, 21), field="Một cửa, một cửa liên thông", department_ids=(vp,)))
    new = legal.save(ExternalDocument(
        None, ExternalDocKind.DECREE, "118/2025/NĐ-CP", date(2025, 6, 9), "Chính phủ",
        "về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng "
        "Dịch vụ công quốc gia", effective_date=date(2025, 7, 1), field="Một cửa, một cửa liên thông",
        department_ids=(vp,), location="Tủ hồ sơ ISO"))
    legal.mark_replaced(old.id, date(2025, 7, 1), by_id=new.id)
    legal.save(ExternalDocument(None, ExternalDocKind.LAW, "60/2014/QH13", date(2014, 11, 20), "Quốc hội", "Hộ tịch",
                                effective_date=date(2016, 1, 1), field="Hộ tịch", department_ids=(tp,)))
    legal.save(ExternalDocument(
        None, ExternalDocKind.OTHER, "1471/KH-SKHCN", date(2025, 3, 4), "Sở Khoa học và Công nghệ Hà Tĩnh",
        "Kế hoạch kiểm tra việc áp dụng, duy trì và cải tiến HTQLCL năm 2025", field="Hệ thống quản lý chất lượng",
        notes="Bản điện tử"))
    legal.save(ExternalDocument(None, ExternalDocKind.STANDARD, "TCVN ISO 9001:2015", date(2015, 12, 31),
                                "Bộ Khoa học và Công nghệ", "Hệ thống quản lý chất lượng - Các yêu cầu"))

    tthc = services.tthc
    tthc.save(Tthc(None, "1.001193", "Đăng ký khai sinh", "Hộ tịch", "Cấp xã", "1295/QĐ-UBND",
                   date(2022, 6, 24), procedure_id=ks))
    tthc.save(Tthc(None, "1.000894", "Đăng ký kết hôn", "Hộ tịch", "Cấp xã", "1295/QĐ-UBND",
                   date(2022, 6, 24), procedure_id=draft))
    tthc.save(Tthc(None, "2.000815", "Chứng thực bản sao từ bản chính giấy tờ, văn bản", "Chứng thực", "Cấp xã",
                   "769/QĐ-UBND", date(2021, 3, 2), procedure_id=ct))
    gone = tthc.save(Tthc(None, "1.000656", "Đăng ký lại khai tử", "Hộ tịch", "Cấp xã", "1295/QĐ-UBND",
                          date(2022, 6, 24)))
    tthc.abolish(gone.id, date(2024, 8, 30), "2123/QĐ-UBND", date(2024, 8, 30))
    tthc.save(Tthc(None, "2.001023", "Cấp bản sao trích lục hộ tịch", "Hộ tịch", "Cấp xã", "1295/QĐ-UBND",
                   date(2022, 6, 24)))
    printouts = DocumentsPrintouts(services.documents, services.records, services.agency, services.register)
    return {"services": services, "printouts": printouts}


def _table(pdf: Path) -> list[list[str]]:
    """The first table of the PDF, each cell's lines joined by spaces."""
    with pdfplumber.open(pdf) as document:
        table = next(t for page in document.pages for t in page.extract_tables())
    return [[" ".join((cell or "").split()) for cell in row] for row in table]


def _text(pdf: Path) -> str:
    with pdfplumber.open(pdf) as document:
        return " ".join(" ".join((page.extract_text() or "").split()) for page in document.pages)


def test_external_documents_list_groups_by_field_with_the_columns_of_the_register(world, tmp_path: Path) -> None:
    docs = world["services"].legal.search()
    doc = world["printouts"].external_documents_list(docs, on=ON, subtitle="(Tất cả tài liệu)")

    assert (doc.doc_type, doc.orientation, doc.symbol, doc.numbered) == (EXTERNAL_LIST_TITLE, Orientation.LANDSCAPE,
                                                                         "", False)
    # "NGƯỜI LẬP" (the ISO secretary) on the left, the approving authority (the head, TM.) beside it.
    assert doc.left_signature is not None and doc.left_signature.signer_name == "Nguyễn Thị Hoa"
    assert doc.left_signature.authority_lines == ("NGƯỜI LẬP",)
    assert doc.signature is not None and doc.signature.authority_lines == ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH")
    assert doc.signature.signer_name == "Lê Văn Nam"
    table = next(b for b in doc.body if isinstance(b, Table))
    assert tuple(c.title for c in table.columns) == EXTERNAL_LIST_COLUMNS
    assert [r.text for r in table.rows if isinstance(r, GroupRow)] == [
        "I. HỆ THỐNG QUẢN LÝ CHẤT LƯỢNG", "II. HỘ TỊCH", "III. MỘT CỬA, MỘT CỬA LIÊN THÔNG", "IV. CHUNG"]
    data = [r.cells for r in table.rows if isinstance(r, TableRow)]
    assert data[0] == ("1", "Kế hoạch kiểm tra việc áp dụng, duy trì và cải tiến HTQLCL năm 2025", "1471/KH-SKHCN",
                       "04/03/2025", "Sở Khoa học và Công nghệ Hà Tĩnh", "", "Còn hiệu lực", "", "Bản điện tử")
    assert data[2][2] == "61/2018/NĐ-CP"
    assert data[2][6] == "Bị thay thế bởi Nghị định 118/2025/NĐ-CP từ 01/07/2025"
    assert data[3][7] == "Văn phòng; Tủ hồ sơ ISO"
    assert [r[0] for r in data] == ["1", "2", "3", "4", "5"]  # numbered through the groups
    assert doc.body[-1].text == ("Danh mục này có 5 tài liệu, trong đó 4 tài liệu còn hiệu lực và 1 tài liệu "
                                 "đã hết hiệu lực hoặc bị thay thế.")

    pdf = render_pdf(doc, tmp_path / "dmtlbn.pdf")
    rows = _table(pdf)
    assert rows[0] == list(EXTERNAL_LIST_COLUMNS)
    assert ["II. HỘ TỊCH"] == [c for c in rows[3] if c]
    assert rows[2][1:5] == ["Kế hoạch kiểm tra việc áp dụng, duy trì và cải tiến HTQLCL năm 2025", "1471/KH-SKHCN",
                            "04/03/2025", "Sở Khoa học và Công nghệ Hà Tĩnh"]
    assert rows[6][6] == "Bị thay thế bởi Nghị định 118/2025/NĐ-CP từ 01/07/2025"
    assert rows[7][:4] == ["4", "Nghị định về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại "
                           "Bộ phận Một cửa và Cổng Dịch vụ công quốc gia", "118/2025/NĐ-CP", "09/06/2025"]
    text = _text(pdf)
    for expected in ("DANH MỤC TÀI LIỆU CÓ NGUỒN GỐC BÊN NGOÀI", "ỦY BAN NHÂN DÂN", "XÃ SƠN LÂM",  # two lines (DOMAIN.md §4.4)
                     "(Cập nhật đến ngày 06/11/2025)", "(Tất cả tài liệu)", "III. MỘT CỬA, MỘT CỬA LIÊN THÔNG",
                     "NGƯỜI LẬP", "Nguyễn Thị Hoa"):
        assert expected in text, expected
    assert "Khác" not in text
    assert render_docx(doc, tmp_path / "dmtlbn.docx").stat().st_size > 0


def test_external_documents_list_prints_only_the_rows_given(world) -> None:
    docs = world["services"].legal.search(field="Hộ tịch")
    doc = world["printouts"].external_documents_list(docs, on=ON)
    table = next(b for b in doc.body if isinstance(b, Table))
    assert [r.text for r in table.rows if isinstance(r, GroupRow)] == ["I. HỘ TỊCH"]
    assert doc.body[-1].text == "Danh mục này có 1 tài liệu."


def test_tthc_list_groups_by_field_and_ends_with_the_coverage_sentence(world, tmp_path: Path) -> None:
    tthc = world["services"].tthc
    figure = tthc.coverage()
    uncovered = {t.id for t in figure.uncovered if t.id is not None}
    doc = world["printouts"].tthc_list(tthc.search(), uncovered=uncovered, on=ON)

    assert (doc.doc_type, doc.orientation) == (TTHC_LIST_TITLE, Orientation.LANDSCAPE)
    table = next(b for b in doc.body if isinstance(b, Table))
    assert tuple(c.title for c in table.columns) == TTHC_LIST_COLUMNS
    assert [r.text for r in table.rows if isinstance(r, GroupRow)] == ["I. CHỨNG THỰC", "II. HỘ TỊCH"]
    data = {r.cells[1]: r.cells for r in table.rows if isinstance(r, TableRow)}
    assert data["1.001193"] == ("4", "1.001193", "Đăng ký khai sinh", "1295/QĐ-UBND ngày 24/06/2022",
                                "Đang áp dụng", "QT.HT.01 Quy trình đăng ký khai sinh")
    assert data["1.000894"][5] == "QT.HT.02 Quy trình đăng ký kết hôn\n(không có hiệu lực)"  # a draft
    assert data["2.001023"][5] == "Chưa có"
    assert (data["1.000656"][4], data["1.000656"][5]) == ("Bãi bỏ", "")
    sentence = doc.body[-1].text
    assert sentence == ("Danh mục này có 4 TTHC còn hiệu lực và 1 TTHC đã bãi bỏ. Số TTHC còn hiệu lực đã có "
                        "quy trình giải quyết: 2/4 TTHC (50,00%); 2 TTHC chưa có quy trình giải quyết.")
    assert f"{figure.covered}/{figure.total} TTHC ({figure.percent_text})" in sentence  # the banner's figure

    pdf = render_pdf(doc, tmp_path / "dmtthc.pdf")
    rows = _table(pdf)
    assert rows[0] == list(TTHC_LIST_COLUMNS)
    assert ["I. CHỨNG THỰC"] == [c for c in rows[1] if c]
    text = _text(pdf)
    for expected in ("DANH MỤC THỦ TỤC HÀNH CHÍNH THUỘC PHẠM VI ÁP DỤNG", "HỆ THỐNG QUẢN LÝ CHẤT LƯỢNG",
                     "TCVN ISO 9001:2015", "II. HỘ TỊCH", "Chứng thực bản sao từ bản chính giấy tờ, văn bản",
                     "Đăng ký lại khai tử", "2/4 TTHC (50,00%)", "2 TTHC chưa có quy trình giải quyết"):
        assert expected in text, expected


def test_tthc_coverage_sentence_edge_cases() -> None:
    live = Tthc(1, "1", "A", "Hộ tịch", procedure_id=7)
    assert tthc_coverage_sentence([live], uncovered=()) == (
        "Danh mục này có 1 TTHC còn hiệu lực. Số TTHC còn hiệu lực đã có quy trình giải quyết: 1/1 TTHC (100,00%).")
    assert tthc_coverage_sentence([], uncovered=()) == "Danh mục này có 0 TTHC còn hiệu lực."
    profile = d.AgencyProfile(None, date(2020, 1, 1), "Ủy ban nhân dân xã X", "", d.AgencyTier.COMMUNE, "Hà Tĩnh", "X",
                              "UBND")
    doc = build_tthc_list([Tthc(2, "2", "B", "")], profile, uncovered={2}, on=ON)
    table = next(b for b in doc.body if isinstance(b, Table))
    assert [r.text for r in table.rows if isinstance(r, GroupRow)] == ["I. CHUNG"]
