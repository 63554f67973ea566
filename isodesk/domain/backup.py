"""Backups of the data: what one verified copy holds, and which copies a rotation keeps."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

#: Rotation: the newest copy of each of the last 7 days, of each of the last 12 months, of every year.
KEEP_DAILY = 7
KEEP_MONTHLY = 12
#: The home screen warns when no backup has succeeded for this many days.
WARN_AFTER_DAYS = 7


@dataclass(frozen=True)
class BackupInfo:
    """One verified backup: the database copy and the manifest of attachments beside it."""

    path: Path
    taken_at: datetime
    reason: str
    size: int
    counts: dict[str, int] = field(default_factory=dict)
    attachments: int = 0
    manifest: Path | None = None
    #: The verified copy in the second folder the secretary chose, if one is set and the copy worked.
    second_copy: Path | None = None
    #: Why the copy to the second folder failed ("" when it worked or no second folder is set).
    second_error: str = ""


def backups_to_keep(taken: Iterable[datetime]) -> set[datetime]:
    """The moments whose backups a 7 daily / 12 monthly / all yearly rotation keeps.

    For each rule the newest backup of its period counts; a backup kept by any rule stays.
    """
    moments = sorted(set(taken), reverse=True)
    keep: set[datetime] = set()

    def newest_per(key, limit: int | None) -> None:  # type: ignore[no-untyped-def]  # a local helper over the caller's key functions
        seen: list[object] = []
        for moment in moments:
            period = key(moment)
            if period in seen:
                continue
            if limit is not None and len(seen) >= limit:
                break
            seen.append(period)
            keep.add(moment)

    newest_per(lambda m: m.date(), KEEP_DAILY)
    newest_per(lambda m: (m.year, m.month), KEEP_MONTHLY)
    newest_per(lambda m: m.year, None)
    return keep


def is_due(last_good: datetime | None, today: date) -> bool:
    """A daily backup is due when none succeeded today."""
    return last_good is None or last_good.date() < today


def backup_overdue(last_good: datetime | None, today: date) -> bool:
    """True when no backup succeeded in the last :data:`WARN_AFTER_DAYS` days (or none ever did)."""
    return last_good is None or (today - last_good.date()).days >= WARN_AFTER_DAYS
