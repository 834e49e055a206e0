"""Approval (Freigabe) of quotes: send, approve, reject, and what an export shows unapproved.

The desktop app changes the item it edits (as undoable commands) with :func:`send`,
:func:`approve` and :func:`reject`; the command line changes stored items with
:class:`QuoteApprovals`. Both record the date and the archive user in
``Approval.history``. The rules of the round live in :func:`editor.core.quotes.step`:
a quote whose words changed after approval ("changed since approval") must be sent again
before it can be approved again, because the office approved other words.
"""

from __future__ import annotations

import copy
import json
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from editor.core.errors import ConflictError, NotFoundError, PressestelleError, ValidationError
from editor.core.model import ApprovalState, Bundle, PressItem, Quote
from editor.core.paths import data_dir
from editor.core.quotes import (
    APPROVAL_WORDS,
    STATUS_STEPS,
    ApprovalError,
    ApprovalStatus,
    approval_status,
    approval_word,
    shown_quotes,
    status_named,
    step,
    unapproved_quotes,
)
from editor.io.atomic import write_bytes_atomic

if TYPE_CHECKING:
    from editor.store import Archive

__all__ = [
    "APPROVAL_WORDS",
    "USER_SETTING",
    "ApprovalError",
    "ApprovalStatus",
    "QuoteApprovals",
    "UnapprovedQuote",
    "UserNameError",
    "approval_status",
    "approval_statuses_from",
    "approval_word",
    "approve",
    "current_user",
    "login_name",
    "reject",
    "send",
    "set_user_name",
    "stored_user_name",
    "unapproved_report",
]

USER_SETTING = "user_name"
"""Archive setting: a name for approval steps when the user set none of their own."""
EXCERPT_LENGTH = 60
"""Characters of the quote's words shown in a report line."""
SAVE_ATTEMPTS = 3


USER_FILE = "user.json"
"""The user's own name, in the user data folder (one per person, not per archive)."""
MAX_USER_NAME = 120
MAX_USER_FILE = 4096


class UserNameError(ValidationError):
    """The user name cannot be used; ``code`` lets a user interface word it."""

    def __init__(self, problem: str, code: str, **params: object) -> None:
        super().__init__("user_name", problem)
        self.field = "user_name"
        self.code = code
        self.params = params


def login_name() -> str:
    """The operating system's name of the user."""
    try:
        import getpass  # here: only the approval commands ask who the user is

        return getpass.getuser()
    except (KeyError, OSError):  # no user name in the environment or password database
        return os.environ.get("USERNAME", "") or "unknown"


def _user_file(folder: Path | None) -> Path:
    return (folder if folder is not None else data_dir()) / USER_FILE


def checked_user_name(name: str) -> str:
    """``name`` on one line; :class:`UserNameError` when it is too long."""
    flat = " ".join("".join(c if c.isprintable() else " " for c in name).split())
    if len(flat) > MAX_USER_NAME:
        raise UserNameError(f"a user name has at most {MAX_USER_NAME} characters; this one "
                            f"has {len(flat)}; nothing was saved", "user_name_too_long",
                            limit=MAX_USER_NAME, length=len(flat))
    return flat


def stored_user_name(folder: Path | None = None) -> str:
    """The name the user set ("" when none, or when the file cannot be read)."""
    path = _user_file(folder)
    try:
        with path.open("rb") as stream:
            raw = stream.read(MAX_USER_FILE + 1)
    except OSError:
        return ""
    if len(raw) > MAX_USER_FILE:
        return ""
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return ""
    name = data.get("name") if isinstance(data, dict) else None
    if not isinstance(name, str):
        return ""
    try:
        return checked_user_name(name)
    except UserNameError:
        return ""


def set_user_name(name: str, folder: Path | None = None) -> str:
    """Store the name recorded with this user's approval steps; "" goes back to the
    login name. Returns the name as stored."""
    flat = checked_user_name(name)
    path = _user_file(folder)
    if not flat:
        path.unlink(missing_ok=True)
        return ""
    path.parent.mkdir(parents=True, exist_ok=True)
    write_bytes_atomic(path, json.dumps({"name": flat}, ensure_ascii=False).encode("utf-8"))
    return flat


