"""The objectives' drafted documents (DOMAIN.md §6.8, §12 step 1):

* ``QUYẾT ĐỊNH Ban hành Chính sách chất lượng và Mục tiêu chất lượng năm {Y}`` with Phụ lục I (the
  policy and the objectives, by level) and Phụ lục II (the 6.2.2 plan, landscape);
* ``BÁO CÁO Kết quả thực hiện mục tiêu chất lượng năm {Y}`` with the year-end evaluation table
  (objective, target, result, đạt/không đạt), the achievement computed, never typed.

Both are builders of the generic drafted-document service: the secretary edits the blocks, the files
are recorded in the issued-documents register (purpose ``quality_objectives``), and next year starts
from this year's edited texts with the years moved on.
"""

from __future__ import annotations

from datetime import date

from isodesk.domain import core as d
from isodesk.domain import objectives as od
from isodesk.domain.drafted import BlockProposal, DraftedDocument, draft_signers
from isodesk.domain.formatting import format_percent
from isodesk.domain.i18n import QT_TRANSLATE_NOOP
from isodesk.reports import (
    AdminDocument,
    Align,
    Appendix,
    Block,
    Bullet,
    Column,
    Heading,
    Paragraph,
    Run,
    Signature,
    Table,
    TableRow,
)
from isodesk.services.core.agency_service import AgencyService
from isodesk.services.year.drafted_service import AgencyYearBuilder, Proposal, ascii_slug, default_carry, text_blocks
from isodesk.services.objectives.objective_service import ObjectiveService
from isodesk.services.plan.plan_texts import QD19, TT26
from isodesk.services.core.year_service import YearService

DECISION_KEY = od.DECISION_KEY
EVALUATION_KEY = od.EVALUATION_KEY

#: Phụ lục II columns: the 6.2.2 plan (DOMAIN.md §6.8), widths in mm for a landscape A4 page.
PLAN_TABLE_COLUMNS = (("TT", 10, Align.CENTER), ("Mục tiêu chất lượng", 38, Align.LEFT), ("Chỉ tiêu", 34, Align.LEFT),
                      ("Biện pháp/Nội dung thực hiện", 52, Align.LEFT), ("Nguồn lực", 22, Align.LEFT),
                      ("Đơn vị/Người chịu trách nhiệm", 28, Align.LEFT),
                      ("Thời gian thực hiện/hoàn thành", 22, Align.CENTER),
                      ("Phương pháp đo lường, đánh giá", 28, Align.LEFT), ("Kết quả thực hiện", 20, Align.LEFT))
EVALUATION_TABLE_COLUMNS = (("TT", 10, Align.CENTER), ("Mục tiêu chất lượng", 60, Align.LEFT),
                            ("Chỉ tiêu", 50, Align.LEFT), ("Kết quả thực hiện", 30, Align.CENTER),
                            ("Đánh giá", 25, Align.CENTER))


def _authority(profile: d.AgencyProfile) -> str:
    """The issuing authority line of a decision: "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ SƠN LÂM"."""
    head = profile.head_title.strip()
    return f"{head} {profile.name}".strip().upper() if head else profile.name.upper()


def _local_government_law(year: int) -> str:
    if year >= 2025:
        return "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;"
    return "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;"


def _unit(o: od.Objective) -> str:
    return o.unit if o.unit == "%" else f" {o.unit}" if o.unit else ""


