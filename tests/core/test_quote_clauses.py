"""Who said a quote when the sentence has several clauses, a source instead of a person, or
words that only look like a speaker; every sentence here is written for this test."""

from __future__ import annotations

import pytest
from quote_said import said, speakers_of

from editor.core.quote_extract import find_quotes


@pytest.mark.parametrize("text, words, who", [
    # a later clause of the sentence names its own speaker
    ("Kassenwart Jan Muster, der die Bücher des Vereins seit Jahren führt, nannte die Gebühr "
     "„zu hoch“, Vereinschefin Paula Probe bezeichnete die neuen Gebühren für einen Kurs, in "
     "dem kaum noch Plätze frei sind, als „schwer vermittelbar“.", "schwer vermittelbar",
     "Paula Probe"),
    ("Zwar würde die Jury dem Entwurf „gerne“ den ersten Preis geben, zumal Bauexperte Tom "
     "Test mehrfach betont hatte, das Gründach sei keineswegs „zu teuer“, doch sie "
     "entschied anders.", "zu teuer", "Tom Test"),
    ("Die Agentur zitiert aus dem Blatt „Morgenpost“, wonach Präsident Max Muster die Schuld "
     "den Nachbarn zuweist, deren „völlig ungebremste Gier“ die Wälder vernichte.",
     "völlig ungebremste Gier", "Max Muster"),
    ("Die Ministerin Eva Test wies den Vorwurf zurück, die Sprecherin der Fraktion, Anna "
     "Beispiel (GRÜNE), erklärte: „Diese Debatte schadet allen Schulen im Land.“",
     "Diese Debatte schadet allen Schulen im Land.", "Anna Beispiel (GRÜNE)"),
    ("Die Pässe speichern viele Daten, oder, wie sich Jan Muster ausdrückte, „das "
     "vorsorgliche Scannen“ aller Bürger.", "das vorsorgliche Scannen", "Jan Muster"),
    ("Das Lokalradio will wissen, dass Jan Muster die Bewerberin beim Vorstellungsgespräch "
     "gefragt habe, was sie „im Urlaub mache“ und ob sie einen Führerschein habe.",
     "im Urlaub mache", "Jan Muster"),
    # what was said follows a colon: the one before the colon said it
    ("Der Prüfer kritisierte das Regelwerk deutlich: Es bremse die Vereine und die "
     "Verwaltung pflege eine „zu enge und praxisferne Lesart“.",
     "zu enge und praxisferne Lesart", "Der Prüfer"),
    # a question word opens the sentence; the subject follows the main verb
    ("Warum die Hochschule den Fehler nicht bemerkte, erklärte die Hochschule so: „Beide "
     "Prüfer gingen von ehrlicher Arbeit aus.“", "Beide Prüfer gingen von ehrlicher Arbeit aus.",
     "die Hochschule"),
    # a source: a document or a web page
    ("Der Tierschutzbund Lindenau rät zur Vorsicht. „Wer einen Welpen kauft, sollte vorher "
     "die Mutter sehen“ heißt es dazu in einer Mitteilung des Bundes.",
     "Wer einen Welpen kauft, sollte vorher die Mutter sehen",
     "einer Mitteilung des Bundes"),
    ("Die Molkerei Hagedorn baut um. Die Wartezeiten sollen „durch eine zweite Abfüllanlage "
     "und neue Schichtpläne“ sinken, so heißt es in einer Erklärung der Geschäftsführung.",
     "durch eine zweite Abfüllanlage und neue Schichtpläne",
     "einer Erklärung der Geschäftsführung"),
    ("In einer Erklärung der Elternvertreter vom Dienstag hatte es geheißen: „Der Schulweg "
     "muss sicherer werden.“", "Der Schulweg muss sicherer werden.",
     "einer Erklärung der Elternvertreter vom Dienstag"),
    ("Das Logo ist neu. Auf der Stadtfest-Homepage heißt es als Erläuterung, weshalb die Wahl "
     "auf Grün fiel: „Die Farbe steht für die vielen Parks der Stadt.“",
     "Die Farbe steht für die vielen Parks der Stadt.", "der Stadtfest-Homepage"),
    ("Die Vorständin Anna Test kündigte Bauarbeiten an. In einem Rundbrief an die Mieter "
     "war von einer „ruhigen und sauberen Baustelle“ die Rede.",
     "ruhigen und sauberen Baustelle", "einem Rundbrief an die Mieter"),
    # "wie X, der …, feststellt": the relative clause between name and verb
    ("Der Fall ist verwickelt. Wie Jan Muster, der als Gutachter für die Versicherung "
     "arbeitet, dazu feststellt, verlangt „die Haftung eine Absicht. Die sehe ich hier "
     "nicht.“", "die Haftung eine Absicht. Die sehe ich hier nicht.", "Jan Muster"),
    # "Für X (Partei) …": a party in brackets after the name
    ("Für Senator Willi Test (SPD) ist die Anstellung der Frau im Verein ein „gelungenes "
     "Beispiel für einen Neuanfang“.", "gelungenes Beispiel für einen Neuanfang",
     "Willi Test (SPD)"),
    ("Wie Eva Test, die am 3. März 2019 die Versammlung leitete, dazu feststellt, verlangt "
     "„die Satzung eine Abstimmung. Die fand nie statt.“",
     "die Satzung eine Abstimmung. Die fand nie statt.", "Eva Test"),
    # the next sentence takes the quote up
    ("Die Debatte begann am Morgen. „Ja, es gibt harte Einschnitte“. Das musste "
     "Finanzminister Jan Muster zu Beginn der Debatte einräumen.",
     "Ja, es gibt harte Einschnitte", "Jan Muster"),
    # a subjunctive clause goes on with the one who spoke in the sentence before
    ("Der Abgeordnete Jan Koppel nannte den Plan „unseriös und gefährlich“. Die "
     "Haushaltspolitikerin der Grünen, Anna Probe, kritisierte die Pläne der Regierung. Hier "
     "seien die Mittel „völlig unrealistisch“.", "völlig unrealistisch", "Anna Probe"),
    ("Die Ministerin Eva Test warnte vor den Risiken. Berlin sei „in besonderem Maße "
     "gefordert“.", "in besonderem Maße gefordert", "Eva Test"),
    # a new paragraph names who goes on, with the party in brackets after the name
    ("„Wir brauchen Sicherheit für die Zahlung“, erklärte der Vorsitzende Jan Muster.\n\n"
     "Am Rande einer Ratssitzung in Birkenfelde nahm jetzt auch der Bürgermeister der "
     "Stadt, Otto Beispiel (SPD), zu der Frage Stellung. Jede Familie könne „das Geld jetzt "
     "abholen, sie kann es später abholen“.",
     "das Geld jetzt abholen, sie kann es später abholen", "Otto Beispiel (SPD)"),
    # a number's full stop before an article ends the sentence before the speaker's
    ("Eva Test vom Bauamt sagte, man prüfe die Kosten noch. Danach beginnt der Umbau von "
     "Halle 3. Ein Sprecher der Stadt erklärte: „Wir rechnen mit zwei Jahren Bauzeit.“",
     "Wir rechnen mit zwei Jahren Bauzeit.", "Ein Sprecher der Stadt"),
    # a thing first, the one who speaks after the verb
    ("Die Pläne der Stadt kritisierte die Ministerin als „völlig überzogen“.",
     "völlig überzogen", "die Ministerin"),
    # "zusammen mit …" in the fronted adverbial names companions, not the speaker
    ("Nach einem langen Flug zusammen mit seinen Kollegen Jan Muster und Eva Test meldete "
     "sich der Kapitän mit den Worten: „Wir sind gelandet.“", "Wir sind gelandet.",
     "der Kapitän"),
    # a country's genitive before the role: "Hessens Präsident X"
    ("Die Agentur zitiert aus dem Blatt „Morgenpost“, wonach Hessens Präsident Max Muster "
     "die Schuld den Nachbarn zuweist, deren „völlig ungebremste Gier“ die Wälder vernichte.",
     "völlig ungebremste Gier", "Max Muster"),
    # a clause in marks after an article is said, not a name; "hoffte" reports it
    ("Die Trainerin Eva Test hoffte, dass der „Wind sich bald dreht und die Mannschaft "
     "wieder gewinnt“ – vor allem im Pokal.",
     "Wind sich bald dreht und die Mannschaft wieder gewinnt", "Eva Test"),
    # the speaker after the quote, in the forms a release uses
    ("Es war spät. „Das ist ein guter Tag.“ So äußerte sich die Ministerin Anna Beispiel am "
     "Abend.", "Das ist ein guter Tag.", "Anna Beispiel"),
    ("„Das ist ein guter Tag“, zeigte sich Anna Beispiel erfreut.", "Das ist ein guter Tag",
     "Anna Beispiel"),
    ("„Wir sind zufrieden“, sagte Beispiel, die seit 2010 im Amt ist.", "Wir sind zufrieden",
     "Beispiel"),
    ("„Wir sind zufrieden“, sagte Beispiel, der Präsident des Vereins.", "Wir sind zufrieden",
     "Beispiel"),
    # "X habe gesagt:" in the clause before the colon: X, not the one who reports it
    ("Der Sender berichtete, Anna Beispiel habe gesagt: „Wir sind zufrieden.“",
     "Wir sind zufrieden.", "Anna Beispiel"),
    # ", so X." at the end of the sentence names who said the words in marks
    ("Die Brücke war wegen „Problemen mit dem Beton“ gesperrt, so ein Sprecher der Stadt.",
     "Problemen mit dem Beton", "ein Sprecher der Stadt"),
])
def test_speaker_of_a_clause(text: str, words: str, who: str) -> None:
    found = speakers_of(text, words)
    assert who in found, found


