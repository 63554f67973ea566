"""The one base of every register tab (internal documents, records, external documents, TTHC, …).

A :class:`RegisterTab` shows a register's rows through the one model and proxy of
``ui.models.register_model`` built from its :class:`~isodesk.domain.tabular.RegisterSpec`, and brings what
every register does the same way:

* loading on first show, and again when shown after another tab or screen announced a change on the
  window's ``data_changed`` (the visible tab reloads itself after its own saves);
* search as you type (one pass when typing pauses, at once on Enter), filters, a reload that keeps the
  selection, selection by ids, the rows shown and selected read through the proxy;
* column widths from the spec's width hints (long text columns take the room, short ones stay narrow),
  headers on two lines and never clipped;
* dialogs opened window-modal without blocking, yes/no questions, the change history of a row, a
  details-pane slot filled on selection;
* Excel import (the generic dialog on the spec), Excel export (rows from the service, the file written by
  ``reports.xlsx_exporter``), the printed list (built by the printouts object the app hands in);
* keyboard actions: Enter opens the selected row, Delete asks to delete it, Ctrl+P prints, Ctrl+E
  exports (Ctrl+F, the main window's, focuses the search field).

A subclass builds its form, calls :meth:`_setup_list` and :meth:`_setup_search`, and implements
:meth:`_load`, :meth:`_update_count` and the hooks it uses.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from PySide6.QtCore import QEvent, QItemSelection, QItemSelectionModel, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableView,
    QToolButton,
    QWidget,
)

from isodesk.domain.formatting import fold
from isodesk.ui.models.dto_table_model import DtoTableModel
from isodesk.ui.models.register_model import ONLY_IDS_FILTER
from isodesk.ui.widgets.file_dialogs import ask_save_path

_D = TypeVar("_D", bound=QDialog)

if TYPE_CHECKING:
    from isodesk.domain.tabular import RegisterSpec
    from isodesk.reports.model import AdminDocument
    from isodesk.services.registry import Services
    from isodesk.ui.dialogs.excel_import_dialog import ExcelImportDialog
    from isodesk.ui.dialogs.print_preview import PrintPreviewDialog
    from isodesk.ui.main_window import MainWindow

SEARCH_DELAY_MS = 150
"""Delay between the last keystroke and the search: one pass per pause, not per letter."""

_CELL_PADDING = 18  # pixels around a cell's text (margins, grid, sort indicator room)
_MIN_SECTION = 40
LONG_TEXT_HINT = 30.0
"""Width hint (characters) from which a column is long text and takes the room left."""
LONG_TEXT_MIN = 32.0
"""Characters a long text column keeps when the columns do not fit."""


def connect_buttons(owner: QObject, widgets: object, *names: str) -> None:
    """Connect ``widgets.<name>_button.clicked`` to ``owner._on_<name>_button_clicked`` for each name: the
    naming convention of every screen (a button and its slot), written once."""
    for name in names:
        getattr(widgets, f"{name}_button").clicked.connect(getattr(owner, f"_on_{name}_button_clicked"))


def fit_columns(view: QTableView, *, row_lines: int = 1) -> ColumnFitter:
    """Size the columns of ``view`` from its model's width hints (``DtoTableModel.WidthHintRole``), now and
    whenever the view is resized (see :class:`ColumnFitter`); rows are ``row_lines`` text lines high."""
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setMinimumSectionSize(_MIN_SECTION)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
    header.setStretchLastSection(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setFixedHeight(2 * header.fontMetrics().lineSpacing() + 14)
    vertical = view.verticalHeader()
    vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    vertical.setDefaultSectionSize(row_lines * view.fontMetrics().height() + 10)
    view.setWordWrap(row_lines > 1)
    fitter = ColumnFitter(view)
    fitter.fit()
    return fitter


class ColumnFitter(QObject):
    """Keeps a table's columns at their width hints within the view's width.

    A hint is in average characters of the view's font; a column is never narrower than its header
    wrapped on two lines (headers are never clipped). Room left over goes to the long text columns
    (hint of :data:`LONG_TEXT_HINT` characters or more: trích yếu, tên thủ tục, tên tài liệu); when the
    columns do not fit, the long text columns give up room first (down to :data:`LONG_TEXT_MIN`
    characters), then the others shrink evenly down to their header's width.
    """

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self._view = view
        self._width = -1
        view.viewport().installEventFilter(self)
        header = view.horizontalHeader()
        header.sectionCountChanged.connect(lambda *_a: self.fit(force=True))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def fit(self, *, force: bool = False) -> None:
        view = self._view
        model = view.model()
        if model is None:
            return
        available = view.viewport().width()
        if available == self._width and not force:
            return
        self._width = available
        header = view.horizontalHeader()
        char = average_char_width(view.fontMetrics())
        metrics = header.fontMetrics()
        sections = [s for s in range(model.columnCount()) if not view.isColumnHidden(s)]
        natural: dict[int, int] = {}
        least: dict[int, int] = {}
        long_text: list[int] = []
        for section in sections:
            hint = float(model.headerData(section, Qt.Orientation.Horizontal, DtoTableModel.WidthHintRole) or 12)
            text = str(model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or "")
            need = max(_MIN_SECTION, header_width(metrics, text) + _CELL_PADDING)
            natural[section] = max(need, round(hint * char) + _CELL_PADDING)
            if hint >= LONG_TEXT_HINT:
                long_text.append(section)
                least[section] = max(need, round(LONG_TEXT_MIN * char) + _CELL_PADDING)
            else:
                least[section] = need
        widths = dict(natural)
        if not long_text and sections:
            long_text = [max(sections, key=natural.__getitem__)]
        excess = sum(widths.values()) - available
        if excess < 0 and long_text:
            # Room left over: the long text columns take it, in proportion to their hints.
            total = sum(natural[s] for s in long_text)
            for s in long_text:
                widths[s] += -excess * natural[s] // total
        else:
            for group in (long_text, [s for s in sections if s not in long_text]):
                room = sum(widths[s] - least[s] for s in group)
                if excess <= 0 or room <= 0:
                    continue
                take = min(excess, room)
                for s in group:
                    widths[s] -= -(-take * (widths[s] - least[s]) // room)  # rounded up: fit, never overflow
                excess -= take
        for section, width in widths.items():
            header.resizeSection(section, width)


_SAMPLE = "Quy trình giải quyết thủ tục đăng ký khai sinh 12/2024/NĐ-CP"
"""Typical register text: the average width of its characters is what a width hint counts in."""


def average_char_width(metrics: Any) -> float:
    """Pixels of an average character of Vietnamese register text in this font (narrower than Qt's
    ``averageCharWidth``, which counts wide capitals as often as lower case)."""
    return max(1.0, float(metrics.horizontalAdvance(_SAMPLE)) / len(_SAMPLE))


def setup_table(view: QTableView, widths: dict[int, int], stretch: int | None = None, row_height: int = 26,
                two_line_header: bool = False) -> None:
    """Column widths in pixels for the small fixed tables of a details pane (revisions, files…), the
    column that takes the spare room, fixed row heights and (optionally) a header on two lines."""
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setMinimumSectionSize(_MIN_SECTION)
    if two_line_header:
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        header.setFixedHeight(2 * view.fontMetrics().lineSpacing() + 14)
    for column, width in widths.items():
        header.resizeSection(column, width)
    if stretch is not None:
        header.setStretchLastSection(False)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    vertical = view.verticalHeader()
    vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    vertical.setDefaultSectionSize(row_height)


def fit_placeholder(edit: QLineEdit) -> None:
    """Keep ``edit`` at least as wide as its placeholder text with the style's margins and the clear button."""
    text = edit.placeholderText()
    if not text:
        return
    # Frame, padding and QLineEdit's own 2 px margins each side; the clear button when enabled.
    extra = edit.sizeHint().width() - edit.fontMetrics().horizontalAdvance("x" * 17)
    if edit.isClearButtonEnabled():
        extra += edit.height() if edit.height() < 40 else 24
    edit.setMinimumWidth(max(edit.minimumWidth(), edit.fontMetrics().horizontalAdvance(text) + max(extra, 12) + 2))


