"""The annual report (issue 11 items 1–4, 8): outlines and criteria as data files, self-scoring, the
Phụ lục I units register, the report built from contributions, and its freeze after sending.

Real database files (the small demo, built through the services), real DOCX re-opened with python-docx.
"""

from __future__ import annotations

import json
import shutil
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from docx import Document

from isodesk.domain.errors import DomainError, ValidationError
from isodesk.domain.report import REPORT_DRAFT, REPORT_OFFER, ReportUnit, SelfScore, fill_pattern, format_score
from isodesk.reports.outlines import load_library
from isodesk.reports.output import write_document_files
from isodesk.reports.xlsx_exporter import export_table_xlsx
from isodesk.reports.xlsx_import import build_preview, read_sheet, suggest_mapping
from isodesk.services.registry import Services, files_dir_for, open_services
from isodesk.services.report.report_document import AnnualReportBuilder, ReportContext, proposed_text

YEAR = 2026
SHIPPED = ("hatinh-2024-so", "kimthanh-2024-huyen", "xa-2025")


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from isodesk.demo.data import generate_demo

    return generate_demo(tmp_path_factory.mktemp("report-demo") / "demo.db", scale="small", today=date(2026, 11, 22))


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path) -> Services:
    target = tmp_path / "demo.db"
    shutil.copyfile(demo_file, target)
    if files_dir_for(demo_file).exists():
        shutil.copytree(files_dir_for(demo_file), files_dir_for(target))
    services = open_services(target)
    yield services
    services.close()


def docx_paragraphs(path: Path) -> list[str]:
    """Every paragraph of the body and of the tables, in order (tables after the body, which is enough
    for ordering the headings, all in the body)."""
    doc = Document(str(path))
    return [p.text for p in doc.paragraphs]


def docx_all_text(path: Path) -> str:
    doc = Document(str(path))
    cells = [c.text for t in doc.tables for r in t.rows for c in r.cells]
    return "\n".join([p.text for p in doc.paragraphs] + cells)


# --------------------------------------------------------------------------- outlines as data


def test_shipped_outlines_and_criteria_load_without_problems() -> None:
    library = load_library()
    assert {o.key for o in library.outlines} >= set(SHIPPED)
    assert library.problems == ()
    criteria = library.criteria_set("hatinh-2024-so")
    assert criteria is not None and len(criteria.items) == 6
    assert format_score(criteria.max_total) == "5,0"
    outline_a = library.outline("hatinh-2024-so")
    assert outline_a is not None
    assert [a.table for a in outline_a.appendices] == ["report.units", "risks.register"]
    headings = [s.heading for s in outline_a.walk()]
    assert "I. KẾT QUẢ ĐẠT ĐƯỢC" in headings and "III. KIẾN NGHỊ - ĐỀ XUẤT" in headings
    commune = library.outline("xa-2025")
    assert commune is not None and "isodesk" in commune.note and commune.recipients[0] == "Sở Khoa học và Công nghệ;"


def test_broken_outline_files_are_named_in_vietnamese_and_skipped_while_a_user_outline_loads(tmp_path: Path) -> None:
    folder = tmp_path / "outlines"
    folder.mkdir()
    (folder / "hong.json").write_text("{ not json", encoding="utf-8")
    good = json.loads(Path(load_library().outline("xa-2025").file).read_text(encoding="utf-8"))  # type: ignore[union-attr]
    missing = dict(good, key="thieu")
    del missing["sections"]
    (folder / "thieu-muc.json").write_text(json.dumps(missing, ensure_ascii=False), encoding="utf-8")
    wrong_tier = dict(good, key="sai-cap", tiers=["tinh"])
    (folder / "sai-cap.json").write_text(json.dumps(wrong_tier, ensure_ascii=False), encoding="utf-8")
    mine = dict(good, key="tinh-cua-toi", name="Đề cương của tỉnh tôi")
    (folder / "cua-toi.json").write_text(json.dumps(mine, ensure_ascii=False), encoding="utf-8")

    library = load_library([tmp_path])

    messages = {p.file.name: p.message for p in library.problems}
    assert set(messages) == {"hong.json", "thieu-muc.json", "sai-cap.json"}
    assert "không phải JSON hợp lệ" in messages["hong.json"] and "dòng 1" in messages["hong.json"]
    assert "thiếu mục bắt buộc «sections»" in messages["thieu-muc.json"]
    assert "«tinh»" in messages["sai-cap.json"]
    assert all(m.endswith("Tệp bị bỏ qua.") for m in messages.values())
    assert library.outline("tinh-cua-toi") is not None  # dropped in: appears without code changes
    assert {o.key for o in library.outlines} >= set(SHIPPED)  # the broken ones did not stop the others


