"""The annual report package (issue 11 points 5–7) as pure data: its manifest, the limits a verifier
applies to what it is handed, the result of a verification, and the readiness list before an export.

The manifest is the package's own description: every file with its role, size and SHA-256, the agency,
the year, the report outline and the isodesk version that wrote it. ``MANIFEST.json`` is for machines
(``isodesk verify``, the Sở's own tools); ``MANIFEST.txt`` says the same in Vietnamese for a person.
The handover package (issue 12) reuses the same manifest and verifier.

Pure Python: no file access here (reports/package_archive.py reads and writes), no database, no Qt.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from isodesk.domain.contributions import Figure
from isodesk.domain.cycle import ReadinessIssue, Severity
from isodesk.domain.formatting import format_number
from isodesk.domain.labelled import LabelledEnum
from isodesk.domain.tabular import ColumnKind, ColumnSpec, RegisterSpec

MANIFEST_JSON = "MANIFEST.json"
MANIFEST_TXT = "MANIFEST.txt"
MANIFEST_FORMAT = 1
#: What ``MANIFEST.json`` says it is, so that a verifier never mistakes another program's JSON for one.
MANIFEST_KIND = "isodesk-package"


class FileRole(LabelledEnum):
    """Why a file is in the package (written in the manifest)."""

    REPORT_DOCX = "report_docx", "Báo cáo (bản Word)"
    REPORT_PDF = "report_pdf", "Báo cáo (bản PDF)"
    FIGURES_XLSX = "figures_xlsx", "Số liệu và phụ lục (bảng tính Excel)"
    EVIDENCE = "evidence", "Hồ sơ minh chứng (tệp đính kèm)"  # an attached file (scan, signed copy) of an issued document
    EVIDENCE_RENDERED = "evidence_rendered", "Hồ sơ minh chứng (bản in từ isodesk, chưa có bản quét)"  # isodesk's own print of an issued document with no scan
    EVIDENCE_LIST_DOCX = "evidence_list_docx", "Danh mục hồ sơ minh chứng (bản Word)"
    EVIDENCE_LIST_PDF = "evidence_list_pdf", "Danh mục hồ sơ minh chứng (bản PDF)"
    MANIFEST_TEXT = "manifest_text", "Bản kê các tệp (dạng đọc được)"
    OTHER = "other", "Tệp khác"


@dataclass(frozen=True)
class PackageFile:
    """One file of a package: ``path`` relative to the package root, with ``/`` separators."""

    role: FileRole
    path: str
    size: int
    sha256: str
    title: str = ""  # what the file is, in Vietnamese ("Kế hoạch số 01/KH-UBND …"); "" when the role says it


@dataclass(frozen=True)
class Manifest:
    """The package's description of itself."""

    agency: str
    year: int
    outline: str
    isodesk_version: str
    created: datetime
    files: tuple[PackageFile, ...]
    title: str = ""  # "Gói báo cáo ISO năm 2026 – Ủy ban nhân dân xã …"
    kind: str = MANIFEST_KIND
    format: int = MANIFEST_FORMAT

    def to_json(self) -> str:
        data = {
            "kind": self.kind, "format": self.format, "title": self.title, "agency": self.agency,
            "year": self.year, "outline": self.outline, "isodesk_version": self.isodesk_version,
            "created": self.created.isoformat(timespec="seconds"),
            "files": [{"path": f.path, "role": f.role.value, "size": f.size, "sha256": f.sha256,
                       **({"title": f.title} if f.title else {})} for f in self.files],
        }
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"

    @classmethod
    def from_json(cls, text: str) -> Manifest:
        """Read a manifest.

        Raises:
            ValueError: not an isodesk package manifest, or a field is missing or of the wrong type
                (the message names it).
        """
        data = json.loads(text)
        if not isinstance(data, dict) or data.get("kind") != MANIFEST_KIND:
            raise ValueError("not an isodesk package manifest")
        files_data = data.get("files")
        if not isinstance(files_data, list):
            raise ValueError("files")
        files: list[PackageFile] = []
        for entry in files_data:
            if not isinstance(entry, dict):
                raise ValueError("files")
            path, size, digest = entry.get("path"), entry.get("size"), entry.get("sha256")
            if not isinstance(path, str) or not isinstance(size, int) or isinstance(size, bool) or size < 0 \
                    or not isinstance(digest, str) or not re.fullmatch(r"[0-9a-f]{64}", digest):
                raise ValueError(f"files: {path!r}")
            try:
                role = FileRole(entry.get("role", "other"))
            except ValueError:
                role = FileRole.OTHER
            files.append(PackageFile(role, path, size, digest, str(entry.get("title", ""))))
        year = data.get("year")
        if not isinstance(year, int):
            raise ValueError("year")
        try:
            created = datetime.fromisoformat(str(data.get("created")))
        except ValueError:
            raise ValueError("created") from None
        return cls(agency=str(data.get("agency", "")), year=year, outline=str(data.get("outline", "")),
                   isodesk_version=str(data.get("isodesk_version", "")), created=created, files=tuple(files),
                   title=str(data.get("title", "")), format=int(data.get("format", MANIFEST_FORMAT)))

    def to_text(self) -> str:
        """``MANIFEST.txt``: the same facts for a person, in Vietnamese."""
        lines = [
            self.title or f"GÓI BÁO CÁO ISO NĂM {self.year}",
            "",
            f"Cơ quan: {self.agency}",
            f"Năm báo cáo: {self.year}",
            f"Đề cương báo cáo: {self.outline or 'không ghi'}",
            f"Lập lúc: {self.created:%d/%m/%Y %H:%M} bằng isodesk {self.isodesk_version}",
            f"Số tệp: {format_number(len(self.files))} (tổng dung lượng {format_size(sum(f.size for f in self.files))})",
            "",
            "Kiểm tra gói: chạy lệnh “isodesk verify <thư mục hoặc tệp .zip>” (hoặc trong isodesk: Tệp → Kiểm tra gói…). "
            "Mỗi tệp dưới đây phải có đúng dung lượng và mã SHA-256 ghi bên cạnh; tệp MANIFEST.json ghi các thông tin "
            "này cho máy đọc.",
            "",
        ]
        for n, f in enumerate(self.files, start=1):
            lines.append(f"{n}. {f.path}")
            lines.append(f"   Loại: {f.role.label}" + (f" – {f.title}" if f.title else ""))
            lines.append(f"   Dung lượng: {format_number(f.size)} byte; SHA-256: {f.sha256}")
        return "\n".join(lines) + "\n"


