"""The approval round trip through LibreOffice itself: its anchors survive a save in
LibreOffice, and what a reviewer does there with "record changes" on (split a paragraph,
comment a quote, delete a sentence, move a paragraph) is read back and accepted."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from editor.core.model import BlockKind
from editor.services.approval_round import apply_changes, read_round

from .lo_review import AUTHOR, prepare_profile, review, soffice
from .returned_files import exported, sample, write

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(soffice() is None, reason="LibreOffice is not installed")]

LEAD = "block-2021-03-15-lead"
BODY = "block-2021-03-15-body"
STEINBACH = "quote-2021-03-15-steinbach"
SENTENCE = "Das ist ein großer Erfolg nach 30 Jahren Deutscher Einheit. "


@pytest.fixture(scope="module")
def profile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("lo-profile")
    prepare_profile(folder)
    return folder


def test_libreoffice_keeps_the_anchors_of_a_file_it_saves(tmp_path: Path,
                                                          profile: Path) -> None:
    bundle, item = sample()
    source = write(tmp_path, exported(item, bundle, ["de", "en"]), "approval.docx")
    out = tmp_path / "saved"
    subprocess.run([soffice() or "soffice", f"-env:UserInstallation={profile.as_uri()}",
                    "--headless", "--convert-to", "docx:MS Word 2007 XML", "--outdir",
                    str(out), str(source)], check=True, timeout=180, capture_output=True)
    round_ = read_round(item, out / "approval.docx")
    assert not round_.aligned
    assert round_.changes == []
    assert set(round_.quote_ids) == {q.id for q in item.quotes}


def test_a_review_in_libreoffice_is_read_back_and_accepted(tmp_path: Path,
                                                           profile: Path) -> None:
    bundle, item = sample()
    source = write(tmp_path, exported(item, bundle), "approval.docx")
    returned = tmp_path / "returned.docx"
    review(profile, source, returned, [
        ("split", "unterzeichnet. "),
        ("comment", "Institut der deutschen Wirtschaft", "Bitte die Quelle nennen"),
        ("delete", SENTENCE),
        ("move", "zählen beide", "Die Wirtschaftsfördergesellschaften der Länder"),
    ])
    round_ = read_round(item, returned)
    kinds = {(c.kind, c.record_id) for c in round_.changes}
    assert kinds == {("split", LEAD), ("text", STEINBACH), ("move", BODY)}
    [comment] = round_.comments
    assert (comment.author, comment.record_id, comment.text) == (
        AUTHOR, STEINBACH, "Bitte die Quelle nennen")
    assert comment.quoted == "Institut der deutschen Wirtschaft"
    body_text = item.blocks[4].text.get("de")
    apply_changes(item, round_, [c.number for c in round_.changes])
    ids = [b.id for b in item.blocks]
    assert ids[0] == BODY and ids[1] == LEAD
    assert item.blocks[0].text.get("de") == body_text  # moved, its markup kept
    assert item.blocks[1].text.get("de").endswith("unterzeichnet.")
    assert item.blocks[2].kind == BlockKind.PARAGRAPH
    assert item.blocks[2].text.get("de").startswith("Ziel beider Gesellschaften")
    assert SENTENCE.strip() not in item.quote(STEINBACH).text.get("de")
