"""The objectives chart: target against result per objective, one bar per measuring period.

Painted with QPainter (no QtCharts): crisp offscreen, in print grabs and in the frozen bundle, with
nothing more to bundle. Each objective is a row: its name, then one thin bar per period scaled to the
objective's own scale (0–100 for a percentage), green when the period is achieved, red when not,
an empty outline when not measured yet, and a dark tick at the target.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from isodesk.domain import objectives as d

ACHIEVED = QColor("#2e7d32")
MISSED = QColor("#c62828")
PENDING = QColor("#9e9e9e")
TARGET = QColor("#212121")
BAR_HEIGHT = 9
BAR_GAP = 3
ROW_GAP = 12
LABEL_WIDTH = 0.42  # share of the width given to the objective's name


def scale_of(item: d.Objective) -> Decimal:
    """The value at the right end of the bars: 100 for a percentage, else room above the largest value."""
    if item.unit.strip() == "%":
        return Decimal(100)
    values = [r.value for r in item.results if r.value is not None]
    top = max([item.target or Decimal(0), *values])
    return top * Decimal("1.25") if top > 0 else Decimal(1)


class ObjectivesChart(QWidget):
    """Target vs result per objective and period; ``set_objectives`` gives what to draw."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[d.Objective] = []
        self._bars: list[tuple[float | None, list[tuple[float, QColor, str] | None]]] = []
        self._heights: list[int] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.setAutoFillBackground(True)

    def set_objectives(self, items: Sequence[d.Objective]) -> None:
        self._items = list(items)
        # What each row draws, computed once here rather than in every paint.
        self._bars = [self._bars_of(item) for item in self._items]
        self._heights = [self._row_height(item) for item in self._items]
        self.updateGeometry()
        self.update()

    @staticmethod
    def _bars_of(item: d.Objective) -> tuple[float | None, list[tuple[float, QColor, str] | None]]:
        """(target share, per period (share, colour, value text) or None when not measured)."""
        scale = scale_of(item)
        unit = " %" if item.unit == "%" else ""
        bars: list[tuple[float, QColor, str] | None] = []
        for period in item.periods:
            result = item.result_for(period.code)
            if result is None or result.value is None:
                bars.append(None)
                continue
            share = float(min(result.value, scale) / scale) if scale else 0.0
            color = ACHIEVED if item.achievement_in(period.code) is d.Achievement.ACHIEVED else MISSED
            bars.append((share, color, f"{d.format_number(result.value)}{unit}"))
        target = float(min(item.target, scale) / scale) if item.target is not None and scale else None
        return target, bars

    def objectives(self) -> list[d.Objective]:
        return list(self._items)

    def _row_height(self, item: d.Objective) -> int:
        bars = len(item.periods) * (BAR_HEIGHT + BAR_GAP)
        return max(bars, 2 * QFontMetrics(self.font()).height()) + ROW_GAP

    def _legend_height(self) -> int:
        return QFontMetrics(self.font()).height() + 10

    def sizeHint(self) -> QSize:
        return QSize(360, self.minimumSizeHint().height())

    def minimumSizeHint(self) -> QSize:
        return QSize(260, self._legend_height() + sum(self._heights) + 8)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        metrics = QFontMetrics(self.font())
        width = self.width() - 12
        self._paint_legend(painter, metrics)
        y = self._legend_height()
        label_width = int(width * LABEL_WIDTH)
        bars_left = 6 + label_width + 8
        bars_width = max(40, width - label_width - 8 - metrics.horizontalAdvance("100,0 %") - 6)
        visible = event.rect()
        for number, (item, height) in enumerate(zip(self._items, self._heights), start=1):
            if y > visible.bottom():
                break
            if y + height >= visible.top():
                self._paint_row(painter, metrics, number, item, self._bars[number - 1], y, label_width, bars_left,
                                bars_width, height)
            y += height
        painter.end()

    def _paint_legend(self, painter: QPainter, metrics: QFontMetrics) -> None:
        x, y = 6, 4
        h = metrics.height()
        for color, text in ((ACHIEVED, self.tr("Achieved")), (MISSED, self.tr("Not achieved")),
                            (PENDING, self.tr("Not measured")), (TARGET, self.tr("Target"))):
            if color is TARGET:
                painter.setPen(QPen(TARGET, 2))
                painter.drawLine(x + 5, y + 2, x + 5, y + h - 2)
            else:
                painter.fillRect(QRectF(x, y + (h - BAR_HEIGHT) / 2, 14, BAR_HEIGHT), color)
            painter.setPen(self.palette().text().color())
            painter.drawText(x + 18, y + metrics.ascent(), text)
            x += 18 + metrics.horizontalAdvance(text) + 16

    def _paint_row(self, painter: QPainter, metrics: QFontMetrics, number: int, item: d.Objective,
                   bars: tuple[float | None, list[tuple[float, QColor, str] | None]], y: int, label_width: int,
                   left: int, bars_width: int, height: int) -> None:
        text_color = self.palette().text().color()
        painter.setPen(text_color)
        label = metrics.elidedText(f"{number}. {item.title}", Qt.TextElideMode.ElideRight, label_width)
        painter.drawText(6, y + metrics.ascent(), label)
        painter.setPen(self.palette().placeholderText().color())
        painter.drawText(6, y + metrics.height() + metrics.ascent(),
                         metrics.elidedText(item.target_text, Qt.TextElideMode.ElideRight, label_width))
        target, per_period = bars
        by = y
        for bar in per_period:
            if bar is None:
                painter.setPen(QPen(PENDING, 1, Qt.PenStyle.DotLine))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(QRectF(left, by, bars_width, BAR_HEIGHT))
            else:
                share, color, text = bar
                painter.fillRect(QRectF(left, by, bars_width * share, BAR_HEIGHT), color)
                painter.setPen(text_color)
                painter.drawText(int(left + bars_width + 4), int(by + BAR_HEIGHT), text)
            by += BAR_HEIGHT + BAR_GAP
        if target is not None:
            x = left + bars_width * target
            painter.setPen(QPen(TARGET, 2))
            painter.drawLine(int(x), y - 2, int(x), by - BAR_GAP + 2)
        painter.setPen(QPen(self.palette().mid().color(), 1))
        painter.drawLine(6, y + height - ROW_GAP // 2, left + bars_width, y + height - ROW_GAP // 2)