class _Base(AgencyYearBuilder):
    """Shared data: the agency as of the document's date, the objectives and the policy of the year."""

    def __init__(self, agency: AgencyService, years: YearService, objectives: ObjectiveService) -> None:
        super().__init__(agency, years)
        self._objectives = objectives

    def _facts(self, year: int, when: date, *, with_figures: bool = True
               ) -> tuple[d.AgencyProfile, list[od.Objective], od.QualityPolicy | None]:
        _, profile = self._year_and_agency(year, when)
        # The decision prints no results: it need not collect the named figures bound objectives read.
        items = self._objectives.objectives(year) if with_figures else self._objectives.objectives(year, figures={})
        return profile, items, self._objectives.policy_for(year)

    def carry(self, key: str, text: str, from_year: int, to_year: int, proposal: Proposal) -> str:
        return default_carry(key, text, from_year, to_year, proposal)

    @staticmethod
    def _admin(draft: DraftedDocument, doc_type: d.IssuedDocType, body: list[Block],
               appendices: list[Appendix]) -> AdminDocument:
        profile, entry, signer = draft.agency, draft.register_entry, draft.signer
        return AdminDocument(
            agency=profile.name, parent_agency=profile.header_parent or None, symbol=draft.symbol,
            place=profile.place_name, doc_type=doc_type.type_name, summary=draft.summary,
            number=entry.number if entry is not None else None, date=entry.issue_date if entry is not None else None,
            year=draft.year, issuer_name=profile.name, body=body,
            recipients=[line for line in draft.text("recipients").split("\n") if line.strip()],
            signature=Signature(d.signature_lines(profile, by_deputy=signer.by_deputy if signer else False),
                                signer.full_name if signer else ""),
            appendices=appendices)


class ObjectivesDecisionBuilder(_Base):
    """QUYẾT ĐỊNH Ban hành Chính sách chất lượng và Mục tiêu chất lượng năm {Y}."""

    key = DECISION_KEY
    title = "Quyết định ban hành Chính sách chất lượng và Mục tiêu chất lượng"
    purpose = d.DocPurpose.QUALITY_OBJECTIVES
    doc_type = d.IssuedDocType.DECISION

    def propose(self, year: int, when: date) -> Proposal:
        profile, items, policy = self._facts(year, when, with_figures=False)
        name = profile.name
        bases = "\n".join([_local_government_law(year), QD19, TT26,
                           "Theo đề nghị của Thư ký ISO và Chánh Văn phòng."])
        frequencies = sorted({o.frequency for o in items}, key=list(od.Frequency).index)
        when_text = ", ".join(f.label.lower() for f in frequencies) or "hằng quý"
        blocks = (
            BlockProposal("bases", "bases", QT_TRANSLATE_NOOP("DraftBlock", "Legal bases"), bases),
            BlockProposal("policy", "policy", QT_TRANSLATE_NOOP("DraftBlock", "Quality policy"), policy.text if policy else ""),
            BlockProposal("article1", "articles", QT_TRANSLATE_NOOP("DraftBlock", "Article 1"),
                          f"Ban hành kèm theo Quyết định này Chính sách chất lượng và Mục tiêu chất lượng năm {year} "
                          f"của {name} (Phụ lục I) và Kế hoạch thực hiện mục tiêu chất lượng năm {year} (Phụ lục II)."),
            BlockProposal("article2", "articles", QT_TRANSLATE_NOOP("DraftBlock", "Article 2"),
                          "Các phòng, ban, bộ phận và cán bộ, công chức có liên quan tổ chức thực hiện các biện pháp "
                          f"theo Kế hoạch; đo lường, đánh giá kết quả thực hiện mục tiêu ({when_text}) và báo cáo "
                          "về Thư ký ISO để tổng hợp, báo cáo Ban Chỉ đạo ISO. Quyết định này có hiệu lực kể từ ngày ký."),
            BlockProposal("article3", "articles", QT_TRANSLATE_NOOP("DraftBlock", "Article 3"),
                          "Chánh Văn phòng, Trưởng các phòng, ban, bộ phận và các cá nhân có liên quan chịu trách "
                          "nhiệm thi hành Quyết định này."),
            BlockProposal("recipients", "recipients", QT_TRANSLATE_NOOP("DraftBlock", "Recipients"), "Như Điều 3;\nBan Chỉ đạo ISO;\nLưu: VT."),
        )
        return Proposal(agency=profile, summary=f"Ban hành Chính sách chất lượng và Mục tiêu chất lượng năm {year}",
                        symbol=f"{self.doc_type.value}-{profile.abbreviation.strip()}", blocks=blocks,
                        signers=draft_signers(profile, self._agency.people()), context=tuple(items))

    def document(self, draft: DraftedDocument) -> AdminDocument:
        items = list(draft.context or ())  # type: ignore[call-overload]  # context holds the objectives the builder put there
        y = draft.year
        body: list[Block] = [Paragraph(_authority(draft.agency), bold=True, align=Align.CENTER,
                                       indent_first_line=False)]
        bases = [line.strip().rstrip(";.") for line in draft.text("bases").split("\n") if line.strip()]
        for number, line in enumerate(bases, start=1):
            body.append(Paragraph(line + ("." if number == len(bases) else ";"), italic=True))
        body.append(Paragraph(runs=[Run("QUYẾT ĐỊNH:", bold=True)], align=Align.CENTER, indent_first_line=False))
        for number in (1, 2, 3):
            text = draft.text(f"article{number}").strip()
            if text:
                body.append(Paragraph(runs=[Run(f"Điều {number}. ", bold=True), Run(text)]))
        return self._admin(draft, self.doc_type, body, [
            Appendix(title=f"CHÍNH SÁCH CHẤT LƯỢNG VÀ MỤC TIÊU CHẤT LƯỢNG NĂM {y}",
                     blocks=_policy_and_objectives(draft.text("policy"), items), landscape=False),
            Appendix(title=f"KẾ HOẠCH THỰC HIỆN MỤC TIÊU CHẤT LƯỢNG NĂM {y}", blocks=[plan_table(items)],
                     landscape=True),
        ])

    def file_stem(self, draft: DraftedDocument) -> str:
        entry = draft.register_entry
        number = f"{entry.number:02d}-{draft.symbol}" if entry is not None and entry.number else "du-thao"
        return f"QD_{ascii_slug(number)}_chinh-sach-muc-tieu-chat-luong-{draft.year}"


