"""Demo content of the legal/scope module: external legal documents, the TTHC catalogue with its
history, the scope fields and one công bố.

``small`` is a commune: ~120 TTHC (the pre-2025 commune procedures plus those transferred from the
district on 1/7/2025, when the two-tier local government started), ~80 external documents with real
citations ("Luật Tổ chức chính quyền địa phương ngày 16/6/2025", "Nghị định 118/2025/NĐ-CP",
"Thông tư 03/2025/TT-VPCP"…), some replaced; one QĐ ban hành hệ thống tài liệu and a QĐ công bố, then
later TTHC changes without công bố lại, so the home screen shows the Khoản 3 Điều 4 warning. ``large``
is ≥ 300 TTHC and ≥ 500 external documents over ten years, for benchmarks.

Rows are written with Core ``INSERT … executemany`` in ONE transaction (the large set in well under a
second); like the other demo seeders this bypasses the change history — a demo has nothing to undo.
"""

from __future__ import annotations

import json
import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import cast

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session, sessionmaker

from isodesk.domain import core as cd
from isodesk.domain import scope as sd
from isodesk.domain.documents import DocumentKind, RevisionStatus
from isodesk.domain.formatting import fold
from isodesk.domain.legal import ExternalDocKind, ExternalDocument, LegalStatus
from isodesk.paths import resource_path
from isodesk.services.legal.legal_service import LegalService
from isodesk.services.tthc.tthc_service import TthcService
from isodesk.storage.models import core as mc
from isodesk.storage.models import legal as m
from isodesk.storage.models.documents import InternalDocumentRow

#: Reform day: two-tier local government, communes take over many former district TTHC.
REFORM_DAY = date(2025, 7, 1)

#: Field codes used in procedure codes ("QT.HT.01") → lĩnh vực names.
FIELD_CODES: dict[str, str] = {
    "HT": "Hộ tịch", "CT": "Chứng thực", "ĐĐ": "Đất đai", "XD": "Xây dựng",
    "KD": "Thành lập và hoạt động của hộ kinh doanh", "BTXH": "Bảo trợ xã hội", "NCC": "Người có công",
    "VH": "Văn hóa", "TG": "Tín ngưỡng, tôn giáo", "TĐKT": "Thi đua, khen thưởng", "KNTC": "Giải quyết khiếu nại",
    "MT": "Môi trường", "NN": "Nông nghiệp", "GT": "Giao thông vận tải", "YT": "Y tế", "GD": "Giáo dục và Đào tạo",
    "LĐ": "Lao động, việc làm", "TC": "Tài chính", "KH": "Kế hoạch và đầu tư", "CN": "Công thương",
    "TN": "Tài nguyên nước", "NV": "Nội vụ", "TP": "Tư pháp",
}
_PROCEDURE_PREFIX = "quy trinh giai quyet thu tuc "

def _demo_tthc(part: str) -> tuple[tuple[str, str], ...]:
    with resource_path("demo", "tthc_xa.json").open(encoding="utf-8") as file:
        return tuple((field, name) for field, name in json.load(file)[part])


#: TTHC of a commune before 1/7/2025 (lĩnh vực, tên thủ tục): long lists of names, kept as data.
COMMUNE_TTHC = _demo_tthc("commune_before_2025_07")
#: Former district TTHC a commune took over on 1/7/2025 (new scope, no procedure yet).
TRANSFERRED_TTHC = _demo_tthc("transferred_2025_07")

# Large agency: TTHC built as action × object per field (a provincial department's catalogue).
_LARGE_ACTIONS = ("Cấp", "Cấp lại", "Cấp đổi", "Điều chỉnh", "Gia hạn", "Thu hồi")
_LARGE_OBJECTS: tuple[tuple[str, str], ...] = (
    ("Xây dựng", "giấy phép xây dựng công trình cấp III"), ("Xây dựng", "chứng chỉ hành nghề hoạt động xây dựng"),
    ("Công thương", "Giấy phép bán buôn sản phẩm rượu"), ("Công thương", "Giấy chứng nhận đủ điều kiện kinh doanh xăng dầu"),
    ("Đất đai", "Giấy chứng nhận quyền sử dụng đất cho tổ chức"), ("Môi trường", "giấy phép môi trường cấp tỉnh"),
    ("Tài nguyên nước", "giấy phép khai thác nước mặt"), ("Tài nguyên nước", "giấy phép xả nước thải vào nguồn nước"),
    ("Nông nghiệp", "Giấy chứng nhận cơ sở đủ điều kiện buôn bán thuốc bảo vệ thực vật"),
    ("Nông nghiệp", "Giấy chứng nhận đủ điều kiện sản xuất thức ăn chăn nuôi"),
    ("Giao thông vận tải", "Giấy phép kinh doanh vận tải bằng xe ô tô"), ("Giao thông vận tải", "phù hiệu xe taxi"),
    ("Y tế", "chứng chỉ hành nghề dược"), ("Y tế", "Giấy chứng nhận đủ điều kiện kinh doanh dược"),
    ("Giáo dục và Đào tạo", "giấy phép hoạt động giáo dục nghề nghiệp"), ("Văn hóa", "Giấy phép tổ chức triển lãm"),
    ("Văn hóa", "Giấy phép kinh doanh dịch vụ lữ hành nội địa"), ("Lao động, việc làm", "giấy phép lao động cho người nước ngoài"),
    ("Kế hoạch và đầu tư", "Giấy chứng nhận đăng ký đầu tư"), ("Kế hoạch và đầu tư", "Giấy chứng nhận đăng ký hợp tác xã"),
    ("Tư pháp", "Giấy đăng ký hoạt động của Văn phòng công chứng"), ("Tư pháp", "thẻ công chứng viên"),
    ("Nội vụ", "giấy phép thành lập và công nhận điều lệ quỹ xã hội, quỹ từ thiện"),
    ("Khoa học và Công nghệ", "Giấy chứng nhận đăng ký hoạt động khoa học và công nghệ"),
    ("Khoa học và Công nghệ", "giấy phép tiến hành công việc bức xạ sử dụng thiết bị X-quang chẩn đoán y tế"),
    ("Thông tin và Truyền thông", "giấy phép xuất bản bản tin"), ("Thông tin và Truyền thông", "giấy phép thiết lập trang thông tin điện tử tổng hợp"),
    ("Tài chính", "mã số đơn vị có quan hệ với ngân sách"), ("Lâm nghiệp", "giấy phép khai thác gỗ rừng trồng"),
    ("Thủy lợi", "giấy phép xả nước thải vào công trình thủy lợi"), ("Công thương", "Giấy phép hoạt động điện lực"),
    ("Xây dựng", "giấy phép di dời công trình"), ("Y tế", "giấy phép hoạt động cơ sở khám bệnh, chữa bệnh"),
    ("Giáo dục và Đào tạo", "quyết định cho phép hoạt động giáo dục trường trung học phổ thông tư thục"),
)

