"""Demo content of documents control: internal documents with years of revisions, distribution, reviews
and a records list. ``small`` is a commune (~65 documents), ``large`` a big agency with ≥ 1,000
documents and ten years of history, for benchmarks.

Rows are written with Core ``INSERT … executemany`` inside ONE transaction and with ids assigned here,
because the ORM unit of work would take tens of seconds for the large set. The derived columns of
``internal_document`` are computed with the same domain function the service uses, so the demo is
indistinguishable from data entered through the service — except that bulk rows bypass the change
history (there is nothing to undo in a demo).
"""

from __future__ import annotations

import random
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import cast

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session, sessionmaker

from isodesk.domain import core as d
from isodesk.domain import documents as dd
from isodesk.domain.formatting import fold
from isodesk.demo.starter import DEFAULT_LOCATION, STARTER_DOCUMENTS, STARTER_RECORDS
from isodesk.storage.models import core as mc
from isodesk.storage.models import documents as m

# --------------------------------------------------------------------------- content

#: (mã lĩnh vực, tên thủ tục) of TTHC a commune handles; titles become "Quy trình giải quyết thủ tục …".
COMMUNE_TTHC: tuple[tuple[str, str], ...] = (
    ("HT", "Đăng ký khai sinh"), ("HT", "Đăng ký kết hôn"), ("HT", "Đăng ký khai tử"),
    ("HT", "Đăng ký nhận cha, mẹ, con"), ("HT", "Đăng ký khai sinh kết hợp nhận cha, mẹ, con"),
    ("HT", "Đăng ký lại khai sinh"), ("HT", "Đăng ký lại kết hôn"), ("HT", "Đăng ký lại khai tử"),
    ("HT", "Đăng ký giám hộ"), ("HT", "Đăng ký chấm dứt giám hộ"),
    ("HT", "Thay đổi, cải chính, bổ sung thông tin hộ tịch"), ("HT", "Cấp bản sao trích lục hộ tịch"),
    ("HT", "Cấp Giấy xác nhận tình trạng hôn nhân"), ("HT", "Đăng ký khai tử lưu động"),
    ("HT", "Liên thông các thủ tục hành chính về đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế "
           "cho trẻ em dưới 6 tuổi"),
    ("HT", "Đăng ký việc nuôi con nuôi trong nước"),
    ("CT", "Chứng thực bản sao từ bản chính giấy tờ, văn bản"), ("CT", "Chứng thực chữ ký trong các giấy tờ, văn bản"),
    ("CT", "Chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản, quyền sử dụng đất và nhà ở"),
    ("CT", "Chứng thực di chúc"), ("CT", "Chứng thực văn bản thỏa thuận phân chia di sản"),
    ("CT", "Chứng thực việc sửa đổi, bổ sung, hủy bỏ hợp đồng, giao dịch"),
    ("ĐĐ", "Hòa giải tranh chấp đất đai"), ("ĐĐ", "Đăng ký đất đai, tài sản gắn liền với đất lần đầu"),
    ("ĐĐ", "Xác nhận nguồn gốc, thời điểm sử dụng đất"),
    ("XD", "Cấp giấy phép xây dựng nhà ở riêng lẻ"),
    ("KD", "Đăng ký thành lập hộ kinh doanh"), ("KD", "Đăng ký thay đổi nội dung đăng ký hộ kinh doanh"),
    ("BTXH", "Trợ giúp xã hội thường xuyên đối với đối tượng bảo trợ xã hội"),
    ("BTXH", "Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội"),
    ("BTXH", "Công nhận hộ nghèo, hộ cận nghèo phát sinh trong năm"),
    ("BTXH", "Xác định hộ làm nông nghiệp, lâm nghiệp, ngư nghiệp có mức sống trung bình"),
    ("NCC", "Chi trả trợ cấp mai táng phí cho thân nhân người có công với cách mạng"),
    ("VH", "Xét tặng danh hiệu Gia đình văn hóa"), ("VH", "Thông báo tổ chức lễ hội"),
    ("TG", "Đăng ký hoạt động tín ngưỡng"), ("TG", "Đăng ký sinh hoạt tôn giáo tập trung"),
    ("TĐKT", "Tặng Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã"),
    ("TĐKT", "Xét tặng danh hiệu Lao động tiên tiến"),
    ("KNTC", "Giải quyết khiếu nại lần đầu"), ("KNTC", "Giải quyết tố cáo"), ("KNTC", "Tiếp công dân"),
)

