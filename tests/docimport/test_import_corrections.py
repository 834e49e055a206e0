"""Corrections in the review, as services and as the command line's corrections file:
every field that matters, each quote's words, speaker and role, and new people rejected."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pytest
from documents_support import write_release_docx

from editor.cli import main
from editor.core.quotes import ApprovalStatus, approval_status
from editor.services.release_import import (
    CorrectionError,
    Registry,
    apply_corrections,
    propose,
    read_corrections,
    save,
)
from editor.store import Archive


@pytest.fixture
def archive(tmp_path: Path) -> Archive:
    opened = Archive.open(tmp_path / "archive.sqlite")
    yield opened
    opened.close()


CORRECTIONS = {
    "headline": "Kooperation unterzeichnet",
    "kicker": "Ländlicher Raum",
    "subheadline": "Zwei Länder, ein Ziel",
    "date": "2021-03-16",
    "places": ["Potsdam"],
    "quotes": [
        {"index": 1, "text": "Das ist ein sehr guter Tag für die Region",
         "role": "Minister für Wirtschaft"},
        {"index": 2, "speaker": "Dr. Anna Beispiel, Staatssekretärin"},
    ],
}


def test_every_field_quote_and_speaker_can_be_corrected(tmp_path: Path,
                                                        archive: Archive) -> None:
    proposal = propose(Registry(archive), write_release_docx(tmp_path / "alt.docx"))
    apply_corrections(proposal, CORRECTIONS)
    item = proposal.item
    assert (item.headline.get("de"), item.kicker.get("de"), item.subheadline.get("de")) == (
        "Kooperation unterzeichnet", "Ländlicher Raum", "Zwei Länder, ein Ziel")
    assert item.issue_date == date(2021, 3, 16) and item.places == ["Potsdam"]
    assert [p.full_name for p in proposal.bundle().people if p.id in proposal.new_ids] == [
        "Prof. Dr.-Ing. Jörg Steinbach", "Dr. Anna Beispiel"]
    stored, summary = save(archive, [proposal])
    loaded = archive.load_item(stored[0])
    first, second, _ = loaded.quotes
    assert first.text.get("de") == "Das ist ein sehr guter Tag für die Region"
    assert first.approval.state.value == "approved"
    # published with the corrected speakers: the approval taken from the release holds
    assert [approval_status(q) for q in loaded.quotes] == [ApprovalStatus.APPROVED] * 3
    assert archive.role(first.speakers[0].role_id).title == {"de": "Minister für Wirtschaft"}
    (anna,) = second.speakers
    assert archive.person(anna.person_id).family_name == "Beispiel"
    assert archive.role(anna.role_id).title == {"de": "Staatssekretärin"}
    assert archive.role(anna.role_id).valid_from == date(2021, 3, 16)
    assert summary.new_people == 2  # Kammradt and Einsfelder are no longer named


def test_rejected_new_person_is_not_created_and_keeps_the_name_as_written(
        tmp_path: Path, archive: Archive) -> None:
    proposal = propose(Registry(archive), write_release_docx(tmp_path / "alt.docx"))
    apply_corrections(proposal, {"reject_people": ["Thomas Einsfelder"]})
    joint = proposal.item.quotes[1]
    assert len(joint.speakers) == 1
    assert approval_status(joint) == ApprovalStatus.APPROVED
    save(archive, [proposal])
    assert "Einsfelder" not in {p.family_name for p in archive.people()}
    assert "Kammradt" in {p.family_name for p in archive.people()}
    proposal = propose(Registry(archive), write_release_docx(tmp_path / "neu.docx"))
    proposal.reject_person(proposal.new_people()[-1].id)  # Einsfelder, proposed again
    (kammradt,) = proposal.item.quotes[1].speakers
    assert kammradt.person_id not in proposal.new_ids  # matched to the stored person now
    proposal.set_speakers(proposal.item.quotes[1].id, [])
    assert proposal.item.quotes[1].attribution == {}  # as before: set_speakers keeps it
    with pytest.raises(ValueError):
        proposal.reject_person(kammradt.person_id)  # stored people cannot be rejected


def test_all_speakers_rejected_keeps_the_words_as_written(tmp_path: Path,
                                                          archive: Archive) -> None:
    proposal = propose(Registry(archive), write_release_docx(tmp_path / "alt.docx"))
    apply_corrections(proposal, {"reject_people": ["Dr. Steffen Kammradt",
                                                   "Thomas Einsfelder"]})
    joint = proposal.item.quotes[1]
    assert joint.speakers == []
    assert joint.attribution == {"de": "Dr. Steffen Kammradt, Thomas Einsfelder"}
    stored, summary = save(archive, [proposal])
    assert summary.new_people == 1
    assert archive.load_item(stored[0]).quotes[1].attribution == joint.attribution


@pytest.mark.parametrize("spec, message", [
    ({"date": "2021-02-30"}, "date: “2021-02-30” is not a date"),
    ({"headline": ""}, "the headline cannot be empty"),
    ({"quotes": [{"index": 9, "text": "x"}]}, "quotes[9]: there are 3 quotes"),
    ({"quotes": [{"index": 1, "text": "  "}]}, "a quote needs words"),
    ({"reject_people": ["Niemand Hier"]}, "“Niemand Hier” is none of the new people"),
    ({"places": "Potsdam"}, "places: expected a list"),
    ({"quotes": [{"index": 1, "speaker": "nur klein"}]}, "is no person's name"),
])
def test_bad_corrections_are_named(tmp_path: Path, archive: Archive, spec: dict,
                                   message: str) -> None:
    proposal = propose(Registry(archive), write_release_docx(tmp_path / "alt.docx"))
    with pytest.raises(CorrectionError) as raised:
        apply_corrections(proposal, spec)
    assert message in str(raised.value) and "alt.docx" in str(raised.value)


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(argv), out=out)
    return code, out.getvalue()


def test_command_line_applies_the_corrections_file(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    path = write_release_docx(tmp_path / "alt.docx")
    fixes = tmp_path / "fixes.json"
    fixes.write_text(json.dumps({"documents": {"alt.docx": {
        **CORRECTIONS, "quotes": [*CORRECTIONS["quotes"], {"index": 3, "approved": False}]}}}),
        encoding="utf-8")
    db = tmp_path / "a.sqlite"
    code, out = run("--db", str(db), "import-docs", str(path), "--corrections", str(fixes),
                    "--reject-person", "Thomas Einsfelder", "--dry-run", "--json")
    assert code == 0, capsys.readouterr().err
    (document,) = json.loads(out)["documents"]
    assert document["item"]["item"]["headline"]["de"] == "Kooperation unterzeichnet"
    assert document["quotes"][1]["speaker_mentions"] == ["Dr. Anna Beispiel, Staatssekretärin"]
    code, _ = run("--db", str(db), "import-docs", str(path), "--corrections", str(fixes),
                  "--yes")
    assert code == 0
    with Archive.open(db) as archive:
        (summary,) = archive.list_items()
        item = archive.load_item(summary.id)
        assert item.kicker.get("de") == "Ländlicher Raum"
        assert item.issue_date == date(2021, 3, 16)
        assert [q.approval.state.value for q in item.quotes] == [
            "approved", "approved", "drafted"]
        assert "Beispiel" in {p.family_name for p in archive.people()}


@pytest.mark.parametrize("content, message", [
    ("{not json", "not JSON"),
    ('{"documents": {"andere.docx": {}}}', "andere.docx, which is not among the documents"),
    ('{"documents": {"alt.docx": {"titel": "x"}}}', "unknown field 'titel'"),
    ('{"documents": {"alt.docx": {"date": "morgen"}}}', "“morgen” is not a date"),
])
def test_command_line_refuses_bad_corrections(tmp_path: Path, content: str, message: str,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    path = write_release_docx(tmp_path / "alt.docx")
    fixes = tmp_path / "fixes.json"
    fixes.write_text(content, encoding="utf-8")
    db = tmp_path / "a.sqlite"
    code, _ = run("--db", str(db), "import-docs", str(path), "--corrections", str(fixes),
                  "--yes")
    err = capsys.readouterr().err
    assert code == 1 and message in err and "Traceback" not in err
    with Archive.open(db) as archive:
        assert archive.list_items() == []


@pytest.mark.parametrize(("content", "words"), [
    ('{"documents": {"a.docx": {"headline": ' + "[" * 100_000 + "]" * 100_000 + "}}}",
     "nested too deeply"),
    ('{"documents": {"a.docx": {"quotes": [{"index": ' + "9" * 5_000 + "}]}}}",
     "thousands of digits"),
    (None, "not a regular file"),
])
def test_a_corrections_file_that_cannot_be_read_is_told_in_one_line(
        tmp_path: Path, content: str | None, words: str) -> None:
    """A deep or long-numbered file made Python's parser fail past the message; a named
    pipe kept the import waiting for a writer."""
    import os

    path = tmp_path / "corrections.json"
    if content is None:
        os.mkfifo(path)
    else:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(CorrectionError, match=words) as raised:
        read_corrections(path)
    assert "corrections.json" in str(raised.value) and "\n" not in str(raised.value)