_PROVINCE = "UBND tỉnh Hà Tĩnh"


@dataclass(frozen=True)
class _Law:
    kind: ExternalDocKind
    number: str
    issued: date
    issuer: str
    summary: str
    field: str
    effective: date | None = None
    replaced_by: str | None = None  # number of the successor in this list
    amended_by: str | None = None
    expired_on: date | None = None


# Real citations (as of 2025); successors point inside the list.
_LAWS: tuple[_Law, ...] = (
    _Law(ExternalDocKind.DECISION, "19/2014/QĐ-TTg", date(2014, 3, 5), "Thủ tướng Chính phủ",
         "về việc áp dụng Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2008 vào hoạt động "
         "của các cơ quan, tổ chức thuộc hệ thống hành chính nhà nước", "Hệ thống quản lý chất lượng", date(2014, 5, 18)),
    _Law(ExternalDocKind.CIRCULAR, "26/2014/TT-BKHCN", date(2014, 10, 10), "Bộ Khoa học và Công nghệ",
         "quy định chi tiết thi hành Quyết định số 19/2014/QĐ-TTg", "Hệ thống quản lý chất lượng", date(2014, 12, 1)),
    _Law(ExternalDocKind.DECISION, "101/QĐ-BKHCN", date(2019, 1, 21), "Bộ Khoa học và Công nghệ",
         "về việc công bố mô hình khung hệ thống quản lý chất lượng theo tiêu chuẩn quốc gia TCVN ISO 9001:2015 cho "
         "các cơ quan, tổ chức thuộc hệ thống hành chính nhà nước tại địa phương", "Hệ thống quản lý chất lượng",
         date(2019, 1, 21)),
    _Law(ExternalDocKind.STANDARD, "TCVN ISO 9001:2015", date(2015, 12, 31), "Bộ Khoa học và Công nghệ",
         "Hệ thống quản lý chất lượng - Các yêu cầu", "Hệ thống quản lý chất lượng"),
    _Law(ExternalDocKind.OFFICIAL_LETTER, "3003/BKHCN-TĐC", date(2018, 9, 25), "Bộ Khoa học và Công nghệ",
         "V/v hướng dẫn áp dụng tiêu chuẩn quốc gia TCVN ISO 9001:2015", "Hệ thống quản lý chất lượng"),
    _Law(ExternalDocKind.LAW, "77/2015/QH13", date(2015, 6, 19), "Quốc hội", "Tổ chức chính quyền địa phương",
         "Tổ chức chính quyền địa phương", date(2016, 1, 1), replaced_by="72/2025/QH15"),
    _Law(ExternalDocKind.LAW, "72/2025/QH15", date(2025, 6, 16), "Quốc hội", "Tổ chức chính quyền địa phương",
         "Tổ chức chính quyền địa phương", date(2025, 7, 1)),
    _Law(ExternalDocKind.DECREE, "150/2025/NĐ-CP", date(2025, 6, 12), "Chính phủ",
         "quy định tổ chức các cơ quan chuyên môn thuộc Ủy ban nhân dân cấp tỉnh và Ủy ban nhân dân xã, phường, "
         "đặc khu thuộc tỉnh, thành phố trực thuộc trung ương", "Tổ chức chính quyền địa phương", date(2025, 6, 12)),
    _Law(ExternalDocKind.LAW, "80/2015/QH13", date(2015, 6, 22), "Quốc hội", "Ban hành văn bản quy phạm pháp luật",
         "Nội vụ", date(2016, 7, 1), replaced_by="64/2025/QH15"),
    _Law(ExternalDocKind.LAW, "64/2025/QH15", date(2025, 2, 19), "Quốc hội", "Ban hành văn bản quy phạm pháp luật",
         "Nội vụ", date(2025, 4, 1)),
    _Law(ExternalDocKind.DECREE, "30/2020/NĐ-CP", date(2020, 3, 5), "Chính phủ", "về công tác văn thư",
         "Văn thư, lưu trữ", date(2020, 3, 5)),
    _Law(ExternalDocKind.LAW, "33/2024/QH15", date(2024, 6, 21), "Quốc hội", "Lưu trữ", "Văn thư, lưu trữ", date(2025, 7, 1)),
    _Law(ExternalDocKind.DECREE, "61/2018/NĐ-CP", date(2018, 4, 23), "Chính phủ",
         "về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính",
         "Một cửa, một cửa liên thông", date(2018, 6, 21), replaced_by="118/2025/NĐ-CP"),
    _Law(ExternalDocKind.DECREE, "107/2021/NĐ-CP", date(2021, 12, 6), "Chính phủ",
         "sửa đổi, bổ sung một số điều của Nghị định số 61/2018/NĐ-CP", "Một cửa, một cửa liên thông",
         date(2022, 1, 20), replaced_by="118/2025/NĐ-CP"),
    _Law(ExternalDocKind.DECREE, "118/2025/NĐ-CP", date(2025, 6, 9), "Chính phủ",
         "về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch "
         "vụ công quốc gia", "Một cửa, một cửa liên thông", date(2025, 7, 1)),
    _Law(ExternalDocKind.CIRCULAR, "01/2018/TT-VPCP", date(2018, 11, 23), "Văn phòng Chính phủ",
         "hướng dẫn thi hành một số quy định của Nghị định số 61/2018/NĐ-CP", "Một cửa, một cửa liên thông",
         date(2019, 1, 7), replaced_by="03/2025/TT-VPCP"),
    _Law(ExternalDocKind.CIRCULAR, "03/2025/TT-VPCP", date(2025, 9, 15), "Văn phòng Chính phủ",
         "hướng dẫn thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông",
         "Một cửa, một cửa liên thông", date(2025, 11, 1)),
    _Law(ExternalDocKind.DECREE, "45/2020/NĐ-CP", date(2020, 4, 8), "Chính phủ",
         "về thực hiện thủ tục hành chính trên môi trường điện tử", "Kiểm soát thủ tục hành chính", date(2020, 5, 22)),
    _Law(ExternalDocKind.DECREE, "63/2010/NĐ-CP", date(2010, 6, 8), "Chính phủ", "về kiểm soát thủ tục hành chính",
         "Kiểm soát thủ tục hành chính", date(2010, 10, 14), amended_by="92/2017/NĐ-CP"),
    _Law(ExternalDocKind.DECREE, "92/2017/NĐ-CP", date(2017, 8, 7), "Chính phủ",
         "sửa đổi, bổ sung một số điều của các nghị định liên quan đến kiểm soát thủ tục hành chính",
         "Kiểm soát thủ tục hành chính", date(2017, 9, 25)),
    _Law(ExternalDocKind.LAW, "60/2014/QH13", date(2014, 11, 20), "Quốc hội", "Hộ tịch", "Hộ tịch", date(2016, 1, 1)),
    _Law(ExternalDocKind.DECREE, "123/2015/NĐ-CP", date(2015, 11, 15), "Chính phủ",
         "quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch", "Hộ tịch", date(2016, 1, 1),
         amended_by="07/2025/NĐ-CP"),
    _Law(ExternalDocKind.DECREE, "07/2025/NĐ-CP", date(2025, 1, 9), "Chính phủ",
         "sửa đổi, bổ sung một số điều của các nghị định trong lĩnh vực hộ tịch, quốc tịch, chứng thực", "Hộ tịch",
         date(2025, 2, 25)),
    _Law(ExternalDocKind.CIRCULAR, "15/2015/TT-BTP", date(2015, 11, 16), "Bộ Tư pháp",
         "quy định chi tiết thi hành một số điều của Luật Hộ tịch và Nghị định số 123/2015/NĐ-CP", "Hộ tịch",
         date(2016, 1, 1), replaced_by="04/2020/TT-BTP"),
    _Law(ExternalDocKind.CIRCULAR, "04/2020/TT-BTP", date(2020, 5, 28), "Bộ Tư pháp",
         "quy định chi tiết thi hành một số điều của Luật Hộ tịch và Nghị định số 123/2015/NĐ-CP", "Hộ tịch",
         date(2020, 7, 16)),
    _Law(ExternalDocKind.LAW, "52/2014/QH13", date(2014, 6, 19), "Quốc hội", "Hôn nhân và gia đình", "Hộ tịch",
         date(2015, 1, 1)),
    _Law(ExternalDocKind.LAW, "52/2010/QH12", date(2010, 6, 17), "Quốc hội", "Nuôi con nuôi", "Nuôi con nuôi",
         date(2011, 1, 1)),
    _Law(ExternalDocKind.DECREE, "23/2015/NĐ-CP", date(2015, 2, 16), "Chính phủ",
         "về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng thực chữ ký và chứng thực hợp đồng, "
         "giao dịch", "Chứng thực", date(2015, 4, 10), amended_by="07/2025/NĐ-CP"),
    _Law(ExternalDocKind.CIRCULAR, "01/2020/TT-BTP", date(2020, 3, 3), "Bộ Tư pháp",
         "quy định chi tiết, hướng dẫn thi hành một số điều của Nghị định số 23/2015/NĐ-CP", "Chứng thực",
         date(2020, 4, 20)),
    _Law(ExternalDocKind.LAW, "45/2013/QH13", date(2013, 11, 29), "Quốc hội", "Đất đai", "Đất đai", date(2014, 7, 1),
         replaced_by="31/2024/QH15"),
    _Law(ExternalDocKind.LAW, "31/2024/QH15", date(2024, 1, 18), "Quốc hội", "Đất đai", "Đất đai", date(2024, 8, 1)),
    _Law(ExternalDocKind.DECREE, "43/2014/NĐ-CP", date(2014, 5, 15), "Chính phủ",
         "quy định chi tiết thi hành một số điều của Luật Đất đai", "Đất đai", date(2014, 7, 1),
         replaced_by="102/2024/NĐ-CP"),
    _Law(ExternalDocKind.DECREE, "102/2024/NĐ-CP", date(2024, 7, 30), "Chính phủ",
         "quy định chi tiết thi hành một số điều của Luật Đất đai", "Đất đai", date(2024, 8, 1)),
    _Law(ExternalDocKind.DECREE, "101/2024/NĐ-CP", date(2024, 7, 29), "Chính phủ",
         "quy định về điều tra cơ bản đất đai; đăng ký, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài "
         "sản gắn liền với đất và hệ thống thông tin đất đai", "Đất đai", date(2024, 8, 1)),
    _Law(ExternalDocKind.LAW, "50/2014/QH13", date(2014, 6, 18), "Quốc hội", "Xây dựng", "Xây dựng", date(2015, 1, 1),
         amended_by="62/2020/QH14"),
    _Law(ExternalDocKind.LAW, "62/2020/QH14", date(2020, 6, 17), "Quốc hội",
         "sửa đổi, bổ sung một số điều của Luật Xây dựng", "Xây dựng", date(2021, 1, 1)),
    _Law(ExternalDocKind.DECREE, "15/2021/NĐ-CP", date(2021, 3, 3), "Chính phủ",
         "quy định chi tiết một số nội dung về quản lý dự án đầu tư xây dựng", "Xây dựng", date(2021, 3, 3),
         replaced_by="175/2024/NĐ-CP"),
    _Law(ExternalDocKind.DECREE, "175/2024/NĐ-CP", date(2024, 12, 30), "Chính phủ",
         "quy định chi tiết một số điều và biện pháp thi hành Luật Xây dựng về quản lý hoạt động xây dựng",
         "Xây dựng", date(2024, 12, 30)),
    _Law(ExternalDocKind.DECREE, "01/2021/NĐ-CP", date(2021, 1, 4), "Chính phủ", "về đăng ký doanh nghiệp",
         "Thành lập và hoạt động của hộ kinh doanh", date(2021, 1, 4), replaced_by="168/2025/NĐ-CP"),
    _Law(ExternalDocKind.DECREE, "168/2025/NĐ-CP", date(2025, 6, 30), "Chính phủ", "về đăng ký doanh nghiệp",
         "Thành lập và hoạt động của hộ kinh doanh", date(2025, 7, 1)),
    _Law(ExternalDocKind.DECREE, "136/2013/NĐ-CP", date(2013, 10, 21), "Chính phủ",
         "quy định chính sách trợ giúp xã hội đối với đối tượng bảo trợ xã hội", "Bảo trợ xã hội", date(2014, 1, 1),
         replaced_by="20/2021/NĐ-CP"),
    _Law(ExternalDocKind.DECREE, "20/2021/NĐ-CP", date(2021, 3, 15), "Chính phủ",
         "quy định chính sách trợ giúp xã hội đối với đối tượng bảo trợ xã hội", "Bảo trợ xã hội", date(2021, 7, 1),
         amended_by="76/2024/NĐ-CP"),
    _Law(ExternalDocKind.DECREE, "76/2024/NĐ-CP", date(2024, 7, 1), "Chính phủ",
         "sửa đổi, bổ sung một số điều của Nghị định số 20/2021/NĐ-CP", "Bảo trợ xã hội", date(2024, 7, 1)),
    _Law(ExternalDocKind.OTHER, "02/2020/UBTVQH14", date(2020, 12, 9), "Ủy ban Thường vụ Quốc hội",
         "Pháp lệnh Ưu đãi người có công với cách mạng", "Người có công", date(2021, 7, 1)),
    _Law(ExternalDocKind.DECREE, "131/2021/NĐ-CP", date(2021, 12, 30), "Chính phủ",
         "quy định chi tiết và biện pháp thi hành Pháp lệnh Ưu đãi người có công với cách mạng", "Người có công",
         date(2022, 2, 15)),
    _Law(ExternalDocKind.LAW, "02/2016/QH14", date(2016, 11, 18), "Quốc hội", "Tín ngưỡng, tôn giáo",
         "Tín ngưỡng, tôn giáo", date(2018, 1, 1)),
    _Law(ExternalDocKind.DECREE, "162/2017/NĐ-CP", date(2017, 12, 30), "Chính phủ",
         "quy định chi tiết một số điều và biện pháp thi hành Luật Tín ngưỡng, tôn giáo", "Tín ngưỡng, tôn giáo",
         date(2018, 1, 1), replaced_by="95/2023/NĐ-CP"),
    _Law(ExternalDocKind.DECREE, "95/2023/NĐ-CP", date(2023, 12, 29), "Chính phủ",
         "quy định chi tiết Luật Tín ngưỡng, tôn giáo", "Tín ngưỡng, tôn giáo", date(2024, 3, 30)),
    _Law(ExternalDocKind.DECREE, "110/2018/NĐ-CP", date(2018, 8, 29), "Chính phủ", "quy định về quản lý và tổ chức lễ hội",
         "Văn hóa", date(2018, 10, 15)),
    _Law(ExternalDocKind.DECREE, "122/2018/NĐ-CP", date(2018, 9, 17), "Chính phủ",
         "quy định về xét tặng danh hiệu \"Gia đình văn hóa\"; \"Thôn văn hóa\", \"Làng văn hóa\", \"Ấp văn hóa\", "
         "\"Bản văn hóa\", \"Tổ dân phố văn hóa\"", "Văn hóa", date(2018, 11, 1), replaced_by="86/2023/NĐ-CP"),
    _Law(ExternalDocKind.DECREE, "86/2023/NĐ-CP", date(2023, 12, 7), "Chính phủ",
         "quy định về khung tiêu chuẩn và trình tự, thủ tục, hồ sơ xét tặng danh hiệu \"Gia đình văn hóa\"; "
         "\"Thôn, tổ dân phố văn hóa\", \"Xã, phường, thị trấn tiêu biểu\"", "Văn hóa", date(2024, 1, 25)),
    _Law(ExternalDocKind.LAW, "06/2022/QH15", date(2022, 6, 15), "Quốc hội", "Thi đua, khen thưởng",
         "Thi đua, khen thưởng", date(2024, 1, 1)),
    _Law(ExternalDocKind.DECREE, "98/2023/NĐ-CP", date(2023, 12, 31), "Chính phủ",
         "quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng", "Thi đua, khen thưởng",
         date(2024, 1, 1)),
    _Law(ExternalDocKind.LAW, "02/2011/QH13", date(2011, 11, 11), "Quốc hội", "Khiếu nại", "Giải quyết khiếu nại",
         date(2012, 7, 1)),
    _Law(ExternalDocKind.LAW, "25/2018/QH14", date(2018, 6, 12), "Quốc hội", "Tố cáo", "Giải quyết tố cáo",
         date(2019, 1, 1)),
    _Law(ExternalDocKind.LAW, "42/2013/QH13", date(2013, 11, 25), "Quốc hội", "Tiếp công dân", "Tiếp công dân",
         date(2014, 7, 1)),
    _Law(ExternalDocKind.DECREE, "124/2020/NĐ-CP", date(2020, 10, 19), "Chính phủ",
         "quy định chi tiết một số điều và biện pháp thi hành Luật Khiếu nại", "Giải quyết khiếu nại",
         date(2020, 12, 5)),
    _Law(ExternalDocKind.LAW, "72/2020/QH14", date(2020, 11, 17), "Quốc hội", "Bảo vệ môi trường", "Môi trường",
         date(2022, 1, 1)),
    _Law(ExternalDocKind.LAW, "35/2018/QH14", date(2018, 11, 20), "Quốc hội",
         "sửa đổi, bổ sung một số điều của 37 luật có liên quan đến quy hoạch", "Xây dựng", date(2019, 1, 1)),
    _Law(ExternalDocKind.DECREE, "09/2019/NĐ-CP", date(2019, 1, 24), "Chính phủ",
         "quy định về chế độ báo cáo của cơ quan hành chính nhà nước", "Nội vụ", date(2019, 3, 12)),
    _Law(ExternalDocKind.RESOLUTION, "76/NQ-CP", date(2021, 7, 15), "Chính phủ",
         "ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030", "Nội vụ",
         date(2021, 7, 15)),
    _Law(ExternalDocKind.OFFICIAL_LETTER, "8869/VPCP-KSTT", date(2021, 12, 4), "Văn phòng Chính phủ",
         "V/v triển khai thực hiện hiệu quả Quyết định số 19/2014/QĐ-TTg", "Hệ thống quản lý chất lượng"),
)

