"""`quotes …` and `export` build only their own parser: same arguments, help and errors."""

from __future__ import annotations

import contextlib
import io
import shutil

import pytest

from editor.cli import FAST_COMMANDS, _help_width, build_parser, called_command

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
]


def _outcome(only: str | None, argv: list[str]) -> tuple[object, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            result: object = vars(build_parser(only).parse_args(argv))
        except SystemExit as exit_:
            result = ("exit", exit_.code)
    return result, out.getvalue(), err.getvalue()


@pytest.mark.parametrize("argv", CASES, ids=" ".join)
def test_the_one_command_parser_parses_helps_and_refuses_alike(argv: list[str]) -> None:
    only = called_command(argv)
    assert only in FAST_COMMANDS
    assert _outcome(only, argv) == _outcome(None, argv)


def test_the_whole_parser_is_built_for_everything_else() -> None:
    for argv in (["--help"], ["-h", "export"], ["--version"], ["list"], ["people", "list"],
                 ["--d", "a.sqlite", "export"], ["--db"], [], ["--db", "x"],
                 ["--install-desktop-entry", "export"], ["templates"]):
        assert called_command(argv) is None, argv
    assert called_command(["--db", "export", "quotes"]) == "quotes"  # a file named export
    full = build_parser()
    lean = build_parser("export")
    assert len(full._subparsers._group_actions[0].choices) > 15  # type: ignore[union-attr]
    assert list(lean._subparsers._group_actions[0].choices) == ["export"]  # type: ignore[union-attr]


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
