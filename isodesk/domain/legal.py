"""External documents (tài liệu có nguồn gốc bên ngoài): mostly legal texts the procedures rely on.

ISO 9001:2015 clause 7.5.3 wants documents of external origin identified and controlled; the
seeds show the practice (DOMAIN.md §6.5): a list "Danh mục kiểm soát tài liệu bên ngoài hiện hành",
grouped by lĩnh vực, kept up to date with new legal texts, with expired and replaced texts flagged
and the procedures that cite them reviewed.

Pure Python: enums, frozen DTOs and the rules, shared by services, reports and the UI.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from isodesk.domain.errors import FieldProblem
from isodesk.domain.formatting import fold, parse_vn_date, short_date
from isodesk.domain.i18n import QT_TRANSLATE_NOOP
from isodesk.domain.labelled import LabelledEnum
from isodesk.domain.tabular import Align, ColumnKind, ColumnSpec, RegisterFilter, RegisterSpec, contains, equals, same_text


class ExternalDocKind(LabelledEnum):
    """Tên loại of an external document; ``label`` is how the list names it."""

    LAW = "luat", "Luật"
    DECREE = "nghi_dinh", "Nghị định"
    CIRCULAR = "thong_tu", "Thông tư"
    DECISION = "quyet_dinh", "Quyết định"
    RESOLUTION = "nghi_quyet", "Nghị quyết"
    STANDARD = "tieu_chuan", "Tiêu chuẩn"  # TCVN, TCVN ISO …
    OFFICIAL_LETTER = "cong_van", "Công văn"
    OTHER = "khac", "Khác"

    @property
    def type_word(self) -> str:
        """The tên loại as written before a trích yếu or a number ("Nghị định"); "" for "Khác", which
        names no type: such a document's trích yếu carries its own ("Kế hoạch kiểm tra …")."""
        return "" if self is ExternalDocKind.OTHER else _KIND_LABELS[self]

    @classmethod
    def from_label(cls, text: str) -> ExternalDocKind | None:
        """The kind named by ``text`` ("nghi dinh", "Thông tư", "TCVN", "luat"), or None."""
        key = fold(text)
        for kind, label in _KIND_LABELS.items():
            if key in (fold(label), kind.value.replace("_", " "), kind.value):
                return kind
        return _KIND_ALIASES.get(key)


_KIND_LABELS = ExternalDocKind.labels()

# Abbreviations secretaries type in spreadsheets (NĐ 30 Phụ lục III style and habit).
_KIND_ALIASES = {
    "nd": ExternalDocKind.DECREE,
    "tt": ExternalDocKind.CIRCULAR,
    "qd": ExternalDocKind.DECISION,
    "nq": ExternalDocKind.RESOLUTION,
    "tcvn": ExternalDocKind.STANDARD,
    "tieu chuan quoc gia": ExternalDocKind.STANDARD,
    "cv": ExternalDocKind.OFFICIAL_LETTER,
    "bo luat": ExternalDocKind.LAW,
    "van ban hop nhat": ExternalDocKind.OTHER,
}


class LegalStatus(LabelledEnum):
    """Tình trạng hiệu lực of an external document."""

    IN_FORCE = "con_hieu_luc", "Còn hiệu lực"
    EXPIRED = "het_hieu_luc", "Hết hiệu lực"
    AMENDED = "bi_sua_doi", "Bị sửa đổi, bổ sung"  # partly amended: still in force, citing procedures need a look
    REPLACED = "bi_thay_the", "Bị thay thế"

    @property
    def in_force(self) -> bool:
        """An amended text is still in force (only some articles changed)."""
        return self in (LegalStatus.IN_FORCE, LegalStatus.AMENDED)

    @property
    def needs_successor(self) -> bool:
        """Statuses that normally name the text that amends or replaces this one."""
        return self in (LegalStatus.AMENDED, LegalStatus.REPLACED)

    @classmethod
    def from_label(cls, text: str) -> LegalStatus | None:
        """Read a status typed in a spreadsheet ("Còn hiệu lực", "hết hiệu lực", "Bị thay thế bởi …")."""
        key = fold(text)
        if not key:
            return None
        for status in cls:
            if key == status.value.replace("_", " ") or key == status.value:
                return status
        # Longest labels first so "het hieu luc mot phan" is not read as fully expired by accident.
        if key.startswith(("con hieu luc", "con hl", "dang hieu luc", "hieu luc")):
            return cls.IN_FORCE
        if key.startswith(("het hieu luc mot phan", "bi sua doi", "sua doi", "duoc sua doi")):
            return cls.AMENDED
        if key.startswith(("het hieu luc", "het hl", "bai bo", "bi bai bo")):
            return cls.EXPIRED
        if key.startswith(("bi thay the", "thay the", "duoc thay the")):
            return cls.REPLACED
        return None


