"""Every document and list every module offers for a year opens in LibreOffice with the same pages as our PDF
(the independent check of issues 8, 9 and 10: Word and PDF agree, whatever module drafted the document)."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from isodesk.demo.data import generate_demo
from isodesk.reports.output import write_document_files
from isodesk.services.registry import open_services

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not on PATH"),
]

TODAY = date(2026, 11, 22)
# No known differences (issue 13 item 6): the internal documents list was 5 pages in our PDF and 6 in
# LibreOffice because Word and LibreOffice add the grid's 0.5 pt rule to every bordered row and our PDF does
# not — 34 rows a page lost one row — until the Word cells' padding gave that quarter point back on each side.
KNOWN_DIFFERENCES: dict[str, tuple[int, int]] = {}


def test_every_offered_document_has_the_same_pages_in_libreoffice(tmp_path: Path) -> None:
    services = open_services(generate_demo(tmp_path / "demo.db", today=TODAY))
    out = tmp_path / "out"
    out.mkdir()
    written = []
    try:
        # Last year too: its documents are all issued (the review minutes, the audit report …).
        for year in (TODAY.year - 1, TODAY.year):
            for offer in services.contributions.documents(year):
                doc = services.contributions.build(year, offer.key, TODAY)
                key = offer.key if year == TODAY.year else f"{offer.key}@{year}"
                written.append((key, write_document_files(doc, out, key.replace(".", "-").replace("@", "-"))))
    finally:
        services.close()
    assert len(written) >= 20 and "review.minutes@2025" in {key for key, _ in written}
    converted = tmp_path / "lo"
    profile = tmp_path / "lo-profile"  # own profile: another soffice may be running
    subprocess.run(["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(converted), *(str(files.docx) for _, files in written)],
                   check=True, capture_output=True, timeout=600)
    differ = {}
    for key, files in written:
        ours = len(PdfReader(files.pdf).pages)
        theirs = len(PdfReader(converted / (files.docx.stem + ".pdf")).pages)
        if ours != theirs:
            differ[key] = (ours, theirs)
    assert differ == KNOWN_DIFFERENCES, differ
