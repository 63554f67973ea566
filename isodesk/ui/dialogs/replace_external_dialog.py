"""Mark an external document replaced, amended or expired, then list the internal procedures that
cite it and must now be reviewed (DOMAIN.md §1.1 item 7: rà soát quy trình when the legal basis changes)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QCompleter, QDialogButtonBox, QWidget

from isodesk.domain.errors import FieldProblem
from isodesk.domain.i18n import QT_TRANSLATE_NOOP
from isodesk.domain.legal import ExternalDocument, LegalStatus, ProcedureToReview
from isodesk.ui.dialogs.form_dialog import FormDialog
from isodesk.ui.forms.ui_replace_external_dialog import Ui_ReplaceExternalDialog
from isodesk.ui.models.external_documents_model import ChoiceListModel
from isodesk.ui.validation import FieldErrors

if TYPE_CHECKING:
    from isodesk.services.registry import Services

_CTX = "ReplaceExternalDialog"

# What the status box offers, in this order.
STATUS_CHOICES: tuple[tuple[LegalStatus, str], ...] = (
    (LegalStatus.REPLACED, QT_TRANSLATE_NOOP("ReplaceExternalDialog", "Replaced by another text")),
    (LegalStatus.AMENDED, QT_TRANSLATE_NOOP("ReplaceExternalDialog", "Amended or supplemented")),
    (LegalStatus.EXPIRED, QT_TRANSLATE_NOOP("ReplaceExternalDialog", "Expired")),
    (LegalStatus.IN_FORCE, QT_TRANSLATE_NOOP("ReplaceExternalDialog", "In force (undo the marking)")),
)


def successor_text(doc: ExternalDocument) -> str:
    """"Nghị định 118/2025/NĐ-CP — Về thực hiện thủ tục hành chính …" as the successor box lists it."""
    summary = doc.summary if len(doc.summary) <= 90 else doc.summary[:88] + "…"
    return f"{doc.citation} — {summary}"


class ReplaceExternalDialog(FormDialog[Ui_ReplaceExternalDialog]):
    """Change the tình trạng hiệu lực of one external document, then show the procedures to review."""

    status_changed = Signal(int)
    """The document's status was saved (its id)."""
    open_procedures_requested = Signal(tuple)
    """The user wants to open the procedures to review (their internal-document ids)."""

    def __init__(self, services: Services, parent: QWidget | None = None, *, document: ExternalDocument,
                 status: LegalStatus = LegalStatus.REPLACED, candidates: Sequence[ExternalDocument] = ()) -> None:
        super().__init__(Ui_ReplaceExternalDialog, parent)
        self._services = services
        self._document = document
        self._to_review: list[ProcedureToReview] = []
        ui = self._ui
        ui.document_label.setText(f"<b>{document.citation}</b> — {document.summary}")
        ui.document_label.setTextFormat(Qt.TextFormat.RichText)
        ui.pages.setCurrentWidget(ui.mark_page)
        ui.open_procedures_button.setObjectName("Primary")
        ui.successor_hint.setObjectName("Muted")

        for value, label in STATUS_CHOICES:
            ui.status_combo.addItem(QCoreApplication.translate(_CTX, label), value)
        ui.status_combo.setCurrentIndex(max(ui.status_combo.findData(status), 0))
        ui.date_edit.set_date(document.status_date if document.status is status and document.status_date
                              else date.today())

        self.successors = ChoiceListModel(
            [(None, ""), *((other.id, successor_text(other)) for other in candidates if other.id != document.id)],
            parent=ui.successor_combo)
        ui.successor_combo.setModel(self.successors)
        completer = QCompleter(self.successors, ui.successor_combo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        ui.successor_combo.setCompleter(completer)
        if document.status_by_id is not None:
            ui.successor_combo.setCurrentIndex(max(ui.successor_combo.findData(document.status_by_id), 0))
        else:
            ui.successor_combo.setCurrentText(document.status_by_text)

        self._errors = self.set_fields(ui.form_layout, {"status": ui.status_combo, "status_date": ui.date_edit,
                                                        "status_by_id": ui.successor_combo})
        self._on_status_combo_changed(ui.status_combo.currentIndex())

        ui.status_combo.currentIndexChanged.connect(self._on_status_combo_changed)
        ui.open_procedures_button.clicked.connect(self._on_open_procedures_button_clicked)

    # ------------------------------------------------------------------ API
    def procedures_to_review(self) -> list[ProcedureToReview]:
        """The procedures in force that cite the document (after a successful save)."""
        return list(self._to_review)

    def set_status(self, status: LegalStatus) -> None:
        self._ui.status_combo.setCurrentIndex(max(self._ui.status_combo.findData(status), 0))

    def field_errors(self) -> FieldErrors:
        return self._errors

    # ------------------------------------------------------------------ slots
    def _on_status_combo_changed(self, _index: int) -> None:
        status = LegalStatus(self._ui.status_combo.currentData())
        ui = self._ui
        ui.date_edit.setEnabled(status is not LegalStatus.IN_FORCE)
        for widget in (ui.successor_combo, ui.successor_hint, ui.successor_label):
            widget.setEnabled(status.needs_successor)
        ui.successor_label.setText(self.tr("Amended by:") if status is LegalStatus.AMENDED
                                   else self.tr("Replaced by:"))

    def _successor(self) -> tuple[int | None, str]:
        combo = self._ui.successor_combo
        text = combo.currentText().strip()
        index = combo.findText(text, Qt.MatchFlag.MatchExactly) if text else -1
        if index > 0:
            return combo.itemData(index), ""
        return None, text

    def check(self) -> list[FieldProblem]:
        status = LegalStatus(self._ui.status_combo.currentData())
        problem = self._ui.date_edit.problem("status_date", required=status is not LegalStatus.IN_FORCE)
        return [problem] if problem is not None else []

    def write(self) -> bool:
        ui = self._ui
        status = LegalStatus(ui.status_combo.currentData())
        on = ui.date_edit.date()
        by_id, by_text = self._successor() if status.needs_successor else (None, "")
        self._to_review = self._services.legal.mark_status(
            int(self._document.id), status, on or date.today(), by_id=by_id, by_text=by_text)  # type: ignore[arg-type]  # a saved record always has its id
        self.status_changed.emit(int(self._document.id))  # type: ignore[arg-type]  # a saved record always has its id
        if status is LegalStatus.IN_FORCE:
            return True
        self._show_review()
        return False

    def _show_review(self) -> None:
        ui = self._ui
        live = self._to_review
        if live:
            ui.review_label.setText(self.tr(
                "The status was saved. {count} internal procedure(s) in force cite this text and must be "
                "reviewed (and revised if needed):").format(count=len(live)))
            for p in live:
                ui.review_list.addItem(f"{p.code} {p.title}".strip())
        else:
            ui.review_label.setText(self.tr(
                "The status was saved. No internal procedure in force cites this text: nothing to review."))
        ui.review_list.setVisible(bool(live))
        ui.open_procedures_button.setVisible(bool(live))
        ui.pages.setCurrentWidget(ui.review_page)
        ui.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        ui.button_box.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        ui.button_box.rejected.disconnect()
        ui.button_box.rejected.connect(self.accept)
        self.setWindowTitle(self.tr("Procedures to review"))

    def _on_open_procedures_button_clicked(self) -> None:
        self.open_procedures_requested.emit(tuple(p.procedure_id for p in self._to_review))
        self.accept()

