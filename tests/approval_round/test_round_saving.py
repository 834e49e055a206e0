"""Accepting a round saves through the normal, conflict-safe path: a colleague's save in
between is kept, and a round that reads differently after it is refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.io.samples import load_sample_bundles
from editor.services.approval_round import ApprovalRoundError, ApprovalRounds
from editor.store.archive import Archive

from .returned_files import DEL, SAMPLE_ITEM, edited, exported, sample, write

SENTENCE = "Das ist ein großer Erfolg nach 30 Jahren Deutscher Einheit. "
STEINBACH = "quote-2021-03-15-steinbach"


@pytest.fixture
def archive(tmp_path: Path):
    with Archive.open(tmp_path / "a.sqlite") as opened:
        for bundle in load_sample_bundles():
            opened.save_bundle(bundle)
        yield opened


def _returned(tmp_path: Path) -> Path:
    bundle, item = sample()
    deleted = (f'</w:t></w:r>{DEL}<w:r><w:delText xml:space="preserve">{SENTENCE}</w:delText>'
               '</w:r></w:del><w:r><w:t xml:space="preserve">')
    return write(tmp_path, edited(exported(item, bundle), (SENTENCE, deleted)))


def _colleague_saves_first(archive: Archive, monkeypatch: pytest.MonkeyPatch,
                           change) -> None:
    original = archive.save_item
    calls = []

    def save(item):
        if not calls:
            theirs = archive.load_item(SAMPLE_ITEM)
            change(theirs)
            original(theirs)
        calls.append(item)
        return original(item)

    monkeypatch.setattr(archive, "save_item", save)


def test_a_save_in_between_is_kept(archive: Archive, tmp_path: Path,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    path = _returned(tmp_path)

    def note(item) -> None:
        item.internal_note = "Von der Kollegin"

    _colleague_saves_first(archive, monkeypatch, note)
    result = ApprovalRounds(archive).accept(SAMPLE_ITEM, path, None)
    assert result.accepted == [1]
    stored = archive.load_item(SAMPLE_ITEM)
    assert stored.internal_note == "Von der Kollegin"
    assert SENTENCE.strip() not in stored.quote(STEINBACH).text.get("de")


def test_a_round_that_reads_differently_after_a_save_in_between_is_refused(
        archive: Archive, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _returned(tmp_path)

    def words(item) -> None:
        item.quote(STEINBACH).text.set_source("de", "Ganz neue Worte. " + SENTENCE)

    _colleague_saves_first(archive, monkeypatch, words)
    with pytest.raises(ApprovalRoundError, match="saved by someone else"):
        ApprovalRounds(archive).accept(SAMPLE_ITEM, path, None)
    assert archive.load_item(SAMPLE_ITEM).quote(STEINBACH).text.get("de").startswith(
        "Ganz neue Worte.")
