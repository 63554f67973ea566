"""Báo cáo năm: the documents of the year that isodesk drafts and generates.

For now that is the year's QMS maintenance plan; the annual report itself and its appendices join
as further pages when they are built.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from isodesk.ui.screens.plan_page import PlanPage

if TYPE_CHECKING:
    from isodesk.services.registry import Services
    from isodesk.ui.main_window import MainWindow


class AnnualReportScreen(QWidget):
    """One page per document of the reporting year that isodesk generates."""

    def __init__(self, services: Services, window: MainWindow) -> None:
        super().__init__()
        self.setObjectName("AnnualReportScreen")
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
