"""Common ground of the Documents screen's list tabs (internal documents, records): a filtered table of
DTOs searched as the user types, dialogs opened without blocking, yes/no questions, the change
history of a line, and Excel import/export under the agency's heading.

A subclass builds its form, shows its list with :meth:`ListTab._show_list` (a DTO table model and a
filter proxy with ``set_filters(text=…)``), calls :meth:`ListTab._setup_search` with its search box,
and implements :meth:`ListTab._update_count`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QHeaderView, QLineEdit, QMessageBox, QTableView, QWidget

from isodesk.ui.widgets.file_dialogs import ask_save_path

if TYPE_CHECKING:
    from isodesk.domain.tabular import TableSpec
    from isodesk.services.registry import Services
    from isodesk.ui.dialogs.excel_import_dialog import ExcelImportDialog
    from isodesk.ui.main_window import MainWindow

SEARCH_DELAY_MS = 150


def setup_table(view: QTableView, widths: dict[int, int], stretch: int | None = None, row_height: int = 26,
                two_line_header: bool = False) -> None:
    """Column widths, the column that takes the spare room, fixed row heights and (optionally) a header
    on two lines."""
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setMinimumSectionSize(40)
    if two_line_header:
        # Vietnamese headings are long ("Lần ban hành", "Ngày hiệu lực"): wrap them on two lines so the
        # narrow date and number columns leave the room to the titles.
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


class ListTab(QWidget):
    """Base of a list tab; ``AREA`` is what :attr:`data_changed` (and the window's) announce after a write."""

    AREA: ClassVar[str] = ""

    data_changed = Signal(str)
    """Lines were changed here (the home screen's checklist may refresh)."""

    def __init__(self, services: Services, window: MainWindow | None = None, parent: QWidget | None = None,
                 *, today: date | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._window = window
        self._today = today
        self.last_dialog: QDialog | None = None
        self.model: Any = None
        self.proxy: Any = None
        self._search_edit: QLineEdit | None = None
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._on_search_timer_timeout)

    def today(self) -> date:
        return self._today or date.today()

    def _show_list(self, view: QTableView, model: Any, proxy: Any) -> None:
        """Show ``model`` in ``view`` through ``proxy`` (kept as ``self.model`` and ``self.proxy``)."""
        self.model, self.proxy = model, proxy
        proxy.setSourceModel(model)
        view.setModel(proxy)

    # ------------------------------------------------------------------ search as you type
    def _setup_search(self, edit: QLineEdit) -> None:
        """Filter the list once typing in ``edit`` pauses, or at once on Enter."""
        self._search_edit = edit
        edit.textChanged.connect(self._on_search_edit_changed)
        edit.returnPressed.connect(self._on_search_timer_timeout)

    def _on_search_edit_changed(self, _text: str) -> None:
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
        self._after_filter()

    def _after_filter(self) -> None:
        self._update_count()

    def _update_count(self) -> None:
        raise NotImplementedError

    # ------------------------------------------------------------------ dialogs
    def _confirm(self, title: str, text: str) -> bool:
        """Ask yes/no (modal; tests replace this method)."""
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self)
        yes = box.addButton(self.tr("Yes"), QMessageBox.ButtonRole.YesRole)
        box.addButton(self.tr("No"), QMessageBox.ButtonRole.NoRole)
        box.exec()
        return box.clickedButton() is yes

    def _open(self, dialog: QDialog, on_accepted: Callable[[], Any] | None = None) -> QDialog:
        """Open a dialog window-modal without blocking; it is deleted once closed."""
        if on_accepted is not None:
            dialog.accepted.connect(on_accepted)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.last_dialog = dialog
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

    def _open_history(self, entity: str, entity_id: int, title: str) -> QDialog:
        from isodesk.ui.dialogs.history_dialog import HistoryDialog

        return self._open(HistoryDialog(self._services, entity, entity_id, self, title=title))

    # ------------------------------------------------------------------ Excel
    def _agency_heading(self) -> list[str]:
        return self._services.agency.heading_lines(self.today())

    def _open_import(self, table: TableSpec, import_rows: Callable[[Any], Any], *, title: str, template_name: str,
                     describe_result: Callable[[Any], str], on_imported: Callable[[Any], None]) -> ExcelImportDialog:
        """The Excel import dialog of ``table``, writing through ``import_rows``."""
        from isodesk.ui.dialogs.excel_import_dialog import ExcelImportDialog

        dialog = ExcelImportDialog(table, import_rows, self, title=title, template_name=template_name,
                                   describe_result=describe_result, agency_lines=self._agency_heading())
        dialog.imported.connect(on_imported)
        self._open(dialog)
        return dialog

    def default_export_name(self) -> str:
        raise NotImplementedError

    def export_excel(self, path: Path) -> Path | None:
        """Write the lines shown to ``path``; None (and a message) when it failed."""
        raise NotImplementedError

    def _on_export_clicked(self) -> None:
        path = self._ask_save_path(self.tr("Export to Excel"), self.default_export_name(),
                                   self.tr("Excel files (*.xlsx)"))
        if path is not None:
            self.export_excel(path)

    def _write_xlsx(self, table: TableSpec, rows: Sequence[dict[str, object]], path: Path, subtitle: str) -> Path:
        """Write ``rows`` as the register sheet of ``table`` (title, agency heading, ``subtitle``) to
        ``path`` (.xlsx added when missing); raises DomainError or OSError."""
        from isodesk.reports.xlsx_exporter import export_table_xlsx

        path = Path(path) if Path(path).suffix.lower() == ".xlsx" else Path(path).with_suffix(".xlsx")
        return export_table_xlsx(table, rows, path, title=table.title, subtitle=subtitle,
                                 agency_lines=self._agency_heading())
