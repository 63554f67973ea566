"""Tệp → Bàn giao cho thư ký ISO mới…: who hands over to whom, where the handover file goes; writes
the package and the biên bản with a progress dialog that can be cancelled."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDir, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QProgressDialog, QWidget

from isodesk.domain.core import SteeringRole
from isodesk.domain.errors import FieldProblem
from isodesk.domain.formatting import format_count
from isodesk.domain.handover import PACKAGE_SUFFIX, HandoverPeople, HandoverResult
from isodesk.ui.dialogs.form_dialog import FormDialog
from isodesk.ui.forms.ui_handover_dialog import Ui_HandoverDialog
from isodesk.services.year.drafted_service import ascii_slug

if TYPE_CHECKING:
    from isodesk.services.registry import Services


class HandoverDialog(FormDialog[Ui_HandoverDialog]):
    """The handover form; :attr:`result_files` holds what was written once saved."""

    def __init__(self, services: Services, parent: QWidget | None = None, *, year: int | None = None,
                 today: date | None = None, folder: Path | None = None) -> None:
        super().__init__(Ui_HandoverDialog, parent)
        self.services = services
        self.year = year
        self.today = today or date.today()
        self.result_files: HandoverResult | None = None
        ui = self.ui
        self.set_ok_text(self.tr("Write the handover file"))
        ui.summary_label.setObjectName("Muted")
        people = [p for p in services.agency.people() if p.active]
        secretary = next((p for p in people if p.is_iso_secretary), None)
        # The head first: who heads the steering committee, then a leader who is not a deputy (phó).
        leaders = sorted((p for p in people if p.is_leader),
                         key=lambda p: (p.steering_role is not SteeringRole.HEAD, "phó" in p.title.casefold()))
        if secretary is not None:
            ui.outgoing_name_edit.setText(secretary.full_name)
            ui.outgoing_title_edit.setText(secretary.title)
        for p in people:
            if p is not secretary:
                ui.incoming_name_combo.addItem(p.full_name, p.title)
        ui.incoming_name_combo.setCurrentIndex(-1)
        ui.incoming_name_combo.setEditText("")
        line = ui.incoming_name_combo.lineEdit()
        if line is not None:  # the form makes the combo editable
            line.setPlaceholderText(self.tr("Full name, or choose from the people"))
        for p in leaders:
            ui.head_name_combo.addItem(p.full_name, p.title)
        if leaders:
            ui.head_name_combo.setCurrentIndex(0)
            ui.head_title_edit.setText(leaders[0].title)
        ui.incoming_name_combo.activated.connect(
            lambda i: ui.incoming_title_edit.setText(str(ui.incoming_name_combo.itemData(i) or "")))
        ui.head_name_combo.activated.connect(
            lambda i: ui.head_title_edit.setText(str(ui.head_name_combo.itemData(i) or "")))
        ui.handed_on_edit.set_date(self.today)
        profile = services.agency.profile_on(self.today)
        stem = f"BanGiao_ISO_{ascii_slug(profile.name if profile else 'isodesk')}_{self.today:%Y-%m-%d}"
        start = folder or Path(QDir.homePath())
        ui.target_edit.setText(str(start / f"{stem}{PACKAGE_SUFFIX}"))
        ui.browse_button.clicked.connect(self._choose_target)
        self.set_fields(ui.form_layout, {
            "outgoing_name": ui.outgoing_name_edit, "incoming_name": ui.incoming_name_combo,
            "head_name": ui.head_name_combo, "handed_on": ui.handed_on_edit, "target": ui.target_edit,
        })
        summary = services.handover.summary(year, self.today, QCoreApplication.translate)
        ui.summary_label.setText(self.tr(
            "Handed over: {registers} registers, {records} records, {files} attached files; {open} open items of "
            "the year are listed in the minutes.").format(
            registers=len(summary.registers), records=format_count(sum(r.count for r in summary.registers)),
            files=format_count(summary.attachments), open=format_count(len(summary.open_items))))

    def _choose_target(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Handover file"), self.ui.target_edit.text(),
                                              self.tr("isodesk handover (*.isodesk)"))
        if path:
            self.ui.target_edit.setText(path)

    def people(self) -> HandoverPeople:
        ui = self.ui
        return HandoverPeople(ui.outgoing_name_edit.text(), ui.outgoing_title_edit.text(),
                              ui.incoming_name_combo.currentText(), ui.incoming_title_edit.text(),
                              ui.head_name_combo.currentText(), ui.head_title_edit.text(),
                              ui.handed_on_edit.date() or self.today)

    def check(self) -> list[FieldProblem]:
        problems = []
        if self.ui.handed_on_edit.date() is None:
            problems.append(FieldProblem("handed_on", "bad_date", {"value": self.ui.handed_on_edit.text()}))
        if not self.ui.target_edit.text().strip():
            problems.append(FieldProblem("target", "required"))
        return problems

    def write(self) -> bool | None:
        progress = QProgressDialog(self.tr("Writing the handover file…"), self.tr("Cancel"), 0, 100, self)
        progress.setWindowTitle(self.windowTitle())
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)

        def step(done: int, total: int) -> None:
            progress.setMaximum(max(total, 1))
            progress.setValue(done)
            QApplication.processEvents()

        try:
            self.result_files = self.services.handover.write(
                Path(self.ui.target_edit.text().strip()), self.people(), year=self.year, today=self.today,
                translate=QCoreApplication.translate, progress=step,
                cancelled=progress.wasCanceled)
        finally:
            progress.reset()
            progress.deleteLater()
        result = self.result_files
        QMessageBox.information(self, self.windowTitle(), self.tr(
            "The handover file was written and checked:\n{package}\n\nPrint and sign the minutes:\n{minutes}\n\n"
            "Give the file to the new secretary (a USB stick is fine); isodesk checks every file when it is "
            "received.").format(package=str(result.package), minutes=str(result.minutes_pdf)))
        return True
