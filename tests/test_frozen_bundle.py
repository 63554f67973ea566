"""Build the PyInstaller one-folder bundle and start the frozen app with --self-test."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "storage" / "fixtures"

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if shutil.which("pyinstaller", path=str(Path(sys.executable).parent)) is None:
        pytest.skip("PyInstaller is not installed")
    work = tmp_path_factory.mktemp("pyinstaller")
    subprocess.run(
        [str(Path(sys.executable).with_name("pyinstaller")), "--noconfirm", "--log-level", "WARN",
         "--distpath", str(work / "dist"), "--workpath", str(work / "build"), str(ROOT / "build_installer.spec")],
        cwd=ROOT, check=True, timeout=900,
    )
    exe = work / "dist" / "isodesk" / ("isodesk.exe" if os.name == "nt" else "isodesk")
    assert exe.exists()
    return exe


def _run(exe: Path, db: Path, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ISODESK_DATA_DIR": str(tmp_path / "data"),
           "XDG_CONFIG_HOME": str(tmp_path / "config")}
    return subprocess.run([str(exe), "--self-test", "--db", str(db)], capture_output=True, text=True,
                          timeout=120, env=env)


def test_frozen_app_self_test_on_empty_database(bundle: Path, tmp_path: Path) -> None:
    result = _run(bundle, tmp_path / "empty.db", tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-test ok" in result.stdout


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("*.sqlite")), ids=lambda p: p.stem)
def test_frozen_app_migrates_an_old_database(bundle: Path, tmp_path: Path, fixture: Path) -> None:
    db = tmp_path / "old.db"
    shutil.copy(fixture, db)
    result = _run(bundle, db, tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert list(tmp_path.glob("old.db.*.bak")), "an upgraded database must be backed up first"


def test_frozen_app_writes_the_plan_from_the_command_line(bundle: Path, tmp_path: Path) -> None:
    """Word output needs python-docx's templates on disk, found through docx/parts/.. (not only in the archive)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ISODESK_DATA_DIR": str(tmp_path / "data")}
    db = tmp_path / "demo.db"
    made = subprocess.run([str(bundle), "demo-data", "--db", str(db)], capture_output=True, text=True, timeout=300,
                          env=env)
    assert made.returncode == 0, made.stdout + made.stderr
    today = date.today()  # the demo holds the current reporting year (after 14/12: next year's)
    year = str(today.year + 1 if (today.month, today.day) > (12, 14) else today.year)
    result = subprocess.run([str(bundle), "plan", "--db", str(db), "--year", year, "--out", str(tmp_path / "out")],
                            capture_output=True, text=True, encoding="utf-8", timeout=300, env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    files = sorted((tmp_path / "out").iterdir())
    assert [p.suffix for p in files] == [".docx", ".pdf"] and all(p.stat().st_size > 5000 for p in files)


def test_bundle_leaves_out_the_qt_parts_a_form_app_never_loads(bundle: Path) -> None:
    internal = bundle.parent / "_internal"
    plugins = internal / "PySide6" / "Qt" / "plugins"
    present = {p.name for p in plugins.iterdir()} if plugins.exists() else set()
    assert not present & {"platformthemes", "wayland-shell-integration", "egldeviceintegrations", "imageformats",
                          "generic", "xcbglintegrations", "iconengines"}
    names = {p.name for p in internal.rglob("*")}
    assert not any(n.startswith(("libQt6Wayland", "libQt6OpenGL", "libQt6Svg", "libcairo", "libpango", "libssl"))
                   for n in names)
    assert not (internal / "PySide6" / "Qt" / "translations").exists()
    size = sum(p.stat().st_size for p in bundle.parent.rglob("*") if p.is_file() and not p.is_symlink())
    print(f"bundle size: {size / 1e6:.1f} MB")
