"""Drafted documents (issue 7 point 4): one service for every document isodesk proposes block by
block — the year's plan today; audit decisions and plans, the management-review minutes and the
annual report next — each described by a :class:`DraftBuilder`.

The service owns what is the same for all of them: the secretary's edits kept per (document, year,
block) in ``draft_text``, carried into next year with the years moved on; "restore the suggestion";
the signer choice; the flag on blocks unchanged from last year's issued text (DOMAIN.md §7 rule 10);
building the ``AdminDocument`` (the builder lays it out; the caller renders it through
``reports.output``); and recording the rendered files on the year's register entry in ONE transaction
(with a snapshot of the printed texts, which is what next year compares with).

A builder reads other modules only through the contribution protocol (``ContributionService``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from isodesk.domain import core as d
from isodesk.domain.drafted import (
    EXPORTED_SUFFIX,
    OPTION_PREFIX,
    OPTION_SIGNER,
    ROLE_DOCX,
    ROLE_PDF,
    BlockProposal,
    DraftBlock,
    DraftedDocument,
    DraftOptions,
    DraftSigner,
    ExportResult,
    TextOrigin,
    normalise_text,
    same_as_last_year,
    shift_years,
)
from isodesk.domain.errors import DomainError, NotFoundError
from isodesk.domain.formatting import fold
from isodesk.reports.model import AdminDocument, Block, Bullet, Paragraph, PlusBullet
from isodesk.reports.output import DocumentFiles
from isodesk.services.base import ServiceBase
from isodesk.services.core.agency_service import AgencyService
from isodesk.services.core.document_register_service import DocumentRegisterService
from isodesk.services.core.year_service import YearService
from isodesk.storage.models.drafts import DraftTextRow


@dataclass(frozen=True)
class Proposal:
    """What a builder proposes for a year: the agency as of the document's date, the trích yếu and
    ký hiệu, the blocks in document order, who may sign (the default first), and the builder's own
    ``context`` for laying the document out (kept on the draft, never read by the service)."""

    agency: d.AgencyProfile
    summary: str
    symbol: str
    blocks: tuple[BlockProposal, ...]
    signers: tuple[DraftSigner, ...]
    context: object = None


class DraftBuilder(Protocol):
    """One kind of drafted document. ``key`` is its ``draft_text.document_key``; ``purpose`` and
    ``doc_type`` file it in the issued-documents register."""

    key: str
    title: str  # Vietnamese, e.g. "Kế hoạch duy trì, cải tiến HTQLCL"
    purpose: d.DocPurpose
    doc_type: d.IssuedDocType

    def propose(self, year: int, when: date) -> Proposal:
        """The suggested blocks of ``year`` with the agency as named on ``when``.

        Raises:
            NotFoundError: no reporting year ``year``.
            DomainError: ``no_agency`` and other missing data.
        """
        ...

    def carry(self, key: str, text: str, from_year: int, to_year: int, proposal: Proposal) -> str:
        """An earlier year's edited text of block ``key`` for ``to_year`` (usually :func:`shift_years`)."""
        ...

    def document(self, draft: DraftedDocument) -> AdminDocument:
        """The final texts laid out per NĐ 30 (numbered and dated once registered)."""
        ...

    def file_stem(self, draft: DraftedDocument) -> str:
        """ASCII file name without extension."""
        ...


def ascii_slug(text: str) -> str:
    """``01/KH-UBND`` → ``01-KH-UBND``: file names that survive USB sticks, zip files and e-mail."""
    folded = unicodedata.normalize("NFD", text.replace("Đ", "D").replace("đ", "d"))
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    return re.sub(r"[^A-Za-z0-9]+", "-", folded).strip("-")


def default_carry(key: str, text: str, from_year: int, to_year: int, proposal: Proposal) -> str:
    """The usual carry-over: the same text with its years moved on."""
    return shift_years(text, from_year, to_year)