def current_user(archive: Archive | None = None, folder: Path | None = None) -> str:
    """The name recorded with an approval step: the name the user set (see
    :func:`set_user_name`), else the archive's setting, else the login name."""
    own = stored_user_name(folder)
    if own:
        return own
    if archive is not None:
        name = (archive.get_setting(USER_SETTING) or "").strip()
        if name:
            return name
    return login_name()


STORED_STATE: dict[ApprovalStatus, ApprovalState] = {
    ApprovalStatus.NOT_SENT: ApprovalState.DRAFTED,
    ApprovalStatus.SENT: ApprovalState.SENT,
    ApprovalStatus.APPROVED: ApprovalState.APPROVED,
    ApprovalStatus.CHANGED: ApprovalState.APPROVED,
    ApprovalStatus.REJECTED: ApprovalState.REJECTED,
}
"""The stored state behind each status ("changed since approval" is stored as approved;
the search index tells it by the quote's words)."""


def _folded_word(text: str) -> str:
    return " ".join(text.casefold().replace("_", " ").split())


def approval_statuses_from(text: str) -> list[ApprovalStatus]:
    """The statuses named in ``text`` (several with commas): the stored values
    ("drafted"), the statuses ("not_sent", "changed") or the words users see, German or
    English ("noch nicht versandt", "changed since approval"); case and spacing do not
    matter. "approved" is approved and not changed since, as the quote lists show it."""
    names: dict[str, ApprovalStatus] = {_folded_word(state.value): status_named(state.value)
                                        for state in ApprovalState}
    for status in ApprovalStatus:
        names[_folded_word(status.value)] = status
        for word in APPROVAL_WORDS[status]:
            names[_folded_word(word)] = status
    found: list[ApprovalStatus] = []
    for part in text.split(","):
        if not part.strip():
            continue
        named = names.get(_folded_word(part))
        if named is None:
            shown = ", ".join(f"{approval_word(status, 'en')!r}" for status in ApprovalStatus)
            raise PressestelleError(
                f"Unknown approval state {part.strip()!r}; use {shown} (or the German "
                f"words, or {', '.join(s.value for s in ApprovalState)}).")
        if named not in found:
            found.append(named)
    return found


def _targets(item: PressItem, quote_ids: list[str] | None) -> list[Quote]:
    if quote_ids is None:
        return shown_quotes(item)
    found = []
    for quote_id in quote_ids:
        try:
            found.append(item.quote(quote_id))
        except KeyError:
            raise ApprovalError(f"Item {item.id} has no quote {quote_id}.", "no_such_quote",
                                item=item.id, quote=quote_id) from None
    return found


def _steps(item: PressItem, quote_ids: list[str] | None, target: ApprovalState, *,
           user: str, at: datetime | None, to: str = "", by: str = "",
           note: str = "") -> list[str]:
    """Take one step for each quote; every quote is checked before any is changed."""
    quotes = _targets(item, quote_ids)
    if quote_ids is None:  # all quotes of the item: skip those the step does not fit
        quotes = [q for q in quotes if _fits(q, target)]
    trial = [copy.deepcopy(q) for q in quotes]
    for quote in trial:
        step(quote, target, user=user, at=at, to=to, by=by, note=note)
    for quote, changed in zip(quotes, trial, strict=True):
        quote.approval = changed.approval
    return [q.id for q in quotes]


def _fits(quote: Quote, target: ApprovalState) -> bool:
    return target in STATUS_STEPS[approval_status(quote)]


def send(item: PressItem, quote_ids: list[str] | None, *, to: str, user: str,
         at: datetime | None = None) -> list[str]:
    """Send quotes for approval to ``to``; ``None``: every shown quote that can be sent."""
    return _steps(item, quote_ids, ApprovalState.SENT, user=user, at=at, to=to)


def approve(item: PressItem, quote_ids: list[str] | None, *, by: str, user: str,
            at: datetime | None = None) -> list[str]:
    """Mark quotes approved by ``by``; ``None``: every shown quote sent for approval."""
    return _steps(item, quote_ids, ApprovalState.APPROVED, user=user, at=at, by=by)


