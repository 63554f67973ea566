"""Compile Qt Designer forms: ``forms/<stem>.ui`` → ``isodesk/ui/forms/ui_<stem>.py``.

Run ``python -m isodesk.ui.forms.build`` after editing a form (``--check`` fails when a compiled
form is stale; the tests run it). Compiled forms are plain imports, so PyInstaller bundles them
without data files.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
FORMS = ROOT / "forms"
OUT = Path(__file__).resolve().parent


def _uic() -> list[str]:
    """The command that compiles a form to Python.

    ``pyside6-uic`` is a Python script that starts Qt's ``uic -g python``; starting that binary
    directly gives the same output without a Python start-up per form (the check runs in the tests).
    """
    import PySide6

    package = Path(PySide6.__file__).resolve().parent
    for binary in (package / "Qt" / "libexec" / "uic", package / "uic", package / "uic.exe"):
        if binary.is_file():
            return [str(binary), "-g", "python"]
    exe = Path(sys.executable).with_name("pyside6-uic")
    return [str(exe) if exe.exists() else "pyside6-uic"]


def compile_form(ui: Path, target: Path) -> None:
    subprocess.run([*_uic(), "--from-imports", str(ui), "-o", str(target)], check=True)
    # uic emits "from . import resources_rc" only when a .qrc is used; none is, so nothing to patch.
    text = target.read_text(encoding="utf-8")
    target.write_text("# GENERATED from forms/%s by isodesk.ui.forms.build — do not edit.\n%s" % (ui.name, text),
                      encoding="utf-8")


def main(argv: list[str]) -> int:
    check = "--check" in argv
    stale: list[str] = []
    for ui in sorted(FORMS.glob("*.ui")):
        target = OUT / f"ui_{ui.stem}.py"
        if check:
            with tempfile.TemporaryDirectory() as tmp:
                fresh = Path(tmp) / target.name
                compile_form(ui, fresh)
                if not target.exists() or fresh.read_text(encoding="utf-8") != target.read_text(encoding="utf-8"):
                    stale.append(ui.name)
        else:
            compile_form(ui, target)
    if stale:
        print("stale compiled forms:", ", ".join(stale))
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
