"""Demo databases: a fictional commune with a realistic year (``small``), or a big agency with ten
years of history for benchmarks (``large``). Everything here is invented; names are marked as a
demo in the agency name so a demo file can never be mistaken for real data.
"""

from __future__ import annotations

import contextlib
import os
import random
import shutil
import sqlite3
import urllib.parse
from datetime import date, datetime, timedelta
from enum import Enum
from pathlib import Path

from isodesk.demo.audit import seed_demo_audit
from isodesk.demo.documents import seed_demo_documents
from isodesk.demo.legal import seed_demo_legal
from isodesk.demo.risks import seed_demo_risks
from isodesk.demo.objectives import seed_demo_objectives
from isodesk.demo.results import seed_demo_results
from isodesk.demo.review import seed_demo_review
from isodesk.demo.report import seed_demo_report
from isodesk.domain import core as d
from isodesk.services.registry import Services, files_dir_for, open_services

DEMO_MARK = " (dữ liệu mẫu)"

_FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"]
_MIDDLE = ["Văn", "Thị", "Đức", "Minh", "Thu", "Quốc", "Hữu", "Thanh", "Ngọc", "Xuân", "Hồng", "Công"]
_GIVEN = ["Hùng", "Lan", "Hoa", "Nam", "Tuấn", "Hương", "Dũng", "Mai", "Sơn", "Hà", "Long", "Trang", "Phúc",
          "Yến", "Khánh", "Thảo", "Bình", "Quang", "Linh", "Tâm", "Hải", "Vân", "Cường", "Nga"]

COMMUNE_DEPARTMENTS = [
    ("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân", "VP"),
    ("Phòng Kinh tế", "KT"),
    ("Phòng Văn hóa - Xã hội", "VHXH"),
    ("Trung tâm Phục vụ hành chính công", "TTPVHCC"),
]
#: The units of the commune before the two-tier reform of 1/7/2025 (retired, dated).
PRE_REFORM_DEPARTMENTS = [
    ("Bộ phận Văn phòng - Thống kê", "VPTK"),
    ("Bộ phận Tiếp nhận và trả kết quả", "TNTKQ"),
]
REFORM_DAY = date(2025, 7, 1)
LARGE_DEPARTMENTS = COMMUNE_DEPARTMENTS + [
    ("Phòng Tài chính - Kế hoạch", "TCKH"), ("Phòng Tư pháp - Hộ tịch", "TP"), ("Phòng Địa chính - Xây dựng", "ĐCXD"),
    ("Phòng Nông nghiệp và Môi trường", "NNMT"), ("Ban Chỉ huy Quân sự", "BCHQS"), ("Phòng Nội vụ", "NV"),
]


def _name(rng: random.Random) -> str:
    return f"{rng.choice(_FAMILY)} {rng.choice(_MIDDLE)} {rng.choice(_GIVEN)}"


#: Written into every demo database, so isodesk can tell its own demo file from a real register.
DEMO_SETTING_KEY = "demo.generated_by"
DEMO_SETTING_VALUE = "isodesk demo-data"
_SQLITE_MAGIC = b"SQLite format 3\x00"
_SIDE_SUFFIXES = ("-wal", "-shm", "-journal")


class DemoTarget(Enum):
    """What lies at the path a demo database is asked to be written to."""

    MISSING = "missing"  # nothing there: safe
    DEMO = "demo"  # a demo database isodesk wrote itself: safe to replace
    OTHER = "other"  # anything else (a real register, another program's file, a document): refuse


def inspect_demo_target(path: Path) -> DemoTarget:
    """Tell whether ``path`` may be replaced by a demo database, without changing anything there.

    Only a missing path and a demo database written by :func:`generate_demo` are replaceable; a real
    register, an empty or foreign file, or a folder are not (the file is read, never opened for writing).
    """
    path = Path(path)
    files = files_dir_for(path)
    if not path.exists() and not path.is_symlink():
        sidecars = [Path(str(path) + suffix) for suffix in _SIDE_SUFFIXES]
        # A -wal without its database, or an attachments folder, still belongs to someone's data.
        if any(p.exists() for p in sidecars) or files.exists():
            return DemoTarget.OTHER
        return DemoTarget.MISSING
    if not path.is_file() or path.is_symlink():
        return DemoTarget.OTHER
    try:
        with open(path, "rb") as handle:
            if handle.read(len(_SQLITE_MAGIC)) != _SQLITE_MAGIC:
                return DemoTarget.OTHER
        # immutable=1: read the file as it is, create no -wal/-shm beside it, take no lock.
        uri = "file:" + urllib.parse.quote(str(path.resolve())) + "?mode=ro&immutable=1"
        with contextlib.closing(sqlite3.connect(uri, uri=True)) as connection:
            row = connection.execute("SELECT value FROM app_setting WHERE key = ?", (DEMO_SETTING_KEY,)).fetchone()
    except (OSError, sqlite3.Error):
        return DemoTarget.OTHER
    return DemoTarget.DEMO if row is not None and row[0] == DEMO_SETTING_VALUE else DemoTarget.OTHER


