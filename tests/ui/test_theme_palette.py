"""The theme keeps a light palette whatever the system's colour mode: isodesk's style sheet and status colours
are drawn for light backgrounds (Windows in dark mode hands Qt a dark palette)."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication


def test_a_dark_system_palette_becomes_light(qapp: Any) -> None:
    from isodesk.ui.theme import apply_theme

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.palette()
    try:
        app.setPalette(QPalette(QColor("#202020")))  # what a dark system theme gives
        apply_theme(app, style=False)
        palette = app.palette()
        assert palette.color(QPalette.ColorRole.Window).lightness() > 200
        assert palette.color(QPalette.ColorRole.WindowText).lightness() < 60
        assert palette.color(QPalette.ColorRole.Base).lightness() > 200
        assert palette.color(QPalette.ColorRole.Highlight) == QColor("#cfe0f5")
        # A light palette is left as it is (the usual case: nothing changes on a light system).
        light = app.palette()
        apply_theme(app, style=False)
        assert app.palette().color(QPalette.ColorRole.Window) == light.color(QPalette.ColorRole.Window)
    finally:
        app.setPalette(before)
