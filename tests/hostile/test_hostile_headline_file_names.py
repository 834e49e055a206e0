"""Names of exported files come from headlines and template manifests, both written by
others: no name may leave the chosen folder, be a reserved Windows device name, end in a
dot, or grow past what a file system takes; a manifest's language that is no language
is refused with one line naming the file, not a traceback from the locale library."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest
from render_support import make_bundle

from editor.cli import main
from editor.core import paths
from editor.core.model import Translations
from editor.render import list_templates
from editor.render.export import file_stem

WINDOWS_DEVICES = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(10)),
                   *(f"LPT{i}" for i in range(10))}

HEADLINES = [
    "../../../../etc/passwd", "..\\..\\Windows\\System32\\drivers\\etc\\hosts", "CON",
    "NUL.", "aux", "Ende...", " . ", "/", "C:\\evil", "a" * 5_000, "\u202egnp.exe",
    "ü" * 400, "x\x00y", "..", "LPT1.txt", "Ü" + "-" * 300 + "Ende",
]


@pytest.mark.parametrize("headline", HEADLINES)
def test_a_hostile_headline_makes_a_plain_file_name(headline: str) -> None:
    bundle = make_bundle()
    item = bundle.items[0]
    item.headline = Translations.of("de", de=headline)
    for day in (item.issue_date, None):
        item.issue_date = day
        stem = file_stem(bundle, item.id, ["de"], "pressemitteilung")
        name = f"{stem}.docx"
        assert "/" not in name and "\\" not in name and ".." not in name
        assert all(ch.isascii() and (ch.isalnum() or ch in "-_.") for ch in name), name
        assert not name.endswith((".", " ")) and len(name.encode()) <= 255
        assert name.split(".")[0].upper() not in WINDOWS_DEVICES
        assert Path(name).name == name


def _user_template(name: str, languages: list[str]) -> Path:
    folder = paths.user_templates_dir() / name
    folder.parent.mkdir(parents=True, exist_ok=True)
    shutil.copytree(paths.builtin_templates_dir() / "pressemitteilung", folder)
    manifest = json.loads((folder / "manifest.json").read_text("utf-8"))
    manifest["languages"] = languages
    manifest["dateline"] = {}
    (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    return folder


@pytest.mark.parametrize("language", ["de/../../../../srv/escaped", "xx", "..", "de\n",
                                      "", "de" * 40])
def test_a_manifest_language_that_is_no_language_is_refused_with_one_line(
        language: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = _user_template("odd-language", [language])
    problems: list[object] = []
    names = [t.name for t in list_templates(problems=problems, purpose="all")]  # type: ignore[arg-type]
    assert "odd-language" not in names and "pressemitteilung" in names
    out = tmp_path / "exports"
    code = main(["--db", str(tmp_path / "a.sqlite"), "export", "2021-03-15-smart-country",
                 "--template", "odd-language", "--out", str(out), "--before-embargo"],
                out=io.StringIO())
    err = capsys.readouterr().err
    assert code != 0 and "Traceback" not in err
    (line,) = err.splitlines()
    assert str(folder / "manifest.json") in line and "is not a language code" in line
    assert not out.exists()


def test_a_regional_language_of_a_manifest_is_still_taken() -> None:
    _user_template("swiss", ["de-CH"])
    assert "swiss" in [t.name for t in list_templates(problems=[], purpose="all")]