INTERNAL_PROCEDURES: tuple[str, ...] = (
    "Quy trình quản lý văn bản đi và văn bản đến",
    "Quy trình đo lường sự hài lòng của tổ chức, công dân",
    "Quy trình tiếp nhận, xử lý phản ánh, kiến nghị của tổ chức, cá nhân",
    "Quy trình quản lý tài sản công",
    "Quy trình lập, chấp hành dự toán ngân sách",
    "Quy trình tổ chức hội nghị, cuộc họp",
    "Quy trình lập hồ sơ và nộp lưu hồ sơ, tài liệu vào Lưu trữ cơ quan",
    "Quy trình quản lý hồ sơ cán bộ, công chức",
)

GUIDES: tuple[str, ...] = (
    "Hướng dẫn lập hồ sơ công việc",
    "Hướng dẫn tiếp nhận hồ sơ trực tuyến trên Cổng dịch vụ công",
)

FORMS: tuple[str, ...] = (
    "Phiếu phân phối tài liệu",
    "Phiếu yêu cầu hành động khắc phục",
    "Phiếu khảo sát sự hài lòng của tổ chức, công dân",
    "Sổ theo dõi hồ sơ",
    "Phiếu kiểm soát quá trình giải quyết hồ sơ",
    "Phiếu hướng dẫn hoàn thiện hồ sơ",
)

