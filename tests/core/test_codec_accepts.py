"""The codec's quick test of incoming data says "yes" only where reading it would too.

Saving checks a record's values with :func:`editor.core.codec.accepts` first and reads
them with ``from_plain`` only when it says "no". So it must never accept what reading
refuses; these tests mutate valid records at random, thousands of times, and compare.
"""

from __future__ import annotations

import copy
import random
from datetime import date, datetime
from typing import Any

import pytest

from editor.core.codec import MAX_TEXT_LENGTH, accepts, from_plain, to_plain
from editor.core.errors import ValidationError
from editor.core.model import (
    Approval,
    ApprovalEvent,
    ApprovalState,
    Block,
    BlockKind,
    Contact,
    Embargo,
    Event,
    EventSpeaker,
    ItemKind,
    Organisation,
    Person,
    Photo,
    PressItem,
    Quote,
    Role,
    Speaker,
    Translations,
)
from editor.io.samples import load_sample_bundles
from editor.store.records import check_incoming


def _rich_item() -> PressItem:
    """An event item using every kind of field the model has."""
    text = Translations.of("de", de="Die Bürger*innen [lesen](https://example.org/a) mit.",
                           en="The citizens read along.")
    quote = Quote(
        "q-1", speakers=[Speaker("p-1", "r-1"), Speaker("p-2")], text=text,
        verb={"de": "sagte", "en": "said"}, attribution={"de": "so Muster"},
        date=date(2026, 3, 2), topics=["Energie"],
        approval=Approval(ApprovalState.APPROVED, by="Frau Schulz",
                          at=datetime(2026, 3, 2, 10, 0), basis={"de": "abc"},
                          history=[ApprovalEvent(ApprovalState.SENT, datetime(2026, 3, 1, 9),
                                                 "Eva", note="bitte prüfen")]))
    return PressItem(
        id="item-1", kind=ItemKind.EVENT_REPORT, issue_date=None, places=["Potsdam", "Cottbus"],
        issuer_ids=["org-1"], languages=["de", "en"],
        headline=Translations.of("de", de="Tag der offenen Tür", en="Open day"),
        kicker=Translations.of("de", de="Einladung"),
        blocks=[Block("b-1", text=text), Block("b-2", BlockKind.QUOTE, quote_id="q-1"),
                Block("b-3", BlockKind.LIST, text=Translations.of("de", de="- eins\n- zwei")),
                Block("b-4", BlockKind.PHOTO, photo_id="ph-1")],
        quotes=[quote],
        photos=[Photo("ph-1", "ab" * 32, caption={"de": "Das Foto"}, credit="© Muster")],
        contacts=[Contact("Pressestelle", "org-1", function={"de": "Sprecherin"},
                          phone="+49 30 1234", email="presse@example.org",
                          website="https://example.org")],
        topics=["Energie"], embargo=Embargo(datetime(2026, 3, 3, 9, 0)),
        event=Event(name={"de": "Tag der offenen Tür"}, starts=datetime(2026, 3, 5, 10),
                    ends=datetime(2026, 3, 5, 16), place="Rathaus", organiser_ids=["org-1"],
                    participants=120, speakers=[EventSpeaker("p-1", "r-1", "Potsdam")]),
        internal_note="intern", source_name="alt.docx", imported_at=datetime(2026, 3, 1, 8),
    )


def _records() -> list[tuple[type, Any]]:
    found: list[tuple[type, Any]] = [(PressItem, to_plain(_rich_item()))]
    found.append((Person, to_plain(Person("p-1", "Erika", "Muster"))))
    found.append((Organisation, to_plain(Organisation(
        "org-1", "ORG", name={"de": "Organisation"}, website="https://example.org"))))
    found.append((Role, to_plain(Role("r-1", "p-1", "org-1", title={"de": "Sprecherin"},
                                      valid_from=date(2020, 1, 1)))))
    for bundle in load_sample_bundles():
        found += [(PressItem, to_plain(item)) for item in bundle.items]
        found += [(Person, to_plain(p)) for p in bundle.people]
        found += [(Organisation, to_plain(o)) for o in bundle.organisations]
        found += [(Role, to_plain(r)) for r in bundle.roles]
    return found


def _reads(cls: type, plain: Any) -> bool:
    try:
        from_plain(cls, plain)
    except (ValidationError, TypeError, ValueError):
        return False
    return True


