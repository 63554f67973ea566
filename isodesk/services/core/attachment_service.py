"""Attachment store: files copied into the data folder, named by SHA-256, never stored twice."""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import tempfile
from datetime import datetime
from enum import Enum
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from isodesk.durable import fsync_dir
from isodesk.domain.core import AttachmentRef
from isodesk.domain.errors import DomainError, NotFoundError
from isodesk.reports.files import atomic_path
from isodesk.services.base import ServiceBase
from isodesk.storage.models import core as m

_CHUNK = 1 << 20

#: Prefix of a copy being written into the store; a killed attach can leave one (``isodesk check`` cleans it).
INCOMING_PREFIX = ".incoming-"

#: Characters Windows refuses in a file name (plus the path separators of both systems).
_FORBIDDEN_IN_NAMES = set('<>:"/\\|?*')
_WINDOWS_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}


def sha256_of(path: Path) -> str:
    """Hex SHA-256 of a file, read in chunks (scans can be large)."""
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(_CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


def safe_file_name(name: str, fallback: str = "tep-dinh-kem") -> str:
    """The last component of ``name`` made safe to create inside a folder on Windows and Linux.

    ``original_name`` is whatever the user (or an imported file) gave; ``../../x``, ``C:\\x``,
    ``/etc/x`` or a reserved device name must never let an export write outside its folder.
    """
    last = re.split(r"[\\/]", name or "")[-1]
    last = re.sub(r"^[A-Za-z]:", "", last)  # a drive letter without a separator ("C:x")
    cleaned = "".join("_" if (ch in _FORBIDDEN_IN_NAMES or ord(ch) < 32 or 0xD800 <= ord(ch) <= 0xDFFF) else ch
                      for ch in last)
    cleaned = cleaned.strip().rstrip(". ")  # Windows drops trailing dots and spaces
    if cleaned in ("", ".", ".."):
        return fallback
    if cleaned.split(".")[0].upper() in _WINDOWS_RESERVED:
        cleaned = "_" + cleaned
    return cleaned[:200]


class StoredState(str, Enum):
    OK = "ok"
    MISSING = "missing"
    MODIFIED = "modified"


class AttachmentStore:
    """The folder of stored files: ``<root>/ab/abcdef…`` (first two hex digits fan out the folder).

    A stored file's name is its SHA-256, so its content can always be verified: on opening and
    exporting (the hash is computed while the bytes stream past), and by :meth:`state`.
    """

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    def path_for(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256

    def state(self, sha256: str) -> StoredState:
        """Whether the stored copy is there and still has the content it was stored with."""
        path = self.path_for(sha256)
        try:
            return StoredState.OK if sha256_of(path) == sha256 else StoredState.MODIFIED
        except FileNotFoundError:
            return StoredState.MISSING

    def put(self, source: Path) -> tuple[str, int]:
        """Copy ``source`` in unless a good copy of the same content is already stored.

        The copy is written under a temporary name, verified, flushed to disk (fsync) and renamed,
        so it is durable before the database commit that references it. A stored copy that is
        missing or was modified outside isodesk is replaced: attaching the genuine file repairs it.
        """
        source = Path(source)
        if not source.is_file():
            raise DomainError("file_missing", path=str(source))
        digest = sha256_of(source)
        target = self.path_for(digest)
        if target.exists() and self.state(digest) is StoredState.OK:
            return digest, target.stat().st_size
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=INCOMING_PREFIX)
        os.close(fd)
        try:
            shutil.copyfile(source, tmp)
            if sha256_of(Path(tmp)) != digest:  # the source changed while we copied it
                raise DomainError("file_changed_while_copying", path=str(source))
            with open(tmp, "rb+") as handle:
                os.fsync(handle.fileno())
            os.replace(tmp, target)
            fsync_dir(target.parent)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
        return digest, target.stat().st_size


def _ref(link: m.AttachmentLinkRow) -> AttachmentRef:
    return AttachmentRef(id=link.id, sha256=link.attachment.sha256, original_name=link.original_name,
                         size=link.attachment.size, role=link.role, added_at=link.added_at)


class AttachmentService(ServiceBase):
    """Attach files to records of any module (``entity`` = table name, ``entity_id``)."""

    def __init__(self, sessions: sessionmaker[Session], store: AttachmentStore) -> None:
        super().__init__(sessions)
        self.store = store

    def attach_in(self, s: Session, entity: str, entity_id: int, source: Path, *,
                  role: str = "", name: str | None = None) -> AttachmentRef:
        """Attach inside a caller's transaction (the record and its file land together)."""
        digest, size = self.store.put(Path(source))
        blob = s.scalar(select(m.AttachmentRow).where(m.AttachmentRow.sha256 == digest))
        if blob is None:
            blob = m.AttachmentRow(sha256=digest, size=size, created_at=datetime.now().replace(microsecond=0))
            s.add(blob)
            s.flush()
        link = m.AttachmentLinkRow(entity=entity, entity_id=entity_id, attachment=blob,
                                original_name=safe_file_name(name or Path(source).name), role=role,
                                added_at=datetime.now().replace(microsecond=0))
        s.add(link)
        s.flush()
        return _ref(link)

    def attach(self, entity: str, entity_id: int, source: Path, *, role: str = "",
               name: str | None = None) -> AttachmentRef:
        """Copy ``source`` into the store and link it to the record."""
        with self._write() as s:
            return self.attach_in(s, entity, entity_id, source, role=role, name=name)

    def list_for(self, entity: str, entity_id: int) -> list[AttachmentRef]:
        with self._read() as s:
            return self.list_in(s, entity, entity_id)

    @staticmethod
    def list_in(s: Session, entity: str, entity_id: int) -> list[AttachmentRef]:
        links = s.scalars(select(m.AttachmentLinkRow).where(
            m.AttachmentLinkRow.entity == entity, m.AttachmentLinkRow.entity_id == entity_id
        ).order_by(m.AttachmentLinkRow.id))
        return [_ref(link) for link in links]

    def detach(self, link_id: int) -> None:
        """Unlink a file from its record. The stored copy stays (other records may share it) and
        the change history keeps the link, so it can be restored."""
        with self._write() as s:
            link = s.get(m.AttachmentLinkRow, link_id)
            if link is None:
                raise NotFoundError("attachment_link", link_id)
            s.delete(link)

    def path_of(self, ref: AttachmentRef) -> Path:
        """Where the stored copy is, after checking its SHA-256 (open it read-only).

        Raises:
            DomainError: ``attachment_missing`` or ``attachment_modified`` (naming the file).
        """
        state = self.store.state(ref.sha256)
        if state is StoredState.MISSING:
            raise DomainError("attachment_missing", name=ref.original_name)
        if state is StoredState.MODIFIED:
            raise DomainError("attachment_modified", name=ref.original_name)
        return self.store.path_for(ref.sha256)

    def export_copy(self, ref: AttachmentRef, folder: Path) -> Path:
        """Copy the file out under its original name (for opening or for the report package).

        The SHA-256 is computed while the bytes are copied; a stored copy that no longer matches is
        refused and nothing is left in ``folder``. The name is reduced to a plain file name, so
        ``original_name`` can never make the copy land outside ``folder``.

        Raises:
            DomainError: ``attachment_missing``, ``attachment_modified`` (naming the file), or the
                file-writing codes of reports/files.py.
        """
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / safe_file_name(ref.original_name)
        if target.resolve().parent != folder.resolve():
            raise DomainError("attachment_bad_name", name=ref.original_name)
        source = self.store.path_for(ref.sha256)
        digest = hashlib.sha256()
        # One pass over the bytes: copied and hashed together; on a mismatch atomic_path removes the
        # temporary copy, so nothing is left under the final name.
        with atomic_path(target) as temporary:
            try:
                reader = open(source, "rb")
            except FileNotFoundError:
                raise DomainError("attachment_missing", name=ref.original_name) from None
            with reader, open(temporary, "wb") as writer:
                for chunk in iter(lambda: reader.read(_CHUNK), b""):
                    digest.update(chunk)
                    writer.write(chunk)
            if digest.hexdigest() != ref.sha256:
                raise DomainError("attachment_modified", name=ref.original_name)
        return target
