"""Reading an archive file with sqlite3 alone gives exactly what the archive gives.

The light reader (``editor.store.reader``) serves ``quotes search`` and ``export`` on an
up-to-date SQLite file; everything unusual goes the usual way through the archive.
"""

from __future__ import annotations

import io
import sqlite3
import sys
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import JSON, Date

from editor.cli import main
from editor.core.model import ApprovalState, Embargo
from editor.io.samples import load_sample_bundles
from editor.store import Archive, reader
from editor.store.columns import DATE, PLAIN, READ_COLUMNS, TIME
from editor.store.columns import JSON as JSON_KIND
from editor.store.reader import ArchiveReader, open_reader
from editor.store.schema import UtcDateTime, metadata
from editor.store.search import SqliteQuoteIndex
from editor.store.shared import SharedPolicy

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from generate_archive import company_names, generate

pytestmark = pytest.mark.sqlite_only

QUERIES = ["wandel", "Strukturwandel", "Förderung", "foerderung", "strasse", "Straße",
           "digital*", "Förderung Lausitz", '"Energiewende in"', "programm", "im", "in*",
           "zz", "", "sagte", "Kohleausstieg Cottbus", "kooperation*",
           "Wasserstoffwirtschaft", "wasserstoffwirt*"]


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("reader") / "generated.sqlite"
    generate(path, items=30, quotes_total=600, n_people=40, seed=5, echo=False)
    with Archive.open(path) as archive:  # the sample beside it: photos, contacts, events
        for bundle in load_sample_bundles():
            archive.save_bundle(bundle, shared=SharedPolicy.KEEP)
        item = archive.load_item(archive.list_items()[1].id)  # and an item under embargo
        item.embargo = Embargo(datetime(2099, 1, 1, 9, 0))
        archive.save_item(item)
    return path


@pytest.fixture
def both(generated: Path) -> Iterator[tuple[Archive, ArchiveReader]]:
    light = open_reader(str(generated))
    assert light is not None
    with Archive.open(generated) as archive:
        yield archive, light
    light.close()


def _filters(archive: Archive) -> list[dict[str, Any]]:
    with archive._engine.connect() as conn:
        person, organisation = conn.exec_driver_sql(
            "SELECT s.person_id, r.organisation_id FROM quote_speakers s "
            "JOIN roles r ON r.person_id = s.person_id "
            "GROUP BY s.person_id, r.organisation_id ORDER BY count(*) DESC LIMIT 1").one()
        topic = conn.exec_driver_sql("SELECT topic FROM item_topics LIMIT 1").scalar_one()
    family = archive.person(person).family_name[:4]
    org_name = archive.organisation(organisation).short_name
    return [
        {}, {"speaker": person}, {"speaker": family}, {"speaker": "e"},
        {"organisation": organisation}, {"organisation": org_name[:5]}, {"topic": topic},
        {"language": "de"}, {"language": "en"}, {"approval": ApprovalState.DRAFTED},
        {"approval": ["approved", "sent"]},
        {"date_from": date(2015, 1, 1), "date_to": date(2019, 6, 30)},
        {"date_to": date(2016, 3, 1)}, {"speaker": family, "language": "de"},
        {"speaker": "nobody of that name"},
    ]


def test_every_query_filter_and_order_finds_the_same_hits(
        both: tuple[Archive, ArchiveReader]) -> None:
    archive, light = both
    rare = next(name for name in company_names()[:4000] if archive.count_quotes(f'"{name}"'))
    compared = 0
    for query in [*QUERIES, rare]:
        for options in _filters(archive):
            for order in ("date", "relevance"):
                expected = archive.search_quotes(query, order=order, limit=1000, **options)
                found = light.search_quotes(query, order=order, limit=1000, **options)
                assert found == expected, (query, options, order)
                assert [h.row_id for h in found] == [h.row_id for h in expected]
                compared += bool(expected)
            paged = {"order": "relevance", "limit": 7, "offset": 5, **options}
            assert light.search_quotes(query, **paged) == archive.search_quotes(query, **paged)
    assert compared > 150  # most combinations find something: the comparison is not empty


