"""Print preview of any NĐ 30 document (:class:`~isodesk.reports.AdminDocument`): the PDF the app would
print, page by page with zoom, then **In…** (the system print dialog), **Lưu PDF…** or **Lưu Word…**.

The one preview of the app: lists and printouts of the documents module, and the year's plan. The
PDF is rendered off the GUI thread (reportlab takes a moment for long documents) into a temporary
folder owned by the dialog; printing draws QtPdf's rendering of the very same pages
(:mod:`isodesk.ui.pdf_printing`), so paper, PDF and preview agree. Word files are rendered from the
same document model when asked for.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, Qt, QTemporaryDir, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget

from isodesk.ui.dialogs.base import BaseDialog
from isodesk.ui.dialogs.form_dialog import message_for
from isodesk.ui.forms.ui_print_preview import Ui_PrintPreviewDialog
from isodesk.ui.pdf_printing import ask_and_print, render_pdf_to_printer
from isodesk.ui.tasks import run_in_background
from isodesk.ui.widgets.file_dialogs import ask_save_path

if TYPE_CHECKING:
    from isodesk.reports.model import AdminDocument

# Zoom steps offered besides "fit width" and "whole page".
ZOOM_STEPS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0)
FIT_WIDTH = "fit_width"
FIT_PAGE = "fit_page"


class PrintPreviewDialog(BaseDialog):
    """Shows one document as it will print; the caller gives the document (or a function building it,
    run in the background).

    Args:
        title: shown in the window title.
        file_stem: file name offered by the save buttons and given to the printer.
        note: a muted line under the pages once they are shown (e.g. "this preview is not recorded").
        saving: offer Lưu PDF… and Lưu Word… (off where files must be saved another way).
        zoom: :data:`FIT_WIDTH`, :data:`FIT_PAGE` or one of :data:`ZOOM_STEPS` to open on.
    """

    rendered = Signal()
    """The PDF is ready and shown."""
    failed = Signal(str)
    """Rendering failed; the message is shown in the dialog."""

    def __init__(self, document: AdminDocument | Callable[[], AdminDocument], parent: QWidget | None = None, *,
                 title: str = "", file_stem: str = "ban-in", note: str = "", saving: bool = True,
                 zoom: str | float = FIT_WIDTH) -> None:
        super().__init__(parent)
        self._ui = Ui_PrintPreviewDialog()
        self._ui.setupUi(self)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        if title:
            self.setWindowTitle(self.tr("Print preview: {title}").format(title=title))
        self._source = document
        self.document_model: AdminDocument | None = None
        self.file_stem = file_stem
        self._note = note
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

        ui = self._ui
        ui.zoom_combo.addItem(self.tr("Fit width"), FIT_WIDTH)
        ui.zoom_combo.addItem(self.tr("Whole page"), FIT_PAGE)
        for step in ZOOM_STEPS:
            ui.zoom_combo.addItem(f"{round(step * 100)}%", step)
        ui.zoom_combo.setCurrentIndex(max(ui.zoom_combo.findData(zoom), 0))
        ui.print_button.setObjectName("Primary")
        ui.save_pdf_button.setVisible(saving)
        ui.save_word_button.setVisible(saving)
        self._set_busy(self.tr("Preparing the printout…"))

        ui.previous_button.clicked.connect(self._on_previous_clicked)
        ui.next_button.clicked.connect(self._on_next_clicked)
        ui.page_spin.valueChanged.connect(self._on_page_spin_changed)
        ui.zoom_combo.currentIndexChanged.connect(self._on_zoom_changed)
        ui.zoom_in_button.clicked.connect(self._on_zoom_in_clicked)
        ui.zoom_out_button.clicked.connect(self._on_zoom_out_clicked)
        ui.print_button.clicked.connect(self._on_print_clicked)
        ui.save_pdf_button.clicked.connect(self._on_save_pdf_clicked)
        ui.save_word_button.clicked.connect(self._on_save_word_clicked)
        ui.close_button.clicked.connect(self.reject)
        self.view.pageNavigator().currentPageChanged.connect(self._on_current_page_changed)
        QShortcut(QKeySequence(QKeySequence.StandardKey.MoveToPreviousPage), self, self._on_previous_clicked)
        QShortcut(QKeySequence(QKeySequence.StandardKey.MoveToNextPage), self, self._on_next_clicked)
        QShortcut(QKeySequence(QKeySequence.StandardKey.ZoomIn), self, self._on_zoom_in_clicked)
        QShortcut(QKeySequence(QKeySequence.StandardKey.ZoomOut), self, self._on_zoom_out_clicked)
        self.resize(1000, 700)
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
        self._show_status(text, muted=True)
        for widget in (self._ui.print_button, self._ui.save_pdf_button, self._ui.save_word_button,
                       self._ui.previous_button, self._ui.next_button, self._ui.page_spin,
                       self._ui.zoom_in_button, self._ui.zoom_out_button):
            widget.setEnabled(False)

    def _show_status(self, text: str, *, error: bool = False, muted: bool = False) -> None:
        """A line under the pages: an error (red), a result (green) or a note (muted grey)."""
        label = self._ui.status_label
        label.setText(text)
        label.setStyleSheet("color: #6b7685;" if muted else "color: #b3261e;" if error else "color: #1e7b3a;")
        label.setVisible(bool(text))

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
        self.document_model = document  # type: ignore[assignment]  # replaces the attribute of the base class on purpose
        error = self.pdf.load(str(self.pdf_path))
        if error != QPdfDocument.Error.None_:
            self._on_render_failed(OSError(str(error)))
            return
        self._ready = True
        pages = self.pdf.pageCount()
        self._ui.page_spin.setMaximum(max(pages, 1))
        self._ui.page_count_label.setText(self.tr("of {count}").format(count=pages))
        for widget in (self._ui.print_button, self._ui.save_pdf_button, self._ui.save_word_button,
                       self._ui.page_spin, self._ui.zoom_in_button, self._ui.zoom_out_button):
            widget.setEnabled(True)
        self._update_navigation(0)
        self._on_zoom_changed(self._ui.zoom_combo.currentIndex())
        self._show_status(self._note, muted=True)
        self.rendered.emit()

    def _on_render_failed(self, exc: BaseException) -> None:
        text = self.tr("The printout could not be prepared: {reason}").format(reason=message_for(exc))
        self._show_status(text, error=True)
        self.failed.emit(text)

    # ------------------------------------------------------------------ navigation
    def current_page(self) -> int:
        """0-based index of the page shown."""
        return self.view.pageNavigator().currentPage()

    def go_to_page(self, page: int) -> None:
        """Show page ``page`` (0-based), clamped to the document."""
        if not self._ready:
            return
        page = max(0, min(page, self.pdf.pageCount() - 1))
        self.view.pageNavigator().jump(page, QPointF(), self.view.pageNavigator().currentZoom())
        self._update_navigation(page)

    def _update_navigation(self, page: int) -> None:
        self._ui.page_spin.blockSignals(True)
        self._ui.page_spin.setValue(page + 1)
        self._ui.page_spin.blockSignals(False)
        self._ui.previous_button.setEnabled(self._ready and page > 0)
        self._ui.next_button.setEnabled(self._ready and page < self.pdf.pageCount() - 1)

    def _on_current_page_changed(self, page: int) -> None:
        self._update_navigation(page)

    def _on_previous_clicked(self) -> None:
        self.go_to_page(self._ui.page_spin.value() - 2)

    def _on_next_clicked(self) -> None:
        self.go_to_page(self._ui.page_spin.value())

    def _on_page_spin_changed(self, value: int) -> None:
        self.go_to_page(value - 1)

    # ------------------------------------------------------------------ zoom
    def _on_zoom_changed(self, _index: int) -> None:
        data = self._ui.zoom_combo.currentData()
        if data == FIT_WIDTH:
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        elif data == FIT_PAGE:
            self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        elif data is not None:
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.view.setZoomFactor(float(data))

    def _step_zoom(self, direction: int) -> None:
        current = self.view.zoomFactor()
        steps = ZOOM_STEPS if direction > 0 else tuple(reversed(ZOOM_STEPS))
        target = next((s for s in steps if (s - current) * direction > 0.01), steps[-1])
        self._ui.zoom_combo.setCurrentIndex(self._ui.zoom_combo.findData(target))

    def _on_zoom_in_clicked(self) -> None:
        self._step_zoom(+1)

    def _on_zoom_out_clicked(self) -> None:
        self._step_zoom(-1)

    # ------------------------------------------------------------------ printing
    def print_to(self, printer: QPrinter) -> int:
        """Draw the pages (the printer's page range, else all) on ``printer``; returns the pages printed."""
        if not self._ready:
            return 0
        first, last = 1, None
        if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
            first, last = printer.fromPage(), printer.toPage()
        return render_pdf_to_printer(self.pdf, printer, first, last)

    def _on_print_clicked(self) -> None:
        if not self._ready:
            return
        try:
            pages = ask_and_print(self.pdf, self, self.file_stem)
        except Exception as exc:  # noqa: BLE001 - shown to the user
            self._show_status(self.tr("Printing failed: {reason}").format(reason=message_for(exc)), error=True)
            return
        if pages:
            self._show_status(self.tr("{count} page(s) sent to the printer.").format(count=pages))

    # ------------------------------------------------------------------ saving
    def _ask_save_path(self, caption: str, file_name: str, file_filter: str) -> Path | None:
        """Ask where to save (a modal file dialog; tests replace this method)."""
        return ask_save_path(self, caption, file_name, file_filter)

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
