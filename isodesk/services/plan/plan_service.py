"""The year's QMS maintenance plan (Kế hoạch duy trì, cải tiến HTQLCL), the first drafted document.

:class:`PlanBuilder` is the plan's :class:`~isodesk.services.year.drafted_service.DraftBuilder`: it
proposes the blocks from the agency, the people, the reporting year, the cycle steps' due dates and
the modules' contributions (``plan.bases.*`` texts, e.g. the province's ISO plan from the
external-documents module — the plan reads no other module's tables), and lays the plan out per NĐ 30
with its appendix of tasks. :class:`PlanService` is the plan's view of the generic
:class:`~isodesk.services.year.drafted_service.DraftedDocumentService`: the same edits, carry-over,
rule-10 flags and register record, with the blocks grouped into tasks for the plan page.

Flow: :meth:`PlanService.draft` → :meth:`save_edits` → :meth:`build` (an ``AdminDocument``) → the
caller renders it (:func:`isodesk.reports.output.write_document_files`) → :meth:`record_export`
records the files on the year's register entry in one transaction.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from isodesk.domain import core as d
from isodesk.domain.drafted import BlockProposal, DraftedDocument, ExportResult, draft_signers
from isodesk.domain.plan import (
    APPENDIX_COLUMNS,
    APPENDIX_TITLE_TEMPLATE,
    BASES_TEXT_PREFIX,
    DOCUMENT_KEY,
    SUMMARY_TEMPLATE,
    TASK_FIELD_LABELS,
    TASK_FIELDS,
    PlanDraft,
    PlanOptions,
    PlanSection,
    PlanSigner,
    PlanTask,
    carry_bases,
    shift_years,
    task_key,
)
from isodesk.reports import (
    AdminDocument,
    Align,
    Appendix,
    Block,
    Column,
    Heading,
    Paragraph,
    Run,
    Signature,
    Table,
    TableRow,
)
from isodesk.reports.output import DocumentFiles
from isodesk.services.plan import plan_texts as T
from isodesk.services.core.agency_service import AgencyService
from isodesk.services.year.contribution_service import ContributionService
from isodesk.services.year.cycle_service import CycleService
from isodesk.services.year.drafted_service import (
    AgencyYearBuilder,
    DraftedDocumentService,
    Proposal,
    ascii_slug,
    text_blocks,
)
from isodesk.services.core.year_service import YearService

DOC_TYPE = d.IssuedDocType.PLAN


def _sentence(text: str) -> str:
    text = text.strip()
    return text if not text or text[-1] in ".;:!?" else text + "."


@dataclass(frozen=True)
class _TaskMeta:
    """A task of the plan: the cycle step it implements and that step's due date."""

    id: str
    step_key: str
    due: date | None


@dataclass(frozen=True)
class _PlanContext:
    """The plan builder's own part of a draft: its tasks and this year's contributed căn cứ lines."""

    tasks: tuple[_TaskMeta, ...]
    contributed_bases: tuple[str, ...]


