"""Administrative procedures (TTHC), the scope of the QMS (phạm vi áp dụng) and its công bố decisions.

The scope of a public agency's QMS is, on the provincial principle, 100 % of the TTHC it is competent
for plus its internal activities (DOMAIN.md §1.1). The province publishes, amends and abolishes TTHC
by Quyết định công bố danh mục TTHC of the UBND tỉnh; every such change alters the scope, and
Khoản 3 Điều 4 QĐ 19/2014/QĐ-TTg then requires a new Quyết định công bố lại (DOMAIN.md §7 rule 7).
The công bố must also follow the Quyết định ban hành of the document set it certifies (§7 rule 6).

Pure Python: enums, frozen DTOs and the warning rules; the rules take plain values so they are
tested without a database.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date

from isodesk.domain.errors import FieldProblem
from isodesk.domain.formatting import fold, format_percent, short_date
from isodesk.domain.i18n import QT_TRANSLATE_NOOP
from isodesk.domain.labelled import LabelledEnum
from isodesk.domain.legal import NO_FIELD_GROUP, LegalStatus
from isodesk.domain.tabular import Align, ColumnKind, ColumnSpec, RegisterFilter, RegisterSpec, equals, same_text


class TthcStatus(LabelledEnum):
    """Tình trạng of a TTHC in the province's catalogue."""

    IN_FORCE = "ap_dung", "Đang áp dụng"  # áp dụng (công bố mới)
    AMENDED = "sua_doi", "Sửa đổi, bổ sung"  # sửa đổi, bổ sung: still in force
    ABOLISHED = "bai_bo", "Bãi bỏ"

    @property
    def in_force(self) -> bool:
        return self is not TthcStatus.ABOLISHED


class TthcEventKind(LabelledEnum):
    """What a provincial decision did to one TTHC."""

    ADDED = "added", "Công bố mới"  # công bố mới / bổ sung
    AMENDED = "amended", "Sửa đổi, bổ sung"  # sửa đổi, bổ sung
    ABOLISHED = "abolished", "Bãi bỏ"  # bãi bỏ


class AnnouncementKind(LabelledEnum):
    """Công bố (first announcement) or công bố lại (after a change of scope)."""

    ANNOUNCE = "cong_bo", "Công bố"
    REANNOUNCE = "cong_bo_lai", "Công bố lại"


class ScopeChangeKind(str, enum.Enum):
    """A change of the QMS scope that calls for công bố lại."""

    TTHC_ADDED = "tthc_added"
    TTHC_AMENDED = "tthc_amended"
    TTHC_ABOLISHED = "tthc_abolished"
    FIELD_ADDED = "field_added"
    FIELD_REMOVED = "field_removed"


_EVENT_TO_CHANGE = {
    TthcEventKind.ADDED: ScopeChangeKind.TTHC_ADDED,
    TthcEventKind.AMENDED: ScopeChangeKind.TTHC_AMENDED,
    TthcEventKind.ABOLISHED: ScopeChangeKind.TTHC_ABOLISHED,
}

#: Cấp of a TTHC as the province's danh mục writes it (free text; offered in the box).
KNOWN_LEVELS: tuple[str, ...] = ("Cấp xã", "Cấp tỉnh", "Cấp huyện", "Liên thông", "Cấp trung ương")


# --------------------------------------------------------------------------- DTOs


