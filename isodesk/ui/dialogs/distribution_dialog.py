"""Distribution of a revision in force: give copies (phân phối), confirm a receipt (xác nhận đã nhận),
take old copies back (thu hồi)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidgetItem, QWidget

from isodesk.domain.documents import Distribution, DistributionInput, DocumentDetails, DocumentRevision
from isodesk.domain.errors import DomainError, FieldProblem
from isodesk.domain.formatting import fold, short_date
from isodesk.ui.dialogs.documents_common import (
    combo_id,
    fill_combo,
    from_qdate,
    label_text,
    people_items,
    to_qdate,
)
from isodesk.ui.dialogs.form_dialog import FormDialog
from isodesk.ui.forms.ui_acknowledge_dialog import Ui_AcknowledgeDialog
from isodesk.ui.forms.ui_distribution_dialog import Ui_DistributionDialog
from isodesk.ui.forms.ui_recall_dialog import Ui_RecallDialog

if TYPE_CHECKING:
    from isodesk.services.registry import Services

_ID = Qt.ItemDataRole.UserRole
_DEPARTMENT = Qt.ItemDataRole.UserRole + 1


def _check_item(text: str, data: object, checked: bool = False) -> QListWidgetItem:
    item = QListWidgetItem(text)
    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
    item.setData(_ID, data)
    return item


class DistributionDialog(FormDialog[Ui_DistributionDialog]):
    """Pick departments and/or people, the copies each, the date: one distribution row per recipient."""

    def __init__(self, services: Services, document: DocumentDetails, revision: DocumentRevision,
                 parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(Ui_DistributionDialog, parent)
        self.set_ok_text(self.tr("Distribute"))
        self._services = services
        self._revision = revision
        self.distributions: list[Distribution] = []
        ui = self._ui
        self.setWindowTitle(self.tr("Distribute {code}").format(code=document.code))
        ui.info_label.setText(self.tr("{code} – {title} · revision {number}, in force from {date}").format(
            code=document.code, title=document.title, number=f"{revision.number:02d}",
            date=short_date(revision.effective_date) if revision.effective_date else "…"))
        holders = {(d.department_id, d.person_id) for d in document.distributions
                   if d.revision_id == revision.id and d.recalled_on is None}
        for dep in services.agency.departments():
            item = _check_item(dep.name, dep.id)
            if (dep.id, None) in holders:
                item.setText(self.tr("{name} (already has copies)").format(name=dep.name))
            ui.departments_list.addItem(item)
        for person in services.agency.people():
            text = f"{person.full_name} – {person.title}" if person.title else person.full_name
            if person.department_name:
                text += f" ({person.department_name})"
            item = _check_item(text, person.id)
            item.setData(_DEPARTMENT, person.department_id)
            ui.people_list.addItem(item)
        start = max(today or date.today(), revision.effective_date or date.min)
        ui.date_edit.setDate(to_qdate(start))
        ui.departments_list.itemChanged.connect(self._on_item_changed)
        ui.people_list.itemChanged.connect(self._on_item_changed)
        ui.people_filter_edit.textChanged.connect(self._on_people_filter_changed)
        self._on_item_changed(None)

    def set_checked(self, *, departments: Sequence[int] = (), people: Sequence[int] = ()) -> None:
        """Tick recipients by id (for callers and tests)."""
        for widget, ids in ((self._ui.departments_list, departments), (self._ui.people_list, people)):
            for row in range(widget.count()):
                item = widget.item(row)
                if item.data(_ID) in ids:
                    item.setCheckState(Qt.CheckState.Checked)

    def _checked(self, widget) -> list[QListWidgetItem]:
        return [widget.item(r) for r in range(widget.count())
                if widget.item(r).checkState() == Qt.CheckState.Checked]

    def _on_item_changed(self, _item: object) -> None:
        count = len(self._checked(self._ui.departments_list)) + len(self._checked(self._ui.people_list))
        self._ui.selection_label.setText(self.tr("{count} recipient(s) chosen.").format(count=count))
        self.ok_button().setEnabled(count > 0)

    def _on_people_filter_changed(self, text: str) -> None:
        tokens = fold(text).split()
        for row in range(self._ui.people_list.count()):
            item = self._ui.people_list.item(row)
            key = fold(item.text())
            item.setHidden(not all(t in key for t in tokens))

    def recipients(self) -> list[DistributionInput]:
        ui = self._ui
        given = from_qdate(ui.date_edit.date())
        copies = ui.copies_spin.value()
        notes = ui.notes_edit.text()
        out = [DistributionInput(given, department_id=item.data(_ID), copies=copies, notes=notes)
               for item in self._checked(ui.departments_list)]
        out += [DistributionInput(given, department_id=item.data(_DEPARTMENT), person_id=item.data(_ID),
                                  copies=copies, notes=notes)
                for item in self._checked(ui.people_list)]
        return out

    def field_labels(self) -> dict[str, str]:
        ui = self._ui
        return {"given_on": label_text(ui.date_label), "copies": label_text(ui.copies_label),
                "department_id": label_text(ui.departments_label), "person_id": label_text(ui.people_label)}

    def write(self) -> None:
        recipients = self.recipients()
        if not recipients:
            raise DomainError("validation", [FieldProblem("department_id", "recipient_required")])
        try:
            self.distributions = self._services.documents.distribute(self._revision.id, recipients)
        except DomainError as exc:
            # The problems name recipients by position; one date and one copy count apply to all, so
            # the same message would repeat per recipient: show each once, without the position.
            if not exc.problems:
                raise
            raise DomainError(exc.code, list({(p.field, p.code): FieldProblem(p.field, p.code, p.params)
                                              for p in exc.problems}.values()), **exc.params) from exc


class AcknowledgeDialog(FormDialog[Ui_AcknowledgeDialog]):
    """Record that a recipient signed for the copies: the date and who signed."""

    def __init__(self, services: Services, distribution: Distribution, parent: QWidget | None = None,
                 *, today: date | None = None) -> None:
        super().__init__(Ui_AcknowledgeDialog, parent)
        self.set_ok_text(self.tr("Confirm"))
        self._services = services
        self._distribution = distribution
        self.result_row: Distribution | None = None
        self.setWindowTitle(self.tr("Confirm receipt"))
        self._ui.info_label.setText(self.tr("{holder} received {copies} copy(ies) of revision {number}, given on "
                                            "{date}.").format(holder=distribution.holder, copies=distribution.copies,
                                                              number=f"{distribution.revision_number:02d}",
                                                              date=short_date(distribution.given_on)))
        day = max(today or date.today(), distribution.given_on)
        self._ui.date_edit.setDate(to_qdate(day))
        people = services.agency.people()
        signer = distribution.person_id or next(
            (p.id for p in people if distribution.department_id and p.department_id == distribution.department_id
             and p.is_leader), None)
        fill_combo(self._ui.person_combo, people_items(people, signer), signer, none_text=self.tr("(not recorded)"))

    def field_labels(self) -> dict[str, str]:
        return {"on": label_text(self._ui.date_label), "by_person_id": label_text(self._ui.person_label)}

    def write(self) -> None:
        self.result_row = self._services.documents.acknowledge(
            self._distribution.id, from_qdate(self._ui.date_edit.date()), combo_id(self._ui.person_combo))


class RecallDialog(FormDialog[Ui_RecallDialog]):
    """Take copies back: the holders to recall are ticked; one date for all."""

    def __init__(self, services: Services, holders: Sequence[Distribution], parent: QWidget | None = None, *,
                 checked: Sequence[int] | None = None, today: date | None = None) -> None:
        super().__init__(Ui_RecallDialog, parent)
        self.set_ok_text(self.tr("Recall"))
        self._services = services
        self.recalled: list[Distribution] = []
        self.setWindowTitle(self.tr("Recall copies"))
        self._ui.info_label.setText(self.tr("Tick the copies taken back. Copies of revisions no longer in force "
                                            "are ticked already."))
        wanted = set(checked) if checked is not None else {h.id for h in holders}
        latest = date.min
        for holder in holders:
            text = self.tr("{holder} – {copies} copy(ies) of revision {number}, given on {date}").format(
                holder=holder.holder, copies=holder.copies, number=f"{holder.revision_number:02d}",
                date=short_date(holder.given_on))
            self._ui.holders_list.addItem(_check_item(text, holder.id, holder.id in wanted))
            latest = max(latest, holder.given_on)
        self._ui.date_edit.setDate(to_qdate(max(today or date.today(), latest)))

    def checked_ids(self) -> list[int]:
        widget = self._ui.holders_list
        return [widget.item(r).data(_ID) for r in range(widget.count())
                if widget.item(r).checkState() == Qt.CheckState.Checked]

    def save(self) -> bool:
        if not self.checked_ids():
            self._ui.error_label.setText(self.tr("Tick at least one copy to recall."))
            self._ui.error_label.setVisible(True)
            return False
        return super().save()

    def field_labels(self) -> dict[str, str]:
        return {"on": label_text(self._ui.date_label)}

    def write(self) -> None:
        try:
            self.recalled = self._services.documents.recall(self.checked_ids(), from_qdate(self._ui.date_edit.date()))
        except DomainError as exc:
            if not exc.problems:
                raise
            # the "row" of a recall problem is a distribution id, not a line number
            raise DomainError(exc.code, [FieldProblem(p.field, p.code, p.params) for p in exc.problems],
                              **exc.params) from exc
