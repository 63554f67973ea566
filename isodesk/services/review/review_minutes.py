"""``BIÊN BẢN Họp xem xét của lãnh đạo đối với Hệ thống quản lý chất lượng năm {Y}`` (NĐ 30 Mẫu 1.9
minutes; DOMAIN.md §3, §6.4) as a builder of the generic drafted-document service.

The content is the 9.3.2 input blocks (proposed from the modules' contributions, edited text kept per
block, flagged when unchanged from last year by the generic service), then the decisions table
(9.3.3), the closing line with the end time, and the signatures of THƯ KÝ and CHỦ TRÌ side by side.
The minutes are of the year's last meeting.
"""

from __future__ import annotations

from datetime import date

from isodesk.domain import core as core_d
from isodesk.domain import review as d
from isodesk.domain.drafted import BlockProposal, DraftedDocument, DraftSigner, shift_years
from isodesk.domain.errors import DomainError
from isodesk.domain.formatting import short_date
from isodesk.domain.i18n import QT_TRANSLATE_NOOP
from isodesk.reports.model import AdminDocument, Align, Block, Bullet, Column, Heading, Paragraph, Signature, Table
from isodesk.services.core.agency_service import AgencyService
from isodesk.services.year.drafted_service import AgencyYearBuilder, Proposal, ascii_slug
from isodesk.services.review.review_service import ReviewService
from isodesk.services.core.year_service import YearService

DOCUMENT_KEY = "review.minutes"
DOC_TYPE = core_d.IssuedDocType.MINUTES
SUMMARY_TEMPLATE = "Họp xem xét của lãnh đạo đối với Hệ thống quản lý chất lượng năm {year}"
ACTION_COLUMNS = ("TT", "Nội dung/quyết định", "Đơn vị, người thực hiện", "Thời hạn", "Ghi chú")
ACTION_WIDTHS = (10.0, 60.0, 38.0, 24.0, 33.0)


def _hm(t: object) -> str:
    return f"{t:%H} giờ {t:%M}" if t is not None else "… giờ …"


def action_rows(actions: tuple[d.ReviewAction, ...]) -> list[tuple[str, ...]]:
    """The rows of the decisions table, numbered."""
    rows: list[tuple[str, ...]] = []
    for i, a in enumerate(actions, 1):
        note = a.notes or a.kind.label
        if not a.is_open and a.closed_on is not None:
            note = f"{note}; hoàn thành {short_date(a.closed_on)}"
        rows.append((str(i), a.content, a.responsible, short_date(a.deadline) if a.deadline else "", note))
    return rows


