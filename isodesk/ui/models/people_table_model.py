"""People (cán bộ) with their QMS roles, and the filter used by Settings → People."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from isodesk.domain.core import Person
from isodesk.domain.formatting import fold
from isodesk.domain.i18n import QT_TRANSLATE_NOOP
from isodesk.ui.labels import steering_label
from isodesk.ui.models.dto_table_model import DtoTableModel, change_filter


def roles_text(person: Person) -> str:
    """"Lãnh đạo, Thư ký ISO, Chuyên gia đánh giá nội bộ" — the roles a person holds."""
    roles = []
    if person.is_leader:
        roles.append(QCoreApplication.translate("PeopleTableModel", "Leader"))
    if person.is_iso_secretary:
        roles.append(QCoreApplication.translate("PeopleTableModel", "ISO secretary"))
    if person.is_internal_auditor:
        roles.append(QCoreApplication.translate("PeopleTableModel", "Internal auditor"))
    return ", ".join(roles)


class PeopleTableModel(DtoTableModel[Person]):
    """Rows of ``Person``; fed by ``AgencyService.people(include_inactive=True)``."""

    class Column(IntEnum):
        NAME = 0
        TITLE = 1
        DEPARTMENT = 2
        ROLES = 3
        STEERING = 4
        STATUS = 5

    _CONTEXT = "PeopleTableModel"
    _HEADERS = (
        QT_TRANSLATE_NOOP("PeopleTableModel", "Full name"),
        QT_TRANSLATE_NOOP("PeopleTableModel", "Position"),
        QT_TRANSLATE_NOOP("PeopleTableModel", "Department"),
        QT_TRANSLATE_NOOP("PeopleTableModel", "Roles in the QMS"),
        QT_TRANSLATE_NOOP("PeopleTableModel", "Steering committee"),
        QT_TRANSLATE_NOOP("PeopleTableModel", "Status"),
    )

    def display(self, row: Person, column: IntEnum) -> str:
        if column == self.Column.NAME:
            return row.full_name
        if column == self.Column.TITLE:
            return row.title
        if column == self.Column.DEPARTMENT:
            return row.department_name
        if column == self.Column.ROLES:
            return roles_text(row)
        if column == self.Column.STEERING:
            return steering_label(row.steering_role)
        return (QCoreApplication.translate("PeopleTableModel", "Working") if row.active
                else QCoreApplication.translate("PeopleTableModel", "Left"))

    def sort_key(self, row: Person, column: IntEnum) -> object:
        if column == self.Column.NAME:
            # Vietnamese names sort by the given name (the last word), then the whole name.
            parts = fold(row.full_name).split()
            return f"{parts[-1] if parts else ''} {' '.join(parts)}"
        return super().sort_key(row, column)

    def filter_columns(self) -> tuple[IntEnum, ...]:
        # "Đang công tác" would match every search for "dang"; the status has its own check box.
        return tuple(c for c in self.Column if c != self.Column.STATUS)

    def tooltip(self, row: Person, column: IntEnum) -> str | None:
        if column == self.Column.ROLES and row.is_internal_auditor and row.auditor_certificate:
            return row.auditor_certificate
        return None


class PeopleFilterProxyModel(QSortFilterProxyModel):
    """Filters people by typed text (accents and case ignored) and hides those who left."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._show_inactive = False
        self.setSortRole(DtoTableModel.SortRole)

    def set_text(self, text: str) -> None:
        change_filter(self, lambda: setattr(self, "_text", fold(text)))

    def set_show_inactive(self, show: bool) -> None:
        change_filter(self, lambda: setattr(self, "_show_inactive", show))

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        person: Person | None = model.data(index, DtoTableModel.RowRole)
        if person is None:
            return False
        if not self._show_inactive and not person.active:
            return False
        if not self._text:
            return True
        haystack = model.data(index, DtoTableModel.FilterRole) or ""
        return all(token in haystack for token in self._text.split())
