"""Xem xét của lãnh đạo: the meetings of the year with their decided actions, and the minutes (the
9.3.2 input blocks with computed figures, editable) as the generic drafted-document page."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from isodesk.domain import review as d
from isodesk.domain.formatting import short_date
from isodesk.domain.i18n import QT_TRANSLATE_NOOP
from isodesk.services.registry import Services
from isodesk.ui.dialogs.confirm import ask
from isodesk.ui.dialogs.meeting_dialogs import KIND_LABELS, STATUS_LABELS, MeetingDialog, ReviewActionDialog
from isodesk.ui.errors import show_error
from isodesk.ui.widgets.tabs import replace_tab


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.setWordWrap(True)
    return table


class ManagementReviewScreen(QWidget):
    """Meetings and actions of the window's reporting year, and the minutes."""

    def __init__(self, services: Services, window: Any = None) -> None:
        super().__init__()
        self.setObjectName("ManagementReviewScreen")
        self._services = services
        self._window = window
        self._year: int | None = window.year if window is not None else None
        self._meetings: list[d.Meeting] = []
        self._minutes_page: Any = None

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget()
        outer.addWidget(self.tabs)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(16, 12, 16, 10)
        self.title_label = QLabel()
        self.title_label.setObjectName("PageTitle")
        layout.addWidget(self.title_label)
        self.meetings_table = _table([self.tr("Date"), self.tr("Time"), self.tr("Place"), self.tr("Chair"),
                                      self.tr("Secretary"), self.tr("Actions (open)")])
        self.meetings_table.setMaximumHeight(170)
        layout.addWidget(self.meetings_table)
        row = QHBoxLayout()
        self.add_meeting_button = QPushButton(self.tr("Add meeting…"))
        self.edit_meeting_button = QPushButton(self.tr("Edit meeting…"))
        self.delete_meeting_button = QPushButton(self.tr("Delete meeting"))
        for b in (self.add_meeting_button, self.edit_meeting_button, self.delete_meeting_button):
            row.addWidget(b)
        row.addStretch(1)
        layout.addLayout(row)
        self.actions_label = QLabel(self.tr("Decisions and actions of the meeting (clause 9.3.3)"))
        self.actions_label.setObjectName("SectionTitle")
        layout.addWidget(self.actions_label)
        self.actions_table = _table([self.tr("No."), self.tr("Content / decision"),
                                     self.tr("Department, person responsible"), self.tr("Deadline"),
                                     self.tr("Kind"), self.tr("Status")])
        layout.addWidget(self.actions_table, 1)
        row2 = QHBoxLayout()
        self.add_action_button = QPushButton(self.tr("Add action…"))
        self.edit_action_button = QPushButton(self.tr("Edit action…"))
        self.close_action_button = QPushButton(self.tr("Mark completed today"))
        for b in (self.add_action_button, self.edit_action_button, self.close_action_button):
            row2.addWidget(b)
        row2.addStretch(1)
        layout.addLayout(row2)
        for table, stretch in ((self.meetings_table, 2), (self.actions_table, 1)):
            header = table.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        self.tabs.addTab(page, self.tr("Meetings and actions"))
        self.tabs.addTab(QWidget(), self.tr("Minutes (inputs of the review)"))
        self.tabs.currentChanged.connect(self._on_tab_changed)

        self.meetings_table.itemSelectionChanged.connect(self._show_actions)
        self.meetings_table.itemDoubleClicked.connect(lambda _item: self.edit_meeting())
        self.actions_table.itemDoubleClicked.connect(lambda _item: self.edit_action())
        self.add_meeting_button.clicked.connect(self.add_meeting)
        self.edit_meeting_button.clicked.connect(self.edit_meeting)
        self.delete_meeting_button.clicked.connect(self.delete_meeting)
        self.add_action_button.clicked.connect(self.add_action)
        self.edit_action_button.clicked.connect(self.edit_action)
        self.close_action_button.clicked.connect(self.close_action)
        if window is not None:
            window.year_changed.connect(self.set_year)
        self.refresh()

    # ------------------------------------------------------------------ loading
    def set_year(self, year: int) -> None:
        self._year = year
        self.refresh()

    def refresh(self, select_id: int | None = None) -> None:
        current = self.current_meeting()
        keep = select_id if select_id is not None else (current.id if current else None)
        self._meetings = self._services.review.list_meetings(self._year) if self._year is not None else []
        self.title_label.setText(self.tr("Management review {year}").format(year=self._year or ""))
        table = self.meetings_table
        table.setRowCount(len(self._meetings))
        for r, m in enumerate(self._meetings):
            open_ = sum(1 for a in m.actions if a.is_open)
            times = f"{m.start:%H:%M}–{m.end:%H:%M}" if m.end else f"{m.start:%H:%M}"
            for c, text in enumerate((short_date(m.held_on), times, m.place, m.chair_name, m.secretary_name,
                                      f"{len(m.actions)} ({open_})")):
                table.setItem(r, c, QTableWidgetItem(text))
        row = next((i for i, m in enumerate(self._meetings) if m.id == keep), len(self._meetings) - 1)
        if row >= 0:
            table.selectRow(row)
        self._show_actions()
        self.add_meeting_button.setEnabled(self._year is not None)

    def current_meeting(self) -> d.Meeting | None:
        rows = self.meetings_table.selectionModel().selectedRows() if self.meetings_table.selectionModel() else []
        if not rows or rows[0].row() >= len(self._meetings):
            return None
        return self._meetings[rows[0].row()]

    def current_action(self) -> d.ReviewAction | None:
        meeting = self.current_meeting()
        rows = self.actions_table.selectionModel().selectedRows()
        if meeting is None or not rows or rows[0].row() >= len(meeting.actions):
            return None
        return meeting.actions[rows[0].row()]

    def _show_actions(self) -> None:
        meeting = self.current_meeting()
        actions = meeting.actions if meeting else ()
        table = self.actions_table
        table.setRowCount(len(actions))
        for r, a in enumerate(actions):
            status = ReviewActionDialog.translate_label(STATUS_LABELS[a.status])
            if not a.is_open and a.closed_on:
                status = f"{status} {short_date(a.closed_on)}"
            cells = (str(r + 1), a.content, a.responsible, short_date(a.deadline) if a.deadline else "",
                     ReviewActionDialog.translate_label(KIND_LABELS[a.kind]), status)
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c in (0, 3):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                table.setItem(r, c, item)
        table.resizeRowsToContents()
        has = meeting is not None
        for b in (self.edit_meeting_button, self.delete_meeting_button, self.add_action_button):
            b.setEnabled(has)
        for b in (self.edit_action_button, self.close_action_button):
            b.setEnabled(has and bool(actions))

    # ------------------------------------------------------------------ meetings
    def add_meeting(self) -> MeetingDialog:
        dialog = MeetingDialog(self._services, self, year=self._year)
        dialog.accepted.connect(lambda: self._after_meeting(dialog))
        dialog.open()
        return dialog

    def edit_meeting(self) -> MeetingDialog | None:
        meeting = self.current_meeting()
        if meeting is None:
            return None
        dialog = MeetingDialog(self._services, self, item=meeting)
        dialog.accepted.connect(lambda: self._after_meeting(dialog))
        dialog.open()
        return dialog

    def _after_meeting(self, dialog: MeetingDialog) -> None:
        saved = dialog.saved()
        self.refresh(select_id=saved.id if saved else None)
        self._reload_minutes()

    def delete_meeting(self) -> None:
        meeting = self.current_meeting()
        if meeting is None or meeting.id is None:
            return
        meeting_id = meeting.id

        def delete() -> None:
            try:
                self._services.review.delete_meeting(meeting_id)
            except Exception as exc:  # noqa: BLE001 - shown to the user, nothing was deleted
                show_error(self, self.tr("Delete meeting"), exc)
            self.refresh()
            self._reload_minutes()

        ask(self, self.tr("Delete meeting"),
            self.tr("Delete the meeting of {day} with its {count} action(s)?").format(
                day=short_date(meeting.held_on), count=len(meeting.actions)), delete)

    # ------------------------------------------------------------------ actions
    def add_action(self) -> ReviewActionDialog | None:
        meeting = self.current_meeting()
        if meeting is None:
            return None
        dialog = ReviewActionDialog(self._services, self, meeting=meeting)
        dialog.accepted.connect(self._after_action)
        dialog.open()
        return dialog

    def edit_action(self) -> ReviewActionDialog | None:
        meeting, action = self.current_meeting(), self.current_action()
        if meeting is None or action is None:
            return None
        dialog = ReviewActionDialog(self._services, self, meeting=meeting, item=action)
        dialog.accepted.connect(self._after_action)
        dialog.open()
        return dialog

    def close_action(self) -> None:
        from datetime import date

        action = self.current_action()
        if action is None or action.id is None:
            return
        try:
            self._services.review.close_action(action.id, date.today())
        except Exception as exc:  # noqa: BLE001 - the refusal is shown, nothing was changed
            show_error(self, self.tr("Mark completed"), exc)
        self._after_action()

    def _after_action(self) -> None:
        self.refresh()
        self._reload_minutes()

    # ------------------------------------------------------------------ minutes
    @property
    def minutes_page(self) -> Any:
        """The minutes of the year (a DraftedDocumentPage), built on first use."""
        if self._minutes_page is None:
            from isodesk.services.review.review_minutes import DOCUMENT_KEY
            from isodesk.ui.widgets.drafted_document_page import DraftedDocumentPage

            page = DraftedDocumentPage(self._services, self._window, DOCUMENT_KEY, [
                ("inputs", QT_TRANSLATE_NOOP("ManagementReviewScreen", "I. Inputs of the management review (9.3.2)")),
                ("outputs", QT_TRANSLATE_NOOP("ManagementReviewScreen", "II. Conclusion and decisions (9.3.3)")),
                ("closing", QT_TRANSLATE_NOOP("ManagementReviewScreen", "Recipients")),
            ], section_context="ManagementReviewScreen")
            self._minutes_page = page
            replace_tab(self.tabs, 1, page, self.tr("Minutes (inputs of the review)"))
        return self._minutes_page

    def _reload_minutes(self) -> None:
        if self._minutes_page is not None:
            self._minutes_page.load(self._year)

    def _on_tab_changed(self, index: int) -> None:
        if index == 1 and self._minutes_page is None:
            self.tabs.setCurrentWidget(self.minutes_page)

    def open_target(self, sub: str, record_ids: tuple[int, ...] = ()) -> None:
        """``review`` (the meetings) or ``review.minutes``."""
        if sub == "minutes":
            self.tabs.setCurrentWidget(self.minutes_page)
            return
        self.tabs.setCurrentIndex(0)
