"""NĐ 30 Điều 15: an issuer's numbers of a calendar year run in the order of the documents' dates."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from isodesk.domain import core as d
from isodesk.domain.errors import ValidationError


def _draft(services, kind: d.IssuedDocType = d.IssuedDocType.DECISION, summary: str = "Văn bản") -> d.IssuedDocument:
    return services.register.save(d.IssuedDocument(None, kind, "UBND", None, f"{kind.value}-UBND", None, summary))


def _issue(services, when: date, number: int | None = None) -> d.IssuedDocument:
    return services.register.register(_draft(services).id, when, number)


def test_a_document_dated_before_the_last_numbered_one_takes_the_free_number_of_its_date(services) -> None:
    assert _issue(services, date(2025, 1, 15)).number == 1
    assert _issue(services, date(2025, 9, 5), 5).number == 5  # 02–04 left free (e.g. cancelled drafts)
    # 10/03 comes after 01 (15/01) and before 05 (05/09): 02, not max + 1 = 06
    assert services.register.next_number("UBND", 2025, on=date(2025, 3, 10)) == 2
    assert services.register.next_number("UBND", 2025, on=date(2025, 10, 1)) == 6
    assert services.register.next_number("UBND", 2025) == 6  # without a date: after the highest
    assert _issue(services, date(2025, 3, 10)).number == 2
    assert _issue(services, date(2026, 1, 2)).number == 1  # every calendar year starts at 01


def test_a_number_that_breaks_the_date_order_is_refused_with_the_number_that_fits(services) -> None:
    _issue(services, date(2025, 1, 10))  # 01
    _issue(services, date(2025, 9, 5), 13)  # 13/QĐ-UBND of 05/09/2025
    draft = _draft(services, d.IssuedDocType.PLAN)
    # the seed defect: 14/KH-UBND dated 15/01/2025 while 13/QĐ-UBND is dated 05/09/2025
    with pytest.raises(ValidationError) as caught:
        services.register.register(draft.id, date(2025, 1, 15), 14)
    [problem] = caught.value.problems
    assert (problem.field, problem.code) == ("number", "number_out_of_date_order")
    assert problem.params["reference"] == "13/QĐ-UBND ngày 05/09/2025"
    assert problem.params["proposal"] == "02" and problem.params["number"] == "14"
    assert services.register.get(draft.id).number is None  # nothing was changed
    # a lower number than one dated earlier is refused too
    with pytest.raises(ValidationError) as caught:
        services.register.register(draft.id, date(2025, 12, 1), 12)
    assert caught.value.problems[0].params["reference"] == "13/QĐ-UBND ngày 05/09/2025"
    assert caught.value.problems[0].params["proposal"] == "14"


def test_no_free_number_for_the_date_is_explained(services) -> None:
    _issue(services, date(2025, 1, 15))  # 01
    _issue(services, date(2025, 9, 5))  # 02
    draft = _draft(services)
    with pytest.raises(ValidationError) as caught:
        services.register.register(draft.id, date(2025, 3, 10))
    [problem] = caught.value.problems
    assert problem.code == "number_no_room_in_date_order"
    assert problem.params["reference"] == "02/QĐ-UBND ngày 05/09/2025"
    assert services.register.get(draft.id).status is d.IssuedDocStatus.DRAFT


def test_an_entry_recorded_out_of_order_earlier_can_still_be_edited(services) -> None:
    late = _issue(services, date(2025, 9, 5))  # 01
    # an imported register may hold an out-of-order pair; the check only runs on a new number or date
    with services.sessions.begin() as s:  # type: ignore[attr-defined]
        from isodesk.storage.models import core as m

        s.add(m.IssuedDocumentRow(doc_type=d.IssuedDocType.PLAN, issuer="UBND", number=2, number_year=2025,
                               symbol="KH-UBND", issue_date=date(2025, 1, 15), summary="Kế hoạch cũ",
                               status=d.IssuedDocStatus.ISSUED))
    edited = services.register.save(replace(services.register.get(late.id), notes="Bản giấy lưu tại Văn phòng"))
    assert edited.notes == "Bản giấy lưu tại Văn phòng"


def test_the_demo_register_follows_the_date_order(tmp_path: Path) -> None:
    from isodesk.demo.data import generate_demo

    path = generate_demo(tmp_path / "demo.db", today=date(2026, 11, 22))
    with sqlite3.connect(path) as connection:
        rows = connection.execute(
            "SELECT issuer, number_year, number, issue_date FROM issued_document "
            "WHERE number IS NOT NULL AND issue_date IS NOT NULL ORDER BY issuer, number_year, number").fetchall()
    assert len(rows) > 10
    series: dict[tuple[str, int], list[tuple[int, str]]] = {}
    for issuer, year, number, issued in rows:
        series.setdefault((issuer, year), []).append((number, issued))
    for key, entries in series.items():
        assert [n for n, _ in entries] == list(range(1, len(entries) + 1)), key
        dates = [issued for _, issued in entries]
        assert dates == sorted(dates), key
