"""PlanService on a real SQLite file: the draft, kept edits, next year's draft, the register entry."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from plan_fixtures import export_plan, AGENCY, SUMMARY, YEAR, docx_text, seed_plan_data

from isodesk.domain import core as d
from isodesk.domain.errors import DomainError, NotFoundError
from isodesk.domain.plan import (
    OPTION_SIGNER,
    ROLE_DOCX,
    ROLE_PDF,
    PlanOptions,
    TextOrigin,
    carry_bases,
    shift_years,
    task_key,
)

TODAY = date(2026, 1, 5)


@pytest.fixture
def people(services):  # type: ignore[no-untyped-def]
    return seed_plan_data(services, years=(YEAR, YEAR + 1))


def test_draft_has_every_block_and_one_task_per_cycle_step(services, people) -> None:
    draft = services.plan.draft(YEAR, PlanOptions(today=TODAY))
    assert draft.summary == SUMMARY
    assert draft.symbol == "KH-UBND"
    assert [b.key for b in draft.blocks] == [
        "bases", "opening", "purpose", "requirements", "org.leaders", "org.steering", "org.secretary",
        "org.departments", "closing", "recipients"]
    assert all(b.origin is TextOrigin.SUGGESTED for b in draft.all_blocks())
    ids = [t.id for t in draft.tasks]
    assert ids == ["annual_plan", "policy_objectives", "risk_plan", "documents", "satisfaction", "internal_audit",
                   "management_review", "corrective_actions", "annual_report", "training"]
    # Every cycle step of the home screen has its task, timed by the step's due date.
    steps = {s.key for s in services.cycle.step_definitions()}
    assert steps <= {t.step_key for t in draft.tasks}
    by_id = {t.id: t for t in draft.tasks}
    assert by_id["annual_plan"].text("timing") == "Trước ngày 28/02/2026"
    assert by_id["internal_audit"].due == date(2026, 11, 15)
    assert by_id["annual_report"].text("timing") == "Trước ngày 10/12/2026"
    assert "Sở Khoa học và Công nghệ" in by_id["annual_report"].text("name")
    # Named from the data; no placeholders anywhere.
    assert by_id["annual_plan"].text("lead") == "Thư ký ISO (Nguyễn Thị Thu Hà)"
    assert by_id["satisfaction"].text("lead") == "Trung tâm Phục vụ hành chính công"
    assert "Phan Đức Thắng" in draft.text("org.leaders") and "Trần Thị Minh Hằng" in draft.text("org.leaders")
    assert "Nguyễn Thị Thu Hà" in draft.text("org.secretary")
    assert "Phòng Kinh tế" in draft.text("org.departments")
    assert draft.text("recipients").splitlines() == [
        "- Sở Khoa học và Công nghệ;", "- Thành viên Ban Chỉ đạo ISO;", "- Các phòng, bộ phận;", "- Lưu: VT, VP."]
    assert draft.text("bases").splitlines()[0].startswith("Căn cứ Quyết định số 19/2014/QĐ-TTg")
    assert "26/2014/TT-BKHCN" in draft.text("bases")
    for block in draft.all_blocks():
        assert "…" not in block.text and "..." not in block.text, block.key
    # Signers: the head first (signs directly), the deputy signs "KT."
    assert [(s.full_name, s.by_deputy) for s in draft.signers] == [("Phan Đức Thắng", False),
                                                                   ("Trần Thị Minh Hằng", True)]
    assert draft.signer_id == people.head_id
    assert draft.register_entry is None


def test_edits_are_kept_and_carried_into_next_year(services, people) -> None:
    plan = services.plan
    purpose = plan.draft(YEAR).text("purpose") + "\n- Phấn đấu 100% hồ sơ năm 2026 được giải quyết đúng hạn."
    plan.save_edits(YEAR, {"purpose": purpose, task_key("training", "timing"): "Quý II/2026, trước ngày 30/6/2026"})
    again = plan.draft(YEAR)
    assert again.text("purpose") == purpose
    assert again.block("purpose").origin is TextOrigin.EDITED
    assert again.block(task_key("training", "timing")).text == "Quý II/2026, trước ngày 30/6/2026"

    following = plan.draft(YEAR + 1)
    block = following.block("purpose")
    assert block.origin is TextOrigin.CARRIED and block.carried_from == YEAR
    assert "năm 2027 được giải quyết đúng hạn" in block.text
    assert "2026" not in block.text
    assert following.text(task_key("training", "timing")) == "Quý II/2027, trước ngày 30/6/2027"
    # Untouched blocks follow the data of the new year.
    assert following.block("opening").origin is TextOrigin.SUGGESTED
    assert "năm 2027" in following.text("opening")


def test_restoring_the_suggestion_stops_carrying_over(services, people) -> None:
    plan = services.plan
    plan.save_edits(YEAR, {"closing": "Yêu cầu các phòng, bộ phận thực hiện nghiêm Kế hoạch năm 2026./."})
    plan.save_edits(YEAR + 1, {"closing": plan.draft(YEAR + 1).block("closing").suggested})
    assert plan.draft(YEAR + 1).block("closing").origin is TextOrigin.SUGGESTED
    plan.restore_suggestions(YEAR, ["closing"])
    assert plan.draft(YEAR).block("closing").is_suggested
    # Saving the unchanged suggestion stores nothing.
    plan.save_edits(YEAR, {"opening": plan.draft(YEAR).text("opening")})
    assert plan.draft(YEAR).block("opening").origin is TextOrigin.SUGGESTED


def test_an_empty_task_name_leaves_the_task_out(services, people) -> None:
    plan = services.plan
    plan.save_edits(YEAR, {task_key("satisfaction", "name"): ""})
    doc = plan.build(YEAR)
    rows = doc.appendices[0].blocks[0].rows
    assert len(rows) == 9
    assert [r.cells[0] for r in rows] == [str(n) for n in range(1, 10)]
    assert all("hài lòng" not in r.cells[1] for r in rows)


def test_unknown_block_is_refused(services, people) -> None:
    with pytest.raises(DomainError) as err:
        services.plan.save_edits(YEAR, {"nonsense": "x"})
    assert err.value.code == "plan_unknown_block"


def test_missing_year_or_agency(services) -> None:
    with pytest.raises(DomainError) as err:
        services.plan.draft(YEAR)
    assert isinstance(err.value, NotFoundError)
    start, end = d.default_period(YEAR)
    services.years.save(d.ReportingYear(None, YEAR, start, end))
    with pytest.raises(DomainError) as err:
        services.plan.draft(YEAR)
    assert err.value.code == "no_agency"


def test_signer_choice_is_remembered(services, people) -> None:
    plan = services.plan
    plan.save_edits(YEAR, {OPTION_SIGNER: str(people.deputy_id)})
    draft = plan.draft(YEAR)
    assert draft.signer_id == people.deputy_id
    doc = plan.build(YEAR)
    assert list(doc.signature.authority_lines) == ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]
    assert doc.signature.signer_name == "Trần Thị Minh Hằng"
    doc = plan.build(YEAR, PlanOptions(signer_id=people.head_id))
    assert list(doc.signature.authority_lines) == ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]


def test_export_records_one_draft_and_replaces_its_files(services, people, tmp_path: Path) -> None:
    plan = services.plan
    first = export_plan(services, YEAR, tmp_path / "a", PlanOptions(signer_id=people.deputy_id))
    assert first.docx.exists() and first.pdf.exists() and first.number is None
    entry = services.register.get(first.register_id)
    assert entry.status is d.IssuedDocStatus.DRAFT
    assert (entry.purpose, entry.year, entry.doc_type) == (d.DocPurpose.ANNUAL_PLAN, YEAR, d.IssuedDocType.PLAN)
    assert entry.summary == SUMMARY and entry.symbol == "KH-UBND" and entry.issuer == "UBND"
    assert (entry.signer_name, entry.signer_title) == ("Trần Thị Minh Hằng", "Phó Chủ tịch")
    assert sorted(f.role for f in entry.files) == [ROLE_DOCX, ROLE_PDF]
    # A scan attached by hand must survive regeneration.
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4 signed copy")
    services.attachments.attach("issued_document", entry.id, scan, role="scan")

    plan.save_edits(YEAR, {"closing": "Đề nghị các phòng, bộ phận nghiêm túc thực hiện./."})
    second = export_plan(services, YEAR, tmp_path / "b")
    assert second.register_id == first.register_id
    entries = services.register.list(year=YEAR, purpose=d.DocPurpose.ANNUAL_PLAN)
    assert len(entries) == 1
    files = services.register.get(first.register_id).files
    assert sorted(f.role for f in files) == [ROLE_DOCX, ROLE_PDF, "scan"]
    stored = {f.role: services.attachments.path_of(f) for f in files}
    assert "Đề nghị các phòng, bộ phận nghiêm túc thực hiện" in docx_text(stored[ROLE_DOCX])
    assert plan.draft(YEAR).register_entry.id == first.register_id
    # The home screen's step now shows the draft as evidence (not yet done).
    step = next(s for s in services.cycle.overview(YEAR, TODAY).steps if s.key == "annual_plan")
    assert step.evidence and not step.evidence[0].complete


def test_registered_plan_carries_its_number_and_date(services, people, tmp_path: Path) -> None:
    plan = services.plan
    draft_files = export_plan(services, YEAR, tmp_path / "draft")
    assert "Số:      /KH-UBND" in docx_text(draft_files.docx)
    assert "Sơn Lâm, ngày      tháng      năm 2026" in docx_text(draft_files.docx)
    services.register.register(draft_files.register_id, date(2026, 1, 12))
    issued = export_plan(services, YEAR, tmp_path / "issued")
    assert issued.register_id == draft_files.register_id
    assert (issued.number, issued.issue_date) == (1, date(2026, 1, 12))
    assert issued.docx.name.startswith("KH_01-KH-UBND_")
    text = docx_text(issued.docx)
    assert "Số: 01/KH-UBND" in text
    assert "Sơn Lâm, ngày 12 tháng 01 năm 2026" in text
    assert "(Kèm theo Kế hoạch số 01/KH-UBND ngày 12/01/2026 của Ủy ban nhân dân xã Sơn Lâm)" in text
    entry = services.register.get(issued.register_id)
    assert entry.status is d.IssuedDocStatus.ISSUED and len(entry.files) == 2
    step = next(s for s in services.cycle.overview(YEAR, TODAY).steps if s.key == "annual_plan")
    assert step.status.value == "done"


def test_agency_is_named_as_on_the_document_date(services, people, tmp_path: Path) -> None:
    plan = services.plan
    result = export_plan(services, YEAR, tmp_path / "a")
    services.register.register(result.register_id, date(2026, 1, 12))
    services.agency.save_profile(replace(AGENCY, valid_from=date(2026, 3, 1), name="Ủy ban nhân dân xã Sơn Kim",
                                         place_name="Sơn Kim"))
    doc = plan.build(YEAR, PlanOptions(today=date(2026, 6, 1)))
    assert doc.agency == "Ủy ban nhân dân xã Sơn Lâm" and doc.place == "Sơn Lâm"
    assert "Sơn Kim" not in plan.draft(YEAR).text("opening")


def test_province_plan_from_the_external_documents_list(services, people) -> None:
    from isodesk.storage.models.legal import ExternalDocumentRow

    with services.sessions.begin() as s:
        s.add(ExternalDocumentRow(
            kind="khac", number_symbol="19/KH-SKHCN", issue_date=date(2026, 1, 5),
            issuer="Sở Khoa học và Công nghệ tỉnh Hà Tĩnh",
            summary="Về việc xây dựng và áp dụng hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 năm 2026",
            dedup_key="19/kh-skhcn|so khcn", search_text=""))
    bases = services.plan.draft(YEAR).text("bases").splitlines()
    assert bases[-1] == ("Căn cứ Kế hoạch số 19/KH-SKHCN ngày 05/01/2026 của Sở Khoa học và Công nghệ tỉnh Hà "
                         "Tĩnh về việc xây dựng và áp dụng hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 "
                         "năm 2026;")
    # Edited bases carry into 2027 without last year's provincial plan.
    services.plan.save_edits(YEAR, {"bases": "\n".join(bases + ["Căn cứ tình hình thực tế của địa phương."])})
    carried = services.plan.draft(YEAR + 1).text("bases")
    assert "19/KH-SKHCN" not in carried and "tình hình thực tế" in carried


def test_shift_years_keeps_symbols_and_standards() -> None:
    text = ("Kế hoạch năm 2026 (kết quả năm 2025), trước ngày 10/12/2026; QĐ 19/2014/QĐ-TTg; "
            "TCVN ISO 9001:2015; giai đoạn 2021-2025.")
    assert shift_years(text, 2026, 2027) == (
        "Kế hoạch năm 2027 (kết quả năm 2026), trước ngày 10/12/2027; QĐ 19/2014/QĐ-TTg; "
        "TCVN ISO 9001:2015; giai đoạn 2021-2025.")
    assert shift_years("ngày 05/01/2026", 2026, 2027, dates=False) == "ngày 05/01/2026"
    assert carry_bases("Căn cứ A;\nCăn cứ Kế hoạch số 19/KH-SKHCN ngày 05/01/2026 của Sở;\nCăn cứ năm 2026.",
                       2026, 2027) == "Căn cứ A;\nCăn cứ năm 2027."
