"""The fast path of the check of rendered DOCX parts: a part whose only fields are page
numbers written plainly is not parsed; any other spelling goes to the full check (lxml),
which refuses the hostile ones. Both sides are watched by counting the full checks."""

from __future__ import annotations

import pytest

from editor.render import docx_package
from editor.render.docx_package import _only_page_fields, check_rendered
from editor.render.errors import TemplateError

NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _part(body: str) -> bytes:
    return f'<w:ftr {NS}><w:p>{body}</w:p></w:ftr>'.encode()


def _field(*instructions: str) -> str:
    """A complex field: begin, its instruction runs, separate, a result, end."""
    runs = "".join(f'<w:r><w:instrText xml:space="preserve">{i}</w:instrText></w:r>'
                   for i in instructions)
    return ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>' + runs
            + '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r>'
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>')


@pytest.fixture
def full_checks(monkeypatch: pytest.MonkeyPatch) -> list[bytes]:
    """The parts that went to the full check (which still runs)."""
    seen: list[bytes] = []
    real = docx_package.check_fields

    def counting(data: bytes) -> None:
        seen.append(data)
        real(data)

    monkeypatch.setattr(docx_package, "check_fields", counting)
    return seen


PLAIN = {
    "simple PAGE": '<w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>',
    "complex NUMPAGES with a format": _field(" NUMPAGES \\* MERGEFORMAT "),
    "page x of y": "<w:r><w:t>Seite </w:t></w:r>" + _field(" PAGE ") + _field("NUMPAGES")
                   + '<w:fldSimple w:instr="SECTIONPAGES \\* Arabic"/>',
}


@pytest.mark.parametrize("body", PLAIN.values(), ids=PLAIN.keys())
def test_plain_page_fields_pass_without_a_parse(body: str, full_checks: list[bytes]) -> None:
    data = _part(body)
    assert _only_page_fields(data)
    check_rendered(data, "word/footer1.xml")
    assert full_checks == []


HARMLESS = {
    "a second instruction in one field": _field(" PAGE ", " \\* MERGEFORMAT "),
    "an entity in the instruction": _field(" P&#65;GE "),
    "another field": _field(" DATE \\@ dd.MM.yyyy "),
    "a field mark in single quotes": ("<w:r><w:fldChar w:fldCharType='begin'/></w:r>"
                                      '<w:r><w:instrText> PAGE </w:instrText></w:r><w:r>'
                                      "<w:fldChar w:fldCharType='end'/></w:r>"),
}


@pytest.mark.parametrize("body", HARMLESS.values(), ids=HARMLESS.keys())
def test_anything_else_takes_the_full_check(body: str, full_checks: list[bytes]) -> None:
    data = _part(body)
    assert not _only_page_fields(data)
    check_rendered(data, "word/footer1.xml")  # harmless: passes the full check as well
    assert full_checks == [data]


HOSTILE = {
    "INCLUDETEXT split over two instructions":
        (_field(" PAGE ") + _field(" INCLUDE", 'TEXT "C:\\\\secret.docx" '), "INCLUDETEXT"),
    "a field name spelt with an entity":
        (_field(' &#73;NCLUDETEXT "/etc/passwd" '), "INCLUDETEXT"),
    "a page field beside a DDEAUTO":
        (_field(" PAGE ") + _field(' DDEAUTO c:\\\\windows\\\\cmd.exe "/c calc" '),
         "DDEAUTO"),
    "a field nested in another, page numbers only":
        ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>' + _field(" PAGE ")
         + '<w:r><w:instrText> NUMPAGES </w:instrText></w:r><w:r><w:fldChar '
           'w:fldCharType="end"/></w:r>', "made by another field"),
    "a name made by a nested field":
        ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>' + _field(" PAGE ")
         + '<w:r><w:instrText> "x" </w:instrText></w:r><w:r><w:fldChar '
           'w:fldCharType="end"/></w:r>', "made by another field"),
    "a simple field with an entity":
        ('<w:fldSimple w:instr=" PAGE "/><w:fldSimple w:instr=" INCLUDEPICTURE '
         '&quot;http://example.org/x.png&quot; "/>', "INCLUDEPICTURE"),
}


@pytest.mark.parametrize(("body", "named"), HOSTILE.values(), ids=HOSTILE.keys())
def test_a_hostile_field_beside_page_numbers_is_refused(
        body: str, named: str, full_checks: list[bytes]) -> None:
    data = _part(body)
    assert not _only_page_fields(data)
    with pytest.raises(TemplateError) as caught:
        check_rendered(data, "word/footer1.xml")
    message = str(caught.value)
    assert named in message and "word/footer1.xml" in message and "\n" not in message
    assert full_checks == [data]
