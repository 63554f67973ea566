"""In-app preview of a generated PDF (QtPdf): pages, zoom, print."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QWidget

from isodesk.ui.dialogs.base import BaseDialog
from isodesk.ui.errors import show_error
from isodesk.ui.forms.ui_pdf_preview_dialog import Ui_PdfPreviewDialog
from isodesk.ui.pdf_printing import load_pdf, print_pdf

#: Zoom steps offered besides "fit width" and "whole page".
ZOOM_STEPS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0)
_FIT_WIDTH = "fit_width"
_FIT_PAGE = "fit_page"


class PdfPreviewDialog(BaseDialog):
    """Shows one PDF file: page navigation, zoom, and printing of the same file."""

    def __init__(self, pdf_path: Path, title: str = "", parent: QWidget | None = None, *, note: str = "") -> None:
        super().__init__(parent)
        self._ui = Ui_PdfPreviewDialog()
        self._ui.setupUi(self)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.pdf_path = Path(pdf_path)
        if title:
            self.setWindowTitle(self.tr("Preview: {title}").format(title=title))
        self.document: QPdfDocument = load_pdf(self.pdf_path, self)
        self.view = QPdfView(self._ui.view_host)
        self.view.setObjectName("pdf_view")
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setPageSpacing(12)
        self.view.setDocument(self.document)
        self.view.setStyleSheet("QPdfView { background: #7f8790; }")
        self._ui.view_layout.addWidget(self.view)

        pages = self.document.pageCount()
        self._ui.page_spin.setMaximum(max(pages, 1))
        self._ui.page_count_label.setText(self.tr("of {count}").format(count=pages))
        self._ui.zoom_combo.addItem(self.tr("Fit width"), _FIT_WIDTH)
        self._ui.zoom_combo.addItem(self.tr("Whole page"), _FIT_PAGE)
        for step in ZOOM_STEPS:
            self._ui.zoom_combo.addItem(f"{round(step * 100)}%", step)
        self._ui.status_label.setObjectName("Muted")
        self._ui.status_label.setText(note)
        self._ui.status_label.setVisible(bool(note))

        self._ui.previous_button.clicked.connect(self._on_previous_button_clicked)
        self._ui.next_button.clicked.connect(self._on_next_button_clicked)
        self._ui.page_spin.valueChanged.connect(self._on_page_spin_changed)
        self._ui.zoom_combo.currentIndexChanged.connect(self._on_zoom_combo_changed)
        self._ui.zoom_in_button.clicked.connect(self._on_zoom_in_clicked)
        self._ui.zoom_out_button.clicked.connect(self._on_zoom_out_clicked)
        self._ui.print_button.clicked.connect(self._on_print_button_clicked)
        self._ui.close_button.clicked.connect(self.reject)
        self.view.pageNavigator().currentPageChanged.connect(self._on_current_page_changed)
        QShortcut(QKeySequence(QKeySequence.StandardKey.MoveToPreviousPage), self, self._on_previous_button_clicked)
        QShortcut(QKeySequence(QKeySequence.StandardKey.MoveToNextPage), self, self._on_next_button_clicked)
        QShortcut(QKeySequence(QKeySequence.StandardKey.ZoomIn), self, self._on_zoom_in_clicked)
        QShortcut(QKeySequence(QKeySequence.StandardKey.ZoomOut), self, self._on_zoom_out_clicked)

        self._ui.zoom_combo.setCurrentIndex(1)  # a whole page: the layout at a glance
        self._apply_zoom()
        self._update_buttons()
        self.resize(1000, 740)

    # ------------------------------------------------------------------ pages
    @property
    def page_count(self) -> int:
        return self.document.pageCount()

    @property
    def current_page(self) -> int:
        """0-based index of the page shown."""
        return self.view.pageNavigator().currentPage()

    def go_to_page(self, index: int) -> None:
        """Show page ``index`` (0-based), clamped to the document."""
        index = max(0, min(index, self.page_count - 1))
        self.view.pageNavigator().jump(index, QPointF(), self.view.pageNavigator().currentZoom())
        self._sync_spin(index)
        self._update_buttons()

    def _sync_spin(self, index: int) -> None:
        self._ui.page_spin.blockSignals(True)
        self._ui.page_spin.setValue(index + 1)
        self._ui.page_spin.blockSignals(False)

    def _update_buttons(self) -> None:
        page = self._ui.page_spin.value() - 1
        self._ui.previous_button.setEnabled(page > 0)
        self._ui.next_button.setEnabled(page < self.page_count - 1)

    def _on_previous_button_clicked(self) -> None:
        self.go_to_page(self._ui.page_spin.value() - 2)

    def _on_next_button_clicked(self) -> None:
        self.go_to_page(self._ui.page_spin.value())

    def _on_page_spin_changed(self, value: int) -> None:
        self.go_to_page(value - 1)

    def _on_current_page_changed(self, index: int) -> None:
        self._sync_spin(index)
        self._update_buttons()

    # ------------------------------------------------------------------ zoom
    def _apply_zoom(self) -> None:
        data = self._ui.zoom_combo.currentData()
        if data == _FIT_WIDTH:
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        elif data == _FIT_PAGE:
            self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        else:
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.view.setZoomFactor(float(data))

    def _on_zoom_combo_changed(self, _index: int) -> None:
        self._apply_zoom()

    def _step_zoom(self, direction: int) -> None:
        current = self.view.zoomFactor()
        steps = ZOOM_STEPS if direction > 0 else tuple(reversed(ZOOM_STEPS))
        target = next((s for s in steps if (s - current) * direction > 0.01), steps[-1])
        self._ui.zoom_combo.setCurrentIndex(self._ui.zoom_combo.findData(target))

    def _on_zoom_in_clicked(self) -> None:
        self._step_zoom(+1)

    def _on_zoom_out_clicked(self) -> None:
        self._step_zoom(-1)

    # ------------------------------------------------------------------ print
    def _on_print_button_clicked(self) -> None:
        try:
            print_pdf(self.pdf_path, self)
        except OSError as exc:
            show_error(self, self.tr("Printing failed"), exc)
