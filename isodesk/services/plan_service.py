"""The year's QMS maintenance plan: draft it from the data, keep the secretary's edits, render it,
and record it in the issued-documents register as citable evidence.

Flow: :meth:`PlanService.draft` gives the editable texts (suggested, edited this year, or carried
over from an earlier year's edits with the year moved on); :meth:`save_edits` stores what the
secretary changed; :meth:`build` turns it into an :class:`~isodesk.reports.AdminDocument` laid out
per NĐ 30; :meth:`export` writes the .docx and .pdf and records them on the year's register entry
(a draft until the clerk numbers and dates it; regenerating updates the same entry and replaces its
generated files).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select

from isodesk.domain import core as d
from isodesk.domain.errors import DomainError, NotFoundError
from isodesk.domain.formatting import fold, nfc
from isodesk.domain.plan import (
    APPENDIX_COLUMNS,
    APPENDIX_TITLE_TEMPLATE,
    DOCUMENT_KEY,
    OPTION_SIGNER,
    ROLE_DOCX,
    ROLE_PDF,
    SUMMARY_TEMPLATE,
    TASK_FIELD_LABELS,
    TASK_FIELDS,
    ExportResult,
    PlanBlock,
    PlanDraft,
    PlanOptions,
    PlanSection,
    PlanSigner,
    PlanTask,
    TextOrigin,
    carry_bases,
    shift_years,
    task_key,
)
from isodesk.reports import (
    AdminDocument,
    Align,
    Appendix,
    Block,
    Bullet,
    Column,
    Heading,
    Paragraph,
    PlusBullet,
    Run,
    Signature,
    Table,
    TableRow,
    render_docx,
    render_pdf,
)
from isodesk.services import plan_texts as T
from isodesk.services.agency_service import AgencyService
from isodesk.services.attachment_service import AttachmentService
from isodesk.services.base import ServiceBase
from isodesk.services.cycle_service import CycleService
from isodesk.services.document_register_service import DocumentRegisterService
from isodesk.services.year_service import YearService
from isodesk.storage.models.drafts import DraftText
from isodesk.storage.models.legal import ExternalDocument

DOC_TYPE = d.IssuedDocType.PLAN


def _normalise(text: str) -> str:
    """NFC, Unix line ends, no trailing blanks on lines, no blank lines at either end."""
    lines = [line.rstrip() for line in nfc(text).replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    return "\n".join(lines).strip("\n")


def _ascii_slug(text: str) -> str:
    folded = unicodedata.normalize("NFD", text.replace("Đ", "D").replace("đ", "d"))
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    return re.sub(r"[^A-Za-z0-9]+", "-", folded).strip("-")


def _text_blocks(text: str) -> list[Block]:
    """A block's text as document blocks: ``- `` lines are bullets, ``+ `` sub-bullets, others paragraphs."""
    out: list[Block] = []
    for line in text.split("\n"):
        line = line.strip()
        if not line:
            continue
        if line.startswith("-"):
            out.append(Bullet(line))
        elif line.startswith("+"):
            out.append(PlusBullet(line))
        else:
            out.append(Paragraph(line))
    return out


def header_parent(name: str) -> str:
    """The chủ quản line of the header: NĐ 30 lets common phrases be abbreviated
    (``Ủy ban nhân dân tỉnh Hà Tĩnh`` → ``UBND tỉnh Hà Tĩnh``), which keeps it on one line."""
    return d.abbreviate_committee(name)


def _sentence(text: str) -> str:
    text = text.strip()
    return text if not text or text[-1] in ".;:!?" else text + "."


