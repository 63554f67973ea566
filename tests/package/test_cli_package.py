"""``isodesk report`` and ``isodesk verify`` from the command line (issue 11 points 7 and 9)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from package_fixtures import REPORT_KEY_FOR_TESTS

from isodesk.app import main
from isodesk.reports.files import TEMP_PREFIX


@pytest.fixture
def db(package_demo: Path, tmp_path: Path) -> Path:
    from isodesk.services.registry import files_dir_for

    target = tmp_path / "data" / "demo.db"
    target.parent.mkdir()
    shutil.copyfile(package_demo, target)
    shutil.copytree(files_dir_for(package_demo), files_dir_for(target))
    return target


def report(db: Path, out: Path, *extra: str) -> int:
    return main(["report", "--db", str(db), "--year", "2026", "--out", str(out), "--report-key",
                 REPORT_KEY_FOR_TESTS, *extra])


def test_blocking_errors_exit_2_and_are_listed_in_vietnamese(db: Path, tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    out.mkdir()
    assert report(db, out) == 2
    captured = capsys.readouterr()
    assert "còn 1 lỗi chặn" in captured.err and "--confirm-all" in captured.err
    assert "- LỖI: Phạm vi áp dụng đã thay đổi" in captured.err
    assert "Cảnh báo: Còn " not in captured.out or "ngày đến hạn gửi báo cáo" in captured.out
    assert list(out.iterdir()) == []


def test_a_missing_report_is_a_blocking_error(db: Path, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    """No module offers the report (here: a key nobody offers) — never a package without its report."""
    out = tmp_path / "out"
    out.mkdir()
    missing = ["--report-key", "report.not_offered"]
    assert main(["report", "--db", str(db), "--year", "2026", "--out", str(out), *missing]) == 2
    assert "- LỖI: Báo cáo năm chưa được soạn." in capsys.readouterr().err
    assert main(["report", "--db", str(db), "--year", "2026", "--out", str(out), "--confirm-all", *missing]) == 2
    refused = "Báo cáo năm 2026 chưa được soạn nên chưa lập được gói báo cáo. Không có gì được ghi."
    assert refused in capsys.readouterr().err  # the window's words, not a second copy
    assert list(out.iterdir()) == []


def test_confirm_all_exports_and_verify_accepts_then_names_a_bad_file(db: Path, tmp_path: Path,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    out.mkdir()
    assert report(db, out, "--confirm-all", "--zip") == 0
    lines = capsys.readouterr().out.splitlines()
    folder, archive = Path(lines[-2]), Path(lines[-1])
    assert folder.name == "BaoCao_ISO_2026_UBND_Son_Lam" and archive.suffix == ".zip"
    assert not any(p.name.startswith(TEMP_PREFIX) for p in out.iterdir())
    assert main(["verify", str(folder)]) == 0
    assert "gói hợp lệ" in capsys.readouterr().out
    assert main(["verify", str(archive)]) == 0
    capsys.readouterr()
    xlsx = folder / "SoLieu_PhuLuc_2026.xlsx"
    xlsx.write_bytes(xlsx.read_bytes() + b"x")
    assert main(["verify", str(folder)]) == 1
    text = capsys.readouterr().out
    assert "SoLieu_PhuLuc_2026.xlsx: dung lượng khác bản kê" in text and "KHÔNG hợp lệ" in text
    assert main(["verify", str(tmp_path / "nothing")]) == 1


def test_help_is_vietnamese() -> None:
    from isodesk.app import build_parser

    parser = build_parser("vi")
    text = parser.format_help()
    assert "xuất gói báo cáo ISO năm" in text and "kiểm tra một gói báo cáo" in text
