"""Risks and opportunities (ISO 9001:2015 clauses 4.1, 4.2 and 6.1): the yearly register.

The seed (DOMAIN.md §2.3, Phụ lục 2 of Hà Tĩnh 2024) shows the practice: one table per year,
"Bảng nhận diện, đánh giá, giải quyết rủi ro và cơ hội", with three Roman-numbered groups
(internal factors, external factors, needs and expectations of interested parties), one row per
issue or process with its expected impact, the risk level marked in one of three columns (Thấp ·
Cao · Rất cao), the opportunity it opens, the actions, the target set and notes. A row may be a
risk, an opportunity or both (the seed's first row is both), so the kind is a value of its own and
an opportunity is never "a risk with a flag".

A risk's level is chosen directly or computed from khả năng xảy ra × mức độ ảnh hưởng through a
3 × 3 matrix that is data (:class:`RiskMatrix`, stored in the settings), not code.

Pure Python: enums, frozen DTOs, the rules and the register declaration.
"""

from __future__ import annotations

import enum
import json
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Final

from isodesk.domain.contributions import AppendixRow, AppendixTable
from isodesk.domain.core import default_period
from isodesk.domain.errors import FieldProblem
from isodesk.domain.formatting import fold, short_date
from isodesk.domain.i18n import QT_TRANSLATE_NOOP
from isodesk.domain.labelled import LabelledEnum
from isodesk.domain.tabular import Align, ColumnKind, ColumnSpec, RegisterFilter, RegisterSpec, equals

# --------------------------------------------------------------------------- enums


class RiskGroup(str, enum.Enum):
    """The three Roman-numbered groups of Phụ lục 2, in their printed order."""

    INTERNAL = "noi_bo"
    EXTERNAL = "ben_ngoai"
    INTERESTED_PARTIES = "cac_ben_quan_tam"

    @property
    def heading(self) -> str:
        """The group row verbatim (DOMAIN.md §2.3): ``"I. DO CÁC YẾU TỐ NỘI BỘ"``."""
        return GROUP_HEADINGS[self]

    @property
    def roman(self) -> str:
        return ("I", "II", "III")[list(RiskGroup).index(self)]

    @classmethod
    def from_text(cls, text: str) -> RiskGroup | None:
        """Read a group from a heading row or a cell ("I. DO CÁC YẾU TỐ NỘI BỘ", "Nội bộ", "III")."""
        key = fold(text).strip(" .")
        if not key:
            return None
        for group in cls:
            heading = fold(group.heading)
            if key in (heading, group.value.replace("_", " "), group.value, fold(GROUP_SHORT[group]),
                       group.roman.lower()) or key.startswith(heading):
                return group
        if "noi bo" in key:
            return cls.INTERNAL
        if "ben ngoai" in key:
            return cls.EXTERNAL
        if "quan tam" in key or "mong doi" in key:
            return cls.INTERESTED_PARTIES
        return None


GROUP_HEADINGS: Final = {
    RiskGroup.INTERNAL: "I. DO CÁC YẾU TỐ NỘI BỘ",
    RiskGroup.EXTERNAL: "II. CÁC YẾU TỐ BÊN NGOÀI",
    RiskGroup.INTERESTED_PARTIES: "III. NHU CẦU VÀ MONG ĐỢI CÁC BÊN QUAN TÂM",
}
GROUP_SHORT: Final = {
    RiskGroup.INTERNAL: "Nội bộ",
    RiskGroup.EXTERNAL: "Bên ngoài",
    RiskGroup.INTERESTED_PARTIES: "Các bên quan tâm",
}


class EntryKind(LabelledEnum):
    """What a row of the register is: a risk, an opportunity, or both (as the seed's first row)."""

    RISK = "rui_ro", "Rủi ro"
    OPPORTUNITY = "co_hoi", "Cơ hội"
    BOTH = "ca_hai", "Rủi ro và cơ hội"

    @property
    def has_risk(self) -> bool:
        return self is not EntryKind.OPPORTUNITY

    @property
    def has_opportunity(self) -> bool:
        return self is not EntryKind.RISK


class RiskLevel(LabelledEnum):
    """Mức độ rủi ro: the three columns under "Rủi ro" of Phụ lục 2."""

    LOW = "thap", "Thấp"
    HIGH = "cao", "Cao"
    VERY_HIGH = "rat_cao", "Rất cao"

    @property
    def rank(self) -> int:
        return list(RiskLevel).index(self)

    @classmethod
    def from_text(cls, text: str) -> RiskLevel | None:
        key = fold(text)
        for level in cls:
            if key in (fold(level.label), level.value.replace("_", " "), level.value):
                return level
        return None



