"""The sandboxed Jinja environment shared by HTML and DOCX templates.

Templates are files users share, not trusted code: they run in Jinja's sandbox with
StrictUndefined, and every failure becomes a :class:`TemplateError` naming file and line.
"""

from __future__ import annotations

import base64
import os
import re
from collections.abc import Iterable
from pathlib import Path
from types import TracebackType
from typing import Any

import jinja2
from jinja2.sandbox import SandboxedEnvironment
from markupsafe import Markup, escape

from editor.core.images import PhotoError
from editor.core.links import safe_href
from editor.render import sandbox
from editor.render.errors import TOO_DEEP, RenderError, TemplateError
from editor.render.inline import Run
from editor.render.viewmodel import PhotoView

_HYPHENATED = re.compile(r"[^\s<>]*-[^\s<>]*")


def person_name(name: object) -> Markup:
    """A person's name escaped, each hyphenated word in it ("Meyer-Lüdenscheid",
    "Dr.-Ing.") kept on one line; the other spaces may still break."""
    return Markup(_HYPHENATED.sub(
        lambda m: f'<span style="white-space:nowrap">{m.group(0)}</span>', str(escape(name))))


def runs_html(runs: Iterable[Run]) -> Markup:
    """Runs as HTML: <strong>, <em>, <a>, <br>; all text escaped, only safe links live;
    a person's name keeps its hyphenated words unbroken."""
    out: list[str] = []
    for r in runs:
        piece = str(person_name(r.text) if r.name else escape(r.text))
        if "\n" in piece:
            piece = piece.replace("\n", "<br>")
        if r.italic:
            piece = f"<em>{piece}</em>"
        if r.bold:
            piece = f"<strong>{piece}</strong>"
        if safe_href(r.href):
            piece = f'<a href="{escape(r.href)}">{piece}</a>'
        out.append(piece)
    return Markup("".join(out))


_DATA_URIS: dict[str, str] = {}


def photo_src(photo: PhotoView) -> str:
    """A photo of the item as a data: URI so the HTML file stands alone; "" when missing.

    Only photos of the view model are accepted, and they carry the bytes the archive
    holds (without metadata, :attr:`PhotoData.public_data`): a template cannot name a file
    to read, and no file is read here.
    """
    if not isinstance(photo, PhotoView):
        raise jinja2.exceptions.SecurityError("photo_src works only on a photo of the item")
    image = photo.image
    if image is None:
        return ""
    key = image.key
    cached = _DATA_URIS.get(key)
    if cached is None:
        try:
            public = image.public_data
        except PhotoError as exc:
            raise RenderError(f"The photo {photo.photo_id} is not an image a browser can "
                              f"show ({exc}).") from None
        cached = f"data:{image.media_type};base64," + base64.b64encode(public).decode("ascii")
        if len(_DATA_URIS) > 64:
            _DATA_URIS.clear()
        _DATA_URIS[key] = cached
    return cached


def jsonld(value: str) -> Markup:
    """JSON-LD text already escaped for a <script> element (no "</script>" inside)."""
    return Markup(value.replace("<", "\\u003c").replace(">", "\\u003e"))


def make_environment(search_path: list[Path], *, autoescape: bool = True) -> SandboxedEnvironment:
    """A sandboxed, strict environment loading templates from ``search_path``.

    The sandbox also limits work, sizes and file access (see :mod:`editor.render.sandbox`).
    """
    env = sandbox.GuardedEnvironment(
        search_path,
        undefined=jinja2.StrictUndefined,
        autoescape=autoescape,
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=True,
    )
    env.filters["runs"] = runs_html
    env.filters["person_name"] = person_name
    env.filters["photo_src"] = photo_src
    env.filters["jsonld"] = jsonld
    return env


def _template_frame(tb: TracebackType | None) -> tuple[str, int] | None:
    """File and line of the innermost template frame of a traceback."""
    found = None
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if filename.endswith((".j2", ".xml")) or "<template>" in filename:
            found = (filename, tb.tb_lineno)
        tb = tb.tb_next
    return found




def describe(exc: BaseException, fallback_file: str) -> TemplateError:
    """A :class:`TemplateError` for any failure raised by a template."""
    if isinstance(exc, TemplateError):
        return exc
    if isinstance(exc, jinja2.TemplateSyntaxError):
        return TemplateError(exc.filename or fallback_file, f"syntax error: {exc.message}",
                             exc.lineno)
    if isinstance(exc, jinja2.TemplateNotFound):
        return TemplateError(fallback_file, f"includes {exc.name!r}, which does not exist")
    frame = _template_frame(exc.__traceback__)
    file, line = frame if frame else (fallback_file, None)
    if "<template>" in file:
        file = fallback_file
    if isinstance(exc, RecursionError):
        problem = TOO_DEEP
    elif isinstance(exc, jinja2.exceptions.SecurityError):
        problem = f"not allowed in a template: {exc}"
    elif isinstance(exc, jinja2.UndefinedError):
        problem = f"unknown field: {exc.message}"
    else:
        problem = f"{type(exc).__name__}: {exc}"
    return TemplateError(os.path.normpath(file), problem, line)


def render(template: jinja2.Template, context: dict[str, Any], file: str) -> str:
    """Render within the sandbox's limits; every failure becomes a :class:`TemplateError`."""
    try:
        with sandbox.budget():
            return template.render(context)
    except (TemplateError, MemoryError):
        raise  # a MemoryError is told by the worker process, which then ends
    except Exception as exc:  # a template can raise anything; the user gets file and line
        raise describe(exc, file) from None
