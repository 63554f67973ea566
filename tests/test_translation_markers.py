"""One typed translation marker, and lupdate finds every text marked with it."""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "translations" / "isodesk_vi.ts"


def _sources() -> list[Path]:
    return [p for p in sorted((ROOT / "isodesk").rglob("*.py")) if "forms" not in p.parts]


def test_every_marker_is_the_typed_one() -> None:
    """``QT_TRANSLATE_NOOP`` comes from isodesk.domain.i18n (returns str), never from PySide6 (returns object)."""
    wrong = []
    for path in _sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and any(a.name == "QT_TRANSLATE_NOOP" for a in node.names):
                if node.module != "isodesk.domain.i18n":
                    wrong.append(f"{path.relative_to(ROOT)}: from {node.module}")
    assert wrong == []


def test_lupdate_extracted_every_marked_text() -> None:
    marked: set[tuple[str, str]] = set()
    for path in _sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "QT_TRANSLATE_NOOP"
                    and len(node.args) == 2 and all(isinstance(a, ast.Constant) for a in node.args)):
                marked.add((node.args[0].value, node.args[1].value))
    assert len(marked) > 300  # the scan itself works
    in_ts = {(ctx.findtext("name"), msg.findtext("source"))
             for ctx in ET.parse(TS).getroot().iter("context") for msg in ctx.iter("message")}
    assert sorted(marked - in_ts) == []
