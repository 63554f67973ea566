"""Internal audit (ISO 9001 clause 9.2) and nonconformities with corrective action (clause 10.2).

DOMAIN.md §6.2, §6.3, §6.11: an audit round (đợt đánh giá) per reporting year with its scope, team
and programme (Chương trình đánh giá); findings recorded during the audit; and the phiếu yêu cầu
hành động khắc phục of every nonconformity, whatever raised it, walked through its states up to a
closure that needs an effectiveness check marked "đạt" by someone other than who did the action.

Pure Python: enums, frozen DTOs, the rules (each refusal a stable code the UI explains in
Vietnamese) and the schedule proposer. No database, no Qt.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, time, timedelta

from isodesk.domain.errors import FieldProblem
from isodesk.domain.formatting import fold, short_date
from isodesk.domain.i18n import QT_TRANSLATE_NOOP
from isodesk.domain.labelled import LabelledEnum
from isodesk.domain.tabular import Align, ColumnKind, ColumnSpec, RegisterFilter, RegisterSpec, equals

# --------------------------------------------------------------------------- ISO 9001 clauses (data)

#: Clauses of TCVN ISO 9001:2015 an audit covers (DOMAIN.md §6.11, customary TCVN wording):
#: (number, title, usually excluded by public agencies). Data, not code: the scope picks from it.
ISO_CLAUSES: tuple[tuple[str, str, bool], ...] = (
    ("4.1", "Hiểu tổ chức và bối cảnh của tổ chức", False),
    ("4.2", "Hiểu nhu cầu và mong đợi của các bên quan tâm", False),
    ("4.3", "Xác định phạm vi của hệ thống quản lý chất lượng", False),
    ("4.4", "Hệ thống quản lý chất lượng và các quá trình của hệ thống", False),
    ("5.1", "Sự lãnh đạo và cam kết", False),
    ("5.2", "Chính sách", False),
    ("5.3", "Vai trò, trách nhiệm và quyền hạn trong tổ chức", False),
    ("6.1", "Hành động giải quyết rủi ro và cơ hội", False),
    ("6.2", "Mục tiêu chất lượng và hoạch định để đạt được mục tiêu", False),
    ("6.3", "Hoạch định các thay đổi", False),
    ("7.1", "Nguồn lực", False),
    ("7.2", "Năng lực", False),
    ("7.3", "Nhận thức", False),
    ("7.4", "Trao đổi thông tin", False),
    ("7.5", "Thông tin dạng văn bản", False),
    ("8.1", "Hoạch định và kiểm soát việc thực hiện", False),
    ("8.2", "Yêu cầu đối với sản phẩm và dịch vụ", False),
    ("8.3", "Thiết kế và phát triển sản phẩm và dịch vụ", True),
    ("8.4", "Kiểm soát quá trình, sản phẩm và dịch vụ do bên ngoài cung cấp", False),
    ("8.5", "Sản xuất và cung cấp dịch vụ", False),
    ("8.6", "Thông qua sản phẩm và dịch vụ", False),
    ("8.7", "Kiểm soát đầu ra không phù hợp", False),
    ("9.1", "Theo dõi, đo lường, phân tích và đánh giá", False),
    ("9.2", "Đánh giá nội bộ", False),
    ("9.3", "Xem xét của lãnh đạo", False),
    ("10.1", "Khái quát", False),
    ("10.2", "Sự không phù hợp và hành động khắc phục", False),
    ("10.3", "Cải tiến liên tục", False),
)
CLAUSE_TITLES: dict[str, str] = {number: title for number, title, _ in ISO_CLAUSES}
#: Clauses in scope by default: all but the customary exclusion (8.3).
DEFAULT_CLAUSES: tuple[str, ...] = tuple(number for number, _, excluded in ISO_CLAUSES if not excluded)
#: Clauses the leadership / ISO office answers for; every other clause is audited in each department.
MANAGEMENT_CLAUSES: frozenset[str] = frozenset(
    {"4.1", "4.2", "4.3", "4.4", "5.1", "5.2", "6.3", "7.1", "8.4", "9.2", "9.3", "10.1", "10.3"})

DEFAULT_CRITERIA = ("Tiêu chuẩn quốc gia TCVN ISO 9001:2015; các tài liệu của Hệ thống quản lý chất lượng "
                    "của cơ quan; các quy định pháp luật có liên quan")


def clause_key(number: str) -> tuple[int, ...]:
    """Sort key of a clause number ("10.2" after "9.3")."""
    try:
        return tuple(int(part) for part in number.split("."))
    except ValueError:
        return (999,)


def clause_label(number: str) -> str:
    """"7.5 Thông tin dạng văn bản"; the number alone when unknown."""
    title = CLAUSE_TITLES.get(number, "")
    return f"{number} {title}".strip()


# --------------------------------------------------------------------------- enums


class FindingKind(LabelledEnum):
    """Loại phát hiện."""

    NONCONFORMITY = "khong_phu_hop", "Không phù hợp"
    OBSERVATION = "luu_y", "Điểm lưu ý"


class NcSource(LabelledEnum):
    """Nguồn phát hiện of a nonconformity (DOMAIN.md §6.3)."""

    INTERNAL_AUDIT = "danh_gia_noi_bo", "Đánh giá nội bộ"
    FEEDBACK = "phan_anh_kien_nghi", "Phản ánh, kiến nghị của tổ chức, công dân"
    MANAGEMENT_REVIEW = "xem_xet_lanh_dao", "Xem xét của lãnh đạo"
    INSPECTION = "kiem_tra_cap_tren", "Kiểm tra của cấp trên / Sở KH&CN"
    SELF_FOUND = "tu_phat_hien", "Tự phát hiện"
    OTHER = "khac", "Khác"


class CauseCategory(LabelledEnum):
    """Nhóm nguyên nhân (a simple fishbone for people who fill the phiếu by hand)."""

    PEOPLE = "con_nguoi", "Con người (năng lực, nhận thức)"
    METHOD = "phuong_phap", "Phương pháp, cách làm"
    DOCUMENT = "tai_lieu", "Tài liệu, quy trình chưa phù hợp"
    EQUIPMENT = "trang_thiet_bi", "Trang thiết bị, phần mềm"
    ENVIRONMENT = "moi_truong", "Môi trường làm việc"
    OTHER = "khac", "Khác"


class NcState(LabelledEnum):
    """Trạng thái of a phiếu: mở → đã xác định nguyên nhân → đang thực hiện → chờ kiểm tra hiệu lực → đóng."""

    OPEN = "mo", "Mở"
    CAUSE_FOUND = "da_xac_dinh_nguyen_nhan", "Đã xác định nguyên nhân"
    IN_PROGRESS = "dang_thuc_hien", "Đang thực hiện"
    AWAITING_CHECK = "cho_kiem_tra_hieu_luc", "Chờ kiểm tra hiệu lực"
    CLOSED = "dong", "Đóng"


_STATE_ORDER = {state: i for i, state in enumerate(NcState)}


class SlotKind(LabelledEnum):
    """A row of the Chương trình: an audit of a department, or the opening / closing meeting."""

    OPENING = "khai_mac", "Họp khai mạc"
    AUDIT = "danh_gia", "Đánh giá"
    CLOSING = "ket_thuc", "Họp kết thúc"


# --------------------------------------------------------------------------- DTOs


@dataclass(frozen=True)
class Auditor:
    """Someone who may sit on an audit team: their department and certificate (people register)."""

    id: int
    full_name: str
    department_id: int | None
    certificate: str = ""

    @property
    def certified(self) -> bool:
        return bool(self.certificate.strip())


@dataclass(frozen=True)
class ScheduleSlot:
    """One row of the Chương trình đánh giá."""

    day: date
    start: time
    end: time
    kind: SlotKind = SlotKind.AUDIT
    department_id: int | None = None  # None for the meetings
    clauses: tuple[str, ...] = ()
    content: str = ""  # quá trình/nội dung beyond the clauses ("Quy trình cấp giấy phép xây dựng")
    auditor_ids: tuple[int, ...] = ()
    representative: str = ""  # đại diện đơn vị được đánh giá
    notes: str = ""
    id: int | None = None

    @property
    def time_text(self) -> str:
        """"Thứ Hai 20/10/2025, 08:00–11:30" without the weekday: "20/10/2025, 08h00–11h30"."""
        return f"{short_date(self.day)}, {self.start:%Hh%M}–{self.end:%Hh%M}"

    @property
    def content_text(self) -> str:
        """Quá trình/nội dung/điều khoản as printed: meetings by name, audits by clause numbers."""
        if self.kind is not SlotKind.AUDIT:
            return self.kind.label
        parts = []
        if self.content:
            parts.append(self.content)
        if self.clauses:
            parts.append("Điều khoản " + ", ".join(sorted(self.clauses, key=clause_key)))
        return "; ".join(parts)


@dataclass(frozen=True)
class AuditRound:
    """Đợt đánh giá nội bộ."""

    id: int | None
    year: int
    start_date: date
    end_date: date
    purpose: str = ("Xác định mức độ phù hợp và hiệu lực của Hệ thống quản lý chất lượng theo TCVN "
                    "ISO 9001:2015; phát hiện các điểm không phù hợp để khắc phục, cải tiến")
    criteria: str = DEFAULT_CRITERIA
    department_ids: tuple[int, ...] = ()
    processes: str = ""  # quá trình, quy trình in scope, as text
    clauses: tuple[str, ...] = DEFAULT_CLAUSES
    leader_id: int | None = None  # trưởng đoàn
    member_ids: tuple[int, ...] = ()  # thành viên (the leader not repeated)
    held: bool = False  # the audit took place
    notes: str = ""
    schedule: tuple[ScheduleSlot, ...] = ()
    number: int = 1  # đợt thứ … of the year
    department_names: tuple[str, ...] = ()  # filled by the service, same order as department_ids

    @property
    def team_ids(self) -> tuple[int, ...]:
        lead = (self.leader_id,) if self.leader_id is not None else ()
        return lead + tuple(i for i in self.member_ids if i != self.leader_id)

    @property
    def title(self) -> str:
        return f"Đợt {self.number} năm {self.year} ({short_date(self.start_date)}–{short_date(self.end_date)})"


@dataclass(frozen=True)
class Finding:
    """A phát hiện of an audit: không phù hợp or điểm lưu ý."""

    id: int | None
    round_id: int
    kind: FindingKind
    department_id: int
    clause: str
    description: str
    found_on: date
    evidence: str = ""
    requirement: str = ""  # yêu cầu không được đáp ứng
    found_by_id: int | None = None
    confirmed_by: str = ""  # đại diện đơn vị xác nhận
    nonconformity_id: int | None = None  # the phiếu raised for it
    department_name: str = ""  # filled by the service
    found_by_name: str = ""
    nonconformity_number: str = ""
    year: int = 0


@dataclass(frozen=True)
class Nonconformity:
    """Phiếu yêu cầu hành động khắc phục (DOMAIN.md §6.3) and its line in the Sổ theo dõi."""

    id: int | None
    year: int
    number: int  # số phiếu within the year
    raised_on: date
    department_id: int
    source: NcSource
    description: str
    requirement: str = ""
    found_by: str = ""  # người phát hiện
    confirmation: str = ""  # xác nhận của đơn vị
    finding_id: int | None = None
    correction: str = ""  # khắc phục tức thời
    cause: str = ""
    cause_category: CauseCategory | None = None
    action: str = ""
    action_owner_id: int | None = None  # người thực hiện
    due_date: date | None = None
    approved_by: str = ""  # phê duyệt của lãnh đạo
    approved_on: date | None = None
    result: str = ""  # kết quả thực hiện
    done_on: date | None = None
    check_by_id: int | None = None
    check_on: date | None = None
    check_passed: bool | None = None
    check_notes: str = ""
    state: NcState = NcState.OPEN
    closed_on: date | None = None
    follow_up: str = ""  # cập nhật rủi ro, cơ hội / thay đổi HTQLCL
    past_attempts: str = ""  # actions that failed their effectiveness check, oldest first
    department_name: str = ""  # filled by the service
    action_owner_name: str = ""
    check_by_name: str = ""

    @property
    def number_text(self) -> str:
        """Số phiếu: "03/2025"."""
        return f"{self.number:02d}/{self.year}"

    def overdue_on(self, today: date) -> bool:
        return is_overdue(self, today)


# --------------------------------------------------------------------------- rules: the round


def working_days(start: date, end: date) -> list[date]:
    """Monday–Friday between the two dates, both included."""
    days, day = [], start
    while day <= end:
        if day.weekday() < 5:
            days.append(day)
        day += timedelta(days=1)
    return days


def validate_round(item: AuditRound, auditors: Mapping[int, Auditor], *,
                   period: tuple[date, date] | None = None,
                   review_date: date | None = None) -> list[FieldProblem]:
    """Problems with a round itself (not its schedule); empty when it can be saved.

    ``auditors`` are the people who may be chosen (id → Auditor); ``period`` the reporting year's
    data period; ``review_date`` the management review the round must come before.
    """
    problems: list[FieldProblem] = []
    if not item.purpose.strip():
        problems.append(FieldProblem("purpose", "required"))
    if item.end_date < item.start_date:
        problems.append(FieldProblem("end_date", "audit_end_before_start"))
    elif (item.end_date - item.start_date).days > 60:
        problems.append(FieldProblem("end_date", "audit_too_long"))
    if period is not None and not (period[0] <= item.start_date and item.end_date <= period[1]):
        problems.append(FieldProblem("start_date", "audit_outside_period",
                                     {"start": period[0], "end": period[1], "year": item.year}))
    if review_date is not None and item.end_date >= review_date:
        problems.append(FieldProblem("end_date", "audit_after_review", {"date": review_date}))
    if not item.department_ids:
        problems.append(FieldProblem("department_ids", "audit_scope_empty"))
    if not item.clauses:
        problems.append(FieldProblem("clauses", "audit_no_clauses"))
    unknown = [c for c in item.clauses if c not in CLAUSE_TITLES]
    if unknown:
        problems.append(FieldProblem("clauses", "unknown_clause", {"value": ", ".join(unknown)}))
    if item.leader_id is None:
        problems.append(FieldProblem("leader_id", "audit_needs_leader"))
    for person_id in item.team_ids:
        person = auditors.get(person_id)
        if person is None:
            problems.append(FieldProblem("member_ids", "not_found"))
        elif not person.certified:
            problems.append(FieldProblem("member_ids", "auditor_not_certified", {"name": person.full_name}))
    return problems


def _overlaps(a: ScheduleSlot, b: ScheduleSlot) -> bool:
    return a.day == b.day and a.start < b.end and b.start < a.end


def check_schedule(item: AuditRound, slots: Sequence[ScheduleSlot], auditors: Mapping[int, Auditor],
                   department_names: Mapping[int, str] | None = None) -> list[FieldProblem]:
    """Every rule of the Chương trình, each a problem with its row (1-based, the TT) and a Vietnamese-explainable code.

    - ``slot_end_before_start``, ``slot_outside_round``: a row's own times;
    - ``slot_needs_department`` / ``slot_needs_auditor``: an audit row without whom or by whom;
    - ``auditor_not_in_team``, ``auditor_not_certified``;
    - ``auditor_own_department``: nobody audits their own department (impartiality, 9.2.2 c);
    - ``auditor_double_booked``: nobody in two places at once;
    - ``department_not_covered``, ``clause_not_covered``: every department and clause in scope audited.
    """
    names = department_names or {}
    problems: list[FieldProblem] = []
    team = set(item.team_ids)
    for row, slot in enumerate(slots, start=1):
        if slot.end <= slot.start:
            problems.append(FieldProblem("end", "slot_end_before_start", row=row))
        if not (item.start_date <= slot.day <= item.end_date):
            problems.append(FieldProblem("day", "slot_outside_round",
                                         {"start": item.start_date, "end": item.end_date}, row=row))
        if slot.kind is SlotKind.AUDIT:
            if slot.department_id is None:
                problems.append(FieldProblem("department_id", "slot_needs_department", row=row))
            if not slot.auditor_ids:
                problems.append(FieldProblem("auditor_ids", "slot_needs_auditor", row=row))
        for person_id in slot.auditor_ids:
            person = auditors.get(person_id)
            name = person.full_name if person else str(person_id)
            if person_id not in team:
                problems.append(FieldProblem("auditor_ids", "auditor_not_in_team", {"name": name}, row=row))
            elif person is not None and not person.certified:
                problems.append(FieldProblem("auditor_ids", "auditor_not_certified", {"name": name}, row=row))
            if (slot.kind is SlotKind.AUDIT and person is not None and slot.department_id is not None
                    and person.department_id == slot.department_id):
                problems.append(FieldProblem("auditor_ids", "auditor_own_department",
                                             {"name": name, "department": names.get(slot.department_id, "")},
                                             row=row))
    # Two places at once: any two overlapping rows sharing an auditor. Sorted sweep per day keeps
    # this near-linear for a full programme.
    ordered = sorted(range(len(slots)), key=lambda i: (slots[i].day, slots[i].start))
    active: list[int] = []
    reported: set[tuple[int, int]] = set()
    for i in ordered:
        current = slots[i]
        active = [j for j in active if slots[j].day == current.day and slots[j].end > current.start]
        for j in active:
            for person_id in set(current.auditor_ids) & set(slots[j].auditor_ids):
                if (i, person_id) in reported:
                    continue
                reported.add((i, person_id))
                person = auditors.get(person_id)
                problems.append(FieldProblem("auditor_ids", "auditor_double_booked",
                                             {"name": person.full_name if person else str(person_id),
                                              "other_row": min(i, j) + 1}, row=max(i, j) + 1))
        active.append(i)
    audited = {s.department_id for s in slots if s.kind is SlotKind.AUDIT}
    for dep in item.department_ids:
        if dep not in audited:
            problems.append(FieldProblem("department_ids", "department_not_covered", {"department": names.get(dep, "")}))
    covered = {c for s in slots if s.kind is SlotKind.AUDIT for c in s.clauses}
    missing = [c for c in item.clauses if c not in covered]
    if missing:
        problems.append(FieldProblem("clauses", "clause_not_covered",
                                     {"value": ", ".join(sorted(missing, key=clause_key))}))
    return problems


# --------------------------------------------------------------------------- the schedule proposer

MORNING = (time(8, 0), time(11, 30))
AFTERNOON = (time(13, 30), time(16, 30))
OPENING = (time(7, 30), time(8, 0))
CLOSING = (time(16, 30), time(17, 0))


def clauses_for_department(department_id: int, clauses: Sequence[str], management_department_id: int | None) -> tuple[str, ...]:
    """The clauses a department answers for: the management clauses in the leadership's office
    (the ISO secretary's department), the process clauses everywhere."""
    owned = [c for c in clauses if c not in MANAGEMENT_CLAUSES or department_id == management_department_id]
    return tuple(sorted(owned, key=clause_key))


def propose_schedule(item: AuditRound, auditors: Mapping[int, Auditor], *,
                     management_department_id: int | None = None) -> list[ScheduleSlot]:
    """A Chương trình the secretary then edits: opening meeting, every department in scope once in a
    half-day with the clauses it owns, the team spread (least-loaded first, never in their own
    department, never in two places), closing meeting on the last day.

    When the round has fewer half-days than departments, several departments are audited in the
    same half-day by different auditors. A department nobody may audit (every team member works
    there) is still listed without auditors: :func:`check_schedule` then says why.
    """
    days = working_days(item.start_date, item.end_date) or [item.start_date]
    halves = [(day, span) for day in days for span in (MORNING, AFTERNOON)]
    team = [i for i in item.team_ids if i in auditors]
    management = management_department_id
    if management is None and item.leader_id is not None and item.leader_id in auditors:
        management = auditors[item.leader_id].department_id
    if management not in item.department_ids:
        management = item.department_ids[0] if item.department_ids else None
    slots: list[ScheduleSlot] = [ScheduleSlot(days[0], *OPENING, kind=SlotKind.OPENING, auditor_ids=tuple(team),
                                              notes="Toàn Đoàn đánh giá và lãnh đạo các đơn vị")]
    load = {i: 0 for i in team}
    busy: set[tuple[int, int]] = set()  # (half-day index, auditor)
    n = len(item.department_ids)
    per_half = max(1, -(-n // len(halves)))
    # Each auditor works alone on a department; with a large team two go together.
    pair = len(team) >= 2 * per_half and len(team) >= 4
    for k, dep in enumerate(item.department_ids):
        preferred = min(len(halves) - 1, k * len(halves) // max(n, 1))
        chosen_half = preferred
        chosen: list[int] = []
        for offset in range(len(halves)):
            h = (preferred + offset) % len(halves)
            free = sorted((i for i in team if (h, i) not in busy and auditors[i].department_id != dep),
                          key=lambda i: (load[i], team.index(i)))
            if free:
                chosen_half, chosen = h, free[: 2 if pair else 1]
                break
        for i in chosen:
            busy.add((chosen_half, i))
            load[i] += 1
        day, (start, end) = halves[chosen_half]
        slots.append(ScheduleSlot(day, start, end, kind=SlotKind.AUDIT, department_id=dep,
                                  clauses=clauses_for_department(dep, item.clauses, management),
                                  auditor_ids=tuple(chosen)))
    slots.append(ScheduleSlot(days[-1], *CLOSING, kind=SlotKind.CLOSING, auditor_ids=tuple(team),
                              notes="Toàn Đoàn đánh giá và lãnh đạo các đơn vị"))
    head, tail = slots[:1], slots[-1:]
    body = sorted(slots[1:-1], key=lambda s: (s.day, s.start, item.department_ids.index(s.department_id or 0)
                                              if s.department_id in item.department_ids else 0))
    return head + body + tail


# --------------------------------------------------------------------------- rules: findings


def validate_finding(item: Finding, round_: AuditRound) -> list[FieldProblem]:
    """A finding must name its department (in scope), clause, description, and fall inside the round."""
    problems: list[FieldProblem] = []
    if not item.description.strip():
        problems.append(FieldProblem("description", "required"))
    if not item.clause.strip():
        problems.append(FieldProblem("clause", "required"))
    elif item.clause not in CLAUSE_TITLES:
        problems.append(FieldProblem("clause", "unknown_clause", {"value": item.clause}))
    if item.department_id not in round_.department_ids:
        problems.append(FieldProblem("department_id", "finding_department_not_in_scope"))
    if not (round_.start_date <= item.found_on <= round_.end_date):
        problems.append(FieldProblem("found_on", "finding_outside_round",
                                     {"start": round_.start_date, "end": round_.end_date}))
    if item.kind is FindingKind.NONCONFORMITY and not item.requirement.strip() and not item.clause.strip():
        problems.append(FieldProblem("requirement", "required"))
    return problems


# --------------------------------------------------------------------------- rules: the phiếu


def validate_nonconformity(item: Nonconformity) -> list[FieldProblem]:
    """Fields of a phiếu, whatever its state; the state's own needs are :func:`state_requirements`."""
    problems: list[FieldProblem] = []
    if not item.description.strip():
        problems.append(FieldProblem("description", "required"))
    if item.due_date is not None and item.due_date < item.raised_on:
        problems.append(FieldProblem("due_date", "due_before_raised", {"date": item.raised_on}))
    if item.done_on is not None and item.done_on < item.raised_on:
        problems.append(FieldProblem("done_on", "done_before_raised", {"date": item.raised_on}))
    if item.check_on is not None and item.done_on is not None and item.check_on < item.done_on:
        problems.append(FieldProblem("check_on", "check_before_done", {"date": item.done_on}))
    if item.number < 1:
        problems.append(FieldProblem("number", "number_out_of_range"))
    problems.extend(state_requirements(item))
    return problems


def state_requirements(item: Nonconformity) -> list[FieldProblem]:
    """What a phiếu needs to be in its state (each state keeps the needs of the ones before)."""
    problems: list[FieldProblem] = []
    order = _STATE_ORDER[item.state]
    if order >= _STATE_ORDER[NcState.CAUSE_FOUND] and not item.cause.strip():
        problems.append(FieldProblem("cause", "nc_needs_cause"))
    if order >= _STATE_ORDER[NcState.IN_PROGRESS]:
        if not item.action.strip():
            problems.append(FieldProblem("action", "nc_needs_action"))
        if item.action_owner_id is None:
            problems.append(FieldProblem("action_owner_id", "nc_needs_owner"))
        if item.due_date is None:
            problems.append(FieldProblem("due_date", "nc_needs_due_date"))
    if order >= _STATE_ORDER[NcState.AWAITING_CHECK] and not item.result.strip():
        problems.append(FieldProblem("result", "nc_needs_result"))
    if item.state is NcState.CLOSED:
        problems.extend(closing_problems(item))
    return problems


def closing_problems(item: Nonconformity) -> list[FieldProblem]:
    """Why a phiếu cannot be closed: an effectiveness check marked đạt, by someone other than the
    person who carried out the action, is required (ISO 9001 10.2.1 d)."""
    problems: list[FieldProblem] = []
    if item.check_passed is not True or item.check_by_id is None or item.check_on is None:
        problems.append(FieldProblem("check_passed", "nc_close_without_check"))
    elif item.check_by_id == item.action_owner_id:
        problems.append(FieldProblem("check_by_id", "nc_checker_is_owner"))
    return problems


def next_state(item: Nonconformity) -> NcState | None:
    """The state after ``item.state`` (None once closed)."""
    states = list(NcState)
    at = states.index(item.state)
    return states[at + 1] if at + 1 < len(states) else None


def advance(item: Nonconformity, on: date) -> Nonconformity:
    """The phiếu moved one state on (closing sets ``closed_on``); the caller validates the result."""
    target = next_state(item)
    if target is None:
        return item
    return replace(item, state=target, closed_on=on if target is NcState.CLOSED else item.closed_on)


def record_check(item: Nonconformity, *, checker_id: int, on: date, passed: bool, notes: str,
                 new_action: str = "", new_due: date | None = None) -> Nonconformity:
    """The effectiveness check: đạt closes the phiếu; không đạt sends it back to "đang thực hiện"
    with a new action and deadline, the failed attempt kept in ``past_attempts``."""
    if passed:
        return replace(item, check_by_id=checker_id, check_on=on, check_passed=True, check_notes=notes,
                       state=NcState.CLOSED, closed_on=on)
    attempt = (f"{short_date(on)}: hành động “{item.action}” — kết quả “{item.result}” — "
               f"kiểm tra hiệu lực không đạt: {notes}".strip())
    past = f"{item.past_attempts}\n{attempt}".strip()
    return replace(item, past_attempts=past, action=new_action, due_date=new_due, result="", done_on=None,
                   check_by_id=checker_id, check_on=on, check_passed=False, check_notes=notes,
                   state=NcState.IN_PROGRESS, closed_on=None)


def validate_failed_check(item: Nonconformity, new_action: str, new_due: date | None, on: date) -> list[FieldProblem]:
    """Sending a phiếu back needs a new action and a deadline not before the check."""
    problems: list[FieldProblem] = []
    if not new_action.strip():
        problems.append(FieldProblem("action", "nc_needs_new_action"))
    if new_due is None:
        problems.append(FieldProblem("due_date", "nc_needs_due_date"))
    elif new_due < on:
        problems.append(FieldProblem("due_date", "due_before_check", {"date": on}))
    return problems


def is_overdue(item: Nonconformity, today: date) -> bool:
    """Open with its deadline passed (a phiếu waiting for its check is done, not overdue)."""
    return (item.state in (NcState.OPEN, NcState.CAUSE_FOUND, NcState.IN_PROGRESS)
            and item.due_date is not None and item.due_date < today)


def state_text(item: Nonconformity, today: date) -> str:
    """Trạng thái as the register prints it: "Đang thực hiện (quá hạn)"."""
    return item.state.label + (" (quá hạn)" if is_overdue(item, today) else "")


# --------------------------------------------------------------------------- the report's summary


@dataclass(frozen=True)
class FindingCount:
    """Số điểm không phù hợp / lưu ý of one department or clause."""

    key: str
    nonconformities: int
    observations: int


def summarise(findings: Sequence[Finding], *, by: str) -> list[FindingCount]:
    """Counts per department name (``by="department"``) or clause (``by="clause"``), computed from the findings."""
    counts: dict[str, list[int]] = {}
    for f in findings:
        key = f.department_name if by == "department" else f.clause
        bucket = counts.setdefault(key, [0, 0])
        bucket[0 if f.kind is FindingKind.NONCONFORMITY else 1] += 1
    keys = sorted(counts, key=clause_key if by == "clause" else fold)
    return [FindingCount(k, counts[k][0], counts[k][1]) for k in keys]


# --------------------------------------------------------------------------- registers

_F = "FindingsTableModel"
_N = "NonconformitiesTableModel"

#: How a finding's type is written in a file (the first text of each type is what isodesk writes).
_KIND_CHOICES: dict[str, object] = {FindingKind.NONCONFORMITY.label: FindingKind.NONCONFORMITY,
                                    FindingKind.OBSERVATION.label: FindingKind.OBSERVATION,
                                    "Điểm không phù hợp": FindingKind.NONCONFORMITY, "KPH": FindingKind.NONCONFORMITY,
                                    "Lưu ý": FindingKind.OBSERVATION, "Khuyến nghị": FindingKind.OBSERVATION}

FINDINGS_SPEC = RegisterSpec(
    key="audit_findings",
    title="DANH SÁCH PHÁT HIỆN ĐÁNH GIÁ NỘI BỘ",
    sheet_name="Phát hiện đánh giá",
    print_title="DANH SÁCH CÁC ĐIỂM KHÔNG PHÙ HỢP VÀ ĐIỂM LƯU Ý",
    screen_title=QT_TRANSLATE_NOOP("RegisterSpec", "Audit findings"),
    context=_F,
    columns=(
        ColumnSpec("department_name", "Đơn vị/bộ phận", required=True, width=24,
                   header=QT_TRANSLATE_NOOP("FindingsTableModel", "Department"), print_width=34),
        ColumnSpec("clause", "Điều khoản", required=True, width=10, align=Align.CENTER,
                   header=QT_TRANSLATE_NOOP("FindingsTableModel", "Clause"), print_width=16,
                   sort=lambda f: clause_key(f.clause)),
        ColumnSpec("kind", "Loại", ColumnKind.CHOICE, width=14, choices=_KIND_CHOICES,
                   header=QT_TRANSLATE_NOOP("FindingsTableModel", "Type"), print_width=22),
        ColumnSpec("description", "Nội dung phát hiện", required=True, width=48,
                   header=QT_TRANSLATE_NOOP("FindingsTableModel", "Finding"), print_width=70),
        ColumnSpec("evidence", "Bằng chứng", width=28,
                   header=QT_TRANSLATE_NOOP("FindingsTableModel", "Evidence"), print_width=40),
        ColumnSpec("requirement", "Yêu cầu không được đáp ứng", width=24,
                   header=QT_TRANSLATE_NOOP("FindingsTableModel", "Requirement not met")),
        ColumnSpec("found_by_name", "Người phát hiện", width=18,
                   header=QT_TRANSLATE_NOOP("FindingsTableModel", "Found by"), print_width=28),
        ColumnSpec("found_on", "Ngày", ColumnKind.DATE, align=Align.CENTER,
                   header=QT_TRANSLATE_NOOP("FindingsTableModel", "Date"), print_width=20),
        ColumnSpec("confirmed_by", "Xác nhận của đơn vị", width=18,
                   header=QT_TRANSLATE_NOOP("FindingsTableModel", "Confirmed by")),
        ColumnSpec("nonconformity_number", "Số phiếu", width=10, align=Align.CENTER,
                   header=QT_TRANSLATE_NOOP("FindingsTableModel", "Form no.")),
    ),
    screen=("department_name", "clause", "kind", "description", "evidence", "found_by_name", "found_on",
            "nonconformity_number"),
    printed=("department_name", "clause", "kind", "description", "evidence", "found_by_name", "found_on"),
    search_text=lambda f: fold(f"{f.department_name} {f.clause} {f.description} {f.evidence}"),
    filters=(RegisterFilter("kind", equals("kind")), RegisterFilter("round_id", equals("round_id"))),
)
"""Phát hiện of the internal audits, declared once for screen, Excel and paper."""


def _register_state(item: Nonconformity) -> str:
    return state_text(item, date.today())


_CLAUSE_IN_TEXT = re.compile(r"(?<![\d.])(10\.[1-3]|[4-9]\.\d)(?![\d])")


def clause_in(text: str) -> str:
    """The first ISO 9001 clause (two levels) named in a requirement ("TCVN ISO 9001:2015 điều 6.2.1 b"
    → "6.2"); "" when none."""
    match = _CLAUSE_IN_TEXT.search(text or "")
    return match.group(1) if match and match.group(1) in CLAUSE_TITLES else ""


def match_clause(text: str) -> str | None:
    """A clause typed in a file, by number ("7.5", "7.5.1" → "7.5", "Điều 7.5") or by title
    ("Thông tin dạng văn bản"); None when it names no clause of TCVN ISO 9001:2015."""
    folded = fold(text).strip().rstrip(".")
    for prefix in ("dieu khoan ", "dieu "):
        folded = folded.removeprefix(prefix)
    parts = folded.split(".")
    if all(p.isdigit() for p in parts) and len(parts) >= 2:
        number = ".".join(str(int(p)) for p in parts[:2])
        return number if number in CLAUSE_TITLES else None
    for number, title in CLAUSE_TITLES.items():
        if folded in (fold(title), fold(f"{number} {title}")):
            return number
    return None


_SOURCE_CHOICES: dict[str, object] = {source.label: source for source in NcSource}
_SOURCE_CHOICES.update({"Phản ánh, kiến nghị": NcSource.FEEDBACK, "Kiểm tra của cấp trên": NcSource.INSPECTION,
                        "Sở KH&CN": NcSource.INSPECTION})

NONCONFORMITIES_SPEC = RegisterSpec(
    key="nonconformities",
    title="SỔ THEO DÕI SỰ KHÔNG PHÙ HỢP",
    sheet_name="Sổ theo dõi KPH",
    print_title="SỔ THEO DÕI SỰ KHÔNG PHÙ HỢP",
    screen_title=QT_TRANSLATE_NOOP("RegisterSpec", "Nonconformities"),
    context=_N,
    columns=(
        # Blank in a file of new findings: the phiếu is numbered in its year on import.
        ColumnSpec("number_text", "Số phiếu", width=10, align=Align.CENTER,
                   header=QT_TRANSLATE_NOOP("NonconformitiesTableModel", "Form no."), print_width=18,
                   sort=lambda n: (n.year, n.number)),
        ColumnSpec("raised_on", "Ngày", ColumnKind.DATE, required=True, align=Align.CENTER,
                   aliases=("Ngày phát hiện", "Ngày lập phiếu"),
                   header=QT_TRANSLATE_NOOP("NonconformitiesTableModel", "Date"), print_width=20),
        ColumnSpec("department_name", "Đơn vị", required=True, width=22, aliases=("Đơn vị/bộ phận", "Bộ phận"),
                   header=QT_TRANSLATE_NOOP("NonconformitiesTableModel", "Department"), print_width=32),
        ColumnSpec("description", "Nội dung không phù hợp", required=True, width=50,
                   aliases=("Mô tả sự không phù hợp", "Nội dung phát hiện"),
                   header=QT_TRANSLATE_NOOP("NonconformitiesTableModel", "Nonconformity"), print_width=70),
        ColumnSpec("due_date", "Hạn", ColumnKind.DATE, align=Align.CENTER, aliases=("Thời hạn", "Thời hạn hoàn thành"),
                   header=QT_TRANSLATE_NOOP("NonconformitiesTableModel", "Due"), print_width=20),
        ColumnSpec("state", "Trạng thái", width=20, get=_register_state,
                   sort=lambda n: _STATE_ORDER[n.state],
                   header=QT_TRANSLATE_NOOP("NonconformitiesTableModel", "State"), print_width=28),
        ColumnSpec("closed_on", "Ngày đóng", ColumnKind.DATE, align=Align.CENTER,
                   header=QT_TRANSLATE_NOOP("NonconformitiesTableModel", "Closed on"), print_width=20),
        ColumnSpec("source", "Nguồn phát hiện", ColumnKind.CHOICE, width=20, choices=_SOURCE_CHOICES,
                   header=QT_TRANSLATE_NOOP("NonconformitiesTableModel", "Source")),
        ColumnSpec("clause", "Điều khoản", width=10, align=Align.CENTER, get=lambda n: clause_in(n.requirement),
                   header=QT_TRANSLATE_NOOP("NonconformitiesTableModel", "Clause")),
        ColumnSpec("requirement", "Yêu cầu không được đáp ứng", width=30,
                   aliases=("Yêu cầu/điều khoản không đáp ứng", "Yêu cầu không đáp ứng"),
                   header=QT_TRANSLATE_NOOP("NonconformitiesTableModel", "Requirement not met")),
        ColumnSpec("found_by", "Người phát hiện", width=18,
                   header=QT_TRANSLATE_NOOP("NonconformitiesTableModel", "Found by")),
    ),
    screen=("number_text", "raised_on", "department_name", "description", "due_date", "state", "closed_on", "source"),
    printed=("number_text", "raised_on", "department_name", "description", "due_date", "state", "closed_on"),
    search_text=lambda n: fold(f"{n.number_text} {n.department_name} {n.description}"),
    filters=(RegisterFilter("state", equals("state")), RegisterFilter("source", equals("source")),
             RegisterFilter("year", equals("year"))),
)
"""Sổ theo dõi sự không phù hợp (DOMAIN.md §6.3), declared once for screen, Excel and paper."""


# --------------------------------------------------------------------------- the checklist (phiếu ghi chép)

#: What the auditor looks at for each clause (Nội dung kiểm tra of the phiếu ghi chép), after the
#: clause's customary TCVN title (DOMAIN.md §6.11). Data, so an agency's wording can replace it.
CHECK_POINTS: dict[str, str] = {
    "4.1": "Việc xác định, theo dõi các vấn đề bên ngoài và nội bộ liên quan đến HTQLCL",
    "4.2": "Việc xác định các bên quan tâm và yêu cầu của họ (tổ chức, công dân, cơ quan cấp trên)",
    "4.3": "Phạm vi áp dụng HTQLCL đã công bố; lĩnh vực, TTHC thuộc phạm vi; điều khoản không áp dụng",
    "4.4": "Các quá trình của HTQLCL, trình tự, tương tác và trách nhiệm thực hiện",
    "5.1": "Sự tham gia, chỉ đạo của lãnh đạo; việc hướng vào tổ chức, công dân",
    "5.2": "Chính sách chất lượng được ban hành, phổ biến và thấu hiểu",
    "5.3": "Việc phân công vai trò, trách nhiệm và quyền hạn trong HTQLCL",
    "6.1": "Việc nhận diện, đánh giá rủi ro, cơ hội và thực hiện biện pháp giải quyết",
    "6.2": "Mục tiêu chất lượng của đơn vị (đo lường được), kế hoạch và kết quả thực hiện",
    "6.3": "Việc hoạch định, kiểm soát các thay đổi đối với HTQLCL",
    "7.1": "Nguồn lực: con người, cơ sở hạ tầng, môi trường làm việc, thiết bị, tri thức",
    "7.2": "Năng lực của công chức thực hiện công việc; đào tạo, bồi dưỡng",
    "7.3": "Nhận thức của công chức về chính sách, mục tiêu chất lượng và đóng góp của mình",
    "7.4": "Việc trao đổi thông tin nội bộ và với bên ngoài",
    "7.5": "Kiểm soát tài liệu (phiên bản hiện hành, phân phối) và hồ sơ (lập, lưu trữ, thời hạn lưu)",
    "8.1": "Việc hoạch định và kiểm soát thực hiện các quá trình theo quy trình đã ban hành",
    "8.2": "Việc công khai, hướng dẫn yêu cầu về hồ sơ, thời hạn, phí, lệ phí của TTHC",
    "8.3": "Việc thiết kế và phát triển sản phẩm, dịch vụ (nếu áp dụng)",
    "8.4": "Kiểm soát quá trình, dịch vụ do bên ngoài cung cấp",
    "8.5": "Việc tiếp nhận, giải quyết, trả kết quả hồ sơ đúng quy trình và thời hạn; phiếu kiểm soát quá trình",
    "8.6": "Việc kiểm tra, phê duyệt kết quả trước khi trả cho tổ chức, công dân",
    "8.7": "Việc nhận biết, xử lý hồ sơ, kết quả không phù hợp (quá hạn, sai sót)",
    "9.1": "Việc theo dõi, đo lường, khảo sát sự hài lòng; phân tích, đánh giá dữ liệu",
    "9.2": "Việc lập kế hoạch, chương trình và thực hiện đánh giá nội bộ",
    "9.3": "Việc tổ chức xem xét của lãnh đạo và thực hiện các quyết định sau xem xét",
    "10.1": "Việc xác định và lựa chọn cơ hội cải tiến",
    "10.2": "Việc xử lý sự không phù hợp, hành động khắc phục và kiểm tra hiệu lực",
    "10.3": "Việc cải tiến liên tục sự phù hợp và hiệu lực của HTQLCL",
}

CHECKLIST_TITLE = "PHIẾU GHI CHÉP ĐÁNH GIÁ NỘI BỘ"
#: TT | Điều khoản | Nội dung kiểm tra | Bằng chứng | Kết quả (Phù hợp / Không phù hợp / Lưu ý), the
#: result split in three boxes to tick by hand (DOMAIN.md §6.2).
CHECKLIST_COLUMNS = ("TT", "Điều khoản", "Nội dung kiểm tra", "Bằng chứng", "Kết quả")
CHECKLIST_RESULTS = ("Phù hợp", "Không phù hợp", "Lưu ý")
#: Default mã biểu mẫu when the agency has registered no form of its own for it.
CHECKLIST_FORM_CODE = "BM.ĐGNB.02"
CORRECTIVE_FORM_CODE = "BM.KPH.01"
#: The clause a procedure row is checked against: an internal procedure runs the work (8.1), a TTHC
#: procedure delivers the service to citizens (8.5).
PROCEDURE_CLAUSE = "8.1"
TTHC_CLAUSE = "8.5"


@dataclass(frozen=True)
class ChecklistItem:
    """One row of the phiếu ghi chép: the clause and what to check (evidence and result are handwritten)."""

    clause: str
    content: str


@dataclass(frozen=True)
class Checklist:
    """The phiếu ghi chép of one department in one round."""

    round: AuditRound
    department_id: int
    department_name: str
    auditors: tuple[str, ...]
    items: tuple[ChecklistItem, ...]
    day: date | None = None  # the programme's day for the department (None when not programmed)
    time_text: str = ""
    representative: str = ""


def department_clauses(item: AuditRound, department_id: int, management_department_id: int | None) -> tuple[str, ...]:
    """The clauses a department is audited on: those of its rows in the programme, else the ones it
    owns by default (:func:`clauses_for_department`); clauses outside the round's scope never."""
    scheduled = {c for slot in item.schedule if slot.kind is SlotKind.AUDIT and slot.department_id == department_id
                 for c in slot.clauses if c in item.clauses}
    if scheduled:
        return tuple(sorted(scheduled, key=clause_key))
    return clauses_for_department(department_id, item.clauses, management_department_id)


def checklist_items(clauses: Sequence[str], procedures: Sequence[tuple[str, str, bool]],
                    tthc_groups: Sequence[tuple[str, int]]) -> list[ChecklistItem]:
    """The rows of a phiếu ghi chép: one per clause ("Thông tin dạng văn bản: kiểm soát tài liệu …"),
    then one per procedure the department owns (``(code, title, is a TTHC procedure)``, checked
    against 8.5 when it delivers a TTHC, 8.1 otherwise), then one per TTHC lĩnh vực it
    handles (``(lĩnh vực, number of TTHC)``)."""
    rows = [ChecklistItem(c, f"{CLAUSE_TITLES.get(c, '')}: {CHECK_POINTS.get(c, '')}".strip(": "))
            for c in sorted(clauses, key=clause_key)]
    for code, title, tthc in procedures:
        rows.append(ChecklistItem(TTHC_CLAUSE if tthc else PROCEDURE_CLAUSE,
                                  f"Thực hiện {code} {title}: đúng trình tự, biểu mẫu; hồ sơ được lập và lưu"))
    for field_name, count in tthc_groups:
        rows.append(ChecklistItem(TTHC_CLAUSE, f"Giải quyết TTHC lĩnh vực {field_name} ({count} thủ tục): tiếp nhận, "
                                               f"thời hạn giải quyết, phiếu kiểm soát quá trình, trả kết quả"))
    return rows


# --------------------------------------------------------------------------- Excel import of the register

#: Columns an import reads; "Trạng thái" and "Ngày đóng" are the phiếu's workflow, never typed in:
#: an imported phiếu opens "Mở" and walks its states in isodesk.
IMPORTED_COLUMNS = ("number_text", "raised_on", "department_name", "description", "due_date", "source", "clause",
                    "requirement", "found_by")


def parse_number(text: str) -> tuple[int, int | None] | None:
    """Số phiếu as typed: "03/2025" → (3, 2025), "3" → (3, None); None when it is not one."""
    match = re.fullmatch(r"\s*0*(\d{1,4})\s*(?:/\s*(\d{4}))?\s*", text or "")
    if match is None or int(match.group(1)) < 1:
        return None
    return int(match.group(1)), int(match.group(2)) if match.group(2) else None


# --------------------------------------------------------------------------- links of a phiếu

#: Clauses whose nonconformities usually mean revising one of the five system procedures (mô hình khung):
#: clause → the folded title words of the procedure.
_SYSTEM_PROCEDURE_OF_CLAUSE: dict[str, str] = {
    "7.5": "kiem soat thong tin dang van ban", "9.2": "danh gia noi bo", "8.7": "su khong phu hop",
    "10.2": "su khong phu hop", "6.1": "rui ro va co hoi", "9.3": "xem xet cua lanh dao",
}


@dataclass(frozen=True)
class NcDocumentLink:
    """An internal document a phiếu required to revise, and the revision opened for it."""

    id: int | None
    nonconformity_id: int
    document_id: int
    revision_id: int | None
    linked_on: date


@dataclass(frozen=True)
class DocumentChoice:
    """An internal document as the link chooser needs it (no dependency on the documents module's DTOs)."""

    id: int
    code: str
    title: str
    department_name: str = ""
    procedure: bool = True  # a quy trình (system, internal or TTHC), not a form or a guide


def suggest_document(item: Nonconformity, documents: Sequence[DocumentChoice]) -> int | None:
    """The document a phiếu most likely requires to revise: one whose code is named in its texts, else
    the system procedure of its clause ("7.5" → kiểm soát thông tin dạng văn bản), else the first
    procedure of its department; None when nothing fits."""
    text = fold(" ".join((item.requirement, item.description, item.cause, item.action)))
    tokens = {word.strip(",.;:()") for word in text.split()}
    named = [d for d in documents if d.code and fold(d.code) in tokens]
    if named:
        return max(named, key=lambda d: len(d.code)).id
    clause = clause_in(item.requirement)
    words = _SYSTEM_PROCEDURE_OF_CLAUSE.get(clause)
    if words:
        found = [d for d in documents if d.procedure and words in fold(d.title)]
        if found:
            return found[0].id
    own = [d for d in documents if d.procedure and d.department_name and d.department_name == item.department_name]
    return own[0].id if own else None