def format_size(size: int) -> str:
    """``1,5 MB``, ``320 KB``, ``12 byte``: a size as the secretary reads it (decimal comma)."""
    if size >= 1_000_000:
        return f"{format_number(round(size / 1_000_000, 1), 1)} MB"
    if size >= 1_000:
        return f"{format_number(round(size / 1_000))} KB"
    return f"{size} byte"


# --------------------------------------------------------------------------- limits and safe paths


@dataclass(frozen=True)
class PackageLimits:
    """What a verifier accepts before it reads a byte: a zip bomb (a tiny file declaring gigabytes,
    or a million entries) is refused from its directory alone."""

    max_files: int = 20_000
    max_file_bytes: int = 2 * 1024**3
    max_total_bytes: int = 8 * 1024**3
    max_ratio: int = 200  # uncompressed ÷ compressed size of one zip entry
    ratio_floor_bytes: int = 1024**2  # smaller entries may compress as well as they like
    max_manifest_bytes: int = 16 * 1024**2
    max_path_length: int = 400


DEFAULT_LIMITS = PackageLimits()

_DRIVE = re.compile(r"^[A-Za-z]:")


def path_problem(path: str, limits: PackageLimits = DEFAULT_LIMITS) -> str | None:
    """Why ``path`` (a manifest or zip entry name) is unsafe to create under a package root, or None.

    Refused: empty names, absolute paths (``/x``, ``\\x``), drive letters (``C:x``), ``..`` or ``.``
    components, backslashes (a Windows separator hidden in a name), control characters, over-long names.
    """
    if not path:
        return "empty"
    if len(path) > limits.max_path_length:
        return "too_long"
    if any(ord(ch) < 32 or ch == "\x7f" for ch in path):
        return "control_character"
    if path.startswith(("/", "\\")):
        return "absolute"
    if _DRIVE.match(path):
        return "drive"
    if "\\" in path:
        return "backslash"
    parts = path.split("/")
    if any(part in ("", ".", "..") for part in parts):
        return "dot_dot" if ".." in parts else "empty_component"
    return None


