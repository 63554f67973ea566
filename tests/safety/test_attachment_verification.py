"""Issue 12 item 2: stored attachments are verified against their SHA-256, repaired by a genuine
re-attach, never exported outside their folder; the whole store is checked (service and CLI)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from isodesk.app import main
from isodesk.domain.core import DocPurpose, IssuedDocType, IssuedDocument
from isodesk.domain.errors import DomainError
from isodesk.domain.integrity import StoreProblemKind
from isodesk.services.registry import open_services


def _draft(summary: str = "Kế hoạch") -> IssuedDocument:
    return IssuedDocument(id=None, doc_type=IssuedDocType.PLAN, issuer="UBND", number=None, symbol="KH-UBND",
                          issue_date=None, summary=summary, purpose=DocPurpose.OTHER)


def _attached(services, tmp_path: Path, content: bytes = b"%PDF genuine scan", name: str = "scan.pdf"):  # type: ignore[no-untyped-def]
    source = tmp_path / name
    source.write_bytes(content)
    doc = services.register.save(_draft(), files=[(source, "scan")])
    return source, doc.files[0]


def _age(path: Path) -> None:
    old = time.time() - 3600
    os.utime(path, (old, old))


def test_tampered_stored_copy_is_refused_on_export_and_open(services, tmp_path: Path) -> None:
    _source, ref = _attached(services, tmp_path)
    services.attachments.store.path_for(ref.sha256).write_bytes(b"tampered bytes")
    out = tmp_path / "out"
    with pytest.raises(DomainError) as info:
        services.attachments.export_copy(ref, out)
    assert info.value.code == "attachment_modified" and info.value.params["name"] == "scan.pdf"
    assert list(out.iterdir()) == []  # nothing half-written or tampered left behind
    with pytest.raises(DomainError, match="attachment_modified"):
        services.attachments.path_of(ref)


def test_missing_stored_copy_is_refused_naming_the_file(services, tmp_path: Path) -> None:
    _source, ref = _attached(services, tmp_path)
    services.attachments.store.path_for(ref.sha256).unlink()
    with pytest.raises(DomainError) as info:
        services.attachments.export_copy(ref, tmp_path / "out")
    assert info.value.code == "attachment_missing" and info.value.params["name"] == "scan.pdf"


@pytest.mark.parametrize("damage", ["tamper", "delete"])
def test_attaching_the_genuine_file_again_repairs_the_store(services, tmp_path: Path, damage: str) -> None:
    source, ref = _attached(services, tmp_path)
    stored = services.attachments.store.path_for(ref.sha256)
    if damage == "tamper":
        stored.write_bytes(b"tampered bytes")
    else:
        stored.unlink()
    again = services.register.save(_draft("Bản khác"), files=[(source, "scan")]).files[0]
    for r in (ref, again):
        copy = services.attachments.export_copy(r, tmp_path / f"out-{r.id}")
        assert copy.read_bytes() == b"%PDF genuine scan"
    assert services.check.check().consistent


@pytest.mark.parametrize("name", ["../../evil.pdf", "..\\..\\evil.pdf", "/tmp/evil.pdf", "C:\\Windows\\evil.pdf",
                                  "C:evil.pdf", "..", "sub/../../evil.pdf"])
def test_original_name_never_leads_an_export_outside_its_folder(services, tmp_path: Path, name: str) -> None:
    source = tmp_path / "src.pdf"
    source.write_bytes(b"content")
    doc = services.register.save(_draft())
    ref = services.attachments.attach("issued_document", doc.id, source, name=name)
    # A name written by an older isodesk (or by hand) into the database is made safe on export too.
    from dataclasses import replace
    for candidate in (ref, replace(ref, original_name=name)):
        folder = tmp_path / "export" / "inner"
        copy = services.attachments.export_copy(candidate, folder)
        assert copy.parent == folder
        assert copy.read_bytes() == b"content"
    assert sorted(p.name for p in (tmp_path / "export").iterdir()) == ["inner"]


def test_check_reports_missing_and_modified_files_by_name(services, tmp_path: Path) -> None:
    _s1, one = _attached(services, tmp_path, b"first", "bien-ban.pdf")
    _s2, two = _attached(services, tmp_path, b"second", "quyet-dinh.pdf")
    _s3, _three = _attached(services, tmp_path, b"third", "ke-hoach.pdf")
    services.attachments.store.path_for(one.sha256).unlink()
    services.attachments.store.path_for(two.sha256).write_bytes(b"changed")
    report = services.check.check()
    assert not report.consistent
    found = {(p.kind, p.names) for p in report.problems}
    assert found == {(StoreProblemKind.MISSING, ("bien-ban.pdf",)), (StoreProblemKind.MODIFIED, ("quyet-dinh.pdf",))}
    assert report.files_checked == 3


def test_check_cleans_what_a_failed_attach_left(services, tmp_path: Path) -> None:
    _attached(services, tmp_path)
    source = tmp_path / "never-committed.pdf"
    source.write_bytes(b"the transaction of this attach rolled back")
    doc = services.register.save(_draft())
    with pytest.raises(RuntimeError):
        with services.sessions.begin() as s:
            services.attachments.attach_in(s, "issued_document", doc.id, source)
            raise RuntimeError("killed before the commit")
    orphan = next(p for p in services.attachments.store.root.rglob("*") if p.is_file()
                  and p.name not in {r.sha256 for r in services.register.get(doc.id).files}
                  and p.read_bytes() == source.read_bytes())
    half = orphan.parent / ".incoming-abc123"
    half.write_bytes(b"half a cop")
    _age(orphan)
    report = services.check.check()
    assert report.consistent
    assert len(report.orphans_removed) == 1 and len(report.temporaries_removed) == 1
    assert not orphan.exists() and not half.exists()
    assert services.check.check().orphans_removed == ()


def test_recent_orphan_is_kept_for_an_attach_that_may_be_committing(services, tmp_path: Path) -> None:
    source = tmp_path / "x.pdf"
    source.write_bytes(b"in flight")
    services.attachments.store.put(source)
    report = services.check.check()
    assert report.consistent and report.orphans_removed == () and len(report.recent_orphans_kept) == 1


def test_stored_file_is_durable_before_the_commit(tmp_path: Path) -> None:
    """A child attaches and is killed right after the commit: the file the database references is
    complete (it was fsynced and renamed before the commit)."""
    db = tmp_path / "isodesk.db"
    big = tmp_path / "big.pdf"
    big.write_bytes(os.urandom(3 << 20))
    code = f"""
