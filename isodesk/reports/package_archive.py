"""Files of a package on disk: hashing, the manifest files, the optional zip, and :func:`verify`.

``verify`` is what the Sở runs on what it receives and what the secretary runs on the USB stick before
handing it over (``isodesk verify PATH``): every file listed in ``MANIFEST.json`` present with its size
and SHA-256, nothing extra, every name safe to create (no ``..``, no absolute path, no drive letter, no
symlink, no two names that are one file on Windows), and a zip's directory checked against
:class:`~isodesk.domain.package.PackageLimits` before any byte is inflated (zip bombs). Hashes are
computed while streaming, never by reading a file whole.

Standard library only (zipfile, hashlib); every file written goes through reports/files.py.
"""

from __future__ import annotations

import hashlib
import os
import stat
import zipfile
import zlib
from dataclasses import replace
from collections.abc import Callable, Iterable
from pathlib import Path, PurePosixPath

from isodesk.domain.package import (
    DEFAULT_LIMITS,
    MANIFEST_JSON,
    MANIFEST_TXT,
    FileRole,
    Manifest,
    PackageFile,
    PackageLimits,
    ProblemKind,
    VerifyProblem,
    VerifyResult,
    path_problem,
    same_name_key,
)
from isodesk.reports.files import atomic_path, write_bytes_atomically

CHUNK = 1 << 20

#: Called between files; returns True when the user asked to stop.
CancelCheck = Callable[[], bool]


def hash_file(path: Path) -> tuple[int, str]:
    """``(size, sha256)`` of a file, streamed in 1 MiB chunks."""
    digest = hashlib.sha256()
    size = 0
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(CHUNK), b""):
            digest.update(chunk)
            size += len(chunk)
    return size, digest.hexdigest()


def package_file(root: Path, path: Path, role: FileRole, title: str = "") -> PackageFile:
    """The manifest entry of ``path`` (a file under ``root``), hashed now."""
    size, digest = hash_file(path)
    return PackageFile(role, path.relative_to(root).as_posix(), size, digest, title)


def write_manifest(root: Path, manifest: Manifest) -> list[Path]:
    """Write ``MANIFEST.txt`` and ``MANIFEST.json`` into ``root``; the text copy is listed (and hashed)
    in the JSON, so a verifier checks it like any other file. Returns both paths."""
    txt = write_bytes_atomically(root / MANIFEST_TXT, manifest_text_bytes(manifest))
    size, digest = hash_file(txt)
    files = tuple(f for f in manifest.files if f.path != MANIFEST_TXT) + (
        PackageFile(FileRole.MANIFEST_TEXT, MANIFEST_TXT, size, digest),)
    complete = replace(manifest, files=files)
    js = write_bytes_atomically(root / MANIFEST_JSON, complete.to_json().encode("utf-8"))
    return [txt, js]


def manifest_text_bytes(manifest: Manifest) -> bytes:
    # CRLF and a BOM: Notepad on an older Windows shows a UTF-8 text as one line of mojibake otherwise.
    return ("\ufeff" + manifest.to_text().replace("\n", "\r\n")).encode("utf-8")


