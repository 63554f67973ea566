"""The annual report (``BÁO CÁO Kết quả xây dựng, áp dụng, duy trì, cải tiến HTQLCL … năm {Y}``) as a
builder of the generic drafted-document service (issue 11 item 4; DOMAIN.md §2, §7).

The year's outline (data) gives the headings, verbatim and in order; each section's proposed text
comes from the contributed texts and figures the outline names (a sentence whose figure no module
offers is left out — never invented — and a section nothing drafts is left to the secretary with a
hint). Every number and percentage is a contributed :class:`Figure`. Appendices come from contributed
tables, numbered by :class:`AdminDocument` (Roman numerals for two or more) and the body's references
to them are computed from the same numbering. Once the report is sent (frozen), the document is built
from the snapshot taken then, so later data changes do not alter what was reported.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date

from isodesk.domain import core as core_d
from isodesk.domain.contributions import AppendixTable, Figure, YearContributions
from isodesk.domain.drafted import BlockProposal, DraftedDocument, DraftSigner, draft_signers, shift_years
from isodesk.domain.formatting import fold, to_roman
from isodesk.domain.i18n import QT_TRANSLATE_NOOP
from isodesk.domain.report import (
    REPORT_DRAFT,
    SELF_SCORE_TABLE,
    UNITS_TABLE,
    CriteriaSet,
    Outline,
    OutlineSection,
    fill_appendices,
    fill_pattern,
    format_score,
    pattern_figures,
    score_table,
    units_table,
)
from isodesk.reports.appendix_tables import appendix_table
from isodesk.reports.model import (
    AdminDocument,
    Appendix,
    Block,
    Heading,
    Paragraph,
    Run,
    Signature,
    TableRow,
)
from isodesk.services.core.agency_service import AgencyService
from isodesk.services.core.year_service import YearService
from isodesk.services.report.report_service import ReportService, table_from_json
from isodesk.services.year.contribution_service import ContributionService
from isodesk.services.year.drafted_service import AgencyYearBuilder, Proposal, ascii_slug, text_blocks

DOC_TYPE = core_d.IssuedDocType.REPORT
OPENING, CLOSING, RECIPIENTS = "opening", "closing", "recipients"
#: Section keys of the page for the blocks outside the outline's tree.
FRAME_SECTION = "frame"


@dataclass(frozen=True)
class ReportContext:
    """The builder's own part of a draft: the outline, the figures and tables it was drafted from
    (the snapshot's when frozen), the appendix labels and the self-score data."""

    outline: Outline
    figures: Mapping[str, Figure]
    tables: Mapping[str, AppendixTable]
    values: Mapping[str, str]
    labels: Mapping[str, str]  # appendix table key -> "Phụ lục I"
    appendix_order: tuple[str, ...]
    criteria: CriteriaSet | None
    frozen: bool = False
    frozen_texts: Mapping[str, str] = field(default_factory=dict)


def appendix_labels(keys: list[str]) -> dict[str, str]:
    """How the body names each appendix, the same way :meth:`AdminDocument.appendix_label` heads it:
    ``Phụ lục`` for a single one, ``Phụ lục I``, ``Phụ lục II`` … for two or more (NĐ 30)."""
    if len(keys) == 1:
        return {keys[0]: "Phụ lục"}
    return {k: f"Phụ lục {to_roman(i)}" for i, k in enumerate(keys, 1)}


def has_rows(table: AppendixTable | None) -> bool:
    return table is not None and any(not r.group for r in table.rows)


def _strip_heading_prefix(text: str, heading: str) -> str:
    """A contributed text that repeats the section's heading ("Đo lường sự thỏa mãn của khách hàng: …"
    under that heading) loses the repetition."""
    bare = heading.lstrip("-+*abcdefgh) 0123456789.").rstrip(": .")
    lines = text.split("\n")
    if lines and bare:
        first = lines[0].lstrip("- ").strip()
        if fold(first).startswith(fold(bare)):
            rest = first[len(bare):].lstrip(" :.")
            lines[0] = rest[:1].upper() + rest[1:] if rest else ""
    return "\n".join(line for line in lines).strip("\n")


def section_sentence(section: OutlineSection, figures: Mapping[str, Figure], values: Mapping[str, str]) -> str:
    """The outline's sentence pattern for ``section`` with figures filled in, line by line. A line with
    a figure no module offers is dropped; a line starting with ``?`` only prints when its figures are
    not all zero (``?- Còn {nc.overdue|unit} … quá hạn``)."""
    out = []
    for line in section.sentence.split("\n"):
        optional = line.startswith("?")
        line = line[1:] if optional else line
        filled = fill_pattern(line, figures, values)
        if filled is None:
            continue
        if optional and all(not figures[k].value for k in pattern_figures(line) if k in figures):
            continue
        out.append(filled)
    return "\n".join(out)


def proposed_text(section: OutlineSection, contributions: YearContributions, values: Mapping[str, str]) -> str:
    """What isodesk drafts for ``section``: its sentence from figures, then the contributed texts."""
    parts = []
    sentence = section_sentence(section, contributions.figures, values)
    if sentence.strip():
        parts.append(sentence)
    for key in section.texts:
        text = contributions.text(key).strip()
        if text:
            parts.append(_strip_heading_prefix(text, section.heading))
    return "\n".join(p for p in parts if p.strip())


def fill_values(text: str, values: Mapping[str, str]) -> str:
    for key, value in values.items():
        text = text.replace("{" + key + "}", value)
    return text


#: Text widths (mm) an appendix table is fitted to: landscape and portrait A4 within NĐ 30 margins.
LANDSCAPE_TEXT_MM = 245.0
PORTRAIT_TEXT_MM = 160.0


def _column_widths(table: AppendixTable, target_mm: float = LANDSCAPE_TEXT_MM) -> list[float]:
    """Widths in mm from the content, fitted to ``target_mm``: a column is never narrower than its
    heading's longest word (or its short cells) needs, so "Thấp", "Rất cao", "Ghi chú" are not broken
    letter by letter; the long text columns give up the room."""
    minimum: list[float] = []
    desired: list[float] = []
    for i, title in enumerate(table.columns):
        heading = title.split(" / ")[-1]
        cells = [r.cells[i] for r in table.rows if not r.group and i < len(r.cells)]
        longest = max([len(c) for c in cells] + [0])
        word = max((len(w) for w in heading.split()), default=2)
        short_cells = longest if longest <= 10 else 0
        low = max(10.0, min(len(heading) * 2.0 + 3, word * 2.3 + 3), short_cells * 2.0 + 3)
        minimum.append(low)
        desired.append(max(low, min(len(heading), 30) * 1.1, min(longest, 90) * 0.75))
    total, floor = sum(desired), sum(minimum)
    if total <= target_mm or floor >= target_mm:
        return desired
    give = (total - target_mm) / (total - floor)  # the share of each column's slack given up
    return [d - (d - m) * give for d, m in zip(desired, minimum, strict=True)]


_NUMERIC = set("0123456789.,%")


def numeric_columns(table: AppendixTable) -> tuple[int, ...]:
    """The TT column and the columns holding only numbers or rates (centred, as the seeds print counts)."""
    out = [0]
    for i in range(1, len(table.columns)):
        cells = [r.cells[i] for r in table.rows if not r.group and i < len(r.cells) and r.cells[i]]
        if cells and all(set(c) <= _NUMERIC for c in cells):
            out.append(i)
    return tuple(out)


class AnnualReportBuilder(AgencyYearBuilder):
    """The year's report in its outline, from the modules' contributions."""

    key = REPORT_DRAFT
    title = "Báo cáo kết quả xây dựng, áp dụng, duy trì, cải tiến HTQLCL"
    purpose = core_d.DocPurpose.ANNUAL_REPORT
    doc_type = DOC_TYPE

    def __init__(self, agency: AgencyService, years: YearService, report: ReportService,
                 contributions: ContributionService) -> None:
        super().__init__(agency, years)
        self._report = report
        self._contributions = contributions

    # ------------------------------------------------------------------ helpers
    def _signers(self, profile: core_d.AgencyProfile) -> tuple[DraftSigner, ...]:
        return draft_signers(profile, self._agency.people())

    def context(self, year: int, agency_name: str, contributions: YearContributions | None = None) -> ReportContext:
        """The outline, figures, tables and appendix numbering of ``year`` (the snapshot's once sent);
        ``contributions`` when the caller has collected them already."""
        outline = self._report.outline_for(year)
        snapshot = self._report.snapshot(year)
        if snapshot is not None:
            from isodesk.services.report.report_cycle import figures_from_json

            raw_tables = snapshot.get("tables", {})
            assert isinstance(raw_tables, dict)
            tables = {k: table_from_json(v) for k, v in raw_tables.items()}
            figures = figures_from_json(snapshot.get("figures", {}))
            frozen_outline = self._report.library().outline(str(snapshot.get("outline", "")))
            outline = frozen_outline or outline
            criteria = self._report.criteria_for(year)
            raw_blocks = snapshot.get("blocks", {})
            assert isinstance(raw_blocks, dict)
            frozen_texts = {str(k): str(v) for k, v in raw_blocks.items()}
        else:
            contributions = contributions or self._contributions.collect(year)
            figures = contributions.figures
            tables = dict(contributions.tables)
            criteria, lines = self._report.score_lines(year, figures)
            if criteria is not None:
                tables[SELF_SCORE_TABLE] = score_table(criteria, lines)
            tables[UNITS_TABLE] = units_table(self._report.units(year), agency_name, year)
            frozen_texts = {}
        present = [a.table for a in outline.appendices if has_rows(tables.get(a.table))]
        values = {"year": str(year), "previous_year": str(year - 1), "agency": agency_name}
        if criteria is not None:
            lines_total = tables.get(SELF_SCORE_TABLE)
            total = lines_total.rows[-1].cells[2] if lines_total is not None and lines_total.rows else "0,0"
            values.update({"criteria.decision": criteria.decision, "total": total,
                           "max": format_score(criteria.max_total)})
        else:
            values["criteria.decision"] = "…"
        return ReportContext(outline, figures, tables, values, appendix_labels(present), tuple(present), criteria,
                             snapshot is not None, frozen_texts)

    def heading(self, section: OutlineSection, ctx: ReportContext) -> str:
        """The printed heading of ``section``: verbatim, with the year, agency and appendix labels."""
        return fill_appendices(fill_values(section.heading, ctx.values), ctx.labels)

    # ------------------------------------------------------------------ DraftBuilder
    def propose(self, year: int, when: date) -> Proposal:
        _, profile = self._year_and_agency(year, when)
        contributions = None if self._report.is_frozen(year) else self._contributions.collect(year)
        ctx = self.context(year, profile.name, contributions)
        outline = ctx.outline
        values = ctx.values

        def text(key: str, proposed: str) -> str:
            return ctx.frozen_texts.get(key, proposed) if ctx.frozen else proposed

        blocks = [BlockProposal(OPENING, FRAME_SECTION, QT_TRANSLATE_NOOP("DraftBlock", "Opening sentence"),
                                text(OPENING, fill_values(outline.opening, values)))]
        for top in outline.sections:
            for s in top.walk():
                if not s.drafted:
                    continue
                proposed = ""
                if contributions is not None:
                    proposed = fill_appendices(proposed_text(s, contributions, values), ctx.labels)
                if s.table == SELF_SCORE_TABLE and ctx.criteria is not None and not proposed:
                    proposed = "\n".join(fill_values(b, values) for b in ctx.criteria.basis)
                blocks.append(BlockProposal(s.key, s.key, self.heading(s, ctx), text(s.key, proposed),
                                            self.heading(s, ctx)))
        blocks.append(BlockProposal(CLOSING, FRAME_SECTION, QT_TRANSLATE_NOOP("DraftBlock", "Closing sentence"),
                                    text(CLOSING, fill_values(outline.closing, values))))
        blocks.append(BlockProposal(RECIPIENTS, FRAME_SECTION,
                                    QT_TRANSLATE_NOOP("DraftBlock", "Recipients (Nơi nhận, one per line)"),
                                    text(RECIPIENTS, "\n".join(f"- {r}" for r in outline.recipients))))
        return Proposal(agency=profile, summary=fill_values(outline.summary, values),
                        symbol=f"{DOC_TYPE.value}-{profile.abbreviation.strip()}", blocks=tuple(blocks),
                        signers=self._signers(profile), context=ctx)

    def carry(self, key: str, text: str, from_year: int, to_year: int, proposal: Proposal) -> str:
        return shift_years(text, from_year, to_year)

    def document(self, draft: DraftedDocument) -> AdminDocument:
        """The report laid out per NĐ 30: opening, the outline's headings in order with their texts,
        closing, Nơi nhận, signature, the appendices in the outline's order."""
        ctx = draft.context
        assert isinstance(ctx, ReportContext), "not an annual report draft"
        profile, entry = draft.agency, draft.register_entry
        texts = {b.key: (ctx.frozen_texts.get(b.key, b.text) if ctx.frozen else b.text) for b in draft.blocks}
        body: list[Block] = text_blocks(texts.get(OPENING, ""))
        for s in ctx.outline.walk():
            body.extend(self._section_blocks(s, texts.get(s.key, "") if s.drafted else "", ctx))
        body.extend(text_blocks(texts.get(CLOSING, "")))
        appendices = []
        for a in ctx.outline.appendices:
            if a.table not in ctx.appendix_order:
                continue
            table = ctx.tables[a.table]
            title = fill_values(a.title, ctx.values) if a.title else table.title
            widths = _column_widths(table, LANDSCAPE_TEXT_MM if a.landscape is not False else PORTRAIT_TEXT_MM)
            appendices.append(Appendix(title=title, blocks=[appendix_table(table, widths, centred=numeric_columns(table))],
                                       landscape=a.landscape if a.landscape is not None else (table.landscape or None)))
        signer = draft.signer
        authority = core_d.signature_lines(profile, by_deputy=signer.by_deputy if signer else False)
        return AdminDocument(
            agency=profile.name, parent_agency=profile.header_parent or None, symbol=draft.symbol,
            place=profile.place_name, doc_type=DOC_TYPE.type_name, summary=draft.summary,
            number=entry.number if entry is not None else None,
            date=entry.issue_date if entry is not None else None, year=draft.year, issuer_name=profile.name,
            body=body, recipients=[line for line in texts.get(RECIPIENTS, "").split("\n") if line.strip()],
            signature=Signature(authority, signer.full_name if signer else ""), appendices=appendices)

    def _section_blocks(self, s: OutlineSection, text: str, ctx: ReportContext) -> list[Block]:
        heading = self.heading(s, ctx)
        lines = [x.strip() for x in text.split("\n") if x.strip()]
        out: list[Block] = []
        if s.level == 4 and len(lines) <= 1:
            # A run-in sub-point ("- Số lần …: 01 lần.") as the seeds write it: heading and text on one line.
            runs = [Run(heading, italic=True)] + ([Run(" " + lines[0])] if lines else [])
            out.append(Paragraph(runs=runs))
        else:
            out.append(Heading(s.level, heading, italic=s.level == 4))
            out.extend(text_blocks(text))
        if s.table and s.table in ctx.tables and has_rows(ctx.tables[s.table]):
            table = ctx.tables[s.table]
            laid = appendix_table(table, _column_widths(table, PORTRAIT_TEXT_MM), centred=numeric_columns(table))
            if s.table == SELF_SCORE_TABLE and laid.rows and isinstance(laid.rows[-1], TableRow):
                # The computed total ("Tổng … 5,0") in bold, as in the seed.
                laid = replace(laid, rows=[*laid.rows[:-1], TableRow(laid.rows[-1].cells, bold=True)])
            out.append(laid)
        return out

    def file_stem(self, draft: DraftedDocument) -> str:
        entry = draft.register_entry
        number = f"{entry.number:02d}-{draft.symbol}" if entry is not None and entry.number else "du-thao"
        return f"BC_{ascii_slug(number)}_ket-qua-HTQLCL-{draft.year}"


__all__ = ["AnnualReportBuilder", "ReportContext", "appendix_labels", "proposed_text"]
