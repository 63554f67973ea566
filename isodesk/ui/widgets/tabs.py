"""Tab pages built when first opened: the page replaces its placeholder without changing the tab shown."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QWidget


def replace_tab(tabs: QTabWidget, index: int, page: QWidget, title: str) -> None:
    """Put ``page`` at ``index`` in place of the placeholder there, keeping the current tab and emitting no
    ``currentChanged`` (the caller is usually answering that signal)."""
    tabs.blockSignals(True)
    try:
        current = tabs.currentIndex()
        placeholder = tabs.widget(index)
        tabs.removeTab(index)
        tabs.insertTab(index, page, title)
        tabs.setCurrentIndex(current)
    finally:
        tabs.blockSignals(False)
    if placeholder is not None:
        placeholder.deleteLater()
