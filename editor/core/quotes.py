"""Quotes beyond their attribution: the approval round (Freigabe) and reuse in new items.

Approval states move only along this path::

    drafted ──send──▶ sent ──approve──▶ approved
       ▲                 └───reject───▶ rejected
       └──── redraft ◀──────────────────────┘
       └──── reopen (explicitly) ◀── approved

An impossible step raises :class:`ValueError` with a message a user can read. Every step
is recorded in ``Approval.history`` (state, when, the archive user, who decided, a note).

What a user sees is the derived :class:`ApprovalStatus`: an approved quote whose text or
speakers changed since (the fingerprints no longer match ``Approval.basis`` and
``Approval.speakers``) is "changed since approval". Such a quote must be sent again
before it can be approved again: the office approved other words, or for other people.
:func:`step` takes a status-level step (send, approve, reject) from any state where it
makes sense, e.g. sending a rejected or changed quote again.
"""

from __future__ import annotations

import copy
import enum
from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime
from typing import Any

from editor.core.model import (
    Approval,
    ApprovalEvent,
    ApprovalState,
    BlockKind,
    PressItem,
    Quote,
    fingerprint,
    new_id,
)


class ApprovalStatus(enum.StrEnum):
    """A quote's approval as the user sees it; derived from :class:`Approval`, never stored."""

    NOT_SENT = "not_sent"
    SENT = "sent"
    APPROVED = "approved"
    CHANGED = "changed"
    """Approved, but a text or a speaker changed since (or a language was added)."""
    REJECTED = "rejected"


class ApprovalError(ValueError):
    """An approval step that is not possible; ``code`` and ``params`` let a user interface
    word it in its own language (``str()`` is the English wording)."""

    def __init__(self, message: str, code: str = "", **params: object) -> None:
        super().__init__(message)
        self.code = code
        self.params = params


APPROVAL_WORDS: dict[ApprovalStatus, tuple[str, str]] = {
    ApprovalStatus.NOT_SENT: ("noch nicht versandt", "not yet sent"),
    ApprovalStatus.SENT: ("zur Freigabe versandt", "sent for approval"),
    ApprovalStatus.APPROVED: ("freigegeben", "approved"),
    ApprovalStatus.CHANGED: ("seit Freigabe geändert", "changed since approval"),
    ApprovalStatus.REJECTED: ("abgelehnt", "rejected"),
}
"""The one wording of the approval states, (German, English); the UI says the same."""


def approval_word(status: ApprovalStatus, lang: str = "en") -> str:
    """The state in the user's words, German for "de", else English."""
    german, english = APPROVAL_WORDS[status]
    return german if lang == "de" else english


def text_basis(quote: Quote) -> dict[str, str]:
    """The fingerprint of every non-empty text of the quote, per language."""
    return {lang: fingerprint(text) for lang, text in quote.text.text.items() if text.strip()}


def speakers_basis(quote: Quote) -> str:
    """The fingerprint of the persons who speak the quote; their order and roles do not
    count. An approval is given by people for words: an added, replaced or removed
    speaker changes what was approved, as other words do."""
    return fingerprint(" ".join(sorted({s.person_id for s in quote.speakers})))


def changed_since_approval(quote: Quote) -> bool:
    """True when the words or the speakers differ from what was approved.

    An approval without a recorded basis (older files) never counts as changed; one
    recorded before the speakers were part of it is compared by its texts only.
    """
    approval = quote.approval
    if approval.basis and approval.basis != text_basis(quote):
        return True
    return bool(approval.speakers) and approval.speakers != speakers_basis(quote)


def stored_status(approval: Mapping[str, Any], texts: Mapping[str, str],
                  person_ids: Iterable[str]) -> ApprovalStatus:
    """The derived status of a stored quote, from its approval as stored (codec values:
    ``state``, ``basis``, ``speakers``), its texts per language and its speakers' person
    ids: what :func:`approval_status` says of the quote itself, without building it (the
    search index and its hits read stored rows)."""
    state = approval.get("state")
    if state != ApprovalState.APPROVED.value:
        return STATUS_OF_STORED.get(str(state), ApprovalStatus.NOT_SENT)
    basis = approval.get("basis")
    if basis and basis != {lang: fingerprint(text) for lang, text in texts.items()
                           if isinstance(text, str) and text.strip()}:
        return ApprovalStatus.CHANGED
    speakers = approval.get("speakers")
    if speakers and speakers != fingerprint(" ".join(sorted(set(person_ids)))):
        return ApprovalStatus.CHANGED
    return ApprovalStatus.APPROVED


