"""The risks module in the year: the step computed from the data, the readiness checks, the figures,
Phụ lục 2 built once (contribution and plan share it), and the drafted plan in DOCX/PDF."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import docx
import pytest
from plan_fixtures import YEAR, seed_plan_data

from isodesk.domain import core as cd
from isodesk.domain import risks as d
from isodesk.domain.cycle import StepStatus
from isodesk.reports.output import write_document_files
from isodesk.services.risks.risks_cycle import DOCUMENT_KEY

HEADINGS = ["TT", "Vấn đề/quá trình", "Nhận định tác động dự kiến", "Rủi ro", "Cơ hội",
            "Hành động để giải quyết rủi ro, cơ hội", "Mục tiêu đề ra", "Ghi chú"]
GROUPS = ["I. DO CÁC YẾU TỐ NỘI BỘ", "II. CÁC YẾU TỐ BÊN NGOÀI", "III. NHU CẦU VÀ MONG ĐỢI CÁC BÊN QUAN TÂM"]


def _entry(group: d.RiskGroup, issue: str, **kw: object) -> d.RiskEntry:
    base = d.RiskEntry(None, YEAR, group, issue, impact="Tác động dự kiến", level=d.RiskLevel.HIGH,
                       target="Mục tiêu", actions=(d.RiskAction(None, "Hành động", "Văn phòng", date(YEAR, 6, 30)),))
    return replace(base, **kw)  # type: ignore[arg-type]


@pytest.fixture
def seeded(services):  # type: ignore[no-untyped-def]
    seed_plan_data(services, years=(YEAR - 1, YEAR))
    r = services.risks
    r.save(_entry(d.RiskGroup.INTERNAL, "Rủi ro do thay đổi nhân sự", kind=d.EntryKind.BOTH, level=d.RiskLevel.LOW,
                  opportunity="Đào tạo nhân viên"))
    r.save(_entry(d.RiskGroup.INTERNAL, "Rủi ro do xử lý TTHC quá hạn", level=d.RiskLevel.VERY_HIGH))
    r.save(_entry(d.RiskGroup.EXTERNAL, "Rủi ro do áp dụng văn bản QPPL cũ", actions=()))
    r.save(_entry(d.RiskGroup.INTERESTED_PARTIES, "Thanh toán trực tuyến", kind=d.EntryKind.OPPORTUNITY,
                  level=None, opportunity="Tăng tỉ lệ thanh toán trực tuyến"))
    return services


def _step(services, today: date):  # type: ignore[no-untyped-def]
    return next(s for s in services.cycle.overview(YEAR, today).steps if s.key == "risk_plan")


def test_step_and_checks_follow_the_data(seeded) -> None:  # type: ignore[no-untyped-def]
    services = seeded
    today = date(YEAR, 7, 15)
    step = _step(services, today)
    assert step.status is StepStatus.OVERDUE and step.target == "risks"  # a risk has no action yet
    codes = {i.code: i for i in services.cycle.overview(YEAR, today).issues}
    assert codes["risks_without_action"].count == 1
    assert codes["risks_actions_overdue"].count == 3  # deadline 30/6 passed for 3 entries
    assert "risks_not_evaluated" not in codes
    late = date(YEAR, 12, 1)
    assert "risks_not_evaluated" in {i.code for i in services.cycle.overview(YEAR, late).issues}
    bare = services.risks.list_entries(YEAR, query="QPPL")[0]
    services.risks.save(replace(bare, actions=(d.RiskAction(None, "Cập nhật văn bản", "VP", date(YEAR, 9, 1)),)))
    assert _step(services, today).status is StepStatus.DONE


def test_carried_register_must_be_reviewed(seeded) -> None:  # type: ignore[no-untyped-def]
    services = seeded
    services.risks.carry_forward(YEAR, YEAR + 1)
    start, end = cd.default_period(YEAR + 1)
    services.years.save(cd.ReportingYear(None, YEAR + 1, start, end, None))
    issues = {i.code: i for i in services.cycle.overview(YEAR + 1, date(YEAR + 1, 2, 1)).issues}
    assert issues["risks_not_reviewed"].count == 4
    for e in services.risks.list_entries(YEAR + 1):
        services.risks.mark_reviewed(e.id)
    issues = {i.code for i in services.cycle.overview(YEAR + 1, date(YEAR + 1, 2, 1)).issues}
    # looked at but nothing changed: the register is still last year's word for word
    assert "risks_not_reviewed" not in issues and "risks_register_unchanged" in issues
    first = services.risks.list_entries(YEAR + 1)[0]
    services.risks.save(replace(first, impact="Năm nay nhiều cán bộ đi học tập trung hơn"))
    issues = {i.code for i in services.cycle.overview(YEAR + 1, date(YEAR + 1, 2, 1)).issues}
    assert "risks_register_unchanged" not in issues


def test_figures_text_and_appendix(seeded) -> None:  # type: ignore[no-untyped-def]
    services = seeded
    year = services.contributions.collect(YEAR, today=date(YEAR, 7, 15))
    assert year.figure("risks.total").value == 3
    assert year.figure("risks.high").value == 2
    assert year.figure("opportunities.total").value == 2
    assert year.figure("risks.actions_overdue").value == 3
    assert year.figure("risks.effective").value == 0
    assert "3 rủi ro" in year.text("report.risks")
    table = year.tables[d.APPENDIX_KEY]
    assert table.landscape and table.title.endswith("Ủy ban nhân dân xã Sơn Lâm")
    assert [r.cells[0] for r in table.rows if r.group] == GROUPS
    first = next(r for r in table.rows if not r.group)
    assert first.cells[3:6] == ("Thấp", "", "")  # the level's marker in its own column
    assert first.cells[6] == "Đào tạo nhân viên"
    assert DOCUMENT_KEY in {o.key for o in year.documents}


def _docx_table_rows(path: Path) -> list[list[str]]:
    document = docx.Document(str(path))
    table = next(t for t in document.tables if any("Vấn đề/quá trình" in c.text for c in t.rows[0].cells))
    rows = []
    for row in table.rows:
        cells: list[str] = []
        for cell in row.cells:
            if not cells or cell._tc is not prev:  # merged cells repeat: keep each once
                cells.append(cell.text.strip())
            prev = cell._tc
        rows.append(cells)
    return rows


def test_plan_document_with_the_appendix(seeded, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    services = seeded
    draft = services.drafted.draft(DOCUMENT_KEY, YEAR)
    assert draft.summary == f"Giải quyết rủi ro và cơ hội năm {YEAR}"
    files = write_document_files(services.drafted.build(DOCUMENT_KEY, YEAR), tmp_path,
                                 services.drafted.file_stem(draft))
    rows = _docx_table_rows(files.docx)
    assert rows[0] == HEADINGS
    assert rows[1][3:6] == ["Thấp", "Cao", "Rất cao"] and rows[1][0] == "TT"  # TT spans both header rows
    groups = [r[0] for r in rows if len(r) == 1]
    assert groups == GROUPS
    body = [r for r in rows[2:] if len(r) > 1]
    assert body[0][:6] == ["1", "Rủi ro do thay đổi nhân sự", "Tác động dự kiến", "Thấp", "", ""]
    result = services.drafted.record_export(DOCUMENT_KEY, YEAR, files)
    entry = services.register.get(result.register_id)
    assert entry.purpose is cd.DocPurpose.RISK_PLAN and entry.doc_type is cd.IssuedDocType.PLAN
    evidence = services.contributions.collect(YEAR).evidence
    assert any(e.register_id == result.register_id and e.step_key == "risk_plan" for e in evidence)
