"""Report outlines and self-scoring criteria as data files (DOMAIN.md §2, §5; issue 11 items 1–2).

Shipped files: ``resources/outlines/*.json`` and ``resources/criteria/*.json``. A province's own
outline or criteria set is added by dropping a ``*.json`` file into the ``outlines/`` (or ``criteria/``)
folder next to the data file — no code changes. Every file is validated against a JSON Schema on load
(:data:`OUTLINE_SCHEMA`, :data:`CRITERIA_SCHEMA`); a broken file is skipped with a Vietnamese message
naming the file and the problem, and the other files load. A user file with the key of a shipped
one replaces it (a province adapting the shipped outline).

Files are only read here (no database); the services hand the folders in.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any, Protocol, TypeVar

import jsonschema

from isodesk.domain.core import AgencyTier
from isodesk.domain.formatting import nfc
from isodesk.domain.report import (
    CriteriaSet,
    Criterion,
    Outline,
    OutlineAppendix,
    OutlineSection,
    appendix_keys,
)
from isodesk.paths import resource_path

OUTLINES_FOLDER = "outlines"
CRITERIA_FOLDER = "criteria"

_TIERS = [t.value for t in AgencyTier]
_KEY = {"type": "string", "pattern": r"^[a-z0-9][a-z0-9_.\-]*$"}
_TEXT = {"type": "string"}
_NONEMPTY = {"type": "string", "minLength": 1}
_KEYS = {"type": "array", "items": {"type": "string", "pattern": r"^[a-z_]+(\.[a-z_0-9]+)+$"}}


class _Keyed(Protocol):
    @property
    def key(self) -> str: ...


_Item = TypeVar("_Item", bound=_Keyed)

OUTLINE_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "required": ["key", "name", "tiers", "year_from", "doc_type", "summary", "opening", "closing", "recipients",
                 "sections"],
    "additionalProperties": False,
    "properties": {
        "$comment": _TEXT,
        "key": _KEY,
        "name": _NONEMPTY,
        "province": _TEXT,
        "note": _TEXT,
        "tiers": {"type": "array", "minItems": 1, "items": {"enum": _TIERS}},
        "year_from": {"type": "integer", "minimum": 2000, "maximum": 2100},
        "doc_type": {"const": "BÁO CÁO"},
        "summary": _NONEMPTY,
        "opening": _NONEMPTY,
        "closing": _NONEMPTY,
        "recipients": {"type": "array", "minItems": 1, "items": _NONEMPTY},
        "criteria": _TEXT,
        "appendices": {"type": "array", "items": {
            "type": "object", "required": ["table"], "additionalProperties": False,
            "properties": {"table": _KEYS["items"], "title": _TEXT, "landscape": {"type": "boolean"}}}},
        "sections": {"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/section"}},
    },
    "$defs": {
        "section": {
            "type": "object",
            "required": ["key", "heading"],
            "additionalProperties": False,
            "properties": {
                "key": _KEY,
                "heading": _NONEMPTY,
                "level": {"type": "integer", "minimum": 1, "maximum": 4},
                "figures": _KEYS,
                "texts": _KEYS,
                "sentence": _TEXT,
                "hint": _TEXT,
                "table": _TEXT,
                "children": {"type": "array", "items": {"$ref": "#/$defs/section"}},
            },
        },
    },
}

CRITERIA_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "required": ["key", "province", "tiers", "year_from", "decision", "basis", "items"],
    "additionalProperties": False,
    "properties": {
        "$comment": _TEXT,
        "key": _KEY,
        "province": _NONEMPTY,
        "tiers": {"type": "array", "minItems": 1, "items": {"enum": _TIERS}},
        "year_from": {"type": "integer", "minimum": 2000, "maximum": 2100},
        "decision": _NONEMPTY,
        "basis": {"type": "array", "items": _TEXT},
        "items": {"type": "array", "minItems": 1, "items": {
            "type": "object", "required": ["code", "text", "max_points"], "additionalProperties": False,
            "properties": {
                "code": _NONEMPTY, "text": _NONEMPTY,
                "max_points": {"type": "string", "pattern": r"^\d+([.,]\d{1,2})?$"},
                "evidence_hint": _TEXT, "note": _TEXT, "suggest": _TEXT}}},
    },
}


@dataclass(frozen=True)
class LoadProblem:
    """A file that was skipped, and why (Vietnamese, for the secretary)."""

    file: Path
    message: str


@dataclass(frozen=True)
class Library:
    """The outlines and criteria sets that loaded, and the files that did not."""

    outlines: tuple[Outline, ...] = ()
    criteria: tuple[CriteriaSet, ...] = ()
    problems: tuple[LoadProblem, ...] = field(default_factory=tuple)

    def outline(self, key: str) -> Outline | None:
        return next((o for o in self.outlines if o.key == key), None)

    def criteria_set(self, key: str) -> CriteriaSet | None:
        return next((c for c in self.criteria if c.key == key), None)


_TYPE_NAMES = {"string": "một chuỗi văn bản", "integer": "một số nguyên", "array": "một danh sách",
               "object": "một đối tượng {…}", "boolean": "true hoặc false"}


def _where(error: jsonschema.ValidationError) -> str:
    path = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in error.absolute_path).lstrip(".")
    return path or "(gốc tệp)"


def schema_message(error: jsonschema.ValidationError) -> str:
    """A schema violation said in Vietnamese (jsonschema's own messages are English)."""
    where = _where(error)
    kind = error.validator
    if kind == "required":
        missing = next((str(p) for p in error.validator_value if isinstance(error.instance, dict)
                        and p not in error.instance), "?")
        return f"thiếu mục bắt buộc «{missing}» tại {where}"
    if kind == "additionalProperties":
        extra = sorted(set(error.instance) - set(error.schema.get("properties", {}))) if isinstance(
            error.instance, dict) else []
        return f"mục không được dùng «{', '.join(extra)}» tại {where}"
    if kind == "type":
        return f"«{where}» phải là {_TYPE_NAMES.get(str(error.validator_value), str(error.validator_value))}"
    if kind in ("enum", "const"):
        allowed = error.validator_value if kind == "enum" else [error.validator_value]
        return f"giá trị «{error.instance}» của «{where}» không hợp lệ (được dùng: {', '.join(map(str, allowed))})"
    if kind in ("minItems", "minLength"):
        return f"«{where}» không được để trống"
    if kind in ("minimum", "maximum"):
        return f"giá trị «{error.instance}» của «{where}» nằm ngoài khoảng cho phép"
    if kind == "pattern":
        return f"giá trị «{error.instance}» của «{where}» không đúng dạng"
    return f"«{where}» không hợp lệ ({kind})"


def _read(path: Path, schema: dict[str, Any], what: str) -> tuple[dict[str, Any] | None, str]:
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return None, f"{what} «{path.name}»: không đọc được tệp ({exc.__class__.__name__}). Tệp bị bỏ qua."
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        return None, (f"{what} «{path.name}»: tệp không phải JSON hợp lệ (dòng {exc.lineno}, cột {exc.colno}). "
                      "Tệp bị bỏ qua.")
    validator = jsonschema.Draft202012Validator(schema)
    errors = sorted(validator.iter_errors(data), key=lambda e: list(e.absolute_path))
    if errors:
        return None, f"{what} «{path.name}»: {schema_message(errors[0])}. Tệp bị bỏ qua."
    assert isinstance(data, dict)
    return data, ""


def _section(raw: dict[str, Any], level: int) -> OutlineSection:
    return OutlineSection(
        key=raw["key"], heading=nfc(raw["heading"]), level=int(raw.get("level", level)),
        figures=tuple(raw.get("figures", ())), texts=tuple(raw.get("texts", ())),
        sentence=nfc(raw.get("sentence", "")), hint=nfc(raw.get("hint", "")), table=raw.get("table", ""),
        children=tuple(_section(c, min(level + 1, 4)) for c in raw.get("children", ())))


def outline_from(data: dict[str, Any], file: Path) -> Outline:
    """An :class:`Outline` from validated JSON.

    Raises:
        ValueError: a Vietnamese message for what the schema cannot see (duplicate section keys,
            a reference to an appendix the outline does not have).
    """
    outline = Outline(
        key=data["key"], name=nfc(data["name"]), tiers=tuple(AgencyTier(t) for t in data["tiers"]),
        year_from=int(data["year_from"]), doc_type=data["doc_type"], summary=nfc(data["summary"]),
        opening=nfc(data["opening"]), closing=nfc(data["closing"]),
        recipients=tuple(nfc(r) for r in data["recipients"]),
        sections=tuple(_section(s, 1) for s in data["sections"]),
        appendices=tuple(OutlineAppendix(a["table"], nfc(a["title"]) if a.get("title") else None, a.get("landscape"))
                         for a in data.get("appendices", ())),
        province=nfc(data.get("province", "")), note=nfc(data.get("note", "")), file=str(file),
        criteria=data.get("criteria", ""))
    keys = [s.key for s in outline.walk()]
    duplicate = next((k for k in keys if keys.count(k) > 1), None)
    if duplicate:
        raise ValueError(f"mục «{duplicate}» xuất hiện hai lần trong «sections»")
    tables = {a.table for a in outline.appendices}
    for s in outline.walk():
        for key in appendix_keys(s.heading + s.sentence):
            if key not in tables:
                raise ValueError(f"mục «{s.key}» nhắc đến phụ lục «{key}» không có trong «appendices»")
    return outline


def criteria_from(data: dict[str, Any], file: Path) -> CriteriaSet:
    """A :class:`CriteriaSet` from validated JSON."""
    items = tuple(Criterion(code=nfc(i["code"]), text=nfc(i["text"]),
                            max_points=Decimal(str(i["max_points"]).replace(",", ".")),
                            evidence_hint=nfc(i.get("evidence_hint", "")), note=nfc(i.get("note", "")),
                            suggest=nfc(i.get("suggest", "")))
                  for i in data["items"])
    codes = [i.code for i in items]
    duplicate = next((c for c in codes if codes.count(c) > 1), None)
    if duplicate:
        raise ValueError(f"tiêu chí «{duplicate}» xuất hiện hai lần")
    return CriteriaSet(key=data["key"], province=nfc(data["province"]),
                       tiers=tuple(AgencyTier(t) for t in data["tiers"]), year_from=int(data["year_from"]),
                       decision=nfc(data["decision"]), basis=tuple(nfc(b) for b in data["basis"]), items=items,
                       file=str(file))


def _files(folders: Iterable[Path]) -> list[Path]:
    out: list[Path] = []
    for folder in folders:
        if folder.is_dir():
            out.extend(sorted(p for p in folder.glob("*.json") if p.is_file()))
    return out


def shipped_folders(kind: str) -> list[Path]:
    """The folder of shipped files of ``kind`` (``outlines`` or ``criteria``)."""
    return [resource_path(kind)]


def _load_kind(folder: str, schema: dict[str, Any], what: str, build: Callable[[dict[str, Any], Path], _Item],
               user_folders: Sequence[Path], problems: list[LoadProblem]) -> dict[str, _Item]:
    """Every valid file of one kind (shipped first, then each user folder's), by key; a broken file is
    added to ``problems`` with its Vietnamese message and skipped."""
    found: dict[str, _Item] = {}
    for path in _files([*shipped_folders(folder), *(f / folder for f in user_folders)]):
        data, error = _read(path, schema, what)
        if data is not None:
            try:
                item = build(data, path)
            except ValueError as exc:
                error = f"{what} «{path.name}»: {exc}. Tệp bị bỏ qua."
            else:
                found[item.key] = item
        if error:
            problems.append(LoadProblem(path, error))
    return found


def load_library(user_folders: Sequence[Path] = ()) -> Library:
    """Load the shipped outlines and criteria, then the user's (``<folder>/outlines/*.json`` and
    ``<folder>/criteria/*.json`` for each of ``user_folders``). Broken files are skipped and listed."""
    problems: list[LoadProblem] = []
    outlines = _load_kind(OUTLINES_FOLDER, OUTLINE_SCHEMA, "Đề cương báo cáo", outline_from, user_folders, problems)
    criteria = _load_kind(CRITERIA_FOLDER, CRITERIA_SCHEMA, "Bộ tiêu chí chấm điểm", criteria_from, user_folders,
                          problems)
    return Library(tuple(outlines.values()), tuple(criteria.values()), tuple(problems))
