"""Writing exports to files: names from date and headline, atomic writes, progress."""

from __future__ import annotations

import functools
import io
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import ParamSpec, TypeVar

from editor.core.formatting import format_embargo
from editor.core.model import Bundle, PressItem
from editor.core.typography import visible_safe
from editor.io.atomic import AtomicBatch, check_targets, remove_stale_temp_files
from editor.render import docx
from editor.render.catalogue import (
    DOSSIER_KIND,
    ITEM_FORMATS,
    TemplateInfo,
    builtin_folder,
    find_template,
)
from editor.render.errors import EmbargoError, RenderError
from editor.render.trust import inside_builtin
from editor.render.viewmodel import BundleIndex, ExportView, ViewOptions, build_view, find_item

P = ParamSpec("P")
R = TypeVar("R")

Progress = Callable[[int, int, str], None]
"""Called after each written file with (files done, files in all, path written)."""

_FOLD = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "Ae", "Ö": "Oe",
                       "Ü": "Ue", "ẞ": "Ss"})
SLUG_LENGTH = 60
NAME_WORDS: dict[str, dict[str, str]] = {
    "en": {"undated": "undated", "release": "release"},
    "de": {"undated": "undatiert", "release": "pressemitteilung"},
}
"""The words file names are made of where the item itself gives none, per UI language."""


def name_word(word: str, language: str) -> str:
    """``word`` of :data:`NAME_WORDS` in ``language`` (English for any other language)."""
    return NAME_WORDS.get(language, NAME_WORDS["en"])[word]


def template_slug(info: TemplateInfo, language: str = "en") -> str:
    """The template's part of a file name: its folder name ("bilingual"), or in a German
    UI its German title ("zweisprachig-nacheinander"), so a German user reads no English."""
    title = info.title.get(language, "").strip() if language != "en" else ""
    return slugify(title or info.name, 40)