STATUS_OF_STORED: dict[str, ApprovalStatus] = {
    ApprovalState.DRAFTED.value: ApprovalStatus.NOT_SENT,
    ApprovalState.SENT.value: ApprovalStatus.SENT,
    ApprovalState.APPROVED.value: ApprovalStatus.APPROVED,
    ApprovalState.REJECTED.value: ApprovalStatus.REJECTED,
}
"""The status of each stored state, before the words are compared with the approval's."""


def status_named(value: str) -> ApprovalStatus:
    """The status a search filter names: a status ("not_sent", "changed") or a stored
    state ("drafted"); :class:`ValueError` for anything else."""
    found = STATUS_OF_STORED.get(str(value))
    return found if found is not None else ApprovalStatus(value)


def approval_status(quote: Quote) -> ApprovalStatus:
    """The derived status; an approval without a recorded basis (older files) stays approved."""
    state = quote.approval.state
    if state == ApprovalState.DRAFTED:
        return ApprovalStatus.NOT_SENT
    if state == ApprovalState.SENT:
        return ApprovalStatus.SENT
    if state == ApprovalState.REJECTED:
        return ApprovalStatus.REJECTED
    if changed_since_approval(quote):
        return ApprovalStatus.CHANGED
    return ApprovalStatus.APPROVED


STATUS_STEPS: dict[ApprovalStatus, frozenset[ApprovalState]] = {
    ApprovalStatus.NOT_SENT: frozenset({ApprovalState.SENT}),
    ApprovalStatus.SENT: frozenset({ApprovalState.APPROVED, ApprovalState.REJECTED}),
    ApprovalStatus.REJECTED: frozenset({ApprovalState.SENT}),
    ApprovalStatus.CHANGED: frozenset({ApprovalState.SENT}),
    ApprovalStatus.APPROVED: frozenset(),
}
"""Which step a user may take from each status (see :func:`step`)."""

_STEP_NAMES = {
    ApprovalState.SENT: "sent for approval",
    ApprovalState.APPROVED: "approved",
    ApprovalState.REJECTED: "rejected",
}

APPROVAL_STEPS: dict[ApprovalState, frozenset[ApprovalState]] = {
    ApprovalState.DRAFTED: frozenset({ApprovalState.SENT}),
    ApprovalState.SENT: frozenset({ApprovalState.APPROVED, ApprovalState.REJECTED}),
    ApprovalState.REJECTED: frozenset({ApprovalState.DRAFTED}),
    ApprovalState.APPROVED: frozenset(),
}
"""Which approval state may follow which; approved → drafted needs :func:`reopen`."""

STATE_NAMES: dict[ApprovalState, str] = {
    ApprovalState.DRAFTED: approval_word(ApprovalStatus.NOT_SENT),
    ApprovalState.SENT: approval_word(ApprovalStatus.SENT),
    ApprovalState.APPROVED: approval_word(ApprovalStatus.APPROVED),
    ApprovalState.REJECTED: approval_word(ApprovalStatus.REJECTED),
}
"""The stored state in the one wording (English), for messages."""


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _recorded(quote: Quote, approval: Approval, *, user: str, at: datetime | None,
              by: str = "", note: str = "") -> None:
    """Give ``quote`` the new ``approval``, its history carried on with this step added."""
    previous = quote.approval
    approval.history = [*previous.history, ApprovalEvent(
        approval.state, at or _now(), user.strip(), by.strip(), note.strip())]
    if approval.state != ApprovalState.DRAFTED:
        approval.sent_to = approval.sent_to or previous.sent_to
        approval.sent_at = approval.sent_at or previous.sent_at
    quote.approval = approval


