"""Printouts of the registers as NĐ 30 :class:`~isodesk.reports.AdminDocument`s, built from DTOs (no database).

* the distribution and receipt sheet of one revision — "PHIẾU PHÂN PHỐI VÀ THU HỒI TÀI LIỆU" with its
  "Danh sách phân phối tài liệu" table ``TT | Đơn vị/Người nhận | Số bản | Ngày nhận | Ký nhận | Ngày thu hồi``;
* the NĐ 30 Phụ lục V "DANH MỤC HỒ SƠ" of one year (DOMAIN.md §3.8): Roman-numbered đề mục, the five
  numbered columns and the computed footer sentence;
* the list of internal documents ("DANH MỤC TÀI LIỆU NỘI BỘ"), grouped by kind;
* the list of external documents ("DANH MỤC TÀI LIỆU CÓ NGUỒN GỐC BÊN NGOÀI", DOMAIN.md §6.5) and the
  TTHC catalogue in the QMS scope, both grouped by lĩnh vực, the latter with its coverage sentence.

The printed lists of registers come from the register's :class:`~isodesk.domain.tabular.RegisterSpec`
(:func:`build_register_list`: its printed columns, widths, alignment and grouping). These pure
``build_*`` functions turn DTOs into documents; ``services.documents_printouts.DocumentsPrintouts``
gathers the DTOs and the agency identity *as of the document's date* and calls them.

Forms and lists are not numbered administrative documents: NĐ 30 Phụ lục III gives them no ký hiệu, and
the Phụ lục V records list has no số. They are built with ``numbered=False`` (no "Số:" line; a form shows
the agency's form code there when it has one, e.g. the distribution sheet of the document-control procedure).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from datetime import date
from typing import Any

from isodesk.domain import documents as dd
from isodesk.domain import legal as lg
from isodesk.domain.core import AgencyProfile, signature_lines
from isodesk.domain.formatting import format_count, format_number, format_percent, format_revision, short_date, to_roman
from isodesk.domain.scope import TTHC_SPEC, Tthc, TthcStatus
from isodesk.domain.tabular import Align as SpecAlign
from isodesk.domain.tabular import RegisterSpec
from isodesk.reports.model import (
    AdminDocument,
    Align,
    Block,
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

DISTRIBUTION_SHEET_TITLE = "PHIẾU PHÂN PHỐI VÀ THU HỒI TÀI LIỆU"
DISTRIBUTION_LIST_TITLE = "Danh sách phân phối tài liệu"
DISTRIBUTION_COLUMNS = ("TT", "Đơn vị/Người nhận", "Số bản", "Ngày nhận", "Ký nhận", "Ngày thu hồi")
RECORDS_FORM_TITLE = "DANH MỤC HỒ SƠ"
RECORDS_FORM_COLUMNS = ("Số và ký hiệu hồ sơ", "Tên đề mục và tiêu đề hồ sơ", "Thời hạn bảo quản",
                        "Người lập hồ sơ", "Ghi chú")
SEQUENCE_COLUMN = "TT"
SEQUENCE_WIDTH = 10.0
"""Width (mm) of the running-number column of a printed list."""


def print_headings(spec: RegisterSpec) -> tuple[str, ...]:
    """The headings of a register's printed list, "TT" first."""
    return (SEQUENCE_COLUMN, *(column.printed_title for column in spec.print_columns))


DOCUMENTS_LIST_TITLE = dd.DOCUMENTS_REGISTER.printed_title  # "DANH MỤC TÀI LIỆU NỘI BỘ"
DOCUMENTS_LIST_COLUMNS = print_headings(dd.DOCUMENTS_REGISTER)
EXTERNAL_LIST_TITLE = lg.EXTERNAL_DOCUMENTS_SPEC.printed_title  # "DANH MỤC TÀI LIỆU CÓ NGUỒN GỐC BÊN NGOÀI"
EXTERNAL_LIST_COLUMNS = print_headings(lg.EXTERNAL_DOCUMENTS_SPEC)
TTHC_LIST_TITLE = TTHC_SPEC.printed_title
TTHC_LIST_COLUMNS = print_headings(TTHC_SPEC)
#: The lĩnh vực group of rows that name none.
NO_FIELD_GROUP = lg.NO_FIELD_GROUP
_QMS_SUMMARY = "Hệ thống quản lý chất lượng theo tiêu chuẩn quốc gia TCVN ISO 9001:2015"
#: The blank "(Kèm theo Quyết định số ….. ngày ….. tháng ….. năm …… của…… )" of the NĐ 30 form, for the pen.
RECORDS_FORM_BLANK_REFERENCE = "(Kèm theo Quyết định số ….. ngày ….. tháng ….. năm …… của …… )"

