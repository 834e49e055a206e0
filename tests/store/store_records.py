"""Records for the store tests, built in Python so the tests need no sample files."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime

from editor.core.images import PhotoData
from editor.core.model import (
    Approval,
    ApprovalState,
    Block,
    BlockKind,
    Bundle,
    Contact,
    Embargo,
    Event,
    EventSpeaker,
    Gender,
    ItemKind,
    ItemStatus,
    Organisation,
    Person,
    Photo,
    PressItem,
    Quote,
    Role,
    Speaker,
    Translations,
)


def tiny_png(rgb: tuple[int, int, int] = (30, 80, 150), width: int = 4, height: int = 3) -> bytes:
    """A small but complete PNG image."""
    import struct
    import zlib

    raw = b"".join(b"\x00" + bytes(rgb) * width for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    return (b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


PHOTO = PhotoData("image/png", tiny_png())
"""The photo of the rich item."""


def people() -> list[Person]:
    return [
        Person(
            "p-steinbach",
            "Jörg",
            "Steinbach",
            honorific="Prof. Dr.-Ing.",
            gender=Gender.MASCULINE,
            town="Potsdam",
            note="Büro: Frau Schulz",
        ),
        Person("p-kammradt", "Steffen", "Kammradt", honorific="Dr.", gender=Gender.MASCULINE),
        Person("p-einsfelder", "Thomas", "Einsfelder", gender=Gender.MASCULINE),
        Person("p-schubert", "Mike", "Schubert", town="Potsdam"),
        Person("p-unrelated", "Erika", "Mustermann", gender=Gender.FEMININE),
    ]


def organisations() -> list[Organisation]:
    return [
        Organisation(
            "o-wfbb",
            "WFBB",
            name={
                "de": "Wirtschaftsförderung Land Brandenburg GmbH",
                "en": "Economic Development Agency Brandenburg",
            },
            boilerplate={"de": "Über die WFBB …", "en": "About WFBB …"},
            town="Potsdam",
            website="https://www.wfbb.de",
        ),
        Organisation("o-img", "IMG", name={"de": "Investitions- und Marketinggesellschaft"}),
        Organisation("o-mwae", "MWAE", name={"de": "Ministerium für Wirtschaft"}),
        Organisation("o-lhp", "LHP", name={"de": "Landeshauptstadt Potsdam"}),
        Organisation("o-unrelated", "XYZ"),
    ]


def roles() -> list[Role]:
    return [
        Role(
            "r-minister",
            "p-steinbach",
            "o-mwae",
            title={
                "de": "Brandenburger Minister für Wirtschaft, Arbeit und Energie",
                "en": "Brandenburg's Minister for Economic Affairs, Labour and Energy",
            },
            function={"de": "Minister", "en": "Minister"},
            function_plural={"de": "Minister", "en": "Ministers"},
            valid_from=date(2019, 11, 20),
        ),
        Role(
            "r-professor",
            "p-steinbach",
            None,
            title={"de": "Präsident der BTU Cottbus"},
            valid_from=date(2011, 1, 1),
            valid_until=date(2019, 11, 19),
        ),
        Role("r-kammradt", "p-kammradt", "o-wfbb", title={"de": "Geschäftsführer der WFBB"}),
        Role("r-einsfelder", "p-einsfelder", "o-img", title={"de": "Geschäftsführer der IMG"}),
        Role("r-schubert", "p-schubert", "o-lhp", title={"de": "Oberbürgermeister"}),
        Role("r-unrelated", "p-unrelated", "o-unrelated"),
    ]


def rich_item(item_id: str = "item-rich") -> PressItem:
    """A press item with every field set, in German and English."""
    quotes = [
        Quote(
            "q-minister",
            speakers=[Speaker("p-steinbach", "r-minister")],
            text=Translations.of(
                "de",
                de='Das ist ein "starkes Signal" für den Strukturwandel.',
                en='This is a "strong signal" for structural change.',
            ),
            verb={"de": "sagte", "en": "said"},
            date=date(2021, 3, 14),
            approval=Approval(
                ApprovalState.APPROVED,
                by="Pressestelle MWAE, Frau Schulz",
                at=datetime(2021, 3, 12, 16, 30),
                comment="ok per Mail",
            ),
            topics=["Strukturwandel"],
        ),
        Quote(
            "q-joint",
            speakers=[Speaker("p-kammradt", "r-kammradt"), Speaker("p-einsfelder", "r-einsfelder")],
            text=Translations(
                text={
                    "de": "Gemeinsam sind wir stärker.",
                    "en": "Together we are stronger.",
                    "fr": "Ensemble",
                },
                basis={"en": "0123456789abcdef"},
            ),
            verb={"de": "betonen", "en": "emphasised"},
            attribution={"de": "betonen die Geschäftsführer"},
        ),
        Quote("q-bare", speakers=[Speaker("p-schubert")], text=Translations(text={"de": ""})),
    ]
    return PressItem(
        id=item_id,
        kind=ItemKind.EVENT_REPORT,
        status=ItemStatus.IN_REVIEW,
        issue_date=date(2021, 3, 15),
        places=["Potsdam", "Magdeburg"],
        issuer_ids=["o-wfbb", "o-img"],
        source_language="de",
        languages=["de", "en"],
        kicker=Translations.of("de", de="Smart Country", en="Smart Country"),
        headline=Translations.of(
            "de", de="Förderung für den Strukturwandel", en="Funding for structural change"
        ),
        subheadline=Translations(text={"de": "Unterzeile", "en": "Subheadline (stale)"}),
        blocks=[
            Block("b1", text=Translations.of("de", de="Erster **Absatz**.", en="First paragraph.")),
            Block("b2", BlockKind.SUBHEADING, Translations.of("de", de="Zwischen", en="Between")),
            Block("b3", BlockKind.QUOTE, quote_id="q-minister"),
            Block("b4", BlockKind.QUOTE, quote_id="q-joint"),
            Block("b5", BlockKind.PHOTO, photo_id="ph1"),
            Block("b6", BlockKind.LIST, Translations.of("de", de="- a\n- b", en="- a\n- b")),
        ],
        quotes=quotes,
        photos=[
            Photo(
                "ph1",
                PHOTO.key,
                caption={"de": "Unterzeichnung", "en": "Signing"},
                alt_text={"de": "Zwei Männer", "en": "Two men"},
                credit="Rainer Weisflog",
                licence="CC BY 4.0",
            )
        ],
        contacts=[
            Contact(
                "Anna Presse",
                organisation_id="o-wfbb",
                function={"de": "Pressesprecherin", "en": "Press officer"},
                phone="+49 331 0000",
                email="presse@example.org",
                website="https://example.org",
            )
        ],
        topics=["Smart Country", "Strukturwandel"],
        embargo=Embargo(datetime(2021, 3, 15, 10, 0), "Europe/Berlin"),
        event=Event(
            name={"de": "Digitalgipfel", "en": "Digital summit"},
            starts=datetime(2021, 3, 14, 9, 0),
            ends=datetime(2021, 3, 14, 17, 0),
            place="Potsdam",
            online=True,
            organiser_ids=["o-lhp"],
            participants=120,
            speakers=[EventSpeaker("p-schubert", "r-schubert", "Potsdam")],
        ),
        internal_note="Nicht vor Freigabe verschicken.",
    )


def simple_item(
    item_id: str,
    headline: str,
    issue_date: date | None,
    *,
    status: ItemStatus = ItemStatus.DRAFT,
    kind: ItemKind = ItemKind.RELEASE,
    topics: list[str] | None = None,
    issuer_ids: list[str] | None = None,
) -> PressItem:
    return PressItem(
        id=item_id,
        kind=kind,
        status=status,
        issue_date=issue_date,
        headline=Translations(text={"de": headline}),
        topics=topics or [],
        issuer_ids=issuer_ids or [],
    )


def rich_bundle() -> Bundle:
    return Bundle(
        items=[rich_item()], people=people(), organisations=organisations(), roles=roles(),
        photo_data={PHOTO.key: PHOTO},
    )


def without_stamps(item: PressItem) -> PressItem:
    """A copy of ``item`` without what the archive sets (version and timestamps)."""
    return dataclasses.replace(item, version=0, created_at=None, updated_at=None)
