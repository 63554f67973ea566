"""The Vietnamese translation is complete, compiled from the current .ts, and covers every source string."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "resources" / "translations"


def _tool(name: str) -> str:
    exe = Path(sys.executable).with_name(name)
    return str(exe) if exe.exists() else name


def _i18n_module():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("isodesk_tools_i18n", ROOT / "tools" / "i18n.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def _messages(ts: Path) -> set[tuple[str, str]]:
    """(context, source) of every live entry (obsolete and vanished ones are history, not UI)."""
    out = set()
    for ctx in ET.parse(ts).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is not None and tr.get("type") in ("obsolete", "vanished"):
                continue
            out.add((name, msg.findtext("source") or ""))
    return out


def test_every_entry_is_translated() -> None:
    unfinished = []
    for ts in (TS_DIR / "isodesk_vi.ts", TS_DIR / "qtbase_vi.ts"):
        for ctx in ET.parse(ts).getroot().iter("context"):
            name = ctx.findtext("name") or ""
            for msg in ctx.iter("message"):
                tr = msg.find("translation")
                kind = tr.get("type") if tr is not None else "missing"
                if kind in ("obsolete", "vanished"):
                    continue
                if tr is None or kind == "unfinished" or not (tr.text or "").strip():
                    unfinished.append(f"{ts.name}: {name}: {msg.findtext('source')!r}")
    assert not unfinished, f"{len(unfinished)} unfinished translation(s):\n" + "\n".join(unfinished)


@pytest.mark.parametrize("stem", ["isodesk_vi", "qtbase_vi"])
def test_compiled_qm_matches_the_ts(stem: str, tmp_path: Path) -> None:
    committed = TS_DIR / f"{stem}.qm"
    assert committed.exists(), f"{committed.name} is missing: run python tools/i18n.py release"
    fresh = tmp_path / f"{stem}.qm"
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(TS_DIR / f"{stem}.ts"), "-qm", str(fresh)],
                   check=True, timeout=120)
    assert fresh.read_bytes() == committed.read_bytes(), (
        f"{committed.name} is stale: run python tools/i18n.py release")


def test_every_source_string_is_in_the_ts(tmp_path: Path) -> None:
    i18n = _i18n_module()
    copy = tmp_path / "isodesk_vi.ts"
    shutil.copy(TS_DIR / "isodesk_vi.ts", copy)
    subprocess.run([_tool("pyside6-lupdate"), *i18n.sources(), "-no-obsolete", "-locations", "none",
                    "-source-language", "en", "-target-language", "vi", "-ts", str(copy)],
                   check=True, cwd=ROOT, capture_output=True, timeout=300)
    missing = _messages(copy) - _messages(TS_DIR / "isodesk_vi.ts")
    assert not missing, ("strings in the sources but not in isodesk_vi.ts (run python tools/i18n.py update, "
                         "then fill them):\n" + "\n".join(f"{c}: {s!r}" for c, s in sorted(missing)))


def test_qt_standard_buttons_are_vietnamese(ui_env, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWizard, QWizardPage

    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Ok).text() == "Đồng ý"
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Hủy"
    question = QMessageBox(QMessageBox.Icon.Question, "?", "?", QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    qtbot.addWidget(question)
    assert [question.button(b).text() for b in (QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No)] == [
        "&Có", "&Không"]
    wizard = QWizard()
    qtbot.addWidget(wizard)
    wizard.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
    wizard.addPage(QWizardPage())
    wizard.addPage(QWizardPage())
    texts = {b: wizard.buttonText(b) for b in (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
                                               QWizard.WizardButton.FinishButton, QWizard.WizardButton.CancelButton)}
    assert texts == {QWizard.WizardButton.BackButton: "< &Quay lại", QWizard.WizardButton.NextButton: "&Tiếp >",
                     QWizard.WizardButton.FinishButton: "&Hoàn tất", QWizard.WizardButton.CancelButton: "Hủy"}


def test_navigation_reads_as_specified(ui_env) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication

    from isodesk.ui.main_window import NAVIGATION

    assert [QCoreApplication.translate("Navigation", title) for _key, title in NAVIGATION] == [
        "Tổng quan", "Tài liệu", "Rủi ro và cơ hội", "Mục tiêu chất lượng", "Đánh giá nội bộ",
        "Không phù hợp và khắc phục", "Xem xét của lãnh đạo", "Kết quả TTHC và mức độ hài lòng", "Báo cáo năm",
        "Kế hoạch và văn bản năm", "Cài đặt"]