def test_bundles_are_loaded_alike(both: tuple[Archive, ArchiveReader]) -> None:
    archive, light = both
    ids = [summary.id for summary in archive.list_items()]
    assert len(ids) > 30
    expected = archive.load_bundle(ids)
    assert light.load_bundle(ids) == expected
    assert expected.photo_data and any(item.contacts for item in expected.items)
    for item_id in ids[:5]:
        assert light.load_bundle([item_id]) == archive.load_bundle([item_id])
    assert light.get_setting("gender_policy") == archive.get_setting("gender_policy")
    assert light.is_empty() is archive.is_empty() is False


def test_a_missing_item_is_named_as_the_archive_names_it(
        both: tuple[Archive, ArchiveReader]) -> None:
    archive, light = both
    with pytest.raises(Exception) as full:
        archive.load_bundle(["no-such-item"])
    with pytest.raises(Exception) as read:
        light.load_bundle(["no-such-item"])
    assert type(read.value) is type(full.value)
    assert str(read.value) == str(full.value)


def test_the_columns_read_are_the_schemas() -> None:
    for table, columns in READ_COLUMNS.items():
        declared = metadata.tables[table].columns
        assert [name for name, _ in columns] == [c.name for c in declared], table
        for column in declared:
            kind = (JSON_KIND if isinstance(column.type, JSON) else
                    DATE if isinstance(column.type, Date) else
                    TIME if isinstance(column.type, UtcDateTime) else PLAIN)
            assert dict(columns)[column.name] == kind, (table, column.name)


def _run(*args: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(args), out=out)
    return code, out.getvalue()


def _full_path(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reader, "open_reader", lambda location: None)


