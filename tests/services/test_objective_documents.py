"""The objectives' drafted documents, rendered and re-read: the QUYẾT ĐỊNH with Phụ lục I (policy and
objectives) and Phụ lục II (the 6.2.2 plan, landscape), the year-end evaluation report, the register
record, and the offers through the contribution protocol."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from docx.enum.section import WD_ORIENT

from isodesk.domain import core as cd
from isodesk.domain import objectives as od
from isodesk.reports.output import write_document_files
from isodesk.services.objectives.objectives_documents import DECISION_KEY, EVALUATION_KEY

TODAY = date(2025, 11, 20)
YEAR = 2025


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    from isodesk.demo.data import generate_demo
    from isodesk.services.registry import open_services

    db = tmp_path_factory.mktemp("objdemo") / "demo.db"
    generate_demo(db, scale="small", today=TODAY)
    services = open_services(db)
    yield services
    services.close()


def _texts(doc: Any) -> list[str]:
    return [p.text for p in doc.paragraphs]


def test_decision_with_policy_objectives_and_landscape_plan(demo: Any, tmp_path: Path) -> None:
    draft = demo.drafted.draft(DECISION_KEY, YEAR)
    files = write_document_files(demo.drafted.build(DECISION_KEY, YEAR), tmp_path, demo.drafted.file_stem(draft))
    doc = Document(str(files.docx))
    texts = _texts(doc)
    assert "QUYẾT ĐỊNH" in texts and "QUYẾT ĐỊNH:" in texts
    assert any(t.startswith("Điều 1. Ban hành kèm theo Quyết định này Chính sách chất lượng") for t in texts)
    assert any(t.startswith("Căn cứ Quyết định số 19/2014/QĐ-TTg") for t in texts)
    items = demo.objectives.objectives(YEAR)
    policy = demo.objectives.policy_for(YEAR)
    assert policy is not None and policy.text in texts
    for o in items:
        assert f"- {o.title}: {o.target_text}." in texts
    plan = doc.tables[-1]
    assert tuple(c.text for c in plan.rows[0].cells) == od.PLAN_COLUMNS
    assert len(plan.rows) == 1 + len(items)
    assert plan.rows[1].cells[2].text == items[0].target_text
    assert doc.sections[0].orientation == WD_ORIENT.PORTRAIT
    assert doc.sections[-1].orientation == WD_ORIENT.LANDSCAPE
    assert files.pdf.stat().st_size > 0


def test_evaluation_report_table(demo: Any, tmp_path: Path) -> None:
    draft = demo.drafted.draft(EVALUATION_KEY, YEAR)
    files = write_document_files(demo.drafted.build(EVALUATION_KEY, YEAR), tmp_path, demo.drafted.file_stem(draft))
    doc = Document(str(files.docx))
    table = next(t for t in doc.tables if tuple(c.text for c in t.rows[0].cells) == od.EVALUATION_COLUMNS)
    items = demo.objectives.objectives(YEAR)
    assert [r.cells[4].text for r in table.rows[1:]] == [o.achievement.label for o in items]
    assert "Không đạt" in [r.cells[4].text for r in table.rows[1:]]


def test_recorded_in_the_register_and_offered(demo: Any, tmp_path: Path) -> None:
    year = YEAR - 1  # 2024 of the demo: issued decisions exist; record a fresh export of the evaluation
    draft = demo.drafted.draft(EVALUATION_KEY, year)
    files = write_document_files(demo.drafted.build(EVALUATION_KEY, year), tmp_path, demo.drafted.file_stem(draft))
    result = demo.drafted.record_export(EVALUATION_KEY, year, files)
    entry = demo.register.get(result.register_id)
    assert entry.purpose is cd.DocPurpose.QUALITY_OBJECTIVES and entry.doc_type is cd.IssuedDocType.REPORT
    assert len(entry.files) == 2
    offers = {o.key for o in demo.contributions.documents(YEAR, TODAY)}
    assert {"objectives.decision", "objectives.evaluation"} <= offers
    built = demo.contributions.build(YEAR, "objectives.decision", TODAY)
    assert built.doc_type == "QUYẾT ĐỊNH"
    evidence = [e for e in demo.contributions.collect(YEAR, TODAY).evidence if e.module == "objectives"]
    assert evidence and evidence[0].register_id is not None
