"""Write and verify handover packages (``.isodesk`` zip files) — file work only, no database.

A package is written under a temporary name beside its final one, re-read and verified completely,
and only then renamed (:func:`isodesk.reports.files.atomic_path`). Reading verifies everything
before the caller extracts anything: safe member names, size limits against zip bombs, every member
listed in the manifest with its size and SHA-256, nothing extra.
"""

from __future__ import annotations

import hashlib
import json
import stat
import zipfile
import zlib
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path
from typing import Any

from isodesk.domain.errors import DomainError
from isodesk.domain.handover import (
    MANIFEST_NAME,
    PACKAGE_FORMAT,
    HandoverManifest,
    HandoverPeople,
    HANDOVER_LIMITS,
    PackageMember,
)
from isodesk.domain.package import PackageLimits, path_problem, same_name_key
from isodesk.reports.files import atomic_path
from isodesk.reports.package_archive import STORED_SUFFIXES

_CHUNK = 1024 * 1024

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


@dataclass(frozen=True)
class PackageSource:
    """A file to put into a package: its member name, role and where it is read from; ``sha256`` when
    the content is known in advance (a stored attachment), so a modified stored copy is never handed on."""

    member: str
    role: str
    source: Path
    sha256: str = ""


def manifest_to_json(manifest: HandoverManifest) -> bytes:
    """The manifest as ``MANIFEST.json`` holds it (UTF-8, readable)."""
    data: dict[str, Any] = asdict(manifest)
    data["people"]["handed_on"] = manifest.people.handed_on.isoformat()
    return json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")


def manifest_from_json(raw: bytes, path: Path) -> HandoverManifest:
    """Parse ``MANIFEST.json``.

    Raises:
        DomainError: ``handover_not_package`` (params: path) when it is not a handover manifest.
    """
    try:
        data = json.loads(raw.decode("utf-8"))
        if data.get("format") != PACKAGE_FORMAT:
            raise ValueError("format")
        raw_people = dict(data["people"])
        names = [str(raw_people[f]) for f in ("outgoing_name", "outgoing_title", "incoming_name",
                                                "incoming_title", "head_name", "head_title")]
        people = HandoverPeople(names[0], names[1], names[2], names[3], names[4], names[5],
                                date.fromisoformat(str(raw_people["handed_on"])))
        members = tuple(PackageMember(path=str(m["path"]), role=str(m["role"]), size=int(m["size"]),
                                      sha256=str(m["sha256"])) for m in data["members"])
        return HandoverManifest(agency_name=str(data["agency_name"]), created=str(data["created"]),
                                isodesk_version=str(data["isodesk_version"]),
                                schema_revision=str(data["schema_revision"]),
                                people=people,
                                counts={str(k): int(v) for k, v in dict(data["counts"]).items()},
                                members=members, format=str(data["format"]))
    except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError) as exc:
        raise DomainError("handover_not_package", path=str(path)) from exc


def write_package(target: Path, sources: Sequence[PackageSource],
                  make_manifest: Callable[[tuple[PackageMember, ...]], HandoverManifest], *,
                  progress: Progress | None = None, cancelled: Cancelled | None = None,
                  limits: PackageLimits = HANDOVER_LIMITS) -> HandoverManifest:
    """Write the package at ``target``: every source (hashed while it is copied), then the manifest;
    re-read and verify the whole file; rename it into place. Returns the manifest written.

    Raises:
        DomainError: ``handover_source_changed`` (params: file) when a stored file no longer matches its
            hash; ``handover_cancelled``; ``disk_full``/``folder_not_writable``/``folder_missing`` from
            the file system. In every case nothing is left under ``target`` or its temporary name.
    """
    total = len(sources) + 1
    with atomic_path(target) as partial:
        members: list[PackageMember] = []
        with zipfile.ZipFile(partial, "w", allowZip64=True) as zf:
            for done, src in enumerate(sources):
                if cancelled is not None and cancelled():
                    raise DomainError("handover_cancelled")
                if progress is not None:
                    progress(done, total)
                members.append(_add(zf, src))
            manifest = make_manifest(tuple(members))
            zf.writestr(MANIFEST_NAME, manifest_to_json(manifest), compress_type=zipfile.ZIP_DEFLATED)
        if progress is not None:
            progress(total - 1, total)
        read_package(partial, limits, verify_hashes=True)  # what was written is what will be read
    if progress is not None:
        progress(total, total)
    return manifest


def _add(zf: zipfile.ZipFile, src: PackageSource) -> PackageMember:
    compress = zipfile.ZIP_STORED if src.source.suffix.lower() in STORED_SUFFIXES or src.sha256 \
        else zipfile.ZIP_DEFLATED
    digest = hashlib.sha256()
    size = 0
    info = zipfile.ZipInfo(src.member, date_time=(2026, 1, 1, 0, 0, 0))
    info.compress_type = compress
    info.external_attr = (stat.S_IFREG | 0o644) << 16
    with open(src.source, "rb") as fh, zf.open(info, "w", force_zip64=True) as out:
        while chunk := fh.read(_CHUNK):
            digest.update(chunk)
            size += len(chunk)
            out.write(chunk)
    sha = digest.hexdigest()
    if src.sha256 and sha != src.sha256:
        raise DomainError("handover_source_changed", file=src.member)
    return PackageMember(path=src.member, role=src.role, size=size, sha256=sha)


