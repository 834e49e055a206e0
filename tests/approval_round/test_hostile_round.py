"""Returned Word files are a stranger's: bombs, entities, huge comments and files that
are no Word file are refused with one clear line, and the item stays as it was."""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import pytest

from editor.io.approval_docx import MAX_COMMENT, ApprovalFileError, read_returned
from editor.services.approval_round import read_round

from .returned_files import edited, exported, parts_of, sample, write, zipped


def _refused(path: Path, match: str) -> None:
    with pytest.raises(ApprovalFileError, match=match) as info:
        read_round(sample()[1], path)
    assert "\n" not in str(info.value)
    assert "Traceback" not in str(info.value)


def test_a_zip_bomb_is_refused_before_it_is_unpacked(tmp_path: Path) -> None:
    bundle, item = sample()
    parts = parts_of(exported(item, bundle))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
        z.writestr("word/media/bomb.xml", b"\0" * (60 * 1024 * 1024))
    _refused(write(tmp_path, out.getvalue()), "zip bomb")


def test_an_external_entity_is_not_resolved(tmp_path: Path) -> None:
    bundle, item = sample()
    secret = tmp_path / "secret.txt"
    secret.write_text("GEHEIM")
    parts = parts_of(exported(item, bundle))
    xml = parts["word/document.xml"].decode()
    xml = xml.replace('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
                      f'<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY x SYSTEM '
                      f'"file://{secret}">]>', 1)
    xml = xml.replace("Die Wirtschafts", "&x;Die Wirtschafts", 1)
    parts["word/document.xml"] = xml.encode()
    _refused(write(tmp_path, zipped(parts)), "DTD or entities")


def test_an_entity_in_the_comments_is_refused(tmp_path: Path) -> None:
    bundle, item = sample()
    data = edited(exported(item, bundle), comments='<w:comment w:id="1"><w:p><w:r><w:t>x'
                  "</w:t></w:r></w:p></w:comment>")
    parts = parts_of(data)
    parts["word/comments.xml"] = (b'<?xml version="1.0"?><!DOCTYPE c [<!ENTITY a "aaaa">'
                                  b'<!ENTITY b "&a;&a;&a;&a;">]>' + parts["word/comments.xml"]
                                  .split(b"?>", 1)[1])
    _refused(write(tmp_path, zipped(parts)), "DTD or entities")


