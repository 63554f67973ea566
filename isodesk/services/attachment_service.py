"""Attachment store: files copied into the data folder, named by SHA-256, never stored twice."""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from isodesk.domain.core import AttachmentRef
from isodesk.domain.errors import DomainError, NotFoundError
from isodesk.services.base import ServiceBase
from isodesk.storage.models import core as m

_CHUNK = 1 << 20


def sha256_of(path: Path) -> str:
    """Hex SHA-256 of a file, read in chunks (scans can be large)."""
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(_CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


class AttachmentStore:
    """The folder of stored files: ``<root>/ab/abcdef…`` (first two hex digits fan out the folder)."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    def path_for(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256

    def put(self, source: Path) -> tuple[str, int]:
        """Copy ``source`` in (atomically) unless the same content is already stored."""
        source = Path(source)
        if not source.is_file():
            raise DomainError("file_missing", path=str(source))
        digest = sha256_of(source)
        target = self.path_for(digest)
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".incoming-")
            os.close(fd)
            try:
                shutil.copyfile(source, tmp)
                if sha256_of(Path(tmp)) != digest:  # the source changed while we copied it
                    raise DomainError("file_changed_while_copying", path=str(source))
                os.replace(tmp, target)
            finally:
                if os.path.exists(tmp):
                    os.unlink(tmp)
        return digest, target.stat().st_size


def _ref(link: m.AttachmentLink) -> AttachmentRef:
    return AttachmentRef(id=link.id, sha256=link.attachment.sha256, original_name=link.original_name,
                         size=link.attachment.size, role=link.role, added_at=link.added_at)


class AttachmentService(ServiceBase):
    """Attach files to records of any module (``entity`` = table name, ``entity_id``)."""

    def __init__(self, sessions, store: AttachmentStore) -> None:  # type: ignore[no-untyped-def]
        super().__init__(sessions)
        self.store = store

    def attach_in(self, s: Session, entity: str, entity_id: int, source: Path, *,
                  role: str = "", name: str | None = None) -> AttachmentRef:
        """Attach inside a caller's transaction (the record and its file land together)."""
        digest, size = self.store.put(Path(source))
        blob = s.scalar(select(m.Attachment).where(m.Attachment.sha256 == digest))
        if blob is None:
            blob = m.Attachment(sha256=digest, size=size, created_at=datetime.now().replace(microsecond=0))
            s.add(blob)
            s.flush()
        link = m.AttachmentLink(entity=entity, entity_id=entity_id, attachment=blob,
                                original_name=name or Path(source).name, role=role,
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
        links = s.scalars(select(m.AttachmentLink).where(
            m.AttachmentLink.entity == entity, m.AttachmentLink.entity_id == entity_id
        ).order_by(m.AttachmentLink.id))
        return [_ref(link) for link in links]

    def detach(self, link_id: int) -> None:
        """Unlink a file from its record. The stored copy stays (other records may share it) and
        the change history keeps the link, so it can be restored."""
        with self._write() as s:
            link = s.get(m.AttachmentLink, link_id)
            if link is None:
                raise NotFoundError("attachment_link", link_id)
            s.delete(link)

    def path_of(self, ref: AttachmentRef) -> Path:
        """Where the stored copy is (open it read-only or copy it out under ``original_name``)."""
        path = self.store.path_for(ref.sha256)
        if not path.exists():
            raise DomainError("attachment_missing", name=ref.original_name)
        return path

    def export_copy(self, ref: AttachmentRef, folder: Path) -> Path:
        """Copy the file out under its original name (for opening or for the report package)."""
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / ref.original_name
        shutil.copyfile(self.path_of(ref), target)
        return target
