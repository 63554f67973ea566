"""Word like the PDF: the signature block keeps the closing lines and the last rows of a list with it,
and the short rules stand off the text as in the PDF."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

from isodesk.domain import core as d
from isodesk.domain import documents as dd
from isodesk.reports import render_docx, render_pdf
from isodesk.reports import nd30_layout as L
from isodesk.reports.page_layout import SIGNATURE_KEEPS_ROWS
from isodesk.services.documents.documents_printouts import build_documents_list

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _list(count: int):  # type: ignore[no-untyped-def]
    rows = [dd.DocumentRow(i, f"QT.{i:02d}", f"Quy trình số {i} giải quyết thủ tục hành chính cấp xã", dd.DocumentKind.TTHC_PROCEDURE,
                           "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân", 1, dd.RevisionStatus.EFFECTIVE,
                           date(2025, 3, 10), None, False) for i in range(1, count + 1)]
    profile = d.AgencyProfile(None, date(2025, 7, 1), "Ủy ban nhân dân xã Sơn Lâm", "Ủy ban nhân dân tỉnh Hà Tĩnh",
                              d.AgencyTier.COMMUNE, "Hà Tĩnh", "Sơn Lâm", "UBND")
    return build_documents_list(rows, profile, on=date(2026, 11, 22), prepared_by="Nguyễn Thị Thu Hà")


def _keeps(paragraph) -> bool:  # type: ignore[no-untyped-def]
    ppr = paragraph._p.pPr
    return ppr is not None and ppr.find(f"{W}keepNext") is not None


def test_docx_keeps_the_last_rows_and_the_closing_sentence_with_the_signature(tmp_path: Path) -> None:
    out = docx.Document(str(render_docx(_list(40), tmp_path / "list.docx")))
    data_table = out.tables[1]  # [0] is the NĐ 30 header
    rows = data_table.rows
    kept = [all(_keeps(p) for cell in row.cells for p in cell.paragraphs) for row in rows]
    assert kept[-SIGNATURE_KEEPS_ROWS:] == [True] * SIGNATURE_KEEPS_ROWS
    assert not kept[-SIGNATURE_KEEPS_ROWS - 1]  # the rest of the list flows freely
    closing = next(p for p in out.paragraphs if p.text.startswith("Danh mục này có"))
    assert _keeps(closing)
    # every paragraph from the table's end to the signature table holds on to the next one
    body = out.element.body
    after_table = list(body).index(data_table._tbl) + 1
    signature_table = out.tables[2]._tbl
    between = list(body)[after_table:list(body).index(signature_table)]
    assert between and all(el.find(f"{W}pPr/{W}keepNext") is not None for el in between)
    assert all(row.find(f"{W}trPr/{W}cantSplit") is not None for row in signature_table.findall(f"{W}tr"))


def test_docx_rules_stand_off_the_text_as_in_the_pdf(tmp_path: Path) -> None:
    out = docx.Document(str(render_docx(_list(3), tmp_path / "list.docx")))
    rules = [p for p in out.element.body.iter(f"{W}p") if p.find(f"{W}pPr/{W}pBdr") is not None]
    assert rules
    expected = str(round((L.RULE_GAP_PT - L.RULE_CARRIER_PT) * 20))
    assert all(r.find(f"{W}pPr/{W}spacing").get(f"{W}before") == expected for r in rules)


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not on PATH")
def test_libreoffice_never_leaves_the_signature_alone(tmp_path: Path) -> None:
    for count in range(60, 72, 3):  # list lengths around a page boundary
        doc = _list(count)
        path = render_docx(doc, tmp_path / f"list-{count}.docx")
        ours = render_pdf(doc, tmp_path / f"ours-{count}.pdf")
        subprocess.run(["soffice", f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}", "--headless",
                        "--convert-to", "pdf", "--outdir", str(tmp_path / "lo-out"), str(path)],
                       check=True, capture_output=True, timeout=180)
        for pdf in (tmp_path / "lo-out" / f"list-{count}.pdf", ours):
            last = PdfReader(pdf).pages[-1].extract_text()
            assert "NGƯỜI LẬP" in last and "Danh mục này có" in last, (pdf.name, last)


def test_pdf_keeps_the_last_rows_with_the_signature_too(tmp_path: Path) -> None:
    import pdfplumber

    # find a list length whose table alone would end its page with no room for the signature
    for count in range(18, 48, 2):
        pdf = render_pdf(_list(count), tmp_path / f"list-{count}.pdf")
        with pdfplumber.open(pdf) as document:
            last = document.pages[-1]
            if "NGƯỜI LẬP" not in (last.extract_text() or ""):
                raise AssertionError(f"{count}: the signature is not on the last page")
            tables = last.extract_tables()
            # the signature's page always shows the last data rows of the list above it
            data = [row for t in tables for row in t if row and (row[0] or "").strip().isdigit()]
            assert len(data) >= SIGNATURE_KEEPS_ROWS, (count, data)
            assert data[-1][0].strip() == str(count)
