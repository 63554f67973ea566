"""Render benchmark: a ~40-page document with a 600-row appendix table, to DOCX and to PDF.

Not part of the default run. Run with::

    .venv/bin/pytest tests/benchmarks/bench_render.py -m benchmark -s

Target (2-core machine): under 1.5 s for both formats together.
"""

from __future__ import annotations

import importlib.util
import sys
import time
from pathlib import Path
from types import ModuleType

import pytest

from isodesk.reports import AdminDocument, Appendix, Bullet, Heading, Paragraph, render_docx, render_pdf


def _load_samples() -> ModuleType:
    """The report tests' sample builders (tests/reports/conftest.py), under a name of their own:
    ``import conftest`` would be ambiguous with tests/conftest.py."""
    path = Path(__file__).resolve().parents[1] / "reports" / "conftest.py"
    spec = importlib.util.spec_from_file_location("isodesk_report_samples", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


samples = _load_samples()
plan_document = samples.plan_document

TARGET_SECONDS = 1.5
LOREM = (
    "Việc áp dụng và duy trì Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 đã góp phần nâng cao "
    "chất lượng, hiệu quả hoạt động của cơ quan trong công tác chỉ đạo, điều hành; giúp công chức, viên "
    "chức có tác phong làm việc khoa học, thực hiện lưu trữ hồ sơ, tài liệu khoa học góp phần nâng cao "
    "hiệu quả công việc, tạo thuận lợi cho người dân, doanh nghiệp khi thực hiện thủ tục hành chính."
)


def forty_page_document() -> AdminDocument:
    """~15 pages of body text plus a 600-row appendix (~25 pages) and the landscape risk appendix."""
    risk_table, unit_table = samples.risk_table, samples.unit_table
    body = []
    for section in range(1, 7):
        body.append(Heading(1, f"{'I II III IV V VI'.split()[section - 1]}. NỘI DUNG THỨ {section}"))
        for point in range(1, 5):
            body.append(Heading(2, f"{point}. Nội dung {section}.{point}"))
            body += [Paragraph(LOREM), Bullet(LOREM[:160]), Paragraph(LOREM + " " + LOREM)]
    base = plan_document()
    return AdminDocument(**{
        **{f: getattr(base, f) for f in base.__dataclass_fields__},
        "body": tuple(base.body) + tuple(body),
        "appendices": (
            Appendix("Danh sách cơ quan, đơn vị", blocks=[unit_table(600)]),
            Appendix("Bảng nhận diện rủi ro và cơ hội", blocks=[risk_table()]),
        ),
    })


@pytest.mark.benchmark
def test_render_forty_pages(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import docx  # noqa: F401  (import cost is start-up cost, not render cost)
    import reportlab.platypus  # noqa: F401

    document = forty_page_document()
    # Warm-up: font registration and first-use imports happen once per process.
    render_pdf(plan_document(appendix_rows=2), tmp_path / "warm.pdf")
    render_docx(plan_document(appendix_rows=2), tmp_path / "warm.docx")

    timings = {}
    for name, render, suffix in (("docx", render_docx, "docx"), ("pdf", render_pdf, "pdf")):
        best = float("inf")
        for _ in range(3):
            start = time.perf_counter()
            render(document, tmp_path / f"bench.{suffix}")
            best = min(best, time.perf_counter() - start)
        timings[name] = best
    from pypdf import PdfReader

    pages = len(PdfReader(tmp_path / "bench.pdf").pages)
    total = timings["docx"] + timings["pdf"]
    with capsys.disabled():
        print(
            f"\n[bench_render] {pages} PDF pages, 600-row appendix: "
            f"docx {timings['docx']:.3f} s, pdf {timings['pdf']:.3f} s, total {total:.3f} s "
            f"(target < {TARGET_SECONDS} s)"
        )
    assert pages >= 35
    assert total < TARGET_SECONDS
