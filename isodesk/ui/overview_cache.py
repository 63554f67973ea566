"""A small per-user copy of the last computed overview, so the home screen paints before the data layer loads.

Importing SQLAlchemy and declaring the models costs several times a bare window's start; the home
screen is what the secretary looks at first. At exit the app stores what the overview showed (agency
name, reporting years, the year's :class:`YearOverview`) in a JSON file beside the UI settings,
keyed by the data file's resolved path and the file's identity (size, times, inode, and its ``-wal``
file). The next start paints that copy, marked as being updated, then opens the database and
replaces it with the computed overview.

The copy is never data: it lives outside the database, is only shown until the real overview
replaces it, and anything unexpected in it (another file's copy, another day, another isodesk
version, a changed data file, a malformed or oversized file) makes the start ignore it and behave as
with no copy. Pure Python (json, os): importing this module loads no Qt and no SQLAlchemy.
"""

from __future__ import annotations

import json
import os
import string
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from isodesk.domain.cycle import (
    Evidence,
    ReadinessIssue,
    Severity,
    StepState,
    StepStatus,
    YearOverview,
)

if TYPE_CHECKING:
    from hashlib import sha1
else:
    try:  # CPython's own SHA-1, hashlib's digest, without loading OpenSSL (~3 ms) before the first paint
        from _sha1 import sha1
    except ImportError:  # pragma: no cover - a Python without it
        from hashlib import sha1

#: Bumped whenever the JSON layout changes; an older copy is then ignored.
CACHE_FORMAT = 1
#: A real copy is a few kilobytes; anything far larger is not ours.
MAX_CACHE_BYTES = 1 << 20


@dataclass(frozen=True)
class CachedStart:
    """What the window shows before the database is open (see the module docstring)."""

    agency: str
    years: tuple[int, ...]  # newest first, as the year selector lists them
    current_year: int | None  # the year the services call current on that day
    overview: YearOverview


def _resolved(db_path: Path) -> str:
    try:
        return str(Path(db_path).resolve())
    except OSError:
        return str(Path(db_path).absolute())


def path_digest(db_path: str | Path) -> str:
    """A short name for one data file, the same for every way of writing its path: the key of its
    remembered overview here and of its settings (``ui.settings``)."""
    return sha1(_resolved(Path(db_path)).encode("utf-8")).hexdigest()[:16]


def cache_file(cache_dir: Path, db_path: Path) -> Path:
    """The copy of one data file (a hash of its path, like the per-file UI settings)."""
    return Path(cache_dir) / f"overview-{path_digest(db_path)}.json"


def file_identity(db_path: Path) -> list[int | None] | None:
    """Size, modification and change times and inode of the file, and its ``-wal`` file's size and time.

    SQLite in WAL mode commits into ``-wal`` and folds it into the file when the last connection
    closes; a session that only reads leaves both unchanged. None when the file does not exist.
    """
    try:
        st = os.stat(db_path)
    except OSError:
        return None
    wal_size: int | None = None
    wal_mtime: int | None = None
    try:
        wal = os.stat(f"{db_path}-wal")
        wal_size, wal_mtime = wal.st_size, wal.st_mtime_ns
    except OSError:
        pass
    return [st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino, wal_size, wal_mtime]


# ------------------------------------------------------------------------------------------- JSON


def _to_json(cached: CachedStart) -> dict[str, Any]:
    ov = cached.overview
    return {
        "agency": cached.agency,
        "years": list(cached.years),
        "current_year": cached.current_year,
        "overview": {
            "year": ov.year, "period_start": ov.period_start.isoformat(), "period_end": ov.period_end.isoformat(),
            "deadline": ov.deadline.isoformat() if ov.deadline else None, "today": ov.today.isoformat(),
            "steps": [{"key": s.key, "order": s.order, "title": s.title, "hint": s.hint, "due": s.due.isoformat(),
                       "status": s.status.value, "target": s.target,
                       "evidence": [{"label": e.label, "complete": e.complete} for e in s.evidence]}
                      for s in ov.steps],
            "issues": [{"code": i.code, "message": i.message, "severity": i.severity.value, "count": i.count,
                        "params": dict(i.params), "target": i.target, "record_ids": list(i.record_ids)}
                       for i in ov.issues],
        },
    }


def _get(data: Any, key: str, kind: type | tuple[type, ...]) -> Any:
    if not isinstance(data, dict) or key not in data:
        raise ValueError(f"missing {key}")
    value = data[key]
    # bool is an int in Python; a count or a year is never true/false.
    if not isinstance(value, kind) or (isinstance(value, bool) and bool not in (kind if isinstance(kind, tuple)
                                                                                 else (kind,))):
        raise ValueError(f"bad {key}")
    return value


