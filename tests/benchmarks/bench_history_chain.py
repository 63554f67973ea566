"""What the tamper-evident change history (issue 12 item 15) costs: appending entries with and without
the chain, one service write end to end, and checking the whole chain of the large demo.

Run: ``python -m pytest tests/benchmarks/bench_history_chain.py -m benchmark -s``
"""

from __future__ import annotations

import json
import statistics
import time
from datetime import datetime

import pytest
from sqlalchemy import insert

from isodesk.domain import core as d
from isodesk.storage.history import append_history
from isodesk.storage.models.core import ChangeLogRow

pytestmark = pytest.mark.benchmark

BATCHES = 300
PER_BATCH = 3  # a typical save: the record and a couple of linked rows


def _entries() -> list[dict[str, object]]:
    now = datetime.now().replace(microsecond=0)
    return [{"at": now, "actor": "Nguyễn Thị Thu Hà", "entity": "issued_document", "entity_id": 10 + i,
             "action": "update", "changes": json.dumps({"summary": ["cũ", "mới"]}, ensure_ascii=False)}
            for i in range(PER_BATCH)]


def _time_appends(services, append) -> list[float]:  # type: ignore[no-untyped-def]
    times = []
    with services.engine.connect() as conn:
        transaction = conn.begin()
        for _ in range(BATCHES):
            started = time.perf_counter()
            append(conn, _entries())
            times.append(time.perf_counter() - started)
        transaction.rollback()  # the benchmark leaves the history as it found it
    return times


def test_history_append_cost_before_and_after_the_chain(services) -> None:  # type: ignore[no-untyped-def]
    def plain(conn, entries):  # type: ignore[no-untyped-def]  # before item 15: one INSERT, no hash
        conn.execute(insert(ChangeLogRow.__table__), entries)

    plain_times = _time_appends(services, plain)
    chained_times = _time_appends(services, append_history)
    before, after = statistics.median(plain_times), statistics.median(chained_times)

    writes = []
    for i in range(50):
        started = time.perf_counter()
        services.agency.save_person(d.Person(None, f"Cán bộ đo {i}", "Công chức"))
        writes.append(time.perf_counter() - started)

    with services.engine.connect() as conn:
        entries = conn.exec_driver_sql("SELECT count(*) FROM change_log").scalar()
    started = time.perf_counter()
    assert services.history.chain_break() is None
    verify = time.perf_counter() - started

    print(f"\nhistory append ({PER_BATCH} entries, median of {BATCHES}): before {before * 1e3:.3f} ms, "
          f"after (chained) {after * 1e3:.3f} ms, +{(after - before) * 1e3:.3f} ms")
    print(f"one service write (save a person, with its history) median {statistics.median(writes) * 1e3:.1f} ms")
    print(f"checking the whole chain of {entries} entries: {verify:.2f} s")
    assert after - before < 0.005  # under 5 ms added to a save
    assert verify < 10
