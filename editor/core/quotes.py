"""Quotes beyond their attribution: the approval round (Freigabe) and reuse in new items.

Approval states move only along this path::

    drafted ──send──▶ sent ──approve──▶ approved
       ▲                 └───reject───▶ rejected
       └──── redraft ◀──────────────────────┘
       └──── reopen (explicitly) ◀── approved

An impossible step raises :class:`ValueError` with a message a user can read.
"""

from __future__ import annotations

import copy
from datetime import UTC, date, datetime

from editor.core.model import (
    Approval,
    ApprovalState,
    BlockKind,
    PressItem,
    Quote,
    new_id,
)

APPROVAL_STEPS: dict[ApprovalState, frozenset[ApprovalState]] = {
    ApprovalState.DRAFTED: frozenset({ApprovalState.SENT}),
    ApprovalState.SENT: frozenset({ApprovalState.APPROVED, ApprovalState.REJECTED}),
    ApprovalState.REJECTED: frozenset({ApprovalState.DRAFTED}),
    ApprovalState.APPROVED: frozenset(),
}
"""Which approval state may follow which; approved → drafted needs :func:`reopen`."""

STATE_NAMES: dict[ApprovalState, str] = {
    ApprovalState.DRAFTED: "drafted",
    ApprovalState.SENT: "sent for approval",
    ApprovalState.APPROVED: "approved",
    ApprovalState.REJECTED: "rejected",
}


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


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
    if new in (ApprovalState.APPROVED, ApprovalState.REJECTED):
        if not by.strip():
            raise ValueError(
                f"Say who {'approved' if new == ApprovalState.APPROVED else 'rejected'} "
                f"quote {quote.id} (for example the speaker's press office)."
            )
        quote.approval = Approval(
            new, by=by.strip(), at=at or _now(),
            comment=quote.approval.comment if comment is None else comment,
        )
    elif new == ApprovalState.DRAFTED:
        quote.approval = Approval(
            new, comment=quote.approval.comment if comment is None else comment
        )
    else:
        quote.approval = Approval(
            new, at=at, comment=quote.approval.comment if comment is None else comment
        )


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
    quote.approval = Approval(
        ApprovalState.DRAFTED,
        comment=quote.approval.comment if comment is None else comment,
    )


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
    """Quotes an export of ``item`` would show although they are not approved."""
    return [q for q in shown_quotes(item) if q.approval.state != ApprovalState.APPROVED]


def reuse_quote(quote: Quote, quote_id: str | None = None) -> Quote:
    """A copy of an archived quote for another item: new id, same words and approval.

    The approval was given for exactly these words; editing them afterwards is the
    editor's business (re-open and send again).
    """
    copied = copy.deepcopy(quote)
    copied.id = quote_id or new_id()
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
