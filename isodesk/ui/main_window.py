"""The main window: navigation for the whole product, a year selector, and lazily built screens.

Cheap to construct (no database, no SQLAlchemy import), so it can be painted before the data
layer is loaded; :meth:`MainWindow.attach` hands it the services afterwards.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from isodesk.domain.i18n import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from isodesk.ui.settings import UiSettings

if TYPE_CHECKING:
    from pathlib import Path

    from isodesk.services.registry import Services
    from isodesk.ui.overview_cache import CachedStart

#: The product's navigation, in order. A key is shown only once a screen is registered for it.
NAVIGATION: tuple[tuple[str, str], ...] = (
    ("home", QT_TRANSLATE_NOOP("Navigation", "Overview")),
    ("documents", QT_TRANSLATE_NOOP("Navigation", "Documents")),
    ("risks", QT_TRANSLATE_NOOP("Navigation", "Risks and opportunities")),
    ("objectives", QT_TRANSLATE_NOOP("Navigation", "Quality objectives")),
    ("audits", QT_TRANSLATE_NOOP("Navigation", "Internal audit")),
    ("nonconformities", QT_TRANSLATE_NOOP("Navigation", "Nonconformities and corrective actions")),
    ("review", QT_TRANSLATE_NOOP("Navigation", "Management review")),
    ("tthc_results", QT_TRANSLATE_NOOP("Navigation", "Administrative procedure results and satisfaction")),
    ("report", QT_TRANSLATE_NOOP("Navigation", "Annual report")),
    ("annual_report", QT_TRANSLATE_NOOP("Navigation", "Plans and documents of the year")),
    ("settings", QT_TRANSLATE_NOOP("Navigation", "Settings")),
)

ScreenFactory = Callable[["Services", "MainWindow"], QWidget]


@dataclass
class _Screen:
    key: str
    factory: ScreenFactory
    widget: QWidget | None = None


def _choose_year(years: Sequence[int], wanted: int | None, current: int | None) -> int | None:
    """The year the window opens on: the one chosen last if it still exists, else the current one,
    else the first listed."""
    if wanted and wanted in years:
        return wanted
    if current is not None and current in years:
        return current
    return years[0] if years else None


class MainWindow(QMainWindow):
    """Navigation list on the left, the current screen on the right, the reporting year on top."""

    year_changed = Signal(int)
    """The selected reporting year changed (screens showing per-year data reload)."""
    data_changed = Signal(str)
    """Some screen saved data of the named area; others (the home screen) may refresh."""

    def __init__(self, settings: UiSettings | None = None) -> None:
        super().__init__()
        self.setObjectName("MainWindow")
        self._settings = settings or UiSettings()
        self._screens: dict[str, _Screen] = {}
        self.services: Services | None = None
        self._year: int | None = None

        self.setWindowTitle(self.tr("isodesk — ISO 9001 quality management system"))
        self.setMinimumSize(1000, 640)

        root = QWidget()
        layout = QHBoxLayout(root)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)

        side = QFrame()
        side.setObjectName("NavList")
        side.setFixedWidth(264)  # the longest entry ("Kết quả TTHC và mức độ hài lòng") on one line
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.setSpacing(0)
        title = QLabel("isodesk")
        title.setObjectName("AppTitle")
        subtitle = QLabel(self.tr("ISO 9001 quality management"))
        subtitle.setObjectName("AppSubtitle")
        subtitle.setWordWrap(True)
        self.nav = QListWidget()
        self.nav.setObjectName("NavList")
        self.nav.setWordWrap(True)
        self.nav.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Long entries wrap (word wrap above); a horizontal bar would only ever show a few pixels of slack.
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        side_layout.addWidget(title)
        side_layout.addWidget(subtitle)
        side_layout.addWidget(self.nav, 1)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.setSpacing(0)
        top = QFrame()
        top.setObjectName("TopBar")
        top_layout = QHBoxLayout(top)
        top_layout.setContentsMargins(16, 8, 16, 8)
        self.agency_label = QLabel("")
        self.agency_label.setObjectName("AgencyLabel")
        self.year_label = QLabel(self.tr("Reporting year:"))
        self.year_combo = QComboBox()
        self.year_combo.setMinimumWidth(110)
        top_layout.addWidget(self.agency_label, 1)
        top_layout.addWidget(self.year_label)
        top_layout.addWidget(self.year_combo)
        self.stack = QStackedWidget()
        self.loading_label = QLabel(self.tr("Opening the data…"))
        self.loading_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.loading_label.setObjectName("Muted")
        self.stack.addWidget(self.loading_label)
        right_layout.addWidget(top)
        right_layout.addWidget(self.stack, 1)

        layout.addWidget(side)
        layout.addWidget(right, 1)
        self.setCentralWidget(root)
        self.year_label.setVisible(False)
        self.year_combo.setVisible(False)

        self._build_menus()
        self.actor_label = QLabel(self.tr("Working:"))
        self.actor_combo = QComboBox()
        self.actor_combo.setObjectName("actor_combo")
        self.actor_combo.setToolTip(self.tr("The person recorded in the change history as having made the changes. "
                                            "Choose yourself when several people share this computer."))
        self.actor_combo.setMinimumContentsLength(18)
        self.actor_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.statusBar().addPermanentWidget(self.actor_label)
        self.statusBar().addPermanentWidget(self.actor_combo)
        self.actor_label.setVisible(False)
        self.actor_combo.setVisible(False)

        self.nav.currentItemChanged.connect(self._on_nav_current_changed)
        self.year_combo.currentIndexChanged.connect(self._on_year_combo_changed)
        self.actor_combo.currentIndexChanged.connect(self._on_actor_combo_changed)
        self.data_changed.connect(self._on_data_changed)

        if not self._settings.restore_geometry(self):
            self.resize(1280, 720)

    # ------------------------------------------------------------------ menus and shortcuts
    def _build_menus(self) -> None:
        """Tệp and Trợ giúp. Only what works: opening another data file, backup and restore join the
        File menu when they are built."""
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&File"))
        self.quit_action = QAction(self.tr("E&xit"), self)
        self.quit_action.setObjectName("quit_action")
        # Ctrl+Q everywhere (Windows has no standard Quit key).
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        self.restore_action = QAction(self.tr("&Restore from a backup…"), self)
        self.restore_action.setObjectName("restore_action")
        self.restore_action.setEnabled(False)  # until the data is open
        self.restore_action.triggered.connect(self.open_restore)
        self.file_menu.addAction(self.restore_action)
        self.package_export_action = QAction(self.tr("Export the annual report &package…"), self)
        self.package_export_action.setObjectName("package_export_action")
        self.package_export_action.setEnabled(False)  # until the data is open
        self.package_export_action.triggered.connect(self.open_package_export)
        self.file_menu.addAction(self.package_export_action)
        self.package_verify_action = QAction(self.tr("C&heck a report package…"), self)
        self.package_verify_action.setObjectName("package_verify_action")
        self.package_verify_action.setEnabled(False)
        self.package_verify_action.triggered.connect(self.open_package_verify)
        self.file_menu.addAction(self.package_verify_action)
        self.handover_action = QAction(self.tr("Hand &over to a new ISO secretary…"), self)
        self.handover_action.setObjectName("handover_action")
        self.handover_action.setEnabled(False)  # until the data is open
        self.handover_action.triggered.connect(self.open_handover)
        self.file_menu.addAction(self.handover_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

        self.find_action = QAction(self.tr("Search the list"), self)
        self.find_action.setObjectName("find_action")
        self.find_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        self.find_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.find_action.triggered.connect(self.focus_search)
        self.addAction(self.find_action)

        self.help_menu = bar.addMenu(self.tr("&Help"))
        self.about_action = QAction(self.tr("&About isodesk"), self)
        self.about_action.setObjectName("about_action")
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        self.help_menu.addAction(self.about_action)

    def focus_search(self) -> QLineEdit | None:
        """Ctrl+F: put the cursor in the current screen's search field, if it has one."""
        current = self.stack.currentWidget()
        if current is None:
            return None
        for edit in current.findChildren(QLineEdit):
            name = edit.objectName()
            if (name.endswith("search_edit") or name.endswith("filter_edit")) and edit.isVisible() \
                    and edit.isEnabled():
                edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
                edit.selectAll()
                return edit
        return None

    def about_text(self) -> str:
        from isodesk import __version__

        text = self.tr("isodesk {version}\n\nKeeps the TCVN ISO 9001:2015 quality management system of a state "
                       "agency: documents, records, administrative procedures and the yearly plan, with the "
                       "documents drafted in the layout of Decree 30/2020.").format(version=__version__)
        if self.services is not None:
            text += "\n\n" + self.tr("Data file: {path}").format(path=str(self.services.db_path))
        return text

    def show_about(self) -> QMessageBox:
        """The About box (non-blocking; returned for tests)."""
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("About isodesk"), self.about_text(),
                          QMessageBox.StandardButton.Close, self)
        box.setObjectName("about_box")
        box.button(QMessageBox.StandardButton.Close).setText(self.tr("Close"))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    # ------------------------------------------------------------------ restore (issue 12)
    def open_handover(self) -> QWidget | None:
        """Tệp → Bàn giao cho thư ký ISO mới…: the dialog (non-blocking; returned for tests)."""
        if self.services is None:
            return None
        from isodesk.ui.dialogs.handover_dialog import HandoverDialog

        dialog = HandoverDialog(self.services, self, year=self._year)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_restore(self) -> QWidget | None:
        """Tệp → Khôi phục từ bản sao lưu…: the dialog (non-blocking; returned for tests)."""
        if self.services is None:
            return None
        from isodesk.ui.dialogs.restore_dialog import RestoreDialog

        dialog = RestoreDialog(self.services, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.restored.connect(self.reload_data)
        dialog.open()
        return dialog

    # ------------------------------------------------------------------ annual report package (issue 11)
    def open_package_export(self) -> QWidget | None:
        """Tệp → Xuất gói báo cáo năm…: readiness, confirmations, target, export (non-blocking; returned for
        tests). The report screen's button calls this too."""
        if self.services is None or self.year is None:
            return None
        from isodesk.ui.dialogs.package_dialogs import PackageExportDialog

        dialog = PackageExportDialog(self.services, self.year, self, navigate=self.navigate)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_package_verify(self) -> QWidget | None:
        """Tệp → Kiểm tra gói…: check a package folder or zip against its manifest (non-blocking)."""
        if self.services is None:
            return None
        from isodesk.ui.dialogs.package_dialogs import PackageVerifyDialog

        dialog = PackageVerifyDialog(self.services, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def reload_data(self, result: object = None) -> None:
        """The data file was replaced (a restore): every screen is built again on the restored data.

        The services stay: the restore closed their connections, and the next read opens the restored
        file at the same path."""
        if self.services is None:
            return
        for spec in self._screens.values():
            if spec.widget is not None:
                self.stack.removeWidget(spec.widget)
                spec.widget.deleteLater()
                spec.widget = None
        self.attach(self.services)
        safety = getattr(result, "safety_backup", None)
        if safety is not None:
            self.statusBar().showMessage(self.tr("The backup was restored; the data from before the restore "
                                                 "was backed up to {path}.").format(path=str(safety)))

    # ------------------------------------------------------------------ wiring
    def register_screen(self, key: str, factory: ScreenFactory) -> None:
        """Make the navigation entry ``key`` (one of :data:`NAVIGATION`) open this screen."""
        if key not in dict(NAVIGATION):
            raise ValueError(f"unknown navigation key {key!r}")
        self._screens[key] = _Screen(key, factory)

    def attach(self, services: Services, *, first_run: bool = False) -> None:
        """Give the window its data; builds the navigation and opens the screen last used on this data
        file (the overview right after the setup wizard, ``first_run``)."""
        self.services = services
        self.restore_action.setEnabled(True)
        self.package_export_action.setEnabled(True)
        self.package_verify_action.setEnabled(True)
        self.handover_action.setEnabled(True)
        self._fill_navigation()
        self.nav.setEnabled(True)
        self.year_combo.setEnabled(True)
        self.refresh_header()
        message = self.tr("Data file: {path}").format(path=str(services.db_path))
        if services.journal_mode != "WAL":
            # storage.engine chose the rollback journal: WAL is unsafe on network shares.
            message += " — " + self.tr("the file is on a network drive: isodesk writes in the mode that is safe "
                                       "there; open it from one computer at a time.")
        self.statusBar().showMessage(message)
        from isodesk.ui.widgets.backups import BackupStatus  # the status bar's "last backup" line (issue 12)

        self.backup_status = getattr(self, "backup_status", None) or BackupStatus(self)
        self.backup_status.attach(services)
        self.refresh_actors()
        home = self.screen("home")
        binder: Any = getattr(home, "bind", None)
        if callable(binder) and getattr(home, "cached", False):
            binder(services)  # the remembered overview painted before the data: now the computed one
        last = "home" if first_run else self._settings.last_screen_for(services.db_path)
        self.navigate(last if last in self._screens else "home")

    def _fill_navigation(self) -> None:
        self.nav.blockSignals(True)
        self.nav.clear()
        for key, title in NAVIGATION:
            if key in self._screens:
                item = QListWidgetItem(QCoreApplication.translate("Navigation", title))
                item.setData(Qt.ItemDataRole.UserRole, key)
                self.nav.addItem(item)
        self.nav.blockSignals(False)

    def show_cached(self, db_path: Path, cached: CachedStart) -> bool:
        """Before the data is open: paint the overview remembered for ``db_path`` (see
        ``ui/overview_cache.py``) when the start would open the overview of that very year anyway.

        Navigation and the year selector wait for :meth:`attach`, which replaces the copy with the
        computed overview. False (nothing changed) when the start would open another screen or year.
        """
        spec = self._screens.get("home")
        if spec is None or spec.widget is not None or self.services is not None \
                or self._settings.last_screen_for(db_path) != "home":
            return False
        if _choose_year(cached.years, self._settings.last_year, cached.current_year) != cached.overview.year:
            return False
        from isodesk.ui.screens.home_screen import HomeScreen

        home = HomeScreen(None, self)
        spec.widget = home
        self.stack.addWidget(home)
        self.stack.setCurrentWidget(home)
        home.show_cached(cached.overview)  # filled in place: its cards are styled once, not again on re-parenting
        self._fill_navigation()
        for row in range(self.nav.count()):
            if self.nav.item(row).data(Qt.ItemDataRole.UserRole) == "home":
                self.nav.setCurrentRow(row)
        self.nav.setEnabled(False)
        self.agency_label.setText(cached.agency)
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        for y in cached.years:
            self.year_combo.addItem(str(y), y)
        self.year_combo.setCurrentIndex(self.year_combo.findData(cached.overview.year))
        self.year_combo.blockSignals(False)
        self.year_combo.setEnabled(False)
        self.year_label.setVisible(True)
        self.year_combo.setVisible(True)
        self.statusBar().showMessage(self.tr("Opening the data…"))
        return True

    def refresh_header(self) -> None:
        """Reload the agency name and the list of reporting years."""
        assert self.services is not None
        profile = self.services.agency.profile_on()
        self.agency_label.setText(profile.name if profile else "")
        years = self.services.years.years()
        wanted = self._year or self._settings.last_year
        current = self.services.years.current()
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        for y in years:
            self.year_combo.addItem(str(y.year), y.year)
        chosen = _choose_year([y.year for y in years], wanted, current.year if current else None)
        self.year_combo.setCurrentIndex(max(self.year_combo.findData(chosen), 0))
        self.year_combo.blockSignals(False)
        self.year_label.setVisible(bool(years))
        self.year_combo.setVisible(bool(years))
        self._year = self.year_combo.currentData()

    # ------------------------------------------------------------------ navigation
    @property
    def year(self) -> int | None:
        """The reporting year selected at the top of the window."""
        return self._year

    def screen(self, key: str) -> QWidget | None:  # type: ignore[override]  # our screens by key; Qt's screen() (the monitor) is never asked of the window
        spec = self._screens.get(key)
        return spec.widget if spec else None

    def navigate(self, target: str, record_ids: tuple[int, ...] = ()) -> QWidget | None:
        """Open a screen by navigation key; ``"documents.register"`` also opens its sub-page."""
        key, _, sub = target.partition(".")
        spec = self._screens.get(key)
        if spec is None or self.services is None:
            return None
        if spec.widget is None:
            spec.widget = spec.factory(self.services, self)
            self.stack.addWidget(spec.widget)
        self.stack.setCurrentWidget(spec.widget)
        for row in range(self.nav.count()):
            if self.nav.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.nav.blockSignals(True)
                self.nav.setCurrentRow(row)
                self.nav.blockSignals(False)
        opener: Any = getattr(spec.widget, "open_target", None)
        if sub and callable(opener):
            opener(sub, record_ids)
        self._settings.set_last_screen_for(self.services.db_path, key)
        return spec.widget

    # ------------------------------------------------------------------ who is working
    def refresh_actors(self) -> None:
        """Fill the status-bar selector with the agency's people; the ISO secretary by default, or whoever
        was chosen last on this data file. The change history records that person, never the OS login."""
        assert self.services is not None
        people = [p for p in self.services.agency.people() if p.active and p.full_name.strip()]
        people.sort(key=lambda p: (not p.is_iso_secretary, not p.is_leader, p.full_name))
        current = self.actor_combo.currentText() or self._settings.actor_for(self.services.db_path)
        self.actor_combo.blockSignals(True)
        self.actor_combo.clear()
        for p in people:
            self.actor_combo.addItem(p.full_name, p.full_name)
            if p.title:
                self.actor_combo.setItemData(self.actor_combo.count() - 1, p.title, Qt.ItemDataRole.ToolTipRole)
        index = self.actor_combo.findData(current) if current else -1
        self.actor_combo.setCurrentIndex(index if index >= 0 else (0 if people else -1))
        self.actor_combo.blockSignals(False)
        self.actor_label.setVisible(bool(people))
        self.actor_combo.setVisible(bool(people))
        self._apply_actor()

    @property
    def actor(self) -> str:
        """The person changes are recorded under ("" before anyone is entered)."""
        return str(self.actor_combo.currentData() or "")

    def _apply_actor(self) -> None:
        assert self.services is not None
        # Before anyone is entered (an empty file), changes are still not put on the OS login.
        name = self.actor or self.tr("isodesk user")
        self.services.history.set_actor(name)
        if self.actor:
            self._settings.set_actor_for(self.services.db_path, self.actor)

    def _on_actor_combo_changed(self, _index: int) -> None:
        if self.services is not None:
            self._apply_actor()

    def _on_data_changed(self, area: str) -> None:
        if self.services is not None and area in ("people", "settings", "agency"):
            self.refresh_actors()

    def _on_nav_current_changed(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is not None:
            self.navigate(str(current.data(Qt.ItemDataRole.UserRole)))

    def _on_year_combo_changed(self, _index: int) -> None:
        year = self.year_combo.currentData()
        if year is None or year == self._year:
            return
        self._year = int(year)
        self._settings.last_year = self._year
        self.year_changed.emit(self._year)

    def closeEvent(self, event) -> None:
        self._settings.save_geometry(self)
        self._settings.sync()
        super().closeEvent(event)
