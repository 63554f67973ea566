"""The generic drafted document on a real SQLite file: edits kept per block, the rule-10 flag on a
block unchanged from last year's issued text, one-transaction recording, and a second kind of
document that is only a new builder."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from plan_fixtures import YEAR, MinutesBuilder, export_plan, seed_plan_data

from isodesk.domain import core as d
from isodesk.domain.drafted import TextOrigin, same_as_last_year
from isodesk.domain.errors import DomainError
from isodesk.reports.output import DocumentFiles, write_document_files

KEY = "annual_plan"


@pytest.fixture
def people(services):  # type: ignore[no-untyped-def]
    return seed_plan_data(services, years=(YEAR, YEAR + 1))


REQUIREMENTS_2026 = ("- Các phòng, bộ phận hoàn thành rà soát quy trình trước ngày 30/6/2026 và báo cáo kết quả "
                     "về Thư ký ISO.")


def test_same_as_last_year_ignores_only_the_years_and_blanks() -> None:
    last = "- Duy trì HTQLCL năm 2026 có hiệu lực, hiệu quả tại tất cả các phòng, bộ phận, trước ngày 10/12/2026."
    assert same_as_last_year(last.replace("2026", "2027"), last, 2026, 2027)
    assert same_as_last_year(last.replace(" tại", "\n  tại"), last, 2026, 2027)
    assert not same_as_last_year(last.replace("2026", "2027").replace("10/12", "15/12"), last, 2026, 2027)
    assert not same_as_last_year("", "", 2026, 2027)
    # Short texts (a task name, a deadline) repeat naturally and are not flagged.
    assert not same_as_last_year("Trước ngày 15/11/2027", "Trước ngày 15/11/2026", 2026, 2027)


def test_edits_are_kept_per_block_through_the_generic_service(services, people) -> None:  # type: ignore[no-untyped-def]
    drafted = services.drafted
    assert KEY in drafted.keys
    drafted.save_edits(KEY, YEAR, {"purpose": "- Mục đích của năm 2026.", "closing": "Kết thúc./."})
    draft = drafted.draft(KEY, YEAR)
    assert (draft.block("purpose").text, draft.block("purpose").origin) == ("- Mục đích của năm 2026.",
                                                                          TextOrigin.EDITED)
    assert draft.block("closing").text == "Kết thúc./."
    assert draft.block("opening").origin is TextOrigin.SUGGESTED
    # Next year starts from them, years moved on; the plan's view is the same data.
    following = drafted.draft(KEY, YEAR + 1)
    assert following.block("purpose").text == "- Mục đích của năm 2027."
    assert following.block("purpose").carried_from == YEAR
    assert services.plan.draft(YEAR + 1).text("purpose") == "- Mục đích của năm 2027."
    drafted.restore_suggestions(KEY, YEAR, ["purpose"])
    assert drafted.draft(KEY, YEAR).block("purpose").is_suggested


def test_blocks_unchanged_from_last_years_issued_text_are_flagged(services, people, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    drafted = services.drafted
    drafted.save_edits(KEY, YEAR, {"requirements": REQUIREMENTS_2026})
    exported = export_plan(services, YEAR, tmp_path / "2026")
    # Last year's plan is only a draft: nothing to compare with yet.
    assert drafted.draft(KEY, YEAR + 1).unchanged_blocks == ()

    services.register.register(exported.register_id, date(2026, 1, 12))
    following = drafted.draft(KEY, YEAR + 1)
    flagged = {b.key for b in following.unchanged_blocks}
    # The suggestion of 2027 is 2026's printed text with the year moved on: flagged, as is the
    # carried edit; the secretary's new text for 2027 is not.
    assert {"purpose", "requirements", "closing"} <= flagged
    assert "task.internal_audit.timing" not in flagged  # a deadline repeats naturally
    assert following.block("requirements").unchanged_since == YEAR
    drafted.save_edits(KEY, YEAR + 1, {"purpose": "- Tập trung cải tiến quy trình liên thông năm 2027."})
    again = drafted.draft(KEY, YEAR + 1)
    assert again.block("purpose").unchanged_since is None
    assert "purpose" not in {b.key for b in services.plan.draft(YEAR + 1).unchanged_blocks}
    # This year's own draft is never compared with itself.
    assert drafted.draft(KEY, YEAR).unchanged_blocks == ()


def test_recording_is_one_transaction(services, people, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    missing = DocumentFiles(docx=tmp_path / "gone.docx", pdf=tmp_path / "gone.pdf")
    with pytest.raises(DomainError) as err:
        services.drafted.record_export(KEY, YEAR, missing)
    assert err.value.code == "file_missing"
    # Nothing at all was saved: no register entry, no snapshot, no signer choice.
    assert services.register.list(year=YEAR) == []
    services.years.save(d.ReportingYear(None, YEAR + 2, *d.default_period(YEAR + 2)))
    assert services.drafted.draft(KEY, YEAR + 1).unchanged_blocks == ()


# --------------------------------------------------------------------------- a second kind of document


def test_a_new_kind_of_document_is_only_a_builder(services, people, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    drafted = services.drafted
    drafted.add_builder(MinutesBuilder(services.agency))
    drafted.save_edits("test_minutes", YEAR, {"content": "Nội dung đã sửa năm 2026."})
    draft = drafted.draft("test_minutes", YEAR)
    assert draft.text("content") == "Nội dung đã sửa năm 2026."
    files = write_document_files(drafted.build("test_minutes", YEAR), tmp_path, drafted.file_stem(draft))
    result = drafted.record_export("test_minutes", YEAR, files)
    entry = services.register.get(result.register_id)
    assert entry.purpose is d.DocPurpose.MANAGEMENT_REVIEW and entry.status is d.IssuedDocStatus.DRAFT
    assert sorted(f.role for f in entry.files) == ["generated_docx", "generated_pdf"]
    # The plan's texts and this document's never mix.
    assert services.plan.draft(YEAR).block("purpose").origin is TextOrigin.SUGGESTED
    assert drafted.draft("test_minutes", YEAR + 1).text("content") == "Nội dung đã sửa năm 2027."
