"""Báo cáo năm: the annual report of the window's year (issue 11).

The outline (picked per year) as a tree with each section's status; for the selected section its
contributed figures (value, label, source; a double click opens the records behind them) and its text
in the generic drafted-document editor (edits kept, "unchanged since last year" warnings); the
self-scoring table; the Phụ lục I units register; and, once sent, the freeze with the figures that
changed since.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, QTemporaryDir
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from isodesk.domain.drafted import DraftedDocument
from isodesk.domain.errors import DomainError, FieldProblem
from isodesk.domain.formatting import doc_reference, short_date
from isodesk.domain.i18n import QT_TRANSLATE_NOOP
from isodesk.domain.report import REPORT_DRAFT, Outline, OutlineSection, SelfScore, format_score, parse_score
from isodesk.ui.dialogs.confirm import ask
from isodesk.ui.dialogs.form_dialog import FormDialog
from isodesk.ui.errors import error_text, show_error
from isodesk.ui.forms.ui_register_number_dialog import Ui_RegisterNumberDialog
from isodesk.ui.screens.report_units_tab import ReportUnitsTab
from isodesk.ui.widgets.drafted_document_page import DraftedDocumentPage

if TYPE_CHECKING:
    from isodesk.services.registry import Services
    from isodesk.ui.main_window import MainWindow

FRAME_TITLE = QT_TRANSLATE_NOOP("ReportScreen", "Opening, closing and recipients")
#: Changed figures listed above the tabs (the rest are counted), so the report keeps its room.
MAX_CHANGED_LINES = 4

#: Item data of a note cell: the note printed when the secretary typed none.
DEFAULT_NOTE_ROLE = int(Qt.ItemDataRole.UserRole) + 1

#: The frame blocks' section key (see services/report/report_document.py).
FRAME = "frame"


def drafted_sections(outline: Outline) -> list[tuple[str, str]]:
    """The page's sections: the frame, then every section of the outline that has a text of its own."""
    return [(FRAME, FRAME_TITLE)] + [(s.key, s.heading) for s in outline.walk() if s.drafted]


class ReportDraftPage(DraftedDocumentPage):
    """The drafted-document page of the report, one editor page per outline section; the screen's tree
    replaces the page's flat section list."""

    def __init__(self, services: Services, window: MainWindow, outline: Outline, screen: ReportScreen) -> None:
        self._screen = screen
        self._frozen = False
        super().__init__(services, window, REPORT_DRAFT, drafted_sections(outline), section_context="ReportScreen")
        self.section_list.setVisible(False)

    def page_title(self, draft: DraftedDocument | None) -> str:
        if draft is None:
            return QCoreApplication.translate("ReportScreen", "Annual report")
        return draft.summary

    def set_frozen(self, frozen: bool) -> None:
        self._frozen = frozen
        for key in list(self._editors):
            self.editor(key).editor.setReadOnly(frozen)
            self.editor(key).restore_button.setEnabled(not frozen)

    def show_extra(self, draft: DraftedDocument) -> None:
        self.section_list.setVisible(False)
        self.title.setVisible(False)  # the screen's title and tree say what this is; the room goes to the text
        self.set_frozen(self._frozen)
        self._screen.update_statuses(draft)

    def refresh_extra(self, draft: DraftedDocument) -> None:
        self._screen.update_statuses(draft)


