"""The internal audit's drafted documents (DOMAIN.md §6.2), on the generic drafted-document service:

* ``QUYẾT ĐỊNH Về việc thành lập Đoàn đánh giá nội bộ … năm {Y}`` — the team in its Phụ lục;
* ``KẾ HOẠCH Đánh giá nội bộ …`` — mục đích, phạm vi, chuẩn mực, thành phần Đoàn, thời gian, tổ chức
  thực hiện, the nonconformities still open from earlier years, and the Chương trình as Phụ lục;
* ``THÔNG BÁO Về việc phân công và lịch đánh giá nội bộ …`` — to the departments: who audits where and
  when, what to prepare, the Chương trình as Phụ lục;
* ``BÁO CÁO Kết quả đánh giá nội bộ …`` — its summary computed from the findings.

Both are drafted from the year's (first) audit round; the secretary edits the texts, the register
numbers and files them (purposes AUDIT_TEAM and AUDIT_PLAN).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from isodesk.domain import audit as a
from isodesk.domain import core as d
from isodesk.domain.drafted import BlockProposal, DraftedDocument, DraftSigner, draft_signers, shift_years
from isodesk.domain.errors import DomainError
from isodesk.domain.formatting import short_date
from isodesk.domain.i18n import QT_TRANSLATE_NOOP
from isodesk.reports.model import AdminDocument, Align, Appendix, Block, Column, Heading, Paragraph, Run, Signature, Table, TableRow
from isodesk.services.core.agency_service import AgencyService
from isodesk.services.core.document_register_service import DocumentRegisterService
from isodesk.services.audit.audit_service import AuditService
from isodesk.services.year.drafted_service import AgencyYearBuilder, Proposal, ascii_slug, text_blocks
from isodesk.services.audit.nonconformity_service import NonconformityService
from isodesk.services.plan.plan_texts import DOST, QD19, TT26, PlanFacts
from isodesk.services.core.year_service import YearService

DECISION_KEY = "audit_decision"
PLAN_KEY = "audit_plan"
REPORT_KEY = "audit_report"
REPORT_SUMMARY = "Kết quả đánh giá nội bộ Hệ thống quản lý chất lượng theo tiêu chuẩn quốc gia TCVN ISO 9001:2015 năm {year}"
SUMMARY_COLUMNS = ("TT", "{what}", "Số điểm không phù hợp", "Số điểm lưu ý")
FINDING_COLUMNS = ("TT", "Đơn vị/bộ phận", "Điều khoản", "Loại", "Nội dung phát hiện", "Số phiếu")
DECISION_SUMMARY = ("Về việc thành lập Đoàn đánh giá nội bộ Hệ thống quản lý chất lượng theo tiêu chuẩn quốc gia "
                    "TCVN ISO 9001:2015 năm {year}")
PLAN_SUMMARY = "Đánh giá nội bộ Hệ thống quản lý chất lượng theo tiêu chuẩn quốc gia TCVN ISO 9001:2015 năm {year}"
TEAM_COLUMNS = ("TT", "Họ và tên", "Chức vụ, đơn vị công tác", "Nhiệm vụ trong Đoàn")
SCHEDULE_COLUMNS = ("TT", "Thời gian (ngày, giờ)", "Đơn vị/bộ phận được đánh giá", "Quá trình/nội dung/điều khoản đánh giá",
                    "Người đánh giá", "Đại diện đơn vị được đánh giá", "Ghi chú")


@dataclass(frozen=True)
class _AuditContext:
    """What the layout needs beyond the texts: the round and the names of its people."""

    round: a.AuditRound
    people: dict[int, d.Person]
    departments: dict[int, str]
    findings: tuple[a.Finding, ...] = ()


class _AuditBuilder(AgencyYearBuilder):
    """What the decision and the plan share: the round of the year, the facts, signers, carry-over."""

    key = ""
    title = ""
    purpose = d.DocPurpose.OTHER
    doc_type = d.IssuedDocType.DECISION

    def __init__(self, agency: AgencyService, years: YearService, audits: AuditService,
                 nonconformities: NonconformityService) -> None:
        super().__init__(agency, years)
        self._audits = audits
        self._ncs = nonconformities

    def _facts(self, year: int, when: date) -> tuple[PlanFacts, _AuditContext]:
        ry, profile = self._year_and_agency(year, when)
        rounds = sorted(self._audits.rounds(year), key=lambda r: r.number)
        if not rounds:
            raise DomainError("audit_no_round", year=year)
        people = self._agency.people(include_inactive=True)
        departments = self._agency.departments(include_inactive=True)
        # Who signs and drafts: as of the document's date; the names in the round: whoever they were.
        facts = PlanFacts(year=ry, profile=profile, people=[p for p in people if p.in_office_on(when)],
                          departments=[dep for dep in departments if dep.in_office_on(when)], step_due={},
                          contributed_bases=())
        context = _AuditContext(rounds[0], {p.id: p for p in people if p.id is not None},
                                {dep.id: dep.name for dep in departments if dep.id is not None},
                                tuple(self._audits.findings(round_id=rounds[0].id)))
        return facts, context

    @staticmethod
    def _signers(facts: PlanFacts) -> tuple[DraftSigner, ...]:
        return draft_signers(facts.profile, facts.people)

    @staticmethod
    def _recipients(facts: PlanFacts, first: str) -> str:
        unit = facts.drafting_unit
        return "\n".join([first, "- Thành viên Ban Chỉ đạo ISO;", "- Các phòng, bộ phận;",
                          f"- Lưu: VT, {unit}." if unit else "- Lưu: VT."])

    def carry(self, key: str, text: str, from_year: int, to_year: int, proposal: Proposal) -> str:
        # Names, dates and the programme change every year: the scope and team blocks are redrafted.
        if key in ("team", "schedule_time", "scope"):
            return next((b.text for b in proposal.blocks if b.key == key), "")
        return shift_years(text, from_year, to_year)

    @staticmethod
    def _person_line(person: d.Person | None, departments: dict[int, str]) -> str:
        if person is None:
            return ""
        where = departments.get(person.department_id or -1, "")
        return ", ".join(part for part in (person.title, where) if part and part not in person.title) or where

    def _document(self, draft: DraftedDocument, doc_type: d.IssuedDocType, body: list[Block],
                  appendix: Appendix, *, kinh_gui: tuple[str, ...] = ()) -> AdminDocument:
        profile = draft.agency
        entry = draft.register_entry
        signer = draft.signer
        return AdminDocument(
            agency=profile.name, parent_agency=profile.header_parent or None, symbol=draft.symbol,
            place=profile.place_name, doc_type=doc_type.type_name, summary=draft.summary,
            number=entry.number if entry is not None else None, date=entry.issue_date if entry is not None else None,
            year=draft.year, issuer_name=profile.name,
            bases=[line for line in draft.text("bases").split("\n") if line.strip()] if "bases" in {
                b.key for b in draft.blocks} else [],
            kinh_gui=list(kinh_gui),
            body=body, recipients=[line for line in draft.text("recipients").split("\n") if line.strip()],
            signature=Signature(d.signature_lines(profile, by_deputy=signer.by_deputy if signer else False),
                                signer.full_name if signer else ""),
            appendices=[appendix])

    def _stem(self, draft: DraftedDocument, prefix: str, slug: str) -> str:
        entry = draft.register_entry
        number = f"{entry.number:02d}-{draft.symbol}" if entry is not None and entry.number else "du-thao"
        return f"{prefix}_{ascii_slug(number)}_{slug}-{draft.year}"


class AuditDecisionBuilder(_AuditBuilder):
    """QĐ thành lập Đoàn đánh giá nội bộ: three articles, the team in the Phụ lục."""

    key = DECISION_KEY
    title = "Quyết định thành lập Đoàn đánh giá nội bộ"
    purpose = d.DocPurpose.AUDIT_TEAM
    doc_type = d.IssuedDocType.DECISION

    def propose(self, year: int, when: date) -> Proposal:
        facts, ctx = self._facts(year, when)
        r = ctx.round
        blocks = (
            BlockProposal("bases", "bases", QT_TRANSLATE_NOOP("AuditBlock", "Legal bases (one per line)"),
                          "\n".join([QD19, TT26, f"Theo đề nghị của Thư ký ISO {facts.agency}."])),
            BlockProposal("article1", "articles", QT_TRANSLATE_NOOP("AuditBlock", "Article 1"),
                          f"Thành lập Đoàn đánh giá nội bộ Hệ thống quản lý chất lượng theo tiêu chuẩn quốc gia TCVN "
                          f"ISO 9001:2015 năm {year} của {facts.agency} (sau đây gọi tắt là Đoàn đánh giá), gồm các "
                          f"ông (bà) có tên tại Phụ lục kèm theo Quyết định này."),
            BlockProposal("article2", "articles", QT_TRANSLATE_NOOP("AuditBlock", "Article 2"),
                          f"Đoàn đánh giá có nhiệm vụ xây dựng Kế hoạch, Chương trình và tiến hành đánh giá nội bộ "
                          f"Hệ thống quản lý chất lượng tại các phòng, bộ phận thuộc phạm vi áp dụng từ ngày "
                          f"{short_date(r.start_date)} đến ngày {short_date(r.end_date)}; báo cáo kết quả đánh giá, "
                          f"đề xuất hành động khắc phục các điểm không phù hợp. Thành viên Đoàn đánh giá không đánh "
                          f"giá công việc của đơn vị mình. Đoàn đánh giá tự giải thể sau khi hoàn thành nhiệm vụ."),
            BlockProposal("article3", "articles", QT_TRANSLATE_NOOP("AuditBlock", "Article 3"),
                          "Quyết định này có hiệu lực kể từ ngày ký. Thư ký ISO, Thủ trưởng các phòng, bộ phận và "
                          "các ông (bà) có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này."),
            BlockProposal("recipients", "closing", QT_TRANSLATE_NOOP("AuditBlock", "Recipients (one per line)"),
                          self._recipients(facts, "- Như Điều 3;")),
        )
        abbreviation = facts.profile.abbreviation.strip()
        return Proposal(agency=facts.profile, summary=DECISION_SUMMARY.format(year=year),
                        symbol=f"{self.doc_type.value}-{abbreviation}", blocks=blocks, signers=self._signers(facts),
                        context=ctx)

    def document(self, draft: DraftedDocument) -> AdminDocument:
        ctx = draft.context
        assert isinstance(ctx, _AuditContext)
        # A heading, so "QUYẾT ĐỊNH:" is kept with Điều 1 and never left alone at the foot of a page.
        body: list[Block] = [Heading(1, "QUYẾT ĐỊNH:")]
        for n in (1, 2, 3):
            text = draft.text(f"article{n}").strip()
            if text:
                body.append(Paragraph(runs=[Run(f"Điều {n}. ", bold=True), Run(text)]))
        rows = []
        for n, person_id in enumerate(ctx.round.team_ids, start=1):
            person = ctx.people.get(person_id)
            role = "Trưởng đoàn" if person_id == ctx.round.leader_id else "Thành viên"
            rows.append(TableRow((str(n), person.full_name if person else "",
                                  self._person_line(person, ctx.departments), role)))
        table = Table(columns=[Column(TEAM_COLUMNS[0], 12, Align.CENTER), Column(TEAM_COLUMNS[1], 50),
                               Column(TEAM_COLUMNS[2], 70), Column(TEAM_COLUMNS[3], 35, Align.CENTER)], rows=rows)
        appendix = Appendix(title=f"DANH SÁCH THÀNH VIÊN ĐOÀN ĐÁNH GIÁ NỘI BỘ NĂM {draft.year}", blocks=[table],
                            landscape=False)
        return self._document(draft, self.doc_type, body, appendix)

    def file_stem(self, draft: DraftedDocument) -> str:
        return self._stem(draft, "QD", "thanh-lap-Doan-danh-gia-noi-bo")


class AuditPlanBuilder(_AuditBuilder):
    """Kế hoạch đánh giá nội bộ with the Chương trình đánh giá as its Phụ lục."""

    key = PLAN_KEY
    title = "Kế hoạch đánh giá nội bộ"
    purpose = d.DocPurpose.AUDIT_PLAN
    doc_type = d.IssuedDocType.PLAN

    def propose(self, year: int, when: date) -> Proposal:
        facts, ctx = self._facts(year, when)
        r = ctx.round
        deps = "; ".join(ctx.departments.get(i, "") for i in r.department_ids)
        clauses = ", ".join(sorted(r.clauses, key=a.clause_key))
        team = []
        for person_id in r.team_ids:
            person = ctx.people.get(person_id)
            if person is None:
                continue
            role = "Trưởng đoàn" if person_id == r.leader_id else "Thành viên"
            team.append(f"- {person.full_name}, {self._person_line(person, ctx.departments)}: {role};")
        earlier = [n for n in self._ncs.search() if n.year < year and n.state is not a.NcState.CLOSED]
        follow = "\n".join(f"- Phiếu số {n.number_text} ({n.department_name}): {n.description}" for n in earlier)
        blocks = (
            BlockProposal("bases", "bases", QT_TRANSLATE_NOOP("AuditBlock", "Legal bases (one per line)"),
                          "\n".join([QD19, TT26])),
            BlockProposal("purpose", "content", QT_TRANSLATE_NOOP("AuditBlock", "Purpose and requirements"),
                          f"- {r.purpose.strip().rstrip('.')}.\n- Việc đánh giá bảo đảm khách quan, trung thực; "
                          f"thành viên Đoàn đánh giá không đánh giá công việc của đơn vị mình.", "I. MỤC ĐÍCH, YÊU CẦU"),
            BlockProposal("scope", "content", QT_TRANSLATE_NOOP("AuditBlock", "Scope and criteria"),
                          f"- Đơn vị, bộ phận được đánh giá: {deps}.\n"
                          + (f"- Quá trình, quy trình: {r.processes.strip().rstrip('.')}.\n" if r.processes.strip() else "")
                          + f"- Các điều khoản của TCVN ISO 9001:2015: {clauses}.\n"
                          f"- Chuẩn mực đánh giá: {r.criteria.strip().rstrip('.')}.",
                          "II. PHẠM VI, CHUẨN MỰC ĐÁNH GIÁ"),
            BlockProposal("team", "content", QT_TRANSLATE_NOOP("AuditBlock", "Audit team"), "\n".join(team),
                          "III. THÀNH PHẦN ĐOÀN ĐÁNH GIÁ"),
            BlockProposal("schedule_time", "content", QT_TRANSLATE_NOOP("AuditBlock", "Dates"),
                          f"Từ ngày {short_date(r.start_date)} đến ngày {short_date(r.end_date)}, theo Chương trình "
                          f"đánh giá tại Phụ lục kèm theo Kế hoạch này.", "IV. THỜI GIAN ĐÁNH GIÁ"),
            BlockProposal("followup", "content", QT_TRANSLATE_NOOP("AuditBlock", "Open nonconformities of earlier years"),
                          ("Đoàn đánh giá xem xét việc khắc phục các điểm không phù hợp còn chưa hoàn thành từ các "
                           "đợt đánh giá trước:\n" + follow) if follow else "", "V. THEO DÕI VIỆC KHẮC PHỤC"),
            BlockProposal("organisation", "content", QT_TRANSLATE_NOOP("AuditBlock", "Organisation"),
                          "- Thư ký ISO chuẩn bị tài liệu, biểu mẫu và thông báo Chương trình đánh giá đến các "
                          "phòng, bộ phận.\n- Các phòng, bộ phận được đánh giá bố trí lãnh đạo và công chức liên quan "
                          "làm việc với Đoàn đánh giá, cung cấp đầy đủ hồ sơ, tài liệu.\n- Đoàn đánh giá báo cáo kết "
                          "quả đánh giá trước cuộc họp xem xét của lãnh đạo.",
                          "TỔ CHỨC THỰC HIỆN"),
            BlockProposal("recipients", "closing", QT_TRANSLATE_NOOP("AuditBlock", "Recipients (one per line)"),
                          self._recipients(facts, f"- {DOST} (để báo cáo);")),
        )
        abbreviation = facts.profile.abbreviation.strip()
        return Proposal(agency=facts.profile, summary=PLAN_SUMMARY.format(year=year),
                        symbol=f"{self.doc_type.value}-{abbreviation}", blocks=blocks, signers=self._signers(facts),
                        context=ctx)

    def document(self, draft: DraftedDocument) -> AdminDocument:
        ctx = draft.context
        assert isinstance(ctx, _AuditContext)
        body: list[Block] = []
        roman = iter(("I", "II", "III", "IV", "V", "VI", "VII"))
        for block in draft.blocks:
            if block.section != "content" or not block.text.strip():
                continue
            heading = block.heading.split(". ", 1)[-1] if block.heading else ""
            body.append(Heading(1, f"{next(roman)}. {heading}"))
            body.extend(text_blocks(block.text))
        appendix = Appendix(title=f"CHƯƠNG TRÌNH ĐÁNH GIÁ NỘI BỘ NĂM {draft.year}",
                            blocks=[schedule_table(ctx.round, ctx.people, ctx.departments)], landscape=True)
        return self._document(draft, self.doc_type, body, appendix)

    def file_stem(self, draft: DraftedDocument) -> str:
        return self._stem(draft, "KH", "danh-gia-noi-bo")


def schedule_table(round_: a.AuditRound, people: dict[int, d.Person], departments: dict[int, str]) -> Table:
    """The Chương trình đánh giá (DOMAIN.md §6.2 columns), opening and closing meetings included."""
    rows = []
    for n, slot in enumerate(round_.schedule, start=1):
        names = ", ".join(people[i].full_name for i in slot.auditor_ids if i in people)
        if slot.kind is not a.SlotKind.AUDIT and set(slot.auditor_ids) >= set(round_.team_ids):
            names = "Toàn Đoàn đánh giá"
        where = departments.get(slot.department_id, "") if slot.department_id else slot.kind.label
        rows.append(TableRow((str(n), slot.time_text, where, slot.content_text, names, slot.representative,
                              slot.notes)))
    return Table(columns=[Column(SCHEDULE_COLUMNS[0], 10, Align.CENTER), Column(SCHEDULE_COLUMNS[1], 32),
                          Column(SCHEDULE_COLUMNS[2], 45), Column(SCHEDULE_COLUMNS[3], 62),
                          Column(SCHEDULE_COLUMNS[4], 38), Column(SCHEDULE_COLUMNS[5], 38),
                          Column(SCHEDULE_COLUMNS[6], 25)], rows=rows)


def _count_table(rows: list[a.FindingCount], what: str, label: "dict[str, str] | None" = None) -> Table:
    body = [TableRow((str(n), (label or {}).get(c.key, c.key), str(c.nonconformities), str(c.observations)))
            for n, c in enumerate(rows, start=1)]
    body.append(TableRow(("", "Tổng cộng", str(sum(c.nonconformities for c in rows)),
                          str(sum(c.observations for c in rows)))))
    columns = SUMMARY_COLUMNS
    return Table(columns=[Column(columns[0], 12, Align.CENTER), Column(columns[1].format(what=what), 95),
                          Column(columns[2], 35, Align.CENTER), Column(columns[3], 30, Align.CENTER)], rows=body)


class AuditReportBuilder(_AuditBuilder):
    """BÁO CÁO Kết quả đánh giá nội bộ: its summary per department and per clause computed from the
    findings (never typed), the conclusion and recommendations drafted, the findings in the Phụ lục."""

    key = REPORT_KEY
    title = "Báo cáo kết quả đánh giá nội bộ"
    purpose = d.DocPurpose.AUDIT_REPORT
    doc_type = d.IssuedDocType.REPORT

    def propose(self, year: int, when: date) -> Proposal:
        facts, ctx = self._facts(year, when)
        r = ctx.round
        ncs = sum(1 for f in ctx.findings if f.kind is a.FindingKind.NONCONFORMITY)
        obs = len(ctx.findings) - ncs
        audited = {f.department_id for f in ctx.findings}
        clean = [ctx.departments.get(i, "") for i in r.department_ids if i not in audited]
        conclusion = (f"Hệ thống quản lý chất lượng của {facts.agency} cơ bản phù hợp với yêu cầu của tiêu chuẩn "
                      f"TCVN ISO 9001:2015 và được áp dụng, duy trì có hiệu lực"
                      + (f"; các đơn vị cần khắc phục {ncs} điểm không phù hợp đã nêu." if ncs else "."))
        if clean:
            conclusion += f"\nCác đơn vị không có phát hiện: {'; '.join(clean)}."
        blocks = (
            BlockProposal("intro", "content", QT_TRANSLATE_NOOP("AuditBlock", "Opening paragraph"),
                          f"Thực hiện Kế hoạch đánh giá nội bộ Hệ thống quản lý chất lượng năm {year}, từ ngày "
                          f"{short_date(r.start_date)} đến ngày {short_date(r.end_date)}, Đoàn đánh giá nội bộ đã "
                          f"tiến hành đánh giá tại {len(r.department_ids)} đơn vị, bộ phận. Đoàn đánh giá báo cáo "
                          f"kết quả như sau:"),
            BlockProposal("result", "content", QT_TRANSLATE_NOOP("AuditBlock", "Results"),
                          f"Đoàn đánh giá đã phát hiện {ncs} điểm không phù hợp và {obs} điểm lưu ý (khuyến nghị), "
                          f"tổng hợp theo đơn vị và theo điều khoản tại các bảng dưới đây; nội dung từng phát hiện "
                          f"tại Phụ lục kèm theo Báo cáo này.", "I. KẾT QUẢ ĐÁNH GIÁ"),
            BlockProposal("conclusion", "content", QT_TRANSLATE_NOOP("AuditBlock", "Conclusion"), conclusion,
                          "II. KẾT LUẬN VỀ SỰ PHÙ HỢP VÀ HIỆU LỰC"),
            BlockProposal("recommendations", "content", QT_TRANSLATE_NOOP("AuditBlock", "Recommendations"),
                          "- Các đơn vị có điểm không phù hợp xác định nguyên nhân, thực hiện hành động khắc phục "
                          "theo Phiếu yêu cầu hành động khắc phục và báo cáo kết quả cho Thư ký ISO đúng thời hạn.\n"
                          "- Thư ký ISO theo dõi, tổ chức kiểm tra hiệu lực của hành động khắc phục và tổng hợp "
                          "báo cáo tại cuộc họp xem xét của lãnh đạo.", "III. KIẾN NGHỊ"),
            BlockProposal("recipients", "closing", QT_TRANSLATE_NOOP("AuditBlock", "Recipients (one per line)"),
                          self._recipients(facts, "- Lãnh đạo (để báo cáo);")),
        )
        abbreviation = facts.profile.abbreviation.strip()
        return Proposal(agency=facts.profile, summary=REPORT_SUMMARY.format(year=year),
                        symbol=f"{self.doc_type.value}-{abbreviation}", blocks=blocks, signers=self._signers(facts),
                        context=ctx)

    def document(self, draft: DraftedDocument) -> AdminDocument:
        ctx = draft.context
        assert isinstance(ctx, _AuditContext)
        body: list[Block] = []
        intro = draft.text("intro").strip()
        if intro:
            body.extend(text_blocks(intro))
        for key in ("result", "conclusion", "recommendations"):
            block = draft.block(key)
            body.append(Heading(1, block.heading))
            body.extend(text_blocks(block.text))
            if key == "result":
                # Computed from the findings, never typed (DOMAIN.md §7 rule 1).
                body.append(Heading(2, "1. Theo đơn vị, bộ phận"))
                body.append(_count_table(a.summarise(ctx.findings, by="department"), "Đơn vị/bộ phận"))
                body.append(Heading(2, "2. Theo điều khoản của TCVN ISO 9001:2015"))
                body.append(_count_table(a.summarise(ctx.findings, by="clause"), "Điều khoản",
                                         {c: a.clause_label(c) for c in a.CLAUSE_TITLES}))
        rows = [TableRow((str(n), f.department_name, f.clause, f.kind.label, f.description, f.nonconformity_number))
                for n, f in enumerate(sorted(ctx.findings, key=lambda f: (f.department_name, a.clause_key(f.clause))),
                                      start=1)]
        table = Table(columns=[Column(FINDING_COLUMNS[0], 10, Align.CENTER), Column(FINDING_COLUMNS[1], 45),
                               Column(FINDING_COLUMNS[2], 22, Align.CENTER), Column(FINDING_COLUMNS[3], 28),
                               Column(FINDING_COLUMNS[4], 110), Column(FINDING_COLUMNS[5], 22, Align.CENTER)],
                      rows=rows)
        appendix = Appendix(title=f"DANH SÁCH CÁC ĐIỂM KHÔNG PHÙ HỢP VÀ ĐIỂM LƯU Ý NĂM {draft.year}", blocks=[table],
                            landscape=True)
        return self._document(draft, self.doc_type, body, appendix)

    def file_stem(self, draft: DraftedDocument) -> str:
        return self._stem(draft, "BC", "ket-qua-danh-gia-noi-bo")


NOTICE_KEY = "audit_notice"
NOTICE_SUMMARY = ("Về việc phân công và lịch đánh giá nội bộ Hệ thống quản lý chất lượng theo tiêu chuẩn quốc gia "
                  "TCVN ISO 9001:2015 năm {year}")


def assignments(round_: a.AuditRound, people: dict[int, d.Person], departments: dict[int, str]) -> list[str]:
    """"- Ông (bà) Nguyễn Văn A, Trưởng đoàn: đánh giá tại Văn phòng (20/10/2025, 08h00–11h30); …" —
    each team member with the departments the programme gives them, in programme order."""
    lines = []
    for person_id in round_.team_ids:
        person = people.get(person_id)
        if person is None:
            continue
        role = "Trưởng đoàn" if person_id == round_.leader_id else "thành viên"
        places = [f"{departments.get(slot.department_id, '')} ({slot.time_text})"
                  for slot in round_.schedule
                  if slot.kind is a.SlotKind.AUDIT and slot.department_id is not None and person_id in slot.auditor_ids]
        task = f"đánh giá tại {'; '.join(places)}" if places else "tham gia các cuộc họp của Đoàn đánh giá"
        lines.append(f"- Ông (bà) {person.full_name}, {role}: {task};")
    if lines:
        lines[-1] = lines[-1].rstrip(";") + "."
    return lines


class AuditNoticeBuilder(_AuditBuilder):
    """THÔNG BÁO phân công và lịch đánh giá nội bộ to the departments (TB, NĐ 30 Phụ lục III): who
    audits where and when, what the departments prepare, the Chương trình as its Phụ lục. Filed in
    the register with the plan's purpose (AUDIT_PLAN) and type TB: it is part of the audit's planning."""

    key = NOTICE_KEY
    title = "Thông báo phân công và lịch đánh giá nội bộ"
    purpose = d.DocPurpose.AUDIT_PLAN
    doc_type = d.IssuedDocType.NOTICE

    def __init__(self, agency: AgencyService, years: YearService, audits: AuditService,
                 nonconformities: NonconformityService, register: DocumentRegisterService | None = None) -> None:
        super().__init__(agency, years, audits, nonconformities)
        self._register = register

    def _plan_reference(self, year: int) -> str:
        """"số 05/KH-UBND ngày 06/10/2025" of the year's issued audit plan, "" before it is numbered."""
        if self._register is None:
            return ""
        plans = [e for e in self._register.list(year=year, purpose=d.DocPurpose.AUDIT_PLAN, doc_type=d.IssuedDocType.PLAN)
                 if e.number is not None]
        return f" số {plans[0].reference}" if plans else ""

    def propose(self, year: int, when: date) -> Proposal:
        facts, ctx = self._facts(year, when)
        r = ctx.round
        opening = next((s for s in r.schedule if s.kind is a.SlotKind.OPENING), None)
        closing = next((s for s in r.schedule if s.kind is a.SlotKind.CLOSING), None)
        time_lines = [f"- Thời gian đánh giá: từ ngày {short_date(r.start_date)} đến ngày {short_date(r.end_date)}."]
        if opening is not None:
            time_lines.append(f"- Họp khai mạc: {opening.start:%Hh%M} ngày {short_date(opening.day)}"
                              + (f"; {opening.notes.strip().rstrip('.')}." if opening.notes.strip() else "."))
        if closing is not None:
            time_lines.append(f"- Họp kết thúc: {closing.start:%Hh%M} ngày {short_date(closing.day)}.")
        time_lines.append("- Lịch đánh giá tại từng phòng, bộ phận theo Phụ lục kèm theo Thông báo này.")
        blocks = (
            BlockProposal("intro", "content", QT_TRANSLATE_NOOP("AuditBlock", "Opening paragraph"),
                          f"Thực hiện Kế hoạch{self._plan_reference(year)} về đánh giá nội bộ Hệ thống quản lý chất "
                          f"lượng theo tiêu chuẩn quốc gia TCVN ISO 9001:2015 năm {year}, {facts.agency} thông báo "
                          f"phân công nhiệm vụ của Đoàn đánh giá và lịch đánh giá nội bộ như sau:"),
            BlockProposal("assignment", "content", QT_TRANSLATE_NOOP("AuditBlock", "Assignments of the team"),
                          "\n".join(assignments(r, ctx.people, ctx.departments)), "I. PHÂN CÔNG ĐOÀN ĐÁNH GIÁ"),
            BlockProposal("schedule_time", "content", QT_TRANSLATE_NOOP("AuditBlock", "Dates"),
                          "\n".join(time_lines), "II. THỜI GIAN, LỊCH ĐÁNH GIÁ"),
            BlockProposal("requests", "content", QT_TRANSLATE_NOOP("AuditBlock", "Requests to the departments"),
                          "- Các phòng, bộ phận được đánh giá chuẩn bị đầy đủ tài liệu, hồ sơ liên quan đến các quy "
                          "trình, thủ tục hành chính thuộc lĩnh vực được giao (hồ sơ giải quyết TTHC, sổ theo dõi, "
                          "kế hoạch, báo cáo, hồ sơ khắc phục các điểm không phù hợp lần trước).\n"
                          "- Trưởng phòng, bộ phận hoặc người được ủy quyền có mặt làm đại diện đơn vị được đánh giá "
                          "trong suốt thời gian đánh giá tại đơn vị; bố trí công chức liên quan làm việc với Đoàn "
                          "đánh giá.\n"
                          "- Lãnh đạo các phòng, bộ phận dự họp khai mạc và họp kết thúc; xác nhận các phát hiện "
                          "của Đoàn đánh giá.\n"
                          "- Thành viên Đoàn đánh giá chuẩn bị phiếu ghi chép (checklist) trước khi đánh giá và "
                          "không đánh giá công việc của đơn vị mình.",
                          "III. ĐỀ NGHỊ CÁC PHÒNG, BỘ PHẬN"),
            BlockProposal("recipients", "closing", QT_TRANSLATE_NOOP("AuditBlock", "Recipients (one per line)"),
                          self._recipients(facts, "- Thành viên Đoàn đánh giá;")),
        )
        abbreviation = facts.profile.abbreviation.strip()
        return Proposal(agency=facts.profile, summary=NOTICE_SUMMARY.format(year=year),
                        symbol=f"{self.doc_type.value}-{abbreviation}", blocks=blocks, signers=self._signers(facts),
                        context=ctx)

    def carry(self, key: str, text: str, from_year: int, to_year: int, proposal: Proposal) -> str:
        # Who goes where, and when, is this year's programme: never last year's.
        if key in ("assignment", "schedule_time", "intro"):
            return next((b.text for b in proposal.blocks if b.key == key), "")
        return shift_years(text, from_year, to_year)

    def document(self, draft: DraftedDocument) -> AdminDocument:
        ctx = draft.context
        assert isinstance(ctx, _AuditContext)
        body: list[Block] = []
        body.extend(text_blocks(draft.text("intro").strip()))
        for key in ("assignment", "schedule_time", "requests"):
            block = draft.block(key)
            if not block.text.strip():
                continue
            body.append(Heading(1, block.heading))
            body.extend(text_blocks(block.text))
        appendix = Appendix(title=f"LỊCH ĐÁNH GIÁ NỘI BỘ NĂM {draft.year}", blocks=[schedule_table(ctx.round, ctx.people,
                                                                                                   ctx.departments)],
                            landscape=True)
        return self._document(draft, self.doc_type, body, appendix)

    def file_stem(self, draft: DraftedDocument) -> str:
        return self._stem(draft, "TB", "phan-cong-danh-gia-noi-bo")