def _data_paths(path: Path) -> list[Path]:
    """The database file, its SQLite side files and its attachments folder, those that exist."""
    candidates = [path, *(Path(str(path) + suffix) for suffix in _SIDE_SUFFIXES), files_dir_for(path)]
    return [p for p in candidates if p.exists() or p.is_symlink()]


def set_aside(path: Path, stamp: str | None = None) -> list[Path]:
    """Rename the data at ``path`` (file, side files, attachments folder) to ``<name>.truoc-demo-<time>…``.

    Renaming is instant and keeps every byte: it is the way back for ``demo-data --force``.
    Returns the new paths.
    """
    stamp = stamp or datetime.now().strftime("%Y%m%d-%H%M%S")
    moved = []
    for p in _data_paths(path):
        target = p.with_name(f"{p.name}.truoc-demo-{stamp}")
        os.replace(p, target)
        moved.append(target)
    return moved


def _remove(paths: list[Path]) -> None:
    for p in paths:
        if p.is_dir() and not p.is_symlink():
            shutil.rmtree(p, ignore_errors=True)
        else:
            p.unlink(missing_ok=True)


def generate_demo(path: Path, scale: str = "small", seed: int = 2025, today: date | None = None, *,
                  force: bool = False) -> Path:
    """Write a fresh demo database at ``path``.

    The database is built under a temporary name in the same folder and renamed into place only
    when complete, so a killed run never leaves a half-written demo under the final name. Only a
    missing path or an earlier demo database is replaced; anything else raises
    :class:`DemoTargetTaken` unless ``force`` is given, and then it is renamed aside (see
    :func:`set_aside`), never deleted.

    Raises:
        DemoTargetTaken: ``path`` holds other data and ``force`` is false (nothing was changed).
    """
    path = Path(path)
    status = inspect_demo_target(path)
    if status is DemoTarget.OTHER and not force:
        raise DemoTargetTaken(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    today = today or date.today()
    temporary = path.with_name(f".{path.stem}.building-{os.getpid()}{path.suffix or '.db'}")
    for stale in path.parent.glob(f".{path.stem}.building-*"):  # left by a killed earlier run
        _remove([stale])
    try:
        services = open_services(temporary)
        try:
            fill_demo(services, rng, scale, today)
            services.settings.set(DEMO_SETTING_KEY, DEMO_SETTING_VALUE)
        finally:
            services.close()
        # Fold the WAL into the file so the database is one complete file before it is renamed.
        with contextlib.closing(sqlite3.connect(temporary)) as connection:
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            connection.execute("PRAGMA journal_mode=DELETE")
        if status is DemoTarget.OTHER:
            set_aside(path)
        else:
            _remove(_data_paths(path))
        temporary_files = files_dir_for(temporary)
        if temporary_files.exists():
            os.replace(temporary_files, files_dir_for(path))
        os.replace(temporary, path)  # last: the database appears only when everything is in place
    finally:
        _remove(_data_paths(temporary))
    return path


class DemoTargetTaken(Exception):
    """The path given for a demo database holds something else; nothing was changed."""

    def __init__(self, path: Path) -> None:
        super().__init__(str(path))
        self.path = path


def fill_demo(services: Services, rng: random.Random, scale: str, today: date) -> None:
    """Fill every module's demo content into an open, empty database."""
    large = scale == "large"
    year_now = d.reporting_year_of(today)
    first_year = year_now - (9 if large else 1)

    services.agency.save_profile(d.AgencyProfile(
        id=None, valid_from=date(2015, 1, 1), name="Ủy ban nhân dân xã Sơn Lâm" + DEMO_MARK,
        parent_name="Ủy ban nhân dân huyện Hương Sơn", tier=d.AgencyTier.COMMUNE, province="Hà Tĩnh",
        place_name="Sơn Lâm", abbreviation="UBND", address="Thôn Trung Lâm, xã Sơn Lâm, huyện Hương Sơn, tỉnh Hà Tĩnh",
        phone="0239 3875 123", email="ubndsonlam@hatinh.gov.vn", head_title="Chủ tịch",
        deputy_title="Phó Chủ tịch", collective_name="Ủy ban nhân dân"))
    services.agency.save_profile(d.AgencyProfile(
        id=None, valid_from=date(2025, 7, 1), name="Ủy ban nhân dân xã Sơn Lâm" + DEMO_MARK,
        parent_name="Ủy ban nhân dân tỉnh Hà Tĩnh", tier=d.AgencyTier.COMMUNE, province="Hà Tĩnh",
        place_name="Sơn Lâm", abbreviation="UBND", address="Thôn Trung Lâm, xã Sơn Lâm, tỉnh Hà Tĩnh",
        phone="0239 3875 123", email="ubndsonlam@hatinh.gov.vn", head_title="Chủ tịch",
        deputy_title="Phó Chủ tịch", collective_name="Ủy ban nhân dân"))

    # Before the 2025 reform the commune had civil-servant posts, not phòng; the phòng of NĐ 150/2025
    # exist from 1/7/2025, so a document of early 2025 names the old units and a later one the new.
    for n, a in PRE_REFORM_DEPARTMENTS:
        services.agency.save_department(d.Department(None, n, a, active=False, valid_from=date(2015, 1, 1),
                                                     valid_to=REFORM_DAY - timedelta(days=1)))
    departments = [services.agency.save_department(d.Department(
        None, n, a, valid_from=REFORM_DAY if (n, a) in COMMUNE_DEPARTMENTS else None))
        for n, a in (LARGE_DEPARTMENTS if large else COMMUNE_DEPARTMENTS)]

    for y in range(first_year, year_now + 1):
        start, end = d.default_period(y)
        services.years.save(d.ReportingYear(None, y, start, end, date(y, 12, 10),
                                            notes="Theo Kế hoạch của Sở Khoa học và Công nghệ tỉnh Hà Tĩnh"))

    steering = services.register.save(d.IssuedDocument(
        None, d.IssuedDocType.DECISION, "UBND", 12, "QĐ-UBND", date(first_year, 1, 8),
        "Về việc kiện toàn Ban Chỉ đạo ISO xã Sơn Lâm", signer_name="Phan Đức Thắng", signer_title="Chủ tịch",
        status=d.IssuedDocStatus.ISSUED, purpose=d.DocPurpose.STEERING, year=first_year))

    vp, kt, vhxh, tt = departments[:4]
    people = [
        d.Person(None, "Phan Đức Thắng", "Chủ tịch UBND", vp.id, is_leader=True,
                 steering_role=d.SteeringRole.HEAD, steering_decision_id=steering.id),
        d.Person(None, "Trần Thị Minh Hằng", "Phó Chủ tịch UBND", vp.id, is_leader=True,
                 steering_role=d.SteeringRole.DEPUTY, steering_decision_id=steering.id),
        d.Person(None, "Lê Quốc Bảo", "Phó Chủ tịch UBND", kt.id, is_leader=True,
                 steering_role=d.SteeringRole.MEMBER, steering_decision_id=steering.id),
        d.Person(None, "Nguyễn Thị Thu Hà", "Chuyên viên Văn phòng", vp.id, is_iso_secretary=True,
                 is_internal_auditor=True, auditor_certificate="Chứng chỉ ĐGNB số 215/2023, Chi cục TĐC Hà Tĩnh",
                 steering_role=d.SteeringRole.SECRETARY, steering_decision_id=steering.id),
        d.Person(None, "Võ Văn Hùng", "Chánh Văn phòng", vp.id, is_internal_auditor=True,
                 auditor_certificate="Chứng chỉ ĐGNB số 118/2022", steering_role=d.SteeringRole.MEMBER,
                 steering_decision_id=steering.id),
        d.Person(None, "Đặng Thị Hương", "Trưởng phòng Kinh tế", kt.id, steering_role=d.SteeringRole.MEMBER,
                 steering_decision_id=steering.id),
        d.Person(None, "Hồ Minh Tuấn", "Trưởng phòng Văn hóa - Xã hội", vhxh.id, is_internal_auditor=True,
                 auditor_certificate="Chứng chỉ ĐGNB số 119/2022", steering_role=d.SteeringRole.MEMBER,
                 steering_decision_id=steering.id),
        d.Person(None, "Bùi Thanh Nga", "Giám đốc Trung tâm Phục vụ hành chính công", tt.id,
                 steering_role=d.SteeringRole.MEMBER, steering_decision_id=steering.id),
        d.Person(None, "Ngô Văn Long", "Công chức Tư pháp - Hộ tịch", tt.id),
        d.Person(None, "Dương Thị Yến", "Công chức Địa chính - Xây dựng", kt.id),
        d.Person(None, "Lý Hữu Phúc", "Công chức Văn hóa - Xã hội", vhxh.id),
    ]
    extra = 50 if large else 0
    for _ in range(extra):
        dep = rng.choice(departments)
        people.append(d.Person(None, _name(rng), rng.choice(["Chuyên viên", "Công chức", "Viên chức"]), dep.id))
    saved_people = [services.agency.save_person(p) for p in people]

    _fill_register(services, rng, first_year, year_now, today)

    # Each module's own demo content, on the same generator so the same seed gives the same demo.
    seed_demo_documents(services, rng, scale, departments, saved_people, today)
    seed_demo_legal(services, rng, scale, departments, today)
    seed_demo_risks(services, scale, departments, today)
    seed_demo_objectives(services, rng, scale, departments, saved_people, today)
    seed_demo_audit(services, rng, scale, departments, saved_people, today)
    seed_demo_results(services, rng, today, first_year)
    # The modules' seeders add decisions in bulk; give every number its place in date order.
    services.register.renumber_in_date_order()
    seed_demo_review(services, saved_people, today)
    seed_demo_report(services)  # each year's report outline (the default for the agency's tier)


_YEAR_DOCS: list[tuple[d.DocPurpose, d.IssuedDocType, str, int, int]] = [
    # purpose, type, summary template, month, day
    (d.DocPurpose.ANNUAL_PLAN, d.IssuedDocType.PLAN,
     "Duy trì, cải tiến Hệ thống quản lý chất lượng theo tiêu chuẩn quốc gia TCVN ISO 9001:2015 năm {y}", 1, 12),
    (d.DocPurpose.QUALITY_OBJECTIVES, d.IssuedDocType.DECISION,
     "Về việc ban hành Mục tiêu chất lượng và Kế hoạch thực hiện mục tiêu chất lượng năm {y}", 2, 20),
    (d.DocPurpose.RISK_PLAN, d.IssuedDocType.PLAN,
     "Hành động giải quyết rủi ro và cơ hội năm {y}", 3, 10),
    (d.DocPurpose.AUDIT_TEAM, d.IssuedDocType.DECISION,
     "Về việc thành lập Đoàn đánh giá nội bộ Hệ thống quản lý chất lượng theo tiêu chuẩn quốc gia TCVN ISO 9001:2015 năm {y}", 10, 14),
    (d.DocPurpose.AUDIT_PLAN, d.IssuedDocType.PLAN,
     "Đánh giá nội bộ Hệ thống quản lý chất lượng năm {y}", 10, 15),
    (d.DocPurpose.AUDIT_REPORT, d.IssuedDocType.REPORT,
     "Kết quả đánh giá nội bộ Hệ thống quản lý chất lượng năm {y}", 10, 28),
    (d.DocPurpose.MANAGEMENT_REVIEW, d.IssuedDocType.MINUTES,
     "Họp xem xét của lãnh đạo đối với Hệ thống quản lý chất lượng năm {y}", 11, 5),
    (d.DocPurpose.ANNUAL_REPORT, d.IssuedDocType.REPORT,
     "Kết quả xây dựng, áp dụng, duy trì, cải tiến Hệ thống quản lý chất lượng theo tiêu chuẩn TCVN ISO 9001:2015 năm {y}", 12, 2),
]


def _issue(services: Services, item: d.IssuedDocument, when: date) -> None:
    """Save a document in the register and give it its number and date."""
    saved = services.register.save(item)
    assert saved.id is not None  # save() returns the stored row
    services.register.register(saved.id, when)


def _fill_register(services: Services, rng: random.Random, first_year: int, year_now: int, today: date) -> None:
    """Each year's ISO documents; in the current year only those whose time has come are issued."""
    # After the 1/7/2025 reform the merged commune announced (công bố) its QMS for the new scope.
    announced = date(2025, 9, 5)
    to_number: list[tuple[date, d.IssuedDocument]] = []
    if announced <= today:
        to_number.append((announced, d.IssuedDocument(
            None, d.IssuedDocType.DECISION, "UBND", None, "QĐ-UBND", None,
            "Về việc công bố Hệ thống quản lý chất lượng phù hợp Tiêu chuẩn quốc gia TCVN ISO 9001:2015",
            signer_name="Phan Đức Thắng", signer_title="Chủ tịch", purpose=d.DocPurpose.CONFORMITY, year=2025)))
    for y in range(first_year, year_now + 1):
        for purpose, kind, summary, month, day in _YEAR_DOCS:
            when = date(y, month, day) + timedelta(days=rng.randint(-5, 5))
            signer = "Trần Thị Minh Hằng" if kind is not d.IssuedDocType.MINUTES else "Nguyễn Thị Thu Hà"
            item = d.IssuedDocument(None, kind, "UBND", None, f"{kind.value}-UBND", None, summary.format(y=y),
                                    signer_name=signer, signer_title="Phó Chủ tịch", purpose=purpose, year=y)
            review_pending = y == year_now and purpose is d.DocPurpose.MANAGEMENT_REVIEW
            if y < year_now or (when <= today - timedelta(days=10) and not review_pending):
                to_number.append((when, item))
            elif review_pending and when <= today + timedelta(days=30):
                services.register.save(item)  # drafted, not yet issued: shows as a draft on the home screen
    # Numbers run in date order (NĐ 30 Điều 15): the clerk numbers documents as they are signed.
    for when, item in sorted(to_number, key=lambda pair: pair[0]):
        _issue(services, item, when)
