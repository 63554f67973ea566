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
# Open (issue 13 item 6): LibreOffice 7.4 ignores keep-with-next on table rows unless every paragraph of the
# table carries it, so on this 5-page list it prints the closing line and signatures alone on a 6th page,
# where our PDF keeps the last rows with them. Listed here so any other difference fails the test.
KNOWN_DIFFERENCES = {"documents.internal_list": (5, 6), "documents.internal_list@2025": (5, 6)}


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