# UBND tỉnh decisions publishing TTHC lists (number, date, field): the "Quyết định công bố" of TTHC.
_PROVINCIAL_LISTS: tuple[tuple[str, date, str], ...] = (
    ("1924/QĐ-UBND", date(2019, 6, 24), "Hộ tịch"), ("769/QĐ-UBND", date(2021, 3, 2), "Chứng thực"),
    ("1295/QĐ-UBND", date(2022, 6, 24), "Hộ tịch"), ("252/QĐ-UBND", date(2023, 2, 2), "Bảo trợ xã hội"),
    ("1466/QĐ-UBND", date(2024, 6, 21), "Hộ tịch"), ("2123/QĐ-UBND", date(2024, 8, 30), "Đất đai"),
)


@dataclass(frozen=True)
class DemoLegalSummary:
    """How much legal/scope demo content was written."""

    external_documents: int
    tthc: int
    events: int
    scope_fields: int
    announcements: int
    register_rows_created: int


def _id_of(x: object) -> int:
    return x if isinstance(x, int) else int(x.id)  # type: ignore[attr-defined]  # a saved DTO or ORM row, both with an id


def seed_demo_legal(target: object, rng: random.Random, scale: str, departments: Sequence[object],
                    procedures_by_title_or_ids: Mapping[str, int] | Sequence[int] | date | None = None,
                    register_ids: Sequence[int] | None = None, today: date | None = None) -> DemoLegalSummary:
    """Fill the legal/scope module with realistic Vietnamese demo content, in one transaction.

    Args:
        target: the ``Services`` of the open database, or a ``sessionmaker``.
        rng: the demo's random generator (same seed, same demo).
        scale: ``"small"`` (a commune) or ``"large"`` (≥ 300 TTHC, ≥ 500 external documents, ten years).
        departments: department DTOs or ids (at least one): who uses the external documents.
        procedures_by_title_or_ids: the TTHC procedures to link, as {title: id} or ids; None reads the
            internal documents of kind "Quy trình giải quyết TTHC" from the database. A date here is read
            as ``today`` (the demo orchestrator passes ``(…, departments, today)``).
        register_ids: issued register rows to use: the DOCUMENT_SET one is the QĐ ban hành and a
            CONFORMITY one the QĐ công bố; None looks them up and registers a QĐ công bố if there is none.
        today: nothing is dated after it (default: today).

    Returns:
        Counts of what was written.
    """
    if isinstance(procedures_by_title_or_ids, date):
        today, procedures_by_title_or_ids = procedures_by_title_or_ids, None
    today = today or date.today()
    if scale not in ("small", "large"):
        raise ValueError(f"unknown demo scale {scale!r}")
    if not departments:
        raise ValueError("demo legal documents need at least one department")
    large = scale == "large"
    sessions = cast("sessionmaker[Session]", getattr(target, "sessions", target))  # Services or a sessionmaker
    dep_ids = [_id_of(x) for x in departments]
    first_year = today.year - (10 if large else 5)

    with sessions.begin() as s:
        procedures = _procedures(s, procedures_by_title_or_ids)
        ban_hanh, cong_bo, created = _decisions(s, rng, register_ids, first_year, today)
        writer = _Writer(s, rng, today, large, dep_ids, procedures, first_year)
        writer.catalogue(ban_hanh[1], cong_bo[1])
        writer.external_documents()
        fields = writer.scope_fields(ban_hanh[1])
        announcements = writer.announce(cong_bo, ban_hanh[0])
        return DemoLegalSummary(external_documents=writer.external_count, tthc=writer.tthc_count,
                                events=writer.event_count, scope_fields=fields, announcements=announcements,
                                register_rows_created=created)


