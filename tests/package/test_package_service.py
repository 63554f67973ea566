"""The annual report package of a demo year (issue 11 points 5 and 6): readiness, the files, the manifest,
and a package that is never left half-written under its final name."""

from __future__ import annotations

import builtins
import errno
import json
import zipfile
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from package_fixtures import REPORT_KEY_FOR_TESTS, TODAY, read_only

from isodesk.domain.contributions import Figure
from isodesk.domain.cycle import Severity
from isodesk.domain.errors import DomainError
from isodesk.domain.package import MANIFEST_JSON, FileRole, Manifest, ProblemKind, tthc_mismatches
from isodesk.reports.files import TEMP_PREFIX
from isodesk.reports.package_archive import verify
from isodesk.services.package.package_service import (
    EVIDENCE_WITHOUT_FILE,
    HISTORY_ENTITY,
    REPORT_KEY,
    REPORT_MISSING,
)




def export(services: Any, target: Path, **kwargs: Any) -> Any:
    readiness = services.package.readiness(2026, TODAY, report_key=REPORT_KEY_FOR_TESTS)
    kwargs.setdefault("confirmations", [i.code for i in readiness.errors])
    return services.package.export(2026, target, report_key=REPORT_KEY_FOR_TESTS, today=TODAY, **kwargs)


def out(tmp_path: Path) -> Path:
    """The target folder of a test (beside the test's data folder)."""
    folder = tmp_path / "out"
    folder.mkdir(exist_ok=True)
    return folder


def leftovers(target: Path) -> list[str]:
    return sorted(p.name for p in target.iterdir())


def test_the_package_of_a_demo_year(pkg_services: Any, tmp_path: Path) -> None:
    import docx
    import openpyxl
    from pypdf import PdfReader

    target = tmp_path / "usb"
    target.mkdir()
    steps: list[tuple[str, int, int]] = []
    result = export(pkg_services, target, zip=True, progress=lambda *a: steps.append(a))
    folder = Path(result.folder)
    assert folder.name == "BaoCao_ISO_2026_UBND_Son_Lam" and result.zip == str(target / f"{folder.name}.zip")
    assert leftovers(target) == [folder.name, f"{folder.name}.zip"]  # no temporary left
    assert steps[-1][1] == steps[-1][2] and {s[0] for s in steps} >= {"report", "evidence", "manifest", "zip"}

    # The report, re-opened.
    report = pkg_services.contributions.build(2026, REPORT_KEY_FOR_TESTS, TODAY)
    text = "\n".join(p.text for p in docx.Document(str(folder / "BaoCao_ISO_2026.docx")).paragraphs)
    assert report.summary.split()[0] in text
    assert len(PdfReader(str(folder / "BaoCao_ISO_2026.pdf")).pages) >= 1

    # The workbook: the figures sheet equals the contributed figures, one sheet per appendix table.
    contributed = pkg_services.contributions.collect(2026, TODAY)
    book = openpyxl.load_workbook(folder / "SoLieu_PhuLuc_2026.xlsx")
    assert len(book.sheetnames) == 1 + len(contributed.tables)
    sheet = book[book.sheetnames[0]]
    values: dict[str, object] = {}
    for row in sheet.iter_rows(values_only=True):
        if isinstance(row[1], str) and "." in row[1] and row[3] is not None and row[1] != "Mã số liệu":
            values[row[1]] = row[3]
    assert values.keys() == contributed.figures.keys()
    for key, figure in contributed.figures.items():
        assert Decimal(str(values[key])) == Decimal(figure.value), key
    titles = [book[name].cell(row=4, column=1).value for name in book.sheetnames[1:]]
    assert titles == [t.title for t in contributed.tables.values()]

    # The evidence: the attached scan in the plan's step folder, isodesk's print for the others.
    manifest = Manifest.from_json((folder / MANIFEST_JSON).read_text("utf-8"))
    roles = {f.path: f.role for f in manifest.files}
    scan = next(p for p, r in roles.items() if r is FileRole.EVIDENCE)
    assert scan.startswith("01_Ke_hoach_ISO_nam/") and scan.endswith("Kế hoạch 01 (bản ký).pdf")
    assert any(r is FileRole.EVIDENCE_RENDERED and p.startswith("05_Danh_gia_noi_bo/") for p, r in roles.items())
    listing = "\n".join(c.text for t in docx.Document(str(folder / "Danh_muc_ho_so_minh_chung_2026.docx")).tables
                        for r in t.rows for c in r.cells)
    assert "DANH MỤC HỒ SƠ MINH CHỨNG" in "\n".join(
        p.text for p in docx.Document(str(folder / "Danh_muc_ho_so_minh_chung_2026.docx")).paragraphs)
    assert "I. KẾ HOẠCH ISO NĂM" in listing and scan in listing
    assert {FileRole.EVIDENCE_LIST_DOCX, FileRole.EVIDENCE_LIST_PDF, FileRole.MANIFEST_TEXT} <= set(roles.values())
    assert manifest.agency == "Ủy ban nhân dân xã Sơn Lâm (dữ liệu mẫu)" or "Sơn Lâm" in manifest.agency
    assert manifest.year == 2026

    # The manifest verifies, on the folder and on the zip; one changed evidence byte is named.
    assert verify(folder).ok and verify(result.zip).ok
    with zipfile.ZipFile(result.zip) as z:
        assert f"{folder.name}/{scan}" in z.namelist()
    data = bytearray((folder / scan).read_bytes())
    data[100] ^= 0xFF
    (folder / scan).write_bytes(bytes(data))
    checked = verify(folder)
    assert [(p.kind, p.path) for p in checked.problems] == [(ProblemKind.MODIFIED, scan)]


