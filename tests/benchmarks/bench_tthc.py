"""Legal/scope benchmark: search over the large demo (≥ 500 external documents, ≥ 300 TTHC, ten years).

Not part of the default run. Run with::

    .venv/bin/pytest tests/benchmarks/bench_tthc.py -m benchmark -s

Target: every search under 50 ms (median of repeated runs); the large seed in a few seconds.
"""

from __future__ import annotations

import random
import statistics
import time
from collections.abc import Callable
from datetime import date

import pytest

from isodesk.domain import core as d
from isodesk.domain.legal import ExternalDocKind, LegalStatus
from isodesk.domain.scope import TthcStatus
from isodesk.services.year.cycle_service import CycleService
from isodesk.demo.documents import seed_demo_documents
from isodesk.demo.legal import seed_demo_legal
from isodesk.services.legal.legal_service import LegalService
from isodesk.services.tthc.scope_cycle import ScopeCycleProvider
from isodesk.services.tthc.tthc_service import TthcService

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
def test_search_is_fast_on_the_large_demo(services) -> None:  # type: ignore[no-untyped-def]
    departments = [services.agency.save_department(d.Department(None, name, abbr)) for name, abbr in (
        ("Văn phòng", "VP"), ("Phòng Kinh tế", "KT"), ("Phòng Văn hóa - Xã hội", "VHXH"),
        ("Trung tâm Phục vụ hành chính công", "TTPVHCC"), ("Phòng Tư pháp - Hộ tịch", "TP"))]
    people = [services.agency.save_person(d.Person(None, "Phan Đức Thắng", "Chủ tịch", departments[0].id,
                                                   is_leader=True)),
              services.agency.save_person(d.Person(None, "Nguyễn Thị Thu Hà", "Thư ký ISO", departments[0].id,
                                                   is_iso_secretary=True))]
    services.years.save(d.ReportingYear(None, 2025, *d.default_period(2025)))
    rng = random.Random(2025)
    seed_demo_documents(services, rng, "large", departments, people, today=TODAY)
    start = time.perf_counter()
    summary = seed_demo_legal(services, rng, "large", departments, today=TODAY)
    seed_s = time.perf_counter() - start
    assert summary.external_documents >= 500 and summary.tthc >= 300

    legal, tthc = LegalService(services.sessions), TthcService(services.sessions)
    searches: dict[str, Callable[[], object]] = {
        "external: all": lambda: legal.search(),
        "external: 'nghi dinh'": lambda: legal.search("nghi dinh"),
        "external: 'mot cua lien thong'": lambda: legal.search("mot cua lien thong"),
        "external: '118/2025/NĐ-CP'": lambda: legal.search("118/2025/NĐ-CP"),
        "external: 'danh muc' + decisions": lambda: legal.search("danh muc", kind=ExternalDocKind.DECISION),
        "external: replaced": lambda: legal.search(status=LegalStatus.REPLACED),
        "external: field Đất đai": lambda: legal.search(field="Đất đai"),
        "external: department": lambda: legal.search(department_id=departments[1].id),
        "tthc: all": lambda: tthc.search(),
        "tthc: 'giay phep'": lambda: tthc.search("giay phep"),
        "tthc: 'khai sinh'": lambda: tthc.search("khai sinh"),
        "tthc: in force, uncovered": lambda: tthc.search(in_force=True, covered=False),
        "tthc: amended": lambda: tthc.search(status=TthcStatus.AMENDED),
    }
    others: dict[str, Callable[[], object]] = {
        "coverage": tthc.coverage,
        "scope_status": lambda: tthc.scope_status(TODAY),
        "tthc_summary(2025)": lambda: tthc.tthc_summary(2025),
        "scope checks (a)-(e)": lambda: [i for i in CycleService(services.sessions, [ScopeCycleProvider()])
                                         .overview(2025, today=TODAY).issues],
    }
    print(f"\nlarge demo: {summary.external_documents} external documents, {summary.tthc} TTHC, "
          f"{summary.events} events — legal seed in {seed_s:.2f} s")
    worst = 0.0
    for label, call in searches.items():
        ms, rows = _median_ms(call)
        worst = max(worst, ms)
        print(f"  {label:36} {len(rows):5d} rows  {ms:6.1f} ms")  # type: ignore[arg-type]
    for label, call in others.items():
        ms, _ = _median_ms(call, runs=5)
        print(f"  {label:36}             {ms:6.1f} ms")
    assert seed_s < SEED_TARGET_S
    assert worst < TARGET_MS, f"slowest search took {worst:.1f} ms (target {TARGET_MS} ms)"
