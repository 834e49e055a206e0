"""Who said a quote inside reported speech, an opinion or a sentence that puts its object
first, and which marked words are no quote; every sentence here is written for this test."""

from __future__ import annotations

import pytest
from quote_said import said, speakers_of

from editor.core.quote_extract import find_quotes


def sources_of(text: str) -> list[tuple[str, bool]]:
    return [(m.text, m.source) for m in find_quotes(text)[0].mentions]


def test_a_place_is_never_the_speaker() -> None:
    text = ("Seit Montag hängt an jedem Eingang des Rathauses ein Schild, auf dem geschrieben "
            "steht: „Bitte treten Sie nur einzeln ein.“")
    assert speakers_of(text, "Bitte treten Sie nur einzeln ein.") == []


def test_the_person_an_opinion_is_for_holds_it() -> None:
    text = ("Für den Landrat Jan Muster ist die Lage im Kreis „äußerst angespannt“. Die "
            "Kliniken sind voll.")
    assert speakers_of(text, "äußerst angespannt") == ["Jan Muster"]


def test_a_participle_phrase_after_the_first_word_is_passed_over() -> None:
    text = ("Die Liste ist umstritten. Spöttisch, offenbar auf die Berichte reagierend, "
            "schrieb der Vereinsvorsitzende dazu: „Wer austreten will, findet das Formular im "
            "Büro.“")
    assert speakers_of(text, "Wer austreten will, findet das Formular im Büro.") == [
        "der Vereinsvorsitzende"]


@pytest.mark.parametrize("text, words, who", [
    ("Laut der Hausverwalterin Eva Test gab es „nur einen kleinen Streit um den Garten“. "
     "Der Mieter sei „stets freundlich und hilfsbereit“. Die Polizei ermittelt.",
     "stets freundlich und hilfsbereit", "Eva Test"),
    ("„Wir lassen uns nicht einschüchtern“, so Muster wörtlich. Außerdem hätte der "
     "Vorsitzende den Mitgliedern „die Zahlen bis heute nicht vorgelegt“.",
     "die Zahlen bis heute nicht vorgelegt", "Muster"),
])
def test_a_person_reported_about_is_not_the_reporter(text: str, words: str, who: str) -> None:
    assert speakers_of(text, words) == [who]


def test_a_sentence_more_of_the_report_is_passed_over_for_its_source() -> None:
    text = ("Der Tarif sei ungerecht, teilte der Verband Musterland am Montag mit. Rentnern "
            "werde zudem kein Rabatt gewährt.\n\nDie neuen Preise seien „eine Zumutung für "
            "alle Kunden“. Der Vorstand berät am Montag.")
    assert speakers_of(text, "eine Zumutung für alle Kunden") == ["der Verband Musterland"]


def test_a_passive_of_naming_gives_the_medium_it_appeared_in() -> None:
    text = ("In der Fachpresse war das Vorhaben schon als „Projekt des Jahrzehnts“ bezeichnet "
            "worden. Es geht um viel Geld.")
    assert sources_of(text) == [("der Fachpresse", True)]


def test_words_said_put_first_are_the_object_not_the_speaker() -> None:
    text = "Die Vorschläge der Ministerin bezeichnete Jan Muster als „Luftschloss“."
    assert speakers_of(text, "Luftschloss") == ["Jan Muster"]


@pytest.mark.parametrize("between, who", [
    ("Das Stadion bekommt im Sommer ein neues Dach.", "Jan Muster"),
    ("Die FWG will an ihrem Sparkurs festhalten.", "Die FWG"),  # an organisation may speak
])
def test_a_sentence_where_no_one_speaks_leaves_the_speaker_before(between: str,
                                                                  who: str) -> None:
    text = ("„Wir sind gut aufgestellt“, sagte Teamchef Jan Muster.\n\n" + between +
            " „Wir haben einen neuen Sponsor gefunden. Der Vertrag läuft bis 2030.“")
    assert speakers_of(text, "Wir haben einen neuen Sponsor gefunden. Der Vertrag läuft "
                             "bis 2030.") == [who]


def test_the_second_part_of_one_report_keeps_its_speaker() -> None:
    text = ("Die Zeitung berichtet, dass Eva Test die Bewerber gefragt habe, wann sie "
            "„zuletzt Urlaub gemacht“ hätten und ob sie „gern im Team arbeiten“ würden.")
    assert speakers_of(text, "gern im Team arbeiten") == ["Eva Test"]


@pytest.mark.parametrize("law", ["dem Paragrafen 4 der Satzung", "§ 4 der Satzung"])
def test_a_text_of_law_after_nach_is_the_source(law: str) -> None:
    text = (f"Nach {law} muss der Vorstand „jedes Jahr einen Bericht über die Finanzen "
            "vorlegen“. Das ist klar.")
    assert sources_of(text) == [(law, True)]


@pytest.mark.parametrize("text", [
    "Die Händler bieten die Modelle „Sonnenblick“ und „Abendrot“ an, sagte der Sprecher, "
    "die Nachfrage sei gut.",
    "Der Verband warnte, dass die Firmen ihre „Partner“ unter Druck setzen würden.",
])
def test_one_noun_in_marks_that_judges_nothing_is_no_quote(text: str) -> None:
    assert said(text) == []


@pytest.mark.parametrize("text, words, who", [
    ("Die Ministerin nannte den Entwurf einen „Rückschritt“.", "Rückschritt",
     "Die Ministerin"),
    ("Der Minister wies die Vorwürfe als „Unsinn“ zurück.", "Unsinn", "Der Minister"),
])
def test_one_noun_in_marks_that_judges_is_a_quote(text: str, words: str, who: str) -> None:
    assert speakers_of(text, words) == [who]


def test_the_one_who_judges_in_a_content_clause_speaks() -> None:
    text = ("Die Sprecherin Eva Test warnte, dass die Innenstadt zu einer „Geisterstadt“ "
            "werden würde, in der niemand mehr einkaufe.")
    assert speakers_of(text, "Geisterstadt") == ["Eva Test"]


def test_a_gloss_in_brackets_after_a_name_in_marks_is_no_quote() -> None:
    text = ("Laut Veranstalter haben sich 300 Freiwillige an der Aktion „Clean River“ "
            "(„sauberer Fluss“) beteiligt, sagte die Sprecherin.")
    assert said(text) == []


@pytest.mark.parametrize("text, words, who", [
    ("Die jungen Sportler, die im Mai angetreten waren, beschrieb die Zeitung als „hungrig "
     "und schnell“.", "hungrig und schnell", "die Zeitung"),
    ("Die neuen Mitglieder begrüßte der Verband als „Verstärkung“.", "Verstärkung",
     "der Verband"),
    ("Die jungen Sportler beschrieben die Lage als „ernst“.", "ernst",
     "Die jungen Sportler"),  # the verb agrees: the plural put first speaks
])
def test_a_plural_put_first_that_the_verb_does_not_agree_with_is_the_object(
        text: str, words: str, who: str) -> None:
    assert speakers_of(text, words) == [who]
