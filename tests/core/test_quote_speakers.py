"""Who said a quote: the attribution rules of the extractor, each on sentences written
for this test (speaker in the clause, sources, subjunctive continuations, names in marks)."""

from __future__ import annotations

import pytest
from quote_said import said

from editor.core.quote_extract import find_quotes, plural_role, singular_role


@pytest.mark.parametrize("text, words, who", [
    # the subject after a fronted adverbial (verb-second order)
    ("Dabei betonte die Ministerin Anna Beispiel: „Wir lassen niemanden zurück.“",
     "Wir lassen niemanden zurück.", "Anna Beispiel"),
    ("Am Abend lobte sie das Team mit den Worten: „Ihr habt Großes geleistet.“",
     "Ihr habt Großes geleistet.", "sie"),
    # a subordinate clause first, then the main clause
    ("Als die Zahlen vorlagen, sagte der Vorstand Paul Probe: „Wir sind sehr zufrieden.“",
     "Wir sind sehr zufrieden.", "Paul Probe"),
    # a role apposition before the verb, a colon after an object
    ("Max Muster, Geschäftsführer der Beispiel GmbH, kritisierte die Entscheidung der Behörde "
     "scharf: „Das ist ein schwerer Fehler.“", "Das ist ein schwerer Fehler.", "Max Muster"),
    # sources: laut, zufolge
    ("Das Projekt sei laut Bürgermeister Max Muster „ein großer Schritt für die Region“.",
     "ein großer Schritt für die Region", "Max Muster"),
    ("Dem Sprecher Tom Probe zufolge ist die Lage „unter Kontrolle und ruhig“.",
     "unter Kontrolle und ruhig", "Tom Probe"),
    # the attribution at the end of the sentence, or without a comma
    ("Die Brücke sei „in einem guten Zustand“ und werde bald geöffnet, so Oberbürgermeisterin "
     "Eva Test.", "in einem guten Zustand", "Eva Test"),
    ("Das Wetter habe „alle Pläne durchkreuzt“, wie Trainer Jan Muster betonte.",
     "alle Pläne durchkreuzt", "Jan Muster"),
    ("„Das war ein sehr guter Tag für uns.“ erklärte Kulturministerin Eva Test.",
     "Das war ein sehr guter Tag für uns.", "Eva Test"),
    ("„Wir machen das nicht mehr mit“, so urteilte Jan Muster selbst über den Streit im Rat.",
     "Wir machen das nicht mehr mit", "Jan Muster"),
])
def test_speaker_of_the_clause(text: str, words: str, who: str) -> None:
    assert said(text) == [(words, [who])]


def test_passive_quotation_names_the_one_quoted() -> None:
    text = "„Das ist ein guter Tag für alle“ wird der Trainer in der Zeitung zitiert."
    (quote,) = find_quotes(text)
    assert [m.text for m in quote.mentions] == ["der Trainer"]
    assert quote.verb == "zitiert"


def test_heisst_es_in_names_the_document_as_source() -> None:
    (quote,) = find_quotes("„Wir halten an dem Plan fest“, heißt es in einer Mitteilung des "
                           "Vereins.")
    assert [m.text for m in quote.mentions] == ["einer Mitteilung des Vereins"]
    (quote,) = find_quotes("Dort heißt es: „Die Mittel reichen für alle Schulen im Land.“")
    assert quote.mentions == []


def test_subjunctive_sentence_goes_on_with_the_reporter() -> None:
    text = ("Ministerin Anna Beispiel sagte, das Land werde investieren. Die Mittel seien "
            "„mehr als ausreichend für alle Schulen“.")
    assert said(text) == [("mehr als ausreichend für alle Schulen", ["Anna Beispiel"])]


def test_pronoun_keeps_its_place_and_refers_to_the_last_speaker() -> None:
    text = ("„Wir bauen die neue Halle“, sagte Bürgermeister Max Muster. Dann ging er weiter. "
            "Im Rathaus lobte er das Team: „Im Sommer ist sie fertig.“")
    quotes = find_quotes(text)
    assert [m.text for m in quotes[1].mentions] == ["er"]
    assert text[quotes[1].mentions[0].start:quotes[1].mentions[0].end] == "er"


def test_quote_after_a_sentence_of_the_speaker() -> None:
    text = "Sie fügte hinzu. „Bis zum Winter stehen die neuen Deiche“. Danach ging sie."
    assert said(text) == [("Bis zum Winter stehen die neuen Deiche", ["Sie"])]


