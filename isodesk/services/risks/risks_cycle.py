"""The risks and opportunities module's place in the year: the cycle step "Kế hoạch giải quyết rủi ro
và cơ hội" computed from the register, its readiness checks, its figures and report text, Phụ lục 2
(the appendix table, built once here for the plan and the annual report) (the issued plan is evidence through the register),
and the drafted document ``KẾ HOẠCH Giải quyết rủi ro và cơ hội năm {Y}`` (:class:`RiskPlanBuilder`).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from isodesk.domain import core as core_d
from isodesk.domain import risks as d
from isodesk.domain.contributions import AppendixTable, Contribution, DocumentOffer, Figure, OutputKind, TextDraft, rate
from isodesk.domain.cycle import Evidence, ReadinessIssue, Severity, clamp_day
from isodesk.domain.drafted import BlockProposal, DraftedDocument
from isodesk.domain.errors import DomainError, NotFoundError
from isodesk.domain.formatting import format_count
from isodesk.domain.i18n import QT_TRANSLATE_NOOP
from isodesk.reports.appendix_tables import appendix_table
from isodesk.reports.model import (
    AdminDocument,
    Appendix,
    Block,
    Heading,
    Orientation,
    Signature,
)
from isodesk.services.plan import plan_texts as T
from isodesk.services.core.agency_service import AgencyService
from isodesk.services.year.contribution_service import ContributionContext
from isodesk.services.year.cycle_service import StepDefinition, registered_documents
from isodesk.services.year.drafted_service import AgencyYearBuilder, Proposal, ascii_slug, text_blocks
from isodesk.services.plan.plan_service import PlanBuilder
from isodesk.services.risks.risk_service import RiskService, entries_of_year
from isodesk.services.core.year_service import YearService

if TYPE_CHECKING:
    from isodesk.services.registry import Services

MODULE = "risks"
TARGET = "risks.register"
SOURCE = "Rủi ro và cơ hội"
STEP_KEY = "risk_plan"
DOCUMENT_KEY = "risks.plan"
FORM_KEY = "risks.register_form"
DOC_TYPE = core_d.IssuedDocType.PLAN
SUMMARY_TEMPLATE = "Giải quyết rủi ro và cơ hội năm {year}"
#: Centred columns of Phụ lục 2: TT and the three level columns.
CENTRED = (0, 3, 4, 5)
#: From this many days before the period ends, entries still not evaluated are reported.
EVALUATION_WINDOW_DAYS = 30


def _open(entries: Sequence[d.RiskEntry]) -> list[d.RiskEntry]:
    return [e for e in entries if e.status is d.EntryStatus.OPEN]


def register_ready(entries: Sequence[d.RiskEntry]) -> bool:
    """The year's register counts as planned: entries, none waiting for "rà soát lại", every risk
    with an action."""
    live = _open(entries)
    return bool(live) and not any(e.needs_review for e in live) and all(
        e.actions for e in live if e.kind.has_risk)


def step_evidence(s: Session, year: core_d.ReportingYear) -> list[Evidence]:
    """The step is done when the register is complete (computed from the data); the issued plan is
    shown beside it and counts only with a complete register."""
    entries = entries_of_year(s, year.year)
    live = _open(entries)
    ready = register_ready(entries)
    risks = sum(1 for e in live if e.kind.has_risk)
    chances = sum(1 for e in live if e.kind.has_opportunity)
    out: list[Evidence] = []
    if live:
        out.append(Evidence(f"Bảng rủi ro và cơ hội năm {year.year}: {format_count(risks, 'rủi ro')}, "
                            f"{format_count(chances, 'cơ hội')}", complete=ready))
    out.extend(Evidence(e.label, complete=e.complete and ready)
               for e in registered_documents(s, year, core_d.DocPurpose.RISK_PLAN))
    return out


def report_text(year: int, entries: Sequence[d.RiskEntry], today: date) -> str:
    """The annual report's paragraph on risks and opportunities ("" when the year has no register)."""
    live = _open(entries)
    if not live:
        return ""
    risks = [e for e in live if e.kind.has_risk]
    chances = [e for e in live if e.kind.has_opportunity]
    high = [e for e in risks if e.level in (d.RiskLevel.HIGH, d.RiskLevel.VERY_HIGH)]
    actions = [a for e in live for a in e.actions if a.status is not d.ActionStatus.CANCELLED]
    done = [a for a in actions if a.status is d.ActionStatus.DONE]
    evaluated = [e for e in live if e.evaluation is not None]
    effective = [e for e in evaluated if e.evaluation and e.evaluation.result is d.Effectiveness.ACHIEVED]
    lines = [f"- Kiểm soát rủi ro, cơ hội: năm {year} đã nhận diện {format_count(len(risks), 'rủi ro')} "
             f"(trong đó {format_count(len(high), 'rủi ro')} ở mức Cao, Rất cao) và "
             f"{format_count(len(chances), 'cơ hội')}; đề ra {format_count(len(actions), 'hành động')} giải quyết, "
             f"đã hoàn thành {format_count(len(done), 'hành động')}."]
    if evaluated:
        lines.append(f"- Kết quả đánh giá hiệu lực: {len(effective)}/{len(evaluated)} vấn đề đạt hiệu lực.")
    overdue = [a for a in actions if a.overdue(today)]
    if overdue:
        lines.append(f"- Còn {format_count(len(overdue), 'hành động')} quá hạn, tiếp tục theo dõi, xử lý.")
    lines.append("(Chi tiết tại Bảng nhận diện, đánh giá, giải quyết rủi ro và cơ hội kèm theo.)")
    return "\n".join(lines)


