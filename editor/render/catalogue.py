"""Export templates: built-in and user folders, each with a ``manifest.json``.

A manifest reads::

    {"name": {"de": "Pressemitteilung", "en": "German press release"},
     "kind": "release", "layout": "single", "languages": ["de"],
     "formats": ["docx", "html"], "dateline": {"de": "de-den"},
     "text": {"ots": false, "languages": "all"}}

``layout`` is ``single`` (one language per file, any of ``languages``), ``consecutive``
(all languages one after the other) or ``side-by-side`` (two columns).
``formats`` names the files of the folder (``docx``, ``html``); the formats made from them
follow: PDF from the Word file, e-mail from both, plain text always (:data:`ITEM_FORMATS`).
``text`` (optional) shapes the plain text: ``ots`` opens the lead "Ort (ots) – …" instead
of the dateline, ``languages`` ``"first"`` writes only the first language of a bilingual
template (default ``"all"``, one after the other).
A user template folder with the same name as a built-in one replaces it.
"""

from __future__ import annotations

import functools
import json
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from editor.core import paths
from editor.core.errors import PressestelleError
from editor.core.formatting import DATELINE_STYLES, known_language
from editor.render import template_files
from editor.render.errors import RenderError, TemplateError

MANIFEST = "manifest.json"
HTML_FILE = "template.html.j2"
DOCX_FILE = "template.docx"
LAYOUTS = ("single", "consecutive", "side-by-side")
FORMATS = ("docx", "html")
"""The formats a template folder has files for."""
ITEM_FORMATS = ("docx", "html", "pdf", "txt", "eml")
"""Every format a press item is exported in: PDF needs the Word file, e-mail both files."""
TEXT_LANGUAGES = ("all", "first")
SHARED_FOLDER = "_shared"
DOSSIER_KIND = "dossier"
"""The ``kind`` of templates that make quote dossiers (all quotes of one person)."""
MAX_MANIFEST_DEPTH = 16
"""How deeply lists and objects may nest in a manifest (a real one needs 2)."""


@dataclass(frozen=True)
class TemplateInfo:
    """What a template is called, what it makes and where it lives."""

    name: str
    title: dict[str, str]
    kind: str
    languages: list[str]
    formats: list[str]
    builtin: bool
    folder: Path
    layout: str = "single"
    dateline: dict[str, str] = field(default_factory=dict)
    text_ots: bool = False
    """The plain text opens its lead "Ort (ots) – …" (the wire-service dateline)."""
    text_languages: str = "all"
    """Which languages of a bilingual template the plain text holds: "all" or "first"."""

    @property
    def item_formats(self) -> list[str]:
        """The formats this template makes for a press item, in :data:`ITEM_FORMATS` order."""
        has = set(self.formats)
        made = has | {"txt"}
        if "docx" in has:
            made.add("pdf")
            if "html" in has:
                made.add("eml")
        return [f for f in ITEM_FORMATS if f in made]

    def language_sets(self) -> list[list[str]]:
        """The language choices this template accepts: [["de"]] or [["de", "en"]]."""
        if self.layout == "single":
            return [[lang] for lang in self.languages]
        return [list(self.languages)]

    def check_languages(self, languages: list[str]) -> None:
        """Raise :class:`RenderError` unless ``languages`` is a set this template makes."""
        if self.layout == "single":
            if len(languages) == 1 and languages[0] in self.languages:
                return
            wanted = " or ".join(self.languages)
            raise RenderError(
                f"Template {self.name!r} makes one-language documents in {wanted}; "
                f"you asked for {','.join(languages) or 'no language'}. "
                "Choose a bilingual template for two languages."
            )
        if sorted(languages) == sorted(self.languages) and len(set(languages)) == len(languages):
            return
        raise RenderError(
            f"Template {self.name!r} needs exactly the languages {','.join(self.languages)} "
            f"(in either order); you asked for {','.join(languages) or 'none'}."
        )


def choice_for_items(templates: Mapping[str, TemplateInfo], template: str,
                     languages: Sequence[str], item_languages: Sequence[str],
                     ) -> tuple[str, list[str]]:
    """The template and languages to show or export items in whose languages are
    ``item_languages`` (those every item has): ``template`` with ``languages`` when the
    items have all of those, else ``template`` in languages the items have, else the first
    template of the same kind that makes them, else any such template; unchanged when none
    does. A German-only item is so not shown in a bilingual template's empty English part."""
    have = set(item_languages)
    if not have or set(languages) <= have:
        return template, list(languages)

    def fitting(info: TemplateInfo) -> list[str] | None:
        sets = [s for s in info.language_sets() if set(s) <= have]
        return max(sets, key=len) if sets else None

    chosen = templates.get(template)
    ordered = [chosen] if chosen is not None else []
    ordered += [t for t in templates.values() if chosen is not None and t.kind == chosen.kind]
    ordered += [t for t in templates.values() if t.kind != DOSSIER_KIND]
    for info in ordered:
        found = fitting(info)
        if found is not None:
            return info.name, found
    return template, list(languages)


