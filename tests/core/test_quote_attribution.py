"""Who said a quote, continued: pronouns resolved to the person they stand for (with the
offsets of that person's mention), attributions between two marked parts of a sentence,
and the other attribution forms of news texts. Every sentence is written for this test."""

from __future__ import annotations

import pytest

from editor.core.quote_extract import Mention, find_quotes


def speakers(text: str, index: int = 0) -> list[str]:
    return [m.text for m in find_quotes(text)[index].mentions]


def antecedent(text: str, mention: Mention) -> str:
    assert mention.refers_start >= 0, mention
    return text[mention.refers_start:mention.refers_end]


@pytest.mark.parametrize("text, person", [
    # the subject of the sentence before, not a noun with a name in its genitive
    ("Die Stadträtin Eva Test bezweifelte die Eignung Brandts für den Vorsitz: Sie habe "
     "„wenig Vertrauen, dass er den Verein führen kann“.", "Eva Test"),
    ("Beim Neujahrsempfang erklärte Jan Muster, den Hafen erweitern zu wollen. Er werde "
     "„noch im Frühjahr Angebote einholen“.", "Jan Muster"),
    # through a sentence whose subject is the pronoun again
    ("Ministerin Anna Beispiel reiste am Montag nach Rom. Dort traf sie den Botschafter. "
     "Sie sagte danach: „Das Gespräch war sehr offen.“", "Anna Beispiel"),
])
def test_pronoun_refers_to_the_subject_before(text: str, person: str) -> None:
    (quote,) = find_quotes(text)
    (mention,) = quote.mentions
    assert mention.text.lower() in ("er", "sie")
    assert (mention.refers_to, antecedent(text, mention)) == (person, person)


def test_pronoun_does_not_refer_across_a_paragraph() -> None:
    text = ("Bürgermeister Max Muster eröffnete die Halle.\n\nDer Bau dauerte zwei Jahre. Er "
            "sei „teurer als geplant“ gewesen, sagte sie.")
    (quote,) = find_quotes(text)
    (mention,) = quote.mentions
    assert mention.refers_start == -1 and mention.refers_to == ""


@pytest.mark.parametrize("text, index, who", [
    # the attribution stands between two marked parts of one sentence
    ("Sie sei „sehr erschrocken“ über den Unfall, sagte die Ministerin, ihre „Gedanken sind "
     "bei den Familien“.", 0, "die Ministerin"),
    ("„Der Verkehr bleibt ein Problem“ laut Jan Muster „auch im nächsten Jahr“.", 0,
     "Jan Muster"),
])
def test_attribution_between_two_parts(text: str, index: int, who: str) -> None:
    assert speakers(text, index) == [who]


@pytest.mark.parametrize("text, who", [
    # speech verbs with a separable part or a reflexive pronoun
    ("„Wir treten als Team an“, strich Eva Test in Halle heraus.", "Eva Test"),
    ("„Das Ergebnis ist gut“, ließ ein Sprecher des Amtes kurz verlauten.",
     "ein Sprecher des Amtes"),
    ("„Am Anfang waren wir zu dritt“, erinnerte sich Jan Muster später.", "Jan Muster"),
    ("„Die Zahlen sind gut“, würdigte Eva Test die Arbeit.", "Eva Test"),
    # the place or medium after the name is no part of it
    ("„Der Ball war klar im Aus“, sagte Trainer Jan Muster zur Sportschau.", "Jan Muster"),
    # a web address names the one who quotes
    ("„Die Lage ist ruhig“, zitiert ndr.de den Sprecher Tom Probe.", "Tom Probe"),
])
def test_more_attribution_verbs(text: str, who: str) -> None:
    assert speakers(text) == [who]


def test_a_new_attribution_is_not_taken_from_the_quote_before() -> None:
    text = ("„Das war ein Fehler“, erklärte Jan Muster im Interview. „Die Regel ist klar. Das "
            "war kein Fehler“, sagte Trainerin Eva Test zur Sportschau.")
    assert speakers(text, 1) == ["Eva Test"]


