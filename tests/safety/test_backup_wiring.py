"""Issue 12 item 11 (service part of the wiring): the second folder, the backup before an operation,
and the home-screen warning when no backup succeeded for 7 days."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from isodesk.domain.core import Department
from isodesk.domain.errors import DomainError
from isodesk.services.core.backup_cycle import BackupProvider
from isodesk.storage.backup import verify_copy


def test_a_second_folder_gets_a_verified_copy_and_its_own_rotation(services, tmp_path: Path) -> None:
    services.agency.save_department(Department(None, "Văn phòng", "VP"))
    usb = tmp_path / "usb"
    usb.mkdir()
    services.backups.set_second_folder(usb)
    assert services.backups.second_folder() == usb
    start = datetime(2024, 1, 1, 8)
    for day in range(0, 40):
        info = services.backups.backup_now("daily", now=start + timedelta(days=day))
    assert info.second_copy is not None and info.second_error == ""
    assert info.second_copy.parent == usb / services.backups.folder.name
    assert verify_copy(info.second_copy, info.counts) == info.counts
    assert Path(f"{info.second_copy}.manifest.json").is_file()
    copies = services.backups.list_backups(info.second_copy.parent)
    assert [b.taken_at for b in copies] == [b.taken_at for b in services.backups.list_backups()]
    assert len(copies) < 40  # rotated there too


def test_a_missing_second_folder_never_costs_the_first_copy(services, tmp_path: Path) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    services.backups.set_second_folder(usb)
    usb.rmdir()  # the USB stick was removed
    info = services.backups.backup_now("daily")
    assert info.path.is_file() and info.second_copy is None and info.second_error
    assert services.backups.last_good_backup().path == info.path


@pytest.mark.parametrize("bad", ["missing", "data_folder"])
def test_an_unusable_second_folder_is_refused(services, tmp_path: Path, bad: str) -> None:
    folder = tmp_path / "nowhere" if bad == "missing" else services.db_path.parent
    with pytest.raises(DomainError) as info:
        services.backups.set_second_folder(folder)
    assert info.value.code == "backup_folder_unusable"
    assert services.backups.second_folder() is None


def test_backup_before_an_operation(services) -> None:
    info = services.backups.backup_before("import")
    assert info.reason == "before_import" and info.path.is_file()


def test_backup_before_refuses_when_no_copy_can_be_made(services) -> None:
    services.backups.folder.parent.mkdir(parents=True, exist_ok=True)
    services.backups.folder.write_bytes(b"not a folder")  # the backup folder cannot be created
    with pytest.raises(DomainError) as info:
        services.backups.backup_before("import")
    assert info.value.code == "backup_before_failed"


def _warnings(services, today: date) -> list[str]:  # type: ignore[no-untyped-def]
    with services.sessions() as s:
        return [issue.code for issue in BackupProvider().checks(s, None, today)]  # type: ignore[arg-type]


def test_the_home_screen_warns_after_7_days_without_a_good_backup(services) -> None:
    services.agency.save_department(Department(None, "Văn phòng", "VP"))
    today = date.today()
    assert _warnings(services, today) == []  # a data file begun today, its first backup under way
    assert _warnings(services, today + timedelta(days=7)) == ["no_recent_backup"]  # never backed up in a week
    services.backups.backup_now("daily", now=datetime.combine(today, datetime.min.time()))
    assert _warnings(services, today + timedelta(days=6)) == []
    assert _warnings(services, today + timedelta(days=7)) == ["no_recent_backup"]


def test_the_warning_reaches_the_year_overview(services) -> None:
    from isodesk.app import cycle_providers
    from isodesk.domain import core as d
    from isodesk.services.registry import open_services

    year = date.today().year
    services.years.save(d.ReportingYear(None, year, *d.default_period(year)))
    services.backups.backup_now("daily", now=datetime.now() - timedelta(days=10))
    services.close()
    with_modules = open_services(services.db_path, cycle_providers())  # type: ignore[arg-type]
    try:
        issue = next(i for i in with_modules.cycle.overview(year).issues if i.code == "no_recent_backup")
        assert issue.target == "settings" and issue.params["count"] == 7
    finally:
        with_modules.close()
