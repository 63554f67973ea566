"""Fuzzing what a new PC receives (issue 12): every malformed handover file of the checked-in corpus and
thousands of random mutations of a genuine one end in a Vietnamese refusal (a ``DomainError``) or a
correct receipt — never another exception, never a half-written data file, in bounded time."""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from isodesk.domain.errors import DomainError
from isodesk.domain.handover import DATABASE_MEMBER, HandoverManifest, HandoverPeople, file_member
from isodesk.reports.handover_archive import PackageSource, write_package
from isodesk.services.core.handover_service import inspect_package, receive_package
from isodesk.services.registry import files_dir_for
from isodesk.storage.migrate import SCHEMA_HEAD

# The genuine package is 60 kB of bytes: Hypothesis would print it whole when it reports an example.
pytestmark = pytest.mark.filterwarnings("ignore:Generating overly large repr")

CORPUS = Path(__file__).parents[1] / "fuzz_corpus" / "handover"
PEOPLE = HandoverPeople("Nguyễn Thị Lan", "", "Trần Văn Bình", "", "Lê Văn Hùng", "", date(2026, 12, 1))


@pytest.fixture(scope="module")
def genuine(database_template, tmp_path_factory: pytest.TempPathFactory) -> bytes:  # type: ignore[no-untyped-def]
    """A small, valid handover file: an empty isodesk database and one attached scan."""
    folder = tmp_path_factory.mktemp("genuine")
    db = database_template.copy_to(folder / "isodesk.db")
    scan = folder / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4 " + bytes(range(256)) * 40)
    sha = hashlib.sha256(scan.read_bytes()).hexdigest()
    package = folder / "ok.isodesk"
    write_package(package, [PackageSource(DATABASE_MEMBER, "database", db),
                            PackageSource(file_member(sha), "attachment", scan, sha)],
                  lambda members: HandoverManifest("Ủy ban nhân dân xã Kiểm Thử", "2026-12-01T08:00:00", "0.1.0",
                                                   SCHEMA_HEAD, PEOPLE, {}, members))
    return package.read_bytes()


def _nothing_written(target: Path) -> bool:
    return not target.exists() and not files_dir_for(target).exists() and not list(target.parent.glob(".*partial*"))


@pytest.mark.parametrize("name", sorted(p.name for p in CORPUS.glob("*.isodesk")))
def test_every_malformed_file_of_the_corpus_is_refused(name: str, tmp_path: Path) -> None:
    package = tmp_path / name
    shutil.copyfile(CORPUS / name, package)
    with pytest.raises(DomainError) as err:
        inspect_package(package)
    assert err.value.code.startswith("handover_")
    target = tmp_path / "new" / "isodesk.db"
    with pytest.raises(DomainError):
        receive_package(package, target)
    assert _nothing_written(target)


@settings(max_examples=int(os.environ.get("ISODESK_FUZZ_EXAMPLES", "400")), deadline=3000, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_random_mutations_are_refused_or_received_whole(genuine: bytes, tmp_path: Path, data: st.DataObject) -> None:
    blob = bytearray(genuine)
    for _ in range(data.draw(st.integers(1, 4))):
        action = data.draw(st.sampled_from(["flip", "truncate", "insert", "zero"]))
        at = data.draw(st.integers(0, len(blob) - 1))
        if action == "flip":
            blob[at] ^= data.draw(st.integers(1, 255))
        elif action == "truncate":
            del blob[at:]
            if not blob:
                break
        elif action == "insert":
            blob[at:at] = data.draw(st.binary(min_size=1, max_size=64))
        else:
            blob[at:at + 16] = bytes(len(blob[at:at + 16]))
    case = Path(tempfile.mkdtemp(dir=tmp_path))
    package = case / "x.isodesk"
    package.write_bytes(bytes(blob))
    target = case / "new" / "isodesk.db"
    try:
        received = receive_package(package, target)
    except DomainError as exc:
        assert exc.code.startswith("handover_") or exc.code in ("disk_full", "file_not_writable")
        assert not target.exists()
        return
    # A mutation of bytes nothing reads (a timestamp, an extra field): the receipt is complete and correct.
    assert target.is_file() and received.manifest.schema_revision == SCHEMA_HEAD
    for member in received.manifest.members:
        if member.role == "attachment":
            stored = files_dir_for(target) / member.sha256[:2] / member.sha256
            assert hashlib.sha256(stored.read_bytes()).hexdigest() == member.sha256
