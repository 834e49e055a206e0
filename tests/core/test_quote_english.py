"""English attribution forms of direct quotes: the speaker as written, the verb, the role
and sources; names and scare quotes in marks are no quotes. All sentences are written for
these tests."""

from __future__ import annotations

import pytest

from editor.core.quote_extract import FoundQuote, find_quotes

SAID = "We will build the grid of the future"


def only(text: str) -> FoundQuote:
    (quote,) = find_quotes(text)
    return quote


def written(quote: FoundQuote) -> list[tuple[str, str]]:
    """Each speaker as written, with the role written with it."""
    return [(m.text, m.role_text) for m in quote.mentions]


@pytest.mark.parametrize("text, speakers, verb", [
    (f"“{SAID},” Jane Doe, Minister for Energy, said.",
     [("Jane Doe", "Minister for Energy")], "said"),
    (f"“{SAID},” Minister Jane Doe said.", [("Jane Doe", "Minister")], "said"),
    (f"“{SAID},” Jane Doe, who chairs the board, said.", [("Jane Doe", "")], "said"),
    (f"“{SAID},” Jane Doe and John Roe said.", [("Jane Doe", ""), ("John Roe", "")], "said"),
    (f"“{SAID},” said John Roe, CEO of Example Ltd, and Jane Doe, Minister for Energy.",
     [("John Roe", "CEO of Example Ltd"), ("Jane Doe", "Minister for Energy")], "said"),
    (f"“{SAID},” said Jane Doe, Minister for Energy, and John Roe, CEO of Example Ltd.",
     [("Jane Doe", "Minister for Energy"), ("John Roe", "CEO of Example Ltd")], "said"),
    (f"“{SAID},” Jane Doe, Minister for Energy, said on Monday in Potsdam.",
     [("Jane Doe", "Minister for Energy")], "said"),
    (f"“{SAID},” said Doe, adding that the money was secured.", [("Doe", "")], "said"),
    (f"“{SAID},” Jane Doe told the newspaper.", [("Jane Doe", "")], "told"),
])
def test_speaker_and_role_before_the_verb_or_after_each_name(
        text: str, speakers: list[tuple[str, str]], verb: str) -> None:
    quote = only(text)
    assert quote.text == SAID
    assert written(quote) == speakers
    assert quote.verb == verb


@pytest.mark.parametrize("text, speakers", [
    (f"Jane Doe said: “{SAID}.”", [("Jane Doe", "")]),
    (f"Jane Doe, Minister for Energy, said: “{SAID}.”", [("Jane Doe", "Minister for Energy")]),
])
def test_a_colon_after_the_speech_verb_gives_the_verb(
        text: str, speakers: list[tuple[str, str]]) -> None:
    quote = only(text)
    assert (quote.text, written(quote), quote.verb) == (SAID + ".", speakers, "said")


@pytest.mark.parametrize("text", [
    "Jane Doe, Minister for Energy, opened the fair on Monday. “This is a great day for "
    "the region,” said the minister.",
    "Energy Minister Jane Doe opened the fair on Monday. “This is a great day for the "
    "region,” said the minister.",
    "John Roe, CEO of Example Ltd, welcomed Energy Minister Jane Doe. “This is a great day "
    "for the region,” the minister said.",
])
def test_a_description_refers_to_the_fuller_mention_before(text: str) -> None:
    quote = only(text)
    assert quote.text == "This is a great day for the region"
    (mention,) = quote.mentions
    assert (mention.text, mention.role_text, mention.refers_to) == (
        "the minister", "minister", "Jane Doe")
    assert text[mention.refers_start:mention.refers_end] == "Jane Doe"
    assert quote.verb == "said"


@pytest.mark.parametrize("text, speaker, said", [
    ("According to Jane Doe, “the region will gain two thousand jobs by 2030.”", "Jane Doe",
     "the region will gain two thousand jobs by 2030."),
    ("“The funding is secured for three years”, according to the ministry.", "the ministry",
     "The funding is secured for three years"),
    ("“The funding is secured for three years,” according to the ministry.", "the ministry",
     "The funding is secured for three years"),
])
def test_according_to_names_a_source(text: str, speaker: str, said: str) -> None:
    quote = only(text)
    assert quote.text == said
    assert [(m.text, m.source) for m in quote.mentions] == [(speaker, True)]
    assert quote.verb == "according to"


