"""Property-based: arbitrary Vietnamese text (NFD input, 200-letter words, XML specials) renders to both
formats without error, and comes out composed, complete and in order."""

from __future__ import annotations

import tempfile
import unicodedata
from pathlib import Path

import docx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from isodesk.reports import (
    AdminDocument,
    Align,
    Appendix,
    Column,
    Heading,
    Paragraph,
    Signature,
    Table,
    render_docx,
    render_pdf,
)

LETTERS = "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ"
ALPHABET = LETTERS + LETTERS.upper() + "0123456789"
PUNCTUATION = ",.;:!?()/-%&<>\"'"

words = st.one_of(
    st.text(alphabet=ALPHABET, min_size=1, max_size=12),
    st.text(alphabet=ALPHABET, min_size=1, max_size=12).map(lambda w: w + PUNCTUATION[len(w) % len(PUNCTUATION)]),
    st.text(alphabet=ALPHABET, min_size=150, max_size=200),  # a "word" wider than any column
)
sentences = st.lists(words, min_size=1, max_size=25).map(" ".join)
maybe_decomposed = st.tuples(sentences, st.booleans()).map(
    lambda pair: unicodedata.normalize("NFD", pair[0]) if pair[1] else pair[0]
)

PROPERTY_SETTINGS = settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)


def squash(text: str) -> str:
    return "".join(text.split())


def pdf_body_text(path: Path) -> str:
    """Text below the top margin on every page (the page numbers live in the margin)."""
    top = 20 * 72 / 25.4
    parts: list[str] = []
    for page in PdfReader(path).pages:
        height = float(page.mediabox.height)

        def visit(text: str, cm: list[float], tm: list[float], *_: object, height: float = height) -> None:
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            if height - y > top:
                parts.append(text)

        page.extract_text(visitor_text=visit)
    return "".join(parts)


def is_subsequence(needle: str, haystack: str) -> bool:
    """Whether ``needle``'s characters occur in ``haystack`` in order (table cells interleave line by line)."""
    it = iter(haystack)
    return all(ch in it for ch in needle)


def make_document(paragraphs: list[str], cells: list[str]) -> AdminDocument:
    return AdminDocument(
        agency="Sở Khoa học và Công nghệ",
        parent_agency="UBND tỉnh Đồng Tháp",
        symbol="BC-SKHCN",
        place="Đồng Tháp",
        doc_type="BÁO CÁO",
        summary=paragraphs[0],
        body=[Heading(2, "1. Nội dung")] + [Paragraph(p) for p in paragraphs],
        recipients=["Lưu: VT"],
        signature=Signature(["Giám đốc"], "Nguyễn Văn A"),
        appendices=[Appendix(
            title="Bảng số liệu",
            blocks=[Table(
                columns=[Column("TT", 12, Align.CENTER), Column("Nội dung", 80), Column("Ghi chú", 40)],
                rows=[(str(i + 1), cell, cell[:20]) for i, cell in enumerate(cells)],
            )],
        )],
    )


@PROPERTY_SETTINGS
@given(st.lists(maybe_decomposed, min_size=1, max_size=4), st.lists(maybe_decomposed, min_size=1, max_size=6))
def test_any_vietnamese_text_renders_completely(paragraphs: list[str], cells: list[str]) -> None:
    document = make_document(paragraphs, cells)
    with tempfile.TemporaryDirectory() as folder:
        docx_path = render_docx(document, Path(folder) / "p.docx")
        pdf_path = render_pdf(document, Path(folder) / "p.pdf")

        word = docx.Document(str(docx_path))
        body_texts = [p.text for p in word.paragraphs if p.style.name == "ND30 Body"]
        assert body_texts == [unicodedata.normalize("NFC", p) for p in paragraphs]
        table = word.tables[-1]
        assert [row.cells[1].text for row in table.rows[1:]] == [unicodedata.normalize("NFC", c) for c in cells]

        text = squash(pdf_body_text(pdf_path))
        assert unicodedata.is_normalized("NFC", text)
        # body paragraphs are full-width: each comes out whole and in order
        position = 0
        for paragraph in paragraphs:
            expected = squash(unicodedata.normalize("NFC", paragraph))
            position = text.index(expected, position) + len(expected)
        # table cells wrap side by side, so their lines interleave: check order letter by letter
        expected_cells = squash("".join(unicodedata.normalize("NFC", c) for c in cells))
        assert is_subsequence(expected_cells, text[position:])
