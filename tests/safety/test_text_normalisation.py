"""Issue 12 item 8: every text is normalised at the service boundary (NFC, trimmed, zero-width ends
removed) and checked where it is stored (control characters refused, a length limit per field).

Before: an NFD document code was refused while its NFC twin was accepted, an NFD copy of a name was a
second identical-looking record, NUL was stored in titles, a zero-width title was accepted, 100,000
characters were accepted in notes, and messages showed an unfilled ``{max_length}`` or the whole input.
"""

from __future__ import annotations

import sqlite3
import unicodedata
from datetime import date

import pytest

from isodesk.domain import core as d
from isodesk.domain import documents as dd
from isodesk.domain import legal as ld
from isodesk.domain.errors import ValidationError
from isodesk.domain.inputs import NOTE_LIMIT, input_problems, normalise_inputs, normalise_text
from isodesk.services.registry import Services

NFC_CODE = "QT-HỘ-TỊCH.01"
NFD_CODE = unicodedata.normalize("NFD", NFC_CODE)


def counts(services: Services) -> dict[str, int]:
    with sqlite3.connect(services.db_path) as con:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


def refused(services: Services, call: object) -> ValidationError:
    """Run ``call``; assert it is refused with a ValidationError and nothing was written."""
    before = counts(services)
    with pytest.raises(ValidationError) as info:
        call()  # type: ignore[operator]
    assert counts(services) == before
    return info.value


def new_document(services: Services, code: str, title: str = "Quy trình hộ tịch", notes: str = "") -> dd.DocumentDetails:
    return services.documents.create_document(
        dd.InternalDocument(None, code, title, dd.DocumentKind.SYSTEM_PROCEDURE, department_id=None, notes=notes),
        dd.RevisionInput())


def external(number: str = "31/2024/QH15", **changes: object) -> ld.ExternalDocument:
    item = ld.ExternalDocument(None, ld.ExternalDocKind.LAW, number, date(2024, 1, 18), "Quốc hội", "Đất đai")
    from dataclasses import replace

    return replace(item, **changes)  # type: ignore[arg-type]


def test_the_rule_lives_in_the_domain() -> None:
    assert NFD_CODE != NFC_CODE and normalise_text(f"  {NFD_CODE}\u200b ") == NFC_CODE
    assert normalise_text("\u200b\u200c\ufeff") == ""
    item = normalise_inputs(dd.InternalDocument(None, NFD_CODE, " Tên ", dd.DocumentKind.SYSTEM_PROCEDURE, None))
    assert (item.code, item.title, item.kind) == (NFC_CODE, "Tên", dd.DocumentKind.SYSTEM_PROCEDURE)  # type: ignore[attr-defined]
    assert [p.code for p in input_problems(None, title="a\x00b", notes="x" * (NOTE_LIMIT + 1), day=date(2024, 1, 1))] \
        == ["control_characters", "too_long"]


def test_an_nfd_code_is_accepted_and_stored_in_nfc(services: Services) -> None:
    created = new_document(services, NFD_CODE)
    assert created.code == NFC_CODE
    with sqlite3.connect(services.db_path) as con:
        assert con.execute("SELECT code FROM internal_document").fetchall() == [(NFC_CODE,)]


def test_an_nfd_copy_of_an_existing_code_is_a_duplicate(services: Services) -> None:
    new_document(services, NFC_CODE)
    error = refused(services, lambda: new_document(services, NFD_CODE))
    assert [p.field for p in error.problems] == ["code"]


def test_an_nfd_copy_of_a_department_name_is_a_duplicate(services: Services) -> None:
    services.agency.save_department(d.Department(None, "Phòng Tư pháp - Hộ tịch", "TP"))
    nfd = unicodedata.normalize("NFD", "Phòng Tư pháp - Hộ tịch ")
    refused(services, lambda: services.agency.save_department(d.Department(None, nfd, "TP2")))


@pytest.mark.parametrize("text", ["Quy trình\x00 hộ tịch", "Quy trình\x1b[31m", "Quy\x07 trình"])
def test_control_characters_are_refused(services: Services, text: str) -> None:
    error = refused(services, lambda: new_document(services, "QT.02", title=text))
    assert [(p.field, p.code) for p in error.problems] == [("title", "control_characters")]
    error = refused(services, lambda: services.legal.save(external(summary=text)))
    assert [(p.field, p.code) for p in error.problems] == [("summary", "control_characters")]


def test_line_breaks_and_tabs_stay_allowed_in_notes(services: Services) -> None:
    saved = services.legal.save(external(notes="Dòng 1\nDòng 2\tcột"))
    assert saved.notes == "Dòng 1\nDòng 2\tcột"


def test_a_title_of_zero_width_characters_only_is_refused(services: Services) -> None:
    error = refused(services, lambda: new_document(services, "QT.03", title="\u200b\u200b\u200d"))
    assert [(p.field, p.code) for p in error.problems] == [("title", "required")]
    error = refused(services, lambda: services.legal.save(external(summary="\ufeff\u200b")))
    assert [(p.field, p.code) for p in error.problems] == [("summary", "required")]


def test_100000_characters_are_refused_with_the_limit_named(services: Services, qapp) -> None:  # type: ignore[no-untyped-def]
    from isodesk.ui.dialogs.form_dialog import message_for

    huge = "a" * 100_000
    cases = [
        (lambda: services.legal.save(external(notes=huge)), "notes", NOTE_LIMIT),
        (lambda: services.legal.save(external(number=huge)), "number_symbol", 80),
        (lambda: new_document(services, "QT.04", title=huge), "title", 500),
        (lambda: new_document(services, huge), "code", 40),
        (lambda: services.agency.save_department(d.Department(None, huge, "X")), "name", 200),
    ]
    for call, field, limit in cases:
        error = refused(services, call)
        problem = next(p for p in error.problems if p.field == field)
        assert (problem.code, problem.params["max_length"]) == ("too_long", limit), field
        text = message_for(error)
        assert "{" not in text and str(limit) in text and len(text) < 1_000, text


def test_the_bad_code_message_does_not_repeat_a_long_input(services: Services, qapp) -> None:  # type: ignore[no-untyped-def]
    from isodesk.ui.dialogs.form_dialog import message_for

    error = refused(services, lambda: new_document(services, "QT 01 " + "x" * 5_000))
    assert len(message_for(error)) < 500


def test_an_nfd_copy_of_a_tthc_code_is_a_duplicate(services: Services) -> None:
    from isodesk.domain.scope import Tthc

    code = "1.001193.000.00.00.H12-ĐỊA"  # a local code with Vietnamese letters, as some provinces use
    services.tthc.save(Tthc(None, code, "Đăng ký khai sinh"))
    error = refused(services, lambda: services.tthc.save(Tthc(None, unicodedata.normalize("NFD", code),
                                                              "Đăng ký khai sinh")))
    assert [(p.field, p.code) for p in error.problems] == [("code", "duplicate")]
