"""`quotes search` on the command line, and the export's warning about unapproved quotes."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from editor.cli import main
from editor.core.model import ApprovalState
from editor.store.archive import Archive

SAMPLE_ITEM = "2021-03-15-smart-country"


def _html_template() -> str:
    """A built-in template that writes German HTML (templates are looked up, not assumed)."""
    from editor.render import list_templates

    for info in list_templates():
        if info.builtin and "html" in info.formats and list(info.languages) == ["de"]:
            return info.name
    pytest.skip("no built-in German HTML template")


def run_cli(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(argv), out=out)
    return code, out.getvalue()


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "archive.sqlite"
    code, _ = run_cli("--db", str(path), "list")  # a new archive gets the sample
    assert code == 0
    return path


def test_search_prints_date_speaker_role_text_and_item(db: Path) -> None:
    code, out = run_cli("--db", str(db), "quotes", "search", "foerder", "--speaker", "steinbach")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == ("2021-03-15  Prof. Dr.-Ing. Jörg Steinbach, Brandenburger Minister "
                        "für Wirtschaft, Arbeit und Energie")
    assert "«Wirtschaftsfördergesellschaften»" in lines[1]
    assert lines[2].startswith("    in: Wirtschaftsförderer aus Brandenburg")
    assert lines[2].endswith(f"[{SAMPLE_ITEM}] (approved)")


def test_joint_quote_lists_every_speaker(db: Path) -> None:
    code, out = run_cli("--db", str(db), "quotes", "search", "", "--org", "IMG")
    assert code == 0
    assert "Dr. Steffen Kammradt, Geschäftsführer" in out
    assert "Thomas Einsfelder, Geschäftsführer" in out


def test_all_quotes_of_one_speaker_need_no_query(db: Path) -> None:
    code, out = run_cli("--db", str(db), "quotes", "search", "--speaker", "steinbach")
    assert code == 0, out
    assert out.count("Jörg Steinbach") == 1 and "Armin Willingmann" not in out


def test_search_json(db: Path) -> None:
    code, out = run_cli("--db", str(db), "quotes", "search", "förder", "--json",
                        "--order", "date")
    assert code == 0
    hits = json.loads(out)
    assert {h["quote_id"] for h in hits} == {"quote-2021-03-15-steinbach",
                                             "quote-2021-03-15-willingmann"}
    first = hits[0]
    assert first["item_id"] == SAMPLE_ITEM
    assert first["said_on"] == "2021-03-15"
    assert first["approval"] == "approved"
    assert first["speakers"][0]["title"]["de"]
    assert "«" in first["snippet"]
    assert set(first["text"]) == {"de", "en"}


def test_search_filters_and_limit(db: Path) -> None:
    code, out = run_cli("--db", str(db), "quotes", "search", "", "--json", "--limit", "1")
    assert code == 0 and len(json.loads(out)) == 1
    code, out = run_cli("--db", str(db), "quotes", "search", "förder", "--json",
                        "--since", "2021-03-16")
    assert code == 0 and json.loads(out) == []
    code, out = run_cli("--db", str(db), "quotes", "search", "förder", "--json",
                        "--until", "2021-03-15", "--lang", "de", "--approval", "approved,sent")
    assert code == 0 and len(json.loads(out)) == 2


def test_nothing_found_prints_nothing(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = run_cli("--db", str(db), "quotes", "search", "Kernfusion")
    assert code == 0 and out == ""
    assert capsys.readouterr().err.strip() == "0 quotes"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--since", "15.03.2021"], "error: --since '15.03.2021' is not a date; write it as "
                                    "YYYY-MM-DD"),
        (["--until", "2021-02-30"], "error: --until '2021-02-30' is not a date"),
        (["--approval", "maybe"], "error: Unknown approval state 'maybe'"),
        (["--limit", "0"], "error: --limit must be at least 1"),
    ],
)
def test_bad_arguments_are_one_line_errors(db: Path, capsys: pytest.CaptureFixture[str],
                                           args: list[str], message: str) -> None:
    code, out = run_cli("--db", str(db), "quotes", "search", "x", *args)
    assert code == 1 and out == ""
    err = capsys.readouterr().err
    assert err.startswith(message)
    assert err.count("\n") == 1


def test_export_warns_about_unapproved_quotes(db: Path, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    with Archive.open(db) as archive:
        item = archive.load_item(SAMPLE_ITEM)
        item.quote("quote-2021-03-15-willingmann").approval.state = ApprovalState.SENT
        archive.save_item(item)
    code, out = run_cli("--db", str(db), "export", SAMPLE_ITEM, "--template", _html_template(),
                        "--format", "html", "--out", str(tmp_path / "out"))
    err = capsys.readouterr().err
    assert code == 0, err
    (line,) = [line for line in err.splitlines() if line.startswith("warning: Prof. Dr. Armin")]
    assert line.endswith(f"– sent for approval ({SAMPLE_ITEM}, quote-2021-03-15-willingmann)")
    assert err.count("sent for approval") == 1  # said once, not again among the checks
    assert out.strip().endswith(".html")


def test_export_of_approved_quotes_gives_no_warning(db: Path, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    code, _ = run_cli("--db", str(db), "export", SAMPLE_ITEM, "--template", _html_template(),
                      "--format", "html", "--out", str(tmp_path / "out"))
    assert code == 0
    err = capsys.readouterr().err
    assert "approv" not in err and "not yet sent" not in err


@pytest.mark.parametrize("words", ["freigegeben", "Approved", "approved", " APPROVED ",
                                   "zur Freigabe versandt, freigegeben",
                                   "noch nicht versandt,approved", "not_sent, approved"])
def test_search_takes_the_approval_words_users_see(db: Path, words: str) -> None:
    code, out = run_cli("--db", str(db), "quotes", "search", "förder", "--json",
                        "--approval", words)
    assert code == 0 and [hit["approval"] for hit in json.loads(out)] == ["approved"] * 2
    code, out = run_cli("--db", str(db), "quotes", "search", "förder", "--json",
                        "--approval", "abgelehnt")
    assert code == 0 and json.loads(out) == []


def test_approved_leaves_out_quotes_changed_since_approval(db: Path) -> None:
    """As the lists show them: approved words edited afterwards are "changed since approval"
    (the sample's approvals predate the recorded words, so one is approved here anew)."""
    from editor.services.approval import QuoteApprovals

    quote_id = "quote-2021-03-15-willingmann"
    with Archive.open(db) as archive:
        item = archive.load_item(SAMPLE_ITEM)
        item.quote(quote_id).approval.state = ApprovalState.DRAFTED
        archive.save_item(item)
        QuoteApprovals(archive).send(quote_id, "Büro", "anna")
        QuoteApprovals(archive).approve(quote_id, "Frau Schulz", "anna")

    def found(words: str) -> list[tuple[str, str, str]]:
        code, out = run_cli("--db", str(db), "quotes", "search", "--json", "--approval", words)
        assert code == 0
        return sorted((h["quote_id"], h["approval"], h["status"]) for h in json.loads(out))

    approved = found("approved")
    assert (quote_id, "approved", "approved") in approved
    with Archive.open(db) as archive:
        item = archive.load_item(SAMPLE_ITEM)
        text = item.quote(quote_id).text
        text.set_source("de", text.get("de") + " Das ist neu.")
        archive.save_item(item)
    assert found("approved") == [q for q in approved if q[0] != quote_id]
    assert found("changed since approval") == [(quote_id, "approved", "changed")]
    assert found("seit Freigabe geändert") == [(quote_id, "approved", "changed")]
    code, out = run_cli("--db", str(db), "quotes", "search", "--approval", "changed")
    assert code == 0 and out.splitlines()[2].endswith(f"[{SAMPLE_ITEM}] (changed)")


def _embargo_sample(db: Path) -> None:
    """The sample item under an embargo that ends long after the tests."""
    from datetime import datetime

    from editor.core.model import Embargo

    with Archive.open(db) as archive:
        item = archive.load_item(SAMPLE_ITEM)
        item.embargo = Embargo(datetime(2099, 3, 15, 10, 0))
        archive.save_item(item)


def test_search_leaves_out_quotes_under_embargo(db: Path) -> None:
    code, out = run_cli("--db", str(db), "quotes", "search", "foerder", "--json")
    assert code == 0
    assert {hit["item_id"] for hit in json.loads(out)} == {SAMPLE_ITEM}
    _embargo_sample(db)
    for extra in ([], ["--speaker", "steinbach"], ["--order", "date"]):
        code, out = run_cli("--db", str(db), "quotes", "search", "foerder", "--json", *extra)
        assert code == 0
        assert json.loads(out) == []
        code, out = run_cli("--db", str(db), "quotes", "search", "foerder", *extra)
        assert code == 0 and out == ""


def test_include_embargoed_finds_them_marked(db: Path) -> None:
    _embargo_sample(db)
    code, out = run_cli("--db", str(db), "quotes", "search", "foerder", "--json",
                        "--include-embargoed")
    assert code == 0
    hits = json.loads(out)
    assert len(hits) == 2
    assert all(hit["embargo"] == {"until": "2099-03-15T10:00", "timezone": "Europe/Berlin"}
               for hit in hits)
    code, out = run_cli("--db", str(db), "quotes", "search", "foerder", "--include-embargoed")
    assert code == 0
    assert out.count("    under embargo until 2099-03-15 10:00 Europe/Berlin\n") == 2


def test_by_speaker_lists_every_quote_by_role_and_marks_the_embargo(db: Path) -> None:
    code, out = run_cli("--db", str(db), "quotes", "by-speaker", "steinbach")
    assert code == 0
    assert out.startswith("Brandenburger Minister für Wirtschaft, Arbeit und Energie  "
                          "2021-03-15 – 2021-03-15  (1 quote)\n  2021-03-15  ")
    assert f"[{SAMPLE_ITEM}] (approved)" in out and "embargo" not in out
    _embargo_sample(db)
    code, out = run_cli("--db", str(db), "quotes", "by-speaker", "steinbach")
    assert code == 0
    assert out.count("      under embargo until 2099-03-15 10:00 Europe/Berlin\n") == 1
    code, out = run_cli("--db", str(db), "quotes", "by-speaker", "person-joerg-steinbach",
                        "--json")
    assert code == 0
    (hit,) = json.loads(out)
    assert hit["item_id"] == SAMPLE_ITEM
    assert hit["embargo"] == {"until": "2099-03-15T10:00", "timezone": "Europe/Berlin"}


def test_german_export_cites_the_unapproved_quote_in_german(
        db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with Archive.open(db) as archive:
        item = archive.load_item(SAMPLE_ITEM)
        quote = item.quote("quote-2021-03-15-willingmann")
        quote.approval.state = ApprovalState.DRAFTED
        german, english = quote.text.get("de"), quote.text.get("en")
        archive.save_item(item)
    code, _ = run_cli("--db", str(db), "export", SAMPLE_ITEM, "--template", "pressemitteilung",
                      "--lang", "de", "--format", "html", "--out", str(tmp_path / "out"))
    err = capsys.readouterr().err
    assert code == 0, err
    (line,) = [line for line in err.splitlines() if line.startswith("warning: Prof. Dr. Armin")]
    assert german.split()[0] in line and english.split()[0] not in line, line
    assert "not yet sent" in line
