"""``isodesk documents --db PATH --year Y --out DIR``: every producible document of the year, each as
DOCX and PDF, and an index.json naming them — driven in a subprocess on the small demo database."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest

from isodesk.app import main
from isodesk.reports.files import TEMP_PREFIX

YEAR = 2026


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from isodesk.demo.data import generate_demo

    db = tmp_path_factory.mktemp("demo") / "demo.db"
    generate_demo(db, scale="small", today=date(2026, 6, 1))
    return db


def _run(db: Path, out: Path, year: int = YEAR) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "isodesk", "documents", "--db", str(db), "--year", str(year),
                           "--out", str(out)], capture_output=True, text=True, encoding="utf-8", timeout=300)


def test_documents_command_writes_every_offered_document(demo_db: Path, tmp_path: Path) -> None:
    import docx
    import pypdf

    from isodesk.services.registry import open_services

    services = open_services(demo_db)
    try:
        offers = services.contributions.documents(YEAR)
        register_before = len(services.register.list(year=YEAR))
    finally:
        services.close()

    out = tmp_path / "out"
    result = _run(demo_db, out)
    assert result.returncode == 0, result.stderr
    index = json.loads((out / "index.json").read_text(encoding="utf-8"))
    assert index["year"] == YEAR
    entries = index["documents"]
    # Every offer of the contribution protocol, in order, with its title, kind and module.
    assert [(e["key"], e["title"], e["kind"], e["module"]) for e in entries] == [
        (o.key, o.title, o.kind.value, o.module) for o in offers]
    assert {e["module"] for e in entries} >= {"documents", "legal", "tthc", "plan"}
    assert {e["kind"] for e in entries} == {"numbered", "form"}
    written = {p.name for p in out.iterdir()}
    assert written == {"index.json"} | {e["docx"] for e in entries} | {e["pdf"] for e in entries}
    for entry in entries:
        document = docx.Document(str(out / entry["docx"]))
        assert document.paragraphs or document.tables
        reader = pypdf.PdfReader(str(out / entry["pdf"]))
        assert len(reader.pages) >= 1 and reader.pages[0].extract_text().strip()
    plan = next(e for e in entries if e["key"] == "plan.annual_plan")
    assert "KẾ HOẠCH" in pypdf.PdfReader(str(out / plan["pdf"])).pages[0].extract_text()
    # Nothing was recorded: the command is for checking and batch printing.
    services = open_services(demo_db)
    try:
        assert len(services.register.list(year=YEAR)) == register_before
    finally:
        services.close()


def test_missing_year_agency_or_database_exit_2(demo_db: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    from isodesk.domain import core as d
    from isodesk.services.registry import open_services

    assert main(["documents", "--db", str(demo_db), "--year", "2031", "--out", str(tmp_path / "a")]) == 2
    assert "Chưa có kỳ báo cáo năm 2031" in capsys.readouterr().err
    assert not (tmp_path / "a").exists()

    empty = tmp_path / "empty.db"
    services = open_services(empty)
    services.years.save(d.ReportingYear(None, YEAR, *d.default_period(YEAR)))
    services.close()
    assert main(["documents", "--db", str(empty), "--year", str(YEAR), "--out", str(tmp_path / "b")]) == 2
    assert "Chưa có thông tin cơ quan" in capsys.readouterr().err
    assert not (tmp_path / "b").exists()

    assert main(["documents", "--db", str(tmp_path / "typo.db"), "--year", str(YEAR), "--out", str(tmp_path)]) == 2
    assert "Không tìm thấy tệp dữ liệu" in capsys.readouterr().err
    assert not (tmp_path / "typo.db").exists()


@pytest.mark.skipif(os.name == "nt", reason="SIGKILL")
def test_a_killed_run_leaves_no_half_file_under_a_final_name(demo_db: Path, tmp_path: Path) -> None:
    import docx
    import pypdf

    out = tmp_path / "out"
    proc = subprocess.Popen([sys.executable, "-m", "isodesk", "documents", "--db", str(demo_db), "--year",
                             str(YEAR), "--out", str(out)], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and not (out.exists() and any(out.iterdir())):
        time.sleep(0.02)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    for path in out.iterdir():
        if path.name.startswith(TEMP_PREFIX):
            continue  # an unfinished temporary sibling, never a final name
        assert path.name != "index.json"  # written last: its presence means a complete run
        if path.suffix == ".docx":
            docx.Document(str(path))
        elif path.suffix == ".pdf":
            assert len(pypdf.PdfReader(str(path)).pages) >= 1
