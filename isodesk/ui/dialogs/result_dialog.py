"""Enter the TTHC results of one period and level (DOMAIN.md §2.4): the counts, the totals as the portal
reports them, digitisation; the identities are checked live as the secretary types (which one fails
and by how much), and the service refuses a set that does not add up."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QSpinBox, QWidget

from isodesk.domain import results as d
from isodesk.domain.formatting import format_number
from isodesk.ui.dialogs.form_dialog import FormDialog
from isodesk.ui.forms.ui_result_dialog import Ui_ResultDialog

if TYPE_CHECKING:
    from isodesk.services.registry import Services

OK_STYLE = "color: #1e7b3a;"
BAD_STYLE = "color: #b3261e;"


#: Counts are typed and shown the Vietnamese way (1.512), whatever the computer's locale.
VIETNAMESE = QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam)


def optional(spin: QSpinBox) -> int | None:
    """A spin box whose minimum (-1, shown blank) means "not typed"."""
    return None if spin.value() < 0 else spin.value()


class ResultDialog(FormDialog[Ui_ResultDialog]):
    """Saves through ``ResultsService.save_result``; :attr:`saved` is emitted with the stored set."""

    saved = Signal(object)

    def __init__(self, services: Services, parent: QWidget | None = None, *, result: d.TthcResult | None = None,
                 year: int | None = None) -> None:
        super().__init__(Ui_ResultDialog, parent)
        self._services = services
        self._result = result
        self.stored: d.TthcResult | None = None
        ui = self._ui
        self.setWindowTitle(self.tr("Edit TTHC results") if result else self.tr("Enter TTHC results"))
        for code, label in d.PERIODS.items():
            ui.period_combo.addItem(label, code)
        ui.year_spin.valueChanged.connect(self._on_year_changed)
        item = result or d.TthcResult(None, year or 2026, d.ResultLevel.COMMUNE)
        ui.year_spin.setValue(item.year)
        self._fill_levels(item.year, item.level)
        ui.period_combo.setCurrentIndex(max(ui.period_combo.findData(item.period), 0))
        ui.field_edit.setText(item.field)
        ui.notes_edit.setText(item.notes)
        for name in (*d.COUNT_FIELDS, *d.DIGITISATION_FIELDS, *d.DECLARED_FIELDS):
            spin = self.spin(name)
            value = getattr(item, name)
            spin.setLocale(VIETNAMESE)
            spin.setValue(-1 if value is None else value)
            spin.valueChanged.connect(self._update_check)
        self._update_check()

    def spin(self, name: str) -> QSpinBox:
        """The spin box of a count (tests type into it)."""
        return getattr(self._ui, f"{name}_spin")  # type: ignore[no-any-return]  # the form's *_spin widgets are spin boxes

    def _fill_levels(self, year: int, chosen: d.ResultLevel | None) -> None:
        combo = self._ui.level_combo
        current = chosen or combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for level in d.levels_for(year):
            combo.addItem(level.label, level)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.blockSignals(False)

    def _on_year_changed(self, year: int) -> None:
        self._fill_levels(year, None)

    def value(self) -> d.TthcResult:
        """The set of counts as typed (totals typed are kept only to be checked)."""
        ui = self._ui
        values: dict[str, int | None] = {name: self.spin(name).value() for name in d.COUNT_FIELDS}
        values.update({name: optional(self.spin(name)) for name in (*d.DIGITISATION_FIELDS, *d.DECLARED_FIELDS)})
        level = d.ResultLevel(ui.level_combo.currentData())
        return d.TthcResult(self._result.id if self._result else None, ui.year_spin.value(), level,
                            str(ui.period_combo.currentData()), ui.field_edit.text(), notes=ui.notes_edit.text(),
                            **values)  # type: ignore[arg-type]  # the spin boxes' ints, keyed by field name

    def failures(self) -> list[d.IdentityFailure]:
        return d.identity_failures(self.value())

    def _update_check(self, *_args: object) -> None:
        ui = self._ui
        r = self.value()
        ui.totals_label.setText(self.tr(
            "Computed: total received {total} (carried over {carried} + in period {received}); resolved {resolved}; "
            "pending {pending}. Resolved on time: {on_time}; received online: {online}.").format(
            total=format_number(r.total), carried=format_number(r.carried_over), received=format_number(r.received),
            resolved=format_number(r.resolved), pending=format_number(r.pending), on_time=r.on_time_rate.stated(),
            online=r.online_rate.stated()))
        failures = d.identity_failures(r)
        if failures:
            ui.identity_label.setStyleSheet(BAD_STYLE)
            ui.identity_label.setText("<br>".join(
                ["<b>" + self.tr("The counts do not add up; they cannot be saved:") + "</b>"]
                + [f"• {f.message}" for f in failures]))
        else:
            ui.identity_label.setStyleSheet(OK_STYLE)
            ui.identity_label.setText(self.tr("The counts add up."))

    def write(self) -> bool | None:
        self.stored = self._services.results.save_result(self.value())
        self.saved.emit(self.stored)
        return True
