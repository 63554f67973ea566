"""Screenshots at 1366×768 of every wizard page, every Settings tab and the register tab (to look at),
plus a check that no English text is left on them in the Vietnamese UI.

The PNGs go to ``screenshots/`` (git-ignored) and are meant for a human to review.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTabWidget,
    QWidget,
)

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "screenshots"

pytestmark = pytest.mark.usefixtures("ui_env")


def _english_sources() -> set[str]:
    """Source texts whose Vietnamese differs: seeing one on screen means a missing translation."""
    out = set()
    for ts in ("isodesk_vi.ts", "qtbase_vi.ts"):
        for msg in ET.parse(ROOT / "resources" / "translations" / ts).getroot().iter("message"):
            src, tr = msg.findtext("source") or "", msg.findtext("translation") or ""
            if src and tr and src != tr and any(c.isalpha() for c in src):
                out.add(src.replace("&", ""))
    return out


def _visible_texts(root: QWidget) -> list[str]:
    texts: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        if isinstance(widget, QLabel):
            texts.append(widget.text())
        elif isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QComboBox):
            texts.extend(widget.itemText(i) for i in range(widget.count()))
        elif isinstance(widget, QTabWidget):
            texts.extend(widget.tabText(i) for i in range(widget.count()))
        elif isinstance(widget, QHeaderView) and widget.model() is not None:
            texts.extend(str(widget.model().headerData(i, widget.orientation()) or "") for i in range(widget.count()))
    return [t.replace("&", "") for t in texts if t]


def _shoot(widget: QWidget, name: str, english: set[str]) -> None:
    SHOTS.mkdir(exist_ok=True)
    widget.grab().save(str(SHOTS / f"{name}.png"))
    left = sorted({t for t in _visible_texts(widget) if t in english})
    assert not left, f"{name}: English text left in the Vietnamese UI: {left}"


def test_wizard_pages(app_services: Any, qtbot) -> None:  # type: ignore[no-untyped-def]
    from test_setup_wizard import fill_agency, fill_people, fill_steering  # same folder (rootless tests)

    from isodesk.ui.dialogs.setup_wizard import SetupWizard

    english = _english_sources()
    wizard = SetupWizard(app_services, today=date(2026, 1, 20))
    qtbot.addWidget(wizard)
    wizard.show()
    names = ["welcome", "agency", "departments", "people", "steering", "year", "summary"]
    for page, name in enumerate(names):
        assert wizard.currentId() == page
        if name == "agency":
            fill_agency(wizard, qtbot)
        elif name == "people":
            fill_people(wizard)
        elif name == "steering":
            fill_steering(wizard, qtbot)
        _shoot(wizard, f"wizard_{page}_{name}", english)
        if name != "summary":
            wizard.next()
    # A page with its messages showing.
    wizard.back()
    wizard.back()
    wizard.ui.decision_summary_edit.clear()
    wizard.next()
    _shoot(wizard, "wizard_4_steering_error", english)


def test_settings_tabs_and_register_on_the_demo(ui_env, qtbot, tmp_path: Path, demo_copy: Path) -> None:  # type: ignore[no-untyped-def]
    from isodesk.app import register_screens
    from isodesk.services.registry import open_services
    from isodesk.ui.main_window import MainWindow
    from isodesk.ui.settings import UiSettings

    english = _english_sources()
    services = open_services(demo_copy)
    try:
        window = MainWindow(UiSettings(QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat)))
        qtbot.addWidget(window)
        register_screens(window)
        window.resize(1366, 768)
        window.show()
        window.attach(services)
        screen = window.navigate("settings")
        for index, key in enumerate(screen.TAB_KEYS):
            screen.open_target(key, ())
            if key == "people":
                screen.people_view.selectRow(0)
            qtbot.wait(1)
            _shoot(window, f"settings_{index}_{key}", english)
        documents = window.navigate("documents.register")
        documents.issued_documents_tab.table.selectRow(1)
        _shoot(window, "register", english)
        documents.issued_documents_tab.edit_button.click()
        dialog = documents.issued_documents_tab.current_dialog
        _shoot(dialog, "register_edit_dialog", english)
        dialog.reject()
        screen = window.navigate("settings.people")
        screen.add_person_button.click()
        _shoot(screen.current_dialog, "person_dialog", english)
        screen.current_dialog.reject()
        screen.open_target("years", ())
        screen.years_view.selectRow(0)
        screen.edit_year_button.click()
        _shoot(screen.current_dialog, "year_dialog", english)
        screen.current_dialog.reject()
        screen.rename_button.click()
        _shoot(screen.current_dialog, "agency_version_dialog", english)
        screen.current_dialog.reject()
    finally:
        services.close()
