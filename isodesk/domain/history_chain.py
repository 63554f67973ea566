"""The tamper-evident change history (issue 12 item 15; ISO 9001 §7.5.3: documented information is
protected from unintended alteration).

Each change-history entry carries the hash of the entry before it (``prev_hash``) and its own ``hash``:
SHA-256 over a canonical serialisation of the entry (id, table, record id, action, who, when — as the
text the database holds —, the change payload, ``prev_hash``). The entries form one chain per data file,
so an entry edited, deleted or added outside isodesk (with an SQLite tool) breaks the chain at that
entry, and :func:`first_break` names it. Pure: storage computes and stores the hashes, the check and
the Cài đặt → Lịch sử thay đổi page report what this module finds.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import Enum

#: ``prev_hash`` of the first entry of a chain.
GENESIS = ""

#: How the database stores a change's moment (SQLAlchemy's SQLite DATETIME format): the hash covers this
#: very text, so a moment rewritten in another format is a change too.
AT_FORMAT = "%Y-%m-%d %H:%M:%S.%f"


def at_text(moment: datetime) -> str:
    """The text the database holds for ``moment``."""
    return moment.strftime(AT_FORMAT)


def entry_hash(entry_id: int, entity: str, entity_id: int | None, action: str, actor: str, at: str,
               changes: str, prev_hash: str) -> str:
    """SHA-256 (hex) of one entry's canonical serialisation: a JSON array of the fields in a fixed
    order, UTF-8, no whitespace. ``at`` is the stored text (:func:`at_text`), ``changes`` the stored JSON text."""
    canonical = json.dumps([entry_id, entity, entity_id, action, actor, at, changes, prev_hash],
                           ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8", "surrogatepass")).hexdigest()


@dataclass(frozen=True)
class ChainEntry:
    """One stored change-history row, as the text the database holds."""

    id: int
    at: str
    actor: str
    entity: str
    entity_id: int | None
    action: str
    changes: str
    prev_hash: str
    hash: str

    def expected_hash(self) -> str:
        return entry_hash(self.id, self.entity, self.entity_id, self.action, self.actor, self.at, self.changes,
                          self.prev_hash)


class BreakKind(str, Enum):
    MODIFIED = "modified"        # the entry's content no longer matches its hash (edited outside isodesk)
    REMOVED = "removed"          # entries before this one were deleted (their ids are missing)
    RELINKED = "relinked"        # the entry does not follow the one before it (a hash rewritten or an entry moved)
    ADDED = "added"              # an entry without a hash: written outside isodesk
    REMOVED_AT_END = "removed_at_end"  # the newest entries were deleted (the id counter is past the last one)


@dataclass(frozen=True)
class HistoryBreak:
    """The first place the change history was altered outside isodesk.

    ``entry_id`` is the first entry that fails the check (for REMOVED_AT_END: the last entry still there,
    0 when none is); ``missing_ids`` the ids of deleted entries when they are known (first, last).
    """

    kind: BreakKind
    entry_id: int
    at: datetime | None = None
    entity: str = ""
    entity_id: int | None = None
    action: str = ""
    missing_ids: tuple[int, int] | None = None


def _moment(text: str) -> datetime | None:
    try:
        return datetime.fromisoformat(text)
    except (TypeError, ValueError):
        return None


def _break(kind: BreakKind, entry: ChainEntry, missing: tuple[int, int] | None = None) -> HistoryBreak:
    return HistoryBreak(kind, entry.id, _moment(entry.at), entry.entity, entry.entity_id, entry.action, missing)


def first_break(entries: Iterable[ChainEntry], last_id_ever: int | None = None, *,
                after: ChainEntry | None = None) -> HistoryBreak | None:
    """Walk the chain in id order; the first break, or None when the whole history is intact.

    ``last_id_ever`` is the highest id the table has ever given (SQLite's AUTOINCREMENT counter): a
    counter past the last entry means the newest entries were deleted. Ids are given one after the other
    (isodesk never deletes a history entry), so a gap in the ids names the deleted entries. ``after``: an
    entry already verified, which ``entries`` (the ones after it) continue.
    """
    previous_hash = after.hash if after is not None else GENESIS
    previous: ChainEntry | None = after
    for entry in entries:
        if not entry.hash:
            return _break(BreakKind.ADDED, entry)
        # A gap in the ids is a deletion even when the entry links to the one before the gap: the newest
        # entries deleted outside isodesk, then one more change written by isodesk (which links to the last
        # entry left), must not make the deletion disappear.
        expected_id = (previous.id if previous else 0) + 1
        if entry.id > expected_id:
            return _break(BreakKind.REMOVED, entry, (expected_id, entry.id - 1))
        if entry.prev_hash != previous_hash:
            return _break(BreakKind.RELINKED, entry)
        if entry.expected_hash() != entry.hash:
            return _break(BreakKind.MODIFIED, entry)
        previous_hash, previous = entry.hash, entry
    last = previous.id if previous else 0
    if last_id_ever is not None and last_id_ever > last:
        if previous is None:
            return HistoryBreak(BreakKind.REMOVED_AT_END, 0, missing_ids=(1, last_id_ever))
        return HistoryBreak(BreakKind.REMOVED_AT_END, previous.id, _moment(previous.at), previous.entity,
                            previous.entity_id, previous.action, (last + 1, last_id_ever))
    return None
