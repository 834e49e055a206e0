"""validate_bundle: every broken invariant is reported with the path of its field."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime

import pytest

from editor.core.errors import ValidationError
from editor.core.model import (
    Block,
    BlockKind,
    Bundle,
    Contact,
    Embargo,
    Event,
    EventSpeaker,
    Organisation,
    Person,
    Photo,
    PressItem,
    Quote,
    Role,
    Speaker,
    Translations,
)
from editor.core.validation import validate_bundle


def make_bundle() -> Bundle:
    """A small, valid bundle: one item with a quote, a photo, an issuer and a contact."""
    org = Organisation("org", "ORG", name={"de": "Organisation"})
    person = Person("p", "Erika", "Muster")
    role = Role("r", "p", "org", title={"de": "Sprecherin"}, valid_from=date(2020, 1, 1))
    quote = Quote(
        "q",
        speakers=[Speaker("p", "r")],
        text=Translations.of("de", de="Wir freuen uns", en="We are pleased"),
        verb={"de": "sagte", "en": "said"},
    )
    item = PressItem(
        id="i",
        issue_date=date(2021, 3, 15),
        languages=["de", "en"],
        issuer_ids=["org"],
        blocks=[
            Block("b0", text=Translations.of("de", de="Absatz", en="Paragraph")),
            Block("b1", BlockKind.QUOTE, quote_id="q"),
            Block("b2", BlockKind.PHOTO, photo_id="ph"),
        ],
        quotes=[quote],
        photos=[Photo("ph", "ab" * 32)],
        contacts=[Contact("Pressestelle", "org")],
    )
    return Bundle([item], [person], [org], [role])


def test_the_valid_bundle_passes() -> None:
    validate_bundle(make_bundle())


Breakage = Callable[[Bundle], None]


def _item(b: Bundle) -> PressItem:
    return b.items[0]


def _set_role_dates(b: Bundle) -> None:
    b.roles[0].valid_until = date(2019, 1, 1)


def _event(b: Bundle) -> None:
    _item(b).event = Event(
        starts=datetime(2021, 3, 15, 10), ends=datetime(2021, 3, 15, 9),
    )


def _mixed_offsets(b: Bundle) -> None:
    _item(b).event = Event(
        starts=datetime(2021, 3, 15, 10), ends=datetime(2021, 3, 15, 12, tzinfo=UTC),
    )


BROKEN: dict[str, tuple[Breakage, str, str]] = {
    "duplicate block id": (
        lambda b: setattr(_item(b).blocks[2], "id", "b0"), "items[0].blocks[2].id", "duplicate"
    ),
    "empty id": (lambda b: setattr(b.people[0], "id", " "), "people[0].id", "must not be empty"),
    "padded id": (lambda b: setattr(b.roles[0], "id", "r "), "roles[0].id", "spaces"),
    "duplicate organisation": (
        lambda b: b.organisations.append(Organisation("org", "X")),
        "organisations[1].id",
        "duplicate organisation id 'org'",
    ),
    "quote block without quote": (
        lambda b: setattr(_item(b).blocks[1], "quote_id", None),
        "items[0].blocks[1].quote_id",
        "needs the id",
    ),
    "quote block to a missing quote": (
        lambda b: setattr(_item(b).blocks[1], "quote_id", "zz"),
        "items[0].blocks[1].quote_id",
        "no quote with id 'zz' in this item",
    ),
    "paragraph with a quote": (
        lambda b: setattr(_item(b).blocks[0], "quote_id", "q"),
        "items[0].blocks[0].quote_id",
        "only quote blocks",
    ),
    "photo block to a missing photo": (
        lambda b: setattr(_item(b).blocks[2], "photo_id", "zz"),
        "items[0].blocks[2].photo_id",
        "no photo with id 'zz'",
    ),
    "quote with a photo": (
        lambda b: setattr(_item(b).blocks[1], "photo_id", "ph"),
        "items[0].blocks[1].photo_id",
        "only photo blocks",
    ),
    "speaker unknown": (
        lambda b: setattr(_item(b).quotes[0].speakers[0], "person_id", "x"),
        "items[0].quotes[0].speakers[0].person_id",
        "no person with id 'x'",
    ),
    "speaker role unknown": (
        lambda b: setattr(_item(b).quotes[0].speakers[0], "role_id", "x"),
        "items[0].quotes[0].speakers[0].role_id",
        "no role with id 'x'",
    ),
    "role not held yet": (
        lambda b: setattr(_item(b).quotes[0], "date", date(2019, 6, 1)),
        "items[0].quotes[0].speakers[0].role_id",
        "was not held on 2019-06-01 (2020-01-01 – open end)",
    ),
    "same speaker twice": (
        lambda b: _item(b).quotes[0].speakers.append(Speaker("p")),
        "items[0].quotes[0].speakers[1].person_id",
        "speaks twice",
    ),
    "quote without speaker": (
        lambda b: setattr(_item(b).quotes[0], "speakers", []),
        "items[0].quotes[0].speakers",
        "needs a speaker",
    ),
    "quote with outer marks": (
        lambda b: _item(b).quotes[0].text.text.update(en="“We are pleased”"),
        "items[0].quotes[0].text.en",
        "without the outer quotation marks",
    ),
    "role of unknown person": (
        lambda b: setattr(b.roles[0], "person_id", "x"), "roles[0].person_id", "no person"
    ),
    "role at unknown organisation": (
        lambda b: setattr(b.roles[0], "organisation_id", "x"),
        "roles[0].organisation_id",
        "no organisation with id 'x'",
    ),
    "role until before from": (_set_role_dates, "roles[0].valid_until", "before valid_from"),
    "issuer unknown": (
        lambda b: setattr(_item(b), "issuer_ids", ["org", "x"]),
        "items[0].issuer_ids[1]",
        "no organisation",
    ),
    "contact organisation unknown": (
        lambda b: setattr(_item(b).contacts[0], "organisation_id", "x"),
        "items[0].contacts[0].organisation_id",
        "no organisation",
    ),
    "source language not used": (
        lambda b: setattr(_item(b), "source_language", "fr"),
        "items[0].source_language",
        "not one of the item's languages (de, en)",
    ),
    "unsupported language": (
        lambda b: setattr(_item(b), "languages", ["de", "fr"]),
        "items[0].languages[1]",
        "not a supported language",
    ),
    "language twice": (
        lambda b: setattr(_item(b), "languages", ["de", "de"]),
        "items[0].languages[1]",
        "listed twice",
    ),
    "no languages": (
        lambda b: setattr(_item(b), "languages", []), "items[0].languages", "at least one"
    ),
    "text in an unsupported language": (
        lambda b: _item(b).blocks[0].text.text.update(fr="Paragraphe"),
        "items[0].blocks[0].text.fr",
        "not a supported language",
    ),
    "organisation name in an unsupported language": (
        lambda b: b.organisations[0].name.update(fr="x"),
        "organisations[0].name.fr",
        "not a supported language",
    ),
    "verb in an unsupported language": (
        lambda b: _item(b).quotes[0].verb.update(pl="powiedział"),
        "items[0].quotes[0].verb.pl",
        "not a supported language",
    ),
    "person without name": (
        lambda b: b.people.append(Person("n", "", " ")), "people[1].family_name", "needs a name"
    ),
    "empty place": (lambda b: setattr(_item(b), "places", [""]), "items[0].places[0]", "empty"),
    "embargo with offset": (
        lambda b: setattr(
            _item(b), "embargo", Embargo(datetime(2021, 3, 15, 9, tzinfo=UTC))
        ),
        "items[0].embargo.until",
        "without an offset",
    ),
    "embargo zone unknown": (
        lambda b: setattr(_item(b), "embargo", Embargo(datetime(2021, 3, 15, 9), "Mars/Olympus")),
        "items[0].embargo.timezone",
        "not a known time zone",
    ),
    "event ends before it starts": (_event, "items[0].event.ends", "ends before it starts"),
    "event with mixed offsets": (_mixed_offsets, "items[0].event.ends", "both with or both"),
    "event organiser unknown": (
        lambda b: setattr(_item(b), "event", Event(organiser_ids=["x"])),
        "items[0].event.organiser_ids[0]",
        "no organisation",
    ),
    "event speaker unknown": (
        lambda b: setattr(_item(b), "event", Event(speakers=[EventSpeaker("x")])),
        "items[0].event.speakers[0].person_id",
        "no person",
    ),
    "negative participants": (
        lambda b: setattr(_item(b), "event", Event(participants=-1)),
        "items[0].event.participants",
        "negative",
    ),
    "bad fingerprint": (
        lambda b: _item(b).blocks[0].text.basis.update(en="not-hex"),
        "items[0].blocks[0].text.basis.en",
        "not a source fingerprint",
    ),
    "photo blob that is no key": (
        lambda b: setattr(_item(b).photos[0], "blob", "../bild.jpg"), "items[0].photos[0].blob",
        "not the key of photo bytes"
    ),
}


@pytest.mark.parametrize("case", list(BROKEN))
def test_broken_invariant_is_reported_at_its_field(case: str) -> None:
    breakage, path, problem = BROKEN[case]
    bundle = make_bundle()
    breakage(bundle)
    with pytest.raises(ValidationError) as caught:
        validate_bundle(bundle)
    assert caught.value.path == path
    assert problem in caught.value.problem
    assert str(caught.value) == f"{path}: {caught.value.problem}"


def test_item_paths_can_be_named() -> None:
    bundle = make_bundle()
    bundle.items[0].blocks[1].quote_id = "zz"
    with pytest.raises(ValidationError) as caught:
        validate_bundle(bundle, item_paths=["item"])
    assert caught.value.path == "item.blocks[1].quote_id"


def test_item_paths_must_match_the_items() -> None:
    with pytest.raises(ValueError, match="every item"):
        validate_bundle(make_bundle(), item_paths=[])


def test_quote_ids_are_unique_across_items() -> None:
    bundle = make_bundle()
    second = PressItem(id="j", quotes=[Quote("q", speakers=[Speaker("p")])])
    bundle.items.append(second)
    with pytest.raises(ValidationError) as caught:
        validate_bundle(bundle)
    assert caught.value.path == "items[1].quotes[0].id"


def test_a_speaker_without_role_and_a_written_attribution_are_fine() -> None:
    bundle = make_bundle()
    quote = bundle.items[0].quotes[0]
    quote.speakers[0].role_id = None
    validate_bundle(bundle)
    quote.speakers = []
    quote.attribution = {"de": "sagte eine Sprecherin"}
    validate_bundle(bundle)


def test_a_nested_quotation_at_the_start_is_not_an_outer_mark() -> None:
    bundle = make_bundle()
    bundle.items[0].quotes[0].text.text["de"] = '"Smart Country" ist unser Ziel'
    validate_bundle(bundle)
