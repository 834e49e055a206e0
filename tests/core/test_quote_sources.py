"""Sources and opinion holders in the attribution clause of a quote: which cue names the
speaker when a clause has several, and possessives in "seiner Ansicht nach". All
sentences are written for these tests."""

from __future__ import annotations

import pytest

from editor.core.quote_extract import find_quotes


def speakers(text: str, index: int = 0) -> list[tuple[str, str]]:
    """The mentions of the quote at ``index``, each with the person it refers to."""
    return [(m.text, m.refers_to) for m in find_quotes(text)[index].mentions]


@pytest.mark.parametrize("text, who", [
    ("Der Bus sei laut Anwohnern oft zu spät, nach Einschätzung des Verkehrsverbunds aber "
     "„im Rahmen des Üblichen“.", "des Verkehrsverbunds"),
    ("Laut Zeugen war der Wagen zu schnell, doch nach Angaben der Sprecherin Eva Test war "
     "die Straße „frei und trocken“.", "Eva Test"),
])
def test_the_source_nearest_to_the_quote_speaks(text: str, who: str) -> None:
    assert [m.text for m in find_quotes(text)[0].mentions] == [who]


@pytest.mark.parametrize("text, who", [
    ("Jan Muster sprach von Erfolg. Seiner Meinung nach ist das Ergebnis „ein klares "
     "Signal“.", ("Seiner", "Jan Muster")),
    ("Eva Test lobte den Rat. Nach ihrer Einschätzung war der Beschluss „längst überfällig "
     "und für alle Familien gut“.", ("ihrer", "Eva Test")),
    ("Jan Probe verlangt eine Aufarbeitung der Panne, weil dort seiner Meinung nach „grobe "
     "Fehler in der Planung“ gemacht worden seien.", ("seiner", "Jan Probe")),
])
def test_a_possessive_opinion_names_the_person_before(text: str, who: tuple[str, str]) -> None:
    assert speakers(text) == [who]


def test_a_possessive_inside_a_noun_phrase_leaves_the_subject() -> None:
    text = ("Eva Test redete eine Stunde. Sie kritisierte dabei die ihrer Meinung nach "
            "überhöhten Gebühren der Musikschule: „Musik darf kein Luxus sein.“")
    assert speakers(text)[0][0] == "Sie"


@pytest.mark.parametrize("text, who", [
    ("Der neue Plan wird von Fachleuten als „mutig und richtig“ bezeichnet.", "Fachleuten"),
    ("Es wurde von der Sprecherin Eva Test die Sorge geäußert, dass die Stadt „viel zu spät "
     "handelt“.", "Eva Test"),
])
def test_the_agent_of_a_passive_speaks(text: str, who: str) -> None:
    mentions = find_quotes(text)[0].mentions
    assert [m.text for m in mentions] == [who]
    assert not mentions[0].source  # the one who said it, not a paper quoted


@pytest.mark.parametrize("text, who", [
    ("Den noch 300 in der Halle wartenden Gästen sicherte Präsident Jan Muster kurz vor dem "
     "Ende zu, dass ihnen „die Türen immer offen sein werden“.", "Jan Muster"),
    ("Dem seit Jahren im Ort lebenden Maler versprach die Ministerin Eva Test, sein Atelier "
     "werde „auf jeden Fall erhalten bleiben“.", "Eva Test"),
])
def test_an_object_with_a_participle_phrase_first(text: str, who: str) -> None:
    assert [m.text for m in find_quotes(text)[0].mentions] == [who]


