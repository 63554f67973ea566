"""The internal audit's forms (biểu mẫu: no số, no ký hiệu, the agency's mã biểu mẫu instead):

* the phiếu ghi chép (checklist) of each department in an audit round — the ISO 9001 clauses it is
  audited on, its procedures and the TTHC lĩnh vực it handles, evidence and result left for the pen;
* the phiếu yêu cầu hành động khắc phục (DOMAIN.md §6.3) of one or several nonconformities.

Built from other modules only through their services (documents, TTHC, agency); the UI previews and
prints the result, ``isodesk documents`` renders the year's set (offers ``audit.checklists`` and
``audit.corrective_forms``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from isodesk.domain import audit as a
from isodesk.domain import core as d
from isodesk.domain.documents import DocumentFilter, DocumentKind
from isodesk.domain.errors import DomainError, NotFoundError
from isodesk.domain.formatting import fold, short_date
from isodesk.reports.model import (
    AdminDocument,
    Align,
    Block,
    Column,
    GroupRow,
    HeaderCell,
    PageBreak,
    Paragraph,
    Run,
    Table,
    TableRow,
)

if TYPE_CHECKING:
    from isodesk.services.registry import Services

#: Folded title words of the agency's own forms, when registered among its internal documents.
CHECKLIST_FORM_WORDS: tuple[tuple[str, ...], ...] = (("ghi chep", "danh gia"), ("checklist",),
                                                     ("phieu kiem tra", "danh gia noi bo"))
CORRECTIVE_FORM_WORDS: tuple[tuple[str, ...], ...] = (("yeu cau", "khac phuc"), ("hanh dong khac phuc",))
CORRECTIVE_TITLE = "PHIẾU YÊU CẦU HÀNH ĐỘNG KHẮC PHỤC"
CORRECTIVE_COLUMNS = ("Nội dung", "Thông tin")
DOTS = "…" * 12
#: Rows that, left blank, keep two lines to write on.
_WRITTEN = ("Nguyên nhân", "Hành động khắc phục", "Kết quả thực hiện")
_PROCEDURES = (DocumentKind.SYSTEM_PROCEDURE, DocumentKind.INTERNAL_PROCEDURE, DocumentKind.TTHC_PROCEDURE)


def _profile(services: Services, on: date | None) -> d.AgencyProfile:
    profile = services.agency.profile_on(on)
    if profile is None:
        raise DomainError("no_agency")
    return profile


def _facts(pairs: Sequence[tuple[str, str]]) -> list[Block]:
    return [Paragraph(runs=(Run(label, bold=True), Run(value or DOTS)), indent_first_line=False, align=Align.LEFT)
            for label, value in pairs]


def _signature_grid(titles: Sequence[str], names: Sequence[str]) -> Table:
    """Signature boxes side by side (a form printed once per department or phiếu, so its signatures
    are part of each page, not the document's single signing block). The boxes are one header row,
    which a page break cannot split from its titles."""
    width = 165 / len(titles)
    cells = [HeaderCell(f"{title}\n(Ký, ghi rõ họ tên)\n\n\n{name}") for title, name in zip(titles, names)]
    return Table(columns=[Column(t, width, Align.CENTER) for t in titles], header_rows=[cells],
                 repeat_header=False, font_size=12)


def _form(profile: d.AgencyProfile, title: str, summary: str, code: str, body: list[Block], year: int,
          on: date | None) -> AdminDocument:
    return AdminDocument(
        agency=profile.name, parent_agency=profile.header_parent or None, symbol="", numbered=False,
        form_code=code, place=profile.place_name or profile.province or "…", issuer_name=profile.name,
        doc_type=title, summary=summary, date=on, year=year, body=body, body_font_size=13)


# --------------------------------------------------------------------------- checklists


def checklists(services: Services, round_id: int, department_ids: Sequence[int] | None = None) -> list[a.Checklist]:
    """The phiếu ghi chép of the round's departments (all in scope, or ``department_ids``), in scope order.

    Raises:
        NotFoundError: no such round, or a department outside its scope.
    """
    item = services.audits.get_round(round_id)
    wanted = list(item.department_ids) if department_ids is None else list(department_ids)
    for dep in wanted:
        if dep not in item.department_ids:
            raise NotFoundError("department", dep)
    people = services.audits.people()
    names = dict(zip(item.department_ids, item.department_names))
    secretary = next((p.department_id for p in services.agency.people() if p.is_iso_secretary), None)
    # Procedures of the department (quy trình nội bộ, quy trình giải quyết TTHC) and the TTHC they cover.
    owned: dict[int, list[tuple[str, str, bool]]] = {}
    proc_department: dict[int, int] = {}
    for dep in wanted:
        rows = [r for r in services.documents.list_documents(DocumentFilter(department_id=dep)) if r.kind in _PROCEDURES]
        owned[dep] = [(r.code, r.title, r.kind is DocumentKind.TTHC_PROCEDURE) for r in sorted(rows, key=lambda r: r.code)]
        proc_department.update({r.id: dep for r in rows})
    groups: dict[int, Counter[str]] = {dep: Counter() for dep in wanted}
    for tthc in services.tthc.search(in_force=True):
        owner = proc_department.get(tthc.procedure_id or -1)
        if owner is not None:
            groups[owner][tthc.field or "Khác"] += 1
    out = []
    for dep in wanted:
        slots = [s for s in item.schedule if s.kind is a.SlotKind.AUDIT and s.department_id == dep]
        auditor_ids = list(dict.fromkeys(i for s in slots for i in s.auditor_ids))
        first = min(slots, key=lambda s: (s.day, s.start)) if slots else None
        tthc_groups = sorted(groups[dep].items(), key=lambda kv: fold(kv[0]))
        out.append(a.Checklist(
            round=item, department_id=dep, department_name=names.get(dep, ""),
            auditors=tuple(people[i].full_name for i in auditor_ids if i in people),
            items=tuple(a.checklist_items(a.department_clauses(item, dep, secretary), owned[dep], tthc_groups)),
            day=first.day if first else None, time_text=first.time_text if first else "",
            representative=first.representative if first else ""))
    return out


def checklist_table(items: Sequence[a.ChecklistItem]) -> Table:
    """TT | Điều khoản | Nội dung kiểm tra | Bằng chứng | Kết quả (Phù hợp / Không phù hợp / Lưu ý)."""
    c = a.CHECKLIST_COLUMNS
    header = [[HeaderCell(c[0], rowspan=2), HeaderCell(c[1], rowspan=2), HeaderCell(c[2], rowspan=2),
               HeaderCell(c[3], rowspan=2), HeaderCell(c[4], colspan=3)],
              [HeaderCell(r) for r in a.CHECKLIST_RESULTS]]
    rows = [TableRow((str(n), item.clause, item.content, "", "", "", "")) for n, item in enumerate(items, start=1)]
    return Table(columns=[Column(c[0], 10, Align.CENTER), Column(c[1], 14, Align.CENTER), Column(c[2], 58),
                          Column(c[3], 33), Column(a.CHECKLIST_RESULTS[0], 16, Align.CENTER),
                          Column(a.CHECKLIST_RESULTS[1], 18, Align.CENTER),
                          Column(a.CHECKLIST_RESULTS[2], 16, Align.CENTER)],
                 rows=rows, header_rows=header, font_size=12)


def checklist_document(services: Services, round_id: int, department_ids: Sequence[int] | None = None, *,
                       on: date | None = None) -> AdminDocument:
    """The phiếu ghi chép of one department, or of several (each on its own pages) in one document.

    Raises:
        NotFoundError: no such round or department; DomainError ``checklist_no_department``, ``no_agency``.
    """
    lists = checklists(services, round_id, department_ids)
    if not lists:
        raise DomainError("checklist_no_department")
    round_ = lists[0].round
    many = f"Các phòng, bộ phận được đánh giá — đợt {round_.number} năm {round_.year}"
    return _checklists_document(services, lists, many, round_.year, on)


def _checklists_document(services: Services, lists: Sequence[a.Checklist], many: str, year: int,
                         on: date | None) -> AdminDocument:
    """The phiếu ghi chép in ``lists``, each on its own pages; ``many`` is the trích yếu of more than one."""
    profile = _profile(services, on)
    body: list[Block] = []
    for n, sheet in enumerate(lists):
        if n:
            body += [PageBreak(), Paragraph(a.CHECKLIST_TITLE, bold=True, align=Align.CENTER, indent_first_line=False)]
        body += _facts([("Đợt đánh giá: ", sheet.round.title),
                        ("Đơn vị được đánh giá: ", sheet.department_name),
                        ("Người đánh giá: ", ", ".join(sheet.auditors)),
                        ("Thời gian đánh giá: ", sheet.time_text),
                        ("Đại diện đơn vị được đánh giá: ", sheet.representative)])
        body.append(checklist_table(sheet.items))
        body += _facts([("Nhận xét chung của người đánh giá: ", DOTS * 3)])
        body.append(_signature_grid(("ĐẠI DIỆN ĐƠN VỊ ĐƯỢC ĐÁNH GIÁ", "NGƯỜI ĐÁNH GIÁ"),
                                    ("", "\n".join(sheet.auditors))))
    summary = lists[0].department_name if len(lists) == 1 else many
    code = services.documents.form_code(*CHECKLIST_FORM_WORDS, default=a.CHECKLIST_FORM_CODE)
    return _form(profile, a.CHECKLIST_TITLE, summary, code, body, year, on)


def year_checklists(services: Services, year: int, on: date | None = None) -> AdminDocument:
    """Every department's phiếu ghi chép of every audit round of the year, round by round (the offer
    ``audit.checklists``)."""
    rounds = sorted(services.audits.rounds(year), key=lambda r: r.number)
    lists = [sheet for r in rounds if r.id is not None for sheet in checklists(services, r.id)]
    if not rounds:
        raise DomainError("audit_no_round", year=year)
    if not lists:
        raise DomainError("checklist_no_department")
    many = (f"Các phòng, bộ phận được đánh giá — đợt {rounds[0].number} năm {year}" if len(rounds) == 1
            else f"Các phòng, bộ phận được đánh giá năm {year}")
    return _checklists_document(services, lists, many, year, on)


# --------------------------------------------------------------------------- phiếu yêu cầu hành động khắc phục


def _check_text(nc: a.Nonconformity) -> str:
    if nc.check_passed is None:
        return "Đạt / Không đạt"
    return "Đạt" if nc.check_passed else "Không đạt"


def corrective_rows(nc: a.Nonconformity) -> list[TableRow | GroupRow]:
    """The fields of DOMAIN.md §6.3 in the order of the paper form, blank ones left for the pen."""

    def row(label: str, value: str) -> TableRow:
        return TableRow((label, value))

    approval = ", ".join(x for x in (nc.approved_by, short_date(nc.approved_on) if nc.approved_on else "") if x)
    check = ", ".join(x for x in (nc.check_by_name, short_date(nc.check_on) if nc.check_on else "") if x)
    rows: list[TableRow | GroupRow] = [
        GroupRow("I. MÔ TẢ SỰ KHÔNG PHÙ HỢP"),
        row("Đơn vị/bộ phận", nc.department_name),
        row("Nguồn phát hiện", nc.source.label),
        row("Mô tả sự không phù hợp", nc.description),
        row("Yêu cầu/điều khoản không đáp ứng", nc.requirement),
        row("Người phát hiện, ngày", ", ".join(x for x in (nc.found_by, short_date(nc.raised_on)) if x)),
        row("Xác nhận của đơn vị", nc.confirmation),
        GroupRow("II. KHẮC PHỤC TỨC THỜI VÀ NGUYÊN NHÂN"),
        row("Khắc phục tức thời (xử lý hệ quả)", nc.correction),
        row("Nguyên nhân", nc.cause + (f"\n(Nhóm nguyên nhân: {nc.cause_category.label})" if nc.cause_category else "")),
        GroupRow("III. HÀNH ĐỘNG KHẮC PHỤC"),
        row("Hành động khắc phục", nc.action),
        row("Người thực hiện", nc.action_owner_name),
        row("Thời hạn hoàn thành", short_date(nc.due_date) if nc.due_date else ""),
        row("Phê duyệt của lãnh đạo", approval),
        GroupRow("IV. KẾT QUẢ THỰC HIỆN"),
        row("Kết quả thực hiện", nc.result),
        row("Ngày hoàn thành", short_date(nc.done_on) if nc.done_on else ""),
        GroupRow("V. KIỂM TRA, XÁC NHẬN HIỆU LỰC"),
        row("Người kiểm tra, ngày", check),
        row("Kết quả kiểm tra hiệu lực", _check_text(nc) + (f": {nc.check_notes}" if nc.check_notes else "")),
    ]
    if nc.past_attempts.strip():
        rows.append(row("Các lần kiểm tra không đạt trước đây", nc.past_attempts))
    rows += [GroupRow("VI. CẬP NHẬT RỦI RO, CƠ HỘI / THAY ĐỔI HTQLCL"),
             row("Nội dung cập nhật (nếu cần)", nc.follow_up)]
    # A blank value prints as an empty line to write on, not as nothing at all.
    return [r if isinstance(r, GroupRow) or r.cells[1] or r.cells[0] not in _WRITTEN else TableRow((r.cells[0], "\n"))
            for r in rows]


def corrective_document(services: Services, nc_ids: Sequence[int], *, on: date | None = None) -> AdminDocument:
    """The phiếu yêu cầu hành động khắc phục of ``nc_ids`` (one per page section, in number order).

    Raises:
        NotFoundError: an unknown phiếu; DomainError ``nc_none_selected`` for an empty list, ``no_agency``.
    """
    items = sorted((services.nonconformities.get(i) for i in dict.fromkeys(nc_ids)), key=lambda n: (n.year, n.number))
    if not items:
        raise DomainError("nc_none_selected")
    profile = _profile(services, on)
    body: list[Block] = []
    for n, nc in enumerate(items):
        if n:
            body += [PageBreak(), Paragraph(CORRECTIVE_TITLE, bold=True, align=Align.CENTER, indent_first_line=False)]
        body.append(Paragraph(runs=(Run("Số phiếu: ", bold=True), Run(nc.number_text),
                                    Run("    Trạng thái: ", bold=True), Run(a.state_text(nc, on or date.today()))),
                              indent_first_line=False, align=Align.LEFT))
        body.append(Table(columns=[Column(CORRECTIVE_COLUMNS[0], 60), Column(CORRECTIVE_COLUMNS[1], 105)],
                          rows=corrective_rows(nc), font_size=12))
        body.append(_signature_grid(("NGƯỜI PHÁT HIỆN", "ĐẠI DIỆN ĐƠN VỊ", "LÃNH ĐẠO PHÊ DUYỆT"),
                                    (nc.found_by, "", nc.approved_by)))
    # Each phiếu names itself on its "Số phiếu" line: no trích yếu, so a phiếu keeps to one page.
    code = services.documents.form_code(*CORRECTIVE_FORM_WORDS, default=a.CORRECTIVE_FORM_CODE)
    return _form(profile, CORRECTIVE_TITLE, "", code, body, items[0].year, on)


def year_corrective_forms(services: Services, year: int, on: date | None = None) -> AdminDocument:
    """Every phiếu of ``year`` (the offer ``audit.corrective_forms``)."""
    ids = [n.id for n in services.nonconformities.search(year=year) if n.id is not None]
    if not ids:
        raise DomainError("nc_none_in_year", year=year)
    return corrective_document(services, ids, on=on)
