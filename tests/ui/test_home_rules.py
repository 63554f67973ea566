"""The home screen's words and colours (issue 13 item 12): one "đến hạn rà soát", no alarm red for
what was due before the agency started using isodesk, no "…" that reads like cut text."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel

from isodesk.domain import documents as dd
from isodesk.domain.cycle import StepStatus, step_status

pytestmark = pytest.mark.usefixtures("ui_env")

TODAY = date(2026, 11, 22)


def test_review_due_is_one_rule() -> None:
    effective = dd.RevisionStatus.EFFECTIVE
    assert dd.review_due(effective, TODAY, TODAY)
    assert not dd.review_due(effective, TODAY + timedelta(days=1), TODAY)
    assert not dd.review_due(effective, None, TODAY)
    assert not dd.review_due(dd.RevisionStatus.DRAFT, TODAY - timedelta(days=9), TODAY)


def test_list_step_and_readiness_count_the_same_documents(tmp_path: Path) -> None:
    from isodesk.app import cycle_providers
    from isodesk.demo.data import generate_demo
    from isodesk.services.registry import open_services

    path = tmp_path / "demo.db"
    generate_demo(path, today=TODAY)
    services = open_services(path, cycle_providers())  # type: ignore[arg-type]
    try:
        rows = services.documents.list_documents(dd.DocumentFilter(today=TODAY))
        listed = sum(1 for r in rows if r.review_due)
        filtered = services.documents.list_documents(
            dd.DocumentFilter(today=TODAY, review_due_before=TODAY + timedelta(days=1)))
        overview = services.cycle.overview(TODAY.year, TODAY)
    finally:
        services.close()
    assert listed > 0 and len(filtered) == listed
    issue = {i.code: i for i in overview.issues}["documents_review_overdue"]
    assert issue.count == listed
    step = {s.key: s for s in overview.steps}["document_review"]
    label = step.evidence[0].label
    assert f"; {listed} tài liệu đến hạn rà soát" in label
    # The demo stands for an agency that has used isodesk for years: what is late stays late.
    assert step.status is StepStatus.OVERDUE


def test_steps_due_before_the_start_are_not_started_not_overdue() -> None:
    start = date(2026, 11, 1)
    assert step_status(False, date(2026, 2, 28), TODAY, started_on=start) is StepStatus.NOT_STARTED
    assert step_status(False, date(2026, 11, 15), TODAY, started_on=start) is StepStatus.OVERDUE
    assert step_status(True, date(2026, 2, 28), TODAY, started_on=start) is StepStatus.DONE
    assert step_status(False, date(2026, 2, 28), TODAY) is StepStatus.OVERDUE


def test_a_brand_new_agency_sees_no_red(window: Any, seeded_services: Any) -> None:
    # Set up today, reporting year 2026 (15/12/2025 – 14/12/2026): most steps fell due before today.
    home = window.navigate("home")
    overview = seeded_services.cycle.overview(2026)
    past = [s for s in overview.steps if s.due < date.today() and s.status is not StepStatus.DONE]
    assert past, "the test needs steps already due"
    assert all(s.status is StepStatus.NOT_STARTED for s in past)
    chips = [w.text() for w in home.findChildren(QLabel) if w.objectName() == "StatusChip" and not w.isHidden()]
    assert "Quá hạn" not in chips and "Chưa thực hiện" in chips

    # An agency that says it started earlier (setting) sees what it missed since then as late.
    seeded_services.settings.set(seeded_services.cycle.STARTED_ON_KEY, "2025-12-15")
    overview = seeded_services.cycle.overview(2026)
    assert any(s.status is StepStatus.OVERDUE for s in overview.steps if s.due < date.today())


def test_in_progress_evidence_has_no_ellipsis(tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    from isodesk.domain.cycle import Evidence, StepState
    from isodesk.ui.screens.home_screen import StepCard

    step = StepState("document_review", 40, "Review documents and administrative procedures", "", TODAY,
                     StepStatus.DUE_SOON, (Evidence("Đã rà soát 3/10 tài liệu đang hiệu lực", complete=False),),
                     "documents")
    card = StepCard(4, step)
    qtbot.addWidget(card)
    texts = [w.text() for w in card.findChildren(QLabel)]
    line = next(t for t in texts if "Đã rà soát" in t)
    assert not line.startswith("…") and line.startswith("○ ")


def test_texts_from_the_data_are_plain_and_the_theme_aligns_the_cards(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The home screen sets these without naming PySide's Qt namespace (start-up time): by property and
    by the theme's style sheet. The effect is the same as setTextFormat/setAlignment."""
    from PySide6.QtCore import Qt

    from isodesk.domain.cycle import Evidence, ReadinessIssue, Severity, StepState
    from isodesk.ui.screens.home_screen import IssueRow, StepCard

    step = StepState("plan", 10, "Issue the plan", "", TODAY, StepStatus.DONE,
                     (Evidence("<b>Kế hoạch</b> số 01", complete=True),), "documents")
    card = StepCard(1, step)
    row = IssueRow(ReadinessIssue("x", "<i>{count}</i> tài liệu", Severity.ERROR, count=3))
    for widget in (card, row):
        qtbot.addWidget(widget)
        widget.show()
    labels = {w.text(): w for w in [*card.findChildren(QLabel), *row.findChildren(QLabel)]}
    assert labels["✔ <b>Kế hoạch</b> số 01"].textFormat() == Qt.TextFormat.PlainText
    assert labels["<i>3</i> tài liệu"].textFormat() == Qt.TextFormat.PlainText
    assert labels["1"].alignment() == Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter
    chip = next(w for w in labels.values() if w.objectName() == "StatusChip")
    assert chip.alignment() == Qt.AlignmentFlag.AlignCenter
    assert labels["●"].alignment() == Qt.AlignmentFlag.AlignTop
    assert row.fix_button.y() <= labels["<i>3</i> tài liệu"].y() + 2  # the button at the top of the row
