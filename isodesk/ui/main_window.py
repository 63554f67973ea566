"""The main window: navigation for the whole product, a year selector, and lazily built screens.

Cheap to construct (no database, no SQLAlchemy import), so it can be painted before the data
layer is loaded; :meth:`MainWindow.attach` hands it the services afterwards.

Nothing the window does before the first paint names PySide's ``Qt`` namespace: its first use sets up
all of its ~100 enums (~14 ms, the time a bare window takes to paint). So the methods import ``Qt``
where they use it, the navigation keeps its keys under the role number, the theme sets alignments and
scroll-bar policies, and the start sets the keyboard shortcuts right after the paint (:meth:`set_shortcuts`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QAction
from isodesk.domain.i18n import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from isodesk.ui.settings import UiSettings

if TYPE_CHECKING:
    # Used only once the window is on screen: imported there, not before the first paint (each Qt class
    # a Python module touches is set up, enums and all, when first named).
    from PySide6.QtWidgets import QFileDialog, QLineEdit, QMessageBox

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

# The navigation item's data role holding its key: Qt.ItemDataRole.UserRole, as the number
# QListWidgetItem.setData/data take (see the module docstring).
_KEY_ROLE = 0x0100


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

    def __init__(self, settings: UiSettings | None = None, *, shortcuts: bool = True) -> None:
        """``shortcuts=False``: no keyboard shortcuts until :meth:`set_shortcuts` (the start sets them
        right after the first paint)."""
        super().__init__()
        self.setObjectName("MainWindow")
        self._settings = settings or UiSettings()
        self._screens: dict[str, _Screen] = {}
        self.services: Services | None = None
        self._year: int | None = None
        #: Opens a data file into services: app.py sets the start-up's own opener, so another file opened
        #: from Tệp → Mở… goes through exactly the same checks (and messages) as the start.
        self.opener: Callable[[Path], Services] | None = None
        #: Take the day's first backup of a data file opened from the menu too (off in tests and self-test).
        self.daily_backups = False

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
        # No scroll bars (the theme's QListWidget#NavList): long entries wrap (word wrap above), and a
        # horizontal bar would only ever show a few pixels of slack.
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
        self.loading_label.setObjectName("Loading")  # muted and centred (theme)
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
        if shortcuts:
            self.set_shortcuts()

    # ------------------------------------------------------------------ menus and shortcuts
    def _build_menus(self) -> None:
        """Tệp and Trợ giúp. Only what works: opening another data file, backup and restore join the
        File menu when they are built."""
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&File"))
        self.quit_action = self._action(self.tr("E&xit"), "quit_action")
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        self.open_action = self._action(self.tr("&Open a data file…"), "open_action")
        self.open_action.setEnabled(False)  # until the data is open: the start must not be raced by another file
        self.open_action.triggered.connect(self.choose_data_file)
        self.file_menu.addAction(self.open_action)
        self.recent_menu = self.file_menu.addMenu(self.tr("Recent data files"))
        self.recent_menu.setObjectName("recent_menu")
        self.recent_menu.aboutToShow.connect(self.fill_recent_menu)
        self.fill_recent_menu()
        self.file_menu.addSeparator()
        self.restore_action = self._action(self.tr("&Restore from a backup…"), "restore_action")
        self.restore_action.setEnabled(False)  # until the data is open
        self.restore_action.triggered.connect(self.open_restore)
        self.file_menu.addAction(self.restore_action)
        self.package_export_action = self._action(self.tr("Export the annual report &package…"),
                                                  "package_export_action")
        self.package_export_action.setEnabled(False)  # until the data is open
        self.package_export_action.triggered.connect(self.open_package_export)
        self.file_menu.addAction(self.package_export_action)
        self.package_verify_action = self._action(self.tr("C&heck a report package…"), "package_verify_action")
        self.package_verify_action.setEnabled(False)
        self.package_verify_action.triggered.connect(self.open_package_verify)
        self.file_menu.addAction(self.package_verify_action)
        self.handover_action = self._action(self.tr("Hand &over to a new ISO secretary…"), "handover_action")
        self.handover_action.setEnabled(False)  # until the data is open
        self.handover_action.triggered.connect(self.open_handover)
        self.file_menu.addAction(self.handover_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

        self.find_action = self._action(self.tr("Search the list"), "find_action")
        self.find_action.triggered.connect(self.focus_search)
        self.addAction(self.find_action)

        self.help_menu = bar.addMenu(self.tr("&Help"))
        self.about_action = self._action(self.tr("&About isodesk"), "about_action")
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        self.help_menu.addAction(self.about_action)

    def _action(self, text: str, name: str) -> QAction:
        """One of the window's actions. Made from its parent alone: resolving QAction(text, parent) among
        its overloads sets up PySide's QIcon type (~1 ms) before the first paint."""
        action = QAction(self)
        action.setText(text)
        action.setObjectName(name)
        return action

    def set_shortcuts(self) -> None:
        """Ctrl+Q, Ctrl+O and the platform's Find key (Ctrl+F)."""
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QKeySequence

        # Ctrl+Q everywhere (Windows has no standard Quit key).
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.open_action.setShortcut(QKeySequence("Ctrl+O"))
        self.find_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        self.find_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)

    def focus_search(self) -> QLineEdit | None:
        """Ctrl+F: put the cursor in the current screen's search field, if it has one."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QLineEdit

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
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QMessageBox

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
        from PySide6.QtCore import Qt

        if self.services is None:
            return None
        from isodesk.ui.dialogs.handover_dialog import HandoverDialog

        dialog = HandoverDialog(self.services, self, year=self._year)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_restore(self) -> QWidget | None:
        """Tệp → Khôi phục từ bản sao lưu…: the dialog (non-blocking; returned for tests)."""
        from PySide6.QtCore import Qt

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
        from PySide6.QtCore import Qt

        if self.services is None or self.year is None:
            return None
        from isodesk.ui.dialogs.package_dialogs import PackageExportDialog

        dialog = PackageExportDialog(self.services, self.year, self, navigate=self.navigate)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_package_verify(self) -> QWidget | None:
        """Tệp → Kiểm tra gói…: check a package folder or zip against its manifest (non-blocking)."""
        from PySide6.QtCore import Qt

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
        self._drop_screens()
        self.attach(self.services)
        safety = getattr(result, "safety_backup", None)
        if safety is not None:
            self.statusBar().showMessage(self.tr("The backup was restored; the data from before the restore "
                                                 "was backed up to {path}.").format(path=str(safety)))

    # ------------------------------------------------------------------ open another data file (issue 12 item 13)
    def choose_data_file(self) -> QFileDialog:
        """Tệp → Mở tệp dữ liệu… (Ctrl+O): pick a file (non-blocking; returned for tests)."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QFileDialog

        start = str(self.services.db_path.parent) if self.services is not None else ""
        dialog = QFileDialog(self, self.tr("Open a data file"), start,
                             self.tr("isodesk data files (*.db *.sqlite);;All files (*)"))
        dialog.setObjectName("open_file_dialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda chosen: self.open_data_file(Path(chosen)))
        dialog.open()
        return dialog

    def fill_recent_menu(self) -> None:
        """The last five data files, newest first; one that is gone is listed greyed with a note, and
        the list can be cleared of such files."""
        self.recent_menu.clear()
        current = self.services.db_path if self.services is not None else None
        missing = False
        recent = self._settings.recent_files()
        for number, name in enumerate(recent, start=1):
            path = Path(name)
            text = f"&{number} {path}"
            action = QAction(self.recent_menu)
            action.setData(str(path))
            if current is None:
                action.setEnabled(False)  # the start is still opening its data file
            elif path == current:
                text += " — " + self.tr("open now")
                action.setEnabled(False)
            elif not path.is_file():
                text += " — " + self.tr("not found (moved or deleted?)")
                action.setEnabled(False)
                missing = True
            else:
                action.triggered.connect(lambda _checked=False, p=path: self.open_data_file(p))
            action.setText(text)
            self.recent_menu.addAction(action)
        if missing:
            self.recent_menu.addSeparator()
            forget = self.recent_menu.addAction(self.tr("Remove the files not found from this list"))
            forget.setObjectName("forget_missing_action")
            forget.triggered.connect(self.forget_missing_recent)
        if not recent:
            empty = self.recent_menu.addAction(self.tr("No data file opened yet"))
            empty.setEnabled(False)

    def forget_missing_recent(self) -> None:
        for name in self._settings.recent_files():
            if not Path(name).is_file():
                self._settings.remove_recent_file(name)
        self.fill_recent_menu()

    def note_missing_file(self, missing: Path) -> QMessageBox:
        """Say that the data file opened last could not be found at the start and the usual one was
        opened instead (non-blocking; returned for tests)."""
        from PySide6.QtWidgets import QMessageBox

        path = self.services.db_path if self.services is not None else ""
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("isodesk"), self.tr(
            "The data file opened last ({missing}) cannot be found (a removed USB drive?); the usual data file "
            "is open: {path}. File → Open a data file… opens the other one when it is back.").format(
            missing=str(missing), path=str(path)), parent=self)
        box.open()
        return box

    def open_data_file(self, path: Path) -> QWidget | None:
        """Switch the window to the data file at ``path`` without restarting.

        The file is opened through the start-up's path (:attr:`opener`); only when that succeeded is
        the current file closed (its engine disposed, so no ``-wal`` stays locked) and every screen
        dropped, to be built again on the new data. When the file cannot be opened (locked, damaged,
        written by a newer isodesk, not isodesk data…) the current file stays open and a message
        offers what can be done (returned for tests: the message box, or the setup wizard of a new
        file); None when the switch is done.
        """
        path = Path(path)
        if self.services is not None and path.resolve() == self.services.db_path:
            self.statusBar().showMessage(self.tr("This data file is already open."))
            return None
        if not path.is_file():
            # A missing path would become a new, empty database: never from Mở… or the recent list.
            self._settings.remove_recent_file(path)
            self.fill_recent_menu()
            return self._open_failed(path, FileNotFoundError(str(path)))
        try:
            services = self._open(path)
        except Exception as exc:  # noqa: BLE001 - any failure (locked, damaged, newer…) is shown; the file stays open
            return self._open_failed(path, exc)
        if not services.agency.has_agency():
            return self._set_up_new_file(services)
        self._switch_to(services)
        return None

    def _open(self, path: Path) -> Services:
        if self.opener is not None:
            return self.opener(path)
        from isodesk.services.registry import open_services

        return open_services(path)

    def _set_up_new_file(self, services: Services) -> QWidget:
        """A new (empty) data file: the setup wizard first; cancelled, the current file stays open."""
        from PySide6.QtCore import Qt

        from isodesk.ui.dialogs.setup_wizard import SetupWizard

        wizard = SetupWizard(services, self)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.accepted.connect(lambda: self._switch_to(services, first_run=True))
        wizard.rejected.connect(services.close)
        wizard.open()
        return wizard

    def _switch_to(self, services: Services, *, first_run: bool = False) -> None:
        old = self.services
        self._drop_screens()
        if old is not None:
            old.close()  # the engine is disposed: its connections close and the -wal is folded back in
        self.attach(services, first_run=first_run)
        if self.daily_backups:
            self.backup_status.start_daily()
        self.statusBar().showMessage(self.tr("Opened the data file {path}.").format(path=str(services.db_path)))

    def _open_failed(self, path: Path, exc: BaseException) -> QMessageBox:
        """Say why ``path`` was not opened and offer the way out: try again (locked), restore from a
        backup (damaged) or stay on the current file (the default)."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QMessageBox

        from isodesk.domain.errors import DatabaseDamagedError, DatabaseLockedError
        from isodesk.ui.errors import error_text

        text = error_text(exc)
        if isinstance(exc, FileNotFoundError):
            text = self.tr("The data file {path} was not found (moved, renamed or deleted?); it was taken off the "
                           "list of recent files. Nothing was created or changed.").format(path=str(path))
        if self.services is not None:
            text += "\n\n" + self.tr("The data file {path} stays open.").format(path=str(self.services.db_path))
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Open a data file"), text,
                          QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("open_failed_box")
        stay = box.addButton(self.tr("Stay on the current file") if self.services is not None else self.tr("Close"),
                             QMessageBox.ButtonRole.RejectRole)
        stay.setObjectName("stay_button")
        actions: dict[object, Callable[[], object]] = {}
        if isinstance(exc, DatabaseLockedError):
            retry = box.addButton(self.tr("Try again"), QMessageBox.ButtonRole.AcceptRole)
            retry.setObjectName("retry_button")
            actions[retry] = lambda: self.open_data_file(path)
        if isinstance(exc, DatabaseDamagedError):
            restore = box.addButton(self.tr("Restore from a backup…"), QMessageBox.ButtonRole.ActionRole)
            restore.setObjectName("restore_button")
            actions[restore] = lambda: self.open_recovery(path)
        box.setDefaultButton(stay)
        box.setEscapeButton(stay)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # After the box has closed: the next step may open a box or dialog of its own.
        box.buttonClicked.connect(lambda button: actions.get(button, lambda: None)())
        box.open()
        return box

    def open_recovery(self, path: Path) -> QWidget:
        """The restore dialog for a damaged data file that cannot be opened: its backups are listed,
        and a restore keeps a copy of the damaged file before putting the backup in its place; the
        restored file is then opened."""
        from PySide6.QtCore import Qt

        from isodesk.services.registry import open_for_recovery
        from isodesk.ui.dialogs.restore_dialog import RestoreDialog

        recovery = open_for_recovery(path)
        # The dialog uses only .restore and .db_path, which the recovery offers for a file that cannot be opened.
        dialog = RestoreDialog(cast("Services", recovery), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def restored(_result: object) -> None:
            recovery.close()
            self.open_data_file(recovery.db_path)

        dialog.restored.connect(restored)
        dialog.rejected.connect(recovery.close)
        dialog.open()
        return dialog

    def _drop_screens(self) -> None:
        for spec in self._screens.values():
            if spec.widget is not None:
                self.stack.removeWidget(spec.widget)
                spec.widget.deleteLater()
                spec.widget = None

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
        self.open_action.setEnabled(True)
        self._settings.add_recent_file(services.db_path)
        self.fill_recent_menu()
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
                item.setData(_KEY_ROLE, key)
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
            if self.nav.item(row).data(_KEY_ROLE) == "home":
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
            if self.nav.item(row).data(_KEY_ROLE) == key:
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
        from PySide6.QtCore import Qt

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
            self.navigate(str(current.data(_KEY_ROLE)))

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