# --------------------------------------------------------------------------- inputs


@dataclass(frozen=True)
class _Procedure:
    id: int
    code: str
    title: str
    in_force: bool


def _procedures(s: Session, given: Mapping[str, int] | Sequence[int] | None) -> list[_Procedure]:
    stmt = select(InternalDocumentRow.id, InternalDocumentRow.code, InternalDocumentRow.title, InternalDocumentRow.status,
                  InternalDocumentRow.withdrawn_on)
    if given is None:
        stmt = stmt.where(InternalDocumentRow.kind == DocumentKind.TTHC_PROCEDURE)
    else:
        ids = list(given.values()) if isinstance(given, Mapping) else [int(i) for i in given]
        stmt = stmt.where(InternalDocumentRow.id.in_(ids))
    return [_Procedure(r.id, r.code, r.title, r.status is RevisionStatus.EFFECTIVE and r.withdrawn_on is None)
            for r in s.execute(stmt.order_by(InternalDocumentRow.id))]


def _decisions(s: Session, rng: random.Random, register_ids: Sequence[int] | None, first_year: int,
               today: date) -> tuple[tuple[int | None, date], tuple[int, date], int]:
    """The QĐ ban hành (id, date) and the QĐ công bố (id, date); registers what is missing."""
    R = mc.IssuedDocumentRow
    stmt = select(R.id, R.purpose, R.issue_date).where(R.status == cd.IssuedDocStatus.ISSUED, R.issue_date.is_not(None))
    if register_ids is not None:
        stmt = stmt.where(R.id.in_(list(register_ids)))
    rows = s.execute(stmt.order_by(R.issue_date, R.id)).all()
    sets = [(r.id, r.issue_date) for r in rows if r.purpose is cd.DocPurpose.DOCUMENT_SET and r.issue_date <= today]
    conformity = [(r.id, r.issue_date) for r in rows if r.purpose is cd.DocPurpose.CONFORMITY]
    taken = set(s.scalars(select(m.ConformityAnnouncementRow.register_document_id)))
    conformity = [c for c in conformity if c[0] not in taken]
    created = 0
    ban_hanh: tuple[int | None, date]
    if sets:
        ban_hanh = sets[0]  # the first one issues the system; later ones amend procedures
    else:
        when = date(first_year, 3, 10)
        ban_hanh = (_register(s, when, cd.DocPurpose.DOCUMENT_SET, "Về việc ban hành Hệ thống tài liệu quản lý chất "
                              "lượng theo tiêu chuẩn quốc gia TCVN ISO 9001:2015"), when)
        created += 1
    if conformity:
        cong_bo = conformity[0]
    else:
        when = min(ban_hanh[1] + timedelta(days=rng.randint(30, 60)), today)
        cong_bo = (_register(s, when, cd.DocPurpose.CONFORMITY, "Về việc công bố Hệ thống quản lý chất lượng phù hợp "
                             "Tiêu chuẩn quốc gia TCVN ISO 9001:2015"), when)
        created += 1
    return ban_hanh, cong_bo, created