@pytest.mark.parametrize("text", [
    "Das Sparprogramm „Fit2030“ läuft weiter, sagte der Sprecher.",
    "Der Minister sprach laut „Tagesblatt“ von einer Krise.",
    "Die Ausstellung – auch „Große Schau der Stadt“ – beginnt im Mai, sagte der Leiter.",
    "Auf dem Plakat stand das Motto: „Gemeinsam für die Stadt“.",
    "„Sonnenhof“ habe die Feier ausgerichtet, hieß es.",
    "„Neustadt 2030“, so heißt das Programm des Landes.",
])
def test_names_and_titles_in_marks_are_not_quotes(text: str) -> None:
    assert find_quotes(text) == []


def test_characterisation_after_als_is_a_quote() -> None:
    text = "Der Geschäftsführer wies die Vorwürfe als „haltlos“ zurück."
    assert said(text) == [("haltlos", ["Der Geschäftsführer"])]


def test_pronoun_refers_to_the_person_named_before() -> None:
    text = ("Bürgermeister Max Muster besuchte am Montag die Baustelle. Dabei sagte er: "
            "„Im Sommer ist die Halle fertig.“")
    (quote,) = find_quotes(text)
    (mention,) = quote.mentions
    assert (mention.text, mention.refers_to) == ("er", "Max Muster")


@pytest.mark.parametrize("text, who", [
    # an object in front: the subject follows the verb
    ("Die Pläne der Regierung kritisierte er scharf als „völlig verfehlt und teuer“.", "er"),
    ("Die Zahlen der Bahn stellte der Landrat Jan Muster in Frage: „Das "
     "funktioniert so nicht.“", "Jan Muster"),
    # adverbials with adjectives and prepositions before the verb
    ("Am gestrigen Abend äußerte sich Sprecherin Eva Test zum Treffen, es sei „ruhig und "
     "offen verlaufen“.", "Eva Test"),
    ("In einem Gespräch nach der Probe sagte Paul Probe: „Ich spiele noch lange.“",
     "Paul Probe"),
    ("Als Grund nannte eine Forscherin: „Die Proben reichen nicht.“", "eine Forscherin"),
    ("Im Ausschuss sagte die Ministerin mehreren Gästen zufolge: „Das Projekt kommt "
     "bald.“", "die Ministerin"),
])
def test_subject_after_fronted_parts(text: str, who: str) -> None:
    (quote,) = find_quotes(text)
    assert [m.text for m in quote.mentions] == [who]


def test_reported_speech_of_a_thing_goes_on_with_the_last_speaker() -> None:
    text = ("„Wir haben eine gute Lösung“, sagte Eva Test. Zweck des Treffens sei es "
            "gewesen, „alle Seiten an einen Tisch zu holen“.")
    quotes = find_quotes(text)
    assert [m.text for m in quotes[1].mentions] == ["Eva Test"]


@pytest.mark.parametrize("text, index, who", [
    # a speech verb the lists do not know, right after the quote
    ("„Es krachte wie ein Donner über dem Tal“, beschreibt eine Anwohnerin des Hangs den "
     "Erdrutsch.", 0, "eine Anwohnerin des Hangs"),
    # the pronoun subject after a long fronted object with its own clause
    ("Die Pläne des Vereins, den Platz zu verkaufen, nannte er einen „Fehler für alle "
     "Kinder“.", 0, "er"),
    # a person named by a noun keeps the subjunctive sentence
    ("Der 47-Jährige habe im Brief betont, er wolle „neu anfangen und bleiben“.", 0,
     "Der 47-Jährige"),
    # the reporter named at the end of the sentence before
    ("Die Daten würden weitergegeben, schreibt der Verein Datenschutz Nord. Die Regeln "
     "seien „viel zu streng und teuer“.", 0, "Datenschutz Nord"),
    # plural „sie“ in the subjunctive: the people spoken about, not the speaker
    ("„Wir brauchen gute Leute“, sagte Ministerin Eva Test. Sie seien „bestens "
     "vorbereitet und motiviert“.", 1, "Eva Test"),
])
def test_reported_speech_and_unknown_verbs(text: str, index: int, who: str) -> None:
    quotes = find_quotes(text)
    assert [m.text for m in quotes[index].mentions] == [who]


def test_name_with_von_der_at_the_start_of_a_sentence() -> None:
    text = "Von der Heide betonte, die Stadt sei „auf einem guten Weg für alle“."
    assert said(text) == [("auf einem guten Weg für alle", ["Von der Heide"])]


def test_a_word_after_speech_about_is_a_quote_not_a_name() -> None:
    text = "Händler sprachen am Abend von „Angstkäufen“. Danach fiel der Kurs."
    assert said(text) == [("Angstkäufen", ["Händler"])]
    assert find_quotes("Die Mannschaft trennte sich von „Sportfreund“ im Mai.") == []


