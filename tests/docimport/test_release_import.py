"""Proposals from old releases: fields, quotes, speakers matched or proposed, saving."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import docx
import pytest
from documents_support import BOILERPLATE, png_bytes, release_html, write_release_docx

from editor.core.model import ApprovalState, BlockKind, ItemStatus, Person, Role
from editor.services.release_fields import (
    contact_from_text,
    detect_language,
    parse_dateline,
    parse_embargo,
)
from editor.services.release_import import Registry, propose, propose_all, save
from editor.store import Archive


@pytest.fixture
def archive(tmp_path: Path) -> Archive:
    opened = Archive.open(tmp_path / "archive.sqlite")
    yield opened
    opened.close()


@pytest.mark.parametrize("line, places, day", [
    ("Potsdam/Magdeburg, den 15.03.2021. Die", ["Potsdam", "Magdeburg"], date(2021, 3, 15)),
    ("Berlin, 3. Mai 2022 – Die", ["Berlin"], date(2022, 5, 3)),
    ("POTSDAM, March 15, 2021 – The", ["Potsdam"], date(2021, 3, 15)),
    ("Magdeburg (ots) - Die", ["Magdeburg"], None),
    ("Frankfurt am Main, 1.2.2020: Heute", ["Frankfurt am Main"], date(2020, 2, 1)),
    ("Halle (Saale), 3. Mai 2022 – Die", ["Halle (Saale)"], date(2022, 5, 3)),
])
def test_datelines(line: str, places: list[str], day: date | None) -> None:
    found = parse_dateline(line)
    assert found is not None
    assert (found[0], found[1]) == (places, day)
    assert line[found[2]:] in ("Die", "The", "Heute")


def test_no_dateline_in_an_ordinary_sentence() -> None:
    assert parse_dateline("Die Wirtschaftsförderer haben heute unterzeichnet.") is None


def test_embargo_and_contact_lines() -> None:
    assert parse_embargo("Sperrfrist: 15.03.2021, 10:00 Uhr").until == datetime(2021, 3, 15, 10)
    assert parse_embargo("Embargoed until March 15, 2021").until == datetime(2021, 3, 15)
    contact = contact_from_text("Anna Presse\nTel. +49 331 000000-0\npresse@wfbb.example.org")
    assert contact is not None
    assert (contact.name, contact.phone, contact.email) == (
        "Anna Presse", "+49 331 000000-0", "presse@wfbb.example.org")


def test_language_by_paragraph() -> None:
    assert detect_language("Die Wirtschaftsförderer haben heute eine Vereinbarung.") == "de"
    assert detect_language("The agencies have signed an agreement for the region.") == "en"


def test_docx_release_becomes_an_item_with_every_field(tmp_path: Path, archive: Archive) -> None:
    photo = tmp_path / "photo.png"
    photo.write_bytes(png_bytes())
    path = write_release_docx(tmp_path / "alt.docx", photo=photo)
    proposal = propose(Registry(archive), path, today=date(2026, 1, 2))
    item = proposal.item
    assert item.headline.get("de") == "Wirtschaftsförderer schließen Kooperation"
    assert item.kicker.get("de") == "Smart Country"
    assert item.subheadline.get("de") == "Gemeinsam für den ländlichen Raum"
    assert (item.places, item.issue_date) == (["Potsdam", "Magdeburg"], date(2021, 3, 15))
    assert item.embargo is not None and item.embargo.until == datetime(2021, 3, 15, 10)
    assert item.status == ItemStatus.PUBLISHED
    assert (item.source_name, item.internal_note) == ("alt.docx", "")
    assert item.imported_at is not None and item.imported_at.tzinfo is not None
    lead = item.blocks[0]
    assert lead.text.get("de").startswith("Die Wirtschaftsförderer beider Länder")
    kinds = [b.kind for b in item.blocks]
    assert kinds.count(BlockKind.QUOTE) == 3
    assert BlockKind.LIST in kinds and BlockKind.SUBHEADING in kinds and BlockKind.PHOTO in kinds
    body = [b.text.get("de") for b in item.blocks if "Coconat" in b.text.get("de")]
    assert body == ['Beispiele wie das Projekt "Coconat" in Bad Belzig zeigen, was möglich ist. '
                    'Das Thema "Smart Country" steht im Mittelpunkt.']
    (picture,) = item.photos
    assert picture.credit == "Rainer Weisflog" and picture.blob in proposal.photo_data
    (org,) = proposal.new_organisations()
    assert (org.short_name, org.boilerplate) == ("WFBB", {"de": BOILERPLATE})
    assert item.issuer_ids == [org.id]
    (contact,) = item.contacts
    assert contact.email == "presse@wfbb.example.org" and contact.organisation_id is None
    names = {p.id: p for p in proposal.people.values()}
    found = [[names[i].full_name for i in f.person_ids] for f in proposal.findings]
    assert found == [["Prof. Dr.-Ing. Jörg Steinbach"],
                     ["Dr. Steffen Kammradt", "Thomas Einsfelder"],
                     ["Prof. Dr.-Ing. Jörg Steinbach"]]  # "so Steinbach": the same person
    steinbach = item.quotes[0].speakers[0]
    role = proposal.roles[steinbach.role_id or ""]
    assert role.title == {"de": "Brandenburger Minister für Wirtschaft, Arbeit und Energie"}
    assert role.valid_from == date(2021, 3, 15)
    assert all(q.approval.state == ApprovalState.APPROVED for q in item.quotes)
    joint = item.blocks[kinds.index(BlockKind.QUOTE) + 1]
    assert joint.text.get("de") == "Die Vereinbarung gilt zunächst drei Jahre."
    assert "Coconat" not in [f.text for f in proposal.findings]


def test_speaker_matched_against_the_archive(tmp_path: Path, archive: Archive) -> None:
    archive.save_person(Person("p-steinbach", "Jörg", "Steinbach", honorific="Prof. Dr.-Ing."))
    archive.save_role(Role("r-steinbach", "p-steinbach", None,
                           title={"de": "Minister"}, valid_from=date(2019, 11, 20)))
    text = tmp_path / "kurz.txt"
    text.write_text("Minister besucht Lausitz\n\nCottbus, 2. Mai 2022 – Der Besuch war lang.\n\n"
                    "„Die Lausitz hat eine große Zukunft vor sich“, sagte Joerg Steinbach.\n\n"
                    "„Wir bleiben dran“, so Steinbach.\n", encoding="utf-8")
    proposal = propose(Registry(archive), text)
    assert [f.person_ids for f in proposal.findings] == [["p-steinbach"], ["p-steinbach"]]
    assert proposal.new_people() == [] and proposal.new_roles() == []
    assert proposal.item.quotes[0].speakers[0].role_id == "r-steinbach"


def test_pronoun_speaker_is_the_person_named_before(tmp_path: Path, archive: Archive) -> None:
    archive.save_person(Person("p-muster", "Max", "Muster"))
    text = tmp_path / "halle.txt"
    text.write_text("Neue Halle für Neustadt\n\nNeustadt, 2. Mai 2022 – Bürgermeister Max "
                    "Muster besuchte am Montag die Baustelle. Dabei sagte er: „Im Sommer ist "
                    "die Halle fertig.“\n", encoding="utf-8")
    proposal = propose(Registry(archive), text)
    assert [(f.speaker_mentions, f.person_ids) for f in proposal.findings] == [
        (["er"], ["p-muster"])]


def test_a_description_speaks_for_the_person_named_before_it(
        tmp_path: Path, archive: Archive) -> None:
    archive.save_person(Person("p-muster", "Max", "Muster"))
    text = tmp_path / "halle.txt"
    text.write_text("Neue Halle für Neustadt\n\nNeustadt, 2. Mai 2022 – Bürgermeister Max "
                    "Muster eröffnete die Halle. „Wir sind stolz auf unsere Stadt“, sagte der "
                    "Bürgermeister.\n\nLaut Neustädter Zeitung sei der Plan „gescheitert und "
                    "teuer“, wie die Zeitung schreibt.\n", encoding="utf-8")
    proposal = propose(Registry(archive), text)
    assert [(f.speaker_mentions, f.person_ids) for f in proposal.findings] == [
        (["der Bürgermeister"], ["p-muster"]), (["die Zeitung"], [])]
    assert proposal.new_people() == []


def test_a_source_becomes_a_speaker_only_when_the_archive_knows_it(
        tmp_path: Path, archive: Archive) -> None:
    archive.save_person(Person("p-test", "Eva", "Test"))
    text = tmp_path / "quelle.txt"
    text.write_text("Neue Halle für Neustadt\n\nNeustadt, 2. Mai 2022 – Die Halle sei laut "
                    "Stadt Kurier „im Sommer fertig und sehr schön“. Das Projekt sei laut "
                    "Eva Test „ein Gewinn für alle Vereine“.\n", encoding="utf-8")
    proposal = propose(Registry(archive), text)
    assert [(f.speaker_mentions, f.person_ids) for f in proposal.findings] == [
        (["Stadt Kurier"], []), (["Eva Test"], ["p-test"])]
    assert proposal.new_people() == []


def test_bilingual_web_page_becomes_one_item(tmp_path: Path, archive: Archive) -> None:
    english = ('<section lang="en"><h2>Agencies join forces</h2>'
               "<p>POTSDAM, March 15, 2021 – The agencies of both states have signed an "
               "agreement today that is meant to strengthen rural areas.</p>"
               "<p>“This is a good day for the region,” said Brandenburg's Minister for "
               "Economic Affairs, Prof. Dr.-Ing. Jörg Steinbach.</p></section>")
    article = ('<article><h1>Wirtschaftsförderer schließen Kooperation</h1>'
               "<p>Potsdam, den 15.03.2021. Die Wirtschaftsförderer beider Länder haben heute "
               "eine Vereinbarung unterzeichnet, die den ländlichen Raum stärken soll.</p>"
               "<p>„Das ist ein guter Tag für die Region“, sagte der Brandenburger Minister "
               "für Wirtschaft, Prof. Dr.-Ing. Jörg Steinbach.</p></article>" + english)
    page = tmp_path / "zweisprachig.html"
    page.write_text(release_html(article), encoding="utf-8")
    proposal = propose(Registry(archive), page)
    item = proposal.item
    assert item.languages == ["de", "en"]
    assert item.headline.text == {"de": "Wirtschaftsförderer schließen Kooperation",
                                  "en": "Agencies join forces"}
    assert item.blocks[0].text.get("en").startswith("The agencies of both states")
    (quote,) = item.quotes
    assert quote.text.get("en") == "This is a good day for the region"
    assert not item.stale_translations()


def test_a_plain_last_german_sentence_stays_german_and_no_english_dachzeile(
        tmp_path: Path, archive: Archive) -> None:
    """A German part ends with a sentence whose words tell no language: it is the German
    part's last paragraph, not the Dachzeile of the English part that follows."""
    document = docx.Document()
    document.add_paragraph("Wasserstoff-Netzwerk gegründet", style="Title")
    document.add_paragraph("Potsdam, 12. September 2023 – Zwölf Unternehmen und drei "
                           "Hochschulen haben heute in Potsdam ein Netzwerk gegründet.")
    document.add_paragraph("Das Netzwerk will bis 2025 fünf Pilotprojekte starten.")
    document.add_paragraph("Hydrogen network founded", style="Title")
    document.add_paragraph("POTSDAM, September 12, 2023 – Twelve companies and three "
                           "universities today founded a network in Potsdam.")
    document.add_paragraph("The network plans to launch five pilot projects by 2025.")
    path = tmp_path / "netzwerk.docx"
    document.save(str(path))
    item = propose(Registry(archive), path).item
    assert item.languages == ["de", "en"]
    assert not item.kicker.get("en")
    assert [b.text.get("de") for b in item.blocks][-1] == \
        "Das Netzwerk will bis 2025 fünf Pilotprojekte starten."
    assert [b.text.get("en") for b in item.blocks][-1] == \
        "The network plans to launch five pilot projects by 2025."


