"""The management review (xem xét của lãnh đạo, ISO 9001:2015 clause 9.3; DOMAIN.md §6.4).

A reporting year has one or more meetings. Each meeting considers the inputs of 9.3.2 (a–f), assembled
from the modules' contributions by key (never another module's tables), and decides the outputs of
9.3.3 as an action table (cơ hội cải tiến, thay đổi HTQLCL, nguồn lực). An action left open is the
next year's input a).

Pure Python: enums, frozen DTOs, validation and the assembly of the input blocks.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, time

from isodesk.domain.contributions import Figure, YearContributions
from isodesk.domain.errors import FieldProblem
from isodesk.domain.formatting import format_number, short_date
from isodesk.domain.labelled import LabelledEnum


class ActionKind(LabelledEnum):
    """The three outputs of clause 9.3.3."""

    IMPROVEMENT = "cai_tien", "Cơ hội cải tiến"
    QMS_CHANGE = "thay_doi", "Thay đổi HTQLCL (kể cả công bố lại)"
    RESOURCES = "nguon_luc", "Nhu cầu nguồn lực"


class ActionStatus(LabelledEnum):
    OPEN = "dang_thuc_hien", "Đang thực hiện"
    CLOSED = "hoan_thanh", "Hoàn thành"


@dataclass(frozen=True)
class ReviewAction:
    """One row of the decisions table: TT | Nội dung/quyết định | Đơn vị, người thực hiện | Thời hạn | Ghi chú."""

    id: int | None
    meeting_id: int | None
    content: str
    kind: ActionKind = ActionKind.IMPROVEMENT
    responsible: str = ""
    deadline: date | None = None
    notes: str = ""
    status: ActionStatus = ActionStatus.OPEN
    closed_on: date | None = None
    position: int = 0
    year: int = 0  # the meeting's reporting year (filled when read)

    @property
    def is_open(self) -> bool:
        return self.status is ActionStatus.OPEN


@dataclass(frozen=True)
class Meeting:
    """One management-review meeting of a reporting year."""

    id: int | None
    year: int
    held_on: date
    start: time
    end: time | None = None
    place: str = ""
    chair_id: int | None = None
    secretary_id: int | None = None
    attendee_ids: tuple[int, ...] = ()
    notes: str = ""
    minutes_issued: bool = False
    actions: tuple[ReviewAction, ...] = ()
    chair_name: str = ""
    secretary_name: str = ""
    attendee_names: tuple[str, ...] = ()


# --------------------------------------------------------------------------- validation

def validate_meeting(m: Meeting) -> list[FieldProblem]:
    """Every problem of a meeting (codes translated in ui/error_messages.py)."""
    problems: list[FieldProblem] = []
    if not m.place.strip():
        problems.append(FieldProblem("place", "required"))
    if m.chair_id is None:
        problems.append(FieldProblem("chair_id", "required"))
    if m.secretary_id is None:
        problems.append(FieldProblem("secretary_id", "required"))
    if m.chair_id is not None and m.chair_id == m.secretary_id:
        problems.append(FieldProblem("secretary_id", "review_chair_is_secretary"))
    if m.end is not None and m.end <= m.start:
        problems.append(FieldProblem("end", "review_end_before_start",
                                     {"start": m.start.strftime("%H:%M"), "end": m.end.strftime("%H:%M")}))
    if m.year < 1990 or m.year > 2200:
        problems.append(FieldProblem("year", "year_out_of_range", {"value": m.year}))
    return problems


def validate_action(a: ReviewAction, meeting_day: date) -> list[FieldProblem]:
    """Problems of one action of a meeting held on ``meeting_day``."""
    problems: list[FieldProblem] = []
    if not a.content.strip():
        problems.append(FieldProblem("content", "required"))
    if a.deadline is not None and a.deadline < meeting_day:
        problems.append(FieldProblem("deadline", "review_deadline_before_meeting",
                                     {"deadline": short_date(a.deadline), "meeting": short_date(meeting_day)}))
    if a.status is ActionStatus.CLOSED and a.closed_on is None:
        problems.append(FieldProblem("closed_on", "required"))
    if a.closed_on is not None and a.closed_on < meeting_day:
        problems.append(FieldProblem("closed_on", "review_closed_before_meeting",
                                     {"closed": short_date(a.closed_on), "meeting": short_date(meeting_day)}))
    return problems


# --------------------------------------------------------------------------- the inputs 9.3.2

@dataclass(frozen=True)
class InputSpec:
    """One input block: its letter, heading, and the contribution keys that feed it."""

    letter: str
    title: str
    figures: tuple[str, ...] = ()
    texts: tuple[str, ...] = ()


INPUT_SPECS: tuple[InputSpec, ...] = (
    InputSpec("a", "Tình trạng của các hành động từ các lần xem xét của lãnh đạo trước"),
    InputSpec("b", "Những thay đổi về các vấn đề bên ngoài và nội bộ liên quan đến HTQLCL",
              ("agency.reorganisations", "tthc.added", "tthc.amended", "tthc.abolished_in_period", "risks.total",
               "legal.external_in_force",
               "legal.external_not_in_force", "documents.internal_in_force"),
              ("report.scope",)),
    InputSpec("c1", "Sự thỏa mãn của khách hàng (tổ chức, công dân) và thông tin phản hồi từ các bên quan tâm liên quan",
              ("satisfaction.satisfied_rate", "satisfaction.very_satisfied_rate", "satisfaction.dissatisfied_rate"),
              ("report.satisfaction",)),
    InputSpec("c2", "Mức độ đạt được các mục tiêu chất lượng",
              ("objectives.total", "objectives.achieved", "objectives.achieved_rate"), ("report.objectives",)),
    InputSpec("c3", "Kết quả thực hiện quá trình và sự phù hợp của sản phẩm và dịch vụ (kết quả giải quyết TTHC, hồ sơ quá hạn)",
              ("tthc.on_time_rate", "tthc.late_rate", "tthc.online_rate"), ("report.tthc_results",)),
    InputSpec("c4", "Sự không phù hợp và hành động khắc phục",
              ("nc.open", "nc.closed", "nc.overdue"), ()),
    InputSpec("c5", "Kết quả theo dõi và đo lường",
              ("documents.records", "records.total"), ("report.documents",)),
    InputSpec("c6", "Kết quả đánh giá (nội bộ, kiểm tra của Sở KH&CN)",
              ("audit.rounds", "audit.nonconformities", "audit.observations"), ("report.internal_audit",)),
    InputSpec("c7", "Kết quả thực hiện của nhà cung cấp bên ngoài"),
    InputSpec("d", "Sự thỏa đáng của các nguồn lực"),
    InputSpec("e", "Hiệu lực của các hành động được thực hiện để giải quyết rủi ro và cơ hội (xem 6.1)",
              ("risks.evaluated", "risks.effective", "risks.effective_rate", "risks.actions_overdue"),
              ("report.risks",)),
    InputSpec("f", "Các cơ hội cải tiến", ("opportunities.total",)),
)


@dataclass(frozen=True)
class InputBlock:
    """An assembled input: the figures found and the proposed Vietnamese text quoting them."""

    letter: str
    title: str
    figures: tuple[Figure, ...] = ()
    text: str = ""
    has_data: bool = False


def _figure_line(f: Figure) -> str:
    extra = ""
    if f.numerator is not None and f.denominator is not None:
        extra = f" ({format_number(f.numerator)}/{format_number(f.denominator)})"
    return f"- {f.label}: {f.text}{extra}."


def _usable(f: Figure) -> bool:
    """A rate over nothing (0/0) is no data: quoting "0,00%" would invent a result."""
    return not (f.denominator == 0)


def _actions_text(previous: Sequence[ReviewAction]) -> str:
    if not previous:
        return ""
    lines = [f"Các hành động từ cuộc họp xem xét trước: {len(previous)}, trong đó "
             f"{sum(1 for a in previous if not a.is_open)} đã hoàn thành, "
             f"{sum(1 for a in previous if a.is_open)} đang thực hiện."]
    for a in previous:
        state = (f"hoàn thành ngày {short_date(a.closed_on)}" if not a.is_open and a.closed_on
                 else "đang thực hiện" + (f", thời hạn {short_date(a.deadline)}" if a.deadline else ""))
        lines.append(f"- {a.content} ({a.responsible or 'chưa giao'}): {state}.")
    return "\n".join(lines)


def assemble_inputs(contributions: YearContributions,
                    previous_actions: Iterable[ReviewAction] = ()) -> list[InputBlock]:
    """The 9.3.2 input blocks, in order, each quoting the figures and texts the modules offered.

    A block without any figure or text says so ("Chưa có số liệu …"); nothing is invented.
    """
    figures = contributions.figures
    texts = contributions.texts
    previous = list(previous_actions)
    out: list[InputBlock] = []
    for spec in INPUT_SPECS:
        if spec.letter == "a":
            body = _actions_text(previous)
            out.append(InputBlock(spec.letter, spec.title, (),
                                  body or "Chưa có số liệu: không có hành động nào từ cuộc họp xem xét trước.",
                                  bool(body)))
            continue
        found = tuple(figures[k] for k in spec.figures if k in figures and _usable(figures[k]))
        prose = [texts[k].text.strip() for k in spec.texts if k in texts and texts[k].text.strip()]
        lines = [_figure_line(f) for f in found] + prose
        if lines:
            out.append(InputBlock(spec.letter, spec.title, found, "\n".join(lines), True))
        else:
            out.append(InputBlock(spec.letter, spec.title, (),
                                  f"Chưa có số liệu về {spec.title[0].lower() + spec.title[1:]} trong năm "
                                  f"{contributions.year}.", False))
    return out


#: The heading printed once above the sub-items 1)–7) of input c).
C_HEADING = ("c) Thông tin về kết quả thực hiện và hiệu lực của HTQLCL, bao gồm cả xu hướng về:")


def block_heading(letter: str, title: str) -> str:
    """The printed heading of a block: "a) …", and "1) …" for the sub-items of c) (under C_HEADING)."""
    if letter.startswith("c") and len(letter) > 1:
        return f"{letter[1:]}) {title}"
    return f"{letter}) {title}"


@dataclass(frozen=True)
class ReviewSummary:
    """Counts for the cycle and the home screen."""

    meetings: int = 0
    actions_open: int = 0
    actions_closed: int = 0
    meetings_list: tuple[Meeting, ...] = field(default_factory=tuple)
