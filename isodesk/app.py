"""Composition root: command line, Qt application, database, services, main window.

Start-up order matters for speed: Qt and the window come first (no SQLAlchemy, no Alembic at
module level here or in the window); the database is opened right after the first paint.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import time
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, cast

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from isodesk.domain.handover import HandoverPeople
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


def data_file_to_open(recent: Sequence[str], default: Path, demo: Path) -> tuple[Path, Path | None]:
    """The file a start without ``--db`` opens, and the last file when it cannot be found now.

    The real data file opened last (Tệp → Mở… may have switched to another one: the secretary expects to
    find her data where she left it), never the demo; else the default file. A last file that is missing
    now (a removed USB drive, a renamed folder) is not created empty in its place: the default file is
    opened and the missing one returned, so the window can say so.
    """
    for name in recent:
        candidate = Path(name)
        if _same_file(candidate, demo):
            continue
        return (candidate, None) if candidate.is_file() else (default, candidate)
    return default, None


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return a.absolute() == b.absolute()


#: Every text of the command line, in Vietnamese (the default) and English. Plain strings: the
#: command line runs before Qt and its translators exist.
_CLI_TEXTS: dict[str, dict[str, str]] = {
    "vi": {
        "description": "isodesk – phần mềm hỗ trợ duy trì hệ thống quản lý chất lượng TCVN ISO 9001:2015 "
                       "cho cơ quan hành chính nhà nước. Chạy không có lệnh: mở cửa sổ chương trình.",
        "usage": "Cách dùng: ",
        "commands": "lệnh",
        "options": "tùy chọn",
        "command_metavar": "LỆNH",
        "file": "TỆP",
        "folder": "THƯ_MỤC",
        "year_metavar": "NĂM",
        "number": "SỐ",
        "name": "TÊN",
        "help": "hiện trợ giúp này rồi thoát",
        "version": "hiện phiên bản isodesk rồi thoát",
        "db": "tệp dữ liệu cần mở (mặc định: thư mục dữ liệu của người dùng); tệp mới sẽ được tạo, tệp "
              "cũ được nâng cấp",
        "demo": "mở một tệp dữ liệu mẫu riêng của một xã giả định (không đụng đến dữ liệu thật)",
        "lang": "ngôn ngữ giao diện: vi (tiếng Việt, mặc định) hoặc en (tiếng Anh)",
        "self_test": "khởi động, mở dữ liệu, vẽ màn hình Tổng quan, kiểm tra phông chữ và bản dịch rồi thoát "
                     "(dùng để kiểm tra bản cài đặt)",
        "demo_data": "ghi một tệp dữ liệu mẫu",
        "demo_db": "nơi ghi tệp mẫu; chỉ thay một tệp chưa có hoặc một tệp mẫu isodesk cũ",
        "scale": "cỡ dữ liệu mẫu: small (một xã nhỏ) hoặc large (cơ quan lớn với 10 năm lịch sử, để đo "
                 "hiệu năng); mặc định: small",
        "seed": "số khởi tạo ngẫu nhiên, cùng số thì cùng dữ liệu (mặc định: 2025)",
        "force": "ghi cả khi ở đó đã có dữ liệu khác; dữ liệu cũ được đổi tên để giữ lại "
                 "(…truoc-demo-<thời gian>), không bị xóa",
        "plan": "viết kế hoạch duy trì HTQLCL của năm (.docx và .pdf) và ghi vào sổ văn bản dưới dạng dự thảo",
        "plan_db": "tệp dữ liệu isodesk",
        "plan_year": "năm báo cáo, ví dụ 2026",
        "plan_out": "thư mục ghi hai tệp",
        "check": "kiểm tra tệp dữ liệu và từng tệp đính kèm theo mã SHA-256, dọn phần thừa do một lần đính "
                 "kèm bị gián đoạn; mã thoát 0: nhất quán, 1: có vấn đề (liệt kê), 2: không mở được tệp",
        "check_db": "tệp dữ liệu isodesk",
        "documents": "viết mọi văn bản và danh mục in mà các phân hệ lập được cho năm (mỗi cái một tệp .docx và "
                     ".pdf) cùng tệp index.json; không ghi gì vào sổ văn bản",
        "documents_out": "thư mục ghi các tệp và index.json",
        "restore": "khôi phục dữ liệu từ một bản sao lưu (trước đó tự sao lưu dữ liệu hiện tại); mã thoát 0: đã "
                   "khôi phục hoặc đã liệt kê, 1: bị từ chối (không có gì thay đổi), 2: không mở được tệp dữ liệu",
        "restore_db": "tệp dữ liệu isodesk cần khôi phục",
        "restore_list": "liệt kê các bản sao lưu (ngày giờ, lý do, cơ quan, số bản ghi)",
        "restore_from": "bản sao lưu (.db) cần khôi phục",
        "handover": "bàn giao cho thư ký ISO mới: ghi một tệp .isodesk (bản sao dữ liệu, mọi tệp đính kèm, bản kê "
                    "mã SHA-256) và biên bản bàn giao (.docx, .pdf) bên cạnh; mã thoát 0: đã ghi, 1: bị từ chối "
                    "(không ghi gì), 2: không mở được tệp dữ liệu",
        "handover_out": "tệp bàn giao cần ghi (.isodesk); tệp đã có không bao giờ bị ghi đè",
        "handover_from": "họ và tên người bàn giao (thư ký ISO hiện tại)",
        "handover_to": "họ và tên người nhận bàn giao",
        "handover_head": "họ và tên lãnh đạo cơ quan xác nhận",
        "handover_title": "chức vụ",
        "handover_year": "năm báo cáo có công việc đang làm dở cần liệt kê (mặc định: năm hiện tại)",
        "receive": "nhận bàn giao: kiểm tra toàn bộ tệp .isodesk (mã SHA-256 từng tệp, đường dẫn an toàn) rồi tạo "
                   "tệp dữ liệu mới từ đó và ghi người nhận làm thư ký ISO; mã thoát 0: đã nhận, 1: tệp bị từ "
                   "chối (không ghi gì)",
        "receive_package": "tệp bàn giao (.isodesk)",
        "receive_db": "tệp dữ liệu mới cần tạo; tệp đã có không bao giờ bị ghi đè",
        "receive_check": "chỉ kiểm tra tệp bàn giao, không tạo gì",
        "report": "xuất gói báo cáo ISO năm (báo cáo .docx và .pdf, bảng số liệu và phụ lục .xlsx, hồ sơ minh chứng, "
                  "danh mục hồ sơ minh chứng, MANIFEST) vào một thư mục hoặc USB; mã thoát 0: đã xuất (in đường dẫn "
                  "gói), 2: còn lỗi chặn trong danh sách kiểm tra trước khi xuất (liệt kê) hoặc không xuất được",
        "report_out": "thư mục (hoặc USB) ghi gói; gói được ghi dưới tên tạm, kiểm tra lại rồi mới đổi sang tên "
                      "BaoCao_ISO_<năm>_<cơ quan>; gói cũ cùng tên không bị ghi đè",
        "report_zip": "ghi thêm một tệp .zip của toàn bộ gói",
        "report_confirm_all": "xác nhận mọi lỗi chặn của danh sách kiểm tra (mỗi xác nhận được ghi vào lịch sử "
                              "thay đổi) và vẫn xuất",
        "verify": "kiểm tra một gói báo cáo (thư mục hoặc tệp .zip) theo MANIFEST.json: đủ tệp, đúng mã SHA-256, "
                  "không có tệp thừa, tên tệp an toàn; mã thoát 0: hợp lệ, 1: có tệp sai (liệt kê từng tệp)",
        "verify_path": "thư mục gói hoặc tệp .zip cần kiểm tra",
    },
    "en": {
        "description": "isodesk – keeps the TCVN ISO 9001:2015 quality management system of a Vietnamese "
                       "state agency. Without a command: opens the program window.",
        "usage": "usage: ",
        "commands": "commands",
        "options": "options",
        "command_metavar": "COMMAND",
        "file": "FILE",
        "folder": "FOLDER",
        "year_metavar": "YEAR",
        "number": "NUMBER",
        "name": "NAME",
        "help": "show this help and exit",
        "version": "show the isodesk version and exit",
        "db": "data file to open (default: the user's data folder); a new file is created, an older one "
              "upgraded",
        "demo": "open a separate demo data file of a fictional commune (real data is not touched)",
        "lang": "interface language: vi (Vietnamese, the default) or en (English)",
        "self_test": "start, open the data, paint the overview, check fonts and translations, and exit "
                     "(checks an installation)",
        "demo_data": "write a demo data file",
        "demo_db": "where to write it; only a missing file or an earlier isodesk demo is replaced",
        "scale": "size of the demo: small (a small commune) or large (a big agency with 10 years of "
                 "history, for benchmarks); default: small",
        "seed": "random seed; the same seed gives the same data (default: 2025)",
        "force": "write even where other data is; that data is renamed aside (…truoc-demo-<time>), never "
                 "deleted",
        "plan": "write the year's QMS maintenance plan (.docx and .pdf) and record it in the register as a draft",
        "plan_db": "the isodesk data file",
        "plan_year": "the reporting year, e.g. 2026",
        "plan_out": "folder for the two files",
        "check": "check the data file and every attached file against its SHA-256, clean what an interrupted "
                 "attach left; exit code 0 consistent, 1 problems (listed), 2 the file cannot be opened",
        "check_db": "the isodesk data file",
        "documents": "write every document and printed list the modules can produce for the year (.docx and "
                     ".pdf each) and an index.json; nothing is recorded in the register",
        "documents_out": "folder for the files and index.json",
        "restore": "restore the data from a backup (the current data is backed up first); exit code 0 restored or "
                   "listed, 1 refused (nothing changed), 2 the data file cannot be opened",
        "restore_db": "the isodesk data file to restore",
        "restore_list": "list the backups (date and time, reason, agency, record counts)",
        "restore_from": "the backup (.db) to restore",
        "handover": "hand over to a new ISO secretary: write one .isodesk file (a copy of the data, every attached "
                    "file, a list of SHA-256 checks) and the handover minutes (.docx, .pdf) beside it; exit code 0 "
                    "written, 1 refused (nothing written), 2 the data file cannot be opened",
        "handover_out": "the handover file to write (.isodesk); an existing file is never overwritten",
        "handover_from": "full name of the person handing over (the current ISO secretary)",
        "handover_to": "full name of the person receiving",
        "handover_head": "full name of the head of the agency who confirms",
        "handover_title": "position",
        "handover_year": "reporting year whose open work is listed (default: the current year)",
        "receive": "receive a handover: verify the whole .isodesk file (every SHA-256, safe paths), then make a new "
                   "data file from it with the receiver as ISO secretary; exit code 0 received, 1 refused "
                   "(nothing written)",
        "receive_package": "the handover file (.isodesk)",
        "receive_db": "the new data file to create; an existing file is never overwritten",
        "receive_check": "only verify the handover file, create nothing",
        "report": "export the year's ISO report package (the report as .docx and .pdf, figures and appendices as "
                  ".xlsx, the evidence, its list, the MANIFEST) to a folder or USB drive; exit code 0 exported (the "
                  "package's path is printed), 2 blocking problems in the readiness list (listed) or not exported",
        "report_out": "folder (or USB drive) for the package; it is written under a temporary name, read back, then "
                      "renamed BaoCao_ISO_<year>_<agency>; an older package of the same name is never overwritten",
        "report_zip": "also write one .zip of the whole package",
        "report_confirm_all": "confirm every blocking problem of the readiness list (each confirmation is recorded "
                              "in the change history) and export anyway",
        "verify": "check a report package (folder or .zip) against its MANIFEST.json: every file present, every "
                  "SHA-256 equal, nothing extra, safe names; exit code 0 valid, 1 bad files (each named)",
        "verify_path": "the package folder or .zip to check",
    },
}


def cli_language(argv: Sequence[str]) -> str:
    """The language of ``--help``: ``--lang``, else ISODESK_LANGUAGE, else English when LANG says so."""
    args = list(argv)
    for i, arg in enumerate(args):
        if arg == "--lang" and i + 1 < len(args):
            return "en" if args[i + 1] == "en" else "vi"
        if arg.startswith("--lang="):
            return "en" if arg.split("=", 1)[1] == "en" else "vi"
    if os.environ.get("ISODESK_LANGUAGE") in ("vi", "en"):
        return str(os.environ["ISODESK_LANGUAGE"])
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if value:
            return "en" if value.lower().startswith("en") else "vi"
    return "vi"


class _NotWindowOnly(Exception):
    """The command line is not only the window's options (a command, or a mistake to explain)."""


