"""Change history: every create, update and delete of an :class:`Audited` row lands in ``change_log``.

Recorded in the same flush (and so the same transaction) as the change itself, so the history can
never disagree with the data.  Deleted rows keep a full snapshot, which is what makes a deletion
reversible (``HistoryService.restore``).
"""

from __future__ import annotations

import enum
from collections.abc import Iterator
import getpass
import json
from datetime import date, datetime
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import Connection, event, insert, inspect, select, text
from sqlalchemy.orm import Session, sessionmaker

from isodesk.domain.history_chain import GENESIS, ChainEntry, HistoryBreak, at_text, entry_hash, first_break

_actor: str | None = None


def set_actor(name: str | None) -> None:
    """Name written as "who" on every change from now on (the app sets the secretary's name)."""
    global _actor
    _actor = name


def current_actor() -> str:
    """The name recorded for changes: the configured person, else the OS login."""
    if _actor:
        return _actor
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name on some kiosks
        return "?"


def to_jsonable(value: Any) -> Any:
    """Turn a column value into something JSON can store and a person can read back."""
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    return str(value)


def _column_values(obj: Any) -> dict[str, Any]:
    mapper = inspect(obj).mapper
    exclude = set(getattr(obj, "__audit_exclude__", ()))
    return {
        attr.key: to_jsonable(getattr(obj, attr.key))
        for attr in mapper.column_attrs
        if attr.key not in exclude
    }


def _changed_values(obj: Any) -> dict[str, list[Any]]:
    state = inspect(obj)
    exclude = set(getattr(obj, "__audit_exclude__", ()))
    changes: dict[str, list[Any]] = {}
    for attr in state.mapper.column_attrs:
        if attr.key in exclude:
            continue
        hist = state.attrs[attr.key].history
        if not hist.has_changes():
            continue
        old = hist.deleted[0] if hist.deleted else None
        new = hist.added[0] if hist.added else None
        if to_jsonable(old) != to_jsonable(new):
            changes[attr.key] = [to_jsonable(old), to_jsonable(new)]
    return changes


def _primary_key(obj: Any) -> int | None:
    identity = inspect(obj).identity
    if identity and len(identity) == 1 and isinstance(identity[0], int):
        return identity[0]
    return getattr(obj, "id", None)


def _after_flush(session: Session, _context: Any) -> None:
    from isodesk.storage.base import Audited
    from isodesk.storage.models.core import ChangeLogRow

    entries: list[dict[str, Any]] = []
    now = datetime.now().replace(microsecond=0)
    actor = session.info.get("actor") or current_actor()

    def add(obj: Any, action: str, payload: dict[str, Any]) -> None:
        entries.append(
            {
                "at": now,
                "actor": actor,
                "entity": obj.__tablename__,
                "entity_id": _primary_key(obj),
                "action": action,
                "changes": json.dumps(payload, ensure_ascii=False, sort_keys=True),
            }
        )

    for obj in session.new:
        if isinstance(obj, Audited):
            add(obj, "create", {k: [None, v] for k, v in _column_values(obj).items() if v is not None})
    for obj in session.dirty:
        if isinstance(obj, Audited) and session.is_modified(obj, include_collections=False):
            changes = _changed_values(obj)
            if changes:
                add(obj, "update", changes)
    for obj in session.deleted:
        if isinstance(obj, Audited):
            add(obj, "delete", {k: [v, None] for k, v in _column_values(obj).items()})
    if entries:
        append_history(session.connection(), entries)


def append_history(connection: Connection, entries: list[dict[str, Any]]) -> None:
    """Append change-history entries (``at``, ``actor``, ``entity``, ``entity_id``, ``action``,
    ``changes``) to the chain: each gets the next id, the previous entry's hash and its own.

    Called inside the write transaction, after the change itself was written: the transaction then
    holds SQLite's write lock, so the last hash read here cannot be changed by another writer (another
    window, another process) before this transaction commits — concurrent writers are serialised.
    """
    from isodesk.storage.models.core import ChangeLogRow

    last = connection.execute(text("SELECT id, hash FROM change_log ORDER BY id DESC LIMIT 1")).first()
    counter = connection.execute(text("SELECT seq FROM sqlite_sequence WHERE name = 'change_log'")).scalar()
    next_id = max(int(last[0]) if last else 0, int(counter or 0)) + 1
    previous = str(last[1] or "") if last else GENESIS
    sealed = []
    for offset, entry in enumerate(entries):
        entry_id = next_id + offset
        digest = entry_hash(entry_id, entry["entity"], entry["entity_id"], entry["action"], entry["actor"],
                            at_text(entry["at"]), entry["changes"], previous)
        sealed.append({**entry, "id": entry_id, "prev_hash": previous, "hash": digest})
        previous = digest
    connection.execute(insert(ChangeLogRow.__table__), sealed)


def read_chain(connection: Connection, after_id: int = 0) -> Iterator[ChainEntry]:
    """The change-history entries (with an id above ``after_id``) in id order, as the text the database
    holds (streamed)."""
    rows = connection.execute(text(
        "SELECT id, CAST(at AS TEXT), actor, entity, entity_id, action, changes, prev_hash, hash "
        "FROM change_log WHERE id > :after ORDER BY id"), {"after": after_id})
    for row in rows:
        yield ChainEntry(int(row[0]), str(row[1] or ""), str(row[2] or ""), str(row[3] or ""),
                         None if row[4] is None else int(row[4]), str(row[5] or ""), str(row[6] or ""),
                         str(row[7] or ""), str(row[8] or ""))


