"""Template folders from strangers: links, pipes, huge files and zip tricks are refused.

Every refusal is a one-line :class:`TemplateError` naming the template, raised quickly,
and never reads a file outside the template folder.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import struct
import threading
import time
import warnings
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from render_support import BundleFactory, make_bundle

from editor.cli import main
from editor.core import paths
from editor.render import RenderError, TemplateError, list_templates, render_docx, render_html
from editor.render.catalogue import find_template

SECRET = "CANARY-TEMPLATE-FILE-93a1"
BUILTIN = "pressemitteilung"


@pytest.fixture
def bundle_factory() -> BundleFactory:
    return make_bundle


def _user_template(name: str) -> Path:
    folder = paths.user_templates_dir() / name
    folder.parent.mkdir(parents=True, exist_ok=True)
    shutil.copytree(paths.builtin_templates_dir() / BUILTIN, folder)
    return folder


def _builtin_parts() -> dict[str, bytes]:
    with zipfile.ZipFile(paths.builtin_templates_dir() / BUILTIN / "template.docx") as z:
        return {n: z.read(n) for n in z.namelist()}


def _write_docx(folder: Path, extra: Callable[[zipfile.ZipFile], None] | None = None,
                parts: dict[str, bytes] | None = None) -> Path:
    file = folder / "template.docx"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # duplicate names are one of the tricks
        with zipfile.ZipFile(file, "w", zipfile.ZIP_DEFLATED) as z:
            for name, data in (parts if parts is not None else _builtin_parts()).items():
                z.writestr(name, data)
            if extra is not None:
                extra(z)
    return file


def _refused(bundle_factory: BundleFactory, name: str, *, fmt: str = "docx",
             match: str = "", seconds: float = 5.0) -> TemplateError:
    """The render of template ``name`` fails with a one-line TemplateError naming it."""
    started = time.monotonic()
    with pytest.raises(TemplateError) as caught:
        if fmt == "docx":
            render_docx(bundle_factory(), "item-1", name, ["de"])
        else:
            render_html(bundle_factory(), "item-1", name, ["de"])
    elapsed = time.monotonic() - started
    message = str(caught.value)
    assert elapsed < seconds, f"refused only after {elapsed:.1f} s"
    assert name in message and "\n" not in message and SECRET not in message
    assert match.lower() in message.lower(), message
    return caught.value


def _listed_as_broken(name: str, match: str) -> TemplateError:
    problems: list[TemplateError] = []
    names = [t.name for t in list_templates(problems=problems, purpose="all")]
    assert name not in names
    (problem,) = [p for p in problems if p.template == name]
    assert match.lower() in str(problem).lower(), str(problem)
    assert BUILTIN in names or name == BUILTIN
    return problem


def _secret_docx(tmp_path: Path) -> Path:
    outside = tmp_path / "outside"
    outside.mkdir()
    target = outside / "template.docx"
    parts = _builtin_parts()
    parts["word/document.xml"] = parts["word/document.xml"].replace(
        b"<w:body>", b"<w:body><w:p><w:r><w:t>" + SECRET.encode() + b"</w:t></w:r></w:p>", 1)
    _write_docx(outside, parts=parts)
    return target


# --- point 2: links, pipes, folders, huge files -------------------------------------

def test_docx_through_a_link_out_of_the_folder_is_refused(bundle_factory: BundleFactory,
                                                          tmp_path: Path) -> None:
    folder = _user_template("linked-docx")
    (folder / "template.docx").unlink()
    (folder / "template.docx").symlink_to(_secret_docx(tmp_path))
    problem = _listed_as_broken("linked-docx", "outside the template folder")
    assert "template.docx" in problem.file
    with pytest.raises(TemplateError, match="outside the template folder"):
        find_template("linked-docx")


def test_manifest_through_a_link_out_of_the_folder_is_refused(tmp_path: Path) -> None:
    folder = _user_template("linked-manifest")
    secret = tmp_path / "manifest.json"
    secret.write_text(json.dumps({"name": {"de": SECRET}, "languages": ["de"]}))
    (folder / "manifest.json").unlink()
    (folder / "manifest.json").symlink_to(secret)
    problem = _listed_as_broken("linked-manifest", "outside the template folder")
    assert SECRET not in str(problem)


def test_a_link_inside_the_folder_still_works(bundle_factory: BundleFactory) -> None:
    folder = _user_template("linked-inside")
    (folder / "page.html.j2").write_text("<p>INSIDE {{ view.title }}</p>", encoding="utf-8")
    (folder / "template.html.j2").unlink()
    (folder / "template.html.j2").symlink_to(folder / "page.html.j2")
    assert "INSIDE" in render_html(bundle_factory(), "item-1", "linked-inside", ["de"])


def _within(seconds: float, call: Callable[[], object]) -> object:
    """``call()``'s result, failing (not hanging) when it takes longer than ``seconds``."""
    box: dict[str, object] = {}

    def run() -> None:
        try:
            box["result"] = call()
        except BaseException as exc:  # handed to the test below
            box["error"] = exc

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), f"still blocked after {seconds:g} s"
    if "error" in box:
        raise box["error"]  # type: ignore[misc]
    return box.get("result")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
