"""Tệp → Khôi phục từ bản sao lưu…: choose a backup, see what it holds, confirm, restore.

The list and the restore come from :class:`isodesk.services.core.restore_service.RestoreService`; the
restore itself backs up the current data first and changes nothing when it is refused. After a
restore the dialog emits :attr:`RestoreDialog.restored`; the main window then reopens the data.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QHeaderView, QMessageBox, QPushButton, \
    QTableWidgetItem, QWidget

from isodesk.domain.formatting import format_count
from isodesk.domain.i18n import QT_TRANSLATE_NOOP
from isodesk.domain.restore import BackupSummary, RestoreResult
from isodesk.ui.dialogs.base import BaseDialog
from isodesk.ui.dialogs.confirm import ask
from isodesk.ui.errors import error_text
from isodesk.ui.forms.ui_restore_dialog import Ui_RestoreDialog

if TYPE_CHECKING:
    from isodesk.services.registry import Services

#: The main registers counted in a backup, by table (the order of domain.restore.MAIN_REGISTERS).
REGISTER_LABELS: dict[str, str] = {
    "issued_document": QT_TRANSLATE_NOOP("RestoreDialog", "issued documents"),
    "internal_document": QT_TRANSLATE_NOOP("RestoreDialog", "internal documents"),
    "record_entry": QT_TRANSLATE_NOOP("RestoreDialog", "records"),
    "external_document": QT_TRANSLATE_NOOP("RestoreDialog", "external documents"),
    "tthc": QT_TRANSLATE_NOOP("RestoreDialog", "administrative procedures"),
    "person": QT_TRANSLATE_NOOP("RestoreDialog", "people"),
    "department": QT_TRANSLATE_NOOP("RestoreDialog", "departments"),
    "attachment": QT_TRANSLATE_NOOP("RestoreDialog", "attached files"),
    "risk_entry": QT_TRANSLATE_NOOP("RestoreDialog", "risks and opportunities"),
    "quality_objective": QT_TRANSLATE_NOOP("RestoreDialog", "quality objectives"),
    "audit_round": QT_TRANSLATE_NOOP("RestoreDialog", "internal audits"),
    "nonconformity": QT_TRANSLATE_NOOP("RestoreDialog", "nonconformities"),
    "tthc_result": QT_TRANSLATE_NOOP("RestoreDialog", "TTHC results"),
}

REASON_LABELS: dict[str, str] = {
    "daily": QT_TRANSLATE_NOOP("RestoreDialog", "daily"),
    "manual": QT_TRANSLATE_NOOP("RestoreDialog", "taken by hand"),
    "before_import": QT_TRANSLATE_NOOP("RestoreDialog", "before an Excel import"),
    "before_restore": QT_TRANSLATE_NOOP("RestoreDialog", "before a restore"),
    "before_year_closing": QT_TRANSLATE_NOOP("RestoreDialog", "before closing the year"),
}

PROBLEM_LABELS: dict[str, str] = {
    "damaged": QT_TRANSLATE_NOOP("RestoreDialog", "damaged: it does not pass the integrity check"),
    "not_isodesk": QT_TRANSLATE_NOOP("RestoreDialog", "not an isodesk backup"),
    "too_new": QT_TRANSLATE_NOOP("RestoreDialog", "made by a newer isodesk"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate("RestoreDialog", text)


def reason_text(reason: str) -> str:
    """Why the backup was taken, in the interface language."""
    return _t(REASON_LABELS[reason]) if reason in REASON_LABELS else reason


def counts_text(counts: dict[str, int], *, separator: str = ", ") -> str:
    """``30 văn bản đi, 67 tài liệu nội bộ…`` (the registers that hold something)."""
    parts = [format_count(n, _t(REGISTER_LABELS.get(t, t))) for t, n in counts.items() if n]
    return separator.join(parts) or QCoreApplication.translate("RestoreDialog", "no records")


class RestoreDialog(BaseDialog):
    """The backups of the open data file; restoring one replaces the data after a backup of it."""

    restored = Signal(object)  # RestoreResult

    COLUMNS = (QT_TRANSLATE_NOOP("RestoreDialog", "Taken on"), QT_TRANSLATE_NOOP("RestoreDialog", "Reason"),
               QT_TRANSLATE_NOOP("RestoreDialog", "Agency"), QT_TRANSLATE_NOOP("RestoreDialog", "Contents"),
               QT_TRANSLATE_NOOP("RestoreDialog", "State"))

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ui = Ui_RestoreDialog()
        self._ui.setupUi(self)
        self._services = services
        self._backups: list[BackupSummary] = []
        self.result_of_restore: RestoreResult | None = None
        self._ui.details_title.setObjectName("SectionTitle")
        self.restore_button = QPushButton(self.tr("Restore this backup…"))
        self.restore_button.setObjectName("restore_button")
        self._ui.button_box.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self._ui.button_box.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.confirm_restore)
        table = self._ui.backup_table
        table.setColumnCount(len(self.COLUMNS))
        table.setHorizontalHeaderLabels([_t(c) for c in self.COLUMNS])
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        for column, mode in enumerate((QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.ResizeToContents,
                                       QHeaderView.ResizeMode.Interactive, QHeaderView.ResizeMode.Stretch,
                                       QHeaderView.ResizeMode.ResizeToContents)):
            header.setSectionResizeMode(column, mode)
        table.setColumnWidth(2, 260)
        table.setWordWrap(False)
        table.itemSelectionChanged.connect(self._show_details)
        self.reload()

    @property
    def ui(self) -> Ui_RestoreDialog:
        return self._ui

    @property
    def backups(self) -> list[BackupSummary]:
        return list(self._backups)

    def reload(self) -> None:
        """List the backups again (newest first) and select the newest usable one."""
        self._backups = self._services.restore.list_backups()
        table = self._ui.backup_table
        table.setRowCount(len(self._backups))
        for row, b in enumerate(self._backups):
            state = self.tr("good") if b.verified else _t(PROBLEM_LABELS.get(b.problem, b.problem))
            if b.verified and b.older_schema:
                state = self.tr("good, older version (upgraded on restore)")
            # A copy that cannot be read says nothing about an agency or records: a dash, not "none".
            cells = (b.taken_at.strftime("%d/%m/%Y %H:%M"), reason_text(b.reason),
                     (b.agency_name or self.tr("no agency entered")) if b.verified else "—",
                     counts_text(b.counts) if b.verified else "—", state)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(str(b.path) if column == 0 else text)
                if not b.verified:
                    item.setForeground(Qt.GlobalColor.darkRed)
                table.setItem(row, column, item)
        usable = next((i for i, b in enumerate(self._backups) if b.verified), None)
        if usable is not None:
            table.selectRow(usable)
        self._show_details()

    def selected(self) -> BackupSummary | None:
        rows = self._ui.backup_table.selectionModel().selectedRows()
        return self._backups[rows[0].row()] if rows else None

    def select(self, index: int) -> None:
        self._ui.backup_table.selectRow(index)

    def _show_details(self) -> None:
        chosen = self.selected()
        self.restore_button.setEnabled(chosen is not None and chosen.verified)
        if not self._backups:
            self._ui.details_text.setPlainText(self.tr("There is no backup of this data file yet. Backups are taken "
                                                  "automatically at the first start of each day and before an "
                                                  "import or a restore."))
            self._ui.confirm_label.setText("")
            return
        if chosen is None:
            self._ui.details_text.setPlainText(self.tr("Choose a backup in the list."))
            self._ui.confirm_label.setText("")
            return
        lines = [self.tr("Taken on: {when} ({reason})").format(when=chosen.taken_at.strftime("%d/%m/%Y %H:%M:%S"),
                                                              reason=reason_text(chosen.reason))]
        if chosen.verified:
            lines += [self.tr("Agency: {name}").format(name=chosen.agency_name or self.tr("no agency entered")),
                      self.tr("Holds: {counts}").format(counts=counts_text(chosen.counts)),
                      self.tr("Data version: {revision}").format(revision=chosen.revision or "?")]
        lines.append(self.tr("File: {path}").format(path=str(chosen.path)))
        if chosen.missing_files:
            lines.append(self.tr("Attached files missing from the attachments folder ({count}): {names}").format(
                count=format_count(len(chosen.missing_files)),
                names=", ".join(f"“{n}”" for n in chosen.missing_files[:10]) +
                (" …" if len(chosen.missing_files) > 10 else "")))
        if chosen.in_second_folder:
            lines.append(self.tr("Found in the second backup folder."))
        if not chosen.verified:
            lines.append(self.tr("This backup cannot be restored: {problem}.").format(
                problem=_t(PROBLEM_LABELS.get(chosen.problem, chosen.problem))))
        self._ui.details_text.setPlainText("\n".join(lines))
        self._ui.confirm_label.setText(self.what_will_happen(chosen) if chosen.verified else "")

    def what_will_happen(self, chosen: BackupSummary) -> str:
        """The confirmation text: what a restore of ``chosen`` does."""
        text = self.tr("Restoring replaces the data now in {file} with the data of {when}. The current data is backed "
                  "up automatically first, so this restore can be undone from that backup; attached files are "
                  "kept.").format(file=self._services.db_path.name, when=chosen.taken_at.strftime("%d/%m/%Y %H:%M"))
        if chosen.older_schema:
            text += " " + self.tr("The backup was made by an earlier version of isodesk; it is upgraded as it is "
                             "restored.")
        return text

    def confirm_restore(self) -> QMessageBox | None:
        """Ask before restoring (non-blocking; returned for tests)."""
        chosen = self.selected()
        if chosen is None or not chosen.verified:
            return None
        return ask(self, self.tr("Restore from a backup"), self.what_will_happen(chosen),
                   lambda: self._restore_quietly(chosen), yes_text=self.tr("Restore"))

    def _restore_quietly(self, chosen: BackupSummary) -> None:
        self.restore(chosen)

    def restore(self, chosen: BackupSummary) -> RestoreResult | None:
        """Restore ``chosen`` now; on success emit :attr:`restored` and close, else say why (nothing changed)."""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = self._services.restore.restore(chosen.path)
        except Exception as exc:  # every refusal is shown; the service changed nothing
            QApplication.restoreOverrideCursor()
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Restore from a backup"), error_text(exc),
                              QMessageBox.StandardButton.Close, self)
            box.setObjectName("restore_error_box")
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
            self.reload()
            return None
        QApplication.restoreOverrideCursor()
        self.result_of_restore = result
        self.restored.emit(result)
        self.accept()
        return result