class _WindowOptionsParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise _NotWindowOnly(message)


def parse_arguments(argv: Sequence[str]) -> argparse.Namespace:
    """The command line, parsed by :func:`build_parser`.

    A start of the window (no command: the usual double-click, or ``--db FILE``) is parsed by the
    window's options alone: building the nine commands' parsers costs ~5 ms before the first paint.
    Anything else there (a command, a mistake, ``--help``) goes to the whole parser, so its result,
    help and messages are exactly the whole parser's.
    """
    language = cli_language(argv)
    if not any(arg.startswith(("-h", "--h")) for arg in argv):  # the help lists the commands
        try:
            return build_parser(language, commands=False).parse_args(argv)
        except _NotWindowOnly:
            pass
    return build_parser(language).parse_args(argv)


def build_parser(language: str = "vi", *, commands: bool = True) -> argparse.ArgumentParser:
    """The whole command line; without ``commands``, only the window's options, and any error raises
    :class:`_NotWindowOnly` instead of exiting (see :func:`parse_arguments`)."""
    from isodesk import __version__

    t = _CLI_TEXTS["en" if language == "en" else "vi"]

    class Formatter(argparse.HelpFormatter):
        def add_usage(self, usage, actions, groups, prefix=None):
            super().add_usage(usage, actions, groups, t["usage"] if prefix is None else prefix)

    def new_parser(factory, *args, **kwargs) -> argparse.ArgumentParser:
        p: argparse.ArgumentParser = factory(*args, add_help=False, formatter_class=Formatter, **kwargs)
        p._positionals.title = t["commands"]
        p._optionals.title = t["options"]
        p.add_argument("-h", "--help", action="help", help=t["help"])
        return p

    parser = new_parser(argparse.ArgumentParser if commands else _WindowOptionsParser, prog="isodesk",
                        description=t["description"])
    parser.add_argument("--version", action="version", version=f"isodesk {__version__}", help=t["version"])
    parser.add_argument("--db", type=Path, metavar=t["file"], help=t["db"])
    parser.add_argument("--demo", action="store_true", help=t["demo"])
    parser.add_argument("--lang", choices=("vi", "en"), help=t["lang"])
    parser.add_argument("--self-test", action="store_true", help=t["self_test"])
    parser.add_argument("--quit-after-paint", action="store_true", help=argparse.SUPPRESS)
    if not commands:
        parser.set_defaults(command=None)
        return parser
    sub = parser.add_subparsers(dest="command", title=t["commands"], metavar=t["command_metavar"])
    demo = new_parser(sub.add_parser, "demo-data", help=t["demo_data"], description=t["demo_data"])
    demo.add_argument("--db", type=Path, required=True, dest="target", metavar=t["file"], help=t["demo_db"])
    demo.add_argument("--scale", choices=("small", "large"), default="small", help=t["scale"])
    demo.add_argument("--seed", type=int, default=2025, metavar=t["number"], help=t["seed"])
    demo.add_argument("--force", action="store_true", help=t["force"])
    plan = new_parser(sub.add_parser, "plan", help=t["plan"], description=t["plan"])
    plan.add_argument("--db", type=Path, required=True, dest="plan_db", metavar=t["file"], help=t["plan_db"])
    plan.add_argument("--year", type=int, required=True, metavar=t["year_metavar"], help=t["plan_year"])
    plan.add_argument("--out", type=Path, required=True, metavar=t["folder"], help=t["plan_out"])
    check = new_parser(sub.add_parser, "check", help=t["check"], description=t["check"])
    check.add_argument("--db", type=Path, required=True, dest="check_db", metavar=t["file"], help=t["check_db"])
    documents = new_parser(sub.add_parser, "documents", help=t["documents"], description=t["documents"])
    documents.add_argument("--db", type=Path, required=True, dest="documents_db", metavar=t["file"],
                           help=t["plan_db"])
    documents.add_argument("--year", type=int, required=True, metavar=t["year_metavar"], help=t["plan_year"])
    documents.add_argument("--out", type=Path, required=True, metavar=t["folder"], help=t["documents_out"])
    restore = new_parser(sub.add_parser, "restore", help=t["restore"], description=t["restore"])
    restore.add_argument("--db", type=Path, required=True, dest="restore_db", metavar=t["file"], help=t["restore_db"])
    restore_what = restore.add_mutually_exclusive_group(required=True)
    restore_what.add_argument("--list", action="store_true", dest="restore_list", help=t["restore_list"])
    restore_what.add_argument("--from", type=Path, dest="restore_from", metavar=t["file"], help=t["restore_from"])
    handover = new_parser(sub.add_parser, "handover", help=t["handover"], description=t["handover"])
    handover.add_argument("--db", type=Path, required=True, dest="handover_db", metavar=t["file"], help=t["plan_db"])
    handover.add_argument("--out", type=Path, required=True, dest="handover_out", metavar=t["file"],
                          help=t["handover_out"])
    for who in ("from", "to", "head"):
        handover.add_argument(f"--{who}", required=True, dest=f"handover_{who}", metavar=t["name"],
                              help=t[f"handover_{who}"])
        handover.add_argument(f"--{who}-title", default="", dest=f"handover_{who}_title", metavar=t["name"],
                              help=t["handover_title"])
    handover.add_argument("--year", type=int, dest="handover_year", metavar=t["year_metavar"], help=t["handover_year"])
    receive = new_parser(sub.add_parser, "receive", help=t["receive"], description=t["receive"])
    receive.add_argument("package", type=Path, metavar=t["file"], help=t["receive_package"])
    receive_what = receive.add_mutually_exclusive_group(required=True)
    receive_what.add_argument("--db", type=Path, dest="receive_db", metavar=t["file"], help=t["receive_db"])
    receive_what.add_argument("--check", action="store_true", dest="receive_check", help=t["receive_check"])
    report = new_parser(sub.add_parser, "report", help=t["report"], description=t["report"])
    report.add_argument("--db", type=Path, required=True, dest="report_db", metavar=t["file"], help=t["plan_db"])
    report.add_argument("--year", type=int, required=True, metavar=t["year_metavar"], help=t["plan_year"])
    report.add_argument("--out", type=Path, required=True, metavar=t["folder"], help=t["report_out"])
    report.add_argument("--zip", action="store_true", dest="report_zip", help=t["report_zip"])
    report.add_argument("--confirm-all", action="store_true", help=t["report_confirm_all"])
    # Which offered document is the report (tests, until the report module is on every branch).
    report.add_argument("--report-key", default=None, help=argparse.SUPPRESS)
    verify = new_parser(sub.add_parser, "verify", help=t["verify"], description=t["verify"])
    verify.add_argument("verify_path", type=Path, metavar=t["file"], help=t["verify_path"])
    return parser


