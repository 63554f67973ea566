"""The annual report's module provider (issue 11): it offers the report itself (``report.annual``, built
through the drafted-document service) and contributes the self-score table (``report.self_score``) and
Phụ lục I of the subordinate units (``report.units``) as appendix tables, for the package and the XLSX.

Listed last in :func:`isodesk.services.modules.module_providers`: the self-score notes quote the other
modules' figures (``ctx.earlier``), so the report never says 12 in one place and 19 in another.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy.orm import Session

from isodesk.domain import core as core_d
from isodesk.domain.contributions import AppendixTable, Contribution, DocumentOffer, Figure, OutputKind, TextDraft
from isodesk.domain.cycle import ReadinessIssue
from isodesk.domain.drafted import DraftOptions, ExportResult
from isodesk.domain.errors import DomainError, NotFoundError
from isodesk.domain.i18n import QT_TRANSLATE_NOOP
from isodesk.domain.report import OUTLINE_TEXT, REPORT_DRAFT, REPORT_OFFER, score_lines, score_table, units_table
from isodesk.reports.model import AdminDocument
from isodesk.reports.output import write_document_files
from isodesk.services.core.document_register_service import DocumentRegisterService
from isodesk.services.report.report_service import (
    ReportService,
    scores_in,
    table_to_json,
    units_in,
)
from isodesk.services.year.contribution_service import ContributionContext
from isodesk.services.year.cycle_service import StepDefinition, registered_documents
from isodesk.services.year.drafted_service import DraftedDocumentService

MODULE = "report"
#: The navigation key of the "Báo cáo năm" screen.
TARGET = "report"


def figures_to_json(figures: Mapping[str, Figure]) -> dict[str, dict[str, object]]:
    return {k: {"label": f.label, "text": f.text, "value": str(f.value), "unit": f.unit, "source": f.source,
                "module": f.module, "decimal": isinstance(f.value, Decimal), "target": f.target,
                "record_ids": list(f.record_ids)} for k, f in figures.items()}


def figures_from_json(raw: object) -> dict[str, Figure]:
    """The figures of a snapshot as :class:`Figure` (values exact: rates stay ``Decimal``)."""
    out: dict[str, Figure] = {}
    if not isinstance(raw, dict):
        return out
    for key, v in raw.items():
        value: int | Decimal = Decimal(str(v["value"])) if v.get("decimal") else int(str(v["value"]))
        out[str(key)] = Figure(str(key), value, str(v.get("unit", "")), str(v.get("label", "")),
                               str(v.get("source", "")), str(v.get("module", "")),
                               tuple(int(i) for i in v.get("record_ids", ())), str(v.get("target", "")))
    return out


class ReportProvider:
    """The report: its document offer and its own appendix tables."""

    module = MODULE

    def steps(self) -> Sequence[StepDefinition]:
        # The core step "send the annual report" (same key, replaced: the later provider wins), now
        # opening the report's own screen.
        return (
            StepDefinition(
                "annual_report", 70,
                QT_TRANSLATE_NOOP("CycleStep", "Send the annual report before the deadline"),
                QT_TRANSLATE_NOOP("CycleStep", "The issued annual report to the Department of Science and Technology."),
                lambda y: y.deadline or y.period_end,
                lambda s, y: registered_documents(s, y, core_d.DocPurpose.ANNUAL_REPORT), TARGET),
        )

    def checks(self, session: Session, year: core_d.ReportingYear, today: date) -> list[ReadinessIssue]:
        return []

    def contribute(self, ctx: ContributionContext) -> Contribution:
        s = ctx.session
        assert s is not None
        report: ReportService = ctx.services.report
        year = ctx.year.year
        figures = {f.key: f for c in ctx.earlier for f in c.figures}
        tables: list[AppendixTable] = []
        criteria = report.criteria_for(year)
        if criteria is not None:
            tables.append(score_table(criteria, score_lines(criteria, scores_in(s, year, criteria.key), figures)))
        units = units_in(s, year)
        profile = ctx.services.agency.profile_on(ctx.year.period_end)
        if units:
            tables.append(units_table(units, profile.name if profile is not None else "", year))
        offers = (DocumentOffer(REPORT_OFFER, f"Báo cáo kết quả xây dựng, áp dụng, duy trì, cải tiến HTQLCL năm {year}",
                                OutputKind.NUMBERED, self.module, f"BC-ket-qua-HTQLCL-{year}"),)
        # The outline the report follows, named in the package's manifest (key and name).
        outline = report.outline_for(year)
        texts = (TextDraft(OUTLINE_TEXT, f"{outline.key} — {outline.name}", self.module, "Đề cương báo cáo"),)
        return Contribution(self.module, texts=texts, tables=tuple(tables), documents=offers)

    def build_document(self, key: str, ctx: ContributionContext) -> AdminDocument:
        """The year's report as drafted (and edited); the frozen one once sent."""
        if key != REPORT_OFFER:
            raise NotFoundError("document_offer", key)
        return ctx.services.drafted.build(REPORT_DRAFT, ctx.year.year, DraftOptions(today=ctx.today))


