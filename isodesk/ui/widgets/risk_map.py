"""The risk map: open risks counted by level (Thấp · Cao · Rất cao) × group (nội bộ, bên ngoài, các bên quan
tâm), painted with QPainter (crisp offscreen and in the frozen bundle). Shown on the risks screen and as a
card on the home screen."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from isodesk.domain import risks as d
from isodesk.domain.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from isodesk.services.registry import Services

#: Colours of the three levels on the map and in the list (light fill, strong text).
LEVEL_FILL = {d.RiskLevel.LOW: QColor("#e3f1e6"), d.RiskLevel.HIGH: QColor("#fff1d6"),
              d.RiskLevel.VERY_HIGH: QColor("#fde4e1")}
LEVEL_TEXT = {d.RiskLevel.LOW: QColor("#1e7b3a"), d.RiskLevel.HIGH: QColor("#8a5a00"),
              d.RiskLevel.VERY_HIGH: QColor("#b3261e")}


class RiskMap(QWidget):
    """Open risks counted by level (columns) × group (rows); ``cell_clicked(group, level)`` on a click."""

    cell_clicked = Signal(object, object)

    _GROUP_NAMES = (QT_TRANSLATE_NOOP("RiskMap", "Internal"), QT_TRANSLATE_NOOP("RiskMap", "External"),
                    QT_TRANSLATE_NOOP("RiskMap", "Interested parties"))
    _LEVEL_NAMES = (QT_TRANSLATE_NOOP("RiskMap", "Low"), QT_TRANSLATE_NOOP("RiskMap", "High"),
                    QT_TRANSLATE_NOOP("RiskMap", "Very high"))

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("RiskMap")
        self._counts: dict[tuple[d.RiskGroup, d.RiskLevel], int] = {}
        self._selected: tuple[d.RiskGroup, d.RiskLevel] | None = None
        self.setMinimumSize(QSize(330, 150))
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt naming
        return QSize(360, 150)

    def set_cells(self, cells: list[d.RiskMapCell]) -> None:
        self._counts = {(c.group, c.level): c.count for c in cells}
        self.update()

    def set_selected(self, cell: tuple[d.RiskGroup, d.RiskLevel] | None) -> None:
        self._selected = cell
        self.update()

    def count(self, group: d.RiskGroup, level: d.RiskLevel) -> int:
        return self._counts.get((group, level), 0)

    def _geometry(self) -> tuple[float, float, float, float]:
        label_w = self.width() * 0.36
        head_h = 24.0
        cell_w = (self.width() - label_w - 2) / 3
        cell_h = (self.height() - head_h - 2) / 3
        return label_w, head_h, cell_w, cell_h

    def cell_rect(self, group: d.RiskGroup, level: d.RiskLevel) -> QRectF:
        label_w, head_h, cell_w, cell_h = self._geometry()
        return QRectF(label_w + level.rank * cell_w, head_h + list(d.RiskGroup).index(group) * cell_h, cell_w, cell_h)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt naming
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        label_w, head_h, cell_w, cell_h = self._geometry()
        text_pen = QPen(self.palette().text().color())
        small = QFont(self.font())
        small.setPointSizeF(max(self.font().pointSizeF() - 0.5, 8.0))
        painter.setFont(small)
        painter.setPen(text_pen)
        for level, name in zip(d.RiskLevel, self._LEVEL_NAMES, strict=True):
            rect = QRectF(label_w + level.rank * cell_w, 0, cell_w, head_h)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, QCoreApplication.translate("RiskMap", name))
        for row, (group, name) in enumerate(zip(d.RiskGroup, self._GROUP_NAMES, strict=True)):
            rect = QRectF(0, head_h + row * cell_h, label_w - 6, cell_h)
            painter.setPen(text_pen)
            painter.drawText(rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight
                             | Qt.TextFlag.TextWordWrap, QCoreApplication.translate("RiskMap", name))
            for level in d.RiskLevel:
                cell = self.cell_rect(group, level).adjusted(2, 2, -2, -2)
                count = self.count(group, level)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(LEVEL_FILL[level] if count else QColor("#f3f5f8"))
                painter.drawRoundedRect(cell, 4, 4)
                if self._selected == (group, level):
                    painter.setPen(QPen(QColor("#1f5fa8"), 2))
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                    painter.drawRoundedRect(cell, 4, 4)
                bold = QFont(self.font())
                bold.setBold(True)
                bold.setPointSizeF(self.font().pointSizeF() + 2)
                painter.setFont(bold)
                painter.setPen(LEVEL_TEXT[level] if count else QColor("#9aa3ae"))
                painter.drawText(cell, Qt.AlignmentFlag.AlignCenter, str(count))
                painter.setFont(small)
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt naming
        point = event.position()
        for group in d.RiskGroup:
            for level in d.RiskLevel:
                if self.cell_rect(group, level).contains(point):
                    self.click_cell(group, level)
                    return
        super().mousePressEvent(event)

    def click_cell(self, group: d.RiskGroup, level: d.RiskLevel) -> None:
        """Select a cell (a second click on it clears it) and say so."""
        cell = None if self._selected == (group, level) else (group, level)
        self.set_selected(cell)
        self.cell_clicked.emit(cell[0] if cell else None, cell[1] if cell else None)


class RiskMapCard(QFrame):
    """The home screen's small card of the year's risk map; a click on a cell opens those entries in the
    register. Hidden for a year without risks."""

    open_requested = Signal(str, tuple)
    """(navigation target, record ids) to open."""

    def __init__(self, services: Services | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Card")
        self._services = services
        self._cells: list[d.RiskMapCell] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        top = QHBoxLayout()
        self.title = QLabel()
        self.title.setObjectName("SectionTitle")
        self.title.setWordWrap(True)
        self.open_button = QPushButton(self.tr("View"))
        self.open_button.clicked.connect(lambda: self.open_requested.emit("risks.register", ()))
        top.addWidget(self.title, 1)
        top.addWidget(self.open_button)
        layout.addLayout(top)
        self.map = RiskMap()
        self.map.cell_clicked.connect(self._on_map_cell_clicked)
        layout.addWidget(self.map, 0, Qt.AlignmentFlag.AlignHCenter)

    def bind(self, services: Services) -> None:
        """Give a card built before the data was open (the remembered overview) its services."""
        self._services = services

    def load(self, year: int | None) -> None:
        """Show ``year``'s open risks by level and group."""
        service = getattr(self._services, "risks", None)
        entries = [] if year is None or service is None else service.list_entries(year)
        self._cells = d.risk_map(entries)
        risks = sum(c.count for c in self._cells)
        self.setVisible(risks > 0)
        high = sum(c.count for c in self._cells if c.level is not d.RiskLevel.LOW)
        self.title.setText(self.tr("Risks {year}: {count} open, {high} high or very high").format(
            year=year, count=risks, high=high))
        self.map.set_selected(None)
        self.map.set_cells(self._cells)

    def _on_map_cell_clicked(self, group: d.RiskGroup | None, level: d.RiskLevel | None) -> None:
        ids = next((c.ids for c in self._cells if (c.group, c.level) == (group, level)), ())
        self.map.set_selected(None)
        if ids:
            self.open_requested.emit("risks.register", tuple(ids))
