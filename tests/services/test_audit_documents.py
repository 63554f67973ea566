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