def text_blocks(text: str) -> list[Block]:
    """A drafted block's text as document blocks: ``-`` lines are bullets, ``+`` lines sub-bullets, the others
    paragraphs; empty lines are dropped (every drafted document reads the secretary's text this one way)."""
    out: list[Block] = []
    for line in (part.strip() for part in text.split("\n")):
        if not line:
            continue
        out.append(Bullet(line) if line.startswith("-") else PlusBullet(line) if line.startswith("+")
                   else Paragraph(line))
    return out


class AgencyYearBuilder:
    """Common ground of the drafted-document builders: each drafts for a reporting year, with the agency as
    it is named on the document's day."""

    def __init__(self, agency: AgencyService, years: YearService) -> None:
        self._agency = agency
        self._years = years

    def _year_and_agency(self, year: int, when: date) -> tuple[d.ReportingYear, d.AgencyProfile]:
        """The reporting year ``year`` and the agency on ``when``.

        Raises:
            NotFoundError: no reporting year ``year``.
            DomainError: ``no_agency`` when the agency is not set up for that day.
        """
        reporting_year = self._years.get(year)
        if reporting_year is None:
            raise NotFoundError("reporting_year", year)
        profile = self._agency.profile_on(when)
        if profile is None:
            raise DomainError("no_agency")
        return reporting_year, profile