def write_zip(root: Path, target: Path, *, folder_name: str | None = None, cancel: CancelCheck | None = None,
              progress: Callable[[int, int], None] | None = None) -> Path:
    """Zip every file under ``root`` into ``target`` under the folder name ``folder_name`` (default
    ``root.name``; deflated, UTF-8 names), through :func:`~isodesk.reports.files.atomic_path`.

    Raises:
        DomainError: the file-writing codes of reports/files.py; ``package_cancelled`` when ``cancel``
            says so (nothing is left at ``target``).
    """
    from isodesk.domain.errors import DomainError

    files = sorted(p for p in root.rglob("*") if p.is_file())
    with atomic_path(target) as temporary:
        with zipfile.ZipFile(temporary, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
            for n, path in enumerate(files, start=1):
                if cancel is not None and cancel():
                    raise DomainError("package_cancelled")
                name = f"{folder_name or root.name}/{path.relative_to(root).as_posix()}"
                # Already-compressed files (PDF, DOCX, XLSX, JPEG, ZIP) are stored: deflating them again
                # costs time and saves nothing.
                compress = zipfile.ZIP_STORED if path.suffix.lower() in STORED_SUFFIXES else zipfile.ZIP_DEFLATED
                archive.write(path, name, compress_type=compress)
                if progress is not None:
                    progress(n, len(files))
    return target


#: Already-compressed kinds, stored in a zip rather than deflated again (faster, same size): the package's and
#: the handover file's one list.
STORED_SUFFIXES = frozenset({".pdf", ".docx", ".xlsx", ".pptx", ".odt", ".ods", ".zip", ".7z", ".rar", ".gz", ".jpg",
                             ".jpeg", ".png", ".gif", ".tif", ".tiff", ".mp4", ".mp3"})


# --------------------------------------------------------------------------- verify


#: What reading a damaged or crafted zip can raise: a bad directory or CRC, a damaged deflate stream, a
#: compression method, version or encryption flag zipfile does not know (a changed header byte), a cut file.
_ZIP_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError, zlib.error,
               NotImplementedError, RuntimeError)


def verify(path: Path | str, limits: PackageLimits = DEFAULT_LIMITS) -> VerifyResult:
    """Check a package folder or ``.zip`` against its ``MANIFEST.json``.

    Never raises for a bad package: every problem is in the result, naming the file.
    """
    path = Path(path)
    try:
        if path.is_symlink():
            return VerifyResult(str(path), (VerifyProblem(ProblemKind.SYMLINK, path.name),))
        if path.is_dir():
            return _verify_folder(path, limits)
        if path.is_file():
            return _verify_zip(path, limits)
    except OSError as exc:
        return VerifyResult(str(path), (VerifyProblem(ProblemKind.UNREADABLE, path.name, exc.strerror or str(exc)),))
    return VerifyResult(str(path), (VerifyProblem(ProblemKind.UNREADABLE, path.name, "không tìm thấy"),))


def _check_listing(manifest: Manifest, present: dict[str, int], limits: PackageLimits,
                   problems: list[VerifyProblem]) -> list[PackageFile]:
    """Compare the manifest with the names found (name → size); returns the entries to hash."""
    listed: dict[str, PackageFile] = {}
    keys: dict[str, str] = {}
    for entry in manifest.files:
        why = path_problem(entry.path, limits)
        if why is not None:
            problems.append(VerifyProblem(ProblemKind.UNSAFE_PATH, entry.path, why))
            continue
        key = same_name_key(entry.path)
        if key in keys or entry.path == MANIFEST_JSON:
            problems.append(VerifyProblem(ProblemKind.DUPLICATE, entry.path))
            continue
        keys[key] = entry.path
        listed[entry.path] = entry
        if entry.size > limits.max_file_bytes:
            problems.append(VerifyProblem(ProblemKind.TOO_LARGE, entry.path))
    if len(manifest.files) > limits.max_files or sum(f.size for f in manifest.files) > limits.max_total_bytes:
        problems.append(VerifyProblem(ProblemKind.TOO_LARGE, MANIFEST_JSON, "bản kê quá lớn"))
    to_hash: list[PackageFile] = []
    for name, entry in listed.items():
        if name not in present:
            problems.append(VerifyProblem(ProblemKind.MISSING, name))
        elif present[name] != entry.size:
            problems.append(VerifyProblem(ProblemKind.SIZE, name,
                                          f"bản kê ghi {entry.size} byte, thực tế {present[name]} byte"))
        elif entry.size <= limits.max_file_bytes:
            to_hash.append(entry)
    for name in present:
        if name not in listed and name != MANIFEST_JSON:
            problems.append(VerifyProblem(ProblemKind.EXTRA, name))
    return to_hash


