"""Core data every module cites: the agency (versioned), departments, people, reporting years,
the register of the agency's own QMS documents, attachments and the change history.

Pure Python: enums, frozen DTOs and the validation rules, shared by services and the UI.
"""

from __future__ import annotations

import enum
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime

from isodesk.domain.errors import FieldProblem
from isodesk.domain.formatting import fold
from isodesk.domain.inputs import date_problem
from isodesk.domain.labelled import LabelledEnum


class AgencyTier(str, enum.Enum):
    """Kind of agency; decides header wording, signing titles and the reporting chain."""

    DEPARTMENT = "so_ban_nganh"  # sở, ban, ngành cấp tỉnh
    COMMUNE = "ubnd_xa"  # UBND xã / phường / đặc khu
    SUBORDINATE = "don_vi_truc_thuoc"  # đơn vị trực thuộc
    DISTRICT = "ubnd_huyen"  # UBND huyện — abolished 1/7/2025, kept for history


class IssuedDocType(LabelledEnum):
    """Types of QMS documents an agency issues itself; the value is the NĐ 30 abbreviation."""

    DECISION = "QĐ", "QUYẾT ĐỊNH"
    PLAN = "KH", "KẾ HOẠCH"
    PROGRAMME = "CTr", "CHƯƠNG TRÌNH"
    NOTICE = "TB", "THÔNG BÁO"
    REPORT = "BC", "BÁO CÁO"
    MINUTES = "BB", "BIÊN BẢN"

    @property
    def type_name(self) -> str:
        """The tên loại in Vietnamese upper case, as printed on the document."""
        return self.label


class IssuedDocStatus(str, enum.Enum):
    """A draft may have no number yet (the clerk numbers it after signature, NĐ 30 Điều 15)."""

    DRAFT = "draft"
    ISSUED = "issued"


class DocPurpose(str, enum.Enum):
    """What a registered document is evidence of; the yearly cycle looks documents up by it."""

    ANNUAL_PLAN = "annual_plan"  # Kế hoạch duy trì, cải tiến HTQLCL năm …
    QUALITY_POLICY = "quality_policy"
    QUALITY_OBJECTIVES = "quality_objectives"  # Mục tiêu chất lượng và Kế hoạch thực hiện
    RISK_PLAN = "risk_plan"  # Kế hoạch giải quyết rủi ro và cơ hội
    DOCUMENT_SET = "document_set"  # QĐ ban hành hệ thống tài liệu
    CONFORMITY = "conformity"  # QĐ công bố / công bố lại HTQLCL
    STEERING = "steering"  # QĐ thành lập / kiện toàn Ban Chỉ đạo ISO
    AUDIT_TEAM = "audit_team"  # QĐ thành lập Đoàn đánh giá nội bộ
    AUDIT_PLAN = "audit_plan"
    AUDIT_REPORT = "audit_report"
    MANAGEMENT_REVIEW = "management_review"
    ANNUAL_REPORT = "annual_report"
    OTHER = "other"


class SteeringRole(str, enum.Enum):
    """Seat on the Ban Chỉ đạo ISO."""

    HEAD = "truong_ban"
    DEPUTY = "pho_truong_ban"
    MEMBER = "thanh_vien"
    SECRETARY = "thu_ky"


