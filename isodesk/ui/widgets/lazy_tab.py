"""Common ground of the Documents screen's tabs that load on first show (external documents, TTHC, scope).

:class:`LazyTab` loads its data when first shown, and again when shown after another tab or screen
announced a change on the window's ``data_changed`` (the visible tab reloads itself after its own
saves); it opens dialogs without blocking and announces its own changes. :class:`LazyListTab` adds a
filtered table of DTOs: search as the user types, a reload that keeps the selection, and selection by
ids.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import QComboBox, QHeaderView, QLineEdit, QTableView, QWidget

from isodesk.domain.formatting import fold
from isodesk.ui.models.dto_table_model import DtoFilterProxyModel, DtoTableModel
from isodesk.ui.widgets.list_tab import SEARCH_DELAY_MS

if TYPE_CHECKING:
    from isodesk.services.registry import Services
    from isodesk.ui.main_window import MainWindow


class LazyTab(QWidget):
    """A tab that loads in :meth:`refresh` on first show and after changes made elsewhere."""

    def __init__(self, services: Services, window: MainWindow | None = None) -> None:
        super().__init__()
        self._services = services
        self._window = window
        self._loaded = False
        self._dialog: QWidget | None = None
        if window is not None:
            window.data_changed.connect(self._on_window_data_changed)

    def refresh(self) -> None:
        """Load the tab's data (subclasses set ``_loaded``)."""
        raise NotImplementedError

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        self._ensure_loaded()

    def _ensure_loaded(self) -> None:
        if not self._loaded:
            self.refresh()

    def _on_window_data_changed(self, _area: str) -> None:
        # Another tab or screen changed data this tab shows (a procedure withdrawn, a TTHC abolished…):
        # reload when the tab is shown next. The visible tab reloads itself after its own saves.
        if not self.isVisible():
            self._loaded = False

    def _open(self, dialog: Any) -> QWidget:
        """Open a dialog window-modal without blocking (kept as ``_dialog``); it is deleted once closed."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._dialog = dialog
        dialog.open()
        return dialog  # type: ignore[no-any-return]

    def _notify(self) -> None:
        """Tell the rest of the app that this tab wrote something."""
        if self._window is not None:
            self._window.data_changed.emit("documents")


class LazyListTab(LazyTab):
    """A :class:`LazyTab` showing a :class:`DtoTableModel` through a :class:`DtoFilterProxyModel`.

    A subclass calls :meth:`_setup_list` and :meth:`_setup_search`, implements :meth:`_load` (fill the
    model), :meth:`clear_filters`, :meth:`_update_count`, and the slots :meth:`_setup_list` connects:
    ``_on_edit_button_clicked``, ``_on_table_view_context_menu`` and ``_on_selection_changed``.
    """

    def __init__(self, services: Services, window: MainWindow | None = None) -> None:
        super().__init__(services, window)
        self.model: Any = None
        self.proxy: Any = None
        self._view: QTableView | None = None
        self._search_edit: QLineEdit | None = None
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._on_search_timer_timeout)

    # ------------------------------------------------------------------ setting up
    def _setup_list(self, view: QTableView, model: DtoTableModel[Any], proxy: DtoFilterProxyModel, *,
                    widths: dict[Any, int], stretch: int, row_lines: int = 2) -> None:
        """Show ``model`` in ``view`` through ``proxy`` (kept as ``self.model`` and ``self.proxy``):
        column widths, ``stretch`` taking the spare room, headers on two lines, rows of ``row_lines``
        lines, sorting on a header click (source order until then), a context menu, and the slots."""
        self.model, self.proxy, self._view = model, proxy, view
        proxy.setSourceModel(model)
        view.setModel(proxy)
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        for column, width in widths.items():
            view.setColumnWidth(column, width)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        view.setSortingEnabled(True)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        view.verticalHeader().setDefaultSectionSize(row_lines * view.fontMetrics().height() + 10)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.doubleClicked.connect(self._on_table_view_double_clicked)
        view.customContextMenuRequested.connect(self._on_table_view_context_menu)
        view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        proxy.filter_applied.connect(self._update_count)
        proxy.modelReset.connect(self._update_count)

    def _setup_search(self, edit: QLineEdit) -> None:
        """Filter the list once typing in ``edit`` pauses."""
        self._search_edit = edit
        edit.textChanged.connect(self._on_search_edit_text_changed)

    def _on_search_edit_text_changed(self, _text: str) -> None:
        self._search_timer.start()  # restarts: the filter runs once typing pauses

    def _on_search_timer_timeout(self) -> None:
        if self._search_edit is not None:
            self.proxy.set_query(self._search_edit.text())

    def _clear_search(self) -> None:
        """Empty the search box and the typed-words filter at once."""
        if self._search_edit is not None:
            self._search_edit.clear()
        self._search_timer.stop()
        self.proxy.set_query("")

    # ------------------------------------------------------------------ loading
    def refresh(self, select_ids: Sequence[int] | None = None) -> None:  # type: ignore[override]
        """Reload the list from the database, keeping the selection (or selecting ``select_ids``)."""
        keep = list(select_ids) if select_ids is not None else [row.id for row in self._selected_rows()]
        self._loaded = True
        self._load()
        self.select_ids([i for i in keep if i is not None])
        self._update_count()

    def _load(self) -> None:
        raise NotImplementedError

    def clear_filters(self) -> None:
        raise NotImplementedError

    def _update_count(self, *_args: object) -> None:
        raise NotImplementedError

    # ------------------------------------------------------------------ navigation and selection
    def open_target(self, record_ids: Sequence[int] = ()) -> None:
        """Show the list with these rows selected (filters cleared so that they are visible)."""
        self._ensure_loaded()
        if record_ids:
            self.clear_filters()
            self.select_ids(record_ids)

    def is_shown(self, record_id: int | None) -> bool:
        """Whether the row of this id passes the filters."""
        row = self.model.row_of(record_id)
        return row >= 0 and self.proxy.mapFromSource(self.model.index(row, 0)).isValid()

    def select_ids(self, ids: Sequence[int]) -> None:
        """Select the rows of these ids that are shown; the first becomes current and is scrolled to."""
        view = self._view
        assert view is not None
        selection = QItemSelection()
        first: QModelIndex | None = None
        for record_id in ids:
            row = self.model.row_of(record_id)
            index = self.proxy.mapFromSource(self.model.index(row, 0)) if row >= 0 else QModelIndex()
            if index.isValid():
                selection.select(index, index)
                first = first or index
        view.selectionModel().select(
            selection, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        if first is not None:
            view.selectionModel().setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)
            view.scrollTo(first, view.ScrollHint.PositionAtCenter)

    def _selected_rows(self) -> list[Any]:
        """The DTOs of the selected rows, in view order."""
        selection = self._view.selectionModel() if self._view is not None else None
        rows = sorted({i.row() for i in selection.selectedRows()}) if selection else []
        return [self.proxy.row_dto(r) for r in rows]

    def _shown_rows(self) -> list[Any]:
        """The DTOs of the rows shown, in view order."""
        return [self.proxy.row_dto(r) for r in range(self.proxy.rowCount())]

    def _on_table_view_double_clicked(self, _index: QModelIndex) -> None:
        self._on_edit_button_clicked()

    def _on_edit_button_clicked(self) -> None:
        raise NotImplementedError

    def _on_table_view_context_menu(self, pos: Any) -> None:
        raise NotImplementedError

    def _on_selection_changed(self, *_args: object) -> None:
        raise NotImplementedError


def refill_combo(combo: QComboBox, items: list[tuple[str, object]]) -> None:
    """Refill a filter box after item 0 ("All …"), keeping the choice; nothing is redone when the items
    did not change (the usual case after a save). A choice that disappeared falls back to item 0 and
    the box reports the change."""
    current = [(combo.itemText(i), combo.itemData(i)) for i in range(1, combo.count())]
    if current == items:
        return
    chosen = combo.currentData()
    combo.blockSignals(True)
    while combo.count() > 1:
        combo.removeItem(1)
    for text, data in items:
        combo.addItem(text, data)
    index = combo.findData(chosen) if chosen is not None else 0
    combo.setCurrentIndex(max(index, 0))
    combo.blockSignals(False)
    if index < 0:
        combo.currentIndexChanged.emit(0)


def refill_fields(combo: QComboBox, fields: Sequence[str]) -> None:
    """Refill a lĩnh vực filter box with these fields, once each (case and diacritics ignored), sorted."""
    names: dict[str, str] = {}
    for name in fields:
        if name:
            names.setdefault(fold(name), name)
    refill_combo(combo, [(name, name) for name in sorted(names.values(), key=fold)])
