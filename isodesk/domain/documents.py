"""Documents control (ISO 9001 clause 7.5): internal documents with their revisions, distribution,
periodic review, and the records list (danh mục hồ sơ).

Pure Python: enums with their Vietnamese labels (data, printed in registers and Excel files), frozen
DTOs, and the rules — status transitions, what an effective revision needs, when the next review is
due, and how the NĐ 30 "DANH MỤC HỒ SƠ" form groups and counts its rows (DOMAIN.md §3.8, §6.6, §6.10).
"""

from __future__ import annotations

import calendar
import enum
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from isodesk.domain.core import AttachmentRef
from isodesk.domain.errors import DomainError, FieldProblem
from isodesk.domain.formatting import REVISION_NUMBER_FORMAT, fold, format_count, to_roman
from isodesk.domain.i18n import QT_TRANSLATE_NOOP
from isodesk.domain.labelled import LabelledEnum
from isodesk.domain.tabular import (
    PERMANENT,
    Align,
    ColumnKind,
    ColumnSpec,
    ImportResult,
    RegisterFilter,
    RegisterSpec,
    equals,
)

# --------------------------------------------------------------------------- enums


class DocumentKind(LabelledEnum):
    """Kinds of internal documents of the mô hình khung (DOMAIN.md §1.3)."""

    QUALITY_MANUAL = "so_tay", "Sổ tay chất lượng"  # optional under ISO 9001:2015, still kept by many agencies
    QUALITY_POLICY = "chinh_sach", "Chính sách chất lượng"
    QUALITY_OBJECTIVES = "muc_tieu", "Mục tiêu chất lượng"
    SYSTEM_PROCEDURE = "quy_trinh_he_thong", "Quy trình hệ thống"
    INTERNAL_PROCEDURE = "quy_trinh_noi_bo", "Quy trình nội bộ"
    TTHC_PROCEDURE = "quy_trinh_tthc", "Quy trình giải quyết TTHC"
    GUIDE = "huong_dan", "Hướng dẫn"
    FORM = "bieu_mau", "Biểu mẫu"


KIND_LABELS: dict[DocumentKind, str] = DocumentKind.labels()


class SystemProcedure(LabelledEnum):
    """The five system procedures every agency must have under the mô hình khung (DOMAIN.md §1.3)."""

    DOCUMENT_CONTROL = "kiem_soat_thong_tin", "Quy trình kiểm soát thông tin dạng văn bản"  # 7.5
    INTERNAL_AUDIT = "danh_gia_noi_bo", "Quy trình đánh giá nội bộ"  # 9.2
    NONCONFORMITY = "khac_phuc", "Quy trình kiểm soát sự không phù hợp và hành động khắc phục"  # 8.7, 10.2
    RISK = "rui_ro_co_hoi", "Quy trình hành động giải quyết rủi ro và cơ hội"  # 6.1
    MANAGEMENT_REVIEW = "xem_xet_lanh_dao", "Quy trình xem xét của lãnh đạo"  # 9.3

    @property
    def default_code(self) -> str:
        """The mã số the starter content gives it (``QT.01``…``QT.05``)."""
        return f"QT.{list(SystemProcedure).index(self) + 1:02d}"


class RevisionStatus(LabelledEnum):
    """Life of one revision (lần ban hành). The order of members is the only allowed direction."""

    DRAFT = "du_thao", "Dự thảo"
    PENDING = "cho_phe_duyet", "Chờ phê duyệt"
    EFFECTIVE = "hieu_luc", "Còn hiệu lực"
    SUPERSEDED = "het_hieu_luc", "Hết hiệu lực"


STATUS_LABELS: dict[RevisionStatus, str] = RevisionStatus.labels()

_STATUS_ORDER = {status: i for i, status in enumerate(RevisionStatus)}


class ReviewOutcome(LabelledEnum):
    """Result of a periodic review (rà soát định kỳ)."""

    NO_CHANGE = "no_change", "Giữ nguyên"  # still fit: the next review moves on by the interval
    REVISE = "revise", "Cần sửa đổi"  # needs changes: a new draft revision is opened


class FileRole(str, enum.Enum):
    """Why a file is attached to a revision (attachment ``role``)."""

    DOCX = "docx"  # editable source
    PDF = "pdf"  # the issued text
    SCAN = "scan"  # signed and stamped scan
    DISTRIBUTION_SCAN = "distribution_scan"  # the signed phiếu phân phối / biên nhận


