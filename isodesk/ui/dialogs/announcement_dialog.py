"""Record a QĐ công bố / công bố lại HTQLCL: pick the decision in the register of issued documents or
enter it there, choose the QĐ ban hành hệ thống tài liệu it relies on, then snapshot the scope
(``TthcService.announce``). The same dialog changes the QĐ ban hành of a recorded announcement."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QWidget

from isodesk.domain.core import DocPurpose, IssuedDocStatus, IssuedDocType, IssuedDocument, reporting_year_of
from isodesk.domain.errors import FieldProblem
from isodesk.domain.i18n import QT_TRANSLATE_NOOP
from isodesk.domain.formatting import fold
from isodesk.domain.scope import AnnouncementKind, ConformityAnnouncement
from isodesk.ui.dialogs.form_dialog import FormDialog
from isodesk.ui.forms.ui_announcement_dialog import Ui_AnnouncementDialog
from isodesk.ui.validation import FieldErrors

if TYPE_CHECKING:
    from isodesk.services.registry import Services

_CTX = "AnnouncementDialog"

KIND_CHOICES: tuple[tuple[AnnouncementKind, str], ...] = (
    (AnnouncementKind.ANNOUNCE, QT_TRANSLATE_NOOP("AnnouncementDialog", "Announcement (công bố)")),
    (AnnouncementKind.REANNOUNCE, QT_TRANSLATE_NOOP("AnnouncementDialog", "Re-announcement (công bố lại)")),
)

# Trích yếu of the decision (DOMAIN.md §6.10): document text, so Vietnamese whatever the UI language.
SUMMARIES = {
    AnnouncementKind.ANNOUNCE: "Về việc công bố Hệ thống quản lý chất lượng phù hợp Tiêu chuẩn quốc gia "
                               "TCVN ISO 9001:2015",
    AnnouncementKind.REANNOUNCE: "Về việc công bố lại Hệ thống quản lý chất lượng phù hợp Tiêu chuẩn quốc gia "
                                 "TCVN ISO 9001:2015",
}


class AnnouncementDialog(FormDialog[Ui_AnnouncementDialog]):
    """Record a công bố / công bố lại (or relink one to another QĐ ban hành); emits ``announced``."""

    announced = Signal(object)
    """The announcement as stored (a ConformityAnnouncement)."""

    def __init__(self, services: Services, parent: QWidget | None = None, *,
                 announcement: ConformityAnnouncement | None = None) -> None:
        super().__init__(Ui_AnnouncementDialog, parent)
        self._services = services
        self._announcement = announcement
        ui = self._ui
        ui.intro_label.setObjectName("Muted")
        ui.number_spin.setSpecialValueText(self.tr("(no number yet)"))
        profile = services.agency.profile_on()
        self._issuer = (profile.abbreviation if profile else "") or "UBND"
        ui.symbol_label.setText(f"/{IssuedDocType.DECISION.value}-{self._issuer}")

        for value, label in KIND_CHOICES:
            ui.kind_combo.addItem(QCoreApplication.translate(_CTX, label), value)
        existing = services.tthc.announcements()
        kind = AnnouncementKind.REANNOUNCE if existing else AnnouncementKind.ANNOUNCE
        ui.kind_combo.setCurrentIndex(ui.kind_combo.findData(kind))

        linked = {a.register_document_id for a in existing}
        free = [r for r in services.register.list(purpose=DocPurpose.CONFORMITY) if r.id not in linked]
        for row in free:
            ui.existing_combo.addItem(f"{row.reference} — {row.summary}", row.id)
        ui.existing_radio.setEnabled(bool(free))
        if free:
            ui.existing_radio.setChecked(True)

        sets = services.register.list(purpose=DocPurpose.DOCUMENT_SET)
        for row in sets:
            state = "" if row.status is IssuedDocStatus.ISSUED else self.tr(" (draft)")
            ui.document_set_combo.addItem(f"{row.reference} — {row.summary}{state}", row.id)
        ui.document_set_combo.addItem(self.tr("— none —"), None)
        issued_sets = [r for r in sets if r.status is IssuedDocStatus.ISSUED and r.issue_date]
        latest = max(issued_sets, key=lambda r: (r.issue_date, r.id or 0)) if issued_sets else None
        wanted = announcement.document_set_id if announcement else (latest.id if latest else None)
        ui.document_set_combo.setCurrentIndex(max(ui.document_set_combo.findData(wanted), 0) if wanted else
                                              ui.document_set_combo.count() - 1)

        today = date.today()
        ui.issue_date_edit.set_date(today)
        ui.number_spin.setValue(services.register.next_number(self._issuer, today.year, on=today))
        ui.summary_edit.setPlainText(SUMMARIES[kind])
        head = fold((profile.head_title if profile else "") or "-")
        # The head signs a công bố: list them first, then the deputies.
        leaders = sorted((p for p in services.agency.people() if p.is_leader),
                         key=lambda p: not fold(p.title).startswith(head))
        ui.signer_combo.addItems([p.full_name for p in leaders])
        ui.signer_title_edit.setText((profile.head_title if profile else "") or "")

        self._errors = self.set_fields(ui.form_layout, {
            "kind": ui.kind_combo, "register_document_id": ui.existing_combo, "number": ui.number_spin,
            "issue_date": ui.issue_date_edit, "summary": ui.summary_edit, "signer_name": ui.signer_combo,
            "document_set_id": ui.document_set_combo,
        })
        self._show_scope()
        if announcement is not None:
            self._relink_mode(announcement)
        self._on_source_changed()

        ui.kind_combo.currentIndexChanged.connect(self._on_kind_combo_changed)
        ui.new_radio.toggled.connect(self._on_source_changed)
        ui.existing_radio.toggled.connect(self._on_source_changed)

    # ------------------------------------------------------------------ API
    def field_errors(self) -> FieldErrors:
        return self._errors

    def announcement(self) -> ConformityAnnouncement | None:
        return self._announcement

    # ------------------------------------------------------------------ layout
    def _show_scope(self) -> None:
        status = self._services.tthc.scope_status()
        self._ui.scope_label.setText(self.tr(
            "Scope today: {fields} field(s), {tthc} TTHC in force ({covered} covered by a procedure). The scope is "
            "recorded as it stands on the date of the decision.").format(
            fields=len(status.fields), tthc=status.coverage.total, covered=status.coverage.covered))

    def _relink_mode(self, announcement: ConformityAnnouncement) -> None:
        ui = self._ui
        self.setWindowTitle(self.tr("Change the decision the announcement relies on"))
        ui.intro_label.setText(self.tr("Announcement {reference}: choose the decision issuing the document set "
                                       "that it relies on. The announcement must be dated on or after it.")
                               .format(reference=announcement.reference))
        for row in (ui.kind_combo, ui.source_layout, ui.existing_combo, ui.number_layout, ui.issue_date_edit,
                    ui.summary_edit, ui.signer_layout):
            ui.form_layout.setRowVisible(row, False)
        ui.scope_label.setVisible(False)
        self.resize(self.width(), 200)

    def _on_source_changed(self, *_args: object) -> None:
        if self._announcement is not None:
            return
        ui = self._ui
        new = ui.new_radio.isChecked()
        ui.form_layout.setRowVisible(ui.existing_combo, not new)
        for row in (ui.number_layout, ui.issue_date_edit, ui.summary_edit, ui.signer_layout):
            ui.form_layout.setRowVisible(row, new)

    def _on_kind_combo_changed(self, _index: int) -> None:
        kind = AnnouncementKind(self._ui.kind_combo.currentData())
        if self._ui.summary_edit.toPlainText().strip() in SUMMARIES.values():
            self._ui.summary_edit.setPlainText(SUMMARIES[kind])

    # ------------------------------------------------------------------ save
    def check(self) -> list[FieldProblem]:
        if self._announcement is None and self._ui.new_radio.isChecked():
            problem = self._ui.issue_date_edit.problem("issue_date")
            if problem is not None:
                return [problem]
        return []

    def write(self) -> None:
        ui = self._ui
        document_set_id = ui.document_set_combo.currentData()
        if self._announcement is not None:
            stored = self._services.tthc.set_document_set(int(self._announcement.id), document_set_id)  # type: ignore[arg-type]  # a saved record always has its id
        else:
            kind = AnnouncementKind(ui.kind_combo.currentData())
            register_id = self._register_new() if ui.new_radio.isChecked() else ui.existing_combo.currentData()
            stored = self._services.tthc.announce(int(register_id), kind, document_set_id=document_set_id)
        self._announcement = stored
        self.announced.emit(stored)

    def _register_new(self) -> int:
        """Enter the decision in the register (issued when it has a number and a date, else a draft)."""
        ui = self._ui
        number = ui.number_spin.value() or None
        day = ui.issue_date_edit.date()
        issued = number is not None and day is not None
        item = IssuedDocument(
            id=None, doc_type=IssuedDocType.DECISION, issuer=self._issuer, number=number,
            symbol=f"{IssuedDocType.DECISION.value}-{self._issuer}", issue_date=day,
            summary=ui.summary_edit.toPlainText(), signer_name=ui.signer_combo.currentText().strip(),
            signer_title=ui.signer_title_edit.text().strip(),
            status=IssuedDocStatus.ISSUED if issued else IssuedDocStatus.DRAFT, purpose=DocPurpose.CONFORMITY,
            year=reporting_year_of(day or date.today(), self._services.years.years()))
        stored = self._services.register.save(item)
        # The register row is kept even if the snapshot below is refused: it is a real decision.
        self._ui.new_radio.setEnabled(False)
        self._ui.existing_combo.insertItem(0, f"{stored.reference} — {stored.summary}", stored.id)
        self._ui.existing_combo.setCurrentIndex(0)
        self._ui.existing_radio.setEnabled(True)
        self._ui.existing_radio.setChecked(True)
        return int(stored.id)  # type: ignore[arg-type]  # a saved record always has its id
