"""What a module offers for a reporting year, so that the plan, the management review and the annual
report consume *contributions* instead of reading other modules' tables (issue 7 point 5).

Every module (agency, documents control, external documents, TTHC and scope, the plan, and later
risks, objectives, audits, results, the review) hands the year one :class:`Contribution`:

* **figures** — named numbers (``tthc.total``, ``documents.internal_procedures``) with their unit, a
  label, where they come from (``source``) and the records behind them (``record_ids`` opened at
  ``target``), so a report never says 12 in one place and 19 in another (DOMAIN.md §7 rule 4);
* **texts** — proposed Vietnamese text for a keyed report section or document block
  (``plan.bases.province_plan``, ``report.scope``), which the drafted documents start from;
* **tables** — appendix tables (title, column headings, rows), renderer-neutral;
* **evidence** — issued documents with their attached files (the annual report's evidence bundle);
* **documents** — the documents the module can produce for the year (:class:`DocumentOffer`), built
  by the module's provider as an ``AdminDocument`` on demand (``isodesk documents`` renders them all).

Cycle steps and readiness checks stay in :mod:`isodesk.domain.cycle`; a module provider offers both.
Pure Python: frozen DTOs, no database, no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from isodesk.domain.core import AttachmentRef
from isodesk.domain.formatting import format_number
from isodesk.domain.labelled import LabelledEnum


class OutputKind(LabelledEnum):
    """What kind of paper a producible document is (``index.json`` of ``isodesk documents``)."""

    NUMBERED = "numbered", "Văn bản hành chính có số"  # văn bản hành chính có số, ký hiệu (Kế hoạch, Quyết định, Báo cáo, Biên bản)
    FORM = "form", "Biểu mẫu, danh mục"  # biểu mẫu, danh mục, phiếu (printed lists; the number line is left for the pen)


@dataclass(frozen=True)
class Figure:
    """A named number a module offers for the year.

    ``key`` is ``<module>.<name>`` and stable (objectives bind to it, reports quote it); ``value`` an
    ``int`` for counts, a ``Decimal`` for rates (already computed from counts); ``unit`` the
    Vietnamese counting word printed after it ("tài liệu", "TTHC", "%"); ``label`` the Vietnamese
    description; ``source`` where it comes from, in words a secretary can check; ``record_ids`` the
    records counted, opened at the navigation ``target``. Rates carry their ``numerator`` and
    ``denominator`` so the text can state them (DOMAIN.md §7 rule 3).
    """

    key: str
    value: int | Decimal
    unit: str
    label: str
    source: str
    module: str
    record_ids: tuple[int, ...] = ()
    target: str = ""
    numerator: int | None = None
    denominator: int | None = None

    @property
    def text(self) -> str:
        """The value as printed: thousands dot, decimal comma, two decimals for rates ("95,50%")."""
        number = format_number(self.value, 2 if isinstance(self.value, Decimal) else 0)
        return f"{number}%" if self.unit == "%" else f"{number} {self.unit}".rstrip()


@dataclass(frozen=True)
class TextDraft:
    """Proposed text for a keyed section or block (``report.documents``, ``plan.bases.province_plan``).

    ``text`` is complete Vietnamese prose (lines starting with ``- `` are bullets); an empty text
    means the module has nothing to say this year (the consumer then says so, never invents text).
    """

    key: str
    text: str
    module: str
    source: str = ""


@dataclass(frozen=True)
class AppendixRow:
    """One row of an appendix table; a ``group`` row spans the table (a Roman-numbered đề mục)."""

    cells: tuple[str, ...]
    group: bool = False


@dataclass(frozen=True)
class AppendixTable:
    """A table a report may append, renderer-neutral: headings verbatim, rows as text."""

    key: str
    title: str
    columns: tuple[str, ...]
    rows: tuple[AppendixRow, ...]
    module: str
    landscape: bool = False

    def __post_init__(self) -> None:
        for row in self.rows:
            if not row.group and len(row.cells) != len(self.columns):
                raise ValueError(f"{self.key}: row of {len(row.cells)} cells for {len(self.columns)} columns")


@dataclass(frozen=True)
class EvidenceItem:
    """An issued document (or a record) with its attached files, as evidence of a cycle step."""

    title: str  # "Kế hoạch số 05/KH-UBND ngày 10/01/2026: Duy trì, cải tiến …"
    module: str
    step_key: str = ""  # the cycle step it evidences ("" for general evidence)
    register_id: int | None = None  # id in the issued-documents register, when it is one
    issued: bool = True  # False for a draft (listed, but not evidence yet)
    files: tuple[AttachmentRef, ...] = ()


@dataclass(frozen=True)
class DocumentOffer:
    """A document a module can produce for the year; its provider builds it on demand.

    ``key`` is unique across modules (``documents.internal_list``); ``title`` the Vietnamese title
    as listed in ``index.json``; ``file_stem`` an ASCII file name without extension.
    """

    key: str
    title: str
    kind: OutputKind
    module: str
    file_stem: str


@dataclass(frozen=True)
class Contribution:
    """Everything one module offers for one reporting year."""

    module: str
    figures: tuple[Figure, ...] = ()
    texts: tuple[TextDraft, ...] = ()
    tables: tuple[AppendixTable, ...] = ()
    evidence: tuple[EvidenceItem, ...] = ()
    documents: tuple[DocumentOffer, ...] = ()


@dataclass(frozen=True)
class YearContributions:
    """Every module's contribution to one reporting year, in provider order."""

    year: int
    modules: tuple[Contribution, ...] = field(default_factory=tuple)

    @property
    def figures(self) -> dict[str, Figure]:
        """Figures by key (a later module's figure with the same key wins, like cycle steps)."""
        return {f.key: f for c in self.modules for f in c.figures}

    @property
    def texts(self) -> dict[str, TextDraft]:
        return {t.key: t for c in self.modules for t in c.texts}

    @property
    def tables(self) -> dict[str, AppendixTable]:
        return {t.key: t for c in self.modules for t in c.tables}

    @property
    def evidence(self) -> tuple[EvidenceItem, ...]:
        return tuple(e for c in self.modules for e in c.evidence)

    @property
    def documents(self) -> tuple[DocumentOffer, ...]:
        return tuple(o for c in self.modules for o in c.documents)

    def figure(self, key: str) -> Figure | None:
        return self.figures.get(key)

    def text(self, key: str) -> str:
        """The proposed text of ``key``, or "" when no module offers it."""
        found = self.texts.get(key)
        return found.text if found is not None else ""


def rate(numerator: int, denominator: int) -> Decimal:
    """A percentage computed from counts, rounded half up to two decimals; 0 when nothing is counted."""
    if denominator <= 0:
        return Decimal("0.00")
    return (Decimal(numerator) * 100 / Decimal(denominator)).quantize(Decimal("0.01"), rounding="ROUND_HALF_UP")
