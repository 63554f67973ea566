"""Automatic backups: a verified, consistent copy of the database plus a manifest of the attachments,
kept in a 7 daily / 12 monthly / all yearly rotation.

Taken at the first start of each day (:meth:`BackupService.daily_backup_if_due`, run in the background
by the app) and before risky operations (:meth:`BackupService.backup_before`, e.g. every Excel import).
Each copy is verified, then copied to the optional second folder the secretary chose (another drive or a
USB stick; :meth:`BackupService.set_second_folder`), verified there and rotated there too. No Qt: the UI
shows :meth:`BackupService.last_good_backup`.
"""

from __future__ import annotations

import json
import re
import shutil
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from isodesk.domain.backup import KEEP_DAILY, BackupInfo, backups_to_keep, is_due
from isodesk.domain.errors import DomainError, IsodeskError
from isodesk.reports.files import atomic_path, write_bytes_atomically
from isodesk.services.core.attachment_service import AttachmentStore
from isodesk.services.base import ServiceBase
from isodesk.storage.backup import copy_database, verify_copy
from isodesk.storage.models import core as m

_NAME = re.compile(r"isodesk-(\d{8}-\d{6})-([a-z0-9_]+)\.db")
_STAMP = "%Y%m%d-%H%M%S"
#: Setting (stored with the data) naming the optional second folder for backups.
SECOND_FOLDER_KEY = "backup.second_folder"


def backups_dir_for(db_path: Path) -> Path:
    """Backups live in the data folder beside the database (``isodesk.db`` → ``isodesk-backups/``)."""
    return db_path.with_name(f"{db_path.stem}-backups")


