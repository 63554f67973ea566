"""Translation workflow (Qt Linguist): extract, fill, compile, check.

    python tools/i18n.py update            # lupdate: sources → resources/translations/isodesk_vi.ts
    python tools/i18n.py fill FILE.json    # {"Context": {"English source": "Bản dịch"}}; "*" = any context
    python tools/i18n.py release           # lrelease: .ts → .qm (isodesk_vi.qm, qtbase_vi.qm)
    python tools/i18n.py missing           # list unfinished Vietnamese entries (exit 1 if any)

Several engineers may run it at once, so every step holds an exclusive lock on the .ts file.
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS_DIR = ROOT / "resources" / "translations"
TS = TS_DIR / "isodesk_vi.ts"
QT_TS = TS_DIR / "qtbase_vi.ts"
LOCK = TS_DIR / ".i18n.lock"


def _tool(name: str) -> str:
    exe = Path(sys.executable).with_name(name)
    return str(exe) if exe.exists() else name


_held = False


@contextlib.contextmanager
def _lock_once() -> Iterator[None]:
    """``locked()`` unless this process already holds the lock (fill calls update)."""
    if _held:
        yield
    else:
        with locked():
            yield


@contextlib.contextmanager
def locked() -> Iterator[None]:
    TS_DIR.mkdir(parents=True, exist_ok=True)
    with open(LOCK, "w") as fh:
        try:
            import fcntl

            fcntl.flock(fh, fcntl.LOCK_EX)
        except ImportError:  # Windows: single developer, no lock needed
            pass
        global _held
        _held = True
        try:
            yield
        finally:
            _held = False


def sources() -> list[str]:
    """Python files that may hold tr()/QT_TRANSLATE_NOOP texts, and the Designer forms."""
    files = [p for p in (ROOT / "isodesk").rglob("*.py")
             if "ui/forms/ui_" not in p.as_posix() and "migrations" not in p.parts]
    keep = [p for p in files if any(k in p.read_text(encoding="utf-8") for k in ("tr(", "translate(", "QT_TRANSLATE_NOOP"))]
    return [str(p.relative_to(ROOT)) for p in sorted(keep)] + [str(p.relative_to(ROOT)) for p in sorted((ROOT / "forms").glob("*.ui"))]


def update() -> None:
    with _lock_once():
        subprocess.run([_tool("pyside6-lupdate"), *sources(), "-no-obsolete", "-locations", "none",
                        "-source-language", "en", "-target-language", "vi", "-ts", str(TS)], check=True, cwd=ROOT)


def _write(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def fill(mapping_file: Path) -> int:
    data: dict[str, dict[str, str]] = json.loads(Path(mapping_file).read_text(encoding="utf-8"))
    anywhere = data.get("*", {})
    filled = 0
    with locked():
        tree = ET.parse(TS)
        for ctx in tree.getroot().iter("context"):
            name = ctx.findtext("name") or ""
            table = data.get(name, {})
            for msg in ctx.iter("message"):
                src = msg.findtext("source") or ""
                text = table.get(src, anywhere.get(src))
                if text is None:
                    continue
                tr = msg.find("translation")
                if tr is None:
                    tr = ET.SubElement(msg, "translation")
                tr.text = text
                tr.attrib.pop("type", None)
                filled += 1
        _write(tree, TS)
    # Let lupdate rewrite the file in its own layout, so fills and updates never reformat it all.
    update()
    print(f"filled {filled} entries")
    return 0


def unfinished(path: Path = TS) -> list[tuple[str, str]]:
    tree = ET.parse(path)
    out: list[tuple[str, str]] = []
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished") or not (tr.text or "").strip():
                if tr is not None and tr.get("type") in ("obsolete", "vanished"):
                    continue
                out.append((name, msg.findtext("source") or ""))
    return out


def release() -> None:
    with locked():
        for ts in (TS, QT_TS):
            if ts.exists():
                subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
                               check=True)


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    cmd = argv[0]
    if cmd == "update":
        update()
    elif cmd == "fill":
        return fill(Path(argv[1]))
    elif cmd == "release":
        release()
    elif cmd == "missing":
        rows = unfinished()
        for ctx, src in rows:
            print(f"{ctx}\t{src}")
        print(f"{len(rows)} unfinished", file=sys.stderr)
        return 1 if rows else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    os.chdir(ROOT)
    raise SystemExit(main(sys.argv[1:]))