# ---------------------------------------------------------------------------- providers


def cycle_providers() -> list[object]:
    """Every module's provider: its cycle steps and checks (home screen) and its contribution to the
    year (figures, texts, tables, evidence, documents). The list lives in ``services/modules.py``."""
    from isodesk.services.modules import module_providers

    return list(module_providers())


def open_database(db_path: Path) -> Services:
    from isodesk.services.registry import open_services

    return open_services(db_path, cycle_providers())  # type: ignore[arg-type]  # providers satisfy the CycleProvider protocol


# ---------------------------------------------------------------------------- GUI


def register_screens(window: MainWindow) -> None:
    """Every built module registers its screen here; factories import lazily."""

    def home(services, win):
        from isodesk.ui.screens.home_screen import HomeScreen

        return HomeScreen(services, win)

    def documents(services, win):
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

    window.register_screen("home", home)
    window.register_screen("documents", documents)
    # The other screens: a class built lazily on first navigation (its module imported only then).
    for key, module, name in _SCREENS:
        window.register_screen(key, _lazy_screen(module, name))


#: Navigation key → the module and class of its screen, built with ``(services, window)``.
_SCREENS: tuple[tuple[str, str, str], ...] = (
    ("risks", "isodesk.ui.screens.risks_screen", "RisksScreen"),
    ("objectives", "isodesk.ui.screens.objectives_screen", "ObjectivesScreen"),
    ("audits", "isodesk.ui.screens.audit_screen", "AuditScreen"),
    ("nonconformities", "isodesk.ui.screens.nonconformities_tab", "NonconformitiesTab"),
    ("tthc_results", "isodesk.ui.screens.results_screen", "ResultsScreen"),
    ("review", "isodesk.ui.screens.management_review_screen", "ManagementReviewScreen"),
    ("report", "isodesk.ui.screens.report_screen", "ReportScreen"),
    ("annual_report", "isodesk.ui.screens.year_documents_screen", "YearDocumentsScreen"),
    ("settings", "isodesk.ui.screens.settings_screen", "SettingsScreen"),
)


