"""The "Kế hoạch và văn bản năm" screen (key annual_report)'s plan page, driven through the real main window on a SQLite file.

Set ``ISODESK_SCREENSHOTS=<folder>`` to save screenshots of the page and of the preview (1366×768).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from plan_fixtures import YEAR, docx_text, seed_plan_data
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from isodesk.domain import core as d
from isodesk.domain.plan import ROLE_DOCX, ROLE_PDF, ExportResult, TextOrigin, task_key

SCREENSHOTS = os.environ.get("ISODESK_SCREENSHOTS")


@pytest.fixture
def app_services(db_path: Path, database_template):  # type: ignore[no-untyped-def]
    from isodesk.app import cycle_providers
    from isodesk.services.registry import open_services

    services = open_services(database_template.copy_to(db_path), cycle_providers())  # type: ignore[arg-type]
    seed_plan_data(services)
    yield services
    services.close()


@pytest.fixture
def window(qtbot, app_services):  # type: ignore[no-untyped-def]
    from isodesk.app import register_screens
    from isodesk.ui.main_window import MainWindow

    win = MainWindow()
    register_screens(win)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    win.attach(app_services)
    return win


@pytest.fixture
def page(window):  # type: ignore[no-untyped-def]
    screen = window.navigate("annual_report.plan")
    assert type(screen).__name__ == "YearDocumentsScreen"
    assert screen.tabs.currentWidget() is screen.plan_page
    return screen.plan_page


def _shot(widget: QWidget, name: str) -> None:
    if SCREENSHOTS:
        from PySide6.QtWidgets import QApplication

        for _ in range(3):  # let deferred layout (row heights, editor sizes) settle
            QApplication.processEvents()
        folder = Path(SCREENSHOTS)
        folder.mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(folder / f"{name}.png"))


def test_home_step_opens_the_plan_page(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    home = window.navigate("home")
    card = next(c for c in home.findChildren(QWidget, "Card") if getattr(c, "step", None) is not None
                and c.step.key == "annual_plan")
    assert card.step.target == "annual_report.plan"
    qtbot.mouseClick(card.open_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget().objectName() == "YearDocumentsScreen"
    nav = window.nav.currentItem().text()
    assert nav == "Kế hoạch và văn bản năm"


def test_page_is_vietnamese_and_shows_the_draft(page, window) -> None:  # type: ignore[no-untyped-def]
    assert page.title.text() == f"Kế hoạch duy trì, cải tiến HTQLCL năm {YEAR}"
    assert page.preview_button.text() == "Xem trước"
    assert page.print_button.text() == "In…"
    assert page.export_button.text() == "Lưu Word và PDF…"
    assert "Chưa có trong sổ văn bản" in page.register_label.text()
    assert page.editor("purpose").restore_button.text() == "Khôi phục văn bản gợi ý"
    assert page.signer_combo.count() == 2
    assert page.tasks_model.rowCount() == 10
    assert page.tasks_model.headerData(1, Qt.Orientation.Horizontal) == "Nhiệm vụ"
    # Every piece of interface text is translated: no English source text is left on the page.
    english = {"Preview", "Print…", "Save Word and PDF…", "Signed by:", "Restore the suggested text", "Edited",
               "Suggested by isodesk", "Open in the register", "QMS maintenance plan"}
    shown = {w.text() for w in page.findChildren(QLabel) + page.findChildren(QAbstractButton)}
    shown |= {page.section_list.item(i).text() for i in range(page.section_list.count())}
    assert not shown & english
    window.navigate("annual_report.plan")
    _shot(window, "plan_page")
    page.section_list.setCurrentRow(2)
    _shot(window, "plan_page_tasks")
    page.section_list.setCurrentRow(3)
    _shot(window, "plan_page_organisation")


def test_edits_are_saved_and_restored(qtbot, page, app_services) -> None:  # type: ignore[no-untyped-def]
    editor = page.editor("purpose")
    assert not editor.restore_button.isEnabled()
    editor.editor.setPlainText("- Duy trì HTQLCL năm 2026 có hiệu quả.")
    assert editor.restore_button.isEnabled()
    assert page.save_pending()
    draft = app_services.plan.draft(YEAR)
    assert draft.text("purpose") == "- Duy trì HTQLCL năm 2026 có hiệu quả."
    assert draft.block("purpose").origin is TextOrigin.EDITED
    assert editor.origin.text() == "Đã sửa"

    qtbot.mouseClick(editor.restore_button, Qt.MouseButton.LeftButton)
    assert page.save_pending()
    assert app_services.plan.draft(YEAR).block("purpose").is_suggested
    assert not editor.restore_button.isEnabled()

    # A task cell edited in the table is saved too, and shown in the appendix.
    model = page.tasks_model
    index = model.index(0, model.Column.TIMING)
    assert model.setData(index, "Tháng 01/2026")
    page.save_pending()
    assert app_services.plan.draft(YEAR).text(task_key("annual_plan", "timing")) == "Tháng 01/2026"
    # The detail of the selected task is edited below the table.
    page.tasks_view.selectRow(5)
    page.task_detail.editor.setPlainText("Đánh giá nội bộ toàn bộ các quá trình.")
    page.save_pending()
    assert app_services.plan.draft(YEAR).text(task_key("internal_audit", "detail")) == \
        "Đánh giá nội bộ toàn bộ các quá trình."


def test_autosave_after_a_pause(qtbot, page, app_services) -> None:  # type: ignore[no-untyped-def]
    page.editor("closing").editor.setPlainText("Yêu cầu các phòng, bộ phận thực hiện nghiêm túc./.")
    qtbot.waitUntil(lambda: app_services.plan.draft(YEAR).block("closing").origin is TextOrigin.EDITED,
                    timeout=5000)


def test_export_records_the_draft_with_its_files(qtbot, page, window, app_services, tmp_path: Path,
                                                 monkeypatch) -> None:  # type: ignore[no-untyped-def]
    offered: list[ExportResult] = []
    monkeypatch.setattr(page, "choose_folder", lambda: str(tmp_path / "out"))
    monkeypatch.setattr(page, "offer_open_folder", offered.append)
    deputy = page.signer_combo.findText("Trần Thị Minh Hằng", Qt.MatchFlag.MatchStartsWith)
    page.signer_combo.setCurrentIndex(deputy)
    page.editor("closing").editor.setPlainText("Đề nghị các phòng, bộ phận nghiêm túc thực hiện./.")
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(offered), timeout=20000)
    result = offered[0]
    assert result.docx.parent == tmp_path / "out" and result.pdf.exists()
    assert "Đề nghị các phòng, bộ phận nghiêm túc thực hiện" in docx_text(result.docx)
    assert "KT. CHỦ TỊCH" in docx_text(result.docx)
    entry = app_services.register.get(result.register_id)
    assert entry.status is d.IssuedDocStatus.DRAFT and entry.purpose is d.DocPurpose.ANNUAL_PLAN
    assert sorted(f.role for f in entry.files) == [ROLE_DOCX, ROLE_PDF]
    assert "dự thảo" in page.register_label.text()
    assert page.export_button.isEnabled()
    # Registered by the clerk: the next files carry the number.
    app_services.register.register(result.register_id, __import__("datetime").date(2026, 1, 12))
    window.data_changed.emit("documents")
    assert "01/KH-UBND" in page.register_label.text()


def test_preview_dialog_pages_and_zoom(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    dialog = page.preview_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.is_ready, timeout=20000)
    qtbot.waitExposed(dialog)
    assert dialog.page_count() >= 6
    assert dialog.windowTitle().startswith("Xem trước bản in: Duy trì, cải tiến")
    assert dialog._ui.zoom_combo.currentText() == "Cả trang"
    # The plan's files are saved (and recorded in the register) from the page, not from the preview.
    assert not dialog._ui.save_pdf_button.isVisible() and not dialog._ui.save_word_button.isVisible()
    assert dialog._ui.status_label.text().startswith("Bản xem trước không được lưu lại")
    dialog.resize(1366, 768)
    qtbot.wait(200)
    _shot(dialog, "preview_dialog")
    assert dialog._ui.previous_button.text() == "◀ Trang trước"
    dialog._ui.next_button.click()
    assert dialog._ui.page_spin.value() == 2
    dialog.go_to_page(dialog.page_count() - 1)
    assert not dialog._ui.next_button.isEnabled()
    dialog.go_to_page(0)
    dialog._ui.zoom_in_button.click()
    assert dialog.view.zoomMode().name == "Custom"
    dialog._ui.zoom_combo.setCurrentIndex(0)  # fit width
    assert dialog.view.zoomMode().name == "FitToWidth"
    dialog._ui.zoom_combo.setCurrentIndex(1)  # whole page
    dialog.go_to_page(dialog.page_count() - 2)
    qtbot.wait(200)
    _shot(dialog, "preview_dialog_appendix")
    dialog.close()


def test_print_renders_every_page_into_the_printer(page, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from pypdf import PdfReader

    from isodesk.ui.pdf_printing import load_pdf, render_pdf_to_printer

    from isodesk.reports import render_pdf

    source = render_pdf(page._services.plan.build(YEAR), tmp_path / "plan.pdf")
    document = load_pdf(source)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printed = render_pdf_to_printer(document, printer)
    assert printed == document.pageCount() >= 6
    reader = PdfReader(str(tmp_path / "printed.pdf"))
    assert len(reader.pages) == printed
    # The landscape appendix prints on landscape sheets.
    last = reader.pages[-1]
    assert float(last.mediabox.width) > float(last.mediabox.height)
    first = reader.pages[0]
    assert float(first.mediabox.width) < float(first.mediabox.height)
    assert render_pdf_to_printer(document, printer, 3, 2) == 0


def test_no_year_shows_a_message(qtbot, db_path: Path, database_template) -> None:  # type: ignore[no-untyped-def]
    from isodesk.app import register_screens
    from isodesk.services.registry import open_services
    from isodesk.ui.main_window import MainWindow

    services = open_services(database_template.copy_to(db_path))
    try:
        win = MainWindow()
        register_screens(win)
        qtbot.addWidget(win)
        win.attach(services)
        screen = win.navigate("annual_report.plan")
        page = screen.plan_page
        assert page.message_label.isVisible() or not page.isVisible()
        assert "Chưa có kỳ báo cáo" in page.message_label.text()
        assert not page.export_button.isEnabled()
    finally:
        services.close()