def test_an_appendix_reference_the_outline_does_not_have_is_refused(tmp_path: Path) -> None:
    (tmp_path / "outlines").mkdir()
    good = json.loads(Path(load_library().outline("xa-2025").file).read_text(encoding="utf-8"))  # type: ignore[union-attr]
    good["key"] = "lac-phu-luc"
    good["sections"][0]["heading"] = "1. Khái quát ({appendix:report.units} kèm theo)"
    (tmp_path / "outlines" / "lac.json").write_text(json.dumps(good, ensure_ascii=False), encoding="utf-8")
    library = load_library([tmp_path])
    assert library.outline("lac-phu-luc") is None
    assert "phụ lục «report.units» không có trong «appendices»" in library.problems[0].message


def test_user_outline_next_to_the_data_file_is_offered_by_the_service(demo: Services) -> None:
    good = json.loads(Path(demo.report.library().outline("xa-2025").file).read_text(encoding="utf-8"))  # type: ignore[union-attr]
    folder = demo.db_path.parent / "outlines"
    folder.mkdir()
    (folder / "rieng.json").write_text(json.dumps(dict(good, key="rieng", name="Riêng"), ensure_ascii=False),
                                       encoding="utf-8")
    assert demo.report.library(reload=True).outline("rieng") is not None
    demo.report.choose_outline(YEAR, "rieng")
    assert demo.report.outline_for(YEAR).key == "rieng"


def test_default_outline_follows_the_tier_and_year(demo: Services) -> None:
    # The demo is a commune after the 2025 reform.
    assert demo.report.outline_for(YEAR).key == "xa-2025"
    demo.report.choose_outline(YEAR, "hatinh-2024-so")
    assert demo.report.outline_for(YEAR).key == "hatinh-2024-so"


# --------------------------------------------------------------------------- self-scoring


def test_self_scores_are_validated_stored_and_totalled(demo: Services) -> None:
    demo.report.choose_outline(YEAR, "hatinh-2024-so")
    figures = demo.contributions.collect(YEAR).figures
    with pytest.raises(ValidationError) as too_high:
        demo.report.save_scores(YEAR, [SelfScore("1", Decimal("0.75"))])  # max 0,5
    assert too_high.value.problems[0].code == "report_score_range"
    with pytest.raises(ValidationError) as step:
        demo.report.save_scores(YEAR, [SelfScore("4", Decimal("1.35"))])
    assert step.value.problems[0].code == "report_score_step"
    _, lines = demo.report.score_lines(YEAR, figures)
    assert all(line.score is None for line in lines)  # nothing was written by the refused requests

    demo.report.save_scores(YEAR, [SelfScore("1", Decimal("0.5")), SelfScore("2", Decimal("0.5")),
                                   SelfScore("3", Decimal("1.0"), "Qua bốc mẫu hồ sơ"),
                                   SelfScore("4", Decimal("1.25")), SelfScore("5", Decimal("1.0")),
                                   SelfScore("6", Decimal("0.5"))])
    table = demo.contributions.collect(YEAR).tables["report.self_score"]
    assert table.columns == ("TT", "Lĩnh vực/Tiêu chí/Tiêu chí thành phần", "Điểm tự chấm", "Ghi chú")
    assert [r.cells[2] for r in table.rows] == ["0,5", "0,5", "1,0", "1,25", "1,0", "0,5", "4,75"]
    assert table.rows[-1].cells[1] == "Tổng"
    # Criterion 2's note quotes the same figure as the report's section 1.2 c).
    internal = figures["documents.internal_procedures"].value
    assert table.rows[1].cells[3] == f"Xây dựng, ban hành, áp dụng {internal} quy trình nội bộ"
    assert table.rows[2].cells[3] == "Qua bốc mẫu hồ sơ"
    assert table.rows[0].cells[3] == "Thực hiện đầy đủ, kịp thời"


# --------------------------------------------------------------------------- Phụ lục I units


