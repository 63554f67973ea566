"""Read the change history and undo deletions."""

from __future__ import annotations

import json
from datetime import date, datetime

from sqlalchemy import Date, DateTime, insert, select
from sqlalchemy.exc import IntegrityError

from isodesk.domain.core import ChangeAction, ChangeEntry
from isodesk.domain.errors import DomainError, NotFoundError
from isodesk.domain.history_chain import ChainEntry, HistoryBreak
from isodesk.services.base import ServiceBase
from isodesk.storage.base import Base
from isodesk.storage.history import append_history, current_actor, history_break, last_entry, set_actor
from isodesk.storage.models.core import AttachmentLinkRow, ChangeLogRow


def _entry(row: ChangeLogRow) -> ChangeEntry:
    return ChangeEntry(id=row.id, at=row.at, actor=row.actor, entity=row.entity, entity_id=row.entity_id,
                       action=ChangeAction(row.action), changes=json.loads(row.changes or "{}"))


class HistoryService(ServiceBase):
    """Change history per record and overall; restore of deleted records."""

    #: The newest entry found intact by :meth:`chain_break` (later calls check only what follows it).
    _verified: ChainEntry | None = None

    def set_actor(self, name: str | None) -> None:
        """Record ``name`` as "who" on every change from now on (None: the computer login)."""
        set_actor(name)

    def default_actor(self, secretary_name: str | None) -> str:
        """"Nguyễn Thị Thu Hà (login)" when the ISO secretary is known, else the login alone."""
        set_actor(None)
        login = current_actor()
        return f"{secretary_name} ({login})" if secretary_name else login

    def for_record(self, entity: str, entity_id: int) -> list[ChangeEntry]:
        """Every change to one record, oldest first."""
        with self._read() as s:
            rows = s.scalars(select(ChangeLogRow).where(ChangeLogRow.entity == entity, ChangeLogRow.entity_id == entity_id)
                             .order_by(ChangeLogRow.id))
            return [_entry(r) for r in rows]

    def recent(self, limit: int = 200, *, entity: str | None = None,
               action: ChangeAction | None = None) -> list[ChangeEntry]:
        """The latest changes, newest first."""
        stmt = select(ChangeLogRow).order_by(ChangeLogRow.id.desc()).limit(limit)
        if entity:
            stmt = stmt.where(ChangeLogRow.entity == entity)
        if action:
            stmt = stmt.where(ChangeLogRow.action == action.value)
        with self._read() as s:
            return [_entry(r) for r in s.scalars(stmt)]

    def chain_break(self, *, full: bool = False) -> HistoryBreak | None:
        """The first change-history entry altered outside isodesk (edited, deleted, added), or None
        when the whole chain is intact (issue 12 item 15).

        The whole history is checked the first time; later calls on these services check the entries
        added since (and that the newest entry checked is unchanged), so the Settings page stays quick on
        years of history; ``full`` checks the whole history again (the page's Reload button). ``isodesk
        check`` (CheckService) always checks the whole history.
        """
        with self._read() as s:
            connection = s.connection()
            broken = history_break(connection, None if full else self._verified)
            self._verified = None if broken is not None else last_entry(connection)
            return broken

    def restore(self, change_id: int) -> int:
        """Re-create a deleted record from its snapshot (same id). Returns the record id."""
        with self._write() as s:
            row = s.get(ChangeLogRow, change_id)
            if row is None:
                raise NotFoundError("change_log", change_id)
            if row.action != ChangeAction.DELETE.value:
                raise DomainError("not_a_deletion")
            table = Base.metadata.tables.get(row.entity)
            if table is None:
                raise DomainError("unknown_entity", entity=row.entity)
            snapshot = {k: v[0] for k, v in json.loads(row.changes).items()}
            values: dict[str, object] = {}
            for column in table.columns:
                if column.key not in snapshot:
                    continue
                value = snapshot[column.key]
                if value is not None and isinstance(column.type, DateTime):
                    value = datetime.fromisoformat(value)
                elif value is not None and isinstance(column.type, Date):
                    value = date.fromisoformat(value)
                values[column.key] = value
            try:
                s.execute(insert(table).values(**values))
            except IntegrityError as exc:
                raise DomainError("restore_conflict", entity=row.entity) from exc
            append_history(s.connection(), [dict(
                at=datetime.now().replace(microsecond=0), actor=row.actor, entity=row.entity,
                entity_id=row.entity_id, action=ChangeAction.CREATE.value,
                changes=json.dumps({k: [None, v] for k, v in snapshot.items()}, ensure_ascii=False))])
            if row.entity != "attachment_link":
                self._restore_links_deleted_with(s, row)
            return int(row.entity_id or 0)

    def _restore_links_deleted_with(self, s, record_deletion: ChangeLogRow) -> None:  # type: ignore[no-untyped-def]  # s is the open Session of restore()
        """The attachment links removed together with the record (same flush, so the same ``at``)
        come back with it; a file the user detached earlier stays detached."""
        link_deletions = s.scalars(select(ChangeLogRow).where(
            ChangeLogRow.entity == "attachment_link", ChangeLogRow.action == ChangeAction.DELETE.value,
            ChangeLogRow.at == record_deletion.at).order_by(ChangeLogRow.id))
        links = Base.metadata.tables["attachment_link"]
        for deletion in list(link_deletions):
            snapshot = {k: v[0] for k, v in json.loads(deletion.changes).items()}
            if snapshot.get("entity") != record_deletion.entity or snapshot.get("entity_id") != record_deletion.entity_id:
                continue
            if s.get(AttachmentLinkRow, deletion.entity_id) is not None:
                continue
            if snapshot.get("added_at"):
                snapshot["added_at"] = datetime.fromisoformat(snapshot["added_at"])
            s.execute(insert(links).values(**{c.key: snapshot[c.key] for c in links.columns if c.key in snapshot}))
            append_history(s.connection(), [dict(
                at=datetime.now().replace(microsecond=0), actor=deletion.actor, entity="attachment_link",
                entity_id=deletion.entity_id, action=ChangeAction.CREATE.value,
                changes=json.dumps({k: [None, v.isoformat() if isinstance(v, datetime) else v]
                                    for k, v in snapshot.items()}, ensure_ascii=False))])
