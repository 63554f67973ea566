"""The PDF re-opened with pypdf/pdfplumber: page sizes, embedded fonts, text, page numbers, repeated headers."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pdfplumber
import pytest
from pypdf import PdfReader

from isodesk.reports import AdminDocument, Appendix, render_pdf

PT_PER_MM = 72 / 25.4
A4_PORTRAIT = (210 * PT_PER_MM, 297 * PT_PER_MM)
TOP_MARGIN_PT = 20 * PT_PER_MM


def squash(text: str) -> str:
    """Text with all whitespace removed (line breaks fall anywhere in justified text)."""
    return "".join(text.split())


def page_texts(path: Path) -> list[str]:
    with pdfplumber.open(path) as pdf:
        return [page.extract_text() or "" for page in pdf.pages]


def top_margin_words(page: pdfplumber.page.Page) -> list[dict]:  # type: ignore[type-arg]
    return [w for w in page.extract_words() if w["bottom"] <= TOP_MARGIN_PT]


def body_text(path: Path) -> str:
    """All text below the top margin (page numbers excluded), pages joined."""
    with pdfplumber.open(path) as pdf:
        return "\n".join(
            page.crop((0, TOP_MARGIN_PT, page.width, page.height)).extract_text() or "" for page in pdf.pages
        )


@pytest.fixture(scope="module")
def plan_pages(rendered_plan) -> list[str]:  # type: ignore[no-untyped-def]
    return page_texts(rendered_plan.pdf)


def appendix_first_pages(texts: list[str]) -> list[int]:
    return [i for i, t in enumerate(texts) if t.lstrip().startswith(("Phụ lục", "PHỤ LỤC"))]


def test_page_sizes_a4_with_landscape_appendix(rendered_plan, plan_pages: list[str]) -> None:  # type: ignore[no-untyped-def]
    reader = PdfReader(rendered_plan.pdf)
    sizes = [(float(p.mediabox.width), float(p.mediabox.height)) for p in reader.pages]
    first_i, first_ii = appendix_first_pages(plan_pages)
    for width, height in sizes[:first_ii]:
        assert (width, height) == pytest.approx(A4_PORTRAIT, abs=0.5)
    for width, height in sizes[first_ii:]:
        assert (height, width) == pytest.approx(A4_PORTRAIT, abs=0.5)
    assert first_i >= 1 and first_ii > first_i


def test_only_liberation_serif_is_used_and_embedded(rendered_plan) -> None:  # type: ignore[no-untyped-def]
    reader = PdfReader(rendered_plan.pdf)
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts.add(str(font["/BaseFont"]).split("+")[-1])
            descriptor = font["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor  # embedded TrueType
    assert fonts <= {"LiberationSerif", "LiberationSerif-Bold", "LiberationSerif-Italic", "LiberationSerif-BoldItalic"}
    assert {"LiberationSerif", "LiberationSerif-Bold", "LiberationSerif-Italic"} <= fonts


def test_metadata(rendered_plan) -> None:  # type: ignore[no-untyped-def]
    meta = PdfReader(rendered_plan.pdf).metadata
    assert meta.title.startswith("Kế hoạch số 05/KH-UBND: Duy trì, cải tiến Hệ thống quản lý chất lượng")
    assert meta.author == "Ủy ban nhân dân tỉnh Hà Tĩnh"  # the agency's name, as in the DOCX


def test_text_is_the_vietnamese_input(rendered_plan, plan_pages: list[str], make_plan) -> None:  # type: ignore[no-untyped-def]
    document = make_plan()
    text = squash("".join(plan_pages))
    first = plan_pages[0]
    for expected in ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: 05/KH-UBND",
                     "Hà Tĩnh, ngày 06 tháng 11 năm 2024", "KẾ HOẠCH"):
        assert squash(expected) in squash(first)
    assert squash(document.summary) in text
    for heading in ("I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "2. Yêu cầu", "II. NHIỆM VỤ",
                    "a) Đối với các sở, ban, ngành cấp tỉnh", "III. TỔ CHỨC THỰC HIỆN"):
        assert squash(heading) in text
    for expected in ("Nơi nhận:", "- Lưu: VT, KT₁.", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "Đặng Quốc Vinh",
                     "Phụ lục I", "Phụ lục II", "(Kèm theo Kế hoạch số 05/KH-UBND ngày 06/11/2024 của UBND tỉnh)",
                     "I. DO CÁC YẾU TỐ NỘI BỘ", "Rủi ro", "Thấp", "Rất"):
        assert squash(expected) in text
    assert unicodedata.is_normalized("NFC", "".join(plan_pages))


def test_order_follows_nd30(plan_pages: list[str]) -> None:
    text = squash("".join(plan_pages))
    markers = ["CỘNGHÒA", "Số:05/KH-UBND", "KẾHOẠCH", "CăncứQuyếtđịnhsố19/2014", "I.MỤCĐÍCH", "III.TỔCHỨC",
               "Nơinhận:", "ĐặngQuốcVinh", "DANHSÁCHCƠQUAN", "BẢNGNHẬNDIỆN"]
    positions = [text.index(m) for m in markers]
    assert positions == sorted(positions)


def test_page_numbers_top_centre_from_page_two_restarting_per_appendix(rendered_plan, plan_pages) -> None:  # type: ignore[no-untyped-def]
    first_i, first_ii = appendix_first_pages(plan_pages)
    text_centre = (30 + (210 - 30 - 15) / 2) * PT_PER_MM
    expected: dict[int, str | None] = {0: None, 1: "2", first_i: None, first_i + 1: "2", first_ii: None}
    if first_ii - first_i > 2:
        expected[first_i + 2] = "3"
    with pdfplumber.open(rendered_plan.pdf) as pdf:
        for index, number in expected.items():
            words = top_margin_words(pdf.pages[index])
            if number is None:
                assert words == [], f"page {index + 1} must not show a number"
            else:
                assert [w["text"] for w in words] == [number], f"page {index + 1}"
                centre = (words[0]["x0"] + words[0]["x1"]) / 2
                assert centre == pytest.approx(text_centre, abs=1.5)
                assert words[0]["top"] >= 8 * PT_PER_MM  # inside the top margin, below the edge


def test_header_rows_repeat_on_continuation_pages(rendered_plan, plan_pages: list[str]) -> None:  # type: ignore[no-untyped-def]
    first_i, first_ii = appendix_first_pages(plan_pages)
    assert first_ii - first_i >= 2, "the sample appendix table must span pages"
    with pdfplumber.open(rendered_plan.pdf) as pdf:
        for index in range(first_i + 1, first_ii):
            page = pdf.pages[index]
            top = page.crop((0, TOP_MARGIN_PT, page.width, TOP_MARGIN_PT + 60)).extract_text()
            assert "Tên đơn vị" in top and "Hướng" in top, f"page {index + 1}"


def text_fragments(page: object) -> list[tuple[float, float, str]]:
    """(x, y from the top, text) of each text fragment drawn on a pypdf page (fast, unlike pdfminer)."""
    height = float(page.mediabox.height)  # type: ignore[attr-defined]
    found: list[tuple[float, float, str]] = []

    def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            found.append((x, height - y, text))

    page.extract_text(visitor_text=visit)  # type: ignore[attr-defined]
    return found


def test_long_table_over_many_pages(tmp_path: Path, make_plan, make_unit_table) -> None:  # type: ignore[no-untyped-def]
    document = make_plan(appendices=[Appendix("Danh sách", blocks=[make_unit_table(620)])])
    reader = PdfReader(render_pdf(document, tmp_path / "long.pdf"))
    pages = [text_fragments(page) for page in reader.pages]
    first = next(i for i, frags in enumerate(pages) if any(t.startswith("PHỤ LỤC") for _, _, t in frags))
    assert len(pages) - first >= 15
    left = 30 * PT_PER_MM
    numbers: list[str] = []
    for index, frags in enumerate(pages[first:], start=first):
        if index > first:  # continuation pages start with the repeated two-level header
            head = squash("".join(t for _, y, t in frags if TOP_MARGIN_PT <= y <= TOP_MARGIN_PT + 90))
            assert "Tênđơnvị" in head and "Hướngdẫn" in head and "Quytrìnhnộibộ" in head, f"page {index + 1}"
        # every row is there, in order: read the TT column (wrapped cells elsewhere interleave)
        numbers += [t.strip() for x, y, t in sorted(frags, key=lambda f: f[1])
                    if left <= x <= left + 22 and t.strip().isdigit() and y > TOP_MARGIN_PT]
    assert numbers == [str(i) for i in range(1, 621)]


def test_single_appendix_and_kinh_gui(rendered_report) -> None:  # type: ignore[no-untyped-def]
    texts = page_texts(rendered_report.pdf)
    assert texts[-1].lstrip().startswith("PHỤ LỤC")
    first = squash(texts[0])
    assert squash("UBND TỈNH HÀ TĨNH") in first
    assert squash("Kính gửi: - Sở Khoa học và Công nghệ;") in first
    assert squash("Số: 284/BC-STTTT") in first


def test_minimal_and_draft_documents(tmp_path: Path) -> None:
    document = AdminDocument(agency="Ủy ban nhân dân xã Thạch Lạc", symbol="KH-UBND", place="Thạch Lạc",
                             doc_type="Kế hoạch", summary="Đánh giá nội bộ năm 2025", year=2025)
    text = page_texts(render_pdf(document, tmp_path / "draft.pdf"))[0]
    assert "Số:" in text and "/KH-UBND" in text
    assert squash("ngày tháng năm 2025") in squash(text)


def test_decomposed_input_is_drawn_composed(tmp_path: Path, make_plan) -> None:  # type: ignore[no-untyped-def]
    summary = "Hệ thống quản lý chất lượng của Ủy ban nhân dân phường Đông Hà"
    document = make_plan(summary=unicodedata.normalize("NFD", summary), appendices=[])
    text = "".join(page_texts(render_pdf(document, tmp_path / "nfd.pdf")))
    assert squash(summary) in squash(text)
    assert not any(unicodedata.combining(ch) for ch in text)


def test_rows_of_a_long_table_stay_whole_after_the_first_page(tmp_path: Path) -> None:
    """reportlab builds the rest of a split table anew: the page height the row-splitting fallback
    checks must carry over, or a row that does not fit the foot of page 2 is cut in two under a
    header repeated mid-page. A group row never ends a page."""
    from isodesk.reports import Column, GroupRow, Table

    lines = ("một dòng", "hai dòng\nhai dòng", "năm\ndòng\nnăm\ndòng\nnăm", "bảy\n1\n2\n3\n4\n5\n6")
    rows: list[object] = []
    for i in range(1, 61):
        if i % 3 == 1:
            rows.append(GroupRow(f"Nhóm {i}"))
        rows.append((str(i), lines[i % 4], lines[(i * 3) % 4]))
    table = Table(columns=(Column("TT", 15), Column("Nội dung", 80), Column("Ghi chú", 70)), rows=rows)  # type: ignore[arg-type]
    document = AdminDocument(agency="Ủy ban nhân dân xã Thạch Lạc", symbol="DM-UBND", place="Thạch Lạc",
                             doc_type="Danh mục", summary="Bảng dài", year=2025, body=[table])
    with pdfplumber.open(render_pdf(document, tmp_path / "rows.pdf")) as pdf:
        pages = [["".join((row[0] or "").split()) for t in page.extract_tables() for row in t] for page in pdf.pages]
    numbers: list[str] = []
    for index, first_cells in enumerate(pages):
        heads = [i for i, cell in enumerate(first_cells) if cell == "TT"]
        assert heads == [0], f"page {index + 1}: header rows at {heads}"
        assert all(first_cells[1:]), f"page {index + 1}: a row cut in two"
        assert not first_cells[-1].startswith("Nhóm"), f"page {index + 1} ends on a group row"
        numbers += [cell for cell in first_cells[1:] if not cell.startswith("Nhóm")]
    assert len(pages) >= 4 and numbers == [str(i) for i in range(1, 61)]
