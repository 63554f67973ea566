"""A change-history list with the selected change spelled out, and a Restore button for deletions.

Used by Settings → Change history (all records) and by :class:`HistoryDialog` (one record). It
shows what it is given; the owner loads entries and restores through the services.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QItemSelection, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from isodesk.domain.core import ChangeAction, ChangeEntry
from isodesk.ui.models.history_table_model import HistoryTableModel


class HistoryView(QWidget):
    """Table of changes (newest first unless sorted otherwise) over a details box."""

    restore_requested = Signal(int)
    """The user asked to restore the deletion with this change id."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = HistoryTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(HistoryTableModel.SortRole)

        self.table = QTableView()
        self.table.setObjectName("history_table")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(HistoryTableModel.Column.AT, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)

        self.details_label = QLabel(self.tr("Details of the selected change"))
        self.details_label.setObjectName("Muted")
        self.details = QPlainTextEdit()
        self.details.setObjectName("details_edit")
        self.details.setReadOnly(True)
        self.restore_button = QPushButton(self.tr("Restore"))
        self.restore_button.setObjectName("restore_button")
        self.restore_button.setToolTip(self.tr("Bring back the deleted record exactly as it was"))
        self.restore_button.setEnabled(False)

        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.details_label, 1)
        row.addWidget(self.restore_button)
        bottom_layout.addLayout(row)
        bottom_layout.addWidget(self.details, 1)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.restore_button.clicked.connect(self._on_restore_button_clicked)

    def set_entries(self, entries: Sequence[ChangeEntry], *, lookups: Mapping[str, Mapping[int, str]] | None = None,
                    names: Mapping[tuple[str, int], str] | None = None) -> None:
        self.model.set_rows(entries, lookups=lookups, names=names)
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for column, cap in ((HistoryTableModel.Column.RECORD, 320), (HistoryTableModel.Column.ACTOR, 160)):
            if header.sectionSize(column) > cap:
                header.resizeSection(column, cap)
        if self.proxy.rowCount():
            self.table.selectRow(0)
        else:
            self._show(None)

    def set_restore_visible(self, visible: bool) -> None:
        self.restore_button.setVisible(visible)

    def current_entry(self) -> ChangeEntry | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        entry: ChangeEntry | None = rows[0].data(HistoryTableModel.RowRole)
        return entry

    def _show(self, entry: ChangeEntry | None) -> None:
        if entry is None:
            self.details.setPlainText("")
            self.restore_button.setEnabled(False)
            return
        self.details.setPlainText("\n".join(self.model.details(entry)))
        self.restore_button.setEnabled(entry.action is ChangeAction.DELETE)

    def _on_table_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show(self.current_entry())

    def _on_restore_button_clicked(self) -> None:
        entry = self.current_entry()
        if entry is not None and entry.action is ChangeAction.DELETE:
            self.restore_requested.emit(entry.id)
