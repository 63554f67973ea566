"""One revision (lần ban hành) of an internal document: open the next one as a draft, edit one, or issue
one (bring it into force: effective date, issuing decision from the register, approver)."""

from __future__ import annotations

import enum
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidgetItem, QWidget

from isodesk.domain.core import IssuedDocStatus, IssuedDocType
from isodesk.domain.documents import ChangeLine, DocumentDetails, DocumentRevision, RevisionInput, RevisionStatus
from isodesk.ui.dialogs.documents_common import (
    combo_id,
    decision_items,
    fill_combo,
    from_qdate,
    label_text,
    people_items,
    to_qdate,
)
from isodesk.ui.dialogs.form_dialog import FormDialog
from isodesk.ui.forms.ui_revision_dialog import Ui_RevisionDialog
from isodesk.ui.labels import status_text

if TYPE_CHECKING:
    from isodesk.services.registry import Services


class RevisionMode(enum.Enum):
    NEW = "new"  # open the next revision as a draft
    EDIT = "edit"  # change a draft, a pending or (to correct it) the effective revision
    ISSUE = "issue"  # bring a draft or pending revision into force


class RevisionDialog(FormDialog[Ui_RevisionDialog]):
    """``revision`` holds the saved revision after ``accepted``."""

    _CHANGE_COLUMNS = 4

    def __init__(self, services: Services, document: DocumentDetails, revision: DocumentRevision | None = None,
                 parent: QWidget | None = None, *, mode: RevisionMode = RevisionMode.EDIT,
                 today: date | None = None) -> None:
        super().__init__(Ui_RevisionDialog, parent)
        self._services = services
        self._document = document
        self._source = revision
        self.mode = mode
        self.revision: DocumentRevision | None = None
        ui = self._ui
        today = today or date.today()

        number = revision.number if revision is not None else max((r.number for r in document.revisions), default=0) + 1
        titles = {
            RevisionMode.NEW: self.tr("New revision {number} of {code}"),
            RevisionMode.EDIT: self.tr("Revision {number} of {code}"),
            RevisionMode.ISSUE: self.tr("Issue revision {number} of {code}"),
        }
        self.setWindowTitle(titles[mode].format(number=f"{number:02d}", code=document.code))
        status = revision.status if revision is not None else RevisionStatus.DRAFT
        ui.info_label.setText(self.tr("{code} – {title} · revision {number} · {status}").format(
            code=document.code, title=document.title, number=f"{number:02d}", status=status_text(status)))

        people = services.agency.people(include_inactive=True)
        chosen: list[int | None] = [revision.drafted_by_id, revision.reviewed_by_id, revision.approved_by_id] if revision else [None] * 3
        secretary = next((p.id for p in people if p.is_iso_secretary and p.active), None)
        if mode is RevisionMode.NEW:
            chosen[0] = secretary
        none = self.tr("(not recorded)")
        fill_combo(ui.drafted_combo, people_items(people, chosen[0]), chosen[0], none_text=none)
        fill_combo(ui.reviewed_combo, people_items(people, chosen[1]), chosen[1], none_text=none)
        approver = chosen[2]
        if approver is None and mode is RevisionMode.ISSUE:
            approver = next((p.id for p in people if p.is_leader and p.active), None)
        fill_combo(ui.approved_combo, people_items(people, chosen[2]), approver, none_text=none)

        decisions = services.register.list(doc_type=IssuedDocType.DECISION)
        current_decision = revision.decision_id if revision else None
        shown = [d for d in decisions if d.status is IssuedDocStatus.ISSUED or d.id == current_decision]
        fill_combo(ui.decision_combo, decision_items(shown), current_decision, none_text=self.tr("(none yet)"))
        ui.decision_combo.setToolTip(self.tr("Decisions of the issued-documents register; register the decision "
                                             "there first if it is missing"))

        effective = revision.effective_date if revision else None
        ui.effective_date.setDate(to_qdate(effective or today))
        ui.effective_check.setChecked(effective is not None or mode is RevisionMode.ISSUE)
        ui.effective_date.setEnabled(ui.effective_check.isChecked())
        ui.effective_check.toggled.connect(ui.effective_date.setEnabled)
        ui.summary_edit.setPlainText(revision.summary if revision else "")

        table = ui.changes_table
        table.setColumnCount(self._CHANGE_COLUMNS)
        table.setHorizontalHeaderLabels([self.tr("Amendment"), self.tr("Page"), self.tr("What changed"),
                                         self.tr("Note")])
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 100)
        header.resizeSection(1, 70)
        header.resizeSection(3, 130)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        table.setWordWrap(True)
        for line in (revision.changes if revision else ()):
            self._append_change(line)

        if mode is RevisionMode.ISSUE:
            # Only what bringing it into force needs; the rest is shown as recorded.
            ui.effective_check.setVisible(False)
            for widget in (ui.drafted_combo, ui.reviewed_combo, ui.summary_edit):
                widget.setEnabled(False)
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            ui.add_change_button.setVisible(False)
            ui.remove_change_button.setVisible(False)
            ui.effective_label.setText(self.tr("Effective from: *"))
            ui.decision_label.setText(self.tr("Issuing decision: *"))
            ui.approved_label.setText(self.tr("Approved by: *"))
        self.set_ok_text({RevisionMode.NEW: self.tr("Create draft"), RevisionMode.EDIT: self.tr("Save"),
                          RevisionMode.ISSUE: self.tr("Issue")}[mode])
        ui.add_change_button.clicked.connect(self._on_add_change_clicked)
        ui.remove_change_button.clicked.connect(self._on_remove_change_clicked)

    # ------------------------------------------------------------------ change log
    def _append_change(self, line: ChangeLine) -> None:
        table = self._ui.changes_table
        row = table.rowCount()
        table.insertRow(row)
        for column, text in enumerate((line.amendment, line.page, line.content, line.note)):
            table.setItem(row, column, QTableWidgetItem(text))

    def add_change(self, line: ChangeLine | None = None) -> None:
        """Add a line to the change log (blank, to be typed in the table)."""
        self._append_change(line or ChangeLine(content=""))

    def _on_add_change_clicked(self) -> None:
        self.add_change()
        table = self._ui.changes_table
        table.setCurrentCell(table.rowCount() - 1, 2)
        if (item := table.item(table.rowCount() - 1, 2)) is not None:
            table.editItem(item)

    def _on_remove_change_clicked(self) -> None:
        rows = sorted({i.row() for i in self._ui.changes_table.selectedIndexes()}, reverse=True)
        if not rows and self._ui.changes_table.currentRow() >= 0:
            rows = [self._ui.changes_table.currentRow()]
        for row in rows:
            self._ui.changes_table.removeRow(row)

    def changes(self) -> tuple[ChangeLine, ...]:
        table = self._ui.changes_table
        lines = []
        for row in range(table.rowCount()):
            cells = [item.text() if (item := table.item(row, c)) is not None else "" for c in range(self._CHANGE_COLUMNS)]
            if not any(cell.strip() for cell in cells):
                continue  # a line added and left empty
            lines.append(ChangeLine(content=cells[2], amendment=cells[0], page=cells[1], note=cells[3]))
        return tuple(lines)

    # ------------------------------------------------------------------ saving
    def field_labels(self) -> dict[str, str]:
        ui = self._ui
        return {"drafted_by_id": label_text(ui.drafted_label), "reviewed_by_id": label_text(ui.reviewed_label),
                "approved_by_id": label_text(ui.approved_label), "decision_id": label_text(ui.decision_label),
                "effective_date": label_text(ui.effective_label), "summary": label_text(ui.summary_label),
                "changes": self._ui.changes_group.title()}

    def item(self) -> RevisionInput:
        ui = self._ui
        return RevisionInput(
            drafted_by_id=combo_id(ui.drafted_combo), reviewed_by_id=combo_id(ui.reviewed_combo),
            approved_by_id=combo_id(ui.approved_combo), decision_id=combo_id(ui.decision_combo),
            effective_date=from_qdate(ui.effective_date.date()) if ui.effective_check.isChecked() else None,
            summary=ui.summary_edit.toPlainText(), changes=self.changes())

    def write(self) -> None:
        docs = self._services.documents
        item = self.item()
        if self.mode is RevisionMode.NEW:
            self.revision = docs.new_revision(self._document.id, item)
        elif self.mode is RevisionMode.EDIT:
            assert self._source is not None
            self.revision = docs.update_revision(self._source.id, item)
        else:
            assert self._source is not None
            self.revision = docs.issue_revision(self._source.id, effective_date=item.effective_date,
                                                decision_id=item.decision_id, approved_by_id=item.approved_by_id)
