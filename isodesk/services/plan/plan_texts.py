"""The suggested Vietnamese texts of the year's QMS maintenance plan, drafted from the data.

Modelled on the seeds (DOMAIN.md §6.1: a provincial KẾ HOẠCH with I. MỤC TIÊU, YÊU CẦU /
II. NHIỆM VỤ / III. TỔ CHỨC THỰC HIỆN and an appendix table of tasks) and on the secretary's year
(§12). Every text here is printed as is, so it is complete administrative prose: no "…", no
bracketed blanks. People are named from the data ("đồng chí …", which is gender-neutral).

Pure functions of a :class:`PlanFacts` snapshot; no database, no Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from isodesk.domain.core import AgencyProfile, Department, Person, ReportingYear, SteeringRole, is_deputy
from isodesk.domain.formatting import fold, short_date
from isodesk.domain.i18n import QT_TRANSLATE_NOOP
from isodesk.domain.plan import PlanSection

QD19 = (
    "Căn cứ Quyết định số 19/2014/QĐ-TTg ngày 05/03/2014 của Thủ tướng Chính phủ về việc áp dụng Hệ thống "
    "quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2008 vào hoạt động của các cơ quan, tổ chức "
    "thuộc hệ thống hành chính nhà nước;"
)
TT26 = (
    "Căn cứ Thông tư số 26/2014/TT-BKHCN ngày 10/10/2014 của Bộ trưởng Bộ Khoa học và Công nghệ quy định chi "
    "tiết thi hành Quyết định số 19/2014/QĐ-TTg ngày 05/03/2014 của Thủ tướng Chính phủ về việc áp dụng Hệ "
    "thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2008 vào hoạt động của các cơ quan, tổ "
    "chức thuộc hệ thống hành chính nhà nước;"
)
QD101 = (
    "Căn cứ Quyết định số 101/QĐ-BKHCN ngày 21/01/2019 của Bộ trưởng Bộ Khoa học và Công nghệ về việc công bố "
    "Mô hình khung hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2015 cho các cơ quan, tổ "
    "chức thuộc hệ thống hành chính nhà nước tại địa phương;"
)
DOST = "Sở Khoa học và Công nghệ"


@dataclass(frozen=True)
class PlanFacts:
    """What the suggestions are drafted from."""

    year: ReportingYear
    profile: AgencyProfile
    people: Sequence[Person]
    departments: Sequence[Department]  # as of the document's date (retired since: still listed)
    step_due: dict[str, date]  # cycle step key → due date of this year
    #: Căn cứ lines other modules contribute (``plan.bases.*`` texts, e.g. the province's ISO plan).
    contributed_bases: tuple[str, ...] = ()

    # ---- people, from the data
    def is_deputy(self, person: Person) -> bool:
        return is_deputy(self.profile, person)

    @property
    def leaders(self) -> list[Person]:
        return [p for p in self.people if p.is_leader]

    @property
    def head(self) -> Person | None:
        heads = [p for p in self.leaders if not self.is_deputy(p)]
        chair = [p for p in heads if p.steering_role is SteeringRole.HEAD]
        return (chair or heads)[0] if chair or heads else None

    @property
    def deputies(self) -> list[Person]:
        return [p for p in self.leaders if self.is_deputy(p)]

    @property
    def secretary(self) -> Person | None:
        return next((p for p in self.people if p.is_iso_secretary), None)

    def steering(self, role: SteeringRole) -> Person | None:
        return next((p for p in self.people if p.steering_role is role), None)

    @property
    def drafting_unit(self) -> str:
        """Abbreviation of the unit that drafts the plan (the secretary's), for ``Lưu: VT, VP.``."""
        by_id = {d.id: d for d in self.departments}
        sec = self.secretary
        if sec is not None and sec.department_id in by_id and by_id[sec.department_id].abbreviation:
            return by_id[sec.department_id].abbreviation
        office = next((d for d in self.departments if fold(d.name).startswith("van phong") and d.abbreviation), None)
        return office.abbreviation if office else ""

    @property
    def one_stop(self) -> str:
        """The unit that receives citizens' files (Trung tâm Phục vụ hành chính công / Bộ phận Một cửa)."""
        for d in self.departments:
            name = fold(d.name)
            if "phuc vu hanh chinh cong" in name or "mot cua" in name:
                return d.name
        return "Bộ phận Một cửa"

    # ---- wording
    @property
    def agency(self) -> str:
        return self.profile.name.strip()

    @property
    def y(self) -> int:
        return self.year.year

    def due(self, step: str, month: int, day: int) -> date:
        return self.step_due.get(step) or date(self.y, month, day)

    @property
    def report_deadline(self) -> date:
        return self.step_due.get("annual_report") or self.year.deadline or self.year.period_end


def text_date(d: date) -> str:
    """A date in running text: ``15/03/2026``, the one NĐ 30 form every generated document uses
    (:func:`~isodesk.domain.formatting.short_date`: day and month zero-padded), never ``15/3/2026``."""
    return short_date(d)


def _named(person: Person | None, role: str) -> str:
    """``Thư ký ISO (Nguyễn Thị Thu Hà)``, or the role alone when nobody holds it."""
    return f"{role} ({person.full_name})" if person is not None else role


def _comrades(people: Sequence[Person]) -> str:
    names = [f"đồng chí {p.full_name}" for p in people]
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " và " + names[-1]


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


# --------------------------------------------------------------------------- the blocks


@dataclass(frozen=True)
class Suggestion:
    """A suggested block: key, section, English label for the editor, printed heading, text."""

    key: str
    section: PlanSection
    label: str
    text: str
    heading: str = ""


def bases(f: PlanFacts) -> str:
    return "\n".join([QD19, TT26, QD101, *f.contributed_bases])


def opening(f: PlanFacts) -> str:
    return (
        "Để duy trì, cải tiến và nâng cao hiệu lực của Hệ thống quản lý chất lượng theo tiêu chuẩn quốc gia "
        "TCVN ISO 9001:2015 (sau đây viết tắt là HTQLCL) đã được xây dựng, áp dụng và công bố, "
        f"{f.agency} ban hành Kế hoạch duy trì, cải tiến HTQLCL năm {f.y} với các nội dung sau:"
    )


def purpose(f: PlanFacts) -> str:
    return "\n".join([
        f"- Duy trì có hiệu lực, hiệu quả HTQLCL trong hoạt động của {f.agency}; bảo đảm các thủ tục "
        "hành chính thuộc thẩm quyền giải quyết và các hoạt động nội bộ trong phạm vi áp dụng được thực hiện "
        "đúng các quy trình đã công bố.",
        "- Kịp thời cập nhật, sửa đổi, bổ sung quy trình khi thủ tục hành chính, văn bản quy phạm pháp luật "
        "thay đổi; phát hiện và khắc phục sự không phù hợp, không ngừng cải tiến chất lượng giải quyết công việc.",
        "- Nâng cao chất lượng phục vụ tổ chức, công dân, góp phần thực hiện có hiệu quả nhiệm vụ cải cách "
        f"hành chính năm {f.y}.",
    ])


def requirements(f: PlanFacts) -> str:
    return "\n".join([
        f"- Lãnh đạo, cán bộ, công chức và người lao động của {f.agency} nắm vững và thực hiện nghiêm túc "
        "chính sách chất lượng, mục tiêu chất lượng và các quy trình của HTQLCL.",
        "- Các nhiệm vụ được triển khai đúng thời gian, có kết quả, sản phẩm cụ thể; hồ sơ được lưu trữ đầy đủ "
        "làm bằng chứng cho việc duy trì, cải tiến HTQLCL.",
        "- Việc duy trì, cải tiến HTQLCL gắn với việc giải quyết thủ tục hành chính theo cơ chế một cửa, một "
        "cửa liên thông và ứng dụng công nghệ thông tin trong hoạt động của cơ quan.",
    ])


@dataclass(frozen=True)
class TaskSpec:
    """One task of the plan: the cycle steps it implements and its suggested texts."""

    id: str
    step_keys: tuple[str, ...]
    texts: Callable[[PlanFacts], dict[str, str]]


def _t_annual_plan(f: PlanFacts) -> dict[str, str]:
    return {
        "name": f"Xây dựng, ban hành Kế hoạch duy trì, cải tiến HTQLCL năm {f.y}",
        "detail": f"Thư ký ISO tham mưu xây dựng Kế hoạch duy trì, cải tiến HTQLCL năm {f.y}, trình lãnh đạo "
                  "ban hành; phổ biến Kế hoạch đến các phòng, bộ phận và cán bộ, công chức để tổ chức thực hiện.",
        "lead": _named(f.secretary, "Thư ký ISO"),
        "partners": "Các phòng, bộ phận",
        "timing": f"Trước ngày {text_date(f.due('annual_plan', 2, 28))}",
        "output": f"Kế hoạch duy trì, cải tiến HTQLCL năm {f.y} được ban hành",
    }


def _t_policy_objectives(f: PlanFacts) -> dict[str, str]:
    return {
        "name": f"Rà soát chính sách chất lượng; xây dựng, ban hành mục tiêu chất lượng năm {f.y}",
        "detail": "Rà soát chính sách chất lượng, bảo đảm phù hợp với chức năng, nhiệm vụ và định hướng của "
                  f"cơ quan; xây dựng mục tiêu chất lượng năm {f.y} và kế hoạch thực hiện mục tiêu chất lượng; "
                  "các phòng, bộ phận xây dựng mục tiêu chất lượng cấp phòng. Mục tiêu chất lượng phải đo lường "
                  "được, được phổ biến đến cán bộ, công chức và định kỳ đánh giá mức độ thực hiện.",
        "lead": "Ban Chỉ đạo ISO",
        "partners": _named(f.secretary, "Thư ký ISO") + "; các phòng, bộ phận",
        "timing": f"Trước ngày {text_date(f.due('policy_objectives', 3, 15))}",
        "output": f"Quyết định ban hành mục tiêu chất lượng và kế hoạch thực hiện năm {f.y}; mục tiêu chất "
                  "lượng cấp phòng",
    }


def _t_risk_plan(f: PlanFacts) -> dict[str, str]:
    return {
        "name": f"Xác định, đánh giá rủi ro và cơ hội; ban hành kế hoạch giải quyết rủi ro và cơ hội năm {f.y}",
        "detail": "Các phòng, bộ phận nhận diện, đánh giá rủi ro và cơ hội đối với các quá trình thuộc phạm vi "
                  "áp dụng HTQLCL, từ các yếu tố nội bộ, các yếu tố bên ngoài và nhu cầu, mong đợi của các bên "
                  "quan tâm; Thư ký ISO tổng hợp, tham mưu ban hành kế hoạch hành động giải quyết rủi ro và cơ "
                  "hội, theo dõi việc thực hiện.",
        "lead": _named(f.secretary, "Thư ký ISO"),
        "partners": "Các phòng, bộ phận",
        "timing": f"Trước ngày {text_date(f.due('risk_plan', 3, 31))}",
        "output": f"Bảng nhận diện, đánh giá rủi ro và cơ hội; kế hoạch giải quyết rủi ro và cơ hội năm {f.y}",
    }


def _t_documents(f: PlanFacts) -> dict[str, str]:
    return {
        "name": "Rà soát, cập nhật hệ thống tài liệu; cập nhật thủ tục hành chính và văn bản quy phạm pháp luật",
        "detail": "Thường xuyên rà soát, cập nhật văn bản quy phạm pháp luật, thủ tục hành chính mới được ban "
                  "hành, sửa đổi, bổ sung, thay thế, bãi bỏ; kịp thời sửa đổi, bổ sung quy trình giải quyết thủ "
                  "tục hành chính và quy trình nội bộ; cập nhật danh mục tài liệu có nguồn gốc bên ngoài; kiểm "
                  "soát tài liệu, hồ sơ theo quy định. Khi phạm vi áp dụng HTQLCL có sự điều chỉnh, mở rộng, thu "
                  "hẹp, thực hiện công bố lại theo khoản 3 Điều 4 Quyết định số 19/2014/QĐ-TTg.",
        "lead": "Các phòng, bộ phận",
        "partners": _named(f.secretary, "Thư ký ISO"),
        "timing": f"Thường xuyên trong năm {f.y}, ngay khi có thay đổi",
        "output": "Quy trình được sửa đổi, bổ sung; danh mục tài liệu bên ngoài được cập nhật; quyết định công "
                  "bố lại HTQLCL khi phạm vi áp dụng thay đổi",
    }


def _t_satisfaction(f: PlanFacts) -> dict[str, str]:
    return {
        "name": "Theo dõi, đo lường sự hài lòng của tổ chức, công dân",
        "detail": "Tổ chức lấy ý kiến, khảo sát sự hài lòng của tổ chức, công dân đối với việc giải quyết thủ "
                  "tục hành chính và thái độ phục vụ của cán bộ, công chức; theo dõi kết quả giải quyết hồ sơ, "
                  "tỷ lệ hồ sơ giải quyết đúng hạn; tổng hợp, phân tích kết quả làm đầu vào cho việc xem xét "
                  "của lãnh đạo.",
        "lead": f.one_stop,
        "partners": _named(f.secretary, "Thư ký ISO"),
        "timing": f"Thường xuyên; tổng hợp 6 tháng và năm {f.y}",
        "output": "Kết quả khảo sát, đo lường sự hài lòng; số liệu giải quyết thủ tục hành chính",
    }


def _t_internal_audit(f: PlanFacts) -> dict[str, str]:
    return {
        "name": "Tổ chức đánh giá nội bộ HTQLCL",
        "detail": "Thành lập Đoàn đánh giá nội bộ; xây dựng kế hoạch, chương trình đánh giá; đánh giá việc áp "
                  "dụng HTQLCL tại tất cả các phòng, bộ phận và quá trình thuộc phạm vi áp dụng; báo cáo kết quả "
                  "đánh giá, đề xuất hành động khắc phục đối với các điểm không phù hợp.",
        "lead": "Đoàn đánh giá nội bộ",
        "partners": _named(f.secretary, "Thư ký ISO") + "; các phòng, bộ phận được đánh giá",
        "timing": f"Trước ngày {text_date(f.due('internal_audit', 11, 15))}",
        "output": "Quyết định thành lập Đoàn đánh giá; kế hoạch, chương trình đánh giá; báo cáo kết quả đánh giá "
                  "nội bộ",
    }


def _t_management_review(f: PlanFacts) -> dict[str, str]:
    chair = f.steering(SteeringRole.HEAD) or f.head
    return {
        "name": "Tổ chức họp xem xét của lãnh đạo đối với HTQLCL",
        "detail": "Sau đánh giá nội bộ, Trưởng Ban Chỉ đạo ISO chủ trì họp xem xét của lãnh đạo với các đầu vào "
                  "theo điều khoản 9.3 của TCVN ISO 9001:2015: kết quả thực hiện mục tiêu chất lượng, kết quả "
                  "đánh giá nội bộ, mức độ hài lòng của tổ chức, công dân, hiệu lực của các hành động giải quyết "
                  "rủi ro và cơ hội, tình trạng các hành động khắc phục và các cơ hội cải tiến; kết luận về sự phù "
                  "hợp, hiệu lực của HTQLCL và các quyết định cải tiến.",
        "lead": _named(chair, "Trưởng Ban Chỉ đạo ISO"),
        "partners": "Thành viên Ban Chỉ đạo ISO; " + _named(f.secretary, "Thư ký ISO"),
        "timing": f"Trước ngày {text_date(f.due('management_review', 11, 30))}",
        "output": "Biên bản họp xem xét của lãnh đạo; các quyết định, hành động cải tiến",
    }


def _t_corrective(f: PlanFacts) -> dict[str, str]:
    return {
        "name": "Thực hiện hành động khắc phục và cải tiến",
        "detail": "Các phòng, bộ phận xác định nguyên nhân và thực hiện hành động khắc phục đối với sự không phù "
                  "hợp được phát hiện qua đánh giá nội bộ, xem xét của lãnh đạo, kiểm tra của cơ quan cấp trên và "
                  "phản ánh, kiến nghị của tổ chức, công dân; Thư ký ISO theo dõi, kiểm tra và xác nhận hiệu lực "
                  "của các hành động khắc phục.",
        "lead": "Các phòng, bộ phận có sự không phù hợp",
        "partners": _named(f.secretary, "Thư ký ISO"),
        "timing": "Thường xuyên; sau đánh giá nội bộ và xem xét của lãnh đạo",
        "output": "Phiếu yêu cầu hành động khắc phục được thực hiện và xác nhận hiệu lực",
    }


def _t_annual_report(f: PlanFacts) -> dict[str, str]:
    return {
        "name": f"Báo cáo kết quả duy trì, cải tiến HTQLCL năm {f.y} gửi {DOST}",
        "detail": f"Tổng hợp kết quả xây dựng, áp dụng, duy trì, cải tiến HTQLCL năm {f.y}, kèm theo hồ sơ minh "
                  f"chứng, báo cáo {DOST} theo đề cương hướng dẫn và đúng thời hạn quy định.",
        "lead": _named(f.secretary, "Thư ký ISO"),
        "partners": "Các phòng, bộ phận",
        "timing": f"Trước ngày {text_date(f.report_deadline)}",
        "output": f"Báo cáo kết quả xây dựng, áp dụng, duy trì, cải tiến HTQLCL năm {f.y}",
    }


def _t_training(f: PlanFacts) -> dict[str, str]:
    return {
        "name": "Đào tạo, tập huấn và tuyên truyền về HTQLCL",
        "detail": f"Cử cán bộ, công chức tham gia các lớp đào tạo, tập huấn về HTQLCL và đánh giá nội bộ do {DOST} "
                  "tổ chức; phổ biến chính sách chất lượng, mục tiêu chất lượng và các quy trình được sửa đổi, "
                  "bổ sung đến cán bộ, công chức, nhất là cán bộ, công chức mới được phân công nhiệm vụ.",
        "lead": "Ban Chỉ đạo ISO",
        "partners": f"{DOST}; các phòng, bộ phận",
        "timing": f"Trong năm {f.y}, theo kế hoạch của {DOST}",
        "output": "Cán bộ, công chức được đào tạo, tập huấn và thực hiện đúng các quy trình",
    }


#: The tasks, in the order of the year (DOMAIN.md §12). ``step_keys`` name the cycle steps a task
#: implements (the first present gives the due date); other modules' steps are matched by key.
TASKS: tuple[TaskSpec, ...] = (
    TaskSpec("annual_plan", ("annual_plan",), _t_annual_plan),
    TaskSpec("policy_objectives", ("policy_objectives",), _t_policy_objectives),
    TaskSpec("risk_plan", ("risk_plan",), _t_risk_plan),
    TaskSpec("documents", ("document_review", "documents_review", "documents", "external_documents",
                           "scope_review", "legal_update"), _t_documents),
    TaskSpec("satisfaction", ("satisfaction", "satisfaction_survey", "tthc_results"), _t_satisfaction),
    TaskSpec("internal_audit", ("internal_audit",), _t_internal_audit),
    TaskSpec("management_review", ("management_review",), _t_management_review),
    TaskSpec("corrective_actions", ("corrective_actions", "nonconformities"), _t_corrective),
    TaskSpec("annual_report", ("annual_report",), _t_annual_report),
    TaskSpec("training", ("training",), _t_training),
)


# --------------------------------------------------------------------------- III. Tổ chức thực hiện


def leaders_heading(f: PlanFacts) -> str:
    collective = f.profile.collective_name.strip()
    if collective:
        # "Ủy ban nhân dân xã Sơn Lâm" → "Lãnh đạo Ủy ban nhân dân xã".
        rest = f.agency[len(collective):].strip() if fold(f.agency).startswith(fold(collective)) else ""
        kind = "đặc khu" if fold(rest).startswith("dac khu") else (rest.split()[0].lower() if rest else "")
        return f"1. Lãnh đạo {collective} {kind}".rstrip()
    if fold(f.agency).startswith("so "):
        return "1. Lãnh đạo Sở"
    return "1. Lãnh đạo cơ quan"


def leaders(f: PlanFacts) -> str:
    head = f.head
    lines = []
    duties = ("chỉ đạo chung việc duy trì, cải tiến HTQLCL; ban hành chính sách chất lượng, mục tiêu chất "
              "lượng; chủ trì họp xem xét của lãnh đạo; bố trí nguồn lực cần thiết để thực hiện Kế hoạch.")
    if head is not None:
        role = f", {head.title}" if head.title else ""
        if head.steering_role is SteeringRole.HEAD:
            role += ", Trưởng Ban Chỉ đạo ISO"
        lines.append(f"- Đồng chí {head.full_name}{role}: {duties}")
    else:
        lines.append(f"- {f.profile.head_title or 'Người đứng đầu cơ quan'}: {duties}")
    deputies = f.deputies
    deputy_duties = ("chỉ đạo các phòng, bộ phận thuộc lĩnh vực được phân công phụ trách thực hiện các nhiệm vụ "
                     "của Kế hoạch; chịu trách nhiệm về việc áp dụng HTQLCL trong lĩnh vực phụ trách.")
    if len(deputies) == 1:
        d = deputies[0]
        lines.append(f"- Đồng chí {d.full_name}{', ' + d.title if d.title else ''}: {deputy_duties}")
    elif deputies:
        titles = {d.title for d in deputies}
        if len(titles) == 1 and deputies[0].title:
            lines.append(f"- Các {deputies[0].title} ({_comrades(deputies)}): {deputy_duties}")
        else:
            lines.append(f"- {_cap(_comrades(deputies))}: {deputy_duties}")
    elif f.profile.deputy_title:
        lines.append(f"- Các {f.profile.deputy_title}: {deputy_duties}")
    return "\n".join(lines)


def steering(f: PlanFacts) -> str:
    chair = f.steering(SteeringRole.HEAD)
    vice = f.steering(SteeringRole.DEPUTY)
    seats = []
    if chair is not None:
        seats.append(f"Trưởng ban: đồng chí {chair.full_name}")
    if vice is not None:
        seats.append(f"Phó Trưởng ban: đồng chí {vice.full_name}")
    who = f" ({'; '.join(seats)})" if seats else ""
    head_title = f.profile.head_title or "người đứng đầu cơ quan"
    return "\n".join([
        f"- Ban Chỉ đạo ISO{who} giúp {head_title} theo dõi, chỉ đạo, đôn đốc, kiểm tra việc triển khai Kế "
        "hoạch; xem xét, giải quyết kịp thời các vướng mắc phát sinh trong quá trình duy trì, cải tiến HTQLCL.",
        "- Các thành viên Ban Chỉ đạo ISO chỉ đạo việc áp dụng HTQLCL tại phòng, bộ phận được phân công; tham gia "
        "đánh giá nội bộ và họp xem xét của lãnh đạo theo phân công.",
    ])


def secretary(f: PlanFacts) -> str:
    sec = f.secretary
    if sec is not None:
        who = f"Đồng chí {sec.full_name}{', ' + sec.title if sec.title else ''}, Thư ký ISO,"
    else:
        who = "Thư ký ISO"
    return (
        f"{who} là đầu mối tham mưu, giúp Ban Chỉ đạo ISO tổ chức triển khai, theo dõi, đôn đốc việc thực hiện "
        "Kế hoạch; hướng dẫn các phòng, bộ phận cập nhật, sửa đổi tài liệu, quy trình; quản lý hồ sơ của HTQLCL; "
        f"tổng hợp, báo cáo kết quả thực hiện với Trưởng Ban Chỉ đạo ISO; tham mưu báo cáo {DOST} theo quy định."
    )


def departments(f: PlanFacts) -> str:
    names = [d.name for d in f.departments]
    who = f"Các phòng, bộ phận ({', '.join(names)})" if names else "Các phòng, bộ phận"
    return "\n".join([
        f"- {who} triển khai thực hiện các nhiệm vụ được giao tại Kế hoạch này; áp dụng đúng các quy trình của "
        "HTQLCL trong giải quyết công việc; lưu trữ đầy đủ hồ sơ theo quy định.",
        "- Kịp thời đề xuất sửa đổi, bổ sung quy trình khi có thay đổi về thủ tục hành chính, văn bản quy phạm "
        "pháp luật; phối hợp với Thư ký ISO thực hiện các nhiệm vụ của Kế hoạch.",
    ])


def closing(f: PlanFacts) -> str:
    return (
        f"Trên đây là Kế hoạch duy trì, cải tiến HTQLCL theo tiêu chuẩn quốc gia TCVN ISO 9001:2015 năm {f.y} "
        f"của {f.agency}. Yêu cầu các phòng, bộ phận, cán bộ, công chức nghiêm túc triển khai thực hiện; trong "
        "quá trình thực hiện, nếu có khó khăn, vướng mắc, kịp thời phản ánh về Thư ký ISO để tổng hợp, báo cáo "
        "Trưởng Ban Chỉ đạo ISO xem xét, giải quyết./."
    )


def recipients(f: PlanFacts) -> str:
    unit = f.drafting_unit
    return "\n".join([
        f"- {DOST};",
        "- Thành viên Ban Chỉ đạo ISO;",
        "- Các phòng, bộ phận;",
        f"- Lưu: VT, {unit}." if unit else "- Lưu: VT.",
    ])


def text_suggestions(f: PlanFacts) -> list[Suggestion]:
    """The plan's texts outside the tasks, in document order."""
    S = PlanSection
    return [
        Suggestion("bases", S.BASES, QT_TRANSLATE_NOOP("PlanBlock", "Legal bases (one per line)"), bases(f)),
        Suggestion("opening", S.BASES, QT_TRANSLATE_NOOP("PlanBlock", "Opening paragraph"), opening(f)),
        Suggestion("purpose", S.PURPOSE, QT_TRANSLATE_NOOP("PlanBlock", "Purpose"), purpose(f), "1. Mục đích"),
        Suggestion("requirements", S.PURPOSE, QT_TRANSLATE_NOOP("PlanBlock", "Requirements"), requirements(f),
                   "2. Yêu cầu"),
        Suggestion("org.leaders", S.ORGANISATION, QT_TRANSLATE_NOOP("PlanBlock", "Leadership"), leaders(f),
                   leaders_heading(f)),
        Suggestion("org.steering", S.ORGANISATION, QT_TRANSLATE_NOOP("PlanBlock", "ISO steering committee"),
                   steering(f), "2. Ban Chỉ đạo ISO"),
        Suggestion("org.secretary", S.ORGANISATION, QT_TRANSLATE_NOOP("PlanBlock", "ISO secretary"), secretary(f),
                   "3. Thư ký ISO"),
        Suggestion("org.departments", S.ORGANISATION, QT_TRANSLATE_NOOP("PlanBlock", "Departments"),
                   departments(f), "4. Các phòng, bộ phận"),
        Suggestion("closing", S.CLOSING, QT_TRANSLATE_NOOP("PlanBlock", "Closing paragraph"), closing(f)),
        Suggestion("recipients", S.CLOSING, QT_TRANSLATE_NOOP("PlanBlock", "Recipients (Nơi nhận, one per line)"),
                   recipients(f)),
    ]
