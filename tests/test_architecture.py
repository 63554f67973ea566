"""Project-wide contracts: layer rules (import-linter) and compiled Designer forms up to date."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_layer_contracts_hold() -> None:
    exe = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(exe)], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr


def test_compiled_forms_match_their_ui_files() -> None:
    result = subprocess.run([sys.executable, "-m", "isodesk.ui.forms.build", "--check"], cwd=ROOT,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr


def test_no_heavy_imports_at_start_up() -> None:
    """The window must paint before SQLAlchemy, Alembic, reportlab, docx or openpyxl are imported."""
    code = (
        "import sys; import isodesk.app, isodesk.ui.main_window, isodesk.ui.screens.home_screen;"
        "heavy=[m for m in ('sqlalchemy','alembic','reportlab','docx','openpyxl') if m in sys.modules];"
        "print(','.join(heavy))"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""


def test_mypy_reports_no_error() -> None:
    """The type check configured in pyproject.toml ([tool.mypy]) passes on the whole package.

    About 20 s from a cold cache, a few seconds with mypy's cache in the checkout, so it stays in the
    quick run.
    """
    result = subprocess.run([sys.executable, "-m", "mypy", "isodesk"], cwd=ROOT, capture_output=True, text=True,
                            timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Success: no issues found" in result.stdout


def test_every_type_ignore_names_its_code_and_reason() -> None:
    """``# type: ignore[code]  # why`` only: an ignore without a reason hides the next real error."""
    import re

    bare = []
    for path in sorted((ROOT / "isodesk").rglob("*.py")):
        if path.parent.name == "forms" and path.name.startswith("ui_"):
            continue  # compiled by uic, never edited
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if "type: ignore" in line and not re.search(r"type: ignore\[[a-z, -]+\]\s+#\s*\S", line):
                bare.append(f"{path.relative_to(ROOT)}:{number}")
    assert bare == []


def test_orm_classes_are_named_apart_from_the_dtos() -> None:
    """Every table class ends in ``Row`` (``TthcRow``), so no file has two meanings of ``Tthc``."""
    import inspect

    import isodesk.storage.models  # noqa: F401 - declares every table
    from isodesk.storage.base import Base

    orm = {mapper.class_.__name__ for mapper in Base.registry.mappers}
    assert orm and all(name.endswith("Row") for name in orm), sorted(n for n in orm if not n.endswith("Row"))
    dto_names = set()
    for path in (ROOT / "isodesk" / "domain").glob("*.py"):
        module = __import__(f"isodesk.domain.{path.stem}", fromlist=["_"])
        dto_names |= {name for name, obj in vars(module).items() if inspect.isclass(obj)
                      and obj.__module__ == module.__name__}
    assert not orm & dto_names
