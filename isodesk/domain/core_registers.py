"""The registers of the agency's core data, declared once (:class:`~isodesk.domain.tabular.RegisterSpec`):
the issued QMS documents (Văn bản HTQLCL đã ban hành).

The screen shows them through the one register model and proxy (``ui/models/register_model.py``); the
translated labels of enum cells and the draft colour are the screen's (``ui/models/register_looks.py``).
"""

from __future__ import annotations

from isodesk.domain.core import IssuedDocument
from isodesk.domain.formatting import fold
from isodesk.domain.i18n import QT_TRANSLATE_NOOP
from isodesk.domain.tabular import Align, ColumnKind, ColumnSpec, RegisterFilter, RegisterSpec, equals

#: Translation context of the issued-documents headers (kept from the register's former own model).
_ISSUED_CTX = "IssuedDocumentsTableModel"


def number_text(doc: IssuedDocument) -> str:
    """"05/KH-UBND", or "…/KH-UBND" for a draft not numbered yet."""
    return f"{doc.number:02d}/{doc.symbol}" if doc.number is not None else f"…/{doc.symbol}"


def _date_order(doc: IssuedDocument) -> str:
    # Undated drafts sort after every dated entry (first in the default newest-first order: they
    # need attention), then by date and number.
    return (f"{doc.issue_date.isoformat()}-{doc.number or 0:05d}" if doc.issue_date
            else f"9999-99-99-{doc.id or 0:07d}")


ISSUED_DOCUMENTS_SPEC = RegisterSpec(
    key="issued_documents",
    title="SỔ VĂN BẢN HTQLCL ĐÃ BAN HÀNH",
    sheet_name="Văn bản đã ban hành",
    screen_title=QT_TRANSLATE_NOOP("RegisterSpec", "Issued QMS documents"),
    context=_ISSUED_CTX,
    columns=(
        # The TT column counts the rows as shown; the view's delegate paints the number.
        ColumnSpec("row_number", "TT", ColumnKind.INT, width=4, show=lambda doc: "", sort=_date_order,
                   header=QT_TRANSLATE_NOOP("IssuedDocumentsTableModel", "No."), align=Align.CENTER),
        ColumnSpec("number", "Số, ký hiệu", width=14, show=number_text,
                   sort=lambda doc: f"{doc.number or 0:05d}/{fold(doc.symbol)}",
                   header=QT_TRANSLATE_NOOP("IssuedDocumentsTableModel", "Number, symbol")),
        ColumnSpec("issue_date", "Ngày ban hành", ColumnKind.DATE, sort=_date_order,
                   header=QT_TRANSLATE_NOOP("IssuedDocumentsTableModel", "Date"), align=Align.CENTER),
        ColumnSpec("doc_type", "Loại văn bản", width=13, show=lambda doc: doc.doc_type.type_name.capitalize(),
                   sort=lambda doc: doc.doc_type.value,
                   header=QT_TRANSLATE_NOOP("IssuedDocumentsTableModel", "Type")),
        ColumnSpec("summary", "Trích yếu", width=50,
                   header=QT_TRANSLATE_NOOP("IssuedDocumentsTableModel", "Summary")),
        ColumnSpec("signer_name", "Người ký", width=18,
                   header=QT_TRANSLATE_NOOP("IssuedDocumentsTableModel", "Signed by")),
        ColumnSpec("purpose", "Mục đích", width=18, get=lambda doc: doc.purpose.value,
                   header=QT_TRANSLATE_NOOP("IssuedDocumentsTableModel", "Evidence of")),
        ColumnSpec("status", "Trạng thái", width=12, get=lambda doc: doc.status.value,
                   header=QT_TRANSLATE_NOOP("IssuedDocumentsTableModel", "Status")),
        ColumnSpec("files", "Tệp", ColumnKind.INT, width=5, get=lambda doc: len(doc.files),
                   show=lambda doc: str(len(doc.files)) if doc.files else "",
                   header=QT_TRANSLATE_NOOP("IssuedDocumentsTableModel", "Files"), align=Align.CENTER),
    ),
    search_text=lambda doc: " ".join((number_text(doc), doc.symbol, doc.summary, doc.notes, doc.reference)),
    search_keys=("doc_type",),  # its translated label is searched too (the screen's look gives it)
    filters=(RegisterFilter("year", equals("year")), RegisterFilter("doc_type", equals("doc_type"))),
    order_key="issue_date",
)
"""Sổ văn bản HTQLCL đã ban hành: the agency's own QMS documents, numbered per issuer and calendar year."""
