"""Regenerate the golden files of the exports in tests/golden/.

    python scripts/update_golden.py          # write them (then review `git diff tests/golden`)
    python scripts/update_golden.py --check  # only say which differ; exit code 1 if any

Every built-in template is rendered for the sample release and for a harder item
(tests/golden/hard-item.json: undated event coverage, a list, gender-inclusive spellings,
a joint quote, a block without English text, an outdated translation), as journalists get
them; the harder item also once as a draft for approval, and the quote dossier of the
sample's first speaker. Of each DOCX the main part and its headers and footers are kept
as indented XML; of each HTML file the page itself. What legitimately varies is
normalised: embedded pictures become a hash of their bytes (the zip's own timestamps and
metadata are not kept at all). tests/render/test_golden.py compares against these files.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import re
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from editor.core.model import Bundle

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "tests" / "golden"
HARD_ITEM = GOLDEN / "hard-item.json"
SAMPLE_ID = "2021-03-15-smart-country"
DOSSIER_PERSON = "person-joerg-steinbach"
KEPT_PARTS = re.compile(r"^word/(document|header\d*|footer\d*)\.xml$")
GENERATED = ("*.xml", "*.html")
"""The kinds of files this script owns in each folder of tests/golden/."""


@dataclass(frozen=True)
class Case:
    folder: str
    template: str
    languages: tuple[str, ...]
    draft: bool = False

    @property
    def stem(self) -> str:
        return f"{self.template}.{'-'.join(self.languages)}{'.draft' if self.draft else ''}"


def _bundles() -> dict[str, Bundle]:
    from editor.io.interchange import read_file
    from editor.io.samples import load_sample_bundles

    (sample,) = [b for b in load_sample_bundles() if b.items and b.items[0].id == SAMPLE_ID]
    return {"sample": sample, "hard": read_file(HARD_ITEM)}


def cases() -> list[Case]:
    """Every built-in item template in each of its language sets, for both items."""
    from editor.render import list_templates

    found = []
    for info in list_templates():
        if not info.builtin or info.kind == "dossier":
            continue
        for langs in info.language_sets():
            for folder in ("sample", "hard"):
                found.append(Case(folder, info.name, tuple(langs)))
    found.append(Case("hard", "bilingual", ("de", "en"), draft=True))
    return found


def _pictures(text: str) -> str:
    """An embedded picture as the hash of its bytes: the file stays small and readable."""
    def short(match: re.Match[str]) -> str:
        digest = hashlib.sha256(match.group(2).encode("ascii")).hexdigest()[:16]
        return f"{match.group(1)}sha256-{digest}"
    return re.sub(r"(data:image/[a-z+.-]+;base64,)([A-Za-z0-9+/=]+)", short, text)


def normalise_xml(data: bytes) -> str:
    from lxml import etree

    root = etree.fromstring(data)
    etree.indent(root, space=" ")
    return etree.tostring(root, encoding="unicode") + "\n"


def normalise_html(text: str) -> str:
    lines = [line.rstrip() for line in _pictures(text).splitlines()]
    return "\n".join(lines).strip("\n") + "\n"


def docx_parts(data: bytes, stem: str) -> dict[str, str]:
    """The kept parts of a .docx, by golden file name."""
    out = {}
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        for name in sorted(z.namelist()):
            if KEPT_PARTS.match(name):
                part = name.removeprefix("word/").removesuffix(".xml")
                out[f"{stem}.{part}.xml"] = normalise_xml(z.read(name))
    return out


def outputs() -> dict[str, str]:
    """Every golden file's expected text, by path relative to tests/golden/."""
    from editor.render import render_docx, render_html
    from editor.render.dossier import render_dossier

    bundles = _bundles()
    out: dict[str, str] = {}
    for case in cases():
        bundle = bundles[case.folder]
        item_id = bundle.items[0].id
        langs = list(case.languages)
        page = render_html(bundle, item_id, case.template, langs, draft=case.draft)
        out[f"{case.folder}/{case.stem}.html"] = normalise_html(page)
        data = render_docx(bundle, item_id, case.template, langs, draft=case.draft)
        for name, text in docx_parts(data, case.stem).items():
            out[f"{case.folder}/{name}"] = text
    sample = bundles["sample"]
    for lang in ("de", "en"):
        stem = f"quote-dossier.{lang}"
        page = render_dossier(sample, DOSSIER_PERSON, [lang], "html").decode("utf-8")
        out[f"sample/{stem}.html"] = normalise_html(page)
        for name, text in docx_parts(render_dossier(sample, DOSSIER_PERSON, [lang], "docx"),
                                     stem).items():
            out[f"sample/{name}"] = text
    return out


def stored() -> dict[str, str]:
    """The golden files as they are in tests/golden/ (those this script owns)."""
    found = {}
    for folder in sorted(p for p in GOLDEN.iterdir() if p.is_dir()):
        for pattern in GENERATED:
            for path in sorted(folder.glob(pattern)):
                found[path.relative_to(GOLDEN).as_posix()] = path.read_text(encoding="utf-8")
    return found


def differences(expected: dict[str, str], actual: dict[str, str]) -> list[str]:
    """The golden file names that are missing, left over or differ."""
    names = sorted(set(expected) | set(actual))
    return [name for name in names if expected.get(name) != actual.get(name)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="write nothing; list the files that differ (exit code 1)")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    fresh = outputs()
    old = stored() if GOLDEN.exists() else {}
    changed = differences(fresh, old)
    if args.check:
        for name in changed:
            print(f"differs: tests/golden/{name}")
        return 1 if changed else 0
    for name in changed:
        path = GOLDEN / name
        if name in fresh:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(fresh[name], encoding="utf-8", newline="\n")
        else:
            path.unlink()
        print(f"{'written' if name in fresh else 'removed'}: tests/golden/{name}")
    print(f"{len(fresh)} golden files, {len(changed)} changed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
