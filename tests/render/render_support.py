"""Press items built in code for the export tests."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from editor.core.images import PhotoData
from editor.core.model import (
    Approval,
    Block,
    BlockKind,
    Bundle,
    Contact,
    Embargo,
    Event,
    EventSpeaker,
    Gender,
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
from editor.io.photo_files import read_photo_file

CANARY_NOTE = "CANARY-INTERNAL-NOTE-7f3a"
CANARY_APPROVAL = "CANARY-APPROVAL-COMMENT-91be"
CANARY_PERSON = "CANARY-PERSON-NOTE-c0de"

BundleFactory = Callable[..., Bundle]


def _t(de: str, en: str) -> Translations:
    return Translations.of("de", de=de, en=en)


def make_bundle(
    *,
    paragraph_de: str = "Die Partner haben heute eine Vereinbarung unterzeichnet.",
    paragraph_en: str = "The partners signed an agreement today.",
    photo_path: str = "",
    embargo: bool = False,
    event: bool = True,
) -> Bundle:
    """A small two-language release with one single and one joint quote."""
    people = [
        Person("p-anna", "Anna", "Beispiel", "Dr.", Gender.FEMININE, town="Potsdam",
               note=CANARY_PERSON),
        Person("p-bernd", "Bernd", "Muster", "", Gender.MASCULINE, town="Magdeburg"),
        Person("p-carla", "Carla", "Probe", "Prof.", Gender.FEMININE, town="Halle"),
        Person("p-mike", "Mike", "Schubert", "", Gender.MASCULINE, town="Potsdam"),
    ]
    orgs = [
        Organisation("o-a", "AGA", {"de": "Agentur A GmbH", "en": "Agentur A GmbH"},
                     {"de": "Die Agentur A fördert die Wirtschaft.",
                      "en": "Agentur A promotes business."}, website="https://a.example.org"),
        Organisation("o-b", "AGB", {"de": "Agentur B mbH", "en": "Agentur B mbH"},
                     {"de": "Die Agentur B wirbt für das Land.",
                      "en": "Agentur B markets the state."}),
    ]
    roles = [
        Role("r-anna-old", "p-anna", "o-a", {"de": "Staatssekretärin im Ministerium",
                                             "en": "State Secretary at the Ministry"},
             {"de": "Staatssekretärin", "en": "State Secretary"}, {},
             valid_from=date(2015, 1, 1), valid_until=date(2019, 12, 31)),
        Role("r-anna", "p-anna", "o-a", {"de": "Ministerin für Wirtschaft",
                                         "en": "Minister for Economic Affairs"},
             {"de": "Ministerin", "en": "Minister"}, {"de": "Ministerinnen", "en": "ministers"},
             valid_from=date(2020, 1, 1)),
        Role("r-bernd", "p-bernd", "o-a", {"de": "Geschäftsführer der Agentur A (AGA)",
                                           "en": "Managing Director of Agentur A (AGA)"},
             {"de": "Geschäftsführer", "en": "Managing Director"},
             {"de": "Geschäftsführer", "en": "managing directors"}),
        Role("r-carla", "p-carla", "o-b", {"de": "Geschäftsführer der Agentur B (AGB)",
                                           "en": "Managing Director of Agentur B (AGB)"},
             {"de": "Geschäftsführer", "en": "Managing Director"},
             {"de": "Geschäftsführer", "en": "managing directors"}),
        Role("r-mike", "p-mike", None, {"de": "Oberbürgermeister der Stadt Potsdam",
                                        "en": "Lord Mayor of Potsdam"},
             {"de": "Oberbürgermeister", "en": "Lord Mayor"}, {}),
    ]
    quotes = [
        Quote("q-anna", [Speaker("p-anna")],
              _t('Wir werden das "Smart Country" gemeinsam voranbringen',
                 'We will advance the "Smart Country" together'),
              verb={"de": "sagte", "en": "said"}, date=date(2021, 3, 15),
              approval=Approval(comment=CANARY_APPROVAL)),
        Quote("q-joint", [Speaker("p-bernd", "r-bernd"), Speaker("p-carla", "r-carla")],
              _t("Gemeinsam sind wir stärker", "Together we are stronger"),
              verb={"de": "betonen", "en": "emphasised"}, date=date(2021, 3, 15)),
    ]
    photos = []
    blocks = [
        Block("b-lead", BlockKind.PARAGRAPH, _t(paragraph_de, paragraph_en)),
        Block("b-q1", BlockKind.QUOTE, quote_id="q-anna"),
        Block("b-sub", BlockKind.SUBHEADING, _t("Nächste Schritte", "Next steps")),
        Block("b-list", BlockKind.LIST, _t("- Vernetzung\n- Vermarktung",
                                          "- Networking\n- Marketing")),
        Block("b-q2", BlockKind.QUOTE, _t("Das Projekt startet im April.",
                                         "The project starts in April."), quote_id="q-joint"),
        Block("b-body", BlockKind.PARAGRAPH,
              _t("Mehr unter [der Website](https://a.example.org) und *kursiv*.",
                 "More on [the website](https://a.example.org) and *italics*.")),
    ]
    photo_data: dict[str, PhotoData] = {}
    if photo_path:
        # The archive holds the bytes; a path that names no image gives a missing photo.
        found = Path(photo_path)
        key = ""
        if found.is_file():
            data = read_photo_file(found)
            key = data.key
            photo_data[key] = data
        photos.append(Photo("ph-1", key, {"de": "Die Unterzeichnung", "en": "The signing"},
                            {"de": "Zwei Personen", "en": "Two people"}, "Rainer Weisflog"))
        blocks.append(Block("b-photo", BlockKind.PHOTO, photo_id="ph-1"))
    item = PressItem(
        id="item-1",
        kind=ItemKind.RELEASE,
        issue_date=date(2021, 3, 15),
        places=["Potsdam", "Magdeburg"],
        issuer_ids=["o-a", "o-b"],
        languages=["de", "en"],
        kicker=_t("Kooperation", "Cooperation"),
        headline=_t('Agenturen schließen Kooperation zur "Smart Country"',
                    'Agencies join forces for the "Smart Country"'),
        subheadline=_t("Zwei Länder, ein Ziel", "Two states, one goal"),
        blocks=blocks,
        quotes=quotes,
        photos=photos,
        contacts=[Contact("Pressestelle A", "o-a", {"de": "Pressesprecherin",
                                                    "en": "Spokeswoman"},
                          "+49 331 1234", "presse@a.example.org")],
        topics=["Smart Country", "Strukturwandel"],
        embargo=Embargo(datetime(2021, 3, 15, 10, 0)) if embargo else None,
        internal_note=CANARY_NOTE,
    )
    if event:
        item.event = Event({"de": "Smart Country Forum", "en": "Smart Country Forum"},
                           datetime(2021, 3, 15, 10, 0), datetime(2021, 3, 15, 12, 30),
                           "", True, ["o-a", "o-b"], 1234,
                           [EventSpeaker("p-mike", "r-mike", "Potsdam"),
                            EventSpeaker("p-anna", None, "")])
    return Bundle([item], people, orgs, roles, photo_data)



INTERNAL_FIELDS = ("PressItem.internal_note", "Approval.comment", "Person.note")
"""Fields of the model documented as internal: never part of an export."""


def plant_canaries(bundle: Bundle) -> list[str]:
    """A unique canary in every internal field of ``bundle``; the canaries planted.

    Quotes cycle through the approval states (drafted, sent, approved, rejected), so an
    unapproved quote's comment is among them whatever the bundle holds.
    """
    from editor.core.model import ApprovalState

    planted: list[str] = []

    def canary(where: str) -> str:
        planted.append(f"CANARY-{where}-{len(planted):03d}-b7e2")
        return planted[-1]

    states = list(ApprovalState)
    for item in bundle.items:
        item.internal_note = canary("NOTE")
        for i, quote in enumerate(item.quotes):
            quote.approval.state = states[i % len(states)]
            quote.approval.comment = canary(f"APPROVAL-{quote.approval.state.value}")
    for person in bundle.people:
        person.note = canary("PERSON")
    return planted