@pytest.mark.parametrize("text, who", [
    ("Laut Süddeutscher Zeitung sei der Plan „gescheitert und teuer“, wie die Zeitung "
     "schreibt.", ("die Zeitung", "Süddeutscher Zeitung")),
    ("Die FWG-Ratsfraktion tagte am Montag. Die Fraktion halte den Umbau für „zu spät und "
     "zu teuer geplant“.", ("Die Fraktion", "FWG-Ratsfraktion")),
    ("Innenminister Jan Muster sprach im Rat. „Wir werden das Gesetz ändern“, sagte der "
     "Minister.", ("der Minister", "Jan Muster")),
    ("Die Universität Halle prüft den Fall. „Wir nehmen das sehr ernst“, erklärte die "
     "Universität.", ("die Universität", "Universität Halle")),
])
def test_a_description_refers_to_the_fuller_mention_before(
        text: str, who: tuple[str, str]) -> None:
    assert speakers(text) == [who]


def test_a_description_without_a_fuller_mention_refers_to_nobody() -> None:
    text = "Die Zeitung berichtet. „Wir nehmen das sehr ernst“, erklärte die Zeitung."
    assert speakers(text) == [("die Zeitung", "")]


@pytest.mark.parametrize("text, who", [
    ("Auf den Vorwurf der Opposition, es handle sich um einen „teuren und unnötigen Plan“, "
     "ging der Rat nicht ein.", "der Opposition"),
    ("Die Kritik der Ministerin Eva Test, der Plan sei „schlecht durchdacht und zu teuer“, "
     "teilen viele.", "Eva Test"),
    ("Die Forderung des Verbands, dass die Stadt „mehr Geld für Schulen“ ausgibt, fand viel "
     "Zuspruch.", "des Verbands"),
])
def test_the_holder_of_words_said_speaks_in_their_clause(text: str, who: str) -> None:
    mentions = find_quotes(text)[0].mentions
    assert [m.text for m in mentions] == [who]
    assert not mentions[0].source


@pytest.mark.parametrize("text, who", [
    ("In der Vereinszeitung fand sich die Feststellung „Seit der Gründung ist der Chor "
     "stetig gewachsen“.", "der Vereinszeitung"),
    ("Bislang steht in dem Entwurf der neuen Friedhofsverordnung noch der Passus: "
     "„Grabstellen werden nach zwanzig Jahren neu vergeben.“",
     "dem Entwurf der neuen Friedhofsverordnung"),
])
def test_the_document_the_words_stand_in_is_the_source(text: str, who: str) -> None:
    mentions = find_quotes(text)[0].mentions
    assert [(m.text, m.source) for m in mentions] == [(who, True)]


def test_a_place_in_the_sentence_is_no_document() -> None:
    quote = find_quotes("Im Mittelpunkt steht die Frage: „Wie geht es weiter mit der Stadt?“")[0]
    assert quote.mentions == []


@pytest.mark.parametrize("text, who", [
    ("Der Bericht ist brisant, weil die Regierung das Land im Mai als „junge mutige "
     "Demokratie“ bezeichnet hat.", "die Regierung"),
    ("Die Lage bleibt unklar, zumal der Verband die Pläne als „Schlag ins Gesicht“ "
     "kritisiert hatte.", "der Verband"),
])
def test_a_clause_whose_speech_verb_follows_the_quote(text: str, who: str) -> None:
    assert [m.text for m in find_quotes(text)[0].mentions] == [who]


@pytest.mark.parametrize("text, who", [
    ("Im Vorstand sagte die Präsidentin einigen Mitgliedern zufolge: „Sie war die gute "
     "Seele des Vereins.“", "die Präsidentin"),
    ("Der Täter sagte laut Polizei: „Ich wollte das nicht, es tut mir leid.“", "Der Täter"),
])
def test_the_subject_of_a_speech_verb_speaks_beside_a_source(text: str, who: str) -> None:
    mentions = find_quotes(text)[0].mentions
    assert [(m.text, m.source) for m in mentions] == [(who, False)]


def test_a_source_without_a_speech_verb_stays_the_source() -> None:
    mentions = find_quotes("Laut Polizei sei der Täter „sehr ruhig und gefasst“ gewesen.")[0] \
        .mentions
    assert [(m.text, m.source) for m in mentions] == [("Polizei", True)]