def test_a_speaker_named_again_is_given_where_named_last() -> None:
    text = ("„Wir müssen sparen“, sagte der Kämmerer Jan Muster am Montag. Am Dienstag legte "
            "Muster dem Rat seinen Plan vor. Die Rücklagen seien „fast aufgebraucht“.")
    quote = next(q for q in find_quotes(text) if q.text == "fast aufgebraucht")
    mention = quote.mentions[0]
    assert (mention.text, mention.start) == ("Muster", text.index("Muster dem Rat"))
    assert (mention.refers_to, mention.refers_start) == ("Jan Muster", text.index("Jan Muster"))
    assert mention.role_text == "Kämmerer"


@pytest.mark.parametrize("text, who", [
    ("Muster und Test: „Wir bauen die Brücke neu.“", ["Muster", "Test"]),
    ("„Wir bauen die Brücke neu“, so Muster und Test.", ["Muster", "Test"]),
    ("Jan Muster, Eva Test und Otto Probe erklärten: „Wir bauen die Brücke neu.“",
     ["Jan Muster", "Eva Test", "Otto Probe"]),
])
def test_a_list_of_speakers_names_each(text: str, who: list[str]) -> None:
    assert [m.text for m in find_quotes(text)[0].mentions] == who


def test_a_noun_for_words_said_is_no_speaker() -> None:
    text = ("Der Rat tagte lange. Am Ende stand die Feststellung „Die Schulen brauchen mehr "
            "Personal und mehr Geld“.")
    assert speakers_of(text, "Die Schulen brauchen mehr Personal und mehr Geld") == []