class ReportSending:
    """"Ghi nhận đã gửi" (issue 11 item 8): number and date the report in the issued-documents register,
    freeze what was sent, and write the numbered Word/PDF files onto the register entry."""

    def __init__(self, report: ReportService, drafted: DraftedDocumentService, register: DocumentRegisterService) -> None:
        self._report = report
        self._drafted = drafted
        self._register = register

    def snapshot(self, year: int, options: DraftOptions | None = None) -> dict[str, object]:
        """The report of ``year`` as it stands: outline, figures, printed texts, tables."""
        draft = self._drafted.draft(REPORT_DRAFT, year, options)
        ctx = draft.context
        from isodesk.services.report.report_document import ReportContext

        assert isinstance(ctx, ReportContext)
        return {"outline": ctx.outline.key, "summary": draft.summary,
                "figures": figures_to_json(ctx.figures),
                "blocks": {b.key: b.text for b in draft.blocks},
                "tables": {k: table_to_json(t) for k, t in ctx.tables.items()
                           if k in ctx.appendix_order or k in {s.table for s in ctx.outline.walk() if s.table}}}

    def record_sent(self, year: int, number: int, issue_date: date, folder: Path | None = None,
                    options: DraftOptions | None = None) -> ExportResult | None:
        """Record the report of ``year`` as sent with ``number`` and ``issue_date`` and freeze it.

        One transaction numbers the register entry (created as needed), and stores the snapshot of
        the figures and texts as sent. Then, when ``folder`` is given, the numbered DOCX and PDF are
        written there and attached to the entry (a failure there leaves the freeze; the files can
        be written again).

        Raises:
            DomainError: ``report_frozen`` (already sent); ``number_taken``/date-order problems of the
                register; nothing is changed.
        """
        if self._report.is_frozen(year):
            raise DomainError("report_frozen", year=year)
        builder = self._drafted.builder(REPORT_DRAFT)
        snapshot = self.snapshot(year, options)
        draft = self._drafted.draft(REPORT_DRAFT, year, options)
        entry = draft.register_entry
        signer = draft.signer
        profile = draft.agency
        signer_title = ((profile.deputy_title if signer.by_deputy else profile.head_title) or signer.title) \
            if signer is not None else ""
        with self._report._write() as s:  # noqa: SLF001 - the register and the freeze share ONE transaction
            item = entry if entry is not None else core_d.IssuedDocument(
                id=None, doc_type=builder.doc_type, issuer=profile.abbreviation, number=None, symbol=draft.symbol,
                issue_date=None, summary=draft.summary, signer_name=signer.full_name if signer else "",
                signer_title=signer_title, status=core_d.IssuedDocStatus.DRAFT, purpose=builder.purpose, year=year)
            saved = self._register.save_in(s, replace(item, files=(), number=number, issue_date=issue_date,
                                                      status=core_d.IssuedDocStatus.ISSUED))
            self._report.freeze_in(s, year, snapshot, number, issue_date, saved.id)
        if folder is None:
            return None
        doc = self._drafted.build(REPORT_DRAFT, year, options)
        files = write_document_files(doc, folder, self._drafted.file_stem(self._drafted.draft(REPORT_DRAFT, year, options)))
        return self._drafted.record_export(REPORT_DRAFT, year, files, options)
