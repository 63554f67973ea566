"""The command line a new user meets: --version, --help in Vietnamese (English on request), the README."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

import pytest

from isodesk import __version__
from isodesk.app import build_parser, cli_language, main

ROOT = Path(__file__).resolve().parents[1]


def _help(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    with pytest.raises(SystemExit) as exit_info:
        main([*argv, "--help"])
    assert exit_info.value.code == 0
    return capsys.readouterr().out


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.strip() == f"isodesk {__version__}"


def test_help_is_vietnamese_by_default(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("LC_ALL", "LC_MESSAGES", "LANG", "ISODESK_LANGUAGE"):
        monkeypatch.delenv(name, raising=False)
    text = _help(capsys)
    assert text.startswith("Cách dùng: isodesk")
    assert "tùy chọn:" in text and "hiện phiên bản isodesk" in text and "--db TỆP" in text
    assert "usage:" not in text and "show this help" not in text
    plan = _help(capsys, "plan")
    assert "--db TỆP" in plan and "--year NĂM" in plan and "--out THƯ_MỤC" in plan
    assert "PLAN_DB" not in plan and "TARGET" not in _help(capsys, "demo-data")


def test_help_in_english_with_lang_or_locale(capsys: pytest.CaptureFixture[str],
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ISODESK_LANGUAGE", raising=False)
    monkeypatch.setenv("LANG", "vi_VN.UTF-8")
    assert _help(capsys, "--lang", "en").startswith("usage: isodesk")
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    assert cli_language([]) == "en"
    assert "show the isodesk version" in _help(capsys)
    assert cli_language(["--lang", "vi"]) == "vi"


@pytest.mark.parametrize("language", ["vi", "en"])
def test_every_option_is_described(language: str) -> None:
    parser = build_parser(language)
    parsers = [parser]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            parsers += list(action.choices.values())
    for p in parsers:
        for action in p._actions:
            if action.help == argparse.SUPPRESS or isinstance(action, argparse._SubParsersAction):
                continue
            assert action.help, (p.prog, action.option_strings)
            metavar = action.metavar or ""
            assert "_DB" not in str(metavar) and str(metavar) != "TARGET", (p.prog, metavar)
        assert "PLAN_DB" not in p.format_help() and "TARGET" not in p.format_help()


def test_readme_command_table_lists_plan() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert any(line.startswith("| `isodesk plan ") for line in readme.splitlines())


@pytest.mark.parametrize("argv", [
    [], ["--db", "data.db"], ["--db=data.db", "--lang", "en", "--quit-after-paint"], ["--demo"], ["--self"],
    ["--db", "plan"], ["plan", "--db", "a.db", "--year", "2026", "--out", "out"], ["verify", "x.zip"],
    ["--lang", "xx"], ["--bogus"], ["demo"], ["--db"], ["--ver"],
])
def test_a_start_of_the_window_parses_as_the_whole_command_line(argv: list[str],
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    """The window's options alone are parsed without the commands' parsers (start-up time); the result,
    and every error or message, is the whole parser's."""
    from isodesk.app import parse_arguments

    def outcome(parse: Any) -> tuple[object, str, str]:
        try:
            result: object = vars(parse())
        except SystemExit as exc:
            result = ("exit", exc.code)
        out, err = capsys.readouterr()
        return result, out, err

    whole = outcome(lambda: build_parser(cli_language(argv)).parse_args(argv))
    assert outcome(lambda: parse_arguments(argv)) == whole
