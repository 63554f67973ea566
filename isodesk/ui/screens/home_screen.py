"""Tổng quan: the selected reporting year as a guided checklist with readiness problems."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from isodesk.domain.cycle import ReadinessIssue, Severity, StepState, StepStatus, YearOverview
from isodesk.domain.formatting import short_date

if TYPE_CHECKING:
    from isodesk.services.registry import Services
    from isodesk.ui.widgets.objectives_card import ObjectivesCard
    from isodesk.ui.widgets.risk_map import RiskMapCard
    from isodesk.ui.main_window import MainWindow


# Qt.TextFormat.PlainText as the number QObject.setProperty takes: the home screen is what the start
# paints first, before PySide's Qt namespace is set up (~14 ms, see ui/main_window.py).
_PLAIN_TEXT = 0


def _plain_text(label: QLabel) -> QLabel:
    """A text from the data is shown as it is, never read as markup."""
    label.setProperty("textFormat", _PLAIN_TEXT)
    return label


def _clear(layout: QVBoxLayout | QGridLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.hide()  # gone at once, not when the event loop gets to the deletion
            widget.deleteLater()


class StepCard(QFrame):
    """One step of the year: status, due date, what satisfies it, the evidence found, a button."""

    open_requested = Signal(str)
    """The user wants to go where this step is done (navigation target)."""

    def __init__(self, index: int, step: StepState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Card")
        self.step = step
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        number = QLabel(str(index))
        number.setFixedWidth(26)
        number.setObjectName("StepNumber")
        body = QVBoxLayout()
        body.setSpacing(3)
        title = QLabel(QCoreApplication.translate("CycleStep", step.title))
        title.setWordWrap(True)
        title.setObjectName("StepTitle")
        due = QLabel(self.tr("Due: {date}").format(date=short_date(step.due)))
        due.setObjectName("Muted")
        hint = QLabel(QCoreApplication.translate("CycleStep", step.hint))
        hint.setObjectName("Muted")
        hint.setWordWrap(True)
        body.addWidget(title)
        body.addWidget(due)
        if step.evidence:
            for ev in step.evidence[:4]:
                # "○" (still open), not "…", which reads like text cut off.
                line = QLabel(("✔ " if ev.complete else "○ ") + ev.label)
                _plain_text(line)  # a title from the data is never markup
                line.setWordWrap(True)
                line.setObjectName("EvidenceComplete" if ev.complete else "EvidenceOpen")
                body.addWidget(line)
            if len(step.evidence) > 4:
                more = QLabel(self.tr("and {count} more").format(count=len(step.evidence) - 4))
                more.setObjectName("Muted")
                body.addWidget(more)
        else:
            body.addWidget(hint)
        right = QVBoxLayout()
        chip = QLabel(status_text(step.status))
        chip.setObjectName("StatusChip")
        chip.setProperty("status", step.status.value)  # its colours: the theme's #StatusChip[status=…]
        self.open_button = QPushButton(self.tr("Open"))
        # A step done outside isodesk (no screen for it yet) shows no button rather than a misleading one.
        self.open_button.setVisible(bool(step.target))
        self.open_button.clicked.connect(lambda: self.open_requested.emit(step.target))
        right.addWidget(chip)
        right.addStretch(1)
        right.addWidget(self.open_button)
        layout.addWidget(number)
        layout.addLayout(body, 1)
        layout.addLayout(right)


def status_text(status: StepStatus) -> str:
    return {
        StepStatus.DONE: QCoreApplication.translate("HomeScreen", "Done"),
        StepStatus.DUE_SOON: QCoreApplication.translate("HomeScreen", "Due soon"),
        StepStatus.OVERDUE: QCoreApplication.translate("HomeScreen", "Overdue"),
        StepStatus.NOT_STARTED: QCoreApplication.translate("HomeScreen", "Not started"),
    }[status]


class IssueRow(QFrame):
    """A readiness problem with a button to the records that fix it."""

    open_requested = Signal(str, tuple)

    def __init__(self, issue: ReadinessIssue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Card")
        self.issue = issue
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        mark = QLabel("●")
        mark.setObjectName("IssueMarkError" if issue.severity is Severity.ERROR else "IssueMarkWarning")
        text = QLabel(QCoreApplication.translate("Readiness", issue.message).format_map(
            {"count": issue.count, **{k: v for k, v in issue.params.items()}}))
        _plain_text(text)
        text.setWordWrap(True)
        text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.fix_button = QPushButton(self.tr("View"))
        self.fix_button.setEnabled(bool(issue.target))
        self.fix_button.clicked.connect(lambda: self.open_requested.emit(issue.target, issue.record_ids))
        layout.addWidget(mark)
        layout.addWidget(text, 1)
        button_column = QVBoxLayout()  # the button at the top of a tall row
        button_column.addWidget(self.fix_button)
        button_column.addStretch(1)
        layout.addLayout(button_column)


class HomeScreen(QWidget):
    """Shows :class:`YearOverview` for the window's reporting year; refreshes when data changes.

    Built without services it shows nothing until :meth:`show_cached` (the copy remembered from the
    last start, painted before the database is open) and :meth:`bind`, which computes the real one.
    """

    def __init__(self, services: Services | None, window: MainWindow) -> None:
        super().__init__()
        self.setObjectName("HomeScreen")
        self._services = services
        self._window = window
        self.overview: YearOverview | None = None
        self.cached = False
        """True while the overview shown is the remembered copy, not yet computed from the data."""
        self.overview_identity: list[int | None] | None = None
        """The data file's identity right after :attr:`overview` was computed (see overview_cache)."""
        self._stale = False

        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 16, 20, 16)
        self.title = QLabel()
        self.title.setObjectName("ScreenTitle")
        self.updating_label = QLabel(self.tr("updating…"))
        self.updating_label.setObjectName("Muted")
        self.updating_label.setVisible(False)
        title_row = QHBoxLayout()
        title_row.addWidget(self.title)
        updating_column = QVBoxLayout()  # "updating…" at the bottom of the (taller) title's row
        updating_column.addStretch(1)
        updating_column.addWidget(self.updating_label)
        title_row.addLayout(updating_column)
        title_row.addStretch(1)
        self.period = QLabel()
        self.period.setObjectName("Muted")
        self.period.setWordWrap(True)
        progress_row = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(10)
        self.progress_label = QLabel()
        progress_row.addWidget(self.progress_label)
        progress_row.addWidget(self.progress, 1)
        outer.addLayout(title_row)
        outer.addWidget(self.period)
        outer.addLayout(progress_row)

        columns = QHBoxLayout()
        columns.setSpacing(16)
        steps_scroll = QScrollArea()
        steps_scroll.setWidgetResizable(True)
        steps_scroll.setFrameShape(QFrame.Shape.NoFrame)
        steps_host = QWidget()
        self.steps_layout = QVBoxLayout(steps_host)
        self.steps_layout.setContentsMargins(0, 0, 4, 0)
        self.steps_layout.setSpacing(8)
        steps_scroll.setWidget(steps_host)

        issues_box = QVBoxLayout()
        self.issues_title = QLabel(self.tr("To fix before the annual report"))
        self.issues_title.setObjectName("SectionTitle")
        issues_scroll = QScrollArea()
        issues_scroll.setWidgetResizable(True)
        issues_scroll.setFrameShape(QFrame.Shape.NoFrame)
        issues_host = QWidget()
        self.issues_layout = QVBoxLayout(issues_host)
        self.issues_layout.setContentsMargins(0, 0, 4, 0)
        self.issues_layout.setSpacing(6)
        issues_scroll.setWidget(issues_host)
        issues_box.addWidget(self.issues_title)
        issues_box.addWidget(issues_scroll, 1)
        # The objectives chart and the risk map show the data, so they are built with it: a start that
        # paints the remembered overview before the data is open does not import their modules first.
        self._issues_box = issues_box
        self.objectives_card: ObjectivesCard | None = None
        self.risks_card: RiskMapCard | None = None
        if services is not None:
            self._add_cards(services)
        issues_widget = QWidget()
        issues_widget.setLayout(issues_box)
        issues_box.setContentsMargins(0, 0, 0, 0)

        columns.addWidget(steps_scroll, 3)
        columns.addWidget(issues_widget, 2)
        outer.addLayout(columns, 1)

        self.empty_label = QLabel(self.tr("No reporting year yet. Add one under Settings → Reporting years."))
        self.empty_label.setWordWrap(True)
        self.empty_label.setObjectName("Muted")
        outer.addWidget(self.empty_label)

        window.year_changed.connect(self._on_window_year_changed)
        window.data_changed.connect(self._on_window_data_changed)
        if services is not None:
            self.refresh()

    def _add_cards(self, services: Services) -> None:
        from isodesk.ui.widgets.objectives_card import ObjectivesCard
        from isodesk.ui.widgets.risk_map import RiskMapCard

        self.objectives_card = ObjectivesCard(services)  # the year's objectives chart (objectives module)
        self.objectives_card.open_requested.connect(self._on_card_open_requested)
        self._issues_box.addWidget(self.objectives_card)
        self.risks_card = RiskMapCard(services)  # the year's risk map (risks module)
        self.risks_card.open_requested.connect(self._on_issue_open_requested)
        self._issues_box.addWidget(self.risks_card)

    def bind(self, services: Services) -> None:
        """Give a screen built before the data was open its services; replaces the remembered copy
        with the overview computed from the data (once)."""
        self._services = services
        if self.objectives_card is None:
            self._add_cards(services)
        else:
            assert self.risks_card is not None
            self.objectives_card.bind(services)
            self.risks_card.bind(services)
        self.refresh()

    def _on_window_year_changed(self, _year: int) -> None:
        if self._services is not None:
            self.refresh()

    def _on_window_data_changed(self, _area: str) -> None:
        if self._services is not None:
            self.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        # Coming back from another screen, where data may have changed: recompute. Not on the first
        # show right after construction, which has just computed it (the overview is computed once).
        if self._stale and self._services is not None:
            self.refresh()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._stale = self.overview is not None

    def refresh(self, today: date | None = None) -> None:
        """Recompute the checklist for the selected year from the data."""
        assert self._services is not None, "bind() the services first"
        year = self._window.year
        self._stale = False
        if self.objectives_card is not None and self.risks_card is not None:
            self.objectives_card.load(year)
            self.risks_card.load(year)
        if year is None:
            _clear(self.steps_layout)
            _clear(self.issues_layout)
            self.overview = None
            self.cached = False
            self.updating_label.setVisible(False)
            self.title.setText(self.tr("Overview"))
            self.period.setText("")
            self.progress_label.setText("")
            self.progress.setVisible(False)
            self.issues_title.setVisible(False)
            self.empty_label.setVisible(True)
            return
        ov = self._services.cycle.overview(year, today)
        from isodesk.ui.overview_cache import file_identity

        self.overview_identity = file_identity(self._services.db_path)
        self.show_overview(ov)

    def show_cached(self, overview: YearOverview) -> None:
        """Paint the copy remembered from the last start, marked as being updated; its buttons wait
        for the data (:meth:`bind`)."""
        self.show_overview(overview, cached=True)

    def show_overview(self, ov: YearOverview, cached: bool = False) -> None:
        """Fill the screen with ``ov`` (computed, or the remembered copy when ``cached``)."""
        _clear(self.steps_layout)
        _clear(self.issues_layout)
        self.overview = ov
        self.cached = cached
        self.updating_label.setVisible(cached)
        self.empty_label.setVisible(False)
        self.progress.setVisible(True)
        self.issues_title.setVisible(True)
        self.title.setText(self.tr("The ISO year {year}").format(year=ov.year))
        period = self.tr("Reporting period: {start} – {end}").format(
            start=short_date(ov.period_start), end=short_date(ov.period_end))
        if ov.deadline:
            days = (ov.deadline - ov.today).days
            if days >= 0:
                left = self.tr("{days} days left").format(days=days)
            else:
                left = self.tr("{days} days late").format(days=-days)
            period += " · " + self.tr("Report due to the Department of Science and Technology: {date} ({left})").format(
                date=short_date(ov.deadline), left=left)
        self.period.setText(period)
        self.progress.setMaximum(max(len(ov.steps), 1))
        self.progress.setValue(ov.done_count)
        self.progress_label.setText(self.tr("{done} of {total} steps done").format(done=ov.done_count,
                                                                                  total=len(ov.steps)))
        for i, step in enumerate(ov.steps, start=1):
            card = StepCard(i, step)
            card.open_requested.connect(self._on_card_open_requested)
            card.open_button.setEnabled(not cached)
            self.steps_layout.addWidget(card)
        self.steps_layout.addStretch(1)
        if ov.issues:
            for issue in ov.issues:
                row = IssueRow(issue)
                row.open_requested.connect(self._on_issue_open_requested)
                row.fix_button.setEnabled(row.fix_button.isEnabled() and not cached)
                self.issues_layout.addWidget(row)
        else:
            ok = QLabel(self.tr("Nothing to fix: the register is consistent."))
            ok.setWordWrap(True)
            ok.setObjectName("AllClear")
            self.issues_layout.addWidget(ok)
        self.issues_layout.addStretch(1)

    def _on_card_open_requested(self, target: str) -> None:
        self._window.navigate(target)

    def _on_issue_open_requested(self, target: str, record_ids: tuple) -> None:
        self._window.navigate(target, tuple(record_ids))