def step(quote: Quote, target: ApprovalState, *, user: str, at: datetime | None = None,
         to: str = "", by: str = "", note: str = "") -> None:
    """Send, approve or reject ``quote`` as a user does; impossible steps raise ValueError.

    Sending works from "not yet sent", "rejected" and "changed since approval" and needs
    ``to``; approving and rejecting work from "sent for approval" and need ``by``;
    rejecting also needs the reason (``note``). Approving records the text fingerprints
    and of the speakers (``Approval.basis``, ``Approval.speakers``) so a later change of the
    words or of who speaks them shows.
    """
    if target not in _STEP_NAMES:
        raise ValueError(f"{target.value!r} is not a step of the approval round.")
    status = approval_status(quote)
    if target not in STATUS_STEPS[status]:
        hint = {
            ApprovalStatus.NOT_SENT: " Send it for approval first.",
            ApprovalStatus.SENT: " Approve or reject it first.",
            ApprovalStatus.APPROVED: " Change its words first, then send it again.",
            ApprovalStatus.CHANGED: " Send the new words for approval again first.",
            ApprovalStatus.REJECTED: " Send it for approval again first.",
        }[status]
        raise ApprovalError(
            f"Quote {quote.id} is {approval_word(status)} and cannot be "
            f"{_STEP_NAMES[target]}.{hint}", "step_not_allowed", quote=quote.id,
            status=status, step=target)
    when = at or _now()
    old = quote.approval
    if target == ApprovalState.SENT:
        if not to.strip():
            raise ApprovalError(f"Say to whom quote {quote.id} is sent (for example the "
                                f"speaker's press office).", "recipient_missing",
                                quote=quote.id)
        new = Approval(ApprovalState.SENT, comment=old.comment, sent_to=to.strip(),
                       sent_at=when)
        _recorded(quote, new, user=user, at=when, note=to)
        return
    word = "approved" if target == ApprovalState.APPROVED else "rejected"
    if not by.strip():
        raise ApprovalError(f"Say who {word} quote {quote.id} (for example the speaker's "
                            f"press office).", "decider_missing", quote=quote.id,
                            step=target)
    if target == ApprovalState.REJECTED and not note.strip():
        raise ApprovalError(f"Give the reason quote {quote.id} was rejected.",
                            "reason_missing", quote=quote.id)
    approved = target == ApprovalState.APPROVED
    new = Approval(target, by=by.strip(), at=when, comment=old.comment,
                   basis=text_basis(quote) if approved else {},
                   speakers=speakers_basis(quote) if approved else "")
    _recorded(quote, new, user=user, at=when, by=by, note=note)


def last_recipient(quote: Quote) -> str:
    """To whom the quote was last sent for approval ("" when never): the recorded
    recipient, else the latest sending in its history (a quote drafted again keeps that)."""
    if quote.approval.sent_to.strip():
        return quote.approval.sent_to.strip()
    for event in reversed(quote.approval.history):
        if event.state == ApprovalState.SENT and event.note.strip():
            return event.note.strip()
    return ""


def can_change_approval(quote: Quote, new: ApprovalState) -> bool:
    """True when ``new`` may follow the quote's current state (re-opening excluded)."""
    return new in APPROVAL_STEPS[quote.approval.state]