def _lazy_screen(module: str, name: str) -> Callable[[Services, MainWindow], Any]:
    def factory(services: Services, win: MainWindow) -> Any:
        import importlib

        return getattr(importlib.import_module(module), name)(services, win)

    return factory


def create_application(argv: Sequence[str], language: str | None = None) -> QApplication:
    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtWidgets import QApplication

    from isodesk.ui.i18n import install_translators, resolve_language
    from isodesk.ui.settings import UiSettings
    from isodesk.ui.theme import STYLE_ARGUMENTS, apply_theme, load_fonts

    QCoreApplication.setOrganizationName("isodesk")
    QCoreApplication.setApplicationName("isodesk")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    existing = QApplication.instance()
    app = existing or QApplication([*argv, *STYLE_ARGUMENTS])  # Fusion from the start (see apply_theme)
    load_fonts(app)  # type: ignore[arg-type]  # QCoreApplication.instance() is the QApplication made above
    apply_theme(app, style=existing is not None)  # type: ignore[arg-type]  # QCoreApplication.instance() is the QApplication made above
    install_translators(resolve_language(language or UiSettings().language))
    return app  # type: ignore[return-value]  # QCoreApplication.instance() is the QApplication made above


def prepare_demo(path: Path) -> Path:
    """(Re)write the demo database when it is missing, not a complete demo, or from an earlier day
    (so its dates are current). The demo folder is isodesk's own; anything else found there is
    renamed aside, not deleted."""
    from isodesk.demo.data import DemoTarget, generate_demo, inspect_demo_target

    status = inspect_demo_target(path)
    if status is not DemoTarget.DEMO or date.fromtimestamp(path.stat().st_mtime) != date.today():
        generate_demo(path, scale="small", force=True)
    return path


def overview_cache_dir() -> Path:
    """Beside the UI settings' INI file: the remembered overview is per-user UI state, not data."""
    from PySide6.QtCore import QSettings

    return Path(QSettings().fileName()).parent / "overview-cache"


def run_gui(args: argparse.Namespace) -> int:
    """Paint first, open the data second.

    With an overview remembered from the last start on this very file (``ui/overview_cache.py``)
    the window paints it at once, then opens the database (migration check, services: SQLAlchemy is
    first imported there) and replaces it with the computed overview. Without one (first start,
    another file, another day, the file changed) the data is opened right after the window shows,
    as it always was: the setup wizard for a file with no agency, errors in Vietnamese.
    """
    # No cyclic garbage collection until the first paint: the start allocates much (modules, Qt's enums)
    # and frees little, so the collections it would run find next to nothing (open_data turns it back on).
    gc.disable()
    # The pure-Python modules of the first paint before PySide6: once PySide6 is loaded, shiboken reads
    # the source of every module imported (looking for its __feature__ switches), a cost per module.
    import isodesk.domain.formatting  # noqa: F401 - the home screen's; imported here only to come first
    from isodesk import __version__
    from isodesk.ui import overview_cache

    from PySide6.QtCore import QEvent, QObject, QTimer

    from isodesk.ui.main_window import MainWindow

    app = create_application(sys.argv[:1], args.lang)
    window = MainWindow(shortcuts=False)  # set right after the first paint (see ui/main_window.py)
    register_screens(window)
    window.opener = open_database  # Tệp → Mở… opens another file exactly as the start does
    window.daily_backups = not (args.self_test or args.quit_after_paint)
    # The demo is rewritten every day before it is opened: never a remembered copy for it.
    missing: Path | None = None
    if args.demo:
        path = None
    elif args.db:
        path = Path(args.db)
    else:
        from isodesk.ui.settings import UiSettings

        path, missing = data_file_to_open(UiSettings().recent_files(), default_db_path(), demo_db_path())
    cache_dir = overview_cache_dir()
    cached = overview_cache.load(cache_dir, path, __version__) if path is not None else None
    from_cache = cached is not None and window.show_cached(path, cached)  # type: ignore[arg-type]  # path is set whenever cached is
    window.show()
    state: dict[str, object] = {"code": 0, "painted": False, "opening": False}

    def timing(what: str) -> None:
        if args.self_test or args.quit_after_paint:
            try:
                print(f"isodesk: {what} after {time.perf_counter() - _T0:.3f} s", flush=True)
            except OSError:  # the reader went away (a closed pipe): the start itself goes on
                pass

    def fail(exc: BaseException) -> None:
        if args.self_test:
            print(f"self-test FAILED: {exc!r}", file=sys.stderr)
            state["code"] = 1
            app.quit()
            return
        from PySide6.QtWidgets import QMessageBox

        from isodesk.ui.errors import error_text

        QMessageBox.critical(window, window.tr("isodesk"), error_text(exc))
        state["code"] = 1
        app.quit()

    def finish_start(services: Services) -> None:
        first_run = not services.agency.has_agency()
        if first_run:
            from isodesk.ui.dialogs.setup_wizard import SetupWizard

            if args.self_test or args.quit_after_paint:
                # An empty database is a valid start: prove the wizard can be built, then stop (never
                # wait on a modal wizard nobody will answer).
                SetupWizard(services).close()
            else:
                wizard = SetupWizard(services, window)
                if not wizard.exec():
                    app.quit()
                    return
        # The window records the chosen person (the ISO secretary by default) as who made each change.
        window.attach(services, first_run=first_run)
        if missing is not None and not (args.self_test or args.quit_after_paint):
            window.note_missing_file(missing)
        if not (args.self_test or args.quit_after_paint):
            window.backup_status.start_daily()  # the day's first backup, in the background
        if args.self_test or args.quit_after_paint:
            window.repaint()
            app.processEvents()
            if not state["painted"]:
                timing("home screen painted")
            timing("overview up to date")
            if args.self_test:
                _self_test_checks(window)
            QTimer.singleShot(0, app.quit)

    def remember() -> None:
        """At exit, while the data is still open: what the next start paints before opening it (for
        the file open now: the one started with, or another opened from Tệp → Mở…)."""
        services = window.services
        if path is None or services is None:
            return
        state["remember_path"] = services.db_path
        try:
            state["remember"] = _overview_to_remember(window, services)
        except Exception:  # noqa: BLE001 - a copy for speed only; the next start then opens the data first
            state["remember"] = None

    def close_current() -> None:
        if window.services is not None:
            window.services.close()

    def open_data() -> None:
        gc.enable()
        if state["opening"]:
            return
        state["opening"] = True
        window.set_shortcuts()
        try:
            data_path = prepare_demo(demo_db_path()) if args.demo else path
            services = open_database(data_path)  # type: ignore[arg-type]  # data_path is set before the data is opened
        except Exception as exc:  # noqa: BLE001 - shown to the user, nothing was changed
            fail(exc)
            return
        window.destroyed.connect(services.close)
        app.aboutToQuit.connect(remember)  # before close: connected first, called first
        # The file open at exit: the one started with, or another opened since from Tệp → Mở….
        app.aboutToQuit.connect(services.close)
        app.aboutToQuit.connect(close_current)
        try:
            finish_start(services)
        except Exception as exc:  # noqa: BLE001
            fail(exc)

    class FirstPaint(QObject):
        """Opens the data once the remembered overview is on screen (a zero timer can fire first)."""

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not state["painted"]:
                state["painted"] = True
                timing("home screen painted (remembered overview)")
                QTimer.singleShot(0, open_data)
            return False

    if from_cache:
        painted = FirstPaint(window)
        (window.screen("home") or window).installEventFilter(painted)
        QTimer.singleShot(500, open_data)  # no paint (a minimised start): open the data anyway
    else:
        QTimer.singleShot(0, open_data)
    code = app.exec()
    remembered = state.get("remember")
    if path is not None and "remember" in state:
        # The data is closed now (aboutToQuit closed it): the file's identity is final.
        remembered_path = Path(cast(Path, state.get("remember_path", path)))
        if isinstance(remembered, overview_cache.CachedStart):
            overview_cache.save(cache_dir, remembered_path, __version__, remembered)
        else:
            overview_cache.forget(cache_dir, remembered_path)
    return int(cast(int, state["code"])) or code