@pytest.mark.parametrize("text", [
    "The ministry presented a so-called “digital twin” of the city.",
    "The city launched a scheme dubbed “grid of tomorrow” last year.",
    "Jane Doe presented the “Smart Country” project on Monday.",
    "The “Smart Country” project starts in May.",
])
def test_scare_quotes_and_titles_are_no_quotes(text: str) -> None:
    assert find_quotes(text) == []


@pytest.mark.parametrize("text, role", [
    ("The state opens its new energy office.\n\n“We will build the grid of the future, "
     "together with the towns.”\nJane Doe\nMinister for Energy\n\nThe office opens in May.",
     "Minister for Energy"),
    ("The state opens its new energy office.\n\n“We will build the grid of the future, "
     "together with the towns.”\n\nJane Doe\n\nMinister for Energy\n\nThe office opens in "
     "May.", "Minister for Energy"),
    ("Das Land eröffnet ein Büro.\n\n„Wir bauen das Netz der Zukunft, gemeinsam mit den "
     "Kommunen.“\nJane Doe\nMinisterin für Energie\n\nDas Büro öffnet im Mai.",
     "Ministerin für Energie"),
])
def test_a_pull_quote_takes_the_role_from_the_line_under_the_name(text: str, role: str) -> None:
    quote = only(text)
    assert quote.pull_quote
    assert written(quote) == [("Jane Doe", role)]
    assert text[:quote.attribution_end].endswith(role)


def test_a_line_under_the_name_without_a_title_is_no_role() -> None:
    text = ("The state opens its new energy office.\n\n“We will build the grid of the future, "
            "together with the towns.”\nJane Doe\n\nAbout the state agency\n\nThe agency …")
    quote = only(text)
    assert written(quote) == [("Jane Doe", "")]
    assert text[:quote.attribution_end].endswith("Jane Doe")


@pytest.mark.parametrize("text, speakers, verb", [
    (f"“{SAID},” said Minister Jane Doe.", [("Jane Doe", "Minister")], "said"),
    (f"\"{SAID},\" said Minister Jane Doe.", [("Jane Doe", "Minister")], "said"),
    (f"“{SAID},” Jane Doe said.", [("Jane Doe", "")], "said"),
    (f"“{SAID},” said Jane Doe, Minister for Energy.", [("Jane Doe", "Minister for Energy")],
     "said"),
    ("“Together we are stronger,” said John Roe and Jane Doe.",
     [("John Roe", ""), ("Jane Doe", "")], "said"),
])
def test_forms_that_held_before(text: str, speakers: list[tuple[str, str]], verb: str) -> None:
    """The common forms, kept as they were (a guard, not a change)."""
    quote = only(text)
    assert (written(quote), quote.verb) == (speakers, verb)


def test_pronoun_and_family_name_refer_to_the_person_named_before() -> None:
    text = ("Jane Doe, Minister for Energy, opened the fair. “This is a great day,” she said. "
            "“We are proud of our partners,” added Doe. Doe added that the region was proud.")
    first, second = find_quotes(text)
    assert [(m.text, m.refers_to) for m in first.mentions] == [("she", "Jane Doe")]
    assert [(m.text, m.refers_to) for m in second.mentions] == [("Doe", "Jane Doe")]
    assert (first.verb, second.verb) == ("said", "added")  # the indirect speech: no quote


def test_single_marks_inside_double_become_the_nested_markup() -> None:
    quote = only("“We call it the ‘grid of the future’ for a reason,” said Minister Jane Doe.")
    assert quote.text == 'We call it the "grid of the future" for a reason'


def test_an_organisation_description_is_no_person() -> None:
    text = ("Jane Doe, Ministry of Energy spokesperson, opened the fair. “The funding is "
            "secured for three years,” according to the ministry.")
    (mention,) = only(text).mentions
    assert (mention.text, mention.refers_to, mention.source) == ("the ministry", "", True)
