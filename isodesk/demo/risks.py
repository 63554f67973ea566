"""Demo content of the risks and opportunities module: one register per reporting year, grouped as
Phụ lục 2 (internal factors, external factors, interested parties), with the wording agencies use
(the Hà Tĩnh 2024 seed), actions with owners and deadlines — some overdue in the current year —, past
years evaluated at year end (mostly "đạt", a few "chưa đạt") and each year carried from the last.

``small`` is a commune (about a dozen entries a year, two years); ``large`` a big agency (≈ 120 entries a
year over ten years, for the benchmarks). Rows are written with Core ``INSERT … executemany`` in ONE
transaction, bypassing the change history like the other demo seeders (a demo has nothing to undo).
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date, timedelta

from sqlalchemy import insert

from isodesk.domain import core as cd
from isodesk.domain import risks as d
from isodesk.services.registry import Services
from isodesk.storage.models.risks import RiskActionRow, RiskEntryRow

G = d.RiskGroup
L = d.RiskLevel
K = d.EntryKind

#: (group, vấn đề, tác động, kind, level, cơ hội, actions, mục tiêu) — phrased as secretaries write them.
_TEMPLATES: tuple[tuple[G, str, str, K, L | None, str, tuple[str, ...], str], ...] = (
    (G.INTERNAL, "Rủi ro do thay đổi nhân sự: nghỉ việc, chuyển công tác, học tập trung, nghỉ sinh",
     "Công việc bị gián đoạn khi vị trí việc làm thiếu người; hồ sơ TTHC có thể bị chậm", K.BOTH, L.LOW,
     "Đào tạo, phát hiện những nhân viên giỏi sâu về chuyên môn",
     ("Bố trí người dự phòng cho từng vị trí việc làm ở bộ phận một cửa",
      "Đào tạo kiêm nhiệm cho công chức để thay thế khi có biến động nhân sự"),
     "Đảm bảo công việc vận hành ổn định khi có nhân sự thay đổi"),
    (G.INTERNAL, "Rủi ro do xử lý hồ sơ TTHC quá hạn",
     "Hồ sơ giải quyết TTHC của tổ chức, cá nhân bị quá hạn; người dân không hài lòng", K.RISK, L.HIGH, "",
     ("Quán triệt thực hiện đúng quy trình; có phiếu xin lỗi và hẹn lại ngày trả kết quả khi quá hạn",
      "Theo dõi hồ sơ sắp đến hạn trên Hệ thống thông tin giải quyết TTHC hằng tuần"),
     "100% hồ sơ TTHC được giải quyết đúng hạn"),
    (G.INTERNAL, "Quy trình nội bộ chưa được cập nhật kịp thời khi TTHC thay đổi",
     "Công chức áp dụng quy trình cũ, thành phần hồ sơ, thời hạn không đúng quy định", K.RISK, L.HIGH, "",
     ("Rà soát các quy trình khi UBND tỉnh công bố TTHC mới, sửa đổi, bãi bỏ",),
     "Quy trình được cập nhật trong 30 ngày kể từ khi TTHC được công bố"),
    (G.INTERNAL, "Trang thiết bị, máy tính tại bộ phận một cửa xuống cấp",
     "Gián đoạn tiếp nhận hồ sơ trực tuyến, mất dữ liệu", K.RISK, L.VERY_HIGH, "",
     ("Đề xuất kinh phí thay thế máy tính, máy quét tại bộ phận một cửa", "Sao lưu dữ liệu hằng tuần"),
     "Không để gián đoạn tiếp nhận hồ sơ quá 01 ngày làm việc"),
    (G.INTERNAL, "Ứng dụng chữ ký số và số hóa hồ sơ TTHC", "", K.OPPORTUNITY, None,
     "Rút ngắn thời gian giải quyết, giảm giấy tờ, thuận tiện tra cứu",
     ("Số hóa kết quả giải quyết TTHC còn hiệu lực", "Cấp chữ ký số cho công chức bộ phận một cửa"),
     "Tỷ lệ hồ sơ được số hóa đạt trên 80%"),
    (G.EXTERNAL, "Rủi ro do áp dụng văn bản QPPL cũ, lỗi thời",
     "Văn bản QPPL thay đổi nhanh sau sắp xếp chính quyền địa phương hai cấp", K.BOTH, L.LOW,
     "Thường xuyên nghiên cứu, cập nhật các văn bản quy phạm pháp luật",
     ("Cập nhật danh mục tài liệu có nguồn gốc bên ngoài hằng quý",),
     "Văn bản được cập nhật, bãi bỏ, bổ sung và thực hiện kịp thời"),
    (G.EXTERNAL, "Sự cố đường truyền, mất điện, lỗi Cổng dịch vụ công",
     "Không tiếp nhận, trả kết quả hồ sơ trực tuyến đúng hẹn", K.RISK, L.HIGH, "",
     ("Lập biên bản, lưu bằng chứng khi có sự cố khách quan", "Bố trí máy phát điện dự phòng"),
     "Mọi trường hợp chậm do sự cố đều có bằng chứng"),
    (G.EXTERNAL, "Thiên tai, bão lũ trong mùa mưa", "Hồ sơ, tài liệu lưu trữ bị hư hỏng", K.RISK, L.HIGH, "",
     ("Di chuyển kho lưu trữ lên tầng 2", "Kiểm tra kho lưu trữ trước mùa mưa bão"),
     "Không để mất, hư hỏng hồ sơ lưu trữ"),
    (G.INTERESTED_PARTIES, "Tuyên truyền để tổ chức, cá nhân thanh toán trực tuyến phí, lệ phí", "",
     K.BOTH, L.LOW, "Tăng tỉ lệ thanh toán trực tuyến",
     ("Thường xuyên tuyên truyền trên loa truyền thanh và tại bộ phận một cửa",),
     "Tỷ lệ thanh toán trực tuyến đạt trên 50%"),
    (G.INTERESTED_PARTIES, "Người dân mong muốn được hướng dẫn đầy đủ, một lần",
     "Người dân phải đi lại nhiều lần, phản ánh về thái độ phục vụ", K.RISK, L.HIGH, "",
     ("Niêm yết đầy đủ TTHC, mẫu đơn, tờ khai tại bộ phận một cửa", "Khảo sát sự hài lòng hằng quý"),
     "Tỷ lệ hài lòng của người dân đạt trên 95%"),
    (G.INTERESTED_PARTIES, "Cán bộ được tạo điều kiện tham gia các lớp tập huấn, bồi dưỡng", "", K.OPPORTUNITY,
     None, "Nâng cao kỹ năng, nghiệp vụ phục vụ công tác chuyên môn",
     ("Cử công chức tham gia lớp tập huấn ISO và cải cách hành chính của tỉnh",),
     "Bố trí nhân lực được đào tạo phù hợp với chuyên môn"),
    (G.INTERESTED_PARTIES, "Doanh nghiệp cần rút ngắn thời gian cấp giấy phép",
     "Chậm cấp phép ảnh hưởng hoạt động sản xuất, kinh doanh", K.BOTH, L.VERY_HIGH,
     "Cắt giảm thời gian giải quyết so với quy định",
     ("Rà soát, đề xuất cắt giảm thời gian giải quyết ít nhất 30% TTHC lĩnh vực công thương",),
     "Thời gian giải quyết giảm ít nhất 30% so với quy định"),
)

_WHO = ("Văn phòng", "Bộ phận một cửa", "Thư ký ISO", "Công chức Tư pháp - Hộ tịch", "Phòng Kinh tế",
        "Trung tâm Phục vụ hành chính công")
_LARGE_TOPICS = ("lĩnh vực đất đai", "lĩnh vực hộ tịch", "lĩnh vực xây dựng", "lĩnh vực bảo trợ xã hội",
                 "lĩnh vực chứng thực", "lĩnh vực giáo dục", "lĩnh vực y tế", "lĩnh vực môi trường",
                 "lĩnh vực công thương", "lĩnh vực nông nghiệp")


def seed_demo_risks(services: Services, scale: str, departments: Sequence[cd.Department], today: date) -> int:
    """Fill the register of every reporting year; returns the number of entries written."""
    rng = random.Random(f"risks:{scale}")  # its own generator: the other modules' demo stays as it was
    large = scale == "large"
    year_now = cd.reporting_year_of(today)
    years = sorted(y.year for y in services.years.years()) or [year_now]
    dep_ids = [dep.id for dep in departments if dep.id is not None]
    templates = list(_TEMPLATES)
    if large:
        templates = [(g, f"{issue} ({topic})", impact, k, lv, opp, acts, target)
                     for topic in _LARGE_TOPICS for (g, issue, impact, k, lv, opp, acts, target) in _TEMPLATES]
    written = 0
    with services.sessions.begin() as s:
        previous: list[int] = []
        for y in years:
            start, end = cd.default_period(y)
            past = end < today
            entries = []
            positions: dict[G, int] = {}
            for i, (g, issue, impact, kind, level, opp, acts, target) in enumerate(templates):
                positions[g] = positions.get(g, 0) + 1
                if kind.has_risk and rng.random() < 0.25:
                    level = rng.choice(list(L))
                evaluated = past or (y == year_now and end - today < timedelta(days=20) and rng.random() < 0.5)
                achieved = rng.random() < 0.85
                entries.append({
                    "year": y, "group_key": g, "position": positions[g], "issue": issue,
                    "impact": (f"{impact} (nhận định năm {y})" if impact and i % 3 == 0 else impact),
                    "kind": kind, "level": level if kind.has_risk else None, "likelihood": None, "severity": None,
                    "opportunity": opp, "target": target, "notes": "", "tthc_field": "",
                    "department_id": rng.choice(dep_ids) if dep_ids and rng.random() < 0.5 else None,
                    "procedure_id": None, "status": d.EntryStatus.OPEN, "needs_review": False,
                    "carried_from_id": previous[i] if i < len(previous) else None,
                    "source_kind": None, "source_id": None,
                    "effectiveness": (d.Effectiveness.ACHIEVED if achieved else d.Effectiveness.NOT_ACHIEVED)
                    if evaluated else None,
                    "observed": ("Các hành động đã thực hiện, không phát sinh sự cố" if achieved
                                 else "Vẫn còn hồ sơ chậm, cần tiếp tục theo dõi") if evaluated else "",
                    "evaluated_by": "Nguyễn Thị Thu Hà" if evaluated else "",
                    "evaluated_on": date(y, 12, 5) if evaluated and past else (today if evaluated else None),
                })
            ids = list(s.scalars(insert(RiskEntryRow).returning(RiskEntryRow.id, sort_by_parameter_order=True),
                                 entries))
            actions = []
            for i, (entry_id, (_, _, _, _, _, _, acts, _)) in enumerate(zip(ids, templates, strict=True)):
                for n, what in enumerate(acts, start=1):
                    deadline = min(date(y, rng.choice((3, 6, 9, 11)), 28), end)
                    if not past and n == 1 and i % 12 in (1, 3) and today - timedelta(days=20) > start:
                        # a couple of actions overdue in the current year, whatever the day of the demo
                        status, done_on, deadline = d.ActionStatus.IN_PROGRESS, None, today - timedelta(days=20)
                    elif past or deadline < today and rng.random() < 0.7:
                        status, done_on = d.ActionStatus.DONE, min(deadline, today)
                    elif deadline < today:
                        status, done_on = d.ActionStatus.IN_PROGRESS, None  # overdue: the home screen says so
                    else:
                        status, done_on = rng.choice((d.ActionStatus.PLANNED, d.ActionStatus.IN_PROGRESS)), None
                    actions.append({"entry_id": entry_id, "position": n, "what": what, "who": rng.choice(_WHO),
                                    "deadline": deadline, "status": status, "done_on": done_on})
            if actions:
                s.execute(insert(RiskActionRow), actions)
            previous = ids
            written += len(ids)
    return written