#: Files that count as "the document has its text on file" (the distribution scan does not).
TEXT_FILE_ROLES: tuple[str, ...] = (FileRole.DOCX.value, FileRole.PDF.value, FileRole.SCAN.value)


class StorageForm(LabelledEnum):
    """Hình thức lưu of a record."""

    PAPER = "giay", "Giấy"
    ELECTRONIC = "dien_tu", "Điện tử"
    BOTH = "ca_hai", "Giấy và điện tử"


STORAGE_FORM_LABELS: dict[StorageForm, str] = StorageForm.labels()

PERMANENT_LABEL = "Vĩnh viễn"

# --------------------------------------------------------------------------- DTOs


@dataclass(frozen=True)
class ChangeLine:
    """One line of a revision's change log: ``STT | Lần sửa đổi | Trang | Nội dung thay đổi | Ghi chú``."""

    content: str
    amendment: str = ""  # lần sửa đổi, as written ("01", "Lần 2")
    page: str = ""
    note: str = ""


@dataclass(frozen=True)
class InternalDocument:
    """The editable identity of an internal document (what a create/edit dialog sends)."""

    id: int | None
    code: str  # mã số, unique ignoring case and diacritics
    title: str
    kind: DocumentKind
    department_id: int | None  # đơn vị chủ trì
    review_interval_months: int = 12
    notes: str = ""
    system_procedure: SystemProcedure | None = None  # which mô hình khung procedure this is, if any


@dataclass(frozen=True)
class RevisionInput:
    """The editable parts of one revision (dự thảo or being corrected)."""

    drafted_by_id: int | None = None  # soạn thảo
    reviewed_by_id: int | None = None  # xem xét
    approved_by_id: int | None = None  # phê duyệt
    decision_id: int | None = None  # issuing decision in the issued-documents register
    effective_date: date | None = None
    summary: str = ""  # what this revision is about (tóm tắt)
    changes: tuple[ChangeLine, ...] = ()


@dataclass(frozen=True)
class DocumentRevision:
    """One lần ban hành of a document, with its change log and files."""

    id: int
    document_id: int
    number: int
    status: RevisionStatus
    effective_date: date | None
    decision_id: int | None
    decision_reference: str  # "05/QĐ-UBND ngày 10/01/2025", "" if none
    drafted_by_id: int | None
    drafted_by_name: str
    reviewed_by_id: int | None
    reviewed_by_name: str
    approved_by_id: int | None
    approved_by_name: str
    summary: str
    superseded_on: date | None
    changes: tuple[ChangeLine, ...] = ()
    files: tuple[AttachmentRef, ...] = ()


@dataclass(frozen=True)
class Distribution:
    """Who holds (or held) a copy of one revision."""

    id: int
    document_id: int
    revision_id: int
    revision_number: int
    department_id: int | None
    department_name: str
    person_id: int | None
    person_name: str
    copies: int
    given_on: date
    acknowledged_on: date | None
    acknowledged_by_id: int | None
    acknowledged_by_name: str
    recalled_on: date | None
    notes: str = ""

    @property
    def holder(self) -> str:
        """"Văn phòng – Nguyễn Thị Hoa", the recipient as printed on the sheet."""
        return " – ".join(p for p in (self.department_name, self.person_name) if p)


@dataclass(frozen=True)
class DistributionInput:
    """One recipient to give copies of a revision to: a department, a person, or both."""

    given_on: date
    department_id: int | None = None
    person_id: int | None = None
    copies: int = 1
    notes: str = ""


@dataclass(frozen=True)
class ReviewInput:
    review_date: date
    outcome: ReviewOutcome
    reviewer_id: int | None = None
    note: str = ""


@dataclass(frozen=True)
class DocumentReview:
    """A periodic review (rà soát) of a document; ``revision_id`` is the draft a ``revise`` opened."""

    id: int
    document_id: int
    review_date: date
    reviewer_id: int | None
    reviewer_name: str
    outcome: ReviewOutcome
    note: str
    revision_id: int | None


@dataclass(frozen=True)
class DocumentRow:
    """One line of the documents list: cheap to build for thousands of documents."""

    id: int
    code: str
    title: str
    kind: DocumentKind
    department_name: str
    revision_number: int | None  # the effective one, else the newest draft
    status: RevisionStatus
    effective_date: date | None
    next_review_date: date | None
    review_due: bool  # effective and the next review is not after "today" of the query


