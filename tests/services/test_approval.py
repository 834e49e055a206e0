"""Approval (Freigabe) as a use case: every step, impossible steps, history, changed text."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from editor.core.codec import from_plain, to_plain
from editor.core.model import (
    Approval,
    ApprovalState,
    Block,
    BlockKind,
    Bundle,
    Person,
    PressItem,
    Quote,
    Speaker,
    Translations,
)
from editor.core.quotes import ApprovalStatus, approval_status
from editor.services import approval
from editor.services.approval import (
    APPROVAL_WORDS,
    QuoteApprovals,
    current_user,
    unapproved_report,
)
from editor.store.archive import Archive

S = ApprovalStatus
T1, T2, T3 = datetime(2026, 3, 1, 9), datetime(2026, 3, 2, 10), datetime(2026, 3, 3, 11)


def _item(*states: ApprovalState) -> PressItem:
    quotes = [Quote(f"q{i}", speakers=[Speaker("p1")],
                    text=Translations(text={"de": f"Wir fördern das {i}.", "en": f"We {i}."}),
                    approval=Approval(state)) for i, state in enumerate(states, start=1)]
    blocks = [Block(f"b{q.id}", BlockKind.QUOTE, quote_id=q.id) for q in quotes]
    return PressItem("item-1", headline=Translations(text={"de": "Kopf"}), quotes=quotes,
                     blocks=blocks)


def test_the_one_wording_covers_every_status() -> None:
    assert set(APPROVAL_WORDS) == set(ApprovalStatus)
    assert APPROVAL_WORDS[S.NOT_SENT] == ("noch nicht versandt", "not yet sent")
    assert APPROVAL_WORDS[S.CHANGED] == ("seit Freigabe geändert", "changed since approval")


def test_send_approve_records_who_when_and_history() -> None:
    item = _item(ApprovalState.DRAFTED)
    assert approval.send(item, ["q1"], to="Büro Schulz", user="anna", at=T1) == ["q1"]
    quote = item.quote("q1")
    assert approval_status(quote) == S.SENT
    assert (quote.approval.sent_to, quote.approval.sent_at) == ("Büro Schulz", T1)
    assert approval.approve(item, ["q1"], by="Frau Schulz", user="ben", at=T2) == ["q1"]
    assert approval_status(quote) == S.APPROVED
    assert (quote.approval.by, quote.approval.at) == ("Frau Schulz", T2)
    assert [(e.state, e.at, e.user, e.by, e.note) for e in quote.approval.history] == [
        (ApprovalState.SENT, T1, "anna", "", "Büro Schulz"),
        (ApprovalState.APPROVED, T2, "ben", "Frau Schulz", ""),
    ]


def test_reject_records_the_reason_and_the_quote_can_be_sent_again() -> None:
    item = _item(ApprovalState.DRAFTED)
    approval.send(item, None, to="Büro", user="anna", at=T1)
    approval.reject(item, ["q1"], reason="zu lang", by="Büro", user="anna", at=T2)
    quote = item.quote("q1")
    assert approval_status(quote) == S.REJECTED
    assert quote.approval.history[-1].note == "zu lang"
    approval.send(item, ["q1"], to="Büro", user="anna", at=T3)
    assert approval_status(quote) == S.SENT
    assert len(quote.approval.history) == 3


def test_an_approved_quote_whose_text_changes_shows_changed() -> None:
    item = _item(ApprovalState.DRAFTED)
    approval.send(item, None, to="Büro", user="anna", at=T1)
    approval.approve(item, None, by="Büro", user="anna", at=T2)
    quote = item.quote("q1")
    quote.text.set_source("de", "Wir fördern das nicht.")
    assert approval_status(quote) == S.CHANGED
    assert [q.id for q in approval.unapproved_quotes(item)] == ["q1"]
    with pytest.raises(ValueError, match=r"changed since approval.*Send the new words"):
        approval.approve(item, ["q1"], by="Büro", user="anna")
    approval.send(item, ["q1"], to="Büro", user="anna")
    approval.approve(item, ["q1"], by="Büro", user="anna")
    assert approval_status(quote) == S.APPROVED


def _approved_item() -> PressItem:
    item = _item(ApprovalState.DRAFTED)
    approval.send(item, None, to="Büro", user="anna", at=T1)
    approval.approve(item, None, by="Büro", user="anna", at=T2)
    assert approval_status(item.quote("q1")) == S.APPROVED
    return item


def test_adding_a_second_speaker_makes_the_approval_stale() -> None:
    item = _approved_item()
    quote = item.quote("q1")
    quote.speakers.append(Speaker("p2"))
    assert approval_status(quote) == S.CHANGED
    assert [q.id for q in approval.unapproved_quotes(item)] == ["q1"]
    with pytest.raises(ValueError, match=r"changed since approval"):
        approval.approve(item, ["q1"], by="Büro", user="anna")
    approval.send(item, ["q1"], to="Büro", user="anna")
    approval.approve(item, ["q1"], by="Büro", user="anna")
    assert approval_status(quote) == S.APPROVED
    quote.speakers.pop()
    assert approval_status(quote) == S.CHANGED


def test_replacing_the_speaker_makes_the_approval_stale() -> None:
    item = _approved_item()
    quote = item.quote("q1")
    quote.speakers = [Speaker("p2")]
    assert approval_status(quote) == S.CHANGED
    quote.speakers = [Speaker("p1")]
    assert approval_status(quote) == S.APPROVED


def test_another_role_or_order_of_the_same_speakers_keeps_the_approval() -> None:
    item = _item(ApprovalState.SENT)
    quote = item.quote("q1")
    quote.speakers = [Speaker("p1"), Speaker("p2")]
    approval.approve(item, None, by="Büro", user="anna")
    quote.speakers = [Speaker("p2", "r9"), Speaker("p1", "r3")]
    assert approval_status(quote) == S.APPROVED


def test_an_approval_recorded_before_speakers_counted_compares_the_words_only() -> None:
    item = _approved_item()
    quote = item.quote("q1")
    quote.approval.speakers = ""
    quote.speakers.append(Speaker("p2"))
    assert approval_status(quote) == S.APPROVED


def test_the_speakers_of_an_approval_survive_the_interchange_format() -> None:
    item = _approved_item()
    bundle = Bundle(people=[Person("p1", given_name="Anna", family_name="Schröder"),
                            Person("p2", given_name="Jens", family_name="Kowalski")],
                    items=[item])
    again = from_plain(Bundle, to_plain(bundle))
    quote = again.items[0].quote("q1")
    assert quote.approval.speakers == item.quote("q1").approval.speakers != ""
    quote.speakers.append(Speaker("p2"))
    assert approval_status(quote) == S.CHANGED


def test_whitespace_only_edits_do_not_count_as_a_change() -> None:
    item = _item(ApprovalState.SENT)
    approval.approve(item, None, by="Büro", user="anna")
    quote = item.quote("q1")
    quote.text.text["de"] = "  Wir  fördern das 1. "
    assert approval_status(quote) == S.APPROVED


def test_approving_all_quotes_of_an_item_skips_those_not_sent() -> None:
    item = _item(ApprovalState.SENT, ApprovalState.SENT, ApprovalState.DRAFTED)
    assert approval.approve(item, None, by="Büro", user="anna") == ["q1", "q2"]
    assert [approval_status(q) for q in item.quotes] == [S.APPROVED, S.APPROVED, S.NOT_SENT]


@pytest.mark.parametrize(
    ("state", "action", "message"),
    [
        (ApprovalState.DRAFTED, "approve", "not yet sent and cannot be approved"),
        (ApprovalState.DRAFTED, "reject", "not yet sent and cannot be rejected"),
        (ApprovalState.SENT, "send", "sent for approval and cannot be sent"),
        (ApprovalState.APPROVED, "send", "approved and cannot be sent"),
        (ApprovalState.APPROVED, "reject", "approved and cannot be rejected"),
        (ApprovalState.REJECTED, "approve", "rejected and cannot be approved"),
    ],
)
def test_impossible_steps_are_refused_and_change_nothing(
        state: ApprovalState, action: str, message: str) -> None:
    fitting = ApprovalState.DRAFTED if action == "send" else ApprovalState.SENT
    item = _item(fitting, state)  # the first quote could take the step, the second not
    before = to_plain(item)
    calls = {
        "send": lambda: approval.send(item, ["q1", "q2"], to="Büro", user="u"),
        "approve": lambda: approval.approve(item, ["q1", "q2"], by="Büro", user="u"),
        "reject": lambda: approval.reject(item, ["q1", "q2"], reason="nein", by="B", user="u"),
    }
    with pytest.raises(ValueError, match=message):
        calls[action]()
    assert to_plain(item) == before  # the first quote was not changed either


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda item: approval.send(item, ["q1"], to=" ", user="u"), "to whom"),
        (lambda item: approval.approve(item, ["q1"], by="", user="u"), "who approved"),
        (lambda item: approval.reject(item, ["q1"], reason="", by="B", user="u"), "reason"),
        (lambda item: approval.send(item, ["nope"], to="B", user="u"), "no quote nope"),
    ],
)
def test_missing_names_and_unknown_quotes_are_refused(call, message: str) -> None:  # type: ignore[no-untyped-def]
    state = ApprovalState.DRAFTED if "to whom" in message or "nope" in message \
        else ApprovalState.SENT
    item = _item(state)
    with pytest.raises(ValueError, match=message):
        call(item)
    assert item.quote("q1").approval.state == state


def test_the_new_fields_survive_the_codec_and_old_files_stay_readable() -> None:
    item = _item(ApprovalState.DRAFTED)
    approval.send(item, None, to="Büro", user="anna", at=T1)
    approval.approve(item, None, by="Büro", user="anna", at=T2)
    again = from_plain(PressItem, to_plain(item))
    assert again.quote("q1").approval == item.quote("q1").approval
    old = from_plain(Approval, {"state": "approved", "by": "Büro", "at": "2021-03-12T10:00:00"})
    assert old.history == [] and old.basis == {}


def test_unapproved_report_names_speaker_status_and_excerpt_per_language() -> None:
    item = _item(ApprovalState.SENT, ApprovalState.DRAFTED)
    approval.approve(item, ["q1"], by="Büro", user="anna")
    bundle = Bundle([item], people=[Person("p1", "Anna", "Beispiel", honorific="Dr.")])
    (line,) = unapproved_report(bundle, ["item-1"], "en")
    assert (line.item_id, line.quote_id, line.block_id, line.speakers, line.status,
            line.excerpt) == ("item-1", "q2", "bq2", "Dr. Anna Beispiel", S.NOT_SENT, "We 2.")
    assert unapproved_report(bundle, ["item-1"], "de")[0].excerpt == "Wir fördern das 2."
    assert "noch nicht versandt" in unapproved_report(bundle, ["item-1"], "de")[0].line("de")
    assert unapproved_report(bundle, [], "de") == []


@pytest.fixture
def archive(tmp_path: Path) -> Archive:
    opened = Archive.open(tmp_path / "a.sqlite")
    opened.save_item(_item(ApprovalState.DRAFTED))
    return opened


def test_quote_approvals_change_stored_items(archive: Archive) -> None:
    approvals = QuoteApprovals(archive)
    approvals.send("q1", "Büro", "anna", at=T1)
    approvals.approve("q1", "Frau Schulz", "anna", at=T2)
    item, quote = approvals.find("q1")
    assert approval_status(quote) == S.APPROVED
    assert item.version == 3
    assert [e.state for e in quote.approval.history] == [ApprovalState.SENT,
                                                         ApprovalState.APPROVED]


def test_quote_approvals_refuse_readably_and_keep_the_stored_item(archive: Archive) -> None:
    from editor.core.errors import NotFoundError, PressestelleError

    approvals = QuoteApprovals(archive)
    with pytest.raises(PressestelleError, match="not yet sent and cannot be approved"):
        approvals.approve("q1", "Büro", "anna")
    with pytest.raises(NotFoundError, match="No quote 'zz'"):
        approvals.send("zz", "Büro", "anna")
    assert archive.load_item("item-1").version == 1


def test_quote_approvals_keep_a_save_made_meanwhile(archive: Archive,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """Someone else saves the item between our load and our save: their change stays."""
    approvals = QuoteApprovals(archive)
    real_load = archive.load_item
    calls = []

    def load_then_edit_elsewhere(item_id: str) -> PressItem:
        loaded = real_load(item_id)
        if not calls:
            other = real_load(item_id)
            other.headline.set_source("de", "Neuer Kopf")
            archive.save_item(other)
        calls.append(item_id)
        return loaded

    monkeypatch.setattr(archive, "load_item", load_then_edit_elsewhere)
    approvals.send("q1", "Büro", "anna")
    stored = real_load("item-1")
    assert stored.headline.get("de") == "Neuer Kopf"
    assert approval_status(stored.quote("q1")) == S.SENT
    assert len(calls) == 2


def test_current_user_is_the_setting_else_the_login(archive: Archive) -> None:
    assert current_user(archive)
    archive.set_setting(approval.USER_SETTING, "Anna Presse")
    assert current_user(archive) == "Anna Presse"


def test_text_or_any_takes_the_language_else_the_first_non_empty_text() -> None:
    from editor.core.model import Organisation, text_or_any

    assert text_or_any({"de": "Ja", "en": "Yes"}, "en") == "Yes"
    assert text_or_any({"de": "", "en": "Yes"}, "fr") == "Yes"  # an empty text is no text
    assert text_or_any({}, "de", "—") == "—"
    assert Translations(text={"en": "Yes"}).text_or_any("de") == "Yes"
    assert Organisation("o", "WFBB", name={"en": ""}).display_name("de") == "WFBB"
