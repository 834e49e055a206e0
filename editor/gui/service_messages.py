"""The services' problems in the UI's language.

The Qt-free layers raise errors with a ``code`` and its ``params`` (see
:class:`editor.services.directory.DirectoryError` and
:class:`editor.core.quotes.ApprovalError`); here each code has its translatable wording.
An error without a known code keeps its own (English) message.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication

from editor.core.errors import ValidationError
from editor.core.model import ApprovalState
from editor.core.quotes import ApprovalStatus
from editor.gui import labels
from editor.gui.fields import display_date

translate = QCoreApplication.translate


def _day(value: Any, open_word: Callable[[], str]) -> str:
    return display_date(value) if isinstance(value, date) else open_word()


def _from(value: Any) -> str:
    return _day(value, lambda: translate("ServiceMessages", "open start"))


def _until(value: Any) -> str:
    return _day(value, lambda: translate("ServiceMessages", "open end"))


def _span(start: Any, end: Any) -> str:
    return f"{_from(start)} – {_until(end)}"


def _step_words(step: Any) -> str:
    """"be sent for approval" as the end of "… and cannot %2"."""
    return {
        ApprovalState.SENT: translate("ServiceMessages", "be sent for approval"),
        ApprovalState.APPROVED: translate("ServiceMessages", "be approved"),
        ApprovalState.REJECTED: translate("ServiceMessages", "be rejected"),
    }.get(step, str(step))


def _hint(status: Any) -> str:
    return {
        ApprovalStatus.NOT_SENT: translate(
            "ServiceMessages", "Send it for approval first."),
        ApprovalStatus.SENT: translate(
            "ServiceMessages", "Approve or reject it first."),
        ApprovalStatus.APPROVED: translate(
            "ServiceMessages", "Change its words first, then send it again."),
        ApprovalStatus.CHANGED: translate(
            "ServiceMessages", "Send the new words for approval again first."),
        ApprovalStatus.REJECTED: translate(
            "ServiceMessages", "Send it for approval again first."),
    }.get(status, "")


def _status(value: Any) -> str:
    return labels.approval_status(value) if isinstance(value, ApprovalStatus) else str(value)


def _text(p: dict[str, Any], key: str) -> str:
    return str(p.get(key, ""))


def _outcome(p: dict[str, Any]) -> str:
    """What became of the data, in the UI language (the store says it in English)."""
    outcome = _text(p, "outcome")
    return {
        "Nothing was saved.": translate("ServiceMessages", "Nothing was saved."),
        "Nothing was changed.": translate("ServiceMessages", "Nothing was changed."),
        "It was left unchanged.": translate("ServiceMessages", "It was left unchanged."),
        "Nothing was created.": translate("ServiceMessages", "Nothing was created."),
    }.get(outcome, outcome)


def _server(text: str, p: dict[str, Any]) -> str:
    """A server failure: our words, what became of the data, then the server's own words
    (they come in the server's language) marked as such."""
    said = _text(p, "reason")
    worded = f"{text.replace('%1', _text(p, 'name'))} {_outcome(p)}".strip()
    if not said:
        return worded
    return worded + "\n" + translate("ServiceMessages", "The server’s message: %1").replace(
        "%1", said)


def _wordings() -> dict[str, Callable[[dict[str, Any]], str]]:
    """Code → the message in the UI language, made from the error's params."""
    return {
        # the directory
        "invalid": lambda p: translate(
            "ServiceMessages", "This value is not accepted (%1). Nothing was saved.")
        .replace("%1", _text(p, "detail")),
        "unknown_language": lambda p: translate(
            "ServiceMessages",
            "“%1” is not a language of the application (%2). Nothing was saved.")
        .replace("%1", _text(p, "lang")).replace("%2", _text(p, "languages")),
        "family_name_missing": lambda p: translate(
            "ServiceMessages", "A person needs a family name. Nothing was saved."),
        "gender_invalid": lambda p: translate(
            "ServiceMessages", "Choose the gender from the list. Nothing was saved."),
        "id_taken": lambda p: translate(
            "ServiceMessages", "The id “%1” is already in use. Nothing was saved.")
        .replace("%1", _text(p, "id")),
        "person_missing": lambda p: translate(
            "ServiceMessages", "This person is no longer in the archive. Nothing was saved."),
        "organisation_missing": lambda p: translate(
            "ServiceMessages",
            "This organisation is no longer in the archive. Nothing was saved."),
        "role_ends_before_start": lambda p: translate(
            "ServiceMessages", "The role ends (%1) before it starts (%2). Nothing was saved.")
        .replace("%1", _until(p.get("valid_until"))).replace("%2", _from(p.get("valid_from"))),
        "role_overlap": lambda p: translate(
            "ServiceMessages",
            "The role (%1) overlaps the person’s role “%2” at the same organisation (%3). "
            "End that role first or let this one start later. Nothing was saved.")
        .replace("%1", _span(p.get("valid_from"), p.get("valid_until")))
        .replace("%2", _text(p, "other"))
        .replace("%3", _span(p.get("other_from"), p.get("other_until"))),
        "quote_outside_role": lambda p: translate(
            "ServiceMessages",
            "A quote said on %1 stores this role, and that day lies outside %2. Old quotes "
            "keep their role, so add a new role instead. Nothing was saved.")
        .replace("%1", _from(p.get("said_on")))
        .replace("%2", _span(p.get("valid_from"), p.get("valid_until"))),
        "end_previous_needs_start": lambda p: translate(
            "ServiceMessages",
            "To end the previous role, give the day the new one begins. Nothing was saved."),
        "role_other_person": lambda p: translate(
            "ServiceMessages",
            "A role stays with its person; give the other person a role of their own. "
            "Nothing was saved."),
        "short_name_missing": lambda p: translate(
            "ServiceMessages",
            "An organisation needs a short name (“WFBB”). Nothing was saved."),
        "short_name_taken": lambda p: translate(
            "ServiceMessages", "“%1” is already the short name of %2. Nothing was saved.")
        .replace("%1", _text(p, "short_name")).replace("%2", _text(p, "other")),
        "logo_not_image": lambda p: translate(
            "ServiceMessages",
            "The logo is not an image in the archive; choose an image file. "
            "Nothing was saved."),
        "logo_unusable": lambda p: translate(
            "ServiceMessages", "%1 cannot be the logo: %2. Nothing was saved.")
        .replace("%1", _text(p, "name") or translate("ServiceMessages", "The image"))
        .replace("%2", _text(p, "detail")),
        "logo_unreadable": lambda p: translate(
            "ServiceMessages", "%1 cannot be read (%2). Nothing was saved.")
        .replace("%1", _text(p, "name")).replace("%2", _text(p, "detail")),
        "contact_name_missing": lambda p: translate(
            "ServiceMessages", "A press contact needs a name. Nothing was saved."),
        "merge_self": lambda p: translate(
            "ServiceMessages", "A person cannot be merged with itself."),
        # approval
        "step_not_allowed": lambda p: translate(
            "ServiceMessages", "The quote is %1 and cannot %2. %3")
        .replace("%1", _status(p.get("status"))).replace("%2", _step_words(p.get("step")))
        .replace("%3", _hint(p.get("status"))).strip(),
        "recipient_missing": lambda p: translate(
            "ServiceMessages",
            "Say to whom the quote is sent (for example the speaker’s press office)."),
        "decider_missing": lambda p: (
            translate("ServiceMessages",
                      "Say who approved the quote (for example the speaker’s press office).")
            if p.get("step") == ApprovalState.APPROVED else
            translate("ServiceMessages",
                      "Say who rejected the quote (for example the speaker’s press office).")),
        "reason_missing": lambda p: translate(
            "ServiceMessages", "Give the reason the quote was rejected."),
        "no_such_quote": lambda p: translate(
            "ServiceMessages", "The quote is no longer in this item."),
        # the database server of a team archive
        "server_unreachable": lambda p: _server(translate(
            "ServiceMessages",
            "The database server of the archive %1 cannot be reached, or the connection "
            "to it was lost."), p),
        "server_login": lambda p: _server(translate(
            "ServiceMessages",
            "The database server of the archive %1 refused the login: the user name or "
            "the password was not accepted."), p),
        "server_no_database": lambda p: _server(translate(
            "ServiceMessages",
            "The database named in the address %1 does not exist on the server."), p),
        "server_full": lambda p: _server(translate(
            "ServiceMessages", "The database server of the archive %1 has no room left."), p),
        "server_read_only": lambda p: _server(translate(
            "ServiceMessages",
            "The database server of the archive %1 does not let this user make changes."),
            p),
        "server_busy": lambda p: _server(translate(
            "ServiceMessages",
            "The archive %1 is busy: a colleague’s change holds it."), p),
        "server_damaged": lambda p: _server(translate(
            "ServiceMessages",
            "The database server reports damaged data in the archive %1."), p),
        "server_disk": lambda p: _server(translate(
            "ServiceMessages",
            "The database server of the archive %1 reported a disk error."), p),
        "server_other": lambda p: _server(translate(
            "ServiceMessages",
            "The database server of the archive %1 reported a problem."), p),
        # settings
        "user_name_too_long": lambda p: translate(
            "ServiceMessages", "A name has at most %1 characters; this one has %2.")
        .replace("%1", _text(p, "limit")).replace("%2", _text(p, "length")),
    }


def worded(exc: BaseException) -> str:
    """The problem of ``exc`` in the UI language; its own message when it has no code."""
    code = getattr(exc, "code", "")
    params = getattr(exc, "params", None) or {}
    wording = _wordings().get(code) if isinstance(code, str) and code else None
    if wording is not None:
        try:
            return wording(params)
        except (KeyError, TypeError, ValueError):  # a code raised without its params
            pass
    if isinstance(exc, ValidationError) and getattr(exc, "field", None) is not None:
        return exc.problem
    return str(exc)
