"""Document codes in tables never break mid-way (``BM.05-QT.T`` / ``N.07``): the column is widened,
and a code wraps only after its dashes, in the PDF and in Word alike."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import docx
import pdfplumber
import pytest

from isodesk.reports import AdminDocument, Column, Table, render_docx, render_pdf
from isodesk.reports import nd30_layout as L
from isodesk.reports.fonts import text_width_pt

CODES = ["BM.05-QT.TN.07", "BM.12-QT.BTXH.01", "QT.HT.02"]


def _document(code_width_mm: float) -> AdminDocument:
    table = Table(columns=[Column("TT", 10), Column("Mã số", code_width_mm), Column("Tên tài liệu", 120),
                           Column("Ghi chú", 30)],
                  rows=[(str(i), code, "Phiếu theo dõi hồ sơ của quy trình giải quyết thủ tục hành chính", "")
                        for i, code in enumerate(CODES, start=1)])
    return AdminDocument(agency="Ủy ban nhân dân xã Sơn Lâm", symbol="DMTL-UBND", place="Sơn Lâm",
                         doc_type="DANH MỤC TÀI LIỆU", summary="Biểu mẫu", date=date(2026, 11, 22), body=[table])


def test_widths_keep_the_total_and_give_each_column_its_longest_piece() -> None:
    assert L.unbreakable_pieces("BM.05-QT.TN.07 và QT.HT.02") == ["BM.05-", "QT.TN.07", "và", "QT.HT.02"]
    widths = L.fit_unbreakable([10.0, 14.0, 120.0, 30.0], [5.0, 22.0, 40.0, 10.0])
    assert sum(widths) == pytest.approx(174.0)
    assert widths[1] == pytest.approx(22.0) and all(w >= n for w, n in zip(widths, [5.0, 22.0, 40.0, 10.0]))


@pytest.mark.parametrize("code_width_mm", [12.0, 18.0])
def test_pdf_never_cuts_a_code_inside(tmp_path: Path, code_width_mm: float) -> None:
    pdf = render_pdf(_document(code_width_mm), tmp_path / "codes.pdf")
    with pdfplumber.open(pdf) as document:
        cells = [row[1] for page in document.pages for t in page.extract_tables() for row in t[1:]]
    assert len(cells) == len(CODES)
    for cell, code in zip(cells, CODES):
        lines = cell.split("\n")
        assert "".join(lines) == code
        assert all(line.endswith("-") for line in lines[:-1]), lines  # wrapped only after a dash


def test_docx_column_is_wide_enough_for_the_pieces_of_each_code(tmp_path: Path) -> None:
    out = docx.Document(str(render_docx(_document(12.0), tmp_path / "codes.docx")))
    table = out.tables[-1]
    grid = table._tbl.tblGrid.findall("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}gridCol")
    width_mm = int(grid[1].get("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}w")) * 25.4 / 1440
    longest = max(text_width_pt(piece, L.SIZES.table) for code in CODES for piece in L.unbreakable_pieces(code))
    assert width_mm - 2 * L.CELL_PAD_MM >= longest / L.PT_PER_MM
