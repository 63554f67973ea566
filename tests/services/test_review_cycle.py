"""The management review's provider on the small demo: its step replaces the core step and is done
only for a meeting held after the internal audit with its minutes issued; its checks and figures."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta

import pytest

TODAY = date(2026, 11, 22)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    from isodesk.demo.data import generate_demo
    from isodesk.services.registry import open_services

    db = tmp_path_factory.mktemp("demo") / "demo.db"
    generate_demo(db, scale="small", today=TODAY)
    services = open_services(db)
    yield services
    services.close()


def _step(services, year: int):  # type: ignore[no-untyped-def]
    overview = services.cycle.overview(year, TODAY)
    steps = [s for s in overview.steps if s.key == "management_review"]
    assert len(steps) == 1  # the core step is replaced, not doubled
    return steps[0], overview


def test_step_checks_figures_and_offer(demo) -> None:  # type: ignore[no-untyped-def]
    step, _ = _step(demo, 2025)
    assert step.status.value == "done" and step.target == "review"
    assert any(e.complete and e.label.startswith("Cuộc họp ngày") for e in step.evidence)

    # This year: no meeting yet; last year's open action is flagged.
    step, overview = _step(demo, 2026)
    assert step.status.value != "done"
    codes = {i.code for i in overview.issues}
    assert "review_previous_actions_open" in codes

    year = demo.contributions.collect(2025, TODAY)
    assert year.figures["review.meetings"].value == 1
    assert year.figures["review.actions_open"].value == 1 and year.figures["review.actions_closed"].value == 2
    assert "review.minutes" in [o.key for o in year.documents]


def test_a_review_before_the_audit_does_not_count(demo) -> None:  # type: ignore[no-untyped-def]
    audit_text = demo.contributions.collect(2025, TODAY).texts["audit.last_date"].text
    day, month, y = (int(x) for x in audit_text.split("/"))
    audit_day = date(y, month, day)
    meeting = demo.review.list_meetings(2025)[0]
    early = demo.review.save_meeting(replace(meeting, held_on=audit_day - timedelta(days=3)))
    try:
        step, overview = _step(demo, 2025)
        assert step.status.value != "done"
        assert "review_before_audit" in {i.code for i in overview.issues}
    finally:
        demo.review.save_meeting(replace(early, held_on=meeting.held_on))