class RisksProvider:
    """Risks and opportunities: the step, the checks, the figures, the report text, Phụ lục 2, the plan."""

    module = MODULE

    def steps(self) -> Sequence[StepDefinition]:
        # Same key as the core step: this one (later provider) replaces "an issued plan in the register".
        return (StepDefinition(
            STEP_KEY, 30,
            QT_TRANSLATE_NOOP("CycleStep", "Plan the treatment of risks and opportunities"),
            QT_TRANSLATE_NOOP("CycleStep", "This year's register of risks and opportunities reviewed (no entry "
                                           "left to review) with an action for every risk."),
            lambda y: clamp_day(y.year, 3, 31), step_evidence, "risks"),)

    def checks(self, session: Session, year: core_d.ReportingYear, today: date) -> list[ReadinessIssue]:
        entries = entries_of_year(session, year.year)
        live = _open(entries)
        issues: list[ReadinessIssue] = []

        def add(code: str, message: str, ids: Sequence[int], severity: Severity = Severity.WARNING) -> None:
            if ids:
                issues.append(ReadinessIssue(code, message, severity, count=len(ids), params={"count": len(ids)},
                                             target=TARGET, record_ids=tuple(ids)))

        add("risks_without_action",
            QT_TRANSLATE_NOOP("Readiness", "{count} risk(s) of this year have no action to address them."),
            [e.id for e in live if e.kind.has_risk and not e.actions and e.id is not None])
        add("risks_actions_overdue",
            QT_TRANSLATE_NOOP("Readiness", "{count} entry(ies) of the risk register have an overdue action."),
            [e.id for e in live if e.is_overdue(today) and e.id is not None])
        if today >= year.period_end - timedelta(days=EVALUATION_WINDOW_DAYS):
            add("risks_not_evaluated",
                QT_TRANSLATE_NOOP("Readiness", "{count} entry(ies) of the risk register have no year-end "
                                               "effectiveness evaluation."),
                [e.id for e in live if e.evaluation is None and e.id is not None])
        waiting = [e.id for e in live if e.needs_review and e.id is not None]
        if waiting:
            add("risks_not_reviewed",
                QT_TRANSLATE_NOOP("Readiness", "{count} entry(ies) carried from last year still wait to be "
                                               "reviewed (rà soát lại)."), waiting)
        elif live and d.same_register(live, _open(entries_of_year(session, year.year - 1))):
            add("risks_register_unchanged",
                QT_TRANSLATE_NOOP("Readiness", "The risk register of this year is identical to last year's: "
                                               "review it."), [e.id for e in live if e.id is not None])
        return issues

    def contribute(self, ctx: ContributionContext) -> Contribution:
        s = ctx.session
        assert s is not None
        y = ctx.year.year
        entries = entries_of_year(s, y)
        live = _open(entries)

        def ids(items: Sequence[d.RiskEntry]) -> tuple[int, ...]:
            return tuple(e.id for e in items if e.id is not None)

        risks = [e for e in live if e.kind.has_risk]
        high = [e for e in risks if e.level in (d.RiskLevel.HIGH, d.RiskLevel.VERY_HIGH)]
        chances = [e for e in live if e.kind.has_opportunity]
        overdue = [e for e in live if e.is_overdue(ctx.today)]
        evaluated = [e for e in live if e.evaluation is not None]
        effective = [e for e in evaluated if e.evaluation and e.evaluation.result is d.Effectiveness.ACHIEVED]
        n_overdue = sum(len(e.overdue_actions(ctx.today)) for e in live)

        def fig(key: str, items: Sequence[d.RiskEntry], unit: str, label: str) -> Figure:
            return Figure(key, len(items), unit, label, SOURCE, self.module, ids(items), TARGET)

        figures = (
            fig("risks.entries", live, "vấn đề", f"Số vấn đề trong bảng rủi ro và cơ hội năm {y}"),
            fig("risks.total", risks, "rủi ro", f"Số rủi ro được nhận diện năm {y}"),
            fig("risks.high", high, "rủi ro", "Số rủi ro ở mức Cao, Rất cao"),
            fig("opportunities.total", chances, "cơ hội", f"Số cơ hội được nhận diện năm {y}"),
            Figure("risks.actions_overdue", n_overdue, "hành động", "Số hành động giải quyết rủi ro, cơ hội quá hạn",
                   SOURCE, self.module, ids(overdue), TARGET),
            fig("risks.evaluated", evaluated, "vấn đề", "Số vấn đề đã được đánh giá hiệu lực"),
            Figure("risks.effective", len(effective), "vấn đề", "Số vấn đề được đánh giá đạt hiệu lực", SOURCE,
                   self.module, ids(effective), TARGET),
            Figure("risks.effective_rate", rate(len(effective), len(evaluated)), "%",
                   "Tỷ lệ vấn đề đạt hiệu lực trên số đã đánh giá", SOURCE, self.module, ids(effective), TARGET,
                   numerator=len(effective), denominator=len(evaluated)),
        )
        profile = ctx.services.agency.profile_on(ctx.today)
        table = d.risk_appendix_table(entries, profile.name if profile else "", self.module)
        text = TextDraft("report.risks", report_text(y, entries, ctx.today), self.module, SOURCE)
        # The issued plan is evidence of the step already: the agency provider offers every register
        # entry with its files under the step of its purpose (PURPOSE_STEPS: RISK_PLAN → "risk_plan");
        # offering it again here would list it twice in the report's evidence bundle.
        offers = (
            DocumentOffer(DOCUMENT_KEY, f"Kế hoạch giải quyết rủi ro và cơ hội năm {y}", OutputKind.NUMBERED,
                          self.module, f"KH_giai-quyet-rui-ro-co-hoi-{y}"),
            DocumentOffer(FORM_KEY, f"Bảng nhận diện, đánh giá, giải quyết rủi ro và cơ hội năm {y}", OutputKind.FORM,
                          self.module, f"Bang-rui-ro-co-hoi-{y}"),
        )
        return Contribution(self.module, figures=figures, texts=(text,), tables=(table,), documents=offers)

    def build_document(self, key: str, ctx: ContributionContext) -> AdminDocument:
        if key == FORM_KEY:
            return register_printout(ctx.services, ctx.year.year, ctx.today)
        if key != DOCUMENT_KEY:
            raise NotFoundError("document_offer", key)
        return ctx.services.drafted.build(DOCUMENT_KEY, ctx.year.year)


