"""The commands that take the daily backup copy first are exactly those that change the
archive: every command of the parser is run on a copy of one archive, and whether its
content changed is compared with whether the copy was started before it ran."""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from editor.cli import build_parser, main
from editor.context import AppContext

ITEM = "2021-03-15-smart-country"


def _run(db: Path, *argv: str) -> str:
    out = io.StringIO()
    code = main(["--db", str(db), *argv], out=out)
    assert code == 0, (argv, out.getvalue())
    return out.getvalue()


def _content(db: Path) -> str:
    """A digest of every row of every stored table (the search index's own tables are
    read through their shadow tables)."""
    connection = sqlite3.connect(db)
    try:
        digest = hashlib.sha256()
        tables = [name for name, sql in connection.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name")
            if not (sql or "").upper().startswith("CREATE VIRTUAL")]
        for table in tables:
            rows = sorted(repr(row) for row in connection.execute(f'SELECT * FROM "{table}"'))
            digest.update(f"{table}\n{chr(10).join(rows)}\n".encode())
        return digest.hexdigest()
    finally:
        connection.close()


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """An archive with the sample, two more people (one with a role) and a contact."""
    folder = tmp_path_factory.mktemp("writing")
    data = folder / "data"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PRESSESTELLE_DATA_DIR", str(data))
        db = folder / "archive.sqlite"
        _run(db, "list")
        anna = _run(db, "people", "add", "--family", "Beispiel", "--given", "Anna").strip()
        anne = _run(db, "people", "add", "--family", "Beispiel", "--given", "Anne").strip()
        role = _run(db, "roles", "add", anna, "--org", "org-img", "--title-de",
                    "Sprecherin", "--from", "2020-01-01").strip().split()[0]
        contact = _run(db, "contacts", "add", "--name", "Presse IMG").strip().split()[0]
        _run(db, "dump", ITEM, "--out", str(folder / "item.json"))
        (folder / "old.txt").write_text(
            "Alte Kooperation\n\nPotsdam, 15.03.2020. „Wir fangen an“, sagte "
            "Anna Beispiel.\n\n„Wir machen weiter“, betonte Max Muster.\n",
            encoding="utf-8")
        _run(db, "import-docs", str(folder / "old.txt"), "--yes", "--quotes-not-approved")
        quote = json.loads(_run(db, "quotes", "search", "fangen", "--json"))[0]["quote_id"]
        _run(db, "quotes", "send", quote, "--to", "Pressestelle MWAE")
        unsent = json.loads(_run(db, "quotes", "search", "weiter", "--json"))[0]["quote_id"]
        _run(db, "words", "add", "Gigafabrik")
        _run(db, "import", str(folder / "item.json"), "--replace")  # a second version
        (folder / "release.txt").write_text(
            "Neue Kooperation\n\nPotsdam, 15.03.2021. „Wir arbeiten zusammen“, sagte "
            "Anna Beispiel.\n", encoding="utf-8")
        _run(db, "backup")
        backup = sorted((data / "backups").glob("*"))[-1]
    ids = {"anna": anna, "anne": anne, "role": role, "contact": contact, "quote": quote,
           "unsent": unsent,
           "folder": str(folder), "backup": str(backup)}
    return db, ids


