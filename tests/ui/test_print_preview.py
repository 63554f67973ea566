"""The print preview dialog on its own (the app's one preview: lists, printouts and the plan): pages,
zoom, page ranges printed, PDF and Word saved, failures explained in the dialog."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from PySide6.QtPrintSupport import QPrinter
from pypdf import PdfReader

from isodesk.domain import core as d
from isodesk.domain import documents as dd

pytestmark = pytest.mark.usefixtures("ui_env")

TODAY = date(2026, 3, 2)
PROFILE = d.AgencyProfile(None, date(2020, 1, 1), "Ủy ban nhân dân xã X", "", d.AgencyTier.COMMUNE, "Hà Tĩnh", "X",
                          "UBND")


def _rows(count: int) -> list[dd.DocumentRow]:
    return [dd.DocumentRow(i, f"QT.{i:03d}", f"Quy trình số {i}", dd.DocumentKind.INTERNAL_PROCEDURE, "Văn phòng", 1,
                           dd.RevisionStatus.EFFECTIVE, date(2025, 1, 1), None, False) for i in range(1, count + 1)]


def _preview(qtbot: Any, count: int = 59, **kwargs: Any) -> Any:
    from isodesk.reports.printouts import build_documents_list
    from isodesk.ui.dialogs.print_preview import PrintPreviewDialog

    rows = _rows(count)
    preview = PrintPreviewDialog(lambda: build_documents_list(rows, PROFILE, on=TODAY), title="Thử", file_stem="thu",
                                 **kwargs)
    qtbot.addWidget(preview)
    preview.show()
    qtbot.waitUntil(preview.is_ready, timeout=20000)
    return preview


def test_long_preview_pages_and_zoom_buttons(qtbot) -> None:  # type: ignore[no-untyped-def]
    preview = _preview(qtbot)
    ui = preview.ui
    assert preview.windowTitle() == "Xem trước bản in: Thử"
    assert preview.page_count() >= 3
    assert ui.previous_button.text() == "◀ Trang trước" and not ui.previous_button.isEnabled()
    assert ui.save_pdf_button.isVisible() and ui.save_word_button.isVisible()
    assert ui.zoom_combo.currentText() == "Vừa chiều rộng"
    ui.next_button.click()
    assert ui.page_spin.value() == 2 and ui.previous_button.isEnabled()
    ui.page_spin.setValue(preview.page_count())
    assert not ui.next_button.isEnabled()
    assert preview.current_page() == preview.page_count() - 1
    ui.zoom_combo.setCurrentIndex(ui.zoom_combo.findData(1.0))
    ui.zoom_in_button.click()
    assert ui.zoom_combo.currentData() == 1.25 and abs(preview.view.zoomFactor() - 1.25) < 1e-6
    ui.zoom_out_button.click()
    ui.zoom_out_button.click()
    assert ui.zoom_combo.currentData() == 0.75


def test_prints_the_page_range_asked_for(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    preview = _preview(qtbot)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "in.pdf"))
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    assert preview.print_to(printer) == 2
    assert len(PdfReader(tmp_path / "in.pdf").pages) == 2


def test_saves_pdf_and_word_and_explains_a_failed_save(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    preview = _preview(qtbot, count=3)
    asked: list[tuple[str, str]] = []

    def ask(caption: str, file_name: str, _filter: str) -> Path:
        asked.append((caption, file_name))
        return tmp_path / file_name

    preview._ask_save_path = ask  # type: ignore[method-assign]
    preview.ui.save_pdf_button.click()
    preview.ui.save_word_button.click()
    assert asked == [("Lưu PDF", "thu.pdf"), ("Lưu tệp Word", "thu.docx")]
    assert len(PdfReader(tmp_path / "thu.pdf").pages) == preview.page_count()
    text = "\n".join(p.text for p in Document(str(tmp_path / "thu.docx")).paragraphs)
    assert "DANH MỤC TÀI LIỆU NỘI BỘ" in text.upper()
    assert preview.ui.status_label.text() == f"Đã lưu vào {tmp_path / 'thu.docx'}"
    # a file that cannot be written is explained in the dialog, nothing raised
    (tmp_path / "thu-muc.pdf").mkdir()
    preview._save(preview.save_pdf, tmp_path / "thu-muc.pdf")
    assert "Không lưu được tệp" in preview.ui.status_label.text()


def test_without_saving_and_with_a_note(qtbot) -> None:  # type: ignore[no-untyped-def]
    from isodesk.ui.dialogs.print_preview import FIT_PAGE

    preview = _preview(qtbot, count=3, saving=False, zoom=FIT_PAGE, note="Chỉ để xem.")
    assert not preview.ui.save_pdf_button.isVisible() and not preview.ui.save_word_button.isVisible()
    assert preview.ui.zoom_combo.currentText() == "Cả trang"
    assert preview.ui.status_label.text() == "Chỉ để xem." and preview.ui.status_label.isVisible()


def test_a_document_that_cannot_be_built_is_explained(qtbot) -> None:  # type: ignore[no-untyped-def]
    from isodesk.domain.errors import DomainError
    from isodesk.ui.dialogs.print_preview import PrintPreviewDialog

    def fail() -> Any:
        raise DomainError("no_agency")

    preview = PrintPreviewDialog(fail, title="Thử")
    qtbot.addWidget(preview)
    with qtbot.waitSignal(preview.failed, timeout=10000) as failed:
        preview.show()
    assert failed.args[0].startswith("Không tạo được bản in:")
    assert not preview.is_ready() and preview.page_count() == 0
    assert not preview.ui.print_button.isEnabled() and not preview.ui.save_pdf_button.isEnabled()


def test_screenshots_of_the_plan_and_the_records_list(qtbot, tmp_path: Path, demo_copy: Path) -> None:  # type: ignore[no-untyped-def]
    """The one preview as the secretary meets it at 1366×768: the year's plan (opened whole-page, no save
    buttons) and the printed DANH MỤC HỒ SƠ attached to a decision. PNGs in screenshots/ (git-ignored)."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QDialogButtonBox

    from isodesk.app import cycle_providers, register_screens
    from isodesk.services.registry import open_services
    from isodesk.ui.main_window import MainWindow
    from isodesk.ui.settings import UiSettings

    shots = Path(__file__).resolve().parents[2] / "screenshots"
    shots.mkdir(exist_ok=True)

    def shoot(widget: Any, name: str) -> None:
        widget.resize(1366, 768)
        for _ in range(5):  # let the pages lay out and paint
            qtbot.wait(50)
            QApplication.processEvents()
        widget.grab().save(str(shots / f"{name}.png"))

    services = open_services(demo_copy, cycle_providers())  # type: ignore[arg-type]
    try:
        window = MainWindow(UiSettings(QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat)))
        qtbot.addWidget(window)
        register_screens(window)
        window.resize(1366, 768)
        window.show()
        window.attach(services)

        page = window.navigate("annual_report.plan").plan_page
        plan = page.open_preview()
        qtbot.waitUntil(plan.is_ready, timeout=30000)
        assert plan.page_count() >= 4 and not plan.ui.save_pdf_button.isVisible()
        shoot(plan, "print_preview_plan")
        plan.go_to_page(plan.page_count() - 1)
        shoot(plan, "print_preview_plan_appendix")
        plan.close()

        records = window.navigate("documents.records").tab("records")
        picker = records.choose_print_form()
        combo = picker.ui.decision_combo
        assert combo.count() >= 2  # the demo's register has issued decisions
        picker.grab().save(str(shots / "records_print_picker.png"))
        picker.set_decision(combo.itemData(1))
        picker.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).click()
        preview = records.last_dialog
        qtbot.waitUntil(preview.is_ready, timeout=30000)
        assert preview.ui.save_pdf_button.isVisible() and preview.ui.print_button.isEnabled()
        shoot(preview, "print_preview_records")
        preview.close()
    finally:
        services.close()