def test_the_wire_signature_under_an_ots_release_is_no_press_contact(
        tmp_path: Path, archive: Archive) -> None:
    text = ("Badegewässer in gutem Zustand\r\n\r\n"
            "Magdeburg (ots) - Die Badegewässer in Sachsen-Anhalt haben eine gute "
            "Wasserqualität. Das hat das Landesamt bei 92 Messstellen festgestellt.\r\n\r\n"
            "Pressekontakt:\r\n\r\nLandesamt für Umwelt\r\nTelefon: 0391 000000\r\n"
            "E-Mail: presse@lau.example.de\r\n\r\n"
            "Original-Content von: Landesamt für Umwelt, übermittelt durch news aktuell\r\n")
    path = tmp_path / "ots.txt"
    path.write_bytes(text.encode("cp1252"))
    item = propose(Registry(archive), path).item
    assert item.places == ["Magdeburg"]
    assert [c.name for c in item.contacts] == ["Landesamt für Umwelt"]
    assert "Original-Content" not in " ".join(b.text.get("de") for b in item.blocks)


def test_batch_goes_on_after_a_broken_file_and_skips_duplicates(
        tmp_path: Path, archive: Archive) -> None:
    good = write_release_docx(tmp_path / "a.docx")
    broken = tmp_path / "b.docx"
    broken.write_bytes(b"PK\x03\x04 broken")
    again = write_release_docx(tmp_path / "c.docx")
    seen: list[str] = []
    proposals, failures, cancelled = propose_all(
        archive, [good, broken, again], lambda done, total, name: seen.append(name) or True)
    assert not cancelled and seen == ["a.docx", "b.docx", "c.docx", ""]
    assert [f.path.name for f in failures] == ["b.docx"]
    assert "b.docx" in failures[0].message
    assert proposals[1].duplicate_of == "a.docx"  # the same release twice in one batch
    stored, summary = save(archive, proposals)
    assert len(stored) == 1 and (summary.items, summary.duplicates) == (1, 1)
    assert summary.quotes == 3 and summary.new_people == 3
    loaded = archive.load_item(stored[0])
    assert loaded.headline.get("de") == "Wirtschaftsförderer schließen Kooperation"
    later, _, _ = propose_all(archive, [good])
    assert later[0].duplicate_of == stored[0]  # now the archive has it
    assert later[0].new_people() == []


