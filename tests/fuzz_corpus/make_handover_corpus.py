"""Write the malformed handover files of ``tests/fuzz_corpus/handover/`` (checked in; run again only to
change them): each is small and breaks one rule a received ``.isodesk`` file must keep.

    python tests/fuzz_corpus/make_handover_corpus.py
"""

from __future__ import annotations

import hashlib
import io
import json
import stat
import zipfile
from pathlib import Path

HERE = Path(__file__).parent / "handover"
DB = b"SQLite format 3\x00" + b"\x00" * 84  # a header, not a database: never reached (the hash fails first)


def _manifest(entries: list[tuple[str, bytes]], **overrides: object) -> bytes:
    data: dict[str, object] = {
        "format": "isodesk-handover/1", "agency_name": "Ủy ban nhân dân xã Kiểm Thử", "created": "2026-12-01T08:00:00",
        "isodesk_version": "0.1.0", "schema_revision": "0010_review",
        "people": {"outgoing_name": "A", "outgoing_title": "", "incoming_name": "B", "incoming_title": "",
                   "head_name": "C", "head_title": "", "handed_on": "2026-12-01"},
        "counts": {}, "members": [{"path": n, "role": "database" if n.startswith("data/") else "attachment",
                                   "size": len(b), "sha256": hashlib.sha256(b).hexdigest()} for n, b in entries]}
    data.update(overrides)
    return json.dumps(data, ensure_ascii=False).encode("utf-8")


def _zip(entries: list[tuple[str, bytes]], *, link: str = "") -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in entries:
            zf.writestr(name, data)
        if link:
            info = zipfile.ZipInfo(link)
            info.external_attr = (stat.S_IFLNK | 0o777) << 16
            zf.writestr(info, "/etc/passwd")
    return buffer.getvalue()


def corpus() -> dict[str, bytes]:
    good = [("data/isodesk.db", DB)]
    return {
        "empty.isodesk": b"",
        "not-a-zip.isodesk": "Biên bản bàn giao, không phải tệp nén".encode("utf-8"),
        "no-manifest.isodesk": _zip(good),
        "manifest-not-json.isodesk": _zip(good + [("MANIFEST.json", b"{not json")]),
        "manifest-other-format.isodesk": _zip(good + [("MANIFEST.json", _manifest(good, format="other/9"))]),
        "manifest-wrong-types.isodesk": _zip(good + [("MANIFEST.json", _manifest(good, members="x"))]),
        "hash-differs.isodesk": _zip([("data/isodesk.db", DB + b"!")] + [("MANIFEST.json", _manifest(good))]),
        "extra-member.isodesk": _zip(good + [("files/aa/extra", b"x"), ("MANIFEST.json", _manifest(good))]),
        "missing-member.isodesk": _zip([("MANIFEST.json", _manifest(good))]),
        "dot-dot.isodesk": _zip(good + [("../../evil.txt", b"x"), ("MANIFEST.json", _manifest(good))]),
        "absolute.isodesk": _zip(good + [("/tmp/evil.txt", b"x"), ("MANIFEST.json", _manifest(good))]),
        "backslash.isodesk": _zip(good + [("files\\..\\evil", b"x"), ("MANIFEST.json", _manifest(good))]),
        "drive-letter.isodesk": _zip(good + [("C:/evil", b"x"), ("MANIFEST.json", _manifest(good))]),
        "case-twins.isodesk": _zip(good + [("files/aa/A", b"x"), ("files/aa/a", b"y"), ("MANIFEST.json", _manifest(good))]),
        "symlink.isodesk": _zip(good + [("MANIFEST.json", _manifest(good))], link="files/aa/link"),
        "bomb.isodesk": _zip([("data/isodesk.db", b"\x00" * (4 * 1024 * 1024))]
                             + [("MANIFEST.json", _manifest([("data/isodesk.db", b"\x00" * (4 * 1024 * 1024))]))]),
        "manifest-path-escape.isodesk": _zip([("MANIFEST.json", _manifest([("../evil", b"x")]))]),
        "truncated.isodesk": _zip(good + [("MANIFEST.json", _manifest(good))])[:-40],
    }


if __name__ == "__main__":
    HERE.mkdir(exist_ok=True)
    for name, data in corpus().items():
        (HERE / name).write_bytes(data)
    print(f"{len(corpus())} files written to {HERE}")