class RecordSentDialog(FormDialog[Ui_RegisterNumberDialog]):
    """"Record as sent": the report's number and date; numbering, the register entry and the freeze
    are one transaction, then the numbered Word/PDF files are attached to the entry."""

    def __init__(self, services: Services, year: int, summary: str, symbol: str, parent: QWidget | None = None,
                 *, today: date | None = None) -> None:
        super().__init__(Ui_RegisterNumberDialog, parent)
        ui = self._ui
        self._services = services
        self._year = year
        self._symbol = symbol
        self._temp = QTemporaryDir()
        self.setWindowTitle(self.tr("Record the report as sent"))
        ui.document_label.setText(self.tr("Report: {summary}").format(summary=summary))
        ui.document_label.setObjectName("SectionTitle")
        ui.hint_label.setText(self.tr("The report is numbered in the register of issued documents and frozen: "
                                      "later changes of the data no longer change what was sent."))
        ui.hint_label.setObjectName("Muted")
        ui.reference_preview_label.setObjectName("Muted")
        when = today or date.today()
        ui.issue_date_edit.set_date(when)
        issuer = symbol.split("-", 1)[-1]
        ui.number_spin.setValue(services.register.next_number(issuer, when.year, on=when))
        self.set_fields(ui.form_layout, {"number": ui.number_spin, "issue_date": ui.issue_date_edit})
        self.set_ok_text(self.tr("Record as sent"))
        ui.number_spin.valueChanged.connect(lambda _v: self._update_preview())
        ui.issue_date_edit.date_changed.connect(lambda _v: self._update_preview())
        self._update_preview()

    def _update_preview(self) -> None:
        ref = doc_reference(self._ui.number_spin.value(), self._symbol, self._ui.issue_date_edit.date())
        self._ui.reference_preview_label.setText(self.tr("Cited as: Báo cáo số {reference}").format(
            reference=ref.strip()))

    def check(self) -> list[FieldProblem]:
        problem = self._ui.issue_date_edit.problem("issue_date", required=True)
        return [problem] if problem is not None else []

    def write(self) -> None:
        when = self._ui.issue_date_edit.date()
        assert when is not None  # check() requires it
        from pathlib import Path

        self._services.report_sending.record_sent(self._year, self._ui.number_spin.value(), when,
                                                  Path(self._temp.path()))