#: Lĩnh vực offered in the field box; the field stays free text (provinces name them differently).
KNOWN_FIELDS: tuple[str, ...] = (
    "Hệ thống quản lý chất lượng",
    "Tổ chức chính quyền địa phương",
    "Kiểm soát thủ tục hành chính",
    "Một cửa, một cửa liên thông",
    "Văn thư, lưu trữ",
    "Hộ tịch",
    "Chứng thực",
    "Quốc tịch",
    "Nuôi con nuôi",
    "Đất đai",
    "Xây dựng",
    "Môi trường",
    "Tài nguyên nước",
    "Nông nghiệp",
    "Lâm nghiệp",
    "Thủy lợi",
    "Giao thông vận tải",
    "Công thương",
    "Thành lập và hoạt động của hộ kinh doanh",
    "Tài chính",
    "Bảo trợ xã hội",
    "Người có công",
    "Lao động, việc làm",
    "Trẻ em",
    "Giáo dục và Đào tạo",
    "Y tế",
    "Văn hóa",
    "Thể dục, thể thao",
    "Gia đình",
    "Thư viện",
    "Tín ngưỡng, tôn giáo",
    "Thi đua, khen thưởng",
    "Nội vụ",
    "Tiếp công dân",
    "Giải quyết khiếu nại",
    "Giải quyết tố cáo",
    "Phổ biến, giáo dục pháp luật",
    "Hòa giải ở cơ sở",
    "Bồi thường nhà nước",
    "Dân tộc",
    "Quân sự địa phương",
)


# --------------------------------------------------------------------------- DTOs


@dataclass(frozen=True)
class ExternalDocument:
    """One row of the external-documents list (DOMAIN.md §6.5)."""

    id: int | None
    kind: ExternalDocKind
    number_symbol: str  # số, ký hiệu: "118/2025/NĐ-CP", "72/2025/QH15", "TCVN ISO 9001:2015"
    issue_date: date | None
    issuer: str  # cơ quan ban hành: "Chính phủ", "Quốc hội", "Văn phòng Chính phủ", "UBND tỉnh Hà Tĩnh"
    summary: str  # trích yếu, without the tên loại: "Về thực hiện thủ tục hành chính theo cơ chế một cửa …"
    effective_date: date | None = None
    status: LegalStatus = LegalStatus.IN_FORCE
    status_date: date | None = None  # since when expired / amended / replaced
    status_by_id: int | None = None  # the external document that amends or replaces this one
    status_by_text: str = ""  # the successor as text, when it is not in the list itself
    status_by_reference: str = ""  # filled by the service: the linked successor's citation, else status_by_text
    field: str = ""  # lĩnh vực
    location: str = ""  # nơi lưu (besides the departments using it): "Tủ hồ sơ VP", "Bản điện tử"
    notes: str = ""
    department_ids: tuple[int, ...] = ()
    department_names: tuple[str, ...] = ()  # filled by the service, same order as department_ids
    procedure_ids: tuple[int, ...] = ()  # internal procedures that cite it

    @property
    def title(self) -> str:
        """Tên tài liệu (tên loại, trích yếu): "Nghị định về thực hiện thủ tục hành chính …"; for the
        kind "Khác" the trích yếu alone."""
        return f"{self.kind.type_word} {self.summary}".strip()

    @property
    def citation(self) -> str:
        """Short citation used in status texts: "Nghị định 118/2025/NĐ-CP"; for the kind "Khác" the
        number alone ("1471/KH-SKHCN")."""
        return citation_of(self.kind, self.number_symbol)

    @property
    def used_by(self) -> str:
        """Bộ phận sử dụng/Nơi lưu as listed: the departments, then the place ("Văn phòng; Tủ hồ sơ ISO")."""
        return "; ".join([*self.department_names, *([self.location] if self.location else [])])

    @property
    def status_text(self) -> str:
        """Tình trạng hiệu lực as printed: "Bị thay thế bởi Nghị định 118/2025/NĐ-CP từ 01/7/2025"."""
        text = self.status.label
        if self.status_by_reference and self.status.needs_successor:
            text += f" bởi {self.status_by_reference}"
        if self.status_date is not None and self.status is not LegalStatus.IN_FORCE:
            text += f" từ {short_date(self.status_date)}"
        return text


