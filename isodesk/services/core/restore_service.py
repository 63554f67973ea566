"""Restore the data from a backup (Tệp → Khôi phục từ bản sao lưu…, ``isodesk restore``).

:meth:`RestoreService.list_backups` lists the copies in the data folder's backup folder and in the
optional second folder, each read from the copy itself, read-only (agency, counts, schema revision,
integrity). :meth:`RestoreService.restore` verifies the chosen copy, takes an automatic backup of the
current state (refusing, with nothing changed, when that fails), writes the copy beside the database
under a temporary name, upgrades it through the normal migration path when it is from an older
schema, verifies it, and renames it over the database. The attachments folder is content-addressed
and only ever gains files, so a restore never deletes one; files the restored data needs and the
folder lacks are reported.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Engine

from isodesk.domain.errors import DomainError, IsodeskError, StorageError
from isodesk.domain.restore import MAIN_REGISTERS, BackupSummary, RestoreResult
from isodesk.services.core.attachment_service import AttachmentStore, sha256_of
from isodesk.services.core.backup_service import BackupService, list_backups_in
from isodesk.storage.migrate import SCHEMA_HEAD, known_revisions
from isodesk.storage.restore import (copy_beside, put_in_place, read_backup, remove_quietly, settle, upgrade_copy,
                                     verify_file)


class RestoreService:
    """List the backups of one data file and restore one of them in place of the database.

    Not a :class:`ServiceBase`: a restore replaces the whole file, it is not a transaction in it. The
    engine is disposed before the file is replaced; the next session opens the restored file.
    """

    def __init__(self, engine: Engine, db_path: Path, store: AttachmentStore, backups: BackupService, *,
                 after_restore: Callable[[], None] | None = None, damaged: bool = False) -> None:
        self.engine = engine
        #: The data file cannot be opened (damaged): its second folder cannot be read from it, and the copy
        #: of its current state before a restore is a byte copy of the file, not an SQLite backup.
        self.damaged = damaged
        #: Called once the file is replaced: services that keep figures of the old data forget them.
        self.after_restore = after_restore
        self.db_path = Path(db_path)
        self.store = store
        self.backups = backups

    def list_backups(self) -> list[BackupSummary]:
        """Every backup of this data file (data folder, then the second folder), newest first."""
        folders: list[tuple[Path, bool]] = [(self.backups.folder, False)]
        try:
            second = None if self.damaged else self.backups.second_folder()
        except IsodeskError:
            second = None
        if second is not None:
            folders.append((self.backups.second_backups_dir(second), True))
        found: list[BackupSummary] = []
        seen: set[str] = set()
        for folder, is_second in folders:
            for info in list_backups_in(folder):
                if is_second and info.path.name in seen:
                    continue  # the same copy is listed once, from the data folder
                seen.add(info.path.name)
                found.append(self.inspect(info.path, in_second_folder=is_second))
        return sorted(found, key=lambda b: (b.taken_at, not b.in_second_folder), reverse=True)

    def inspect(self, path: Path, *, in_second_folder: bool = False) -> BackupSummary:
        """What the copy at ``path`` holds, read-only (``verified`` False with a ``problem`` when it
        cannot be restored)."""
        from isodesk.services.core.backup_service import _NAME, _STAMP  # the one naming rule of backups
        from datetime import datetime

        path = Path(path)
        match = _NAME.fullmatch(path.name)
        taken = datetime.strptime(match.group(1), _STAMP) if match else \
            datetime.fromtimestamp(path.stat().st_mtime).replace(microsecond=0) if path.exists() else datetime.min
        reason = match.group(2) if match else ""
        size = path.stat().st_size if path.exists() else 0
        problem, data = "", {}
        try:
            data = read_backup(path)
        except StorageError:
            problem = "damaged"
        revision = str(data.get("revision", ""))
        if not problem:
            if data.get("integrity") != "ok":
                problem = "damaged"
            elif not data.get("isodesk"):
                problem = "not_isodesk"
            elif revision not in known_revisions():
                problem = "too_new"
        attachments = data.get("attachments", [])
        assert isinstance(attachments, list)
        # Existence only (cheap enough for a list); the hashes are checked when restoring.
        missing = tuple(name or sha[:12] for sha, name in attachments if not self.store.path_for(sha).is_file())
        counts_all = data.get("counts", {})
        assert isinstance(counts_all, dict)
        counts = {t: int(counts_all[t]) for t in MAIN_REGISTERS if t in counts_all}
        return BackupSummary(path=path, taken_at=taken, reason=reason, agency_name=str(data.get("agency_name", "")),
                             counts=counts, revision=revision, verified=not problem, problem=problem,
                             older_schema=bool(revision) and revision != SCHEMA_HEAD and not problem,
                             in_second_folder=in_second_folder, size=size, missing_files=missing)

    def restore(self, backup_path: Path) -> RestoreResult:
        """Put the copy at ``backup_path`` in place of the database, after a backup of the current state.

        Raises:
            DomainError: ``backup_missing``, ``backup_damaged``, ``backup_not_isodesk`` or
                ``backup_too_new`` (params: path[, revision]) when the copy cannot be restored; ``backup_before_failed`` when the current
                state could not be backed up first; ``restore_failed`` (params: detail) when writing or
                upgrading the copy failed. In every case the database is unchanged.
            StorageError: ``database_locked`` when another program still uses the database (unchanged).
        """
        backup_path = Path(backup_path)
        if not backup_path.is_file():
            raise DomainError("backup_missing", path=str(backup_path))
        summary = self.inspect(backup_path)
        if summary.problem == "damaged":
            raise DomainError("backup_damaged", path=str(backup_path))
        if summary.problem == "not_isodesk":
            raise DomainError("backup_not_isodesk", path=str(backup_path))
        if summary.problem:
            raise DomainError("backup_too_new", path=str(backup_path), revision=summary.revision)
        # The copy is taken first: the automatic backup's rotation may remove the chosen file (the
        # rotation keeps the newest copy of each day), and its content must be secured before that.
        partial = copy_beside(backup_path, self.db_path)
        try:
            safety_path = self._set_damaged_aside() if self.damaged else self.backups.backup_before("restore").path
        except DomainError:
            remove_quietly(partial)
            raise
        upgraded = False
        try:
            if summary.revision != SCHEMA_HEAD:
                upgrade_copy(partial)  # the untouched original is the chosen backup itself
                upgraded = True
            counts = verify_file(partial)
            self.engine.dispose()
            if not self.damaged:  # a damaged file cannot be checkpointed; its -wal was copied aside with it
                settle(self.db_path)
            put_in_place(partial, self.db_path)
        except StorageError:
            remove_quietly(partial)
            raise
        except Exception as exc:  # any other failure: the database is untouched, said so in Vietnamese
            remove_quietly(partial)
            raise DomainError("restore_failed", detail=str(exc) or type(exc).__name__) from exc
        finally:
            self.engine.dispose()  # no pooled connection may still point at the replaced file
        if self.after_restore is not None:
            self.after_restore()
        missing, modified = self._check_files(read_backup(self.db_path)["attachments"])  # type: ignore[arg-type]  # read_backup's dict holds this list
        return RestoreResult(restored_from=backup_path, safety_backup=safety_path,
                             counts={t: counts[t] for t in MAIN_REGISTERS if t in counts},
                             revision=summary.revision, upgraded=upgraded, missing_files=missing,
                             modified_files=modified)

    def _set_damaged_aside(self) -> Path:
        """A byte-for-byte copy of the damaged file (and its ``-wal``) in the backups folder, kept so
        nothing is lost by a restore over it; flushed before the restore goes on.

        Raises:
            DomainError: ``backup_before_failed`` (params: detail) when the copy cannot be written.
        """
        from datetime import datetime

        import shutil

        from isodesk.reports.files import atomic_path

        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        target = self.backups.folder / f"{self.db_path.name}.damaged-{stamp}"
        try:
            self.backups.folder.mkdir(parents=True, exist_ok=True)
            for source in (self.db_path, Path(f"{self.db_path}-wal")):
                if source.is_file():
                    suffix = "-wal" if source.name.endswith("-wal") else ""
                    with atomic_path(Path(f"{target}{suffix}")) as part:  # streamed: a large file is not read whole
                        shutil.copyfile(source, part)
        except (OSError, DomainError) as exc:
            raise DomainError("backup_before_failed", detail=str(exc) or type(exc).__name__) from exc
        return target

    def _check_files(self, attachments: list[tuple[str, str]]) -> tuple[list[str], list[str]]:
        missing: list[str] = []
        modified: list[str] = []
        for sha, name in attachments:
            path = self.store.path_for(sha)
            if not path.is_file():
                missing.append(name or sha[:12])
            elif sha256_of(path) != sha:
                modified.append(name or sha[:12])
        return missing, modified