#: Khả năng xảy ra and mức độ ảnh hưởng are graded 1–3; their names as forms write them.
LIKELIHOOD_LABELS: Final = {1: "Hiếm khi", 2: "Có thể xảy ra", 3: "Thường xuyên"}
SEVERITY_LABELS: Final = {1: "Nhỏ", 2: "Trung bình", 3: "Nghiêm trọng"}


class ActionStatus(LabelledEnum):
    """Tình trạng of one action (hành động để giải quyết)."""

    PLANNED = "chua_thuc_hien", "Chưa thực hiện"
    IN_PROGRESS = "dang_thuc_hien", "Đang thực hiện"
    DONE = "hoan_thanh", "Hoàn thành"
    CANCELLED = "huy_bo", "Hủy bỏ"

    @property
    def open(self) -> bool:
        return self in (ActionStatus.PLANNED, ActionStatus.IN_PROGRESS)


class Effectiveness(LabelledEnum):
    """Year-end evaluation of an entry's treatment (hiệu lực)."""

    ACHIEVED = "dat", "Đạt"
    NOT_ACHIEVED = "chua_dat", "Chưa đạt"


class EntryStatus(LabelledEnum):
    """An entry is followed through the year, or closed as no longer relevant."""

    OPEN = "dang_theo_doi", "Đang theo dõi"
    CLOSED = "da_dong", "Đã đóng"


#: Source kinds of the link point: what raised or updated an entry (the audit module fills it).
SOURCE_KINDS: Final = ("nonconformity", "audit_finding", "management_review")

#: Due soon: an open action whose deadline is within this many days.
DUE_SOON_DAYS: Final = 30

# --------------------------------------------------------------------------- the matrix


@dataclass(frozen=True)
class RiskMatrix:
    """Level of a risk by khả năng xảy ra (rows, 1–3) × mức độ ảnh hưởng (columns, 1–3).

    Data, not code: the default below is what most guides use; an agency changes it in the settings
    (stored as JSON under :data:`MATRIX_SETTING`).
    """

    cells: tuple[tuple[RiskLevel, RiskLevel, RiskLevel], ...]

    def __post_init__(self) -> None:
        if len(self.cells) != 3 or any(len(row) != 3 for row in self.cells):
            raise ValueError("a risk matrix has 3 × 3 cells")

    def level(self, likelihood: int, severity: int) -> RiskLevel:
        """The level of a risk graded ``likelihood`` × ``severity`` (each 1–3)."""
        return self.cells[likelihood - 1][severity - 1]

    def to_text(self) -> str:
        return json.dumps([[c.value for c in row] for row in self.cells])

    @classmethod
    def from_text(cls, text: str) -> RiskMatrix:
        """The matrix stored as :meth:`to_text` wrote it; the default for an empty or broken value."""
        try:
            rows = json.loads(text)
            return cls(tuple(tuple(RiskLevel(v) for v in row) for row in rows))  # type: ignore[misc]  # a 3×3 tuple built from rows already checked
        except (ValueError, TypeError):
            return DEFAULT_MATRIX


DEFAULT_MATRIX: Final = RiskMatrix((
    (RiskLevel.LOW, RiskLevel.LOW, RiskLevel.HIGH),
    (RiskLevel.LOW, RiskLevel.HIGH, RiskLevel.VERY_HIGH),
    (RiskLevel.HIGH, RiskLevel.VERY_HIGH, RiskLevel.VERY_HIGH),
))
MATRIX_SETTING: Final = "risks.matrix"

# --------------------------------------------------------------------------- DTOs


@dataclass(frozen=True)
class RiskAction:
    """One hành động để giải quyết rủi ro, cơ hội: what, who, by when, how far."""

    id: int | None
    what: str
    who: str = ""  # người/bộ phận thực hiện, as written
    deadline: date | None = None
    status: ActionStatus = ActionStatus.PLANNED
    done_on: date | None = None

    def overdue(self, today: date) -> bool:
        return self.status.open and self.deadline is not None and self.deadline < today

    def due_soon(self, today: date) -> bool:
        return (self.status.open and self.deadline is not None
                and 0 <= (self.deadline - today).days <= DUE_SOON_DAYS)

    @property
    def line(self) -> str:
        """The action as the Phụ lục writes it: "- what (who; hạn dd/mm/yyyy)"."""
        extra = "; ".join(x for x in (self.who, f"hạn {short_date(self.deadline)}" if self.deadline else "") if x)
        return f"- {self.what}" + (f" ({extra})" if extra else "")