@dataclass(frozen=True)
class ProcedureToReview:
    """An internal procedure that cites an external document that changed: it must be reviewed."""

    procedure_id: int
    code: str  # mã số of the procedure ("QT-HT-01"); "" when the procedure has none
    title: str
    in_force: bool = True  # False for a procedure already withdrawn (listed, but nothing to do)


@dataclass(frozen=True)
class ExternalDocGroup:
    """External documents of one lĩnh vực, for the exported list (grouped by field)."""

    field: str  # "" = no field given (exported as "Chung")
    documents: tuple[ExternalDocument, ...]


# --------------------------------------------------------------------------- rules


def dedup_key(number_symbol: str, issuer: str) -> str:
    """Key that makes số ký hiệu + cơ quan unique regardless of case, diacritics and spacing.

    "118/2025/NĐ-CP" by "Chính phủ" and "118/2025/nd-cp " by "chinh phu" are the same document.
    Blanks around "/" and "-" are dropped because they are typed both ways ("118 / 2025 /NĐ-CP").
    """
    return f"{number_key(number_symbol)}|{fold(issuer)}"


def citation_of(kind: ExternalDocKind, number_symbol: str) -> str:
    """Tên loại + số ký hiệu, as a status names a successor: "Nghị định 118/2025/NĐ-CP"; the number
    alone for the kind "Khác" ("1471/KH-SKHCN")."""
    return f"{kind.type_word} {number_symbol}".strip()


def search_text(kind: ExternalDocKind, number_symbol: str, summary: str) -> str:
    """The folded text searched: tên loại + số ký hiệu + trích yếu.

    The tên loại is included because people search "nghi dinh 118" as often as "118/2025" ("Khác"
    names no type, so it is not searchable as a word).
    """
    return fold(f"{kind.type_word} {number_symbol} {summary}")


def clean_external_document(item: ExternalDocument) -> ExternalDocument:
    """Collapse blanks in the text fields (pasted text brings line breaks and double spaces)."""

    def tidy(text: str) -> str:
        return " ".join(text.split())

    return replace(item, number_symbol=tidy(item.number_symbol), issuer=tidy(item.issuer),
                   summary=tidy(item.summary), field=tidy(item.field), location=tidy(item.location),
                   status_by_text=tidy(item.status_by_text), notes=item.notes.strip())


def validate_external_document(item: ExternalDocument) -> list[FieldProblem]:
    """Problems with one external document; empty when it can be saved."""
    problems: list[FieldProblem] = []
    for name in ("number_symbol", "issuer", "summary"):
        if not getattr(item, name).strip():
            problems.append(FieldProblem(name, "required"))
    if len(item.number_symbol) > 80:
        problems.append(FieldProblem("number_symbol", "too_long", {"max_length": 80, "length": len(item.number_symbol)}))
    if item.issue_date and item.effective_date and item.effective_date < item.issue_date:
        problems.append(FieldProblem("effective_date", "effective_before_issue"))
    if item.status is LegalStatus.IN_FORCE:
        if item.status_by_id is not None:
            problems.append(FieldProblem("status_by_id", "in_force_has_no_successor"))
    # No date is required for a changed status: imported lists often just say "Hết hiệu lực".
    elif item.status_date is not None and item.issue_date and item.status_date < item.issue_date:
        problems.append(FieldProblem("status_date", "status_before_issue"))
    if not item.status.needs_successor and item.status_by_id is not None and item.status is not LegalStatus.IN_FORCE:
        problems.append(FieldProblem("status_by_id", "expired_has_no_successor"))
    if item.id is not None and item.status_by_id == item.id:
        problems.append(FieldProblem("status_by_id", "cannot_replace_itself"))
    return problems


def needs_review(status: LegalStatus) -> bool:
    """A change of the text that makes the procedures citing it due for review."""
    return status is not LegalStatus.IN_FORCE


