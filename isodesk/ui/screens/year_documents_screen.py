"""Kế hoạch và văn bản năm: the plans and drafted documents of the reporting year.

Today that is the year's QMS maintenance plan; the other drafted documents of the year (decisions,
minutes) join as further pages. The annual report is not here: it gets its own navigation entry when
it is built, so this entry promises only what it shows. (Navigation key ``annual_report`` is kept for
the cycle targets already stored, e.g. ``annual_report.plan``.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from isodesk.ui.screens.plan_page import PlanPage

if TYPE_CHECKING:
    from isodesk.services.registry import Services
    from isodesk.ui.main_window import MainWindow


class YearDocumentsScreen(QWidget):
    """One page per document of the reporting year that isodesk generates."""

    def __init__(self, services: Services, window: MainWindow) -> None:
        super().__init__()
        self.setObjectName("YearDocumentsScreen")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.plan_page = PlanPage(services, window)
        self.tabs.addTab(self.plan_page, self.tr("QMS maintenance plan"))
        layout.addWidget(self.tabs)
        self._pages: dict[str, QWidget] = {"plan": self.plan_page}

    def open_target(self, sub: str, record_ids: tuple[int, ...] = ()) -> None:
        """Open a page by key (``"plan"``)."""
        page = self._pages.get(sub)
        if page is not None:
            self.tabs.setCurrentWidget(page)