def _policy_and_objectives(policy: str, items: list[od.Objective]) -> list[Block]:
    blocks: list[Block] = [Heading(1, "I. CHÍNH SÁCH CHẤT LƯỢNG"), *text_blocks(policy),
                           Heading(1, "II. MỤC TIÊU CHẤT LƯỢNG")]
    agency = [o for o in items if o.level is od.Level.AGENCY]
    departments: dict[str, list[od.Objective]] = {}
    for o in items:
        if o.level is od.Level.DEPARTMENT:
            departments.setdefault(o.department_name, []).append(o)
    number = 0
    if agency:
        number += 1
        blocks.append(Heading(2, f"{number}. Mục tiêu chất lượng cấp cơ quan"))
        blocks += [Bullet(f"- {o.title}: {o.target_text}.") for o in agency]
    if departments:
        number += 1
        blocks.append(Heading(2, f"{number}. Mục tiêu chất lượng cấp phòng"))
        for letter, (name, group) in zip("abcdefghiklmnopqrstuvxy", departments.items()):
            blocks.append(Heading(3, f"{letter}) {name}"))
            blocks += [Bullet(f"- {o.title}: {o.target_text}.") for o in group]
    return blocks


def plan_table(items: list[od.Objective], *, with_results: bool = False) -> Table:
    """Phụ lục II: one row per objective with its plan lines (6.2.2), the result column blank at issue."""
    rows = []
    for n, o in enumerate(items, start=1):
        spec = od.OBJECTIVES_SPEC
        rows.append(TableRow((str(n), o.title, o.target_text, spec.column("measures").text(o),
                              spec.column("resources").text(o), spec.column("responsible").text(o),
                              spec.column("timeframe").text(o), o.method,
                              spec.column("results").text(o) if with_results else "")))
    return Table(columns=[Column(t, w, a) for t, w, a in PLAN_TABLE_COLUMNS], rows=rows, font_size=10)


def evaluation_table(items: list[od.Objective]) -> Table:
    rows = [TableRow((str(n), *od.evaluation_row(o))) for n, o in enumerate(items, start=1)]
    return Table(columns=[Column(t, w, a) for t, w, a in EVALUATION_TABLE_COLUMNS], rows=rows, font_size=12)


