"""The management review: meetings and actions (rules, refusals that write nothing, history), the
9.3.2 inputs assembled only from contributions, and an open action followed into next year's input a)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace
from datetime import date, time
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from isodesk.domain import core as core_d
from isodesk.domain import review as d
from isodesk.domain.contributions import Contribution, Figure, TextDraft
from isodesk.domain.errors import NotFoundError, ValidationError
from isodesk.reports.model import AdminDocument
from isodesk.services.year.contribution_service import ContributionContext


class ProbeProvider:
    """A module offering one figure and one text, as any real module would."""

    module = "probe"

    def steps(self) -> Sequence[object]:
        return ()

    def checks(self, session: Session, year: core_d.ReportingYear, today: date) -> list[object]:
        return []

    def contribute(self, ctx: ContributionContext) -> Contribution:
        return Contribution(
            module="probe",
            figures=(Figure("satisfaction.satisfied_rate", Decimal("97.25"), "%", "Tỷ lệ hài lòng", "probe", "probe",
                            numerator=389, denominator=400),),
            texts=(TextDraft("report.internal_audit", "Đã đánh giá nội bộ 6 phòng, phát hiện 2 điểm không phù hợp.",
                             "probe"),))

    def build_document(self, key: str, ctx: ContributionContext) -> AdminDocument:
        raise NotFoundError("document", key)


@pytest.fixture
def probe_services(tmp_path: Path, database_template) -> Iterator[object]:  # type: ignore[no-untyped-def]
    from isodesk.services.registry import open_services

    db = database_template.copy_to(tmp_path / "probe.db")
    services = open_services(db, providers=[ProbeProvider()])  # type: ignore[list-item]  # a duck-typed provider
    yield services
    services.close()


def _people(services) -> tuple[int, int, int]:  # type: ignore[no-untyped-def]
    ids = [services.agency.save_person(core_d.Person(None, name)).id
           for name in ("Nguyễn Văn Chủ", "Trần Thị Thư", "Lê Văn Dự")]
    return ids[0], ids[1], ids[2]


def _meeting(year: int, chair: int, secretary: int, attendee: int) -> d.Meeting:
    return d.Meeting(None, year, date(year, 11, 20), time(8, 0), time(11, 0), "Phòng họp UBND",
                     chair, secretary, (chair, secretary, attendee))


def _codes(err: pytest.ExceptionInfo[ValidationError]) -> set[str]:
    return {p.code for p in err.value.problems}


def test_block_quotes_a_contributed_figure_and_a_block_without_data_says_so(probe_services) -> None:  # type: ignore[no-untyped-def]
    probe_services.years.save(core_d.ReportingYear(None, 2026, *core_d.default_period(2026)))
    blocks = {b.letter: b for b in probe_services.review.inputs(2026)}
    assert [b.letter for b in probe_services.review.inputs(2026)][:3] == ["a", "b", "c1"]
    assert blocks["c1"].has_data and "97,25%" in blocks["c1"].text and "389/400" in blocks["c1"].text
    assert "2 điểm không phù hợp" in blocks["c6"].text
    assert not blocks["c2"].has_data and blocks["c2"].text.startswith("Chưa có số liệu")
    assert blocks["a"].text.startswith("Chưa có số liệu")


def test_meeting_actions_history_and_refusals_write_nothing(services) -> None:  # type: ignore[no-untyped-def]
    chair, secretary, other = _people(services)
    review = services.review
    with pytest.raises(ValidationError) as err:
        review.save_meeting(replace(_meeting(2026, chair, chair, other), end=time(7, 0)))
    assert _codes(err) == {"review_chair_is_secretary", "review_end_before_start"}
    assert review.list_meetings(2026) == [] and services.history.recent(entity="review_meeting") == []

    m = review.save_meeting(_meeting(2026, chair, secretary, other))
    assert m.chair_name == "Nguyễn Văn Chủ" and m.attendee_names[2] == "Lê Văn Dự"
    with pytest.raises(ValidationError) as err:
        review.save_action(d.ReviewAction(None, m.id, "Bổ sung máy scan", deadline=date(2026, 1, 1)))
    assert _codes(err) == {"review_deadline_before_meeting"}
    assert review.get(m.id or 0).actions == ()

    a = review.save_action(d.ReviewAction(None, m.id, "Bổ sung máy scan", d.ActionKind.RESOURCES,
                                          "Văn phòng", date(2027, 3, 31)))
    review.save_action(d.ReviewAction(None, m.id, "Công bố lại HTQLCL", d.ActionKind.QMS_CHANGE, "Thư ký ISO"))
    closed = review.close_action(a.id or 0, date(2027, 2, 1))
    assert closed.status is d.ActionStatus.CLOSED and closed.closed_on == date(2027, 2, 1)
    assert [x.position for x in review.get(m.id or 0).actions] == [1, 2]
    assert [h.action.value for h in services.history.for_record("review_action", a.id)] == ["create", "update"]
    assert services.history.for_record("review_meeting", m.id)[0].action.value == "create"

    review.delete_meeting(m.id or 0)
    assert review.list_meetings(2026) == []
    with pytest.raises(NotFoundError):
        review.get(m.id or 0)


def test_open_action_is_followed_into_next_years_input_a(services) -> None:  # type: ignore[no-untyped-def]
    chair, secretary, other = _people(services)
    review = services.review
    m = review.save_meeting(_meeting(2025, chair, secretary, other))
    review.save_action(d.ReviewAction(None, m.id, "Cập nhật quy trình tiếp nhận hồ sơ", responsible="Bộ phận một cửa",
                                      deadline=date(2026, 6, 30)))
    done = review.save_action(d.ReviewAction(None, m.id, "Đào tạo chuyên gia đánh giá nội bộ"))
    review.close_action(done.id or 0, date(2026, 1, 15))
    block_a = review.inputs(2026)[0]
    assert block_a.has_data
    assert "2, trong đó 1 đã hoàn thành, 1 đang thực hiện" in block_a.text
    assert "Cập nhật quy trình tiếp nhận hồ sơ (Bộ phận một cửa): đang thực hiện, thời hạn 30/06/2026" in block_a.text
    # Two years later only the still-open action is carried.
    assert [a.content for a in review.previous_actions(2027)] == ["Cập nhật quy trình tiếp nhận hồ sơ"]