def test_cancel_stops_the_batch(tmp_path: Path, archive: Archive) -> None:
    paths = [write_release_docx(tmp_path / f"{n}.docx") for n in "ab"]
    proposals, failures, cancelled = propose_all(archive, paths, lambda d, t, n: d < 1)
    assert cancelled and len(proposals) == 1 and not failures


def test_rejected_quote_stays_as_paragraph_and_creates_nobody(
        tmp_path: Path, archive: Archive) -> None:
    proposal = propose(Registry(archive), write_release_docx(tmp_path / "a.docx"))
    joint = proposal.findings[1]
    proposal.reject_quote(joint.quote_id)
    bundle = proposal.bundle()
    assert {p.family_name for p in bundle.people} == {"Steinbach"}
    paragraph = [b for b in bundle.items[0].blocks if "Gemeinsam sind wir" in b.text.get("de")]
    assert paragraph and paragraph[0].kind == BlockKind.PARAGRAPH
    stored, _ = save(archive, [proposal])
    assert {p.family_name for p in archive.people()} == {"Steinbach"}
    assert len(archive.load_item(stored[0]).quotes) == 2


def test_same_text_under_another_headline_is_a_duplicate(tmp_path: Path, archive: Archive) -> None:
    first = write_release_docx(tmp_path / "a.docx")
    proposals, _, _ = propose_all(archive, [first])
    save(archive, proposals)
    renamed = tmp_path / "b.docx"
    document = docx.Document(str(first))
    for paragraph in document.paragraphs:
        if paragraph.style.name == "Title":
            paragraph.text = "Eine andere Überschrift für denselben Text"
    document.save(str(renamed))
    (again,), _, _ = propose_all(archive, [renamed])
    assert again.duplicate_of == proposals[0].item.id


