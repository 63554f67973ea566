"""The minutes of the management review: drafted from the inputs, laid out per Mẫu 1.9 (re-read with
python-docx: headings, the decisions table, THƯ KÝ and CHỦ TRÌ side by side), recorded in the register."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest
from plan_fixtures import YEAR, docx_text, pdf_text, seed_plan_data

from isodesk.domain import review as d
from isodesk.domain.errors import DomainError
from isodesk.reports.output import write_document_files
from isodesk.services.review.review_minutes import DOCUMENT_KEY


def test_minutes_render_with_inputs_actions_and_two_signatures(services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    people = seed_plan_data(services, years=(YEAR,))
    with pytest.raises(DomainError) as err:
        services.drafted.draft(DOCUMENT_KEY, YEAR)
    assert err.value.code == "review_no_meeting"
    m = services.review.save_meeting(d.Meeting(None, YEAR, date(YEAR, 11, 25), time(8, 30), time(11, 15),
                                               "Hội trường UBND", people.head_id, people.secretary_id,
                                               (people.head_id, people.deputy_id, people.secretary_id)))
    services.review.save_action(d.ReviewAction(None, m.id, "Trang bị thêm máy quét tài liệu", d.ActionKind.RESOURCES,
                                               "Văn phòng", date(YEAR + 1, 3, 31)))
    draft = services.drafted.draft(DOCUMENT_KEY, YEAR)
    assert [b.key for b in draft.blocks][:3] == ["input_a", "input_b", "input_c1"]
    services.drafted.save_edits(DOCUMENT_KEY, YEAR, {"input_d": "Nguồn lực cơ bản đáp ứng yêu cầu."})
    draft = services.drafted.draft(DOCUMENT_KEY, YEAR)
    doc = services.drafted.build(DOCUMENT_KEY, YEAR)
    files = write_document_files(doc, tmp_path, services.drafted.file_stem(draft))
    entry = services.drafted.record_export(DOCUMENT_KEY, YEAR, files)
    assert entry is not None

    import docx

    document = docx.Document(str(files.docx))
    text = docx_text(files.docx)
    assert "BIÊN BẢN" in text and f"Họp xem xét của lãnh đạo đối với Hệ thống quản lý chất lượng năm {YEAR}" in text
    assert "Thời gian bắt đầu: 08 giờ 30, ngày 25/11/2026." in text and "Địa điểm: Hội trường UBND." in text
    assert "Nguồn lực cơ bản đáp ứng yêu cầu." in text and "Cuộc họp kết thúc vào 11 giờ 15, ngày 25 tháng 11 năm 2026./." in text
    assert "a) Tình trạng của các hành động từ các lần xem xét của lãnh đạo trước" in text
    assert "c) Thông tin về kết quả thực hiện và hiệu lực của HTQLCL, bao gồm cả xu hướng về:" in text
    action_table = next(t for t in document.tables if t.rows[0].cells[0].text == "TT")
    assert [c.text for c in action_table.rows[0].cells] == ["TT", "Nội dung/quyết định", "Đơn vị, người thực hiện",
                                                           "Thời hạn", "Ghi chú"]
    assert action_table.rows[1].cells[1].text == "Trang bị thêm máy quét tài liệu"
    footer = document.tables[-1]
    cells = [c.text for c in footer.rows[0].cells]
    assert "THƯ KÝ" in cells[0] and "Nguyễn Thị Thu Hà" in cells[0]
    assert "CHỦ TRÌ" in cells[1] and "Phan Đức Thắng" in cells[1]
    assert "CHỦ TRÌ" in pdf_text(files.pdf)
    registered = services.register.list(year=YEAR, purpose=services.drafted.builder(DOCUMENT_KEY).purpose)
    assert [e.doc_type.value for e in registered] == ["BB"]
    issued = services.register.register(registered[0].id, date(YEAR, 11, 26))
    assert issued.number and services.drafted.build(DOCUMENT_KEY, YEAR).number == issued.number


def test_a_block_unchanged_from_last_years_minutes_is_flagged(services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    people = seed_plan_data(services, years=(YEAR, YEAR + 1))
    resources = ("Nguồn lực về con người, cơ sở vật chất và trang thiết bị của cơ quan cơ bản đáp ứng yêu cầu "
                 f"duy trì Hệ thống quản lý chất lượng năm {YEAR}.")
    for y in (YEAR, YEAR + 1):
        services.review.save_meeting(d.Meeting(None, y, date(y, 11, 25), time(8, 0), time(11, 0), "Hội trường",
                                               people.head_id, people.secretary_id))
    services.drafted.save_edits(DOCUMENT_KEY, YEAR, {"input_d": resources})
    draft = services.drafted.draft(DOCUMENT_KEY, YEAR)
    files = write_document_files(services.drafted.build(DOCUMENT_KEY, YEAR), tmp_path, services.drafted.file_stem(draft))
    result = services.drafted.record_export(DOCUMENT_KEY, YEAR, files)
    services.register.register(result.register_id, date(YEAR, 11, 26))  # issued: next year compares with it
    following = services.drafted.draft(DOCUMENT_KEY, YEAR + 1).block("input_d")
    assert following.carried_from == YEAR and str(YEAR + 1) in following.text
    assert following.unchanged_since == YEAR
