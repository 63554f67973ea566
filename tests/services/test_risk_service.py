"""The risk and opportunity register: rules and refusals, carry-forward, matrix, Excel, history."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook

from isodesk.domain import risks as d
from isodesk.domain.errors import DomainError, ValidationError
from isodesk.reports.xlsx_exporter import export_table_xlsx
from isodesk.reports.xlsx_import import build_preview, read_sheet, suggest_mapping
from isodesk.services.risks.risk_service import RiskService

Y = 2025

STAFF = d.RiskEntry(
    None, Y, d.RiskGroup.INTERNAL,
    "Rủi ro do thay đổi nhân sự: nghỉ việc, chuyển công tác, học tập trung các lớp đào tạo",
    kind=d.EntryKind.BOTH, impact="Các tác động của rủi ro được cảnh báo trước", level=d.RiskLevel.LOW,
    opportunity="Đào tạo, phát hiện những nhân viên ưu tú giỏi sâu về chuyên môn",
    target="Đảm bảo công việc vận hành hiệu quả, ổn định khi có nhân sự thay đổi",
    actions=(d.RiskAction(None, "Đào tạo, bố trí nhân sự hợp lý phù hợp vị trí việc làm", "Văn phòng",
                          date(2025, 3, 31)),))
LATE = d.RiskEntry(None, Y, d.RiskGroup.INTERNAL, "Rủi ro do xử lý TTHC quá hạn",
                   impact="Hồ sơ giải quyết TTHC của tổ chức, cá nhân bị quá hạn", likelihood=3, severity=3,
                   target="100% TTHC được giải quyết trước và đúng hạn",
                   actions=(d.RiskAction(None, "Quán triệt thực hiện đúng theo quy trình", "Bộ phận một cửa",
                                         date(2025, 6, 30)),))
PAY = d.RiskEntry(None, Y, d.RiskGroup.INTERESTED_PARTIES,
                  "Tuyên truyền để tổ chức, cá nhân thanh toán trực tuyến phí, lệ phí",
                  kind=d.EntryKind.OPPORTUNITY, opportunity="Tăng tỉ lệ thanh toán trực tuyến")


@pytest.fixture
def risks(services) -> RiskService:  # type: ignore[no-untyped-def]
    return services.risks


def _codes(err: pytest.ExceptionInfo[ValidationError]) -> set[str]:
    return {p.code for p in err.value.problems}


def test_save_groups_levels_and_opportunities(risks: RiskService) -> None:
    staff, late, pay = risks.save(STAFF), risks.save(LATE), risks.save(PAY)
    assert late.level is d.RiskLevel.VERY_HIGH  # computed from 3 × 3 by the default matrix
    assert staff.kind is d.EntryKind.BOTH and staff.level is d.RiskLevel.LOW and staff.opportunity
    assert pay.level is None and pay.kind.has_opportunity and not pay.kind.has_risk
    assert [e.id for e in risks.list_entries(Y)] == [staff.id, late.id, pay.id]
    assert [e.id for e in risks.list_entries(Y, query="thanh toan truc tuyen")] == [pay.id]
    assert [e.id for e in risks.list_entries(Y, kind=d.EntryKind.OPPORTUNITY)] == [pay.id]
    assert [e.id for e in risks.list_entries(Y, overdue_on=date(2025, 5, 1))] == [staff.id]
    cells = {(c.group, c.level): c.count for c in risks.risk_map(Y)}
    assert cells[(d.RiskGroup.INTERNAL, d.RiskLevel.LOW)] == 1
    assert cells[(d.RiskGroup.INTERNAL, d.RiskLevel.VERY_HIGH)] == 1
    assert sum(cells.values()) == 2


@pytest.mark.parametrize(("entry", "code"), [
    (replace(LATE, issue="   "), "required"),
    (replace(PAY, level=d.RiskLevel.HIGH), "level_without_risk"),
    (replace(LATE, likelihood=None, severity=None, level=None), "risk_needs_level"),
    (replace(LATE, severity=None), "matrix_needs_both"),
    (replace(PAY, opportunity=""), "opportunity_needs_benefit"),
    (replace(LATE, actions=(d.RiskAction(None, "Quán triệt", deadline=date(2024, 12, 1)),)), "action_before_year"),
    (replace(LATE, actions=(d.RiskAction(None, " "),)), "action_needs_content"),
    (replace(LATE, actions=(d.RiskAction(None, "Xong", status=d.ActionStatus.DONE),)), "action_done_needs_date"),
    (replace(LATE, source_kind="nonconformity"), "bad_source_link"),
])
def test_bad_input_is_refused_and_nothing_is_written(services, risks: RiskService, entry: d.RiskEntry,
                                                     code: str) -> None:
    with pytest.raises(ValidationError) as err:
        risks.save(entry)
    assert code in _codes(err)
    assert risks.list_entries(Y) == []
    assert services.history.recent(entity="risk_entry") == []


def test_every_message_is_vietnamese() -> None:
    from isodesk.ui.error_messages import MESSAGES

    for code in ("level_without_risk", "risk_needs_level", "matrix_needs_both", "opportunity_needs_benefit",
                 "action_before_year", "action_needs_content", "action_done_needs_date", "bad_source_link",
                 "evaluation_before_year", "nothing_to_carry", "carry_to_past", "two_levels_marked"):
        assert code in MESSAGES


def test_edit_delete_and_history(services, risks: RiskService) -> None:
    late = risks.save(LATE)
    action = late.actions[0]
    changed = risks.save(replace(late, issue="Rủi ro hồ sơ TTHC quá hạn", actions=(
        replace(action, status=d.ActionStatus.DONE, done_on=date(2025, 5, 2)),
        d.RiskAction(None, "Gửi phiếu xin lỗi khi hồ sơ quá hạn", "Bộ phận một cửa", date(2025, 9, 30)))))
    assert changed.actions[0].id == action.id and changed.actions[0].status is d.ActionStatus.DONE
    assert len(changed.actions) == 2
    history = services.history.for_record("risk_entry", late.id)
    assert [h.action.value for h in history][:2] == ["create", "update"]
    assert services.history.recent(entity="risk_action")
    risks.delete(late.id)
    assert risks.list_entries(Y) == []
    assert services.history.for_record("risk_entry", late.id)[-1].action.value == "delete"


def test_evaluation(risks: RiskService) -> None:
    late = risks.save(LATE)
    with pytest.raises(ValidationError) as err:
        risks.evaluate(late.id, d.Evaluation(d.Effectiveness.ACHIEVED, "", "Nguyễn Văn A", date(2024, 1, 1)))
    assert {"required", "evaluation_before_year"} <= _codes(err)
    assert risks.get(late.id).evaluation is None
    done = risks.evaluate(late.id, d.Evaluation(d.Effectiveness.ACHIEVED, "Không có hồ sơ quá hạn trong năm",
                                                "Nguyễn Văn A", date(2025, 12, 5)))
    assert done.evaluation is not None and done.effectiveness_text == "Đạt"


def test_carry_forward_marks_review_and_leaves_done_actions(risks: RiskService) -> None:
    staff = risks.save(replace(STAFF, actions=(
        d.RiskAction(None, "Đã đào tạo", status=d.ActionStatus.DONE, done_on=date(2025, 3, 1)),
        d.RiskAction(None, "Bố trí người thay thế", "Văn phòng", date(2025, 11, 30)))))
    late = risks.save(LATE)
    pay = risks.save(PAY)
    risks.evaluate(staff.id, d.Evaluation(d.Effectiveness.ACHIEVED, "Ổn định", "A", date(2025, 12, 1)))
    with pytest.raises(DomainError) as err:
        risks.carry_forward(2023, 2024)
    assert err.value.code == "nothing_to_carry"
    result = risks.carry_forward(Y, Y + 1, close_ids=[pay.id])
    assert (result.carried, result.skipped_closed) == (2, 1)
    new = risks.list_entries(Y + 1)
    assert all(e.needs_review and e.evaluation is None for e in new)
    assert [a.what for a in new[0].actions] == ["Bố trí người thay thế"]
    assert new[0].actions[0].status is d.ActionStatus.PLANNED and new[0].actions[0].deadline is None
    assert risks.get(pay.id).status is d.EntryStatus.CLOSED
    assert {e.carried_from_id for e in new} == {staff.id, late.id}
    again = risks.carry_forward(Y, Y + 1)
    assert again.carried == 0 and len(risks.list_entries(Y + 1)) == 2
    saved = risks.save(new[0])
    assert not saved.needs_review
    assert d.same_register(risks.list_entries(Y + 1), risks.list_entries(Y)) is False


def test_matrix_is_data_in_the_settings(risks: RiskService) -> None:
    assert risks.matrix() == d.DEFAULT_MATRIX
    strict = d.RiskMatrix(tuple((d.RiskLevel.VERY_HIGH,) * 3 for _ in range(3)))  # type: ignore[arg-type]
    risks.set_matrix(strict)
    assert risks.matrix() == strict
    assert risks.save(replace(LATE, likelihood=1, severity=1)).level is d.RiskLevel.VERY_HIGH
    assert d.RiskMatrix.from_text("not json") == d.DEFAULT_MATRIX


def test_link_point(risks: RiskService) -> None:
    late = risks.save(LATE)
    linked = risks.link_source(late.id, "audit_finding", 42)
    assert (linked.source_kind, linked.source_id) == ("audit_finding", 42)
    with pytest.raises(ValidationError):
        risks.link_source(late.id, "something", 1)
    assert [e.id for e in risks.linked_to("audit_finding", 42)] == [late.id]
    assert risks.linked_to("audit_finding", 43) == [] and risks.linked_to("nonconformity", 42) == []


def _preview(risks: RiskService, path: Path):  # type: ignore[no-untyped-def]
    sheet = read_sheet(path, spec=risks.spec)
    return build_preview(risks.spec, sheet, suggest_mapping(risks.spec, sheet.headers))


def test_seed_table_imports_with_its_groups(services, risks: RiskService, tmp_path: Path) -> None:
    """The seed's Phụ lục 2 typed in Excel, two header rows and Roman group rows as in the report."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["TT", "Vấn đề/quá trình", "Nhận định tác động dự kiến", "Rủi ro", None, None, "Cơ hội",
               "Hành động để giải quyết rủi ro, cơ hội", "Mục tiêu đề ra", "Ghi chú"])
    ws.append([None, None, None, "Thấp", "Cao", "Rất cao", None, None, None, None])
    ws.append(["I. DO CÁC YẾU TỐ NỘI BỘ"])
    ws.append([1, STAFF.issue, STAFF.impact, "Thấp", None, None, STAFF.opportunity,
               "- Đào tạo, bố trí nhân sự hợp lý\n- Đào tạo những vị trí được dự báo", STAFF.target, None])
    ws.append([2, LATE.issue, LATE.impact, "Thấp", None, None, None, "- Quán triệt thực hiện đúng quy trình",
               LATE.target, None])
    ws.append(["II. CÁC YẾU TỐ BÊN NGOÀI"])
    ws.append([1, "Rủi ro do áp dụng văn bản QPPL cũ, lỗi thời", "Rủi ro này ít và ở mức độ thấp", "Thấp", None,
               None, "Thường xuyên nghiên cứu, cập nhật các văn bản QPPL", "Tăng cường nghiên cứu",
               "Văn bản được cập nhật kịp thời", None])
    ws.append(["III. NHU CẦU VÀ MONG ĐỢI CÁC BÊN QUAN TÂM"])
    ws.append([1, PAY.issue, None, "Thấp", None, None, None, "Thường xuyên tuyên truyền",
               "Tăng tỉ lệ thanh toán trực tuyến", None])
    path = tmp_path / "pl2.xlsx"
    wb.save(path)
    result = risks.import_preview(_preview(risks, path), 2024)
    assert result.created == 4
    entries = risks.list_entries(2024)
    assert [e.group for e in entries] == [d.RiskGroup.INTERNAL, d.RiskGroup.INTERNAL, d.RiskGroup.EXTERNAL,
                                          d.RiskGroup.INTERESTED_PARTIES]
    assert entries[0].kind is d.EntryKind.BOTH and len(entries[0].actions) == 2
    assert all(e.level is d.RiskLevel.LOW for e in entries)
    assert services.history.for_record("risk_entry", entries[0].id or 0)[0].action.value == "create"


