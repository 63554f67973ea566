"""The generic drafted-document page: the rule-10 flag on the plan page, and a second kind of document
shown by the same widget with only a builder key (no copy of the page)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from plan_fixtures import YEAR, export_plan, seed_plan_data
from PySide6.QtCore import QSettings

from isodesk.domain.drafted import TextOrigin


@pytest.fixture(autouse=True)
def _vietnamese_ui(qapp, tmp_path: Path) -> Iterator[None]:  # type: ignore[no-untyped-def]
    from isodesk.ui.i18n import install_translators
    from isodesk.ui.theme import apply_theme, load_fonts

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "ini"))
    load_fonts(qapp)
    apply_theme(qapp)
    install_translators("vi")
    yield


@pytest.fixture
def app_services(tmp_path: Path):  # type: ignore[no-untyped-def]
    from isodesk.services.registry import open_services

    services = open_services(tmp_path / "isodesk.db")
    seed_plan_data(services, years=(YEAR, YEAR + 1))
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


def _select_year(window, year: int) -> None:  # type: ignore[no-untyped-def]
    window.year_combo.setCurrentIndex(window.year_combo.findData(year))
    assert window.year == year


def test_plan_page_flags_texts_unchanged_from_last_years_issued_plan(qtbot, window, app_services,  # type: ignore[no-untyped-def]
                                                                     tmp_path: Path) -> None:
    exported = export_plan(app_services, YEAR, tmp_path / "out")
    app_services.register.register(exported.register_id, date(2026, 1, 12))
    _select_year(window, YEAR + 1)
    page = window.navigate("annual_report.plan").plan_page
    assert page.title.text() == f"Kế hoạch duy trì, cải tiến HTQLCL năm {YEAR + 1}"
    assert page.unchanged_label.isVisibleTo(page)
    assert "giống hệt văn bản đã ban hành năm 2026" in page.unchanged_label.text()
    editor = page.editor("purpose")
    assert editor.unchanged.isVisibleTo(editor)
    assert editor.unchanged.text().startswith("Giống hệt văn bản đã ban hành năm 2026")
    if __import__("os").environ.get("ISODESK_SCREENSHOTS"):
        from PySide6.QtWidgets import QApplication

        page.section_list.setCurrentRow(1)
        for _ in range(3):
            QApplication.processEvents()
        window.grab().save(str(Path(__import__("os").environ["ISODESK_SCREENSHOTS"]) / "plan_page_unchanged.png"))
    # Writing this year's own text clears the flag, on the block and (once saved) on the page.
    editor.editor.setPlainText("- Năm 2027 tập trung số hóa hồ sơ, kết quả giải quyết TTHC.")
    assert not editor.unchanged.isVisibleTo(editor)
    assert page.save_pending()
    assert app_services.drafted.draft("annual_plan", YEAR + 1).block("purpose").unchanged_since is None
    # The previous year, not yet compared with anything, shows no warning.
    _select_year(window, YEAR)
    assert not page.unchanged_label.isVisibleTo(page)


def test_a_second_document_kind_uses_the_same_page(qtbot, window, app_services) -> None:  # type: ignore[no-untyped-def]
    from plan_fixtures import MinutesBuilder

    from isodesk.ui.widgets.drafted_document_page import DraftedDocumentPage

    app_services.drafted.add_builder(MinutesBuilder(app_services.agency))
    page = DraftedDocumentPage(app_services, window, "test_minutes", [("body", "Content")])
    qtbot.addWidget(page)
    assert page.title.text() == f"Biên bản họp thử năm {YEAR}"
    assert page.preview_button.text() == "Xem trước"
    editor = page.editor("content")
    assert editor.text == f"Nội dung cuộc họp năm {YEAR}."
    editor.editor.setPlainText("Nội dung đã sửa.")
    assert page.save_pending()
    block = app_services.drafted.draft("test_minutes", YEAR).block("content")
    assert (block.text, block.origin) == ("Nội dung đã sửa.", TextOrigin.EDITED)
    assert "Chưa có trong sổ văn bản" in page.register_label.text()
