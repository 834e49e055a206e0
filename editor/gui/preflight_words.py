"""The export checks' findings in the words of the user interface."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QCoreApplication

from editor.core.findings import MESSAGES, Finding, GenderPolicy, Place
from editor.core.model import LANGUAGES
from editor.core.quotes import ApprovalStatus
from editor.gui import labels


def _tr(text: str) -> str:
    return QCoreApplication.translate("Preflight", text)


def _messages() -> dict[str, str]:
    """Each finding code's message; the same ``{name}`` fields as ``MESSAGES``."""
    return {
        "headline_empty": _tr("The headline is empty."),
        "translation_missing": _tr("The {lang} text is missing."),
        "translation_stale": _tr("The {lang} translation is older than the source text."),
        "quote_no_speaker": _tr("The quote has no speaker."),
        "embargo_before_issue": _tr(
            "The embargo ends on {embargo}, before the issue date {issued}."),
        "photo_missing": _tr("Photo {photo} has no picture in the archive."),
        "quote_unapproved": _tr("The quote of {speakers} is not approved ({status})."),
        "role_unknown": _tr(
            "The item has no date, so the role of {person} is not known and is left out."),
        "no_dateline": _tr(
            "The item has neither a date nor places, so its lead has no dateline."),
        "headline_long": _tr(
            "The headline has {count} characters; agencies take about {limit}."),
        "subheadline_long": _tr(
            "The subheadline has {count} characters; agencies take about {limit}."),
        "release_long": _tr(
            "The text has {count} characters; a release should stay under {limit}."),
        "quotes_many": _tr("The item has {count} quotes; agencies print {limit} at most."),
        "opens_with_quote": _tr(
            "The text opens with a quote; agencies want the news first."),
        "verb_repeated": _tr("The attribution verb “{verb}” is used {count} times."),
        "gender_policy": _tr(
            "“{word}” does not follow the archive's gender-language policy ({policy}): "
            "write “{suggestion}”."),
    }


def policy_name(policy: GenderPolicy) -> str:
    return {
        GenderPolicy.NONE: _tr("No policy"),
        GenderPolicy.PAARFORM: _tr("Paarform (Bürgerinnen und Bürger)"),
        GenderPolicy.DOPPELPUNKT: _tr("Doppelpunkt (Bürger:innen)"),
        GenderPolicy.STERNCHEN: _tr("Sternchen (Bürger*innen)"),
    }[policy]


def message(found: Finding) -> str:
    """The finding's message in the UI's language."""
    values = found.values
    if "lang" in values and values["lang"] in LANGUAGES:
        values["lang"] = labels.language(values["lang"])
    if found.code == "quote_unapproved" and "state" in values:
        with contextlib.suppress(ValueError):
            values["status"] = labels.approval_status(ApprovalStatus(values["state"]))
    if values.get("speakers") == "(no speaker)":
        values["speakers"] = _tr("(no speaker)")
    template = _messages().get(found.code, MESSAGES.get(found.code, found.code))
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):  # a translation with a broken field
        return MESSAGES[found.code].format(**found.values)


def place(where: Place, number: int | None = None) -> str:
    """ "Headline (English)", "Block 3 (German)", "Quote in block 2" …; ``number``: the
    block's position, counted from 1."""
    fields = {
        "kicker": _tr("Kicker"),
        "headline": _tr("Headline"),
        "subheadline": _tr("Subheadline"),
        "embargo": _tr("Embargo"),
        "issue_date": _tr("Issue date"),
        "event": _tr("Event"),
    }
    if where.field:
        text = fields.get(where.field, where.field)
    elif where.quote_id:
        text = _tr("Quote in block %1") if number else _tr("Quote")
    elif where.photo_id:
        text = _tr("Photo in block %1") if number else _tr("Photo")
    elif where.block_id:
        text = _tr("Block %1") if number else _tr("Block")
    else:
        text = _tr("Whole text")
    text = text.replace("%1", str(number or ""))
    if where.lang:
        name = labels.language(where.lang) if where.lang in LANGUAGES else where.lang
        text = f"{text} ({name})"
    return text
