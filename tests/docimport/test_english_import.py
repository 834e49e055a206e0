"""Importing English and bilingual releases: the speakers of quotes in both languages and
the role under a pull quote. All documents are written for these tests."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from editor.core.model import BlockKind
from editor.services.release_import import Registry, propose
from editor.store import Archive


@pytest.fixture
def archive(tmp_path: Path) -> Archive:
    opened = Archive.open(tmp_path / "archive.sqlite")
    yield opened
    opened.close()


def test_bilingual_quotes_inside_paragraphs_are_one_quote_with_its_speaker(
        tmp_path: Path, archive: Archive) -> None:
    text = tmp_path / "zweisprachig.txt"
    text.write_text(
        "Land eröffnet Energiebüro\n\n"
        "Potsdam, den 15.03.2021. Die Ministerin für Energie, Jane Doe, eröffnete am Montag "
        "das neue Büro in Potsdam.\n\n"
        "John Roe leitet das Büro. „Wir bauen das Netz der Zukunft“, sagte er.\n\n"
        "State opens energy office\n\n"
        "POTSDAM, March 15, 2021 – Jane Doe, Minister for Energy, opened the new office in "
        "Potsdam on Monday.\n\n"
        "John Roe heads the office. “We are building the grid of the future,” he said.\n",
        encoding="utf-8")
    proposal = propose(Registry(archive), text)
    item = proposal.item
    assert item.languages == ["de", "en"]
    (quote,) = item.quotes
    assert quote.text.text == {"de": "Wir bauen das Netz der Zukunft",
                               "en": "We are building the grid of the future"}
    assert quote.verb == {"de": "sagte", "en": "said"}
    (speaker,) = quote.speakers
    person = proposal.people[speaker.person_id]
    assert (person.given_name, person.family_name) == ("John", "Roe")


def test_the_other_language_names_the_speaker_the_first_leaves_out(
        tmp_path: Path, archive: Archive) -> None:
    text = tmp_path / "zweisprachig.txt"
    text.write_text(
        "Land eröffnet Energiebüro\n\n"
        "Potsdam, den 15.03.2021. Das Land hat am Montag ein neues Büro eröffnet.\n\n"
        "Die Pläne sind groß. „Wir bauen das Netz der Zukunft.“\n\n"
        "State opens energy office\n\n"
        "POTSDAM, March 15, 2021 – The state opened a new office on Monday.\n\n"
        "The plans are big. “We are building the grid of the future,” said Jane Doe.\n",
        encoding="utf-8")
    proposal = propose(Registry(archive), text)
    (quote,) = proposal.item.quotes
    assert quote.text.get("en") == "We are building the grid of the future"
    (speaker,) = quote.speakers
    person = proposal.people[speaker.person_id]
    assert (person.given_name, person.family_name) == ("Jane", "Doe")


def test_the_minister_is_the_person_named_before(tmp_path: Path, archive: Archive) -> None:
    text = tmp_path / "release.txt"
    text.write_text(
        "State opens energy office\n\n"
        "POTSDAM, March 15, 2021 – Energy Minister Jane Doe opened the new office on "
        "Monday.\n\n"
        "“We are building the grid of the future,” the minister said.\n", encoding="utf-8")
    proposal = propose(Registry(archive), text)
    (quote,) = proposal.item.quotes
    (speaker,) = quote.speakers
    person = proposal.people[speaker.person_id]
    assert (person.given_name, person.family_name) == ("Jane", "Doe")
    (finding,) = proposal.findings
    assert finding.speaker_mentions == ["the minister"]


def test_a_new_role_gets_its_title_in_both_languages(tmp_path: Path, archive: Archive) -> None:
    text = tmp_path / "zweisprachig.txt"
    text.write_text(
        "Land eröffnet Energiebüro\n\n"
        "Potsdam, den 15.03.2021. Das Land hat am Montag ein neues Büro eröffnet.\n\n"
        "„Wir bauen das Netz der Zukunft“, sagte die Ministerin für Energie, Jane Doe.\n\n"
        "State opens energy office\n\n"
        "POTSDAM, March 15, 2021 – The state opened a new office on Monday.\n\n"
        "“We are building the grid of the future,” said Jane Doe, Minister for Energy.\n",
        encoding="utf-8")
    proposal = propose(Registry(archive), text)
    (quote,) = proposal.item.quotes
    (speaker,) = quote.speakers
    assert speaker.role_id is not None
    role = proposal.roles[speaker.role_id]
    assert role.title == {"de": "Ministerin für Energie", "en": "Minister for Energy"}
    assert role.function == {"de": "Ministerin", "en": "Minister"}


@pytest.mark.parametrize("lines, role", [
    (["The state opened its new energy office on Monday.",
      "“We are building the grid of the future, together with the towns.”",
      "Jane Doe", "Minister for Energy", "The office has ten staff."], "Minister for Energy"),
    (["Das Land hat am Montag ein neues Büro eröffnet.",
      "„Wir bauen das Netz der Zukunft, gemeinsam mit den Kommunen.“",
      "Jane Doe", "Ministerin für Energie", "Das Büro hat zehn Mitarbeiter."],
     "Ministerin für Energie"),
])
def test_pull_quote_with_name_and_role_on_the_paragraphs_under_it(
        tmp_path: Path, archive: Archive, lines: list[str], role: str) -> None:
    document = docx.Document()
    document.add_heading("State opens energy office", level=0)
    for line in lines:
        document.add_paragraph(line)
    path = tmp_path / "pull.docx"
    document.save(str(path))
    proposal = propose(Registry(archive), path)
    item = proposal.item
    (quote,) = item.quotes
    (finding,) = proposal.findings
    assert (finding.speaker_mentions, finding.role_text) == (["Jane Doe"], role)
    (speaker,) = quote.speakers
    assert speaker.role_id is not None
    assert proposal.roles[speaker.role_id].title.get(item.source_language) == role
    kinds = [b.kind for b in item.blocks]
    assert kinds == [BlockKind.PARAGRAPH, BlockKind.QUOTE, BlockKind.PARAGRAPH]
    assert item.blocks[2].text.get(item.source_language) == lines[-1]