class PlanBuilder(AgencyYearBuilder):
    """The plan as a drafted document: proposals from the data and contributions, NĐ 30 layout."""

    key = DOCUMENT_KEY
    title = "Kế hoạch duy trì, cải tiến HTQLCL"
    purpose = d.DocPurpose.ANNUAL_PLAN
    doc_type = DOC_TYPE

    def __init__(self, agency: AgencyService, years: YearService, cycle: CycleService,
                 contributions: ContributionService) -> None:
        super().__init__(agency, years)
        self._cycle = cycle
        self._contributions = contributions

    def _facts(self, year: int, when: date) -> T.PlanFacts:
        ry, profile = self._year_and_agency(year, when)
        step_due = {sd.key: sd.due(ry) for sd in self._cycle.step_definitions()}
        # The people and departments of the plan's own date, as its agency is (issue 13 item 2).
        return T.PlanFacts(year=ry, profile=profile, people=self._agency.people(as_of=when),
                           departments=self._agency.departments(as_of=when), step_due=step_due,
                           contributed_bases=self._contributed_bases(year))

    def _contributed_bases(self, year: int) -> tuple[str, ...]:
        """Căn cứ lines the modules contribute (``plan.bases.*``): the plan reads no other module's data."""
        texts = self._contributions.collect(year).texts
        return tuple(line.strip() for key in sorted(texts) if key.startswith(BASES_TEXT_PREFIX)
                     for line in texts[key].text.split("\n") if line.strip())

    @staticmethod
    def _signers(facts: T.PlanFacts) -> tuple[PlanSigner, ...]:
        return draft_signers(facts.profile, facts.people)

    def propose(self, year: int, when: date) -> Proposal:
        facts = self._facts(year, when)
        blocks = [BlockProposal(s.key, s.section, s.label, s.text, s.heading) for s in T.text_suggestions(facts)]
        tasks = []
        for spec in T.TASKS:
            step = next((k for k in spec.step_keys if k in facts.step_due), "")
            tasks.append(_TaskMeta(spec.id, step, facts.step_due.get(step) if step else None))
            suggested = spec.texts(facts)
            blocks.extend(BlockProposal(task_key(spec.id, field), PlanSection.TASKS, TASK_FIELD_LABELS[field],
                                        suggested[field]) for field in TASK_FIELDS)
        abbreviation = facts.profile.abbreviation.strip()
        return Proposal(agency=facts.profile, summary=SUMMARY_TEMPLATE.format(year=year),
                        symbol=f"{DOC_TYPE.value}-{abbreviation}", blocks=tuple(blocks),
                        signers=self._signers(facts), context=_PlanContext(tuple(tasks), facts.contributed_bases))

    def carry(self, key: str, text: str, from_year: int, to_year: int, proposal: Proposal) -> str:
        if key != "bases":
            return shift_years(text, from_year, to_year)
        carried = carry_bases(text, from_year, to_year)
        # This year's contributed lines (the provincial plan) replace last year's, dropped above.
        context = proposal.context
        assert isinstance(context, _PlanContext)
        for line in context.contributed_bases:
            if line not in carried:
                carried = f"{carried}\n{line}" if carried else line
        return carried

    def document(self, draft: DraftedDocument) -> AdminDocument:
        return _layout(plan_draft(draft))

    def file_stem(self, draft: DraftedDocument) -> str:
        return file_stem(draft)


def file_stem(draft: PlanDraft | DraftedDocument) -> str:
    """ASCII file name (USB sticks, zip files and e-mail keep it intact): ``KH_du-thao_…`` for a draft,
    ``KH_01-KH-UBND_…`` once numbered."""
    entry = draft.register_entry
    number = f"{entry.number:02d}-{draft.symbol}" if entry is not None and entry.number else "du-thao"
    return f"KH_{ascii_slug(number)}_duy-tri-cai-tien-HTQLCL-{draft.year}"


def plan_draft(doc: DraftedDocument) -> PlanDraft:
    """The generic draft seen as the plan: text blocks, and the task fields grouped into tasks."""
    context = doc.context
    assert isinstance(context, _PlanContext), "not a plan draft"
    tasks_meta = context.tasks
    by_key = {b.key: b for b in doc.blocks}
    tasks = tuple(PlanTask(t.id, t.step_key, t.due, {f: by_key[task_key(t.id, f)] for f in TASK_FIELDS})
                  for t in tasks_meta)
    return PlanDraft(
        year=doc.year, agency=doc.agency, summary=doc.summary, symbol=doc.symbol,
        blocks=tuple(b for b in doc.blocks if b.section != PlanSection.TASKS), tasks=tasks,
        signers=doc.signers, signer_id=doc.signer_id, register_entry=doc.register_entry,
        document_date=doc.document_date)


class PlanService:
    """Draft, edit, build and record the year's QMS maintenance plan — the plan's face of the generic
    drafted-document service (every call is that service's, with the plan's key)."""

    def __init__(self, drafted: DraftedDocumentService) -> None:
        self._drafted = drafted

    @property
    def key(self) -> str:
        return DOCUMENT_KEY

    def register_entry(self, year: int) -> d.IssuedDocument | None:
        """The year's plan in the register: the newest issued one, else the newest draft."""
        return self._drafted.register_entry(DOCUMENT_KEY, year)

    def document(self, year: int, options: PlanOptions | None = None) -> DraftedDocument:
        """The plan as the generic drafted document (what a generic page shows)."""
        return self._drafted.draft(DOCUMENT_KEY, year, options)

    def draft(self, year: int, options: PlanOptions | None = None) -> PlanDraft:
        """The plan of ``year`` as editable blocks and tasks, with signers and the register entry.

        Raises:
            NotFoundError: no reporting year ``year``.
            DomainError: ``no_agency`` when the agency profile is missing.
        """
        return plan_draft(self.document(year, options))

    def save_edits(self, year: int, edits: Mapping[str, str | None]) -> None:
        """Keep the secretary's texts for ``year`` (they are also next year's starting point).

        A text equal to isodesk's suggestion (or None) is stored as "use the suggestion"; an empty
        text leaves the block (or, for a task name, the whole task) out of the plan;
        ``option.signer`` keeps the chosen signer (a person id).

        Raises:
            DomainError: ``plan_unknown_block`` for a key the plan does not have.
        """
        self._drafted.save_edits(DOCUMENT_KEY, year, edits)

    def restore_suggestions(self, year: int, keys: list[str]) -> None:
        """Go back to isodesk's suggested text for ``keys`` ("Khôi phục văn bản gợi ý")."""
        self._drafted.restore_suggestions(DOCUMENT_KEY, year, keys)

    def build(self, year: int, options: PlanOptions | None = None) -> AdminDocument:
        """The plan of ``year`` as an NĐ 30 document (numbered and dated once registered)."""
        return self._drafted.build(DOCUMENT_KEY, year, options)

    def file_stem(self, draft: PlanDraft | DraftedDocument) -> str:
        """ASCII file name: ``KH_du-thao_…`` for a draft, ``KH_01-KH-UBND_…`` once numbered."""
        return file_stem(draft)

    def record_export(self, year: int, files: DocumentFiles, options: PlanOptions | None = None) -> ExportResult:
        """Record the rendered files on the year's plan entry in the register (one transaction); see
        :meth:`DraftedDocumentService.record_export`."""
        return self._drafted.record_export(DOCUMENT_KEY, year, files, options)