def test_the_search_command_prints_the_same_either_way(
        generated: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    with Archive.open(generated) as archive:
        options = _filters(archive)
    commands: list[list[str]] = []
    for query in ["Förderung", "wandel", '"Energiewende in"', "digital*", "Lausitz"]:
        for option in options[:9]:
            flags: list[str] = []
            for key, value in option.items():
                flag = {"speaker": "--speaker", "organisation": "--org", "topic": "--topic",
                        "language": "--lang"}[key]
                flags += [flag, value]
            for order in ("relevance", "date"):
                commands.append([query, *flags, "--order", order, "--limit", "30"])
    commands += [["Förderung", "--approval", "approved,sent for approval"],
                 ["Förderung", "--since", "2015-01-01", "--until", "2019-06-30"],
                 ["wandel", "--until", "2016-03-01", "--order", "date"]]
    light_calls = []
    real_open = reader.open_reader

    def counted(location: str | None) -> ArchiveReader | None:
        light_calls.append(location)
        return real_open(location)

    outputs = []
    for command in commands:
        for json_flag in ([], ["--json"]):
            monkeypatch.setattr(reader, "open_reader", counted)
            light = _run("--db", str(generated), "quotes", "search", *command, *json_flag)
            light_err = capsys.readouterr().err
            _full_path(monkeypatch)
            full = _run("--db", str(generated), "quotes", "search", *command, *json_flag)
            assert light == full, command
            assert light_err == capsys.readouterr().err
            outputs.append(light[1])
    assert len(light_calls) == 2 * len(commands)
    assert sum(bool(o.strip("[]\n")) for o in outputs) > len(outputs) // 2


def test_the_export_writes_the_same_document_either_way(
        generated: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    import zipfile

    with Archive.open(generated) as archive:
        ids = [s.id for s in archive.list_items()][:3]
    ids.append("2021-03-15-smart-country")
    written = {}
    for way in ("light", "full"):
        if way == "full":
            _full_path(monkeypatch)
        runs = []
        for template, langs in (("pressemitteilung", "de"), ("press-release", "en"),
                                ("bilingual", "de,en")):
            code, out = _run("--db", str(generated), "export", *ids, "--template", template,
                             "--lang", langs, "--draft", "--before-embargo",
                             "--out", str(tmp_path / way))
            assert code == 0
            runs.append(tuple(text.replace(str(tmp_path / way), "OUT")
                              for text in (out, capsys.readouterr().err)))
        written[way] = runs
    assert written["light"] == written["full"]
    files = sorted(p.relative_to(tmp_path / "light") for p in (tmp_path / "light").iterdir())
    assert len(files) >= 12
    for name in files:
        light, full = tmp_path / "light" / name, tmp_path / "full" / name
        if name.suffix == ".docx":
            with zipfile.ZipFile(light) as a, zipfile.ZipFile(full) as b:
                assert a.read("word/document.xml") == b.read("word/document.xml"), name
                assert a.namelist() == b.namelist()  # the parts' times are when written
                assert all(a.read(part) == b.read(part) for part in a.namelist()), name
        else:
            assert light.read_bytes() == full.read_bytes(), name


def test_the_checks_refuse_the_same_way(generated: Path, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    with Archive.open(generated) as archive:
        ids = [s.id for s in archive.list_items()][:4]
    results = []
    for way in ("light", "full"):
        if way == "full":
            _full_path(monkeypatch)
        for extra in (["--check"], ["--require-approval"], [], ["--format", "html"],
                      ["--format", "html", "--before-embargo", "--draft"]):
            code, out = _run("--db", str(generated), "export", *ids, "--template",
                             "pressemitteilung", *extra, "--out", str(tmp_path / way))
            results.append((code, out.replace(str(tmp_path / way), "OUT"),
                            capsys.readouterr().err.replace(str(tmp_path / way), "OUT")))
    half = len(results) // 2
    assert results[:half] == results[half:]
    assert any(code != 0 for code, _, _ in results)
    assert "embargo" in results[3][2] and results[3][0] == 1  # the web page refused
    assert results[4][0] == 0


def test_anything_unusual_is_left_to_the_archive(tmp_path: Path) -> None:
    assert open_reader("postgresql+psycopg://someone@127.0.0.1:1/none") is None
    assert open_reader(f"sqlite:///{tmp_path / 'a.sqlite'}") is None
    assert open_reader(str(tmp_path / "missing.sqlite")) is None
    (tmp_path / "empty.sqlite").write_bytes(b"")
    assert open_reader(str(tmp_path / "empty.sqlite")) is None
    (tmp_path / "text.sqlite").write_text("not a database")
    assert open_reader(str(tmp_path / "text.sqlite")) is None
    assert open_reader(str(tmp_path)) is None  # a folder
    path = tmp_path / "archive.sqlite"
    Archive.open(path).close()
    opened = open_reader(str(path))
    assert opened is not None
    opened.close()
    with sqlite3.connect(path) as db:  # an index of another format is built again first
        db.execute("UPDATE search_index SET format = 'older'")
    db.close()
    assert open_reader(str(path)) is None
    Archive.open(path).close()
    with sqlite3.connect(path) as db:  # another revision: a migration is due
        db.execute("UPDATE alembic_version SET version_num = '0005'")
    db.close()
    assert open_reader(str(path)) is None


def test_a_new_archive_still_gets_the_sample_and_an_old_index_is_rebuilt(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "archive.sqlite"
    code, out = _run("--db", str(path), "quotes", "search", "Förderung")
    assert code == 0 and "Willingmann" in out  # created, with the sample, the usual way
    with sqlite3.connect(path) as db:
        db.execute("UPDATE search_index SET format = 'older'")
    db.close()
    code, out = _run("--db", str(path), "quotes", "search", "Förderung")
    assert code == 0 and "Willingmann" in out
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT format FROM search_index").fetchall() == [
            (SqliteQuoteIndex.format,)]
    db.close()
    capsys.readouterr()


def test_hits_read_in_three_statements_are_the_archives(generated: Path) -> None:
    """The page loading of SQLite (quotes, speakers with names, roles: three statements)
    gives what the general loading through SQLAlchemy gives, for every quote, with the
    highlighting of several queries (speakers without a role, several speakers, roles
    chosen by date and by id alike)."""
    from editor.store.reader import read_hits
    from editor.store.search import load_hits, parse_query

    with Archive.open(generated) as archive, archive._engine.connect() as conn:
        row_ids = list(conn.exec_driver_sql(
            "SELECT row_id FROM quotes ORDER BY said_on DESC, row_id").scalars())
        several = conn.exec_driver_sql(
            "SELECT count(*) FROM (SELECT quote_row_id FROM quote_speakers "
            "GROUP BY quote_row_id HAVING count(*) > 1)").scalar_one()
        raw = conn.connection.dbapi_connection
        assert raw is not None
        for query in ("", "wandel", "Förderung Lausitz", "digital*", '"Energiewende in"'):
            terms = parse_query(query)
            for language in (None, "en"):
                expected = load_hits(conn, row_ids, terms, language)
                found = read_hits(raw, row_ids, terms, language)
                assert found == expected, (query, language)
                assert [h.row_id for h in found] == row_ids
    assert len(row_ids) > 600 and several  # the sample's quotes too; joint quotes among them
