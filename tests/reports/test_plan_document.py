"""The year's plan as Word and PDF files: NĐ 30 parts present in both, re-read from the files."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from plan_fixtures import export_plan, SUMMARY, YEAR, docx_text, pdf_text, seed_plan_data

from isodesk.domain.plan import APPENDIX_COLUMNS, PlanOptions

#: The two columns of the NĐ 30 header (agency | national title), read side by side in a PDF.
#: A People's Committee issues in its own name: no chủ quản line above it (DOMAIN.md §4 point 4).
HEADER_LEFT = ["ỦY BAN NHÂN DÂN XÃ SƠN LÂM", "Số: 01/KH-UBND"]
HEADER_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "Sơn Lâm, ngày 12 tháng 01 năm 2026"]
REQUIRED = [
    "KẾ HOẠCH",
    SUMMARY,
    "Căn cứ Quyết định số 19/2014/QĐ-TTg",
    "Căn cứ Thông tư số 26/2014/TT-BKHCN",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "1. Mục đích",
    "2. Yêu cầu",
    "II. NỘI DUNG, NHIỆM VỤ",
    "III. TỔ CHỨC THỰC HIỆN",
    "3. Thư ký ISO",
    "PHỤ LỤC",
    "NHIỆM VỤ DUY TRÌ, CẢI TIẾN HTQLCL NĂM 2026",
    *APPENDIX_COLUMNS,
]


#: The footer's two columns (Nơi nhận | signature).
FOOTER_LEFT = ["Nơi nhận:", "- Sở Khoa học và Công nghệ;", "- Thành viên Ban Chỉ đạo ISO;",
               "- Các phòng, bộ phận;", "- Lưu: VT, VP."]
FOOTER_RIGHT = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Thị Minh Hằng"]


def _flat(text: str) -> str:
    """PDF text wraps long lines; compare with single spaces and no line ends."""
    return " ".join(text.split())


def _pdf_columns(path: Path, needle: str, split: float) -> tuple[str, str]:
    """Text left and right of ``split`` (share of the page width) on the page holding ``needle``."""
    import pdfplumber

    with pdfplumber.open(str(path)) as pdf:
        for page in pdf.pages:
            if needle in _flat(page.extract_text() or ""):
                middle = page.width * split
                left = page.crop((0, 0, middle, page.height)).extract_text() or ""
                right = page.crop((middle, 0, page.width, page.height)).extract_text() or ""
                return _flat(left), _flat(right)
    raise AssertionError(f"{needle!r} not found")


@pytest.fixture(scope="module")
def plan_files(tmp_path_factory: pytest.TempPathFactory, database_template) -> dict[str, Path]:  # type: ignore[no-untyped-def]
    """The plan exported twice: as a draft, then registered as 01/KH-UBND of 12/01/2026."""
    from isodesk.services.registry import open_services

    folder = tmp_path_factory.mktemp("plan")
    services = open_services(database_template.copy_to(folder / "isodesk.db"))
    try:
        people = seed_plan_data(services)
        options = PlanOptions(signer_id=people.deputy_id, today=date(2026, 1, 5))
        draft = export_plan(services, YEAR, folder / "draft", options)
        services.register.register(draft.register_id, date(2026, 1, 12))
        issued = export_plan(services, YEAR, folder / "issued", options)
    finally:
        services.close()
    return {"draft_docx": draft.docx, "draft_pdf": draft.pdf, "docx": issued.docx, "pdf": issued.pdf}


@pytest.mark.parametrize("kind", ["docx", "pdf"])
def test_every_part_of_the_plan_is_in_the_file(plan_files: dict[str, Path], kind: str) -> None:
    text = docx_text(plan_files[kind]) if kind == "docx" else pdf_text(plan_files[kind])
    flat = _flat(text)
    for needle in REQUIRED:
        assert _flat(needle) in flat, needle
    if kind == "docx":
        columns = [(flat, flat)] * 2
    else:
        columns = [_pdf_columns(plan_files["pdf"], "KẾ HOẠCH", 0.45), _pdf_columns(plan_files["pdf"], "Nơi nhận", 0.5)]
    for (left, right), (left_needles, right_needles) in zip(columns, [(HEADER_LEFT, HEADER_RIGHT),
                                                                     (FOOTER_LEFT, FOOTER_RIGHT)]):
        for needle in left_needles:
            assert needle in left, needle
        for needle in right_needles:
            assert needle in right, needle
    assert "(Kèm theo Kế hoạch số 01/KH-UBND ngày 12/01/2026 của Ủy ban nhân dân xã Sơn Lâm)" in flat
    assert "UBND TỈNH HÀ TĨNH" not in flat  # no chủ quản line above a People's Committee
    assert "…" not in text and "..." not in text


def test_docx_keeps_the_exact_trich_yeu_in_one_paragraph(plan_files: dict[str, Path]) -> None:
    import docx

    document = docx.Document(str(plan_files["docx"]))
    paragraphs = [p.text for p in document.paragraphs]
    assert SUMMARY in paragraphs
    assert paragraphs[paragraphs.index(SUMMARY) - 1] == "KẾ HOẠCH"
    appendix_table = document.tables[-1]
    assert [c.text for c in appendix_table.rows[0].cells] == list(APPENDIX_COLUMNS)
    assert len(appendix_table.rows) == 11  # header + ten tasks
    assert appendix_table.rows[1].cells[0].text == "1"


@pytest.mark.parametrize("kind", ["draft_docx", "draft_pdf"])
def test_a_draft_leaves_number_and_date_blank(plan_files: dict[str, Path], kind: str) -> None:
    text = docx_text(plan_files[kind]) if kind.endswith("docx") else pdf_text(plan_files[kind])
    if kind.endswith("docx"):
        assert "Số:      /KH-UBND" in text
        assert "Sơn Lâm, ngày      tháng      năm 2026" in text
    else:  # pdfplumber collapses runs of spaces
        assert "Số: /KH-UBND" in _flat(text)
        assert "Sơn Lâm, ngày tháng năm 2026" in _flat(text)
    assert "01/KH-UBND" not in text


def test_pdf_has_the_appendix_on_landscape_pages(plan_files: dict[str, Path]) -> None:
    from pypdf import PdfReader

    reader = PdfReader(str(plan_files["pdf"]))
    sizes = [(float(p.mediabox.width), float(p.mediabox.height)) for p in reader.pages]
    assert sizes[0][0] < sizes[0][1]  # the plan itself: portrait A4
    appendix = next(i for i, p in enumerate(reader.pages) if "PHỤ LỤC" in (p.extract_text() or ""))
    assert all(w > h for w, h in sizes[appendix:])
    assert "Nơi nhận" in (reader.pages[appendix - 1].extract_text() or "")


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_opens_the_docx_and_converts_it(plan_files: dict[str, Path], tmp_path: Path) -> None:
    profile = tmp_path / "lo-profile"
    result = subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path), str(plan_files["docx"])],
        capture_output=True, text=True, timeout=180,
    )
    converted = tmp_path / (plan_files["docx"].stem + ".pdf")
    assert result.returncode == 0 and converted.exists(), result.stdout + result.stderr
    flat = _flat(pdf_text(converted))
    for needle in ("KẾ HOẠCH", SUMMARY, "I. MỤC ĐÍCH, YÊU CẦU", "III. TỔ CHỨC THỰC HIỆN", "PHỤ LỤC",
                   "Đơn vị/người chủ trì", "Kết quả/sản phẩm", "Lưu: VT, VP."):
        assert needle in flat, needle
