"""The command line as a user drives it: sample, list, import, dump, errors."""

from __future__ import annotations

import copy
import io
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from editor.cli import main
from editor.store.archive import Archive

ROOT = Path(__file__).resolve().parents[1]


def run_cli(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(argv), out=out)
    return code, out.getvalue()


def item_lines(db: Path) -> list[str]:
    code, out = run_cli("--db", str(db), "list")
    assert code == 0
    return out.splitlines()


@pytest.fixture
def db(archive_url: str) -> str:
    """A new archive on this run's backend (SQLite file or PostgreSQL database)."""
    return archive_url


@pytest.fixture
def sample_document(db: Path) -> dict[str, Any]:
    """The sample as interchange JSON, as `dump` prints it."""
    (line,) = item_lines(db)
    code, out = run_cli("--db", str(db), "dump", line.split()[0])
    assert code == 0
    document: dict[str, Any] = json.loads(out)
    return document


def test_new_archive_shows_the_sample_release(db: Path) -> None:
    lines = item_lines(db)
    assert len(lines) == 1
    _item_id, day, status, *headline = lines[0].split()
    assert day == "2021-03-15"
    assert status == "published"
    assert " ".join(headline).startswith("Wirtschaftsförderer aus Brandenburg und Sachsen-Anhalt")


def test_sample_command_is_idempotent(db: Path) -> None:
    first = item_lines(db)
    code, out = run_cli("--db", str(db), "sample")
    assert code == 0
    assert "already in the archive" in out
    assert item_lines(db) == first


def test_deleted_sample_does_not_come_back(db: Path) -> None:
    (line,) = item_lines(db)
    with Archive.open(str(db)) as archive:
        archive.delete_item(line.split()[0])
    assert item_lines(db) == []
    assert run_cli("--db", str(db), "sample")[0] == 0
    assert len(item_lines(db)) == 1


def test_dump_and_import_round_trip_into_another_archive(
    db: Path, tmp_path: Path, sample_document: dict[str, Any]
) -> None:
    other = tmp_path / "other.sqlite"
    path = tmp_path / "item.json"
    path.write_text(json.dumps(sample_document, ensure_ascii=False), encoding="utf-8")
    code, out = run_cli("--db", str(other), "import", str(path))
    assert code == 0, out
    item_id = sample_document["item"]["id"]
    code, again = run_cli("--db", str(other), "dump", item_id)
    assert code == 0
    assert _content(json.loads(again)) == _content(sample_document)


def _content(document: dict[str, Any]) -> dict[str, Any]:
    """The document without what the archive sets on every save (version, times)."""
    trimmed = copy.deepcopy(document)
    for key in ("version", "created_at", "updated_at"):
        trimmed["item"].pop(key, None)
    return trimmed


def test_import_into_a_new_archive_brings_no_sample(db: Path, tmp_path: Path,
                                                    sample_document: dict[str, Any]) -> None:
    document = copy.deepcopy(sample_document)
    document["item"]["id"] = "my-own-release"
    path = tmp_path / "mine.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    other = tmp_path / "mine.sqlite"
    assert run_cli("--db", str(other), "import", str(path))[0] == 0
    assert [line.split()[0] for line in item_lines(other)] == ["my-own-release"]


def test_dump_to_file_writes_interchange_json(db: Path, tmp_path: Path) -> None:
    (line,) = item_lines(db)
    target = tmp_path / "out" / "item.json"
    target.parent.mkdir()
    assert run_cli("--db", str(db), "dump", line.split()[0], "--out", str(target))[0] == 0
    assert json.loads(target.read_text(encoding="utf-8"))["item"]["id"] == line.split()[0]


def _set(document: dict[str, Any], path: list[Any], value: Any) -> None:
    target: Any = document
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value


def _delete(document: dict[str, Any], path: list[Any]) -> None:
    target: Any = document
    for key in path[:-1]:
        target = target[key]
    del target[path[-1]]


Mutation = Callable[[dict[str, Any]], None]

MALFORMED: dict[str, tuple[Mutation, str]] = {
    "text not a string": (
        lambda d: _set(d, ["item", "blocks", 3, "text", "de"], 42),
        "item.blocks[3].text.de",
    ),
    "unknown status": (lambda d: _set(d, ["item", "status"], "gedruckt"), "item.status"),
    "impossible date": (lambda d: _set(d, ["item", "issue_date"], "2021-02-30"), "issue_date"),
    "missing item id": (lambda d: _delete(d, ["item", "id"]), "item.id"),
    "unknown field": (lambda d: _set(d, ["item", "colour"], "red"), "item.colour"),
    "blocks not a list": (lambda d: _set(d, ["item", "blocks"], {}), "item.blocks"),
    "bad language code": (
        lambda d: _set(d, ["item", "headline", "Deutsch"], "x"),
        "item.headline.Deutsch",
    ),
    "quote block to nowhere": (
        lambda d: _set(
            d, ["item", "blocks", _first_quote_block(d), "quote_id"], "no-such-quote"
        ),
        "quote_id",
    ),
    "speaker unknown": (
        lambda d: _set(d, ["item", "quotes", 0, "speakers", 0, "person_id"], "nobody"),
        "person_id",
    ),
    "embargo time impossible": (
        lambda d: _set(d, ["item", "embargo"], {"until": "2021-03-15T25:00"}),
        "item.embargo.until",
    ),
    "unknown format": (lambda d: _set(d, ["format"], "something.else"), "format"),
    "newer version": (lambda d: _set(d, ["version"], 999), "version"),
    "people not a list": (lambda d: _set(d, ["people"], "Steinbach"), "people"),
    "approval state": (
        lambda d: _set(d, ["item", "quotes", 0, "approval", "state"], "maybe"),
        "item.quotes[0].approval.state",
    ),
}