class PlanService(ServiceBase):
    """Draft, edit, build and export the year's QMS maintenance plan (Kế hoạch duy trì, cải tiến HTQLCL)."""

    def __init__(self, sessions, agency: AgencyService, years: YearService,  # type: ignore[no-untyped-def]
                 register: DocumentRegisterService, attachments: AttachmentService, cycle: CycleService) -> None:
        super().__init__(sessions)
        self._agency = agency
        self._years = years
        self._register = register
        self._attachments = attachments
        self._cycle = cycle

    # ------------------------------------------------------------------ register entry
    def register_entry(self, year: int) -> d.IssuedDocument | None:
        """The year's plan in the register: the newest issued one, else the newest draft."""
        entries = self._register.list(year=year, purpose=d.DocPurpose.ANNUAL_PLAN, doc_type=DOC_TYPE)
        issued = [e for e in entries if e.status is d.IssuedDocStatus.ISSUED]
        chosen = issued[0] if issued else (entries[0] if entries else None)
        return self._register.get(chosen.id) if chosen is not None and chosen.id is not None else None

    # ------------------------------------------------------------------ facts and suggestions
    def _facts(self, year: int, when: date) -> tuple[T.PlanFacts, d.ReportingYear]:
        ry = self._years.get(year)
        if ry is None:
            raise NotFoundError("reporting_year", year)
        profile = self._agency.profile_on(when)
        if profile is None:
            raise DomainError("no_agency")
        step_due: dict[str, date] = {}
        for sd in self._cycle.step_definitions():
            step_due[sd.key] = sd.due(ry)
        facts = T.PlanFacts(
            year=ry, profile=profile, people=self._agency.people(), departments=self._agency.departments(),
            step_due=step_due, province_plan=self._province_plan(year),
        )
        return facts, ry

    def _province_plan(self, year: int) -> T.ProvincePlan | None:
        """The Sở KH&CN's ISO plan of ``year``, if the external-documents list holds it."""
        with self._read() as s:
            rows = list(s.scalars(select(ExternalDocument).where(ExternalDocument.issue_date.is_not(None))))
        found: list[T.ProvincePlan] = []
        for row in rows:
            issuer, summary = fold(row.issuer), fold(row.summary)
            if "khoa hoc va cong nghe" not in issuer or "/KH-" not in row.number_symbol.upper():
                continue
            if "iso" not in summary and "he thong quan ly chat luong" not in summary:
                continue
            if row.issue_date.year != year and not (row.issue_date.year == year - 1 and str(year) in row.summary):
                continue
            found.append(T.ProvincePlan(row.number_symbol.strip(), row.issue_date, row.issuer.strip(),
                                        row.summary.strip()))
        return max(found, key=lambda p: p.issue_date) if found else None

    def _suggestions(self, facts: T.PlanFacts) -> tuple[list[T.Suggestion], list[tuple[T.TaskSpec, str, date | None]]]:
        tasks = []
        for spec in T.TASKS:
            step = next((k for k in spec.step_keys if k in facts.step_due), "")
            tasks.append((spec, step, facts.step_due.get(step) if step else None))
        return T.text_suggestions(facts), tasks

    # ------------------------------------------------------------------ stored edits
    def _rows(self, year: int) -> tuple[dict[str, str | None], dict[str, tuple[int, str | None]]]:
        """This year's stored texts, and for each key the newest earlier year's (year, text)."""
        with self._read() as s:
            rows = list(s.scalars(select(DraftText).where(
                DraftText.document_key == DOCUMENT_KEY, DraftText.year <= year).order_by(DraftText.year)))
        current: dict[str, str | None] = {}
        earlier: dict[str, tuple[int, str | None]] = {}
        for row in rows:
            if row.year == year:
                current[row.block_key] = row.text
            else:
                earlier[row.block_key] = (row.year, row.text)  # ascending years: the newest wins
        return current, earlier

    def _block(self, key: str, section: PlanSection, label: str, suggested: str, heading: str, year: int,
               current: dict[str, str | None], earlier: dict[str, tuple[int, str | None]]) -> PlanBlock:
        suggested = _normalise(suggested)
        if key in current:
            text = current[key]
            if text is None:
                return PlanBlock(key, section, label, suggested, suggested, TextOrigin.SUGGESTED, heading=heading)
            return PlanBlock(key, section, label, text, suggested, TextOrigin.EDITED, heading=heading)
        if key in earlier:
            from_year, text = earlier[key]
            if text is not None:
                if key == "bases":
                    carried = carry_bases(text, from_year, year)
                    # This year's provincial plan, if known, replaces last year's (dropped above).
                    for line in suggested.split("\n"):
                        if line.startswith("Căn cứ Kế hoạch số") and line not in carried:
                            carried = f"{carried}\n{line}" if carried else line
                else:
                    carried = shift_years(text, from_year, year)
                return PlanBlock(key, section, label, carried, suggested, TextOrigin.CARRIED, from_year, heading)
        return PlanBlock(key, section, label, suggested, suggested, TextOrigin.SUGGESTED, heading=heading)

    # ------------------------------------------------------------------ people
    def _signers(self, facts: T.PlanFacts) -> list[PlanSigner]:
        leaders = facts.leaders
        head = facts.head
        ordered = ([head] if head is not None else []) + [p for p in leaders if p is not head]
        return [PlanSigner(p.id, p.full_name, p.title, facts.is_deputy(p)) for p in ordered if p.id is not None]

    def _default_signer(self, signers: list[PlanSigner], facts: T.PlanFacts, stored: str | None,
                        entry: d.IssuedDocument | None) -> int | None:
        ids = {s.person_id for s in signers}
        if stored and stored.isdigit() and int(stored) in ids:
            return int(stored)
        if entry is not None and entry.signer_name:
            match = next((s for s in signers if fold(s.full_name) == fold(entry.signer_name)), None)
            if match is not None:
                return match.person_id
        return signers[0].person_id if signers else None

    # ------------------------------------------------------------------ public API
    def draft(self, year: int, options: PlanOptions | None = None) -> PlanDraft:
        """The plan of ``year`` as editable blocks, with signers and the register entry.

        Raises:
            NotFoundError: no reporting year ``year``.
            DomainError: ``no_agency`` when the agency profile is missing.
        """
        options = options or PlanOptions()
        entry = self.register_entry(year)
        doc_date = entry.issue_date if entry is not None else None
        facts, _ = self._facts(year, doc_date or options.today or date.today())
        texts, task_specs = self._suggestions(facts)
        current, earlier = self._rows(year)
        blocks = tuple(self._block(s.key, s.section, s.label, s.text, s.heading, year, current, earlier)
                       for s in texts)
        tasks = []
        for spec, step, due in task_specs:
            suggested = spec.texts(facts)
            fields = {
                field: self._block(task_key(spec.id, field), PlanSection.TASKS, TASK_FIELD_LABELS[field],
                                   suggested[field], "", year, current, earlier)
                for field in TASK_FIELDS
            }
            tasks.append(PlanTask(spec.id, step, due, fields))
        signers = self._signers(facts)
        stored_signer = current.get(OPTION_SIGNER)
        signer_id = options.signer_id if options.signer_id in {s.person_id for s in signers} else \
            self._default_signer(signers, facts, stored_signer, entry)
        abbreviation = facts.profile.abbreviation.strip()
        return PlanDraft(
            year=year, agency=facts.profile, summary=SUMMARY_TEMPLATE.format(year=year),
            symbol=f"{DOC_TYPE.value}-{abbreviation}", blocks=blocks, tasks=tuple(tasks),
            signers=tuple(signers), signer_id=signer_id, register_entry=entry, document_date=doc_date,
        )

    def save_edits(self, year: int, edits: Mapping[str, str | None]) -> None:
        """Keep the secretary's texts for ``year`` (they are also next year's starting point).

        A text equal to isodesk's suggestion (or None) is stored as "use the suggestion", so the
        block follows the data again and earlier years' edits no longer carry over. An empty text
        leaves the block (or, for a task name, the whole task) out of the plan. ``option.signer``
        keeps the chosen signer (a person id).

        Raises:
            DomainError: ``plan_unknown_block`` for a key the plan does not have.
        """
        if not edits:
            return
        draft = self.draft(year)
        suggested = {b.key: b.suggested for b in draft.all_blocks()}
        now = datetime.now().replace(microsecond=0)
        with self._write() as s:
            rows = {r.block_key: r for r in s.scalars(select(DraftText).where(
                DraftText.document_key == DOCUMENT_KEY, DraftText.year == year))}
            earlier_keys = set(s.scalars(select(DraftText.block_key).where(
                DraftText.document_key == DOCUMENT_KEY, DraftText.year < year)))
            for key, raw in edits.items():
                if key == OPTION_SIGNER:
                    value: str | None = (raw or "").strip() or None
                elif key in suggested:
                    value = None if raw is None else _normalise(raw)
                    if value == suggested[key]:
                        value = None
                else:
                    raise DomainError("plan_unknown_block", key=key)
                row = rows.get(key)
                if row is None:
                    if value is None and key not in earlier_keys:
                        continue  # nothing to remember: the suggestion applies anyway
                    row = DraftText(document_key=DOCUMENT_KEY, year=year, block_key=key, text=value,
                                    updated_at=now)
                    s.add(row)
                    rows[key] = row
                elif row.text != value:
                    row.text, row.updated_at = value, now

    def restore_suggestions(self, year: int, keys: list[str]) -> None:
        """Go back to isodesk's suggested text for ``keys`` ("Khôi phục văn bản gợi ý")."""
        self.save_edits(year, {key: None for key in keys})

    def build(self, year: int, options: PlanOptions | None = None) -> AdminDocument:
        """The plan of ``year`` as an NĐ 30 document (numbered and dated once registered)."""
        draft = self.draft(year, options)
        return self._document(draft)

    def _document(self, draft: PlanDraft) -> AdminDocument:
        y, profile = draft.year, draft.agency
        entry = draft.register_entry
        body: list[Block] = []
        text = {b.key: b.text for b in draft.blocks}
        heading = {b.key: b.heading for b in draft.blocks}

        def section(key: str) -> None:
            if text[key].strip():
                if heading[key]:
                    body.append(Heading(2, heading[key]))
                body.extend(_text_blocks(text[key]))

        body.extend(_text_blocks(text["opening"]))
        body.append(Heading(1, "I. MỤC ĐÍCH, YÊU CẦU"))
        section("purpose")
        section("requirements")
        body.append(Heading(1, "II. NỘI DUNG, NHIỆM VỤ"))
        tasks = [t for t in draft.tasks if t.included]
        rows = []
        for n, task in enumerate(tasks, start=1):
            body.append(Heading(2, f"{n}. {task.text('name').strip()}"))
            body.extend(_text_blocks(task.text("detail")))
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
        body.extend(_text_blocks(text["closing"]))

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
            parent_agency=profile.header_parent or None,  # none for a People's Committee
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

    def render_preview(self, year: int, pdf_path: Path, options: PlanOptions | None = None) -> Path:
        """Write the plan as a PDF for preview or printing; nothing is recorded."""
        return render_pdf(self.build(year, options), Path(pdf_path))

    def file_stem(self, draft: PlanDraft) -> str:
        """ASCII file name (USB sticks, zip files and e-mail keep it intact): number or "du-thao"."""
        entry = draft.register_entry
        number = f"{entry.number:02d}-{draft.symbol}" if entry is not None and entry.number else "du-thao"
        return f"KH_{_ascii_slug(number)}_duy-tri-cai-tien-HTQLCL-{draft.year}"

    def export(self, year: int, out_dir: Path, options: PlanOptions | None = None) -> ExportResult:
        """Write the plan's .docx and .pdf into ``out_dir`` and record them in the register.

        The year's plan entry is created as a draft (purpose ANNUAL_PLAN, type KH) if there is none;
        otherwise the same entry is updated and its previously generated files are replaced (other
        attachments, e.g. a scan of the signed copy, stay). A registered entry's number and date are
        printed on the files.
        """
        options = options or PlanOptions()
        draft = self.draft(year, options)
        if options.signer_id is not None and draft.signer_id == options.signer_id:
            self.save_edits(year, {OPTION_SIGNER: str(options.signer_id)})
        doc = self._document(draft)
        out_dir = Path(out_dir)
        out_dir.mkdir(parents=True, exist_ok=True)
        stem = self.file_stem(draft)
        docx_path = render_docx(doc, out_dir / f"{stem}.docx")
        pdf_path = render_pdf(doc, out_dir / f"{stem}.pdf")
        files = [(docx_path, ROLE_DOCX), (pdf_path, ROLE_PDF)]

        signer = draft.signer
        profile = draft.agency
        signer_title = ""
        if signer is not None:
            signer_title = (profile.deputy_title if signer.by_deputy else profile.head_title) or signer.title
        entry = draft.register_entry
        if entry is None:
            saved = self._register.save(d.IssuedDocument(
                id=None, doc_type=DOC_TYPE, issuer=profile.abbreviation, number=None, symbol=draft.symbol,
                issue_date=None, summary=draft.summary, signer_name=signer.full_name if signer else "",
                signer_title=signer_title, status=d.IssuedDocStatus.DRAFT, purpose=d.DocPurpose.ANNUAL_PLAN,
                year=year), files=files)
        else:
            old = [f for f in entry.files if f.role in (ROLE_DOCX, ROLE_PDF)]
            updated = entry
            if entry.status is d.IssuedDocStatus.DRAFT:
                updated = replace(entry, summary=draft.summary, symbol=draft.symbol,
                                  signer_name=signer.full_name if signer else entry.signer_name,
                                  signer_title=signer_title or entry.signer_title)
            saved = self._register.save(replace(updated, files=()), files=files)
            for ref in old:
                if ref.id is not None:
                    self._attachments.detach(ref.id)
        assert saved.id is not None
        return ExportResult(docx=docx_path, pdf=pdf_path, register_id=saved.id, number=saved.number,
                            issue_date=saved.issue_date)
