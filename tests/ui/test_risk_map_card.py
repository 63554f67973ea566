"""The home screen's risk map card (issue 8 item 7): counts by level and group; a click opens those entries."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.usefixtures("ui_env")


def test_the_card_counts_open_risks_and_a_click_opens_them(demo_copy: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    from isodesk.domain import risks as d
    from isodesk.services.registry import open_services
    from isodesk.ui.widgets.risk_map import RiskMapCard

    services = open_services(demo_copy)
    try:
        card = RiskMapCard(services)
        qtbot.addWidget(card)
        card.show()
        card.load(2026)
        entries = services.risks.list_entries(2026)
        cells = d.risk_map(entries)
        assert card.isVisible() and card.title.text().startswith("Rủi ro năm 2026")
        cell = next(c for c in cells if c.count)
        opened: list[Any] = []
        card.open_requested.connect(lambda target, ids: opened.append((target, ids)))
        card.map.click_cell(cell.group, cell.level)
        assert opened == [("risks.register", cell.ids)]
        card.load(1990)  # a year without risks: no card
        assert not card.isVisible()
    finally:
        services.close()