def _day(data: Any, key: str) -> date:
    return date.fromisoformat(_get(data, key, str))


def _param(value: Any) -> object:
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        return value
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return value
    raise ValueError("bad parameter")


def _message(text: str) -> str:
    """A readiness message is a source text with plain ``{name}`` placeholders; a copy with attribute
    look-ups or format specifications in it is not one isodesk wrote."""
    for _literal, field_name, spec, conversion in string.Formatter().parse(text):
        if field_name is not None and (not field_name.isidentifier() or spec or conversion):
            raise ValueError("bad message")
    return text


def _from_json(data: Any) -> CachedStart:
    ov = _get(data, "overview", dict)
    steps = tuple(
        StepState(key=_get(s, "key", str), order=_get(s, "order", int), title=_get(s, "title", str),
                  hint=_get(s, "hint", str), due=_day(s, "due"), status=StepStatus(_get(s, "status", str)),
                  target=_get(s, "target", str),
                  evidence=tuple(Evidence(_get(e, "label", str), _get(e, "complete", bool))
                                 for e in _get(s, "evidence", list)))
        for s in _get(ov, "steps", list))
    issues = tuple(
        ReadinessIssue(code=_get(i, "code", str), message=_message(_get(i, "message", str)),
                       severity=Severity(_get(i, "severity", str)), count=_get(i, "count", int),
                       params={str(k): _param(v) for k, v in _get(i, "params", dict).items()},
                       target=_get(i, "target", str),
                       record_ids=tuple(_get({"id": r}, "id", int) for r in _get(i, "record_ids", list)))
        for i in _get(ov, "issues", list))
    deadline = ov.get("deadline")
    overview = YearOverview(year=_get(ov, "year", int), period_start=_day(ov, "period_start"),
                            period_end=_day(ov, "period_end"),
                            deadline=_day(ov, "deadline") if deadline is not None else None,
                            today=_day(ov, "today"), steps=steps, issues=issues)
    current = data.get("current_year")
    years = tuple(_get({"year": y}, "year", int) for y in _get(data, "years", list))
    if overview.year not in years:
        raise ValueError("the overview's year is not one of the years")
    return CachedStart(agency=_get(data, "agency", str), years=years,
                       current_year=_get(data, "current_year", int) if current is not None else None,
                       overview=overview)


# ------------------------------------------------------------------------------------------- files


def load(cache_dir: Path, db_path: Path, version: str, today: date | None = None) -> CachedStart | None:
    """The copy stored for ``db_path`` if it is still true to the file as it is now, else None.

    None (never an exception) when there is no copy, or it is for another file, another day or
    another isodesk ``version``, the file changed since, or the copy cannot be read as one.
    """
    path = cache_file(cache_dir, db_path)
    try:
        if path.stat().st_size > MAX_CACHE_BYTES:
            return None
        data = json.loads(path.read_bytes().decode("utf-8"))
        identity = file_identity(Path(db_path))
        if (not isinstance(data, dict) or data.get("format") != CACHE_FORMAT or data.get("isodesk") != version
                or data.get("db_path") != _resolved(db_path) or identity is None
                or data.get("identity") != identity):
            return None
        cached = _from_json(data)
    except (OSError, UnicodeDecodeError, ValueError, TypeError, KeyError, AttributeError, RecursionError):
        return None
    if cached.overview.today != (today or date.today()):
        return None  # statuses (due soon, overdue) and days left are of that day
    return cached


def save(cache_dir: Path, db_path: Path, version: str, cached: CachedStart) -> bool:
    """Store ``cached`` for ``db_path`` as the file is now (call it after the database is closed).

    Written through the one atomic file writer; False (and nothing left behind) when it cannot be
    written — the next start then simply opens the data before painting, as without a copy.
    """
    identity = file_identity(Path(db_path))
    if identity is None:
        return False
    data = {"format": CACHE_FORMAT, "isodesk": version, "db_path": _resolved(db_path), "identity": identity,
            **_to_json(cached)}
    from isodesk.domain.errors import DomainError
    from isodesk.reports.files import write_bytes_atomically

    try:
        Path(cache_dir).mkdir(parents=True, exist_ok=True)
        write_bytes_atomically(cache_file(cache_dir, db_path),
                               json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"))
    except (OSError, DomainError):
        return False
    return True


def forget(cache_dir: Path, db_path: Path) -> None:
    """Remove the copy of ``db_path`` (no overview to remember, e.g. no reporting year)."""
    try:
        cache_file(cache_dir, db_path).unlink(missing_ok=True)
    except OSError:
        pass
