"""A date field that shows dd/mm/yyyy, may be left empty, and has a calendar button.

QDateEdit cannot be empty and silently "fixes" impossible dates; secretaries type dates the
Vietnamese way (``6/11/2025``) and sometimes leave a date for later, so this is a line edit
parsed with :func:`isodesk.domain.formatting.parse_vn_date`.
"""

from __future__ import annotations

from datetime import date
from datetime import date as _date  # `date` is also a method name below, which the annotations would see

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import QCalendarWidget, QHBoxLayout, QLineEdit, QMenu, QSizePolicy, QToolButton, QWidget, QWidgetAction

from isodesk.domain.errors import FieldProblem
from isodesk.domain.formatting import parse_vn_date, short_date


class DateEdit(QWidget):
    """``date()`` is the parsed date or None (empty or not a date); ``has_error()`` tells which."""

    date_changed = Signal(object)
    """The parsed date changed (a ``datetime.date`` or None)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.line_edit = QLineEdit()
        self.line_edit.setObjectName("date_line_edit")
        self.line_edit.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.line_edit.setMaxLength(10)
        metrics = self.line_edit.fontMetrics()
        widest = max(metrics.horizontalAdvance("00/00/00000"), metrics.horizontalAdvance(self.line_edit.placeholderText()))
        self.line_edit.setFixedWidth(widest + 20)
        self.calendar_button = QToolButton()
        self.calendar_button.setObjectName("calendar_button")
        self.calendar_button.setText("▾")
        self.calendar_button.setToolTip(self.tr("Choose from a calendar"))
        self.calendar_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        # Tab goes from the typed date to the next field: a Tab stop on the button made people
        # open the calendar by accident and lose what they had typed.
        self.calendar_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._menu = QMenu(self)
        self._calendar = QCalendarWidget()
        self._calendar.setGridVisible(True)
        action = QWidgetAction(self._menu)
        action.setDefaultWidget(self._calendar)
        self._menu.addAction(action)
        self.calendar_button.setMenu(self._menu)
        layout.addWidget(self.line_edit)
        layout.addWidget(self.calendar_button)
        layout.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setFocusProxy(self.line_edit)
        self._last: date | None = None

        self.line_edit.textChanged.connect(self._on_line_edit_text_changed)
        self.line_edit.editingFinished.connect(self._on_line_edit_editing_finished)
        self._menu.aboutToShow.connect(self._on_menu_about_to_show)
        self._calendar.clicked.connect(self._on_calendar_clicked)

    # ------------------------------------------------------------------ API
    def date(self) -> date | None:
        try:
            return parse_vn_date(self.line_edit.text()) if self.line_edit.text().strip() else None
        except ValueError:
            return None

    def set_date(self, value: _date | None) -> None:
        self.line_edit.setText(short_date(value) if value is not None else "")

    def text(self) -> str:
        return self.line_edit.text().strip()

    def set_text(self, text: str) -> None:
        self.line_edit.setText(text)

    def is_empty(self) -> bool:
        return not self.line_edit.text().strip()

    def has_error(self) -> bool:
        """Something is typed that is not a date (e.g. ``31/02/2026``)."""
        return not self.is_empty() and self.date() is None

    def problem(self, field: str, *, required: bool = False) -> FieldProblem | None:
        """The field problem to report for this date, if any."""
        if self.has_error():
            return FieldProblem(field, "bad_date", {"value": self.text()})
        if required and self.is_empty():
            return FieldProblem(field, "required")
        return None

    def setReadOnly(self, value: bool) -> None:  # noqa: N802 - Qt naming, like QLineEdit
        self.line_edit.setReadOnly(value)
        self.calendar_button.setEnabled(not value)

    # ------------------------------------------------------------------ slots
    def _on_line_edit_text_changed(self, _text: str) -> None:
        self.line_edit.setStyleSheet("border: 1px solid #b3261e;" if self.has_error() else "")
        current = self.date()
        if current != self._last:
            self._last = current
            self.date_changed.emit(current)

    def _on_line_edit_editing_finished(self) -> None:
        value = self.date()
        if value is not None and self.line_edit.text() != short_date(value):
            self.line_edit.setText(short_date(value))

    def _on_menu_about_to_show(self) -> None:
        value = self.date() or date.today()
        self._calendar.setSelectedDate(QDate(value.year, value.month, value.day))

    def _on_calendar_clicked(self, qdate: QDate) -> None:
        self.set_date(date(qdate.year(), qdate.month(), qdate.day()))
        self._menu.close()
