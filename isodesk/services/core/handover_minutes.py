"""The ``BIÊN BẢN Bàn giao hồ sơ, tài liệu Hệ thống quản lý chất lượng`` (NĐ 30 Mẫu 1.9 layout).

Signed by the outgoing secretary (bên giao, left), the incoming one (bên nhận, right) and confirmed
by the head under them. The number is left blank: the văn thư registers it when it is signed.
"""

from __future__ import annotations

from isodesk.domain.core import AgencyProfile
from isodesk.domain.formatting import format_count, short_date
from isodesk.domain.handover import HandoverPeople, HandoverSummary
from isodesk.reports.model import Align, AdminDocument, Column, Heading, Paragraph, Signature, Table
from isodesk.services.year.drafted_service import ascii_slug

DOC_TYPE = "BIÊN BẢN"
SUMMARY = "Bàn giao hồ sơ, tài liệu Hệ thống quản lý chất lượng"


def minutes_stem(people: HandoverPeople) -> str:
    """The file name of the printed biên bản (ASCII, survives USB sticks and e-mail)."""
    return f"BB_ban-giao-HTQLCL_{people.handed_on:%Y-%m-%d}_{ascii_slug(people.incoming_name)}"


def _person(name: str, title: str) -> str:
    return f"{name}, {title}" if title else name


def _size(num_bytes: int) -> str:
    if num_bytes >= 1024 * 1024:
        tenths = round(num_bytes * 10 / (1024 * 1024))
        return f"{tenths // 10},{tenths % 10} MB"
    return f"{format_count(max(1, round(num_bytes / 1024)))} KB"


def handover_minutes(profile: AgencyProfile, people: HandoverPeople, summary: HandoverSummary,
                     package_name: str) -> AdminDocument:
    """The biên bản of one handover: who, what (registers with counts, the package file), the open work
    of the year, and the three signatures."""
    day = people.handed_on
    body: list[Heading | Paragraph | Table] = [
        Paragraph(f"Hôm nay, ngày {day.day:02d} tháng {day.month:02d} năm {day.year}, tại {profile.name}, "
                  "chúng tôi gồm:"),
        Paragraph(f"1. Bên giao: {_person(people.outgoing_name, people.outgoing_title)}, "
                  "thư ký ISO (người được giao theo dõi Hệ thống quản lý chất lượng)."),
        Paragraph(f"2. Bên nhận: {_person(people.incoming_name, people.incoming_title)}."),
        Paragraph(f"3. Chứng kiến: {_person(people.head_name, people.head_title)}."),
        Paragraph("Đã tiến hành bàn giao hồ sơ, tài liệu của Hệ thống quản lý chất lượng theo tiêu chuẩn quốc gia "
                  f"TCVN ISO 9001:2015 của {profile.name}, cụ thể như sau:"),
        Heading(2, "1. Tệp dữ liệu isodesk"),
        Paragraph(f"Tệp bàn giao {package_name} chứa bản sao toàn bộ dữ liệu, "
                  f"{format_count(summary.attachments, 'tệp đính kèm')} ({_size(summary.attachment_bytes)}) và bản kê "
                  "mã kiểm tra SHA-256 của từng tệp; bên nhận mở tệp bằng isodesk, phần mềm kiểm tra từng tệp trước "
                  "khi nhận."),
        Heading(2, "2. Các sổ, danh mục được bàn giao"),
        Table(columns=(Column("TT", 12, Align.CENTER), Column("Sổ, danh mục, hồ sơ", 120),
                       Column("Số lượng", 30, Align.CENTER)),
              rows=[(str(i), r.label, format_count(r.count)) for i, r in enumerate(summary.registers, 1)]),
    ]
    year = f" năm {summary.year}" if summary.year else ""
    body.append(Heading(2, f"3. Công việc đang thực hiện và tồn tại cần tiếp tục xử lý{year}"))
    if summary.open_items:
        body.append(Table(
            columns=(Column("TT", 12, Align.CENTER), Column("Nội dung", 125), Column("Thời hạn", 25, Align.CENTER)),
            rows=[(str(i), item.text, short_date(item.due) if item.due else "")
                  for i, item in enumerate(summary.open_items, 1)]))
    else:
        body.append(Paragraph("Không có công việc tồn đọng."))
    body += [
        Heading(2, "4. Trách nhiệm của các bên"),
        Paragraph("Bên giao chịu trách nhiệm về tính đầy đủ, chính xác của hồ sơ, tài liệu đã bàn giao. Bên nhận "
                  "kiểm tra tệp bàn giao, tiếp tục theo dõi, cập nhật và duy trì Hệ thống quản lý chất lượng kể từ "
                  "ngày nhận."),
        Paragraph("Biên bản được lập thành 03 bản có giá trị như nhau: bên giao giữ 01 bản, bên nhận giữ 01 bản, "
                  "lưu 01 bản./."),
    ]
    return AdminDocument(
        agency=profile.name, parent_agency=profile.header_parent or None, symbol=f"BB-{profile.abbreviation}",
        place=profile.place_name, doc_type=DOC_TYPE, summary=SUMMARY, date=day, year=day.year,
        issuer_name=profile.name, body=body,
        left_signature=Signature(["BÊN GIAO"], people.outgoing_name),
        signature=Signature(["BÊN NHẬN"], people.incoming_name),
        witness_signature=Signature(["XÁC NHẬN CỦA LÃNH ĐẠO", people.head_title], people.head_name),
        recipients=["Bên giao", "Bên nhận", "Lưu: VT, hồ sơ HTQLCL"],
    )