class ObjectivesEvaluationBuilder(_Base):
    """BÁO CÁO Kết quả thực hiện mục tiêu chất lượng năm {Y}, with the evaluation table."""

    key = EVALUATION_KEY
    title = "Báo cáo kết quả thực hiện mục tiêu chất lượng"
    purpose = d.DocPurpose.QUALITY_OBJECTIVES
    doc_type = d.IssuedDocType.REPORT

    def propose(self, year: int, when: date) -> Proposal:
        profile, items, _policy = self._facts(year, when)
        achieved = [o for o in items if o.achievement is od.Achievement.ACHIEVED]
        missed = [o for o in items if o.achievement is od.Achievement.NOT_ACHIEVED]
        pending = [o for o in items if o.achievement is od.Achievement.NOT_EVALUATED]
        evaluated = len(achieved) + len(missed)
        summary = (f"Năm {year}, {profile.name} thực hiện {len(items):02d} mục tiêu chất lượng; "
                   f"{len(achieved):02d} mục tiêu đạt, {len(missed):02d} mục tiêu không đạt"
                   + (f", {len(pending):02d} mục tiêu chưa đánh giá" if pending else "")
                   + (f" (tỷ lệ đạt {format_percent(len(achieved), evaluated)} trên số mục tiêu đã đánh giá)."
                      if evaluated else "."))
        lines = []
        for o in missed:
            latest = o.latest_result
            value = od.format_number(latest.value) if latest else ""
            lines.append(f"- {o.title}: chỉ tiêu {o.target_text}, kết quả {value}{_unit(o)}; nguyên nhân: …")
        causes = "\n".join(lines) if lines else "Tất cả mục tiêu đã đánh giá đều đạt."
        blocks = (
            BlockProposal("summary", "results", QT_TRANSLATE_NOOP("DraftBlock", "Summary of results"), summary),
            BlockProposal("missed", "results", QT_TRANSLATE_NOOP("DraftBlock", "Objectives not achieved and their causes"), causes),
            BlockProposal("actions", "results", QT_TRANSLATE_NOOP("DraftBlock", "Actions"),
                          "Phân tích nguyên nhân các mục tiêu không đạt, đề xuất hành động khắc phục và xem xét "
                          "tại cuộc họp xem xét của lãnh đạo; làm căn cứ xây dựng mục tiêu chất lượng năm "
                          f"{year + 1}."),
            BlockProposal("recipients", "recipients", QT_TRANSLATE_NOOP("DraftBlock", "Recipients"), "Ban Chỉ đạo ISO;\nLưu: VT."),
        )
        return Proposal(agency=profile, summary=f"Kết quả thực hiện mục tiêu chất lượng năm {year}",
                        symbol=f"{self.doc_type.value}-{profile.abbreviation.strip()}", blocks=blocks,
                        signers=draft_signers(profile, self._agency.people()), context=tuple(items))

    def document(self, draft: DraftedDocument) -> AdminDocument:
        items = list(draft.context or ())  # type: ignore[call-overload]  # context holds the objectives the builder put there
        body: list[Block] = [Heading(1, "I. KẾT QUẢ THỰC HIỆN MỤC TIÊU CHẤT LƯỢNG"), *text_blocks(draft.text("summary")),
                             evaluation_table(items),
                             Heading(1, "II. MỤC TIÊU KHÔNG ĐẠT VÀ NGUYÊN NHÂN"), *text_blocks(draft.text("missed")),
                             Heading(1, "III. HÀNH ĐỘNG TIẾP THEO"), *text_blocks(draft.text("actions"))]
        return self._admin(draft, self.doc_type, body, [])

    def file_stem(self, draft: DraftedDocument) -> str:
        entry = draft.register_entry
        number = f"{entry.number:02d}-{draft.symbol}" if entry is not None and entry.number else "du-thao"
        return f"BC_{ascii_slug(number)}_ket-qua-muc-tieu-chat-luong-{draft.year}"


def objectives_builders(agency: AgencyService, years: YearService,
                        objectives: ObjectiveService) -> list[ObjectivesDecisionBuilder | ObjectivesEvaluationBuilder]:
    """The objectives module's builders, for ``open_services``."""
    return [ObjectivesDecisionBuilder(agency, years, objectives), ObjectivesEvaluationBuilder(agency, years, objectives)]
