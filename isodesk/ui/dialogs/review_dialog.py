"""Record a periodic review (rà soát định kỳ) of a document in force: still fit, or to be revised."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from isodesk.domain.documents import DocumentDetails, DocumentReview, ReviewInput, ReviewOutcome
from isodesk.domain.formatting import short_date
from isodesk.ui.dialogs.documents_common import (
    combo_id,
    fill_combo,
    from_qdate,
    label_text,
    people_items,
    to_qdate,
)
from isodesk.ui.dialogs.form_dialog import FormDialog
from isodesk.ui.forms.ui_review_dialog import Ui_ReviewDialog

if TYPE_CHECKING:
    from isodesk.services.registry import Services


class ReviewDialog(FormDialog[Ui_ReviewDialog]):
    """``review`` holds the recorded review after ``accepted``; "to be revised" opens a draft revision."""

    def __init__(self, services: Services, document: DocumentDetails, parent: QWidget | None = None, *,
                 today: date | None = None) -> None:
        super().__init__(Ui_ReviewDialog, parent)
        self.set_ok_text(self.tr("Record"))
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

    def item(self) -> ReviewInput:
        outcome = ReviewOutcome.REVISE if self._ui.revise_radio.isChecked() else ReviewOutcome.NO_CHANGE
        return ReviewInput(review_date=from_qdate(self._ui.date_edit.date()), outcome=outcome,
                           reviewer_id=combo_id(self._ui.reviewer_combo), note=self._ui.note_edit.toPlainText())

    def field_labels(self) -> dict[str, str]:
        return {"review_date": label_text(self._ui.date_label), "reviewer_id": label_text(self._ui.reviewer_label)}

    def write(self) -> None:
        self.review = self._services.documents.record_review(self._document.id, self.item())
