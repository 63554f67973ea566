"""Clipped text on a live widget tree: elided table headers and labels, buttons, check boxes, combo boxes
and search fields whose text does not fit the widget (helpers of ``test_no_clipping.py``; not collected).

Each check measures the text with the font the widget is painted in and the margins its style adds, and
compares with the widget's size as laid out — what the user sees at that window size.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QStyleOptionComboBox,
    QStyleOptionFrame,
    QStyleOptionHeader,
    QToolButton,
    QWidget,
)

_SLACK = 1
"""Pixels of rounding forgiven (fractional advances)."""


@dataclass(frozen=True)
class Clipping:
    """One clipped text: where, what, and by how much."""

    where: str
    widget: str
    text: str
    need: QSize
    have: QSize

    def __str__(self) -> str:
        return (f"{self.where}: {self.widget} “{self.text}” needs {self.need.width()}×{self.need.height()} px, "
                f"has {self.have.width()}×{self.have.height()}")


def _name(widget: QWidget) -> str:
    parts: list[str] = []
    w: QWidget | None = widget
    while w is not None and len(parts) < 3:
        parts.append(w.objectName() or type(w).__name__)
        w = w.parentWidget()
    return f"{type(widget).__name__} {'/'.join(reversed(parts))}"


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def header_font(header: QHeaderView) -> QFont:
    """The font section texts are painted in: the header's, bold when the theme says so (the style sheet's
    ``QHeaderView::section { font-weight: bold }`` applies at paint time, not to ``header.font()``)."""
    font = QFont(header.font())
    sheet = (header.window().styleSheet() or "") + (_app_sheet() or "")
    if "QHeaderView::section" in sheet and "font-weight: bold" in sheet.split("QHeaderView::section", 1)[1].split("}")[0]:
        font.setBold(True)
    return font


def _app_sheet() -> str:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    return app.styleSheet() if isinstance(app, QApplication) else ""


def header_clippings(header: QHeaderView, where: str) -> list[Clipping]:
    """Sections whose header text is elided or cut: wider than the section (wrapped on as many lines as the
    header's height holds when the header wraps), with the style's header margins."""
    model = header.model()
    if model is None or not header.isVisible() or header.orientation() != Qt.Orientation.Horizontal:
        return []
    metrics = QFontMetrics(header_font(header))
    style = header.style()
    opt = QStyleOptionHeader()
    opt.initFrom(header)
    margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, opt, header)
    wraps = bool(header.defaultAlignment() & Qt.TextFlag.TextWordWrap)
    height = header.height()
    out = []
    for section in range(header.count()):
        if header.isSectionHidden(section) or header.sectionSize(section) <= 0:
            continue
        text = str(model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or "")
        if not text:
            continue
        # The theme pads sections by 5 px on each side (the style's own header margin when it has none).
        pad = max(margin, 5)
        width = header.sectionSize(section) - 2 * pad
        if header.isSortIndicatorShown() and header.sortIndicatorSection() == section:
            width -= style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, opt, header)
        lines_room = height - 2 * pad
        if wraps:
            box = metrics.boundingRect(QRect(0, 0, max(width, 1), 10_000), int(Qt.TextFlag.TextWordWrap), text)
            widest = max(metrics.horizontalAdvance(word) for word in text.split())
            need = QSize(max(box.width(), widest), box.height())
        else:
            need = QSize(metrics.horizontalAdvance(text), metrics.height())
        if need.width() > width + _SLACK or need.height() > lines_room + _SLACK:
            out.append(Clipping(where, f"{_name(header)} section {section}", text, need,
                                QSize(width, lines_room)))
    return out


def _button_need(button: QAbstractButton) -> QSize:
    """The size the button's text (and icon) needs with the style's margins — no minimum width for looks."""
    text = _plain(button.text())
    metrics = button.fontMetrics()
    size = metrics.size(int(Qt.TextFlag.TextShowMnemonic), button.text())
    w, h = size.width(), size.height()
    if not button.icon().isNull():
        w += button.iconSize().width() + 4
        h = max(h, button.iconSize().height())
    if isinstance(button, QPushButton):
        opt = QStyleOptionButton()
        button.initStyleOption(opt)
        opt.text = ""  # Fusion widens any button with text to 80 px; only the text's own room counts here
        if button.menu() is not None:
            w += button.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, opt, button)
        return button.style().sizeFromContents(QStyle.ContentsType.CT_PushButton, opt, QSize(w, h), button)
    if isinstance(button, (QCheckBox, QRadioButton, QToolButton)):
        hint = button.sizeHint()
        return QSize(hint.width(), min(hint.height(), max(h, metrics.height())))
    del text
    return button.sizeHint()


def _label_need(label: QLabel) -> QSize | None:
    if label.pixmap() is not None and not label.pixmap().isNull():
        return None
    if label.wordWrap():
        return QSize(min(label.width(), label.sizeHint().width()), label.heightForWidth(label.width()))
    hint = label.sizeHint()
    return hint


def _combo_clipping(combo: QComboBox, where: str) -> Clipping | None:
    if combo.isEditable():
        edit = combo.lineEdit()
        return _edit_clipping(edit, where) if edit is not None else None
    text = combo.currentText() or combo.placeholderText()
    if not text:
        return None
    if getattr(combo, "WRAPS_TEXT", False):  # WrappingComboBox: the text wraps within its text rect
        room = combo.text_rect()  # type: ignore[attr-defined]
        metrics = combo.fontMetrics()
        box = metrics.boundingRect(QRect(0, 0, max(room.width(), 1), 10_000), int(Qt.TextFlag.TextWordWrap), text)
        widest = max(metrics.horizontalAdvance(word) for word in text.split())
        need = QSize(max(box.width(), widest), box.height())
        if need.width() > room.width() + _SLACK or need.height() > room.height() + _SLACK:
            return Clipping(where, _name(combo), text, need, room.size())
        return None
    opt = QStyleOptionComboBox()
    combo.initStyleOption(opt)
    field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, opt,
                                         QStyle.SubControl.SC_ComboBoxEditField, combo)
    metrics = combo.fontMetrics()
    need = QSize(metrics.horizontalAdvance(text), metrics.height())
    if not combo.itemIcon(combo.currentIndex()).isNull():
        need.setWidth(need.width() + combo.iconSize().width() + 4)
    if need.width() > field.width() + _SLACK or need.height() > field.height() + _SLACK:
        return Clipping(where, _name(combo), text, need, field.size())
    return None


def _edit_clipping(edit: QLineEdit, where: str) -> Clipping | None:
    """A line edit's placeholder (the hint the user reads before typing) cut at its right edge."""
    text = edit.placeholderText()
    if not text or edit.text():
        return None
    opt = QStyleOptionFrame()
    edit.initStyleOption(opt)
    contents = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, opt, edit)
    margins = edit.textMargins()
    room = contents.width() - margins.left() - margins.right() - 2 * 2  # QLineEdit's horizontal margin
    for action in edit.actions():  # the clear button and leading icons take room inside the field
        room -= 0 if not action.isVisible() else 0
    metrics = edit.fontMetrics()
    need = QSize(metrics.horizontalAdvance(text), metrics.height())
    if need.width() > room + _SLACK:
        return Clipping(where, _name(edit), text, need, QSize(room, contents.height()))
    return None