@dataclass(frozen=True)
class DocumentDetails:
    """Everything about one document: identity, state, revisions (oldest first), distribution, reviews."""

    id: int
    code: str
    title: str
    kind: DocumentKind
    department_id: int | None
    department_name: str
    review_interval_months: int
    notes: str
    system_procedure: SystemProcedure | None
    status: RevisionStatus
    current_revision_number: int | None
    effective_date: date | None
    next_review_date: date | None
    withdrawn_on: date | None
    withdrawal_reason: str
    revisions: tuple[DocumentRevision, ...] = ()
    distributions: tuple[Distribution, ...] = ()
    reviews: tuple[DocumentReview, ...] = ()

    @property
    def effective_revision(self) -> DocumentRevision | None:
        return next((r for r in self.revisions if r.status is RevisionStatus.EFFECTIVE), None)

    @property
    def open_revision(self) -> DocumentRevision | None:
        """The draft or pending revision being worked on, if any."""
        return next((r for r in self.revisions
                     if r.status in (RevisionStatus.DRAFT, RevisionStatus.PENDING)), None)

    def as_input(self) -> InternalDocument:
        """The editable identity, to change a field and save it back."""
        return InternalDocument(id=self.id, code=self.code, title=self.title, kind=self.kind,
                                department_id=self.department_id,
                                review_interval_months=self.review_interval_months, notes=self.notes,
                                system_procedure=self.system_procedure)


@dataclass(frozen=True)
class DocumentFilter:
    """Filters of the documents list; every field left at its default filters nothing."""

    text: str = ""  # tokens matched against mã số + tên, ignoring case and diacritics
    kind: DocumentKind | None = None
    status: RevisionStatus | None = None
    department_id: int | None = None
    review_due_before: date | None = None  # next review date strictly before this date
    today: date | None = None  # reference day of the ``review_due`` flag (default: today)


@dataclass(frozen=True)
class DistributionSheetRow:
    """``TT | Đơn vị/người nhận | Số bản | Ngày nhận | Ký nhận``."""

    no: int
    recipient: str
    copies: int
    received_on: date | None
    signed_by: str  # the acknowledger's name once acknowledged; blank on paper for the signature


@dataclass(frozen=True)
class DistributionSheet:
    """What the printed phiếu phân phối / biên nhận tài liệu needs."""

    document_id: int
    revision_id: int
    code: str
    title: str
    revision_number: int
    effective_date: date | None
    decision_reference: str
    rows: tuple[DistributionSheetRow, ...]

    @property
    def total_copies(self) -> int:
        return sum(r.copies for r in self.rows)


@dataclass(frozen=True)
class RecordEntry:
    """One line of the records list (danh mục hồ sơ)."""

    id: int | None
    title: str  # tên hồ sơ
    code: str  # ký hiệu / mã hồ sơ, unique ignoring case and diacritics
    retention_years: int | None  # thời hạn bảo quản; None = Vĩnh viễn
    storage_form: StorageForm = StorageForm.PAPER
    department_id: int | None = None  # bộ phận lưu
    person_id: int | None = None  # người lưu (người lập hồ sơ)
    location: str = ""  # nơi lưu
    heading: str = ""  # đề mục of the NĐ 30 form, "" for none
    notes: str = ""
    from_year: int | None = None  # kept from this year on (None: always)
    to_year: int | None = None  # retired after this year (None: still kept)
    sort_order: int = 0
    department_name: str = ""  # filled by the service on reads
    person_name: str = ""

    @property
    def permanent(self) -> bool:
        return self.retention_years is None

    @property
    def retention_label(self) -> str:
        return retention_label(self.retention_years)

    @property
    def keeper(self) -> str:
        """Bộ phận/Người lưu as printed: "Văn phòng – Nguyễn Thị Hoa"."""
        return " – ".join(p for p in (self.department_name, self.person_name) if p)


@dataclass(frozen=True)
class RecordsFormRow:
    """``Số và ký hiệu hồ sơ | Tên đề mục và tiêu đề hồ sơ | Thời hạn bảo quản | Người lập hồ sơ | Ghi chú``."""

    record_id: int
    code: str
    title: str
    retention: str
    keeper: str
    notes: str