def change_approval(
    quote: Quote,
    new: ApprovalState,
    *,
    by: str = "",
    at: datetime | None = None,
    comment: str | None = None,
    user: str = "",
) -> None:
    """Move ``quote`` to approval state ``new``; an impossible step raises ValueError.

    Approving or rejecting records who decided (``by``, required) and when (``at``,
    default now, naive UTC). Going back to drafted forgets the decision.
    """
    current = quote.approval.state
    if new == current:
        return
    if new not in APPROVAL_STEPS[current]:
        hint = ""
        if current == ApprovalState.APPROVED and new == ApprovalState.DRAFTED:
            hint = " Re-open it explicitly to change an approved quote."
        elif current == ApprovalState.DRAFTED:
            hint = " Send it for approval first."
        elif current == ApprovalState.REJECTED:
            hint = " Redraft it and send it again."
        raise ValueError(
            f"Quote {quote.id} is {STATE_NAMES[current]} and cannot become "
            f"{STATE_NAMES[new]}.{hint}"
        )
    kept = quote.approval.comment if comment is None else comment
    if new in (ApprovalState.APPROVED, ApprovalState.REJECTED):
        if not by.strip():
            raise ValueError(
                f"Say who {'approved' if new == ApprovalState.APPROVED else 'rejected'} "
                f"quote {quote.id} (for example the speaker's press office)."
            )
        when = at or _now()
        approved = new == ApprovalState.APPROVED
        _recorded(quote, Approval(new, by=by.strip(), at=when, comment=kept,
                                  basis=text_basis(quote) if approved else {},
                                  speakers=speakers_basis(quote) if approved else ""),
                  user=user, at=when, by=by)
    elif new == ApprovalState.DRAFTED:
        _recorded(quote, Approval(new, comment=kept), user=user, at=None)
    else:
        _recorded(quote, Approval(new, at=at, comment=kept, sent_at=at), user=user, at=at)


def send_for_approval(quote: Quote, *, at: datetime | None = None) -> None:
    """drafted → sent."""
    change_approval(quote, ApprovalState.SENT, at=at or _now())


def approve(quote: Quote, by: str, *, at: datetime | None = None,
            comment: str | None = None) -> None:
    """sent → approved, by whom and when."""
    change_approval(quote, ApprovalState.APPROVED, by=by, at=at, comment=comment)


def reject(quote: Quote, by: str, *, at: datetime | None = None,
           comment: str | None = None) -> None:
    """sent → rejected, by whom and when."""
    change_approval(quote, ApprovalState.REJECTED, by=by, at=at, comment=comment)


def redraft(quote: Quote) -> None:
    """rejected → drafted, to rework the words and send them again."""
    change_approval(quote, ApprovalState.DRAFTED)


def reopen(quote: Quote, comment: str | None = None) -> None:
    """approved → drafted: the explicit way to change an approved quote."""
    if quote.approval.state != ApprovalState.APPROVED:
        raise ValueError(
            f"Quote {quote.id} is {STATE_NAMES[quote.approval.state]}; only an approved "
            f"quote is re-opened."
        )
    _recorded(quote, Approval(
        ApprovalState.DRAFTED,
        comment=quote.approval.comment if comment is None else comment,
    ), user="", at=None)


def shown_quotes(item: PressItem) -> list[Quote]:
    """The quotes an export of ``item`` shows: those of its quote blocks, in block order."""
    found: dict[str, Quote] = {}
    for block in item.blocks:
        if block.kind == BlockKind.QUOTE and block.quote_id and block.quote_id not in found:
            try:
                found[block.quote_id] = item.quote(block.quote_id)
            except KeyError:
                continue
    return list(found.values())


def unapproved_quotes(item: PressItem) -> list[Quote]:
    """Quotes an export of ``item`` would show although they are not approved (as they read)."""
    return [q for q in shown_quotes(item) if approval_status(q) != ApprovalStatus.APPROVED]


def reuse_quote(quote: Quote, quote_id: str | None = None) -> Quote:
    """A copy of an archived quote for another item: new id, same words and approval.

    The approval was given for exactly these words; editing them afterwards is the
    editor's business (re-open and send again). The steps of the round (``history``)
    belong to the original item and stay there.
    """
    copied = copy.deepcopy(quote)
    copied.id = quote_id or new_id()
    copied.approval.history = []
    return copied


def quote_for_reuse(quote: Quote, said_on: date | None) -> Quote:
    """The copy that goes into another item when an archived quote is reused.

    Speakers, roles, words and the date they were said (``quote.date``, else ``said_on``,
    the original item's date, so the role at the time stays right) are kept. Approval:
    an approved or rejected quote keeps its decision (it was made for exactly these
    words, and the export warning still flags a rejected one); a quote only *sent* for
    approval becomes drafted, because that round belongs to the original item.
    """
    copied = reuse_quote(quote)
    copied.date = quote.date or said_on
    if copied.approval.state == ApprovalState.SENT:
        copied.approval = Approval(ApprovalState.DRAFTED)
    return copied
