"""`quotes send|approve|reject` on the command line, and the export's warning after them."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from editor.cli import main
from editor.core.model import Approval, ApprovalState
from editor.core.quotes import shown_quotes
from editor.store.archive import Archive

SAMPLE_ITEM = "2021-03-15-smart-country"


def run_cli(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(argv), out=out)
    return code, out.getvalue()


@pytest.fixture
def db(archive_url: str) -> str:
    path = archive_url
    assert run_cli("--db", str(path), "list")[0] == 0  # a new archive gets the sample
    with Archive.open(path) as archive:  # its quotes back to the start of the round
        item = archive.load_item(SAMPLE_ITEM)
        for quote in item.quotes:
            quote.approval = Approval()
        archive.save_item(item)
    return path


def _unsent_ids(db: Path) -> list[str]:
    with Archive.open(db) as archive:
        return [q.id for q in shown_quotes(archive.load_item(SAMPLE_ITEM))
                if q.approval.state == ApprovalState.DRAFTED]


def _export(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    capsys.readouterr()
    code, _ = run_cli("--db", str(db), "export", SAMPLE_ITEM, "--template", "pressemitteilung",
                      "--format", "docx", "--out", str(tmp_path / "out"))
    assert code == 0
    return capsys.readouterr().err


def test_approving_every_quote_then_export_shows_no_unapproved_warning(
        db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ids = _unsent_ids(db)
    assert ids
    for quote_id in ids:
        assert run_cli("--db", str(db), "quotes", "send", quote_id, "--to", "Büro")[0] == 0
    assert "sent for approval" in _export(db, tmp_path, capsys)
    for quote_id in ids:
        code, out = run_cli("--db", str(db), "quotes", "approve", quote_id, "--by",
                            "Frau Schulz", "--at", "2026-03-02T10:00")
        assert code == 0 and "approved by Frau Schulz" in out
    assert "approv" not in _export(db, tmp_path, capsys)
    with Archive.open(db) as archive:
        quote = archive.load_item(SAMPLE_ITEM).quote(ids[0])
    assert [e.state for e in quote.approval.history] == [ApprovalState.SENT,
                                                         ApprovalState.APPROVED]
    assert quote.approval.history[-1].user  # the archive user is recorded


def test_reject_records_the_reason_and_defaults_to_the_recipient(db: Path) -> None:
    quote_id = _unsent_ids(db)[0]
    run_cli("--db", str(db), "quotes", "send", quote_id, "--to", "Büro Schulz")
    code, out = run_cli("--db", str(db), "quotes", "reject", quote_id, "--reason", "zu lang")
    assert code == 0 and "rejected by Büro Schulz" in out
    with Archive.open(db) as archive:
        approval = archive.load_item(SAMPLE_ITEM).quote(quote_id).approval
    assert approval.state == ApprovalState.REJECTED and approval.history[-1].note == "zu lang"


def test_sending_again_goes_to_the_last_recipient_unless_told(db: Path) -> None:
    quote_id = _unsent_ids(db)[0]
    run_cli("--db", str(db), "quotes", "send", quote_id, "--to", "Büro Schulz")
    run_cli("--db", str(db), "quotes", "reject", quote_id, "--reason", "zu lang")
    code, out = run_cli("--db", str(db), "quotes", "send", quote_id)
    assert code == 0 and out == f"{quote_id}  sent for approval to Büro Schulz\n"
    with Archive.open(db) as archive:
        approval = archive.load_item(SAMPLE_ITEM).quote(quote_id).approval
    assert approval.state == ApprovalState.SENT and approval.sent_to == "Büro Schulz"
    run_cli("--db", str(db), "quotes", "reject", quote_id, "--reason", "noch zu lang")
    code, out = run_cli("--db", str(db), "quotes", "send", quote_id, "--to", "Frau Meier")
    assert code == 0 and out.endswith("sent for approval to Frau Meier\n")


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("approve", "{q}", "--by", "Büro"), "not yet sent and cannot be approved"),
        (("send", "no-such-quote", "--to", "Büro"), "No quote 'no-such-quote'"),
        (("approve", "{q}", "--by", "Büro", "--at", "2026-02-30"), "not a real date"),
        (("send", "{q}", "--to", "  "), "to whom"),
        (("send", "{q}"), "never sent for approval: say to whom with --to"),
    ],
)
def test_impossible_steps_fail_in_one_line_and_change_nothing(
        db: Path, capsys: pytest.CaptureFixture[str], argv: tuple[str, ...],
        message: str) -> None:
    quote_id = _unsent_ids(db)[0]
    with Archive.open(db) as archive:
        version = archive.load_item(SAMPLE_ITEM).version
    capsys.readouterr()
    try:
        code, _ = run_cli("--db", str(db), "quotes", *(a.format(q=quote_id) for a in argv))
    except SystemExit as exit_:  # argparse refuses bad --at values itself
        code = int(exit_.code or 0)
    err = capsys.readouterr().err
    assert code != 0
    assert message in err and "Traceback" not in err
    with Archive.open(db) as archive:
        assert archive.load_item(SAMPLE_ITEM).version == version


def test_the_user_name_set_on_the_command_line_is_recorded_with_each_step(
        db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = run_cli("--db", str(db), "user-name")
    assert code == 0 and "(the login name)" in out
    code, out = run_cli("--db", str(db), "user-name", "Eva  Muster")
    assert code == 0 and out.startswith("Eva Muster  (set with user-name)")
    quote_id = _unsent_ids(db)[0]
    assert run_cli("--db", str(db), "quotes", "send", quote_id, "--to", "Büro")[0] == 0
    with Archive.open(db) as archive:
        history = archive.load_item(SAMPLE_ITEM).quote(quote_id).approval.history
    assert history[-1].user == "Eva Muster"
    capsys.readouterr()
    assert run_cli("--db", str(db), "user-name", "x" * 200)[0] == 1
    assert "at most 120 characters" in capsys.readouterr().err
    code, out = run_cli("--db", str(db), "user-name", "--clear")
    assert code == 0 and "(the login name)" in out
