"""A combo box that wraps its current text on several lines, for choices placed in the cells of a table
whose rows are several lines high (a plain QComboBox cuts a long department name at the cell's edge)."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox, QStylePainter, QWidget


class WrappingComboBox(QComboBox):
    """A QComboBox whose closed face shows the current text wrapped within its edit field (the popup is
    Qt's own); the current text is also its tooltip."""

    WRAPS_TEXT = True
    """Read by the clipping test: this combo's text needs height, not width."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentTextChanged.connect(self.setToolTip)

    def text_rect(self) -> QRect:
        """Where the text is painted: the style's edit field, less a small inner margin."""
        opt = QStyleOptionComboBox()
        self.initStyleOption(opt)
        field = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, opt,
                                            QStyle.SubControl.SC_ComboBoxEditField, self)
        return field.adjusted(2, 1, -2, -1)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        opt = QStyleOptionComboBox()
        self.initStyleOption(opt)
        opt.currentText = ""  # the frame and arrow by the style, the text by us (wrapped)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, opt)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(self.text_rect(), int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
                                               | Qt.TextFlag.TextWordWrap), self.currentText())
