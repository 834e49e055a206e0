"""Fixed words of an export in each language ("Pressekontakt", "About …")."""

from __future__ import annotations

import re

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
        "corrected": "Korrigierte Fassung vom {date}",
        "photos": "Fotos",
        "credit": "© {credit}",
        "stale": "[Übersetzung veraltet]",
        "missing": "[Übersetzung fehlt]",
        "text_missing": "[Text fehlt]",
        "photo_missing": "[Bild fehlt]",
        "draft": "ENTWURF – zur Freigabe, nicht zur Veröffentlichung",
        "topics": "Themen",
        "event": "Veranstaltung",
        "date": "Datum",
        "place": "Ort",
        "online": "Online",
        "organisers": "Veranstalter",
        "participants": "Teilnehmende",
        "attendance_about": "rund {n}",
        "attendance_more_than": "mehr als {n}",
        "attendance_up_to": "bis zu {n}",
        "speakers": "Referentinnen und Referenten",
        "phone": "Tel.",
        "email": "E-Mail",
        "web": "Web",
        "end": "",
        "page": "Seite",
        "dossier": "Zitat-Dossier",
        "quote_count": "{n} Zitate",
        "quote_count_one": "1 Zitat",
        "no_role": "Ohne bekannte Funktion",
        "approval_on": "{state} am {date}",
        "together_with": "gemeinsam mit {names}",
        "source": "in „{headline}“ vom {date}",
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
        "corrected": "Corrected version of {date}",
        "photos": "Photos",
        "credit": "© {credit}",
        "stale": "[translation outdated]",
        "missing": "[translation missing]",
        "text_missing": "[text missing]",
        "photo_missing": "[image missing]",
        "draft": "DRAFT – for approval, not for publication",
        "topics": "Topics",
        "event": "Event",
        "date": "Date",
        "place": "Venue",
        "online": "Online",
        "organisers": "Organisers",
        "participants": "Participants",
        "attendance_about": "about {n}",
        "attendance_more_than": "more than {n}",
        "attendance_up_to": "up to {n}",
        "speakers": "Speakers",
        "phone": "Tel.",
        "email": "Email",
        "web": "Web",
        "end": "###",
        "page": "Page",
        "dossier": "Quote dossier",
        "quote_count": "{n} quotes",
        "quote_count_one": "1 quote",
        "no_role": "No known role",
        "approval_on": "{state} on {date}",
        "together_with": "together with {names}",
        "source": "in “{headline}” of {date}",
    },
}

DEFAULT_VERBS: dict[str, tuple[str, str]] = {
    "de": ("sagte", "sagten"),
    "en": ("said", "said"),
}
"""Attribution verb per language when a quote names none: (one speaker, several)."""


_CREDIT_MARKS = re.compile(r"^\s*(?:(?:©|\(c\)|copyright\b)[\s:]*)+", re.IGNORECASE)


def credit_line(credit: str, lang: str) -> str:
    """ "© Rainer Weisflog", whether or not the credit was typed with its own "©"."""
    name = _CREDIT_MARKS.sub("", credit).strip()
    return labels(lang)["credit"].format(credit=name) if name else ""


def labels(lang: str) -> dict[str, str]:
    """The labels of a language; English for a language without its own."""
    base = lang.split("-")[0].split("_")[0]
    return LABELS.get(base, LABELS["en"])