def test_an_existing_package_is_never_overwritten(pkg_services: Any, tmp_path: Path) -> None:
    first = export(pkg_services, out(tmp_path))
    marker = Path(first.folder) / "MANIFEST.json"
    before = marker.read_bytes()
    second = export(pkg_services, out(tmp_path))
    assert Path(second.folder).name == Path(first.folder).name + "_2"
    assert marker.read_bytes() == before


def test_readiness_lists_the_cycle_checks_and_the_package_ones(pkg_services: Any) -> None:
    readiness = pkg_services.package.readiness(2026, TODAY, report_key=REPORT_KEY_FOR_TESTS)
    codes = {i.code for i in readiness.items}
    cycle = {i.code for i in pkg_services.cycle.overview(2026, TODAY).issues}
    assert cycle <= codes
    assert EVIDENCE_WITHOUT_FILE in codes and REPORT_MISSING not in codes
    assert readiness.errors and all(i.severity is Severity.ERROR for i in readiness.errors)
    assert readiness.days_left == 18  # 10/12/2026
    assert all(i.target for i in readiness.errors)
    assert REPORT_KEY == REPORT_KEY_FOR_TESTS  # the package takes the report module's offer
    # A report nobody offers (a key no module has) is a blocking error, never confirmed away.
    real = pkg_services.package.readiness(2026, TODAY, report_key="report.not_offered")
    missing = [i for i in real.errors if i.code == REPORT_MISSING]
    assert missing and missing[0].message == "The annual report has not been drafted yet."


def test_unconfirmed_errors_block_and_confirmations_are_recorded(pkg_services: Any, tmp_path: Path) -> None:
    readiness = pkg_services.package.readiness(2026, TODAY, report_key=REPORT_KEY_FOR_TESTS)
    with pytest.raises(DomainError) as info:
        pkg_services.package.export(2026, out(tmp_path), report_key=REPORT_KEY_FOR_TESTS, today=TODAY)
    assert info.value.code == "package_not_ready"
    assert info.value.params["codes"] == [i.code for i in readiness.errors]
    assert leftovers(out(tmp_path)) == []
    pkg_services.history.set_actor("Nguyễn Thị Thu Hà")
    try:
        export(pkg_services, out(tmp_path))
    finally:
        pkg_services.history.set_actor(None)
    entry = pkg_services.history.recent(1, entity=HISTORY_ENTITY)[0]
    assert entry.actor == "Nguyễn Thị Thu Hà" and entry.entity_id == 2026
    confirmed = entry.changes["confirmed_errors"][1].splitlines()
    assert [line.rsplit("[", 1)[1].rstrip("]") for line in confirmed] == [i.code for i in readiness.errors]