def test_a_sentence_before_the_quote_ends_with_a_capitalised_noun() -> None:
    text = ("Die Elternsprecherin bemängelte den Beschluss des Schulamts. „Hier fehlt "
            "Transparenz“, sagte Eva Test.")
    assert [(q.text, [m.text for m in q.mentions]) for q in find_quotes(text)] == [
        ("Hier fehlt Transparenz", ["Eva Test"])]


@pytest.mark.parametrize("text, index, who", [
    # an adverb first, capitalised only for its place, is no speaker
    ("„Die Lage ist ernst“, sagte Jan Muster. Erstmals sei die Stadt „an ihrer Grenze "
     "angekommen“.", 1, "Jan Muster"),
    # a subjunctive the word lists do not know (bestehe) goes on with the reporter, also
    # into a quote that follows as a sentence of its own
    ("Der Forscher Tom Probe sagte: „Wir müssen uns vorbereiten.“ Aktuell bestehe diese "
     "Gefahr noch nicht. „Aber das Virus kann sich jederzeit verändern.“", 1, "Tom Probe"),
])
def test_reported_speech_goes_on_with_the_reporter(text: str, index: int, who: str) -> None:
    assert speakers(text, index) == [who]


@pytest.mark.parametrize("text, who", [
    # solche, dessen, jeder … are determiners, not verbs or names
    ("Angesichts solcher Pläne nannte Eva Test, Leiterin des Amtes, den Antrag „völlig "
     "überflüssig und teuer“.", "Eva Test"),
    ("Nach Gerüchten über einen Rücktritt teilte dessen Stellvertreter mit: „Er meldet sich, "
     "sobald er aus dem Urlaub zurück ist.“", "dessen Stellvertreter"),
])
def test_determiners_before_the_subject(text: str, who: str) -> None:
    assert speakers(text) == [who]


def test_a_plural_noun_is_no_antecedent_but_a_surname_is() -> None:
    text = ("Vertreter der Verbände hatten Jan Muster eingeladen. Bedingungen stellte Muster "
            "keine. Er sagte: „Ich komme gern.“")
    (quote,) = find_quotes(text)
    assert antecedent(text, quote.mentions[0]) in ("Muster", "Jan Muster")
    text = "Bedingungen gab es keine. Er sagte: „Ich komme gern.“"
    (quote,) = find_quotes(text)
    assert quote.mentions[0].refers_start == -1


@pytest.mark.parametrize("text, who", [
    # a colon before, the full stop after the closing mark
    ("Der Kleingartenverein gab dazu bekannt: „So viele Kürbisse hatten wir noch in keinem "
     "Herbst“. Im Vorjahr waren es halb so viele.", "Der Kleingartenverein"),
    # a reflexive speech verb in the plural
    ("„Wozu braucht es diesen Verband noch?“ fragen sich Experten.", "Experten"),
    # a clause with um … zu first, the subject after the verb
    ("Um Zeit zu gewinnen, will Eva Test den Plan kürzen. „Nicht jede Regel ist nötig.“",
     "Eva Test"),
    # a paper named in marks after the verb
    ("„Sie hat den Chor geprägt“, schrieb „Der Heimatbote“ in einem Nachruf.",
     "„Der Heimatbote“"),
    # an adverb between the speaker and the verb after wie
    ("Wie ein Sprecher des Amtes heute mitteilte, sei der Plan „gut durchdacht und "
     "sicher“.", "ein Sprecher des Amtes"),
    # only a preposition before the quote: the subject follows the speech verb
    ("Als „echten Glücksgriff“ bezeichnet die Museumsleiterin Eva Test die Schenkung.",
     "Eva Test"),
])
def test_speaker_around_the_quote(text: str, who: str) -> None:
    assert speakers(text) == [who]


def test_a_copula_after_the_quote_names_no_speaker() -> None:
    (quote,) = find_quotes("Ein „technisches und personelles Problem“ sei die Ursache der "
                           "Verspätung.")
    assert quote.mentions == [] or quote.mentions[0].text != "die Ursache der Verspätung"


def test_a_relative_clause_before_the_verb_is_skipped() -> None:
    text = ("In einer Stellungnahme, die am Freitag erschien, rechtfertigte das Ordnungsamt der "
            "Gemeinde die Sperrung als „sinnvoll und verhältnismäßig“.")
    assert speakers(text) == ["das Ordnungsamt der Gemeinde"]