@dataclass(frozen=True)
class Tthc:
    """One administrative procedure of the agency's catalogue."""

    id: int | None
    code: str  # mã TTHC on the national database: "1.001193.000.00.00.H12", "2.000748"
    name: str
    field: str = ""  # lĩnh vực: "Hộ tịch"
    level: str = ""  # cấp: "Cấp xã"
    decision_ref: str = ""  # số ký hiệu of the UBND tỉnh QĐ công bố danh mục: "1295/QĐ-UBND"
    decision_date: date | None = None
    status: TthcStatus = TthcStatus.IN_FORCE
    status_date: date | None = None  # date of the last event (added / amended / abolished)
    procedure_id: int | None = None  # the internal procedure (quy trình giải quyết) that covers it
    procedure_label: str = ""  # filled by the service: "QT-HT-01 Đăng ký khai sinh"
    notes: str = ""

    @property
    def decision_text(self) -> str:
        """"1295/QĐ-UBND ngày 24/6/2022" (the citation style of the report's section b)."""
        if not self.decision_ref:
            return ""
        when = f" ngày {short_date(self.decision_date)}" if self.decision_date else ""
        return f"{self.decision_ref}{when}"


@dataclass(frozen=True)
class TthcEvent:
    """One line of a TTHC's status history: which provincial decision did what, when."""

    id: int | None
    tthc_id: int
    on: date
    kind: TthcEventKind
    decision_ref: str = ""
    decision_date: date | None = None
    note: str = ""


@dataclass(frozen=True)
class CoverageFigure:
    """How many TTHC in force are covered by a procedure (quy trình giải quyết TTHC)."""

    covered: int
    total: int
    uncovered: tuple[Tthc, ...] = ()
    #: ids of the uncovered TTHC that were amended after their procedure's revision in force took
    #: effect: they have a procedure, but it must be revised ("cần sửa đổi quy trình").
    needs_revision: tuple[int, ...] = ()

    @property
    def percent_text(self) -> str:
        """Computed from counts, two decimals, decimal comma (DOMAIN.md §7 rule 3): "95,50%"."""
        return format_percent(self.covered, self.total)

    @property
    def complete(self) -> bool:
        return self.covered == self.total


@dataclass(frozen=True)
class ScopeField:
    """A lĩnh vực in the QMS scope from ``added_on`` until ``removed_on`` (exclusive)."""

    id: int | None
    name: str
    added_on: date
    removed_on: date | None = None
    notes: str = ""

    def active_on(self, day: date) -> bool:
        return self.added_on <= day and (self.removed_on is None or day < self.removed_on)


@dataclass(frozen=True)
class ConformityAnnouncement:
    """A QĐ công bố / công bố lại of the register with the scope it announced (snapshot)."""

    id: int | None
    register_document_id: int
    kind: AnnouncementKind
    announced_on: date | None  # the decision's date (None while it is an unsigned draft)
    reference: str  # "82/QĐ-UBND ngày 06/8/2020"
    scope_date: date  # the day the scope was taken as of
    fields: tuple[str, ...]
    tthc_count: int  # TTHC in force on scope_date
    tthc_covered: int  # of which covered by a procedure (as linked when the snapshot was taken)
    document_set_id: int | None = None  # the QĐ ban hành hệ thống tài liệu it relies on
    document_set_reference: str = ""
    document_set_date: date | None = None
    issued: bool = False  # the register row is issued (numbered and dated)


@dataclass(frozen=True)
class ScopeChange:
    """One change of the scope, for the "công bố lại needed" warning."""

    on: date
    kind: ScopeChangeKind
    label: str  # "2.000748 Đăng ký khai sinh" or the field's name
    record_id: int | None = None  # tthc id or scope_field id


@dataclass(frozen=True)
class DecisionCount:
    """A provincial decision and how many TTHC in force it is the source of."""

    reference: str  # "1295/QĐ-UBND"
    decision_date: date | None
    count: int

    @property
    def text(self) -> str:
        when = f" ngày {short_date(self.decision_date)}" if self.decision_date else ""
        return f"{self.reference}{when}"