def same_name_key(path: str) -> str:
    """Two names a Windows or macOS drive would store as one file (case, NFC/NFD) share this key."""
    return unicodedata.normalize("NFC", path).casefold()


# --------------------------------------------------------------------------- verification result


class ProblemKind(LabelledEnum):
    MISSING = "missing", "thiếu tệp (có trong bản kê, không có trong gói)"  # listed in the manifest, not in the package
    MODIFIED = "modified", "nội dung bị thay đổi (mã SHA-256 không khớp bản kê)"  # content differs from its SHA-256
    SIZE = "size", "dung lượng khác bản kê"  # size differs from the manifest
    EXTRA = "extra", "tệp thừa (không có trong bản kê)"  # in the package, not in the manifest
    UNSAFE_PATH = "unsafe_path", "tên tệp không an toàn (chứa “..”, đường dẫn tuyệt đối hoặc ổ đĩa)"  # "..", absolute, drive letter …
    SYMLINK = "symlink", "liên kết tượng trưng (symlink), không phải tệp thật"
    DUPLICATE = "duplicate", "trùng tên với một tệp khác (chỉ khác chữ hoa/thường hoặc cách bỏ dấu)"  # two names that are one file on Windows (case, NFC)
    TOO_LARGE = "too_large", "vượt giới hạn an toàn (dung lượng, số tệp hoặc tỷ lệ nén bất thường)"  # over a limit (zip bomb, huge file, too many entries)
    NO_MANIFEST = "no_manifest", "không có tệp MANIFEST.json"
    BAD_MANIFEST = "bad_manifest", "tệp MANIFEST.json hỏng hoặc không phải của isodesk"
    UNREADABLE = "unreadable", "không đọc được"  # not a folder, not a zip, damaged zip, read error


@dataclass(frozen=True)
class VerifyProblem:
    kind: ProblemKind
    path: str  # the file named (relative to the package root), or the package itself
    detail: str = ""

    @property
    def text(self) -> str:
        """``03_Ke_hoach/QD.pdf: nội dung bị thay đổi (…)`` — one Vietnamese line."""
        return f"{self.path}: {self.kind.label}" + (f" ({self.detail})" if self.detail else "")


@dataclass(frozen=True)
class VerifyResult:
    """What ``verify`` found: ``ok`` only when every listed file is there, unchanged, and nothing else is."""

    path: str
    problems: tuple[VerifyProblem, ...]
    files_checked: int = 0
    manifest: Manifest | None = None

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def bad_files(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(p.path for p in self.problems))


# --------------------------------------------------------------------------- names in the package


def ascii_name(text: str, fallback: str = "tep") -> str:
    """``Kế hoạch ISO năm`` → ``Ke_hoach_ISO_nam``: names that survive any USB stick, zip and e-mail."""
    folded = unicodedata.normalize("NFD", text.replace("Đ", "D").replace("đ", "d"))
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    cleaned = re.sub(r"[^A-Za-z0-9.-]+", "_", folded).strip("._-")
    return cleaned[:80] or fallback


