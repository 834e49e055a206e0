"""Approval rounds read from hand-built Word XML: tracked insertions and deletions
(``w:ins``, ``w:del``), paragraph ends added, comments, moved anchors, and accepting or
rejecting each change into the item."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from editor.core import anchors
from editor.core.model import ApprovalState, BlockKind
from editor.io.approval_docx import read_returned
from editor.services.approval_round import (
    ApprovalRoundError,
    apply_changes,
    approve_round_quotes,
    parse_numbers,
    read_round,
    word_diff,
)

from .returned_files import DEL, INS, bookmark_name, edited, exported, parts_of, sample, write

LEAD = "block-2021-03-15-lead"
BODY = "block-2021-03-15-body"
STEINBACH = "quote-2021-03-15-steinbach"
SENTENCE = "Das ist ein großer Erfolg nach 30 Jahren Deutscher Einheit. "


def _deleted(text: str) -> str:
    return (f'</w:t></w:r>{DEL}<w:r><w:delText xml:space="preserve">{text}</w:delText>'
            f'</w:r></w:del><w:r><w:t xml:space="preserve">')


def _inserted(text: str) -> str:
    return (f'</w:t></w:r>{INS}<w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:ins>'
            '<w:r><w:t xml:space="preserve">')


def test_every_text_carries_an_anchor_that_word_accepts_as_a_bookmark_name() -> None:
    bundle, item = sample()
    xml = parts_of(exported(item, bundle, ["de", "en"]))["word/document.xml"].decode()
    names = re.findall(r'w:name="([^"]+)"', xml)
    assert len(names) == len(set(names))
    assert all(len(n) <= 40 and re.fullmatch(r"[A-Za-z][A-Za-z0-9_]*", n) for n in names)
    assert bookmark_name("quote", STEINBACH, "en") in names
    assert bookmark_name("block", LEAD, "de") in names
    assert anchors.parse(bookmark_name("block", LEAD)) == anchors.anchor("block", "de", LEAD)
    settings = parts_of(exported(item, bundle))["word/settings.xml"].decode()
    assert "<w:trackRevisions/>" in settings


def test_an_unchanged_file_has_no_changes(tmp_path: Path) -> None:
    bundle, item = sample()
    round_ = read_round(item, write(tmp_path, exported(item, bundle, ["de", "en"])))
    assert not round_.aligned
    assert round_.changes == []
    assert set(round_.quote_ids) == {q.id for q in item.quotes}


def test_a_tracked_deleted_sentence_in_a_quote_is_accepted_or_rejected(tmp_path: Path) -> None:
    bundle, item = sample()
    data = edited(exported(item, bundle), (SENTENCE, _deleted(SENTENCE)))
    round_ = read_round(item, write(tmp_path, data))
    [change] = round_.changes
    assert (change.kind, change.field, change.record_id, change.lang) == (
        "text", "quote", STEINBACH, "de")
    assert change.authors == ["Pressestelle MWAE"]
    assert "[-Das ist ein großer Erfolg" in change.describe()
    rejected = sample()[1]
    apply_changes(rejected, round_, [])
    assert SENTENCE in rejected.quote(STEINBACH).text.get("de")
    apply_changes(item, round_, [change.number])
    words = item.quote(STEINBACH).text.get("de")
    assert SENTENCE not in words and words.startswith("Das westliche Brandenburg")


def test_a_tracked_insertion_is_read_with_its_author(tmp_path: Path) -> None:
    bundle, item = sample()
    data = edited(exported(item, bundle), ("haben heute eine", "haben heute" + _inserted(
        " in Potsdam") + " eine"))
    [change] = read_round(item, write(tmp_path, data)).changes
    assert change.record_id == LEAD and "{+in Potsdam+}" in change.describe()
    apply_changes(item, read_round(item, write(tmp_path, data)), [1])
    assert "haben heute in Potsdam eine" in item.blocks[0].text.get("de")


def test_a_paragraph_split_in_two_becomes_two_blocks(tmp_path: Path) -> None:
    bundle, item = sample()
    data = exported(item, bundle)
    xml = parts_of(data)["word/document.xml"].decode()
    lead_mark = re.search(r'<w:pStyle w:val="PSBody"/></w:pPr>(<w:bookmarkStart w:id="\d+" '
                          rf'w:name="{bookmark_name("block", LEAD)}"/>)', xml)
    assert lead_mark is not None
    split = edited(data, (lead_mark.group(0), '<w:pStyle w:val="PSBody"/><w:rPr>' + INS
                          .replace(">", "/>", 1).split("/>")[0] + '/></w:rPr></w:pPr>'
                          + lead_mark.group(1)),
                   ("unterzeichnet. Ziel", 'unterzeichnet.</w:t></w:r></w:p><w:p><w:pPr>'
                    '<w:pStyle w:val="PSBody"/></w:pPr><w:r><w:t xml:space="preserve">Ziel'))
    round_ = read_round(item, write(tmp_path, split))
    [change] = round_.changes
    assert change.kind == "split" and len(change.parts) == 2
    assert change.parts[1].startswith("Ziel beider")
    count = len(item.blocks)
    apply_changes(item, round_, [1])
    assert len(item.blocks) == count + 1
    assert item.blocks[0].text.get("de").endswith("unterzeichnet.")
    assert item.blocks[1].text.get("de").startswith("Ziel beider")
    assert item.blocks[1].kind == BlockKind.PARAGRAPH


def test_a_comment_on_a_quote_is_shown_with_the_words_it_marks(tmp_path: Path) -> None:
    bundle, item = sample()
    words = "Institut der deutschen Wirtschaft"
    data = edited(
        exported(item, bundle),
        (words, f'</w:t></w:r><w:commentRangeStart w:id="7"/><w:r><w:t>{words}</w:t></w:r>'
                f'<w:commentRangeEnd w:id="7"/><w:r><w:commentReference w:id="7"/></w:r>'
                f'<w:r><w:t xml:space="preserve">'),
        comments='<w:comment w:id="7" w:author="Frau Schulz" w:date="2026-12-01T09:00:00Z">'
                 "<w:p><w:r><w:t>Bitte die Quelle nennen.</w:t></w:r></w:p></w:comment>")
    round_ = read_round(item, write(tmp_path, data))
    assert round_.changes == []
    [comment] = round_.comments
    assert (comment.author, comment.field, comment.record_id, comment.quoted) == (
        "Frau Schulz", "quote", STEINBACH, words)
    assert "Bitte die Quelle nennen." in "\n".join(round_.lines())


def test_a_deleted_paragraph_inserted_elsewhere_is_one_move(tmp_path: Path) -> None:
    bundle, item = sample()
    data = exported(item, bundle)
    xml = parts_of(data)["word/document.xml"].decode()
    body_text = item.blocks[4].text.get("de")
    body = re.search(rf'<w:p><w:pPr><w:pStyle w:val="PSBody"/></w:pPr><w:bookmarkStart '
                     rf'[^>]*{bookmark_name("block", BODY)}.*?</w:p>', xml)
    lead = re.search(r'<w:p><w:pPr><w:pStyle w:val="PSBody"/></w:pPr><w:bookmarkStart '
                     rf'[^>]*{bookmark_name("block", LEAD)}', xml)
    assert body is not None and lead is not None
    gone = re.sub(r"<w:r>(<w:rPr>.*?</w:rPr>)<w:t[^>]*>(.*?)</w:t></w:r>",
                  rf"{DEL}<w:r>\1<w:delText>\2</w:delText></w:r></w:del>", body.group(0))
    moved = (f'<w:p><w:pPr><w:pStyle w:val="PSBody"/><w:rPr>{INS}</w:ins></w:rPr></w:pPr>'
             f'{INS}<w:r><w:t xml:space="preserve">{body_text.replace("**", "")}</w:t>'
             "</w:r></w:ins></w:p>")
    data = edited(data, (body.group(0), gone), (lead.group(0), moved + lead.group(0)))
    round_ = read_round(item, write(tmp_path, data))
    [change] = round_.changes
    assert (change.kind, change.record_id, change.after_block) == ("move", BODY, "")
    apply_changes(item, round_, [1])
    assert [b.id for b in item.blocks][:2] == [BODY, LEAD]
    assert item.blocks[0].text.get("de") == body_text


def test_anchors_in_another_order_are_a_move(tmp_path: Path) -> None:
    bundle, item = sample()
    data = exported(item, bundle)
    xml = parts_of(data)["word/document.xml"].decode()
    paragraphs = re.findall(r"<w:p>.*?</w:p>", xml)
    body = next(p for p in paragraphs if bookmark_name("block", BODY) in p)
    lead = next(p for p in paragraphs if bookmark_name("block", LEAD) in p)
    data = edited(data, (body, ""), (lead, body + lead))
    round_ = read_round(item, write(tmp_path, data))
    assert [(c.kind, c.record_id) for c in round_.changes] == [("move", BODY)]


def test_a_new_paragraph_typed_between_blocks_is_offered_as_a_new_block(
        tmp_path: Path) -> None:
    bundle, item = sample()
    data = exported(item, bundle)
    xml = parts_of(data)["word/document.xml"].decode()
    body = next(p for p in re.findall(r"<w:p>.*?</w:p>", xml)
                if bookmark_name("block", BODY) in p)
    added = "".join(f'<w:p><w:pPr><w:pStyle w:val="PSBody"/></w:pPr>{INS}<w:r><w:t>{words}'
                    "</w:t></w:r></w:ins></w:p>" for words in ("Ein neuer Absatz.", "Noch einer."))
    round_ = read_round(item, write(tmp_path, edited(data, (body, body + added))))
    assert [(c.kind, c.after_block, c.new) for c in round_.changes] == [
        ("insert", BODY, "Ein neuer Absatz."), ("insert", BODY, "Noch einer.")]
    apply_changes(item, round_, [1, 2])
    at = [b.id for b in item.blocks].index(BODY)
    assert [b.text.get("de") for b in item.blocks[at + 1:at + 3]] == [
        "Ein neuer Absatz.", "Noch einer."]


def test_an_item_changed_in_the_archive_since_the_export_is_flagged(tmp_path: Path) -> None:
    bundle, item = sample()
    data = edited(exported(item, bundle), (SENTENCE, _deleted(SENTENCE)))
    item.quote(STEINBACH).text.set_source("de", "Ganz andere Worte.")
    [change] = read_round(item, write(tmp_path, data)).changes
    assert "since the export" in change.note


def test_approving_the_round_sends_and_approves_its_quotes() -> None:
    _bundle, item = sample()
    for quote in item.quotes:
        quote.approval.state = ApprovalState.DRAFTED
    from editor.services.approval_round import ApprovalRound

    round_ = ApprovalRound(item.id, "x.docx", False, [], [], [q.id for q in item.quotes])
    done = approve_round_quotes(item, round_, "Pressestelle MWAE", "tester")
    assert done == [q.id for q in item.quotes]
    assert all(q.approval.state == ApprovalState.APPROVED and q.approval.by ==
               "Pressestelle MWAE" for q in item.quotes)


def test_a_file_of_another_item_is_refused(tmp_path: Path) -> None:
    bundle, item = sample()
    path = write(tmp_path, exported(item, bundle))
    item.id = "another-item"
    with pytest.raises(ApprovalRoundError, match="not another-item"):
        read_round(item, path)


def test_unknown_change_numbers_are_refused() -> None:
    with pytest.raises(ApprovalRoundError, match="no change 4"):
        from editor.services.approval_round import ApprovalRound

        apply_changes(sample()[1], ApprovalRound("x", "f", False, [], [], []), [4])
    assert parse_numbers("1, 3-5") == [1, 3, 4, 5]
    with pytest.raises(ApprovalRoundError, match="'x'"):
        parse_numbers("1,x")


def test_word_diff_shows_only_what_changed() -> None:
    old = "eins zwei drei vier fünf sechs sieben acht neun zehn"
    assert word_diff(old, old.replace("fünf", "5")) == (
        "… zwei drei vier [-fünf-] {+5+} sechs sieben acht …")


def test_a_file_without_anchors_is_compared_by_text_alignment(tmp_path: Path) -> None:
    import docx

    _bundle, item = sample()
    document = docx.Document()
    document.add_paragraph(item.headline.get("de"))
    lead = item.blocks[0].text.get("de")
    document.add_paragraph("Potsdam, 15.03.2021. " + lead.replace("haben heute", "haben am "
                                                                  "Montag"))
    document.add_paragraph("Über die WFBB: Boilerplate.")
    path = tmp_path / "own.docx"
    document.save(str(path))
    round_ = read_round(item, path)
    assert round_.aligned
    assert "compared by text alignment" in round_.lines()[0]
    [change] = round_.changes
    assert change.record_id == LEAD
    assert change.new == lead.replace("haben heute", "haben am Montag")  # no dateline
    returned = read_returned(path)
    assert returned.item_id == "" and not returned.anchored


def test_the_embargo_line_travels_with_the_file(tmp_path: Path) -> None:
    from datetime import datetime

    from editor.core.model import Embargo

    bundle, item = sample()
    item.embargo = Embargo(datetime(2026, 12, 24, 10, 0), "Europe/Berlin")
    xml = parts_of(exported(item, bundle))["word/document.xml"].decode()
    assert "SPERRFRIST: 24. Dezember 2026, 10:00 Uhr" in re.sub(r"<[^>]+>", "", xml)
    assert read_round(item, write(tmp_path, exported(item, bundle))).changes == []


def test_words_typed_after_the_end_of_a_paragraph_bookmark_belong_to_it(
        tmp_path: Path) -> None:
    bundle, item = sample()
    data = exported(item, bundle)
    xml = parts_of(data)["word/document.xml"].decode()
    end = re.search(rf'{bookmark_name("block", BODY)}"/>.*?(<w:bookmarkEnd w:id="\d+"/>)'
                    r"</w:p>", xml)
    assert end is not None
    data = edited(data, (end.group(1) + "</w:p>", end.group(1) + INS + "<w:r><w:t xml:space="
                         '"preserve"> Ein Satz mehr.</w:t></w:r></w:ins></w:p>'))
    [change] = read_round(item, write(tmp_path, data)).changes
    assert (change.kind, change.record_id) == ("text", BODY)
    assert change.new.endswith("Ein Satz mehr.")


def test_source_and_translation_changed_in_one_round_stay_current(tmp_path: Path) -> None:
    bundle, item = sample()
    data = exported(item, bundle, ["en", "de"])  # the translation is change 1
    english = item.blocks[0].text.get("en").split(" ")[0]
    xml = parts_of(data)["word/document.xml"].decode()
    assert english in xml
    data = edited(data, ("haben heute eine", "haben" + _deleted(" heute") + " eine"),
                  (f">{english} ", f">{english} " + _inserted("today ")))
    round_ = read_round(item, write(tmp_path, data))
    assert {(c.lang, c.record_id) for c in round_.changes} == {("de", LEAD), ("en", LEAD)}
    assert [c.lang for c in round_.changes] == ["en", "de"]
    apply_changes(item, round_, [1, 2])
    assert not item.blocks[0].text.is_stale("en", "de")


def test_a_release_exported_with_a_template_and_edited_is_aligned_without_noise(
        tmp_path: Path) -> None:
    import docx

    from editor.render.export import export_items

    bundle, item = sample()
    [path] = export_items(bundle, [item.id], "pressemitteilung", ["de"], ["docx"], tmp_path)
    assert read_round(item, path).changes == []  # dateline, marks, attributions: no change
    document = docx.Document(str(path))
    for paragraph in document.paragraphs:
        for run in paragraph.runs:
            run.text = run.text.replace("positive wirtschaftliche", "erfreuliche "
                                        "wirtschaftliche").replace("haben heute", "haben am")
    edited_path = tmp_path / "edited.docx"
    document.save(str(edited_path))
    round_ = read_round(item, edited_path)
    assert round_.aligned
    assert [(c.field, c.record_id) for c in round_.changes] == [("block", LEAD),
                                                              ("quote", STEINBACH)]
    apply_changes(item, round_, [1, 2])
    assert "haben am eine" in item.blocks[0].text.get("de")
    assert "eine erfreuliche wirtschaftliche" in item.quote(STEINBACH).text.get("de")
    assert '"Smart Country"' in item.blocks[0].text.get("de")  # straight, as stored


def test_a_quote_deleted_in_the_only_language_goes_with_its_block(tmp_path: Path) -> None:
    bundle, item = sample()
    words = item.quote(STEINBACH).text.get("de")
    data = exported(item, bundle)
    xml = parts_of(data)["word/document.xml"].decode()
    run = re.search(rf'{bookmark_name("quote", STEINBACH)}"/>(<w:r>.*?</w:r>)<w:bookmarkEnd',
                    xml)
    assert run is not None and words in run.group(1)
    gone = run.group(1).replace("<w:t ", "<w:delText ").replace("</w:t>", "</w:delText>")
    round_ = read_round(item, write(tmp_path, edited(data, (run.group(1),
                                                            DEL + gone + "</w:del>"))))
    [change] = round_.changes
    assert (change.kind, change.field, change.record_id) == ("remove", "quote", STEINBACH)
    item.languages = ["de"]
    apply_changes(item, round_, [1])
    assert STEINBACH not in {q.id for q in item.quotes}
    assert all(b.quote_id != STEINBACH for b in item.blocks)


def test_a_paragraph_moved_in_word_with_its_bookmark_is_a_move(tmp_path: Path) -> None:
    bundle, item = sample()
    data = exported(item, bundle)
    xml = parts_of(data)["word/document.xml"].decode()
    paragraphs = re.findall(r"<w:p>.*?</w:p>", xml)
    body = next(p for p in paragraphs if bookmark_name("block", BODY) in p)
    lead = next(p for p in paragraphs if bookmark_name("block", LEAD) in p)
    word_from = '<w:moveFrom w:id="801" w:author="Frau Schulz" w:date="2026-12-01T10:00:00Z">'
    word_to = '<w:moveTo w:id="802" w:author="Frau Schulz" w:date="2026-12-01T10:00:00Z">'
    inner = re.search(r"</w:pPr>(.*)</w:p>", body)
    assert inner is not None
    runs = re.sub(r"<w:bookmark(Start|End)[^>]*/>", "", inner.group(1))
    left = (body.replace("</w:pPr>", "<w:rPr><w:moveFrom w:id=\"803\" w:author=\"Frau Schulz\""
                         "/></w:rPr></w:pPr>", 1)
            .replace(inner.group(1), word_from + runs.replace("<w:t ", "<w:delText ")
                     .replace("</w:t>", "</w:delText>") + "</w:moveFrom>"))
    arrived = body.replace(inner.group(1), inner.group(1).replace(
        runs, word_to + runs + "</w:moveTo>"))
    data = edited(data, (body, left), (lead, arrived + lead))
    round_ = read_round(item, write(tmp_path, data))
    assert [(c.kind, c.record_id, c.after_block) for c in round_.changes] == [
        ("move", BODY, "")]
    apply_changes(item, round_, [1])
    assert [b.id for b in item.blocks][:2] == [BODY, LEAD]
