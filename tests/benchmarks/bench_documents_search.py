"""Documents list benchmark: search and filters over the large demo (≥ 1,000 documents, ~4,500 revisions).

Not part of the default run. Run with::

    .venv/bin/pytest tests/benchmarks/bench_documents_search.py -m benchmark -s

Target: every filtered list under 50 ms (median of repeated runs); the large seed in a few seconds.
"""

from __future__ import annotations

import random
import statistics
import time
from collections.abc import Callable
from datetime import date

import pytest

from isodesk.domain import core as d
from isodesk.domain import documents as dd
from isodesk.demo.documents import seed_demo_documents
from isodesk.services.documents.documents_service import DocumentsService

TARGET_MS = 50.0
SEED_TARGET_S = 5.0
TODAY = date(2025, 11, 20)


def _median_ms(call: Callable[[], object], runs: int = 15) -> tuple[float, object]:
    call()  # warm the statement cache and SQLite's page cache
    timings, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = call()
        timings.append((time.perf_counter() - start) * 1000)
    return statistics.median(timings), result


@pytest.mark.benchmark
def test_filtered_documents_list_is_fast_on_the_large_demo(services) -> None:  # type: ignore[no-untyped-def]
    departments = [services.agency.save_department(d.Department(None, name, abbr)) for name, abbr in (
        ("Văn phòng", "VP"), ("Phòng Kinh tế", "KT"), ("Phòng Văn hóa - Xã hội", "VHXH"),
        ("Trung tâm Phục vụ hành chính công", "TTPVHCC"), ("Phòng Tư pháp - Hộ tịch", "TP"))]
    people = [services.agency.save_person(d.Person(None, "Phan Đức Thắng", "Chủ tịch", departments[0].id,
                                                   is_leader=True)),
              services.agency.save_person(d.Person(None, "Nguyễn Thị Thu Hà", "Thư ký ISO", departments[0].id,
                                                   is_iso_secretary=True)),
              *(services.agency.save_person(d.Person(None, f"Công chức {i}", "Công chức", dep.id))
                for i, dep in enumerate(departments))]
    start = time.perf_counter()
    summary = seed_demo_documents(services, random.Random(2025), "large", departments, people, today=TODAY)
    seed_s = time.perf_counter() - start
    assert summary.documents >= 1000

    docs = DocumentsService(services.sessions, services.attachments)
    cases: dict[str, dd.DocumentFilter] = {
        "all": dd.DocumentFilter(today=TODAY),
        "text 'quy trinh giay phep'": dd.DocumentFilter(text="quy trinh giay phep", today=TODAY),
        "text 'khai sinh'": dd.DocumentFilter(text="khai sinh", today=TODAY),
        "kind TTHC": dd.DocumentFilter(kind=dd.DocumentKind.TTHC_PROCEDURE, today=TODAY),
        "status hiệu lực + department": dd.DocumentFilter(status=dd.RevisionStatus.EFFECTIVE,
                                                          department_id=departments[1].id, today=TODAY),
        "review due": dd.DocumentFilter(review_due_before=TODAY, today=TODAY),
        "text + kind + review due": dd.DocumentFilter(text="giay", kind=dd.DocumentKind.FORM,
                                                      review_due_before=date(2026, 6, 30), today=TODAY),
    }
    print(f"\nlarge demo: {summary.documents} documents, {summary.revisions} revisions, "
          f"{summary.distributions} distributions, {summary.reviews} reviews — seeded in {seed_s:.2f} s")
    worst = 0.0
    for label, flt in cases.items():
        ms, rows = _median_ms(lambda flt=flt: docs.list_documents(flt))
        worst = max(worst, ms)
        print(f"  list_documents[{label:32}] {len(rows):5d} rows  {ms:6.1f} ms")  # type: ignore[arg-type]
    detail_ms, _ = _median_ms(lambda: docs.get_document(docs.find_by_code("QT.HT.01").id))  # type: ignore[union-attr]
    print(f"  get_document (with revisions, files, distribution, reviews)  {detail_ms:6.1f} ms")
    assert seed_s < SEED_TARGET_S
    assert worst < TARGET_MS, f"slowest filtered list took {worst:.1f} ms (target {TARGET_MS} ms)"