class ReviewMinutesBuilder(AgencyYearBuilder):
    """The minutes of the management review of a year (its last meeting)."""

    key = DOCUMENT_KEY
    title = "Biên bản họp xem xét của lãnh đạo"
    purpose = core_d.DocPurpose.MANAGEMENT_REVIEW
    doc_type = DOC_TYPE

    def __init__(self, agency: AgencyService, years: YearService, review: ReviewService) -> None:
        super().__init__(agency, years)
        self._review = review

    def _meeting(self, year: int) -> d.Meeting:
        meetings = self._review.list_meetings(year)
        if not meetings:
            raise DomainError("review_no_meeting", year=year)
        return meetings[-1]

    def propose(self, year: int, when: date) -> Proposal:
        _, profile = self._year_and_agency(year, when)
        meeting = self._meeting(year)
        blocks = [BlockProposal(f"input_{b.letter}", "inputs", QT_TRANSLATE_NOOP("DraftBlock", "Input of clause 9.3.2"),
                                b.text, d.block_heading(b.letter, b.title))
                  for b in self._review.inputs(year)]
        blocks.append(BlockProposal("conclusion", "outputs", QT_TRANSLATE_NOOP("DraftBlock", "Conclusion of the chair"),
                                    "Hệ thống quản lý chất lượng được duy trì phù hợp, đầy đủ và có hiệu lực; "
                                    "các phòng, bộ phận thực hiện các nội dung đã thống nhất tại bảng dưới đây.",
                                    "Kết luận và các quyết định"))
        blocks.append(BlockProposal("recipients", "closing",
                                    QT_TRANSLATE_NOOP("DraftBlock", "Recipients (Nơi nhận, one per line)"),
                                    "- Ban Chỉ đạo ISO;\n- Các phòng, bộ phận;\n- Lưu: VT, hồ sơ ISO."))
        people = {p.id: p for p in self._agency.people(include_inactive=True)}  # the chair may have left since
        signers = tuple(DraftSigner(p.id, p.full_name, p.title, False)
                        for pid in (meeting.chair_id,) if pid is not None and (p := people.get(pid)) is not None
                        and p.id is not None)
        return Proposal(agency=profile, summary=SUMMARY_TEMPLATE.format(year=year),
                        symbol=f"{DOC_TYPE.value}-{profile.abbreviation.strip()}", blocks=tuple(blocks),
                        signers=signers, context=None)

    def carry(self, key: str, text: str, from_year: int, to_year: int, proposal: Proposal) -> str:
        return shift_years(text, from_year, to_year)

    def document(self, draft: DraftedDocument) -> AdminDocument:
        """The minutes laid out per Mẫu 1.9: facts of the meeting, the inputs, the decisions table."""
        meeting = self._meeting(draft.year)
        profile, entry = draft.agency, draft.register_entry
        body: list[Block] = [
            Paragraph(f"Thời gian bắt đầu: {_hm(meeting.start)}, ngày {short_date(meeting.held_on)}."),
            Paragraph(f"Địa điểm: {meeting.place}."),
            Paragraph("Thành phần tham dự:"),
            *[Bullet(name) for name in meeting.attendee_names],
            Paragraph(f"Chủ trì (chủ toạ): {meeting.chair_name}."),
            Paragraph(f"Thư ký (người ghi biên bản): {meeting.secretary_name}."),
            Paragraph("Nội dung (theo diễn biến cuộc họp/hội nghị/hội thảo):"),
            Heading(1, "I. CÁC ĐẦU VÀO CỦA XEM XÉT CỦA LÃNH ĐẠO"),
        ]
        outputs: list[Block] = []
        c_shown = False
        for b in draft.blocks:
            if not b.text.strip() or b.key == "recipients":
                continue
            target = outputs if b.section == "outputs" else body
            if b.key.startswith("input_c") and not c_shown:
                body.append(Heading(2, d.C_HEADING))
                c_shown = True
            if b.heading:
                target.append(Heading(2, b.heading) if b.section == "inputs" else Heading(1, "II. " + b.heading.upper()))
            for line in (x.strip() for x in b.text.split("\n")):
                if line:
                    target.append(Bullet(line.lstrip("- ")) if line.startswith("-") else Paragraph(line))
        if not outputs:
            outputs.append(Heading(1, "II. KẾT LUẬN VÀ CÁC QUYẾT ĐỊNH"))
        body += outputs
        columns = [Column(t, w, Align.CENTER if i in (0, 3) else Align.LEFT)
                   for i, (t, w) in enumerate(zip(ACTION_COLUMNS, ACTION_WIDTHS, strict=True))]
        rows = action_rows(meeting.actions)
        if rows:
            body.append(Table(columns=columns, rows=rows))
        else:
            body.append(Paragraph("Cuộc họp không đề ra hành động nào."))
        day = meeting.held_on
        body.append(Paragraph(f"Cuộc họp kết thúc vào {_hm(meeting.end)}, ngày {day.day:02d} tháng {day.month:02d} "
                              f"năm {day.year}./."))
        return AdminDocument(
            agency=profile.name, parent_agency=profile.header_parent or None, symbol=draft.symbol,
            place=profile.place_name, doc_type=DOC_TYPE.type_name, summary=draft.summary,
            number=entry.number if entry is not None else None, date=entry.issue_date if entry is not None else None,
            year=draft.year, issuer_name=profile.name, body=body,
            recipients=[line for line in draft.text("recipients").split("\n") if line.strip()],
            signature=Signature(["CHỦ TRÌ"], meeting.chair_name),
            left_signature=Signature(["THƯ KÝ"], meeting.secretary_name),
        )

    def file_stem(self, draft: DraftedDocument) -> str:
        entry = draft.register_entry
        number = f"{entry.number:02d}-{draft.symbol}" if entry is not None and entry.number else "du-thao"
        return f"BB_{ascii_slug(number)}_xem-xet-cua-lanh-dao-{draft.year}"