def list_backups_in(folder: Path) -> list[BackupInfo]:
    """Backups in ``folder``, newest first (only complete copies: their manifest is written last)."""
    found: list[BackupInfo] = []
    if not folder.is_dir():
        return found
    for path in folder.iterdir():
        match = _NAME.fullmatch(path.name)
        manifest = path.with_name(path.name + ".manifest.json")
        if not match or not manifest.is_file():
            continue
        try:
            data = json.loads(manifest.read_text(encoding="utf-8"))
            size = path.stat().st_size
        except (OSError, ValueError):
            continue
        found.append(BackupInfo(path=path, taken_at=datetime.strptime(match.group(1), _STAMP),
                                reason=match.group(2), size=size, counts=dict(data.get("counts", {})),
                                attachments=len(data.get("attachments", [])), manifest=manifest))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


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
        second = self.second_folder()
        if second is not None:
            # The second copy is a bonus: its failure (USB stick removed, drive full) never loses the
            # verified first copy; it is reported with the result for the status bar.
            try:
                info = replace(info, second_copy=self._copy_to(second, info))
            except (IsodeskError, OSError) as exc:
                info = replace(info, second_error=str(getattr(exc, "detail", "") or exc) or type(exc).__name__)
        return info

    def backup_before(self, operation: str) -> BackupInfo:
        """A verified backup before a risky operation (``"import"``, ``"restore"``, ``"year_closing"``).

        Raises:
            DomainError: ``backup_before_failed`` (params: detail) when no verified copy could be made:
                the caller must not go on, so nothing is changed without a backup.
        """
        try:
            return self.backup_now(f"before_{operation}")
        except (IsodeskError, OSError) as exc:
            raise DomainError("backup_before_failed", detail=str(exc)) from exc

    def second_folder(self) -> Path | None:
        """The second folder chosen for backups, or None."""
        with self._read() as s:
            row = s.get(m.AppSettingRow, SECOND_FOLDER_KEY)
            return Path(row.value) if row is not None and row.value else None

    def set_second_folder(self, folder: Path | None) -> None:
        """Choose (or, with None, stop using) a second folder; its backups go to a subfolder named after
        the data file, so two data files never rotate each other's copies.

        Raises:
            DomainError: ``backup_folder_unusable`` (params: path) when the folder does not exist or is
                the data folder's own backup folder; nothing is changed.
        """
        if folder is not None:
            folder = Path(folder)
            if not folder.is_dir() or folder.resolve() in {self.folder.resolve(), self.db_path.parent.resolve()}:
                raise DomainError("backup_folder_unusable", path=str(folder))
        with self._write() as s:
            row = s.get(m.AppSettingRow, SECOND_FOLDER_KEY)
            value = str(folder) if folder is not None else ""
            if row is None:
                s.add(m.AppSettingRow(key=SECOND_FOLDER_KEY, value=value))
            else:
                row.value = value

    def second_backups_dir(self, folder: Path) -> Path:
        """Where backups of this data file go inside the chosen second folder."""
        return Path(folder) / self.folder.name

    def _copy_to(self, second: Path, info: BackupInfo) -> Path:
        if not second.is_dir():
            raise DomainError("folder_missing", path=str(second))
        target_dir = self.second_backups_dir(second)
        target_dir.mkdir(exist_ok=True)
        target = target_dir / info.path.name
        with atomic_path(target) as partial:
            shutil.copyfile(info.path, partial)
        try:
            verify_copy(target, info.counts)
            if info.manifest is not None:
                with atomic_path(target_dir / info.manifest.name) as partial:
                    shutil.copyfile(info.manifest, partial)
        except Exception:
            target.unlink(missing_ok=True)
            raise
        self.rotate(target_dir)
        return target

    def daily_backup_if_due(self, *, now: datetime | None = None) -> BackupInfo | None:
        """The first start of each day takes a backup; later starts that day do nothing."""
        moment = now or datetime.now()
        last = self.last_good_backup()
        if not is_due(last.taken_at if last else None, moment.date()):
            return None
        return self.backup_now("daily", now=moment)

    def list_backups(self, folder: Path | None = None) -> list[BackupInfo]:
        """Backups in the folder (default: the data folder's), newest first."""
        return list_backups_in(self.folder if folder is None else Path(folder))

    def last_good_backup(self) -> BackupInfo | None:
        """The newest complete backup in the data folder, or None."""
        backups = self.list_backups()
        return backups[0] if backups else None

    def rotate(self, folder: Path | None = None) -> list[Path]:
        """Delete the backups the 7 daily / 12 monthly / all yearly rotation no longer keeps (a copy taken
        before a restore, the way to undo it, is kept for 7 days even when a later copy of its day exists)."""
        backups = self.list_backups(folder)
        keep = backups_to_keep(b.taken_at for b in backups)
        newest = backups[0].taken_at if backups else None
        removed: list[Path] = []
        for backup in backups:
            if backup.taken_at in keep:
                continue
            if backup.reason == "before_restore" and newest is not None \
                    and newest - backup.taken_at < timedelta(days=KEEP_DAILY):
                continue  # the undo of a restore outlives later backups of the same day
            for path in (backup.manifest, backup.path):  # the manifest first: no half-listed backup
                if path is not None:
                    path.unlink(missing_ok=True)
            removed.append(backup.path)
        return removed

    def _manifest_files(self) -> list[dict[str, object]]:
        with self._read() as s:
            rows = s.execute(select(m.AttachmentRow.sha256, m.AttachmentRow.size).order_by(m.AttachmentRow.id))
            return [{"sha256": sha, "size": size, "path": self.store.path_for(sha).relative_to(self.store.root)
                     .as_posix()} for sha, size in rows]

    def _write_manifest(self, target: Path, moment: datetime, reason: str, counts: dict[str, int],
                        files: list[dict[str, object]]) -> Path:
        manifest = target.with_name(target.name + ".manifest.json")
        payload = {"database": target.name, "source": str(self.db_path), "taken_at": moment.isoformat(),
                   "reason": reason, "counts": counts, "attachments": files}
        write_bytes_atomically(manifest, json.dumps(payload, ensure_ascii=False, indent=1).encode("utf-8"))
        return manifest