def test_tthc_figures_that_do_not_add_up() -> None:
    def fig(key: str, value: int | Decimal) -> Figure:
        return Figure(f"tthc.{key}", value, "hồ sơ", key, "", "results")

    figures = {f.key: f for f in (fig("received", 100), fig("carried_over", 10), fig("received_in_period", 91),
                                  fig("resolved", 80), fig("resolved_on_time", 70), fig("resolved_late", 10),
                                  fig("on_time_rate", Decimal("87.50")))}
    broken = tthc_mismatches(figures)
    assert [m.total.key for m in broken] == ["tthc.received"]
    figures["tthc.received_in_period"] = fig("received_in_period", 90)
    assert tthc_mismatches(figures) == []
    figures["tthc.on_time_rate"] = fig("on_time_rate", Decimal("88.00"))
    assert [m.total.key for m in tthc_mismatches(figures)] == ["tthc.on_time_rate"]


# --------------------------------------------------------------------------- failures leave nothing behind


def test_a_read_only_target(pkg_services: Any, tmp_path: Path) -> None:
    target = tmp_path / "ro"
    target.mkdir()
    with read_only(target), pytest.raises(DomainError) as info:
        export(pkg_services, target)
    assert info.value.code == "folder_not_writable"
    assert leftovers(target) == []


class _FullDisk:
    """Real file objects whose writes fail with ENOSPC once ``budget`` bytes went to ``folder``: the
    operating system's answer when the USB stick fills up half-way."""

    def __init__(self, folder: Path, budget: int) -> None:
        self.folder, self.budget, self.written = str(folder), budget, 0
        self.real_open = builtins.open

    def open(self, file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        handle = self.real_open(file, mode, *args, **kwargs)
        if isinstance(file, (str, Path)) and str(file).startswith(self.folder) and any(m in mode for m in "wax"):
            return _Limited(handle, self)
        return handle


class _Limited:
    def __init__(self, handle: Any, disk: _FullDisk) -> None:
        self._handle, self._disk = handle, disk

    def write(self, data: Any) -> int:
        self._disk.written += len(data)
        if self._disk.written > self._disk.budget:
            raise OSError(errno.ENOSPC, "No space left on device")
        return int(self._handle.write(data))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._handle, name)

    def __enter__(self) -> _Limited:
        return self

    def __exit__(self, *exc: object) -> None:
        self._handle.close()


