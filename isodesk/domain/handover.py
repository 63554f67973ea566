"""Handover (bàn giao) of the whole QMS register to a new ISO secretary: one ``.isodesk`` file.

The package is a zip holding the database copy, every attached file and a manifest with the SHA-256
and size of each; the new PC verifies all of it before anything is written. The rules for what a
package may contain (safe names, size limits against zip bombs) live here, without I/O.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from isodesk.domain.package import PackageLimits

#: The file name extension of a handover package.
PACKAGE_SUFFIX = ".isodesk"
#: Written into the manifest; a package of another format is refused.
PACKAGE_FORMAT = "isodesk-handover/1"
MANIFEST_NAME = "MANIFEST.json"
#: The database inside the package.
DATABASE_MEMBER = "data/isodesk.db"
#: Attached files inside the package: ``files/<first two hex digits>/<sha256>`` (the store's layout).
FILES_PREFIX = "files/"
#: The biên bản, printed by isodesk and carried in the package too.
MINUTES_PREFIX = "bien-ban/"


#: What a received handover file may hold (the rules of every package isodesk reads, DOMAIN ``package``):
#: generous for years of one office's records — the whole database and every scan — yet a crafted zip
#: cannot fill the new PC's disk or memory.
HANDOVER_LIMITS = PackageLimits(max_files=200_000, max_file_bytes=4 * 1024**3, max_total_bytes=32 * 1024**3,
                                max_manifest_bytes=64 * 1024**2)


@dataclass(frozen=True)
class HandoverPeople:
    """Who hands over, who receives, and the head who confirms (the three signatures)."""

    outgoing_name: str
    outgoing_title: str
    incoming_name: str
    incoming_title: str
    head_name: str
    head_title: str
    handed_on: date


@dataclass(frozen=True)
class RegisterCount:
    """One register handed over, with its number of records (a line of the biên bản)."""

    key: str
    label: str
    count: int


@dataclass(frozen=True)
class OpenItem:
    """An open task of the year or an unresolved problem the new secretary inherits."""

    text: str
    due: date | None = None


@dataclass(frozen=True)
class HandoverSummary:
    """What is handed over: the registers with counts, the year's open work, the files."""

    agency_name: str
    year: int | None
    registers: tuple[RegisterCount, ...]
    open_items: tuple[OpenItem, ...]
    attachments: int
    attachment_bytes: int


@dataclass(frozen=True)
class PackageMember:
    """One file of the package, as the manifest lists it."""

    path: str
    role: str
    size: int
    sha256: str


@dataclass(frozen=True)
class HandoverManifest:
    """The manifest of a handover package (``MANIFEST.json``)."""

    agency_name: str
    created: str  # ISO date-time
    isodesk_version: str
    schema_revision: str
    people: HandoverPeople
    counts: dict[str, int]
    members: tuple[PackageMember, ...]
    format: str = PACKAGE_FORMAT

    @property
    def total_bytes(self) -> int:
        return sum(m.size for m in self.members)


@dataclass(frozen=True)
class HandoverResult:
    """A package written: where, what it holds, and the biên bản printed beside it."""

    package: Path
    minutes_docx: Path
    minutes_pdf: Path
    manifest: HandoverManifest
    size: int


@dataclass(frozen=True)
class ReceivedHandover:
    """A package received on a new PC: the data file made from it and who now keeps it."""

    db_path: Path
    manifest: HandoverManifest
    files_restored: int
    files_already_present: int = 0
    notes: tuple[str, ...] = field(default=())


def file_member(sha256: str) -> str:
    """The package member holding the stored file with this hash."""
    return f"{FILES_PREFIX}{sha256[:2]}/{sha256}"


def is_sha256(text: str) -> bool:
    return len(text) == 64 and all(c in "0123456789abcdef" for c in text)


#: The registers a biên bản lists, with the words it uses for them (table name → Vietnamese).
REGISTER_LABELS: dict[str, str] = {
    "issued_document": "Văn bản về Hệ thống quản lý chất lượng đã đăng ký (sổ văn bản)",
    "internal_document": "Tài liệu nội bộ (sổ tay, quy trình, hướng dẫn, biểu mẫu)",
    "record_entry": "Hồ sơ trong danh mục hồ sơ",
    "external_document": "Tài liệu có nguồn gốc bên ngoài",
    "tthc": "Thủ tục hành chính thuộc phạm vi áp dụng",
    "department": "Phòng, bộ phận",
    "person": "Cán bộ, công chức được ghi nhận",
    "risk_entry": "Vấn đề trong bảng rủi ro và cơ hội",
    "quality_objective": "Mục tiêu chất lượng",
    "audit_round": "Đợt đánh giá nội bộ",
    "nonconformity": "Điểm không phù hợp, phiếu yêu cầu hành động khắc phục",
    "tthc_result": "Số liệu kết quả giải quyết thủ tục hành chính theo kỳ",
    "attachment": "Tệp đính kèm (bản chụp, minh chứng)",
}

#: Contributed figures that name open work the new secretary inherits (listed when not zero).
OPEN_WORK_FIGURES: tuple[str, ...] = (
    "nc.open", "nc.overdue", "risks.actions_overdue", "documents.review_overdue", "tthc.uncovered",
    "review.actions_open", "satisfaction.comments_open",
)
