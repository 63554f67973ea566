"""Engine pragmas and the network-share fallback."""

from __future__ import annotations

from pathlib import Path

from isodesk.storage.engine import create_sqlite_engine, is_network_path, journal_mode_for


def test_unc_paths_are_network_paths() -> None:
    assert is_network_path(Path("//server/share/isodesk.db"))
    assert journal_mode_for(Path("//server/share/isodesk.db")) == "DELETE"


def test_local_files_use_wal_and_full_sync(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    assert journal_mode_for(db) == "WAL"
    engine = create_sqlite_engine(db)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    engine.dispose()


def test_failed_transaction_leaves_nothing(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    engine = create_sqlite_engine(db)
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE t (x INTEGER)")
    try:
        with engine.begin() as conn:
            conn.exec_driver_sql("INSERT INTO t VALUES (1)")
            raise RuntimeError("power cut")
    except RuntimeError:
        pass
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM t").scalar() == 0
    engine.dispose()
