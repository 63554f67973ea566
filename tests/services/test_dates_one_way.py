"""Issue 13 item 9 (dates): every date in the running text of every document the demo offers is written one
way, the NĐ 30 form of isodesk's ``short_date`` — ``dd/mm/yyyy``, day and month zero-padded (``05/03/2014``,
never ``5/3/2014`` or ``15/3/2026``, nor ``2026-03-15``). The date line under the header keeps its own NĐ 30
form (``ngày 05 tháng 3 năm 2026``), which is not a numeric date."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

import docx
import pytest

from isodesk.domain.formatting import short_date
from isodesk.reports import render_docx

TODAY = date(2026, 11, 22)
# Any numeric day-month-year with the same separator twice, or an ISO date.
NUMERIC_DATE = re.compile(r"(?<![\d/.-])\d{1,2}([/.-])\d{1,2}\1\d{4}(?![\d/])|(?<![\d-])\d{4}-\d{1,2}-\d{1,2}(?![\d-])")
THE_FORM = re.compile(r"\d{2}/\d{2}/\d{4}")


def off_form_dates(text: str) -> list[str]:
    """The numeric dates of ``text`` not written as ``short_date`` writes them."""
    return [m.group(0) for m in NUMERIC_DATE.finditer(text) if not THE_FORM.fullmatch(m.group(0))]


def test_the_scan_finds_other_forms() -> None:
    assert off_form_dates(f"ngày {short_date(date(2014, 3, 5))}, số 19/2014/QĐ-TTg, mã 1.001193.000.00.00.H12") == []
    assert off_form_dates("ngày 05/3/2014; trước ngày 15/3/2026; 5/03/2014; 2026-03-15; 05.03.2014") == [
        "05/3/2014", "15/3/2026", "5/03/2014", "2026-03-15", "05.03.2014"]


def _texts(path: Path) -> list[str]:
    word = docx.Document(str(path))
    texts = [p.text for p in word.paragraphs]
    texts += [c.text for t in word.tables for r in t.rows for c in r.cells]
    for section in word.sections:
        for part in (section.header, section.footer):
            texts += [p.text for p in part.paragraphs]
            texts += [c.text for t in part.tables for r in t.rows for c in r.cells]
    return texts


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Any:
    from isodesk.demo.data import generate_demo
    from isodesk.services.registry import open_services

    services = open_services(generate_demo(tmp_path_factory.mktemp("dates") / "demo.db", scale="small", today=TODAY))
    yield services
    services.close()


def test_every_offered_document_writes_its_dates_one_way(demo: Any, tmp_path: Path) -> None:
    found: dict[str, list[str]] = {}
    built = 0
    for year in (TODAY.year - 1, TODAY.year):
        for offer in demo.contributions.documents(year):
            doc = demo.contributions.build(year, offer.key, TODAY)
            path = render_docx(doc, tmp_path / f"{offer.key}-{year}.docx")
            built += 1
            for text in _texts(path):
                for bad in off_form_dates(text):
                    found.setdefault(f"{offer.key}@{year}", []).append(f"{bad} in “{text[:80]}”")
    assert built >= 20
    assert not found, "\n".join(f"{key}: {'; '.join(dict.fromkeys(items))}" for key, items in found.items())
