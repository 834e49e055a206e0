"""`history`, `publish` and `delete` as a user types them."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from editor.cli import main
from editor.store.archive import Archive

SAMPLE = "2021-03-15-smart-country"


def run_cli(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(argv), out=out)
    return code, out.getvalue()


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "a.sqlite"
    monkeypatch.setenv("USER", "anna")
    monkeypatch.setenv("LOGNAME", "anna")
    assert run_cli("--db", str(path), "sample")[0] == 0
    with Archive.open(path) as archive:
        item = archive.load_item(SAMPLE)
        item.headline.text["de"] = item.headline.text["de"].replace(
            "schließen Kooperation", "vereinbaren eine Kooperation")
        item.blocks[0].text.text["en"] += " A new sentence."
        archive.save_item(item, saved_by="Ben")
    return path


def test_history_lists_the_versions_newest_first(db: Path) -> None:
    code, out = run_cli("--db", str(db), "history", SAMPLE)
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith("v2 ") and "Ben" in lines[0] and "(current)" in lines[0]
    assert lines[1].startswith("v1 ") and "published " in lines[1]
    assert " KB" in lines[0]


def test_diff_shows_changed_words_per_block_and_language(db: Path) -> None:
    code, out = run_cli("--db", str(db), "history", SAMPLE, "--diff", "1", "2")
    assert code == 0
    assert "headline [de]: changed" in out
    assert "[-schließen-]{+vereinbaren eine+} Kooperation" in out
    assert "block 1 (paragraph) [en]: changed" in out
    assert "{+ A new sentence.+}" in out
    assert "[de]" not in out.split("block 1 (paragraph)")[1].split("\n")[0]


def test_restore_is_a_new_version(db: Path) -> None:
    code, out = run_cli("--db", str(db), "history", SAMPLE, "--restore", "1")
    assert code == 0 and "version 1 restored as version 3" in out
    code, out = run_cli("--db", str(db), "history", SAMPLE, "--diff", "1", "3")
    assert "do not differ" in out
    code, out = run_cli("--db", str(db), "dump", SAMPLE)
    assert "schließen Kooperation" in json.dumps(json.loads(out), ensure_ascii=False)


def test_delete_keeps_the_history_and_a_version_brings_the_item_back(db: Path) -> None:
    code, out = run_cli("--db", str(db), "delete", SAMPLE)
    assert code == 0 and "2 versions are kept" in out
    assert SAMPLE not in run_cli("--db", str(db), "list")[1]
    code, out = run_cli("--db", str(db), "history", "--deleted")
    assert out.startswith(SAMPLE) and "2 versions" in out
    code, out = run_cli("--db", str(db), "history", SAMPLE)
    assert "was deleted" in out
    code, out = run_cli("--db", str(db), "history", SAMPLE, "--restore", "2")
    assert code == 0 and "restored as version 3" in out
    assert SAMPLE in run_cli("--db", str(db), "list")[1]


def test_delete_with_history_leaves_nothing(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = run_cli("--db", str(db), "delete", SAMPLE, "--with-history")
    assert code == 0 and "deleted with its history" in out
    assert run_cli("--db", str(db), "history", "--deleted")[1] == ""
    code, _ = run_cli("--db", str(db), "history", SAMPLE)
    err = capsys.readouterr().err
    assert code == 1 and err.count("\n") == 1 and "no press item with id" in err


def test_publish_after_an_edit_is_a_correction(db: Path) -> None:
    code, out = run_cli("--db", str(db), "publish", SAMPLE)
    assert code == 0 and "published as a correction (version 3)" in out
    code, out = run_cli("--db", str(db), "list")
    assert "corrected" in out
    code, out = run_cli("--db", str(db), "history", SAMPLE)
    assert out.splitlines()[0].startswith("v3 ") and "published " in out.splitlines()[0]


def test_bad_versions_are_named_on_one_line(db: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    code, _ = run_cli("--db", str(db), "history", SAMPLE, "--diff", "1", "9")
    err = capsys.readouterr().err
    assert code == 1 and "has no version 9" in err and err.count("\n") == 1
    with pytest.raises(SystemExit):
        run_cli("--db", str(db), "history", SAMPLE, "--restore", "zwei")
    assert "'zwei' is not a version number" in capsys.readouterr().err


@pytest.mark.parametrize(("argv", "writes"), [
    (("history", SAMPLE), False),
    (("history", SAMPLE, "--diff", "1", "2"), False),
    (("history", "--deleted"), False),
    (("settings",), False),
    (("history", SAMPLE, "--restore", "1"), True),
    (("settings", "--gender-policy", "paarform"), True),
])
def test_only_commands_that_change_the_archive_start_the_daily_copy(
    db: Path, monkeypatch: pytest.MonkeyPatch, argv: tuple[str, ...], writes: bool
) -> None:
    from editor.context import AppContext

    started: list[bool] = []
    monkeypatch.setattr(AppContext, "start_daily_backup", lambda self: started.append(True))
    assert run_cli("--db", str(db), *argv)[0] == 0
    assert started == ([True] if writes else [])
