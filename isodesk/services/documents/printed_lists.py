"""The printed lists the modules offer for a year (danh mục tài liệu nội bộ, danh mục hồ sơ, danh mục
tài liệu bên ngoài, danh mục TTHC), built through the documents module's printout builders.

This is the ONE place the contribution providers use those builders (``documents_printouts``, which
is moving to ``reports/``): when it moves, only the import below changes.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from isodesk.reports.model import AdminDocument
from isodesk.services.documents.documents_printouts import DocumentsPrintouts

if TYPE_CHECKING:
    from isodesk.services.registry import Services

INTERNAL_DOCUMENTS = "internal_documents"
RECORDS_FORM = "records_form"
EXTERNAL_DOCUMENTS = "external_documents"
TTHC = "tthc"


def printed_list(services: Services, which: str, year: int, on: date) -> AdminDocument:
    """Build one printed list of ``year`` as it stands on ``on`` (the whole register, no filter).

    Args:
        which: :data:`INTERNAL_DOCUMENTS`, :data:`RECORDS_FORM`, :data:`EXTERNAL_DOCUMENTS` or :data:`TTHC`.
    """
    printouts = DocumentsPrintouts(services.documents, services.records, services.agency, services.register)
    if which == INTERNAL_DOCUMENTS:
        return printouts.documents_list(on=on)
    if which == RECORDS_FORM:
        return printouts.records_form(year)
    if which == EXTERNAL_DOCUMENTS:
        return printouts.external_documents_list(services.legal.search(), on=on)
    if which == TTHC:
        coverage = services.tthc.coverage()
        uncovered = {t.id for t in coverage.uncovered if t.id is not None}
        return printouts.tthc_list(services.tthc.search(), uncovered=uncovered, on=on)
    raise ValueError(f"unknown printed list {which!r}")