#: An empty "Ký nhận" cell two lines high, room for a signature (a zero-width space survives the
#: renderers' stripping of blank lines).
_SIGNATURE_SPACE = "\u200b\n\u200b"


#: The preparer's block of a list or form.
PREPARED_BY_TITLE = "NGƯỜI LẬP"


def approval_signature(profile: AgencyProfile, signer_name: str, *, by_deputy: bool) -> Signature:
    """The approving authority's block of a list or form, as on the numbered documents: ``TM. ỦY BAN NHÂN
    DÂN`` / ``CHỦ TỊCH`` (``KT. CHỦ TỊCH`` / ``PHÓ CHỦ TỊCH`` for a deputy), then the signer's name."""
    return Signature(tuple(signature_lines(profile, by_deputy=by_deputy)), signer_name, blank_lines=3)


def _signatures(prepared_by: str, approver: Signature | None) -> dict[str, Signature | None]:
    """The signing blocks of a list: "NGƯỜI LẬP" alone, or on the left beside the approving authority."""
    if approver is None:
        return {"signature": Signature((PREPARED_BY_TITLE,), prepared_by, blank_lines=3)}
    # The two names on one line: the preparer's block is as tall as the authority's (TM./KT. lines).
    lines = len([line for line in approver.authority_lines if line.strip()])
    preparer = Signature((PREPARED_BY_TITLE,), prepared_by, blank_lines=approver.blank_lines + max(lines - 1, 0))
    return {"left_signature": preparer, "signature": approver}


def _abbr(profile: AgencyProfile) -> str:
    return (profile.abbreviation or "").strip() or "…"


def _date(d: date | None) -> str:
    return short_date(d) if d is not None else ""


def _revision_text(number: int | None) -> str:
    return format_revision(number)


def _agency_fields(profile: AgencyProfile) -> dict[str, object]:
    return {
        "agency": profile.name,
        "parent_agency": profile.header_parent or None,  # none for a People's Committee (DOMAIN.md §4.4)
        "place": profile.place_name or profile.province or "…",
        "issuer_name": profile.name,
    }


# --------------------------------------------------------------------------- distribution sheet


def build_distribution_sheet(sheet: dd.DistributionSheet, distributions: Sequence[dd.Distribution],
                             profile: AgencyProfile, *, on: date | None = None,
                             prepared_by: str = "", form_code: str = "") -> AdminDocument:
    """The phiếu phân phối và thu hồi tài liệu of one revision: a form (biểu mẫu), so no số and no
    ký hiệu; ``form_code`` is the agency's code of this form (from its document-control procedure).

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
    body: list[Block] = [Paragraph(runs=(Run(label, bold=True), Run(value)), indent_first_line=False, align=Align.LEFT)
            for label, value in facts]
    body += [Paragraph(DISTRIBUTION_LIST_TITLE, bold=True, align=Align.CENTER, indent_first_line=False), table]
    return AdminDocument(
        **_agency_fields(profile),  # type: ignore[arg-type]  # the agency fields are AdminDocument's own
        symbol="",
        numbered=False,
        form_code=form_code,
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
                       on: date | None = None, prepared_by: str = "",
                       approver: Signature | None = None) -> AdminDocument:
    """The NĐ 30 (Phụ lục V) DANH MỤC HỒ SƠ of one year.

    Args:
        form: :meth:`RecordsService.records_form` of the year (groups with Roman numerals, footer counts).
        profile: the agency as named on the date of the form.
        decision_date: the date of the Quyết định the list is attached to, printed on the date line; the
            decision is what is signed, so the list then carries no signing block.
        on: the date printed when there is no decision (None: day and month left blank).
        prepared_by: without a decision, the name under "NGƯỜI LẬP" (the ISO secretary).
        approver: without a decision, the approving authority signing beside "NGƯỜI LẬP"
            (:func:`approval_signature`); None: "NGƯỜI LẬP" alone.
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
        **_agency_fields(profile),  # type: ignore[arg-type]  # the agency fields are AdminDocument's own
        symbol="",
        numbered=False,  # NĐ 30 Phụ lục V: the records list has no số
        doc_type=RECORDS_FORM_TITLE,
        summary=f"Năm {form.year}",
        date=when,
        year=when.year if when else form.year,
        body=(Paragraph(reference, italic=True, align=Align.CENTER, indent_first_line=False),
              table,
              Paragraph(form.footer, indent_first_line=True)),
        body_font_size=13,
        **({} if form.decision_reference else _signatures(prepared_by, approver)),  # type: ignore[arg-type]  # the signing fields are AdminDocument's own
    )


# --------------------------------------------------------------------------- printed lists of registers

_ALIGN = {SpecAlign.LEFT: Align.LEFT, SpecAlign.CENTER: Align.CENTER, SpecAlign.RIGHT: Align.RIGHT}
_DEFAULT_PRINT_WIDTH = 25.0


