"""Dialogs of the internal audit and of corrective action: the audit round (scope, team), a finding,
the phiếu yêu cầu hành động khắc phục, and its effectiveness check. Each saves through its service;
a refusal shows its Vietnamese reason under the form and nothing is saved."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from isodesk.domain import audit as a
from isodesk.domain.documents import DocumentKind
from isodesk.domain.errors import FieldProblem, IsodeskError
from isodesk.domain.formatting import short_date
from isodesk.ui.dialogs.form_dialog import FormDialog
from isodesk.ui.forms.ui_audit_round_dialog import Ui_AuditRoundDialog
from isodesk.ui.forms.ui_effectiveness_dialog import Ui_EffectivenessDialog
from isodesk.ui.forms.ui_finding_dialog import Ui_FindingDialog
from isodesk.ui.forms.ui_nonconformity_dialog import Ui_NonconformityDialog
from isodesk.ui.errors import show_error
from isodesk.ui.widgets.field_values import show_fields

if TYPE_CHECKING:
    from isodesk.services.registry import Services


def _check_list(widget: QListWidget, items: Sequence[tuple[str, object]], chosen: Collection[object]) -> None:
    widget.clear()
    for text, data in items:
        item = QListWidgetItem(text, widget)
        item.setData(Qt.ItemDataRole.UserRole, data)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if data in chosen else Qt.CheckState.Unchecked)


def _checked(widget: QListWidget) -> list[object]:
    return [widget.item(i).data(Qt.ItemDataRole.UserRole) for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked]


def _fill(combo: QComboBox, items: Sequence[tuple[str, object]], current: object, *, blank: str | None = None) -> None:
    combo.clear()
    if blank is not None:
        combo.addItem(blank, None)
    for text, data in items:
        combo.addItem(text, data)
    index = combo.findData(current) if current is not None else 0
    combo.setCurrentIndex(max(0, index))


def _date_problems(*edits: tuple[str, object, bool]) -> list[FieldProblem]:
    problems = []
    for name, edit, required in edits:
        problem = edit.problem(name, required=required)  # type: ignore[attr-defined]  # every edit named here is a DateEdit
        if problem:
            problems.append(problem)
    return problems


class AuditRoundDialog(FormDialog[Ui_AuditRoundDialog]):
    """Add or edit an audit round: dates, purpose, criteria, scope (departments, clauses) and the team
    (only people with an internal-auditor certificate are offered)."""

    def __init__(self, services: Services, parent: QWidget | None = None, *, item: a.AuditRound | None = None,
                 year: int | None = None) -> None:
        super().__init__(Ui_AuditRoundDialog, parent)
        ui = self._ui
        self._services = services
        self._saved: a.AuditRound | None = None
        departments = services.audits.departments()
        auditors = services.audits.auditors()
        if item is None:
            chosen_year = year or date.today().year
            start = date(chosen_year, 10, 20)
            item = a.AuditRound(None, chosen_year, start, date(chosen_year, 10, 22), department_ids=tuple(departments))
            self.setWindowTitle(self.tr("New audit round"))
        else:
            self.setWindowTitle(self.tr("Audit round {title}").format(title=item.title))
        self._item = item
        ui.year_spin.setValue(item.year)
        ui.start_edit.set_date(item.start_date)
        ui.end_edit.set_date(item.end_date)
        ui.purpose_edit.setPlainText(item.purpose)
        ui.criteria_edit.setPlainText(item.criteria)
        ui.processes_edit.setText(item.processes)
        people = [(f"{x.full_name} — {self._department_of(x, departments)}", x.id) for x in auditors]
        _fill(ui.leader_combo, people, item.leader_id, blank=self.tr("(choose)"))
        _check_list(ui.departments_list, [(name, i) for i, name in departments.items()], set(item.department_ids))
        _check_list(ui.members_list, people, set(item.member_ids))
        _check_list(ui.clauses_list, [(a.clause_label(n) + (" " + self.tr("(usually excluded)") if ex else ""), n)
                                      for n, _t, ex in a.ISO_CLAUSES], set(item.clauses))
        self.set_fields(ui.form_layout, {
            "year": ui.year_spin, "start_date": ui.start_edit, "end_date": ui.end_edit, "purpose": ui.purpose_edit,
            "criteria": ui.criteria_edit, "processes": ui.processes_edit, "leader_id": ui.leader_combo,
        }).mark_required("start_date", "end_date", "purpose", "leader_id")

    @staticmethod
    def _department_of(person: a.Auditor, departments: dict[int, str]) -> str:
        return departments.get(person.department_id or -1, "")

    def saved(self) -> a.AuditRound | None:
        return self._saved

    def check(self) -> list[FieldProblem]:
        ui = self._ui
        return _date_problems(("start_date", ui.start_edit, True), ("end_date", ui.end_edit, True))

    def write(self) -> bool | None:
        ui = self._ui
        leader = ui.leader_combo.currentData()
        item = replace(self._item, year=ui.year_spin.value(), start_date=ui.start_edit.date() or self._item.start_date,
                       end_date=ui.end_edit.date() or self._item.end_date, purpose=ui.purpose_edit.toPlainText(),
                       criteria=ui.criteria_edit.toPlainText(), processes=ui.processes_edit.text(),
                       leader_id=leader, member_ids=tuple(i for i in _checked(ui.members_list) if i != leader),  # type: ignore[misc]  # the list items carry int ids
                       department_ids=tuple(_checked(ui.departments_list)),  # type: ignore[arg-type]  # the list items carry int ids
                       clauses=tuple(_checked(ui.clauses_list)))  # type: ignore[arg-type]  # the list items carry clause numbers
        self._saved = self._services.audits.save_round(item)
        return None


class FindingDialog(FormDialog[Ui_FindingDialog]):
    """Record a finding of a round (không phù hợp or điểm lưu ý) for a department in scope."""

    def __init__(self, services: Services, round_: a.AuditRound, parent: QWidget | None = None, *,
                 item: a.Finding | None = None) -> None:
        super().__init__(Ui_FindingDialog, parent)
        ui = self._ui
        self._services = services
        self._saved: a.Finding | None = None
        if item is None:
            first = round_.department_ids[0] if round_.department_ids else 0
            item = a.Finding(None, round_.id or 0, a.FindingKind.NONCONFORMITY, first, "7.5", "",
                             min(max(date.today(), round_.start_date), round_.end_date))
            self.setWindowTitle(self.tr("New finding"))
        else:
            self.setWindowTitle(self.tr("Edit finding"))
        self._item = item
        _fill(ui.kind_combo, [(self.tr("Nonconformity"), a.FindingKind.NONCONFORMITY),
                              (self.tr("Observation (recommendation)"), a.FindingKind.OBSERVATION)], item.kind)
        _fill(ui.department_combo, list(zip(round_.department_names, round_.department_ids)), item.department_id)
        _fill(ui.clause_combo, [(a.clause_label(c), c) for c in sorted(round_.clauses, key=a.clause_key)], item.clause)
        people = services.audits.people()
        _fill(ui.found_by_combo, [(people[i].full_name, i) for i in round_.team_ids if i in people], item.found_by_id,
              blank=self.tr("(not given)"))
        ui.found_on_edit.set_date(item.found_on)
        ui.description_edit.setPlainText(item.description)
        ui.evidence_edit.setPlainText(item.evidence)
        ui.requirement_edit.setText(item.requirement)
        ui.confirmed_by_edit.setText(item.confirmed_by)
        self.set_fields(ui.form_layout, {
            "kind": ui.kind_combo, "department_id": ui.department_combo, "clause": ui.clause_combo,
            "found_on": ui.found_on_edit, "found_by_id": ui.found_by_combo, "description": ui.description_edit,
            "evidence": ui.evidence_edit, "requirement": ui.requirement_edit, "confirmed_by": ui.confirmed_by_edit,
        }).mark_required("department_id", "clause", "found_on", "description")

    def saved(self) -> a.Finding | None:
        return self._saved

    def check(self) -> list[FieldProblem]:
        return _date_problems(("found_on", self._ui.found_on_edit, True))

    def write(self) -> bool | None:
        ui = self._ui
        item = replace(self._item, kind=a.FindingKind(ui.kind_combo.currentData()),
                       department_id=ui.department_combo.currentData(), clause=ui.clause_combo.currentData() or "",
                       found_on=ui.found_on_edit.date() or self._item.found_on, found_by_id=ui.found_by_combo.currentData(),
                       description=ui.description_edit.toPlainText(), evidence=ui.evidence_edit.toPlainText(),
                       requirement=ui.requirement_edit.text(), confirmed_by=ui.confirmed_by_edit.text())
        self._saved = self._services.audits.save_finding(item)
        return None


_PROCEDURE_KINDS = (DocumentKind.SYSTEM_PROCEDURE, DocumentKind.INTERNAL_PROCEDURE, DocumentKind.TTHC_PROCEDURE)


class NonconformityDialog(FormDialog[Ui_NonconformityDialog]):
    """The phiếu yêu cầu hành động khắc phục (DOMAIN.md §6.3). The state moves on from the register
    (Next step, Effectiveness check); a closed phiếu is shown read-only."""

    def __init__(self, services: Services, parent: QWidget | None = None, *, item: a.Nonconformity | None = None,
                 today: date | None = None) -> None:
        super().__init__(Ui_NonconformityDialog, parent)
        ui = self._ui
        self._services = services
        self._saved: a.Nonconformity | None = None
        today = today or date.today()
        if item is None:
            departments = services.audits.departments()
            item = a.Nonconformity(None, 0, 0, today, next(iter(departments), 0), a.NcSource.SELF_FOUND, "")
            self.setWindowTitle(self.tr("New corrective action request"))
        else:
            self.setWindowTitle(self.tr("Corrective action request {number}").format(number=item.number_text))
        self._item = item
        ui.state_label.setObjectName("Muted")
        state = item.state.label + (" — " + self.tr("overdue") if a.is_overdue(item, today) else "")
        ui.state_label.setText(self.tr("State: {state}").format(state=state))
        departments = services.audits.departments()
        _fill(ui.department_combo, [(n, i) for i, n in departments.items()], item.department_id)
        _fill(ui.source_combo, [(s.label, s) for s in a.NcSource], item.source)
        _fill(ui.cause_category_combo, [(c.label, c) for c in a.CauseCategory], item.cause_category,
              blank=self.tr("(not given)"))
        people = services.audits.people()
        _fill(ui.owner_combo, sorted(((p.full_name, i) for i, p in people.items()), key=lambda t: t[0]),
              item.action_owner_id, blank=self.tr("(choose)"))
        show_fields(ui, item, "raised_on", "description", "requirement", "found_by", "confirmation", "correction",
                    "cause", "action", "approved_by", "approved_on", "result", "done_on", "follow_up")
        ui.due_edit.set_date(item.due_date)
        if item.check_on is not None:
            verdict = self.tr("effective") if item.check_passed else self.tr("not effective")
            ui.check_value_label.setText(f"{item.check_by_name}, {short_date(item.check_on)}: {verdict}. {item.check_notes}")
        else:
            ui.check_value_label.setText(self.tr("Not checked yet"))
        ui.attempts_value_label.setText(item.past_attempts or "—")
        self.set_fields([ui.left_form, ui.right_form], {
            "raised_on": ui.raised_on_edit, "department_id": ui.department_combo, "source": ui.source_combo,
            "description": ui.description_edit, "requirement": ui.requirement_edit, "found_by": ui.found_by_edit,
            "confirmation": ui.confirmation_edit, "correction": ui.correction_edit,
            "cause_category": ui.cause_category_combo, "cause": ui.cause_edit, "action": ui.action_edit,
            "action_owner_id": ui.owner_combo, "due_date": ui.due_edit, "approved_by": ui.approved_by_edit,
            "approved_on": ui.approved_on_edit, "result": ui.result_edit, "done_on": ui.done_on_edit,
            "follow_up": ui.follow_up_edit, "check_passed": ui.check_value_label,
        }).mark_required("raised_on", "department_id", "description")
        if item.state is a.NcState.CLOSED:
            self.ok_button().setEnabled(False)
        self._today = today
        self.child_dialog: QWidget | None = None
        self._build_links()

    def saved(self) -> a.Nonconformity | None:
        return self._saved

    # ------------------------------------------------------------------ links (risk register, documents)
    def _build_links(self) -> None:
        """"Liên kết": the risk entries and the document revisions this phiếu raised (ISO 9001 10.2.1 e, f),
        and the two buttons that make them. Under the form, above OK/Cancel."""
        box = QGroupBox(self.tr("Links"), self)
        box.setObjectName("links_box")
        layout = QVBoxLayout(box)
        self.links_label = QLabel(box)
        self.links_label.setWordWrap(True)
        self.links_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.links_label)
        row = QHBoxLayout()
        self.risk_button = QPushButton(self.tr("Record in the risk register…"), box)
        self.risk_button.setToolTip(self.tr("Add an entry to the risk and opportunity register, linked to this form"))
        self.document_combo = QComboBox(box)
        self.document_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.document_combo.setMinimumContentsLength(30)
        self.revise_button = QPushButton(self.tr("Revise the document…"), box)
        self.revise_button.setToolTip(self.tr("Open a revision of the chosen internal document, linked to this form"))
        row.addWidget(self.risk_button)
        row.addSpacing(12)
        row.addWidget(QLabel(self.tr("Document:"), box))
        row.addWidget(self.document_combo, 1)
        row.addWidget(self.revise_button)
        layout.addLayout(row)
        main = self._ui.main_layout
        main.insertWidget(main.indexOf(self._ui.button_box), box)
        choices = [a.DocumentChoice(r.id, r.code, r.title, r.department_name, r.kind in _PROCEDURE_KINDS)
                   for r in self._services.documents.list_documents()]
        for choice in sorted(choices, key=lambda c: (not c.procedure, c.code)):
            self.document_combo.addItem(f"{choice.code} {choice.title}".strip(), choice.id)
        suggested = a.suggest_document(self._item, choices)
        if suggested is not None:
            self.document_combo.setCurrentIndex(self.document_combo.findData(suggested))
        saved = self._item.id is not None
        self.risk_button.setEnabled(saved)
        self.revise_button.setEnabled(saved and self.document_combo.count() > 0)
        self.risk_button.clicked.connect(self.record_risk)
        self.revise_button.clicked.connect(self.revise_document)
        self.show_links()

    def show_links(self) -> None:
        """List the risk entries and document revisions linked to the phiếu."""
        nc_id = self._item.id
        if nc_id is None:
            self.links_label.setText(self.tr("Save the form first; then it can raise a risk entry or a document "
                                             "revision."))
            return
        lines = []
        for entry in self._services.risks.linked_to("nonconformity", nc_id):
            level = f" ({entry.level_label})" if entry.level_label else ""
            lines.append(self.tr("Risk register {year}: {issue}{level}").format(
                year=entry.year, issue=entry.issue, level=level))
        for link in self._services.nonconformities.document_links(nc_id):
            details = self._services.documents.get_document(link.document_id)
            revision = next((r for r in details.revisions if r.id == link.revision_id), None)
            state = (self.tr("revision {number}, {status}").format(number=f"{revision.number:02d}",
                                                                    status=revision.status.label)
                     if revision is not None else self.tr("no revision yet"))
            lines.append(self.tr("Document: {code} {title} — {state}").format(
                code=details.code, title=details.title, state=state))
        self.links_label.setText("\n".join(lines) if lines else self.tr("No link yet."))

    def record_risk(self) -> QWidget | None:
        """Open a new entry of the risk register prefilled from the phiếu and linked to it."""
        from isodesk.domain import risks as r
        from isodesk.ui.dialogs.risk_dialogs import RiskEntryDialog

        item = self._item
        if item.id is None:
            return None
        entry = r.RiskEntry(None, item.year, r.RiskGroup.INTERNAL, item.description, department_id=item.department_id,
                            impact=item.cause, notes=f"Từ phiếu yêu cầu hành động khắc phục số {item.number_text}",
                            source_kind="nonconformity", source_id=item.id)
        dialog = RiskEntryDialog(self._services, self, year=item.year, entry=entry)
        dialog.setWindowTitle(self.tr("Record in the risk register"))
        dialog.saved.connect(lambda _entry: self._linked(self.tr("Recorded in the risk register {year}.").format(
            year=item.year)))
        return self._open_child(dialog)

    def revise_document(self) -> QWidget | None:
        """Open the revision of the chosen document (its open draft, else a new one); saving it records
        the link."""
        from isodesk.domain.documents import ChangeLine
        from isodesk.ui.dialogs.revision_dialog import RevisionDialog, RevisionMode

        item = self._item
        document_id = self.document_combo.currentData()
        if item.id is None or document_id is None:
            return None
        details = self._services.documents.get_document(document_id)
        draft = details.open_revision
        dialog = RevisionDialog(self._services, details, draft, self,
                                mode=RevisionMode.EDIT if draft is not None else RevisionMode.NEW, today=self._today)
        reason = f"Sửa đổi theo Phiếu yêu cầu hành động khắc phục số {item.number_text}"
        if all(reason not in line.content for line in dialog.changes()):
            dialog.add_change(ChangeLine(reason))
        nc_id = item.id

        def record() -> None:
            if dialog.revision is None:
                return
            try:
                self._services.nonconformities.link_document(nc_id, document_id, dialog.revision.id, self._today)
            except IsodeskError as exc:  # the revision is saved; only the link was refused (shown, nothing linked)
                show_error(self, self.tr("Cannot record the link"), exc)
                return
            self._linked(self.tr("Revise {code} (revision {number}).").format(
                code=details.code, number=f"{dialog.revision.number:02d}"))

        dialog.accepted.connect(record)
        return self._open_child(dialog)

    def _open_child(self, dialog: QWidget) -> QWidget:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.child_dialog = dialog
        dialog.open()  # type: ignore[attr-defined]  # every child is a QDialog
        return dialog

    def _linked(self, note: str) -> None:
        # The phiếu's "Cập nhật rủi ro, cơ hội / thay đổi HTQLCL" says what was done (saved with OK).
        edit = self._ui.follow_up_edit
        current = edit.text().strip()
        if note not in current:
            edit.setText(f"{current} {note}".strip())
        self.show_links()

    def check(self) -> list[FieldProblem]:
        ui = self._ui
        return _date_problems(("raised_on", ui.raised_on_edit, True), ("due_date", ui.due_edit, False),
                              ("approved_on", ui.approved_on_edit, False), ("done_on", ui.done_on_edit, False))

    def write(self) -> bool | None:
        ui = self._ui
        category = ui.cause_category_combo.currentData()
        item = replace(self._item, raised_on=ui.raised_on_edit.date() or self._item.raised_on, department_id=ui.department_combo.currentData(),
                       source=a.NcSource(ui.source_combo.currentData()), description=ui.description_edit.toPlainText(),
                       requirement=ui.requirement_edit.text(), found_by=ui.found_by_edit.text(),
                       confirmation=ui.confirmation_edit.text(), correction=ui.correction_edit.toPlainText(),
                       cause_category=a.CauseCategory(category) if category else None,
                       cause=ui.cause_edit.toPlainText(), action=ui.action_edit.toPlainText(),
                       action_owner_id=ui.owner_combo.currentData(), due_date=ui.due_edit.date(),
                       approved_by=ui.approved_by_edit.text(), approved_on=ui.approved_on_edit.date(),
                       result=ui.result_edit.toPlainText(), done_on=ui.done_on_edit.date(),
                       follow_up=ui.follow_up_edit.text())
        self._saved = self._services.nonconformities.save(item)
        return None


class EffectivenessDialog(FormDialog[Ui_EffectivenessDialog]):
    """Kiểm tra, xác nhận hiệu lực: "đạt" closes the phiếu, "không đạt" sends it back with a new action."""

    def __init__(self, services: Services, item: a.Nonconformity, parent: QWidget | None = None, *,
                 today: date | None = None) -> None:
        super().__init__(Ui_EffectivenessDialog, parent)
        ui = self._ui
        self._services = services
        self._item = item
        self._saved: a.Nonconformity | None = None
        self.setWindowTitle(self.tr("Effectiveness check of form {number}").format(number=item.number_text))
        people = services.audits.people()
        # The person who carried out the action is not offered: someone else must check (10.2.1 d).
        _fill(ui.checker_combo, sorted(((p.full_name, i) for i, p in people.items() if i != item.action_owner_id),
                                       key=lambda t: t[0]), None, blank=self.tr("(choose)"))
        ui.check_on_edit.set_date(today or date.today())
        _fill(ui.result_combo, [(self.tr("Effective: close the form"), True),
                                (self.tr("Not effective: back with a new action"), False)], True)
        ui.result_combo.currentIndexChanged.connect(self._on_result_changed)
        self.set_fields(ui.form_layout, {
            "check_by_id": ui.checker_combo, "check_on": ui.check_on_edit, "check_passed": ui.result_combo,
            "check_notes": ui.notes_edit, "action": ui.new_action_edit, "due_date": ui.new_due_edit,
        }).mark_required("check_by_id", "check_on")
        self._on_result_changed(0)

    def saved(self) -> a.Nonconformity | None:
        return self._saved

    def _on_result_changed(self, _index: int) -> None:
        failed = self._ui.result_combo.currentData() is False
        for widget in (self._ui.new_action_edit, self._ui.new_due_edit):
            widget.setEnabled(failed)

    def check(self) -> list[FieldProblem]:
        ui = self._ui
        problems = _date_problems(("check_on", ui.check_on_edit, True), ("due_date", ui.new_due_edit, False))
        if ui.checker_combo.currentData() is None:
            problems.append(FieldProblem("check_by_id", "required"))
        return problems

    def write(self) -> bool | None:
        ui = self._ui
        self._saved = self._services.nonconformities.record_check(
            self._item.id or 0, checker_id=ui.checker_combo.currentData(), on=ui.check_on_edit.date() or date.today(),
            passed=bool(ui.result_combo.currentData()), notes=ui.notes_edit.toPlainText(),
            new_action=ui.new_action_edit.toPlainText(), new_due=ui.new_due_edit.date())
        return None
