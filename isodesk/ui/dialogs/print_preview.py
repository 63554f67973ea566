"""Print preview of any NĐ 30 document (:class:`~isodesk.reports.AdminDocument`): the PDF the app would
print, page by page with zoom, then **In…** (the system print dialog), **Lưu PDF…** or **Lưu Word…**.

The PDF is rendered off the GUI thread (reportlab takes a moment for long lists) into a temporary
folder owned by the dialog; printing draws QtPdf's rendering of the very same pages, so paper, PDF and
preview agree. Word files are rendered from the same document model when asked for.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRect, QSize, QStandardPaths, QTemporaryDir, Qt, Signal
from PySide6.QtGui import QPageLayout, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QWidget

from isodesk.ui.dialogs.base import BaseDialog
from isodesk.ui.dialogs.documents_common import message_for
from isodesk.ui.forms.ui_print_preview import Ui_PrintPreviewDialog
from isodesk.ui.settings import UiSettings
from isodesk.ui.tasks import run_in_background

if TYPE_CHECKING:
    from isodesk.reports.model import AdminDocument

ZOOM_STEPS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0)
_FIT_WIDTH = "fit_width"
_FIT_PAGE = "fit_page"
#: Pages are rasterised for the printer at most at this resolution (a 1200 dpi A4 bitmap is 0.5 GB).
PRINT_DPI_LIMIT = 300


class PrintPreviewDialog(BaseDialog):
    """Shows one document as it will print; the caller gives the document (or a function building it)."""

    rendered = Signal()
    """The PDF is ready and shown."""
    failed = Signal(str)
    """Rendering failed; the message is shown in the dialog."""

    def __init__(self, document: AdminDocument | Callable[[], AdminDocument], parent: QWidget | None = None, *,
                 title: str = "", file_stem: str = "ban-in") -> None:
        super().__init__(parent)
        self._ui = Ui_PrintPreviewDialog()
        self._ui.setupUi(self)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        if title:
            self.setWindowTitle(self.tr("Print preview: {title}").format(title=title))
        self._source = document
        self.document_model: AdminDocument | None = None
        self.file_stem = file_stem
        self._tmp = QTemporaryDir()
        self.pdf_path = Path(self._tmp.path()) / f"{file_stem}.pdf"
        self._ready = False

        self.pdf = QPdfDocument(self)
        self.view = QPdfView(self._ui.view_host)
        self.view.setObjectName("pdf_view")
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setPageSpacing(12)
        self.view.setDocument(self.pdf)
        self.view.setStyleSheet("QPdfView { background: #7f8790; }")
        self._ui.view_layout.addWidget(self.view)

        self._ui.zoom_combo.addItem(self.tr("Fit width"), _FIT_WIDTH)
        self._ui.zoom_combo.addItem(self.tr("Whole page"), _FIT_PAGE)
        for step in ZOOM_STEPS:
            self._ui.zoom_combo.addItem(f"{round(step * 100)}%", step)
        self._ui.zoom_combo.setCurrentIndex(0)

        self._ui.print_button.setObjectName("Primary")
        self._set_busy(self.tr("Preparing the printout…"))
        self._ui.button_box.rejected.connect(self.reject)
        self._ui.button_box.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self._ui.previous_button.clicked.connect(self._on_previous_clicked)
        self._ui.next_button.clicked.connect(self._on_next_clicked)
        self._ui.page_spin.valueChanged.connect(self._on_page_spin_changed)
        self._ui.zoom_combo.currentIndexChanged.connect(self._on_zoom_changed)
        self._ui.print_button.clicked.connect(self._on_print_clicked)
        self._ui.save_pdf_button.clicked.connect(self._on_save_pdf_clicked)
        self._ui.save_word_button.clicked.connect(self._on_save_word_clicked)
        self.view.pageNavigator().currentPageChanged.connect(self._on_current_page_changed)
        self.resize(900, 760)
        self._start()

    # ------------------------------------------------------------------ state
    @property
    def ui(self) -> Ui_PrintPreviewDialog:
        return self._ui

    def is_ready(self) -> bool:
        """True once the PDF is rendered and loaded."""
        return self._ready

    def page_count(self) -> int:
        return self.pdf.pageCount() if self._ready else 0

    def _set_busy(self, text: str) -> None:
        self._ui.status_label.setText(text)
        self._ui.status_label.setStyleSheet("")
        self._ui.status_label.setVisible(True)
        for button in (self._ui.print_button, self._ui.save_pdf_button, self._ui.save_word_button,
                       self._ui.previous_button, self._ui.next_button, self._ui.page_spin):
            button.setEnabled(False)

    def _show_status(self, text: str, error: bool = False) -> None:
        self._ui.status_label.setText(text)
        self._ui.status_label.setStyleSheet("color: #b3261e;" if error else "color: #1e7b3a;")
        self._ui.status_label.setVisible(bool(text))

    # ------------------------------------------------------------------ rendering
    def _start(self) -> None:
        source, target = self._source, self.pdf_path

        def job() -> AdminDocument:
            from isodesk.reports import render_pdf

            document = source() if callable(source) else source
            render_pdf(document, target)
            return document

        run_in_background(job, self._on_render_finished, self._on_render_failed)

    def _on_render_finished(self, document: object) -> None:
        self.document_model = document  # type: ignore[assignment]
        error = self.pdf.load(str(self.pdf_path))
        if error != QPdfDocument.Error.None_:
            self._on_render_failed(OSError(str(error)))
            return
        self._ready = True
        pages = self.pdf.pageCount()
        self._ui.page_spin.setMaximum(max(pages, 1))
        self._ui.page_count_label.setText(self.tr("of {count}").format(count=pages))
        for widget in (self._ui.print_button, self._ui.save_pdf_button, self._ui.save_word_button,
                       self._ui.page_spin):
            widget.setEnabled(True)
        self._update_navigation(0)
        self._on_zoom_changed(self._ui.zoom_combo.currentIndex())
        self._ui.status_label.setVisible(False)
        self.rendered.emit()

    def _on_render_failed(self, exc: BaseException) -> None:
        text = self.tr("The printout could not be prepared: {reason}").format(reason=message_for(exc))
        self._show_status(text, error=True)
        self.failed.emit(text)

    # ------------------------------------------------------------------ navigation and zoom
    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def go_to_page(self, page: int) -> None:
        """Show page ``page`` (0-based)."""
        if not self._ready:
            return
        page = max(0, min(page, self.pdf.pageCount() - 1))
        self.view.pageNavigator().jump(page, QPointF(), self.view.pageNavigator().currentZoom())
        self._update_navigation(page)

    def _update_navigation(self, page: int) -> None:
        pages = self.pdf.pageCount()
        self._ui.page_spin.blockSignals(True)
        self._ui.page_spin.setValue(page + 1)
        self._ui.page_spin.blockSignals(False)
        self._ui.previous_button.setEnabled(self._ready and page > 0)
        self._ui.next_button.setEnabled(self._ready and page < pages - 1)

    def _on_current_page_changed(self, page: int) -> None:
        self._update_navigation(page)

    def _on_previous_clicked(self) -> None:
        self.go_to_page(self._ui.page_spin.value() - 2)

    def _on_next_clicked(self) -> None:
        self.go_to_page(self._ui.page_spin.value())

    def _on_page_spin_changed(self, value: int) -> None:
        self.go_to_page(value - 1)

    def _on_zoom_changed(self, _index: int) -> None:
        data = self._ui.zoom_combo.currentData()
        if data == _FIT_WIDTH:
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        elif data == _FIT_PAGE:
            self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        elif data is not None:
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.view.setZoomFactor(float(data))

    # ------------------------------------------------------------------ printing
    def print_to(self, printer: QPrinter) -> int:
        """Draw the pages (the printer's page range, else all) on ``printer``; returns the pages printed.

        Each page is rasterised by QtPdf at the printer's resolution (at most :data:`PRINT_DPI_LIMIT`)
        and drawn on the full sheet: the PDF already carries the NĐ 30 margins.
        """
        if not self._ready:
            return 0
        count = self.pdf.pageCount()
        first, last = 0, count - 1
        if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
            first = max(printer.fromPage() - 1, 0)
            last = min(max(printer.toPage() - 1, first), count - 1)
        printer.setFullPage(True)
        printer.setPageOrientation(self._orientation(first))
        painter = QPainter()
        if not painter.begin(printer):
            raise OSError(self.tr("The printer could not be started."))
        printed = 0
        try:
            for page in range(first, last + 1):
                if printed:
                    printer.setPageOrientation(self._orientation(page))
                    printer.newPage()
                self._draw_page(painter, printer, page)
                printed += 1
        finally:
            painter.end()
        return printed

    def _orientation(self, page: int) -> QPageLayout.Orientation:
        size = self.pdf.pagePointSize(page)
        return (QPageLayout.Orientation.Landscape if size.width() > size.height()
                else QPageLayout.Orientation.Portrait)

    def _draw_page(self, painter: QPainter, printer: QPrinter, page: int) -> None:
        target = painter.viewport()
        points = self.pdf.pagePointSize(page)
        if points.width() <= 0 or points.height() <= 0:
            return
        # Keep the page's proportions inside the sheet.
        scale = min(target.width() / points.width(), target.height() / points.height())
        width, height = int(points.width() * scale), int(points.height() * scale)
        dpi = min(printer.resolution(), PRINT_DPI_LIMIT)
        image_size = QSize(int(points.width() / 72 * dpi), int(points.height() / 72 * dpi))
        image = self.pdf.render(page, image_size)
        painter.drawImage(QRect(target.x() + (target.width() - width) // 2,
                                target.y() + (target.height() - height) // 2, width, height), image)

    def _on_print_clicked(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.file_stem)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print"))
        dialog.setMinMax(1, max(self.pdf.pageCount(), 1))
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        try:
            pages = self.print_to(printer)
        except Exception as exc:  # noqa: BLE001 - shown to the user
            self._show_status(self.tr("Printing failed: {reason}").format(reason=message_for(exc)), error=True)
            return
        self._show_status(self.tr("{count} page(s) sent to the printer.").format(count=pages))

    # ------------------------------------------------------------------ saving
    def _ask_save_path(self, caption: str, file_name: str, file_filter: str) -> Path | None:
        """Ask where to save (a modal file dialog; tests replace this method)."""
        settings = UiSettings()
        folder = settings.export_dir or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        path, _ = QFileDialog.getSaveFileName(self, caption, str(Path(folder) / file_name), file_filter)
        if not path:
            return None
        settings.export_dir = str(Path(path).parent)
        return Path(path)

    def save_pdf(self, path: Path) -> Path:
        """Copy the rendered PDF to ``path``."""
        path = Path(path).with_suffix(".pdf") if Path(path).suffix.lower() != ".pdf" else Path(path)
        shutil.copyfile(self.pdf_path, path)
        return path

    def save_word(self, path: Path) -> Path:
        """Render the same document as an editable Word file at ``path``."""
        from isodesk.reports import render_docx

        path = Path(path).with_suffix(".docx") if Path(path).suffix.lower() != ".docx" else Path(path)
        assert self.document_model is not None
        return render_docx(self.document_model, path)

    def _on_save_pdf_clicked(self) -> None:
        path = self._ask_save_path(self.tr("Save PDF"), f"{self.file_stem}.pdf", self.tr("PDF files (*.pdf)"))
        if path is not None:
            self._save(self.save_pdf, path)

    def _on_save_word_clicked(self) -> None:
        path = self._ask_save_path(self.tr("Save Word file"), f"{self.file_stem}.docx",
                                   self.tr("Word files (*.docx)"))
        if path is not None:
            self._save(self.save_word, path)

    def _save(self, action: Callable[[Path], Path], path: Path) -> None:
        try:
            written = action(path)
        except Exception as exc:  # noqa: BLE001 - shown to the user, nothing else changed
            self._show_status(self.tr("The file could not be saved.") + " " + message_for(exc), error=True)
            return
        self._show_status(self.tr("Saved to {path}").format(path=str(written)))
