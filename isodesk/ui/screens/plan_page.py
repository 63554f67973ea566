"""The year's QMS maintenance plan: the generic drafted-document page with the plan's task table.

Everything but the task table (section II: one row per task, the appendix columns, and the selected
task's "what is done" text below it) is :class:`~isodesk.ui.widgets.drafted_document_page.DraftedDocumentPage`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from isodesk.domain.drafted import DraftedDocument
from isodesk.domain.plan import DOCUMENT_KEY, PlanBlock, PlanDraft, PlanOptions, PlanSection
from isodesk.services.plan.plan_service import plan_draft
from isodesk.domain.i18n import QT_TRANSLATE_NOOP
from isodesk.ui.models.plan_tasks_model import PlanTasksModel
from isodesk.ui.widgets.drafted_document_page import BlockEditor, DraftedDocumentPage, ResizeWatcher

if TYPE_CHECKING:
    from isodesk.services.registry import Services
    from isodesk.ui.main_window import MainWindow

# Sections of the editor, in document order (English source, context "PlanPage").
SECTIONS: tuple[tuple[str, str], ...] = (
    (PlanSection.BASES.value, QT_TRANSLATE_NOOP("PlanPage", "Legal bases and opening")),
    (PlanSection.PURPOSE.value, QT_TRANSLATE_NOOP("PlanPage", "I. Purpose and requirements")),
    (PlanSection.TASKS.value, QT_TRANSLATE_NOOP("PlanPage", "II. Tasks")),
    (PlanSection.ORGANISATION.value, QT_TRANSLATE_NOOP("PlanPage", "III. Organisation")),
    (PlanSection.CLOSING.value, QT_TRANSLATE_NOOP("PlanPage", "Closing and recipients")),
)


class PlanPage(DraftedDocumentPage):
    """Kế hoạch duy trì, cải tiến HTQLCL of the window's reporting year."""

    def __init__(self, services: Services, window: MainWindow) -> None:
        self._plan: PlanDraft | None = None
        super().__init__(services, window, DOCUMENT_KEY, SECTIONS, section_context="PlanPage",
                         label_context="PlanBlock")
        self.setObjectName("PlanPage")

    @property
    def draft(self) -> PlanDraft | None:
        """The plan shown, with its tasks."""
        return self._plan

    def page_title(self, draft: DraftedDocument | None) -> str:
        if draft is None:
            return self.tr("QMS maintenance plan")
        return self.tr("QMS maintenance plan {year}").format(year=draft.year)

    def options(self) -> PlanOptions:
        return PlanOptions(signer_id=self.signer_combo.currentData())

    # ------------------------------------------------------------------ the tasks page
    def build_section_page(self, section: str) -> QWidget | None:
        if section != PlanSection.TASKS.value:
            return None
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        hint = QLabel(self.tr(
            "Each row is a numbered task of section II and a row of the appendix table. Double-click a cell to "
            "change it; empty the task name to leave the task out of the plan."))
        hint.setObjectName("Muted")
        hint.setWordWrap(True)
        self.tasks_model = PlanTasksModel(self)
        self.tasks_view = QTableView()
        self.tasks_view.setModel(self.tasks_model)
        self.tasks_view.setWordWrap(True)
        self.tasks_view.setAlternatingRowColors(True)
        self.tasks_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tasks_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tasks_view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                        | QAbstractItemView.EditTrigger.EditKeyPressed
                                        | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.tasks_view.verticalHeader().setVisible(False)
        self.tasks_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tasks_view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.tasks_view.horizontalHeader()
        # The task name takes the room the other columns leave, so no row scrolls sideways.
        for column, width in ((0, 36), (2, 148), (3, 115), (4, 148), (5, 150)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.task_detail = BlockEditor()
        self.task_detail.text_edited.connect(self._on_block_edited)
        self.task_detail.editor.installEventFilter(self._focus_watcher)
        self.restore_task_button = QPushButton(self.tr("Restore the suggested texts of this task"))
        hint_row = QHBoxLayout()
        hint_row.addWidget(hint, 1)
        hint_row.addWidget(self.restore_task_button, 0, Qt.AlignmentFlag.AlignTop)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.tasks_view)
        detail_scroll = QScrollArea()
        detail_scroll.setWidgetResizable(True)
        detail_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        detail_scroll.setFrameShape(QFrame.Shape.NoFrame)
        detail_scroll.setWidget(self.task_detail)
        splitter.addWidget(detail_scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([380, 160])
        layout.addLayout(hint_row)
        layout.addWidget(splitter, 1)
        self.tasks_model.text_edited.connect(self._on_block_edited)
        self.tasks_model.dataChanged.connect(lambda *_: self.tasks_view.resizeRowsToContents())
        # Row heights follow the column widths (word wrap): recompute once the view has its size.
        self._rows_timer = QTimer(self)
        self._rows_timer.setSingleShot(True)
        self._rows_timer.setInterval(0)
        self._rows_timer.timeout.connect(self.tasks_view.resizeRowsToContents)
        header.sectionResized.connect(lambda *_: self._rows_timer.start())
        self.tasks_view.viewport().installEventFilter(ResizeWatcher(self._rows_timer.start, self))
        self.tasks_view.selectionModel().currentRowChanged.connect(self._on_task_row_changed)
        self.restore_task_button.clicked.connect(self._on_restore_task_clicked)
        return page

    def show_extra(self, draft: DraftedDocument) -> None:
        self._plan = plan_draft(draft)
        self.tasks_model.set_rows(self._plan.tasks)
        self.tasks_view.resizeRowsToContents()
        self.tasks_view.selectRow(0)
        self._show_task_detail(0)

    def refresh_extra(self, draft: DraftedDocument) -> None:
        self._plan = plan_draft(draft)
        self.tasks_model.update_tasks(self._plan.tasks)
        detail = self.task_detail.block
        if detail is not None:
            self.task_detail.set_block(self._plan.block(detail.key), self.task_detail.title.text(), keep_text=True)

    def edited_extra(self, key: str, text: str) -> None:
        if key.startswith("task.") and self.tasks_model.text(key) != text:
            self.tasks_model.set_text(key, text)  # the task's detail, edited below the table

    def _show_task_detail(self, row: int) -> None:
        if self._plan is None or not self._plan.tasks:
            return
        row = max(0, min(row, len(self._plan.tasks) - 1))
        task = self.tasks_model.task(row)
        block = task.fields["detail"]
        # The model holds the current texts (edited since the draft was loaded).
        current = self.tasks_model.text(block.key)
        title = self.tr("Task {number}: what is done (printed in section II)").format(
            number=self.tasks_model.number(row) or "–")
        self.task_detail.set_block(PlanBlock(block.key, block.section, block.label, current, block.suggested,
                                             block.origin, block.carried_from, unchanged_since=block.unchanged_since),
                                   title)

    def _on_task_row_changed(self, current, _previous) -> None:
        if current.isValid():
            self._show_task_detail(current.row())

    def _on_restore_task_clicked(self) -> None:
        index = self.tasks_view.currentIndex()
        if not index.isValid():
            return
        task = self.tasks_model.task(index.row())
        for field, block in task.fields.items():
            if field == "detail":
                self.task_detail.editor.setPlainText(block.suggested)
            elif self.tasks_model.text(block.key) != block.suggested:
                self.tasks_model.set_text(block.key, block.suggested)
                self._on_block_edited(block.key, block.suggested)
        self.save_pending()


# The section titles above are translated in context "PlanPage"; keep lupdate's view of them.
_ = QCoreApplication