def group_by_field(documents: list[ExternalDocument] | tuple[ExternalDocument, ...]) -> list[ExternalDocGroup]:
    """Group the list by lĩnh vực (folded, so "Hộ tịch" and "hộ tịch" are one group), fields in
    alphabetical order, documents by kind order then issue date; the unnamed field comes last."""
    kind_order = {k: i for i, k in enumerate(ExternalDocKind)}
    groups: dict[str, list[ExternalDocument]] = {}
    names: dict[str, str] = {}
    for doc in documents:
        key = fold(doc.field)
        groups.setdefault(key, []).append(doc)
        names.setdefault(key, doc.field)
    ordered = sorted(groups, key=lambda k: (k == "", k))
    return [
        ExternalDocGroup(
            field=names[k],
            documents=tuple(sorted(groups[k], key=lambda x: (kind_order[x.kind], x.issue_date or date.min,
                                                             x.number_symbol))),
        )
        for k in ordered
    ]


# --------------------------------------------------------------------------- reading spreadsheet text

_LETTER_NUMBER = re.compile(r"^\d+/[a-z0-9]+(?:-[a-z0-9]+)+$")  # "451/sttt-vp": a công văn has no year part

# Tên loại of legal and administrative texts that have no kind of their own here (NĐ 30 Điều 7, Luật
# Ban hành VBQPPL), folded: a title starting with one is a "Khác" document whose trích yếu names its
# type ("Kế hoạch kiểm tra …", "Pháp lệnh Ưu đãi người có công …").
_OTHER_TYPE_NAMES = tuple(fold(name).split(" ") for name in (
    "Pháp lệnh", "Chỉ thị", "Quy chế", "Quy định", "Thông cáo", "Thông báo", "Hướng dẫn", "Chương trình",
    "Kế hoạch", "Phương án", "Đề án", "Dự án", "Báo cáo", "Biên bản", "Tờ trình", "Hợp đồng", "Công điện",
    "Bản ghi nhớ", "Bản thỏa thuận", "Văn bản hợp nhất", "Sổ tay"))
# Their abbreviations in a ký hiệu (NĐ 30 Phụ lục III; VBHN for văn bản hợp nhất), folded: "1471/KH-SKHCN"
# is a kế hoạch, not a công văn, although it has the shape of one.
_OTHER_TYPE_ABBREVIATIONS = frozenset({"ct", "qc", "qyd", "tb", "hd", "ctr", "kh", "pa", "da", "bc", "bb", "ttr",
                                       "cd", "bgn", "btt", "vbhn"})


def _kind_in_number(number_symbol: str) -> tuple[ExternalDocKind, bool]:
    """The kind a số ký hiệu points at, and whether it names it outright (a type abbreviation such
    as ``NĐ``, ``TT``, ``KH``) rather than by the issuer alone (``/QH15``) or by its shape."""
    key = "".join(fold(number_symbol).split())
    if key.startswith("tcvn") or "/tcvn" in key:
        return ExternalDocKind.STANDARD, True
    for marker, kind in (("/nd-", ExternalDocKind.DECREE), ("/tt-", ExternalDocKind.CIRCULAR),
                         ("/ttlt-", ExternalDocKind.CIRCULAR), ("/qd-", ExternalDocKind.DECISION),
                         ("/nq-", ExternalDocKind.RESOLUTION)):
        if marker in key:
            return kind, True
    for marker, kind in (("/qh", ExternalDocKind.LAW), ("/ubtvqh", ExternalDocKind.RESOLUTION)):
        if marker in key:
            return kind, False
    if key.rsplit("/", 1)[-1].split("-", 1)[0] in _OTHER_TYPE_ABBREVIATIONS and "/" in key:
        return ExternalDocKind.OTHER, True
    if _LETTER_NUMBER.match(key):
        return ExternalDocKind.OFFICIAL_LETTER, False
    return ExternalDocKind.OTHER, False


def kind_from_number(number_symbol: str) -> ExternalDocKind:
    """Guess the tên loại from a số ký hiệu ("118/2025/NĐ-CP" → Nghị định) when the title does not say.

    "/QH" numbers are taken as laws, although resolutions of the National Assembly share the suffix;
    the title, when it names the kind, always wins (see :func:`split_title`). A ký hiệu with the
    abbreviation of a type that has no kind here ("1471/KH-SKHCN") is "Khác".
    """
    return _kind_in_number(number_symbol)[0]