def test_a_question_then_a_new_sentence_is_no_attribution() -> None:
    text = ("Die Kita-Leiterin fragte: „Warum dauert der Umbau der Gruppenräume so lange?“ "
            "Der Träger verspricht einen Abschluss im Herbst.")
    assert speakers_of(text, "Warum dauert der Umbau der Gruppenräume so lange?") == [
        "Die Kita-Leiterin"]


@pytest.mark.parametrize("text, words", [
    ("Der Bauplan sieht vor, bis zum 17. Mai „sämtliche alten Wasserleitungen“ zu ersetzen.",
     "sämtliche alten Wasserleitungen"),
    ("Warum „so viele Fehler“ passierten, blieb offen.", "so viele Fehler"),
])
def test_words_that_name_no_one_are_no_speaker(text: str, words: str) -> None:
    assert not {"Mai", "17. Mai", "Warum"} & set(speakers_of(text, words))


def test_reported_speech_with_a_speech_verb_makes_a_fragment_a_quote() -> None:
    text = "Die Anwohner sagen, der Veranstalter trage die „alleinige Schuld“ an dem Lärm."
    assert said(text) == [("alleinige Schuld", ["Die Anwohner"])]


def test_a_fragment_in_a_subjunctive_clause_is_a_quote() -> None:
    text = ("Die Landrätin Eva Test berichtete aus dem Kreistag. Dort habe man ein Konzept für "
            "Radwege beschlossen. Dieses bestehe aus „breiten“ und „beleuchteten“ Strecken.")
    assert said(text) == [("breiten", ["Eva Test"]), ("beleuchteten", ["Eva Test"])]


@pytest.mark.parametrize("text", [
    "Den Titel der Reihe gab das Stadttheater schon bekannt: „Lichter über dem Hafen“.",
    "Ihr bekanntester Roman erschien vor zehn Jahren: „Die Fähre nach Nirgendwo“.",
    "Am Freitag präsentierte das Trio sein neues Album: „Lights over Lindenau“.",
    "Die Apfelsorte wurde nach dem Hof benannt, der Name lautet somit „kleiner Stern vom Deich“.",
])
def test_a_title_after_a_colon_is_no_quote(text: str) -> None:
    assert said(text) == []


def test_a_family_name_alone_refers_to_the_full_name_given_before() -> None:
    text = ("Bürgermeister Jan Muster eröffnete die Halle. Später ging es um Geld. „Wir bauen "
            "weiter, auch wenn es teurer wird“, sagte Muster.")
    [quote] = find_quotes(text)
    [mention] = quote.mentions
    assert (mention.text, mention.refers_to) == ("Muster", "Jan Muster")
    assert text[mention.refers_start:mention.refers_end] == "Jan Muster"