@dataclass(frozen=True)
class RecordsFormGroup:
    """A đề mục (``I. HỒ SƠ …``) with its rows; ``numeral`` and ``heading`` are "" for ungrouped rows."""

    numeral: str
    heading: str
    rows: tuple[RecordsFormRow, ...]


@dataclass(frozen=True)
class RecordsForm:
    """The NĐ 30 (Phụ lục V) DANH MỤC HỒ SƠ of one year; the footer counts are computed, never typed."""

    year: int
    decision_reference: str  # "(Kèm theo Quyết định số …)" filler; "" to leave it for the pen
    groups: tuple[RecordsFormGroup, ...]
    total: int
    permanent_count: int
    limited_count: int

    @property
    def footer(self) -> str:
        """"Danh mục hồ sơ này có 25 hồ sơ, bao gồm: 6 hồ sơ bảo quản vĩnh viễn; 19 hồ sơ bảo quản có thời hạn."."""
        return (f"Danh mục hồ sơ này có {format_count(self.total, 'hồ sơ')}, bao gồm: "
                f"{format_count(self.permanent_count, 'hồ sơ')} bảo quản vĩnh viễn; "
                f"{format_count(self.limited_count, 'hồ sơ')} bảo quản có thời hạn.")


@dataclass(frozen=True)
class StarterResult:
    """What the starter content added (zero on a second run)."""

    documents_added: int
    records_added: int


# --------------------------------------------------------------------------- rules

_CODE_RE = re.compile(r"^[\w.\-/]+$")
MAX_REVIEW_INTERVAL = 60
MAX_RETENTION_YEARS = 100


def code_key(code: str) -> str:
    """The form codes are compared in: ``"qt.01"`` for ``"QT.01"``, ``"qt-dd"`` for ``"QT-ĐĐ"``."""
    return fold(code)


def search_key(code: str, title: str) -> str:
    """The folded text searched by the documents list (stored, so SQL ``LIKE`` can do the work)."""
    return fold(f"{code} {title}")


def add_months(start: date, months: int) -> date:
    """``start`` moved by ``months`` calendar months; 31/01 + 1 month is 28/02 (or 29/02)."""
    total = start.year * 12 + start.month - 1 + months
    year, month = divmod(total, 12)
    month += 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def next_review_date(effective_date: date | None, last_review: date | None,
                     interval_months: int) -> date | None:
    """When a document is next due for review: from the later of its effective date and its last
    review (a review before the current revision took effect says nothing about it), plus the interval.

    Returns:
        None when nothing is in force (a draft is not reviewed, it is being written).
    """
    if effective_date is None:
        return None
    base = effective_date if last_review is None or last_review < effective_date else last_review
    return add_months(base, interval_months)


def review_due(status: RevisionStatus | None, next_review: date | None, on: date) -> bool:
    """"Đến hạn rà soát" on day ``on``: the document is in force and its next review date is on or
    before that day. The one definition behind the documents list (its count and filter), the
    review step of the year and the readiness check, so the three always show the same number."""
    return status is RevisionStatus.EFFECTIVE and next_review is not None and next_review <= on


def check_transition(current: RevisionStatus, new: RevisionStatus) -> None:
    """Only forward: dự thảo → chờ phê duyệt → hiệu lực → hết hiệu lực (a step may be skipped, e.g.
    a draft approved at once; going back never happens — a new revision is drafted instead).

    Raises:
        DomainError: ``forbidden_transition`` with ``from_status`` and ``to_status``.
    """
    if _STATUS_ORDER[new] <= _STATUS_ORDER[current] or (
        new is RevisionStatus.SUPERSEDED and current is not RevisionStatus.EFFECTIVE
    ):
        raise DomainError("forbidden_transition", from_status=current.value, to_status=new.value)


def validate_document(item: InternalDocument) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    code = item.code.strip()
    if not code:
        problems.append(FieldProblem("code", "required"))
    elif len(code) > 40:  # named by its length: the message must not repeat a pasted page of text
        problems.append(FieldProblem("code", "too_long", {"max_length": 40, "length": len(code)}))
    elif not _CODE_RE.match(code):
        problems.append(FieldProblem("code", "bad_code", {"value": code}))
    if not item.title.strip():
        problems.append(FieldProblem("title", "required"))
    elif len(item.title) > 500:
        problems.append(FieldProblem("title", "too_long", {"max_length": 500, "length": len(item.title)}))
    if not 1 <= item.review_interval_months <= MAX_REVIEW_INTERVAL:
        problems.append(FieldProblem("review_interval_months", "out_of_range",
                                     {"min": 1, "max": MAX_REVIEW_INTERVAL}))
    if item.system_procedure is not None and item.kind is not DocumentKind.SYSTEM_PROCEDURE:
        problems.append(FieldProblem("system_procedure", "only_for_system_procedures"))
    return problems


