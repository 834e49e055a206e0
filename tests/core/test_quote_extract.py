"""The quote extractor: direct quotes in every mark style, attributions, scare quotes."""

from __future__ import annotations

import pytest

from editor.core.quote_extract import find_quotes


def speakers(text: str) -> list[tuple[str, list[str]]]:
    return [(q.text, [m.text for m in q.mentions]) for q in find_quotes(text)]


def test_sentence_attribution_with_role_and_titles() -> None:
    text = ("„Wir bauen die Brücke neu“, sagte der Brandenburger Minister für Wirtschaft, "
            "Arbeit und Energie, Prof. Dr.-Ing. Jörg Steinbach. Danach ging es weiter.")
    (quote,) = find_quotes(text)
    assert quote.text == "Wir bauen die Brücke neu"
    assert text[quote.start:quote.end] == "Wir bauen die Brücke neu"
    assert [m.text for m in quote.mentions] == ["Prof. Dr.-Ing. Jörg Steinbach"]
    assert quote.verb == "sagte"
    assert quote.role_text == "Brandenburger Minister für Wirtschaft, Arbeit und Energie"


@pytest.mark.parametrize("text, words, who", [
    ("Steinbach: „Das ist ein guter Tag für das Land.“", "Das ist ein guter Tag für das Land.",
     "Steinbach"),
    ("„Wir machen weiter wie bisher“, so Steinbach.", "Wir machen weiter wie bisher",
     "Steinbach"),
    ("»Das Projekt läuft sehr gut«, erklärte Anna Beispiel.", "Das Projekt läuft sehr gut",
     "Anna Beispiel"),
    ("«Wir sind sehr zufrieden», sagte Max Muster.", "Wir sind sehr zufrieden", "Max Muster"),
    ('"Wir freuen uns auf die Zusammenarbeit", betonte Eva Probe.',
     "Wir freuen uns auf die Zusammenarbeit", "Eva Probe"),
    ("“We are very pleased with the result,” said Jane Example.",
     "We are very pleased with the result", "Jane Example"),
    ("“This is a good day for the region”, Jane Example said.",
     "This is a good day for the region", "Jane Example"),
])
def test_attribution_forms_and_mark_styles(text: str, words: str, who: str) -> None:
    assert speakers(text) == [(words, [who])]


def test_nested_marks_become_straight_quotes() -> None:
    text = "„Wir nennen es ‚Smart Country‘ und meinen es ernst“, sagte Anna Beispiel."
    (quote,) = find_quotes(text)
    assert quote.text == 'Wir nennen es "Smart Country" und meinen es ernst'


def test_joint_quote_names_every_speaker_with_their_role() -> None:
    text = ("„Gemeinsam sind wir stärker“, betonen die Geschäftsführer der Wirtschaftsförderung "
            "Land Brandenburg (WFBB), Dr. Steffen Kammradt, und der Investitions- und "
            "Marketinggesellschaft Sachsen-Anhalt (IMG), Thomas Einsfelder.")
    (quote,) = find_quotes(text)
    assert [m.text for m in quote.mentions] == ["Dr. Steffen Kammradt", "Thomas Einsfelder"]
    assert quote.verb == "betonen"
    assert "WFBB" in quote.mentions[0].role_text
    assert "IMG" in quote.mentions[1].role_text


def test_speaker_named_in_the_sentence_before() -> None:
    text = ("Bürgermeisterin Anna Beispiel zeigte sich erfreut. „Das ist ein großer Erfolg "
            "für unsere Stadt und für alle, die mitgearbeitet haben.“")
    (quote,) = find_quotes(text)
    assert [m.text for m in quote.mentions] == ["Anna Beispiel"]


def test_pull_quote_with_byline_under_it() -> None:
    text = ("„Digitalisierung ist für uns eine Chance für den ländlichen Raum.“\n\n"
            "Anna Beispiel, Ministerin für Digitales\n\nDer nächste Absatz.")
    (quote,) = find_quotes(text)
    assert quote.pull_quote
    assert [m.text for m in quote.mentions] == ["Anna Beispiel"]
    assert quote.mentions[0].role_text == "Ministerin für Digitales"


@pytest.mark.parametrize("text", [
    "In erfolgreichen Beispielen wie dem „Coconat“ in Bad Belzig sehen sie Chancen.",
    "Das Thema „Smart Country“ zählen beide zu ihren Aufgaben.",
    "Die Schülerinnen zogen unter dem Motto „Wir wollen einen sicheren Schulweg“ durch den Ort.",
    "Der Bericht erschien in der „Harbour Town Gazette“ am Montag.",
    "Das Projekt „Digitale Dörfer“ startet im Mai.",
    "Sie setzen deshalb auf ein „digitales Comeback“ des Landlebens.",
])
def test_scare_quotes_titles_and_names_are_not_quotes(text: str) -> None:
    assert find_quotes(text) == []


def test_partial_quote_in_reported_speech_counts() -> None:
    text = "Die Ministerin nannte den Bericht „völlig aus der Luft gegriffen“."
    (quote,) = find_quotes(text)
    assert quote.text == "völlig aus der Luft gegriffen"


def test_a_pair_never_crosses_a_paragraph() -> None:
    assert find_quotes("„Ein Anfang ohne Ende, sagte sie\n\nund ein neuer Absatz“, so X.") == []


def test_a_german_quote_holding_a_pair_of_the_same_marks_is_one_quote() -> None:
    text = ("„Wir haben viele Anmeldungen für die „Kleinen Betriebe“ in der ersten Phase "
            "bekommen“, sagte Jan Muster, Geschäftsführer von Beispielnetz.")
    (quote,) = find_quotes(text)
    assert quote.text == ('Wir haben viele Anmeldungen für die "Kleinen Betriebe" in der '
                          'ersten Phase bekommen')
    assert text[quote.end + 1:].startswith(", sagte")
    assert [m.text for m in quote.mentions] == ["Jan Muster"]


def test_marks_that_do_not_balance_keep_the_first_closing_mark() -> None:
    # an opening mark without its partner inside a quote: the quote ends at the first closer
    text = "„Wir kommen „bald wieder in die Stadt“, sagte Eva Test. Dann ging sie."
    (quote,) = find_quotes(text)
    assert quote.text == 'Wir kommen "bald wieder in die Stadt'
    assert [m.text for m in quote.mentions] == ["Eva Test"]


def test_two_quotes_in_a_row_stay_two_quotes() -> None:
    text = ("„Wir kommen wieder“, sagte Eva Test. „Das ist ein Versprechen an alle“, fügte "
            "sie hinzu.")
    assert [q.text for q in find_quotes(text)] == ["Wir kommen wieder",
                                                   "Das ist ein Versprechen an alle"]


@pytest.mark.parametrize("text", [
    "Der Zusammenschluss, der sich selbst „Runder Tisch für eine Lebendige Innenstadt“ nennt, "
    "trifft sich seit Mai.",
    "Am Abend erklärte der neue „Hohe Rat der Kleingärtner am Deich“, wie sich der Vorstand "
    "selbst nennt, die Saison sei eröffnet.",
    "Die Anwohner protestierten unter dem Motto „Zehn Jahre Baustelle reichen! Wir wollen "
    "Ruhe!“ vor dem Rathaus.",
])
def test_a_name_one_gives_oneself_or_a_motto_is_no_quote(text: str) -> None:
    assert find_quotes(text) == []