def reject(item: PressItem, quote_ids: list[str] | None, *, reason: str, by: str, user: str,
           at: datetime | None = None) -> list[str]:
    """Mark quotes rejected by ``by`` for ``reason``; ``None``: every shown quote sent."""
    return _steps(item, quote_ids, ApprovalState.REJECTED, user=user, at=at, by=by,
                  note=reason)


@dataclass(frozen=True)
class UnapprovedQuote:
    """One quote an export would show although it is not approved."""

    item_id: str
    quote_id: str
    block_id: str
    """The first quote block showing it (to open it)."""
    speakers: str
    status: ApprovalStatus
    excerpt: str

    def line(self, lang: str = "en") -> str:
        """"Speakers: „excerpt…“ – status (item ID)" in one line."""
        who = self.speakers or ("ohne Sprecher" if lang == "de" else "no speaker")
        return (f"{who}: \"{self.excerpt}\" – {approval_word(self.status, lang)} "
                f"({self.item_id}, {self.quote_id})")


def _excerpt(text: str) -> str:
    flat = " ".join(text.split())
    if len(flat) <= EXCERPT_LENGTH:
        return flat
    return flat[:EXCERPT_LENGTH - 1].rstrip() + "…"


def unapproved_report(bundle: Bundle, item_ids: list[str], lang: str) -> list[UnapprovedQuote]:
    """The quotes an export of ``item_ids`` in ``lang`` shows unapproved, in item order."""
    names = {person.id: person.full_name_in(lang) for person in bundle.people}
    wanted = list(dict.fromkeys(item_ids))
    items = {item.id: item for item in bundle.items}
    report = []
    for item_id in wanted:
        item = items.get(item_id)
        if item is None:
            continue
        for quote in unapproved_quotes(item):
            block_id = next((b.id for b in item.blocks if b.quote_id == quote.id), "")
            speakers = ", ".join(names.get(s.person_id, s.person_id) for s in quote.speakers)
            report.append(UnapprovedQuote(
                item.id, quote.id, block_id, speakers, approval_status(quote),
                _excerpt(quote.text.text_or_any(lang))))
    return report


class QuoteApprovals:
    """Approval steps on stored items: load, change, save (a concurrent save is not lost)."""

    def __init__(self, archive: Archive) -> None:
        self._archive = archive

    def find(self, quote_id: str) -> tuple[PressItem, Quote]:
        """The stored item holding ``quote_id`` and the quote; NotFoundError if none does."""
        item_ids = self._archive.items_with_quote(quote_id)
        if not item_ids:
            raise NotFoundError(f"No quote {quote_id!r} is in the archive; `quotes search` "
                                f"shows quote ids.")
        if len(item_ids) > 1:
            raise PressestelleError(f"Quote id {quote_id!r} is used in {len(item_ids)} items "
                                    f"({', '.join(item_ids[:5])}); change it in one of them.")
        item = self._archive.load_item(item_ids[0])
        return item, item.quote(quote_id)

    def _change(self, quote_id: str, target: ApprovalState, *, user: str,
                at: datetime | None, to: str = "", by: str = "", note: str = "") -> None:
        for attempt in range(SAVE_ATTEMPTS):
            item, _quote = self.find(quote_id)
            try:
                _steps(item, [quote_id], target, user=user, at=at, to=to, by=by, note=note)
            except ValueError as error:
                raise PressestelleError(str(error)) from None
            try:
                self._archive.save_item(item, saved_by=user)
                return
            except ConflictError:  # saved by someone else meanwhile: take theirs, again
                if attempt == SAVE_ATTEMPTS - 1:
                    raise

    def send(self, quote_id: str, to: str, user: str, at: datetime | None = None) -> None:
        self._change(quote_id, ApprovalState.SENT, user=user, at=at, to=to)

    def approve(self, quote_id: str, by: str, user: str, at: datetime | None = None) -> None:
        self._change(quote_id, ApprovalState.APPROVED, user=user, at=at, by=by)

    def reject(self, quote_id: str, reason: str, by: str, user: str,
               at: datetime | None = None) -> None:
        self._change(quote_id, ApprovalState.REJECTED, user=user, at=at, by=by, note=reason)

