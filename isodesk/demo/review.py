"""Demo management reviews: a meeting per past year on the day its minutes were issued (after the
internal audit), a few decided actions, the last one of the previous year still open (so that it shows
as this year's input a) and as a readiness warning)."""

from __future__ import annotations

from datetime import time, timedelta
from typing import Any

from isodesk.domain import core as cd
from isodesk.domain import review as d

_ACTIONS = (
    ("Trang bị thêm máy quét tài liệu cho Bộ phận Một cửa để số hóa hồ sơ", d.ActionKind.RESOURCES, "Văn phòng"),
    ("Cập nhật quy trình giải quyết TTHC theo các quyết định công bố mới của tỉnh", d.ActionKind.QMS_CHANGE,
     "Thư ký ISO, các bộ phận"),
    ("Tổ chức khảo sát sự hài lòng theo từng lĩnh vực có nhiều hồ sơ", d.ActionKind.IMPROVEMENT,
     "Bộ phận Một cửa"),
)


def seed_demo_review(services: Any, people: list[cd.Person], today: Any) -> int:
    """One meeting per year whose minutes are issued in the register; returns the meetings written."""
    leaders = [p for p in people if p.is_leader and p.id is not None]
    secretary = next((p for p in people if p.is_iso_secretary and p.id is not None), None)
    if not leaders or secretary is None:
        return 0
    chair = next((p for p in leaders if p.steering_role is cd.SteeringRole.HEAD), leaders[0])
    attendees = tuple(dict.fromkeys(pid for pid in [*(p.id for p in leaders), secretary.id] if pid is not None))
    written = 0
    minutes = [e for e in services.register.list(purpose=cd.DocPurpose.MANAGEMENT_REVIEW)
               if e.status is cd.IssuedDocStatus.ISSUED and e.issue_date is not None and e.year is not None]
    last_year = max((e.year for e in minutes), default=None)
    for entry in sorted(minutes, key=lambda e: e.issue_date):
        meeting = services.review.save_meeting(d.Meeting(
            None, entry.year, entry.issue_date, time(8, 0), time(11, 0), "Hội trường Ủy ban nhân dân xã",
            chair.id, secretary.id, attendees))
        written += 1
        for i, (content, kind, who) in enumerate(_ACTIONS):
            deadline = entry.issue_date + timedelta(days=60 + 30 * i)
            action = services.review.save_action(d.ReviewAction(None, meeting.id, content, kind, who, deadline))
            keep_open = entry.year == last_year and i == len(_ACTIONS) - 1
            if not keep_open and deadline <= today:
                services.review.close_action(action.id, deadline - timedelta(days=5))
    return written
