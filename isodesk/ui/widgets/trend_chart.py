"""A line chart of rates over the years (on-time rate, online rate, satisfaction), painted with QPainter so
it is crisp on any screen, offscreen and in the frozen bundle (no chart module to ship)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from isodesk.domain.formatting import format_number


@dataclass(frozen=True)
class Series:
    """One line: its legend text, colour and the value (percent, or None) per year."""

    label: str
    color: str
    values: tuple[Decimal | None, ...]


class TrendChart(QWidget):
    """Rates per year on a 0–100 % scale (the lower bound follows the data so that 95–100 % reads)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._years: tuple[int, ...] = ()
        self._series: tuple[Series, ...] = ()
        self._empty_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(260)

    def sizeHint(self) -> QSize:
        return QSize(700, 360)

    def set_data(self, years: Sequence[int], series: Sequence[Series], empty_text: str = "") -> None:
        self._years = tuple(years)
        self._series = tuple(series)
        self._empty_text = empty_text
        self.update()

    def series(self) -> tuple[Series, ...]:
        return self._series

    def _floor(self) -> int:
        values = [v for s in self._series for v in s.values if v is not None]
        if not values:
            return 0
        lowest = float(min(values))
        return max(0, min(80, int(lowest // 10) * 10 - 10)) if lowest > 20 else 0

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        metrics = painter.fontMetrics()
        if not self._years:
            painter.setPen(QColor("#5f6368"))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self._empty_text)
            painter.end()
            return
        left = metrics.horizontalAdvance("100,0%") + 16
        legend_h = metrics.height() + 16
        top = metrics.height() + 14  # room for the value labels of points at 100 %
        plot = QRectF(left, top, max(10, self.width() - left - 24),
                      max(10, self.height() - top - legend_h - metrics.height() - 12))
        floor = self._floor()
        span = 100 - floor

        def y_of(value: float) -> float:
            return plot.bottom() - (value - floor) / span * plot.height()

        def x_of(i: int) -> float:
            if len(self._years) == 1:
                return plot.center().x()
            return plot.left() + 24 + i * (plot.width() - 48) / (len(self._years) - 1)

        grid = QPen(QColor("#dadce0"))
        grid.setWidth(1)
        for step in range(floor, 101, 10 if span > 30 else 5):
            painter.setPen(grid)
            painter.drawLine(QPointF(plot.left(), y_of(step)), QPointF(plot.right(), y_of(step)))
            painter.setPen(QColor("#5f6368"))
            painter.drawText(QRectF(0, y_of(step) - metrics.height() / 2, left - 8, metrics.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, f"{step}%")
        for i, year in enumerate(self._years):
            painter.drawText(QRectF(x_of(i) - 40, plot.bottom() + 4, 80, metrics.height()),
                             Qt.AlignmentFlag.AlignCenter, str(year))
        taken: list[QRectF] = []  # value labels already drawn: rates near 100 % would overlap
        for series in self._series:
            pen = QPen(QColor(series.color))
            pen.setWidth(3)
            painter.setPen(pen)
            points = [(x_of(i), y_of(float(v)), v) for i, v in enumerate(series.values) if v is not None]
            for (x1, y1, _), (x2, y2, _) in zip(points, points[1:]):
                painter.drawLine(QPointF(x1, y1), QPointF(x2, y2))
            painter.setBrush(QColor(series.color))
            for x, y, v in points:
                painter.drawEllipse(QPointF(x, y), 4, 4)
                h = metrics.height()
                # Above the point, else below it, else further away: never on another label.
                for offset in (-h - 6, 6, -2 * h - 8, h + 8, -3 * h - 10, 2 * h + 10):
                    box = QRectF(x - 45, y + offset, 90, h)
                    if not any(box.intersects(other) for other in taken):
                        break
                taken.append(box)
                painter.drawText(box, Qt.AlignmentFlag.AlignCenter, format_number(v, 2) + "%")
        # Legend under the plot.
        x = plot.left()
        y = self.height() - legend_h + 4
        font = QFont(painter.font())
        painter.setFont(font)
        for series in self._series:
            painter.setPen(QPen(QColor(series.color), 3))
            painter.drawLine(QPointF(x, y + metrics.height() / 2), QPointF(x + 24, y + metrics.height() / 2))
            painter.setPen(QColor("#202124"))
            painter.drawText(QPointF(x + 30, y + metrics.ascent()), series.label)
            x += 30 + metrics.horizontalAdvance(series.label) + 28
        painter.end()