@dataclass(frozen=True)
class Evaluation:
    """Year-end evaluation of the treatment of one entry (what the management review quotes)."""

    result: Effectiveness
    observed: str  # what was observed (bằng chứng, kết quả)
    evaluated_by: str
    evaluated_on: date


@dataclass(frozen=True)
class RiskEntry:
    """One row of the register of one reporting year."""

    id: int | None
    year: int
    group: RiskGroup
    issue: str  # vấn đề/quá trình
    kind: EntryKind = EntryKind.RISK
    impact: str = ""  # nhận định tác động dự kiến
    level: RiskLevel | None = None  # for a risk: chosen, or computed from likelihood × severity
    likelihood: int | None = None  # 1–3
    severity: int | None = None  # 1–3
    opportunity: str = ""  # for an opportunity: the benefit (column "Cơ hội")
    target: str = ""  # mục tiêu đề ra
    notes: str = ""
    position: int = 0  # order within the group (TT)
    department_id: int | None = None
    procedure_id: int | None = None  # an internal document (quy trình)
    tthc_field: str = ""  # lĩnh vực TTHC
    actions: tuple[RiskAction, ...] = ()
    evaluation: Evaluation | None = None
    status: EntryStatus = EntryStatus.OPEN
    needs_review: bool = False  # "rà soát lại": carried from last year and not yet looked at
    carried_from_id: int | None = None
    source_kind: str | None = None  # link point: "nonconformity", "audit_finding", …
    source_id: int | None = None
    department_name: str = ""  # filled by the service
    procedure_label: str = ""  # filled by the service

    def overdue_actions(self, today: date) -> tuple[RiskAction, ...]:
        return tuple(a for a in self.actions if a.overdue(today))

    def is_overdue(self, today: date) -> bool:
        return any(a.overdue(today) for a in self.actions)

    @property
    def level_label(self) -> str:
        return self.level.label if self.level is not None and self.kind.has_risk else ""

    @property
    def actions_text(self) -> str:
        return "\n".join(a.line for a in self.actions)

    @property
    def next_deadline(self) -> date | None:
        dates = [a.deadline for a in self.actions if a.status.open and a.deadline is not None]
        return min(dates) if dates else None

    @property
    def effectiveness_text(self) -> str:
        return self.evaluation.result.label if self.evaluation else ""

    @property
    def linked_to(self) -> str:
        return "; ".join(x for x in (self.department_name, self.procedure_label, self.tthc_field) if x)


@dataclass(frozen=True)
class CarryResult:
    """What carrying last year's register forward wrote."""

    year: int
    from_year: int
    carried: int
    skipped_closed: int
    ids: tuple[int, ...] = ()


# --------------------------------------------------------------------------- rules


def year_start(year: int) -> date:
    """First day of the reporting year's period (15/12 of the year before, NĐ 09/2019)."""
    return default_period(year)[0]


def resolved_level(entry: RiskEntry, matrix: RiskMatrix) -> RiskLevel | None:
    """The level to store: the one chosen, else the matrix's for likelihood × severity."""
    if not entry.kind.has_risk:
        return entry.level
    if entry.likelihood is not None and entry.severity is not None:
        if 1 <= entry.likelihood <= 3 and 1 <= entry.severity <= 3:
            return matrix.level(entry.likelihood, entry.severity)
    return entry.level


def clean_entry(entry: RiskEntry, matrix: RiskMatrix = DEFAULT_MATRIX) -> RiskEntry:
    """Collapse blanks of one-line fields, strip the texts and compute the level from the matrix."""

    def tidy(text: str) -> str:
        return " ".join(text.split())

    actions = tuple(replace(a, what=a.what.strip(), who=tidy(a.who)) for a in entry.actions)
    cleaned = replace(entry, issue=entry.issue.strip(), impact=entry.impact.strip(),
                      opportunity=entry.opportunity.strip(), target=entry.target.strip(), notes=entry.notes.strip(),
                      tthc_field=tidy(entry.tthc_field), actions=actions)
    return replace(cleaned, level=resolved_level(cleaned, matrix))


