"""Pure rules of documents control: transitions, what "in force" needs, review dates, codes, the records form."""

from __future__ import annotations

from datetime import date

import pytest

from isodesk.domain import documents as dd
from isodesk.domain.errors import DomainError

S = dd.RevisionStatus


@pytest.mark.parametrize(("old", "new"), [(S.DRAFT, S.PENDING), (S.DRAFT, S.EFFECTIVE), (S.PENDING, S.EFFECTIVE),
                                          (S.EFFECTIVE, S.SUPERSEDED)])
def test_forward_transitions_are_allowed(old: dd.RevisionStatus, new: dd.RevisionStatus) -> None:
    dd.check_transition(old, new)


@pytest.mark.parametrize(("old", "new"), [(S.PENDING, S.DRAFT), (S.EFFECTIVE, S.DRAFT), (S.EFFECTIVE, S.PENDING),
                                          (S.SUPERSEDED, S.EFFECTIVE), (S.DRAFT, S.DRAFT), (S.EFFECTIVE, S.EFFECTIVE),
                                          (S.DRAFT, S.SUPERSEDED), (S.PENDING, S.SUPERSEDED)])
def test_backward_or_skipping_into_superseded_is_refused(old: dd.RevisionStatus, new: dd.RevisionStatus) -> None:
    with pytest.raises(DomainError) as err:
        dd.check_transition(old, new)
    assert err.value.code == "forbidden_transition"


def test_effective_needs_date_issued_decision_and_approver() -> None:
    empty = dd.RevisionInput()
    codes = {p.code for p in dd.validate_effective(empty, decision_exists=False, decision_issued=False,
                                                   decision_date=None, previous_effective=None)}
    assert codes == {"effective_needs_date", "effective_needs_decision", "effective_needs_approver"}
    item = dd.RevisionInput(approved_by_id=1, decision_id=2, effective_date=date(2025, 1, 5))
    ok = dict(decision_exists=True, decision_issued=True, decision_date=date(2025, 1, 5), previous_effective=None)
    assert dd.validate_effective(item, **ok) == []
    assert [p.code for p in dd.validate_effective(item, **{**ok, "decision_issued": False})] == ["decision_not_issued"]
    assert [p.code for p in dd.validate_effective(item, **{**ok, "decision_date": date(2025, 1, 6)})] == [
        "effective_before_decision"]
    assert [p.code for p in dd.validate_effective(item, **{**ok, "previous_effective": date(2025, 2, 1)})] == [
        "effective_before_previous"]


def test_add_months_clamps_to_month_end() -> None:
    assert dd.add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)
    assert dd.add_months(date(2023, 1, 31), 1) == date(2023, 2, 28)
    assert dd.add_months(date(2024, 11, 15), 14) == date(2026, 1, 15)
    assert dd.add_months(date(2024, 2, 29), 12) == date(2025, 2, 28)


def test_next_review_date_counts_only_reviews_of_the_revision_in_force() -> None:
    assert dd.next_review_date(None, date(2025, 1, 1), 12) is None
    assert dd.next_review_date(date(2024, 3, 1), None, 12) == date(2025, 3, 1)
    assert dd.next_review_date(date(2024, 3, 1), date(2025, 2, 20), 12) == date(2026, 2, 20)
    assert dd.next_review_date(date(2024, 3, 1), date(2023, 6, 1), 6) == date(2024, 9, 1)


def test_document_state() -> None:
    f = dd.RevisionFacts
    state = dd.document_state([f(1, S.SUPERSEDED, date(2020, 1, 1)), f(2, S.EFFECTIVE, date(2023, 5, 1)),
                               f(3, S.DRAFT, None)], date(2024, 4, 1), 12)
    assert state == dd.DocumentState(S.EFFECTIVE, 2, date(2023, 5, 1), date(2025, 4, 1))
    assert dd.document_state([f(1, S.PENDING, None)], None, 12) == dd.DocumentState(S.PENDING, 1, None, None)
    assert dd.document_state([], None, 12) == dd.DocumentState(S.DRAFT, None, None, None)
    withdrawn = dd.document_state([f(1, S.SUPERSEDED, date(2020, 1, 1))], None, 12, withdrawn=True)
    assert withdrawn == dd.DocumentState(S.SUPERSEDED, 1, date(2020, 1, 1), None)


def test_codes_compare_ignoring_case_and_diacritics() -> None:
    assert dd.code_key("QT-ĐG.01") == dd.code_key("qt-dg.01") == dd.code_key(" Qt-Dg.01 ")
    assert dd.search_key("QT.01", "Quy trình  Đánh giá") == "qt.01 quy trinh danh gia"
    problems = dd.validate_document(dd.InternalDocument(None, "QT 01", "", dd.DocumentKind.FORM, None,
                                                        review_interval_months=0,
                                                        system_procedure=dd.SystemProcedure.RISK))
    assert {p.code for p in problems} == {"bad_code", "required", "out_of_range", "only_for_system_procedures"}


def test_labels_are_data() -> None:
    assert dd.DocumentKind.TTHC_PROCEDURE.label == "Quy trình giải quyết TTHC"
    assert dd.RevisionStatus.SUPERSEDED.label == "Hết hiệu lực"
    assert [p.default_code for p in dd.SystemProcedure] == ["QT.01", "QT.02", "QT.03", "QT.04", "QT.05"]
    assert dd.kind_from_text("quy trinh noi bo") is dd.DocumentKind.INTERNAL_PROCEDURE
    assert dd.kind_from_text("bieu_mau") is dd.DocumentKind.FORM and dd.kind_from_text("khác") is None
    assert dd.retention_label(None) == "Vĩnh viễn" and dd.retention_label(20) == "20 năm"


def test_records_form_numbering_and_counts() -> None:
    def rec(i: int, heading: str, years: int | None, **kw: object) -> dd.RecordEntry:
        return dd.RecordEntry(i, f"Hồ sơ {i}", f"{i:02d}.HS", years, heading=heading, sort_order=i, **kw)  # type: ignore[arg-type]

    entries = [rec(1, "Tổ chức", None), rec(2, "Kế hoạch", 10), rec(3, "tổ chức", 5), rec(4, "", 20),
               rec(5, "Khác", 5, to_year=2020), rec(6, "Lưu trữ", None, from_year=2030)]
    form = dd.build_records_form(2025, entries)
    assert [(g.numeral, g.heading, [r.record_id for r in g.rows]) for g in form.groups] == [
        ("", "", [4]), ("I", "Tổ chức", [1, 3]), ("II", "Kế hoạch", [2])]
    assert (form.total, form.permanent_count, form.limited_count) == (4, 1, 3)
    assert dd.build_records_form(2025, []).footer == (
        "Danh mục hồ sơ này có 0 hồ sơ, bao gồm: 0 hồ sơ bảo quản vĩnh viễn; 0 hồ sơ bảo quản có thời hạn.")


def test_record_and_distribution_validation() -> None:
    assert {p.code for p in dd.validate_record(dd.RecordEntry(None, "", "", 101))} == {"required", "out_of_range"}
    assert [p.code for p in dd.validate_distribution(dd.DistributionInput(date(2025, 1, 1), copies=0))] == [
        "recipient_required", "out_of_range"]