def register_printout(services: Services, year: int, today: date) -> AdminDocument:
    """Phụ lục 2 of ``year`` on its own (landscape A4, header repeated), as a form signed "NGƯỜI LẬP"
    (the register tab's print preview; ``isodesk documents`` renders it too)."""
    profile = services.agency.profile_on(today)
    if profile is None:
        raise DomainError("no_agency")
    table = d.risk_appendix_table(services.risks.list_entries(year), profile.name)
    secretary = next((p for p in services.agency.people() if p.is_iso_secretary and p.active), None)
    return AdminDocument(
        agency=profile.name, parent_agency=profile.header_parent or None, symbol="", numbered=False,  # a form
        place=profile.place_name or profile.province or "…", issuer_name=profile.name,
        doc_type="BẢNG NHẬN DIỆN, ĐÁNH GIÁ, GIẢI QUYẾT RỦI RO VÀ CƠ HỘI", summary=f"Năm {year}", date=today,
        body=[appendix_table(table, d.APPENDIX_WIDTHS, centred=CENTRED)],
        signature=Signature(("NGƯỜI LẬP",), secretary.full_name if secretary else "", blank_lines=3),
        orientation=Orientation.LANDSCAPE, body_font_size=13)


# --------------------------------------------------------------------------- the drafted plan


