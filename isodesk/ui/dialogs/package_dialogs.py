"""Tệp → Xuất gói báo cáo năm… and Tệp → Kiểm tra gói… (issue 11 points 5–7).

The export dialog shows the readiness list (errors apart from warnings, each with a "Xem" button that
opens the records to fix, like the home screen), one explicit confirmation per error, the target (a
folder, or a drive listed by QStorageInfo), the zip option, and runs the export on the thread pool
under a QProgressDialog with cancel. The services open their own sessions per call, so the export may
run off the GUI thread; the dialog keeps working and shows what went wrong in plain Vietnamese.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QStorageInfo, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from isodesk.domain.cycle import ReadinessIssue, Severity
from isodesk.domain.i18n import QT_TRANSLATE_NOOP
from isodesk.domain.package import (
    ExportedPackage,
    PackageReadiness,
    VerifyProblem,
    VerifyResult,
    format_size,
    issue_text,
)
from isodesk.ui.dialogs.base import BaseDialog
from isodesk.ui.errors import error_text
from isodesk.ui.tasks import run_in_background

if TYPE_CHECKING:
    from isodesk.services.registry import Services

#: What the progress dialog says during each step of the export (PackageService STEPS).
STEP_LABELS: dict[str, str] = {
    "report": QT_TRANSLATE_NOOP("PackageExportDialog", "Writing the report (Word and PDF)…"),
    "figures": QT_TRANSLATE_NOOP("PackageExportDialog", "Writing the figures and appendices (Excel)…"),
    "evidence": QT_TRANSLATE_NOOP("PackageExportDialog", "Copying the evidence files…"),
    "evidence_list": QT_TRANSLATE_NOOP("PackageExportDialog", "Writing the list of evidence…"),
    "manifest": QT_TRANSLATE_NOOP("PackageExportDialog", "Writing the manifest…"),
    "verify": QT_TRANSLATE_NOOP("PackageExportDialog", "Reading the package back from the drive…"),
    "zip": QT_TRANSLATE_NOOP("PackageExportDialog", "Writing the .zip file…"),
}

#: File systems that are never a place for the package (pseudo and system mounts).
_NOT_A_DRIVE = {"tmpfs", "devtmpfs", "proc", "sysfs", "overlay", "squashfs", "ramfs", "devpts", "cgroup",
                "cgroup2", "autofs", "efivarfs", "nsfs", "tracefs", "debugfs", "securityfs", "fusectl"}


#: What is wrong with a file of a checked package (ProblemKind), in the interface language.
PROBLEM_LABELS: dict[str, str] = {
    "missing": QT_TRANSLATE_NOOP("PackageVerifyDialog", "missing (listed in the manifest, not in the package)"),
    "modified": QT_TRANSLATE_NOOP("PackageVerifyDialog", "content changed (its SHA-256 differs from the manifest)"),
    "size": QT_TRANSLATE_NOOP("PackageVerifyDialog", "size differs from the manifest"),
    "extra": QT_TRANSLATE_NOOP("PackageVerifyDialog", "extra file (not in the manifest)"),
    "unsafe_path": QT_TRANSLATE_NOOP("PackageVerifyDialog", "unsafe name (“..”, an absolute path or a drive letter)"),
    "symlink": QT_TRANSLATE_NOOP("PackageVerifyDialog", "a symbolic link, not a real file"),
    "duplicate": QT_TRANSLATE_NOOP("PackageVerifyDialog", "same name as another file (differs only in case or "
                                                          "accents)"),
    "too_large": QT_TRANSLATE_NOOP("PackageVerifyDialog", "over a safety limit (size, number of files or an "
                                                          "abnormal compression ratio)"),
    "no_manifest": QT_TRANSLATE_NOOP("PackageVerifyDialog", "there is no MANIFEST.json"),
    "bad_manifest": QT_TRANSLATE_NOOP("PackageVerifyDialog", "MANIFEST.json is damaged or not made by isodesk"),
    "unreadable": QT_TRANSLATE_NOOP("PackageVerifyDialog", "cannot be read"),
}


def problem_line(problem: VerifyProblem) -> str:
    """``SoLieu.xlsx: nội dung bị thay đổi (…)`` in the interface language."""
    label = QCoreApplication.translate("PackageVerifyDialog", PROBLEM_LABELS.get(problem.kind.value, problem.kind.value))
    return f"{problem.path}: {label}" + (f" ({problem.detail})" if problem.detail else "")


def _readiness_text(issue: ReadinessIssue) -> str:
    return issue_text(issue, QCoreApplication.translate)


def drives() -> list[tuple[str, str]]:
    """Writable drives to offer as targets: (label, root path), USB sticks included."""
    out: list[tuple[str, str]] = []
    for volume in QStorageInfo.mountedVolumes():
        fs = bytes(volume.fileSystemType().data()).decode(errors="replace")
        if not volume.isValid() or not volume.isReady() or volume.isReadOnly() or fs in _NOT_A_DRIVE:
            continue
        root = volume.rootPath()
        if root in ("/", "/boot") or root.startswith(("/proc", "/sys", "/dev", "/run/credentials")):
            continue
        name = volume.displayName() or root
        free = format_size(int(volume.bytesAvailable()))
        out.append((QCoreApplication.translate("PackageExportDialog", "{name} ({free} free)").format(
            name=name, free=free), root))
    return out


class _ExportRelay(QObject):
    """Lives on the GUI thread; the worker emits, Qt queues the call to the GUI thread."""

    progress = Signal(str, int, int)


class IssueLine(QFrame):
    """One readiness item: mark, text, "Xem", and for an error its confirmation checkbox."""

    open_requested = Signal(str, tuple)

    def __init__(self, issue: ReadinessIssue, confirmable: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Card")
        self.issue = issue
        error = issue.severity is Severity.ERROR
        layout = QGridLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        mark = QLabel(self.tr("Error") if error else self.tr("Warning"))
        mark.setStyleSheet("color: #b3261e; font-weight: bold;" if error else "color: #8a5a00;")
        mark.setAlignment(Qt.AlignmentFlag.AlignTop)
        # One width for both marks, so that the texts line up down the list.
        metrics = mark.fontMetrics()
        mark.setFixedWidth(max(metrics.horizontalAdvance(self.tr("Error")),
                               metrics.horizontalAdvance(self.tr("Warning"))) + 12)
        text = QLabel(_readiness_text(issue))
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setWordWrap(True)
        text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.view_button = QPushButton(self.tr("View"))
        self.view_button.setEnabled(bool(issue.target))
        self.view_button.clicked.connect(lambda: self.open_requested.emit(issue.target, issue.record_ids))
        layout.addWidget(mark, 0, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(text, 0, 1)
        layout.addWidget(self.view_button, 0, 2, Qt.AlignmentFlag.AlignTop)
        layout.setColumnStretch(1, 1)
        self.confirm_box: QCheckBox | None = None
        if error:
            self.confirm_box = QCheckBox(self.tr("I know, and export with this error anyway (recorded in the "
                                                 "change history with my name)")
                                         if confirmable else self.tr("This error cannot be confirmed: fix it first."))
            self.confirm_box.setEnabled(confirmable)
            layout.addWidget(self.confirm_box, 1, 1, 1, 2)


class PackageExportDialog(BaseDialog):
    """Xuất gói báo cáo năm…: readiness, confirmations, target, zip, then the export with progress."""

    exported = Signal(object)  # ExportedPackage

    def __init__(self, services: Services, year: int, parent: QWidget | None = None, *,
                 report_key: str | None = None, navigate: Any = None) -> None:
        super().__init__(parent)
        from isodesk.services.package.package_service import REPORT_KEY, REPORT_MISSING

        self.setObjectName("PackageExportDialog")
        self._services = services
        self._year = year
        self._report_key = report_key or REPORT_KEY
        self._unconfirmable = {REPORT_MISSING}
        self._navigate = navigate
        self._cancel = threading.Event()
        self._relay = _ExportRelay(self)
        self._relay.progress.connect(self._on_progress)
        self.progress_dialog: QProgressDialog | None = None
        self.result_package: ExportedPackage | None = None
        self.lines: list[IssueLine] = []
        self.setWindowTitle(self.tr("Export the annual report package of {year}").format(year=year))
        self.resize(900, 640)

        outer = QVBoxLayout(self)
        self.deadline_label = QLabel()
        self.deadline_label.setObjectName("SectionTitle")
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        outer.addWidget(self.deadline_label)
        outer.addWidget(self.summary_label)
        self.list_area = QScrollArea()
        self.list_area.setWidgetResizable(True)
        self.list_host = QWidget()
        self.list_layout = QVBoxLayout(self.list_host)
        self.list_layout.setContentsMargins(0, 0, 0, 0)
        self.list_layout.setSpacing(4)
        self.list_area.setWidget(self.list_host)
        outer.addWidget(self.list_area, 1)

        target_row = QHBoxLayout()
        target_row.addWidget(QLabel(self.tr("Save to:")))
        self.target_edit = QLineEdit()
        self.target_edit.setObjectName("target_edit")
        self.target_edit.setPlaceholderText(self.tr("a folder, or a USB drive"))
        self.browse_button = QPushButton(self.tr("Choose a folder…"))
        self.browse_button.clicked.connect(self.choose_folder)
        target_row.addWidget(self.target_edit, 1)
        target_row.addWidget(self.browse_button)
        outer.addLayout(target_row)
        drive_row = QHBoxLayout()
        drive_row.addWidget(QLabel(self.tr("Drives:")))
        self.drive_combo = QComboBox()
        self.drive_combo.setObjectName("drive_combo")
        self.drive_combo.addItem(self.tr("(choose a drive)"), "")
        for label, root in drives():
            self.drive_combo.addItem(label, root)
        self.drive_combo.currentIndexChanged.connect(self._drive_chosen)
        drive_row.addWidget(self.drive_combo, 1)
        outer.addLayout(drive_row)
        self.zip_box = QCheckBox(self.tr("Also write one .zip file of the whole package"))
        outer.addWidget(self.zip_box)
        self.status_label = QLabel()
        self.status_label.setObjectName("status_label")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        outer.addWidget(self.status_label)

        self.buttons = QDialogButtonBox()
        self.export_button = QPushButton(self.tr("Export the package"))
        self.export_button.setObjectName("export_button")
        self.export_button.setDefault(True)
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(self.tr("Close"))
        self.buttons.rejected.connect(self.reject)
        self.export_button.clicked.connect(self.start_export)
        outer.addWidget(self.buttons)
        self.target_edit.textChanged.connect(self._update_buttons)
        self.readiness: PackageReadiness | None = None
        self.reload()

    # ------------------------------------------------------------------ readiness
    def reload(self) -> None:
        """Compute the readiness list again, off the GUI thread (it reads the whole year), and show it;
        confirmations are asked again."""
        self.readiness = None
        self._clear_lines()
        self.summary_label.setText(self.tr("Checking the data of the year…"))
        self._update_buttons()
        services, year, key = self._services, self._year, self._report_key
        run_in_background(lambda: services.package.readiness(year, report_key=key), self.show_readiness,
                          self._readiness_failed)

    def _clear_lines(self) -> None:
        for line in self.lines:
            line.setParent(None)
            line.deleteLater()
        self.lines = []
        while self.list_layout.count():
            self.list_layout.takeAt(0)

    def _readiness_failed(self, exc: BaseException) -> None:
        self.summary_label.setText(error_text(exc))

    def show_readiness(self, readiness: PackageReadiness) -> None:
        """Show the list: errors first, each with its confirmation, then the warnings."""
        self._clear_lines()
        self.readiness = readiness
        days = readiness.days_left
        when = readiness.deadline.strftime("%d/%m/%Y")
        self.deadline_label.setText(
            self.tr("Deadline of the report: {date} ({days} day(s) left)").format(date=when, days=days) if days >= 0
            else self.tr("Deadline of the report: {date} (passed {days} day(s) ago)").format(date=when, days=-days))
        errors, warnings = len(readiness.errors), len(readiness.warnings)
        if errors:
            self.summary_label.setText(self.tr(
                "{errors} error(s) and {warnings} warning(s). Warnings do not stop the export; an error does, unless "
                "you fix it or confirm it explicitly below.").format(errors=errors, warnings=warnings))
        elif warnings:
            self.summary_label.setText(self.tr("No error; {warnings} warning(s), which do not stop the export.")
                                       .format(warnings=warnings))
        else:
            self.summary_label.setText(self.tr("Nothing to fix: the package can be exported."))
        for issue in (*readiness.errors, *readiness.warnings):
            line = IssueLine(issue, issue.code not in self._unconfirmable, self.list_host)
            line.open_requested.connect(self._open_target)
            if line.confirm_box is not None:
                line.confirm_box.toggled.connect(self._update_buttons)
            self.list_layout.addWidget(line)
            self.lines.append(line)
        self.list_layout.addStretch(1)
        self._update_buttons()

    def confirmations(self) -> list[str]:
        """The codes of the errors the secretary confirmed."""
        return [line.issue.code for line in self.lines
                if line.confirm_box is not None and line.confirm_box.isChecked()]

    def confirm_all(self) -> None:
        """Tick every confirmable error (tests; the secretary ticks them one by one)."""
        for line in self.lines:
            if line.confirm_box is not None and line.confirm_box.isEnabled():
                line.confirm_box.setChecked(True)

    def _blocked(self) -> bool:
        if self.readiness is None:
            return True
        return bool(self.readiness.unconfirmed(self.confirmations()))

    def _update_buttons(self) -> None:
        busy = self.progress_dialog is not None
        self.export_button.setEnabled(not busy and not self._blocked() and bool(self.target_edit.text().strip()))

    def _open_target(self, target: str, record_ids: tuple[int, ...]) -> None:
        if self._navigate is not None and target:
            self._navigate(target, record_ids)
            self.reject()  # the records to fix are in the window; the list is computed again next time

    # ------------------------------------------------------------------ target
    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Save the package to"), self.target_edit.text())
        if folder:
            self.target_edit.setText(folder)

    def _drive_chosen(self, index: int) -> None:
        root = self.drive_combo.itemData(index)
        if root:
            self.target_edit.setText(str(root))

    # ------------------------------------------------------------------ export
    def start_export(self) -> QProgressDialog | None:
        """Run the export on the thread pool under a progress dialog with cancel (returned for tests)."""
        if self._blocked() or not self.target_edit.text().strip() or self.progress_dialog is not None:
            return None
        target = Path(self.target_edit.text().strip())
        confirmations = self.confirmations()
        zip_too = self.zip_box.isChecked()
        self._cancel.clear()
        dialog = QProgressDialog(self.tr("Preparing the package…"), self.tr("Cancel"), 0, 0, self)
        dialog.setWindowTitle(self.tr("Exporting the package"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(0)
        dialog.setMinimumWidth(460)
        dialog.canceled.connect(self._cancel.set)
        self.progress_dialog = dialog
        self.status_label.setText("")
        self._update_buttons()
        dialog.open()
        services, year, key, relay, cancel = self._services, self._year, self._report_key, self._relay, self._cancel
        run_in_background(
            lambda: services.package.export(year, target, zip=zip_too, confirmations=confirmations,
                                            progress=lambda step, done, total: relay.progress.emit(step, done, total),
                                            cancel=cancel.is_set, report_key=key),
            self._on_exported, self._on_failed)
        return dialog

    def reject(self) -> None:
        """Closing while the export runs cancels it first (the dialog stays until the worker has cleaned up)."""
        if self.progress_dialog is not None:
            self._cancel.set()
            return
        super().reject()

    def _on_progress(self, step: str, done: int, total: int) -> None:
        dialog = self.progress_dialog
        if dialog is None:
            return
        dialog.setLabelText(QCoreApplication.translate("PackageExportDialog", STEP_LABELS.get(step, step)))
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, max(total, 1)))

    def _finish(self) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.close()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None
        self._update_buttons()

    def _on_exported(self, result: ExportedPackage) -> None:
        self._finish()
        self.result_package = result
        text = self.tr("The package was written to {folder} ({files} files, {size}) and read back: it is complete.") \
            .format(folder=result.folder, files=result.files, size=format_size(result.total_bytes))
        if result.zip:
            text += " " + self.tr("The .zip file: {zip}").format(zip=result.zip)
        self.status_label.setStyleSheet("color: #1b5e20;")
        self.status_label.setText(text)
        self.exported.emit(result)

    def _on_failed(self, exc: BaseException) -> None:
        self._finish()
        self.status_label.setStyleSheet("color: #b3261e;")
        self.status_label.setText(error_text(exc))


class PackageVerifyDialog(BaseDialog):
    """Kiểm tra gói…: check a package folder or zip against its manifest, each problem listed."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PackageVerifyDialog")
        self._services = services
        self.result_of_check: VerifyResult | None = None
        self._busy = False
        self.setWindowTitle(self.tr("Check a report package"))
        self.resize(820, 520)
        outer = QVBoxLayout(self)
        intro = QLabel(self.tr("Checks every file of a package (a folder or a .zip) against its MANIFEST.json: "
                               "present, same size and SHA-256, nothing extra, safe names. Run it on the USB drive "
                               "before handing it over."))
        intro.setWordWrap(True)
        outer.addWidget(intro)
        row = QHBoxLayout()
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("path_edit")
        self.path_edit.setPlaceholderText(self.tr("the package folder or .zip file"))
        self.folder_button = QPushButton(self.tr("Folder…"))
        self.zip_button = QPushButton(self.tr(".zip file…"))
        self.folder_button.clicked.connect(self.choose_folder)
        self.zip_button.clicked.connect(self.choose_zip)
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.folder_button)
        row.addWidget(self.zip_button)
        outer.addLayout(row)
        self.result_label = QLabel()
        self.result_label.setObjectName("SectionTitle")
        self.result_label.setWordWrap(True)
        outer.addWidget(self.result_label)
        self.problem_list = QListWidget()
        self.problem_list.setObjectName("problem_list")
        self.problem_list.setWordWrap(True)
        outer.addWidget(self.problem_list, 1)
        buttons = QDialogButtonBox()
        self.check_button = QPushButton(self.tr("Check"))
        self.check_button.setObjectName("check_button")
        self.check_button.setDefault(True)
        buttons.addButton(self.check_button, QDialogButtonBox.ButtonRole.AcceptRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        self.check_button.clicked.connect(self.start_check)
        outer.addWidget(buttons)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Package folder"), self.path_edit.text())
        if folder:
            self.path_edit.setText(folder)

    def choose_zip(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Package .zip file"), self.path_edit.text(),
                                              self.tr("Zip files (*.zip)"))
        if path:
            self.path_edit.setText(path)

    def start_check(self) -> bool:
        """Check the package on the thread pool (hashing a big package takes a while)."""
        text = self.path_edit.text().strip()
        if not text or self._busy:
            return False
        self._busy = True
        self.check_button.setEnabled(False)
        self.result_label.setText(self.tr("Checking…"))
        self.problem_list.clear()
        services = self._services
        run_in_background(lambda: services.package.verify(Path(text)), self._show, self._failed)
        return True

    def _show(self, result: VerifyResult) -> None:
        self._busy = False
        self.check_button.setEnabled(True)
        self.result_of_check = result
        self.problem_list.clear()
        if result.ok:
            self.result_label.setStyleSheet("color: #1b5e20;")
            self.result_label.setText(self.tr("The package is valid: {count} files checked, none missing, changed "
                                              "or extra.").format(count=result.files_checked))
            if result.manifest is not None:
                m = result.manifest
                self.problem_list.addItem(self.tr("{agency}, year {year}, made on {when} with isodesk {version}")
                                          .format(agency=m.agency, year=m.year, when=m.created.strftime("%d/%m/%Y %H:%M"),
                                                  version=m.isodesk_version))
            return
        self.result_label.setStyleSheet("color: #b3261e;")
        self.result_label.setText(self.tr("The package is NOT valid: {count} file(s) with a problem.")
                                  .format(count=len(result.bad_files)))
        for problem in result.problems:
            self.problem_list.addItem(problem_line(problem))

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        self.check_button.setEnabled(True)
        self.result_label.setText(error_text(exc))