def test_units_register_crud_and_excel_round_trip(demo: Services, tmp_path: Path) -> None:
    report = demo.report
    with pytest.raises(ValidationError):
        report.save_unit(ReportUnit(None, YEAR, "  "))
    a = report.save_unit(ReportUnit(None, YEAR, "Trung tâm CNTT và Truyền thông", "94/QĐ-TTCNTT ngày 11/12/2023",
                                    date(2026, 10, 5), "95/QĐ-TTCNTT ngày 11/12/2023", 5, 18, 0))
    b = report.save_unit(ReportUnit(None, YEAR, "Chi cục Văn thư", guides=1, internal_procedures=3, tthc_procedures=2))
    assert [u.name for u in report.units(YEAR)] == ["Trung tâm CNTT và Truyền thông", "Chi cục Văn thư"]
    report.save_unit(ReportUnit(b.id, YEAR, "Chi cục Văn thư - Lưu trữ", guides=1, internal_procedures=3,
                                tthc_procedures=2))
    table = demo.contributions.collect(YEAR).tables["report.units"]
    assert table.rows[0].cells == ("1", "Trung tâm CNTT và Truyền thông", "94/QĐ-TTCNTT ngày 11/12/2023", "05/10/2026",
                                   "95/QĐ-TTCNTT ngày 11/12/2023", "05", "18", "0", "")
    assert table.rows[1].cells[1] == "Chi cục Văn thư - Lưu trữ"

    path = export_table_xlsx(report.spec, report.export_units(YEAR), tmp_path / "donvi.xlsx", title="ĐƠN VỊ")
    report.delete_unit(a.id)  # type: ignore[arg-type]
    report.delete_unit(b.id)  # type: ignore[arg-type]
    assert report.units(YEAR) == []
    sheet = read_sheet(path, spec=report.spec)
    preview = build_preview(report.spec, sheet, suggest_mapping(report.spec, sheet.headers))
    assert preview.problems == ()
    assert report.import_units(YEAR, preview) == 2
    back = report.units(YEAR)
    assert [(u.name, u.audit_date, u.guides, u.internal_procedures, u.tthc_procedures) for u in back] == [
        ("Trung tâm CNTT và Truyền thông", date(2026, 10, 5), 5, 18, 0), ("Chi cục Văn thư - Lưu trữ", None, 1, 3, 2)]


# --------------------------------------------------------------------------- the report document


def _build(demo: Services, outline: str, folder: Path) -> tuple[Path, ReportContext]:
    demo.report.choose_outline(YEAR, outline)
    draft = demo.drafted.draft(REPORT_DRAFT, YEAR)
    assert isinstance(draft.context, ReportContext)
    doc = demo.contributions.build(YEAR, REPORT_OFFER)
    files = write_document_files(doc, folder, outline)
    return files.docx, draft.context


@pytest.mark.parametrize("outline", SHIPPED)
def test_report_holds_every_heading_in_order_and_the_contributed_figures(demo: Services, tmp_path: Path,
                                                                         outline: str) -> None:
    demo.report.save_unit(ReportUnit(None, YEAR, "Trung tâm Phục vụ hành chính công", guides=2,
                                     internal_procedures=5, tthc_procedures=18))
    demo.report.choose_outline(YEAR, outline)
    if outline == "hatinh-2024-so":
        demo.report.save_scores(YEAR, [SelfScore("1", Decimal("0.5")), SelfScore("2", Decimal("0.5"))])
    docx, ctx = _build(demo, outline, tmp_path)
    paragraphs = docx_paragraphs(docx)
    text = docx_all_text(docx)
    builder = demo.drafted.builder(REPORT_DRAFT)
    assert isinstance(builder, AnnualReportBuilder)

    # Every heading verbatim, in the outline's order (level-1 headings are printed upper case).
    position = 0
    for section in ctx.outline.walk():
        heading = builder.heading(section, ctx)
        found = next((i for i in range(position, len(paragraphs)) if paragraphs[i].startswith(heading)), None)
        assert found is not None, f"heading missing or out of order: {heading}"
        position = found + 1

    # The figures a section's sentence uses are printed as contributed.
    contributions = demo.contributions.collect(YEAR)
    for section in ctx.outline.walk():
        for line in section.sentence.split("\n"):
            filled = fill_pattern(line.lstrip("?"), contributions.figures, ctx.values)
            if filled and line.startswith("?") and filled.strip() not in text:
                continue  # an optional line whose figures are all zero
            if filled:
                assert filled.lstrip("- ").strip() in text, filled
    # … and equal the raw data, recomputed where cheap.
    tthc_total = len(demo.tthc.search(in_force=True))
    assert contributions.figures["tthc.total"].value == tthc_total
    if outline == "hatinh-2024-so":
        assert f"đến thời điểm báo cáo là {tthc_total} TTHC" in text
        internal = contributions.figures["documents.internal_procedures"].value
        assert f"tại cơ quan: {internal} quy trình." in text
        assert f"Xây dựng, ban hành, áp dụng {internal} quy trình nội bộ" in text  # self-score note: same figure

    # Appendix labels in the body equal the appendix headings, numbered the NĐ 30 way.
    labels = ctx.labels
    assert len(labels) >= 2
    for key, label in labels.items():
        assert label in {"Phụ lục I", "Phụ lục II", "Phụ lục III"}
        assert any(f"({label}" in p for p in paragraphs), f"no reference to {label}"
        assert label in paragraphs  # the appendix's own heading line
    assert "Phụ lục 01" not in text and "Phụ lục 02" not in text
    assert "(Kèm theo Báo cáo số" in text


