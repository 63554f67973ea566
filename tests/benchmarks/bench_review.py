"""Assembling the management review's 9.3.2 inputs on the large demo database (ten years, every module
contributing): ``services.review.inputs(year)`` — target < 300 ms.

Run: ``python -m pytest tests/benchmarks/bench_review.py -m benchmark -s``
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.benchmark

TARGET_S = 0.300


@pytest.fixture(scope="module")
def services(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    from isodesk.demo.data import generate_demo
    from isodesk.services.registry import open_services

    db = tmp_path_factory.mktemp("bench") / "large.db"
    started = time.perf_counter()
    generate_demo(db, scale="large")
    print(f"\nlarge demo generated in {time.perf_counter() - started:.1f} s")
    opened = open_services(db)
    yield opened
    opened.close()


def test_inputs_are_assembled_quickly(services: Any) -> None:
    year = max(y.year for y in services.years.years()) - 1
    services.review.inputs(year)  # warm up (imports, caches)
    timings = []
    for _ in range(5):
        started = time.perf_counter()
        blocks = services.review.inputs(year)
        timings.append(time.perf_counter() - started)
    median = statistics.median(timings)
    print(f"\nreview inputs of {year} ({len(blocks)} blocks, "
          f"{sum(b.has_data for b in blocks)} with data): median {median * 1000:.0f} ms")
    assert blocks[0].has_data  # last year's actions
    assert median < TARGET_S
