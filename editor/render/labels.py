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


_ARTICLE_SUFFIXES: tuple[tuple[str, str], ...] = (
    # the accusative article after "Über", by the end of the head noun (compounds too:
    # "Landesamt", "Handwerkskammer"); plurals first ("Stadtwerke" before "-werk")
    ("stadtwerke", "die"), ("werke", "die"), ("betriebe", "die"), ("kliniken", "die"),
    ("ministerium", "das"), ("institut", "das"), ("zentrum", "das"), ("unternehmen", "das"),
    ("amt", "das"), ("büro", "das"), ("klinikum", "das"), ("museum", "das"),
    ("theater", "das"), ("netzwerk", "das"), ("bündnis", "das"), ("gericht", "das"),
    ("hauptstadt", "die"), ("kammer", "die"), ("universität", "die"), ("hochschule", "die"),
    ("agentur", "die"), ("stiftung", "die"), ("gesellschaft", "die"), ("gemeinde", "die"),
    ("verwaltung", "die"), ("behörde", "die"), ("akademie", "die"), ("sparkasse", "die"),
    ("bibliothek", "die"), ("klinik", "die"), ("schule", "die"), ("initiative", "die"),
    ("kommission", "die"), ("polizei", "die"), ("feuerwehr", "die"),
    ("verband", "den"), ("verein", "den"), ("landkreis", "den"), ("konzern", "den"),
    ("verlag", "den"), ("senat", "den"), ("beirat", "den"), ("ausschuss", "den"),
)
_ARTICLE_WORDS = {"stadt": "die", "bund": "den", "kreis": "den", "rat": "den"}
"""Short nouns taken only as whole words ("Darmstadt" is a town, not "die Stadt")."""
_FEMININE_ENDINGS = ("ung", "schaft")
"""Every noun ending so is feminine ("Wirtschaftsförderung", "Genossenschaft")."""


def german_article(name: str) -> str:
    """The article "Über" needs before an organisation's name ("das" for "Amt für
    Strukturwandel", "die" for "Stadtwerke Cottbus", "den" for "Landkreis Oberhavel"),
    told by its head noun among the words before the first lowercase one; "" when no
    word is a known institution noun ("Siemens AG", "BASF SE", an abbreviation) or the
    name has its own article."""
    words = name.split()
    if not words or words[0].lower() in ("der", "die", "das", "den", "dem"):
        return ""
    for index, word in enumerate(words):
        if word[:1].islower():
            if word == "und" and index and words[index - 1].endswith("-"):
                continue  # "Industrie- und Handelskammer"
            break
        noun = word.strip(",()").lower()
        if noun in _ARTICLE_WORDS:
            return _ARTICLE_WORDS[noun]
        for suffix, article in _ARTICLE_SUFFIXES:
            if noun.endswith(suffix):
                return article
        if len(noun) >= 7 and noun.endswith(_FEMININE_ENDINGS):
            return "die"
    return ""


def about_heading(name: str, lang: str) -> str:
    """The boilerplate's heading: "Über das Amt für Strukturwandel", "About WFBB"."""
    words = labels(lang)
    if words is LABELS["de"]:
        article = german_article(name)
        name = f"{article} {name}" if article else name
    return words["about"].format(name=name)


def labels(lang: str) -> dict[str, str]:
    """The labels of a language; English for a language without its own."""
    base = lang.split("-")[0].split("_")[0]
    return LABELS.get(base, LABELS["en"])
