"""An independent check of the Word file: LibreOffice opens it, lays it out like our PDF, in one font."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not on PATH"),
]


def convert(docx_path: Path, out_dir: Path) -> Path:
    profile = out_dir / "lo-profile"  # own profile: another soffice may be running
    subprocess.run(
        ["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", "pdf",
         "--outdir", str(out_dir), str(docx_path)],
        check=True, capture_output=True, timeout=180,
    )
    pdf = out_dir / (docx_path.stem + ".pdf")
    assert pdf.is_file()
    return pdf


def orientations(path: Path) -> list[str]:
    return ["L" if p.mediabox.width > p.mediabox.height else "P" for p in PdfReader(path).pages]


def fonts(path: Path) -> set[str]:
    names = set()
    for page in PdfReader(path).pages:
        for font in page["/Resources"].get("/Font", {}).values():
            names.add(str(font.get_object()["/BaseFont"]).split("+")[-1])
    return names


def test_libreoffice_lays_out_the_docx_like_our_pdf(rendered_plan, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    converted = convert(rendered_plan.docx, tmp_path)
    ours, theirs = orientations(rendered_plan.pdf), orientations(converted)
    assert 4 <= len(theirs) <= 9
    assert abs(len(ours) - len(theirs)) <= 1
    assert theirs[-1] == "L" and theirs[0] == "P"  # the risk appendix is landscape
    # Times New Roman is substituted by the metric-compatible Liberation Serif, never a fallback font
    assert all(name.startswith("LiberationSerif") for name in fonts(converted))
    text = "".join(page.extract_text() for page in PdfReader(converted).pages)
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text and "Phụ lục II" in text


def test_libreoffice_opens_the_report_with_one_appendix(rendered_report, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    converted = convert(rendered_report.docx, tmp_path)
    assert len(PdfReader(converted).pages) == len(PdfReader(rendered_report.pdf).pages)