def test_words_joined_to_a_quote_are_a_quote_of_the_same_speaker() -> None:
    text = ("Die Schulleiterin Eva Test beschrieb den Neubau als „hell“ und „einladend“ für "
            "die Kinder.")
    assert said(text) == [("hell", ["Eva Test"]), ("einladend", ["Eva Test"])]


def test_a_name_joined_to_a_name_stays_a_name() -> None:
    text = "Die Firma baut die Modelle „Nordstern“ und „Polarlicht“ in Emden."
    assert said(text) == []


@pytest.mark.parametrize("text, words, who", [
    ("Sie malten Sprüche in Kreide wie „Wir wollen unseren Bolzplatz zurück“ auf den "
     "Gehweg.", "Wir wollen unseren Bolzplatz zurück", "Sie"),
    ("Die Eltern zogen vor das Rathaus und riefen dabei Sprüche wie zum Beispiel "
     "„Mehr Busse für Birkenfelde“.", "Mehr Busse für Birkenfelde", "Die Eltern"),
    ("Fans des Vereins haben mit der Parole „Wir kommen alle wieder“ geworben.",
     "Wir kommen alle wieder", "Fans des Vereins"),
])
def test_slogans_are_words_said(text: str, words: str, who: str) -> None:
    assert who in speakers_of(text, words)


@pytest.mark.parametrize("text, words, who", [
    ("Der Richter attestierte dem Zeugen einen „distanzierten Stil“.", "distanzierten Stil",
     "Der Richter"),
    ("Die Ministerin Eva Test würdigte den „unermüdlichen Einsatz“ der Helfer.",
     "unermüdlichen Einsatz", "Eva Test"),
])
def test_a_fragment_after_a_verb_of_judging_is_a_quote(text: str, words: str, who: str) -> None:
    assert who in speakers_of(text, words)


@pytest.mark.parametrize("text, words, who", [
    # a pronoun is a word of its own, not the end of "darunter" before a colon
    ("Es kamen viele Gäste aus dem Ausland, darunter: „Wir sind sehr gerne wieder hierher "
     "gekommen.“", "Wir sind sehr gerne wieder hierher gekommen.", []),
    ("Es kamen viele Gäste. Er sagte: „Wir sind sehr gerne wieder hierher gekommen.“",
     "Wir sind sehr gerne wieder hierher gekommen.", ["Er"]),
    # "Laut X:" names X, the preposition is no part of the name
    ("Das Treffen dauerte lange. Laut Anna Beispiel: „Wir werden das Projekt im Herbst "
     "fortsetzen.“", "Wir werden das Projekt im Herbst fortsetzen.", ["Anna Beispiel"]),
    ("The meeting ran late. According to Anna Example: “We will go on with the project in "
     "autumn.”", "We will go on with the project in autumn.", ["Anna Example"]),
    # a role with its organisation after the name is no second person
    ("„Die Nachfrage nach den Adressen war sehr groß“, sagte Jan Muster, Geschäftsführer von "
     "Beispielnetz.", "Die Nachfrage nach den Adressen war sehr groß", ["Jan Muster"]),
    ("„Wir machen weiter“, sagte die Ministerin von der Leyen.", "Wir machen weiter",
     ["die Ministerin von der Leyen"]),
    # a second verb joined by "und" ends the speaker
    ("„Wann kommt endlich die Ampel?“ schrieben die Anwohner und forderten eine Antwort.",
     "Wann kommt endlich die Ampel?", ["die Anwohner"]),
    ("“We are staying,” said the protesters and marched on to the town hall.",
     "We are staying", ["the protesters"]),
    ("„Wir bleiben“, sagten Jan Muster und Eva Test.", "Wir bleiben", ["Jan Muster", "Eva Test"]),
])
def test_the_speaker_phrase_ends_where_the_grammar_says(text: str, words: str,
                                                        who: list[str]) -> None:
    assert speakers_of(text, words) == who


@pytest.mark.parametrize("text, words, who", [
    # a source named in the clause is kept as the quote's speaker
    ("Einigen Teilnehmern zufolge war die Stimmung „sehr gedrückt und traurig“.",
     "sehr gedrückt und traurig", ["Einigen Teilnehmern"]),
    ("Laut der Polizei sind die Täter „mit großer Brutalität vorgegangen“.",
     "mit großer Brutalität vorgegangen", ["der Polizei"]),
])
def test_a_source_named_in_the_clause_stays(text: str, words: str, who: list[str]) -> None:
    assert speakers_of(text, words) == who