@dataclass(frozen=True)
class TthcSummary:
    """What section b) of the annual report says about TTHC (DOMAIN.md §2.2, §2.4).

    ``procedures_by_kind`` is empty when the internal-documents module has no kind column to count.
    """

    year: int
    period_start: date
    period_end: date
    in_force: int  # TTHC thuộc thẩm quyền at period end
    decisions: tuple[DecisionCount, ...]  # the UBND tỉnh decisions they come from, oldest first
    added: int  # in the period
    amended: int
    abolished: int
    covered: int  # TTHC in force at period end with a procedure
    scope_fields: tuple[str, ...]  # lĩnh vực in scope at period end
    announcements_in_period: tuple[ConformityAnnouncement, ...]
    last_announcement: ConformityAnnouncement | None  # the latest issued one up to period end
    procedures_by_kind: tuple[tuple[str, int], ...] = ()

    @property
    def decisions_text(self) -> str:
        """"1295/QĐ-UBND ngày 24/6/2022; 769/QĐ-UBND ngày 02/3/2021" — the "tại các Quyết định" list."""
        return "; ".join(d.text for d in self.decisions)


# --------------------------------------------------------------------------- cleaning & validation


def normalize_tthc_code(code: str) -> str:
    """Mã TTHC as stored: no blanks, upper case letters ("1.001193.000.00.00.h12 " → "1.001193.000.00.00.H12")."""
    return "".join(code.split()).upper()


def clean_tthc(item: Tthc) -> Tthc:
    """Tidy the text fields of a TTHC before validation."""

    def tidy(text: str) -> str:
        return " ".join(text.split())

    return replace(item, code=normalize_tthc_code(item.code), name=tidy(item.name), field=tidy(item.field),
                   level=tidy(item.level), decision_ref=tidy(item.decision_ref), notes=item.notes.strip())


def validate_tthc(item: Tthc) -> list[FieldProblem]:
    """Problems with one TTHC; empty when it can be saved."""
    problems: list[FieldProblem] = []
    if not item.code:
        problems.append(FieldProblem("code", "required"))
    elif len(item.code) > 40:
        problems.append(FieldProblem("code", "too_long", {"max_length": 40, "length": len(item.code)}))
    if not item.name.strip():
        problems.append(FieldProblem("name", "required"))
    if item.decision_date is not None and not item.decision_ref:
        problems.append(FieldProblem("decision_ref", "decision_needs_number"))
    return problems


def validate_event(on: date, decision_ref: str, decision_date: date | None, previous: date | None) -> list[FieldProblem]:
    """Problems with a new amend/abolish event; ``previous`` is the date of the TTHC's last event."""
    problems: list[FieldProblem] = []
    if previous is not None and on < previous:
        problems.append(FieldProblem("on", "event_before_previous", {"previous": previous}))
    if decision_date is not None and not decision_ref.strip():
        problems.append(FieldProblem("decision_ref", "decision_needs_number"))
    return problems


def validate_scope_field(name: str, added_on: date, removed_on: date | None) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    if not name.strip():
        problems.append(FieldProblem("name", "required"))
    if removed_on is not None and removed_on <= added_on:
        problems.append(FieldProblem("removed_on", "removed_before_added"))
    return problems


# --------------------------------------------------------------------------- scope as of a date


@dataclass(frozen=True)
class EventFact:
    """Plain values of one TTHC event, the input of the date-based rules."""

    tthc_id: int
    on: date
    kind: TthcEventKind
    label: str = ""  # "code name", used in warnings
    decision_ref: str = ""
    decision_date: date | None = None


def in_force_on(events: Iterable[EventFact], day: date) -> dict[int, EventFact]:
    """TTHC in force on ``day`` and, for each, its latest added/amended event up to that day.

    A TTHC is in force from its ADDED event until an ABOLISHED event (both on or before ``day``).
    The event returned carries the decision the TTHC stands on at that date (the report cites it).
    """
    latest: dict[int, EventFact] = {}
    alive: dict[int, bool] = {}
    # Ties on the same day are applied in the order added → amended → abolished.
    order = {TthcEventKind.ADDED: 0, TthcEventKind.AMENDED: 1, TthcEventKind.ABOLISHED: 2}
    for ev in sorted((e for e in events if e.on <= day), key=lambda e: (e.on, order[e.kind])):
        if ev.kind is TthcEventKind.ABOLISHED:
            alive[ev.tthc_id] = False
        else:
            alive[ev.tthc_id] = True
            latest[ev.tthc_id] = ev
    return {tid: latest[tid] for tid, on in alive.items() if on and tid in latest}


