"""``isodesk plan --db PATH --year YYYY --out DIR``."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from plan_fixtures import SUMMARY, YEAR, docx_text, pdf_text, seed_plan_data

from isodesk.app import main
from isodesk.domain import core as d


@pytest.fixture
def plan_db(tmp_path: Path, database_template) -> Path:  # type: ignore[no-untyped-def]
    from isodesk.services.registry import open_services

    db = database_template.copy_to(tmp_path / "data" / "isodesk.db")
    services = open_services(db)
    try:
        seed_plan_data(services)
    finally:
        services.close()
    return db


def test_plan_command_writes_both_files_and_records_the_draft(plan_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = subprocess.run([sys.executable, "-m", "isodesk", "plan", "--db", str(plan_db), "--year", str(YEAR),
                             "--out", str(out)], capture_output=True, text=True, encoding="utf-8", timeout=120)
    assert result.returncode == 0, result.stderr
    docx, pdf = (Path(line) for line in result.stdout.splitlines())
    assert docx.suffix == ".docx" and pdf.suffix == ".pdf"
    assert docx.parent == out and docx.exists() and pdf.exists()
    assert SUMMARY in docx_text(docx)
    assert "KẾ HOẠCH" in pdf_text(pdf)

    from isodesk.services.registry import open_services

    services = open_services(plan_db)
    try:
        entries = services.register.list(year=YEAR, purpose=d.DocPurpose.ANNUAL_PLAN)
        assert len(entries) == 1 and entries[0].status is d.IssuedDocStatus.DRAFT
        assert len(services.register.get(entries[0].id).files) == 2
    finally:
        services.close()


def test_missing_year_exits_2_with_a_vietnamese_message(plan_db: Path, tmp_path: Path, capsys) -> None:
    code = main(["plan", "--db", str(plan_db), "--year", "2031", "--out", str(tmp_path / "out")])
    assert code == 2
    err = capsys.readouterr().err
    assert "Chưa có kỳ báo cáo năm 2031" in err
    assert not (tmp_path / "out").exists()


def test_missing_agency_exits_2(tmp_path: Path, capsys, database_template) -> None:  # type: ignore[no-untyped-def]
    from isodesk.services.registry import open_services

    db = database_template.copy_to(tmp_path / "empty.db")
    services = open_services(db)
    start, end = d.default_period(YEAR)
    services.years.save(d.ReportingYear(None, YEAR, start, end))
    services.close()
    assert main(["plan", "--db", str(db), "--year", str(YEAR), "--out", str(tmp_path / "out")]) == 2
    assert "Chưa có thông tin cơ quan" in capsys.readouterr().err


def test_missing_database_file_is_not_created(tmp_path: Path, capsys) -> None:
    db = tmp_path / "typo.db"
    assert main(["plan", "--db", str(db), "--year", str(YEAR), "--out", str(tmp_path)]) == 2
    assert "Không tìm thấy tệp dữ liệu" in capsys.readouterr().err
    assert not db.exists()