def test_a_headline_with_english_looking_words_stays_the_headline(
        tmp_path: Path, archive: Archive) -> None:
    path = tmp_path / "havel.txt"
    path.write_text("Neues Vorhaben in Brandenburg an der Havel gestartet\n\n"
                    "Brandenburg an der Havel, den 28.01.2020. Heute haben die Partner ein neues "
                    "Vorhaben vorgestellt, das die Region stärken soll.\n", encoding="utf-8")
    item = propose(Registry(archive), path).item
    assert item.headline.text == {"de": "Neues Vorhaben in Brandenburg an der Havel gestartet"}
    assert item.languages == ["de"]
    assert item.places == ["Brandenburg an der Havel"]
    assert item.blocks[0].text.get("de").startswith("Heute haben die Partner")


def test_a_file_name_that_looks_like_a_path_is_kept_as_a_plain_name(
        tmp_path: Path, archive: Archive) -> None:
    path = write_release_docx(tmp_path / "C:\\Users\\anna\\alt\x07.docx")
    proposal = propose(Registry(archive), path)
    assert proposal.item.source_name == "C__Users_anna_alt_.docx"
    stored, summary = save(archive, [proposal])
    assert summary.items == 1
    assert archive.load_item(stored[0]).source_name == "C__Users_anna_alt_.docx"


