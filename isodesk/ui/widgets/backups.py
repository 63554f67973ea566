"""Automatic backups in the window: the status-bar line with the last good backup, the daily backup at
start (in the background, so the window is never delayed), and the Cài đặt → Sao lưu page."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from isodesk.domain.backup import KEEP_DAILY, KEEP_MONTHLY, BackupInfo
from isodesk.domain.formatting import short_date
from isodesk.ui.tasks import run_in_background

if TYPE_CHECKING:
    from isodesk.services.registry import Services


def _when(moment: datetime) -> str:
    return f"{moment:%H:%M} {short_date(moment.date())}"


class BackupStatus(QObject):
    """The status-bar label "Sao lưu gần nhất: …" and the background daily backup."""

    finished = Signal(object)
    """A background backup ended: the BackupInfo, None (not due) or the exception."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.services: Services | None = None
        self.label = QLabel()
        self.label.setObjectName("backup_status_label")
        window.statusBar().addPermanentWidget(self.label)
        self.label.setVisible(False)
        self.running = False

    def attach(self, services: Services) -> None:
        """Show the last good backup of ``services``' data file."""
        self.services = services
        self.refresh()

    def refresh(self, warning: str = "") -> None:
        """Re-read the newest backup; ``warning`` (e.g. the second folder failed) is appended."""
        if self.services is None:
            return
        last = self.services.backups.last_good_backup()
        text = (self.tr("Last backup: {when}").format(when=_when(last.taken_at)) if last is not None
                else self.tr("No backup yet"))
        self.label.setStyleSheet("color: #b3261e;" if warning else "")
        self._set_text(text + (" — " + warning if warning else ""))
        self.label.setToolTip(self.tr("Backups are kept in {folder}").format(folder=str(self.services.backups.folder)))
        self.label.setVisible(True)

    def _set_text(self, text: str) -> None:
        # The data-file message of the status bar is long: reserve the label's whole width, never clip it.
        self.label.setText(text)
        self.label.setMinimumWidth(min(self.label.fontMetrics().horizontalAdvance(text) + 12, 700))
        self.label.setToolTip(text if len(text) > 80 else self.label.toolTip())

    def start_daily(self) -> None:
        """Take the day's first backup in the background (nothing happens when one exists today)."""
        if self.services is None or self.running:
            return
        backups = self.services.backups
        self.running = True
        self._set_text(self.tr("Backing up the data…"))
        self.label.setVisible(True)
        run_in_background(backups.daily_backup_if_due, self._on_succeeded, self._on_failed)

    def _on_succeeded(self, info: BackupInfo | None) -> None:
        self.running = False
        warning = ""
        if info is not None and info.second_error:
            warning = self.tr("the copy to the second folder failed ({reason})").format(reason=info.second_error)
        self.refresh(warning)
        if info is not None:
            data_changed = getattr(self._window, "data_changed", None)
            if data_changed is not None:
                data_changed.emit("backups")  # the home screen drops its "no recent backup" warning
        self.finished.emit(info)

    def _on_failed(self, exc: BaseException) -> None:
        from isodesk.ui.errors import error_text

        self.running = False
        self.refresh(self.tr("the automatic backup failed: {reason}").format(reason=error_text(exc)))
        self.finished.emit(exc)