def print_table_columns(spec: RegisterSpec) -> tuple[Column, ...]:
    """The printed list's table columns: "TT" then the spec's printed columns with their widths (mm)."""
    return (Column(SEQUENCE_COLUMN, SEQUENCE_WIDTH, Align.CENTER),
            *(Column(c.printed_title, c.print_width or _DEFAULT_PRINT_WIDTH, _ALIGN[c.align])
              for c in spec.print_columns))


def build_register_list(spec: RegisterSpec, rows: Iterable[Any], profile: AgencyProfile, *,
                        summary: str, footer: str, on: date | None = None, subtitle: str = "",
                        prepared_by: str = "", font_size: int = 11,
                        cells: Mapping[str, Callable[[Any], str]] | None = None,
                        approver: Signature | None = None) -> AdminDocument:
    """A register printed as an NĐ 30 list on landscape pages, from its spec: "(Cập nhật đến ngày …)" and the
    filter line under the title, then one table whose group rows ``I. HEADING`` (Roman numerals, upper case)
    head their rows (the spec's grouping), the TT numbered through the groups, then ``footer`` and "NGƯỜI LẬP".

    Args:
        spec: the register (printed columns, their widths and alignment, grouping, printed title).
        rows: the row DTOs to list (as the screen shows them, filtered or not).
        summary: the line under the title.
        footer: the closing sentence (counts computed by the caller).
        cells: texts of some columns computed by the caller instead of the spec (key -> row -> text).
        font_size: of the table (10 for the widest registers, so that dates and numbers fit their columns).
        approver: the approving authority signing beside "NGƯỜI LẬP" (:func:`approval_signature`), for the
            lists the agency's head approves; None: "NGƯỜI LẬP" alone.
    """
    on = on or date.today()
    cells = cells or {}
    columns = spec.print_columns
    table_rows: list[TableRow | GroupRow] = []
    number = group = 0
    for heading, items in spec.groups(rows):
        if not items:
            continue
        if heading:
            group += 1
            table_rows.append(GroupRow(f"{to_roman(group)}. {heading.upper()}"))
        for row in items:
            number += 1
            texts = tuple(cells[c.key](row) if c.key in cells else c.text(row) for c in columns)
            table_rows.append(TableRow((str(number), *texts)))
    lines = [f"(Cập nhật đến ngày {short_date(on)})"] + ([subtitle] if subtitle else [])
    body: list[Block] = [Paragraph(line, italic=True, align=Align.CENTER, indent_first_line=False) for line in lines]
    body += [Table(columns=print_table_columns(spec), rows=table_rows, font_size=font_size),
             Paragraph(footer, indent_first_line=True)]
    return AdminDocument(
        **_agency_fields(profile),  # type: ignore[arg-type]  # the agency fields are AdminDocument's own
        symbol="",
        numbered=False,  # a list is not a numbered document: no số, no invented ký hiệu
        doc_type=spec.printed_title,
        summary=summary,
        date=on,
        body=body,
        **_signatures(prepared_by, approver),  # type: ignore[arg-type]  # the signing fields are AdminDocument's own
        orientation=Orientation.LANDSCAPE,
        body_font_size=13,
    )


def build_documents_list(rows: Iterable[dd.DocumentRow], profile: AgencyProfile, *, on: date | None = None,
                         subtitle: str = "", prepared_by: str = "",
                         approver: Signature | None = None) -> AdminDocument:
    """DANH MỤC TÀI LIỆU NỘI BỘ: the documents grouped by kind (Roman numerals, in the order of the
    kinds), with the printed columns of :data:`~isodesk.domain.documents.DOCUMENTS_REGISTER`.

    Args:
        rows: the documents to list (as the screen shows them, filtered or not).
        profile: the agency as named on ``on``.
        on: the day the list is "cập nhật đến" and dated (default today).
        subtitle: an extra line under the title (e.g. the filter in force); "" for none.
        prepared_by: the name under "NGƯỜI LẬP" (the ISO secretary), blank for the pen.
        approver: the approving authority beside "NGƯỜI LẬP" (:func:`approval_signature`), or None.
    """
    items = list(rows)
    return build_register_list(dd.DOCUMENTS_REGISTER, items, profile, summary=_QMS_SUMMARY,
                               footer=f"Danh mục này có {format_count(len(items), 'tài liệu')}.", on=on, subtitle=subtitle,
                               prepared_by=prepared_by, approver=approver)


