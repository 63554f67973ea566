"""Issue 12 item 15: the change history is a hash chain, so an entry edited, deleted or added outside
isodesk (an SQLite tool) is found by ``isodesk check`` and named: id, date, what it records."""

from __future__ import annotations

import shutil
import time
import sqlite3
from pathlib import Path

import pytest

from isodesk.app import check_command
from isodesk.domain import core as d
from isodesk.domain.history_chain import BreakKind, first_break
from isodesk.domain.integrity import StoreProblemKind
from isodesk.services.registry import Services, open_services
from isodesk.storage.history import read_chain

FIXTURES = Path(__file__).parents[1] / "storage" / "fixtures"


def _write_some(services: Services, count: int = 6) -> None:
    for i in range(count):
        services.agency.save_person(d.Person(None, f"Cán bộ {i}", "Công chức"))


def _ids(db: Path) -> list[int]:
    with sqlite3.connect(db) as con:
        return [r[0] for r in con.execute("SELECT id FROM change_log ORDER BY id")]


def _outside(db: Path, sql: str, *params: object) -> None:
    """A change made with an SQLite tool, not through isodesk."""
    con = sqlite3.connect(db, isolation_level=None)
    con.execute(sql, params)
    con.close()


def _history_problems(services: Services) -> list:  # type: ignore[type-arg]
    return [p for p in services.check.check(clean=False).problems if p.kind is StoreProblemKind.HISTORY]


def test_a_clean_database_has_an_intact_chain(services: Services, capsys: pytest.CaptureFixture[str]) -> None:
    _write_some(services)
    people = services.agency.people()
    services.agency.save_person(d.Person(people[0].id, people[0].full_name, "Chuyên viên"))
    assert services.history.chain_break() is None
    assert _history_problems(services) == []
    with services.engine.connect() as conn:
        chain = list(read_chain(conn))
    assert len(chain) >= 7 and all(len(e.hash) == 64 for e in chain)
    assert chain[0].prev_hash == "" and all(b.prev_hash == a.hash for a, b in zip(chain, chain[1:]))
    db = services.db_path
    services.close()
    assert check_command(db) == 0
    assert "lịch sử thay đổi" not in capsys.readouterr().out.lower()


def test_an_entry_updated_outside_isodesk_is_named(services: Services, capsys: pytest.CaptureFixture[str]) -> None:
    _write_some(services)
    db = services.db_path
    target = _ids(db)[3]
    _outside(db, "UPDATE change_log SET actor = 'Người khác' WHERE id = ?", target)
    broken = services.history.chain_break()
    assert broken is not None and broken.kind is BreakKind.MODIFIED and broken.entry_id == target
    assert broken.entity == "person" and broken.action == "create" and broken.at is not None
    [problem] = _history_problems(services)
    assert problem.history == broken
    services.close()
    assert check_command(db) == 1
    out = capsys.readouterr().out
    # The window's own sentence (Cài đặt → Lịch sử thay đổi), not a second wording for the command line.
    line = next(li for li in out.splitlines() if "Lịch sử thay đổi đã bị sửa ngoài isodesk" in li)
    assert f"#{target}" in line and f"{broken.at:%d/%m/%Y %H:%M}" in line and "đã bị sửa" in line


def test_a_changed_payload_or_date_is_found_too(services: Services) -> None:
    _write_some(services, 3)
    db = services.db_path
    first, second = _ids(db)[:2]
    _outside(db, "UPDATE change_log SET at = '2020-01-01 00:00:00.000000' WHERE id = ?", second)
    _outside(db, "UPDATE change_log SET changes = replace(changes, 'Cán bộ', 'Cán bo') WHERE id = ?", first)
    broken = services.history.chain_break()
    assert broken is not None and broken.entry_id == first and broken.kind is BreakKind.MODIFIED


