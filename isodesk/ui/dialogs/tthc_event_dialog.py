"""Record what a decision of the UBND tỉnh did to one or more TTHC: sửa đổi, bổ sung or bãi bỏ.

A provincial decision usually touches many TTHC at once, so the dialog takes the whole selection;
TTHC that cannot take the change (already abolished, or a later change recorded) are refused up front,
and the selection is written in one transaction (``TthcService.record_events``): a TTHC changed elsewhere
meanwhile leaves every one of them unchanged.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QWidget
from isodesk.domain.i18n import QT_TRANSLATE_NOOP

from isodesk.domain.errors import FieldProblem
from isodesk.domain.formatting import short_date
from isodesk.domain.scope import Tthc, TthcEventKind, TthcStatus
from isodesk.ui.dialogs.form_dialog import FormDialog, Refusal
from isodesk.ui.forms.ui_tthc_event_dialog import Ui_TthcEventDialog
from isodesk.ui.validation import FieldErrors

if TYPE_CHECKING:
    from isodesk.services.registry import Services

_CTX = "TthcEventDialog"

# The changes an existing TTHC can take (a new TTHC is "công bố mới": the add dialog).
EVENT_CHOICES: tuple[tuple[TthcEventKind, str], ...] = (
    (TthcEventKind.AMENDED, QT_TRANSLATE_NOOP("TthcEventDialog", "Amended or supplemented (sửa đổi, bổ sung)")),
    (TthcEventKind.ABOLISHED, QT_TRANSLATE_NOOP("TthcEventDialog", "Abolished (bãi bỏ)")),
)


class TthcEventDialog(FormDialog[Ui_TthcEventDialog]):
    """Amend or abolish the given TTHC with one provincial decision; emits ``recorded`` with their ids."""

    recorded = Signal(tuple)
    """The change was recorded for these TTHC ids."""

    def __init__(self, services: Services, parent: QWidget | None = None, *, targets: Sequence[Tthc],
                 kind: TthcEventKind = TthcEventKind.AMENDED) -> None:
        super().__init__(Ui_TthcEventDialog, parent)
        self._services = services
        self._targets = list(targets)
        ui = self._ui
        ui.hint_label.setObjectName("Muted")
        if len(self._targets) == 1:
            ui.targets_label.setText(self.tr("TTHC:"))
        else:
            ui.targets_label.setText(self.tr("The change applies to these {count} TTHC:").format(
                count=len(self._targets)))
        for t in self._targets:
            ui.targets_list.addItem(f"{t.code} {t.name}")
        for value, label in EVENT_CHOICES:
            ui.kind_combo.addItem(QCoreApplication.translate(_CTX, label), value)
        ui.kind_combo.setCurrentIndex(max(ui.kind_combo.findData(kind), 0))
        ui.date_edit.set_date(date.today())
        self._errors = self.set_fields(ui.form_layout, {
            "kind": ui.kind_combo, "on": ui.date_edit, "decision_ref": ui.decision_ref_edit,
            "decision_date": ui.decision_date_edit, "name": ui.new_name_edit, "note": ui.note_edit,
        })
        self._on_kind_combo_changed(ui.kind_combo.currentIndex())
        ui.kind_combo.currentIndexChanged.connect(self._on_kind_combo_changed)

    def field_errors(self) -> FieldErrors:
        return self._errors

    def _kind(self) -> TthcEventKind:
        return TthcEventKind(self._ui.kind_combo.currentData())

    def _on_kind_combo_changed(self, _index: int) -> None:
        amend = self._kind() is TthcEventKind.AMENDED
        self._ui.form_layout.setRowVisible(self._ui.new_name_edit, amend and len(self._targets) == 1)
        self.setWindowTitle(self.tr("Amend TTHC") if amend else self.tr("Abolish TTHC"))

    def _refusals(self, on: date) -> list[str]:
        """Why some targets cannot take the change (checked before anything is written)."""
        lines = []
        for t in self._targets:
            if t.status is TthcStatus.ABOLISHED:
                lines.append(self.tr("{code} is already abolished.").format(code=t.code))
            elif t.status_date is not None and on < t.status_date:
                lines.append(self.tr("{code} has a change recorded on {date}, after this date.").format(
                    code=t.code, date=short_date(t.status_date)))
        return lines

    def check(self) -> list[FieldProblem]:
        ui = self._ui
        problems = [p for p in (ui.date_edit.problem("on", required=True),
                                ui.decision_date_edit.problem("decision_date")) if p is not None]
        if ui.decision_date_edit.date() is not None and not ui.decision_ref_edit.text().strip():
            problems.append(FieldProblem("decision_ref", "decision_needs_number"))
        return problems

    def write(self) -> None:
        ui = self._ui
        on = ui.date_edit.date()
        assert on is not None
        refusals = self._refusals(on)
        if refusals:
            raise Refusal([self.tr("Nothing was recorded.")] + refusals)
        kind = self._kind()
        ids = [int(t.id) for t in self._targets]  # type: ignore[arg-type]  # a saved record always has its id
        name = (ui.new_name_edit.text().strip() or None) if kind is TthcEventKind.AMENDED and len(ids) == 1 else None
        # One transaction for the whole selection: a TTHC changed elsewhere meanwhile leaves all unchanged.
        self._services.tthc.record_events(ids, kind, on, ui.decision_ref_edit.text(), ui.decision_date_edit.date(),
                                          ui.note_edit.text(), name=name)
        self.recorded.emit(tuple(ids))
