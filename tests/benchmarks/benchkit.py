"""Helpers of the screen benchmarks (imported by the bench_*.py files; not collected)."""

from __future__ import annotations

import statistics
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings


def open_window(services: Any, tmp_path: Path, start: str = "home") -> Any:
    """A 1366×768 main window on the data, showing ``start`` and painted (not timed)."""
    from isodesk.app import register_screens
    from isodesk.ui.main_window import MainWindow
    from isodesk.ui.settings import UiSettings

    window = MainWindow(UiSettings(QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat)))
    register_screens(window)
    window.resize(1366, 768)
    window.show()
    window.attach(services)
    window.navigate(start)
    window.repaint()
    QCoreApplication.processEvents()
    return window


def ms(values: list[float]) -> str:
    """``median 12.3 ms, max 20.1 ms``."""
    return f"median {statistics.median(values):.1f} ms, max {max(values):.1f} ms"
