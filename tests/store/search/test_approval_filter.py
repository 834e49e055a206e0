"""The approval filter of the quote search says what the lists show: a quote whose words
or speakers changed since approval is "changed since approval", not "approved"."""

from __future__ import annotations

from datetime import datetime

from editor.core.model import (
    Approval,
    ApprovalState,
    Block,
    BlockKind,
    PressItem,
    Quote,
    Speaker,
    Translations,
)
from editor.core.quotes import ApprovalStatus
from editor.services.approval import QuoteApprovals
from editor.store import Archive

T1, T2 = datetime(2026, 3, 1, 9), datetime(2026, 3, 2, 10)


def _item() -> PressItem:
    quotes = [Quote(f"q{i}", speakers=[Speaker("p1")],
                    text=Translations(text={"de": f"Wir fördern Vorhaben {i}.",
                                            "en": f"We fund projects {i}."}),
                    approval=Approval(ApprovalState.DRAFTED)) for i in (1, 2, 3)]
    blocks = [Block(f"b{q.id}", BlockKind.QUOTE, quote_id=q.id) for q in quotes]
    return PressItem("item-1", headline=Translations(text={"de": "Kopf"}), quotes=quotes,
                     blocks=blocks)


def _found(archive: Archive, approval: object) -> list[str]:
    return sorted(h.quote_id for h in archive.search_quotes("", approval=approval))


def _approved_then_edited(archive: Archive) -> None:
    archive.save_item(_item())
    approvals = QuoteApprovals(archive)
    for quote_id in ("q1", "q2", "q3"):
        approvals.send(quote_id, "Büro", "anna", at=T1)
        approvals.approve(quote_id, "Frau Schulz", "anna", at=T2)
    item = archive.load_item("item-1")
    item.quote("q2").text.set_source("de", "Wir fördern andere Vorhaben.")
    item.quote("q3").speakers.append(Speaker("p2"))
    archive.save_item(item)


def test_approved_finds_only_quotes_unchanged_since(archive_url: str) -> None:
    with Archive.open(archive_url) as archive:
        _approved_then_edited(archive)
        assert _found(archive, "approved") == ["q1"]
        assert _found(archive, [ApprovalStatus.APPROVED]) == ["q1"]
        assert _found(archive, ApprovalState.APPROVED) == ["q1"]  # a stored state says it too
        assert _found(archive, "changed") == ["q2", "q3"]
        assert _found(archive, ["approved", "changed"]) == ["q1", "q2", "q3"]
        assert _found(archive, "drafted") == []
        assert archive.count_quotes("", approval="approved") == 1
        shown = {h.quote_id: h.approval_status for h in archive.search_quotes("")}
        assert shown == {"q1": ApprovalStatus.APPROVED, "q2": ApprovalStatus.CHANGED,
                         "q3": ApprovalStatus.CHANGED}


def test_sending_a_changed_quote_again_moves_it_out_of_changed(archive_url: str) -> None:
    with Archive.open(archive_url) as archive:
        _approved_then_edited(archive)
        QuoteApprovals(archive).send("q2", "Büro", "anna")
        assert _found(archive, "changed") == ["q3"]
        assert _found(archive, "sent") == ["q2"]
        assert _found(archive, "not_sent") == []