def build_external_documents_list(documents: Iterable[lg.ExternalDocument], profile: AgencyProfile, *,
                                  on: date | None = None, subtitle: str = "",
                                  prepared_by: str = "", approver: Signature | None = None) -> AdminDocument:
    """DANH MỤC TÀI LIỆU CÓ NGUỒN GỐC BÊN NGOÀI (DOMAIN.md §6.5): the documents grouped by lĩnh vực in
    the order of the Excel export (``legal.group_by_field``), with the columns of §6.5 and the count
    of texts in force and no longer in force. ``documents`` are those the screen shows (filtered or
    not); the other arguments are those of :func:`build_documents_list`."""
    docs = list(documents)
    dead = sum(1 for doc in docs if not doc.status.in_force)
    footer = f"Danh mục này có {format_number(len(docs))} tài liệu"
    if dead:
        footer += (f", trong đó {format_number(len(docs) - dead)} tài liệu còn hiệu lực và {format_number(dead)} "
                   "tài liệu đã hết hiệu lực hoặc bị thay thế")
    # Nine columns on 252 mm at 10 pt: a date (18.5 mm) and a ký hiệu such as "3003/BKHCN-TĐC" (31 mm) on one line.
    return build_register_list(lg.EXTERNAL_DOCUMENTS_SPEC, docs, profile, summary=_QMS_SUMMARY,
                               footer=footer + ".", on=on, subtitle=subtitle, prepared_by=prepared_by, font_size=10,
                               approver=approver)


def tthc_coverage_sentence(rows: Sequence[Tthc], uncovered: Collection[int]) -> str:
    """The closing sentence of the TTHC list, computed from the rows listed: how many are in force, how
    many abolished, and how many of those in force a procedure in force covers (the coverage figure
    of ``TthcService.coverage``; ``uncovered`` are the ids it counts as uncovered).

    "Danh mục này có 3 TTHC còn hiệu lực và 1 TTHC đã bãi bỏ. Số TTHC còn hiệu lực đã có quy trình giải
    quyết: 2/3 TTHC (66,67%); 1 TTHC chưa có quy trình giải quyết."
    """
    live = [t for t in rows if t.status.in_force]
    abolished = len(rows) - len(live)
    covered = sum(1 for t in live if t.id not in uncovered)
    text = f"Danh mục này có {format_number(len(live))} TTHC còn hiệu lực"
    if abolished:
        text += f" và {format_number(abolished)} TTHC đã bãi bỏ"
    if not live:
        return text + "."
    text += (f". Số TTHC còn hiệu lực đã có quy trình giải quyết: {format_number(covered)}/"
             f"{format_number(len(live))} TTHC ({format_percent(covered, len(live))})")
    missing = len(live) - covered
    if missing:
        text += f"; {format_number(missing)} TTHC chưa có quy trình giải quyết"
    return text + "."


def build_tthc_list(rows: Iterable[Tthc], profile: AgencyProfile, *, uncovered: Collection[int] = (),
                    on: date | None = None, subtitle: str = "", prepared_by: str = "",
                    approver: Signature | None = None) -> AdminDocument:
    """DANH MỤC THỦ TỤC HÀNH CHÍNH THUỘC PHẠM VI ÁP DỤNG HỆ THỐNG QUẢN LÝ CHẤT LƯỢNG: the TTHC grouped by
    lĩnh vực (alphabetically, those without one last; by mã within a field), with the printed columns of
    :data:`~isodesk.domain.scope.TTHC_SPEC`, closed by :func:`tthc_coverage_sentence`.

    Args:
        rows: the TTHC to list (as the screen shows them, filtered or not).
        uncovered: ids of the TTHC in force that no procedure in force covers (``CoverageFigure.uncovered``);
            their procedure cell says so.
        profile, on, subtitle, prepared_by, approver: as for :func:`build_documents_list`.
    """
    items = list(rows)
    uncovered = set(uncovered)

    def procedure(t: Tthc) -> str:
        if not t.status.in_force:  # an abolished TTHC's procedure is not shown as if it were live
            return f"{t.procedure_label}\n(TTHC đã bãi bỏ)" if t.procedure_label else ""
        if t.id not in uncovered:
            return t.procedure_label
        if t.procedure_id is None:
            return "Chưa có"
        # amended after its procedure took effect (TthcService.coverage): the procedure must be revised
        if t.status is TthcStatus.AMENDED:
            return f"{t.procedure_label}\n(cần sửa đổi quy trình)"
        return f"{t.procedure_label}\n(không có hiệu lực)"

    # At 11 pt a full mã "1.001193.000.00.00.H12" takes 41 mm and "Sửa đổi, bổ sung" 28.5 mm.
    return build_register_list(TTHC_SPEC, items, profile,
                               summary="theo tiêu chuẩn quốc gia TCVN ISO 9001:2015",
                               footer=tthc_coverage_sentence(items, uncovered), on=on, subtitle=subtitle,
                               prepared_by=prepared_by, cells={"procedure": procedure}, approver=approver)