def validate_revision_input(item: RevisionInput) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    for i, line in enumerate(item.changes, start=1):
        if not line.content.strip():
            problems.append(FieldProblem("changes", "change_needs_content", {"line": i}))
    return problems


def validate_effective(item: RevisionInput, *, decision_exists: bool, decision_issued: bool,
                       decision_date: date | None, previous_effective: date | None) -> list[FieldProblem]:
    """What a revision needs to be in force: a date, an issued decision, and who approved it.

    Args:
        item: the revision as it would be made effective.
        decision_exists: the decision id points at a row of the issued-documents register.
        decision_issued: that decision is signed and numbered (not a draft of the register).
        decision_date: its date of issue.
        previous_effective: effective date of the revision it replaces, if any.
    """
    problems: list[FieldProblem] = []
    if item.effective_date is None:
        problems.append(FieldProblem("effective_date", "effective_needs_date"))
    if item.decision_id is None:
        problems.append(FieldProblem("decision_id", "effective_needs_decision"))
    elif not decision_exists:
        problems.append(FieldProblem("decision_id", "not_found"))
    elif not decision_issued:
        problems.append(FieldProblem("decision_id", "decision_not_issued"))
    if item.approved_by_id is None:
        problems.append(FieldProblem("approved_by_id", "effective_needs_approver"))
    if item.effective_date is not None:
        if decision_date is not None and item.effective_date < decision_date:
            problems.append(FieldProblem("effective_date", "effective_before_decision",
                                         {"decision_date": decision_date}))
        if previous_effective is not None and item.effective_date < previous_effective:
            problems.append(FieldProblem("effective_date", "effective_before_previous",
                                         {"previous": previous_effective}))
    return problems


def validate_distribution(item: DistributionInput) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    if item.department_id is None and item.person_id is None:
        problems.append(FieldProblem("department_id", "recipient_required"))
    if not 1 <= item.copies <= 999:
        problems.append(FieldProblem("copies", "out_of_range", {"min": 1, "max": 999}))
    return problems


def validate_record(item: RecordEntry) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    if not item.title.strip():
        problems.append(FieldProblem("title", "required"))
    code = item.code.strip()
    if not code:
        problems.append(FieldProblem("code", "required"))
    elif len(code) > 40:
        problems.append(FieldProblem("code", "too_long", {"max_length": 40, "length": len(code)}))
    if item.retention_years is not None and not 1 <= item.retention_years <= MAX_RETENTION_YEARS:
        problems.append(FieldProblem("retention_years", "out_of_range", {"min": 1, "max": MAX_RETENTION_YEARS}))
    if item.from_year is not None and item.to_year is not None and item.to_year < item.from_year:
        problems.append(FieldProblem("to_year", "to_year_before_from_year"))
    return problems


def retention_label(years: int | None) -> str:
    """"Vĩnh viễn" or "20 năm", as the NĐ 30 form writes a thời hạn bảo quản."""
    return PERMANENT_LABEL if years is None else f"{years} năm"


def kind_from_text(text: str) -> DocumentKind | None:
    """Read a kind from its label or code as typed in a spreadsheet, ignoring case and diacritics."""
    key = fold(text)
    for kind, label in KIND_LABELS.items():
        if key in (fold(label), kind.value.replace("_", " "), kind.value):
            return kind
    return None


def record_in_year(item: RecordEntry, year: int) -> bool:
    return (item.from_year is None or item.from_year <= year) and (item.to_year is None or item.to_year >= year)


