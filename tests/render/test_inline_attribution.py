"""Inline markup runs and quote attributions in German and English."""

from __future__ import annotations

from datetime import date

import pytest
from render_support import make_bundle

from editor.core.model import Bundle, Gender, Person, Quote, Role, Speaker, Translations
from editor.render.attribution import (
    People,
    quote_paragraph,
    speakers_of,
    verb_for_speakers,
)
from editor.render.inline import Run, parse_inline, plain


def test_inline_runs() -> None:
    runs = parse_inline("Ein **fettes** und *kursives* [Wort](https://x.example) `code` # h")
    assert Run("fettes", bold=True) in runs
    assert Run("kursives", italic=True) in runs
    assert Run("Wort", href="https://x.example") in runs
    assert plain(runs).endswith("`code` # h")


def test_unsafe_links_and_literal_syntax() -> None:
    runs = parse_inline("[x](javascript:alert(1)) <b>y</b> {{ 7*7 }}")
    assert all(not r.href.startswith("javascript") for r in runs)
    assert "<b>y</b> {{ 7*7 }}" in plain(runs)


def _paragraph(quote: Quote, lang: str, after: str = "") -> tuple[str, list[Run]]:
    bundle = make_bundle()
    people = People(bundle)
    speakers = speakers_of(quote, people, quote.date or date(2021, 3, 15))
    runs = quote_paragraph(quote, speakers, lang, quote.text.get(lang), parse_inline(after))
    return plain(runs), runs


def test_single_german_role_at_date_and_nested_marks() -> None:
    quote = make_bundle().items[0].quote("q-anna")
    text, runs = _paragraph(quote, "de")
    assert text == ("„Wir werden das ‚Smart Country‘ gemeinsam voranbringen“, sagte die "
                    "Ministerin für Wirtschaft, Dr. Anna Beispiel.")
    assert Run("Dr. Anna Beispiel", bold=True, name=True) in runs
    quote.date = date(2018, 5, 1)
    text, _ = _paragraph(quote, "de")
    assert "sagte die Staatssekretärin im Ministerium, Dr. Anna Beispiel." in text


def test_single_english() -> None:
    quote = make_bundle().items[0].quote("q-anna")
    text, runs = _paragraph(quote, "en")
    assert text == ("“We will advance the ‘Smart Country’ together,” said Dr. Anna Beispiel, "
                    "Minister for Economic Affairs.")
    assert Run("Dr. Anna Beispiel", bold=True, name=True) in runs


def test_joint_german_and_trailing_text() -> None:
    quote = make_bundle().items[0].quote("q-joint")
    text, runs = _paragraph(quote, "de", "Das Projekt startet im April.")
    assert text == ("„Gemeinsam sind wir stärker“, betonen die Geschäftsführer der Agentur A "
                    "(AGA), Bernd Muster, und der Agentur B (AGB), Prof. Carla Probe. "
                    "Das Projekt startet im April.")
    assert Run("Bernd Muster", bold=True, name=True) in runs
    assert Run("Prof. Carla Probe", bold=True, name=True) in runs


def test_joint_english() -> None:
    quote = make_bundle().items[0].quote("q-joint")
    text, _ = _paragraph(quote, "en")
    assert text == ("“Together we are stronger,” emphasised the managing directors of Agentur A "
                    "(AGA), Bernd Muster, and of Agentur B (AGB), Prof. Carla Probe.")


def test_three_speakers_mixed_roles() -> None:
    quote = Quote("q3", [Speaker("p-anna"), Speaker("p-bernd", "r-bernd"), Speaker("p-mike")],
                  Translations.of("de", de="Los geht's.", en="Let's go!"),
                  date=date(2021, 3, 15))
    de, _ = _paragraph(quote, "de")
    assert de == ("„Los geht’s“, sagten die Ministerin für Wirtschaft, Dr. Anna Beispiel, der "
                  "Geschäftsführer der Agentur A (AGA), Bernd Muster, und der "
                  "Oberbürgermeister der Stadt Potsdam, Mike Schubert.")
    en, _ = _paragraph(quote, "en")
    assert en.startswith("“Let’s go!” said Dr. Anna Beispiel, Minister for Economic Affairs, "
                         "Bernd Muster, Managing Director of Agentur A (AGA), and Mike Schubert")


def test_three_speakers_same_function() -> None:
    bundle = make_bundle()
    quote = Quote("q3", [Speaker("p-bernd", "r-bernd"), Speaker("p-carla", "r-carla"),
                         Speaker("p-bernd", "r-bernd")],
                  Translations.of("de", de="Ja", en="Yes"), verb={"de": "betonen"})
    people = People(bundle)
    runs = quote_paragraph(quote, speakers_of(quote, people, date(2021, 1, 1)), "de", "Ja", [])
    assert plain(runs) == ("„Ja“, betonen die Geschäftsführer der Agentur A (AGA), Bernd Muster, "
                           "der Agentur B (AGB), Prof. Carla Probe, und der Agentur A (AGA), "
                           "Bernd Muster.")


