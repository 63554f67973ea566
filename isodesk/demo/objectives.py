"""Demo content of the objectives module: the quality policy with the decision that issued it, and
each year's quality objectives (agency level, and per department for the large agency) with their
6.2.2 plan and their periodic results — some missed, and in the current year the periods still to
come (or just over, to show the "results missing" check) without results.

Written in one transaction on a session without the change-history hooks: a demo has nothing to undo.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy.orm import Session

from isodesk.domain import core as cd
from isodesk.domain import objectives as d
from isodesk.services.objectives.objective_service import ObjectiveService
from isodesk.services.registry import Services
from isodesk.storage.models.objectives import QualityPolicyRow

POLICY_TEXT = (
    "Ủy ban nhân dân xã cam kết xây dựng, áp dụng, duy trì và cải tiến Hệ thống quản lý chất lượng theo "
    "tiêu chuẩn quốc gia TCVN ISO 9001:2015 trong hoạt động quản lý nhà nước và giải quyết thủ tục hành chính, "
    "với phương châm: CÔNG KHAI – MINH BẠCH – ĐÚNG HẠN – TẬN TỤY, vì sự hài lòng của tổ chức và công dân.")
POLICY_TEXT_NEW = (
    "Ủy ban nhân dân xã không ngừng cải tiến chất lượng phục vụ: giải quyết thủ tục hành chính nhanh chóng, "
    "đúng quy định, ưu tiên dịch vụ công trực tuyến; cán bộ, công chức chuyên nghiệp, tận tụy; lấy sự hài lòng "
    "của người dân, doanh nghiệp làm thước đo chất lượng.")

# title, comparator, target, unit, indicator, method, frequency, figure key, measures (measure, resources, who)
AGENCY_OBJECTIVES: list[tuple[str, str, str, str, str, str, d.Frequency, str, tuple[tuple[str, str, str], ...]]] = [
    ("Giải quyết hồ sơ thủ tục hành chính đúng hạn", "≥", "98", "%",
     "hồ sơ TTHC được giải quyết trước và đúng hạn",
     "Thống kê trên Hệ thống thông tin giải quyết TTHC tỉnh", d.Frequency.QUARTERLY, "tthc.on_time_rate",
     (("Niêm yết, công khai đầy đủ TTHC tại Bộ phận Một cửa và trên Cổng dịch vụ công", "Cán bộ một cửa",
       "Trung tâm Phục vụ hành chính công"),
      ("Theo dõi, nhắc hạn hồ sơ hằng ngày; xin lỗi công dân khi hồ sơ trễ hạn", "Phần mềm một cửa điện tử",
       "Văn phòng HĐND và UBND"))),
    ("Nâng cao sự hài lòng của tổ chức, công dân", "≥", "95", "%",
     "tổ chức, công dân hài lòng khi giải quyết TTHC",
     "Phiếu khảo sát sự hài lòng (mẫu của tỉnh), tổng hợp 6 tháng", d.Frequency.HALF_YEARLY, "",
     (("Khảo sát sự hài lòng bằng phiếu và trên Cổng dịch vụ công", "Kinh phí in phiếu", "Văn phòng HĐND và UBND"),)),
    ("Trả lời phản ánh, kiến nghị kịp thời", "=", "100", "%",
     "ý kiến phản ánh, kiến nghị được trả lời trong 10 ngày làm việc",
     "Sổ theo dõi phản ánh, kiến nghị", d.Frequency.QUARTERLY, "",
     (("Tiếp nhận phản ánh qua hòm thư, đường dây nóng, Cổng dịch vụ công; chuyển xử lý trong ngày",
       "Hòm thư góp ý, đường dây nóng", "Văn phòng HĐND và UBND"),)),
    ("Đẩy mạnh dịch vụ công trực tuyến", "≥", "80", "%",
     "hồ sơ TTHC được tiếp nhận trực tuyến",
     "Báo cáo trên Hệ thống thông tin giải quyết TTHC tỉnh", d.Frequency.HALF_YEARLY, "",
     (("Hướng dẫn người dân nộp hồ sơ trực tuyến tại Bộ phận Một cửa", "Tổ công nghệ số cộng đồng",
       "Trung tâm Phục vụ hành chính công"),)),
    ("Số hóa hồ sơ, kết quả giải quyết TTHC", "≥", "90", "%",
     "hồ sơ, kết quả giải quyết TTHC được số hóa", "Thống kê trên Kho dữ liệu điện tử của tổ chức, cá nhân",
     d.Frequency.YEARLY, "",
     (("Số hóa hồ sơ khi tiếp nhận và kết quả khi trả", "Máy quét, phần mềm", "Trung tâm Phục vụ hành chính công"),)),
    ("Giảm hồ sơ phải bổ sung nhiều lần", "≤", "1", "%",
     "hồ sơ phải yêu cầu bổ sung quá 01 lần", "Thống kê phiếu yêu cầu bổ sung, hoàn thiện hồ sơ",
     d.Frequency.YEARLY, "",
     (("Hướng dẫn đầy đủ thành phần hồ sơ ngay lần đầu; rà soát mẫu phiếu hướng dẫn", "",
       "Trung tâm Phục vụ hành chính công"),)),
]

DEPARTMENT_OBJECTIVES: list[tuple[str, str, str, str, str, str, d.Frequency]] = [
    ("Tham mưu văn bản đúng thời hạn", "≥", "95", "%", "văn bản tham mưu hoàn thành đúng thời hạn được giao",
     "Theo dõi trên hệ thống quản lý văn bản và điều hành", d.Frequency.HALF_YEARLY),
    ("Không để sai sót phải đính chính văn bản", "≤", "2", "văn bản", "phải đính chính, thay thế trong năm",
     "Sổ đăng ký văn bản đi", d.Frequency.YEARLY),
    ("Tập huấn nghiệp vụ cho công chức", "=", "100", "%", "công chức của phòng được tập huấn ISO và nghiệp vụ",
     "Danh sách tham gia tập huấn", d.Frequency.YEARLY),
]


def _value(rng: random.Random, comparator: d.Comparator, target: Decimal, unit: str, missed: bool) -> Decimal:
    """A plausible measured value, on the wrong side of the target when ``missed``."""
    step = Decimal(rng.randint(1, 30)) / 10 if unit == "%" else Decimal(rng.randint(1, 2))
    higher_is_better = comparator in (d.Comparator.GE, d.Comparator.GT, d.Comparator.EQ)
    if missed:
        value = target - step if higher_is_better else target + step
    elif comparator is d.Comparator.EQ:
        value = target
    else:
        value = target + step if higher_is_better else max(Decimal(0), target - step)
    if unit == "%":
        value = min(Decimal(100), max(Decimal(0), value))
    return value


def seed_demo_objectives(services: Services, rng: random.Random, scale: str,
                         departments: Sequence[cd.Department], people: Sequence[cd.Person], today: date) -> None:
    """Policy and each reporting year's objectives with plans and results."""
    large = scale == "large"
    years = sorted(y.year for y in services.years.years())
    decisions = {}
    for year in years:
        issued = services.register.list(year=year, purpose=cd.DocPurpose.QUALITY_OBJECTIVES)
        decisions[year] = issued[0].id if issued else None
    measurers = [p.full_name for p in people] or ["Thư ký ISO"]
    with Session(services.engine) as s, s.begin():
        s.add(QualityPolicyRow(valid_from=years[0], text=POLICY_TEXT, decision_id=decisions[years[0]]))
        if large and len(years) > 4:
            middle = years[len(years) // 2]
            s.add(QualityPolicyRow(valid_from=middle, text=POLICY_TEXT_NEW, decision_id=decisions[middle]))
        items: list[d.Objective] = []
        for year in years:
            for title, comp, target, unit, indicator, method, freq, key, measures in AGENCY_OBJECTIVES:
                plan = tuple(d.PlanRow(None, m, r, who, f"Cả năm {year}") for m, r, who in measures)
                items.append(d.Objective(None, year, title, indicator, d.Comparator(comp), Decimal(target), unit,
                                         method, freq, figure_key=key, plan=plan))
            chosen = departments if large else departments[:2]
            for department in chosen:
                for title, comp, target, unit, indicator, method, freq in DEPARTMENT_OBJECTIVES[: 3 if large else 1]:
                    plan = (d.PlanRow(None, f"Phân công, theo dõi tiến độ trong {department.name}", "",
                                      department.name, f"Năm {year}"),)
                    items.append(d.Objective(None, year, title, indicator, d.Comparator(comp), Decimal(target), unit,
                                             method, freq, d.Level.DEPARTMENT, department.id, plan=plan))
        with_results = []
        for item in items:
            results = []
            past = [p for p in item.periods if p.end + timedelta(days=10) <= today]
            for number, period in enumerate(past):
                due = period.end + timedelta(days=10)
                if item.year == max(years) and number == len(past) - 1 and rng.random() < 0.3:
                    continue  # the latest period of the current year: not everyone has measured yet
                assert item.comparator is not None and item.target is not None
                value = _value(rng, item.comparator, item.target, item.unit, rng.random() < 0.15)
                results.append(d.ObjectiveResult(None, None, period.code, value,
                                                 f"Báo cáo kết quả {period.label.lower()}", rng.choice(measurers),
                                                 due))
            with_results.append(replace(item, results=tuple(results)))
        ObjectiveService.bulk_insert(s, with_results)