@pytest.mark.parametrize("which", ["manifest.json", "template.html.j2", "template.docx"])
def test_a_pipe_in_place_of_a_file_is_refused_without_blocking(which: str) -> None:
    folder = _user_template(f"fifo-{which.split('.')[0]}")
    (folder / which).unlink()
    os.mkfifo(folder / which)
    problems: list[TemplateError] = []
    _within(5, lambda: list_templates(problems=problems))
    (problem,) = problems
    assert "a pipe (FIFO)" in str(problem) and which in problem.file


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_an_included_pipe_is_refused_without_blocking(bundle_factory: BundleFactory) -> None:
    folder = _user_template("fifo-include")
    (folder / "_shared").mkdir()
    os.mkfifo(folder / "_shared" / "macros.html.j2")
    (folder / "template.html.j2").write_text("{% include '_shared/macros.html.j2' %}",
                                             encoding="utf-8")
    with pytest.raises(TemplateError, match=r"a pipe \(FIFO\)") as caught:
        _within(10, lambda: render_html(bundle_factory(), "item-1", "fifo-include", ["de"]))
    assert "macros.html.j2" in str(caught.value)


def test_an_included_link_out_of_shared_is_refused(bundle_factory: BundleFactory,
                                                   tmp_path: Path) -> None:
    secret = tmp_path / "secret.j2"
    secret.write_text(SECRET)
    folder = _user_template("shared-link")
    (folder / "_shared").mkdir()
    (folder / "_shared" / "base.html.j2").symlink_to(secret)
    (folder / "template.html.j2").write_text("{% include '_shared/base.html.j2' %}",
                                             encoding="utf-8")
    _refused(bundle_factory, "shared-link", fmt="html", match="outside the template folders")


def test_a_folder_in_place_of_the_docx_is_refused() -> None:
    folder = _user_template("folder-docx")
    (folder / "template.docx").unlink()
    (folder / "template.docx").mkdir()
    _listed_as_broken("folder-docx", "a folder, not a regular file")


def test_huge_manifest_and_template_files_are_refused(bundle_factory: BundleFactory) -> None:
    folder = _user_template("huge-manifest")
    manifest = json.loads((folder / "manifest.json").read_text())
    (folder / "manifest.json").write_text(json.dumps(manifest) + " " * 200_000)
    _listed_as_broken("huge-manifest", "larger than")
    folder = _user_template("huge-html")
    (folder / "template.html.j2").write_text("<p>x</p>\n" * 400_000)
    _refused(bundle_factory, "huge-html", fmt="html", match="larger than")


@pytest.mark.parametrize("depth", [5_000, 100_000])
def test_deeply_nested_manifest_is_refused(depth: int) -> None:
    folder = _user_template(f"deep-{depth}")
    (folder / "manifest.json").write_text("[" * depth + "]" * depth)
    problem = _listed_as_broken(f"deep-{depth}", "deep" if depth < 10_000 else "larger")
    assert "manifest.json" in problem.file


def test_a_manifest_with_a_number_of_thousands_of_digits_hides_no_other_template() -> None:
    """Python refuses to read such a number with a ValueError, which went past the
    catalogue: listing the templates failed with a traceback, the good ones included."""
    folder = _user_template("long-number")
    manifest = json.loads((folder / "manifest.json").read_text())
    (folder / "manifest.json").write_text(json.dumps(manifest)[:-1] + ', "x": ' + "9" * 5_000
                                          + "}")
    problem = _listed_as_broken("long-number", "number of thousands of digits")
    assert "manifest.json" in problem.file


# --- point 3: the DOCX template is a zip from a stranger -----------------------------