def build_records_form(year: int, entries: Iterable[RecordEntry],
                       decision_reference: str = "") -> RecordsForm:
    """Group the records kept in ``year`` by đề mục (Roman numerals, in the order of their first row)
    and count them. Rows without a đề mục come first, under no heading.
    """
    kept = sorted((e for e in entries if record_in_year(e, year)), key=lambda e: (e.sort_order, e.id or 0))
    order: list[str] = []
    by_heading: dict[str, list[RecordEntry]] = {}
    for entry in kept:
        heading = " ".join(entry.heading.split())
        key = fold(heading)
        if key not in by_heading:
            by_heading[key] = []
            order.append(key)
        by_heading[key].append(entry)
    groups: list[RecordsFormGroup] = []
    numeral = 0
    # Ungrouped rows first: they have no Roman number to slot into.
    for key in sorted(order, key=lambda k: k != ""):
        rows = by_heading[key]
        heading = " ".join(rows[0].heading.split())
        if key:
            numeral += 1
        groups.append(RecordsFormGroup(
            numeral=to_roman(numeral) if key else "",
            heading=heading,
            rows=tuple(RecordsFormRow(record_id=e.id or 0, code=e.code, title=e.title,
                                      retention=e.retention_label, keeper=e.keeper, notes=e.notes)
                       for e in rows)))
    permanent = sum(1 for e in kept if e.permanent)
    return RecordsForm(year=year, decision_reference=decision_reference, groups=tuple(groups),
                       total=len(kept), permanent_count=permanent, limited_count=len(kept) - permanent)


@dataclass(frozen=True)
class DocumentState:
    """The current state of a document, derived from its revisions and reviews (stored denormalised
    on the document row so lists and filters need no join)."""

    status: RevisionStatus
    current_revision_number: int | None
    effective_date: date | None
    next_review_date: date | None


@dataclass(frozen=True)
class RevisionFacts:
    """The few facts of a revision the state derivation needs."""

    number: int
    status: RevisionStatus
    effective_date: date | None


def document_state(revisions: Sequence[RevisionFacts], last_review: date | None, interval_months: int,
                   withdrawn: bool = False) -> DocumentState:
    """Derive the list state: the effective revision if there is one, else the newest revision.

    A withdrawn document is hết hiệu lực, keeps its last revision number and is no longer reviewed.
    """
    effective = next((r for r in revisions if r.status is RevisionStatus.EFFECTIVE), None)
    if withdrawn:
        last = max(revisions, key=lambda r: r.number, default=None)
        superseded = [r for r in revisions if r.status is RevisionStatus.SUPERSEDED]
        shown = max(superseded, key=lambda r: r.number, default=last)
        return DocumentState(RevisionStatus.SUPERSEDED, shown.number if shown else None,
                             shown.effective_date if shown else None, None)
    if effective is not None:
        return DocumentState(RevisionStatus.EFFECTIVE, effective.number, effective.effective_date,
                             next_review_date(effective.effective_date, last_review, interval_months))
    newest = max(revisions, key=lambda r: r.number, default=None)
    if newest is None:
        return DocumentState(RevisionStatus.DRAFT, None, None, None)
    return DocumentState(newest.status, newest.number, newest.effective_date, None)


# --------------------------------------------------------------------------- registers (one declaration each)

_DOCS = "InternalDocumentsTableModel"
_KIND_ORDER = {kind: i for i, kind in enumerate(DocumentKind)}


def _group_by_kind(rows: Sequence[DocumentRow]) -> list[tuple[str, list[DocumentRow]]]:
    """The documents by kind, in the order of the kinds (the printed list's Roman-numbered groups)."""
    groups: dict[DocumentKind, list[DocumentRow]] = {}
    for row in rows:
        groups.setdefault(row.kind, []).append(row)
    return [(kind.label, groups[kind]) for kind in DocumentKind if kind in groups]


