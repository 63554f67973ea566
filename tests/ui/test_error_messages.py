"""Every error code isodesk raises has its message in isodesk/ui/error_messages.py, whatever is imported.

The codes are read from the source (``DomainError("code")``, ``FieldProblem(field, "code")`` and the
helpers that build them) and from the file-level codes of :data:`isodesk.domain.tabular.PROBLEM_CODES`;
each is turned into text in a fresh interpreter that imports no screen, and must read as Vietnamese.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

#: Calls whose first argument is an error code.
_CODE_FIRST = {"DomainError", "fail"}
#: Calls whose second argument (or ``code=``) is an error code.
_CODE_SECOND = {"FieldProblem", "_sheet_problem", "problem"}
#: Codes in the source that never reach a user.
_VIETNAMESE = set("ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ")
_NEVER_SHOWN = {
    "x",  # excel_import_dialog wraps one problem in a throwaway DomainError to reuse readable()
}


def _call_name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Name):
        return func.id
    return func.attr if isinstance(func, ast.Attribute) else None


def raised_codes() -> dict[str, set[str]]:
    """Error codes written as literals in isodesk's source → the files raising them."""
    codes: dict[str, set[str]] = {}
    for path in sorted((ROOT / "isodesk").rglob("*.py")):
        if "forms" in path.parts or "migrations" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = _call_name(node.func)
            arg: ast.expr | None = None
            if name in _CODE_FIRST and node.args:
                arg = node.args[0]
            elif name in _CODE_SECOND:
                arg = node.args[1] if len(node.args) > 1 else next(
                    (k.value for k in node.keywords if k.arg == "code"), None)
            if (isinstance(arg, ast.Constant) and isinstance(arg.value, str) and arg.value.isidentifier()
                    and arg.value.islower() and arg.value not in _NEVER_SHOWN):
                codes.setdefault(arg.value, set()).add(str(path.relative_to(ROOT)))
    return codes


def file_level_codes() -> list[str]:
    """The tabular codes raised as a whole-request DomainError (reading or writing a workbook)."""
    from isodesk.domain.tabular import PROBLEM_CODES

    return list(PROBLEM_CODES[PROBLEM_CODES.index("file_not_found"):])


_PROBE = r"""
import json, sys
from PySide6.QtCore import QCoreApplication
app = QCoreApplication([])
from isodesk.ui.i18n import install_translators
install_translators("vi")
from isodesk.domain.errors import DomainError, FieldProblem
from isodesk.ui.errors import error_text
from isodesk.ui.error_messages import MESSAGES
{extra_import}
codes = json.loads(sys.argv[1])
params = dict(path="/tmp/a.xlsx", detail="I/O", sheet="DM", sheets="DM", expected="Số, ký hiệu", limit=20000,
              column="Tên", value="x", first_row=3, source="B", choices="Có, Không", row=4)
out = {
    "missing": [c for c in codes if c not in MESSAGES],
    "whole": {c: error_text(DomainError(c, **params)) for c in codes},
    "field": {c: error_text(DomainError("validation", [FieldProblem("name", c, params)]), {"name": "Tên"})
              for c in codes},
    "screens": sorted(m for m in sys.modules if m.startswith(("isodesk.ui.screens", "isodesk.ui.dialogs"))),
}
print(json.dumps(out, ensure_ascii=False))
"""


def _probe(codes: list[str], extra_import: str = "") -> dict:  # type: ignore[type-arg]
    result = subprocess.run([sys.executable, "-c", _PROBE.replace("{extra_import}", extra_import), json.dumps(codes)],
                            cwd=ROOT, capture_output=True, text=True, encoding="utf-8", timeout=120)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def test_the_scan_finds_the_codes_it_should() -> None:
    codes = raised_codes()
    # One code from each way of raising: a DomainError, a FieldProblem in a service, in the UI, in reports.
    assert {"document_in_use", "period_overlaps", "bad_date", "nd30_font_size", "file_not_writable"} <= set(codes)


def test_every_code_has_a_vietnamese_message_with_no_screen_imported() -> None:
    codes = sorted(set(raised_codes()) | set(file_level_codes()))
    seen = _probe(codes)
    assert seen["screens"] == []
    assert seen["missing"] == [], {c: sorted(raised_codes().get(c, {"tabular"})) for c in seen["missing"]}
    generic_start = "Không thực hiện được yêu cầu"
    for kind in ("whole", "field"):
        for code, text in seen[kind].items():
            assert not text.startswith(generic_start), (kind, code, text)
            assert any(ch in _VIETNAMESE for ch in text.lower()), (kind, code, text)  # not the English source


def test_a_screen_alone_shows_the_real_message() -> None:
    # Before error_messages.py, only documents_common registered file_not_writable: a screen that did not
    # import it (the TTHC tab) showed the generic fallback.
    seen = _probe(["file_not_writable"], "import isodesk.ui.screens.tthc_tab")
    assert "isodesk.ui.screens.tthc_tab" in seen["screens"]
    assert "Excel" in seen["whole"]["file_not_writable"]
    assert not seen["whole"]["file_not_writable"].startswith("Không thực hiện được yêu cầu")


def test_a_list_in_a_message_reads_as_names() -> None:
    """A refusal naming several files lists them "a, b", never as Python's ``['a', 'b']``."""
    from isodesk.domain.errors import DomainError
    from isodesk.ui.errors import error_text

    text = error_text(DomainError("package_verify_failed", files=["BaoCao.docx", "SoLieu.xlsx"]))
    assert "(BaoCao.docx, SoLieu.xlsx)" in text and "[" not in text
