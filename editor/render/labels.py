"""Fixed words of an export in each language ("Pressekontakt", "About …")."""

from __future__ import annotations

LABELS: dict[str, dict[str, str]] = {
    "de": {
        "language": "Deutsch",
        "release": "Pressemitteilung",
        "event_report": "Veranstaltungsbericht",
        "statement": "Stellungnahme",
        "about": "Über {name}",
        "contact": "Pressekontakt",
        "embargo": "Sperrfrist: {when}",
        "immediate": "Zur sofortigen Veröffentlichung",
        "photos": "Fotos",
        "credit": "© {credit}",
        "stale": "[Übersetzung veraltet]",
        "missing": "[Übersetzung fehlt]",
        "photo_missing": "[Bild nicht gefunden: {path}]",
        "topics": "Themen",
        "event": "Veranstaltung",
        "date": "Datum",
        "place": "Ort",
        "online": "Online",
        "organisers": "Veranstalter",
        "participants": "Teilnehmende",
        "speakers": "Referentinnen und Referenten",
        "phone": "Tel.",
        "email": "E-Mail",
        "web": "Web",
        "end": "",
        "page": "Seite",
    },
    "en": {
        "language": "English",
        "release": "Press release",
        "event_report": "Event report",
        "statement": "Statement",
        "about": "About {name}",
        "contact": "Media contact",
        "embargo": "EMBARGOED UNTIL {when}",
        "immediate": "FOR IMMEDIATE RELEASE",
        "photos": "Photos",
        "credit": "© {credit}",
        "stale": "[translation outdated]",
        "missing": "[translation missing]",
        "photo_missing": "[image not found: {path}]",
        "topics": "Topics",
        "event": "Event",
        "date": "Date",
        "place": "Venue",
        "online": "Online",
        "organisers": "Organisers",
        "participants": "Participants",
        "speakers": "Speakers",
        "phone": "Tel.",
        "email": "Email",
        "web": "Web",
        "end": "###",
        "page": "Page",
    },
}

DEFAULT_VERBS: dict[str, tuple[str, str]] = {
    "de": ("sagte", "sagten"),
    "en": ("said", "said"),
}
"""Attribution verb per language when a quote names none: (one speaker, several)."""


def labels(lang: str) -> dict[str, str]:
    """The labels of a language; English for a language without its own."""
    base = lang.split("-")[0].split("_")[0]
    return LABELS.get(base, LABELS["en"])