def _register(s: Session, when: date, purpose: cd.DocPurpose, summary: str) -> int:
    R = mc.IssuedDocumentRow
    number = (s.scalar(select(func.max(R.number)).where(R.issuer == "UBND", R.number_year == when.year)) or 0) + 1
    return int(s.execute(insert(R).returning(R.id).values(
        doc_type=cd.IssuedDocType.DECISION, issuer="UBND", number=number, number_year=when.year, symbol="QĐ-UBND",
        issue_date=when, summary=summary, signer_name="", signer_title="Chủ tịch", status=cd.IssuedDocStatus.ISSUED,
        purpose=purpose, year=when.year, notes="")).scalar_one())


# --------------------------------------------------------------------------- writing


class _Writer:
    """Builds the catalogue, the list and the scope in memory, then bulk-inserts them."""

    def __init__(self, s: Session, rng: random.Random, today: date, large: bool, dep_ids: list[int],
                 procedures: list[_Procedure], first_year: int) -> None:
        self.s, self.rng, self.today, self.large, self.dep_ids = s, rng, today, large, dep_ids
        self.procedures, self.first_year = procedures, first_year
        self.external_count = self.tthc_count = self.event_count = 0
        self.fields_in_scope: dict[str, date] = {}
        self.field_removed: dict[str, date] = {}
        self.procedure_fields: dict[int, str] = {}
        self.facts: list[sd.EventFact] = []
        self.tthc_procedure: dict[int, int | None] = {}

    # -- TTHC ---------------------------------------------------------------------------------
    def _decision(self, year: int, month: int | None = None) -> tuple[str, date]:
        when = date(year, month or self.rng.randint(1, 12), self.rng.randint(1, 28))
        return f"{self.rng.randint(100, 3500)}/QĐ-UBND", when

    def catalogue(self, system_from: date, announced_on: date) -> None:
        """TTHC in force at the công bố, changes after it (no công bố lại), the 2025 transfer."""
        rng = self.rng
        by_title = {fold(p.title): p for p in self.procedures}
        names: list[tuple[str, str, _Procedure | None]] = []
        seen: set[str] = set()
        # TTHC behind the procedures already in the documents module: they are covered.
        for p in self.procedures:
            t = fold(p.title)
            if t.startswith(_PROCEDURE_PREFIX):
                name = p.title[len(_PROCEDURE_PREFIX):].strip()
                name = name[:1].upper() + name[1:]
                field = FIELD_CODES.get(p.code.split(".")[1] if p.code.count(".") >= 2 else "", "")
                names.append((field or "Khác", name, p))
                seen.add(fold(name))
        # With the documents module's procedures present, keep the uncovered TTHC to a realistic few.
        uncovered_left = None if (self.large or not self.procedures) else 3
        for field, name in COMMUNE_TTHC:
            if fold(name) not in seen:
                proc = by_title.get(_PROCEDURE_PREFIX + fold(name))
                if proc is None and uncovered_left is not None:
                    if uncovered_left == 0:
                        continue
                    uncovered_left -= 1
                names.append((field, name, proc))
                seen.add(fold(name))
        base = len(names)
        transferred = [(f, n) for f, n in TRANSFERRED_TTHC if fold(n) not in seen]
        if not self.large and self.procedures:
            # A realistic commune late in 2026 has built procedures for most TTHC it took over on
            # 1/7/2025; a handful still wait for theirs (the home screen shows them).
            transferred = transferred[:6]
        if self.large:
            extra = [(f, f"{a} {o}") for f, o in _LARGE_OBJECTS for a in _LARGE_ACTIONS]
            transferred += [(f, n[:1].upper() + n[1:]) for f, n in extra if fold(n) not in seen]
        names += [(f, n, None) for f, n in transferred]

        items: list[tuple[sd.Tthc, list[sd.TthcEvent]]] = []
        lists = [x for x in _PROVINCIAL_LISTS if x[1] < announced_on] or [("1295/QĐ-UBND", system_from, "")]
        for i, (field, name, proc) in enumerate(names):
            code = self._code(i, field)
            events: list[sd.TthcEvent] = []
            if i < base:
                # In the catalogue before the công bố (published by a provincial list decision).
                ref, when = rng.choice(lists)[:2]
                if when > announced_on:
                    when = announced_on - timedelta(days=rng.randint(10, 200))
                events.append(sd.TthcEvent(None, 0, when, sd.TthcEventKind.ADDED, ref, when))
            else:
                when = REFORM_DAY if not self.large else date(rng.randint(self.first_year + 1, self.today.year),
                                                              rng.randint(1, 12), rng.randint(1, 28))
                if when > self.today:
                    continue
                ref = "1685/QĐ-UBND" if not self.large else self._decision(when.year)[0]
                events.append(sd.TthcEvent(None, 0, when, sd.TthcEventKind.ADDED, ref, when))
                self.fields_in_scope.setdefault(field, when)
            # Later changes of the province's list, after the công bố: the reason công bố lại is due.
            last = events[-1].on
            if rng.random() < (0.25 if self.large else 0.12):
                ref, when = self._decision(min(self.today.year, max(last.year, announced_on.year) + rng.randint(0, 2)))
                if last < when <= self.today:
                    events.append(sd.TthcEvent(None, 0, when, sd.TthcEventKind.AMENDED, ref, when))
                    last = when
            if rng.random() < (0.06 if self.large else 0.04):
                ref, when = self._decision(min(self.today.year, last.year + 1))
                if last < when <= self.today:
                    events.append(sd.TthcEvent(None, 0, when, sd.TthcEventKind.ABOLISHED, ref, when))
            current = next((e for e in reversed(events) if e.kind is not sd.TthcEventKind.ABOLISHED), events[0])
            items.append((sd.Tthc(None, code, name, field, "Cấp xã" if not self.large else rng.choice(
                ("Cấp tỉnh", "Cấp tỉnh", "Cấp xã", "Liên thông")), current.decision_ref, current.decision_date,
                procedure_id=proc.id if proc else None), events))
            if i < base:
                self.fields_in_scope.setdefault(field, system_from)
        ids = TthcService.bulk_insert(self.s, items)
        for tid, (tthc, events) in zip(ids, items, strict=True):
            self.tthc_procedure[tid] = tthc.procedure_id
            for e in events:
                self.facts.append(sd.EventFact(tid, e.on, e.kind))
            if tthc.procedure_id is not None:
                self.procedure_fields[tthc.procedure_id] = tthc.field
        self.tthc_count = len(ids)
        self.event_count = sum(len(e) for _, e in items)

    def _code(self, i: int, field: str) -> str:
        # Mã TTHC on the national database: "1.001193.000.00.00.H12" (H12 = Hà Tĩnh).
        group = 1 if fold(field) in ("ho tich", "chung thuc", "dat dai", "xay dung") else 2
        return f"{group}.{i * 37 % 9000 + 1000:06d}.000.00.00.H12"

    # -- external documents -------------------------------------------------------------------
    def external_documents(self) -> None:
        rng = self.rng
        laws = [law for law in _LAWS if law.issued <= self.today]
        items: list[ExternalDocument] = []
        numbers = {law.number for law in laws}
        for law in laws:
            items.append(self._external(law.kind, law.number, law.issued, law.issuer, law.summary, law.field,
                                        law.effective))
        # The province's TTHC list decisions and guidance, year by year.
        years = range(self.first_year - (2 if not self.large else 0), self.today.year + 1)
        fields = sorted({f for f, _ in COMMUNE_TTHC} | ({f for f, _ in _LARGE_OBJECTS} if self.large else set()))
        per_year = 48 if self.large else 3
        provincial: dict[str, list[int]] = {}
        for year in years:
            for field in rng.sample(fields, min(per_year // 2, len(fields))):
                number = self._unique(numbers, "{}/QĐ-UBND", year)
                when = date(year, rng.randint(1, 12), rng.randint(1, 28))
                if when > self.today:
                    continue
                provincial.setdefault(field, []).append(len(items))
                items.append(self._external(
                    ExternalDocKind.DECISION, number, when, _PROVINCE,
                    f"về việc công bố danh mục thủ tục hành chính mới ban hành, sửa đổi, bổ sung, bãi bỏ lĩnh vực "
                    f"{field.lower()} thuộc thẩm quyền giải quyết của {'Ủy ban nhân dân cấp xã' if not self.large else 'Sở, ngành'}"
                    f" trên địa bàn tỉnh Hà Tĩnh", field, when))
            for _ in range(per_year - per_year // 2):
                field = rng.choice(fields)
                kind, symbol, issuer, summary = rng.choice((
                    (ExternalDocKind.OFFICIAL_LETTER, "{}/SKHCN-TĐC", "Sở Khoa học và Công nghệ Hà Tĩnh",
                     "V/v hướng dẫn duy trì, cải tiến Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 năm {y}"),
                    (ExternalDocKind.DECISION, "{}/QĐ-UBND", _PROVINCE,
                     "phê duyệt quy trình nội bộ giải quyết thủ tục hành chính lĩnh vực {f} năm {y}"),
                    (ExternalDocKind.OFFICIAL_LETTER, "{}/UBND-NC", _PROVINCE,
                     "V/v triển khai thực hiện công tác kiểm soát thủ tục hành chính năm {y}"),
                    (ExternalDocKind.OTHER, "{}/KH-SKHCN", "Sở Khoa học và Công nghệ Hà Tĩnh",
                     "Kế hoạch kiểm tra việc áp dụng, duy trì và cải tiến HTQLCL năm {y}"),
                ))
                number = self._unique(numbers, symbol, year)
                when = date(year, rng.randint(1, 12), rng.randint(1, 28))
                if when > self.today:
                    continue
                items.append(self._external(kind, number, when, issuer, summary.format(y=year, f=field.lower()),
                                            "Hệ thống quản lý chất lượng" if "SKHCN" in number else field, when))
        # Successors inside the list: real replacements, and each new provincial list replaces the last.
        index = {item.number_symbol: i for i, item in enumerate(items)}
        status: dict[int, tuple[LegalStatus, date, int]] = {}
        for law in laws:
            successor = law.replaced_by or law.amended_by
            since = items[index[successor]].effective_date if successor and successor in index else None
            if successor and since:
                change = LegalStatus.REPLACED if law.replaced_by else LegalStatus.AMENDED
                status[index[law.number]] = (change, since, index[successor])
        for positions in provincial.values():
            for older, newer in zip(positions, positions[1:], strict=False):
                if rng.random() < 0.5:
                    issued = items[newer].issue_date
                    assert issued is not None  # every demo text is made with its date
                    status[older] = (LegalStatus.REPLACED, issued, newer)
        # Insert successors first (their ids are needed), then the rest.
        ordered = sorted(range(len(items)), key=lambda i: i in status)
        ids: dict[int, int] = {}
        first = [i for i in ordered if i not in status]
        for i, new_id in zip(first, LegalService.bulk_insert(self.s, [items[i] for i in first]), strict=True):
            ids[i] = new_id
        rest = [i for i in ordered if i in status]
        # Chains (A replaced by B replaced by C) need B's id before A: insert in rounds.
        while rest:
            ready = [i for i in rest if status[i][2] in ids]
            if not ready:  # cannot happen with dates increasing along a chain; stop rather than loop
                ready = rest
            batch = []
            for i in ready:
                change, since, succ = status[i]
                batch.append(_with_status(items[i], change, since, ids.get(succ)))
            for i, new_id in zip(ready, LegalService.bulk_insert(self.s, batch), strict=True):
                ids[i] = new_id
            rest = [i for i in rest if i not in ids]
        self.external_count = len(ids)
        self._citations(items, ids, status)

    def _unique(self, numbers: set[str], symbol: str, year: int) -> str:
        while True:
            number = symbol.format(self.rng.randint(1, 3999))
            if number not in numbers:
                numbers.add(number)
                return number

    def _external(self, kind: ExternalDocKind, number: str, issued: date, issuer: str, summary: str, field: str,
                  effective: date | None) -> ExternalDocument:
        deps = tuple(self.rng.sample(self.dep_ids, k=min(len(self.dep_ids), self.rng.choice((1, 1, 2)))))
        place = self.rng.choice(("Tủ hồ sơ ISO - Văn phòng", "Bản điện tử trên hệ thống quản lý văn bản", ""))
        return ExternalDocument(None, kind, number, issued, issuer, summary, effective_date=effective, field=field,
                                location=place, department_ids=deps)

    def _citations(self, items: list[ExternalDocument], ids: dict[int, int],
                   status: dict[int, tuple[LegalStatus, date, int]]) -> None:
        """Procedures cite the texts of their field; a few still cite a replaced one (check (e))."""
        by_field: dict[str, list[int]] = {}
        for i, item in enumerate(items):
            by_field.setdefault(fold(item.field), []).append(i)
        rows = []
        for proc in self.procedures:
            field = self.procedure_fields.get(proc.id)
            pool = by_field.get(fold(field or ""), []) + by_field.get(fold("Một cửa, một cửa liên thông"), [])
            live = [i for i in pool if i not in status]
            dead = [i for i in pool if i in status and status[i][0] is LegalStatus.REPLACED]
            chosen = self.rng.sample(live, k=min(len(live), 3))
            if dead and self.rng.random() < 0.15:
                chosen.append(self.rng.choice(dead))
            rows += [{"external_document_id": ids[i], "internal_document_id": proc.id} for i in dict.fromkeys(chosen)]
        if rows:
            self.s.execute(insert(m.ExternalDocumentCitationRow), rows)

    # -- scope and công bố --------------------------------------------------------------------
    def scope_fields(self, system_from: date) -> int:
        rows = [{"name": name, "added_on": added, "removed_on": None, "notes": ""}
                for name, added in sorted(self.fields_in_scope.items(), key=lambda x: fold(x[0]))]
        if rows:
            self.s.execute(insert(m.ScopeFieldRow), rows)
        return len(rows)

    def announce(self, cong_bo: tuple[int, date], document_set_id: int | None) -> int:
        on = cong_bo[1]
        live = sd.in_force_on(self.facts, on)
        live_procs = {p.id for p in self.procedures if p.in_force}
        fields = sorted((f for f, added in self.fields_in_scope.items() if added <= on), key=fold)
        self.s.execute(insert(m.ConformityAnnouncementRow).values(
            register_document_id=cong_bo[0], kind=sd.AnnouncementKind.ANNOUNCE, document_set_id=document_set_id,
            scope_date=on, fields_json=json.dumps(fields, ensure_ascii=False), tthc_count=len(live),
            tthc_covered=sum(1 for t in live if self.tthc_procedure.get(t) in live_procs),
            created_at=datetime.now().replace(microsecond=0)))
        return 1


def _with_status(item: ExternalDocument, status: LegalStatus, since: date, successor: int | None) -> ExternalDocument:
    return replace(item, status=status, status_date=since, status_by_id=successor)