#: Danh mục tài liệu nội bộ: ``TT | Mã số | Tên tài liệu | Loại | Đơn vị chủ trì | Lần ban hành | Ngày hiệu lực |
#: Tình trạng | Ghi chú`` in Excel (the exporter adds TT); the screen adds the next review, the printed
#: list groups by kind.
DOCUMENTS_REGISTER = RegisterSpec(
    key="internal_documents",
    title="DANH MỤC TÀI LIỆU NỘI BỘ",
    sheet_name="Tài liệu nội bộ",
    screen_title=QT_TRANSLATE_NOOP("RegisterSpec", "Internal documents"),
    context=_DOCS,
    columns=(
        ColumnSpec("code", "Mã số", required=True, max_length=40, width=12,
                   aliases=("Mã tài liệu", "Ký hiệu", "Mã hiệu"), header=QT_TRANSLATE_NOOP("InternalDocumentsTableModel", "Code"),
                   natural=True, print_width=24),
        ColumnSpec("title", "Tên tài liệu", required=True, max_length=500, width=50,
                   aliases=("Tên quy trình", "Tên tài liệu nội bộ"), header=QT_TRANSLATE_NOOP("InternalDocumentsTableModel", "Title"),
                   print_width=96),
        ColumnSpec("kind", "Loại", ColumnKind.CHOICE, required=True, width=18,
                   aliases=("Loại tài liệu",), header=QT_TRANSLATE_NOOP("InternalDocumentsTableModel", "Kind"),
                   choices={**{label: kind for kind, label in KIND_LABELS.items()},
                            "Sổ tay": DocumentKind.QUALITY_MANUAL,
                            "Chính sách": DocumentKind.QUALITY_POLICY,
                            "Mục tiêu": DocumentKind.QUALITY_OBJECTIVES,
                            "Quy trình TTHC": DocumentKind.TTHC_PROCEDURE,
                            "Quy trình giải quyết thủ tục hành chính": DocumentKind.TTHC_PROCEDURE,
                            "Quy trình tác nghiệp": DocumentKind.TTHC_PROCEDURE,
                            "Mẫu biểu": DocumentKind.FORM}),
        ColumnSpec("department", "Đơn vị chủ trì", max_length=200, width=20,
                   aliases=("Đơn vị soạn thảo", "Bộ phận chủ trì", "Đơn vị"),
                   header=QT_TRANSLATE_NOOP("InternalDocumentsTableModel", "Lead department"), get=lambda r: r.department_name,
                   print_width=46),
        ColumnSpec("revision_number", "Lần ban hành", ColumnKind.INT, min_value=1, max_value=99, width=8,
                   header=QT_TRANSLATE_NOOP("InternalDocumentsTableModel", "Revision"), digits=2, print_width=18, align=Align.CENTER,
                   number_format=REVISION_NUMBER_FORMAT),  # "01" in Excel as in print (formatting.format_revision)
        ColumnSpec("effective_date", "Ngày hiệu lực", ColumnKind.DATE, aliases=("Ngày có hiệu lực",),
                   header=QT_TRANSLATE_NOOP("InternalDocumentsTableModel", "Effective from"), print_width=24, align=Align.CENTER),
        ColumnSpec("status", "Tình trạng", ColumnKind.CHOICE, width=14,
                   aliases=("Trạng thái", "Tình trạng hiệu lực"), header=QT_TRANSLATE_NOOP("InternalDocumentsTableModel", "Status"),
                   choices={**{label: status for status, label in STATUS_LABELS.items()},
                            "Hiệu lực": RevisionStatus.EFFECTIVE,  # the wording before "Còn hiệu lực"
                            "Đang hiệu lực": RevisionStatus.EFFECTIVE,
                            "Đang áp dụng": RevisionStatus.EFFECTIVE,
                            "Hết hiệu lực, thay thế": RevisionStatus.SUPERSEDED,
                            "Đã thu hồi": RevisionStatus.SUPERSEDED},
                   print_width=26, align=Align.CENTER),
        ColumnSpec("notes", "Ghi chú", max_length=2000, width=24),
    ),
    unique_keys=("code",),
    extra_columns=(
        ColumnSpec("next_review", "Ngày rà soát tiếp theo", ColumnKind.DATE, width=12,
                   header=QT_TRANSLATE_NOOP("InternalDocumentsTableModel", "Next review"), get=lambda r: r.next_review_date,
                   align=Align.CENTER),
    ),
    screen=("code", "title", "kind", "department", "revision_number", "effective_date", "status", "next_review"),
    printed=("code", "title", "department", "revision_number", "effective_date", "status"),
    search_keys=("code", "title"),
    filters=(RegisterFilter("kind", equals("kind")), RegisterFilter("status", equals("status")),
             RegisterFilter("department", equals("department_name")),
             RegisterFilter("due_only", lambda row, due: not due or row.review_due)),
    grouping=_group_by_kind,
    order_key="code",
)

_RECORDS = "RecordsTableModel"
#: Values of the records list's "retention" filter.
RETENTION_PERMANENT = "permanent"
RETENTION_LIMITED = "limited"