def _overview_to_remember(window: MainWindow, services: Services) -> object:
    """The :class:`CachedStart` for the next start, or None when the window shows no year's overview.

    Reuses the home screen's overview when the data file has not changed since it was computed
    (the usual case: one computation per start); otherwise computes it from the data.
    """
    from isodesk.ui.overview_cache import CachedStart, file_identity

    year = window.year
    profile = services.agency.profile_on()
    if year is None or profile is None:
        return None
    home = window.screen("home")
    overview = getattr(home, "overview", None)
    today = date.today()
    if (overview is None or getattr(home, "cached", True) or overview.year != year or overview.today != today
            or getattr(home, "overview_identity", None) != file_identity(services.db_path)):
        overview = services.cycle.overview(year, today)
    current = services.years.current(today)
    return CachedStart(agency=profile.name, years=tuple(y.year for y in services.years.years()),
                       current_year=current.year if current else None, overview=overview)


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
        _self_test_render()
    except Exception as exc:  # noqa: BLE001
        problems.append(f"rendering: {exc!r}")
    if problems:
        raise SystemExit("self-test FAILED: " + "; ".join(problems))
    print("self-test ok")


def _self_test_render() -> None:
    """Render a small document to Word and PDF in a temporary folder: proves that python-docx's
    templates, reportlab and the bundled fonts are really in the frozen bundle (a frozen bundle once
    lacked the folder python-docx reads its header template through)."""
    import tempfile

    from isodesk.reports.docx_renderer import render_docx
    from isodesk.reports.model import AdminDocument, Paragraph
    from isodesk.reports.pdf_renderer import render_pdf

    doc = AdminDocument(agency="Ủy ban nhân dân xã Kiểm Tra", symbol="KH-UBND", place="Kiểm Tra",
                        doc_type="KẾ HOẠCH", summary="Kiểm tra bản đóng gói", year=2026,
                        body=[Paragraph("Nội dung kiểm tra tiếng Việt.")] * 60)
    with tempfile.TemporaryDirectory(prefix="isodesk-self-test-") as folder:
        for path in (render_docx(doc, Path(folder) / "a.docx"), render_pdf(doc, Path(folder) / "a.pdf")):
            if path.stat().st_size < 1000:
                raise RuntimeError(f"{path.name} is empty")


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    _utf8_console()  # the Vietnamese help must print on a Windows console too
    args = parse_arguments(arguments)
    if args.command == "demo-data":
        return demo_data_command(args.target, args.scale, args.seed, args.force)
    if args.command == "plan":
        return plan_command(args.plan_db, args.year, args.out)
    if args.command == "check":
        return check_command(args.check_db)
    if args.command == "documents":
        return documents_command(args.documents_db, args.year, args.out)
    if args.command == "restore":
        return restore_command(args.restore_db, args.restore_from, args.restore_list)
    if args.command == "handover":
        from isodesk.domain.handover import HandoverPeople

        people = HandoverPeople(args.handover_from, args.handover_from_title, args.handover_to,
                                args.handover_to_title, args.handover_head, args.handover_head_title, date.today())
        return handover_command(args.handover_db, args.handover_out, people, args.handover_year)
    if args.command == "receive":
        return receive_command(args.package, args.receive_db, args.receive_check)
    if args.command == "report":
        return report_command(args.report_db, args.year, args.out, zip=args.report_zip, confirm_all=args.confirm_all,
                              report_key=args.report_key)
    if args.command == "verify":
        return verify_command(args.verify_path)
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


def _fail(message: str) -> int:
    print(message, file=sys.stderr)
    return 2


def _open_for_command(db: Path) -> Services | int:
    """The services of ``db`` for a command, or exit code 2 with a Vietnamese message (nothing created)."""
    if not Path(db).is_file():
        return _fail(f"Không tìm thấy tệp dữ liệu: {db}")
    from isodesk.domain.errors import StorageError

    try:
        return open_database(Path(db))
    except StorageError as exc:
        return _fail(storage_cli_message(exc))


def _missing_data(exc: Exception, year: int, what: str) -> int:
    """Exit code 2 with the Vietnamese message for a missing year, agency or other refusal."""
    from isodesk.domain.errors import DomainError, NotFoundError

    if isinstance(exc, NotFoundError) and exc.params.get("entity") == "reporting_year":
        return _fail(f"Chưa có kỳ báo cáo năm {year} trong dữ liệu. Hãy thêm kỳ báo cáo năm {year} "
                     "(Cài đặt → Kỳ báo cáo) rồi chạy lại.")
    if isinstance(exc, DomainError) and exc.code == "no_agency":
        return _fail("Chưa có thông tin cơ quan trong dữ liệu. Hãy nhập thông tin cơ quan "
                     "(Cài đặt → Cơ quan) rồi chạy lại.")
    file_messages = {
        "folder_not_writable": "Không ghi được vào thư mục {path} (chỉ đọc hoặc không có quyền).",
        "disk_full": "Ổ đĩa chứa {path} đã đầy.",
        "folder_missing": "Thư mục {path} không còn truy cập được (USB đã bị rút ra?).",
        "file_not_writable": "Không ghi được tệp {path} (có thể tệp đang mở trong Word hoặc Excel).",
    }
    if isinstance(exc, DomainError) and exc.code in file_messages:
        return _fail(file_messages[exc.code].format(path=exc.params.get("path", "")) +
                     " Không có tệp dở dang nào được để lại.")
    if isinstance(exc, DomainError):
        return _fail(f"Không tạo được {what} năm {year} (mã lỗi: {exc.code}). Dữ liệu không bị thay đổi.")
    raise exc