def history_break(connection: Connection, verified: ChainEntry | None = None) -> HistoryBreak | None:
    """The first entry of the change history altered outside isodesk, or None when it is intact.

    ``verified``: an entry found intact by an earlier check; when it is still there unchanged, only the
    entries after it are checked (else the whole history is).
    """
    counter = connection.execute(text("SELECT seq FROM sqlite_sequence WHERE name = 'change_log'")).scalar()
    if verified is not None:
        same = next(read_chain(connection, verified.id - 1), None)
        if same != verified:
            verified = None
    return first_break(read_chain(connection, verified.id if verified else 0),
                       None if counter is None else int(counter), after=verified)


def last_entry(connection: Connection) -> ChainEntry | None:
    """The newest change-history entry."""
    row = connection.execute(text("SELECT max(id) FROM change_log")).scalar()
    return next(read_chain(connection, int(row) - 1), None) if row is not None else None


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    """A deleted record takes its attachment links with it, in the same transaction.

    Links point at records by ``(table, id)`` with no foreign key; left behind they would show the
    deleted record's files on any later record given the same id, and on restore the record would
    not find them. Deleting them here records them in the change history too, in the same flush as
    the record (same ``at``), which is how :meth:`HistoryService.restore` brings them back with it.
    """
    from isodesk.storage.base import Audited
    from isodesk.storage.models.core import AttachmentLinkRow

    owners = [obj for obj in session.deleted
              if isinstance(obj, Audited) and not isinstance(obj, AttachmentLinkRow)
              and isinstance(_primary_key(obj), int)]
    if not owners:
        return
    with session.no_autoflush:
        for obj in owners:
            links = session.scalars(select(AttachmentLinkRow).where(
                # Every Audited class is a mapped class with a table name; the mixin does not declare it.
                AttachmentLinkRow.entity == cast(Any, obj).__tablename__, AttachmentLinkRow.entity_id == _primary_key(obj)))
            for link in links:
                if link not in session.deleted:
                    session.delete(link)


_DERIVED_SUFFIXES = ("_key", "search_text")


def _length_limit(attr: Any) -> int:
    """The length limit of a text column: String(n)'s n, else the domain's limit for its name; folded
    search/uniqueness columns and stored JSON are derived from checked text and are not limited."""
    from isodesk.domain.inputs import text_limit

    if attr.key.endswith((*_DERIVED_SUFFIXES, "_json")) or attr.key == "changes":
        return 10**9
    length = getattr(getattr(attr.columns[0], "type", None), "length", None)
    return text_limit(attr.key, length if isinstance(length, int) else None)


def _refuse_implausible_values(session: Session, _context: Any, _instances: Any) -> None:
    """The last line of defence for every service: no row is written with a date outside
    1945–2100, a text holding a character SQLite cannot store (a lone surrogate would otherwise
    surface as a UnicodeEncodeError) or a control character, or a text longer than its limit.
    Raised inside the flush, so the transaction saves nothing."""
    from isodesk.domain.errors import ValidationError
    from isodesk.domain.inputs import input_problems

    # In the order the service added the rows, and only the first offending row reported: a value typed once
    # may be copied into a second row of the same flush (a change note, a folded search column), and the
    # secretary must be told about the field she typed, the same one every time.
    new = sorted(session.new, key=lambda obj: inspect(obj).insert_order or 0)
    for obj in [*new, *session.dirty]:
        state = inspect(obj)
        values = {}
        limits: dict[str, int] = {}
        for attr in state.mapper.column_attrs:
            if obj in session.dirty and not state.attrs[attr.key].history.has_changes():
                continue
            value = getattr(obj, attr.key)
            if isinstance(value, (str, date)) and not isinstance(value, enum.Enum):
                values[attr.key] = value
                limits[attr.key] = _length_limit(attr)
        found = input_problems(limits, **values)
        # Folded search/uniqueness columns repeat the typed text: name the field the user typed.
        typed = [p for p in found if not p.field.endswith(_DERIVED_SUFFIXES)]
        if typed or found:
            raise ValidationError(typed or found)


def install_history_hooks(factory: sessionmaker[Session]) -> None:
    """Attach the input checks, the change-history recorder and the link clean-up to every session the
    factory makes (once per factory).

    The "already installed" mark is kept on the factory itself. SQLAlchemy's ``event.contains`` keys its
    registry by ``id()`` of the target, so a factory created where a garbage-collected one lived (another
    data file opened, a restore, a test) was reported as already hooked while it was not: its sessions
    then wrote rows without the checks and without change history.
    """
    if getattr(factory, "_isodesk_hooks", False):
        return
    event.listen(factory, "before_flush", _refuse_implausible_values)
    event.listen(factory, "before_flush", _before_flush)
    event.listen(factory, "after_flush", _after_flush)
    factory._isodesk_hooks = True  # type: ignore[attr-defined]  # a marker attribute on the sessionmaker