def _read_manifest(data: bytes, problems: list[VerifyProblem]) -> Manifest | None:
    try:
        return Manifest.from_json(data.decode("utf-8-sig"))
    except (ValueError, UnicodeDecodeError) as exc:
        problems.append(VerifyProblem(ProblemKind.BAD_MANIFEST, MANIFEST_JSON, str(exc)[:120]))
        return None


def _verify_folder(root: Path, limits: PackageLimits) -> VerifyResult:
    problems: list[VerifyProblem] = []
    present: dict[str, int] = {}
    seen: dict[str, str] = {}
    count = 0
    for current, dirs, files in os.walk(root, followlinks=False):
        base = Path(current)
        for name in sorted(dirs + files):
            full = base / name
            relative = full.relative_to(root).as_posix()
            st = os.lstat(full)
            if stat.S_ISLNK(st.st_mode):
                problems.append(VerifyProblem(ProblemKind.SYMLINK, relative))
                continue
            if stat.S_ISDIR(st.st_mode):
                continue
            count += 1
            if count > limits.max_files:
                problems.append(VerifyProblem(ProblemKind.TOO_LARGE, root.name, "quá nhiều tệp"))
                return VerifyResult(str(root), tuple(problems))
            key = same_name_key(relative)
            if key in seen:
                problems.append(VerifyProblem(ProblemKind.DUPLICATE, relative, seen[key]))
                continue
            seen[key] = relative
            present[relative] = st.st_size
        dirs[:] = [d for d in dirs if not (base / d).is_symlink()]
    if MANIFEST_JSON not in present:
        return VerifyResult(str(root), (VerifyProblem(ProblemKind.NO_MANIFEST, MANIFEST_JSON), *problems))
    if present[MANIFEST_JSON] > limits.max_manifest_bytes:
        return VerifyResult(str(root), (VerifyProblem(ProblemKind.TOO_LARGE, MANIFEST_JSON), *problems))
    manifest = _read_manifest((root / MANIFEST_JSON).read_bytes(), problems)
    if manifest is None:
        return VerifyResult(str(root), tuple(problems))
    to_hash = _check_listing(manifest, present, limits, problems)
    for entry in to_hash:
        try:
            size, digest = hash_file(root / PurePosixPath(entry.path))
        except OSError as exc:
            problems.append(VerifyProblem(ProblemKind.UNREADABLE, entry.path, exc.strerror or str(exc)))
            continue
        if size != entry.size:
            problems.append(VerifyProblem(ProblemKind.SIZE, entry.path))
        elif digest != entry.sha256:
            problems.append(VerifyProblem(ProblemKind.MODIFIED, entry.path))
    return VerifyResult(str(root), tuple(problems), files_checked=len(to_hash), manifest=manifest)


