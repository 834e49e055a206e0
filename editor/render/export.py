"""Writing exports to files: names from date and headline, atomic writes, progress."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from pathlib import Path

from editor.core.model import Bundle
from editor.io.atomic import write_bytes_atomic
from editor.render import docx, html
from editor.render.catalogue import FORMATS, TemplateInfo, find_template
from editor.render.errors import RenderError
from editor.render.viewmodel import ExportView, ViewOptions, build_view, find_item

Progress = Callable[[int, int, str], None]
"""Called after each written file with (files done, files in all, path written)."""

_FOLD = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "Ae", "Ö": "Oe",
                       "Ü": "Ue", "ẞ": "Ss"})
SLUG_LENGTH = 60


def slugify(text: str, limit: int = SLUG_LENGTH) -> str:
    """A file-name-safe form: "Wirtschaftsförderer aus …" → "wirtschaftsfoerderer-aus-…"."""
    folded = unicodedata.normalize("NFKD", text.translate(_FOLD))
    ascii_text = folded.encode("ascii", "ignore").decode("ascii").lower()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")
    if len(slug) > limit:
        cut = slug[:limit]
        slug = cut.rsplit("-", 1)[0] if "-" in cut[limit // 2:] else cut
    return slug or "release"


def view_for(bundle: Bundle, item_id: str, info: TemplateInfo, languages: list[str]) -> ExportView:
    info.check_languages(languages)
    return build_view(bundle, item_id, languages, ViewOptions(dateline=info.dateline))


def file_stem(bundle: Bundle, item_id: str, languages: list[str]) -> str:
    """"2021-03-15_wirtschaftsfoerderer-aus-brandenburg-….de" (without the extension)."""
    item = find_item(bundle, item_id)
    day = item.issue_date.isoformat() if item.issue_date else "undated"
    headline = ""
    for lang in [*languages, item.source_language]:
        headline = item.headline.get(lang)
        if headline.strip():
            break
    return f"{day}_{slugify(headline or item.id)}.{'-'.join(languages)}"


def export_items(
    bundle: Bundle,
    item_ids: list[str],
    template: str,
    languages: list[str],
    formats: list[str],
    out_dir: Path,
    progress: Progress | None = None,
) -> list[Path]:
    """Render each item in each format into ``out_dir``; the written paths, in order.

    Files are written atomically. Two items that would get the same name within one
    call are told apart with "-2", "-3"; a file left by an earlier export of the same
    name is replaced.
    """
    info = find_template(template)
    info.check_languages(languages)
    unknown = [f for f in formats if f not in FORMATS]
    if unknown or not formats:
        raise RenderError(f"Unknown export format {unknown[0] if unknown else '(none)'}; "
                          f"choose from {', '.join(FORMATS)}.")
    missing = [f for f in formats if f not in info.formats]
    if missing:
        raise RenderError(f"Template {template!r} does not make {', '.join(missing)}.")
    for item_id in item_ids:
        find_item(bundle, item_id)
    out_dir = Path(out_dir)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise RenderError(f"The folder {out_dir} cannot be created: {exc.strerror}.") from None
    total = len(item_ids) * len(formats)
    used: set[str] = set()
    written: list[Path] = []
    for item_id in item_ids:
        view = view_for(bundle, item_id, info, languages)
        stem = file_stem(bundle, item_id, languages)
        base, suffix = stem.rsplit(".", 1)
        n = 1
        while any(f"{stem}.{fmt}" in used for fmt in formats):
            n += 1
            stem = f"{base}-{n}.{suffix}"
        for fmt in formats:
            name = f"{stem}.{fmt}"
            used.add(name)
            data = (docx.render_view(info, view) if fmt == "docx"
                    else html.render_view(info, view).encode("utf-8"))
            path = out_dir / name
            write_bytes_atomic(path, data)
            written.append(path)
            if progress is not None:
                progress(len(written), total, str(path))
    return written
