"""Tài liệu: a tab host for the documents module; this part brings the issued-documents register.

The documents-control module adds its tabs (internal documents, external documents, records)
with :meth:`DocumentsScreen.add_tab`; ``navigate("documents.<key>", ids)`` opens a tab and hands
the ids to the tab's own ``open_target(record_ids)``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from isodesk.ui.screens.issued_documents_tab import IssuedDocumentsTab

if TYPE_CHECKING:
    from isodesk.services.registry import Services
    from isodesk.ui.main_window import MainWindow


class DocumentsScreen(QWidget):
    """Title plus a QTabWidget whose tabs are keyed ("register", …) for navigation."""

    def __init__(self, services: Services, window: MainWindow) -> None:
        super().__init__()
        self.setObjectName("DocumentsScreen")
        self._services = services
        self._window = window
        self._keys: list[str] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        self.title = QLabel(self.tr("Documents"))
        self.title.setObjectName("ScreenTitle")
        self.tabs = QTabWidget()
        self.tabs.setObjectName("documents_tabs")
        self.tabs.setDocumentMode(True)
        layout.addWidget(self.title)
        layout.addWidget(self.tabs, 1)
        self.issued_documents_tab = IssuedDocumentsTab(services, window)
        self.add_tab("register", self.issued_documents_tab, self.tr("Issued QMS documents"))

    def add_tab(self, key: str, widget: QWidget, title: str) -> None:
        """Add (or replace) the tab ``key``; ``open_target(key, …)`` will select it."""
        if key in self._keys:
            index = self._keys.index(key)
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, widget, title)
            return
        self._keys.append(key)
        self.tabs.addTab(widget, title)

    def tab(self, key: str) -> QWidget | None:
        return self.tabs.widget(self._keys.index(key)) if key in self._keys else None

    def open_target(self, sub: str, record_ids: tuple[int, ...] = ()) -> None:
        """Select the tab ``sub`` and let it select ``record_ids``."""
        widget = self.tab(sub)
        if widget is None:
            return
        self.tabs.setCurrentWidget(widget)
        opener: Any = getattr(widget, "open_target", None)
        if callable(opener):
            opener(tuple(record_ids))