@pytest.mark.parametrize("text", [
    "Die Tänzerin galt bereits mit zwanzig als „große Hoffnung des Ensembles“.",
    "Das Lager ist als „Dschungel am Hafen“ bekannt.",
    "Der Strom, der als „Sonnenwind“ bezeichnet wird, trifft die Erde.",
    "Die Schule präsentiert sich als „Schule ohne Angst“.",
])
def test_labels_after_als_are_not_quotes(text: str) -> None:
    assert find_quotes(text) == []


def test_a_label_given_by_someone_is_a_quote() -> None:
    text = "Seine Bilder werden von Kennern als „Meilensteine der Malerei“ bezeichnet."
    assert speakers(text) == ["Kennern"] or [q.text for q in find_quotes(text)] == [
        "Meilensteine der Malerei"]


@pytest.mark.parametrize("text, who", [
    # the passive zitiert with a paper's name in marks before it
    ("„Der Fehler lag bei der Abwehr“ wird der Trainer in der Zeitung „Sportblatt“ "
     "zitiert.", "der Trainer"),
    # a demonstrative after so
    ("Eva Test und Anna Beispiel standen vor dem Käfig. „Das Leid geht weiter.“, so "
     "letztere.", "letztere"),
    # an opinion given as für X
    ("Für Senator Jan Muster ist der Plan ein „gelungenes Beispiel für die Stadt“.",
     "Jan Muster"),
])
def test_passive_demonstrative_and_opinion(text: str, who: str) -> None:
    assert speakers(text) == [who]


def test_fuer_before_a_thing_names_no_speaker() -> None:
    text = "Für Kinder ist der Park ein „Ort zum Spielen und Lernen“."
    assert all(m.text != "Kinder" for q in find_quotes(text) for m in q.mentions)


def test_a_thing_before_a_colon_goes_on_with_the_speaker_before() -> None:
    text = ("Im Gespräch zeigte sich Ministerin Eva Test zuversichtlich: „Wir finden einen "
            "Kompromiss.“ Ihre Hoffnung stützt sich auf frühere Runden: „Am Ende haben wir "
            "uns immer geeinigt.“")
    assert speakers(text, 1) == ["Eva Test"]
    text = ("„Wir finden eine Lösung“, sagte Eva Test. Die Ministerin Anna Beispiel hielt "
            "dagegen: „Das wird dauern.“")
    assert speakers(text, 1) == ["Anna Beispiel"]


@pytest.mark.parametrize("text", [
    "Im Jahr 2027 ist es so weit: Dann nennt sie sich „kunstschau 12“ und findet im Juni "
    "statt.",
    "Das Bündnis, das sich selbst „Allianz für die Mitte“ nennt, kam auf 48 Prozent.",
    "Eine „Drei gegen Drei“-Runde sei nicht vorgesehen, sagte der Sprecher.",
    "Der Jahresbericht nennt „Chatdienst“ in zwei Ländern als Gefahr.",
    "Der Hofname Lütthus bedeutet auf Plattdeutsch etwa „Häuschen“ und steht für eine Käserei.",
    "Die Kurse werden unter dem Begriff „Lernen im Grünen vor Ort“ gebündelt.",
])
def test_more_names_in_marks_are_not_quotes(text: str) -> None:
    assert find_quotes(text) == []


@pytest.mark.parametrize("text, who, role", [
    ("„Wir bauen die Halle“, sagte Bürgermeister Max Muster der Zeitung „Tagesblatt“.",
     "Max Muster", "Bürgermeister"),
    ("„Wir bauen die Halle“, sagte Max Muster der Neuen Zeitung.", "Max Muster", ""),
    # a role keeps its genitive
    ("„Wir bauen die Halle“, sagte Jan Muster, Sprecher der Stadt Neustadt.", "Jan Muster",
     "Sprecher der Stadt Neustadt"),
])
def test_the_paper_told_is_no_part_of_the_speaker(text: str, who: str, role: str) -> None:
    (quote,) = find_quotes(text)
    assert [(m.text, m.role_text) for m in quote.mentions] == [(who, role)]


