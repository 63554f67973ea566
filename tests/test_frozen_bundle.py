"""Build the PyInstaller one-folder bundle and start the frozen app with --self-test."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
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
