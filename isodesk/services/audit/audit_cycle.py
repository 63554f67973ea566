"""The internal audit's and corrective action's contribution to the year (ISO 9001 clauses 9.2, 10.2).

Its own step "Tiến hành đánh giá nội bộ" (same key as the core step, which it replaces: the later
provider wins), its readiness checks, the figures the management review (9.3.2 c 4 and 6) and the
annual report quote, and the text of the report's section on the audit and corrective action.
Reads only the audit tables (and departments/people for names).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from isodesk.domain import audit as a
from isodesk.domain import core as core_d
from isodesk.domain.contributions import Contribution, DocumentOffer, Figure, OutputKind, TextDraft
from isodesk.domain.drafted import DraftOptions
from isodesk.domain.cycle import Evidence, ReadinessIssue, Severity, clamp_day
from isodesk.domain.errors import DomainError, NotFoundError
from isodesk.domain.formatting import format_count, short_date
from isodesk.domain.i18n import QT_TRANSLATE_NOOP
from isodesk.reports.model import AdminDocument
from isodesk.reports.printouts import build_register_list
from isodesk.services.audit.audit_documents import DECISION_KEY, NOTICE_KEY, PLAN_KEY, REPORT_KEY
from isodesk.services.audit.audit_forms import year_checklists, year_corrective_forms
from isodesk.services.audit.audit_service import department_names, load_auditors, round_dto
from isodesk.services.year.contribution_service import ContributionContext
from isodesk.services.year.cycle_service import StepDefinition, registered_documents
from isodesk.storage.models import audit as m

AUDITS = "audits"
NONCONFORMITIES = "nonconformities"
SOURCE_AUDIT = "Đánh giá nội bộ"
SOURCE_NC = "Không phù hợp và khắc phục"

#: Text key of the annual report's section on the internal audit and corrective action.
REPORT_TEXT = "report.internal_audit"
#: Documents offered for a year with an audit round: (offer key, title, file stem).
_OFFERS = (("audit.decision", "Quyết định thành lập Đoàn đánh giá nội bộ", "QD-thanh-lap-Doan-danh-gia-noi-bo"),
           ("audit.plan", "Kế hoạch đánh giá nội bộ (kèm Chương trình đánh giá)", "KH-danh-gia-noi-bo"),
           ("audit.notice", "Thông báo phân công và lịch đánh giá nội bộ", "TB-phan-cong-danh-gia-noi-bo"),
           ("audit.report", "Báo cáo kết quả đánh giá nội bộ", "BC-ket-qua-danh-gia-noi-bo"))
NC_REGISTER = "audit.nc_register"
CHECKLISTS = "audit.checklists"
CORRECTIVE_FORMS = "audit.corrective_forms"
_DRAFT_KEYS = (("audit.decision", DECISION_KEY), ("audit.plan", PLAN_KEY), ("audit.notice", NOTICE_KEY),
               ("audit.report", REPORT_KEY))
#: Text key of the date of the last internal audit ("" when none was held this year).
LAST_DATE_TEXT = "audit.last_date"


def _rounds(s: Session, year: int) -> list[a.AuditRound]:
    names = department_names(s)
    rows = s.scalars(select(m.AuditRoundRow).where(m.AuditRoundRow.year == year).order_by(m.AuditRoundRow.start_date))
    return [round_dto(row, names) for row in rows]


def _findings(s: Session, round_ids: Sequence[int]) -> list[m.AuditFindingRow]:
    if not round_ids:
        return []
    return list(s.scalars(select(m.AuditFindingRow).where(m.AuditFindingRow.round_id.in_(round_ids))))


def _phieu(s: Session, year: int) -> list[m.NonconformityRow]:
    return list(s.scalars(select(m.NonconformityRow).where(m.NonconformityRow.year == year)))


def _open_state(state: a.NcState) -> bool:
    return state is not a.NcState.CLOSED


def _evidence(s: Session, year: core_d.ReportingYear) -> list[Evidence]:
    """A round held in the period AND the issued audit report (BÁO CÁO Kết quả đánh giá nội bộ) of the
    year make the step done; the QĐ and the KH in the register are shown beside them."""
    documents = registered_documents(s, year, core_d.DocPurpose.AUDIT_TEAM, core_d.DocPurpose.AUDIT_PLAN,
                                     core_d.DocPurpose.AUDIT_REPORT)
    reported = any(e.complete for e in registered_documents(s, year, core_d.DocPurpose.AUDIT_REPORT))
    out: list[Evidence] = []
    for item in _rounds(s, year.year):
        findings = _findings(s, [item.id] if item.id else [])
        ncs = sum(1 for f in findings if f.kind is a.FindingKind.NONCONFORMITY)
        label = (f"{item.title}: {format_count(len(item.department_ids))} đơn vị, {format_count(ncs)} điểm không phù "
                 f"hợp, {format_count(len(findings) - ncs)} điểm lưu ý")
        inside = year.period_start <= item.start_date and item.end_date <= year.period_end
        if not item.held:
            label = f"[Chưa tiến hành] {label}"
        elif not reported:
            label = f"{label} — chưa ban hành báo cáo kết quả đánh giá"
        out.append(Evidence(label, complete=item.held and inside and reported))
    # A register entry alone (a QĐ, a plan, even a report) does not make the audit done: a held round does.
    return out + [Evidence(e.label, complete=False) for e in documents]


class AuditCycleProvider:
    """Internal audit and corrective action: step, checks, figures, report text."""

    module = "audit"

    def steps(self) -> Sequence[StepDefinition]:
        return (
            StepDefinition(
                "internal_audit", 50,
                QT_TRANSLATE_NOOP("CycleStep", "Carry out the internal audit"),
                QT_TRANSLATE_NOOP("CycleStep", "An audit round of this year held, with its findings recorded, and "
                                               "its audit report (Báo cáo kết quả đánh giá nội bộ) issued."),
                lambda y: clamp_day(y.year, 11, 15),
                _evidence, AUDITS),
        )

    def checks(self, session: Session, year: core_d.ReportingYear, today: date) -> list[ReadinessIssue]:
        s = session
        issues: list[ReadinessIssue] = []
        rounds = _rounds(s, year.year)
        auditors = load_auditors(s)
        names = department_names(s)
        for item in rounds:
            audited = {slot.department_id for slot in item.schedule if slot.kind is a.SlotKind.AUDIT}
            missing = tuple(dep for dep in item.department_ids if dep not in audited)
            if item.schedule and missing:
                issues.append(ReadinessIssue(
                    "audit_departments_not_audited",
                    QT_TRANSLATE_NOOP("Readiness", "{count} department(s) in the scope of the {year} audit are not in its programme."),
                    Severity.WARNING, count=len(missing), params={"count": len(missing), "year": year.year},
                    target=AUDITS, record_ids=missing))
            uncertified = tuple(i for i in item.team_ids if i in auditors and not auditors[i].certified)
            if uncertified:
                issues.append(ReadinessIssue(
                    "audit_team_uncertified",
                    QT_TRANSLATE_NOOP("Readiness", "{count} member(s) of the {year} audit team have no internal-auditor certificate."),
                    Severity.ERROR, count=len(uncertified), params={"count": len(uncertified), "year": year.year},
                    target=AUDITS, record_ids=uncertified))
            own = [p for p in a.check_schedule(item, item.schedule, auditors, names) if p.code == "auditor_own_department"]
            if own:
                issues.append(ReadinessIssue(
                    "audit_own_department",
                    QT_TRANSLATE_NOOP("Readiness", "{count} row(s) of the {year} audit programme have an auditor auditing their own department."),
                    Severity.ERROR, count=len(own), params={"count": len(own), "year": year.year}, target=AUDITS))
        findings = _findings(s, [r.id for r in rounds if r.id is not None])
        with_form = set(s.scalars(select(m.NonconformityRow.finding_id).where(m.NonconformityRow.finding_id.is_not(None))))
        orphans = tuple(f.id for f in findings if f.kind is a.FindingKind.NONCONFORMITY and f.id not in with_form)
        if orphans:
            issues.append(ReadinessIssue(
                "findings_without_form",
                QT_TRANSLATE_NOOP("Readiness", "{count} nonconformity finding(s) have no corrective action form."),
                Severity.WARNING, count=len(orphans), params={"count": len(orphans)}, target=AUDITS, record_ids=orphans))
        every = list(s.scalars(select(m.NonconformityRow)))
        late = tuple(n.id for n in every if _open_state(n.state) and n.state is not a.NcState.AWAITING_CHECK
                     and n.due_date is not None and n.due_date < today)
        if late:
            issues.append(ReadinessIssue(
                "nonconformities_overdue",
                QT_TRANSLATE_NOOP("Readiness", "{count} corrective action(s) are overdue."),
                Severity.WARNING, count=len(late), params={"count": len(late)}, target=NONCONFORMITIES, record_ids=late))
        unchecked = tuple(n.id for n in every if n.state is a.NcState.CLOSED
                          and (n.check_passed is not True or n.check_by_id is None or n.check_by_id == n.action_owner_id))
        if unchecked:
            issues.append(ReadinessIssue(
                "nonconformities_closed_unchecked",
                QT_TRANSLATE_NOOP("Readiness", "{count} corrective action form(s) are closed without a valid effectiveness check."),
                Severity.ERROR, count=len(unchecked), params={"count": len(unchecked)}, target=NONCONFORMITIES,
                record_ids=unchecked))
        return issues

    def contribute(self, ctx: ContributionContext) -> Contribution:
        s = ctx.session
        assert s is not None
        year = ctx.year.year
        held = [r for r in _rounds(s, year) if r.held]
        findings = _findings(s, [r.id for r in held if r.id is not None])
        ncs = tuple(f.id for f in findings if f.kind is a.FindingKind.NONCONFORMITY)
        obs = tuple(f.id for f in findings if f.kind is a.FindingKind.OBSERVATION)
        phieu = _phieu(s, year)
        # Open phiếu of every year still count as open (a nonconformity carried from last year).
        every = list(s.scalars(select(m.NonconformityRow)))
        open_ = tuple(n.id for n in every if _open_state(n.state) and n.year <= year)
        late = tuple(n.id for n in every if n.year <= year and n.state in (a.NcState.OPEN, a.NcState.CAUSE_FOUND,
                                                                              a.NcState.IN_PROGRESS)
                     and n.due_date is not None and n.due_date < ctx.today)
        closed = tuple(n.id for n in phieu if n.state is a.NcState.CLOSED)
        last = max((r.end_date for r in held), default=None)

        def fig(key: str, ids: tuple[int, ...], unit: str, label: str, source: str, target: str) -> Figure:
            return Figure(key, len(ids), unit, label, source, self.module, ids, target)

        figures = (
            fig("audit.rounds", tuple(r.id for r in held if r.id is not None), "lần",
                "Số lần đánh giá nội bộ trong năm", SOURCE_AUDIT, AUDITS),
            fig("audit.nonconformities", ncs, "điểm", "Số điểm không phù hợp phát hiện qua đánh giá nội bộ",
                SOURCE_AUDIT, AUDITS),
            fig("audit.observations", obs, "điểm", "Số điểm lưu ý (khuyến nghị) của Đoàn đánh giá nội bộ",
                SOURCE_AUDIT, AUDITS),
            fig("nc.open", open_, "phiếu", "Số phiếu yêu cầu hành động khắc phục chưa đóng", SOURCE_NC, NONCONFORMITIES),
            fig("nc.overdue", late, "phiếu", "Số hành động khắc phục quá hạn", SOURCE_NC, NONCONFORMITIES),
            fig("nc.closed", closed, "phiếu", "Số phiếu yêu cầu hành động khắc phục đã đóng (đã kiểm tra hiệu lực)",
                SOURCE_NC, NONCONFORMITIES),
        )
        carried = sum(1 for n in every if n.year < year and _open_state(n.state))
        texts = (TextDraft(LAST_DATE_TEXT, short_date(last) if last else "", self.module, SOURCE_AUDIT),
                 TextDraft(REPORT_TEXT, report_text(held, len(ncs), len(obs), len(phieu), len(closed), len(open_),
                                                    len(late), carried), self.module, SOURCE_AUDIT))
        offers: tuple[DocumentOffer, ...] = ()
        if _rounds(s, year):
            offers = tuple(DocumentOffer(key, title, OutputKind.NUMBERED, self.module, stem)
                           for key, title, stem in _OFFERS)
            offers += (DocumentOffer(CHECKLISTS, "Phiếu ghi chép đánh giá nội bộ của các phòng, bộ phận",
                                     OutputKind.FORM, self.module, f"Phieu-ghi-chep-danh-gia-noi-bo-{year}"),)
        if phieu:
            offers += (DocumentOffer(CORRECTIVE_FORMS, f"Phiếu yêu cầu hành động khắc phục năm {year}",
                                     OutputKind.FORM, self.module, f"Phieu-yeu-cau-khac-phuc-{year}"),)
        offers += (DocumentOffer(NC_REGISTER, "Sổ theo dõi sự không phù hợp", OutputKind.FORM, self.module,
                                 "So-theo-doi-su-khong-phu-hop"),)
        return Contribution(self.module, figures=figures, texts=texts, documents=offers)

    def build_document(self, key: str, ctx: ContributionContext) -> AdminDocument:
        """The QĐ thành lập Đoàn or the Kế hoạch đánh giá nội bộ of the year, as drafted (and edited)."""
        if key == NC_REGISTER:
            return nc_register(ctx)
        if key == CHECKLISTS:
            return year_checklists(ctx.services, ctx.year.year)
        if key == CORRECTIVE_FORMS:
            return year_corrective_forms(ctx.services, ctx.year.year, ctx.today)
        found = next((draft_key for offer_key, draft_key in _DRAFT_KEYS if offer_key == key), None)
        if found is None:
            raise NotFoundError("document_offer", key)
        return ctx.services.drafted.build(found, ctx.year.year, DraftOptions(today=ctx.today))


def report_text(held: Sequence[a.AuditRound], ncs: int, obs: int, raised: int, closed: int, open_: int,
                late: int, carried: int = 0) -> str:
    """The report's paragraph on the internal audit and corrective action; "" when no audit was held."""
    if not held:
        return ""
    rounds = "; ".join(f"từ ngày {short_date(r.start_date)} đến ngày {short_date(r.end_date)}" for r in held)
    deps = len({dep for r in held for dep in r.department_ids})
    text = (f"Trong năm, cơ quan đã tổ chức {format_count(len(held))} đợt đánh giá nội bộ ({rounds}) tại "
            f"{format_count(deps)} đơn vị, bộ phận; Đoàn đánh giá đã phát hiện {format_count(ncs)} điểm không phù hợp "
            f"và {format_count(obs)} điểm lưu ý. ")
    text += (f"Đã lập {format_count(raised)} phiếu yêu cầu hành động khắc phục, trong đó {format_count(closed)} phiếu "
             f"đã khắc phục xong và được kiểm tra hiệu lực")
    if open_:
        text += f"; còn {format_count(open_)} phiếu đang khắc phục"
        if carried:
            text += f", trong đó {format_count(carried)} phiếu từ năm trước chuyển sang"
        if late:
            text += f" ({format_count(late)} phiếu quá hạn)"
    return text + "."


def nc_register(ctx: ContributionContext) -> AdminDocument:
    """The printed Sổ theo dõi sự không phù hợp: every phiếu up to the year, state as of ``ctx.today``."""
    services = ctx.services
    today = ctx.today
    rows = [n for n in services.nonconformities.search() if n.year <= ctx.year.year]
    rows.sort(key=lambda n: (n.year, n.number))
    profile = services.agency.profile_on(today)
    if profile is None:
        raise DomainError("no_agency")
    secretary = next((p.full_name for p in services.agency.people() if p.is_iso_secretary), "")
    closed = sum(1 for n in rows if n.state is a.NcState.CLOSED)
    late = sum(1 for n in rows if a.is_overdue(n, today))
    footer = (f"Sổ có {format_count(len(rows))} phiếu, trong đó {format_count(closed)} phiếu đã đóng, "
              f"{format_count(late)} phiếu quá hạn.")
    return build_register_list(a.NONCONFORMITIES_SPEC, rows, profile,
                               summary=f"Năm {ctx.year.year}", footer=footer, on=today, prepared_by=secretary,
                               cells={"state": lambda n: a.state_text(n, today)})