def count_events(events: Iterable[EventFact], start: date, end: date) -> dict[TthcEventKind, int]:
    """How many TTHC were added / amended / abolished between ``start`` and ``end`` (inclusive).

    A TTHC amended twice in the period counts once (the report counts procedures, not decisions).
    """
    seen: dict[TthcEventKind, set[int]] = {k: set() for k in TthcEventKind}
    for ev in events:
        if start <= ev.on <= end:
            seen[ev.kind].add(ev.tthc_id)
    return {k: len(v) for k, v in seen.items()}


def source_decisions(facts: Iterable[EventFact]) -> list[DecisionCount]:
    """Group TTHC by the decision they stand on (folded number), oldest decision first."""
    groups: dict[str, list[EventFact]] = {}
    for fact in facts:
        key = "".join(fold(fact.decision_ref).split())
        groups.setdefault(key, []).append(fact)
    out = [
        DecisionCount(reference=items[0].decision_ref, decision_date=max(
            (i.decision_date for i in items if i.decision_date), default=None), count=len(items))
        for key, items in groups.items() if key
    ]
    return sorted(out, key=lambda d: (d.decision_date or date.min, d.reference))


# --------------------------------------------------------------------------- warning rules


@dataclass(frozen=True)
class FieldFact:
    """Plain values of one scope field row."""

    field_id: int
    name: str
    added_on: date
    removed_on: date | None = None


def scope_changes(events: Iterable[EventFact], fields: Iterable[FieldFact]) -> list[ScopeChange]:
    """Every dated change of the scope: TTHC events and fields added or removed, oldest first."""
    changes = [ScopeChange(e.on, _EVENT_TO_CHANGE[e.kind], e.label, e.tthc_id) for e in events]
    for f in fields:
        changes.append(ScopeChange(f.added_on, ScopeChangeKind.FIELD_ADDED, f.name, f.field_id))
        if f.removed_on is not None:
            changes.append(ScopeChange(f.removed_on, ScopeChangeKind.FIELD_REMOVED, f.name, f.field_id))
    return sorted(changes, key=lambda c: (c.on, c.kind.value, c.label))


def changes_requiring_reannouncement(changes: Iterable[ScopeChange], last_announced_on: date | None) -> list[ScopeChange]:
    """Rule (a), Khoản 3 Điều 4 QĐ 19/2014: changes of the scope dated after the last công bố.

    A change dated on the day of the announcement is taken as included in it (the decision usually
    follows the provincial list the same day or later). With no announcement at all, nothing is
    returned here: that is the separate "never announced" warning.

    Args:
        changes: every scope change (see :func:`scope_changes`).
        last_announced_on: date of the latest issued QĐ công bố / công bố lại, or None.

    Returns:
        The changes after that date, oldest first; empty means no công bố lại is due.
    """
    if last_announced_on is None:
        return []
    return sorted((c for c in changes if c.on > last_announced_on), key=lambda c: (c.on, c.kind.value, c.label))


@dataclass(frozen=True)
class AnnouncementFact:
    """Plain values of one announcement for rule (b)."""

    announcement_id: int
    announced_on: date | None
    document_set_id: int | None
    document_set_on: date | None


def announcements_before_document_set(items: Iterable[AnnouncementFact]) -> list[int]:
    """Rule (b), DOMAIN.md §7 rule 6: announcements dated before the QĐ ban hành they rely on.

    Returns the announcement ids; undated (draft) decisions are not judged yet.
    """
    return [
        a.announcement_id for a in items
        if a.announced_on is not None and a.document_set_on is not None and a.announced_on < a.document_set_on
    ]