def plan_command(db: Path, year: int, out: Path) -> int:
    """``isodesk plan``: write the plan's .docx and .pdf, record them in the register, print the paths.

    Messages are in Vietnamese (secretaries run it too). Exit code 2 when the data is not there.
    The plan service builds the document, ``reports`` renders it (temporary name, then rename), and
    the service records the files on the register entry in one transaction.
    """
    _utf8_console()
    opened = _open_for_command(db)
    if isinstance(opened, int):
        return opened
    services = opened
    from isodesk.domain.errors import DomainError
    from isodesk.reports.output import write_document_files

    try:
        draft = services.plan.draft(year)
        files = write_document_files(services.plan.build(year), Path(out), services.plan.file_stem(draft))
        result = services.plan.record_export(year, files)
    except DomainError as exc:
        return _missing_data(exc, year, "kế hoạch")
    except OSError as exc:
        return _fail(f"Không ghi được tệp vào thư mục {out}: {exc.strerror or exc}")
    finally:
        services.close()
    print(result.docx)
    print(result.pdf)
    return 0


# ---------------------------------------------------------------------------- storage messages (CLI)

#: The CLI's Vietnamese text for each StorageError code (the GUI's are in ui/errors.py); never SQL.
STORAGE_CLI_MESSAGES: dict[str, str] = {
    "storage": "Không dùng được tệp dữ liệu {path}. Tệp không bị thay đổi.",
    "database_too_new": "Tệp dữ liệu {path} do phiên bản isodesk mới hơn tạo ra ({revision}). Tệp không bị thay đổi. "
                        "Hãy cài phiên bản isodesk mới hơn.",
    "database_locked": "Tệp dữ liệu {path} đang được một chương trình khác (hoặc một cửa sổ isodesk khác) sử dụng. "
                       "Không có gì bị thay đổi. Hãy đóng chương trình đó rồi thử lại.",
    "not_isodesk_database": "Tệp {path} không phải là tệp dữ liệu isodesk (đây là tệp của một chương trình khác). "
                            "Tệp không bị thay đổi.",
    "database_damaged": "Tệp dữ liệu {path} bị hỏng, không đọc được. Tệp không bị thay đổi. "
                        "Hãy khôi phục từ bản sao lưu.",
    "database_read_only": "Tệp dữ liệu {path} đang ở chế độ chỉ đọc nên không lưu được gì vào đó. Không có gì bị "
                          "thay đổi. Hãy bỏ thuộc tính chỉ đọc của tệp hoặc chép tệp sang một thư mục ghi được.",
    "database_folder_read_only": "Không ghi được vào thư mục {path} chứa tệp dữ liệu (ổ đĩa chỉ đọc, đĩa CD hay USB "
                                 "đã khóa ghi?). Không có gì bị thay đổi; hãy chép tệp dữ liệu sang một thư mục "
                                 "ghi được.",
    "new_database_folder_read_only": "Không tạo được tệp dữ liệu mới trong thư mục {path} vì thư mục này không ghi "
                                     "được. Không có gì được tạo; hãy chọn thư mục khác.",
    "storage_disk_full": "Ổ đĩa chứa {path} đã đầy. Thay đổi chưa được lưu, dữ liệu không bị thay đổi; hãy giải "
                         "phóng dung lượng rồi thử lại.",
    "backup_no_room": "Thư mục {path} không đủ chỗ trống cho bản sao lưu cần tạo trước khi nâng cấp tệp dữ liệu. "
                      "Không có gì được nâng cấp hay thay đổi; hãy giải phóng dung lượng rồi chạy lại.",
}


def storage_cli_message(exc: BaseException) -> str:
    """The Vietnamese line for a StorageError raised while opening a database from the command line."""
    code = getattr(exc, "code", "storage")
    params = dict(getattr(exc, "params", {}) or {})
    template = STORAGE_CLI_MESSAGES.get(code, STORAGE_CLI_MESSAGES["storage"])
    return template.format(**{"path": "", "revision": "", **params})


def check_command(db: Path) -> int:
    """``isodesk check``: verify the database and every stored attachment; clean what a failed or
    killed attach left behind. Exit code 0 consistent, 1 problems found, 2 the file cannot be opened."""
    _utf8_console()
    opened = _open_for_command(db)
    if isinstance(opened, int):
        return opened
    services = opened
    from isodesk.domain.errors import StorageError
    from isodesk.domain.integrity import StoreProblemKind

    try:
        report = services.check.check()
    except StorageError as exc:
        print(storage_cli_message(exc), file=sys.stderr)
        return 2
    finally:
        services.close()
    print(f"Kiểm tra dữ liệu: {Path(db)}")
    print(f"Tệp đính kèm đã kiểm tra (SHA-256): {report.files_checked}")
    labels = {
        StoreProblemKind.MISSING: "THIẾU tệp {names}: bản lưu không còn trong thư mục dữ liệu.",
        StoreProblemKind.MODIFIED: "Tệp {names} đã bị sửa bên ngoài isodesk: nội dung không khớp SHA-256 đã ghi.",
        StoreProblemKind.UNKNOWN_FILE: "Tệp lạ trong thư mục tệp đính kèm (không do isodesk ghi, được giữ nguyên): "
                                       "{detail}",
        StoreProblemKind.DATABASE: "Cơ sở dữ liệu không qua được kiểm tra toàn vẹn: {detail}",
        StoreProblemKind.HISTORY: "{detail}",
    }
    if any(problem.history is not None for problem in report.problems):
        _cli_translations()  # the window's own sentence for an altered change history
    from isodesk.ui.history_chain_text import history_break_text

    for problem in report.problems:
        names = ", ".join(f"“{n}”" for n in problem.names) or problem.sha256[:12]
        detail = history_break_text(problem.history) if problem.history is not None else problem.detail
        print("- " + labels[problem.kind].format(names=names, detail=detail))
    if report.orphans_removed or report.temporaries_removed:
        print(f"Đã dọn {len(report.orphans_removed) + len(report.temporaries_removed)} tệp thừa do lần đính kèm "
              "bị lỗi hoặc bị ngắt để lại.")
    if report.consistent:
        print("Kết quả: dữ liệu nhất quán.")
        return 0
    print(f"Kết quả: có {len(report.problems)} vấn đề. Với tệp thiếu hoặc bị sửa, hãy đính kèm lại tệp gốc "
          "để sửa bản lưu.")
    return 1


