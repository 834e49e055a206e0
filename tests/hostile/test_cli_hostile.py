"""Every command of the command line ends bad input with one line on stderr and a
non-zero exit code: never a traceback, never a hang, nothing written to the archive."""

from __future__ import annotations

import io
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from render_support import make_bundle

from editor.cli import main
from editor.io import interchange

Document = dict[str, Any]


def _doc() -> Document:
    return interchange.bundle_to_document(make_bundle())


def _with(change: Callable[[Document], None]) -> Callable[[], str]:
    def build() -> str:
        document = _doc()
        change(document)
        return json.dumps(document)
    return build


def _set(*where: Any) -> Callable[[Document], None]:
    *keys, value = where

    def change(document: Document) -> None:
        node: Any = document
        for key in keys[:-1]:
            node = node[key]
        node[keys[-1]] = value
    return change


def _deep(depth: int) -> str:
    return "[" * depth + "]" * depth


HOSTILE_FILES: dict[str, Callable[[], str | bytes]] = {
    "empty": lambda: "",
    "not json": lambda: "this is not JSON",
    "not utf-8": lambda: b'{"format": "\xff\xfe"}',
    "utf-16": lambda: json.dumps(_doc()).encode("utf-16"),
    "array": lambda: "[]",
    "null": lambda: "null",
    "nan": lambda: '{"format": NaN}',
    "huge int": lambda: '{"version": ' + "9" * 5000 + "}",
    "deep nesting": lambda: _deep(100_000),
    "deep objects": lambda: '{"a":' * 50_000 + "1" + "}" * 50_000,
    "duplicate key": lambda: '{"format": "pressestelle.item", "format": "x"}',
    "unknown format": _with(_set("format", "other")),
    "newer version": _with(_set("version", 99)),
    "version as text": _with(_set("version", "1")),
    "version huge": _with(_set("version", 10**30)),
    "item missing": _with(lambda d: d.pop("item")),
    "unknown field": _with(_set("item", "evil", 1)),
    "id with newline": _with(_set("item", "id", "a\nb")),
    "id with surrogate": _with(_set("item", "id", "\udc80")),
    "id with spaces": _with(_set("item", "id", "a b")),
    "id starting with dash": _with(_set("item", "id", "--replace")),
    "block id NUL": _with(_set("item", "blocks", 0, "id", "a\x00b")),
    "person id bidi": _with(_set("people", 0, "id", "a\u202eb")),
    "surrogate in text": _with(_set("item", "headline", "de", "x\ud800y")),
    "surrogate in key": _with(_set("item", "headline", "\udc80", "x")),
    "javascript website": _with(_set("organisations", 0, "website", "javascript:alert(1)")),
    "data website": _with(_set("item", "contacts", 0, "website", "data:text/html,x")),
    "bad e-mail": _with(_set("item", "contacts", 0, "email", "javascript:alert(1)")),
    "markdown javascript": _with(_set("item", "blocks", 0, "text", "de",
                                      "[x](JaVaScRiPt:alert(1))")),
    "text too long": _with(_set("item", "blocks", 0, "text", "de", "x" * 2_000_001)),
    "date not real": _with(_set("item", "issue_date", "2021-02-30")),
    "date as number": _with(_set("item", "issue_date", 20210315)),
    "datetime garbage": _with(_set("item", "event", "starts", "gestern")),
    "time zone path": _with(_set("item", "embargo", {"until": "2021-03-15T10:00",
                                                     "timezone": "../../etc/passwd"})),
    "time zone NUL": _with(_set("item", "embargo", {"until": "2021-03-15T10:00",
                                                    "timezone": "Europe/Berlin\x00"})),
    "language unknown": _with(_set("item", "languages", ["xx"])),
    "language key odd": _with(_set("item", "headline", "../x", "y")),
    "participants float": _with(_set("item", "event", "participants", 1.5)),
    "participants bool": _with(_set("item", "event", "participants", True)),
    "kind unknown": _with(_set("item", "kind", "{{7*7}}")),
    "blocks object": _with(_set("item", "blocks", {"0": {}})),
    "quote missing": _with(_set("item", "blocks", 1, "quote_id", "nope")),
    "role of another": _with(_set("item", "quotes", 1, "speakers", 0, "role_id", "r-anna")),
    "fingerprint odd": _with(_set("item", "headline", "basis", {"en": "not-hex"})),
}


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = tmp_path / "archive.sqlite"
    assert main(["--db", str(path), "list"], out=io.StringIO()) == 0  # with the sample
    return str(path)


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    out = io.StringIO()
    code = main(list(argv), out=out)
    return code, out.getvalue(), capsys.readouterr().err


def _one_line_failure(code: int, err: str) -> None:
    assert code != 0
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err[:2000]
    assert lines[0].startswith("error: ")