def _distinct_text(number: int) -> str:
    return (f"Förderbescheid {number} übergeben\n\nPotsdam, den 0{number}.11.2020. Das Land "
            f"fördert das Gewerbegebiet {number} mit einer Million Euro, die in Straßen und "
            f"Leitungen fließt und {number} Betrieben hilft.\n\n„Ein gutes Signal für Halle "
            f"{number}“, sagte Bürgermeisterin Anna Beispiel{'ab'[number % 2]}.\n")


def test_stopping_the_saving_keeps_what_was_saved_whole_and_counts_the_rest(
        tmp_path: Path, archive: Archive) -> None:
    paths = []
    for number in range(1, 5):
        path = tmp_path / f"{number}.txt"
        path.write_text(_distinct_text(number), encoding="utf-8")
        paths.append(path)
    proposals, failures, _ = propose_all(archive, paths)
    assert not failures and all(p.duplicate_of is None for p in proposals)
    asked: list[tuple[int, int, str]] = []

    def progress(done: int, total: int, name: str) -> bool:
        asked.append((done, total, name))
        return done < 2

    stored, summary = save(archive, proposals, progress=progress)
    assert asked == [(0, 4, "1.txt"), (1, 4, "2.txt"), (2, 4, "3.txt")]
    assert len(stored) == 2 and (summary.items, summary.not_saved) == (2, 2)
    assert summary.line().endswith("0 failures, stopped before 2 more")
    assert [archive.load_item(i).source_name for i in stored] == ["1.txt", "2.txt"]
    assert all(len(archive.load_item(i).quotes) == 1 for i in stored)
    assert len(archive.list_items()) == 2


def test_joint_speakers_of_a_plural_role_each_get_the_singular(
        tmp_path: Path, archive: Archive) -> None:
    text = tmp_path / "kammer.txt"
    text.write_text(
        "Handwerk wirbt um Lehrlinge\n\nNeustadt, 2. Mai 2022 – Die Kammer stellte am Montag "
        "ein Programm für Lehrlinge vor.\n\n„Die Werkstätten brauchen Nachwuchs“, sagten die "
        "Präsidenten der Handwerkskammer Anna Beispiel und Bernd Muster.\n\n„Wir öffnen die "
        "Türen“, erklärten die Sprecherinnen des Vereins, Clara Probe und Doris Test.\n\n"
        "„Das Programm beginnt im Herbst“, betonten die Vorsitzenden des Fördervereins Gerda "
        "Lehmann und Hans Krause.\n\nFrau Lehmann leitet den Förderverein seit 2019.\n",
        encoding="utf-8")
    proposal = propose(Registry(archive), text)

    def roles(number: int) -> list[tuple[str, str]]:
        quote = proposal.item.quotes[number]
        return [(proposal.people[s.person_id].full_name,
                 proposal.roles[s.role_id].title["de"] if s.role_id else "")
                for s in quote.speakers]

    # "Präsidenten" is also the plural of a mixed group; nothing in the text tells her a woman
    assert roles(0) == [("Anna Beispiel", "Präsident der Handwerkskammer"),
                        ("Bernd Muster", "Präsident der Handwerkskammer")]
    assert roles(1) == [("Clara Probe", "Sprecherin des Vereins"),
                        ("Doris Test", "Sprecherin des Vereins")]
    # "Frau Lehmann" tells it
    assert roles(2) == [("Gerda Lehmann", "Vorsitzende des Fördervereins"),
                        ("Hans Krause", "Vorsitzender des Fördervereins")]
    assert proposal.findings[1].role_text == "Sprecherinnen des Vereins"
    proposal.set_quote_role(proposal.item.quotes[1].id, "Pressesprecherinnen des Vereins")
    assert roles(1) == [("Clara Probe", "Pressesprecherin des Vereins"),
                        ("Doris Test", "Pressesprecherin des Vereins")]