def documents_command(db: Path, year: int, out: Path) -> int:
    """``isodesk documents``: every document and printed list the modules offer for ``year``, each as
    .docx and .pdf, plus ``index.json`` (title, kind, module, files). Nothing is recorded.

    The list comes from the contribution protocol (``ContributionService.documents``), so a module
    added later appears here with no change. Exit code 2 (Vietnamese message) when the database, the
    reporting year or the agency is missing; ``index.json`` is written last, so its presence means
    the run completed.
    """
    import json

    _utf8_console()
    opened = _open_for_command(db)
    if isinstance(opened, int):
        return opened
    services = opened
    from isodesk import __version__
    from isodesk.domain.errors import DomainError
    from isodesk.reports.files import write_bytes_atomically
    from isodesk.reports.output import write_document_files

    try:
        if not services.agency.has_agency():
            raise DomainError("no_agency")
        offers = services.contributions.documents(year)
        entries = []
        stems: set[str] = set()
        for offer in offers:
            stem = offer.file_stem if offer.file_stem not in stems else f"{offer.file_stem}-{offer.key}"
            stems.add(stem)
            files = write_document_files(services.contributions.build(year, offer.key), Path(out), stem)
            entries.append({"key": offer.key, "title": offer.title, "kind": offer.kind.value,
                            "kind_label": offer.kind.label, "module": offer.module,
                            "docx": files.docx.name, "pdf": files.pdf.name})
            print(files.docx)
            print(files.pdf)
        index = {"isodesk": __version__, "year": year, "documents": entries}
        write_bytes_atomically(Path(out) / "index.json",
                               json.dumps(index, ensure_ascii=False, indent=2).encode("utf-8"))
    except DomainError as exc:
        return _missing_data(exc, year, "văn bản")
    except OSError as exc:
        return _fail(f"Không ghi được tệp vào thư mục {out}: {exc.strerror or exc}")
    finally:
        services.close()
    print(Path(out) / "index.json")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())


# ---------------------------------------------------------------------------- restore (CLI)

#: Vietnamese labels of the main registers counted in a backup (the GUI's are translated in the dialog).
RESTORE_REGISTER_LABELS: dict[str, str] = {
    "issued_document": "văn bản đi", "internal_document": "tài liệu nội bộ", "record_entry": "hồ sơ",
    "external_document": "văn bản bên ngoài", "tthc": "TTHC", "person": "cán bộ", "department": "phòng ban",
    "attachment": "tệp đính kèm", "risk_entry": "rủi ro và cơ hội", "quality_objective": "mục tiêu chất lượng",
    "audit_round": "cuộc đánh giá nội bộ", "nonconformity": "điểm không phù hợp", "tthc_result": "kết quả TTHC",
}

#: The CLI's Vietnamese text for each refusal of a restore.
RESTORE_CLI_MESSAGES: dict[str, str] = {
    "backup_missing": "Không tìm thấy bản sao lưu {path}. Không có gì bị thay đổi.",
    "backup_damaged": "Bản sao lưu {path} bị hỏng (không qua được kiểm tra toàn vẹn) nên không khôi phục được. "
                      "Không có gì bị thay đổi; hãy chọn bản sao lưu khác.",
    "backup_not_isodesk": "Tệp {path} không phải bản sao lưu isodesk nên không khôi phục được. Không có gì bị "
                          "thay đổi.",
    "backup_too_new": "Bản sao lưu {path} do phiên bản isodesk mới hơn tạo ra ({revision}). Không có gì bị thay "
                      "đổi; hãy cài phiên bản isodesk mới hơn để khôi phục.",
    "backup_before_failed": "Không sao lưu được dữ liệu hiện tại trước khi khôi phục ({detail}) nên không khôi "
                            "phục. Không có gì bị thay đổi; hãy kiểm tra dung lượng trống của ổ đĩa.",
    "restore_failed": "Không khôi phục được bản sao lưu ({detail}). Tệp dữ liệu không bị thay đổi; bản sao lưu "
                      "dữ liệu hiện tại vừa tạo vẫn được giữ.",
}

_RESTORE_REASONS = {"daily": "hằng ngày", "manual": "tự tạo", "before_import": "trước khi nhập Excel",
                    "before_restore": "trước khi khôi phục", "before_year_closing": "trước khi khóa sổ năm"}


def restore_reason_vi(reason: str) -> str:
    """The Vietnamese name of why a backup was taken."""
    return _RESTORE_REASONS.get(reason, reason or "không rõ")


def restore_counts_vi(counts: dict[str, int]) -> str:
    """``30 văn bản đi, 67 tài liệu nội bộ, …`` (registers that hold something)."""
    from isodesk.domain.formatting import format_count

    parts = [f"{format_count(n)} {RESTORE_REGISTER_LABELS.get(t, t)}" for t, n in counts.items() if n]
    return ", ".join(parts) or "không có bản ghi nào"


def restore_command(db: Path, backup: Path | None, list_only: bool) -> int:
    """``isodesk restore``: list the backups of ``db`` or restore one (after a backup of the current
    data). Exit code 0 listed or restored, 1 refused (nothing changed), 2 the data file cannot be opened."""
    _utf8_console()
    opened = _open_for_command(db)
    if isinstance(opened, int):
        return opened
    services = opened
    from isodesk.domain.errors import DomainError, StorageError

    try:
        if list_only or backup is None:
            backups = services.restore.list_backups()
            if not backups:
                print(f"Chưa có bản sao lưu nào của {Path(db)}.")
                return 0
            print(f"Các bản sao lưu của {Path(db)} (mới nhất trước):")
            for b in backups:
                state = "tốt" if b.verified else "HỎNG, không khôi phục được"
                older = " (phiên bản dữ liệu cũ, sẽ được nâng cấp khi khôi phục)" if b.older_schema else ""
                where = " [thư mục thứ hai]" if b.in_second_folder else ""
                print(f"- {b.taken_at:%d/%m/%Y %H:%M:%S} · {restore_reason_vi(b.reason)} · "
                      f"{b.agency_name or 'chưa có thông tin cơ quan'} · {restore_counts_vi(b.counts)} · "
                      f"{state}{older}{where}\n  {b.path}")
                if b.missing_files:
                    print(f"  Thiếu {len(b.missing_files)} tệp đính kèm trong thư mục tệp đính kèm: "
                          + ", ".join(f"“{n}”" for n in b.missing_files[:10]))
            return 0
        started = time.perf_counter()
        result = services.restore.restore(Path(backup))
    except DomainError as exc:
        template = RESTORE_CLI_MESSAGES.get(exc.code, "Không khôi phục được (mã lỗi: {code}). Không có gì bị thay đổi.")
        print(template.format(**{"path": "", "revision": "", "detail": "", "code": exc.code, **exc.params}),
              file=sys.stderr)
        return 1
    except StorageError as exc:
        print(storage_cli_message(exc), file=sys.stderr)
        return 1
    finally:
        services.close()
    print(f"Đã khôi phục {Path(db)} từ bản sao lưu {result.restored_from} "
          f"({time.perf_counter() - started:.1f} giây).")
    print(f"Dữ liệu trước khi khôi phục đã được sao lưu vào {result.safety_backup}.")
    if result.upgraded:
        print(f"Bản sao lưu thuộc phiên bản dữ liệu cũ ({result.revision}) đã được nâng cấp.")
    print(f"Dữ liệu hiện có: {restore_counts_vi(result.counts)}.")
    for label, names in (("THIẾU", result.missing_files), ("BỊ SỬA", result.modified_files)):
        if names:
            print(f"Cảnh báo: {len(names)} tệp đính kèm {label} trong thư mục tệp đính kèm: "
                  + ", ".join(f"“{n}”" for n in names[:10]) + (" …" if len(names) > 10 else ""))
    return 0


