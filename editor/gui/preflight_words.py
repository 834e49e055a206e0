"""The export checks' findings in the words of the user interface.

The messages are those of :data:`editor.core.findings.MESSAGES`, marked here for
translation under the same codes and with the same ``{name}`` fields.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from editor.core.findings import MESSAGES, Finding, GenderPolicy, Place
from editor.core.model import LANGUAGES
from editor.core.quotes import ApprovalStatus
from editor.gui import labels

CONTEXT = "Preflight"

_TEXTS: dict[str, object] = {
    "headline_empty": QT_TRANSLATE_NOOP("Preflight", "The headline is empty."),
    "translation_missing": QT_TRANSLATE_NOOP("Preflight", "The {lang} text is missing."),
    "translation_stale": QT_TRANSLATE_NOOP(
        "Preflight", "The {lang} translation is older than the source text."),
    "quote_no_speaker": QT_TRANSLATE_NOOP("Preflight", "The quote has no speaker."),
    "embargo_before_issue": QT_TRANSLATE_NOOP(
        "Preflight", "The embargo ends on {embargo}, before the issue date {issued}."),
    "photo_missing": QT_TRANSLATE_NOOP(
        "Preflight", "Photo {photo} has no picture in the archive."),
    "quote_unapproved": QT_TRANSLATE_NOOP(
        "Preflight", "The quote of {speakers} is not approved ({status})."),
    "role_unknown": QT_TRANSLATE_NOOP(
        "Preflight", "The item has no date, so the role of {person} is not known and is "
        "left out."),
    "no_dateline": QT_TRANSLATE_NOOP(
        "Preflight", "The item has neither a date nor places, so its lead has no dateline."),
    "headline_long": QT_TRANSLATE_NOOP(
        "Preflight", "The headline has {count} characters; agencies take about {limit}."),
    "subheadline_long": QT_TRANSLATE_NOOP(
        "Preflight", "The subheadline has {count} characters; agencies take about "
        "{limit}."),
    "release_long": QT_TRANSLATE_NOOP(
        "Preflight", "The text has {count} characters; a release should stay under "
        "{limit}."),
    "quotes_many": QT_TRANSLATE_NOOP(
        "Preflight", "The item has {count} quotes; agencies print {limit} at most."),
    "opens_with_quote": QT_TRANSLATE_NOOP(
        "Preflight", "The text opens with a quote; agencies want the news first."),
    "verb_repeated": QT_TRANSLATE_NOOP(
        "Preflight", "The attribution verb “{verb}” is used {count} times."),
    "gender_policy": QT_TRANSLATE_NOOP(
        "Preflight", "“{word}” does not follow the archive's gender-language policy "
        "({policy}): write “{suggestion}”."),
}

_POLICIES: dict[GenderPolicy, object] = {
    GenderPolicy.NONE: QT_TRANSLATE_NOOP("Preflight", "No policy"),
    GenderPolicy.PAARFORM: QT_TRANSLATE_NOOP("Preflight", "Paarform (Bürgerinnen und Bürger)"),
    GenderPolicy.DOPPELPUNKT: QT_TRANSLATE_NOOP("Preflight", "Doppelpunkt (Bürger:innen)"),
    GenderPolicy.STERNCHEN: QT_TRANSLATE_NOOP("Preflight", "Sternchen (Bürger*innen)"),
}

_FIELDS: dict[str, object] = {
    "kicker": QT_TRANSLATE_NOOP("Preflight", "Kicker"),
    "headline": QT_TRANSLATE_NOOP("Preflight", "Headline"),
    "subheadline": QT_TRANSLATE_NOOP("Preflight", "Subheadline"),
    "embargo": QT_TRANSLATE_NOOP("Preflight", "Embargo"),
    "issue_date": QT_TRANSLATE_NOOP("Preflight", "Issue date"),
    "event": QT_TRANSLATE_NOOP("Preflight", "Event"),
}

_PLACES: dict[str, object] = {
    "quote": QT_TRANSLATE_NOOP("Preflight", "Quote in block %1"),
    "photo": QT_TRANSLATE_NOOP("Preflight", "Photo in block %1"),
    "block": QT_TRANSLATE_NOOP("Preflight", "Block %1"),
    "item": QT_TRANSLATE_NOOP("Preflight", "Whole text"),
    "no_speaker": QT_TRANSLATE_NOOP("Preflight", "(no speaker)"),
}


TEXTS = {code: str(text) for code, text in _TEXTS.items()}
"""The English message of each finding code, as :data:`MESSAGES` has it."""
POLICIES = {policy: str(text) for policy, text in _POLICIES.items()}
FIELDS = {name: str(text) for name, text in _FIELDS.items()}
PLACES = {name: str(text) for name, text in _PLACES.items()}
"""(QT_TRANSLATE_NOOP marks the texts for translation; it returns them unchanged.)"""


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def policy_name(policy: GenderPolicy) -> str:
    return _tr(POLICIES[policy])


def message(found: Finding) -> str:
    """The finding's message in the UI's language."""
    values = found.values
    if values.get("lang") in LANGUAGES:
        values["lang"] = labels.language(values["lang"])
    if found.code == "quote_unapproved" and "state" in values:
        with contextlib.suppress(ValueError):
            values["status"] = labels.approval_status(ApprovalStatus(values["state"]))
    if values.get("speakers") == "(no speaker)":
        values["speakers"] = _tr(PLACES["no_speaker"])
    template = _tr(TEXTS[found.code]) if found.code in TEXTS else MESSAGES[found.code]
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):  # a translation with a broken field
        return MESSAGES[found.code].format(**found.values)


def place(where: Place, number: int | None = None) -> str:
    """ "Headline (English)", "Block 3 (German)", "Quote in block 2" …; ``number``: the
    block's position, counted from 1."""
    if where.field:
        text = _tr(FIELDS[where.field]) if where.field in FIELDS else where.field
    elif where.block_id and number:
        kind = "quote" if where.quote_id else "photo" if where.photo_id else "block"
        text = _tr(PLACES[kind]).replace("%1", str(number))
    else:
        text = _tr(PLACES["item"])
    if where.lang:
        name = labels.language(where.lang) if where.lang in LANGUAGES else where.lang
        text = f"{text} ({name})"
    return text