def _table(headers: Sequence[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.setWordWrap(True)
    return table


class ReportScreen(QWidget):
    """The annual report of the window's reporting year."""

    def __init__(self, services: Services, window: MainWindow) -> None:
        super().__init__()
        self.setObjectName("ReportScreen")
        self._services = services
        self._window = window
        self._year: int | None = window.year
        self._outline: Outline | None = None
        self._section_rows: dict[str, int] = {}
        self._items: dict[str, QTreeWidgetItem] = {}
        self.page: ReportDraftPage | None = None
        self.last_dialog: QWidget | None = None

        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 8)
        outer.setSpacing(6)
        top = QHBoxLayout()
        self.title_label = QLabel()
        self.title_label.setObjectName("PageTitle")
        self.outline_label = QLabel(self.tr("Outline:"))
        self.outline_combo = QComboBox()
        self.outline_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.outline_label.setBuddy(self.outline_combo)
        self.sent_button = QPushButton(self.tr("Record as sent…"))
        self.unfreeze_button = QPushButton(self.tr("Unfreeze…"))
        # The package (report, appendices, evidence, manifest) for the Sở, onto a folder or USB drive.
        self.export_button = QPushButton(self.tr("Export the package…"))
        self.export_button.setObjectName("Primary")
        self.export_button.setToolTip(self.tr("Check the year, then write the report, its appendices and the "
                                              "evidence with their SHA-256 list to a folder or USB drive"))
        top.addWidget(self.title_label)
        # The outline's name is long ("Cấp xã sau sắp xếp 2025 — báo cáo Sở KH&CN (…)"): the picker gets
        # the room of the title row, the buttons stay at its right.
        top.addSpacing(24)
        top.addWidget(self.outline_label)
        top.addWidget(self.outline_combo, 1)
        top.addWidget(self.export_button)
        top.addWidget(self.sent_button)
        top.addWidget(self.unfreeze_button)
        outer.addLayout(top)
        self.problems_label = QLabel()
        self.problems_label.setObjectName("Warning")
        self.problems_label.setWordWrap(True)
        self.problems_label.setVisible(False)
        outer.addWidget(self.problems_label)
        self.frozen_label = QLabel()
        self.frozen_label.setWordWrap(True)
        self.frozen_label.setStyleSheet("color: #9a5b00;")
        self.frozen_label.setVisible(False)
        outer.addWidget(self.frozen_label)

        self.tabs = QTabWidget()
        outer.addWidget(self.tabs, 1)
        # The report: outline tree | figures of the section + the text editor.
        report_tab = QWidget()
        report_layout = QHBoxLayout(report_tab)
        report_layout.setContentsMargins(0, 6, 0, 0)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Section"), self.tr("Status")])
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setMinimumWidth(360)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.splitter.addWidget(self.tree)
        right = QWidget()
        self.right_layout = QVBoxLayout(right)
        self.right_layout.setContentsMargins(0, 0, 0, 0)
        self.figures_label = QLabel(self.tr("Figures of this section (double-click to open the records)"))
        self.figures_label.setObjectName("SectionTitle")
        self.figures_table = _table([self.tr("Value"), self.tr("Figure"), self.tr("Source")])
        self.figures_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.figures_table.setMinimumHeight(140)
        self.figures_table.setMaximumHeight(180)
        header = self.figures_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.hint_label = QLabel()
        self.hint_label.setObjectName("Muted")
        self.hint_label.setWordWrap(True)
        self.right_layout.addWidget(self.figures_label)
        self.right_layout.addWidget(self.figures_table)
        self.right_layout.addWidget(self.hint_label)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setSizes([380, 920])
        report_layout.addWidget(self.splitter)
        self.tabs.addTab(report_tab, self.tr("Report"))

        # Self-scoring.
        score_tab = QWidget()
        score_layout = QVBoxLayout(score_tab)
        score_layout.setContentsMargins(0, 8, 0, 0)
        self.criteria_label = QLabel()
        self.criteria_label.setWordWrap(True)
        self.criteria_label.setObjectName("Muted")
        score_layout.addWidget(self.criteria_label)
        self.score_table = _table([self.tr("No."), self.tr("Criterion"), self.tr("Max"), self.tr("Score"),
                                   self.tr("Notes"), self.tr("Suggested from the data")])
        sh = self.score_table.horizontalHeader()
        for col, mode in ((0, QHeaderView.ResizeMode.ResizeToContents), (1, QHeaderView.ResizeMode.Stretch),
                          (2, QHeaderView.ResizeMode.ResizeToContents), (3, QHeaderView.ResizeMode.ResizeToContents),
                          (4, QHeaderView.ResizeMode.Interactive), (5, QHeaderView.ResizeMode.Interactive)):
            sh.setSectionResizeMode(col, mode)
        self.score_table.setColumnWidth(4, 220)
        self.score_table.setColumnWidth(5, 220)
        score_layout.addWidget(self.score_table, 1)
        score_row = QHBoxLayout()
        self.total_label = QLabel()
        self.total_label.setObjectName("SectionTitle")
        self.save_scores_button = QPushButton(self.tr("Save scores"))
        self.save_scores_button.setObjectName("Primary")
        score_row.addWidget(self.total_label, 1)
        score_row.addWidget(self.save_scores_button)
        score_layout.addLayout(score_row)
        self.tabs.addTab(score_tab, self.tr("Self-scoring"))

        self.units_tab = ReportUnitsTab(services, window)
        self.tabs.addTab(self.units_tab, self.tr("Subordinate units (Appendix I)"))

        # Row heights follow the wrapped text once the columns have their real widths.
        self.score_table.horizontalHeader().sectionResized.connect(
            lambda *_args: self.score_table.resizeRowsToContents())
        self.tabs.currentChanged.connect(lambda _i: self.score_table.resizeRowsToContents())
        self.tree.currentItemChanged.connect(self._on_tree_current_changed)
        self.figures_table.itemDoubleClicked.connect(self._on_figure_double_clicked)
        self.outline_combo.currentIndexChanged.connect(self._on_outline_combo_changed)
        self.sent_button.clicked.connect(self.open_sent_dialog)
        self.unfreeze_button.clicked.connect(self.ask_unfreeze)
        self.export_button.clicked.connect(lambda: self._window.open_package_export())
        self.save_scores_button.clicked.connect(self.save_scores)
        window.year_changed.connect(self.set_year)
        window.data_changed.connect(self._on_window_data_changed)
        self.refresh()

    # ------------------------------------------------------------------ loading
    def set_year(self, year: int) -> None:
        self._year = year
        self.units_tab.set_year(year)
        self.refresh()

    def refresh(self) -> None:
        """Reload the outline choice, the tree, the page, the scores and the freeze of the year."""
        report = self._services.report
        library = report.library()
        problems = [p.message for p in library.problems]
        self.problems_label.setText("\n".join(problems))
        self.problems_label.setVisible(bool(problems))
        year = self._year
        self.title_label.setText(self.tr("Annual report {year}").format(year=year) if year else
                                 self.tr("Annual report"))
        if year is None:
            return
        try:
            outline = report.outline_for(year)
        except DomainError as exc:
            self.problems_label.setText(error_text(exc))
            self.problems_label.setVisible(True)
            return
        with QSignalBlocker(self.outline_combo):
            self.outline_combo.clear()
            for o in library.outlines:
                self.outline_combo.addItem(o.name, o.key)
                self.outline_combo.setItemData(self.outline_combo.count() - 1, o.note or o.name,
                                               Qt.ItemDataRole.ToolTipRole)
            self.outline_combo.setCurrentIndex(max(0, self.outline_combo.findData(outline.key)))
        if self.page is None or self._outline is None or self._outline.key != outline.key:
            self._outline = outline
            self._rebuild_page(outline)
        else:
            self.page.load(year)
        self._fill_tree(outline)
        self._show_frozen()
        self._fill_scores()

    def _on_window_data_changed(self, area: str) -> None:
        # Another screen changed data: a sent report lists the figures that now differ.
        if area != "report" and self._year is not None and self._services.report.is_frozen(self._year):
            self._show_frozen()

    def _rebuild_page(self, outline: Outline) -> None:
        if self.page is not None:
            self.page.save_pending()
            self.right_layout.removeWidget(self.page)
            self.page.deleteLater()
            self.page = None
        self._section_rows = {key: row for row, (key, _title) in enumerate(drafted_sections(outline))}
        self.page = ReportDraftPage(self._services, self._window, outline, self)
        self.page.set_frozen(self._frozen())
        self.right_layout.addWidget(self.page, 1)

    def _frozen(self) -> bool:
        return self._year is not None and self._services.report.is_frozen(self._year)

    def _fill_tree(self, outline: Outline) -> None:
        current = self.tree.currentItem()
        keep = current.data(0, Qt.ItemDataRole.UserRole) if current is not None else None
        with QSignalBlocker(self.tree):
            self.tree.clear()
            self._items = {}
            frame = QTreeWidgetItem([QCoreApplication.translate("ReportScreen", FRAME_TITLE), ""])
            frame.setData(0, Qt.ItemDataRole.UserRole, FRAME)
            self.tree.addTopLevelItem(frame)
            self._items[FRAME] = frame

            def add(section: OutlineSection, parent: QTreeWidgetItem | None) -> None:
                item = QTreeWidgetItem([self._heading(section), ""])
                item.setData(0, Qt.ItemDataRole.UserRole, section.key)
                item.setToolTip(0, self._heading(section))
                if parent is None:
                    self.tree.addTopLevelItem(item)
                else:
                    parent.addChild(item)
                self._items[section.key] = item
                for child in section.children:
                    add(child, item)

            for top in outline.sections:
                add(top, None)
            self.tree.expandAll()
        target = self._items.get(str(keep)) if keep else None
        self.tree.setCurrentItem(target or self._items.get(outline.sections[0].key) or frame)
        if self.page is not None and self.page.document is not None:
            self.update_statuses(self.page.document)

    def _heading(self, section: OutlineSection) -> str:
        draft = self.page.document if self.page is not None else None
        if draft is not None:
            for block in draft.blocks:
                if block.key == section.key and block.heading:
                    return block.heading
        return section.heading.replace("{year}", str(self._year))

    def update_statuses(self, draft: DraftedDocument) -> None:
        """Each section's status in the tree: filled, empty (to write) or unchanged since last year."""
        blocks = {b.key: b for b in draft.blocks}
        for key, item in self._items.items():
            block = blocks.get(key)
            if block is None:
                continue
            if block.heading:
                item.setText(0, block.heading)
            if block.unchanged_since is not None and block.text.strip():
                text, color = self.tr("Unchanged since {year}").format(year=block.unchanged_since), "#9a5b00"
            elif block.text.strip():
                text, color = self.tr("Filled"), "#1f7a3d"
            else:
                text, color = self.tr("Empty — to write"), "#9b1c1c"
            item.setText(1, text)
            item.setForeground(1, _brush(color))

    # ------------------------------------------------------------------ the selected section
    def _on_tree_current_changed(self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        if current is None or self.page is None:
            return
        key = str(current.data(0, Qt.ItemDataRole.UserRole))
        section = None
        if self._outline is not None and key != FRAME:
            try:
                section = self._outline.section(key)
            except KeyError:
                section = None
        row = self._section_rows.get(key)
        if row is None and section is not None:
            # A grouping heading: show its first section with a text of its own.
            row = next((self._section_rows[s.key] for s in section.walk() if s.key in self._section_rows), None)
        if row is not None:
            self.page.section_list.setCurrentRow(row)
        self._show_figures(section)

    def _show_figures(self, section: OutlineSection | None) -> None:
        self.figures_table.setRowCount(0)
        draft = self.page.document if self.page is not None else None
        ctx = getattr(draft, "context", None)
        figures = getattr(ctx, "figures", {}) if ctx is not None else {}
        keys = list(section.figures) if section is not None else []
        for key in keys:
            f = figures.get(key)
            row = self.figures_table.rowCount()
            self.figures_table.insertRow(row)
            value = QTableWidgetItem(f.text if f is not None else "—")
            value.setData(Qt.ItemDataRole.UserRole, key)
            value.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            label = QTableWidgetItem(f.label if f is not None else self.tr("Not offered by any module ({key})").format(key=key))
            source = QTableWidgetItem(f.source if f is not None else "")
            if f is not None and f.record_ids:
                value.setToolTip(self.tr("{count} record(s): double-click to open them").format(count=len(f.record_ids)))
            for col, item in enumerate((value, label, source)):
                self.figures_table.setItem(row, col, item)
        self.figures_table.resizeRowsToContents()
        self.figures_label.setVisible(bool(keys))
        self.figures_table.setVisible(bool(keys))
        hint = section.hint if section is not None else ""
        self.hint_label.setText(self.tr("To write: {hint}").format(hint=hint) if hint else "")
        self.hint_label.setVisible(bool(hint))

    def figure_keys(self) -> list[str]:
        """The figure keys listed for the selected section (tests)."""
        return [str(_cell(self.figures_table, r, 0).data(Qt.ItemDataRole.UserRole))
                for r in range(self.figures_table.rowCount())]

    def _on_figure_double_clicked(self, item: QTableWidgetItem) -> None:
        key = _cell(self.figures_table, item.row(), 0).data(Qt.ItemDataRole.UserRole)
        draft = self.page.document if self.page is not None else None
        figures = getattr(getattr(draft, "context", None), "figures", {})
        f = figures.get(key)
        if f is not None and f.target:
            self._window.navigate(f.target, tuple(f.record_ids))

    def select_section(self, key: str) -> None:
        item = self._items.get(key)
        if item is not None:
            self.tree.setCurrentItem(item)

    # ------------------------------------------------------------------ outline choice
    def _on_outline_combo_changed(self, _index: int) -> None:
        key = self.outline_combo.currentData()
        if self._year is None or key is None or (self._outline is not None and key == self._outline.key):
            return
        try:
            self._services.report.choose_outline(self._year, str(key))
        except DomainError as exc:
            show_error(self, self.tr("Cannot change the outline"), exc)
        self.refresh()

    # ------------------------------------------------------------------ self-scoring
    def _fill_scores(self) -> None:
        year = self._year
        assert year is not None
        draft = self.page.document if self.page is not None else None
        figures = getattr(getattr(draft, "context", None), "figures", {})
        criteria, lines = self._services.report.score_lines(year, figures)
        self.score_table.setRowCount(0)
        if criteria is None:
            self.criteria_label.setText(self.tr("The outline of this year has no self-scoring criteria."))
            self.total_label.setText("")
            self.save_scores_button.setEnabled(False)
            return
        self.criteria_label.setText(self.tr("Self-scoring by {decision} ({province}; total {max} points).").format(
            decision=criteria.decision, province=criteria.province, max=format_score(criteria.max_total)))
        frozen = self._frozen()
        for line in lines:
            row = self.score_table.rowCount()
            self.score_table.insertRow(row)
            c = line.criterion
            cells = [c.code, c.text, format_score(c.max_points),
                     format_score(line.score) if line.score is not None else "", line.note, line.suggestion]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 4:
                    # The note printed when none is typed (the usual note, or the one computed from the
                    # data): kept as "no note of her own" unless edited, so it follows the data.
                    item.setData(DEFAULT_NOTE_ROLE, "" if _stored_note(line) else text)
                editable = col in (3, 4) and not frozen
                if not editable:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if col == 1 and c.evidence_hint:
                    item.setToolTip(self.tr("Evidence: {hint}").format(hint=c.evidence_hint))
                if col in (0, 2, 3):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                item.setData(Qt.ItemDataRole.UserRole, c.code)
                self.score_table.setItem(row, col, item)
        self.score_table.resizeRowsToContents()
        total = sum((line.score for line in lines if line.score is not None), start=criteria.max_total * 0)
        self.total_label.setText(self.tr("Total: {total}/{max} points").format(
            total=format_score(total), max=format_score(criteria.max_total)))
        self.save_scores_button.setEnabled(not frozen)

    def save_scores(self) -> bool:
        """Save the scores and notes typed in the table (all or nothing)."""
        if self._year is None:
            return False
        scores = []
        try:
            for row in range(self.score_table.rowCount()):
                code = _cell(self.score_table, row, 0).text()
                note_item = _cell(self.score_table, row, 4)
                note = note_item.text()
                if note and note == note_item.data(DEFAULT_NOTE_ROLE):
                    note = ""
                scores.append(SelfScore(code, parse_score(_cell(self.score_table, row, 3).text()), note))
            self._services.report.save_scores(self._year, scores)
        except DomainError as exc:
            show_error(self, self.tr("Cannot save the scores"), exc)
            return False
        self._fill_scores()
        if self.page is not None:
            self.page.load(self._year)
        return True

    # ------------------------------------------------------------------ after sending
    def _show_frozen(self) -> None:
        year = self._year
        assert year is not None
        report = self._services.report
        frozen = None
        if report.is_frozen(year):
            current = self._services.contributions.collect(year).figures
            frozen = report.frozen(year, current)
        self.sent_button.setVisible(frozen is None)
        self.unfreeze_button.setVisible(frozen is not None)
        self.units_tab.set_read_only(frozen is not None)
        if self.page is not None:
            self.page.set_frozen(frozen is not None)
        if frozen is None:
            self.frozen_label.setVisible(False)
            return
        when = short_date(frozen.issue_date) if frozen.issue_date else ""
        text = self.tr("Sent as report no. {number} of {date}: frozen. What was sent is kept as it was.").format(
            number=f"{frozen.number:02d}" if frozen.number else "", date=when)
        if frozen.changed:
            lines = [self.tr("{label}: sent {sent}, now {now}").format(label=label, sent=sent, now=now or "—")
                     for _key, label, sent, now in frozen.changed[:MAX_CHANGED_LINES]]
            if len(frozen.changed) > MAX_CHANGED_LINES:
                lines.append(self.tr("… and {count} more").format(count=len(frozen.changed) - MAX_CHANGED_LINES))
            text += "\n" + self.tr("The data changed since then:") + "\n• " + "\n• ".join(lines)
        else:
            text += " " + self.tr("No figure has changed since.")
        self.frozen_label.setText(text)
        self.frozen_label.setVisible(True)

    def changed_figures(self) -> list[str]:
        """The labels of the figures shown as changed since sending (tests)."""
        if self._year is None:
            return []
        frozen = self._services.report.frozen(self._year, self._services.contributions.collect(self._year).figures)
        return [label for _key, label, _sent, _now in frozen.changed] if frozen is not None else []

    def open_sent_dialog(self) -> QWidget | None:
        if self._year is None or self.page is None or self.page.document is None:
            return None
        if not self.page.save_pending():
            return None
        draft = self.page.document
        dialog = RecordSentDialog(self._services, self._year, draft.summary, draft.symbol, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._after_change)
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def ask_unfreeze(self) -> QWidget | None:
        if self._year is None:
            return None
        year = self._year
        box = ask(self, self.tr("Unfreeze the report"),
                  self.tr("Unfreeze the {year} report that was recorded as sent?\n\nIts texts and figures will follow "
                          "the data again. Do this only to correct and send the report again; the unfreezing is "
                          "recorded in the change history.").format(year=year),
                  lambda: self._unfreeze(year), yes_text=self.tr("Unfreeze"))
        self.last_dialog = box
        return box

    def _unfreeze(self, year: int) -> None:
        try:
            self._services.report.unfreeze(year)
        except DomainError as exc:
            show_error(self, self.tr("Cannot unfreeze the report"), exc)
            return
        self._after_change()

    def _after_change(self) -> None:
        self.refresh()  # reloads the drafted page too
        self._window.data_changed.emit("report")


def _cell(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    """A cell this screen filled (every cell of its tables has an item)."""
    item = table.item(row, column)
    assert item is not None
    return item


def _stored_note(line: Any) -> bool:
    """Whether the printed note is the secretary's own (not the usual or computed one)."""
    return bool(line.note) and line.note not in (line.suggestion, line.criterion.note)


def _brush(color: str) -> Any:
    from PySide6.QtGui import QBrush, QColor

    return QBrush(QColor(color))
