"""Add or edit one TTHC of the catalogue (with its history), and pick the procedure that handles TTHC."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListView,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from isodesk.domain.documents import DocumentKind, DocumentRow
from isodesk.domain.errors import FieldProblem
from isodesk.domain.formatting import fold, short_date
from isodesk.domain.legal import KNOWN_FIELDS
from isodesk.domain.scope import KNOWN_LEVELS, Tthc, TthcEvent
from isodesk.ui.dialogs.base import BaseDialog
from isodesk.ui.dialogs.form_dialog import FormDialog
from isodesk.ui.dialogs.external_document_dialog import procedure_rows, procedure_text
from isodesk.ui.forms.ui_tthc_dialog import Ui_TthcDialog
from isodesk.ui.models.external_documents_model import ChoiceFilterProxyModel, ChoiceListModel
from isodesk.ui.validation import FieldErrors

if TYPE_CHECKING:
    from isodesk.services.registry import Services


def tthc_procedures(services: Services, keep: int | None = None) -> list[DocumentRow]:
    """Procedures that may handle a TTHC (kind "Quy trình giải quyết TTHC"), plus ``keep`` if another kind."""
    rows = procedure_rows(services, DocumentKind.TTHC_PROCEDURE)
    if keep is not None and all(r.id != keep for r in rows):
        rows += [r for r in procedure_rows(services) if r.id == keep]
    return rows


def fill_procedure_combo(combo: QComboBox, rows: Sequence[DocumentRow], none_text: str) -> None:
    """An editable box listing procedures, searchable anywhere in "code title"; item 0 is "none"."""
    model = ChoiceListModel([(None, none_text), *((row.id, procedure_text(row)) for row in rows)], parent=combo)
    combo.setModel(model)
    completer = QCompleter(model, combo)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    combo.setCompleter(completer)


def combo_choice(combo: QComboBox) -> tuple[bool, int | None]:
    """(ok, id) of an editable procedure box: ok is False when the typed text names no item."""
    text = combo.currentText().strip()
    if not text or combo.findText(text, Qt.MatchFlag.MatchExactly) == 0:
        return True, None
    index = combo.findText(text, Qt.MatchFlag.MatchExactly)
    if index < 0:
        return False, None
    return True, combo.itemData(index)


class TthcDialog(FormDialog[Ui_TthcDialog]):
    """Create (công bố mới) or correct one TTHC; emits ``saved`` with the stored TTHC."""

    saved = Signal(object)
    """The TTHC was saved (the Tthc as stored)."""

    def __init__(self, services: Services, parent: QWidget | None = None, *, tthc: Tthc | None = None) -> None:
        super().__init__(Ui_TthcDialog, parent)
        self._services = services
        self._tthc = tthc
        ui = self._ui
        self.setWindowTitle(self.tr("Edit administrative procedure") if tthc
                            else self.tr("Add administrative procedure (newly announced)"))
        ui.status_label.setObjectName("SectionTitle")

        fields: dict[str, str] = {}
        for name in [*services.tthc.fields(), *KNOWN_FIELDS]:
            fields.setdefault(fold(name), name)
        ui.field_combo.addItems(sorted(fields.values(), key=fold))
        ui.level_combo.addItems(list(KNOWN_LEVELS))
        fill_procedure_combo(ui.procedure_combo, tthc_procedures(services, tthc.procedure_id if tthc else None),
                             self.tr("— none yet —"))

        self._errors = self.set_fields(ui.form_layout, {
            "code": ui.code_edit, "name": ui.name_edit, "field": ui.field_combo, "level": ui.level_combo,
            "decision_ref": ui.decision_ref_edit, "decision_date": ui.decision_date_edit,
            "added_on": ui.added_on_edit, "procedure_id": ui.procedure_combo, "notes": ui.notes_edit,
        })
        self._fill(tthc)

    # ------------------------------------------------------------------ API
    def tthc(self) -> Tthc | None:
        return self._tthc

    def field_errors(self) -> FieldErrors:
        return self._errors

    # ------------------------------------------------------------------ internals
    def _fill(self, tthc: Tthc | None) -> None:
        ui = self._ui
        if tthc is None:
            ui.field_combo.setCurrentText("")
            ui.level_combo.setCurrentText("")
            ui.status_label.setText(self.tr("A new TTHC enters the scope of the QMS on the date of its "
                                            "announcing decision (or the date given)."))
            ui.status_label.setObjectName("Muted")
            ui.history_label.setVisible(False)
            ui.events_tree.setVisible(False)
            ui.history_layout.addStretch(1)
            return
        self._ui.form_layout.setRowVisible(ui.added_on_edit, False)
        ui.code_edit.setText(tthc.code)
        ui.name_edit.setPlainText(tthc.name)
        ui.field_combo.setCurrentText(tthc.field)
        ui.level_combo.setCurrentText(tthc.level)
        ui.decision_ref_edit.setText(tthc.decision_ref)
        ui.decision_date_edit.set_date(tthc.decision_date)
        index = ui.procedure_combo.findData(tthc.procedure_id) if tthc.procedure_id is not None else 0
        ui.procedure_combo.setCurrentIndex(max(index, 0))
        if (line_edit := ui.procedure_combo.lineEdit()) is not None:
            line_edit.setCursorPosition(0)
        ui.procedure_combo.setToolTip(ui.procedure_combo.currentText())
        ui.notes_edit.setPlainText(tthc.notes)
        status = tthc.status.label
        if tthc.status_date:
            status = self.tr("{status} since {date}").format(status=status, date=short_date(tthc.status_date))
        ui.status_label.setText(status)
        for event in self._services.tthc.events(int(tthc.id)):  # type: ignore[arg-type]  # a saved record always has its id
            ui.events_tree.addTopLevelItem(_event_item(event))
        for column, width in ((0, 86), (1, 110)):
            ui.events_tree.setColumnWidth(column, width)

    def check(self) -> list[FieldProblem]:
        ui = self._ui
        problems = [p for p in (ui.decision_date_edit.problem("decision_date"),
                                ui.added_on_edit.problem("added_on")) if p is not None]
        ok, _procedure_id = combo_choice(ui.procedure_combo)
        if not ok:
            problems.append(FieldProblem("procedure_id", "not_found_in_list",
                                         {"value": ui.procedure_combo.currentText()}))
        return problems

    def write(self) -> None:
        ui = self._ui
        _ok, procedure_id = combo_choice(ui.procedure_combo)
        base = self._tthc or Tthc(id=None, code="", name="")
        item = replace(base, code=ui.code_edit.text(), name=ui.name_edit.toPlainText(),
                       field=ui.field_combo.currentText(), level=ui.level_combo.currentText(),
                       decision_ref=ui.decision_ref_edit.text(), decision_date=ui.decision_date_edit.date(),
                       procedure_id=procedure_id, notes=ui.notes_edit.toPlainText(), procedure_label="")
        if self._tthc is None:
            stored = self._services.tthc.save(item, added_on=ui.added_on_edit.date())
        else:
            stored = self._services.tthc.save(item)
        self._tthc = stored
        self.saved.emit(stored)


def _event_item(event: TthcEvent) -> QTreeWidgetItem:
    decision = event.decision_ref
    if event.decision_ref and event.decision_date:
        decision = f"{event.decision_ref} ngày {short_date(event.decision_date)}"
    item = QTreeWidgetItem([short_date(event.on), event.kind.label, decision])
    for column in range(3):
        item.setToolTip(column, "\n".join(t for t in (decision, event.note) if t))
    return item


class ProcedurePickerDialog(BaseDialog):
    """Choose the internal procedure that handles one or more TTHC (or none); emits ``chosen``."""

    chosen = Signal(object)
    """The procedure's internal-document id, or None to unlink."""

    def __init__(self, rows: Sequence[DocumentRow], parent: QWidget | None = None, *,
                 targets: Sequence[Tthc] = (), current: int | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ProcedurePickerDialog")
        self.setWindowTitle(self.tr("Assign the handling procedure"))
        self.resize(640, 520)
        layout = QVBoxLayout(self)
        if len(targets) == 1:
            what = self.tr("Procedure handling {code} {name}:").format(code=targets[0].code, name=targets[0].name)
        else:
            what = self.tr("Procedure handling the {count} selected TTHC:").format(count=len(targets))
        self.intro_label = QLabel(what)
        self.intro_label.setWordWrap(True)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Find a procedure by code or title…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.procedures = ChoiceListModel([(None, self.tr("— no procedure (unlink) —")),
                                           *((row.id, procedure_text(row)) for row in rows)], parent=self)
        self.proxy = ChoiceFilterProxyModel(self, always=(None,))
        self.proxy.setSourceModel(self.procedures)
        self.procedures_list = QListView()
        self.procedures_list.setObjectName("procedures_list")
        self.procedures_list.setWordWrap(True)
        self.procedures_list.setModel(self.proxy)
        self.select(current)
        self.empty_label = QLabel(self.tr("There is no procedure of the kind “TTHC handling procedure” yet. "
                                          "Add it in the Internal documents tab first."))
        self.empty_label.setWordWrap(True)
        self.empty_label.setObjectName("Muted")
        self.empty_label.setVisible(not rows)
        self.button_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.button_box.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Assign"))
        self.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        for widget in (self.intro_label, self.filter_edit, self.procedures_list, self.empty_label, self.button_box):
            layout.addWidget(widget)
        self.filter_edit.textChanged.connect(self._on_filter_edit_text_changed)
        self.procedures_list.doubleClicked.connect(self._on_button_box_accepted)
        self.button_box.accepted.connect(self._on_button_box_accepted)
        self.button_box.rejected.connect(self.reject)

    def select(self, procedure_id: int | None) -> None:
        row = self.procedures.row_of_id(procedure_id)
        if row >= 0:
            self.procedures_list.setCurrentIndex(self.proxy.mapFromSource(self.procedures.index(row)))

    def visible_texts(self) -> list[str]:
        """The procedures the list shows now (after the search)."""
        return [self.proxy.index(r, 0).data() for r in range(self.proxy.rowCount())]

    def _on_filter_edit_text_changed(self, text: str) -> None:
        self.proxy.set_query(text)
        if self.proxy.rowCount() and not self.procedures_list.currentIndex().isValid():
            self.procedures_list.setCurrentIndex(self.proxy.index(0, 0))

    def _on_button_box_accepted(self, *_args: object) -> None:
        index = self.procedures_list.currentIndex()
        if not index.isValid():
            return
        self.chosen.emit(index.data(ChoiceListModel.IdRole))
        self.accept()