def _retention(row: RecordEntry) -> object:
    return PERMANENT if row.retention_years is None else row.retention_years


def _years_kept(row: RecordEntry) -> str:
    if row.from_year is None and row.to_year is None:
        return ""
    return f"{row.from_year or '…'}–{row.to_year or '…'}"


#: Danh mục hồ sơ: ``TT | Tên hồ sơ | Ký hiệu/Mã hồ sơ | Bộ phận/Người lưu | Nơi lưu | Thời gian lưu (thời hạn
#: bảo quản) | Hình thức lưu (giấy/điện tử) | Ghi chú`` in Excel (DOMAIN.md §6.6; the exporter adds TT). The
#: printed NĐ 30 form of a year (Phụ lục V) has its own fixed columns (``reports.printouts``).
RECORDS_REGISTER = RegisterSpec(
    key="records",
    title="DANH MỤC HỒ SƠ",
    sheet_name="Danh mục hồ sơ",
    screen_title=QT_TRANSLATE_NOOP("RegisterSpec", "Records list"),
    context=_RECORDS,
    columns=(
        ColumnSpec("title", "Tên hồ sơ", required=True, max_length=500, width=45,
                   aliases=("Tiêu đề hồ sơ", "Tên đề mục và tiêu đề hồ sơ"),
                   header=QT_TRANSLATE_NOOP("RecordsTableModel", "Record title")),
        ColumnSpec("code", "Ký hiệu/Mã hồ sơ", required=True, max_length=40, width=11,
                   aliases=("Ký hiệu", "Mã hồ sơ", "Số và ký hiệu hồ sơ", "Ký hiệu hồ sơ"),
                   header=QT_TRANSLATE_NOOP("RecordsTableModel", "Code"), natural=True),
        ColumnSpec("keeper", "Bộ phận/Người lưu", max_length=300, width=22,
                   aliases=("Người lập hồ sơ", "Bộ phận lưu", "Người lưu"),
                   header=QT_TRANSLATE_NOOP("RecordsTableModel", "Kept by")),
        ColumnSpec("location", "Nơi lưu", max_length=300, width=14, header=QT_TRANSLATE_NOOP("RecordsTableModel", "Place kept")),
        ColumnSpec("retention", "Thời gian lưu (thời hạn bảo quản)", ColumnKind.YEARS_OR_PERMANENT, required=True,
                   max_value=MAX_RETENTION_YEARS, width=12,
                   aliases=("Thời hạn bảo quản", "Thời gian lưu", "Thời gian lưu trữ"),
                   header=QT_TRANSLATE_NOOP("RecordsTableModel", "Retention"), get=_retention, align=Align.CENTER),
        ColumnSpec("storage_form", "Hình thức lưu (giấy/điện tử)", ColumnKind.CHOICE, width=13,
                   aliases=("Hình thức lưu", "Hình thức"), header=QT_TRANSLATE_NOOP("RecordsTableModel", "Kept as"),
                   choices={**{label: form for form, label in STORAGE_FORM_LABELS.items()},
                            "Bản giấy": StorageForm.PAPER, "Giấy/điện tử": StorageForm.BOTH,
                            "Giấy, điện tử": StorageForm.BOTH, "Cả hai": StorageForm.BOTH,
                            "Bản điện tử": StorageForm.ELECTRONIC, "File": StorageForm.ELECTRONIC}),
        ColumnSpec("notes", "Ghi chú", max_length=2000, width=20, header=QT_TRANSLATE_NOOP("RecordsTableModel", "Notes")),
    ),
    unique_keys=("code",),
    extra_columns=(
        ColumnSpec("heading", "Đề mục", width=18, header=QT_TRANSLATE_NOOP("RecordsTableModel", "Heading")),
        ColumnSpec("years", "Năm lưu", width=10, header=QT_TRANSLATE_NOOP("RecordsTableModel", "Years kept"), show=_years_kept,
                   sort=lambda r: r.from_year or 0, align=Align.CENTER),
    ),
    screen=("code", "title", "heading", "keeper", "location", "retention", "storage_form", "years", "notes"),
    search_keys=("code", "title", "heading", "keeper", "location"),
    filters=(RegisterFilter("department_id", equals("department_id")),
             RegisterFilter("retention", lambda row, chosen: row.permanent == (chosen == RETENTION_PERMANENT)),
             RegisterFilter("form", equals("storage_form"))),
)
