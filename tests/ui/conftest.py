"""UI test fixtures: Vietnamese UI, isolated QSettings, services on a tmp database, a real MainWindow.

Modal ``exec()`` would block headless tests, so screens open dialogs with ``open()``; message
boxes (``show_error`` → ``QMessageBox.warning``) are recorded by the ``messages`` fixture.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtWidgets import QMessageBox

from isodesk.domain import core as d


@pytest.fixture(scope="session")
def qt_env(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """The Qt environment every UI test runs in, set up once per session: the app's font and theme,
    the Vietnamese translators, and the application names QSettings files are keyed on.

    Re-styling a live application for every test costs time and can crash Qt, so nothing here is
    repeated per test; a test that switches the language gets Vietnamese back afterwards (``ui_env``).
    """
    from isodesk.ui.i18n import install_translators
    from isodesk.ui.theme import apply_theme, load_fonts

    QCoreApplication.setOrganizationName("isodesk-tests")
    QCoreApplication.setApplicationName("isodesk")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    load_fonts(qapp)
    apply_theme(qapp)
    install_translators("vi")
    yield


@pytest.fixture(autouse=True)
def ui_env(qt_env: None, tmp_path: Path) -> Iterator[None]:
    """Every UI test: the session's Qt environment, and UI settings kept in its own tmp_path."""
    from isodesk.ui.i18n import install_translators

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "ini"))
    yield
    if QLocale().language() != QLocale.Language.Vietnamese:  # the test switched to English
        install_translators("vi")


@pytest.fixture
def app_services(ui_env: None, db_path: Path, database_template: Any) -> Iterator[Any]:
    """All services on an empty, migrated database in tmp_path (first run)."""
    from isodesk.services.registry import open_services

    services = open_services(database_template.copy_to(db_path))
    yield services
    services.close()


def setup_input() -> Any:
    """A small commune after the 2025 reform: 4 departments, 3 people, a steering decision, 2026."""
    from isodesk.domain.setup import SetupInput, SteeringDecision, suggested_departments

    deps = tuple(d.Department(None, n, a) for n, a in suggested_departments(d.AgencyTier.COMMUNE))
    people = (
        d.Person(None, "Phan Đức Thắng", "Chủ tịch UBND", department_name=deps[0].name, is_leader=True,
                 steering_role=d.SteeringRole.HEAD),
        d.Person(None, "Nguyễn Thị Thu Hà", "Công chức Văn phòng - Thống kê", department_name=deps[0].name,
                 is_iso_secretary=True, is_internal_auditor=True, auditor_certificate="Chứng chỉ số 215/2023",
                 steering_role=d.SteeringRole.SECRETARY),
        d.Person(None, "Lê Quốc Bảo", "Phó Chủ tịch UBND", department_name=deps[1].name, is_leader=True),
    )
    return SetupInput(
        agency=d.AgencyProfile(
            id=None, valid_from=date(2025, 7, 1), name="Ủy ban nhân dân xã Sơn Lâm",
            parent_name="Ủy ban nhân dân tỉnh Hà Tĩnh", tier=d.AgencyTier.COMMUNE, province="Hà Tĩnh",
            place_name="Sơn Lâm", abbreviation="UBND", head_title="Chủ tịch", deputy_title="Phó Chủ tịch",
            collective_name="Ủy ban nhân dân"),
        departments=deps, people=people,
        year=d.ReportingYear(None, 2026, *d.default_period(2026), deadline=date(2026, 12, 10)),
        steering_decision=SteeringDecision(15, date(2026, 1, 8), "Về việc kiện toàn Ban Chỉ đạo ISO xã Sơn Lâm",
                                           signer_name="Phan Đức Thắng", signer_title="Chủ tịch"),
    )


@pytest.fixture(scope="session")
def seeded_template(database_template: Any, tmp_path_factory: pytest.TempPathFactory) -> Any:
    """The migrated template after the first-run setup of :func:`setup_input`, made once per session."""
    return type(database_template).build(tmp_path_factory.mktemp("seeded"),
                                         lambda services: services.setup.complete_setup(setup_input()),
                                         start=database_template)


@pytest.fixture
def seeded_services(ui_env: None, seeded_template: Any, tmp_path: Path) -> Iterator[Any]:
    """Services after the first-run setup of :func:`setup_input` (a copy of :func:`seeded_template`)."""
    from isodesk.services.registry import open_services

    # Its own folder: a test may also hold an empty database (app_services) at tmp_path / "isodesk.db".
    services = open_services(seeded_template.copy_to(tmp_path / "seeded" / "isodesk.db"))
    yield services
    services.close()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The small demo database of 22/11/2026 (with its attachments folder), generated once per session."""
    from isodesk.demo.data import generate_demo

    return generate_demo(tmp_path_factory.mktemp("demo") / "demo.db", scale="small", today=date(2026, 11, 22))


@pytest.fixture
def demo_copy(demo_template: Path, tmp_path: Path) -> Path:
    """A copy of :func:`demo_template` in tmp_path: the closed database file and its attachments folder."""
    import shutil

    from isodesk.services.registry import files_dir_for

    target = tmp_path / "demo.db"
    shutil.copyfile(demo_template, target)
    if files_dir_for(demo_template).exists():
        shutil.copytree(files_dir_for(demo_template), files_dir_for(target))
    return target


@pytest.fixture
def window(seeded_services: Any, qtbot, tmp_path: Path) -> Any:  # type: ignore[no-untyped-def]
    """The real MainWindow with every registered screen, attached to the seeded database."""
    from isodesk.app import register_screens
    from isodesk.ui.main_window import MainWindow
    from isodesk.ui.settings import UiSettings

    settings = UiSettings(QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat))
    win = MainWindow(settings)
    qtbot.addWidget(win)
    register_screens(win)
    win.resize(1366, 768)
    win.show()
    win.attach(seeded_services)
    return win


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Blocking message boxes answered at once; their texts are recorded in order."""
    seen: list[str] = []

    def record(_parent: Any, _title: str, text: str, *_a: Any, **_k: Any) -> QMessageBox.StandardButton:
        seen.append(text)
        return QMessageBox.StandardButton.Ok

    for name in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, name, record)
    return seen