def test_import_is_all_or_nothing_and_export_reimports(services, risks: RiskService, tmp_path: Path,
                                                        database_template) -> None:
    for entry in (STAFF, LATE, PAY):
        risks.save(entry)
    target = export_table_xlsx(risks.spec, risks.export_rows(Y), tmp_path / "export.xlsx", title=risks.spec.title)
    from isodesk.services.registry import open_services

    other = open_services(database_template.copy_to(tmp_path / "other.db"))
    try:
        result = other.risks.import_preview(_preview(other.risks, target), Y)
        assert result.created == 3

        def key(e: d.RiskEntry) -> tuple[object, ...]:
            return (e.group, e.issue, e.impact, e.kind, e.level, e.opportunity, tuple(a.what for a in e.actions),
                    e.target)

        assert list(map(key, other.risks.list_entries(Y))) == list(map(key, risks.list_entries(Y)))
        # a bad row: nothing of the file is written
        wb = Workbook()
        ws = wb.active
        assert ws is not None
        ws.append(["TT", "Vấn đề/quá trình", "Nhận định tác động dự kiến", "Cơ hội", "Nhóm"])
        ws.append([1, "Vấn đề tốt", "", "Cơ hội tốt", "Nội bộ"])
        ws.append([2, "Vấn đề không có mức độ", "", "", "Nội bộ"])
        bad = tmp_path / "bad.xlsx"
        wb.save(bad)
        with pytest.raises(ValidationError) as err:
            other.risks.import_preview(_preview(other.risks, bad), Y + 1)
        assert ("risk_needs_level", 3) in {(p.code, p.row) for p in err.value.problems}
        assert other.risks.list_entries(Y + 1) == []
    finally:
        other.close()
