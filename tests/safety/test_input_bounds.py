"""Issue 12 item 5: implausible dates and broken characters are refused with a clear message instead
of crashing with "year 10000 is out of range" or UnicodeEncodeError; nothing is saved."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime

import pytest

from isodesk.domain import core as d
from isodesk.domain import documents as dd
from isodesk.domain.errors import ValidationError
from isodesk.domain.inputs import EARLIEST_DATE, LATEST_DATE, input_problems
from isodesk.domain.tabular import ColumnKind, ColumnSpec, CellError, parse_cell

DAY = ColumnSpec("issue_date", "Ngày ban hành", ColumnKind.DATE)


def _counts(services) -> dict[str, int]:  # type: ignore[no-untyped-def]
    with sqlite3.connect(services.db_path) as con:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


@pytest.mark.parametrize("raw", [datetime(9999, 12, 31), date(9999, 12, 31), date(1, 1, 1), datetime(1900, 1, 1)])
def test_excel_date_cells_outside_1945_2100_are_refused(raw: object) -> None:
    with pytest.raises(CellError) as info:
        parse_cell(DAY, raw)
    problem = info.value.problem if hasattr(info.value, "problem") else info.value.args[0]
    assert problem.code == "out_of_range"
    assert (problem.params["min"], problem.params["max"]) == ("01/01/1945", "31/12/2100")


@pytest.mark.parametrize("raw", [date(1945, 1, 1), date(2100, 12, 31), "31/12/2100"])
def test_bounds_themselves_are_accepted(raw: object) -> None:
    assert parse_cell(DAY, raw) in (date(1945, 1, 1), date(2100, 12, 31))


def test_issue_revision_refuses_31_12_9999_and_changes_nothing(services) -> None:  # type: ignore[no-untyped-def]
    from isodesk.services.documents.documents_service import DocumentsService

    docs = DocumentsService(services.sessions, services.attachments)
    dep = services.agency.save_department(d.Department(None, "Văn phòng", "VP")).id
    author = services.agency.save_person(d.Person(None, "Nguyễn Thị Hoa", "Thư ký ISO", dep)).id
    doc = docs.create_document(dd.InternalDocument(None, "QT.01", "Quy trình", dd.DocumentKind.SYSTEM_PROCEDURE,
                                                   department_id=dep), dd.RevisionInput(drafted_by_id=author))
    before = _counts(services)
    with pytest.raises(ValidationError) as info:
        docs.issue_revision(doc.revisions[0].id, effective_date=date(9999, 12, 31))
    assert [p.code for p in info.value.problems] == ["date_out_of_range"]
    assert info.value.problems[0].field == "effective_date"
    assert _counts(services) == before


def test_any_service_refuses_a_date_outside_the_range(services) -> None:  # type: ignore[no-untyped-def]
    before = _counts(services)
    with pytest.raises(ValidationError) as info:
        services.register.save(d.IssuedDocument(None, d.IssuedDocType.PLAN, "UBND", None, "KH-UBND",
                                                date(9999, 12, 31), "Kế hoạch"))
    assert "date_out_of_range" in [p.code for p in info.value.problems]
    assert _counts(services) == before


def test_lone_surrogate_in_a_title_is_refused_with_a_message(services) -> None:  # type: ignore[no-untyped-def]
    from isodesk.services.documents.documents_service import DocumentsService

    docs = DocumentsService(services.sessions, services.attachments)
    dep = services.agency.save_department(d.Department(None, "Văn phòng", "VP")).id
    author = services.agency.save_person(d.Person(None, "Nguyễn Thị Hoa", "Thư ký ISO", dep)).id
    before = _counts(services)
    with pytest.raises(ValidationError) as info:
        docs.create_document(dd.InternalDocument(None, "QT.02", "Quy trình \ud800 tiếp nhận",
                                                 dd.DocumentKind.SYSTEM_PROCEDURE, department_id=dep),
                             dd.RevisionInput(drafted_by_id=author))
    assert [(p.field, p.code) for p in info.value.problems] == [("title", "bad_characters")]
    assert _counts(services) == before
    with pytest.raises(ValidationError):
        services.register.save(d.IssuedDocument(None, d.IssuedDocType.PLAN, "UBND", None, "KH-UBND", None,
                                                "Kế hoạch \udc80"))
    assert _counts(services) == before


def test_shared_check_names_the_fields() -> None:
    problems = input_problems(title="a\ud83d", when=date(2101, 1, 1), ok="fine", day=date(2024, 1, 1))
    assert [(p.field, p.code) for p in problems] == [("title", "bad_characters"), ("when", "date_out_of_range")]
    assert problems[1].params == {"value": date(2101, 1, 1), "min": EARLIEST_DATE, "max": LATEST_DATE}
