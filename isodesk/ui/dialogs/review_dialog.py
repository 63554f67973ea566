"""Record a periodic review (rà soát định kỳ) of a document in force: still fit, or to be revised."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialogButtonBox, QLabel, QWidget

from isodesk.domain.documents import DocumentDetails, DocumentReview, ReviewInput, ReviewOutcome
from isodesk.domain.errors import DomainError
from isodesk.domain.formatting import short_date
from isodesk.ui.dialogs.base import BaseDialog
from isodesk.ui.dialogs.documents_common import combo_id, fill_combo, from_qdate, people_items, show_inline, to_qdate
from isodesk.ui.forms.ui_review_dialog import Ui_ReviewDialog

if TYPE_CHECKING:
    from isodesk.services.registry import Services


def _label_text(label: QLabel) -> str:
    return label.text().replace("&", "").rstrip(" :*")


class ReviewDialog(BaseDialog):
    """``review`` holds the recorded review after ``accepted``; "to be revised" opens a draft revision."""

    def __init__(self, services: Services, document: DocumentDetails, parent: QWidget | None = None, *,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self._ui = Ui_ReviewDialog()
        self._ui.setupUi(self)
        self._services = services
        self._document = document
        self.review: DocumentReview | None = None
        self.setWindowTitle(self.tr("Periodic review of {code}").format(code=document.code))
        due = (self.tr("The review is due on {date}.").format(date=short_date(document.next_review_date))
               if document.next_review_date else "")
        self._ui.info_label.setText(self.tr("{code} – {title}, revision {number} in force from {date}. {due}").format(
            code=document.code, title=document.title, number=f"{document.current_revision_number or 0:02d}",
            date=short_date(document.effective_date) if document.effective_date else "…", due=due).strip())
        self._ui.date_edit.setDate(to_qdate(today or date.today()))
        people = services.agency.people()
        secretary = next((p.id for p in people if p.is_iso_secretary), None)
        fill_combo(self._ui.reviewer_combo, people_items(people), secretary, none_text=self.tr("(not recorded)"))
        show_inline(self._ui.error_label, None)
        self._ui.button_box.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Record"))
        self._ui.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self._ui.button_box.accepted.connect(self._on_button_box_accepted)
        self._ui.button_box.rejected.connect(self.reject)

    @property
    def ui(self) -> Ui_ReviewDialog:
        return self._ui

    def item(self) -> ReviewInput:
        outcome = ReviewOutcome.REVISE if self._ui.revise_radio.isChecked() else ReviewOutcome.NO_CHANGE
        return ReviewInput(review_date=from_qdate(self._ui.date_edit.date()), outcome=outcome,
                           reviewer_id=combo_id(self._ui.reviewer_combo), note=self._ui.note_edit.toPlainText())

    def _on_button_box_accepted(self) -> None:
        self.save()

    def save(self) -> bool:
        labels = {"review_date": _label_text(self._ui.date_label), "reviewer_id": _label_text(self._ui.reviewer_label)}
        try:
            self.review = self._services.documents.record_review(self._document.id, self.item())
        except DomainError as exc:
            show_inline(self._ui.error_label, exc, labels)
            return False
        self.accept()
        return True
