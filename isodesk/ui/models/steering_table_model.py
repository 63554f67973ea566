"""Members of the Ban Chỉ đạo ISO with their seat and the decision that appointed them."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from enum import IntEnum

from PySide6.QtCore import QCoreApplication

from isodesk.domain.core import Person
from isodesk.domain.i18n import QT_TRANSLATE_NOOP
from isodesk.ui.labels import STEERING_ORDER, steering_label
from isodesk.ui.models.dto_table_model import DtoTableModel, TableColumn


class SteeringTableModel(DtoTableModel[Person]):
    """Rows of seated ``Person``s; ``set_rows(people, decisions)`` names each deciding QĐ."""

    class Column(TableColumn):
        SEAT = QT_TRANSLATE_NOOP("SteeringTableModel", "Seat")
        NAME = QT_TRANSLATE_NOOP("SteeringTableModel", "Full name")
        TITLE = QT_TRANSLATE_NOOP("SteeringTableModel", "Position")
        DECISION = QT_TRANSLATE_NOOP("SteeringTableModel", "Appointed by decision")

    _CONTEXT = "SteeringTableModel"

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)
        self._decisions: dict[int, str] = {}

    def set_rows(self, rows: Sequence[Person], decisions: Mapping[int, str] | None = None) -> None:
        self._decisions = dict(decisions or {})
        seated = sorted((p for p in rows if p.steering_role is not None),
                        key=lambda p: (STEERING_ORDER[p.steering_role], p.full_name))
        super().set_rows(seated)

    def display(self, row: Person, column: IntEnum) -> str:
        if column == self.Column.SEAT:
            return steering_label(row.steering_role)
        if column == self.Column.NAME:
            return row.full_name
        if column == self.Column.TITLE:
            return row.title
        if row.steering_decision_id is None:
            return QCoreApplication.translate("SteeringTableModel", "(no decision recorded)")
        return self._decisions.get(row.steering_decision_id, f"#{row.steering_decision_id}")

    def sort_key(self, row: Person, column: IntEnum) -> object:
        if column == self.Column.SEAT:
            return STEERING_ORDER[row.steering_role]
        return super().sort_key(row, column)
