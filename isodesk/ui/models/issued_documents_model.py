"""The issued-documents register (Văn bản HTQLCL đã ban hành) as a table, and its filter."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from isodesk.domain.core import IssuedDocStatus, IssuedDocType, IssuedDocument
from isodesk.domain.formatting import fold, short_date
from isodesk.domain.i18n import QT_TRANSLATE_NOOP
from isodesk.ui.labels import doc_type_label, purpose_label, status_label
from isodesk.ui.models.dto_table_model import DtoTableModel, change_filter

_DRAFT = QColor("#8a5a00")


def number_text(doc: IssuedDocument) -> str:
    """"05/KH-UBND", or "…/KH-UBND" for a draft not numbered yet."""
    return f"{doc.number:02d}/{doc.symbol}" if doc.number is not None else f"…/{doc.symbol}"


class IssuedDocumentsTableModel(DtoTableModel[IssuedDocument]):
    """Rows of ``IssuedDocument``; ``set_rows(docs, file_counts)`` also shows how many files each has."""

    class Column(IntEnum):
        ROW_NUMBER = 0
        NUMBER = 1
        DATE = 2
        TYPE = 3
        SUMMARY = 4
        SIGNER = 5
        PURPOSE = 6
        STATUS = 7
        FILES = 8

    _CONTEXT = "IssuedDocumentsTableModel"
    _HEADERS = (
        QT_TRANSLATE_NOOP("IssuedDocumentsTableModel", "No."),
        QT_TRANSLATE_NOOP("IssuedDocumentsTableModel", "Number, symbol"),
        QT_TRANSLATE_NOOP("IssuedDocumentsTableModel", "Date"),
        QT_TRANSLATE_NOOP("IssuedDocumentsTableModel", "Type"),
        QT_TRANSLATE_NOOP("IssuedDocumentsTableModel", "Summary"),
        QT_TRANSLATE_NOOP("IssuedDocumentsTableModel", "Signed by"),
        QT_TRANSLATE_NOOP("IssuedDocumentsTableModel", "Evidence of"),
        QT_TRANSLATE_NOOP("IssuedDocumentsTableModel", "Status"),
        QT_TRANSLATE_NOOP("IssuedDocumentsTableModel", "Files"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._files: dict[int, int] = {}

    def set_rows(self, rows: Sequence[IssuedDocument], file_counts: Mapping[int, int] | None = None) -> None:
        self._files = dict(file_counts or {})
        super().set_rows(rows)

    def file_count(self, doc: IssuedDocument) -> int:
        return self._files.get(doc.id or -1, len(doc.files))

    def display(self, row: IssuedDocument, column: IntEnum) -> str:
        if column == self.Column.ROW_NUMBER:
            return ""  # the row's position, filled in data(); views number visible rows with RowNumberDelegate
        if column == self.Column.NUMBER:
            return number_text(row)
        if column == self.Column.DATE:
            return short_date(row.issue_date) if row.issue_date else ""
        if column == self.Column.TYPE:
            return doc_type_label(row.doc_type)
        if column == self.Column.SUMMARY:
            return row.summary
        if column == self.Column.SIGNER:
            return row.signer_name
        if column == self.Column.PURPOSE:
            return purpose_label(row.purpose)
        if column == self.Column.STATUS:
            return status_label(row.status)
        count = self.file_count(row)
        return str(count) if count else ""

    def sort_key(self, row: IssuedDocument, column: IntEnum) -> object:
        if column in (self.Column.ROW_NUMBER, self.Column.DATE):
            # Undated drafts first (they need attention), then by date and number.
            return (f"{row.issue_date.isoformat()}-{row.number or 0:05d}" if row.issue_date
                    else f"9999-99-99-{row.id or 0:07d}")
        if column == self.Column.NUMBER:
            return f"{row.number or 0:05d}/{fold(row.symbol)}"
        if column == self.Column.FILES:
            return self.file_count(row)
        return super().sort_key(row, column)

    def tooltip(self, row: IssuedDocument, column: IntEnum) -> str | None:
        if column == self.Column.SUMMARY:
            return row.summary
        if column == self.Column.NUMBER and row.notes:
            return row.notes
        return None

    def alignment(self, column: IntEnum) -> Qt.AlignmentFlag | None:
        if column in (self.Column.ROW_NUMBER, self.Column.DATE, self.Column.FILES):
            return Qt.AlignmentFlag.AlignCenter
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and index.isValid() and index.column() == self.Column.ROW_NUMBER
                and 0 <= index.row() < len(self._rows)):
            return str(index.row() + 1)
        if (role == Qt.ItemDataRole.ForegroundRole and index.isValid() and 0 <= index.row() < len(self._rows)
                and self._rows[index.row()].status is IssuedDocStatus.DRAFT
                and index.column() == self.Column.STATUS):
            return _DRAFT
        return super().data(index, role)


class IssuedDocumentsFilterProxyModel(QSortFilterProxyModel):
    """Filters the register by typed text (number, symbol, summary; accents ignored), year and type.

    The "No." column of the view counts the rows as shown (1, 2, 3 … whatever the filter and order)
    through :class:`RowNumberDelegate`, so the model's data never depends on the view.
    """

    ALL_YEARS = 0

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._year: int = self.ALL_YEARS
        self._doc_type: IssuedDocType | None = None
        self.setSortRole(DtoTableModel.SortRole)

    def set_text(self, text: str) -> None:
        change_filter(self, lambda: setattr(self, "_text", fold(text)))

    def set_year(self, year: int | None) -> None:
        """Show one reporting year's documents; ``None``/0 shows every year."""
        change_filter(self, lambda: setattr(self, "_year", year or self.ALL_YEARS))

    def year(self) -> int:
        """The reporting year shown (0 = every year)."""
        return self._year

    def set_doc_type(self, doc_type: IssuedDocType | None) -> None:
        change_filter(self, lambda: setattr(self, "_doc_type", doc_type))

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        doc: IssuedDocument | None = model.data(model.index(source_row, 0, source_parent), DtoTableModel.RowRole)
        if doc is None:
            return False
        if self._year and doc.year != self._year:
            return False
        if self._doc_type is not None and doc.doc_type is not self._doc_type:
            return False
        if not self._text:
            return True
        haystack = fold(" ".join((number_text(doc), doc.symbol, doc.summary, doc.notes,
                                  doc.reference, doc_type_label(doc.doc_type))))
        return all(token in haystack for token in self._text.split())


class RowNumberDelegate(QStyledItemDelegate):
    """Paints the visible position (1, 2, 3 …) in the TT column of a sorted, filtered view."""

    def displayText(self, value: Any, locale: Any) -> str:  # noqa: N802 - Qt override
        return str(value)

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        option.text = self.text_for(index)

    @staticmethod
    def text_for(index: QModelIndex | QPersistentModelIndex) -> str:
        """The number shown for ``index`` (a view index: its row is the visible position)."""
        return str(index.row() + 1)
