"""The TTHC changed by provincial decisions in the period are figures of the TTHC module, and the management
review's input b) (changes in external issues) quotes them (issue 10 item 4)."""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import date
from pathlib import Path

from isodesk.demo.data import generate_demo
from isodesk.services.registry import open_services

TODAY = date(2026, 11, 22)


def test_tthc_changes_of_the_period_are_counted_and_quoted_by_the_review(tmp_path: Path) -> None:
    db = generate_demo(tmp_path / "demo.db", today=TODAY)
    services = open_services(db)
    try:
        year = services.years.get(2026)
        assert year is not None
        start, end = year.period_start, year.period_end
        with contextlib.closing(sqlite3.connect(db)) as connection:
            expected = {kind: n for kind, n in connection.execute(
                "SELECT kind, count(DISTINCT tthc_id) FROM tthc_event WHERE event_date BETWEEN ? AND ? GROUP BY kind",
                (start.isoformat(), end.isoformat()))}
        figures = services.contributions.collect(2026, TODAY).figures
        got = {"added": figures["tthc.added"].value, "amended": figures["tthc.amended"].value,
               "abolished": figures["tthc.abolished_in_period"].value}
        assert got == {k: expected.get(k, 0) for k in got}
        assert sum(got.values()) > 0  # the demo has provincial decisions in 2026
        block = next(b for b in services.review.inputs(2026) if b.letter == "b")
        assert block.has_data and {f.key for f in block.figures} >= {"tthc.added", "tthc.amended"}
        # the demo commune was renamed on 1/7/2025 (the reform): a reorganisation of the 2025 period, none in 2026
        assert services.contributions.collect(2025, TODAY).figures["agency.reorganisations"].value == 1
        assert figures["agency.reorganisations"].value == 0
    finally:
        services.close()