class DraftedDocumentService(ServiceBase):
    """Drafts, edits, builds and records every drafted document, by builder key."""

    def __init__(self, sessions: sessionmaker[Session], register: DocumentRegisterService,
                 builders: Sequence[DraftBuilder] = ()) -> None:
        super().__init__(sessions)
        self._register = register
        self._builders: dict[str, DraftBuilder] = {}
        for builder in builders:
            self.add_builder(builder)

    def add_builder(self, builder: DraftBuilder) -> None:
        """Make a kind of document available (``app``/``open_services`` wiring)."""
        self._builders[builder.key] = builder

    def builder(self, key: str) -> DraftBuilder:
        try:
            return self._builders[key]
        except KeyError:
            raise NotFoundError("drafted_document", key) from None

    @property
    def keys(self) -> list[str]:
        return list(self._builders)

    # ------------------------------------------------------------------ register entry
    def register_entry(self, key: str, year: int) -> d.IssuedDocument | None:
        """The year's document in the register: the newest issued one, else the newest draft."""
        builder = self.builder(key)
        entries = self._register.list(year=year, purpose=builder.purpose, doc_type=builder.doc_type)
        issued = [e for e in entries if e.status is d.IssuedDocStatus.ISSUED]
        chosen = issued[0] if issued else (entries[0] if entries else None)
        return self._register.get(chosen.id) if chosen is not None and chosen.id is not None else None

    # ------------------------------------------------------------------ stored texts
    def _rows(self, key: str, year: int) -> tuple[dict[str, str | None], dict[str, tuple[int, str | None]],
                                                  dict[str, str]]:
        """This year's stored texts; for each block the newest earlier year's (year, text); and last
        year's issued texts (empty unless last year's document is issued)."""
        with self._read() as s:
            rows = list(s.scalars(select(DraftTextRow).where(
                DraftTextRow.document_key == key, DraftTextRow.year <= year).order_by(DraftTextRow.year)))
            exported = {r.block_key: r.text or "" for r in s.scalars(select(DraftTextRow).where(
                DraftTextRow.document_key == key + EXPORTED_SUFFIX, DraftTextRow.year == year - 1))}
        current: dict[str, str | None] = {}
        earlier: dict[str, tuple[int, str | None]] = {}
        for row in rows:
            if row.year == year:
                current[row.block_key] = row.text
            else:
                earlier[row.block_key] = (row.year, row.text)  # ascending years: the newest wins
        if exported:
            last = self.register_entry(key, year - 1)
            if last is None or last.status is not d.IssuedDocStatus.ISSUED:
                exported = {}
        return current, earlier, exported

    def _block(self, builder: DraftBuilder, p: BlockProposal, year: int, proposal: Proposal,
               current: dict[str, str | None], earlier: dict[str, tuple[int, str | None]],
               last_issued: dict[str, str]) -> DraftBlock:
        suggested = normalise_text(p.text)
        block = DraftBlock(p.key, p.section, p.label, suggested, suggested, TextOrigin.SUGGESTED, heading=p.heading)
        if p.key in current:
            text = current[p.key]
            if text is not None:
                block = replace(block, text=text, origin=TextOrigin.EDITED)
        elif p.key in earlier:
            from_year, text = earlier[p.key]
            if text is not None:
                block = replace(block, text=builder.carry(p.key, text, from_year, year, proposal),
                                origin=TextOrigin.CARRIED, carried_from=from_year)
        if p.key in last_issued and same_as_last_year(block.text, last_issued[p.key], year - 1, year):
            block = replace(block, unchanged_since=year - 1)
        return block

    # ------------------------------------------------------------------ public API
    def draft(self, key: str, year: int, options: DraftOptions | None = None) -> DraftedDocument:
        """The document ``key`` of ``year`` as editable blocks, with signers and the register entry.

        Raises:
            NotFoundError: no such builder or reporting year.
            DomainError: missing data the builder needs (``no_agency``).
        """
        builder = self.builder(key)
        options = options or DraftOptions()
        entry = self.register_entry(key, year)
        doc_date = entry.issue_date if entry is not None else None
        proposal = builder.propose(year, doc_date or options.today or date.today())
        current, earlier, last_issued = self._rows(key, year)
        blocks = tuple(self._block(builder, p, year, proposal, current, earlier, last_issued)
                       for p in proposal.blocks)
        ids = {s.person_id for s in proposal.signers}
        signer_id = options.signer_id if options.signer_id in ids else \
            self._default_signer(proposal.signers, current.get(OPTION_SIGNER), entry)
        return DraftedDocument(
            key=key, year=year, title=builder.title, agency=proposal.agency, summary=proposal.summary,
            symbol=proposal.symbol, blocks=blocks, signers=proposal.signers, signer_id=signer_id,
            register_entry=entry, document_date=doc_date, context=proposal.context)

    @staticmethod
    def _default_signer(signers: Sequence[DraftSigner], stored: str | None,
                        entry: d.IssuedDocument | None) -> int | None:
        ids = {s.person_id for s in signers}
        if stored and stored.isdigit() and int(stored) in ids:
            return int(stored)
        if entry is not None and entry.signer_name:
            match = next((s for s in signers if fold(s.full_name) == fold(entry.signer_name)), None)
            if match is not None:
                return match.person_id
        return signers[0].person_id if signers else None

    def save_edits(self, key: str, year: int, edits: Mapping[str, str | None]) -> None:
        """Keep the secretary's texts for ``year`` (they are also next year's starting point).

        A text equal to the suggestion (or None) is stored as "use the suggestion", so the block
        follows the data again and earlier years' edits no longer carry over. An empty text leaves
        the block out. ``option.*`` keys keep choices (``option.signer``: a person id).

        Raises:
            DomainError: ``plan_unknown_block`` for a key the document does not have.
        """
        if not edits:
            return
        suggested = {b.key: b.suggested for b in self.draft(key, year).blocks}
        with self._write() as s:
            self._save_in(s, key, year, edits, suggested)

    @staticmethod
    def _save_in(s: Session, key: str, year: int, edits: Mapping[str, str | None],
                 suggested: Mapping[str, str]) -> None:
        now = datetime.now().replace(microsecond=0)
        rows = {r.block_key: r for r in s.scalars(select(DraftTextRow).where(
            DraftTextRow.document_key == key, DraftTextRow.year == year))}
        earlier_keys = set(s.scalars(select(DraftTextRow.block_key).where(
            DraftTextRow.document_key == key, DraftTextRow.year < year)))
        for block_key, raw in edits.items():
            if block_key.startswith(OPTION_PREFIX):
                value: str | None = (raw or "").strip() or None
            elif block_key in suggested:
                value = None if raw is None else normalise_text(raw)
                if value == suggested[block_key]:
                    value = None
            else:
                raise DomainError("plan_unknown_block", key=block_key)
            row = rows.get(block_key)
            if row is None:
                if value is None and block_key not in earlier_keys:
                    continue  # nothing to remember: the suggestion applies anyway
                row = DraftTextRow(document_key=key, year=year, block_key=block_key, text=value, updated_at=now)
                s.add(row)
                rows[block_key] = row
            elif row.text != value:
                row.text, row.updated_at = value, now

    def restore_suggestions(self, key: str, year: int, block_keys: list[str]) -> None:
        """Go back to isodesk's suggested text for ``block_keys`` ("Khôi phục văn bản gợi ý")."""
        self.save_edits(key, year, {k: None for k in block_keys})

    def build(self, key: str, year: int, options: DraftOptions | None = None) -> AdminDocument:
        """The document as laid out for printing (the caller renders it; nothing is recorded)."""
        return self.builder(key).document(self.draft(key, year, options))

    def file_stem(self, draft: DraftedDocument) -> str:
        return self.builder(draft.key).file_stem(draft)

    def record_export(self, key: str, year: int, files: DocumentFiles,
                      options: DraftOptions | None = None) -> ExportResult:
        """Record the rendered files on the year's register entry, in ONE transaction.

        The entry is created as a draft (the builder's purpose and type) if there is none; otherwise
        the same entry is updated and its previously generated files are unlinked (other attachments,
        e.g. a scan of the signed copy, stay). The chosen signer and a snapshot of the printed texts
        (what next year's draft compares with) are saved in the same transaction.
        """
        builder = self.builder(key)
        options = options or DraftOptions()
        draft = self.draft(key, year, options)
        signer = draft.signer
        profile = draft.agency
        signer_title = ""
        if signer is not None:
            signer_title = (profile.deputy_title if signer.by_deputy else profile.head_title) or signer.title
        entry = draft.register_entry
        new_files = [(Path(files.docx), ROLE_DOCX), (Path(files.pdf), ROLE_PDF)]
        with self._write() as s:
            if options.signer_id is not None and draft.signer_id == options.signer_id:
                self._save_in(s, key, year, {OPTION_SIGNER: str(options.signer_id)}, {})
            self._snapshot_in(s, key, year, draft)
            if entry is None:
                saved = self._register.save_in(s, d.IssuedDocument(
                    id=None, doc_type=builder.doc_type, issuer=profile.abbreviation, number=None,
                    symbol=draft.symbol, issue_date=None, summary=draft.summary,
                    signer_name=signer.full_name if signer else "", signer_title=signer_title,
                    status=d.IssuedDocStatus.DRAFT, purpose=builder.purpose, year=year), files=new_files)
            else:
                old = [f.id for f in entry.files if f.role in (ROLE_DOCX, ROLE_PDF) and f.id is not None]
                updated = entry
                if entry.status is d.IssuedDocStatus.DRAFT:
                    updated = replace(entry, summary=draft.summary, symbol=draft.symbol,
                                      signer_name=signer.full_name if signer else entry.signer_name,
                                      signer_title=signer_title or entry.signer_title)
                saved = self._register.save_in(s, replace(updated, files=()), files=new_files, detach=old)
        assert saved.id is not None
        return ExportResult(docx=Path(files.docx), pdf=Path(files.pdf), register_id=saved.id, number=saved.number,
                            issue_date=saved.issue_date)

    @staticmethod
    def _snapshot_in(s: Session, key: str, year: int, draft: DraftedDocument) -> None:
        """Store the printed texts of ``year`` as exported (replacing an earlier export's)."""
        now = datetime.now().replace(microsecond=0)
        snapshot_key = key + EXPORTED_SUFFIX
        rows = {r.block_key: r for r in s.scalars(select(DraftTextRow).where(
            DraftTextRow.document_key == snapshot_key, DraftTextRow.year == year))}
        for block in draft.blocks:
            row = rows.get(block.key)
            if row is None:
                s.add(DraftTextRow(document_key=snapshot_key, year=year, block_key=block.key, text=block.text,
                                updated_at=now))
            elif row.text != block.text:
                row.text, row.updated_at = block.text, now
