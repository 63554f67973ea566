"""Check the whole data store: the database itself and every stored attachment against its SHA-256."""

from __future__ import annotations

import re
import time
from pathlib import Path

from sqlalchemy import select, text
from sqlalchemy.orm import Session, sessionmaker

from isodesk.domain.integrity import StoreCheckReport, StoreProblem, StoreProblemKind
from isodesk.reports.files import TEMP_PREFIX
from isodesk.services.core.attachment_service import INCOMING_PREFIX, AttachmentStore, StoredState
from isodesk.services.base import ServiceBase
from isodesk.storage.history import history_break
from isodesk.storage.models import core as m

_SHA256 = re.compile(r"[0-9a-f]{64}")

#: An unreferenced stored file younger than this may belong to an attach that is committing right
#: now in another window: it is kept (and listed) rather than removed.
ORPHAN_GRACE_SECONDS = 15 * 60


class CheckService(ServiceBase):
    """``isodesk check`` and the in-app check: missing, modified and orphaned files."""

    def __init__(self, sessions: sessionmaker[Session], store: AttachmentStore) -> None:
        super().__init__(sessions)
        self.store = store

    def check(self, *, clean: bool = True) -> StoreCheckReport:
        """Verify the database (``quick_check``, ``foreign_key_check``, the change history's hash chain)
        and every stored file.

        Missing and modified files are reported (attaching the genuine file again repairs them).
        Files no record references and half-written copies — what a failed or killed attach
        leaves — are removed when ``clean`` (the default); files isodesk did not write are
        reported and kept.
        """
        problems: list[StoreProblem] = []
        with self._read() as s:
            quick = [row[0] for row in s.execute(text("PRAGMA quick_check"))]
            if quick != ["ok"]:
                problems.append(StoreProblem(StoreProblemKind.DATABASE, detail="; ".join(quick[:5])))
            if s.execute(text("PRAGMA foreign_key_check")).first() is not None:
                problems.append(StoreProblem(StoreProblemKind.DATABASE, detail="foreign_key_check"))
            broken = history_break(s.connection()) if quick == ["ok"] else None
            if broken is not None:
                problems.append(StoreProblem(StoreProblemKind.HISTORY, detail=broken.kind.value, history=broken))
            known = {sha: () for sha in s.scalars(select(m.AttachmentRow.sha256))}
            names: dict[str, list[str]] = {}
            for sha, name in s.execute(select(m.AttachmentRow.sha256, m.AttachmentLinkRow.original_name)
                                       .join(m.AttachmentLinkRow.attachment).order_by(m.AttachmentLinkRow.id)):
                names.setdefault(sha, []).append(name)
        for sha in sorted(known):
            state = self.store.state(sha)
            if state is not StoredState.OK:
                kind = StoreProblemKind.MISSING if state is StoredState.MISSING else StoreProblemKind.MODIFIED
                problems.append(StoreProblem(kind, sha, tuple(dict.fromkeys(names.get(sha, ())))))
        orphans, temporaries, recent = self._sweep(set(known), clean, problems)
        return StoreCheckReport(files_checked=len(known), problems=tuple(problems),
                                orphans_removed=tuple(orphans), temporaries_removed=tuple(temporaries),
                                recent_orphans_kept=tuple(recent))

    def _sweep(self, known: set[str], clean: bool,
               problems: list[StoreProblem]) -> tuple[list[str], list[str], list[str]]:
        root = self.store.root
        orphans: list[str] = []
        temporaries: list[str] = []
        recent: list[str] = []
        if not root.is_dir():
            return orphans, temporaries, recent
        now = time.time()
        for path in sorted(p for p in root.rglob("*") if p.is_file() or p.is_symlink()):
            relative = path.relative_to(root).as_posix()
            if path.name.startswith((INCOMING_PREFIX, TEMP_PREFIX)):
                if clean and self._remove(path):
                    temporaries.append(relative)
                continue
            in_place = (_SHA256.fullmatch(path.name) is not None and path.parent.parent == root
                        and path.parent.name == path.name[:2] and not path.is_symlink())
            if not in_place:
                problems.append(StoreProblem(StoreProblemKind.UNKNOWN_FILE, detail=relative))
                continue
            if path.name in known:
                continue
            if now - path.stat().st_mtime < ORPHAN_GRACE_SECONDS:
                recent.append(relative)
            elif clean and self._remove(path):
                orphans.append(relative)
        return orphans, temporaries, recent

    @staticmethod
    def _remove(path: Path) -> bool:
        try:
            path.unlink()
        except OSError:
            return False
        return True