def _cli_translations() -> Callable[[str, str], str]:
    """Qt's translate with the Vietnamese catalogue loaded, for commands that print the app's own texts
    (error messages, cycle steps, readiness checks) rather than a second, hand-kept copy of them. The one way
    the command line translates: a process that has no application object gets a bare QCoreApplication
    (the command line never shows a window)."""
    from PySide6.QtCore import QCoreApplication

    from isodesk.ui.i18n import install_translators, resolve_language

    if QCoreApplication.instance() is None:
        QCoreApplication(["isodesk"])
    install_translators(resolve_language("vi"))
    return QCoreApplication.translate


def handover_command(db: Path, out: Path, people: HandoverPeople, year: int | None) -> int:
    """``isodesk handover``: write the handover package and its biên bản. Exit code 0 written, 1 refused
    (nothing written), 2 the data file cannot be opened."""
    _utf8_console()
    opened = _open_for_command(db)
    if isinstance(opened, int):
        return opened
    services = opened
    translate = _cli_translations()
    from isodesk.domain.errors import IsodeskError
    from isodesk.ui.errors import error_text

    started = time.perf_counter()
    try:
        current = services.years.current(people.handed_on)
        chosen = year if year is not None else (current.year if current else None)
        result = services.handover.write(Path(out), people, year=chosen, translate=translate)
    except IsodeskError as exc:
        print(error_text(exc), file=sys.stderr)
        return 1
    finally:
        services.close()
    print(f"Đã ghi tệp bàn giao {result.package} ({result.size / 1024 / 1024:.1f} MB, "
          f"{len(result.manifest.members)} tệp, {time.perf_counter() - started:.1f} giây).")
    print(f"Biên bản bàn giao: {result.minutes_docx} và {result.minutes_pdf}")
    return 0


def receive_command(package: Path, target: Path | None, check_only: bool) -> int:
    """``isodesk receive``: verify a handover package, and (unless ``--check``) make a new data file from
    it with the receiver as ISO secretary. Exit code 0 verified/received, 1 refused (nothing written)."""
    _utf8_console()
    _cli_translations()
    from isodesk.domain.errors import IsodeskError
    from isodesk.services.core.handover_service import inspect_package, receive_package
    from isodesk.ui.errors import error_text

    started = time.perf_counter()
    try:
        if check_only or target is None:
            manifest = inspect_package(Path(package))
            print(f"Tệp bàn giao hợp lệ: {len(manifest.members)} tệp khớp mã SHA-256 — {manifest.agency_name}, "
                  f"{manifest.people.outgoing_name} bàn giao cho {manifest.people.incoming_name} ngày "
                  f"{manifest.people.handed_on:%d/%m/%Y}.")
            return 0
        received = receive_package(Path(package), Path(target))
        services = open_database(received.db_path)
        try:
            services.handover.make_secretary(received.manifest.people.incoming_name,
                                             received.manifest.people.incoming_title)
        finally:
            services.close()
    except IsodeskError as exc:
        print(error_text(exc), file=sys.stderr)
        return 1
    print(f"Đã nhận bàn giao vào {received.db_path} ({time.perf_counter() - started:.1f} giây): "
          f"{received.manifest.agency_name}; {received.files_restored} tệp đính kèm; thư ký ISO: "
          f"{received.manifest.people.incoming_name}.")
    return 0


# ---------------------------------------------------------------------------- report package (CLI)

def report_command(db: Path, year: int, out: Path, *, zip: bool = False, confirm_all: bool = False,
                   report_key: str | None = None) -> int:
    """``isodesk report``: the readiness list, then the package of ``year`` in ``out``.

    Exit code 0 with the package's path; 2 when blocking readiness errors are not confirmed (each listed,
    nothing written) or the package could not be written (nothing left under its final name).
    """
    _utf8_console()
    opened = _open_for_command(db)
    if isinstance(opened, int):
        return opened
    services = opened
    from isodesk.domain.errors import DomainError, NotFoundError
    from isodesk.domain.package import issue_text
    from isodesk.services.package.package_service import REPORT_KEY

    key = report_key or REPORT_KEY
    translate = _cli_translations()
    from isodesk.ui.errors import error_text

    try:
        readiness = services.package.readiness(year, report_key=key)
        errors = readiness.errors
        for issue in readiness.warnings:
            print(f"Cảnh báo: {issue_text(issue, translate)}")
        if errors and not confirm_all:
            print(f"Chưa xuất gói báo cáo năm {year}: còn {len(errors)} lỗi chặn trong danh sách kiểm tra trước khi "
                  "xuất. Không có gì được ghi. Hãy sửa, hoặc chạy lại với --confirm-all để xác nhận từng lỗi "
                  "(được ghi vào lịch sử thay đổi):", file=sys.stderr)
            for issue in errors:
                print(f"- LỖI: {issue_text(issue, translate)}", file=sys.stderr)
            return 2
        for issue in errors:
            print(f"Đã xác nhận lỗi: {issue_text(issue, translate)}")
        result = services.package.export(year, Path(out), zip=zip, confirmations=[i.code for i in errors],
                                         report_key=key)
    except NotFoundError as exc:
        return _missing_data(exc, year, "gói báo cáo")
    except DomainError as exc:
        if exc.code in ("package_no_report", "package_cancelled", "package_verify_failed"):
            return _fail(error_text(exc))  # the same words as the window's message
        return _missing_data(exc, year, "gói báo cáo")
    except OSError as exc:
        return _fail(f"Không ghi được gói vào thư mục {out}: {exc.strerror or exc}. Không có gì được để lại.")
    finally:
        services.close()
    print(result.folder)
    if result.zip:
        print(result.zip)
    return 0


def verify_command(path: Path) -> int:
    """``isodesk verify``: check a package folder or zip against its manifest. Exit code 0 valid, 1 not
    (each bad file named)."""
    _utf8_console()
    from isodesk.domain.package import format_size
    from isodesk.reports.package_archive import verify

    result = verify(Path(path))
    print(f"Kiểm tra gói: {Path(path)}")
    if result.manifest is not None:
        m = result.manifest
        print(f"Cơ quan: {m.agency}; năm báo cáo: {m.year}; lập lúc {m.created:%d/%m/%Y %H:%M} bằng isodesk "
              f"{m.isodesk_version}; {len(m.files)} tệp, {format_size(sum(f.size for f in m.files))}")
    if result.ok:
        print(f"Kết quả: gói hợp lệ ({result.files_checked} tệp đúng mã SHA-256, không thiếu, không thừa).")
        return 0
    for problem in result.problems:
        print(f"- {problem.text}")
    print(f"Kết quả: gói KHÔNG hợp lệ ({len(result.bad_files)} tệp có vấn đề).")
    return 1