def announcements_without_document_set(items: Iterable[AnnouncementFact]) -> list[int]:
    """Announcements that rely on no QĐ ban hành hệ thống tài liệu at all."""
    return [a.announcement_id for a in items if a.document_set_id is None]


@dataclass(frozen=True)
class TthcFact:
    """Plain values of one TTHC for rules (c) and (d)."""

    tthc_id: int
    status: TthcStatus
    procedure_id: int | None
    procedure_in_force: bool = False


def abolished_with_live_procedure(items: Iterable[TthcFact]) -> list[int]:
    """Rule (c): TTHC abolished while the procedure that covered it is still in force.

    The procedure should be withdrawn (bãi bỏ quy trình) or re-scoped.
    """
    return [t.tthc_id for t in items
            if t.status is TthcStatus.ABOLISHED and t.procedure_id is not None and t.procedure_in_force]


def uncovered_in_force(items: Iterable[TthcFact]) -> list[int]:
    """Rule (d): TTHC in force with no procedure in force covering them."""
    return [t.tthc_id for t in items
            if t.status.in_force and (t.procedure_id is None or not t.procedure_in_force)]


@dataclass(frozen=True)
class CitationFact:
    """Plain values for rule (e): an external document, its status, and whether a procedure in force cites it."""

    external_id: int
    status: LegalStatus
    cited_by_live_procedure: bool


# An amended text is still in force: its citing procedures are listed for review when it is marked,
# but citing it is not an error.
_DEAD_LEGAL_STATUSES = frozenset({LegalStatus.EXPIRED, LegalStatus.REPLACED})


def dead_texts_still_cited(items: Iterable[CitationFact]) -> list[int]:
    """Rule (e): external documents replaced or expired but still cited by a procedure in force."""
    return sorted({c.external_id for c in items if c.status in _DEAD_LEGAL_STATUSES and c.cited_by_live_procedure})


def last_announcement_date(dates: Sequence[date | None]) -> date | None:
    """The latest date among issued announcements (None entries are drafts and are ignored)."""
    real = [d for d in dates if d is not None]
    return max(real) if real else None


# --------------------------------------------------------------------------- Excel

#: Danh mục TTHC thuộc thẩm quyền giải quyết; the exporter adds the "TT" column itself.
#: "Quy trình giải quyết" holds the covering procedure's mã số (or its title) and is matched against
#: the internal documents on import.
_CTX = "TthcTableModel"


def _group_tthc_by_field(rows: Sequence[Tthc]) -> list[tuple[str, list[Tthc]]]:
    """Lĩnh vực alphabetically (the unnamed one last, as "Chung"), TTHC by mã within a field."""
    groups: dict[str, list[Tthc]] = {}
    names: dict[str, str] = {}
    for t in sorted(rows, key=lambda t: t.code):
        groups.setdefault(fold(t.field), []).append(t)
        names.setdefault(fold(t.field), t.field)
    return [(names[key] or NO_FIELD_GROUP, groups[key]) for key in sorted(groups, key=lambda k: (k == "", k))]