def _layout(draft: PlanDraft) -> AdminDocument:
    """The plan laid out per NĐ 30: căn cứ, I–III, Nơi nhận, signature, the landscape appendix of tasks."""
    y, profile = draft.year, draft.agency
    entry = draft.register_entry
    body: list[Block] = []
    text = {b.key: b.text for b in draft.blocks}
    heading = {b.key: b.heading for b in draft.blocks}

    def section(key: str) -> None:
        if text[key].strip():
            if heading[key]:
                body.append(Heading(2, heading[key]))
            body.extend(text_blocks(text[key]))

    body.extend(text_blocks(text["opening"]))
    body.append(Heading(1, "I. MỤC ĐÍCH, YÊU CẦU"))
    section("purpose")
    section("requirements")
    body.append(Heading(1, "II. NỘI DUNG, NHIỆM VỤ"))
    tasks = [t for t in draft.tasks if t.included]
    rows = []
    for n, task in enumerate(tasks, start=1):
        body.append(Heading(2, f"{n}. {task.text('name').strip()}"))
        body.extend(text_blocks(task.text("detail")))
        timing = task.text("timing").strip()
        if timing:
            body.append(Paragraph(runs=[Run("Thời gian thực hiện: ", italic=True), Run(_sentence(timing))]))
        rows.append(TableRow((str(n), *(task.text(f).strip() for f in ("name", "lead", "partners", "timing",
                                                                        "output")))))
    body.append(Paragraph(
        "Nhiệm vụ, đơn vị, người chủ trì, phối hợp, thời gian thực hiện và kết quả, sản phẩm của từng nhiệm vụ "
        "được nêu chi tiết tại Phụ lục kèm theo Kế hoạch này."))
    body.append(Heading(1, "III. TỔ CHỨC THỰC HIỆN"))
    for key in ("org.leaders", "org.steering", "org.secretary", "org.departments"):
        section(key)
    body.extend(text_blocks(text["closing"]))

    signer = draft.signer
    authority = d.signature_lines(profile, by_deputy=signer.by_deputy if signer else False)
    table = Table(
        columns=[
            Column(APPENDIX_COLUMNS[0], 11, Align.CENTER),
            Column(APPENDIX_COLUMNS[1], 68),
            Column(APPENDIX_COLUMNS[2], 40),
            Column(APPENDIX_COLUMNS[3], 40),
            Column(APPENDIX_COLUMNS[4], 40),
            Column(APPENDIX_COLUMNS[5], 53),
        ],
        rows=rows,
    )
    return AdminDocument(
        agency=profile.name,
        parent_agency=profile.header_parent or None,  # none for a People's Committee (DOMAIN.md §4.4)
        symbol=draft.symbol,
        place=profile.place_name,
        doc_type=DOC_TYPE.type_name,
        summary=draft.summary,
        number=entry.number if entry is not None else None,
        date=entry.issue_date if entry is not None else None,
        year=y,
        issuer_name=profile.name,
        bases=[line for line in text["bases"].split("\n") if line.strip()],
        body=body,
        recipients=[line for line in text["recipients"].split("\n") if line.strip()],
        signature=Signature(authority, signer.full_name if signer else ""),
        appendices=[Appendix(title=APPENDIX_TITLE_TEMPLATE.format(year=y), blocks=[table], landscape=True)],
    )