def test_override_attribution() -> None:
    quote = make_bundle().items[0].quote("q-anna")
    quote.attribution = {"de": "so **Anna Beispiel** am Rande der Messe."}
    text, runs = _paragraph(quote, "de")
    assert text.endswith("voranbringen“, so Anna Beispiel am Rande der Messe.")
    assert Run("Anna Beispiel", bold=True) in runs  # hand-written: bold, not known as a name


def _with_jens(gender: Gender = Gender.NEUTRAL) -> Bundle:
    """The small release and a founder whose gender is not stated (unless given)."""
    bundle = make_bundle()
    bundle.people.append(Person("p-jens", "Jens", "Kowalski", "", gender))
    bundle.roles.append(Role("r-jens", "p-jens", None, {"de": "Gründer des Jahres",
                                                        "en": "Founder of the Year"},
                             {"de": "Gründer", "en": "Founder"}, {}))
    return bundle


def _said(bundle: Bundle, quote: Quote, lang: str) -> str:
    speakers = speakers_of(quote, People(bundle), date(2021, 3, 15))
    return plain(quote_paragraph(quote, speakers, lang, quote.text.get(lang), []))


def test_a_second_speaker_makes_the_written_verb_plural() -> None:
    bundle = _with_jens()
    quote = Quote("q2", [Speaker("p-anna"), Speaker("p-jens", "r-jens")],
                  Translations.of("de", de="Wir gründen.", en="We found."),
                  verb={"de": "sagte", "en": "said"}, date=date(2021, 3, 15))
    assert _said(bundle, quote, "de") == (
        "„Wir gründen“, sagten die Ministerin für Wirtschaft, Dr. Anna Beispiel, und "
        "Jens Kowalski, Gründer des Jahres.")
    assert _said(bundle, quote, "en") == (
        "“We found,” said Dr. Anna Beispiel, Minister for Economic Affairs, and Jens Kowalski, "
        "Founder of the Year.")
    quote.speakers.reverse()
    assert _said(bundle, quote, "de") == (
        "„Wir gründen“, sagten Jens Kowalski, Gründer des Jahres, und die Ministerin für "
        "Wirtschaft, Dr. Anna Beispiel.")


def test_a_role_without_a_stated_gender_follows_the_name_without_an_article() -> None:
    bundle = _with_jens()
    quote = Quote("q1", [Speaker("p-jens", "r-jens")],
                  Translations.of("de", de="Wir gründen.", en="We found."),
                  verb={"de": "sagte", "en": "said"}, date=date(2021, 3, 15))
    assert _said(bundle, quote, "de") == "„Wir gründen“, sagte Jens Kowalski, Gründer des Jahres."
    assert _said(_with_jens(Gender.MASCULINE), quote, "de") == (
        "„Wir gründen“, sagte der Gründer des Jahres, Jens Kowalski.")


def test_one_speaker_left_of_a_joint_quote_gets_the_singular() -> None:
    quote = make_bundle().items[0].quote("q-joint")
    quote.speakers = quote.speakers[:1]
    text, _ = _paragraph(quote, "de")
    assert text == ("„Gemeinsam sind wir stärker“, betont der Geschäftsführer der Agentur A "
                    "(AGA), Bernd Muster.")


@pytest.mark.parametrize(("verb", "count", "expected"), [
    ("sagte", 2, "sagten"), ("erklärte", 3, "erklärten"), ("Betonte", 2, "Betonten"),
    ("hob hervor", 2, "hoben hervor"), ("sagt", 2, "sagen"), ("betont", 2, "betonen"),
    ("sagten", 2, "sagten"), ("betonen", 2, "betonen"), ("sagte", 1, "sagte"),
    ("betonen", 1, "betont"), ("hoben hervor", 1, "hob hervor"), ("so", 2, "so"),
    ("sagten", 1, "sagte"), ("Erklärten", 1, "Erklärte"), ("so", 1, "so"),
    ("baten", 1, "bat"), ("galten", 1, "galt"), ("traten auf", 1, "trat auf"),
    ("bat", 2, "baten"), ("berichteten", 1, "berichtete"),
])
def test_german_verbs_agree_with_the_number_of_speakers(verb: str, count: int,
                                                       expected: str) -> None:
    assert verb_for_speakers(verb, "de", count) == expected
    assert verb_for_speakers(verb, "en", count) == verb