class RiskPlanBuilder(AgencyYearBuilder):
    """``KẾ HOẠCH Giải quyết rủi ro và cơ hội năm {Y}``: căn cứ, purpose, content, organisation, and
    the register as Phụ lục (landscape, header repeated on every page)."""

    key = DOCUMENT_KEY
    title = "Kế hoạch giải quyết rủi ro và cơ hội"
    purpose = core_d.DocPurpose.RISK_PLAN
    doc_type = DOC_TYPE

    def __init__(self, agency: AgencyService, years: YearService, risks: RiskService) -> None:
        super().__init__(agency, years)
        self._risks = risks

    def propose(self, year: int, when: date) -> Proposal:
        ry, profile = self._year_and_agency(year, when)
        facts = T.PlanFacts(year=ry, profile=profile, people=self._agency.people(as_of=when),
                            departments=self._agency.departments(as_of=when), step_due={})
        entries = [e for e in self._risks.list_entries(year) if e.status is d.EntryStatus.OPEN]
        risks = sum(1 for e in entries if e.kind.has_risk)
        chances = sum(1 for e in entries if e.kind.has_opportunity)
        unit = facts.drafting_unit
        blocks = (
            BlockProposal("bases", "bases", QT_TRANSLATE_NOOP("DraftBlock", "Legal bases (one per line)"),
                          "\n".join([T.QD19, T.TT26, "Căn cứ Tiêu chuẩn quốc gia TCVN ISO 9001:2015 Hệ thống quản lý "
                                     "chất lượng – Các yêu cầu (điều 6.1 Hành động giải quyết rủi ro và cơ hội);"])),
            BlockProposal("opening", "bases", QT_TRANSLATE_NOOP("DraftBlock", "Opening paragraph"),
                          f"{profile.name} ban hành Kế hoạch giải quyết rủi ro và cơ hội năm {year} như sau:"),
            BlockProposal("purpose", "purpose", QT_TRANSLATE_NOOP("DraftBlock", "Purpose and requirements"),
                          "- Nhận diện, đánh giá các rủi ro và cơ hội có thể ảnh hưởng đến khả năng đạt được kết quả "
                          "dự kiến của Hệ thống quản lý chất lượng.\n"
                          "- Đề ra hành động giải quyết phù hợp, giao rõ người thực hiện và thời hạn; đánh giá hiệu "
                          "lực của các hành động vào cuối năm.", "I. MỤC ĐÍCH, YÊU CẦU"),
            BlockProposal("content", "content", QT_TRANSLATE_NOOP("DraftBlock", "Content"),
                          f"Năm {year}, {profile.name} nhận diện {format_count(risks, 'rủi ro')} và "
                          f"{format_count(chances, 'cơ hội')} theo ba nhóm: các yếu tố nội bộ; các yếu tố bên "
                          "ngoài; nhu cầu và mong đợi của các bên quan tâm. Mức độ rủi ro, hành động giải quyết "
                          "và mục tiêu đề ra được nêu chi tiết tại Phụ lục kèm theo Kế hoạch này.",
                          "II. NỘI DUNG"),
            BlockProposal("organisation", "organisation", QT_TRANSLATE_NOOP("DraftBlock", "Organisation"),
                          "- Các phòng, bộ phận thực hiện các hành động được giao đúng thời hạn; báo cáo kết quả "
                          "về Thư ký ISO.\n- Thư ký ISO theo dõi, tổng hợp, báo cáo Ban Chỉ đạo ISO; tổ chức đánh "
                          "giá hiệu lực các hành động vào cuối năm.", "III. TỔ CHỨC THỰC HIỆN"),
            BlockProposal("recipients", "closing", QT_TRANSLATE_NOOP("DraftBlock", "Recipients (Nơi nhận, one per line)"),
                          "\n".join(["- Ban Chỉ đạo ISO;", "- Các phòng, bộ phận;",
                                     f"- Lưu: VT, {unit}." if unit else "- Lưu: VT."])),
        )
        return Proposal(agency=profile, summary=SUMMARY_TEMPLATE.format(year=year),
                        symbol=f"{DOC_TYPE.value}-{profile.abbreviation.strip()}", blocks=blocks,
                        signers=PlanBuilder._signers(facts), context=None)

    def carry(self, key: str, text: str, from_year: int, to_year: int, proposal: Proposal) -> str:
        from isodesk.domain.drafted import shift_years

        return shift_years(text, from_year, to_year)

    def document(self, draft: DraftedDocument) -> AdminDocument:
        entries = self._risks.list_entries(draft.year)
        return layout(draft, d.risk_appendix_table(entries, draft.agency.name))

    def file_stem(self, draft: DraftedDocument) -> str:
        entry = draft.register_entry
        number = f"{entry.number:02d}-{draft.symbol}" if entry is not None and entry.number else "du-thao"
        return f"KH_{ascii_slug(number)}_giai-quyet-rui-ro-co-hoi-{draft.year}"