def slugify(text: str, limit: int = SLUG_LENGTH, fallback: str = "release") -> str:
    """A file-name-safe form: "Wirtschaftsförderer aus …" → "wirtschaftsfoerderer-aus-…"."""
    folded = unicodedata.normalize("NFKD", text.translate(_FOLD))
    ascii_text = folded.encode("ascii", "ignore").decode("ascii").lower()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")
    if len(slug) > limit:
        cut = slug[:limit]
        slug = cut.rsplit("-", 1)[0] if "-" in cut[limit // 2:] else cut
    return slug or fallback


def view_for(bundle: Bundle, item_id: str, info: TemplateInfo, languages: list[str],
             index: BundleIndex | None = None, *, draft: bool = False) -> ExportView:
    """The view of an item for template ``info``; ``draft``: a draft for approval, with
    editing marks under a visible ENTWURF / DRAFT line."""
    check_item_template(info)
    info.check_languages(languages)
    return build_view(bundle, item_id, languages,
                      ViewOptions(dateline=info.dateline, draft=draft), index=index)


def check_item_template(info: TemplateInfo) -> None:
    """Raise :class:`RenderError` when ``info`` does not make press items (a dossier one)."""
    if info.kind == DOSSIER_KIND:
        raise RenderError(f"Template {info.name!r} makes quote dossiers, not press items; "
                          "choose another template (see `templates`).")


def file_stem(bundle: Bundle, item_id: str, languages: list[str], template: str = "",
              index: BundleIndex | None = None, *, name_language: str = "en") -> str:
    """"2021-03-15_wirtschaftsfoerderer-aus-brandenburg-…_pressemitteilung.de" (without the
    extension): the template (its :func:`template_slug`) is part of the name, so two
    templates never share a file. ``name_language`` is the UI's: "undatiert" for an item
    without a date in German."""
    item = index.item(item_id) if index is not None else find_item(bundle, item_id)
    kind = template_slug(find_template(template), name_language) if template else ""
    return _stem(item, languages, kind, name_language)


def _stem(item: PressItem, languages: list[str], kind: str, name_language: str) -> str:
    day = item.issue_date.isoformat() if item.issue_date else name_word("undated", name_language)
    headline = ""
    for lang in [*languages, item.source_language]:
        headline = item.headline.get(lang)
        if headline.strip():
            break
    title = slugify(headline or item.id, fallback=name_word("release", name_language))
    return f"{day}_{title}{'_' + kind if kind else ''}.{'-'.join(languages)}"


def under_embargo(item: PressItem, now: datetime | None = None) -> bool:
    """True while the item's embargo (Sperrfrist) has not ended (see
    :meth:`editor.core.model.Embargo.in_force`)."""
    return item.embargo is not None and item.embargo.in_force(now)


def embargoed_items(bundle: Bundle, item_ids: list[str] | None = None,
                    now: datetime | None = None) -> list[PressItem]:
    """The items (of ``item_ids``, default all of the bundle) whose embargo has not ended.

    The one embargo check of every export: items, bilingual files and quote dossiers.
    """
    if item_ids is None:
        items = bundle.items
    else:
        by_id: dict[str, PressItem] = {}
        for item in bundle.items:
            by_id.setdefault(item.id, item)
        items = [by_id[i] if i in by_id else find_item(bundle, i) for i in item_ids]
    return [item for item in items if under_embargo(item, now)]


def embargo_until(item: PressItem, lang: str | None = None) -> str:
    """ "15. März 2021, 10:00 Uhr MEZ (Europe/Berlin)"; empty without an embargo."""
    if item.embargo is None:
        return ""
    until = format_embargo(item.embargo.until, item.embargo.timezone,
                           lang or item.source_language)
    return f"{until} ({item.embargo.timezone})"


def check_embargo(bundle: Bundle, item_ids: list[str], formats: list[str],
                  now: datetime | None = None) -> None:
    """Raise :class:`EmbargoError` when a web page of an embargoed item is asked for.

    Word, PDF, plain text and e-mail stay allowed: they go to the approval round and to
    journalists and news agencies ahead of the embargo, and each carries the embargo line
    (the e-mail also in its subject).
    """
    if "html" not in formats:
        return
    for item in embargoed_items(bundle, item_ids, now)[:1]:
        lang = item.source_language
        raise EmbargoError(item.id, item.headline.get(lang).strip(), embargo_until(item))


def _shows_embargo(view: ExportView, fmt: str, data: bytes) -> bool:
    """True when every embargoed section's embargo line is in the rendered file."""
    return _shows_lines(fmt, data, [s.release_line for s in view.sections if s.embargoed])


def _shows_lines(fmt: str, data: bytes, lines: list[str]) -> bool:
    """True when each of ``lines`` is in the rendered file (DOCX: in one of its parts;
    plain text: whatever the wrapping of its lines)."""
    if not lines:
        return True
    if fmt == "docx":
        import zipfile  # here: only an embargoed release is read back

        with zipfile.ZipFile(io.BytesIO(data)) as z:
            text = "".join(z.read(n).decode("utf-8", "replace") for n in z.namelist()
                           if n.startswith("word/") and n.endswith(".xml"))
    else:
        text = data.decode("utf-8", "replace")
    if fmt == "txt":
        flat = " ".join(text.split())
        return all(" ".join(visible_safe(line).split()) in flat for line in lines)
    escaped = (visible_safe(line).replace("&", "&amp;").replace("<", "&lt;")
               .replace(">", "&gt;") for line in lines)
    return all(line in text for line in escaped)


def _builtin(template: object) -> bool:
    """True when ``template`` names a built-in template that renders here. Decided from
    the folders alone: finding a user template checks its source in the worker, which
    belongs in the session."""
    if not isinstance(template, str):
        return False
    folder = builtin_folder(template)
    return folder is not None and inside_builtin(str(folder))


def _in_session_for_user_template(func: Callable[P, R]) -> Callable[P, R]:
    """``func`` (with the template's name as third argument) inside one
    :func:`editor.render.worker.session` when the template is a user's; a built-in one
    renders here, and the worker's module is not even loaded."""

    @functools.wraps(func)
    def batch(*args: P.args, **kwargs: P.kwargs) -> R:
        if _builtin(kwargs["template"] if "template" in kwargs
                    else args[2] if len(args) > 2 else None):
            return func(*args, **kwargs)
        from editor.render import worker

        with worker.session():
            return func(*args, **kwargs)

    return batch


@_in_session_for_user_template
def export_items(
    bundle: Bundle,
    item_ids: list[str],
    template: str,
    languages: list[str],
    formats: list[str],
    out_dir: Path,
    progress: Progress | None = None,
    *,
    allow_before_embargo: bool = False,
    taken: set[Path] | None = None,
    draft: bool = False,
    ots: bool | None = None,
    now: datetime | None = None,
    name_language: str = "en",
) -> list[Path]:
    """Render each item in each format into ``out_dir``; the written paths, in order.

    Formats: ``docx``, ``html``, ``pdf`` (the DOCX converted by LibreOffice, every PDF of
    the call in one conversion), ``txt`` (the wire-service text; ``ots`` opens its lead
    "Ort (ots) – …", ``None`` leaves that to the template) and ``eml`` (an e-mail with the
    text and web page as its body and the DOCX and PDF attached; dated ``now``).
    With PDF or e-mail, every file is made before the first one is written, so that a
    failed conversion writes nothing.

    Files are written atomically. File names hold date, headline, template and languages
    (see :func:`file_stem`; ``name_language`` is the language of the UI);
    two items that would get the same name within one call, or a name in ``taken`` (the
    files an earlier call of the same run wrote; the written paths are added to it), are
    told apart with "-2", "-3"; a file left by an earlier run of the same name is replaced.
    A web page (HTML) of an item whose embargo has not ended raises :class:`EmbargoError`
    before anything is written, unless ``allow_before_embargo`` confirms it; DOCX is always
    allowed and, like HTML, carries the embargo line. A ``draft`` (for approval) shows
    the editing marks under the ENTWURF / DRAFT line, which every file must carry.
    """
    info = find_template(template)
    check_item_template(info)
    info.check_languages(languages)
    unknown = [f for f in formats if f not in ITEM_FORMATS]
    if unknown or not formats:
        raise RenderError(f"Unknown export format {unknown[0] if unknown else '(none)'}; "
                          f"choose from {', '.join(ITEM_FORMATS)}.")
    missing = [f for f in formats if f not in info.item_formats]
    if missing:
        raise RenderError(f"Template {template!r} does not make {', '.join(missing)}.")
    converting = bool({"pdf", "eml"} & set(formats))
    if converting:
        from editor.render import pdf

        pdf.find_soffice()  # no LibreOffice: say so before anything is made
    index = BundleIndex(bundle)
    for item_id in item_ids:
        index.item(item_id)
    if not allow_before_embargo:
        check_embargo(bundle, item_ids, formats)
    out_dir = Path(out_dir)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise RenderError(f"The folder {out_dir} cannot be created: {exc.strerror}.") from None
    remove_stale_temp_files(out_dir)  # what killed exports left here
    total = len(item_ids) * len(formats)
    here = out_dir.resolve()
    used: set[str] = {p.name for p in taken or () if p.parent.resolve() == here}
    names = _file_names(index, item_ids, languages, template_slug(info, name_language),
                        name_language, formats, used)
    check_targets(out_dir / f"{stem}.{fmt}" for _, stem in names for fmt in formats)
    written: list[Path] = []
    options = _Options(info, languages, formats, draft,
                       info.text_ots if ots is None else ots, now)
    with AtomicBatch() as batch:  # one sync per group of files, each file whole or absent
        if not converting:
            for item_id, stem in names:
                files = _render_item(bundle, index, item_id, stem, options)
                _write(batch, files, formats, out_dir, written, total, progress, taken)
            return written
        made = [_render_item(bundle, index, item_id, stem, options)
                for item_id, stem in names]
        _add_converted(made, options, progress)
        for files in made:
            _write(batch, files, formats, out_dir, written, total, progress, taken)
    return written


def _file_names(index: BundleIndex, item_ids: list[str], languages: list[str], kind: str,
                name_language: str, formats: list[str],
                used: set[str]) -> list[tuple[str, str]]:
    """Each item's file stem; equal names get "-2", "-3" … in order, ``used`` excepted.

    The next number to try is kept per name, so a thousand items of one headline cost a
    thousand look-ups, not half a million.
    """
    names: list[tuple[str, str]] = []
    tried: dict[str, int] = {}
    for item_id in item_ids:
        stem = _stem(index.item(item_id), languages, kind, name_language)
        base, suffix = stem.rsplit(".", 1)
        n = tried.get(stem, 1)
        if n > 1:
            stem = f"{base}-{n}.{suffix}"
        while any(f"{stem}.{fmt}" in used for fmt in formats):
            n += 1
            stem = f"{base}-{n}.{suffix}"
        tried[f"{base}.{suffix}"] = n
        used.update(f"{stem}.{fmt}" for fmt in formats)
        names.append((item_id, stem))
    return names


@dataclass(frozen=True)
class _Options:
    """What one export asks for: template, languages, formats and switches."""

    info: TemplateInfo
    languages: list[str]
    formats: list[str]
    draft: bool
    ots: bool
    now: datetime | None


@dataclass
class _Made:
    """One item's rendered files, by format, before they are written."""

    item_id: str
    stem: str
    view: ExportView
    data: dict[str, bytes] = field(default_factory=dict)


def _render_item(bundle: Bundle, index: BundleIndex, item_id: str, stem: str,
                 options: _Options) -> _Made:
    """The item's files that need no conversion, each checked for its embargo line and
    draft marking; the Word file, web page and text also when an e-mail needs them."""
    info = options.info
    view = view_for(bundle, item_id, info, options.languages, index, draft=options.draft)
    made = _Made(item_id, stem, view)
    wanted = set(options.formats)
    needs = {
        "docx": bool(wanted & {"docx", "pdf", "eml"}),
        "html": bool(wanted & {"html", "eml"}),
        "txt": bool(wanted & {"txt", "eml"}),
    }
    for fmt, needed in needs.items():
        if not needed:
            continue
        if fmt == "docx":
            data = docx.render_view(info, view)
        elif fmt == "html":
            from editor.render import html

            data = html.render_view(info, view).encode("utf-8")
        else:
            from editor.render import text

            data = text.render_view(view, ots=options.ots,
                                    languages=info.text_languages).encode("utf-8")
        _check_file(view, info, fmt, data, f"{stem}.{fmt}")
        made.data[fmt] = data
    return made


def _check_file(view: ExportView, info: TemplateInfo, fmt: str, data: bytes,
                name: str) -> None:
    """Refuse a file that hides the embargo line or, in a draft, the draft marking."""
    if fmt == "txt" and info.text_languages == "first":
        view = replace(view, sections=view.sections[:1])
    if not _shows_embargo(view, fmt, data):
        raise RenderError(
            f"Template {info.name!r} does not show the embargo line of press item "
            f"{view.item_id} in its {fmt.upper()} file, so {name} was not written. Add "
            f"the embargo line to the template (release_line).")
    if view.draft and not _shows_lines(fmt, data, view.draft_label.split(" / ")):
        raise RenderError(
            f"Template {info.name!r} does not show the draft marking in its "
            f"{fmt.upper()} file, so {name} was not written as a draft for approval. "
            f"Add view.draft_label to the template.")


def _add_converted(made: list[_Made], options: _Options, progress: Progress | None) -> None:
    """Every item's PDF from one LibreOffice call, then the e-mails that attach it.

    While LibreOffice works, ``progress`` hears how many PDFs it has made (with no file
    written yet), and may stop it by raising."""
    from editor.render import mail, pdf

    def converted(done: int) -> None:
        if progress is not None:
            progress(0, len(made) * len(options.formats), f"PDF {done}/{len(made)}")

    conversion = pdf.convert([(f"{m.stem}.docx", m.data["docx"]) for m in made],
                             progress=converted)
    now = options.now or datetime.now().astimezone()
    for m, data in zip(made, conversion.pdfs, strict=True):
        m.data["pdf"] = data
        if "eml" in options.formats:
            attachments = [
                mail.Attachment(f"{m.stem}.docx", m.data["docx"], mail.DOCX_TYPE),
                mail.Attachment(f"{m.stem}.pdf", data, mail.PDF_TYPE)]
            m.data["eml"] = mail.build_message(
                m.view, m.data["txt"].decode("utf-8"), m.data["html"].decode("utf-8"),
                attachments, now)


def _write(batch: AtomicBatch, made: _Made, formats: list[str], out_dir: Path,
           written: list[Path], total: int, progress: Progress | None,
           taken: set[Path] | None) -> None:
    """Write ``formats`` of one item into ``batch``; paths go to ``written``/``taken``."""
    for fmt in formats:
        path = out_dir / f"{made.stem}.{fmt}"
        batch.write_bytes(path, made.data[fmt])
        written.append(path)
        if taken is not None:
            taken.add(path)
        if progress is not None:
            progress(len(written), total, str(path))
