"""A PageBreak block (one department's checklist, one phiếu after another) starts the next part on a new
page, and never leaves a blank page when the part above filled its page (Word, LibreOffice and our PDF agree)."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from pypdf import PdfReader

from isodesk.reports.model import AdminDocument, PageBreak, Paragraph
from isodesk.reports.output import write_document_files


def _doc(lines: int) -> AdminDocument:
    body = [Paragraph(f"Dòng {i} của phần thứ nhất.") for i in range(lines)]
    body += [PageBreak(), Paragraph("Phần thứ hai bắt đầu ở trang mới.")]
    return AdminDocument(agency="Ủy ban nhân dân xã Sơn Lâm", symbol="", numbered=False, place="Sơn Lâm",
                         doc_type="PHIẾU GHI CHÉP", summary="", body=body)


def test_page_break_starts_a_new_page_without_a_blank_one(tmp_path: Path) -> None:
    for lines, pages in ((3, 2), (60, None)):
        files = write_document_files(_doc(lines), tmp_path, f"p{lines}")
        xml = Document(str(files.docx)).element.xml
        assert "w:pageBreakBefore" in xml and 'w:type="page"' not in xml
        reader = PdfReader(str(files.pdf))
        texts = [p.extract_text() for p in reader.pages]
        assert all(t.strip() and not t.strip().isdigit() for t in texts)  # no page holds nothing but its number
        second = next(i for i, t in enumerate(texts) if "Phần thứ hai" in t)
        assert "Dòng" not in texts[second].split("Phần thứ hai")[0]  # the second part opens its page
        if pages is not None:
            assert len(reader.pages) == pages
