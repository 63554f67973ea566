"""The QĐ thành lập Đoàn and the Kế hoạch đánh giá nội bộ drafted from the demo's audit round, rendered
to DOCX and PDF and read back."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from docx import Document
from pypdf import PdfReader

from isodesk.domain.errors import DomainError
from isodesk.reports.output import write_document_files
from isodesk.services.audit.audit_documents import SCHEDULE_COLUMNS, TEAM_COLUMNS

TODAY = date(2026, 11, 22)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    from isodesk.demo.data import generate_demo
    from isodesk.services.registry import open_services

    db = tmp_path_factory.mktemp("auditdocs") / "demo.db"
    generate_demo(db, scale="small", today=TODAY)
    services = open_services(db)
    yield services
    services.close()


def _text(doc: Document) -> str:  # type: ignore[valid-type]
    return "\n".join(p.text for p in doc.paragraphs)  # type: ignore[attr-defined]


def test_decision_and_plan_render_with_team_and_programme(demo, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    offers = {o.key for o in demo.contributions.documents(2026, TODAY)}
    assert {"audit.decision", "audit.plan"} <= offers
    round_ = demo.audits.rounds(2026)[0]

    files = write_document_files(demo.contributions.build(2026, "audit.decision", TODAY), tmp_path, "qd")
    doc = Document(str(files.docx))
    text = _text(doc)
    assert "QUYẾT ĐỊNH" in text and "thành lập Đoàn đánh giá nội bộ" in text and "năm 2026" in text
    team = doc.tables[-1]
    assert tuple(c.text for c in team.rows[0].cells) == TEAM_COLUMNS
    assert len(team.rows) == 1 + len(round_.team_ids)
    assert "Trưởng đoàn" in team.rows[1].cells[3].text
    assert len(PdfReader(str(files.pdf)).pages) >= 2

    files = write_document_files(demo.contributions.build(2026, "audit.plan", TODAY), tmp_path, "kh")
    doc = Document(str(files.docx))
    text = _text(doc)
    for heading in ("MỤC ĐÍCH, YÊU CẦU", "PHẠM VI, CHUẨN MỰC ĐÁNH GIÁ", "THÀNH PHẦN ĐOÀN ĐÁNH GIÁ",
                    "THỜI GIAN ĐÁNH GIÁ", "TỔ CHỨC THỰC HIỆN"):
        assert heading in text.upper()
    programme = doc.tables[-1]
    assert tuple(c.text for c in programme.rows[0].cells) == SCHEDULE_COLUMNS
    assert len(programme.rows) == 1 + len(round_.schedule)
    assert programme.rows[1].cells[2].text == "Họp khai mạc"
    # A phiếu still open from 2025 is followed up in the 2026 plan.
    assert "01/2025" in text


def test_no_round_no_document(demo) -> None:  # type: ignore[no-untyped-def]
    from isodesk.domain import core as d

    demo.years.save(d.ReportingYear(None, 2027, *d.default_period(2027)))
    with pytest.raises(DomainError) as err:
        demo.drafted.draft("audit_plan", 2027)
    assert err.value.code == "audit_no_round"
    assert "audit.plan" not in {o.key for o in demo.contributions.documents(2027, TODAY)}


def test_printed_nonconformity_register(demo, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    files = write_document_files(demo.contributions.build(2026, "audit.nc_register", TODAY), tmp_path, "so")
    doc = Document(str(files.docx))
    assert "SỔ THEO DÕI SỰ KHÔNG PHÙ HỢP" in _text(doc).upper()
    table = next(t for t in doc.tables if t.rows[0].cells[0].text == "TT")  # the last table is the signature
    assert tuple(c.text for c in table.rows[0].cells) == (
        "TT", "Số phiếu", "Ngày", "Đơn vị", "Nội dung không phù hợp", "Hạn", "Trạng thái", "Ngày đóng")
    phieu = [n for n in demo.nonconformities.search() if n.year <= 2026]
    assert len(table.rows) == 1 + len(phieu)
    assert any("(quá hạn)" in row.cells[6].text for row in table.rows[1:])


def test_report_summary_is_recomputed_from_the_findings(demo, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from collections import Counter

    round_ = demo.audits.rounds(2026)[0]
    findings = demo.audits.findings(round_id=round_.id)
    assert findings
    files = write_document_files(demo.contributions.build(2026, "audit.report", TODAY), tmp_path, "bc")
    doc = Document(str(files.docx))
    assert "BÁO CÁO" in _text(doc) and "KẾT LUẬN" in _text(doc).upper()
    by_department, by_clause = (t for t in doc.tables if len(t.columns) == 4 and t.rows[0].cells[-2].text == "Số điểm không phù hợp")
    expected = Counter((f.department_name, f.kind.value) for f in findings)
    for row in by_department.rows[1:-1]:
        name = row.cells[1].text
        assert int(row.cells[2].text) == expected[(name, "khong_phu_hop")]
        assert int(row.cells[3].text) == expected[(name, "luu_y")]
    total = by_department.rows[-1].cells
    assert (int(total[2].text), int(total[3].text)) == (
        sum(1 for f in findings if f.kind.value == "khong_phu_hop"), sum(1 for f in findings if f.kind.value == "luu_y"))
    clauses = Counter(f.clause for f in findings)
    assert {row.cells[1].text.split(" ")[0]: int(row.cells[2].text) + int(row.cells[3].text)
            for row in by_clause.rows[1:-1]} == dict(clauses)


def test_notice_of_the_programme_to_the_departments(demo, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from isodesk.domain import core as d
    from isodesk.domain.drafted import DraftOptions

    assert "audit.notice" in {o.key for o in demo.contributions.documents(2026, TODAY)}
    round_ = demo.audits.rounds(2026)[0]
    names = {p.id: p.full_name for p in demo.agency.people(include_inactive=True)}
    files = write_document_files(demo.contributions.build(2026, "audit.notice", TODAY), tmp_path, "tb")
    doc = Document(str(files.docx))
    text = _text(doc)
    assert "THÔNG BÁO" in text and "phân công và lịch đánh giá nội bộ" in text and "năm 2026" in text
    assert "/TB-" in text  # ký hiệu TB (NĐ 30 Phụ lục III)
    for heading in ("PHÂN CÔNG ĐOÀN ĐÁNH GIÁ", "THỜI GIAN, LỊCH ĐÁNH GIÁ", "ĐỀ NGHỊ CÁC PHÒNG, BỘ PHẬN"):
        assert heading in text.upper()
    # Every team member is assigned, with the departments the programme gives them.
    for person_id in round_.team_ids:
        assert names[person_id] in text
    assert "có mặt làm đại diện" in text and "chuẩn bị đầy đủ tài liệu, hồ sơ" in text
    programme = doc.tables[-1]
    assert tuple(c.text for c in programme.rows[0].cells) == SCHEDULE_COLUMNS
    assert len(programme.rows) == 1 + len(round_.schedule)
    assert programme.rows[-1].cells[2].text == "Họp kết thúc"
    pdf = "\n".join(page.extract_text() for page in PdfReader(str(files.pdf)).pages)
    assert "LỊCH ĐÁNH GIÁ NỘI BỘ NĂM 2026" in pdf and "THÔNG BÁO" in pdf

    # Issued through the register like the other audit documents: a TB entry of the audit plan's purpose.
    demo.drafted.record_export("audit_notice", 2026, files)
    entry = demo.drafted.register_entry("audit_notice", 2026)
    assert entry is not None and entry.doc_type is d.IssuedDocType.NOTICE and entry.purpose is d.DocPurpose.AUDIT_PLAN
    # The plan keeps its own register entry (same purpose, another type).
    plan = demo.drafted.register_entry("audit_plan", 2026)
    assert plan is None or plan.doc_type is d.IssuedDocType.PLAN
    assert demo.drafted.build("audit_notice", 2026, DraftOptions(today=TODAY)).doc_type == "THÔNG BÁO"


def _cells(row) -> tuple[str, ...]:  # type: ignore[no-untyped-def]
    # Merged cells repeat in python-docx's row.cells; the distinct cells in order.
    out, seen = [], set()
    for cell in row.cells:
        if id(cell._tc) not in seen:
            seen.add(id(cell._tc))
            out.append(cell.text)
    return tuple(out)


def test_checklists_per_department_and_for_all(demo, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from isodesk.domain import audit as a
    from isodesk.domain.documents import DocumentFilter, DocumentKind
    from isodesk.services.audit.audit_forms import checklist_document, checklists

    round_ = demo.audits.rounds(2026)[0]
    sheets = checklists(demo, round_.id)
    assert [s.department_id for s in sheets] == list(round_.department_ids)
    office = sheets[0]
    # Clauses of its rows in the programme, then one row per procedure it owns and per TTHC lĩnh vực.
    programmed = {c for s in round_.schedule if s.department_id == office.department_id for c in s.clauses}
    clause_rows = [i for i in office.items if i.content.startswith(tuple(a.CLAUSE_TITLES.values()))]
    assert {i.clause for i in clause_rows} == programmed
    owned = [r for r in demo.documents.list_documents(DocumentFilter(department_id=office.department_id))
             if r.kind in (DocumentKind.SYSTEM_PROCEDURE, DocumentKind.INTERNAL_PROCEDURE, DocumentKind.TTHC_PROCEDURE)]
    assert sum(1 for i in office.items if i.content.startswith("Thực hiện ")) == len(owned)
    for r in owned:
        assert any(r.code in i.content for i in office.items)
    groups = [i for i in office.items if i.content.startswith("Giải quyết TTHC lĩnh vực")]
    assert all(i.clause == "8.5" for i in groups)
    assert "Thông tin dạng văn bản: Kiểm soát tài liệu" in next(i.content for i in office.items if i.clause == "7.5")

    # One department: the form with its mã biểu mẫu, header fields, the table and the signature boxes.
    files = write_document_files(checklist_document(demo, round_.id, [office.department_id], on=TODAY), tmp_path, "cl1")
    doc = Document(str(files.docx))
    text = _text(doc)
    assert "PHIẾU GHI CHÉP ĐÁNH GIÁ NỘI BỘ" in text and "Số:" not in text
    assert "Mẫu: BM.ĐGNB.02" in "\n".join(p.text for t in doc.tables for r in t.rows for c in r.cells for p in c.paragraphs) + text
    for label in ("Đợt đánh giá:", "Đơn vị được đánh giá:", "Người đánh giá:", "Thời gian đánh giá:"):
        assert label in text
    table = next(t for t in doc.tables if t.rows[0].cells[0].text == "TT")
    assert _cells(table.rows[0]) == a.CHECKLIST_COLUMNS
    assert _cells(table.rows[1])[-3:] == a.CHECKLIST_RESULTS
    body = table.rows[2:]
    assert len(body) == len(office.items)
    assert all(_cells(r)[3] == "" and _cells(r)[-1] == "" for r in body)  # evidence and result for the pen
    assert "NGƯỜI ĐÁNH GIÁ" in doc.tables[-1].rows[0].cells[-1].text

    # All departments in one document, each on its own pages.
    files = write_document_files(checklist_document(demo, round_.id, on=TODAY), tmp_path, "all")
    doc = Document(str(files.docx))
    tables = [t for t in doc.tables if t.rows[0].cells[0].text == "TT"]
    assert len(tables) == len(sheets)
    assert [len(t.rows) - 2 for t in tables] == [len(s.items) for s in sheets]
    pdf = PdfReader(str(files.pdf))
    assert len(pdf.pages) >= len(sheets)
    starts = [i for i, p in enumerate(pdf.pages) if "Đơn vị được đánh giá" in p.extract_text()]
    assert len(starts) == len(sheets)
    assert "audit.checklists" in {o.key for o in demo.contributions.documents(2026, TODAY)}


def test_checklist_form_code_from_the_agency_forms(demo) -> None:  # type: ignore[no-untyped-def]
    from isodesk.domain.documents import DocumentKind, InternalDocument
    from isodesk.services.audit.audit_forms import checklist_document

    round_ = demo.audits.rounds(2026)[0]
    demo.documents.create_document(InternalDocument(None, "BM.05-QT.02", "Phiếu ghi chép đánh giá nội bộ",
                                                    DocumentKind.FORM, None))
    assert checklist_document(demo, round_.id, [round_.department_ids[0]]).form_code == "BM.05-QT.02"


def test_corrective_action_forms(demo, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from isodesk.domain import audit as a
    from isodesk.services.audit.audit_forms import CORRECTIVE_COLUMNS, corrective_document

    year = demo.nonconformities.search(year=2026)
    closed = next(n for n in demo.nonconformities.search() if n.state is a.NcState.CLOSED)
    files = write_document_files(corrective_document(demo, [closed.id], on=TODAY), tmp_path, "one")
    doc = Document(str(files.docx))
    text = _text(doc)
    assert "PHIẾU YÊU CẦU HÀNH ĐỘNG KHẮC PHỤC" in text and f"Số phiếu: {closed.number_text}" in text
    assert "Số:" not in text
    table = next(t for t in doc.tables if t.rows[0].cells[0].text == CORRECTIVE_COLUMNS[0])
    labels = [r.cells[0].text for r in table.rows]
    for label in ("Đơn vị/bộ phận", "Nguồn phát hiện", "Mô tả sự không phù hợp", "Yêu cầu/điều khoản không đáp ứng",
                  "Người phát hiện, ngày", "Xác nhận của đơn vị", "Khắc phục tức thời (xử lý hệ quả)", "Nguyên nhân",
                  "Hành động khắc phục", "Người thực hiện", "Thời hạn hoàn thành", "Phê duyệt của lãnh đạo",
                  "Kết quả thực hiện", "Người kiểm tra, ngày", "Kết quả kiểm tra hiệu lực",
                  "Nội dung cập nhật (nếu cần)"):
        assert label in labels
    values = {r.cells[0].text: r.cells[1].text for r in table.rows}
    assert "VI. CẬP NHẬT RỦI RO, CƠ HỘI / THAY ĐỔI HTQLCL" in values
    assert values["Mô tả sự không phù hợp"] == closed.description
    assert values["Kết quả kiểm tra hiệu lực"].startswith("Đạt")
    assert closed.check_by_name in values["Người kiểm tra, ngày"]
    assert len(PdfReader(str(files.pdf)).pages) == 1

    # The year's set: every phiếu of 2026, each on its own page section.
    assert "audit.corrective_forms" in {o.key for o in demo.contributions.documents(2026, TODAY)}
    files = write_document_files(demo.contributions.build(2026, "audit.corrective_forms", TODAY), tmp_path, "year")
    doc = Document(str(files.docx))
    tables = [t for t in doc.tables if t.rows[0].cells[0].text == CORRECTIVE_COLUMNS[0]]
    assert len(tables) == len(year) >= 2
    pdf = "\n".join(p.extract_text() for p in PdfReader(str(files.pdf)).pages)
    for n in year:
        assert f"Số phiếu: {n.number_text}" in pdf

    with pytest.raises(DomainError) as err:
        corrective_document(demo, [])
    assert err.value.code == "nc_none_selected"


def test_the_years_checklists_cover_every_round(tmp_path: Path) -> None:
    """``audit.checklists`` prints the phiếu of every round of the year, round by round (a second, follow-up
    round of two departments included), not only the first round's."""
    from dataclasses import replace as copy_with

    from isodesk.demo.data import generate_demo
    from isodesk.services.audit.audit_forms import year_checklists
    from isodesk.services.registry import open_services

    db = tmp_path / "demo.db"
    generate_demo(db, scale="small", today=TODAY)
    services = open_services(db)
    try:
        first = services.audits.rounds(2026)[0]
        second = services.audits.save_round(copy_with(
            first, id=None, number=2, start_date=date(2026, 11, 16), end_date=date(2026, 11, 17), schedule=(),
            held=False, department_ids=first.department_ids[:2]))
        document = year_checklists(services, 2026, TODAY)
        assert document.summary == "Các phòng, bộ phận được đánh giá năm 2026"
        files = write_document_files(document, tmp_path, "year")
        text = "\n".join(p.extract_text() for p in PdfReader(str(files.pdf)).pages)
        sheets = len(first.department_ids) + len(second.department_ids)
        assert text.count("Đơn vị được đánh giá") == sheets
        assert second.title in text and first.title in text
    finally:
        services.close()
