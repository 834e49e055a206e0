"""A command builds only its own parser: same arguments, help and errors as the whole one."""

from __future__ import annotations

import argparse
import contextlib
import io
import shutil

import pytest

from editor.cli import (
    COMMANDS,
    FAST_COMMANDS,
    NO_COMMAND,
    _help_width,
    build_parser,
    called_command,
)

CASES = [
    ["export", "--help"], ["quotes", "--help"], ["quotes", "search", "--help"],
    ["quotes", "dossier", "--help"], ["export"], ["export", "x", "--template"],
    ["quotes", "search", "q", "--order", "bad"], ["--db", "a.sqlite", "export", "--bogus"],
    ["quotes"], ["quotes", "search"], ["export", "x", "--lang", "fr", "--template", "t"],
    ["--db", "a.sqlite", "export", "2021-03-15-smart-country", "--template",
     "pressemitteilung,bilingual", "--lang", "de,en", "--format", "docx", "--draft"],
    ["--db=a.sqlite", "quotes", "search", "förder", "--speaker", "Anna", "--json",
     "--since", "2020-01-01", "--limit", "5", "--order", "date"],
    ["quotes", "send", "q1", "--to", "Büro"], ["quotes", "approve", "q1"],
    ["quotes", "search", "q", "--bogus"], ["quotes", "search", "q", "extra"],
    ["quotes", "search", "--lang", "fr", "q"], ["quotes", "search", "q", "--limit", "x"],
    ["quotes", "searc", "q"], ["quotes", "-h", "search"],
    [], ["--db", "a.sqlite"], ["--db=a.sqlite"], ["--db", "--help"], ["--db", "-h"],
    ["settings", "--gender-policy", "sternchen"], ["settings", "--gender-policy", "bad"],
    ["list", "--since", "2021-01-01"], ["people", "add"], ["words"], ["words", "add", "x"],
    ["history", "x", "--diff", "1"], ["approval-round", "import", "x"], ["manual", "-h"],
    ["user-name", "--clear"], ["templates", "a", "b"], ["delete", "x", "--with-history"],
]


def _command_paths(parser: argparse.ArgumentParser, path: list[str]) -> list[list[str]]:
    """Every command and subcommand of the parser, as the words that call it."""
    found = [path] if path else []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found += _command_paths(sub, [*path, name])
    return found


ALL_COMMANDS = _command_paths(build_parser(), [])


def _outcome(only: str | None, argv: list[str]) -> tuple[object, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            result: object = vars(build_parser(only).parse_args(argv))
        except SystemExit as exit_:
            result = ("exit", exit_.code)
    return result, out.getvalue(), err.getvalue()


@pytest.mark.parametrize("argv", CASES, ids=lambda argv: " ".join(argv) or "(none)")
def test_the_one_command_parser_parses_helps_and_refuses_alike(argv: list[str]) -> None:
    only = called_command(argv)
    assert only in FAST_COMMANDS
    assert _outcome(only, argv) == _outcome(None, argv)


@pytest.mark.parametrize("path", ALL_COMMANDS, ids=" ".join)
def test_every_command_helps_and_refuses_as_in_the_whole_parser(path: list[str]) -> None:
    for argv in ([*path, "--help"], path, [*path, "--bogus"]):
        only = called_command(argv)
        assert only == ("quotes search" if path[:2] == ["quotes", "search"] else path[0])
        help_or_error = _outcome(only, argv)
        assert help_or_error == _outcome(None, argv), argv
        assert help_or_error[0] != ("exit", 0) or f"usage: pressestelle {path[0]}" in \
            help_or_error[1]


def test_the_commands_named_are_those_of_the_parser_in_order() -> None:
    assert list(COMMANDS) == [path[0] for path in ALL_COMMANDS if len(path) == 1]


def test_the_whole_parser_is_built_for_everything_else() -> None:
    for argv in (["--help"], ["-h", "export"], ["--version"], ["lis"], ["bogus", "x"],
                 ["--d", "a.sqlite", "export"], ["--db"], ["--install-desktop-entry"],
                 ["--install-desktop-entry", "export"], ["--db", "a.sqlite", "-h"]):
        assert called_command(argv) is None, argv
    assert called_command(["--db", "export", "quotes"]) == "quotes"  # a file named export
    assert called_command(["list"]) == "list"
    assert called_command(["people", "list"]) == "people"
    full = build_parser()
    lean = build_parser("export")
    assert len(full._subparsers._group_actions[0].choices) > 15  # type: ignore[union-attr]
    assert list(lean._subparsers._group_actions[0].choices) == ["export"]  # type: ignore[union-attr]
    for command in COMMANDS:
        lean = build_parser(command)
        assert list(lean._subparsers._group_actions[0].choices) == [command]  # type: ignore[union-attr]


def test_the_desktop_app_builds_no_command_parser() -> None:
    for argv in ([], ["--db", "a.sqlite"], ["--db=postgresql://host/db"]):
        assert called_command(argv) == NO_COMMAND
        assert _outcome(NO_COMMAND, argv) == _outcome(None, argv)
    lean = build_parser(NO_COMMAND)
    assert list(lean._subparsers._group_actions[0].choices) == []  # type: ignore[union-attr]


def test_a_search_builds_only_the_search_among_the_quote_commands() -> None:
    assert called_command(["--db", "a.sqlite", "quotes", "search", "x"]) == "quotes search"
    assert called_command(["quotes", "dossier", "x"]) == "quotes"
    lean = build_parser("quotes search")
    quotes = lean._subparsers._group_actions[0].choices["quotes"]  # type: ignore[union-attr]
    assert list(quotes._subparsers._group_actions[0].choices) == ["search"]  # type: ignore[union-attr]


@pytest.mark.parametrize("columns", [None, "57", "200", "0", "-3", "wide"])
def test_help_is_as_wide_as_argparse_makes_it(monkeypatch: pytest.MonkeyPatch,
                                              columns: str | None) -> None:
    if columns is None:
        monkeypatch.delenv("COLUMNS", raising=False)
    else:
        monkeypatch.setenv("COLUMNS", columns)
    monkeypatch.setenv("LINES", "30")  # shutil asks the terminal only for what is not set
    assert _help_width() == shutil.get_terminal_size().columns - 2
    monkeypatch.delenv("LINES")
    assert _help_width() == shutil.get_terminal_size().columns - 2