def test_a_missing_appendix_drops_its_reference_and_renumbers(demo: Services, tmp_path: Path) -> None:
    # No units this year: outline A has only the risk appendix, a single one named "Phụ lục".
    docx, ctx = _build(demo, "hatinh-2024-so", tmp_path)
    assert list(ctx.labels) == ["risks.register"] and ctx.labels["risks.register"] == "Phụ lục"
    paragraphs = docx_paragraphs(docx)
    assert any(p.startswith("d) Kết quả xây dựng và áp dụng HTQLCL tại các đơn vị trực thuộc") and "kèm theo" not in p
               for p in paragraphs)
    assert any("Kiểm soát rủi ro, cơ hội: (Phụ lục kèm theo)." in p for p in paragraphs)
    assert "PHỤ LỤC" in paragraphs


def test_a_section_nothing_drafts_is_left_empty_not_invented(demo: Services) -> None:
    demo.report.choose_outline(YEAR, "hatinh-2024-so")
    draft = demo.drafted.draft(REPORT_DRAFT, YEAR)
    assert draft.block("own.budget").text == ""  # kinh phí: the secretary's to write
    contributions = demo.contributions.collect(YEAR)
    section = demo.report.outline_for(YEAR).section("own.budget")
    assert proposed_text(section, contributions, {"year": "2026", "agency": "X"}) == ""


def test_edits_are_kept_and_printed(demo: Services, tmp_path: Path) -> None:
    demo.report.choose_outline(YEAR, "hatinh-2024-so")
    demo.drafted.save_edits(REPORT_DRAFT, YEAR, {"own.budget": "Bố trí 15.000.000 đồng từ kinh phí thường xuyên."})
    assert demo.drafted.draft(REPORT_DRAFT, YEAR).block("own.budget").text.startswith("Bố trí 15.000.000")
    docx, _ctx = _build(demo, "hatinh-2024-so", tmp_path)
    assert any("Bố trí 15.000.000 đồng" in p for p in docx_paragraphs(docx))


# --------------------------------------------------------------------------- after sending (item 8)


def test_sending_numbers_registers_and_freezes_the_report(demo: Services, tmp_path: Path) -> None:
    demo.report.choose_outline(YEAR, "hatinh-2024-so")
    before = demo.drafted.draft(REPORT_DRAFT, YEAR)
    tthc_text = before.block("own.tthc").text
    result = demo.report_sending.record_sent(YEAR, 21, date(2026, 11, 25), tmp_path / "gui")
    assert result is not None and result.number == 21
    entry = demo.drafted.register_entry(REPORT_DRAFT, YEAR)
    assert entry is not None and entry.number == 21 and entry.issue_date == date(2026, 11, 25)
    assert demo.report.is_frozen(YEAR)
    sent_text = docx_all_text(result.docx)
    assert "Số: 21/BC-UBND" in sent_text

    with pytest.raises(DomainError) as again:
        demo.report_sending.record_sent(YEAR, 22, date(2026, 11, 26))
    assert again.value.code == "report_frozen"
    with pytest.raises(DomainError):
        demo.report.save_unit(ReportUnit(None, YEAR, "Đơn vị mới"))

    # The data changes after sending: a TTHC is added.
    from isodesk.domain import scope as ld

    total = demo.contributions.collect(YEAR).figures["tthc.total"]
    demo.tthc.save(ld.Tthc(id=None, code="9.999999.000.00.00.H12", name="Thủ tục mới sau khi gửi báo cáo",
                           field="Tư pháp"))
    now = demo.contributions.collect(YEAR).figures
    assert now["tthc.total"].value == total.value + 1  # type: ignore[operator]

    frozen_draft = demo.drafted.draft(REPORT_DRAFT, YEAR)
    assert frozen_draft.block("own.tthc").text == tthc_text  # the sent report does not move
    doc = demo.contributions.build(YEAR, REPORT_OFFER)
    again_files = write_document_files(doc, tmp_path / "lai", "bc")
    assert f"là {total.value} TTHC" in docx_all_text(again_files.docx)
    frozen = demo.report.frozen(YEAR, now)
    assert frozen is not None and frozen.number == 21
    changed = {key: (sent, current) for key, _label, sent, current in frozen.changed}
    assert changed["tthc.total"] == (total.text, now["tthc.total"].text)

    demo.report.unfreeze(YEAR)
    assert not demo.report.is_frozen(YEAR)
    history = demo.history.for_record("report_year", _report_year_id(demo))
    assert any("frozen" in json.dumps(h.changes, ensure_ascii=False) for h in history)
    assert f"là {now['tthc.total'].value} TTHC" in demo.drafted.draft(REPORT_DRAFT, YEAR).block("own.tthc").text