import os
from pathlib import Path
from isodesk.domain.core import DocPurpose, IssuedDocType, IssuedDocument
from isodesk.services.registry import open_services
s = open_services(Path({str(db)!r}))
s.register.save(IssuedDocument(id=None, doc_type=IssuedDocType.PLAN, issuer="UBND", number=None,
                               symbol="KH-UBND", issue_date=None, summary="x"), files=[(Path({str(big)!r}), "scan")])
os._exit(0)
"""
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120)
    services = open_services(db)
    try:
        report = services.check.check()
        assert report.consistent and report.files_checked == 1
    finally:
        services.close()


# ------------------------------------------------------------------ isodesk check


def test_cli_check_consistent_store_exits_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "isodesk.db"
    services = open_services(db)
    _attached(services, tmp_path)
    services.close()
    assert main(["check", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "nhất quán" in out


def test_cli_check_problems_exit_1_naming_the_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "isodesk.db"
    services = open_services(db)
    _source, ref = _attached(services, tmp_path)
    services.attachments.store.path_for(ref.sha256).write_bytes(b"tampered")
    services.close()
    assert main(["check", "--db", str(db)]) == 1
    out = capsys.readouterr().out
    assert "scan.pdf" in out and "bị sửa" in out


@pytest.mark.parametrize("content", [None, b"not a database at all" * 50])
def test_cli_check_unopenable_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                           content: bytes | None) -> None:
    db = tmp_path / "isodesk.db"
    if content is not None:
        db.write_bytes(content)
    assert main(["check", "--db", str(db)]) == 2
    err = capsys.readouterr().err
    assert "không" in err.lower() and "Traceback" not in err
    if content is not None:
        assert db.read_bytes() == content
    else:
        assert not db.exists()