#: The Vietnamese name of each cycle step's evidence folder (DOMAIN.md §2.6 point 2, §12).
STEP_FOLDERS: dict[str, str] = {
    "annual_plan": "Kế hoạch ISO năm",
    "policy_objectives": "Chính sách và mục tiêu chất lượng",
    "risk_plan": "Rủi ro và cơ hội",
    "document_review": "Ban hành, công bố hệ thống tài liệu",
    "internal_audit": "Đánh giá nội bộ",
    "management_review": "Xem xét của lãnh đạo",
    "annual_report": "Báo cáo năm",
}
OTHER_FOLDER = "Hồ sơ khác"


def evidence_folders(step_keys: Sequence[str]) -> dict[str, str]:
    """Folder names by step key, numbered in the order of the year: ``01_Ke_hoach_ISO_nam`` …; the
    last, ``NN_Ho_so_khac``, takes evidence of no known step (key ``""``)."""
    names = [k for k in step_keys if k]
    out = {key: f"{n:02d}_{ascii_name(STEP_FOLDERS.get(key, key))}" for n, key in enumerate(names, start=1)}
    out[""] = f"{len(names) + 1:02d}_{ascii_name(OTHER_FOLDER)}"
    return out


def package_name(year: int, agency_short: str) -> str:
    """``BaoCao_ISO_2026_UBND_Son_Lam``."""
    return f"BaoCao_ISO_{year}_{ascii_name(agency_short, 'co_quan')}"


# --------------------------------------------------------------------------- readiness before export


@dataclass(frozen=True)
class PackageReadiness:
    """Everything that should be fixed before the package is exported, errors apart from warnings.

    ``items`` reuse :class:`~isodesk.domain.cycle.ReadinessIssue` (English source message with
    placeholders, context "Readiness"; navigation target and record ids). An error blocks the export
    unless the secretary confirms it by its ``code``.
    """

    year: int
    today: date
    deadline: date
    items: tuple[ReadinessIssue, ...]

    @property
    def errors(self) -> tuple[ReadinessIssue, ...]:
        return tuple(i for i in self.items if i.severity is Severity.ERROR)

    @property
    def warnings(self) -> tuple[ReadinessIssue, ...]:
        return tuple(i for i in self.items if i.severity is not Severity.ERROR)

    @property
    def days_left(self) -> int:
        return (self.deadline - self.today).days

    def unconfirmed(self, confirmed: Iterable[str]) -> tuple[ReadinessIssue, ...]:
        """The errors not confirmed (what still blocks the export)."""
        done = set(confirmed)
        return tuple(i for i in self.errors if i.code not in done)


def issue_text(issue: ReadinessIssue, translate: Callable[[str, str], str] | None = None) -> str:
    """The message with its placeholders filled; ``translate(context, text)`` translates the message
    (context "Readiness") and a cycle step's title (context "CycleStep")."""
    # Not named ``tr``: lupdate would take the calls for texts to translate.
    lookup = translate or (lambda _context, text: text)
    params: dict[str, object] = {"count": issue.count, **issue.params}
    step_context, message_context = "CycleStep", "Readiness"
    if isinstance(params.get("step"), str):
        params["step"] = lookup(step_context, str(params["step"]))
    return lookup(message_context, issue.message).format_map(params)


# --------------------------------------------------------------------------- TTHC identities (DOMAIN.md §2.4)

#: ``total = part + part …`` between contributed TTHC figures (keys without the ``tthc.`` prefix).
TTHC_IDENTITIES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("received", ("carried_over", "received_in_period")),
    ("received_in_period", ("received_online", "received_direct")),
    ("resolved", ("resolved_on_time", "resolved_late")),
    ("received", ("resolved", "pending", "returned", "suspended", "cancelled")),
)

#: Rates and the counts they are computed from (numerator, denominator).
TTHC_RATES: tuple[tuple[str, str, str], ...] = (
    ("on_time_rate", "resolved_on_time", "resolved"),
    ("late_rate", "resolved_late", "resolved"),
    ("online_rate", "received_online", "received_in_period"),
)