def test_a_huge_comment_is_refused(tmp_path: Path) -> None:
    bundle, item = sample()
    words = "Bitte ändern. " * (MAX_COMMENT // 10)
    data = edited(exported(item, bundle), comments=f'<w:comment w:id="1" w:author="X"><w:p>'
                  f"<w:r><w:t>{words}</w:t></w:r></w:p></w:comment>")
    _refused(write(tmp_path, data), "comment 1 has")


def test_a_file_that_is_no_word_file_is_refused(tmp_path: Path) -> None:
    _refused(write(tmp_path, b"just text, not a zip"), r"not a readable \.docx")
    _refused(write(tmp_path, zipped({"a.txt": b"x"}), "other.docx"), "not a Word document")


def test_broken_xml_is_refused(tmp_path: Path) -> None:
    bundle, item = sample()
    parts = parts_of(exported(item, bundle))
    parts["word/document.xml"] = parts["word/document.xml"][:-40]
    _refused(write(tmp_path, zipped(parts)), "broken XML")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_pipe_is_not_waited_for(tmp_path: Path) -> None:
    pipe = tmp_path / "returned.docx"
    os.mkfifo(pipe)
    with pytest.raises(ApprovalFileError, match=r"returned\.docx"):
        read_returned(pipe)


def _within(seconds: int):
    """Fail instead of hanging: the import must finish, however the file is built."""
    import signal

    def stop(_signum: int, _frame: object) -> None:
        raise TimeoutError(f"the import did not finish within {seconds} s")

    signal.signal(signal.SIGALRM, stop)
    signal.alarm(seconds)


def test_a_file_of_many_strange_paragraphs_is_compared_without_hanging(
        tmp_path: Path) -> None:
    _bundle, item = sample()
    lead = item.blocks[0].text.get("de")
    paragraphs = "".join(f"<w:p><w:r><w:t>{lead[:300]} {n} {'x' * (n % 97)}</w:t></w:r></w:p>"
                         for n in range(40_000))
    document = ('<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.'
                'openxmlformats.org/wordprocessingml/2006/main"><w:body>' + paragraphs
                + "</w:body></w:document>")
    path = write(tmp_path, zipped({"word/document.xml": document.encode()}))
    _within(120)
    try:
        round_ = read_round(item, path)
    finally:
        import signal

        signal.alarm(0)
    assert round_.aligned


def test_a_huge_rewrite_of_a_block_is_listed_without_hanging(tmp_path: Path) -> None:
    bundle, item = sample()
    words = " ".join(f"wort{n}" for n in range(200_000))
    data = edited(exported(item, bundle), ("haben heute eine", f"haben {words} eine"))
    path = write(tmp_path, data)
    _within(120)
    try:
        round_ = read_round(item, path)
        line = round_.lines()[1]
    finally:
        import signal

        signal.alarm(0)
    assert "wort199999" in round_.changes[0].new and line.startswith("1. block")


def _inserted(text: str) -> str:
    from .returned_files import INS

    return (f'</w:t></w:r>{INS}<w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:ins>'
            '<w:r><w:t xml:space="preserve">')


def test_an_inserted_direction_override_is_removed_and_reported(tmp_path: Path) -> None:
    """A right-to-left override typed into a returned file shows nothing in the list of
    changes, yet accepted it would reverse the words after it in every export."""
    from editor.services.approval_round import apply_changes

    bundle, item = sample()
    before = item.blocks[0].text.get("de")
    data = edited(exported(item, bundle), ("haben heute eine", "haben heute" + _inserted(
        "\u202e") + " eine"), ("haben heute", "haben\u200b heute"))
    round_ = read_round(item, write(tmp_path, data))
    assert round_.changes == []  # nothing left to accept
    assert round_.invisible[0] == 2
    assert ("note: removed 2 invisible direction or format characters (the first: U+") \
        in "\n".join(round_.lines(item))
    apply_changes(item, round_, [])
    assert item.blocks[0].text.get("de") == before
    # beside a real change, only the visible words are taken
    data = edited(exported(item, bundle), ("haben heute eine", "haben heute" + _inserted(
        " in\u202e Potsdam") + " eine"))
    round_ = read_round(item, write(tmp_path, data))
    (change,) = round_.changes
    assert "\u202e" not in change.new and "in Potsdam" in change.new
    apply_changes(item, round_, [1])
    assert "haben heute in Potsdam eine" in item.blocks[0].text.get("de")


def test_a_comment_loses_its_invisible_characters(tmp_path: Path) -> None:
    bundle, item = sample()
    comment = ('<w:comment w:id="7" w:author="MWAE" w:date="2026-12-01T10:00:00Z"><w:p><w:r>'
               '<w:t>Bitte \u2066pr\u00fcfen\u2069</w:t></w:r></w:p></w:comment>')
    data = edited(exported(item, bundle), ("haben heute eine", "haben heute eine"),
                  comments=comment)
    returned = read_returned(write(tmp_path, data))
    assert [c.text for c in returned.comments] == ["Bitte prüfen"]
    assert returned.invisible[0] == 2


def test_a_foreign_file_offers_to_approve_only_the_quotes_it_shows(tmp_path: Path) -> None:
    """A Word file the application did not export (or whose marks were stripped) is
    compared by its words; approving the round must not approve quotes it never held."""
    import docx

    from editor.services.approval_round import approve_round_quotes

    _bundle, item = sample()
    document = docx.Document()
    document.add_paragraph(item.headline.get("de"))
    document.add_paragraph(item.blocks[0].text.get("de"))
    path = write(tmp_path, b"", "fremd.docx")
    document.save(str(path))
    round_ = read_round(item, path)
    assert round_.aligned and round_.quote_ids == []
    assert approve_round_quotes(item, round_, "Pressestelle MWAE", "tester") == []
    first, *others = item.quotes
    document.add_paragraph(f"„{first.text.get('de')}“, sagte er.")
    document.save(str(path))
    assert read_round(item, path).quote_ids == [first.id]
    assert others  # the sample has more quotes, which the file does not show