def layout(draft: DraftedDocument, table: AppendixTable) -> AdminDocument:
    """The plan per NĐ 30 with Phụ lục 2 (landscape, two header rows repeated, Roman group rows)."""
    profile, entry = draft.agency, draft.register_entry
    body: list[Block] = []
    for b in draft.blocks:
        if b.key in ("bases", "recipients") or not b.text.strip():
            continue
        if b.heading:
            body.append(Heading(1, b.heading))
        body.extend(text_blocks(b.text))
    signer = next((s for s in draft.signers if s.person_id == draft.signer_id), None)
    authority = core_d.signature_lines(profile, by_deputy=signer.by_deputy if signer else False)
    text = {b.key: b.text for b in draft.blocks}
    return AdminDocument(
        agency=profile.name, parent_agency=profile.header_parent or None, symbol=draft.symbol,
        place=profile.place_name, doc_type=DOC_TYPE.type_name, summary=draft.summary,
        number=entry.number if entry is not None else None, date=entry.issue_date if entry is not None else None,
        year=draft.year, issuer_name=profile.name,
        bases=[line for line in text.get("bases", "").split("\n") if line.strip()], body=body,
        recipients=[line for line in text.get("recipients", "").split("\n") if line.strip()],
        signature=Signature(authority, signer.full_name if signer else ""),
        appendices=[Appendix(title=table.title, blocks=[appendix_table(table, d.APPENDIX_WIDTHS, centred=CENTRED)],
                             landscape=True)],
    )
