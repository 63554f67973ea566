"""Readiness checks of the legal/scope module for the home screen's year overview.

No steps: reviewing procedures against changed TTHC and legal texts is the documents module's
"document_review" step. The checks are the scope warnings (a)–(e) of ``domain.scope``; each issue
opens the screen that fixes it (``target``) with the records concerned (``record_ids``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from isodesk.domain import core as core_d
from isodesk.domain import scope as d
from isodesk.domain.contributions import (
    AppendixRow,
    AppendixTable,
    Contribution,
    DocumentOffer,
    Figure,
    OutputKind,
    TextDraft,
    rate,
)
from isodesk.domain.cycle import ReadinessIssue, Severity
from isodesk.domain.errors import NotFoundError
from isodesk.domain.formatting import fold, short_date
from isodesk.domain.i18n import QT_TRANSLATE_NOOP
from isodesk.domain.legal import LegalStatus
from isodesk.domain.scope import TthcEventKind, TthcStatus
from isodesk.reports.model import AdminDocument
from isodesk.services.documents import printed_lists
from isodesk.services.year.contribution_service import ContributionContext
from isodesk.services.year.cycle_service import StepDefinition
from isodesk.services.legal.legal_service import procedure_in_force
from isodesk.services.tthc.tthc_service import (
    announcement_dtos,
    covered_tthc_ids,
    event_facts,
    field_facts,
    last_issued_announcement,
)
from isodesk.storage.models import legal as m
from isodesk.storage.models.documents import InternalDocumentRow

TARGET_TTHC = "documents.tthc"
TARGET_EXTERNAL = "documents.external"
TARGET_SCOPE = "documents.scope"

#: How many changed items an issue lists in its params (the screen shows the rest).
_LISTED = 10


TTHC_SOURCE = "Tài liệu › Thủ tục hành chính"


def _counted(code: str, text: str, severity: Severity, ids: Sequence[int], target: str) -> list[ReadinessIssue]:
    """One readiness issue counting the records ``ids`` (none when there are none)."""
    if not ids:
        return []
    return [ReadinessIssue(code, text, severity, count=len(ids), params={"count": len(ids)}, target=target,
                           record_ids=tuple(ids))]


def scope_sentence(total: int, fields: int, covered: int, rate_text: str, announced: str) -> str:
    """The report's sentence on the QMS scope, from the counts (nothing when no TTHC is recorded)."""
    if not total:
        return ""
    text = (f"Phạm vi áp dụng HTQLCL gồm {total} thủ tục hành chính thuộc {fields} lĩnh vực; "
            f"{covered}/{total} thủ tục hành chính đã có quy trình giải quyết đang hiệu lực ({rate_text}).")
    if announced:
        text += f" HTQLCL được công bố lần gần nhất tại Quyết định số {announced}."
    return text