def _report_year_id(demo: Services) -> int:
    from sqlalchemy import select

    from isodesk.storage.models.report import ReportYearRow

    with demo.sessions() as s:
        return int(s.scalar(select(ReportYearRow.id).where(ReportYearRow.year == YEAR)))  # type: ignore[arg-type]


def test_demo_years_have_their_outline_and_a_department_demo_gets_scores_and_units(demo: Services) -> None:
    from isodesk.demo.report import seed_department_report

    with demo.sessions() as s:
        from sqlalchemy import select

        from isodesk.storage.models.report import ReportYearRow

        chosen = {r.year: r.outline_key for r in s.scalars(select(ReportYearRow))}
    assert chosen[YEAR] == "xa-2025"  # the demo commune's default, recorded by the demo
    demo.report.choose_outline(YEAR, "hatinh-2024-so")
    seed_department_report(demo, YEAR)
    table = demo.contributions.collect(YEAR).tables
    assert [r.cells[2] for r in table["report.self_score"].rows][:3] == ["0,5", "0,5", "0,75"]
    assert len(table["report.units"].rows) == 2


def test_recording_the_report_is_not_itself_a_change_of_the_data(demo: Services) -> None:
    demo.report.choose_outline(YEAR, "hatinh-2024-so")
    demo.report_sending.record_sent(YEAR, 40, date(2026, 11, 27))
    current = demo.contributions.collect(YEAR).figures
    frozen = demo.report.frozen(YEAR, current)
    assert frozen is not None and frozen.changed == ()  # agency.issued_documents counts the report itself


def test_a_year_starts_from_last_years_units(demo: Services) -> None:
    demo.report.save_unit(ReportUnit(None, YEAR - 1, "Trung tâm A", "01/QĐ-TTA ngày 02/01/2025", date(2025, 10, 1),
                                     "02/QĐ-TTA ngày 03/01/2025", 1, 2, 3, "ghi chú 2025"))
    assert demo.report.copy_units(YEAR - 1, YEAR) == 1
    copied = demo.report.units(YEAR)[0]
    assert (copied.name, copied.issue_decision, copied.internal_procedures, copied.audit_date, copied.notes) == (
        "Trung tâm A", "01/QĐ-TTA ngày 02/01/2025", 2, None, "")
    with pytest.raises(DomainError) as again:
        demo.report.copy_units(YEAR - 1, YEAR)
    assert again.value.code == "report_units_not_empty"
    assert len(demo.report.units(YEAR)) == 1


@pytest.mark.parametrize(("tier", "year", "expected"), [
    ("so_ban_nganh", 2026, "hatinh-2024-so"), ("don_vi_truc_thuoc", 2025, "hatinh-2024-so"),
    ("ubnd_xa", 2024, "kimthanh-2024-huyen"), ("ubnd_xa", 2025, "xa-2025"), ("ubnd_xa", 2026, "xa-2025"),
    ("ubnd_huyen", 2024, "kimthanh-2024-huyen"),
])
def test_default_outline_by_tier_and_year(tier: str, year: int, expected: str) -> None:
    from isodesk.domain.core import AgencyTier
    from isodesk.domain.report import default_outline

    outlines = [o for o in load_library().outlines if o.key in SHIPPED]
    chosen = default_outline(outlines, AgencyTier(tier), year)
    assert chosen is not None and chosen.key == expected
