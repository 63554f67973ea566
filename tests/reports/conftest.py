"""Sample administrative documents for the report tests (and the render benchmark).

The samples follow the seeds: a UBND tỉnh KẾ HOẠCH (seed 004) with căn cứ, I./1./a)/- headings,
a two-level-header table, two appendices (one landscape, with the seed 000 risk table), and a
Sở BÁO CÁO (seed 000) with a parent agency, Kính gửi and a single appendix.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from isodesk.reports import (
    AdminDocument,
    Align,
    Appendix,
    Bullet,
    Column,
    GroupRow,
    HeaderCell,
    Heading,
    Paragraph,
    PlusBullet,
    Run,
    Signature,
    Table,
    TableRow,
    render_docx,
    render_pdf,
)

PLAN_SUMMARY = (
    "Duy trì, cải tiến Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2015 "
    "vào hoạt động của các cơ quan thuộc hệ thống hành chính nhà nước tỉnh Hà Tĩnh năm 2025"
)
PLAN_HEADINGS = [
    "I. MỤC ĐÍCH, YÊU CẦU",
    "1. Mục đích",
    "2. Yêu cầu",
    "II. NHIỆM VỤ",
    "a) Đối với các sở, ban, ngành cấp tỉnh",
    "III. TỔ CHỨC THỰC HIỆN",
]
RISK_HEADER = (
    (
        HeaderCell("TT", rowspan=2),
        HeaderCell("Vấn đề/quá trình", rowspan=2),
        HeaderCell("Nhận định tác động dự kiến", rowspan=2),
        HeaderCell("Rủi ro", colspan=3),
        HeaderCell("Cơ hội", rowspan=2),
        HeaderCell("Hành động để giải quyết rủi ro, cơ hội", rowspan=2),
        HeaderCell("Mục tiêu đề ra", rowspan=2),
        HeaderCell("Ghi chú", rowspan=2),
    ),
    (HeaderCell("Thấp"), HeaderCell("Cao"), HeaderCell("Rất cao")),
)
RISK_COLUMNS = (
    Column("TT", 10, Align.CENTER),
    Column("Vấn đề/quá trình", 38),
    Column("Nhận định tác động dự kiến", 50),
    Column("Thấp", 13, Align.CENTER),
    Column("Cao", 13, Align.CENTER),
    Column("Rất cao", 13, Align.CENTER),
    Column("Cơ hội", 30),
    Column("Hành động để giải quyết rủi ro, cơ hội", 50),
    Column("Mục tiêu đề ra", 30),
    Column("Ghi chú", 15),
)


def risk_table() -> Table:
    """The seed 000 Phụ lục 2 risk table: two-level header, group rows, multi-line cells."""
    return Table(
        columns=RISK_COLUMNS,
        header_rows=RISK_HEADER,
        rows=[
            GroupRow("I. DO CÁC YẾU TỐ NỘI BỘ"),
            TableRow((
                "1",
                "Rủi ro do thay đổi nhân sự: nghỉ việc, chuyển công tác, học tập trung các lớp đào tạo",
                "Các tác động của rủi ro được cảnh báo trước:\n- Nhân sự được dự kiến đăng ký tham dự các lớp "
                "học tập trung đã được quy hoạch từ đầu năm.",
                "x", "", "",
                "Đào tạo, phát hiện những nhân viên ưu tú giỏi sâu về chuyên môn",
                "- Đào tạo, bố trí nhân sự hợp lý phù hợp vị trí việc làm.\n- Đào tạo những vị trí được dự báo "
                "có khả năng nghỉ việc, thay đổi vị trí công tác.",
                "Đảm bảo công việc vận hành hiệu quả, ổn định",
                "",
            )),
            TableRow((
                "2", "Rủi ro do xử lý TTHC quá hạn", "Hồ sơ giải quyết TTHC của tổ chức, cá nhân bị quá hạn",
                "x", "", "", "",
                "Quán triệt thực hiện đúng theo quy trình đã xây dựng và đã được UBND tỉnh phê duyệt.",
                "100% TTHC được giải quyết trước và đúng hạn", "",
            )),
            GroupRow("II. CÁC YẾU TỐ BÊN NGOÀI"),
            TableRow((
                "1", "Rủi ro do áp dụng văn bản QPPL cũ, lỗi thời",
                "Văn bản quy phạm pháp luật được cập nhật nhanh, kịp thời. Rủi ro này ít và ở mức độ thấp.",
                "x", "", "", "Thường xuyên nghiên cứu, cập nhật các văn bản quy phạm pháp luật",
                "Các phòng, đơn vị tiếp tục tăng cường nghiên cứu, cập nhật văn bản thuộc ngành",
                "Văn bản được cập nhật, bãi bỏ, bổ sung kịp thời", "",
            )),
        ],
    )


def unit_rows(count: int) -> list[TableRow]:
    """``count`` rows of a Phụ lục 1-like table (units and their QMS figures)."""
    names = ["Văn phòng Sở", "Thanh tra Sở", "Phòng Kế hoạch - Tài chính", "Trung tâm CNTT và Truyền thông",
             "Chi cục Tiêu chuẩn Đo lường Chất lượng", "Phòng Quản lý chuyên ngành"]
    return [
        TableRow((
            str(i + 1),
            f"{names[i % len(names)]} (đơn vị số {i + 1})",
            f"{90 + i}/QĐ-UBND ngày {(i % 28) + 1:02d}/{(i % 12) + 1:02d}/2024",
            f"{(i % 12) + 1:02d}/2024",
            f"{(i % 7) + 1:02d}",
            f"{(i % 19) + 1:02d}",
            "",
        ))
        for i in range(count)
    ]


UNIT_COLUMNS = (
    Column("TT", 10, Align.CENTER),
    Column("Tên đơn vị", 45),
    Column("Số ký hiệu và ngày tháng của QĐ công bố", 40),
    Column("Ngày đánh giá nội bộ", 22, Align.CENTER),
    Column("Hướng dẫn", 16, Align.CENTER),
    Column("Quy trình nội bộ", 16, Align.CENTER),
    Column("Ghi chú", 16),
)
UNIT_HEADER = (
    (
        HeaderCell("TT", rowspan=2),
        HeaderCell("Tên đơn vị", rowspan=2),
        HeaderCell("Số ký hiệu và ngày tháng của QĐ công bố", rowspan=2),
        HeaderCell("Ngày đánh giá nội bộ", rowspan=2),
        HeaderCell("Số lượng quy trình, hướng dẫn", colspan=2),
        HeaderCell("Ghi chú", rowspan=2),
    ),
    (HeaderCell("Hướng dẫn"), HeaderCell("Quy trình nội bộ")),
)


def unit_table(count: int) -> Table:
    """A portrait table with a two-level header and ``count`` rows."""
    return Table(columns=UNIT_COLUMNS, header_rows=UNIT_HEADER, rows=unit_rows(count))


def plan_document(*, appendix_rows: int = 45, **overrides: object) -> AdminDocument:
    """A KẾ HOẠCH of UBND tỉnh Hà Tĩnh in the shape of seed 004."""
    body = [
        Paragraph(
            "Thực hiện Văn bản số 419/BKHCN-TĐC ngày 21/02/2018 của Bộ Khoa học và Công nghệ; xét đề nghị "
            "của Sở Khoa học và Công nghệ, Ủy ban nhân dân tỉnh ban hành Kế hoạch duy trì, cải tiến Hệ thống "
            "quản lý chất lượng năm 2025 với các nội dung như sau:"
        ),
        Heading(1, "I. Mục đích, yêu cầu"),
        Heading(2, "1. Mục đích"),
        Paragraph(
            "Giúp các cơ quan chuẩn hóa các quy trình xử lý công việc, giúp người đứng đầu kiểm soát được "
            "quá trình giải quyết công việc nội bộ, thông qua đó nâng cao chất lượng và hiệu quả công tác "
            "quản lý và cung cấp dịch vụ công."
        ),
        Heading(2, "2. Yêu cầu"),
        Bullet("Đảm bảo sự tham gia của Lãnh đạo và các cán bộ, công chức, viên chức có liên quan;"),
        Bullet("- Hệ thống quản lý chất lượng phải đảm bảo các yêu cầu của TCVN ISO 9001:2015."),
        Heading(1, "II. NHIỆM VỤ"),
        Paragraph(runs=[
            Run("Chỉ tiêu năm 2025 được tổng hợp tại bảng dưới đây "),
            Run("(số liệu dự kiến)", italic=True),
            Run(":"),
        ]),
        Table(
            columns=(
                Column("TT", 10, Align.CENTER),
                Column("Chỉ tiêu", 75),
                Column("Kế hoạch", 25, Align.CENTER),
                Column("Thực hiện", 25, Align.CENTER),
                Column("Tỷ lệ", 30, Align.RIGHT),
            ),
            header_rows=(
                (HeaderCell("TT", rowspan=2), HeaderCell("Chỉ tiêu", rowspan=2),
                 HeaderCell("Năm 2025", colspan=3)),
                (HeaderCell("Kế hoạch"), HeaderCell("Thực hiện"), HeaderCell("Tỷ lệ")),
            ),
            rows=[
                ("1", "Cơ quan duy trì HTQLCL", "39", "37", "94,87%"),
                ("2", "Cơ quan công bố lại HTQLCL", "12", "12", "100,00%"),
                TableRow(("", "Tổng cộng", "51", "49", "96,08%"), bold=True),
            ],
            note="ĐVT: cơ quan",
        ),
        Heading(3, "a) Đối với các sở, ban, ngành cấp tỉnh", italic=True),
        Bullet("Đăng ký bằng văn bản về thời gian thực hiện, gửi Sở Khoa học và Công nghệ trước ngày 25/4/2025."),
        PlusBullet("Xây dựng Kế hoạch chuyển đổi đối với các cơ quan, đơn vị trực thuộc."),
        Heading(1, "III. TỔ CHỨC THỰC HIỆN"),
        Paragraph(
            "Yêu cầu Thủ trưởng các Sở, ban, ngành cấp tỉnh và Thủ trưởng các cơ quan liên quan triển khai "
            "thực hiện nghiêm túc Kế hoạch này (Phụ lục I và Phụ lục II kèm theo)./."
        ),
    ]
    fields: dict[str, object] = dict(
        agency="Ủy ban nhân dân tỉnh Hà Tĩnh",
        symbol="KH-UBND",
        number=5,
        place="Hà Tĩnh",
        date=date(2024, 11, 6),
        doc_type="Kế hoạch",
        summary=PLAN_SUMMARY,
        issuer_name="UBND tỉnh",
        bases=[
            "Căn cứ Quyết định số 19/2014/QĐ-TTg ngày 05/03/2014 của Thủ tướng Chính phủ về việc áp dụng "
            "Hệ thống quản lý chất lượng theo TCVN ISO 9001:2008 vào hoạt động của các cơ quan, tổ chức "
            "thuộc hệ thống hành chính nhà nước;",
            "Căn cứ Thông tư số 26/2014/TT-BKHCN ngày 10/10/2014 của Bộ Khoa học và Công nghệ;",
            "Căn cứ Kế hoạch số 1620/KH-SKHCN ngày 17/10/2024 của Sở Khoa học và Công nghệ.;",
        ],
        body=body,
        recipients=[
            "Bộ Khoa học và Công nghệ;",
            "TT. Tỉnh ủy, TT. HĐND tỉnh",
            "- Chủ tịch, các PCT UBND tỉnh;",
            "Các Sở, ban, ngành, đoàn thể cấp tỉnh;",
            "Lưu: VT, KT₁.",
        ],
        signature=Signature(["TM. Ủy ban nhân dân", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Đặng Quốc Vinh"),
        appendices=[
            Appendix(
                title="Danh sách cơ quan, đơn vị duy trì hệ thống quản lý chất lượng năm 2025",
                blocks=[unit_table(appendix_rows)],
            ),
            Appendix(
                title="Bảng nhận diện, đánh giá, giải quyết rủi ro và cơ hội",
                subtitle_lines=["của Ủy ban nhân dân tỉnh Hà Tĩnh"],
                blocks=[risk_table()],
            ),
        ],
    )
    fields.update(overrides)
    return AdminDocument(**fields)  # type: ignore[arg-type]


def report_document(**overrides: object) -> AdminDocument:
    """A BÁO CÁO of a Sở to Sở KH&CN in the shape of seed 000 (parent agency, Kính gửi, one appendix)."""
    fields: dict[str, object] = dict(
        parent_agency="UBND tỉnh Hà Tĩnh",
        agency="Sở Thông tin và Truyền thông",
        symbol="BC-STTTT",
        number=284,
        place="Hà Tĩnh",
        date=date(2024, 11, 6),
        doc_type="BÁO CÁO",
        summary="Kết quả xây dựng, áp dụng, duy trì, cải tiến Hệ thống quản lý chất lượng theo tiêu chuẩn "
        "TCVN ISO 9001:2015 năm 2024",
        issuer_name="Sở Thông tin và Truyền thông",
        kinh_gui=["Sở Khoa học và Công nghệ", "Ủy ban nhân dân tỉnh"],
        body=[
            Paragraph(
                "Triển khai Kế hoạch số 1620/KH-SKHCN ngày 17/10/2024 của Sở Khoa học và Công nghệ, Sở Thông "
                "tin và Truyền thông báo cáo tình hình xây dựng, áp dụng, duy trì, cải tiến Hệ thống quản lý "
                "chất lượng theo tiêu chuẩn TCVN ISO 9001:2015 năm 2024 như sau:"
            ),
            Heading(1, "I. KẾT QUẢ ĐẠT ĐƯỢC"),
            Heading(4, "Công tác chỉ đạo điều hành, ban hành văn bản"),
            Bullet("Ban hành mục tiêu chất lượng và Kế hoạch thực hiện năm 2024."),
        ],
        recipients=["Sở Khoa học và Công nghệ", "Lãnh đạo Sở", "Lưu: VT, VP₂"],
        signature=Signature(["Giám đốc"], "Đậu Tùng Lâm"),
        appendices=[Appendix(
            title="Kết quả duy trì, cải tiến hệ thống tại Sở Thông tin và Truyền thông năm 2024",
            blocks=[unit_table(3)],
        )],
        is_electronic=True,
    )
    fields.update(overrides)
    return AdminDocument(**fields)  # type: ignore[arg-type]


@dataclass(frozen=True)
class Rendered:
    """A document rendered to both formats."""

    document: AdminDocument
    docx: Path
    pdf: Path


def render_both(doc: AdminDocument, folder: Path, stem: str) -> Rendered:
    """Render ``doc`` to ``folder/stem.docx`` and ``folder/stem.pdf``."""
    folder.mkdir(parents=True, exist_ok=True)
    return Rendered(doc, render_docx(doc, folder / f"{stem}.docx"), render_pdf(doc, folder / f"{stem}.pdf"))


@pytest.fixture(scope="session")
def rendered_plan(tmp_path_factory: pytest.TempPathFactory) -> Rendered:
    """The KẾ HOẠCH sample, rendered once per test session."""
    return render_both(plan_document(), tmp_path_factory.mktemp("plan"), "ke_hoach")


@pytest.fixture(scope="session")
def rendered_report(tmp_path_factory: pytest.TempPathFactory) -> Rendered:
    """The BÁO CÁO sample, rendered once per test session."""
    return render_both(report_document(), tmp_path_factory.mktemp("report"), "bao_cao")


# Builders as fixtures: test modules must not `import conftest` (tests/conftest.py shares the name).
@pytest.fixture(scope="session")
def make_plan() -> object:
    """Factory for the KẾ HOẠCH sample: ``make_plan(appendix_rows=45, **field_overrides)``."""
    return plan_document


@pytest.fixture(scope="session")
def make_report() -> object:
    """Factory for the BÁO CÁO sample: ``make_report(**field_overrides)``."""
    return report_document


@pytest.fixture(scope="session")
def make_unit_table() -> object:
    """Factory for the two-level-header unit table: ``make_unit_table(rows)``."""
    return unit_table