def test_a_middle_entry_deleted_outside_isodesk_is_named(services: Services,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    _write_some(services)
    db = services.db_path
    ids = _ids(db)
    gone = ids[len(ids) // 2]
    _outside(db, "DELETE FROM change_log WHERE id = ?", gone)
    broken = services.history.chain_break()
    assert broken is not None and broken.kind is BreakKind.REMOVED
    assert broken.missing_ids == (gone, gone) and broken.entry_id == gone + 1
    services.close()
    assert check_command(db) == 1
    out = capsys.readouterr().out
    assert f"mục #{gone} (ngay trước mục #{gone + 1} ngày" in out and "đã bị xóa" in out


def test_the_newest_entries_deleted_or_one_added_outside_isodesk_are_found(services: Services) -> None:
    _write_some(services, 4)
    db = services.db_path
    ids = _ids(db)
    _outside(db, "DELETE FROM change_log WHERE id >= ?", ids[-2])
    broken = services.history.chain_break()
    assert broken is not None and broken.kind is BreakKind.REMOVED_AT_END
    assert broken.entry_id == ids[-3] and broken.missing_ids == (ids[-2], ids[-1])

    other = open_services(services.db_path.with_name("other.db"))
    _write_some(other, 2)
    _outside(other.db_path, "INSERT INTO change_log (at, actor, entity, entity_id, action, changes) "
             "VALUES ('2026-01-01 00:00:00.000000', 'x', 'person', 1, 'delete', '{}')")
    broken = other.history.chain_break()
    assert broken is not None and broken.kind is BreakKind.ADDED
    other.close()


def test_a_deletion_at_the_end_stays_found_after_the_next_change(services: Services) -> None:
    """The newest entries deleted outside isodesk, then an ordinary change (which links to the last entry left):
    the gap in the ids still names the deleted entries, at the next check and at every later one."""
    _write_some(services, 5)
    db = services.db_path
    ids = _ids(db)
    _outside(db, "DELETE FROM change_log WHERE id >= ?", ids[-2])
    services.agency.save_person(d.Person(None, "Cán bộ mới", "Công chức"))
    broken = services.history.chain_break()
    assert broken is not None and broken.kind is BreakKind.REMOVED
    assert broken.missing_ids == (ids[-2], ids[-1])
    assert _history_problems(services)


def test_writes_from_two_open_services_and_a_restore_keep_one_chain(services: Services) -> None:
    second = open_services(services.db_path)
    try:
        for i in range(4):
            (services if i % 2 else second).agency.save_person(d.Person(None, f"Luân phiên {i}", "Công chức"))
        draft = second.register.save(d.IssuedDocument(None, d.IssuedDocType.DECISION, "UBND", None, "QĐ-UBND", None,
                                                       "Về việc thử chuỗi lịch sử"))
        services.register.delete(draft.id)
        [deletion] = services.history.recent(entity="issued_document", action=d.ChangeAction.DELETE)
        second.history.restore(deletion.id)  # the restore's own entry joins the chain too
        assert services.history.for_record("issued_document", draft.id)[-1].action is d.ChangeAction.CREATE
        assert services.history.chain_break() is None and second.history.chain_break() is None
    finally:
        second.close()


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("*.sqlite")), ids=lambda p: p.stem)
def test_the_migration_chains_the_history_already_there(tmp_path: Path, fixture: Path) -> None:
    db = tmp_path / "isodesk.db"
    shutil.copyfile(fixture, db)
    with sqlite3.connect(fixture) as con:
        before = con.execute("SELECT id, at, actor, entity, entity_id, action, changes FROM change_log "
                             "ORDER BY id").fetchall()
    services = open_services(db)
    try:
        with services.engine.connect() as conn:
            chain = list(read_chain(conn))
        # Every entry kept as it was, now sealed in id order.
        assert [(e.id, e.actor, e.entity, e.entity_id, e.action, e.changes) for e in chain] == \
            [(r[0], r[2], r[3], r[4], r[5], r[6]) for r in before]
        assert all(e.hash for e in chain) and first_break(chain) is None
        assert services.history.chain_break() is None
        _write_some(services, 2)  # new entries continue the migrated chain
        assert services.history.chain_break() is None
    finally:
        services.close()


def test_later_checks_of_the_settings_page_look_at_new_entries_and_the_check_at_all(services: Services) -> None:
    db = services.db_path
    _write_some(services, 4)
    assert services.history.chain_break() is None  # the whole history, once
    _write_some(services, 2)
    assert services.history.chain_break() is None  # only the two new entries
    newest = _ids(db)[-1]
    _outside(db, "UPDATE change_log SET changes = '{}' WHERE id = ?", newest)
    broken = services.history.chain_break()  # the newest entry checked before changed: the whole history again
    assert broken is not None and broken.entry_id == newest
    # isodesk check always reads the whole history, whatever the page checked before.
    first = _ids(db)[0]
    _outside(db, "UPDATE change_log SET actor = 'x' WHERE id = ?", first)
    [problem] = _history_problems(services)
    assert problem.history is not None and problem.history.entry_id == first


def test_concurrent_writers_append_to_one_chain(services: Services) -> None:
    """Two windows (two engines) writing at the same time: SQLite serialises the write transactions and
    each reads the last hash inside its own, so the chain stays one unbroken line."""
    import threading

    from isodesk.domain.errors import StorageError

    others = [open_services(services.db_path) for _ in range(2)]
    errors: list[BaseException] = []

    def writer(svc: Services, name: str) -> None:
        for i in range(15):
            for _attempt in range(20):
                try:
                    svc.agency.save_person(d.Person(None, f"{name} {i}", "Công chức"))
                    break
                except StorageError:  # the other writer held the lock past the busy timeout: try again
                    time.sleep(0.01)
            else:
                errors.append(RuntimeError(f"{name} {i} never written"))

    threads = [threading.Thread(target=writer, args=(svc, f"Người {n}")) for n, svc in enumerate(others)]
    try:
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=120)
        assert not errors
        assert len([p for p in services.agency.people() if p.full_name.startswith("Người ")]) == 30
        assert services.history.chain_break(full=True) is None
        assert _history_problems(services) == []
    finally:
        for svc in others:
            svc.close()
