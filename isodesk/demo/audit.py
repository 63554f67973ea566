"""Demo internal audits: one round each October, its programme, findings and the phiếu khắc phục —
closed ones (checked by another auditor), one sent back by a failed effectiveness check, and one
from last year still overdue. Everything goes through the services, so the rules hold.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from isodesk.domain import audit as a
from isodesk.domain import core as cd

_NC_TEXTS: tuple[tuple[str, str, str, str], ...] = (
    # clause, description, evidence, requirement
    ("7.5", "Hồ sơ giải quyết TTHC không có Phiếu kiểm soát quá trình giải quyết hồ sơ",
     "Hồ sơ chứng thực số 215, 216 tháng 9", "Quy trình nội bộ giải quyết TTHC, bước 2"),
    ("8.5", "Hồ sơ được trả kết quả quá hạn nhưng không có Phiếu xin lỗi và hẹn lại ngày trả kết quả",
     "Sổ theo dõi hồ sơ tháng 8, hồ sơ số 1032", "Quyết định 19/2014/QĐ-TTg; quy trình giải quyết TTHC"),
    ("6.2", "Mục tiêu chất lượng của bộ phận chưa đo lường được (mang tính định tính)",
     "Kế hoạch thực hiện mục tiêu chất lượng năm", "TCVN ISO 9001:2015 điều 6.2.1 b"),
    ("7.5", "Đang sử dụng biểu mẫu của phiên bản quy trình đã hết hiệu lực",
     "Biểu mẫu BM-03 lần ban hành 01 tại bàn làm việc", "Quy trình kiểm soát tài liệu, mục 5.4"),
    ("9.1", "Chưa tổng hợp, phân tích kết quả khảo sát sự hài lòng của tổ chức, công dân",
     "Phiếu khảo sát quý II, III chưa tổng hợp", "TCVN ISO 9001:2015 điều 9.1.2"),
    ("6.1", "Chưa cập nhật rủi ro khi thủ tục hành chính thay đổi", "Bảng nhận diện rủi ro năm",
     "TCVN ISO 9001:2015 điều 6.1"),
    ("10.2", "Hành động khắc phục của đợt đánh giá trước chưa được kiểm tra hiệu lực",
     "Phiếu yêu cầu hành động khắc phục năm trước", "TCVN ISO 9001:2015 điều 10.2.1 d"),
)
_OBS_TEXTS: tuple[tuple[str, str], ...] = (
    ("7.3", "Nên phổ biến lại chính sách chất lượng cho công chức mới được tuyển dụng"),
    ("7.1", "Nên bố trí thêm máy quét tại Bộ phận Một cửa để số hóa hồ sơ kịp thời"),
    ("8.5", "Nên niêm yết quy trình giải quyết TTHC mới tại nơi tiếp nhận hồ sơ"),
    ("9.1", "Nên theo dõi tỷ lệ hồ sơ trực tuyến theo từng lĩnh vực"),
    ("7.4", "Nên thống nhất đầu mối tiếp nhận phản ánh, kiến nghị"),
)
_CAUSES = ("Công chức chưa nắm vững quy trình", "Quy trình chưa quy định rõ trách nhiệm", "Chưa phân công người theo dõi",
           "Khối lượng hồ sơ tăng đột biến")
_ACTIONS = ("Tập huấn lại quy trình cho công chức liên quan", "Sửa đổi quy trình, ban hành lại biểu mẫu",
            "Phân công công chức theo dõi định kỳ hằng tháng", "Rà soát toàn bộ hồ sơ trong năm và bổ sung")


def _third_monday_of_october(year: int) -> date:
    first = date(year, 10, 1)
    monday = first + timedelta(days=(7 - first.weekday()) % 7)
    return monday + timedelta(days=14)


def seed_demo_audit(services: Any, rng: random.Random, scale: str, departments: list[cd.Department],
                    people: list[cd.Person], today: date) -> None:
    """Several years of internal audits with findings and phiếu (see the module docstring)."""
    large = scale == "large"
    dep_ids = [dep.id for dep in departments if dep.id is not None]
    if large:
        # A large agency trains more auditors: certify one extra person in each department that has none.
        covered = {p.department_id for p in people if p.is_internal_auditor}
        for person in people:
            if person.department_id not in covered and not person.is_leader and person.id is not None:
                services.agency.save_person(replace(person, is_internal_auditor=True,
                                                    auditor_certificate="Chứng chỉ ĐGNB số 301/2024"))
                covered.add(person.department_id)
    auditors = services.audits.auditors()
    if len(auditors) < 2:
        return
    secretary = next((p for p in people if p.is_iso_secretary), None)
    leader = secretary.id if secretary else auditors[0].id
    year_now = cd.reporting_year_of(today)
    years = sorted(y.year for y in services.years.years())
    overdue_done = False
    for year in years:
        start = _third_monday_of_october(year)
        end = start + timedelta(days=2 if not large else 4)
        if start > today + timedelta(days=60):
            continue
        team = [x.id for x in auditors if x.id != leader][: 7 if large else 2]
        item = services.audits.save_round(a.AuditRound(
            None, year, start, end, department_ids=tuple(dep_ids), leader_id=leader, member_ids=tuple(team),
            processes="Các quy trình giải quyết TTHC và các quy trình hệ thống đang áp dụng"))
        slots = services.audits.propose_schedule(item.id)
        slots = [replace(s, representative=f"Lãnh đạo {departments[dep_ids.index(s.department_id)].name}")
                 if s.department_id in dep_ids else s for s in slots]
        services.audits.save_schedule(item.id, slots)
        if end >= today:
            continue  # planned, not held yet
        by_department = {s.department_id: s for s in slots if s.kind is a.SlotKind.AUDIT}
        findings = []
        for k in range(rng.randint(2, 4) if not large else rng.randint(4, 8)):
            clause, text, evidence, requirement = rng.choice(_NC_TEXTS)
            dep = rng.choice(dep_ids)
            slot = by_department[dep]
            findings.append(services.audits.save_finding(a.Finding(
                None, item.id, a.FindingKind.NONCONFORMITY, dep, clause, text, slot.day, evidence=evidence,
                requirement=requirement, found_by_id=slot.auditor_ids[0] if slot.auditor_ids else leader,
                confirmed_by=slot.representative)))
        for _ in range(rng.randint(1, 3)):
            clause, text = rng.choice(_OBS_TEXTS)
            dep = rng.choice(dep_ids)
            slot = by_department[dep]
            services.audits.save_finding(a.Finding(
                None, item.id, a.FindingKind.OBSERVATION, dep, clause, text, slot.day,
                found_by_id=slot.auditor_ids[0] if slot.auditor_ids else leader, confirmed_by=slot.representative))
        services.audits.set_held(item.id)
        people_by_department = {p.department_id: p for p in people if p.id is not None}
        for k, finding in enumerate(findings):
            nc = services.nonconformities.raise_from_finding(finding.id, raised_on=end)
            owner = people_by_department.get(finding.department_id, people[0])
            due = end + timedelta(days=30)
            nc = services.nonconformities.save(replace(
                nc, correction="Bổ sung ngay hồ sơ, biểu mẫu còn thiếu", cause=rng.choice(_CAUSES),
                cause_category=rng.choice(list(a.CauseCategory)), action=rng.choice(_ACTIONS),
                action_owner_id=owner.id, due_date=due, approved_by="Trần Thị Minh Hằng", approved_on=end))
            last_year = year == year_now - 1
            if year == year_now and k == 0:
                continue  # this year's newest phiếu: still open
            nc = services.nonconformities.advance(nc.id, end)
            nc = services.nonconformities.advance(nc.id, end + timedelta(days=3))
            if last_year and not overdue_done:
                overdue_done = True  # last year's phiếu still under way long after its deadline
                continue
            if due >= today:
                continue
            done = due - timedelta(days=5)
            nc = services.nonconformities.save(replace(nc, result="Đã thực hiện, có hồ sơ kèm theo", done_on=done))
            nc = services.nonconformities.advance(nc.id, done)
            checker = leader if owner.id != leader else team[0]
            if year == year_now and k == 1:
                services.nonconformities.record_check(
                    nc.id, checker_id=checker, on=done + timedelta(days=3), passed=False,
                    notes="Kiểm tra lại vẫn còn hồ sơ thiếu phiếu kiểm soát",
                    new_action="Giao Văn phòng kiểm tra hồ sơ hằng tuần", new_due=today + timedelta(days=20))
                continue
            services.nonconformities.record_check(nc.id, checker_id=checker, on=done + timedelta(days=3), passed=True,
                                                  notes="Đã kiểm tra, hành động khắc phục có hiệu lực")
    # A nonconformity from a citizen's complaint, outside any audit.
    complaint_day = today - timedelta(days=20)
    if years and years[0] <= cd.reporting_year_of(complaint_day):
        services.nonconformities.save(a.Nonconformity(
            None, 0, 0, complaint_day, dep_ids[-1], a.NcSource.FEEDBACK,
            "Công dân phản ánh hồ sơ đăng ký kinh doanh hộ cá thể bị yêu cầu bổ sung giấy tờ không có trong quy định",
            requirement="Quy trình giải quyết TTHC lĩnh vực thành lập và hoạt động của hộ kinh doanh",
            found_by="Bộ phận Một cửa", correction="Đã xin lỗi công dân và giải quyết hồ sơ ngay trong ngày"))
    _seed_links(services)


def _seed_links(services: Any) -> None:
    """The links a secretary makes from the phiếu: a procedure revised because of one (its revision in
    force, evidence of the action) and a risk entry of the register updated by another."""
    from isodesk.domain.documents import DocumentKind, DocumentFilter
    from isodesk.domain.formatting import fold

    ncs = sorted(services.nonconformities.search(), key=lambda n: (n.year, n.number))
    if not ncs:
        return
    revised = next((n for n in ncs if "Sửa đổi quy trình" in n.action), ncs[0])
    procedures = [r for r in services.documents.list_documents(DocumentFilter(kind=DocumentKind.SYSTEM_PROCEDURE))
                  if "kiem soat thong tin" in fold(r.title)]
    if procedures and revised.id is not None:
        details = services.documents.get_document(procedures[0].id)
        revision = details.effective_revision or details.open_revision
        services.nonconformities.link_document(revised.id, details.id, revision.id if revision else None,
                                               revised.raised_on)
        if revised.state is not a.NcState.CLOSED:
            services.nonconformities.save(replace(revised, follow_up=f"Sửa đổi {details.code} {details.title}."))
    risky = next((n for n in ncs if "6.1" in n.requirement and n is not revised), ncs[-1])
    entries = [e for e in services.risks.list_entries(risky.year) if e.source_kind is None and e.id is not None]
    entries.sort(key=lambda e: not any(w in fold(e.issue) for w in ("thu tuc", "tthc", "van ban")))
    if entries and risky.id is not None:
        services.risks.link_source(entries[0].id, "nonconformity", risky.id)
