"""The hits of a page as loaded from the archive: every value as stored, on each backend."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import event

from editor.core.model import (
    Approval,
    ApprovalState,
    Bundle,
    Person,
    PressItem,
    Quote,
    Role,
    Speaker,
    Translations,
)
from editor.store import Archive

ODD = 'Sie sagte: „Förderung“ \\ "zitiert" 100 % 😀\nzweite Zeile\t{"json": [1]}'


@pytest.fixture
def odd(archive: Archive) -> Archive:
    bundle = Bundle(
        people=[Person("p-anna", "Anna", "Müller", honorific="Dr."),
                Person("p-ben", "Ben", "O'Brien")],
        roles=[
            Role("r-old", "p-anna", None, {"de": "Referentin", "en": "Adviser"},
                 valid_from=date(2010, 1, 1), valid_until=date(2019, 12, 31)),
            Role("r-new", "p-anna", None, {"de": "Ministerin „Wirtschaft“"},
                 valid_from=date(2020, 1, 1)),
        ],
    )
    bundle.items = [PressItem(
        id="i-1", issue_date=date(2021, 5, 4),
        headline=Translations(text={"de": "Überschrift \\ „eins“", "en": "Headline"}),
        quotes=[
            Quote("q-1", speakers=[Speaker("p-anna"), Speaker("p-ben")],
                  text=Translations(text={"de": ODD, "en": "Funding\u00a0€"}),
                  date=date(2021, 5, 4), approval=Approval(ApprovalState.APPROVED, by="Büro")),
            Quote("q-2", speakers=[Speaker("p-anna", "r-old")],
                  text=Translations(text={"de": "Die Förderung bleibt."}),
                  date=date(2021, 5, 3)),
        ],
    )]
    archive.save_bundle(bundle)
    return archive


def test_a_page_carries_every_value_as_stored(odd: Archive) -> None:
    hits = odd.search_quotes("förderung", order="date")
    assert [h.quote_id for h in hits] == ["q-1", "q-2"]
    first, second = hits
    assert first.text == {"de": ODD, "en": "Funding\u00a0€"}
    assert first.item_headline == {"de": "Überschrift \\ „eins“", "en": "Headline"}
    assert first.said_on == date(2021, 5, 4)
    assert first.approval == ApprovalState.APPROVED
    assert [(s.person_id, s.full_name, s.title, s.role_id) for s in first.speakers] == [
        ("p-anna", "Dr. Anna Müller", {"de": "Ministerin „Wirtschaft“"}, "r-new"),
        ("p-ben", "Ben O'Brien", {}, None),
    ]
    # the role named in the quote, not the one held on its date
    assert [(s.role_id, s.title) for s in second.speakers] == [
        ("r-old", {"de": "Referentin", "en": "Adviser"})]
    assert "«Förderung»" in first.snippet_text()


@pytest.mark.postgresql_only
def test_a_page_is_loaded_in_one_statement_on_postgresql(odd: Archive) -> None:
    statements: list[str] = []

    def seen(conn, cursor, statement, parameters, context, executemany) -> None:
        statements.append(statement)

    event.listen(odd._engine, "before_cursor_execute", seen)
    try:
        hits = odd.search_quotes("förderung", order="date")
    finally:
        event.remove(odd._engine, "before_cursor_execute", seen)
    assert len(hits) == 2
    # the quotes, their speakers, those people and their roles: one round trip
    loading = [s for s in statements if "quote_speakers" in s or "FROM roles" in s
               or "JOIN roles" in s]
    assert len(loading) == 1, loading