def _cases(ids: dict[str, str], out: Path) -> dict[str, list[str]]:
    folder = Path(ids["folder"])
    return {
        "sample": ["sample"],
        "list": ["list"],
        "show": ["show", ITEM],
        "import": ["import", str(folder / "item.json"), "--replace"],
        "import-docs --dry-run": ["import-docs", str(folder / "release.txt"), "--dry-run"],
        "import-docs --yes": ["import-docs", str(folder / "release.txt"), "--yes"],
        "dump": ["dump", ITEM],
        "export": ["export", ITEM, "--template", "pressemitteilung", "--lang", "de",
                   "--format", "html", "--out", str(out)],
        "settings": ["settings"],
        "settings --gender-policy": ["settings", "--gender-policy", "sternchen"],
        "backup": ["backup"],
        "backup --list": ["backup", "--list"],
        "restore": ["restore", ids["backup"]],
        "delete-unused-photos --dry-run": ["delete-unused-photos", "--dry-run"],
        "delete-unused-photos": ["delete-unused-photos"],
        "locks": ["locks"],
        "migrate-to": ["migrate-to", str(out / "copy.sqlite")],
        "templates": ["templates"],
        "quotes search": ["quotes", "search", "strukturwandel"],
        "quotes by-speaker": ["quotes", "by-speaker", "Steinbach"],
        "quotes dossier": ["quotes", "dossier", "Steinbach", "--out", str(out)],
        "quotes send": ["quotes", "send", ids["unsent"], "--to", "Pressestelle"],
        "quotes approve": ["quotes", "approve", ids["quote"], "--by", "Frau Schulz"],
        "quotes reject": ["quotes", "reject", ids["quote"], "--reason", "Zahl prüfen"],
        "people list": ["people", "list"],
        "people show": ["people", "show", ids["anna"]],
        "people add": ["people", "add", "--family", "Muster"],
        "people edit": ["people", "edit", ids["anne"], "--given", "Annette"],
        "people delete": ["people", "delete", ids["anne"]],
        "people merge --dry-run": ["people", "merge", ids["anna"], ids["anne"], "--dry-run"],
        "people merge": ["people", "merge", ids["anna"], ids["anne"]],
        "roles list": ["roles", "list", ids["anna"]],
        "roles add": ["roles", "add", ids["anne"], "--org", "org-img", "--title-de",
                      "Referentin", "--from", "2021-01-01"],
        "roles end": ["roles", "end", ids["role"], "--until", "2024-12-31"],
        "orgs list": ["orgs", "list"],
        "orgs add": ["orgs", "add", "--short", "MUS", "--name-de", "Musterstadt"],
        "orgs edit": ["orgs", "edit", "org-img", "--website", "https://img.example.org"],
        "contacts list": ["contacts", "list"],
        "contacts add": ["contacts", "add", "--name", "Presse MW"],
        "contacts edit": ["contacts", "edit", ids["contact"], "--phone", "+49 30 1234"],
        "contacts delete": ["contacts", "delete", ids["contact"]],
        "spellcheck": ["spellcheck", ITEM],
        "words list": ["words", "list"],
        "words add": ["words", "add", "Coconat"],
        "words remove": ["words", "remove", "Gigafabrik"],
        "manual": ["manual"],
        "history": ["history", ITEM],
        "history --restore": ["history", ITEM, "--restore", "1"],
        "publish": ["publish", ITEM],
        "delete": ["delete", ITEM],
        "approval-round export": ["approval-round", "export", ITEM, "--out",
                                  str(out / "round.docx")],
        "approval-round import": ["approval-round", "import", ITEM, str(out / "round.docx"),
                                  "--approve-quotes", "Pressestelle MWAE"],
        "user-name": ["user-name", "Eva Muster"],
    }


def _leaf_commands() -> set[str]:
    """The name of every command the parser has, as ``quotes send``."""
    names: set[str] = set()

    def walk(parser: argparse.ArgumentParser, prefix: list[str]) -> None:
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, sub in action.choices.items():
                    walk(sub, [*prefix, name])
                return
        names.add(" ".join(prefix))

    walk(build_parser(None), [])
    return names


def test_every_command_has_a_case(base: tuple[Path, dict[str, str]], tmp_path: Path) -> None:
    covered = {name.split(" --")[0] for name in _cases(base[1], tmp_path)}
    assert _leaf_commands() <= covered


WRITES_NOTHING_HERE = {
    "sample": "the sample is loaded already (it is safe to repeat)",
    "delete-unused-photos": "this archive has no unused photo",
    "approval-round import": "the file comes back unchanged and its quotes are approved",
}
"""Writing commands that find nothing to change in the archive of these tests."""

CASES = list(_cases({k: "" for k in ("anna", "anne", "role", "contact", "quote", "unsent", "folder",
                                      "backup")}, Path()))


@pytest.mark.parametrize("case", CASES)
def test_backup_first_exactly_when_the_command_writes(
        case: str, base: tuple[Path, dict[str, str]], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    source, ids = base
    db = tmp_path / "archive.sqlite"
    shutil.copyfile(source, db)
    out = tmp_path / "out"
    out.mkdir()
    argv = _cases(ids, out)[case]
    if case == "approval-round import":
        _run(db, "approval-round", "export", ITEM, "--out", str(out / "round.docx"))
    before = _content(db)
    started: list[str] = []

    def record(self: AppContext, *, wait: bool = True) -> None:
        started.append(_content(db))  # the content the copy would take

    monkeypatch.setattr(AppContext, "start_daily_backup", record)
    _run(db, *argv)
    changed = _content(db) != before or case in WRITES_NOTHING_HERE
    assert bool(started) == changed, (
        f"{case}: {'changes' if changed else 'does not change'} the archive but "
        f"{'takes' if started else 'does not take'} the daily backup first")
    if started:
        assert started[0] == before  # taken before the command wrote