@pytest.mark.parametrize("name", sorted(HOSTILE_FILES))
def test_import_of_a_hostile_file_is_one_line_and_writes_nothing(
        name: str, db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = _run(capsys, "--db", db, "list")[1]
    content = HOSTILE_FILES[name]()
    file = tmp_path / "hostile.json"
    if isinstance(content, bytes):
        file.write_bytes(content)
    else:
        file.write_text(content, encoding="utf-8", errors="surrogatepass")
    code, _out, err = _run(capsys, "--db", db, "import", str(file))
    _one_line_failure(code, err)
    assert str(file) in err or "hostile.json" in err
    assert _run(capsys, "--db", db, "list")[1] == before


def test_files_that_are_not_regular_files_are_refused_without_hanging(
        db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)  # reading would wait for a writer forever
    folder = tmp_path / "folder.json"
    folder.mkdir()
    for path in (fifo, folder, Path("/dev/zero"), tmp_path / "missing.json"):
        code, _out, err = _run(capsys, "--db", db, "import", str(path))
        _one_line_failure(code, err)
        assert str(path) in err


ODD_IDS = ["a\nb", "\udc80", "", " ", "../../etc/passwd", "x" * 10_000, "-", "'; DROP TABLE"]


@pytest.mark.parametrize("value", ODD_IDS)
def test_commands_given_hostile_arguments_fail_in_one_line(
        value: str, db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out_dir = str(tmp_path / "out")
    commands = [
        ["dump", value],
        ["export", value, "--template", "pressemitteilung", "--out", out_dir],
        ["export", "2021-03-15-smart-country", "--template", value, "--out", out_dir],
        ["quotes", "dossier", value, "--out", out_dir],
        ["quotes", "search", "förder", "--since", value],
        ["quotes", "search", "förder", "--approval", value],
        ["restore", str(tmp_path / "missing" / value.replace("/", "_")[:100])],
    ]
    for argv in commands:
        code, _out, err = _run(capsys, "--db", db, "--", *argv) if argv[0] == "--" else \
            _run(capsys, "--db", db, *argv)
        if code == 0:  # a lookup that simply finds nothing is fine
            assert "Traceback" not in err
            continue
        _one_line_failure(code, err)


QUERIES = ['"unclosed', "*", "NEAR(", "a OR", "-", "^x", "\x00", "\udc80", "a" * 10_000,
           "AND", "(", ")", "col:x", '""', "förder* AND NOT", "\u202e", "{{7*7}}"]


@pytest.mark.parametrize("query", QUERIES)
def test_quote_search_takes_any_query(query: str, db: str,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = _run(capsys, "--db", db, "quotes", "search", query)
    assert "Traceback" not in err
    if code != 0:
        _one_line_failure(code, err)


def test_a_hostile_backup_is_refused_in_one_line(db: str, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    fake = tmp_path / "fake.sqlite"
    fake.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    fifo = tmp_path / "pipe.sqlite"
    os.mkfifo(fifo)
    for path in (fake, fifo, tmp_path):
        code, _out, err = _run(capsys, "--db", db, "restore", str(path))
        _one_line_failure(code, err)
    assert _run(capsys, "--db", db, "list")[0] == 0


@pytest.mark.skipif(sys.platform != "linux", reason="argv bytes are Linux behaviour")
def test_arguments_that_are_not_utf8_fail_in_one_line(db: str,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    value = os.fsdecode(b"item-\xff")  # what Python makes of such a command-line argument
    code, _out, err = _run(capsys, "--db", db, "dump", value)
    _one_line_failure(code, err)


def test_line_breaks_in_data_cannot_add_lines_to_listings(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bundle = make_bundle()
    bundle.items[0].headline.text["de"] = "Eins\nitem-2  2021-01-01  draft  Gefälscht\r\n"
    bundle.items[0].quotes[0].text.text["de"] = "Förderung\nitem-3  falsch"
    file = tmp_path / "item.json"
    interchange.write_file(bundle, file)
    db = str(tmp_path / "a.sqlite")
    assert _run(capsys, "--db", db, "import", str(file))[0] == 0
    code, out, _err = _run(capsys, "--db", db, "list")
    assert code == 0
    assert out.splitlines() == ["item-1  2021-03-15  draft      Eins item-2 2021-01-01 draft "
                                "Gefälscht"]
    code, out, _err = _run(capsys, "--db", db, "quotes", "search", "Förderung")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith("2021-03-15  Dr. Anna Beispiel")
    assert len(lines) == 4 and lines[3] == ""
    assert lines[1].startswith("    ") and "» item-3 falsch" in lines[1]
    assert lines[2].startswith("    in: Eins item-2")
