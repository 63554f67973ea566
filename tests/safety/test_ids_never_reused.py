"""Issue 12 item 9: ids are never reused, and a deleted record's attachment links go (and come back) with it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from isodesk.domain.core import DocPurpose, IssuedDocType, IssuedDocument


def _draft(summary: str) -> IssuedDocument:
    return IssuedDocument(id=None, doc_type=IssuedDocType.PLAN, issuer="UBND", number=None, symbol="KH-UBND",
                          issue_date=None, summary=summary, purpose=DocPurpose.OTHER)


def test_new_draft_after_deleting_the_newest_shows_none_of_its_files(services, tmp_path: Path) -> None:
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4 the deleted draft's scan")
    services.register.save(_draft("Kế hoạch cũ"))
    newest = services.register.save(_draft("Dự thảo sẽ xóa"), files=[(scan, "scan")])
    assert [f.original_name for f in newest.files] == ["scan.pdf"]

    services.register.delete(newest.id)
    fresh = services.register.save(_draft("Dự thảo mới"))

    assert fresh.id != newest.id
    assert fresh.files == ()
    assert services.register.get(fresh.id).files == ()
    assert all(entry.entity_id != fresh.id or entry.action.value == "create"
               for entry in services.history.for_record("issued_document", fresh.id))
    assert len(services.history.for_record("issued_document", fresh.id)) == 1


def test_deleting_a_record_removes_its_links_in_the_same_transaction(services, tmp_path: Path) -> None:
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"scan")
    doc = services.register.save(_draft("Dự thảo"), files=[(scan, "scan")])
    services.register.delete(doc.id)
    with sqlite3.connect(services.db_path) as con:
        left = con.execute("SELECT count(*) FROM attachment_link WHERE entity='issued_document' AND entity_id=?",
                           (doc.id,)).fetchone()[0]
    assert left == 0


def test_restoring_a_deleted_record_brings_its_files_back(services, tmp_path: Path) -> None:
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"scan")
    doc = services.register.save(_draft("Dự thảo"), files=[(scan, "scan")])
    services.register.delete(doc.id)
    deletion = next(e for e in services.history.for_record("issued_document", doc.id) if e.action.value == "delete")
    services.history.restore(deletion.id)
    restored = services.register.get(doc.id)
    assert [f.original_name for f in restored.files] == ["scan.pdf"]


def test_every_table_with_an_integer_id_uses_autoincrement(services) -> None:
    with sqlite3.connect(services.db_path) as con:
        rows = con.execute("SELECT name, sql FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
                           "AND name NOT IN ('alembic_version', 'app_setting')").fetchall()
    assert rows
    missing = [name for name, sql in rows if "AUTOINCREMENT" not in sql.upper()]
    assert missing == []
