"""Excel export and import and the printed list of a register tab (external documents, TTHC): one path
for both tabs, so that they ask, write, report and preview the same way.

A register service here is one with an import spec, an all-or-nothing ``import_preview`` and an
``export_xlsx`` taking its own search filters (``LegalService``, ``TthcService``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QFileDialog, QWidget

from isodesk.domain.errors import DomainError
from isodesk.domain.formatting import short_date
from isodesk.domain.tabular import TableSpec
from isodesk.ui.errors import show_error
from isodesk.ui.settings import UiSettings

if TYPE_CHECKING:
    from isodesk.reports.model import AdminDocument
    from isodesk.services.documents_printouts import DocumentsPrintouts
    from isodesk.reports.xlsx_import import ImportPreview
    from isodesk.services.registry import Services
    from isodesk.ui.dialogs.excel_import_dialog import ExcelImportDialog
    from isodesk.ui.dialogs.print_preview import PrintPreviewDialog


class RegisterService(Protocol):
    """What the Excel round trip needs of a register's service."""

    spec: TableSpec

    def import_preview(self, preview: ImportPreview) -> Any: ...

    def export_xlsx(self, path: Path, *, subtitle: str | None = None, agency_lines: Sequence[str] = (),
                    **filters: Any) -> Path: ...


def ask_export_path(parent: QWidget, title: str, stem: str) -> Path | None:
    """Ask where to write an .xlsx export (remembering the folder); None when the user cancels."""
    settings = UiSettings()
    name = f"{stem} {short_date(date.today()).replace('/', '-')}.xlsx"
    path, _ = QFileDialog.getSaveFileName(parent, title, str(Path(settings.export_dir or Path.home()) / name),
                                          QCoreApplication.translate("RegisterIo", "Excel workbook (*.xlsx)"))
    if not path:
        return None
    if not path.lower().endswith(".xlsx"):
        path += ".xlsx"
    settings.export_dir = str(Path(path).parent)
    return Path(path)


def export_register(parent: QWidget, services: Services, register: RegisterService, path: Path,
                    criteria: Mapping[str, object]) -> Path | None:
    """Write the register, filtered by ``criteria`` (the tab's filters as service keywords), to ``path``
    under the agency heading of today; None when it failed (the error is shown)."""
    subtitle = QCoreApplication.translate("RegisterIo", "(Updated on {date})").format(date=short_date(date.today()))
    try:
        return register.export_xlsx(path, subtitle=subtitle, agency_lines=services.agency.heading_lines(date.today()),
                                    **criteria)
    except DomainError as exc:
        show_error(parent, QCoreApplication.translate("RegisterIo", "Cannot export the list"), exc)
        return None


def ask_and_export(parent: QWidget, window: Any, title: str, stem: str,
                   export_to: Callable[[Path], Path | None]) -> Path | None:
    """The export button: ask for the file, write it with ``export_to`` and say where in the status bar."""
    path = ask_export_path(parent, title, stem)
    written = export_to(path) if path is not None else None
    if written is not None and window is not None:
        window.statusBar().showMessage(
            QCoreApplication.translate("RegisterIo", "Exported to {path}").format(path=str(written)), 8000)
    return written


def open_register_import(parent: QWidget, services: Services, register: RegisterService, *, title: str,
                         template_name: str, describe_result: Callable[[Any], str],
                         on_imported: Callable[[Any], None]) -> ExcelImportDialog:
    """Open the generic Excel import dialog on a register (non-blocking, deleted once closed)."""
    from isodesk.ui.dialogs.excel_import_dialog import ExcelImportDialog

    dialog = ExcelImportDialog(register.spec, register.import_preview, parent, title=title,
                               template_name=template_name, describe_result=describe_result,
                               agency_lines=services.agency.heading_lines(date.today()))
    dialog.imported.connect(on_imported)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def fire_pending(timer: QTimer) -> None:
    """Fire a single-shot timer now if it is running (a debounced search not applied yet)."""
    if timer.isActive():
        timer.stop()
        timer.timeout.emit()


def filter_subtitle(words: Sequence[str]) -> str:
    """The line printed under a list's title for the filters in force: "(Hộ tịch, tìm “khai sinh”)";
    "" when nothing is filtered. The words are data words, in Vietnamese like the printout."""
    words = [w for w in words if w]
    return f"({', '.join(words)})" if words else ""


def open_register_print(parent: QWidget, services: Services, build: Callable[[DocumentsPrintouts], AdminDocument],
                        *, title: str, file_stem: str) -> PrintPreviewDialog | None:
    """Build a register's printed list with ``build`` and open it in the print preview (non-blocking,
    deleted once closed); None when it could not be built (the error is shown)."""
    from isodesk.services.documents_printouts import DocumentsPrintouts
    from isodesk.ui.dialogs.print_preview import PrintPreviewDialog

    printouts = DocumentsPrintouts(services.documents, services.records, services.agency, services.register)
    try:
        document = build(printouts)
    except DomainError as exc:
        show_error(parent, QCoreApplication.translate("RegisterIo", "Cannot print the list"), exc)
        return None
    dialog = PrintPreviewDialog(document, parent, title=title, file_stem=f"{file_stem}-{date.today():%Y}")
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
