"""The TT column of the issued-documents register (Văn bản HTQLCL đã ban hành).

The register itself is declared once (:data:`isodesk.domain.core_registers.ISSUED_DOCUMENTS_SPEC`) and
shown through the one register model and proxy (``ui/models/register_model.py``) with
:func:`~isodesk.ui.models.register_looks.issued_documents_look`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem


class RowNumberDelegate(QStyledItemDelegate):
    """Paints the visible position (1, 2, 3 …) in the TT column of a sorted, filtered view, so the
    model's data never depends on the view."""

    def displayText(self, value: Any, locale: Any) -> str:  # noqa: N802 - Qt override
        return str(value)

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        option.text = self.text_for(index)

    @staticmethod
    def text_for(index: QModelIndex | QPersistentModelIndex) -> str:
        """The number shown for ``index`` (a view index: its row is the visible position)."""
        return str(index.row() + 1)