def split_title(title: str, number_symbol: str = "") -> tuple[ExternalDocKind, str]:
    """Split "Tên tài liệu (tên loại, trích yếu)" into the kind and the trích yếu.

    ``"Nghị định về thực hiện thủ tục hành chính …"`` → (DECREE, ``"về thực hiện …"``). A title that
    does not start with a tên loại keeps all its words as trích yếu and the kind is guessed from the
    số ký hiệu; one starting with the name of a type that has no kind here ("Kế hoạch …", "Pháp lệnh
    …") is "Khác" unless the số ký hiệu names a kind outright. This reads back what
    :attr:`ExternalDocument.title` writes, the "Khác" kind included.
    """
    words = " ".join(title.split()).split(" ")
    folded = [fold(w) for w in words]
    # Longest label first, so "Nghị quyết" is not read as some shorter label.
    for kind in sorted(ExternalDocKind, key=lambda k: -len(k.label)):
        if kind is ExternalDocKind.OTHER:
            continue
        label = fold(kind.label).split(" ")
        if folded[: len(label)] == label and len(words) > len(label):
            return kind, " ".join(words[len(label):])
    kind, named = _kind_in_number(number_symbol)
    if not named and any(folded[: len(name)] == name for name in _OTHER_TYPE_NAMES):
        kind = ExternalDocKind.OTHER
    return kind, " ".join(words)


_NUMBER_IN_TEXT = re.compile(r"(?:số\s+)?(\d+[\w.:/\-]*/[\w.:/\-]+|TCVN[\w .:/\-]+\d)", re.IGNORECASE)
# "… từ 01/7/2025", "… kể từ ngày 01/7/2025", "… ngày 01/7/2025", on folded text.
_SINCE_IN_TEXT = re.compile(r"\s+(?:ke )?(?:tu )?(?:ngay )?(\d{1,2}[/.\-]\d{1,2}[/.\-]\d{4})\s*$")


@dataclass(frozen=True)
class StatusText:
    """What a "Tình trạng hiệu lực" cell says: the status, the successor named, since when."""

    status: LegalStatus
    successor: str = ""  # "Nghị định 118/2025/NĐ-CP" as written
    successor_number: str = ""  # "118/2025/NĐ-CP": what is looked up in the list
    since: date | None = None


def parse_status_text(text: str) -> StatusText | None:
    """Read a status cell as :attr:`ExternalDocument.status_text` writes it, or as people type it.

    ``"Bị thay thế bởi Nghị định 118/2025/NĐ-CP từ 01/7/2025"`` →
    StatusText(REPLACED, "Nghị định 118/2025/NĐ-CP", "118/2025/NĐ-CP", 2025-07-01).
    Returns None when no status can be recognised (an empty cell is "còn hiệu lực" for the caller).
    """
    clean = " ".join(text.split())
    status = LegalStatus.from_label(clean)
    if status is None:
        return None
    folded = fold(clean)
    # fold() keeps one character per NFC character for Vietnamese, so positions carry over.
    source = clean if len(folded) == len(clean) else folded
    since = None
    since_match = _SINCE_IN_TEXT.search(folded)
    end = len(folded)
    if since_match is not None:
        end = since_match.start()
        try:
            since = parse_vn_date(since_match.group(1).replace(".", "/").replace("-", "/"))
        except ValueError:
            since = None
    successor = ""
    at = folded.find(" boi ")
    if 0 <= at < end:
        successor = source[at + 5:end].strip(" ,;.")
    number_match = _NUMBER_IN_TEXT.search(successor) if successor else None
    return StatusText(status=status, successor=successor,
                      successor_number=number_match.group(1).strip() if number_match else "", since=since)


def number_key(number_symbol: str) -> str:
    """A số ký hiệu folded without blanks, to match "118/2025/NĐ-CP" with "118/2025/nd-cp"."""
    return "".join(fold(number_symbol).split())


# --------------------------------------------------------------------------- Excel

#: Danh mục tài liệu bên ngoài (DOMAIN.md §6.5); the exporter adds the "TT" column itself.
#: "Lĩnh vực" is appended after the §6.5 columns: the generic exporter writes no group-heading rows,
#: so the field travels as a column and an exported list re-imports without losing it (group
#: headings such as "I. HỘ TỊCH" in hand-made files are read as the field too).
_CTX = "ExternalDocumentsTableModel"
_STATUS_ORDER = {status: i for i, status in enumerate(LegalStatus)}


def _group_by_field(rows: Sequence[ExternalDocument]) -> list[tuple[str, tuple[ExternalDocument, ...]]]:
    return [(group.field or NO_FIELD_GROUP, group.documents) for group in group_by_field(list(rows))]