def _nesting(text: str) -> int:
    """How deeply the lists and objects of the JSON ``text`` nest (strings skipped)."""
    depth = deepest = 0
    in_string = escaped = False
    for char in text:
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif char in "]}":
            depth -= 1
    return deepest


def _read_manifest(folder: Path) -> object:
    file = folder / MANIFEST
    try:
        text = template_files.read_text(folder, MANIFEST, template_files.MAX_MANIFEST_BYTES)
    except FileNotFoundError:
        raise TemplateError(str(file), "the template folder has no manifest.json") from None
    if _nesting(text) > MAX_MANIFEST_DEPTH:
        raise TemplateError(str(file), f"nests lists or objects more than "
                            f"{MAX_MANIFEST_DEPTH} levels deep; a manifest needs two")
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise TemplateError(str(file), f"not valid JSON: {exc.msg}", exc.lineno) from None
    except RecursionError:  # _nesting makes this unreachable; kept as a second line
        raise TemplateError(str(file), "nests lists or objects too deeply") from None
    except ValueError:  # the only other: an integer of thousands of digits
        raise TemplateError(str(file), "not valid JSON: it holds a number of thousands of "
                            "digits") from None


def _load_manifest(folder: Path, builtin: bool) -> TemplateInfo:
    try:
        return _manifest_info(folder, builtin)
    except TemplateError as exc:
        exc.template = folder.name
        raise


def _manifest_info(folder: Path, builtin: bool) -> TemplateInfo:
    file = folder / MANIFEST
    data = _read_manifest(folder)
    if not isinstance(data, dict):
        raise TemplateError(str(file), "must hold a JSON object")

    def want(key: str, kind: type, default: object = None) -> object:
        value = data.get(key, default)
        if not isinstance(value, kind):
            raise TemplateError(str(file), f"field {key!r} must be a {kind.__name__}")
        return value

    title = want("name", dict)
    languages = want("languages", list)
    formats = want("formats", list, list(FORMATS))
    layout = want("layout", str, "single")
    dateline = want("dateline", dict, {})
    kind = want("kind", str, "release")
    text = want("text", dict, {})
    assert isinstance(text, dict)
    text_ots = text.get("ots", False)
    text_languages = text.get("languages", "all")
    if not isinstance(text_ots, bool):
        raise TemplateError(str(file), "field 'text.ots' must be true or false")
    if text_languages not in TEXT_LANGUAGES:
        raise TemplateError(str(file), f"field 'text.languages' must be one of "
                            f"{', '.join(TEXT_LANGUAGES)}")
    assert isinstance(title, dict) and isinstance(languages, list) and isinstance(formats, list)
    assert isinstance(layout, str) and isinstance(dateline, dict) and isinstance(kind, str)
    if layout not in LAYOUTS:
        raise TemplateError(str(file), f"layout {layout!r} is not one of {', '.join(LAYOUTS)}")
    if not languages or not all(isinstance(x, str) for x in languages):
        raise TemplateError(str(file), "field 'languages' must list language codes")
    for position, lang in enumerate(languages, start=1):
        if not known_language(lang):
            raise TemplateError(str(file), f"field 'languages': {lang[:40]!r} (number "
                                f"{position}) is not a language code exports know, such "
                                "as de, en or de-CH")
    if layout != "single" and len(languages) != 2:
        raise TemplateError(str(file), f"a {layout} template needs exactly two languages")
    bad = [f for f in formats if f not in FORMATS]
    if bad and bad[0] in ITEM_FORMATS:
        raise TemplateError(str(file), f"format {bad[0]!r} is made from the template's files "
                            f"and is not listed; list only {', '.join(FORMATS)}")
    if bad:
        raise TemplateError(str(file), f"unknown format {bad[0]!r}; use {', '.join(FORMATS)}")
    for lang, style in dateline.items():
        if style not in DATELINE_STYLES:
            raise TemplateError(
                str(file), f"dateline style {style!r} for {lang!r} is not one of "
                f"{', '.join(DATELINE_STYLES)}")
    for fmt, name in (("docx", DOCX_FILE), ("html", HTML_FILE)):
        if fmt not in formats:
            continue
        try:
            template_files.locate(folder, name)
        except FileNotFoundError:
            raise TemplateError(str(folder / name),
                                f"listed format {fmt} but the file is missing") from None
    info = TemplateInfo(
        name=folder.name,
        title={str(k): str(v) for k, v in title.items()},
        kind=kind,
        languages=[str(x) for x in languages],
        formats=[str(f) for f in formats],
        builtin=builtin,
        folder=folder,
        layout=layout,
        dateline={str(k): str(v) for k, v in dateline.items()},
        text_ots=text_ots,
        text_languages=str(text_languages),
    )
    if not builtin and "html" in info.formats:
        _check_html_syntax(info)
    return info