@dataclass(frozen=True)
class FigureMismatch:
    """An identity the figures break: ``total`` ≠ sum of ``parts`` (values as printed)."""

    total: Figure
    parts: tuple[Figure, ...]

    @property
    def text(self) -> str:
        return (f"{self.total.label} ({self.total.text}) ≠ "
                + " + ".join(f"{p.label} ({p.text})" for p in self.parts))


def tthc_mismatches(figures: Mapping[str, Figure]) -> list[FigureMismatch]:
    """The DOMAIN.md §2.4 identities the contributed TTHC figures break (only where all are given),
    and rates that do not equal their counts."""
    from isodesk.domain.contributions import rate

    out: list[FigureMismatch] = []
    for total_key, part_keys in TTHC_IDENTITIES:
        total = figures.get(f"tthc.{total_key}")
        parts = [figures.get(f"tthc.{k}") for k in part_keys]
        if total is None or any(p is None for p in parts):
            continue
        present = tuple(p for p in parts if p is not None)
        if total.value != sum(p.value for p in present):
            out.append(FigureMismatch(total, present))
    for rate_key, num_key, den_key in TTHC_RATES:
        value, num, den = (figures.get(f"tthc.{k}") for k in (rate_key, num_key, den_key))
        if value is None or num is None or den is None or not isinstance(num.value, int) \
                or not isinstance(den.value, int) or den.value <= 0:
            continue
        if value.value != rate(num.value, den.value):
            out.append(FigureMismatch(value, (num, den)))
    return out


@dataclass(frozen=True)
class ExportedPackage:
    """Where the package landed: the folder (always) and the zip (when asked for)."""

    folder: str
    zip: str | None
    files: int
    total_bytes: int
    confirmed: tuple[str, ...] = field(default_factory=tuple)


# --------------------------------------------------------------------------- tables of the package


def evidence_list_spec() -> RegisterSpec:
    """The Danh mục hồ sơ minh chứng as a printed list: the documents grouped by cycle step (đề mục
    ``I. KẾ HOẠCH ISO NĂM`` …), with the files that carry each one in the package."""
    from itertools import groupby

    def grouping(rows: Sequence[Any]) -> list[tuple[str, list[Any]]]:
        return [(heading, list(items)) for heading, items in groupby(rows, key=lambda r: r.step)]

    return RegisterSpec(
        key="package.evidence", title="DANH MỤC HỒ SƠ MINH CHỨNG", sheet_name="Ho so minh chung",
        columns=(
            ColumnSpec("title", "Tên hồ sơ, văn bản (số, ký hiệu, ngày tháng, trích yếu)", print_width=105),
            ColumnSpec("files", "Tệp trong gói báo cáo", print_width=95),
            ColumnSpec("note", "Ghi chú", print_width=42),
        ),
        printed=("title", "files", "note"), grouping=grouping)


FIGURE_COLUMNS = (("key", "Mã số liệu"), ("label", "Nội dung"), ("value", "Giá trị"), ("unit", "Đơn vị"),
                  ("source", "Nguồn"))


def figures_sheet(figures: Iterable[Figure]) -> tuple[RegisterSpec, list[dict[str, object]]]:
    """The figures of the report as one sheet: key, nội dung, giá trị (a number), đơn vị, nguồn."""
    spec = RegisterSpec(
        key="package.figures", title="Số liệu", sheet_name="So lieu",
        columns=(ColumnSpec("key", "Mã số liệu", width=26), ColumnSpec("label", "Nội dung", width=50),
                 ColumnSpec("value", "Giá trị", ColumnKind.DECIMAL, width=12),
                 ColumnSpec("unit", "Đơn vị", width=14), ColumnSpec("source", "Nguồn", width=30)))
    rows: list[dict[str, object]] = [
        {"key": f.key, "label": f.label, "value": f.value, "unit": f.unit, "source": f.source} for f in figures]
    return spec, rows