#: The lĩnh vực group of rows that name none, on the printed lists.
NO_FIELD_GROUP = "Chung"

EXTERNAL_DOCUMENTS_SPEC = RegisterSpec(
    key="external_documents",
    title="DANH MỤC TÀI LIỆU CÓ NGUỒN GỐC BÊN NGOÀI",
    sheet_name="Tài liệu bên ngoài",
    print_title="DANH MỤC TÀI LIỆU CÓ NGUỒN GỐC BÊN NGOÀI",
    screen_title=QT_TRANSLATE_NOOP("RegisterSpec", "External documents"),
    context=_CTX,
    columns=(
        ColumnSpec("title", "Tên tài liệu (tên loại, trích yếu)", required=True,
                   aliases=("Tên tài liệu", "Tên văn bản", "Trích yếu", "Tên loại, trích yếu", "Tên văn bản, trích yếu"),
                   width=48, header=QT_TRANSLATE_NOOP("ExternalDocumentsTableModel", "Title (type, summary)"), print_width=66),
        ColumnSpec("number_symbol", "Số, ký hiệu", required=True, max_length=80,
                   aliases=("Số ký hiệu", "Số hiệu", "Số/ký hiệu", "Ký hiệu", "Số văn bản"), width=16,
                   header=QT_TRANSLATE_NOOP("ExternalDocumentsTableModel", "Number and symbol"), print_width=31, align=Align.CENTER),
        ColumnSpec("issue_date", "Ngày ban hành", ColumnKind.DATE, aliases=("Ngày, tháng ban hành", "Ngày văn bản"),
                   header=QT_TRANSLATE_NOOP("ExternalDocumentsTableModel", "Issued on"), print_width=20, align=Align.CENTER),
        ColumnSpec("issuer", "Cơ quan ban hành", required=True, max_length=200,
                   aliases=("Cơ quan ban hành văn bản", "Nơi ban hành", "Cơ quan ban hành/ Nguồn gốc"), width=18,
                   header=QT_TRANSLATE_NOOP("ExternalDocumentsTableModel", "Issued by"), print_width=28),
        ColumnSpec("effective_date", "Ngày có hiệu lực", ColumnKind.DATE, aliases=("Ngày hiệu lực", "Hiệu lực từ ngày"),
                   header=QT_TRANSLATE_NOOP("ExternalDocumentsTableModel", "In force from"), print_width=20, align=Align.CENTER),
        ColumnSpec("status", "Tình trạng hiệu lực", aliases=(
            "Tình trạng hiệu lực (còn/hết/sửa đổi, văn bản thay thế)", "Tình trạng", "Hiệu lực"), width=26,
                   header=QT_TRANSLATE_NOOP("ExternalDocumentsTableModel", "Legal status"), get=lambda d: d.status_text,
                   sort=lambda d: _STATUS_ORDER[d.status], print_width=33),
        ColumnSpec("used_by", "Bộ phận sử dụng/Nơi lưu", aliases=("Bộ phận sử dụng", "Nơi lưu", "Nơi lưu trữ",
                                                                 "Đơn vị sử dụng"), width=18,
                   header=QT_TRANSLATE_NOOP("ExternalDocumentsTableModel", "Used by"), print_width=31),
        ColumnSpec("notes", "Ghi chú", width=18, print_width=15),
        ColumnSpec("field", "Lĩnh vực", max_length=120, aliases=("Lĩnh vực áp dụng",), width=16,
                   header=QT_TRANSLATE_NOOP("ExternalDocumentsTableModel", "Field")),
    ),
    unique_keys=(("number_symbol", "issuer"),),
    screen=("title", "number_symbol", "issue_date", "issuer", "effective_date", "status", "field", "used_by"),
    printed=("title", "number_symbol", "issue_date", "issuer", "effective_date", "status", "used_by", "notes"),
    search_text=lambda d: f"{search_text(d.kind, d.number_symbol, d.summary)} {d.issuer}",
    filters=(RegisterFilter("kind", equals("kind")), RegisterFilter("status", equals("status")),
             RegisterFilter("field", same_text("field")), RegisterFilter("department_id", contains("department_ids"))),
    grouping=_group_by_field,
)
"""Danh mục tài liệu có nguồn gốc bên ngoài (DOMAIN.md §6.5), declared once for screen, Excel and paper."""
