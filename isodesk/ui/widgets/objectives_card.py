"""The home screen's small card of the year's quality objectives: achieved over evaluated, and the
objectives chart (target vs result per period), with a button to the objectives screen."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from isodesk.domain import objectives as d
from isodesk.ui.widgets.objectives_chart import ObjectivesChart

if TYPE_CHECKING:
    from isodesk.services.registry import Services


class ObjectivesCard(QFrame):
    """Summary and chart of one year's objectives; hidden for a year without objectives."""

    open_requested = Signal(str)

    def __init__(self, services: Services | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Card")
        self._services = services
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        top = QHBoxLayout()
        self.title = QLabel()
        self.title.setObjectName("SectionTitle")
        self.title.setWordWrap(True)
        self.open_button = QPushButton(self.tr("View"))
        self.open_button.clicked.connect(lambda: self.open_requested.emit("objectives.list"))
        top.addWidget(self.title, 1)
        top.addWidget(self.open_button)
        layout.addLayout(top)
        self.chart = ObjectivesChart()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.chart)
        scroll.setMaximumHeight(200)
        scroll.setMinimumHeight(120)
        layout.addWidget(scroll)

    def bind(self, services: Services) -> None:
        """Give a card built before the data was open (the remembered overview) its services."""
        self._services = services

    def load(self, year: int | None) -> None:
        """Show ``year``'s objectives (the results typed, and the named figures once collected)."""
        service = getattr(self._services, "objectives", None)
        items = [] if year is None or service is None else service.objectives(
            year, figures=service.cached_figures(year) or {})
        self.setVisible(bool(items))
        achieved = sum(1 for o in items if o.achievement is d.Achievement.ACHIEVED)
        evaluated = achieved + sum(1 for o in items if o.achievement is d.Achievement.NOT_ACHIEVED)
        self.title.setText(self.tr("Quality objectives {year}: {achieved}/{evaluated} achieved ({total} objectives)").format(year=year, achieved=achieved, evaluated=evaluated,
                                                                  total=len(items)))
        self.chart.set_objectives(items)