def test_a_drive_that_fills_up_half_way(pkg_services: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "usb"
    target.mkdir()
    disk = _FullDisk(target, budget=150_000)  # the report and part of the rest fit
    monkeypatch.setattr(builtins, "open", disk.open)
    with pytest.raises(DomainError) as info:
        export(pkg_services, target, zip=True)
    monkeypatch.undo()
    assert info.value.code == "disk_full"
    assert disk.written > 150_000
    assert leftovers(target) == []


def test_a_cancel_half_way(pkg_services: Any, tmp_path: Path) -> None:
    seen: list[str] = []

    def cancel() -> bool:
        return "evidence" in seen

    with pytest.raises(DomainError) as info:
        export(pkg_services, out(tmp_path), zip=True, progress=lambda step, done, total: seen.append(step), cancel=cancel)
    assert info.value.code == "package_cancelled"
    assert leftovers(out(tmp_path)) == []
    assert not any(p.name.startswith(TEMP_PREFIX) for p in out(tmp_path).iterdir())


def test_a_removed_drive(pkg_services: Any, tmp_path: Path) -> None:
    with pytest.raises(DomainError) as info:
        export(pkg_services, tmp_path / "gone")
    assert info.value.code == "folder_missing"


@pytest.mark.slow
def test_a_small_tmpfs_that_fills_up(pkg_services: Any, tmp_path: Path) -> None:
    import os
    import subprocess

    target = tmp_path / "small"
    target.mkdir()
    if os.geteuid() != 0 or subprocess.run(["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(target)],
                                           capture_output=True).returncode != 0:
        pytest.skip("cannot mount a small tmpfs here")
    try:
        with pytest.raises(DomainError) as info:
            export(pkg_services, target, zip=True)
        assert info.value.code == "disk_full"
        assert leftovers(target) == []
    finally:
        # A traceback may still hold a renderer's file object open on the mount: detach lazily.
        subprocess.run(["umount", "-l", str(target)], check=True)


def test_manifest_json_is_plain_json(pkg_services: Any, tmp_path: Path) -> None:
    folder = Path(export(pkg_services, out(tmp_path)).folder)
    data = json.loads((folder / MANIFEST_JSON).read_text("utf-8"))
    assert data["kind"] == "isodesk-package" and data["year"] == 2026
    assert all(set(f) >= {"path", "role", "size", "sha256"} for f in data["files"])


def test_contributions_are_collected_once_per_export_on_its_thread_only(pkg_services: Any) -> None:
    import threading

    contributions = pkg_services.contributions
    assert contributions.collect(2026, TODAY) is not contributions.collect(2026, TODAY)
    with contributions.reusing():
        first = contributions.collect(2026, TODAY)
        assert contributions.collect(2026) is first
        other: list[object] = []
        thread = threading.Thread(target=lambda: other.append(contributions.collect(2026, TODAY)))
        thread.start()
        thread.join()
        assert other[0] is not first  # the GUI thread (home screen) still gets fresh figures
    assert contributions.collect(2026, TODAY) is not first


def test_the_deadline_is_the_years_own_else_the_provinces_setting(pkg_services: Any) -> None:
    from dataclasses import replace
    from datetime import date

    from isodesk.services.package.package_service import DEADLINE_SETTING

    assert pkg_services.package.deadline(2026) == date(2026, 12, 10)  # the demo year's own
    year = next(y for y in pkg_services.years.years() if y.year == 2026)
    pkg_services.years.save(replace(year, deadline=None))
    assert pkg_services.package.deadline(2026) == date(2026, 12, 10)  # the default 10/12
    pkg_services.settings.set(DEADLINE_SETTING, "05/12")
    assert pkg_services.package.deadline(2026) == date(2026, 12, 5)
    readiness = pkg_services.package.readiness(2026, date(2026, 12, 7), report_key=REPORT_KEY_FOR_TESTS)
    passed = [i for i in readiness.items if i.code == "package_deadline_passed"]
    assert passed and passed[0].params["days"] == 2 and readiness.days_left == -2


def test_sections_unchanged_from_last_years_issued_text_are_warned(pkg_services: Any, tmp_path: Path) -> None:
    from datetime import date

    from isodesk.domain import core as d
    from isodesk.reports.output import write_document_files
    from isodesk.services.package.package_service import UNCHANGED

    services = pkg_services
    services.years.save(d.ReportingYear(None, 2027, date(2026, 12, 15), date(2027, 12, 14), date(2027, 12, 10)))
    draft = services.drafted.draft("annual_plan", 2026)
    files = write_document_files(services.drafted.build("annual_plan", 2026), tmp_path / "p",
                                 services.drafted.file_stem(draft))
    services.drafted.record_export("annual_plan", 2026, files)  # the printed texts of 2026 are kept
    readiness = services.package.readiness(2027, date(2027, 11, 1), report_key=REPORT_KEY_FOR_TESTS)
    unchanged = [i for i in readiness.warnings if i.code == f"{UNCHANGED}.annual_plan"]
    assert unchanged and unchanged[0].params["since"] == 2026 and unchanged[0].count > 1
    assert unchanged[0].target == "annual_report.plan"