def validate_entry(entry: RiskEntry) -> list[FieldProblem]:
    """Problems with one entry; empty when it can be saved (messages in ui/error_messages.py)."""
    problems: list[FieldProblem] = []
    if not entry.issue.strip():
        problems.append(FieldProblem("issue", "required"))
    for name, value in (("likelihood", entry.likelihood), ("severity", entry.severity)):
        if value is not None and not 1 <= value <= 3:
            problems.append(FieldProblem(name, "out_of_range", {"min": 1, "max": 3, "value": value}))
    if (entry.likelihood is None) != (entry.severity is None):
        problems.append(FieldProblem("likelihood" if entry.likelihood is None else "severity", "matrix_needs_both"))
    if entry.kind.has_risk:
        if entry.level is None:
            problems.append(FieldProblem("level", "risk_needs_level"))
    elif entry.level is not None or entry.likelihood is not None:
        problems.append(FieldProblem("level", "level_without_risk"))
    if entry.kind.has_opportunity and not entry.opportunity.strip():
        problems.append(FieldProblem("opportunity", "opportunity_needs_benefit"))
    if (entry.source_kind is None) != (entry.source_id is None) or (
            entry.source_kind is not None and entry.source_kind not in SOURCE_KINDS):
        problems.append(FieldProblem("source", "bad_source_link"))
    start = year_start(entry.year)
    for number, action in enumerate(entry.actions, start=1):
        if not action.what.strip():
            problems.append(FieldProblem("actions", "action_needs_content", {"line": number}))
        if action.deadline is not None and action.deadline < start:
            problems.append(FieldProblem("actions", "action_before_year",
                                         {"line": number, "value": action.deadline, "start": start}))
        if action.status is ActionStatus.DONE and action.done_on is None:
            problems.append(FieldProblem("actions", "action_done_needs_date", {"line": number}))
    if entry.evaluation is not None:
        problems.extend(validate_evaluation(entry.evaluation, entry.year))
    return problems


def validate_evaluation(evaluation: Evaluation, year: int) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    if not evaluation.observed.strip():
        problems.append(FieldProblem("observed", "required"))
    if not evaluation.evaluated_by.strip():
        problems.append(FieldProblem("evaluated_by", "required"))
    if evaluation.evaluated_on < year_start(year):
        problems.append(FieldProblem("evaluated_on", "evaluation_before_year",
                                     {"value": evaluation.evaluated_on, "start": year_start(year)}))
    return problems


def sort_entries(entries: Sequence[RiskEntry]) -> list[RiskEntry]:
    order = {g: i for i, g in enumerate(RiskGroup)}
    return sorted(entries, key=lambda e: (order[e.group], e.position, e.id or 0))


def group_entries(entries: Sequence[RiskEntry]) -> list[tuple[RiskGroup, list[RiskEntry]]]:
    """Entries under the three groups, in the printed order; every group is listed, even empty."""
    ordered = sort_entries(entries)
    return [(g, [e for e in ordered if e.group is g]) for g in RiskGroup]


def carried_entry(entry: RiskEntry, year: int) -> RiskEntry:
    """Last year's entry as the start of ``year``'s: marked "rà soát lại", not evaluated, its open
    actions carried without a deadline from the past year, its finished actions left behind."""
    actions = tuple(replace(a, id=None, status=ActionStatus.PLANNED, done_on=None,
                            deadline=None if a.deadline is None or a.deadline < year_start(year) else a.deadline)
                    for a in entry.actions if a.status.open)
    return replace(entry, id=None, year=year, actions=actions, evaluation=None, status=EntryStatus.OPEN,
                   needs_review=True, carried_from_id=entry.id, source_kind=None, source_id=None)


def content_signature(entry: RiskEntry) -> tuple[object, ...]:
    """What makes two years' entries "the same" for the not-reviewed check (years and ids aside)."""
    return (entry.group, fold(entry.issue), fold(entry.impact), entry.kind, entry.level, fold(entry.opportunity),
            tuple(fold(a.what) for a in entry.actions), fold(entry.target))


def same_register(this_year: Sequence[RiskEntry], last_year: Sequence[RiskEntry]) -> bool:
    """True when this year's register repeats last year's, row for row (never reviewed)."""
    if not this_year or not last_year:
        return False
    return sorted(map(_sig_key, this_year)) == sorted(map(_sig_key, last_year))


