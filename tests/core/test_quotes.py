"""The approval round of a quote, and the quotes an export would show unapproved."""

from __future__ import annotations

from datetime import datetime

import pytest

from editor.core.model import (
    Approval,
    ApprovalEvent,
    ApprovalState,
    Block,
    BlockKind,
    PressItem,
    Quote,
    Speaker,
    Translations,
)
from editor.core.quotes import (
    approve,
    can_change_approval,
    change_approval,
    last_recipient,
    redraft,
    reject,
    reopen,
    reuse_quote,
    send_for_approval,
    shown_quotes,
    unapproved_quotes,
)

A = ApprovalState


def _quote(state: ApprovalState = A.DRAFTED, quote_id: str = "q1") -> Quote:
    return Quote(quote_id, speakers=[Speaker("p1")], text=Translations(text={"de": "Ja."}),
                 approval=Approval(state))


def test_the_whole_round() -> None:
    quote = _quote()
    send_for_approval(quote, at=datetime(2021, 3, 10, 9))
    assert quote.approval.state == A.SENT
    assert quote.approval.at == datetime(2021, 3, 10, 9)
    approve(quote, "Pressestelle MWAE", at=datetime(2021, 3, 12, 10), comment="per Mail")
    approval = quote.approval
    assert (approval.state, approval.by, approval.at, approval.comment) == (
        A.APPROVED, "Pressestelle MWAE", datetime(2021, 3, 12, 10), "per Mail")
    assert approval.sent_at == datetime(2021, 3, 10, 9)
    assert [(e.state, e.at) for e in approval.history] == [
        (A.SENT, datetime(2021, 3, 10, 9)), (A.APPROVED, datetime(2021, 3, 12, 10))]


def test_rejected_goes_back_to_drafted_and_round_again() -> None:
    quote = _quote(A.SENT)
    reject(quote, "Büro der Ministerin", comment="zu lang")
    assert quote.approval.state == A.REJECTED
    assert quote.approval.by == "Büro der Ministerin"
    assert quote.approval.at is not None
    redraft(quote)
    assert quote.approval.state == A.DRAFTED and quote.approval.by == ""
    assert quote.approval.comment == "zu lang"
    send_for_approval(quote)
    approve(quote, "Büro")
    assert quote.approval.state == A.APPROVED


def test_approved_is_reopened_only_explicitly() -> None:
    quote = _quote(A.SENT)
    approve(quote, "Büro")
    with pytest.raises(ValueError, match="Re-open it explicitly"):
        change_approval(quote, A.DRAFTED)
    reopen(quote)
    assert quote.approval.state == A.DRAFTED
    assert quote.approval.by == "" and quote.approval.at is None


@pytest.mark.parametrize(
    ("start", "target", "message"),
    [
        (A.DRAFTED, A.APPROVED, "Send it for approval first"),
        (A.DRAFTED, A.REJECTED, "Send it for approval first"),
        (A.SENT, A.DRAFTED, "cannot become not yet sent"),
        (A.REJECTED, A.APPROVED, "Redraft it"),
        (A.REJECTED, A.SENT, "Redraft it"),
        (A.APPROVED, A.SENT, "cannot become sent for approval"),
        (A.APPROVED, A.REJECTED, "cannot become rejected"),
    ],
)
def test_impossible_steps_are_refused_readably(start: ApprovalState, target: ApprovalState,
                                               message: str) -> None:
    quote = _quote(start)
    assert not can_change_approval(quote, target)
    with pytest.raises(ValueError, match=message) as caught:
        change_approval(quote, target, by="Büro")
    assert "Quote q1 is" in str(caught.value)
    assert quote.approval.state == start


def test_allowed_steps() -> None:
    allowed = {(a, b) for a in A for b in A if a != b and can_change_approval(_quote(a), b)}
    assert allowed == {(A.DRAFTED, A.SENT), (A.SENT, A.APPROVED), (A.SENT, A.REJECTED),
                       (A.REJECTED, A.DRAFTED)}


def test_same_state_is_no_change() -> None:
    quote = _quote(A.SENT)
    change_approval(quote, A.SENT)
    assert quote.approval.state == A.SENT


def test_approving_needs_who() -> None:
    quote = _quote(A.SENT)
    with pytest.raises(ValueError, match="who approved"):
        approve(quote, "  ")
    with pytest.raises(ValueError, match="who rejected"):
        reject(quote, "")
    assert quote.approval.state == A.SENT


def test_reopen_needs_an_approved_quote() -> None:
    with pytest.raises(ValueError, match="only an approved quote"):
        reopen(_quote(A.SENT))


def test_unapproved_quotes_are_those_an_export_shows() -> None:
    item = PressItem(
        id="i1",
        quotes=[_quote(A.APPROVED, "ok"), _quote(A.SENT, "sent"), _quote(A.DRAFTED, "hidden"),
                _quote(A.REJECTED, "no")],
        blocks=[
            Block("b1", BlockKind.QUOTE, quote_id="no"),
            Block("b2", BlockKind.QUOTE, quote_id="ok"),
            Block("b3", BlockKind.QUOTE, quote_id="sent"),
            Block("b4", BlockKind.QUOTE, quote_id="sent"),
            Block("b5", BlockKind.QUOTE, quote_id="missing"),
            Block("b6", BlockKind.PARAGRAPH),
        ],
    )
    assert [q.id for q in shown_quotes(item)] == ["no", "ok", "sent"]
    assert [q.id for q in unapproved_quotes(item)] == ["no", "sent"]


def test_reuse_quote_copies_with_a_new_id() -> None:
    original = _quote(A.APPROVED)
    copied = reuse_quote(original)
    assert copied.id != original.id and len(copied.id) == 32
    assert copied.text == original.text and copied.approval == original.approval
    copied.speakers.append(Speaker("p2"))
    assert len(original.speakers) == 1
    assert reuse_quote(original, "fixed").id == "fixed"


def test_a_reused_quote_keeps_the_decision_but_not_the_round() -> None:
    from editor.core.quotes import ApprovalStatus, approval_status, quote_for_reuse, step

    original = Quote("q", speakers=[Speaker("p1")], text=Translations(text={"de": "Ja."}))
    step(original, A.SENT, user="eva", to="Büro", at=datetime(2026, 3, 1))
    step(original, A.APPROVED, user="eva", by="Frau Schulz", at=datetime(2026, 3, 2))
    for copied in (reuse_quote(original), quote_for_reuse(original, None)):
        assert copied.approval.history == []
        assert (copied.approval.state, copied.approval.by) == (A.APPROVED, "Frau Schulz")
        assert approval_status(copied) == ApprovalStatus.APPROVED
    assert len(original.approval.history) == 2


def test_the_last_recipient_survives_drafting_again() -> None:
    sent = ApprovalEvent(ApprovalState.SENT, datetime(2026, 3, 1), "anna", note="Büro A")
    later = ApprovalEvent(ApprovalState.SENT, datetime(2026, 3, 2), "anna", note="Büro B")
    redrafted = ApprovalEvent(ApprovalState.DRAFTED, datetime(2026, 3, 3), "anna")
    assert last_recipient(Quote("q")) == ""
    assert last_recipient(Quote("q", approval=Approval(
        ApprovalState.DRAFTED, history=[sent, later, redrafted]))) == "Büro B"
    assert last_recipient(Quote("q", approval=Approval(
        ApprovalState.REJECTED, sent_to="Büro C", history=[sent]))) == "Büro C"
