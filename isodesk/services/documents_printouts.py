"""Printouts of the documents module as NĐ 30 :class:`~isodesk.reports.AdminDocument`s.

* the distribution and receipt sheet of one revision — "PHIẾU PHÂN PHỐI VÀ THU HỒI TÀI LIỆU" with its
  "Danh sách phân phối tài liệu" table ``TT | Đơn vị/Người nhận | Số bản | Ngày nhận | Ký nhận | Ngày thu hồi``;
* the NĐ 30 Phụ lục V "DANH MỤC HỒ SƠ" of one year (DOMAIN.md §3.8): Roman-numbered đề mục, the five
  numbered columns and the computed footer sentence;
* the list of internal documents ("DANH MỤC TÀI LIỆU NỘI BỘ"), grouped by kind.

The pure ``build_*`` functions turn service DTOs into documents (easy to test, no database); the
:class:`DocumentsPrintouts` facade gathers the DTOs and the agency identity *as of the document's date*
(``AgencyService.profile_on``), because the agency's name may have changed since (2025 mergers).

AdminDocument always prints the "Số: …/ký hiệu" line of ô 3. These forms have no registered number,
so the line is left blank for the clerk with a descriptive ký hiệu (``PPTL-UBND``, ``DMHS-UBND``,
``DMTL-UBND``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import TYPE_CHECKING

from isodesk.domain import documents as dd
from isodesk.domain.core import AgencyProfile
from isodesk.domain.formatting import short_date, to_roman
from isodesk.reports.model import (
    AdminDocument,
    Align,
    Column,
    GroupRow,
    HeaderCell,
    Orientation,
    Paragraph,
    Run,
    Signature,
    Table,
    TableRow,
)

if TYPE_CHECKING:
    from isodesk.services.agency_service import AgencyService
    from isodesk.services.documents_service import DocumentsService
    from isodesk.services.document_register_service import DocumentRegisterService
    from isodesk.services.records_service import RecordsService

DISTRIBUTION_SHEET_TITLE = "PHIẾU PHÂN PHỐI VÀ THU HỒI TÀI LIỆU"
DISTRIBUTION_LIST_TITLE = "Danh sách phân phối tài liệu"
DISTRIBUTION_COLUMNS = ("TT", "Đơn vị/Người nhận", "Số bản", "Ngày nhận", "Ký nhận", "Ngày thu hồi")
RECORDS_FORM_TITLE = "DANH MỤC HỒ SƠ"
RECORDS_FORM_COLUMNS = ("Số và ký hiệu hồ sơ", "Tên đề mục và tiêu đề hồ sơ", "Thời hạn bảo quản",
                        "Người lập hồ sơ", "Ghi chú")
DOCUMENTS_LIST_TITLE = "DANH MỤC TÀI LIỆU NỘI BỘ"
DOCUMENTS_LIST_COLUMNS = ("TT", "Mã số", "Tên tài liệu", "Đơn vị chủ trì", "Lần ban hành", "Ngày hiệu lực",
                          "Tình trạng")
#: The blank "(Kèm theo Quyết định số ….. ngày ….. tháng ….. năm …… của…… )" of the NĐ 30 form, for the pen.
RECORDS_FORM_BLANK_REFERENCE = "(Kèm theo Quyết định số ….. ngày ….. tháng ….. năm …… của …… )"

#: An empty "Ký nhận" cell two lines high, room for a signature (a zero-width space survives the
#: renderers' stripping of blank lines).
_SIGNATURE_SPACE = "\u200b\n\u200b"

_FALLBACK_AGENCY = AgencyProfile(id=None, valid_from=date(2000, 1, 1), name="…", parent_name="",
                                 tier=None, province="", place_name="…", abbreviation="…")  # type: ignore[arg-type]


def _abbr(profile: AgencyProfile) -> str:
    return (profile.abbreviation or "").strip() or "…"


def _date(d: date | None) -> str:
    return short_date(d) if d is not None else ""


def _revision_text(number: int | None) -> str:
    return f"{number:02d}" if number is not None else ""


def _agency_fields(profile: AgencyProfile) -> dict[str, object]:
    return {
        "agency": profile.name,
        "parent_agency": profile.parent_name or None,
        "place": profile.place_name or profile.province or "…",
        "issuer_name": profile.name,
    }


# --------------------------------------------------------------------------- distribution sheet


def build_distribution_sheet(sheet: dd.DistributionSheet, distributions: Sequence[dd.Distribution],
                             profile: AgencyProfile, *, on: date | None = None,
                             prepared_by: str = "") -> AdminDocument:
    """The phiếu phân phối và thu hồi tài liệu of one revision.

    Args:
        sheet: what :meth:`DocumentsService.distribution_sheet` returns for the revision.
        distributions: the revision's distribution rows (for the receipt and recall dates); rows of
            other revisions are ignored. Matched to the sheet rows by their order (both by id).
        profile: the agency as named on ``on``.
        on: the date printed on the sheet; None leaves day and month blank (year of today).
        prepared_by: the name under "NGƯỜI LẬP PHIẾU" (the ISO secretary), blank for the pen.
    """
    own = sorted((d for d in distributions if d.revision_id == sheet.revision_id), key=lambda d: d.id)
    rows: list[TableRow] = []
    for i, row in enumerate(sheet.rows):
        dist = own[i] if i < len(own) and own[i].holder == row.recipient else None
        received = (dist.acknowledged_on or dist.given_on) if dist is not None else row.received_on
        recalled = dist.recalled_on if dist is not None else None
        # The signature cell stays empty for the pen (two lines high); once the copy was signed for,
        # a reprint names who signed.
        signed = row.signed_by if row.signed_by else _SIGNATURE_SPACE
        rows.append(TableRow((str(row.no), row.recipient, str(row.copies), _date(received), signed,
                              _date(recalled))))
    rows.append(TableRow(("", "Tổng số bản", str(sheet.total_copies), "", "", ""), bold=True))
    table = Table(
        columns=(Column(DISTRIBUTION_COLUMNS[0], 10, Align.CENTER), Column(DISTRIBUTION_COLUMNS[1], 52),
                 Column(DISTRIBUTION_COLUMNS[2], 17, Align.CENTER), Column(DISTRIBUTION_COLUMNS[3], 25, Align.CENTER),
                 Column(DISTRIBUTION_COLUMNS[4], 32, Align.CENTER), Column(DISTRIBUTION_COLUMNS[5], 29, Align.CENTER)),
        rows=rows,
    )
    facts = [
        ("Mã số: ", sheet.code),
        ("Lần ban hành: ", _revision_text(sheet.revision_number)),
        ("Ngày hiệu lực: ", _date(sheet.effective_date) or "…"),
        ("Quyết định ban hành: ", f"số {sheet.decision_reference}" if sheet.decision_reference else "…"),
    ]
    body = [Paragraph(runs=(Run(label, bold=True), Run(value)), indent_first_line=False, align=Align.LEFT)
            for label, value in facts]
    body += [Paragraph(DISTRIBUTION_LIST_TITLE, bold=True, align=Align.CENTER, indent_first_line=False), table]
    return AdminDocument(
        **_agency_fields(profile),  # type: ignore[arg-type]
        symbol=f"PPTL-{_abbr(profile)}",
        doc_type=DISTRIBUTION_SHEET_TITLE,
        summary=sheet.title,
        date=on,
        year=(on or date.today()).year,
        body=body,
        signature=Signature(("NGƯỜI LẬP PHIẾU",), prepared_by, blank_lines=3),
        body_font_size=13,
    )


# --------------------------------------------------------------------------- records form


def build_records_form(form: dd.RecordsForm, profile: AgencyProfile, *, decision_date: date | None = None,
                       on: date | None = None) -> AdminDocument:
    """The NĐ 30 (Phụ lục V) DANH MỤC HỒ SƠ of one year.

    Args:
        form: :meth:`RecordsService.records_form` of the year (groups with Roman numerals, footer counts).
        profile: the agency as named on the date of the form.
        decision_date: the date of the Quyết định the list is attached to, printed on the date line.
        on: the date printed when there is no decision (None: day and month left blank).
    """
    reference = (f"(Kèm theo Quyết định số {form.decision_reference} của {profile.name})"
                 if form.decision_reference else RECORDS_FORM_BLANK_REFERENCE)
    rows: list[TableRow | GroupRow] = []
    for group in form.groups:
        if group.heading:
            rows.append(GroupRow(f"{group.numeral}. {group.heading.upper()}"))
        # Column (4) is "Người lập hồ sơ": the person when one is named ("Văn phòng – Nguyễn Thị Hoa" → the name).
        rows += [TableRow((r.code, r.title, r.retention, r.keeper.rsplit(" – ", 1)[-1], r.notes))
                 for r in group.rows]
    header = (tuple(HeaderCell(title) for title in RECORDS_FORM_COLUMNS),
              tuple(HeaderCell(f"({i})") for i in range(1, len(RECORDS_FORM_COLUMNS) + 1)))
    table = Table(
        columns=(Column(RECORDS_FORM_COLUMNS[0], 28, Align.CENTER), Column(RECORDS_FORM_COLUMNS[1], 66),
                 Column(RECORDS_FORM_COLUMNS[2], 24, Align.CENTER), Column(RECORDS_FORM_COLUMNS[3], 34),
                 Column(RECORDS_FORM_COLUMNS[4], 20)),
        rows=rows, header_rows=header,
    )
    when = decision_date or on
    return AdminDocument(
        **_agency_fields(profile),  # type: ignore[arg-type]
        symbol=f"DMHS-{_abbr(profile)}",
        doc_type=RECORDS_FORM_TITLE,
        summary=f"Năm {form.year}",
        date=when,
        year=when.year if when else form.year,
        body=(Paragraph(reference, italic=True, align=Align.CENTER, indent_first_line=False),
              table,
              Paragraph(form.footer, indent_first_line=True)),
        body_font_size=13,
    )


# --------------------------------------------------------------------------- documents list


def build_documents_list(rows: Iterable[dd.DocumentRow], profile: AgencyProfile, *, on: date | None = None,
                         subtitle: str = "", prepared_by: str = "") -> AdminDocument:
    """DANH MỤC TÀI LIỆU NỘI BỘ: the documents grouped by kind (Roman numerals, in the order of the
    kinds), with mã số, tên, đơn vị chủ trì, lần ban hành, ngày hiệu lực and tình trạng.

    Args:
        rows: the documents to list (as the screen shows them, filtered or not).
        profile: the agency as named on ``on``.
        on: the day the list is "cập nhật đến" and dated (default today).
        subtitle: an extra line under the title (e.g. the filter in force); "" for none.
        prepared_by: the name under "NGƯỜI LẬP" (the ISO secretary), blank for the pen.
    """
    on = on or date.today()
    by_kind: dict[dd.DocumentKind, list[dd.DocumentRow]] = {}
    for row in rows:
        by_kind.setdefault(row.kind, []).append(row)
    table_rows: list[TableRow | GroupRow] = []
    number = 0
    group = 0
    for kind in dd.DocumentKind:
        items = by_kind.get(kind)
        if not items:
            continue
        group += 1
        table_rows.append(GroupRow(f"{to_roman(group)}. {kind.label.upper()}"))
        for row in items:
            number += 1
            table_rows.append(TableRow((str(number), row.code, row.title, row.department_name,
                                        _revision_text(row.revision_number), _date(row.effective_date),
                                        row.status.label)))
    widths = (10, 24, 96, 46, 18, 24, 26)
    aligns = (Align.CENTER, Align.LEFT, Align.LEFT, Align.LEFT, Align.CENTER, Align.CENTER, Align.CENTER)
    table = Table(columns=tuple(Column(t, w, a) for t, w, a in zip(DOCUMENTS_LIST_COLUMNS, widths, aligns)),
                  rows=table_rows, font_size=11)
    body: list[object] = []
    lines = [f"(Cập nhật đến ngày {short_date(on)})"] + ([subtitle] if subtitle else [])
    body += [Paragraph(line, italic=True, align=Align.CENTER, indent_first_line=False) for line in lines]
    body.append(table)
    body.append(Paragraph(f"Danh mục này có {number} tài liệu.", indent_first_line=True))
    return AdminDocument(
        **_agency_fields(profile),  # type: ignore[arg-type]
        symbol=f"DMTL-{_abbr(profile)}",
        doc_type=DOCUMENTS_LIST_TITLE,
        summary="Hệ thống quản lý chất lượng theo tiêu chuẩn quốc gia TCVN ISO 9001:2015",
        date=on,
        body=body,  # type: ignore[arg-type]
        signature=Signature(("NGƯỜI LẬP",), prepared_by, blank_lines=3),
        orientation=Orientation.LANDSCAPE,
        body_font_size=13,
    )


# --------------------------------------------------------------------------- facade


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

    def _secretary(self) -> str:
        people = self._agency.people()
        return next((p.full_name for p in people if p.is_iso_secretary), "")

    def distribution_sheet(self, revision_id: int, *, on: date | None = None) -> AdminDocument:
        """The phiếu phân phối và thu hồi of ``revision_id``, dated ``on`` (default today).

        Raises:
            NotFoundError: no such revision.
        """
        on = on or date.today()
        sheet = self._documents.distribution_sheet(revision_id)
        details = self._documents.get_document(sheet.document_id)
        return build_distribution_sheet(sheet, details.distributions, self._profile(on), on=on,
                                        prepared_by=self._secretary())

    def records_form(self, year: int, decision_id: int | None = None) -> AdminDocument:
        """The DANH MỤC HỒ SƠ of ``year``, attached to ``decision_id`` when given.

        Raises:
            NotFoundError: no such decision.
        """
        if self._records is None:
            raise RuntimeError("records service not available")
        form = self._records.records_form(year, decision_id)
        decision_date = None
        if decision_id is not None and self._register is not None:
            decision_date = self._register.get(decision_id).issue_date
        when = decision_date or date(year, 1, 1)
        return build_records_form(form, self._profile(when), decision_date=decision_date)

    def documents_list(self, rows: Sequence[dd.DocumentRow] | None = None, *, on: date | None = None,
                       subtitle: str = "") -> AdminDocument:
        """DANH MỤC TÀI LIỆU NỘI BỘ of ``rows`` (default: every document), up to date on ``on``."""
        on = on or date.today()
        rows = self._documents.list_documents() if rows is None else rows
        return build_documents_list(rows, self._profile(on), on=on, subtitle=subtitle,
                                    prepared_by=self._secretary())