def _sig_key(entry: RiskEntry) -> str:
    return repr(content_signature(entry))


# --------------------------------------------------------------------------- Phụ lục 2

APPENDIX_KEY: Final = "risks.register"
#: Column headings of Phụ lục 2 verbatim; " / " separates a parent heading from its sub-heading
#: (two header rows: "Rủi ro" over "Thấp", "Cao", "Rất cao").
APPENDIX_COLUMNS: Final = (
    "TT", "Vấn đề/quá trình", "Nhận định tác động dự kiến", "Rủi ro / Thấp", "Rủi ro / Cao", "Rủi ro / Rất cao",
    "Cơ hội", "Hành động để giải quyết rủi ro, cơ hội", "Mục tiêu đề ra", "Ghi chú",
)
#: Widths in millimetres on landscape A4 (297 − 20 − 15 = 262 mm of text width less a margin).
APPENDIX_WIDTHS: Final = (10.0, 36.0, 38.0, 13.0, 13.0, 16.0, 30.0, 50.0, 30.0, 18.0)


def appendix_title(agency: str) -> str:
    return f"Bảng nhận diện, đánh giá, giải quyết rủi ro và cơ hội của {agency}".strip()


def appendix_cells(number: int, entry: RiskEntry) -> tuple[str, ...]:
    """One row of Phụ lục 2: the level's marker in its own column (the seed writes "Thấp" under Thấp)."""
    marks = ["", "", ""]
    if entry.kind.has_risk and entry.level is not None:
        marks[entry.level.rank] = entry.level.label
    return (str(number), entry.issue, entry.impact, *marks, entry.opportunity if entry.kind.has_opportunity else "",
            entry.actions_text, entry.target, entry.notes)


# --------------------------------------------------------------------------- register spec

_CTX = "RisksTableModel"


def _level_col(level: RiskLevel, header: str) -> ColumnSpec:
    return ColumnSpec(f"level_{level.value}", level.label, group="Rủi ro", width=8, header=header,
                      get=lambda e: e.level.label if e.level is level and e.kind.has_risk else "",
                      sort=lambda e: (e.level is level,), align=Align.CENTER, print_width=13)


