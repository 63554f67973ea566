""""Xem" on a readiness issue opens the list narrowed to exactly those records, under a removable chip
(issue 13 item 12)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.usefixtures("ui_env")


@pytest.fixture
def demo_services(demo_copy: Path):  # type: ignore[no-untyped-def]
    from isodesk.services.registry import open_services

    services = open_services(demo_copy)
    yield services
    services.close()


@pytest.mark.parametrize("tab_name", ["internal", "external", "tthc"])
def test_open_target_narrows_the_list_and_the_chip_shows_all_again(demo_services: Any, qtbot, tab_name: str) -> None:  # type: ignore[no-untyped-def]
    from isodesk.ui.screens.external_documents_tab import ExternalDocumentsTab
    from isodesk.ui.screens.internal_documents_tab import InternalDocumentsTab
    from isodesk.ui.screens.tthc_tab import TthcTab

    cls = {"internal": InternalDocumentsTab, "external": ExternalDocumentsTab, "tthc": TthcTab}[tab_name]
    tab = cls(demo_services)
    qtbot.addWidget(tab)
    tab.resize(1366, 768)
    tab.show()
    tab._ensure_loaded()
    total = tab.proxy.rowCount()
    ids = [tab.model.rows()[i].id for i in (0, total // 2, total - 1)]
    tab.open_target(ids)
    assert tab.proxy.rowCount() == 3  # exactly those, not scattered selections in the long list
    assert tab._chip is not None and tab._chip.isVisible() and "3" in tab._chip.text()
    tab._chip.click()
    assert tab.proxy.rowCount() == total and not tab._chip.isVisible()