def header_width(metrics: Any, text: str) -> int:
    """Pixels a header needs on at most two lines: its widest word, or half its text, whichever is more."""
    words = text.split()
    if not words:
        return 0
    widest = max(int(metrics.horizontalAdvance(word)) for word in words)
    if len(words) == 1:
        return widest
    # The best split into two lines: the longer line of the most even split.
    best = min(max(int(metrics.horizontalAdvance(" ".join(words[:i]))), int(metrics.horizontalAdvance(" ".join(words[i:]))))
               for i in range(1, len(words)))
    return max(widest, best)


class RegisterTab(QWidget):
    """Base of a register tab; ``AREA`` is what :attr:`data_changed` (and the window's) announce after a
    write, ``SPEC`` the register shown, ``ENTITY`` the change history's name of its table."""

    AREA: ClassVar[str] = "documents"
    SPEC: ClassVar[RegisterSpec | None] = None
    ENTITY: ClassVar[str] = ""

    data_changed = Signal(str)
    """Lines were changed here (the home screen's checklist may refresh)."""

    def __init__(self, services: Services, window: MainWindow | None = None, parent: QWidget | None = None,
                 *, today: date | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._window = window
        self._today = today
        self._loaded = False
        self.last_dialog: QWidget | None = None
        self._dialog: QWidget | None = None
        self.model: Any = None
        self.proxy: Any = None
        self._view: QTableView | None = None
        self._search_edit: QLineEdit | None = None
        self._details: Callable[[Any], None] | None = None
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._on_search_timer_timeout)
        self._shortcuts: list[QShortcut] = []
        self._chip: QToolButton | None = None
        if window is not None:
            window.data_changed.connect(self._on_window_data_changed)

    def today(self) -> date:
        return self._today or date.today()

    @property
    def printouts(self) -> Any:
        """The printouts object the app built with the services (the UI builds no service object)."""
        return self._services.printouts

    # ------------------------------------------------------------------ setting up
    def _add_list_area(self, layout: QBoxLayout) -> tuple[QTableView, QLabel, QLabel]:
        """For a tab built in code: the table, the (hidden) refusal line and the count line, added to
        ``layout`` in that order, styled as on the Designer-built tabs."""
        view = QTableView(self)
        layout.addWidget(view)
        message = QLabel(self)
        message.setObjectName("ErrorText")
        message.setWordWrap(True)
        message.setVisible(False)
        layout.addWidget(message)
        count = QLabel(self)
        count.setObjectName("Muted")
        layout.addWidget(count)
        return view, message, count

    def _setup_list(self, view: QTableView, model: DtoTableModel[Any], proxy: Any, *, row_lines: int = 1,
                    sortable: bool = True, context_menu: bool = False) -> None:
        """Show ``model`` in ``view`` through ``proxy`` (kept as ``self.model`` and ``self.proxy``): widths
        from the width hints, rows of ``row_lines`` lines, sorting on a header click (source order until
        then), selection slots, the keyboard actions and, if asked, a context menu."""
        self.model, self.proxy, self._view = model, proxy, view
        proxy.setSourceModel(model)
        view.setModel(proxy)
        if hasattr(proxy, "add_filter"):
            proxy.add_filter(ONLY_IDS_FILTER, lambda row, ids: getattr(row, "id", None) in ids)  # makes the key known
        self._fitter = fit_columns(view, row_lines=row_lines)
        if sortable:
            view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
            view.setSortingEnabled(True)
        if context_menu:
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            view.customContextMenuRequested.connect(self._on_table_view_context_menu)
        view.doubleClicked.connect(self._on_table_view_double_clicked)
        view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        view.selectionModel().selectionChanged.connect(self._on_details_selection)
        proxy.filter_applied.connect(self._after_filter)
        proxy.modelReset.connect(self._update_count)
        self._setup_keys(view)

    def _setup_keys(self, view: QTableView) -> None:
        """Enter opens, Delete asks (on the list); Ctrl+P and Ctrl+E anywhere in the tab.

        Ctrl+F belongs to the main window's "Search the list" action, which puts the cursor in the
        visible search field: a second Ctrl+F here would make the key ambiguous, and Qt then fires neither.
        """
        on_view = Qt.ShortcutContext.WidgetShortcut
        in_tab = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for key, slot, parent, context in (
                (QKeySequence(Qt.Key.Key_Return), self.open_selected, view, on_view),
                (QKeySequence(Qt.Key.Key_Enter), self.open_selected, view, on_view),
                (QKeySequence(QKeySequence.StandardKey.Delete), self.delete_selected, view, on_view),
                (QKeySequence(QKeySequence.StandardKey.Print), self.print_list, self, in_tab),
                (QKeySequence("Ctrl+E"), self.export_with_dialog, self, in_tab)):
            shortcut = QShortcut(key, parent)
            shortcut.setContext(context)
            shortcut.activated.connect(slot)
            self._shortcuts.append(shortcut)

    def set_details_pane(self, show: Callable[[Any], None]) -> None:
        """Call ``show(row or None)`` whenever the selection changes (the details pane slot)."""
        self._details = show

    def _on_details_selection(self, *_args: object) -> None:
        if self._details is not None:
            rows = self._selected_rows()
            self._details(rows[0] if len(rows) == 1 else None)

    # ------------------------------------------------------------------ loading
    def showEvent(self, event: Any) -> None:
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

    def refresh(self, select_ids: Sequence[int] | None = None) -> None:
        """Reload the list from the database, keeping the selection (or selecting ``select_ids``)."""
        keep = list(select_ids) if select_ids is not None else [getattr(r, "id", None) for r in self._selected_rows()]
        self._loaded = True
        self._load()
        self.select_ids([i for i in keep if i is not None])
        self._update_count()

    def _load(self) -> None:
        """Fill the model from the service."""
        raise NotImplementedError

    def _update_count(self, *_args: object) -> None:
        """Show how many rows there are and are shown."""

    def clear_filters(self) -> None:
        """Show every row: empty the search and set every filter to "all"."""
        self._clear_search()
        self.show_all_records()

    # ------------------------------------------------------------------ search as you type
    def _setup_search(self, edit: QLineEdit) -> None:
        """Filter the list once typing in ``edit`` pauses, or at once on Enter; the field is never narrower
        than its placeholder (what to type is the only hint the user gets)."""
        self._search_edit = edit
        fit_placeholder(edit)
        edit.textChanged.connect(self._on_search_edit_text_changed)
        edit.returnPressed.connect(self._on_search_timer_timeout)

    def _on_search_edit_text_changed(self, _text: str) -> None:
        self._search_timer.start()  # restarts: the filter runs once typing pauses

    def _on_search_timer_timeout(self) -> None:
        self._search_timer.stop()
        if self._search_edit is not None:
            self.apply_search(self._search_edit.text())

    def apply_search(self, text: str) -> None:
        """Filter the list by ``text`` at once (what the debounce timer calls)."""
        edit = self._search_edit
        if edit is not None and edit.text() != text:
            edit.blockSignals(True)
            edit.setText(text)
            edit.blockSignals(False)
        self.proxy.set_filters(text=text)

    def _apply_pending_search(self) -> None:
        """Apply a search typed but not applied yet (before printing or exporting what is shown)."""
        if self._search_timer.isActive():
            self._on_search_timer_timeout()

    def _clear_search(self) -> None:
        """Empty the search box and the typed-words filter at once."""
        if self._search_edit is not None:
            self._search_edit.blockSignals(True)
            self._search_edit.clear()
            self._search_edit.blockSignals(False)
        self._search_timer.stop()
        self.proxy.set_filters(text="")

    def focus_search(self) -> None:
        """Ctrl+F: put the cursor in the search box, its text selected."""
        if self._search_edit is not None:
            self._search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self._search_edit.selectAll()

    def _after_filter(self) -> None:
        self._update_count()

    def _bind_filter(self, combo: QComboBox, key: str, convert: Callable[[Any], Any] | None = None) -> None:
        """Filter on ``key`` with the combo box's current data (None: all), converted by ``convert``."""
        def changed(_index: int) -> None:
            data = combo.currentData()
            self.proxy.set_filters(**{key: (convert(data) if convert and data is not None else data)})

        combo.currentIndexChanged.connect(changed)

    # ------------------------------------------------------------------ selection
    def _on_selection_changed(self, *_args: object) -> None:
        """Enable the actions that need a selection."""

    def _selected_rows(self) -> list[Any]:
        """The DTOs of the selected rows, in view order."""
        selection = self._view.selectionModel() if self._view is not None else None
        rows = sorted({i.row() for i in selection.selectedRows()}) if selection else []
        return [self.proxy.row_dto(r) for r in rows]

    def _shown_rows(self) -> list[Any]:
        """The DTOs of the rows shown, in view order."""
        return [self.proxy.row_dto(r) for r in range(self.proxy.rowCount())]

    def is_shown(self, record_id: int | None) -> bool:
        """Whether the row of this id passes the filters."""
        row: int = self.model.row_of(record_id)
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

    def open_target(self, record_ids: Sequence[int] = ()) -> None:
        """Show exactly these rows (the home screen's "Xem" on a readiness issue): other filters cleared,
        the list narrowed to them under a removable filter chip, the first one selected."""
        self._ensure_loaded()
        if record_ids:
            self.clear_filters()
            self.show_only(record_ids)
            self.select_ids(record_ids)

    # ------------------------------------------------------------------ "only these records" chip
    def _make_chip(self) -> QToolButton | None:
        """A button beside the search field (else above the list) naming the records the list is narrowed
        to; clicking it shows every record again. Made on first use."""
        if self._chip is not None:
            return self._chip
        for widget in (self._search_edit, self._view):
            found = _box_layout_holding(widget)
            if found is None:
                continue
            layout, index = found
            chip = QToolButton()
            chip.setObjectName("filter_chip")
            chip.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            chip.setToolTip(self.tr("Show every record again"))
            chip.clicked.connect(self.show_all_records)
            # After the search field in its row; above the list when it stands in a column.
            layout.insertWidget(index + 1 if widget is self._search_edit else index, chip, 0)
            self._chip = chip
            return chip
        return None

    def show_only(self, record_ids: Sequence[int]) -> None:
        """Narrow the list to ``record_ids`` and show the chip that removes that filter."""
        if self.proxy is None or not hasattr(self.proxy, "add_filter"):
            return
        ids = frozenset(int(i) for i in record_ids)
        self.proxy.set_filters(**{ONLY_IDS_FILTER: ids})
        if self._make_chip() is not None:
            assert self._chip is not None
            self._chip.setText(self.tr("Showing only the {count} records to look at  ✕").format(count=len(ids)))
            self._chip.show()
        self._update_count()

    def show_all_records(self) -> None:
        """Remove the "only these records" filter (the chip's click)."""
        if self.proxy is not None and hasattr(self.proxy, "add_filter"):
            self.proxy.set_filters(**{ONLY_IDS_FILTER: None})
        if self._chip is not None:
            self._chip.hide()
        self._update_count()

    def only_ids(self) -> frozenset[int] | None:
        """The records the list is narrowed to by :meth:`show_only`, or None."""
        chosen = self.proxy.chosen(ONLY_IDS_FILTER) if self.proxy is not None and hasattr(self.proxy, "chosen") else None
        return chosen if isinstance(chosen, frozenset) else None

    # ------------------------------------------------------------------ actions (keyboard and buttons)
    def _on_table_view_double_clicked(self, _index: QModelIndex) -> None:
        self.open_selected()

    def _on_table_view_context_menu(self, pos: Any) -> None:
        """Show the row's menu (subclasses that asked for one)."""

    def open_selected(self) -> None:
        """Enter or a double click: open the selected row's editor."""
        self._on_edit_button_clicked()

    def delete_selected(self) -> None:
        """Delete: ask, then delete the selected row."""
        self._on_delete_button_clicked()

    def export_with_dialog(self) -> None:
        """Ctrl+E: ask where, then write the rows shown to Excel."""
        self._on_export_clicked()

    def print_list(self) -> Any:
        """Ctrl+P: preview the printed list of the rows shown."""
        return None

    def _on_edit_button_clicked(self) -> None:
        """Open the selected row's editor (subclasses)."""

    def _on_delete_button_clicked(self) -> None:
        """Ask to delete the selected row (subclasses)."""

    # ------------------------------------------------------------------ dialogs
    def _confirm(self, title: str, text: str) -> bool:
        """Ask yes/no (modal; tests replace this method)."""
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self)
        yes = box.addButton(self.tr("Yes"), QMessageBox.ButtonRole.YesRole)
        box.addButton(self.tr("No"), QMessageBox.ButtonRole.NoRole)
        box.exec()
        return box.clickedButton() is yes

    def _open(self, dialog: _D, on_accepted: Callable[[], Any] | None = None) -> _D:
        """Open a dialog window-modal without blocking; it is deleted once closed."""
        if on_accepted is not None:
            dialog.accepted.connect(on_accepted)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.last_dialog = self._dialog = dialog
        dialog.open()
        return dialog

    def _ask_save_path(self, caption: str, file_name: str, file_filter: str) -> Path | None:
        """Ask where to write a file (modal; tests replace this method)."""
        return ask_save_path(self, caption, file_name, file_filter)

    def _announce_change(self) -> None:
        """Tell the rest of the app that this tab wrote something."""
        self.data_changed.emit(self.AREA)
        if self._window is not None:
            self._window.data_changed.emit(self.AREA)

    _notify = _announce_change

    def _open_history(self, entity: str, entity_id: int, title: str) -> QDialog:
        from isodesk.ui.dialogs.history_dialog import HistoryDialog

        return self._open(HistoryDialog(self._services, entity, entity_id, self, title=title))

    def _show_error(self, title: str, exc: Exception) -> None:
        from isodesk.ui.errors import show_error

        show_error(self, title, exc)

    # ------------------------------------------------------------------ Excel
    def _agency_heading(self) -> list[str]:
        return self._services.agency.heading_lines(self.today())

    def _open_import(self, spec: RegisterSpec, import_rows: Callable[[Any], Any], *, title: str, template_name: str,
                     describe_result: Callable[[Any], str], on_imported: Callable[[Any], None]) -> ExcelImportDialog:
        """The Excel import dialog of ``spec``, writing through ``import_rows`` (non-blocking)."""
        from isodesk.ui.dialogs.excel_import_dialog import ExcelImportDialog

        def import_after_backup(preview: Any) -> Any:
            # A verified backup first (issue 12): a refused backup refuses the import, nothing changed.
            self._services.backups.backup_before("import")
            return import_rows(preview)

        dialog = ExcelImportDialog(spec, import_after_backup, self, title=title, template_name=template_name,
                                   describe_result=describe_result, agency_lines=self._agency_heading())
        dialog.imported.connect(on_imported)
        self._open(dialog)
        return dialog

    def default_export_name(self) -> str:
        """The file name the export proposes."""
        spec = self.SPEC
        stem = spec.sheet_name if spec is not None else "Danh muc"
        return f"{stem} {self.today():%d-%m-%Y}.xlsx"

    def _on_export_clicked(self) -> None:
        self._apply_pending_search()
        path = self._ask_save_path(self.tr("Export to Excel"), self.default_export_name(),
                                   self.tr("Excel files (*.xlsx)"))
        written = self.export_excel(path) if path is not None else None
        status = getattr(self._window, "statusBar", None)
        if written is not None and status is not None:
            status().showMessage(self.tr("Exported to {path}").format(path=str(written)), 8000)

    def export_excel(self, path: Path) -> Path | None:
        """Write the rows shown to ``path``; None (and a message) when it failed."""
        raise NotImplementedError

    def _export_register(self, spec: RegisterSpec, rows: Callable[[], Sequence[Mapping[str, object]]],
                         path: Path) -> Path | None:
        """Write ``rows()`` (the service's export of the list as filtered now, read after any typed search
        is applied) as the register sheet of ``spec``, dated under the title; None when it failed (shown)."""
        from isodesk.domain.errors import DomainError
        from isodesk.domain.formatting import short_date

        self._apply_pending_search()
        try:
            return self._write_xlsx(spec, rows(), path, f"(Cập nhật đến ngày {short_date(self.today())})")
        except (DomainError, OSError) as exc:
            self._show_error(self.tr("Cannot export the list"), exc)
            return None

    def _write_xlsx(self, spec: RegisterSpec, rows: Sequence[Mapping[str, object]], path: Path,
                    subtitle: str) -> Path:
        """Write ``rows`` (as the service exports them) as the register sheet of ``spec`` (its title, the agency
        heading, ``subtitle``) to ``path`` (.xlsx added when missing); raises DomainError or OSError."""
        from isodesk.reports.xlsx_exporter import export_table_xlsx

        path = Path(path) if Path(path).suffix.lower() == ".xlsx" else Path(path).with_suffix(".xlsx")
        # The printed title ("… THUỘC PHẠM VI ÁP DỤNG HỆ THỐNG QUẢN LÝ CHẤT LƯỢNG"), under the agency heading:
        # the sheet says whose register it is, as the printed list does.
        return export_table_xlsx(spec, rows, path, title=spec.printed_title, subtitle=subtitle,
                                 agency_lines=self._agency_heading())

    # ------------------------------------------------------------------ printing
    def _preview(self, build: Callable[[], AdminDocument], *, title: str, file_stem: str,
                 error_title: str) -> PrintPreviewDialog | None:
        """Build a printout with ``build`` and open it in the print preview (non-blocking); None when it
        could not be built (the error is shown)."""
        from isodesk.domain.errors import DomainError
        from isodesk.ui.dialogs.print_preview import PrintPreviewDialog

        try:
            document = build()
        except DomainError as exc:
            self._show_error(error_title, exc)
            return None
        dialog = PrintPreviewDialog(document, self, title=title, file_stem=file_stem)
        self._open(dialog)
        return dialog


def filter_subtitle(words: Sequence[str]) -> str:
    """The line printed under a list's title for the filters in force: "(Hộ tịch, tìm “khai sinh”)";
    "" when nothing is filtered. The words are data words, in Vietnamese like the printout."""
    words = [w for w in words if w]
    return f"({', '.join(words)})" if words else ""


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


def _box_layout_holding(widget: QWidget | None) -> tuple[QBoxLayout, int] | None:
    """The box layout (searched through nested layouts of the widget's parent) that holds ``widget``,
    with its index there; None when it stands in another kind of layout."""
    parent = widget.parentWidget() if widget is not None else None
    if widget is None or parent is None:
        return None
    pending = [parent.layout()]
    while pending:
        layout = pending.pop()
        if layout is None:
            continue
        if isinstance(layout, QBoxLayout) and layout.indexOf(widget) >= 0:
            return layout, layout.indexOf(widget)
        items = (layout.itemAt(i) for i in range(layout.count()))
        pending += [item.layout() for item in items if item is not None and item.layout() is not None]
    return None
