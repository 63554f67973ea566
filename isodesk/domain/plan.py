"""The year's QMS maintenance plan (Kế hoạch duy trì, cải tiến HTQLCL năm …): DTOs and text rules.

The plan is drafted by :class:`isodesk.services.plan.plan_service.PlanService` from the agency profile,
the people, the reporting year and the cycle steps; the secretary edits any block of text and the
edits are kept (per year, and carried into next year's draft with the year moved on).

Pure Python: frozen DTOs, the block keys and the year-shifting rule.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from datetime import date

from isodesk.domain.core import AgencyProfile, IssuedDocument
from isodesk.domain.drafted import (  # noqa: F401 - re-exported: the plan is a drafted document
    OPTION_SIGNER,
    ROLE_DOCX,
    ROLE_PDF,
    DraftBlock,
    DraftOptions,
    DraftSigner,
    ExportResult,
    TextOrigin,
    shift_years,
)
from isodesk.domain.i18n import QT_TRANSLATE_NOOP

#: ``draft_text.document_key`` of the plan.
DOCUMENT_KEY = "annual_plan"

#: Trích yếu of the plan (DOMAIN.md §6.1, §12), ``{year}`` filled in.
SUMMARY_TEMPLATE = (
    "Duy trì, cải tiến Hệ thống quản lý chất lượng theo tiêu chuẩn quốc gia TCVN ISO 9001:2015 năm {year}"
)

#: Title of the single appendix (upper-cased by the renderer).
APPENDIX_TITLE_TEMPLATE = "Nhiệm vụ duy trì, cải tiến HTQLCL năm {year}"

#: Column headings of the appendix table, verbatim.
APPENDIX_COLUMNS = (
    "TT",
    "Nhiệm vụ",
    "Đơn vị/người chủ trì",
    "Phối hợp",
    "Thời gian thực hiện",
    "Kết quả/sản phẩm",
)

#: Contributed texts whose key starts with this are căn cứ lines of the plan (one line each, in key
#: order), e.g. ``plan.bases.province_plan`` from the external-documents module.
BASES_TEXT_PREFIX = "plan.bases."


class PlanSection(str, enum.Enum):
    """Where a block sits in the plan; the UI groups editors by section."""

    BASES = "bases"  # căn cứ lines and the opening paragraph
    PURPOSE = "purpose"  # I. MỤC ĐÍCH, YÊU CẦU
    TASKS = "tasks"  # II. NỘI DUNG, NHIỆM VỤ (+ the appendix table)
    ORGANISATION = "organisation"  # III. TỔ CHỨC THỰC HIỆN
    CLOSING = "closing"  # closing sentence, Nơi nhận


#: Fields of one task, in the order of the appendix columns.
TASK_FIELDS: tuple[str, ...] = ("name", "detail", "lead", "partners", "timing", "output")

#: English labels (context "PlanBlock") of the task fields, for the UI.
TASK_FIELD_LABELS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("PlanBlock", "Task"),
    "detail": QT_TRANSLATE_NOOP("PlanBlock", "What is done (section II)"),
    "lead": QT_TRANSLATE_NOOP("PlanBlock", "Lead unit/person"),
    "partners": QT_TRANSLATE_NOOP("PlanBlock", "In cooperation with"),
    "timing": QT_TRANSLATE_NOOP("PlanBlock", "Timing"),
    "output": QT_TRANSLATE_NOOP("PlanBlock", "Result/output"),
}


def task_key(task_id: str, field: str) -> str:
    """Block key of one field of one task: ``task.internal_audit.timing``."""
    return f"task.{task_id}.{field}"


#: One editable text of the plan (the generic drafted-document block; ``section`` a PlanSection value).
PlanBlock = DraftBlock


@dataclass(frozen=True)
class PlanTask:
    """One task: a numbered item of section II and a row of the appendix table.

    ``fields`` maps each of :data:`TASK_FIELDS` to its block. ``step_key`` is the cycle step it
    implements ("" for year-round work); ``due`` the step's due date.
    """

    id: str
    step_key: str
    due: date | None
    fields: dict[str, PlanBlock]

    def text(self, field: str) -> str:
        return self.fields[field].text

    @property
    def included(self) -> bool:
        """A task whose name was emptied is left out of the plan."""
        return bool(self.text("name").strip())


#: A leader who may sign the plan.
PlanSigner = DraftSigner


@dataclass(frozen=True)
class PlanDraft:
    """Everything the plan page shows: the texts (in document order), tasks, signers, register entry."""

    year: int
    agency: AgencyProfile
    summary: str
    symbol: str
    blocks: tuple[PlanBlock, ...]
    tasks: tuple[PlanTask, ...]
    signers: tuple[PlanSigner, ...]
    signer_id: int | None
    register_entry: IssuedDocument | None
    document_date: date | None

    def block(self, key: str) -> PlanBlock:
        """The block with ``key`` (task fields included)."""
        for b in self.blocks:
            if b.key == key:
                return b
        for t in self.tasks:
            for b in t.fields.values():
                if b.key == key:
                    return b
        raise KeyError(key)

    def text(self, key: str) -> str:
        return self.block(key).text

    def all_blocks(self) -> tuple[PlanBlock, ...]:
        """Every editable block: the texts, then each task's fields."""
        return self.blocks + tuple(b for t in self.tasks for b in t.fields.values())

    @property
    def signer(self) -> PlanSigner | None:
        return next((s for s in self.signers if s.person_id == self.signer_id), None)

    @property
    def unchanged_blocks(self) -> tuple[PlanBlock, ...]:
        """Printed blocks identical to last year's issued plan, years aside (DOMAIN.md §7 rule 10)."""
        return tuple(b for b in self.all_blocks() if b.unchanged_since is not None and b.text.strip())


#: Choices made when generating the plan: who signs, and "today".
PlanOptions = DraftOptions


# --------------------------------------------------------------------------- carrying texts over


def cites_dated_document(line: str, year: int) -> bool:
    """Whether a căn cứ line cites a document dated in ``year`` (``ngày 05/01/2025``)."""
    return bool(re.search(rf"\d{{1,2}}/\d{{1,2}}/{year}(?!\d)", line)) or bool(
        re.search(rf"ngày\s+\d{{1,2}}\s+tháng\s+\d{{1,2}}\s+năm\s+{year}(?!\d)", line))


def carry_bases(text: str, from_year: int, to_year: int) -> str:
    """Căn cứ lines of an earlier plan for a later one.

    Lines citing a document dated in the earlier year or the one before (last year's provincial
    plan) are dropped: next year cites next year's documents. Other lines are kept, with any
    standalone year moved on.
    """
    kept = [
        shift_years(line, from_year, to_year, dates=False)
        for line in text.splitlines()
        if line.strip() and not (cites_dated_document(line, from_year) or cites_dated_document(line, from_year - 1))
    ]
    return "\n".join(kept)
