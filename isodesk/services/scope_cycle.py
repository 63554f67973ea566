"""Readiness checks of the legal/scope module for the home screen's year overview.

No steps: reviewing procedures against changed TTHC and legal texts is the documents module's
"document_review" step. The checks are the scope warnings (a)–(e) of ``domain.scope``; each issue
opens the screen that fixes it (``target``) with the records concerned (``record_ids``).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from isodesk.domain import core as core_d
from isodesk.domain import scope as d
from isodesk.domain.cycle import ReadinessIssue, Severity
from isodesk.domain.formatting import short_date
from isodesk.domain.i18n import QT_TRANSLATE_NOOP
from isodesk.domain.legal import LegalStatus
from isodesk.services.cycle_service import StepDefinition
from isodesk.services.legal_service import procedure_in_force
from isodesk.services.tthc_service import announcement_dtos, event_facts, field_facts, last_issued_announcement
from isodesk.storage.models import legal as m
from isodesk.storage.models.documents import InternalDocument

TARGET_TTHC = "documents.tthc"
TARGET_EXTERNAL = "documents.external"
TARGET_SCOPE = "documents.scope"

#: How many changed items an issue lists in its params (the screen shows the rest).
_LISTED = 10


class ScopeCycleProvider:
    """Checks on TTHC, the scope and its công bố, and the external documents cited by procedures."""

    def steps(self) -> Sequence[StepDefinition]:
        return ()

    def checks(self, session: Session, year: core_d.ReportingYear, today: date) -> list[ReadinessIssue]:
        """Scope warnings as of ``today`` (the scope is a current state; the year only labels it)."""
        issues: list[ReadinessIssue] = []
        live_procs = set(session.scalars(select(InternalDocument.id).where(procedure_in_force())))
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
        issues: list[ReadinessIssue] = []
        inverted = d.announcements_before_document_set(facts)
        if inverted:
            issues.append(ReadinessIssue(
                "announcement_before_document_set",
                QT_TRANSLATE_NOOP("Readiness", "{count} announcement decision(s) are dated before the decision "
                                               "issuing the document set they rely on."),
                Severity.ERROR, count=len(inverted), params={"count": len(inverted)}, target=TARGET_SCOPE,
                record_ids=tuple(inverted)))
        orphan = d.announcements_without_document_set(facts)
        if orphan:
            issues.append(ReadinessIssue(
                "announcement_without_document_set",
                QT_TRANSLATE_NOOP("Readiness", "{count} announcement decision(s) rely on no decision issuing the "
                                               "document set."),
                Severity.WARNING, count=len(orphan), params={"count": len(orphan)}, target=TARGET_SCOPE,
                record_ids=tuple(orphan)))
        return issues

    # (c), (d) ---------------------------------------------------------------------------------
    @staticmethod
    def _tthc_coverage(s: Session, live_procs: set[int]) -> list[ReadinessIssue]:
        facts = [d.TthcFact(r.id, r.status, r.procedure_id, r.procedure_id in live_procs)
                 for r in s.execute(select(m.Tthc.id, m.Tthc.status, m.Tthc.procedure_id))]
        issues: list[ReadinessIssue] = []
        stale = d.abolished_with_live_procedure(facts)
        if stale:
            issues.append(ReadinessIssue(
                "abolished_tthc_with_procedure",
                QT_TRANSLATE_NOOP("Readiness", "{count} abolished TTHC still have a procedure in force: withdraw "
                                               "or revise the procedure."),
                Severity.WARNING, count=len(stale), params={"count": len(stale)}, target=TARGET_TTHC,
                record_ids=tuple(stale)))
        uncovered = d.uncovered_in_force(facts)
        if uncovered:
            issues.append(ReadinessIssue(
                "tthc_without_procedure",
                QT_TRANSLATE_NOOP("Readiness", "{count} TTHC in force have no procedure in force covering them."),
                Severity.WARNING, count=len(uncovered), params={"count": len(uncovered)}, target=TARGET_TTHC,
                record_ids=tuple(uncovered)))
        return issues

    # (e) --------------------------------------------------------------------------------------
    @staticmethod
    def _dead_texts(s: Session, live_procs: set[int]) -> list[ReadinessIssue]:
        E, C = m.ExternalDocument, m.ExternalDocumentCitation
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