# Large agency: TTHC built as verb × object, each procedure with the one-stop forms attached to it.
_LARGE_VERBS = ("Cấp", "Cấp lại", "Cấp đổi", "Điều chỉnh", "Gia hạn", "Thu hồi", "Xác nhận")
_LARGE_OBJECTS = (
    ("XD", "Giấy phép xây dựng"), ("KD", "Giấy chứng nhận đủ điều kiện kinh doanh dịch vụ karaoke"),
    ("KD", "Giấy phép bán lẻ sản phẩm rượu"), ("KD", "Giấy phép bán lẻ sản phẩm thuốc lá"),
    ("ĐĐ", "Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất"),
    ("MT", "Giấy phép môi trường"), ("MT", "Giấy phép khai thác nước dưới đất"),
    ("NN", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm"), ("NN", "Giấy chứng nhận kinh tế trang trại"),
    ("GT", "Giấy phép lái xe"), ("GT", "Giấy phép liên vận"), ("GT", "Giấy phép thi công công trình đường bộ"),
    ("YT", "Chứng chỉ hành nghề khám bệnh, chữa bệnh"), ("YT", "Giấy phép hoạt động phòng khám"),
    ("GD", "Giấy phép hoạt động giáo dục mầm non tư thục"), ("GD", "Giấy phép tổ chức hoạt động dạy thêm"),
    ("VH", "Giấy phép tổ chức biểu diễn nghệ thuật"), ("VH", "Giấy phép kinh doanh dịch vụ lữ hành nội địa"),
    ("LĐ", "Giấy phép lao động cho người nước ngoài"), ("LĐ", "Giấy phép hoạt động dịch vụ việc làm"),
    ("TC", "Mã số đơn vị có quan hệ với ngân sách"), ("KH", "Giấy chứng nhận đăng ký đầu tư"),
    ("KH", "Giấy chứng nhận đăng ký doanh nghiệp"), ("CN", "Giấy phép hoạt động điện lực"),
    ("CN", "Giấy chứng nhận đủ điều kiện cửa hàng bán lẻ xăng dầu"),
    ("TN", "Giấy phép thăm dò khoáng sản"), ("TN", "Giấy phép khai thác khoáng sản"),
    ("NV", "Giấy phép thành lập hội"), ("NV", "Quyết định công nhận ban vận động thành lập hội"),
    ("TP", "Giấy đăng ký hoạt động văn phòng công chứng"),
)
_ONE_STOP_FORMS = (
    "Giấy tiếp nhận hồ sơ và hẹn trả kết quả", "Phiếu kiểm soát quá trình giải quyết hồ sơ",
    "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ", "Phiếu từ chối tiếp nhận giải quyết hồ sơ",
    "Phiếu xin lỗi và hẹn lại ngày trả kết quả",
)

_CHANGE_LINES = (
    ("Cập nhật căn cứ pháp lý theo Quyết định công bố danh mục TTHC của Chủ tịch UBND tỉnh", "1"),
    ("Rút ngắn thời gian giải quyết từ 05 ngày làm việc xuống 03 ngày làm việc", "2"),
    ("Bổ sung bước tiếp nhận, trả kết quả trực tuyến trên Cổng dịch vụ công", "3"),
    ("Cập nhật thành phần hồ sơ và biểu mẫu kèm theo", "2-3"),
    ("Điều chỉnh trách nhiệm thực hiện do sắp xếp tổ chức bộ máy", "Tất cả"),
    ("Sửa đổi lưu đồ quy trình cho phù hợp thực tế", "4"),
    ("Cập nhật mẫu trình bày theo Nghị định 30/2020/NĐ-CP", "Tất cả"),
    ("Bổ sung yêu cầu số hóa hồ sơ, kết quả giải quyết TTHC", "3"),
)

_TTHC_RECORDS = (
    ("Sổ đăng ký khai sinh", None), ("Sổ đăng ký kết hôn", None), ("Sổ đăng ký khai tử", None),
    ("Sổ chứng thực bản sao từ bản chính", 2), ("Sổ chứng thực chữ ký", 10), ("Sổ chứng thực hợp đồng, giao dịch", None),
    ("Hồ sơ giải quyết TTHC lĩnh vực hộ tịch", None), ("Hồ sơ giải quyết TTHC lĩnh vực chứng thực", 10),
    ("Hồ sơ giải quyết TTHC lĩnh vực bảo trợ xã hội", 10), ("Hồ sơ hòa giải tranh chấp đất đai", 10),
    ("Sổ theo dõi hồ sơ tại Bộ phận một cửa", 5), ("Hồ sơ giải quyết khiếu nại, tố cáo", 15),
)


@dataclass(frozen=True)
class DemoDocumentsSummary:
    """How much demo content was written."""

    documents: int
    revisions: int
    distributions: int
    reviews: int
    records: int
    decisions_created: int


@dataclass
class _Doc:
    code: str
    title: str
    kind: dd.DocumentKind
    department_id: int | None
    system_procedure: dd.SystemProcedure | None = None
    since: int = 0  # index of the establishing decision
    revisions_extra: int = 0
    withdraw: bool = False
    open_draft: bool = False


# --------------------------------------------------------------------------- entry point


def _id_of(x: object) -> int:
    return x if isinstance(x, int) else int(x.id)  # type: ignore[attr-defined]  # a saved DTO or ORM row, both with an id


def seed_demo_documents(target: object, rng: random.Random, scale: str, departments: Sequence[object],
                        people: Sequence[object], decisions: Sequence[object] | date = (),
                        today: date | None = None) -> DemoDocumentsSummary:
    """Fill documents control with realistic Vietnamese demo content, in one transaction.

    Args:
        target: the ``Services`` of the open database (then placeholder PDFs are attached too), or a
            ``sessionmaker``.
        rng: the demo's random generator (same seed, same demo).
        scale: ``"small"`` (a commune) or ``"large"`` (≥ 1,000 documents, ten years).
        departments: department DTOs or ids (at least one).
        people: person DTOs or ids (at least one); DTOs marked as leader approve, the ISO secretary drafts.
        decisions: issued decisions (DTOs or ids) to cite as issuing decisions, dated and issued. Empty:
            the seeder registers its own "Quyết định ban hành / sửa đổi hệ thống tài liệu" for each year.
            A date here is read as ``today`` (the demo orchestrator passes ``(…, people, today)``).
        today: nothing is dated after it (default: today).

    Returns:
        Counts of what was written.
    """
    if isinstance(decisions, date):
        today, decisions = decisions, ()
    today = today or date.today()
    if scale not in ("small", "large"):
        raise ValueError(f"unknown demo scale {scale!r}")
    if not departments or not people:
        raise ValueError("demo documents need at least one department and one person")
    large = scale == "large"
    sessions = cast("sessionmaker[Session]", getattr(target, "sessions", target))  # Services or a sessionmaker
    attachments = getattr(target, "attachments", None)
    dep_ids = [_id_of(x) for x in departments]
    person_ids = [_id_of(x) for x in people]
    leaders = [_id_of(p) for p in people if getattr(p, "is_leader", False)] or person_ids[:1]
    secretary = next((_id_of(p) for p in people if getattr(p, "is_iso_secretary", False)), person_ids[0])
    reviewers = [p for p in person_ids if p not in leaders] or person_ids
    by_department: dict[int, list[int]] = {}
    for p in people:
        dep = getattr(p, "department_id", None)
        if dep is not None:
            by_department.setdefault(dep, []).append(_id_of(p))

    first_year = today.year - (10 if large else 5)
    with sessions.begin() as s:
        made = 0
        if decisions:
            rows = s.execute(select(mc.IssuedDocumentRow.id, mc.IssuedDocumentRow.issue_date).where(
                mc.IssuedDocumentRow.id.in_([_id_of(x) for x in decisions]),
                mc.IssuedDocumentRow.status == d.IssuedDocStatus.ISSUED,
                mc.IssuedDocumentRow.issue_date.is_not(None)).order_by(mc.IssuedDocumentRow.issue_date)).all()
            timeline = [(r[0], r[1]) for r in rows if r[1] is not None and r[1] <= today]
        else:
            timeline = _create_decisions(s, rng, first_year, today, large, people)
            made = len(timeline)
        if not timeline:
            raise ValueError("demo documents need at least one issued, dated decision")

        docs = _plan_documents(rng, large, dep_ids, len(timeline))
        writer = _Writer(s, rng, today, timeline, leaders, secretary, reviewers, dep_ids, by_department)
        for doc in docs:
            writer.add(doc)
        writer.flush()
        records = _records(s, rng, large, dep_ids, person_ids)
        if attachments is not None:
            writer.attach_placeholders(attachments)
        return DemoDocumentsSummary(documents=len(writer.docs), revisions=writer.revision_count,
                                    distributions=writer.distribution_count, reviews=writer.review_count,
                                    records=records, decisions_created=made)


# --------------------------------------------------------------------------- planning


def _plan_documents(rng: random.Random, large: bool, dep_ids: list[int], decisions: int) -> list[_Doc]:
    office = dep_ids[0]
    later = max(decisions - 1, 1)

    def est() -> int:
        # Most of the system comes with the first decision; the rest arrives over the years.
        return 0 if rng.random() < (0.55 if large else 0.75) else rng.randint(1, later)

    docs: list[_Doc] = []
    for starter in STARTER_DOCUMENTS:
        docs.append(_Doc(starter.code, starter.title, starter.kind, office, starter.system_procedure,
                         revisions_extra=rng.randint(1, 3)))
    docs.append(_Doc("STCL", "Sổ tay chất lượng", dd.DocumentKind.QUALITY_MANUAL, office, revisions_extra=rng.randint(0, 2)))
    counters: dict[str, int] = {}
    tthc = list(COMMUNE_TTHC)
    if large:
        tthc += [(field, f"{verb} {obj}") for field, obj in _LARGE_OBJECTS for verb in _LARGE_VERBS]
    for field, name in tthc:
        counters[field] = counters.get(field, 0) + 1
        code = f"QT.{field}.{counters[field]:02d}"
        doc = _Doc(code, f"Quy trình giải quyết thủ tục {name}", dd.DocumentKind.TTHC_PROCEDURE,
                   rng.choice(dep_ids), since=est(),
                   revisions_extra=rng.randint(1, 5) if large else rng.choice((0, 0, 1, 1, 2, 3)),
                   withdraw=rng.random() < 0.05, open_draft=rng.random() < 0.08)
        docs.append(doc)
        if large:
            # Each procedure carries its one-stop forms (TT 01/2018/TT-VPCP), coded after it.
            for i, form in enumerate(_ONE_STOP_FORMS[: rng.randint(3, 5)], start=1):
                docs.append(_Doc(f"BM.{i:02d}-{code}", f"{form} (kèm {code})", dd.DocumentKind.FORM,
                                 doc.department_id, since=doc.since, revisions_extra=rng.randint(1, 4),
                                 withdraw=doc.withdraw))
    for i, title in enumerate(INTERNAL_PROCEDURES, start=1):
        docs.append(_Doc(f"QT.NB.{i:02d}", title, dd.DocumentKind.INTERNAL_PROCEDURE, rng.choice(dep_ids), since=est(),
                         revisions_extra=rng.randint(0, 2), open_draft=rng.random() < 0.1))
    for i, title in enumerate(GUIDES, start=1):
        docs.append(_Doc(f"HD.{i:02d}", title, dd.DocumentKind.GUIDE, office, since=est(),
                         revisions_extra=rng.randint(0, 1)))
    for i, title in enumerate(FORMS, start=1):
        docs.append(_Doc(f"BM.{i:02d}", title, dd.DocumentKind.FORM, office, since=est(),
                         revisions_extra=rng.randint(0, 1)))
    # A couple of brand-new drafts never issued, as a secretary always has some in the works.
    docs.append(_Doc("QT.NB.99", "Quy trình số hóa hồ sơ, kết quả giải quyết thủ tục hành chính",
                     dd.DocumentKind.INTERNAL_PROCEDURE, office, since=-1))
    return docs


def _create_decisions(s: Session, rng: random.Random, first_year: int, today: date, large: bool,
                      people: Sequence[object]) -> list[tuple[int, date]]:
    """Register issued decisions: the one issuing the document set, then amendments every year."""
    signer = next((getattr(p, "full_name", "") for p in people if getattr(p, "is_leader", False)), "") or "Chủ tịch UBND"
    dates: list[tuple[date, str]] = [(date(first_year, 3, rng.randint(2, 27)),
                                      "Về việc ban hành Hệ thống tài liệu quản lý chất lượng theo tiêu chuẩn "
                                      "quốc gia TCVN ISO 9001:2015")]
    for year in range(first_year + 1, today.year + 1):
        for _ in range(rng.randint(3, 5) if large else rng.randint(1, 3)):
            when = date(year, rng.randint(1, 12), rng.randint(1, 28))
            if when <= today:
                dates.append((when, "Về việc sửa đổi, bổ sung quy trình nội bộ giải quyết thủ tục hành chính thuộc "
                                    "Hệ thống quản lý chất lượng theo tiêu chuẩn quốc gia TCVN ISO 9001:2015"))
    dates.sort()
    next_id = (s.scalar(select(func.max(mc.IssuedDocumentRow.id))) or 0) + 1
    numbers: dict[int, int] = {}
    rows = []
    out: list[tuple[int, date]] = []
    for when, summary in dates:
        if when.year not in numbers:
            numbers[when.year] = s.scalar(select(func.max(mc.IssuedDocumentRow.number)).where(
                mc.IssuedDocumentRow.issuer == "UBND", mc.IssuedDocumentRow.number_year == when.year)) or 0
            numbers[when.year] += 100  # leave room: the register's own yearly documents come first
        numbers[when.year] += 1
        rows.append(dict(id=next_id, doc_type=d.IssuedDocType.DECISION, issuer="UBND", number=numbers[when.year],
                         number_year=when.year, symbol="QĐ-UBND", issue_date=when, summary=summary,
                         signer_name=signer, signer_title="Chủ tịch", status=d.IssuedDocStatus.ISSUED,
                         purpose=d.DocPurpose.DOCUMENT_SET, year=when.year, notes=""))
        out.append((next_id, when))
        next_id += 1
    s.execute(insert(mc.IssuedDocumentRow.__table__), rows)
    return out


# --------------------------------------------------------------------------- writing


class _Writer:
    """Turns planned documents into rows with consistent dates, then bulk-inserts them."""

    def __init__(self, s: Session, rng: random.Random, today: date, timeline: list[tuple[int, date]],
                 leaders: list[int], secretary: int, reviewers: list[int], dep_ids: list[int],
                 by_department: dict[int, list[int]]) -> None:
        self.s, self.rng, self.today, self.timeline = s, rng, today, timeline
        self.leaders, self.secretary, self.reviewers = leaders, secretary, reviewers
        self.dep_ids, self.by_department = dep_ids, by_department
        self.doc_id = self._next(m.InternalDocumentRow)
        self.rev_id = self._next(m.DocumentRevisionRow)
        self.dist_id = self._next(m.DocumentDistributionRow)
        self.review_id = self._next(m.DocumentReviewRow)
        self.taken = set(s.scalars(select(m.InternalDocumentRow.code_key)))
        self.docs: list[dict[str, object]] = []
        self.revs: list[dict[str, object]] = []
        self.changes: list[dict[str, object]] = []
        self.dists: list[dict[str, object]] = []
        self.reviews: list[dict[str, object]] = []
        self.effective_revisions: list[int] = []
        self.revision_count = self.distribution_count = self.review_count = 0

    def _next(self, model: type) -> int:
        return (self.s.scalar(select(func.max(model.id))) or 0) + 1  # type: ignore[attr-defined]  # every ORM model passed here has an id column

    def add(self, plan: _Doc) -> None:
        if dd.code_key(plan.code) in self.taken:
            return  # the agency already has it (demo over starter content)
        self.taken.add(dd.code_key(plan.code))
        doc_id = self.doc_id
        self.doc_id += 1
        facts: list[dd.RevisionFacts] = []
        withdrawn_on: date | None = None
        last_no_change: date | None = None
        number = 0
        if plan.since >= 0:
            start = min(plan.since, len(self.timeline) - 1)
            later = self.timeline[start + 1:]
            picks = sorted(self.rng.sample(range(len(later)), min(plan.revisions_extra, len(later))))
            issues = [self.timeline[start]] + [later[i] for i in picks]
            if plan.withdraw and len(issues) > 1:
                withdrawn_on = issues.pop()[1]  # the last decision abolishes it instead of revising it
            dates: list[date] = []
            for _, when in issues:
                # Never before the previous issue: two decisions may share a day.
                effective = min(when + timedelta(days=self.rng.randint(0, 5)), self.today)
                dates.append(max(effective, dates[-1]) if dates else effective)
            if withdrawn_on is not None:
                withdrawn_on = max(withdrawn_on, dates[-1])
            rev_ids: list[int] = []
            for i, ((decision_id, _), effective) in enumerate(zip(issues, dates, strict=True)):
                number = i + 1
                superseded_on = dates[i + 1] if i + 1 < len(dates) else withdrawn_on
                status = dd.RevisionStatus.SUPERSEDED if superseded_on else dd.RevisionStatus.EFFECTIVE
                rev_id = self._revision(doc_id, number, status, effective, superseded_on, decision_id)
                rev_ids.append(rev_id)
                facts.append(dd.RevisionFacts(number, status, effective))
                if plan.kind is not dd.DocumentKind.FORM:
                    self._distribute(rev_id, plan.department_id, effective, superseded_on)
                if i > 0 and self.rng.random() < 0.5:
                    asked = max(dates[i] - timedelta(days=self.rng.randint(15, 40)), dates[i - 1])
                    self._review(doc_id, asked, dd.ReviewOutcome.REVISE, rev_id)
            if withdrawn_on is None:
                last_no_change = self._yearly_reviews(doc_id, dates[-1])
                if status is dd.RevisionStatus.EFFECTIVE:
                    self.effective_revisions.append(rev_ids[-1])
        if (plan.open_draft and withdrawn_on is None) or plan.since < 0:
            number += 1
            status = self.rng.choice((dd.RevisionStatus.DRAFT, dd.RevisionStatus.PENDING))
            self._revision(doc_id, number, status, None, None, None)
            facts.append(dd.RevisionFacts(number, status, None))
        state = dd.document_state(facts, last_no_change, 12, withdrawn=withdrawn_on is not None)
        self.docs.append(dict(
            id=doc_id, code=plan.code, code_key=dd.code_key(plan.code), title=plan.title,
            search_key=dd.search_key(plan.code, plan.title), kind=plan.kind, system_procedure=plan.system_procedure,
            department_id=plan.department_id, review_interval_months=12, notes="",
            withdrawn_on=withdrawn_on, withdrawal_reason="Bãi bỏ do TTHC bị bãi bỏ" if withdrawn_on else "",
            status=state.status, current_revision_no=state.current_revision_number,
            effective_date=state.effective_date, next_review_date=state.next_review_date))

    def _revision(self, doc_id: int, number: int, status: dd.RevisionStatus, effective: date | None,
                  superseded_on: date | None, decision_id: int | None) -> int:
        rev_id = self.rev_id
        self.rev_id += 1
        issued = status in (dd.RevisionStatus.EFFECTIVE, dd.RevisionStatus.SUPERSEDED)
        self.revs.append(dict(
            id=rev_id, document_id=doc_id, number=number, status=status, effective_date=effective,
            superseded_on=superseded_on, decision_id=decision_id, drafted_by_id=self.secretary,
            reviewed_by_id=self.rng.choice(self.reviewers),
            approved_by_id=self.rng.choice(self.leaders) if issued or status is dd.RevisionStatus.PENDING else None,
            summary="Ban hành lần đầu" if number == 1 else f"Sửa đổi, bổ sung lần {number - 1:02d}"))
        lines = [("Ban hành lần đầu", "Tất cả")] if number == 1 else self.rng.sample(_CHANGE_LINES, self.rng.randint(1, 3))
        for position, (content, page) in enumerate(lines, start=1):
            self.changes.append(dict(revision_id=rev_id, position=position, amendment=f"{number - 1:02d}",
                                     page=page, content=content, note=""))
        self.revision_count += 1
        return rev_id

    def _distribute(self, rev_id: int, owner: int | None, effective: date, superseded_on: date | None) -> None:
        recipients = {owner or self.dep_ids[0], *self.rng.sample(self.dep_ids, min(len(self.dep_ids), self.rng.randint(0, 2)))}
        for dep in sorted(recipients):
            given = min(effective + timedelta(days=self.rng.randint(0, 3)), self.today)
            staff = self.by_department.get(dep) or []
            acknowledged = given + timedelta(days=self.rng.randint(0, 2)) if self.rng.random() < 0.9 else None
            if acknowledged and acknowledged > self.today:
                acknowledged = None
            recalled = None
            if superseded_on is not None and self.rng.random() < 0.97:
                recalled = min(superseded_on + timedelta(days=self.rng.randint(0, 5)), self.today)
            self.dists.append(dict(
                id=self.dist_id, revision_id=rev_id, department_id=dep,
                person_id=self.rng.choice(staff) if staff and self.rng.random() < 0.4 else None,
                copies=self.rng.randint(1, 3), given_on=given, acknowledged_on=acknowledged,
                acknowledged_by_id=self.rng.choice(staff) if staff and acknowledged else None,
                recalled_on=max(recalled, given) if recalled else None, notes=""))
            self.dist_id += 1
            self.distribution_count += 1

    def _review(self, doc_id: int, when: date, outcome: dd.ReviewOutcome, revision_id: int | None) -> None:
        self.reviews.append(dict(id=self.review_id, document_id=doc_id, review_date=when,
                                 reviewer_id=self.rng.choice(self.reviewers), outcome=outcome,
                                 note="Còn phù hợp, giữ nguyên" if outcome is dd.ReviewOutcome.NO_CHANGE
                                 else "Cần cập nhật theo quy định mới", revision_id=revision_id))
        self.review_id += 1
        self.review_count += 1

    def _yearly_reviews(self, doc_id: int, effective: date) -> date | None:
        """A no-change review about every year after the last issue; ~15 % skip the latest one (overdue)."""
        last = None
        due = dd.add_months(effective, 12)
        skip_last = self.rng.random() < 0.15
        while due <= self.today:
            when = due - timedelta(days=self.rng.randint(0, 20))
            if dd.add_months(when, 12) > self.today and skip_last:
                break
            self._review(doc_id, when, dd.ReviewOutcome.NO_CHANGE, None)
            last = when
            due = dd.add_months(when, 12)
        return last

    def flush(self) -> None:
        s = self.s
        for model, rows in ((m.InternalDocumentRow, self.docs), (m.DocumentRevisionRow, self.revs),
                            (m.DocumentChangeRow, self.changes), (m.DocumentDistributionRow, self.dists),
                            (m.DocumentReviewRow, self.reviews)):
            if rows:
                s.execute(insert(model.__table__), rows)

    def attach_placeholders(self, attachments: object) -> None:
        """Link one small placeholder PDF (stored once, content-addressed) to ~85 % of the revisions in force."""
        chosen = [r for r in self.effective_revisions if self.rng.random() < 0.85]
        if not chosen:
            return
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "tai-lieu-mau.pdf"
            path.write_bytes(_placeholder_pdf("isodesk - tai lieu mau (demo document)"))
            digest, size = attachments.store.put(path)  # type: ignore[attr-defined]  # the demo reaches the store of the attachment service on purpose
        blob = self.s.scalar(select(mc.AttachmentRow.id).where(mc.AttachmentRow.sha256 == digest))
        now = datetime.now().replace(microsecond=0)
        if blob is None:
            blob = self.s.execute(insert(mc.AttachmentRow.__table__).returning(mc.AttachmentRow.__table__.c.id).values(
                sha256=digest, size=size, created_at=now)).scalar_one()
        self.s.execute(insert(mc.AttachmentLinkRow.__table__), [
            dict(entity=m.DocumentRevisionRow.__tablename__, entity_id=rid, attachment_id=blob,
                 original_name="tai-lieu.pdf", role=dd.FileRole.PDF.value, added_at=now) for rid in chosen])


def _records(s: Session, rng: random.Random, large: bool, dep_ids: list[int], person_ids: list[int]) -> int:
    taken = set(s.scalars(select(m.RecordEntryRow.code_key)))
    titles = {fold(t) for t in s.scalars(select(m.RecordEntryRow.title))}
    order = s.scalar(select(func.max(m.RecordEntryRow.sort_order))) or 0
    rows: list[dict[str, object]] = []

    def add(code: str, title: str, years: int | None, heading: str, dep: int, form: dd.StorageForm) -> None:
        nonlocal order
        if dd.code_key(code) in taken or fold(title) in titles:
            return
        taken.add(dd.code_key(code))
        order += 1
        rows.append(dict(title=title, code=code, code_key=dd.code_key(code), heading=heading, sort_order=order,
                         department_id=dep, person_id=rng.choice(person_ids) if rng.random() < 0.5 else None,
                         location=DEFAULT_LOCATION if heading.startswith("HỒ SƠ") and "TTHC" not in heading
                         else rng.choice(("Bộ phận một cửa", "Kho lưu trữ cơ quan", "Phòng làm việc")),
                         retention_years=years, storage_form=form, from_year=None, to_year=None, notes=""))

    for rec in STARTER_RECORDS:
        add(rec.code, rec.title, rec.retention_years, rec.heading, dep_ids[0], dd.StorageForm.BOTH)
    heading = "HỒ SƠ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH"
    for i, (title, years) in enumerate(_TTHC_RECORDS, start=1):
        add(f"HS.TTHC.{i:02d}", title, years, heading, rng.choice(dep_ids),
            rng.choice((dd.StorageForm.PAPER, dd.StorageForm.BOTH)))
    if large:
        for i, (field, obj) in enumerate(_LARGE_OBJECTS, start=len(_TTHC_RECORDS) + 1):
            add(f"HS.TTHC.{i:02d}", f"Hồ sơ cấp, cấp lại, điều chỉnh {obj}", rng.choice((5, 10, 20, None)),
                f"{heading} LĨNH VỰC {field}", rng.choice(dep_ids), dd.StorageForm.BOTH)
    if rows:
        s.execute(insert(m.RecordEntryRow.__table__), rows)
    return len(rows)


def _placeholder_pdf(text: str) -> bytes:
    """A minimal, valid one-page PDF (ASCII text, built-in Helvetica) — no PDF library needed."""
    stream = f"BT /F1 14 Tf 72 770 Td ({text}) Tj ET".encode("ascii")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)