def clippings(root: QWidget, where: str) -> list[Clipping]:
    """Every clipped text among the visible widgets under ``root`` (root included)."""
    out: list[Clipping] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or widget.window() is not root.window():
            continue
        if isinstance(widget, QHeaderView):
            out.extend(header_clippings(widget, where))
        elif isinstance(widget, QLabel):
            holder = widget.parentWidget()
            if not widget.text() or holder is not None and isinstance(holder.parentWidget(), QAbstractItemView):
                continue  # an index widget's label follows its cell
            need = _label_need(widget)
            if need is not None and (need.width() > widget.width() + _SLACK
                                     or need.height() > widget.height() + _SLACK):
                out.append(Clipping(where, _name(widget), widget.text(), need, widget.size()))
        elif isinstance(widget, QAbstractButton):
            if not widget.text():
                continue
            need = _button_need(widget)
            if need.width() > widget.width() + _SLACK or need.height() > widget.height() + _SLACK:
                out.append(Clipping(where, _name(widget), _plain(widget.text()), need, widget.size()))
        elif isinstance(widget, QComboBox):
            found = _combo_clipping(widget, where)
            if found is not None:
                out.append(found)
        elif isinstance(widget, QLineEdit) and not isinstance(widget.parentWidget(), QComboBox):
            found = _edit_clipping(widget, where)
            if found is not None:
                out.append(found)
    return out
