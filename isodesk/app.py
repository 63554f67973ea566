"""Composition root: command line, Qt application, database, services, main window.

Start-up order matters for speed: Qt and the window come first (no SQLAlchemy, no Alembic at
module level here or in the window); the database is opened right after the first paint.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from isodesk.services.registry import Services
    from isodesk.ui.main_window import MainWindow

_T0 = time.perf_counter()


def default_data_dir() -> Path:
    """Per-user data folder (e.g. %LOCALAPPDATA%\\isodesk on Windows, ~/.local/share/isodesk)."""
    from platformdirs import user_data_dir

    return Path(os.environ.get("ISODESK_DATA_DIR") or user_data_dir("isodesk", appauthor=False))


def default_db_path() -> Path:
    return default_data_dir() / "isodesk.db"


def demo_db_path() -> Path:
    """The demo lives in its own folder and file, never beside the real data."""
    return default_data_dir() / "demo" / "isodesk-demo.db"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="isodesk", description="ISO 9001 register for Vietnamese state agencies")
    parser.add_argument("--db", type=Path, help="database file to open (default: the user's data folder)")
    parser.add_argument("--demo", action="store_true", help="open a separate demo database of a fictional commune")
    parser.add_argument("--lang", choices=("vi", "en"), help="interface language (default: Vietnamese)")
    parser.add_argument("--self-test", action="store_true", help="start, open the database, paint, and exit")
    parser.add_argument("--quit-after-paint", action="store_true", help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command")
    demo = sub.add_parser("demo-data", help="write a demo database")
    demo.add_argument("--db", type=Path, required=True, dest="target",
                      help="where to write it; only a missing file or an earlier demo database is replaced")
    demo.add_argument("--scale", choices=("small", "large"), default="small")
    demo.add_argument("--seed", type=int, default=2025)
    demo.add_argument("--force", action="store_true",
                      help="write even where other data is; that data is renamed aside (…truoc-demo-<time>), "
                           "never deleted")
    plan = sub.add_parser("plan", help="write the year's QMS maintenance plan (.docx and .pdf) and record it "
                                       "in the register as a draft")
    plan.add_argument("--db", type=Path, required=True, dest="plan_db", help="the isodesk database file")
    plan.add_argument("--year", type=int, required=True, help="the reporting year, e.g. 2026")
    plan.add_argument("--out", type=Path, required=True, help="folder for the two files")
    return parser


# ---------------------------------------------------------------------------- providers


def cycle_providers() -> list[object]:
    """Every module's contribution to the home screen's checklist (composition happens here)."""
    providers: list[object] = []
    try:
        from isodesk.services.documents_cycle import DocumentsCycleProvider

        providers.append(DocumentsCycleProvider())
    except ImportError:
        pass
    try:
        from isodesk.services.scope_cycle import ScopeCycleProvider

        providers.append(ScopeCycleProvider())
    except ImportError:
        pass
    from isodesk.services.plan_cycle import PlanCycleProvider

    providers.append(PlanCycleProvider())  # the "issue the plan" step opens the plan page
    return providers


def open_database(db_path: Path) -> Services:
    from isodesk.services.registry import open_services

    return open_services(db_path, cycle_providers())  # type: ignore[arg-type]


# ---------------------------------------------------------------------------- GUI


def register_screens(window: MainWindow) -> None:
    """Every built module registers its screen here; factories import lazily."""

    def home(services, win):  # type: ignore[no-untyped-def]
        from isodesk.ui.screens.home_screen import HomeScreen

        return HomeScreen(services, win)

    def documents(services, win):  # type: ignore[no-untyped-def]
        from PySide6.QtCore import QCoreApplication

        from isodesk.ui.screens.documents_screen import DocumentsScreen
        from isodesk.ui.screens.internal_documents_tab import InternalDocumentsTab
        from isodesk.ui.screens.records_tab import RecordsTab

        screen = DocumentsScreen(services, win)
        screen.add_tab("internal", InternalDocumentsTab(services, win),
                       QCoreApplication.translate("InternalDocumentsTab", "Internal documents"))
        screen.add_tab("records", RecordsTab(services, win), QCoreApplication.translate("RecordsTab", "Records list"))
        from isodesk.ui.screens.external_documents_tab import ExternalDocumentsTab
        from isodesk.ui.screens.scope_tab import ScopeTab
        from isodesk.ui.screens.tthc_tab import TthcTab

        screen.add_tab("external", ExternalDocumentsTab(services, win),
                       QCoreApplication.translate("ExternalDocumentsTab", "External documents"))
        screen.add_tab("tthc", TthcTab(services, win), QCoreApplication.translate("TthcTab", "Administrative procedures"))
        screen.add_tab("scope", ScopeTab(services, win), QCoreApplication.translate("ScopeTab", "Scope and announcement"))
        return screen

    def settings(services, win):  # type: ignore[no-untyped-def]
        from isodesk.ui.screens.settings_screen import SettingsScreen

        return SettingsScreen(services, win)

    def annual_report(services, win):  # type: ignore[no-untyped-def]
        from isodesk.ui.screens.annual_report_screen import AnnualReportScreen

        return AnnualReportScreen(services, win)

    window.register_screen("home", home)
    window.register_screen("documents", documents)
    window.register_screen("annual_report", annual_report)
    window.register_screen("settings", settings)


def create_application(argv: Sequence[str], language: str | None = None) -> QApplication:
    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtWidgets import QApplication

    from isodesk.ui.i18n import install_translators, resolve_language
    from isodesk.ui.settings import UiSettings
    from isodesk.ui.theme import apply_theme, load_fonts

    QCoreApplication.setOrganizationName("isodesk")
    QCoreApplication.setApplicationName("isodesk")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    app = QApplication.instance() or QApplication(list(argv))
    load_fonts(app)  # type: ignore[arg-type]
    apply_theme(app)  # type: ignore[arg-type]
    install_translators(resolve_language(language or UiSettings().language))
    return app  # type: ignore[return-value]


def prepare_demo(path: Path) -> Path:
    """(Re)write the demo database when it is missing, not a complete demo, or from an earlier day
    (so its dates are current). The demo folder is isodesk's own; anything else found there is
    renamed aside, not deleted."""
    from isodesk.demo.data import DemoTarget, generate_demo, inspect_demo_target

    status = inspect_demo_target(path)
    if status is not DemoTarget.DEMO or date.fromtimestamp(path.stat().st_mtime) != date.today():
        generate_demo(path, scale="small", force=True)
    return path


def run_gui(args: argparse.Namespace) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    from isodesk.ui.errors import error_text
    from isodesk.ui.main_window import MainWindow

    app = create_application(sys.argv[:1], args.lang)
    window = MainWindow()
    register_screens(window)
    window.show()
    state: dict[str, object] = {"code": 0}

    def fail(exc: BaseException) -> None:
        if args.self_test:
            print(f"self-test FAILED: {exc!r}", file=sys.stderr)
            state["code"] = 1
            app.quit()
            return
        QMessageBox.critical(window, window.tr("isodesk"), error_text(exc))
        state["code"] = 1
        app.quit()

    def finish_start(services: Services) -> None:
        if not services.agency.has_agency():
            if args.self_test:
                # An empty database is a valid start: prove the wizard can be built, then stop.
                from isodesk.ui.dialogs.setup_wizard import SetupWizard

                SetupWizard(services).close()
            else:
                from isodesk.ui.dialogs.setup_wizard import SetupWizard

                wizard = SetupWizard(services, window)
                if not wizard.exec():
                    app.quit()
                    return
        secretaries = [p.full_name for p in services.agency.people() if p.is_iso_secretary]
        services.history.set_actor(services.history.default_actor(secretaries[0] if len(secretaries) == 1 else None))
        window.attach(services)
        if args.self_test or args.quit_after_paint:
            window.repaint()
            app.processEvents()
            elapsed = time.perf_counter() - _T0
            print(f"isodesk: home screen painted after {elapsed:.3f} s")
            if args.self_test:
                _self_test_checks(window)
            QTimer.singleShot(0, app.quit)

    def open_data() -> None:
        try:
            path = prepare_demo(demo_db_path()) if args.demo else (args.db or default_db_path())
            services = open_database(path)
        except Exception as exc:  # noqa: BLE001 - shown to the user, nothing was changed
            fail(exc)
            return
        window.destroyed.connect(services.close)
        app.aboutToQuit.connect(services.close)
        try:
            finish_start(services)
        except Exception as exc:  # noqa: BLE001
            fail(exc)

    QTimer.singleShot(0, open_data)
    code = app.exec()
    return int(state["code"]) or code


def _self_test_checks(window: MainWindow) -> None:
    """Prove the frozen bundle carries what it needs: translations, fonts, migrations, renderers."""
    from PySide6.QtGui import QFontDatabase
    from PySide6.QtCore import QCoreApplication

    problems = []
    if QCoreApplication.translate("Navigation", "Overview") == "Overview" and os.environ.get("ISODESK_LANGUAGE", "vi") == "vi":
        problems.append("Vietnamese translation not loaded")
    if not any("Noto Sans" in f for f in QFontDatabase.families()):
        problems.append("bundled UI font not loaded")
    try:
        from isodesk.reports import fonts as report_fonts

        report_fonts.register_pdf_fonts()
    except Exception as exc:  # noqa: BLE001
        problems.append(f"report fonts: {exc!r}")
    if problems:
        raise SystemExit("self-test FAILED: " + "; ".join(problems))
    print("self-test ok")


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(list(sys.argv[1:] if argv is None else argv))
    if args.command == "demo-data":
        return demo_data_command(args.target, args.scale, args.seed, args.force)
    if args.command == "plan":
        return plan_command(args.plan_db, args.year, args.out)
    return run_gui(args)


def _utf8_console() -> None:
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:  # a Windows console may not be UTF-8
            reconfigure(encoding="utf-8", errors="replace")


def demo_data_command(target: Path, scale: str, seed: int, force: bool) -> int:
    """``isodesk demo-data``: write a demo database; never over real data unless ``--force``.

    Exit code 2 (and nothing changed) when ``target`` holds anything but an earlier demo database.
    """
    from isodesk.demo.data import DemoTarget, DemoTargetTaken, generate_demo, inspect_demo_target

    _utf8_console()
    started = time.perf_counter()
    taken = inspect_demo_target(Path(target)) is DemoTarget.OTHER
    try:
        generate_demo(Path(target), scale=scale, seed=seed, force=force)
    except DemoTargetTaken:
        print(f"Không ghi dữ liệu mẫu vào {target}: ở đó đã có dữ liệu khác (có thể là dữ liệu thật của cơ "
              "quan). Tệp không bị thay đổi. Hãy chọn một tên tệp khác, hoặc thêm --force: dữ liệu cũ sẽ được "
              "đổi tên thành …truoc-demo-<thời gian> để giữ lại, không bị xóa.", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"Không ghi được dữ liệu mẫu vào {target}: {exc.strerror or exc}. Không có gì bị thay đổi.",
              file=sys.stderr)
        return 2
    if taken:
        print(f"Dữ liệu cũ tại {target} đã được đổi tên thành …truoc-demo-<thời gian> bên cạnh tệp mới.")
    print(f"demo database written to {target} ({scale}) in {time.perf_counter() - started:.1f} s")
    return 0


def plan_command(db: Path, year: int, out: Path) -> int:
    """``isodesk plan``: write the plan's .docx and .pdf, record them in the register, print the paths.

    Messages are in Vietnamese (secretaries run it too). Exit code 2 when the data is not there.
    """
    _utf8_console()

    def fail(message: str) -> int:
        print(message, file=sys.stderr)
        return 2

    if not Path(db).is_file():
        return fail(f"Không tìm thấy tệp dữ liệu: {db}")
    from isodesk.domain.errors import DomainError, NotFoundError, StorageError

    try:
        services = open_database(Path(db))
    except StorageError:
        return fail(f"Không mở được tệp dữ liệu {db}: tệp không phải dữ liệu isodesk, bị hỏng hoặc do phiên "
                    "bản isodesk mới hơn tạo ra. Tệp không bị thay đổi.")
    try:
        result = services.plan.export(year, Path(out))
    except NotFoundError:
        return fail(f"Chưa có kỳ báo cáo năm {year} trong dữ liệu. Hãy thêm kỳ báo cáo năm {year} "
                    "(Cài đặt → Kỳ báo cáo) rồi chạy lại.")
    except DomainError as exc:
        if exc.code == "no_agency":
            return fail("Chưa có thông tin cơ quan trong dữ liệu. Hãy nhập thông tin cơ quan "
                        "(Cài đặt → Cơ quan) rồi chạy lại.")
        return fail(f"Không tạo được kế hoạch năm {year} (mã lỗi: {exc.code}). Dữ liệu không bị thay đổi.")
    except OSError as exc:
        return fail(f"Không ghi được tệp vào thư mục {out}: {exc.strerror or exc}")
    finally:
        services.close()
    print(result.docx)
    print(result.pdf)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