TTHC_SPEC = RegisterSpec(
    key="tthc",
    title="DANH MỤC THỦ TỤC HÀNH CHÍNH THUỘC THẨM QUYỀN GIẢI QUYẾT",
    sheet_name="Danh mục TTHC",
    print_title="DANH MỤC THỦ TỤC HÀNH CHÍNH THUỘC PHẠM VI ÁP DỤNG HỆ THỐNG QUẢN LÝ CHẤT LƯỢNG",
    screen_title=QT_TRANSLATE_NOOP("RegisterSpec", "Administrative procedures"),
    context=_CTX,
    columns=(
        ColumnSpec("code", "Mã TTHC", required=True, max_length=40,
                   aliases=("Mã thủ tục", "Mã số TTHC", "Mã thủ tục hành chính", "Mã số"), width=22,
                   header=QT_TRANSLATE_NOOP("TthcTableModel", "TTHC code"), print_width=42),
        ColumnSpec("name", "Tên thủ tục hành chính", required=True,
                   aliases=("Tên TTHC", "Tên thủ tục", "Thủ tục hành chính"), width=50,
                   header=QT_TRANSLATE_NOOP("TthcTableModel", "Administrative procedure"), print_width=87),
        ColumnSpec("field", "Lĩnh vực", max_length=120, width=18, header=QT_TRANSLATE_NOOP("TthcTableModel", "Field")),
        ColumnSpec("decision_ref", "Quyết định công bố", max_length=80,
                   aliases=("Số Quyết định công bố", "QĐ công bố", "Quyết định công bố danh mục",
                            "Số, ký hiệu Quyết định công bố"), width=20),
        ColumnSpec("decision_date", "Ngày", ColumnKind.DATE,
                   aliases=("Ngày Quyết định", "Ngày ban hành", "Ngày công bố")),
        ColumnSpec("status", "Tình trạng", ColumnKind.CHOICE, choices={
            TthcStatus.IN_FORCE.label: TthcStatus.IN_FORCE,
            "Áp dụng": TthcStatus.IN_FORCE,
            "Công bố mới": TthcStatus.IN_FORCE,
            "Ban hành mới": TthcStatus.IN_FORCE,
            "Còn hiệu lực": TthcStatus.IN_FORCE,
            TthcStatus.AMENDED.label: TthcStatus.AMENDED,
            "Sửa đổi": TthcStatus.AMENDED,
            "Sửa đổi bổ sung": TthcStatus.AMENDED,
            TthcStatus.ABOLISHED.label: TthcStatus.ABOLISHED,
            "Bị bãi bỏ": TthcStatus.ABOLISHED,
            "Hết hiệu lực": TthcStatus.ABOLISHED,
        }, aliases=("Tình trạng áp dụng", "Trạng thái"), width=14, header=QT_TRANSLATE_NOOP("TthcTableModel", "Status"),
                   print_width=29, align=Align.CENTER),
        ColumnSpec("procedure", "Quy trình giải quyết", max_length=500,
                   aliases=("Quy trình", "Mã quy trình", "Quy trình nội bộ giải quyết TTHC"), width=30,
                   header=QT_TRANSLATE_NOOP("TthcTableModel", "Handling procedure"), get=lambda t: t.procedure_label,
                   print_width=55),
    ),
    unique_keys=("code",),
    extra_columns=(
        ColumnSpec("decision", "Quyết định công bố", width=20, header=QT_TRANSLATE_NOOP("TthcTableModel", "Announcing decision"),
                   get=lambda t: t.decision_text, sort=lambda t: (t.decision_date or date.min).toordinal(),
                   print_width=30, align=Align.CENTER),
    ),
    screen=("code", "name", "field", "decision", "status", "procedure"),
    printed=("code", "name", "decision", "status", "procedure"),
    search_keys=("code", "name"),
    filters=(RegisterFilter("field", same_text("field")), RegisterFilter("status", equals("status"))),
    grouping=_group_tthc_by_field,
    order_key="code",
)
"""Danh mục TTHC, declared once for screen, Excel and paper (printed grouped by lĩnh vực)."""


@dataclass(frozen=True)
class ScopeStatus:
    """Where the scope stands against its last công bố (what the scope screen shows on top)."""

    last_announcement: ConformityAnnouncement | None
    changes_since: tuple[ScopeChange, ...]  # rule (a): empty when no công bố lại is due
    fields: tuple[ScopeField, ...]  # lĩnh vực in scope today
    coverage: CoverageFigure

    @property
    def reannouncement_due(self) -> bool:
        """Khoản 3 Điều 4 QĐ 19/2014: the scope changed after the last công bố."""
        return bool(self.changes_since)
