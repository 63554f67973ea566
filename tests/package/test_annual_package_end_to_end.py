"""Issue 11, done when: a year built through the services (the demo: agency, TTHC and procedures,
documents, risks, objectives with results, an audit with nonconformities, TTHC figures, a review) is
exported as the annual package with each shipped outline; the report re-read from the package holds
every heading of its outline verbatim and in order, the figures it prints equal the raw data counted
again here, the appendices are numbered the same way in the body and in their headings, and the
manifest verifies — until one evidence byte is changed, which ``verify`` names."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import docx
import openpyxl
import pytest
from package_fixtures import REPORT_KEY_FOR_TESTS, TODAY
from pypdf import PdfReader

from isodesk.domain.audit import NcState
from isodesk.domain.package import MANIFEST_JSON, FileRole, Manifest
from isodesk.domain.report import REPORT_DRAFT, ReportUnit
from isodesk.reports.package_archive import verify
from isodesk.services.report.report_document import AnnualReportBuilder, ReportContext

YEAR = 2026
SHIPPED = ("hatinh-2024-so", "kimthanh-2024-huyen", "xa-2025")


def _paragraphs(path: Path) -> list[str]:
    return [p.text for p in docx.Document(str(path)).paragraphs]


def _all_text(path: Path) -> str:
    document = docx.Document(str(path))
    cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


@pytest.mark.parametrize("outline", SHIPPED)
def test_the_package_of_each_outline_is_complete_correct_and_verifiable(pkg_services: Any, tmp_path: Path,
                                                                        outline: str) -> None:
    services = pkg_services
    services.report.save_unit(ReportUnit(None, YEAR, "Trung tâm Phục vụ hành chính công", guides=2,
                                         internal_procedures=5, tthc_procedures=18))
    services.report.choose_outline(YEAR, outline)
    readiness = services.package.readiness(YEAR, TODAY, report_key=REPORT_KEY_FOR_TESTS)
    target = tmp_path / "usb"
    target.mkdir()
    result = services.package.export(YEAR, target, zip=True, confirmations=[i.code for i in readiness.errors],
                                     report_key=REPORT_KEY_FOR_TESTS, today=TODAY)
    folder = Path(result.folder)
    # The export is in the change history, sealed into the tamper-evident chain like every entry.
    assert services.history.chain_break(full=True) is None
    manifest = Manifest.from_json((folder / MANIFEST_JSON).read_text("utf-8"))
    chosen = services.report.outline_for(YEAR)
    assert chosen.key == outline and manifest.outline.startswith(outline)
    report_docx = folder / next(f.path for f in manifest.files if f.role is FileRole.REPORT_DOCX)
    report_pdf = folder / next(f.path for f in manifest.files if f.role is FileRole.REPORT_PDF)
    paragraphs, text = _paragraphs(report_docx), _all_text(report_docx)

    # Every heading of the outline, verbatim and in order (level 1 printed upper case by the builder).
    builder = services.drafted.builder(REPORT_DRAFT)
    assert isinstance(builder, AnnualReportBuilder)
    draft = services.drafted.draft(REPORT_DRAFT, YEAR)
    ctx = draft.context
    assert isinstance(ctx, ReportContext)
    position = 0
    for section in chosen.walk():
        heading = builder.heading(section, ctx)
        found = next((i for i in range(position, len(paragraphs)) if paragraphs[i].startswith(heading)), None)
        assert found is not None, f"{outline}: heading missing or out of order: {heading}"
        position = found + 1

    # The figures equal the raw data, counted again here from the registers.
    figures = services.contributions.collect(YEAR, TODAY).figures
    tthc_in_force = len(services.tthc.search(in_force=True))
    assert figures["tthc.total"].value == tthc_in_force
    assert figures["objectives.total"].value == len(services.objectives.objectives(YEAR))
    # Open phiếu of this year and earlier ones still open; closed: this year's phiếu closed.
    every = services.nonconformities.search()
    still_open = [n for n in every if n.year <= YEAR and n.state is not NcState.CLOSED]
    closed = [n for n in every if n.year == YEAR and n.state is NcState.CLOSED]
    assert figures["nc.open"].value == len(still_open) and figures["nc.closed"].value == len(closed)
    for key in ("tthc.total", "documents.internal_procedures"):
        if f"{{{key}}}" in json.dumps([s.sentence for s in chosen.walk()], ensure_ascii=False):
            assert figures[key].text.split()[0] in text, key
    # Percentages come from their counts (two decimals, decimal comma) — never typed.
    for key, figure in figures.items():
        if figure.numerator is not None and figure.denominator:
            expected = (Decimal(figure.numerator) * 100 / Decimal(figure.denominator)).quantize(Decimal("0.01"))
            assert Decimal(figure.value).quantize(Decimal("0.01")) == expected, key

    # Appendices: Roman numerals (two or more), the body's references equal the appendix headings.
    labels = ctx.labels
    assert labels, outline
    for label in labels.values():
        assert any(f"({label}" in p for p in paragraphs), f"{outline}: no reference to {label}"
        assert label in paragraphs, f"{outline}: no appendix headed {label}"
    if len(labels) >= 2:
        assert set(labels.values()) <= {"Phụ lục I", "Phụ lục II", "Phụ lục III", "Phụ lục IV"}
    assert "(Kèm theo Báo cáo số" in text
    assert len(PdfReader(str(report_pdf)).pages) >= 2

    # The workbook holds the figures and one sheet per appendix table.
    book = openpyxl.load_workbook(folder / next(f.path for f in manifest.files if f.role is FileRole.FIGURES_XLSX))
    assert len(book.sheetnames) >= 2

    # The manifest verifies (folder and zip); one evidence byte changed is named.
    assert verify(folder).ok and verify(Path(result.zip)).ok
    evidence = next(f for f in manifest.files if f.role in (FileRole.EVIDENCE, FileRole.EVIDENCE_RENDERED))
    path = folder / evidence.path
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))
    checked = verify(folder)
    assert not checked.ok and evidence.path in checked.bad_files