@pytest.mark.parametrize("text, who", [
    # the clause right before the colon has its own subject
    ("Ministerin Eva Test wies das zurück, die Sprecherin der Fraktion, Anna Beispiel, "
     "erklärte: „Neid schadet allen.“", "Anna Beispiel"),
    # a one-word name before a place
    ("„Ich trete als Kandidat an“, strich Muster in Neustadt heraus.", "Muster"),
])
def test_subject_of_the_last_clause_and_short_names(text: str, who: str) -> None:
    assert speakers(text) == [who]


def test_a_low_closing_mark_may_be_straight() -> None:
    text = 'Eine Urlauberin begründete das wie folgt: „Am Deich ist es einfach ruhiger."'
    assert [(q.text, [m.text for m in q.mentions]) for q in find_quotes(text)] == [
        ("Am Deich ist es einfach ruhiger.", ["Eine Urlauberin"])]


def test_words_after_a_noun_of_saying_are_a_quote() -> None:
    text = ("In der Chronik des Vereins fand sich die Feststellung „Ab Herbst fährt der "
            "Bürgerbus auch sonntags“.")
    assert [q.text for q in find_quotes(text)] == [
        "Ab Herbst fährt der Bürgerbus auch sonntags"]


def test_one_attribution_between_two_parts_names_both() -> None:
    text = ("Sie sei „sehr erschrocken“ über den Unfall, sagte die Ministerin, ihre „Gedanken "
            "sind bei den Familien“.")
    assert [[m.text for m in q.mentions] for q in find_quotes(text)] == [
        ["die Ministerin"], ["die Ministerin"]]


def test_hatte_x_gesagt_with_more_after_it() -> None:
    text = ("Sie wisse, dass ihr Entwurf „noch nicht ausgereift“ sei, hatte Eva Test im "
            "Frühjahr gesagt und auf die Fristen verwiesen.")
    assert speakers(text) == ["Eva Test"]


def test_the_one_said_to_have_spoken_after_a_wie_clause() -> None:
    text = ("Wie die Zeitung „Sportblatt“ berichtete, soll Jan Muster zum Trainer gesagt "
            "haben: „Ich höre auf.“")
    assert speakers(text) == ["Jan Muster"]
    text = "Wie die Zeitung „Sportblatt“ berichtete, sei der Plan „längst beschlossen“."
    assert speakers(text) == ["die Zeitung „Sportblatt“"]


def test_mit_diesen_worten_after_the_quote() -> None:
    text = ("Er leitete lange den Chor. „Hallo zusammen, da bin ich wieder“, mit diesen Worten "
            "begrüßte er beim Sommerfest die Gäste.")
    assert speakers(text) == ["er"]


def test_so_x_between_commas_before_the_quote() -> None:
    text = ("Sie solle sich, so Jan Muster, „mit Blick auf die Kosten“ auf wenige Standorte "
            "beschränken.")
    (quote,) = find_quotes(text)
    assert [(m.text, m.source) for m in quote.mentions] == [("Jan Muster", False)]
    text = ("Doch sei das, so die Autorin Eva Test in ihrer Kolumne, ein Irrtum gewesen. "
            "Deshalb müsse „die Gemeinde ihre Pläne überdenken“.")
    assert speakers(text) == ["die Autorin Eva Test"] or speakers(text) == ["Eva Test"]


def test_a_subjunctive_after_the_quote_goes_on_with_the_reporter() -> None:
    text = ("Die Bäderverwaltung versicherte, dass das Freibad im Juni öffne. Ein „offener "
            "Punkt bei der Abnahme“ sei die Ursache der Verzögerung.")
    assert speakers(text) == ["Die Bäderverwaltung"]


@pytest.mark.parametrize("text, who", [
    ("Eva Test und Jan Muster zufolge ist der Plan „ein guter Anfang für alle“.",
     ["Eva Test", "Jan Muster"]),
    ("„Das ist gut“, sagten Ministerin Eva Test und Bürgermeister Jan Muster am Montag.",
     ["Eva Test", "Jan Muster"]),
    ("Die Geschäftsführer Dr. Anna Beispiel und Jan Muster betonen: „Wir freuen uns auf die "
     "Zusammenarbeit.“", ["Dr. Anna Beispiel", "Jan Muster"]),
])
def test_joint_speakers(text: str, who: list[str]) -> None:
    assert speakers(text) == who
