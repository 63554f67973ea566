"""Print a PDF that isodesk generated: render its pages with QtPdf into a QPrinter.

The PDF (drawn by reportlab, NĐ 30 layout) is the document of record; printing rasterises each
page at up to 300 dpi and scales it onto the printer's full page, so what comes out of the printer
is the preview the secretary saw, margins included. The print preview dialog and the plan page's
"Print…" both go through :func:`ask_and_print`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, QSize, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

# Pages are rasterised at most at this resolution (a 1200 dpi A4 image would need 560 MB).
MAX_DPI = 300


def load_pdf(path: Path, parent: QWidget | None = None) -> QPdfDocument:
    """Open ``path`` with QtPdf; raises OSError when it cannot be read."""
    document = QPdfDocument(parent)  # type: ignore[arg-type]  # QtPdf accepts no parent; the stub says QObject
    error = document.load(str(path))
    if error != QPdfDocument.Error.None_:
        raise OSError(f"cannot open {path}: {error.name}")
    return document


def render_pdf_to_printer(document: QPdfDocument, printer: QPrinter, first: int = 1, last: int | None = None) -> int:
    """Draw pages ``first``..``last`` (1-based, inclusive) of ``document`` on ``printer``.

    Each page goes onto one sheet of its own size and orientation (a landscape appendix prints
    landscape). Returns the number of pages printed.
    """
    count = document.pageCount()
    last = count if last is None or last < 1 else min(last, count)
    first = max(first, 1)
    if count == 0 or first > last:
        return 0
    dpi = min(printer.resolution(), MAX_DPI)
    # The PDF carries the NĐ 30 margins itself: draw on the whole sheet, origin at its corner.
    printer.setFullPage(True)
    painter = QPainter()
    printed = 0
    try:
        for index in range(first - 1, last):
            points = document.pagePointSize(index)
            printer.setPageLayout(QPageLayout(QPageSize(QSizeF(points), QPageSize.Unit.Point),
                                              QPageLayout.Orientation.Portrait, printer.pageLayout().margins()))
            if printed == 0:
                if not painter.begin(printer):
                    raise OSError(QCoreApplication.translate("PrintPreviewDialog",
                                                             "The printer could not be started."))
            else:
                printer.newPage()
            image = document.render(index, QSize(round(points.width() * dpi / 72),
                                                 round(points.height() * dpi / 72)))
            if image.isNull():
                image = QImage(1, 1, QImage.Format.Format_RGB32)
            paper = printer.paperRect(QPrinter.Unit.DevicePixel)
            painter.drawImage(_fit(QRectF(0, 0, paper.width(), paper.height()), image), image)
            printed += 1
    finally:
        if painter.isActive():
            painter.end()
    return printed


def _fit(area: QRectF, image: QImage) -> QRectF:
    """The largest rectangle of the image's aspect ratio centred in ``area``."""
    scale = min(area.width() / image.width(), area.height() / image.height())
    w, h = image.width() * scale, image.height() * scale
    return QRectF(area.x() + (area.width() - w) / 2, area.y() + (area.height() - h) / 2, w, h)


def ask_and_print(document: QPdfDocument, parent: QWidget | None = None, doc_name: str = "") -> int:
    """Ask for a printer and page range (the system print dialog), then print ``document``.

    Returns the pages printed; 0 when the user cancelled. Raises OSError when the printer fails.
    """
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(doc_name)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("PrintPreviewDialog", "Print"))
    dialog.setMinMax(1, max(document.pageCount(), 1))
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return 0
    first, last = 1, None
    if printer.printRange() == QPrinter.PrintRange.PageRange:
        first, last = printer.fromPage(), printer.toPage()
    return render_pdf_to_printer(document, printer, first, last)


def print_pdf(path: Path, parent: QWidget | None = None) -> int:
    """Ask for a printer (and page range) and print the PDF file; returns the pages printed (0 = cancelled)."""
    document = load_pdf(path, parent)
    try:
        return ask_and_print(document, parent, Path(path).stem)
    finally:
        document.deleteLater()