class ScopeCycleProvider:
    """Checks on TTHC, the scope and its công bố, and the external documents cited by procedures; as
    the TTHC and scope module's provider it offers the TTHC figures, the scope sentence, the TTHC
    table and the printed DANH MỤC THỦ TỤC HÀNH CHÍNH."""

    module = "tthc"

    @staticmethod
    def _changes_in_period(s: Session, start: date, end: date, fig: Callable[[str, Sequence[int], str], Figure],
                           ) -> tuple[Figure, ...]:
        """TTHC added, amended and abolished by provincial decisions in the reporting period (the
        management review's input b: changes in external issues)."""
        E = m.TthcEventRow
        events = list(s.execute(select(E.tthc_id, E.kind).where(E.event_date >= start, E.event_date <= end)))
        labels = {TthcEventKind.ADDED: ("added", "Số thủ tục hành chính được công bố mới trong kỳ"),
                  TthcEventKind.AMENDED: ("amended", "Số thủ tục hành chính được sửa đổi, bổ sung trong kỳ"),
                  TthcEventKind.ABOLISHED: ("abolished_in_period", "Số thủ tục hành chính bị bãi bỏ trong kỳ")}
        return tuple(fig(key, sorted({e.tthc_id for e in events if e.kind is kind}), label)
                     for kind, (key, label) in labels.items())

    def contribute(self, ctx: ContributionContext) -> Contribution:
        s = ctx.session
        assert s is not None
        live_procs = set(s.scalars(select(InternalDocumentRow.id).where(procedure_in_force())))
        rows = list(s.execute(select(m.TthcRow.id, m.TthcRow.code, m.TthcRow.name, m.TthcRow.field, m.TthcRow.status,
                                     m.TthcRow.procedure_id).order_by(m.TthcRow.field, m.TthcRow.code)))
        live = [r for r in rows if r.status is not TthcStatus.ABOLISHED]
        covered_ids = covered_tthc_ids(s, [r.id for r in live])
        covered = [r for r in live if r.id in covered_ids]
        fields = sorted({fold(r.field): r.field for r in live if r.field.strip()}.values(), key=fold)
        abolished = [r for r in rows if r.status is TthcStatus.ABOLISHED]
        coverage = rate(len(covered), len(live))

        def fig(key: str, ids: Sequence[int], label: str) -> Figure:
            return Figure(f"tthc.{key}", len(ids), "TTHC", label, TTHC_SOURCE, self.module, tuple(ids), TARGET_TTHC)

        figures = (
            fig("total", [r.id for r in live], "Số thủ tục hành chính thuộc phạm vi áp dụng HTQLCL"),
            fig("covered", [r.id for r in covered], "Số thủ tục hành chính có quy trình giải quyết đang hiệu lực"),
            fig("uncovered", [r.id for r in live if r.id not in covered_ids],
                "Số thủ tục hành chính chưa có quy trình giải quyết"),
            fig("abolished", [r.id for r in abolished], "Số thủ tục hành chính đã bãi bỏ"),
            Figure("tthc.coverage_rate", coverage, "%", "Tỷ lệ thủ tục hành chính có quy trình giải quyết",
                   TTHC_SOURCE, self.module, target=TARGET_TTHC, numerator=len(covered), denominator=len(live)),
            Figure("tthc.fields", len(fields), "lĩnh vực", "Số lĩnh vực có thủ tục hành chính thuộc phạm vi",
                   TTHC_SOURCE, self.module, target=TARGET_TTHC),
            *self._changes_in_period(s, ctx.year.period_start, ctx.year.period_end, fig),
        )
        last = last_issued_announcement(announcement_dtos(s))
        rate_text = figures[4].text
        text = TextDraft("report.scope", scope_sentence(len(live), len(fields), len(covered), rate_text,
                                                        last.reference if last else ""), self.module, TTHC_SOURCE)
        table_rows: list[AppendixRow] = []
        group = None
        n = 0
        for r in live:
            if r.field != group:
                group = r.field
                table_rows.append(AppendixRow((r.field or "Chung",), group=True))
            n += 1
            table_rows.append(AppendixRow((str(n), r.code, r.name, "Có" if r.id in covered_ids else "Chưa")))
        table = AppendixTable("tthc.scope", "Danh mục thủ tục hành chính thuộc phạm vi áp dụng HTQLCL",
                              ("TT", "Mã TTHC", "Tên thủ tục hành chính", "Có quy trình"), tuple(table_rows),
                              self.module)
        offer = DocumentOffer("tthc.list", "Danh mục thủ tục hành chính thuộc phạm vi áp dụng HTQLCL",
                              OutputKind.FORM, self.module, "Danh-muc-TTHC")
        return Contribution(self.module, figures=figures, texts=(text,), tables=(table,), documents=(offer,))

    def build_document(self, key: str, ctx: ContributionContext) -> AdminDocument:
        if key != "tthc.list":
            raise NotFoundError("document_offer", key)
        return printed_lists.printed_list(ctx.services, printed_lists.TTHC, ctx.year.year, ctx.today)

    def steps(self) -> Sequence[StepDefinition]:
        return ()

    def checks(self, session: Session, year: core_d.ReportingYear, today: date) -> list[ReadinessIssue]:
        """Scope warnings as of ``today`` (the scope is a current state; the year only labels it)."""
        issues: list[ReadinessIssue] = []
        live_procs = set(session.scalars(select(InternalDocumentRow.id).where(procedure_in_force())))
        announcements = announcement_dtos(session)
        issues += self._reannouncement(session, announcements, today)
        issues += self._announcement_order(announcements)
        issues += self._tthc_coverage(session, live_procs)
        issues += self._dead_texts(session, live_procs)
        return issues

    # (a) Khoản 3 Điều 4 QĐ 19/2014 ------------------------------------------------------------
    @staticmethod
    def _reannouncement(s: Session, announcements: list[d.ConformityAnnouncement], today: date) -> list[ReadinessIssue]:
        changes = [c for c in d.scope_changes(event_facts(s), field_facts(s)) if c.on <= today]
        last = last_issued_announcement(announcements)
        if last is None:
            if not changes:
                return []
            return [ReadinessIssue(
                "scope_never_announced",
                QT_TRANSLATE_NOOP("Readiness", "The QMS has never been announced (công bố) although its scope holds "
                                               "{count} TTHC or field change(s)."),
                Severity.ERROR, count=len(changes), params={"count": len(changes)}, target=TARGET_SCOPE)]
        pending = d.changes_requiring_reannouncement(changes, last.announced_on)
        if not pending:
            return []
        tthc_ids = tuple(dict.fromkeys(c.record_id for c in pending if c.kind.value.startswith("tthc_")
                                       and c.record_id is not None))
        return [ReadinessIssue(
            "scope_changed_since_announcement",
            QT_TRANSLATE_NOOP("Readiness", "The scope changed {count} time(s) after the last announcement "
                                           "{reference}: a re-announcement (công bố lại) is required."),
            Severity.ERROR, count=len(pending),
            params={"count": len(pending), "reference": last.reference,
                    "since": short_date(last.announced_on) if last.announced_on else "",
                    "changes": [f"{short_date(c.on)} {c.kind.value}: {c.label}" for c in pending[:_LISTED]]},
            target=TARGET_SCOPE, record_ids=tthc_ids)]

    # (b) DOMAIN.md §7 rule 6 ------------------------------------------------------------------
    @staticmethod
    def _announcement_order(announcements: list[d.ConformityAnnouncement]) -> list[ReadinessIssue]:
        facts = [d.AnnouncementFact(a.id or 0, a.announced_on if a.issued else None, a.document_set_id,
                                    a.document_set_date) for a in announcements]
        return [
            *_counted("announcement_before_document_set", QT_TRANSLATE_NOOP(
                "Readiness", "{count} announcement decision(s) are dated before the decision issuing the document "
                             "set they rely on."),
                Severity.ERROR, d.announcements_before_document_set(facts), TARGET_SCOPE),
            *_counted("announcement_without_document_set", QT_TRANSLATE_NOOP(
                "Readiness", "{count} announcement decision(s) rely on no decision issuing the document set."),
                Severity.WARNING, d.announcements_without_document_set(facts), TARGET_SCOPE),
        ]

    # (c), (d) ---------------------------------------------------------------------------------
    @staticmethod
    def _tthc_coverage(s: Session, live_procs: set[int]) -> list[ReadinessIssue]:
        rows = list(s.execute(select(m.TthcRow.id, m.TthcRow.status, m.TthcRow.procedure_id)))
        # A TTHC in force counts as covered by the coverage rule (an amended one needs a revision dated
        # on or after the amendment); an abolished one is checked for a procedure still in force.
        covered = covered_tthc_ids(s, [r.id for r in rows if r.status is not d.TthcStatus.ABOLISHED])
        facts = [d.TthcFact(r.id, r.status, r.procedure_id,
                            r.procedure_id in live_procs if r.status is d.TthcStatus.ABOLISHED else r.id in covered)
                 for r in rows]
        return [
            *_counted("abolished_tthc_with_procedure", QT_TRANSLATE_NOOP(
                "Readiness", "{count} abolished TTHC still have a procedure in force: withdraw or revise the "
                             "procedure."),
                Severity.WARNING, d.abolished_with_live_procedure(facts), TARGET_TTHC),
            *_counted("tthc_without_procedure", QT_TRANSLATE_NOOP(
                "Readiness", "{count} TTHC in force have no procedure in force covering them."),
                Severity.WARNING, d.uncovered_in_force(facts), TARGET_TTHC),
        ]

    # (e) --------------------------------------------------------------------------------------
    @staticmethod
    def _dead_texts(s: Session, live_procs: set[int]) -> list[ReadinessIssue]:
        E, C = m.ExternalDocumentRow, m.ExternalDocumentCitationRow
        rows = s.execute(select(E.id, E.status, C.internal_document_id).join(C, C.external_document_id == E.id)
                         .where(E.status.in_((LegalStatus.EXPIRED, LegalStatus.REPLACED))))
        facts = [d.CitationFact(r.id, r.status, r.internal_document_id in live_procs) for r in rows]
        dead = d.dead_texts_still_cited(facts)
        if not dead:
            return []
        return [ReadinessIssue(
            "dead_external_document_cited",
            QT_TRANSLATE_NOOP("Readiness", "{count} replaced or expired external document(s) are still cited by "
                                           "a procedure in force."),
            Severity.WARNING, count=len(dead), params={"count": len(dead)}, target=TARGET_EXTERNAL,
            record_ids=tuple(dead))]

