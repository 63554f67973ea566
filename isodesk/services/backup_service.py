"""Automatic backups: a verified, consistent copy of the database plus a manifest of the attachments,
kept in a 7 daily / 12 monthly / all yearly rotation.

Taken at the first start of each day (:meth:`BackupService.daily_backup_if_due`) and on demand before
risky operations (:meth:`BackupService.backup_now` with a reason). No Qt: the UI shows
:meth:`BackupService.last_good_backup`.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from isodesk.domain.backup import BackupInfo, backups_to_keep, is_due
from isodesk.reports.files import write_bytes_atomically
from isodesk.services.attachment_service import AttachmentStore
from isodesk.services.base import ServiceBase
from isodesk.storage.backup import copy_database, verify_copy
from isodesk.storage.models import core as m

_NAME = re.compile(r"isodesk-(\d{8}-\d{6})-([a-z0-9_]+)\.db")
_STAMP = "%Y%m%d-%H%M%S"


def backups_dir_for(db_path: Path) -> Path:
    """Backups live in the data folder beside the database (``isodesk.db`` → ``isodesk-backups/``)."""
    return db_path.with_name(f"{db_path.stem}-backups")


class BackupService(ServiceBase):
    """Take, verify, list and rotate backups of one database."""

    def __init__(self, sessions: sessionmaker[Session], db_path: Path, store: AttachmentStore,
                 folder: Path | None = None) -> None:
        super().__init__(sessions)
        self.db_path = Path(db_path)
        self.store = store
        self.folder = Path(folder) if folder is not None else backups_dir_for(self.db_path)

    def backup_now(self, reason: str = "manual", *, now: datetime | None = None) -> BackupInfo:
        """Copy the database (SQLite backup API), verify the copy, write the attachments' manifest,
        then rotate. Returns the verified backup.

        Raises:
            BackupNoRoomError: no room for the copy (nothing is left behind).
            StorageError: the copy failed or did not verify (it is removed).
        """
        reason = re.sub(r"[^a-z0-9_]", "_", reason.lower()) or "manual"
        moment = (now or datetime.now()).replace(microsecond=0)
        target = self.folder / f"isodesk-{moment:{_STAMP}}-{reason}.db"
        counts = copy_database(self.db_path, target)
        try:
            verify_copy(target, counts)
            files = self._manifest_files()
            manifest = self._write_manifest(target, moment, reason, counts, files)
        except Exception:
            target.unlink(missing_ok=True)
            raise
        info = BackupInfo(path=target, taken_at=moment, reason=reason, size=target.stat().st_size,
                          counts=counts, attachments=len(files), manifest=manifest)
        self.rotate()
        return info

    def daily_backup_if_due(self, *, now: datetime | None = None) -> BackupInfo | None:
        """The first start of each day takes a backup; later starts that day do nothing."""
        moment = now or datetime.now()
        last = self.last_good_backup()
        if not is_due(last.taken_at if last else None, moment.date()):
            return None
        return self.backup_now("daily", now=moment)

    def list_backups(self) -> list[BackupInfo]:
        """Backups in the folder, newest first (only complete copies: their manifest is written last)."""
        found: list[BackupInfo] = []
        if not self.folder.is_dir():
            return found
        for path in self.folder.iterdir():
            match = _NAME.fullmatch(path.name)
            manifest = path.with_name(path.name + ".manifest.json")
            if not match or not manifest.is_file():
                continue
            try:
                data = json.loads(manifest.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                continue
            found.append(BackupInfo(path=path, taken_at=datetime.strptime(match.group(1), _STAMP),
                                    reason=match.group(2), size=path.stat().st_size,
                                    counts=dict(data.get("counts", {})),
                                    attachments=len(data.get("attachments", [])), manifest=manifest))
        return sorted(found, key=lambda b: b.taken_at, reverse=True)

    def last_good_backup(self) -> BackupInfo | None:
        backups = self.list_backups()
        return backups[0] if backups else None

    def rotate(self) -> list[Path]:
        """Delete the backups the 7 daily / 12 monthly / all yearly rotation no longer keeps."""
        backups = self.list_backups()
        keep = backups_to_keep(b.taken_at for b in backups)
        removed: list[Path] = []
        for backup in backups:
            if backup.taken_at in keep:
                continue
            for path in (backup.manifest, backup.path):  # the manifest first: no half-listed backup
                if path is not None:
                    path.unlink(missing_ok=True)
            removed.append(backup.path)
        return removed

    def _manifest_files(self) -> list[dict[str, object]]:
        with self._read() as s:
            rows = s.execute(select(m.Attachment.sha256, m.Attachment.size).order_by(m.Attachment.id))
            return [{"sha256": sha, "size": size, "path": self.store.path_for(sha).relative_to(self.store.root)
                     .as_posix()} for sha, size in rows]

    def _write_manifest(self, target: Path, moment: datetime, reason: str, counts: dict[str, int],
                        files: list[dict[str, object]]) -> Path:
        manifest = target.with_name(target.name + ".manifest.json")
        payload = {"database": target.name, "source": str(self.db_path), "taken_at": moment.isoformat(),
                   "reason": reason, "counts": counts, "attachments": files}
        write_bytes_atomically(manifest, json.dumps(payload, ensure_ascii=False, indent=1).encode("utf-8"))
        return manifest