def _verify_zip(path: Path, limits: PackageLimits) -> VerifyResult:
    problems: list[VerifyProblem] = []
    try:
        archive = zipfile.ZipFile(path)
    except _ZIP_ERRORS as exc:
        return VerifyResult(str(path), (VerifyProblem(ProblemKind.UNREADABLE, path.name,
                                                      f"không phải tệp .zip hợp lệ: {exc}"),))
    with archive:
        infos = archive.infolist()
        if len(infos) > limits.max_files:
            return VerifyResult(str(path), (VerifyProblem(ProblemKind.TOO_LARGE, path.name,
                                                          f"{len(infos)} mục trong tệp nén"),))
        # Everything below is decided from the zip's directory, before a byte is inflated.
        names: dict[str, zipfile.ZipInfo] = {}
        seen: dict[str, str] = {}
        total = 0
        for info in infos:
            name = info.filename
            why = path_problem(name.rstrip("/") if info.is_dir() else name, limits)
            if why is not None:
                problems.append(VerifyProblem(ProblemKind.UNSAFE_PATH, name, why))
                continue
            mode = info.external_attr >> 16
            if stat.S_ISLNK(mode):
                problems.append(VerifyProblem(ProblemKind.SYMLINK, name))
                continue
            if info.is_dir():
                continue
            total += info.file_size
            ratio = info.file_size / max(info.compress_size, 1)
            if info.file_size > limits.max_file_bytes or (
                    info.file_size > limits.ratio_floor_bytes and ratio > limits.max_ratio):
                problems.append(VerifyProblem(ProblemKind.TOO_LARGE, name,
                                              f"khai báo {info.file_size} byte, nén còn {info.compress_size} byte"))
                continue
            key = same_name_key(name)
            if key in seen:
                problems.append(VerifyProblem(ProblemKind.DUPLICATE, name, seen[key]))
                continue
            seen[key] = name
            names[name] = info
        if total > limits.max_total_bytes:
            problems.append(VerifyProblem(ProblemKind.TOO_LARGE, path.name, f"tổng {total} byte khi giải nén"))
            return VerifyResult(str(path), tuple(problems))
        prefix = _common_folder(names)
        present = {name[len(prefix):]: info.file_size for name, info in names.items()}
        if MANIFEST_JSON not in present:
            return VerifyResult(str(path), (VerifyProblem(ProblemKind.NO_MANIFEST, MANIFEST_JSON), *problems))
        if present[MANIFEST_JSON] > limits.max_manifest_bytes:
            return VerifyResult(str(path), (VerifyProblem(ProblemKind.TOO_LARGE, MANIFEST_JSON), *problems))
        try:
            manifest_bytes = _member_bytes(archive, names[prefix + MANIFEST_JSON], limits.max_manifest_bytes)
        except _ZIP_ERRORS as exc:
            problems.append(VerifyProblem(ProblemKind.UNREADABLE, MANIFEST_JSON, str(exc)[:120]))
            return VerifyResult(str(path), tuple(problems))
        manifest = _read_manifest(manifest_bytes, problems)
        if manifest is None:
            return VerifyResult(str(path), tuple(problems))
        to_hash = _check_listing(manifest, present, limits, problems)
        for entry in to_hash:
            try:
                size, digest = _read_member(archive, names[prefix + entry.path], entry.size)
            except _ZIP_ERRORS as exc:
                # zipfile checks the CRC, zlib the deflate stream: a changed byte in the archive lands here.
                problems.append(VerifyProblem(ProblemKind.MODIFIED, entry.path, str(exc)[:120]))
                continue
            if size != entry.size:
                problems.append(VerifyProblem(ProblemKind.SIZE, entry.path))
            elif digest != entry.sha256:
                problems.append(VerifyProblem(ProblemKind.MODIFIED, entry.path))
    return VerifyResult(str(path), tuple(problems), files_checked=len(to_hash), manifest=manifest)


def _stream_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, cap: int,
                   sink: Callable[[bytes], object]) -> int:
    """Stream one member to ``sink``; never more than ``cap`` bytes are inflated, whatever its header
    declares (zipfile also checks the CRC at the end). Returns the size read."""
    size = 0
    with archive.open(info) as fh:
        for chunk in iter(lambda: fh.read(CHUNK), b""):
            size += len(chunk)
            if size > cap:
                raise ValueError("vượt dung lượng khai báo")
            sink(chunk)
    return size


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, cap: int) -> tuple[int, str]:
    """``(size, sha256)`` of one member, streamed."""
    digest = hashlib.sha256()
    size = _stream_member(archive, info, cap, digest.update)
    return size, digest.hexdigest()


def _member_bytes(archive: zipfile.ZipFile, info: zipfile.ZipInfo, cap: int) -> bytes:
    collected: list[bytes] = []
    _stream_member(archive, info, cap, collected.append)
    return b"".join(collected)


def _common_folder(names: Iterable[str]) -> str:
    """``BaoCao_ISO_2026_x/`` when every entry is inside that one folder (how isodesk zips), else ""."""
    tops = {n.split("/", 1)[0] for n in names}
    if len(tops) == 1:
        top = next(iter(tops))
        if all("/" in n for n in names):
            return f"{top}/"
    return ""