def read_package(path: Path, limits: PackageLimits = HANDOVER_LIMITS, *,
                 verify_hashes: bool = True) -> HandoverManifest:
    """Verify the package at ``path`` and return its manifest; nothing is extracted.

    Raises:
        DomainError: ``handover_missing`` / ``handover_not_package`` / ``handover_damaged`` (params:
            path) for a file that is not a complete package; ``handover_unsafe_member`` (params: file)
            for a name that could escape the target folder or a link; ``handover_too_large`` (params:
            file) past the limits; ``handover_file_missing`` / ``handover_file_extra`` /
            ``handover_file_changed`` (params: file) when the content disagrees with the manifest.
    """
    path = Path(path)
    if not path.is_file():
        raise DomainError("handover_missing", path=str(path))
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            _check_members(infos, limits)
            by_name = {i.filename: i for i in infos}
            if MANIFEST_NAME not in by_name:
                raise DomainError("handover_not_package", path=str(path))
            if by_name[MANIFEST_NAME].file_size > limits.max_manifest_bytes:
                raise DomainError("handover_too_large", file=MANIFEST_NAME)
            manifest = manifest_from_json(zf.read(MANIFEST_NAME), path)
            listed = {m.path: m for m in manifest.members}
            extra = sorted(set(by_name) - set(listed) - {MANIFEST_NAME})
            if extra:
                raise DomainError("handover_file_extra", file=extra[0])
            for member in manifest.members:
                if path_problem(member.path, limits) is not None:
                    raise DomainError("handover_unsafe_member", file=member.path)
                info = by_name.get(member.path)
                if info is None:
                    raise DomainError("handover_file_missing", file=member.path)
                if info.file_size != member.size:
                    raise DomainError("handover_file_changed", file=member.path)
                if verify_hashes and _sha_of_member(zf, info, member.size) != member.sha256:
                    raise DomainError("handover_file_changed", file=member.path)
            return manifest
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, OSError, NotImplementedError,
            RuntimeError) as exc:
        # A damaged compressed stream, a cut file, an unknown compression method or encryption flag (a
        # changed header byte), an unreadable drive: all "damaged", nothing read.
        raise DomainError("handover_damaged", path=str(path)) from exc


def _check_members(infos: Sequence[zipfile.ZipInfo], limits: PackageLimits) -> None:
    """The zip's directory alone decides (before a byte is inflated): the rules of every package isodesk
    reads (:func:`isodesk.domain.package.path_problem`), no links, no two names one disk would merge, and
    the size limits against zip bombs."""
    if len(infos) > limits.max_files:
        raise DomainError("handover_too_large", file=str(len(infos)))
    seen: set[str] = set()
    total = 0
    for info in infos:
        name = info.filename
        if path_problem(name, limits) is not None or name.endswith("/"):
            raise DomainError("handover_unsafe_member", file=name)
        if stat.S_ISLNK(info.external_attr >> 16):
            raise DomainError("handover_unsafe_member", file=name)
        key = same_name_key(name)
        if key in seen:  # two names a Windows disk would write to one file
            raise DomainError("handover_unsafe_member", file=name)
        seen.add(key)
        total += info.file_size
        if info.file_size > limits.max_file_bytes or total > limits.max_total_bytes:
            raise DomainError("handover_too_large", file=name)
        if info.file_size > limits.ratio_floor_bytes and info.file_size > limits.max_ratio * max(info.compress_size, 1):
            raise DomainError("handover_too_large", file=name)


def _sha_of_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, expected_size: int) -> str:
    digest = hashlib.sha256()
    read = 0
    with zf.open(info) as fh:
        # Never trust the header's size: stop one byte past what the manifest promised.
        while chunk := fh.read(min(_CHUNK, expected_size + 1 - read)):
            read += len(chunk)
            digest.update(chunk)
            if read > expected_size:
                break
    return digest.hexdigest() if read == expected_size else ""


def extract_member(package: Path, member: PackageMember, target: Path) -> None:
    """Copy one verified member to ``target`` (temporary name, fsync, rename), checking its hash again
    while copying: the package may have changed since it was verified.

    Raises:
        DomainError: ``handover_file_changed`` (params: file); ``disk_full`` and the other file errors.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    with atomic_path(target) as partial:
        digest = hashlib.sha256()
        size = 0
        try:
            with zipfile.ZipFile(package) as zf, zf.open(member.path) as src, open(partial, "wb") as out:
                while chunk := src.read(_CHUNK):
                    size += len(chunk)
                    if size > member.size:
                        break
                    digest.update(chunk)
                    out.write(chunk)
        except (zipfile.BadZipFile, zlib.error, EOFError, KeyError, NotImplementedError, RuntimeError) as exc:
            raise DomainError("handover_file_changed", file=member.path) from exc
        if size != member.size or digest.hexdigest() != member.sha256:
            raise DomainError("handover_file_changed", file=member.path)