def _check_html_syntax(info: TemplateInfo) -> None:
    """Refuse a user template whose ``template.html.j2`` does not parse, so that it is
    listed as unavailable (with file and line) instead of failing the export it is chosen
    for. The file is parsed in the worker process, under its limits, once per version."""
    problem = _html_syntax_problem(str(info.folder), template_files.stamp(info.folder,
                                                                          HTML_FILE))
    if problem is not None:
        raise TemplateError(problem.file, problem.problem, problem.line, problem.near)


@functools.lru_cache(maxsize=64)
def _html_syntax_problem(folder: str, stamp: tuple[int, int, int]) -> TemplateError | None:
    """What is wrong with the HTML template source in ``folder`` (``stamp`` names the
    version of the file that was checked); ``None`` when it parses."""
    from editor.render import html, worker  # they import this module

    probe = TemplateInfo(name=Path(folder).name, title={}, kind="release", languages=[],
                         formats=["html"], builtin=False, folder=Path(folder))
    try:
        worker.render(probe, str(Path(folder) / HTML_FILE), html.check_syntax, folder)
    except TemplateError as exc:
        return exc
    except PressestelleError as exc:  # the worker could not run: say so, for this template
        return TemplateError(str(Path(folder) / HTML_FILE), f"could not be checked: {exc}")
    return None


def _folders(root: Path) -> list[Path]:
    if not root.is_dir():
        return []
    return sorted(
        p for p in root.iterdir()
        if p.is_dir() and not p.name.startswith((".", "_")) and _has_manifest(p)
    )


def _has_manifest(folder: Path) -> bool:
    """True when ``folder`` holds something called manifest.json (a link or a pipe too:
    reading it then says what is wrong)."""
    return os.path.lexists(folder / MANIFEST)


def template_roots() -> list[tuple[Path, bool]]:
    """Where templates are searched: (folder, built-in?) with the user folder first."""
    return [(paths.user_templates_dir(), False), (paths.builtin_templates_dir(), True)]


def list_templates(*, problems: list[TemplateError] | None = None,
                   purpose: str = "item") -> list[TemplateInfo]:
    """Every usable template, user ones replacing built-ins of the same name, sorted by name.

    ``purpose`` "item" lists templates for press items, "dossier" those for quote dossiers
    (kind :data:`DOSSIER_KIND`), "all" both. A broken template raises
    :class:`TemplateError` naming its file; when ``problems`` is given, broken templates are
    collected there instead (each with its ``template`` name) and left out of the list.
    A broken user template that replaces a built-in one hides it: the user meant theirs.
    """
    found: dict[str, TemplateInfo] = {}
    broken: set[str] = set()
    for root, builtin in template_roots():
        folders = _folders(root)
        if builtin and not folders:
            raise paths.PackagedDataMissing(
                f"The built-in templates of Pressestelle are missing: {root} holds none. "
                f"Reinstall Pressestelle or run it from a complete source checkout.")
        for folder in folders:
            if folder.name in found or folder.name in broken:
                continue
            try:
                found[folder.name] = _load_manifest(folder, builtin)
            except TemplateError as exc:
                if problems is None:
                    raise
                broken.add(folder.name)
                problems.append(exc)
    infos = [found[k] for k in sorted(found)]
    if purpose == "all":
        return infos
    dossier = purpose == DOSSIER_KIND
    return [t for t in infos if (t.kind == DOSSIER_KIND) == dossier]


def builtin_folder(name: str) -> Path | None:
    """The folder of the built-in template ``name`` when :func:`find_template` would pick
    it (no user template of that name overrides it); ``None`` otherwise. Reads no
    manifest and checks no template source."""
    if not name or "/" in name or "\\" in name or name.startswith((".", "_")):
        return None
    for root, builtin in template_roots():
        folder = root / name
        if _has_manifest(folder):
            return folder if builtin else None
    return None


def find_template(name: str) -> TemplateInfo:
    """The template called ``name`` (user folder first)."""
    if not name or "/" in name or "\\" in name or name.startswith((".", "_")):
        raise RenderError(f"{name!r} is not a template name.")
    for root, builtin in template_roots():
        folder = root / name
        if _has_manifest(folder):
            return _load_manifest(folder, builtin)
    known = ", ".join(t.name for t in list_templates(problems=[], purpose="all"))
    raise RenderError(f"There is no template called {name!r}. Known templates: {known}.")