class ChangeAction(str, enum.Enum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"


# --------------------------------------------------------------------------- DTOs

_COMMITTEE_PREFIXES = ("Ủy ban nhân dân", "Uỷ ban nhân dân")


def _is_committee_name(name: str) -> bool:
    folded = " ".join(unicodedata.normalize("NFC", name).split()).casefold()
    return any(folded.startswith(p.casefold() + " ") for p in _COMMITTEE_PREFIXES)


def abbreviate_committee(name: str) -> str:
    """``Ủy ban nhân dân tỉnh Hà Tĩnh`` → ``UBND tỉnh Hà Tĩnh`` (NĐ 30 lets the chủ quản line abbreviate
    common phrases); other names are returned with their spaces collapsed."""
    name = " ".join(unicodedata.normalize("NFC", name).split())
    for prefix in _COMMITTEE_PREFIXES:
        if name.casefold().startswith(prefix.casefold() + " "):
            return "UBND " + name[len(prefix):].strip()
    return name



@dataclass(frozen=True)
class AgencyProfile:
    """The agency as it was named from ``valid_from`` on (names change: 2025 mergers)."""

    id: int | None
    valid_from: date
    name: str  # "Ủy ban nhân dân xã Thạch Lạc"
    parent_name: str  # "UBND tỉnh Hà Tĩnh" (chủ quản trực tiếp); may be ""
    tier: AgencyTier
    province: str
    place_name: str  # địa danh in dates: "Thạch Lạc"
    abbreviation: str  # in document numbers: "UBND"
    address: str = ""
    phone: str = ""
    email: str = ""
    head_title: str = ""  # "Chủ tịch", "Giám đốc"
    deputy_title: str = ""  # "Phó Chủ tịch", "Phó Giám đốc"
    collective_name: str = ""  # "Ủy ban nhân dân" → "TM. ỦY BAN NHÂN DÂN"; "" for a sở
    valid_to: date | None = None

    @property
    def is_peoples_committee(self) -> bool:
        """A People's Committee (UBND tỉnh/xã/phường/đặc khu, UBND huyện before 7/2025) issues in its
        own name: its documents carry no cơ quan chủ quản line (DOMAIN.md §3.2 ô 2, §4 point 4)."""
        return self.tier in (AgencyTier.COMMUNE, AgencyTier.DISTRICT) or _is_committee_name(self.name)

    @property
    def header_parent(self) -> str:
        """The cơ quan chủ quản line of the NĐ 30 header (ô 2), "" when there is none.

        A sở, phòng or đơn vị trực thuộc carries its parent, with the common phrase abbreviated as NĐ 30
        allows (``Ủy ban nhân dân tỉnh Hà Tĩnh`` → ``UBND tỉnh Hà Tĩnh``, which keeps it on one line);
        a People's Committee carries none (``ỦY BAN NHÂN DÂN`` / ``XÃ SƠN LÂM``).
        """
        if self.is_peoples_committee:
            return ""
        return abbreviate_committee(self.parent_name)

    @property
    def heading_lines(self) -> list[str]:
        """The agency block of a header, upper case: the chủ quản line if any, then the agency. A
        People's Committee's name is split after ``ỦY BAN NHÂN DÂN`` as in the seeds
        (``ỦY BAN NHÂN DÂN`` / ``XÃ SƠN LÂM``)."""
        name = " ".join(unicodedata.normalize("NFC", self.name).split()).upper()
        lines = [self.header_parent.upper()] if self.header_parent else []
        for prefix in _COMMITTEE_PREFIXES:
            if name.startswith(prefix.upper() + " "):
                return lines + [prefix.upper(), name[len(prefix):].strip()]
        return lines + ([name] if name else [])


def in_office_on(day: date, valid_from: date | None, valid_to: date | None, active: bool) -> bool:
    """Whether a department or person existed (worked there) on ``day``: within its dates when they are
    known; one retired without a date (before isodesk kept dates) belongs to no dated document."""
    if valid_from is not None and day < valid_from:
        return False
    if valid_to is not None:
        return day <= valid_to
    return active


@dataclass(frozen=True)
class Department:
    id: int | None
    name: str
    abbreviation: str = ""
    active: bool = True
    sort_order: int = 0
    #: Set up on / dissolved after (None: since before isodesk kept it / still in place). A document
    #: lists the departments of its own date (a 2025 list never names a department formed in 7/2025).
    valid_from: date | None = None
    valid_to: date | None = None

    def in_office_on(self, day: date) -> bool:
        return in_office_on(day, self.valid_from, self.valid_to, self.active)


@dataclass(frozen=True)
class Person:
    id: int | None
    full_name: str
    title: str = ""  # chức vụ
    department_id: int | None = None
    department_name: str = ""
    is_leader: bool = False
    is_iso_secretary: bool = False
    is_internal_auditor: bool = False
    auditor_certificate: str = ""
    steering_role: SteeringRole | None = None
    steering_decision_id: int | None = None
    active: bool = True
    #: Works at the agency from / until (None: since before isodesk kept it / still working there).
    valid_from: date | None = None
    valid_to: date | None = None

    def in_office_on(self, day: date) -> bool:
        return in_office_on(day, self.valid_from, self.valid_to, self.active)


@dataclass(frozen=True)
class ReportingYear:
    id: int | None
    year: int
    period_start: date
    period_end: date
    deadline: date | None = None
    notes: str = ""


@dataclass(frozen=True)
class AttachmentRef:
    """A file attached to a record; ``sha256`` names the stored copy."""

    id: int | None
    sha256: str
    original_name: str
    size: int
    role: str = ""
    added_at: datetime | None = None


@dataclass(frozen=True)
class IssuedDocument:
    """One document in the register of the agency's own QMS documents."""

    id: int | None
    doc_type: IssuedDocType
    issuer: str  # abbreviation of the issuing body ("UBND", or "BCĐ" for the steering committee)
    number: int | None
    symbol: str  # "KH-UBND"
    issue_date: date | None
    summary: str  # trích yếu
    signer_name: str = ""
    signer_title: str = ""
    status: IssuedDocStatus = IssuedDocStatus.DRAFT
    purpose: DocPurpose = DocPurpose.OTHER
    year: int | None = None  # the reporting year it belongs to
    notes: str = ""
    files: tuple[AttachmentRef, ...] = ()

    @property
    def reference(self) -> str:
        """"05/KH-UBND ngày 06/11/2024" — how other documents cite this one."""
        num = f"{self.number:02d}" if self.number is not None else "   "
        when = f" ngày {self.issue_date:%d/%m/%Y}" if self.issue_date else ""
        return f"{num}/{self.symbol}{when}"


@dataclass(frozen=True)
class ChangeEntry:
    """One line of the change history of a record."""

    id: int
    at: datetime
    actor: str
    entity: str
    entity_id: int | None
    action: ChangeAction
    changes: dict[str, list[object]] = field(default_factory=dict)


# --------------------------------------------------------------------------- rules


#: Last day (month, day) of a default reporting period: NĐ 09/2019 reports cover 15/12 to 14/12.
PERIOD_LAST_DAY = (12, 14)


def default_period(year: int) -> tuple[date, date]:
    """Reporting period of NĐ 09/2019 annual reports: 15/12 of the previous year to 14/12."""
    month, day = PERIOD_LAST_DAY
    return date(year - 1, month, day + 1), date(year, month, day)


def reporting_year_of(day: date, years: Iterable[ReportingYear] = ()) -> int:
    """The reporting year ``day`` belongs to.

    A recorded year whose period holds ``day`` decides (an agency may keep other dates); otherwise
    the NĐ 09/2019 cut-off: after 14 December the next year's period has begun, so 15/12/2025
    belongs to 2026.
    """
    for item in years:
        if item.period_start <= day <= item.period_end:
            return item.year
    return day.year + 1 if (day.month, day.day) > PERIOD_LAST_DAY else day.year


def validate_reporting_year(item: ReportingYear) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    if not 2000 <= item.year <= 2100:
        problems.append(FieldProblem("year", "year_out_of_range", {"value": item.year}))
    if item.period_end <= item.period_start:
        problems.append(FieldProblem("period_end", "period_end_before_start"))
    elif (item.period_end - item.period_start).days > 400:
        problems.append(FieldProblem("period_end", "period_too_long"))
    if item.deadline is not None and item.deadline < item.period_start:
        problems.append(FieldProblem("deadline", "deadline_before_period"))
    return problems


def _required(value: str, name: str, problems: list[FieldProblem]) -> None:
    if not value or not value.strip():
        problems.append(FieldProblem(name, "required"))


def validate_agency(profile: AgencyProfile) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    _required(profile.name, "name", problems)
    _required(profile.place_name, "place_name", problems)
    _required(profile.abbreviation, "abbreviation", problems)
    _required(profile.province, "province", problems)
    abbr = profile.abbreviation.strip()
    if abbr and (" " in abbr or "/" in abbr or len(abbr) > 20):
        problems.append(FieldProblem("abbreviation", "bad_abbreviation", {"value": abbr}))
    if profile.email and "@" not in profile.email:
        problems.append(FieldProblem("email", "bad_email"))
    return problems


def _validate_dates(valid_from: date | None, valid_to: date | None, problems: list[FieldProblem]) -> None:
    for name, value in (("valid_from", valid_from), ("valid_to", valid_to)):
        bad = date_problem(name, value)
        if bad is not None:
            problems.append(bad)
    if valid_from is not None and valid_to is not None and valid_to < valid_from:
        problems.append(FieldProblem("valid_to", "period_end_before_start"))


def validate_department(item: Department) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    _required(item.name, "name", problems)
    abbr = item.abbreviation.strip()
    if abbr and (" " in abbr or len(abbr) > 20):
        problems.append(FieldProblem("abbreviation", "bad_abbreviation", {"value": abbr}))
    _validate_dates(item.valid_from, item.valid_to, problems)
    return problems


def validate_person(item: Person) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    _required(item.full_name, "full_name", problems)
    if item.is_internal_auditor and not item.auditor_certificate.strip():
        problems.append(FieldProblem("auditor_certificate", "auditor_needs_certificate"))
    _validate_dates(item.valid_from, item.valid_to, problems)
    return problems


def validate_issued_document(item: IssuedDocument) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    _required(item.summary, "summary", problems)
    _required(item.issuer, "issuer", problems)
    if item.number is not None and not 1 <= item.number <= 99999:
        problems.append(FieldProblem("number", "number_out_of_range"))
    if item.status is IssuedDocStatus.ISSUED:
        if item.number is None:
            problems.append(FieldProblem("number", "issued_needs_number"))
        if item.issue_date is None:
            problems.append(FieldProblem("issue_date", "issued_needs_date"))
    return problems


def is_deputy(profile: AgencyProfile, person: Person) -> bool:
    """A deputy signs ``KT.``: a title beginning "Phó …" or the agency's own deputy title."""
    title = fold(person.title)
    deputy_title = fold(profile.deputy_title)
    return title.startswith("pho ") or bool(deputy_title and title.startswith(deputy_title))


def leaders_in_signing_order(profile: AgencyProfile, people: Iterable[Person]) -> list[Person]:
    """The leaders among ``people`` (chosen by the caller for the document's date) in the order they sign
    for the agency: the head (the steering committee's head first), then the deputies."""
    leaders = [p for p in people if p.is_leader and p.full_name.strip()]
    leaders.sort(key=lambda p: (is_deputy(profile, p), p.steering_role is not SteeringRole.HEAD))
    return leaders


def approving_signer(profile: AgencyProfile, people: Iterable[Person]) -> tuple[Person, bool] | None:
    """Who approves what the agency prints in its name (a list, a form): the first of
    :func:`leaders_in_signing_order`, with whether it is a deputy; None when no leader is entered."""
    leaders = leaders_in_signing_order(profile, people)
    return (leaders[0], is_deputy(profile, leaders[0])) if leaders else None


def signature_lines(profile: AgencyProfile, *, by_deputy: bool) -> list[str]:
    """Signing-authority lines per NĐ 30: ``TM.`` for collective bodies, ``KT.`` for a deputy.

    A UBND signs ``TM. ỦY BAN NHÂN DÂN`` / ``CHỦ TỊCH`` (or ``KT. CHỦ TỊCH`` / ``PHÓ CHỦ TỊCH``);
    a sở's director signs ``GIÁM ĐỐC`` directly.
    """
    lines: list[str] = []
    if profile.collective_name:
        lines.append(f"TM. {profile.collective_name.upper()}")
    head = (profile.head_title or "Thủ trưởng").upper()
    if by_deputy:
        lines.append(f"KT. {head}")
        lines.append((profile.deputy_title or f"Phó {profile.head_title}").upper())
    else:
        lines.append(head)
    return lines