@pytest.fixture(scope="module")
def bomb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A DOCX template with a member of 1 GB zero bytes (about 1 MB packed), made once."""
    chunk = bytes(1 << 20)

    def zeros(z: zipfile.ZipFile) -> None:
        with z.open("word/media/zeros.bin", "w") as member:
            for _ in range(1024):
                member.write(chunk)

    return _write_docx(tmp_path_factory.mktemp("bomb"), zeros)


@pytest.fixture(scope="module")
def inflating_the_bomb(bomb: Path) -> float:
    """Seconds this machine takes, now, to unpack the bomb's member whole (read and dropped).

    A refusal must come sooner than that: a check that unpacked the member would take at
    least as long. Measured in the same run, so a loaded machine slows both alike."""
    started = time.monotonic()
    with zipfile.ZipFile(bomb) as z, z.open("word/media/zeros.bin") as member:
        while member.read(1 << 22):
            pass
    return max(2.0, time.monotonic() - started)


def test_zip_bomb_is_refused_quickly(bundle_factory: BundleFactory, bomb: Path,
                                     inflating_the_bomb: float) -> None:
    shutil.copy(bomb, _user_template("bomb") / "template.docx")
    _refused(bundle_factory, "bomb", match="zip bomb", seconds=inflating_the_bomb)


def test_zip_bomb_with_lying_sizes_is_refused_quickly(bundle_factory: BundleFactory,
                                                      bomb: Path,
                                                      inflating_the_bomb: float) -> None:
    file = Path(shutil.copy(bomb, _user_template("lying-bomb") / "template.docx"))
    with zipfile.ZipFile(file) as z:
        info = z.getinfo("word/media/zeros.bin")
    data = bytearray(file.read_bytes())
    central = data.rfind(b"PK\x01\x02" + data[info.header_offset + 4:info.header_offset + 6])
    at = data.find(b"word/media/zeros.bin", central) - 46
    struct.pack_into("<L", data, at + 24, 1_000)  # uncompressed size in the directory
    struct.pack_into("<L", data, info.header_offset + 22, 1_000)  # and in the local header
    file.write_bytes(bytes(data))
    _refused(bundle_factory, "lying-bomb", seconds=inflating_the_bomb)


def test_many_small_members_add_up_to_too_much(bundle_factory: BundleFactory) -> None:
    def members(z: zipfile.ZipFile) -> None:
        for i in range(300):
            z.writestr(f"word/media/part{i}.bin", bytes(200_000))

    _write_docx(_user_template("many-bombs"), members)
    _refused(bundle_factory, "many-bombs", match="unpacks to more than", seconds=5)


def test_thousands_of_members_are_refused(bundle_factory: BundleFactory) -> None:
    def members(z: zipfile.ZipFile) -> None:
        for i in range(5_000):
            z.writestr(f"customXml/item{i}.xml", b"<a/>")

    _write_docx(_user_template("crowd"), members)
    _refused(bundle_factory, "crowd", match="5,0", seconds=10)  # does not hang


@pytest.mark.parametrize("member", ["../evil.xml", "word/../../evil.xml", "/etc/evil.xml",
                                    "C:/evil.xml", "word\\evil.xml"])
def test_member_names_that_point_outside_are_refused(bundle_factory: BundleFactory,
                                                     member: str) -> None:
    def evil(z: zipfile.ZipFile) -> None:
        info = zipfile.ZipInfo("placeholder")
        info.filename = member  # zipfile would clean the name; a stranger's tool does not
        z.writestr(info, b"<x/>")

    _write_docx(_user_template("evil-name"), evil)
    _refused(bundle_factory, "evil-name", match="points outside")


def test_duplicate_member_names_are_refused(bundle_factory: BundleFactory) -> None:
    def twice(z: zipfile.ZipFile) -> None:
        z.writestr("word/document.xml", b"<w:document/>")

    _write_docx(_user_template("twice"), twice)
    _refused(bundle_factory, "twice", match="two members")


def _set_field(file: Path, member: str, local_at: int, central_at: int,
               change: Callable[[int], int]) -> None:
    """Rewrite a two-byte field of ``member`` in its local and its directory header."""
    data = bytearray(file.read_bytes())
    name = member.encode()
    for signature, name_at, at in ((b"PK\x03\x04", 30, local_at),
                                   (b"PK\x01\x02", 46, central_at)):
        pos = data.find(signature)
        while data[pos + name_at:pos + name_at + len(name)] != name:
            pos = data.find(signature, pos + 4)
        (value,) = struct.unpack_from("<H", data, pos + at)
        struct.pack_into("<H", data, pos + at, change(value))
    file.write_bytes(bytes(data))


def _set_method(file: Path, member: str, method: int) -> None:
    _set_field(file, member, 8, 10, lambda _old: method)


def test_encrypted_member_is_refused(bundle_factory: BundleFactory) -> None:
    file = _write_docx(_user_template("locked"))
    _set_field(file, "word/styles.xml", 6, 8, lambda flags: flags | 0x1)
    _refused(bundle_factory, "locked", match="encrypted")


@pytest.mark.parametrize("method", [zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA, 9, 99])
def test_unsupported_compression_is_refused(bundle_factory: BundleFactory, method: int) -> None:
    folder = _user_template(f"method-{method}")
    if method in (zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA):
        def packed(z: zipfile.ZipFile) -> None:
            z.writestr("word/extra.xml", b"<x/>" * 100, compress_type=method)

        _write_docx(folder, packed)
    else:
        _write_docx(folder)
        _set_method(folder / "template.docx", "word/styles.xml", method)
    _refused(bundle_factory, f"method-{method}", match=f"compression method {method}")


def test_broken_deflate_data_is_refused(bundle_factory: BundleFactory) -> None:
    file = _write_docx(_user_template("garbled"))
    with zipfile.ZipFile(file) as z:
        info = z.getinfo("word/styles.xml")
    data = bytearray(file.read_bytes())
    start = info.header_offset + 30 + len(info.filename.encode())
    data[start:start + 40] = b"\xff" * 40
    file.write_bytes(bytes(data))
    _refused(bundle_factory, "garbled", match="not a readable .docx")


def test_not_a_zip_at_all_is_refused(bundle_factory: BundleFactory) -> None:
    folder = _user_template("not-zip")
    (folder / "template.docx").write_bytes(b"PK\x05\x06" + b"\xff" * 18)
    _refused(bundle_factory, "not-zip", match="not a readable .docx")


def test_a_good_user_docx_template_still_renders(bundle_factory: BundleFactory) -> None:
    _write_docx(_user_template("good-docx"))
    assert render_docx(bundle_factory(), "item-1", "good-docx", ["de"])[:2] == b"PK"


# --- point 10: one broken template does not break the listing ----------------------

def _templates_command(*names: str) -> tuple[int, str]:
    out = io.StringIO()
    return main(["templates", *names], out=out), out.getvalue()


def test_templates_command_lists_the_good_and_reports_the_broken(
        capsys: pytest.CaptureFixture[str]) -> None:
    folder = _user_template("deep")
    (folder / "manifest.json").write_text("[" * 5_000 + "]" * 5_000)
    folder = _user_template("linked")
    (folder / "template.html.j2").unlink()
    (folder / "template.html.j2").symlink_to("/etc/passwd")
    _user_template("fine")
    code, out = _templates_command()
    err = capsys.readouterr().err
    assert code == 0, err
    names = [line.split()[0] for line in out.splitlines()]
    assert "fine" in names and BUILTIN in names and "deep" not in names
    lines = err.splitlines()
    assert len(lines) == 2 and all(line.startswith("warning: template '") for line in lines)
    assert "'deep'" in err and "'linked'" in err
    assert "Traceback" not in err and "root:" not in err


def test_templates_command_fails_only_for_a_broken_template_asked_for(
        capsys: pytest.CaptureFixture[str]) -> None:
    folder = _user_template("broken")
    (folder / "manifest.json").write_text("{")
    code, out = _templates_command(BUILTIN)
    assert code == 0 and out.split()[0] == BUILTIN and len(out.splitlines()) == 1
    assert capsys.readouterr().err == ""
    code, out = _templates_command("broken", BUILTIN)
    err = capsys.readouterr().err
    assert code == 1 and out.split()[0] == BUILTIN
    assert err.startswith("error: template 'broken' cannot be used:") and "manifest.json" in err
    code, _ = _templates_command("missing")
    assert code == 1 and "no template called 'missing'" in capsys.readouterr().err


def test_an_unknown_name_is_told_even_when_another_template_is_broken() -> None:
    folder = _user_template("broken")
    (folder / "manifest.json").write_text("{")
    with pytest.raises(RenderError, match=r"no template called 'nope'.*pressemitteilung"):
        find_template("nope")


def test_a_broken_override_hides_the_builtin_instead_of_replacing_it_silently() -> None:
    folder = _user_template(BUILTIN)
    (folder / "manifest.json").write_text("{")
    problem = _listed_as_broken(BUILTIN, "not valid JSON")
    assert str(paths.user_templates_dir()) in problem.file
    with pytest.raises(TemplateError, match="not valid JSON"):
        find_template(BUILTIN)