def test_valid_records_are_accepted_at_once() -> None:
    """The quick test must say "yes" to valid records, or it saves nothing."""
    records = _records()
    assert len(records) > 10
    for cls, plain in records:
        assert _reads(cls, plain)
        assert accepts(cls, plain), (cls.__name__, plain.get("id"))
    item = to_plain(_rich_item())
    assert all(accepts(Quote, quote) for quote in item["quotes"])


_REPLACEMENTS: list[Any] = [
    None, 0, 1, -1, True, False, 1.5, "", "x", "de", "en-GB", "2021-02-30", "2021-03-01",
    "2021-03-01T10:00", "2021-13-01T10:00", "bad id!", "-leading", "e\u0301", "\ufb01x",
    "x\ud800y", "[a](javascript:alert(1))", "[a](<javascript:alert(1)>)",
    "[a](https://example.org)", "https://example.org", "javascript:alert(1)", "file:///etc",
    "presse@example.org", "no email", "../etc/passwd", "a/b", " alt.docx", "approved",
    "drafted", "event_report", "release", "exact", [], {}, ["x"], ["bad id!"], [1], {"de": "x"},
    {"de": 1}, {"xx-!": "x"}, {"basis": {"de": 1}}, {"basis": "x"},
    {"de": "[a](javascript:x)"}, "x" * 101,
]


def _nodes(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [path]
    if isinstance(value, dict):
        for key, sub in value.items():
            found += _nodes(sub, (*path, key))
    elif isinstance(value, list):
        for index, sub in enumerate(value):
            found += _nodes(sub, (*path, index))
    return found


def _mutate(plain: Any, rng: random.Random) -> Any:
    mutated = copy.deepcopy(plain)
    path = rng.choice(_nodes(mutated)[1:])
    parent = mutated
    for step in path[:-1]:
        parent = parent[step]
    last = path[-1]
    action = rng.random()
    if action < 0.15 and isinstance(parent, dict):
        del parent[last]
    elif action < 0.25 and isinstance(parent, dict):
        parent[rng.choice(["unknown", "ID", "speaker", "text_de"])] = "x"
    elif action < 0.35 and isinstance(parent[last], str):
        parent[last] = parent[last] + rng.choice(["\ud83d", "](javascript:x)", " ", "!"])
    elif action < 0.4 and isinstance(parent[last], list):
        parent[last].append(rng.choice(_REPLACEMENTS))
    else:
        parent[last] = copy.deepcopy(rng.choice(_REPLACEMENTS))
    return mutated


@pytest.mark.parametrize("seed", range(4))
def test_never_accepts_what_reading_refuses(seed: int) -> None:
    rng = random.Random(seed)
    records = _records()
    refused = accepted_valid = 0
    for _ in range(1500):
        cls, plain = rng.choice(records)
        mutated = _mutate(plain, rng)
        if _reads(cls, mutated):
            accepted_valid += accepts(cls, mutated)
            continue
        refused += 1
        assert not accepts(cls, mutated), (cls.__name__, mutated)
    # the mutations reach both sides: many are refused, and valid ones mostly pass quickly
    assert refused > 300
    assert accepted_valid > 100


@pytest.mark.parametrize(("change", "where"), [
    (lambda q: q["text"].update(de="x\ud800"), "quotes[0].text.de"),
    (lambda q: q["text"].update(de="x" * (MAX_TEXT_LENGTH + 1)), "quotes[0].text.de"),
    (lambda q: q["speakers"][0].update(person_id="bad id!"), "quotes[0].speakers[0].person_id"),
    (lambda q: q["text"].update(en="[a](javascript:alert(1))"), "quotes[0].text.en"),
    (lambda q: q.update(date="2026-02-30"), "quotes[0].date"),
    (lambda q: q["approval"].update(state="waved through"), "quotes[0].approval.state"),
    (lambda q: q.update(colour="red"), "quotes[0].colour"),
])
def test_a_bad_quote_is_refused_by_the_reading_message(change: Any, where: str) -> None:
    quote = to_plain(_rich_item())["quotes"][0]
    change(quote)
    assert not accepts(Quote, quote)
    with pytest.raises(ValidationError) as caught:
        check_incoming(Quote, quote, "quotes[0]")
    assert caught.value.path == where
    assert "nothing was saved" in str(caught.value)