def _first_quote_block(document: dict[str, Any]) -> int:
    for index, block in enumerate(document["item"]["blocks"]):
        if block.get("kind") == "quote":
            return index
    raise AssertionError("the sample has quote blocks")


def _archive_state(db: Path) -> tuple[Any, ...]:
    with Archive.open(str(db)) as archive:
        return (
            [(s.id, s.version) for s in archive.list_items()],
            sorted(p.id for p in archive.people()),
            sorted(o.id for o in archive.organisations()),
            sorted(r.id for r in archive.roles()),
        )


@pytest.mark.parametrize("case", sorted(MALFORMED))
def test_malformed_import_names_the_field_and_writes_nothing(
    case: str,
    db: Path,
    tmp_path: Path,
    sample_document: dict[str, Any],
    capsys: pytest.CaptureFixture[str],
) -> None:
    mutate, expected_path = MALFORMED[case]
    good = copy.deepcopy(sample_document)
    good["item"]["id"] = "a-new-item"
    good_path = tmp_path / "good.json"
    good_path.write_text(json.dumps(good, ensure_ascii=False), encoding="utf-8")
    bad = copy.deepcopy(sample_document)
    bad["item"]["id"] = "another-new-item"
    mutate(bad)
    bad_path = tmp_path / "bad.json"
    bad_path.write_text(json.dumps(bad, ensure_ascii=False), encoding="utf-8")
    before = _archive_state(db)
    capsys.readouterr()

    code, _ = run_cli("--db", str(db), "import", str(good_path), str(bad_path))

    err = capsys.readouterr().err
    assert code != 0
    assert err.startswith("error: ") and err.count("\n") == 1
    assert expected_path in err
    assert _archive_state(db) == before


def test_not_json_at_all_names_file_and_line(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{\n  "format": "pressestelle.item",\n  oops\n}', encoding="utf-8")
    before = _archive_state(db)
    capsys.readouterr()
    code, _ = run_cli("--db", str(db), "import", str(path))
    err = capsys.readouterr().err
    assert code != 0
    assert "broken.json" in err and "line 3" in err
    assert _archive_state(db) == before


def test_import_of_an_existing_item_needs_replace(
    db: Path, tmp_path: Path, sample_document: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "same.json"
    path.write_text(json.dumps(sample_document, ensure_ascii=False), encoding="utf-8")
    code, _ = run_cli("--db", str(db), "import", str(path))
    assert code != 0
    assert sample_document["item"]["id"] in capsys.readouterr().err
    assert run_cli("--db", str(db), "import", "--replace", str(path))[0] == 0


def test_unknown_item_is_a_one_line_error(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _ = run_cli("--db", str(db), "dump", "no-such-item")
    err = capsys.readouterr().err
    assert code == 1
    assert "no-such-item" in err and err.count("\n") == 1


def test_corrupt_archive_is_a_one_line_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "broken.sqlite"
    broken.write_bytes(b"this is not a database" * 100)
    code, _ = run_cli("--db", str(broken), "list")
    err = capsys.readouterr().err
    assert code == 1
    assert "broken.sqlite" in err
    assert broken.read_bytes() == b"this is not a database" * 100


@pytest.mark.parametrize("command", ["sample", "list", "import", "dump", "export", "templates"])
def test_every_command_has_help(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main([command, "--help"])
    assert stop.value.code == 0
    assert "usage:" in capsys.readouterr().out


def test_main_py_runs_as_a_process(db: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", str(db), "list"],
        capture_output=True, text=True, timeout=60, cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    assert "2021-03-15" in result.stdout


def test_desktop_without_a_display_says_so(
    db: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    code, _ = run_cli("--db", str(db))
    assert code == 1
    assert "graphical session" in capsys.readouterr().err


def test_an_older_archive_is_updated_with_a_notice(db: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    from editor.store.migrate import migrate

    lines = item_lines(db)
    migrate(db, "0005")
    capsys.readouterr()
    assert item_lines(db) == lines
    assert "Updating the archive" in capsys.readouterr().err
    assert item_lines(db) == lines
    assert capsys.readouterr().err == ""  # once only


def test_list_limits_by_issue_date_and_refuses_an_impossible_day(
        db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert len(item_lines(db)) == 1  # the sample, issued 2021-03-15
    code, out = run_cli("--db", str(db), "list", "--since", "2021-03-15", "--until", "2021-03-15")
    assert code == 0 and len(out.splitlines()) == 1
    code, out = run_cli("--db", str(db), "list", "--since", "2021-03-16")
    assert code == 0 and out == ""
    capsys.readouterr()
    code, out = run_cli("--db", str(db), "list", "--until", "2026-02-31")
    err = capsys.readouterr().err
    assert code != 0 and out == ""
    assert err.startswith("error: --until '2026-02-31' is not a date") and err.count("\n") == 1
