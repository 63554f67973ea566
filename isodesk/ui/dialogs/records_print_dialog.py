"""Before printing the NĐ 30 DANH MỤC HỒ SƠ: which year, and (optionally) the Quyết định it is issued with,
so the line "(Kèm theo Quyết định số … ngày … của …)" carries its number and date instead of dots."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from isodesk.domain.core import IssuedDocStatus, IssuedDocType
from isodesk.ui.dialogs.base import BaseDialog
from isodesk.ui.dialogs.documents_common import combo_id, decision_items, fill_combo
from isodesk.ui.forms.ui_records_print_dialog import Ui_RecordsPrintDialog

if TYPE_CHECKING:
    from isodesk.services.registry import Services


class RecordsPrintDialog(BaseDialog):
    """Pick the year and the decision; the caller reads :meth:`year` and :meth:`decision_id` once accepted."""

    def __init__(self, services: Services, years: Sequence[int], year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ui = Ui_RecordsPrintDialog()
        self._ui.setupUi(self)
        ui = self._ui
        fill_combo(ui.year_combo, [(str(y), y) for y in sorted(set(years) | {year}, reverse=True)], year)
        # Newest first, as the register lists them; a draft has no number to print yet.
        decisions = [d for d in services.register.list(doc_type=IssuedDocType.DECISION)
                     if d.status is IssuedDocStatus.ISSUED]
        fill_combo(ui.decision_combo, decision_items(decisions), None,
                   none_text=self.tr("(none: leave the line to fill in by hand)"))
        ui.hint_label.setObjectName("Muted")
        ui.button_box.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Preview…"))
        ui.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        ui.button_box.accepted.connect(self.accept)
        ui.button_box.rejected.connect(self.reject)

    @property
    def ui(self) -> Ui_RecordsPrintDialog:
        return self._ui

    def year(self) -> int:
        return int(self._ui.year_combo.currentData())

    def decision_id(self) -> int | None:
        """The Quyết định chosen (None: none)."""
        return combo_id(self._ui.decision_combo)

    def set_decision(self, decision_id: int | None) -> bool:
        """Choose a decision by id (for callers and tests); False when it is not offered."""
        index = 0 if decision_id is None else self._ui.decision_combo.findData(decision_id)
        if index < 0:
            return False
        self._ui.decision_combo.setCurrentIndex(index)
        return True