RISKS_SPEC = RegisterSpec(
    key="risks",
    title="BẢNG NHẬN DIỆN, ĐÁNH GIÁ, GIẢI QUYẾT RỦI RO VÀ CƠ HỘI",
    sheet_name="Rủi ro và cơ hội",
    print_title="BẢNG NHẬN DIỆN, ĐÁNH GIÁ, GIẢI QUYẾT RỦI RO VÀ CƠ HỘI",
    screen_title=QT_TRANSLATE_NOOP("RegisterSpec", "Risks and opportunities"),
    context=_CTX,
    columns=(
        ColumnSpec("issue", "Vấn đề/quá trình", required=True, aliases=("Vấn đề", "Quá trình", "Vấn đề, quá trình"),
                   width=40, header=QT_TRANSLATE_NOOP("RisksTableModel", "Issue / process"), print_width=36),
        ColumnSpec("impact", "Nhận định tác động dự kiến", aliases=("Tác động dự kiến", "Nhận định tác động"),
                   width=40, header=QT_TRANSLATE_NOOP("RisksTableModel", "Expected impact"), print_width=40),
        _level_col(RiskLevel.LOW, QT_TRANSLATE_NOOP("RisksTableModel", "Low")),
        _level_col(RiskLevel.HIGH, QT_TRANSLATE_NOOP("RisksTableModel", "High")),
        _level_col(RiskLevel.VERY_HIGH, QT_TRANSLATE_NOOP("RisksTableModel", "Very high")),
        ColumnSpec("opportunity", "Cơ hội", width=26, header=QT_TRANSLATE_NOOP("RisksTableModel", "Opportunity"),
                   print_width=30),
        ColumnSpec("actions", "Hành động để giải quyết rủi ro, cơ hội",
                   aliases=("Hành động giải quyết", "Biện pháp xử lý", "Hành động"), width=40,
                   header=QT_TRANSLATE_NOOP("RisksTableModel", "Actions"), get=lambda e: e.actions_text,
                   print_width=54),
        ColumnSpec("target", "Mục tiêu đề ra", aliases=("Mục tiêu",), width=30,
                   header=QT_TRANSLATE_NOOP("RisksTableModel", "Target"), print_width=30),
        ColumnSpec("notes", "Ghi chú", width=18, header=QT_TRANSLATE_NOOP("RisksTableModel", "Notes"), print_width=20),
        ColumnSpec("group", "Nhóm", aliases=("Nhóm yếu tố",), width=16,
                   header=QT_TRANSLATE_NOOP("RisksTableModel", "Group"), get=lambda e: GROUP_SHORT[e.group],
                   sort=lambda e: list(RiskGroup).index(e.group)),
    ),
    extra_columns=(
        ColumnSpec("kind", "Loại", width=15, header=QT_TRANSLATE_NOOP("RisksTableModel", "Kind"),
                   get=lambda e: e.kind.label, sort=lambda e: list(EntryKind).index(e.kind)),
        ColumnSpec("level", "Mức độ rủi ro", width=12, header=QT_TRANSLATE_NOOP("RisksTableModel", "Risk level"),
                   get=lambda e: e.level_label, sort=lambda e: (e.level is not None, e.level.rank if e.level else 0),
                   align=Align.CENTER),
        ColumnSpec("next_deadline", "Thời hạn", ColumnKind.DATE, width=14,
                   header=QT_TRANSLATE_NOOP("RisksTableModel", "Next deadline"), get=lambda e: e.next_deadline,
                   align=Align.CENTER),
        ColumnSpec("effectiveness", "Hiệu lực", width=10,
                   header=QT_TRANSLATE_NOOP("RisksTableModel", "Effectiveness"), get=lambda e: e.effectiveness_text,
                   align=Align.CENTER),
        ColumnSpec("state", "Tình trạng", width=14, header=QT_TRANSLATE_NOOP("RisksTableModel", "State"),
                   get=lambda e: ("Rà soát lại" if e.needs_review else e.status.label)),
    ),
    screen=("group", "issue", "kind", "level", "opportunity", "actions", "next_deadline", "effectiveness", "state"),
    printed=("issue", "impact", f"level_{RiskLevel.LOW.value}", f"level_{RiskLevel.HIGH.value}",
             f"level_{RiskLevel.VERY_HIGH.value}", "opportunity", "actions", "target", "notes"),
    search_text=lambda e: fold(f"{e.issue} {e.impact} {e.opportunity} {e.target} {e.actions_text} {e.linked_to}"),
    filters=(RegisterFilter("group", equals("group")), RegisterFilter("kind", equals("kind")),
             RegisterFilter("level", equals("level")),
             RegisterFilter("overdue", lambda e, today: e.is_overdue(today))),
    grouping=lambda rows: [(g.heading, items) for g, items in group_entries(rows)],
)
"""Bảng nhận diện, đánh giá, giải quyết rủi ro và cơ hội (Phụ lục 2, DOMAIN.md §2.3), for screen, Excel and paper."""


@dataclass(frozen=True)
class RiskMapCell:
    """Count of open risks of one level in one group, with their ids (clicking opens them)."""

    group: RiskGroup
    level: RiskLevel
    ids: tuple[int, ...] = field(default_factory=tuple)

    @property
    def count(self) -> int:
        return len(self.ids)


def risk_map(entries: Sequence[RiskEntry]) -> list[RiskMapCell]:
    """Level × group counts of the risks (closed entries aside), groups in order, low to very high."""
    return [RiskMapCell(g, lv, tuple(e.id for e in entries if e.group is g and e.level is lv and e.kind.has_risk
                                     and e.status is EntryStatus.OPEN and e.id is not None))
            for g in RiskGroup for lv in RiskLevel]


def risk_appendix_table(entries: Sequence[RiskEntry], agency: str, module: str = "risks") -> AppendixTable:
    """Phụ lục 2 of the year (DOMAIN.md §2.3), built once: the plan's appendix and the annual report's.

    The three group rows always stand (an empty group is printed empty, as agencies do); closed
    entries are left out; TT restarts at 1 under each group as in the seed.
    """
    rows: list[AppendixRow] = []
    for group, items in group_entries([e for e in entries if e.status is EntryStatus.OPEN]):
        rows.append(AppendixRow((group.heading,), group=True))
        rows.extend(AppendixRow(appendix_cells(n, e)) for n, e in enumerate(items, start=1))
    return AppendixTable(APPENDIX_KEY, appendix_title(agency), APPENDIX_COLUMNS, tuple(rows), module, landscape=True)