@pytest.mark.parametrize("text, who", [
    ("Wie die Leiterin des Amtes, Eva Test, ausführte, sei der Plan „gut durchdacht und "
     "sicher“.", "Eva Test"),
    ("Nach Mustermanns Idee soll „jede Schule einen Garten bekommen“.", "Mustermanns Idee"),
    ("„Wir bleiben“, sagte Eva Test.Als Antwort kam: „Das freut uns sehr.“", "Eva Test"),
])
def test_more_clause_forms(text: str, who: str) -> None:
    assert [m.text for m in find_quotes(text)[0].mentions] == [who]


def test_adverb_first_is_no_speaker() -> None:
    text = ("„Wir brauchen Hilfe“, sagte Eva Test. Besonders schwer sei „der Winter für die "
            "Bauern im Tal“.")
    assert [m.text for m in find_quotes(text)[1].mentions] == ["Eva Test"]


def test_criticism_comes_from_the_speaker() -> None:
    text = ("Kritik kommt vom Mieterverein Süd, der den Plan als „Schlag gegen alle Familien“ "
            "bezeichnet.")
    assert said(text) == [("Schlag gegen alle Familien", ["Mieterverein Süd"])]


@pytest.mark.parametrize(("text", "name", "role"), [
    ("„Grüner Wasserstoff ist bei uns keine Zukunftsmusik mehr“, sagte Wirtschaftsminister "
     "Prof. Dr. Hans Beispielmann.", "Prof. Dr. Hans Beispielmann", "Wirtschaftsminister"),
    ("Stadtplanerin Claudia Muster: „Wir nehmen jede Frage mit und antworten online.“",
     "Claudia Muster", "Stadtplanerin"),
    ("Energieberater Dr. Tom Test: „Jede gedämmte Wand spart über Jahre Geld.“",
     "Dr. Tom Test", "Energieberater"),
])
def test_a_function_before_titles_or_a_colon_is_the_role(text: str, name: str,
                                                         role: str) -> None:
    """The function written before a name stays out of the name, also with academic titles
    between them and in the colon form; it is the role as written."""
    [quote] = find_quotes(text)
    [mention] = quote.mentions
    assert (mention.text, mention.role_text) == (name, role)
    assert text[mention.start:mention.end] == name


@pytest.mark.parametrize("text, roles", [
    # one plural role written before joint names is each speaker's
    ("„Die Werkstätten brauchen Nachwuchs“, sagten die Präsidenten der Handwerkskammer "
     "Anna Beispiel und Bernd Muster.",
     [("Anna Beispiel", "Präsidenten der Handwerkskammer"),
      ("Bernd Muster", "Präsidenten der Handwerkskammer")]),
    ("„Wir öffnen die Türen“, erklärten die Sprecherinnen des Vereins, Clara Probe und Doris "
     "Test.", [("Clara Probe", "Sprecherinnen des Vereins"),
               ("Doris Test", "Sprecherinnen des Vereins")]),
    # a singular role before the first of two names is that name's only
    ("„Wir öffnen die Türen“, sagten Ministerin Eva Test und Jan Muster.",
     [("Eva Test", "Ministerin"), ("Jan Muster", "")]),
])
def test_a_plural_role_before_joint_names_is_each_speakers(
        text: str, roles: list[tuple[str, str]]) -> None:
    (quote,) = find_quotes(text)
    assert [(m.text, m.role_text) for m in quote.mentions] == roles


@pytest.mark.parametrize("role, woman, singular", [
    ("Präsidentinnen der Handwerkskammer", False, "Präsidentin der Handwerkskammer"),
    ("Präsidenten der Handwerkskammer", False, "Präsident der Handwerkskammer"),
    ("Präsidenten der Handwerkskammer", True, "Präsidentin der Handwerkskammer"),
    ("Vorsitzenden des Vereins", False, "Vorsitzender des Vereins"),
    ("Vorsitzenden des Vereins", True, "Vorsitzende des Vereins"),
    ("beiden Geschäftsführer", False, "Geschäftsführer"),
    ("Geschäftsführer", True, "Geschäftsführerin"),
    ("Direktoren der Museen", False, "Direktor der Museen"),
])
def test_the_singular_of_a_plural_role(role: str, woman: bool, singular: str) -> None:
    assert singular_role(role, woman=woman) == singular


def test_plural_roles_are_told_from_singular_ones() -> None:
    assert plural_role("die Präsidentinnen der Kammer")
    assert plural_role("die Geschäftsführer")
    assert plural_role("die Vorsitzenden")
    assert not plural_role("die Präsidentin der Kammer")
    assert not plural_role("der Geschäftsführer")
    assert not plural_role("die Vorsitzende")
