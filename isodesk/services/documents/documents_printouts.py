"""Gathers what a printout of the documents module needs and builds it through ``reports.printouts``.

:class:`DocumentsPrintouts` reads the DTOs from the services and the agency identity *as of the
document's date* (``AgencyService.profile_on``), because the agency's name may have changed since (2025
mergers). It is built once with the services (``Services.printouts``) and handed to the screens; the
UI renders the result (preview, PDF, Word).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import date
from typing import TYPE_CHECKING

from isodesk.domain import documents as dd
from isodesk.domain import legal as lg
from isodesk.domain.core import AgencyProfile, approving_signer
from isodesk.domain.scope import Tthc
from isodesk.reports.model import AdminDocument, Signature
from isodesk.reports.printouts import (
    approval_signature,
    build_distribution_sheet,
    build_documents_list,
    build_external_documents_list,
    build_records_form,
    build_tthc_list,
)

if TYPE_CHECKING:
    from isodesk.services.core.agency_service import AgencyService
    from isodesk.services.documents.documents_service import DocumentsService
    from isodesk.services.core.document_register_service import DocumentRegisterService
    from isodesk.services.documents.records_service import RecordsService

_FALLBACK_AGENCY = AgencyProfile(id=None, valid_from=date(2000, 1, 1), name="…", parent_name="",
                                 tier=None, province="", place_name="…", abbreviation="…")  # type: ignore[arg-type]  # a placeholder agency for an empty printout



#: Folded words of the title of the document-control procedure's distribution form
#: ("Phiếu phân phối tài liệu", "Phiếu phân phối và thu hồi tài liệu").
DISTRIBUTION_FORM_WORDS = ("phan phoi", "tai lieu")


class DocumentsPrintouts:
    """Gathers the DTOs a printout needs and builds it; the UI renders the result (preview, PDF, Word)."""

    def __init__(self, documents: DocumentsService, records: RecordsService | None, agency: AgencyService,
                 register: DocumentRegisterService | None = None) -> None:
        self._documents = documents
        self._records = records
        self._agency = agency
        self._register = register

    def _profile(self, when: date | None) -> AgencyProfile:
        return self._agency.profile_on(when) or _FALLBACK_AGENCY

    def _approver(self, profile: AgencyProfile, on: date | None = None) -> Signature | None:
        """The approving authority of the agency's lists on ``on``: its head (``TM.``), or a deputy signing
        ``KT.``; None when no leader is entered (the list then carries "NGƯỜI LẬP" alone)."""
        found = approving_signer(profile, self._agency.people(as_of=on))
        if found is None:
            return None
        person, by_deputy = found
        return approval_signature(profile, person.full_name, by_deputy=by_deputy)

    def _secretary(self, on: date | None = None) -> str:
        """The ISO secretary on ``on`` (who prepared a list printed that day), else today's."""
        return next((p.full_name for p in self._agency.people(as_of=on) if p.is_iso_secretary), "")

    def distribution_sheet(self, revision_id: int, *, on: date | None = None) -> AdminDocument:
        """The phiếu phân phối và thu hồi of ``revision_id``, dated ``on`` (default today).

        Raises:
            NotFoundError: no such revision.
        """
        on = on or date.today()
        sheet = self._documents.distribution_sheet(revision_id)
        details = self._documents.get_document(sheet.document_id)
        code = self._documents.form_code(DISTRIBUTION_FORM_WORDS)
        return build_distribution_sheet(sheet, details.distributions, self._profile(on), on=on,
                                        prepared_by=self._secretary(on), form_code=code)

    def records_form(self, year: int, decision_id: int | None = None, *, on: date | None = None) -> AdminDocument:
        """The DANH MỤC HỒ SƠ of ``year``, attached to ``decision_id`` when given: the agency as of the
        decision's date; without a decision, as of ``on`` (the day it is printed, default today), the
        date the form then carries.

        Raises:
            NotFoundError: no such decision.
        """
        if self._records is None:
            raise RuntimeError("records service not available")
        form = self._records.records_form(year, decision_id)
        decision_date = None
        if decision_id is not None and self._register is not None:
            decision_date = self._register.get(decision_id).issue_date
        printed_on = None if decision_date else (on or date.today())
        profile = self._agency.profile_for_document(decision_date, printed_on=printed_on) or _FALLBACK_AGENCY
        signed_on = decision_date or printed_on  # who prepared and approved it: the people of that day
        return build_records_form(form, profile, decision_date=decision_date, on=printed_on,
                                  prepared_by=self._secretary(signed_on), approver=self._approver(profile, signed_on))

    def documents_list(self, rows: Sequence[dd.DocumentRow] | None = None, *, on: date | None = None,
                       subtitle: str = "") -> AdminDocument:
        """DANH MỤC TÀI LIỆU NỘI BỘ of ``rows`` (default: every document), up to date on ``on``."""
        on = on or date.today()
        rows = self._documents.list_documents() if rows is None else rows
        profile = self._profile(on)
        return build_documents_list(rows, profile, on=on, subtitle=subtitle,
                                    prepared_by=self._secretary(on), approver=self._approver(profile, on))

    def external_documents_list(self, documents: Sequence[lg.ExternalDocument], *, on: date | None = None,
                                subtitle: str = "") -> AdminDocument:
        """DANH MỤC TÀI LIỆU CÓ NGUỒN GỐC BÊN NGOÀI of ``documents`` (those the tab shows), up to date on ``on``."""
        on = on or date.today()
        profile = self._profile(on)
        return build_external_documents_list(documents, profile, on=on, subtitle=subtitle,
                                             prepared_by=self._secretary(on), approver=self._approver(profile, on))

    def tthc_list(self, rows: Sequence[Tthc], *, uncovered: Collection[int] = (), on: date | None = None,
                  subtitle: str = "") -> AdminDocument:
        """The TTHC list of ``rows`` (those the tab shows) with its coverage sentence, up to date on ``on``."""
        on = on or date.today()
        profile = self._profile(on)
        return build_tthc_list(rows, profile, uncovered=uncovered, on=on, subtitle=subtitle,
                               prepared_by=self._secretary(on), approver=self._approver(profile, on))