class BackupSettingsPage(QWidget):
    """Cài đặt → Sao lưu: where the copies are, the optional second folder, and "Back up now"."""

    def __init__(self, services: Services, window: QMainWindow | None = None) -> None:
        super().__init__()
        self.services = services
        self._window = window
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        box = QGroupBox(self.tr("Automatic backups"))
        box.setMaximumWidth(760)
        box_layout = QVBoxLayout(box)
        self.intro_label = QLabel(self.tr(
            "isodesk copies the data and checks the copy at the first start of each day and before every Excel "
            "import. It keeps the copies of the last {daily} days, of the last {monthly} months and one of every "
            "year, in: {folder}").format(daily=KEEP_DAILY, monthly=KEEP_MONTHLY,
                                           folder=str(services.backups.folder)))
        self.intro_label.setWordWrap(True)
        self.last_label = QLabel()
        self.last_label.setObjectName("backup_last_label")
        self.last_label.setWordWrap(True)
        second_title = QLabel(self.tr("Second copy on another drive or a USB stick (recommended):"))
        second_title.setWordWrap(True)
        self.second_edit = QLineEdit()
        self.second_edit.setObjectName("backup_second_folder_edit")
        self.second_edit.setReadOnly(True)
        self.second_edit.setPlaceholderText(self.tr("No second folder"))
        self.choose_button = QPushButton(self.tr("Choose folder…"))
        self.clear_button = QPushButton(self.tr("Stop using it"))
        row = QHBoxLayout()
        row.addWidget(self.second_edit, 1)
        row.addWidget(self.choose_button)
        row.addWidget(self.clear_button)
        self.backup_button = QPushButton(self.tr("Back up now"))
        self.backup_button.setObjectName("Primary")
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setVisible(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addStretch(1)
        for widget in (self.intro_label, self.last_label, second_title):
            box_layout.addWidget(widget)
        box_layout.addLayout(row)
        box_layout.addLayout(buttons)
        box_layout.addWidget(self.message_label)
        layout.addWidget(box)
        layout.addStretch(1)
        self.choose_button.clicked.connect(self._on_choose_clicked)
        self.clear_button.clicked.connect(self._on_clear_clicked)
        self.backup_button.clicked.connect(self._on_backup_clicked)
        self.refresh()

    def refresh(self) -> None:
        last = self.services.backups.last_good_backup()
        self.last_label.setText(
            self.tr("Last good backup: {when}").format(when=_when(last.taken_at)) if last is not None
            else self.tr("No backup has been taken yet."))
        second = self.services.backups.second_folder()
        self.second_edit.setText(str(second) if second is not None else "")
        self.clear_button.setEnabled(second is not None)

    def _show(self, text: str, error: bool) -> None:
        self.message_label.setStyleSheet("color: #b3261e;" if error else "color: #1e7b3a;")
        self.message_label.setText(text)
        self.message_label.setVisible(True)

    def set_second_folder(self, folder: Path | None) -> bool:
        """Use ``folder`` (None: none) for the second copy; True when it was accepted."""
        from isodesk.domain.errors import IsodeskError
        from isodesk.ui.errors import error_text

        try:
            self.services.backups.set_second_folder(folder)
        except IsodeskError as exc:
            self._show(error_text(exc), error=True)
            return False
        self.refresh()
        self._show(self.tr("Saved. The next backups are also copied there.") if folder is not None
                   else self.tr("Saved. Backups are kept only in the data folder."), error=False)
        return True

    def back_up_now(self) -> BackupInfo | None:
        """Take a backup now (a few seconds even for large data); None when it failed (shown)."""
        from isodesk.domain.errors import IsodeskError
        from isodesk.ui.errors import error_text

        try:
            info = self.services.backups.backup_now("manual")
        except (IsodeskError, OSError) as exc:
            self._show(self.tr("The backup failed: {reason}").format(reason=error_text(exc)), error=True)
            return None
        self.refresh()
        if info.second_error:
            self._show(self.tr("The backup was taken and checked, but the copy to the second folder failed "
                               "({reason}).").format(reason=info.second_error), error=True)
        else:
            self._show(self.tr("The backup was taken and checked."), error=False)
        status = getattr(self._window, "backup_status", None)
        if isinstance(status, BackupStatus):
            status.refresh()
        data_changed = getattr(self._window, "data_changed", None)
        if data_changed is not None:
            data_changed.emit("backups")
        return info

    def _on_choose_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Second folder for backups"))
        if folder:
            self.set_second_folder(Path(folder))

    def _on_clear_clicked(self) -> None:
        self.set_second_folder(None)

    def _on_backup_clicked(self) -> None:
        self.back_up_now()
