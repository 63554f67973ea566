"""Qt models of the records list (danh mục hồ sơ): the table and its filter proxy."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import Qt

from isodesk.domain.documents import RecordEntry, StorageForm
from isodesk.domain.formatting import fold
from isodesk.domain.i18n import QT_TRANSLATE_NOOP
from isodesk.ui.labels import retention_text, storage_text
from isodesk.ui.models.dto_table_model import DtoFilterProxyModel, DtoTableModel, natural_key
from isodesk.ui.models.internal_documents_model import MUTED_FG


class RecordsTableModel(DtoTableModel[RecordEntry]):
    """Rows of :class:`RecordEntry` for the records tab (tens to hundreds of lines); fed by :meth:`set_rows`.
    Lines no longer kept (a last year is set) are greyed."""

    class Column(IntEnum):
        CODE = 0
        TITLE = 1
        HEADING = 2
        KEEPER = 3
        LOCATION = 4
        RETENTION = 5
        FORM = 6
        YEARS = 7
        NOTES = 8

    _CONTEXT = "RecordsTableModel"
    _HEADERS = (
        QT_TRANSLATE_NOOP("RecordsTableModel", "Code"),
        QT_TRANSLATE_NOOP("RecordsTableModel", "Record title"),
        QT_TRANSLATE_NOOP("RecordsTableModel", "Heading"),
        QT_TRANSLATE_NOOP("RecordsTableModel", "Kept by"),
        QT_TRANSLATE_NOOP("RecordsTableModel", "Place kept"),
        QT_TRANSLATE_NOOP("RecordsTableModel", "Retention"),
        QT_TRANSLATE_NOOP("RecordsTableModel", "Kept as"),
        QT_TRANSLATE_NOOP("RecordsTableModel", "Years kept"),
        QT_TRANSLATE_NOOP("RecordsTableModel", "Notes"),
    )
    INACTIVE_FOREGROUND = MUTED_FG

    def filter_columns(self) -> tuple[IntEnum, ...]:
        c = self.Column
        return (c.CODE, c.TITLE, c.HEADING, c.KEEPER, c.LOCATION)

    def is_inactive(self, row: RecordEntry) -> bool:
        return row.to_year is not None  # no longer kept

    def tooltip(self, row: RecordEntry, column: IntEnum) -> str | None:
        c = self.Column
        if column in (c.TITLE, c.NOTES, c.HEADING, c.KEEPER, c.LOCATION):
            return self.display(row, column) or None
        return None

    def alignment(self, column: IntEnum) -> Qt.AlignmentFlag | None:
        if column in (self.Column.RETENTION, self.Column.YEARS):
            return Qt.AlignmentFlag.AlignCenter
        return None

    def display(self, row: RecordEntry, column: IntEnum) -> str:
        c = self.Column
        if column == c.CODE:
            return row.code
        if column == c.TITLE:
            return row.title
        if column == c.HEADING:
            return row.heading
        if column == c.KEEPER:
            return row.keeper
        if column == c.LOCATION:
            return row.location
        if column == c.RETENTION:
            return retention_text(row.retention_years)
        if column == c.FORM:
            return storage_text(row.storage_form)
        if column == c.YEARS:
            if row.from_year is None and row.to_year is None:
                return ""
            return f"{row.from_year or '…'}–{row.to_year or '…'}"
        return row.notes

    def sort_key(self, row: RecordEntry, column: IntEnum) -> Any:
        c = self.Column
        if column == c.CODE:
            return "|".join(str(p).zfill(8) if isinstance(p, int) else p for p in natural_key(row.code))
        if column == c.RETENTION:
            return 1000 if row.retention_years is None else row.retention_years
        if column == c.YEARS:
            return row.from_year or 0
        return fold(self.display(row, column))


class RecordsFilterProxyModel(DtoFilterProxyModel):
    """Filters the records list by text (ignoring case and diacritics), department, retention and form;
    sorts on :attr:`RecordsTableModel.SortRole`."""

    RETENTION_PERMANENT = "permanent"
    RETENTION_LIMITED = "limited"

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._department_id: int | None = None
        self._retention: str | None = None
        self._form: StorageForm | None = None

    def set_filters(self, *, text: str | None = None, department_id: int | None | object = ...,
                    retention: str | None | object = ..., form: StorageForm | None | object = ...) -> None:
        """Change any filter (arguments left out keep their value); ``retention`` is
        :attr:`RETENTION_PERMANENT`, :attr:`RETENTION_LIMITED` or None."""
        self._change_filters(text, department_id=department_id, retention=retention, form=form)

    def accepts(self, row: RecordEntry) -> bool:
        if self._department_id is not None and row.department_id != self._department_id:
            return False
        if self._retention == self.RETENTION_PERMANENT and not row.permanent:
            return False
        if self._retention == self.RETENTION_LIMITED and row.permanent:
            return False
        return self._form is None or row.storage_form is self._form
