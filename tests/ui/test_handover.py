"""Handover to a new ISO secretary (issue 12 item 14): the package, the biên bản, verification of a
received file (tampered, truncated, unsafe, oversized), receiving on a new PC from the CLI and the
setup wizard, and Tệp → Bàn giao… in the window."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from datetime import date
from pathlib import Path

import pytest
from docx import Document
from pypdf import PdfReader

from isodesk.domain.errors import DomainError, ValidationError
from isodesk.domain.handover import DATABASE_MEMBER, MANIFEST_NAME, HandoverPeople
from isodesk.domain.package import PackageLimits
from isodesk.reports.handover_archive import read_package
from isodesk.services.core.handover_service import inspect_package, receive_package
from isodesk.services.registry import files_dir_for, open_services

DAY = date(2026, 11, 25)
PEOPLE = HandoverPeople("Nguyễn Thị Lan", "Công chức Văn phòng - Thống kê", "Trần Văn Bình",
                        "Công chức Văn hóa - Xã hội", "Lê Văn Hùng", "Chủ tịch UBND", DAY)


@pytest.fixture
def written(demo_copy: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    services = open_services(demo_copy)
    out = tmp_path / "usb"
    out.mkdir()
    try:
        result = services.handover.write(out / "bangiao", PEOPLE, year=2026, today=DAY)
        counts = {key: services.handover._counts()[key] for key in result.manifest.counts}
    finally:
        services.close()
    return result, counts


def test_package_holds_everything_and_verifies(written, demo_copy: Path) -> None:  # type: ignore[no-untyped-def]
    result, counts = written
    assert result.package.name == "bangiao.isodesk" and result.package.is_file()
    manifest = inspect_package(result.package)
    roles = {m.role for m in manifest.members}
    assert roles == {"database", "attachment", "minutes"}
    attachments = [m for m in manifest.members if m.role == "attachment"]
    stored = [p for p in files_dir_for(demo_copy).rglob("*") if p.is_file() and len(p.name) == 64]
    assert len(attachments) == len(stored) > 0
    assert manifest.counts == counts and manifest.people == PEOPLE
    assert not list(result.package.parent.glob(".*"))  # no temporary file left beside it


def test_minutes_list_registers_open_work_and_three_signers(written) -> None:  # type: ignore[no-untyped-def]
    result, counts = written
    doc = Document(str(result.minutes_docx))
    text = "\n".join(p.text for p in doc.paragraphs)
    cells = [c.text for t in doc.tables for row in t.rows for c in row.cells]
    assert "BIÊN BẢN" in text and "Bàn giao hồ sơ, tài liệu Hệ thống quản lý chất lượng" in text
    assert "Hôm nay, ngày 25 tháng 11 năm 2026" in text
    for name in ("Nguyễn Thị Lan", "Trần Văn Bình", "Lê Văn Hùng"):
        assert any(name in c for c in cells) or name in text
    for label in ("BÊN GIAO", "BÊN NHẬN", "XÁC NHẬN CỦA LÃNH ĐẠO"):
        assert any(label in c.upper() for c in cells)
    assert "Tài liệu nội bộ (sổ tay, quy trình, hướng dẫn, biểu mẫu)" in cells
    row = cells.index("Tài liệu nội bộ (sổ tay, quy trình, hướng dẫn, biểu mẫu)")
    assert cells[row + 1] == f"{counts['internal_document']:,}".replace(",", ".")
    assert any("phiếu yêu cầu hành động khắc phục chưa đóng" in c for c in cells)  # open corrective actions
    pdf = PdfReader(str(result.minutes_pdf))
    assert "BÊN NHẬN" in "".join(page.extract_text() for page in pdf.pages)


def test_receive_on_a_new_pc_from_the_cli(written, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result, counts = written
    target = tmp_path / "maymoi" / "isodesk.db"
    env = {**os.environ, "ISODESK_LANGUAGE": "vi"}
    run = subprocess.run([sys.executable, "-m", "isodesk", "receive", str(result.package), "--db", str(target)],
                         capture_output=True, text=True, env=env, timeout=120)
    assert run.returncode == 0, run.stderr
    assert "Đã nhận bàn giao" in run.stdout and "Trần Văn Bình" in run.stdout
    services = open_services(target)
    try:
        # Everything handed over arrived; the new secretary, not yet in the register, was added.
        assert services.handover._counts() == {**counts, "person": counts["person"] + 1}
        secretaries = [p for p in services.agency.people() if p.is_iso_secretary]
        assert [p.full_name for p in secretaries] == ["Trần Văn Bình"]
        assert services.check.check(clean=False).consistent
    finally:
        services.close()
    for member in inspect_package(result.package).members:
        if member.role == "attachment":
            assert (files_dir_for(target) / member.sha256[:2] / member.sha256).is_file()
    again = subprocess.run([sys.executable, "-m", "isodesk", "receive", str(result.package), "--db", str(target)],
                           capture_output=True, text=True, env=env, timeout=120)
    assert again.returncode == 1 and "không bao giờ bị ghi đè" in again.stderr


def _rewrite(package: Path, target: Path, change) -> Path:  # type: ignore[no-untyped-def]
    with zipfile.ZipFile(package) as src, zipfile.ZipFile(target, "w") as out:
        for info in src.infolist():
            data = src.read(info)
            replaced = change(info.filename, data)
            if replaced is None:
                continue
            for name, content in (replaced if isinstance(replaced, list) else [(info.filename, replaced)]):
                out.writestr(name, content)
    return target


def test_tampered_truncated_and_unsafe_packages_are_refused(written, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result, _ = written
    package = result.package
    attachment = next(m for m in inspect_package(package).members if m.role == "attachment")

    def flip(name: str, data: bytes):  # type: ignore[no-untyped-def]
        return data[:-1] + bytes([data[-1] ^ 1]) if name == attachment.path else data

    cases = {
        "tampered": (_rewrite(package, tmp_path / "a.isodesk", flip), "handover_file_changed", attachment.path),
        "missing": (_rewrite(package, tmp_path / "b.isodesk", lambda n, d: None if n == DATABASE_MEMBER else d),
                    "handover_file_missing", DATABASE_MEMBER),
        "extra": (_rewrite(package, tmp_path / "c.isodesk",
                           lambda n, d: [(n, d), ("files/ab/extra.txt", b"x")] if n == MANIFEST_NAME else d),
                  "handover_file_extra", "files/ab/extra.txt"),
        "escape": (_rewrite(package, tmp_path / "d.isodesk",
                            lambda n, d: [(n, d), ("../../evil.txt", b"x")] if n == MANIFEST_NAME else d),
                   "handover_unsafe_member", "../../evil.txt"),
        "absolute": (_rewrite(package, tmp_path / "e.isodesk",
                              lambda n, d: [(n, d), ("/etc/evil", b"x")] if n == MANIFEST_NAME else d),
                     "handover_unsafe_member", None),
    }
    for label, (path, code, name) in cases.items():
        target = tmp_path / label / "isodesk.db"
        with pytest.raises(DomainError) as err:
            receive_package(path, target)
        assert err.value.code == code, label
        if name is not None:
            assert err.value.params["file"] == name, label
        assert not target.exists() and not files_dir_for(target).exists(), label
    truncated = tmp_path / "cut.isodesk"
    truncated.write_bytes(package.read_bytes()[: package.stat().st_size // 2])
    with pytest.raises(DomainError) as err:
        receive_package(truncated, tmp_path / "cut" / "isodesk.db")
    assert err.value.code == "handover_damaged"
    not_zip = tmp_path / "note.isodesk"
    not_zip.write_text("không phải tệp bàn giao", encoding="utf-8")
    with pytest.raises(DomainError) as err:
        inspect_package(not_zip)
    assert err.value.code == "handover_damaged"


def test_symlink_and_zip_bomb_are_refused(written, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result, _ = written
    link = tmp_path / "link.isodesk"
    shutil.copyfile(result.package, link)
    with zipfile.ZipFile(link, "a") as zf:
        info = zipfile.ZipInfo("files/aa/link")
        info.external_attr = (0o120777) << 16
        zf.writestr(info, "/etc/passwd")
    with pytest.raises(DomainError) as err:
        inspect_package(link)
    assert err.value.code == "handover_unsafe_member" and err.value.params["file"] == "files/aa/link"
    bomb = tmp_path / "bomb.isodesk"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("files/00/big", b"\0" * (8 * 1024 * 1024))
    with pytest.raises(DomainError) as err:
        read_package(bomb, PackageLimits(max_ratio=200))
    assert err.value.code == "handover_too_large"


def test_handover_refuses_bad_input_and_never_overwrites(demo_copy: Path, tmp_path: Path) -> None:
    services = open_services(demo_copy)
    try:
        with pytest.raises(ValidationError) as err:
            services.handover.write(tmp_path / "x", HandoverPeople("", "", "A", "", "B", "", DAY), year=2026)
        assert {p.field for p in err.value.problems} == {"outgoing_name"}
        with pytest.raises(ValidationError):
            services.handover.write(tmp_path / "x", HandoverPeople("An", "", "an", "", "B", "", DAY), year=2026)
        (tmp_path / "old.isodesk").write_bytes(b"old")
        with pytest.raises(DomainError) as derr:
            services.handover.write(tmp_path / "old.isodesk", PEOPLE, year=2026)
        assert derr.value.code == "handover_target_exists"
        assert (tmp_path / "old.isodesk").read_bytes() == b"old"
        with pytest.raises(DomainError) as derr:
            services.handover.write(tmp_path / "c.isodesk", PEOPLE, year=2026, cancelled=lambda: True)
        assert derr.value.code == "handover_cancelled"
        assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(("c.", ".c", "BB_"))) == []
    finally:
        services.close()


def test_read_only_target_leaves_nothing(demo_copy: Path, tmp_path: Path) -> None:
    """A read-only drive (a write-protected USB stick): a read-only mount, since root ignores file modes."""
    folder = tmp_path / "ro"
    folder.mkdir()
    if os.geteuid() == 0:
        if subprocess.run(["mount", "-t", "tmpfs", "-o", "ro,size=1m", "tmpfs", str(folder)],
                          capture_output=True).returncode != 0:
            pytest.skip("cannot mount a read-only file system here")
    else:
        folder.chmod(0o555)
    services = open_services(demo_copy)
    try:
        with pytest.raises(DomainError) as err:
            services.handover.write(folder / "x.isodesk", PEOPLE, year=2026)
        assert err.value.code in ("folder_not_writable", "file_not_writable")
        assert list(folder.iterdir()) == []
    finally:
        services.close()
        if os.geteuid() == 0:
            subprocess.run(["umount", str(folder)], capture_output=True)
        else:
            folder.chmod(0o755)


def test_receive_in_the_setup_wizard(written, app_services, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    from isodesk.ui.dialogs.setup_wizard import SetupWizard

    result, counts = written
    wizard = SetupWizard(app_services)
    qtbot.addWidget(wizard)
    assert wizard.receive_button.text() == "Nhận bàn giao từ tệp…"
    box = wizard.receive_handover(result.package)
    assert box is not None and "Trần Văn Bình" in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    assert wizard.received is not None and wizard.result() == 1
    assert app_services.agency.has_agency()
    assert app_services.handover._counts() == {**counts, "person": counts["person"] + 1}
    assert [p.full_name for p in app_services.agency.people() if p.is_iso_secretary] == ["Trần Văn Bình"]


def test_wizard_refuses_a_tampered_file_and_stays(written, app_services, qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                  messages: list[str]) -> None:
    from isodesk.ui.dialogs.setup_wizard import SetupWizard

    result, _ = written
    bad = tmp_path / "bad.isodesk"
    data = bytearray(result.package.read_bytes())
    data[len(data) // 3] ^= 0xFF
    bad.write_bytes(bytes(data))
    wizard = SetupWizard(app_services)
    qtbot.addWidget(wizard)
    assert wizard.receive_handover(bad) is None
    assert messages and "không có gì bị thay đổi" in messages[-1].lower()
    assert wizard.received is None and not app_services.agency.has_agency()


def test_handover_from_the_file_menu(seeded_services, qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    from isodesk.ui.dialogs.handover_dialog import HandoverDialog

    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)
    dialog = HandoverDialog(seeded_services, year=2026, today=DAY, folder=tmp_path)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    assert ui.outgoing_name_edit.text() == "Nguyễn Thị Thu Hà"  # the ISO secretary of the register
    assert ui.head_name_combo.currentText() == "Phan Đức Thắng"
    dialog.resize(1366 // 2, 620)
    dialog.ok_button().click()  # no receiver yet: refused under the field, nothing written
    assert not dialog.result_files and not list(tmp_path.glob("*.isodesk"))
    ui.incoming_name_combo.setEditText("Đỗ Minh Châu")
    ui.incoming_title_edit.setText("Công chức Văn phòng - Thống kê")
    dialog.ok_button().click()
    assert dialog.result_files is not None and dialog.result_files.package.parent == tmp_path
    assert inspect_package(dialog.result_files.package).people.incoming_name == "Đỗ Minh Châu"
    assert dialog.result_files.minutes_pdf.is_file()


def test_a_package_from_an_older_isodesk_is_upgraded_on_receipt(tmp_path: Path) -> None:
    """A handover file written by an earlier isodesk (schema 0004, the checked-in fixture database)."""
    from isodesk.domain.handover import HandoverManifest
    from isodesk.reports.handover_archive import PackageSource, write_package
    from isodesk.storage.backup import table_counts
    from isodesk.storage.migrate import SCHEMA_HEAD

    old = Path(__file__).parents[1] / "storage" / "fixtures" / "schema_0004_demo.sqlite"
    import sqlite3
    from contextlib import closing

    with closing(sqlite3.connect(old)) as con:
        counts = {k: v for k, v in table_counts(con).items() if k in ("internal_document", "tthc", "person")}
        revision = con.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    assert revision != SCHEMA_HEAD
    package = write_package(
        tmp_path / "cu.isodesk", [PackageSource(DATABASE_MEMBER, "database", old)],
        lambda members: HandoverManifest("Ủy ban nhân dân xã Cũ", "2025-12-01T08:00:00", "0.0.9", revision, PEOPLE,
                                         counts, members))
    assert package.schema_revision == revision
    received = receive_package(tmp_path / "cu.isodesk", tmp_path / "moi" / "isodesk.db")
    assert received.notes == ("upgraded",)
    services = open_services(received.db_path)
    try:
        now = services.handover._counts()
        assert {k: now[k] for k in counts} == counts
    finally:
        services.close()


def test_the_minutes_count_the_files_the_package_holds(demo_copy: Path, tmp_path: Path) -> None:
    """A stored file gone from the data folder is not packed, so the biên bản counts the files packed (and lists
    the missing one), not every attachment the database names."""
    from isodesk.domain.formatting import format_count

    stored = sorted(p for p in files_dir_for(demo_copy).rglob("*") if p.is_file() and len(p.name) == 64)
    assert stored
    stored[0].unlink()
    services = open_services(demo_copy)
    try:
        result = services.handover.write(tmp_path / "bangiao", PEOPLE, year=2026, today=DAY)
    finally:
        services.close()
    packed = [m for m in inspect_package(result.package).members if m.role == "attachment"]
    assert len(packed) == len(stored) - 1
    text = "\n".join(p.text for p in Document(str(result.minutes_docx)).paragraphs)
    assert f"chứa bản sao toàn bộ dữ liệu, {format_count(len(packed), 'tệp đính kèm')} (" in text
    cells = [c.text for t in Document(str(result.minutes_docx)).tables for r in t.rows for c in r.cells]
    assert any("không có trong gói" in c for c in cells + text.splitlines())
