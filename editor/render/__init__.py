"""Export of press items: press item + language(s) + template → HTML or DOCX.

Qt-free. The command line and the desktop app use exactly these functions.
"""

from __future__ import annotations

from editor.core.model import Bundle
from editor.render.catalogue import TemplateInfo, find_template, list_templates
from editor.render.errors import EmbargoError, RenderError, TemplateError
from editor.render.export import export_items, view_for

__all__ = [
    "EmbargoError",
    "RenderError",
    "TemplateError",
    "TemplateInfo",
    "export_items",
    "list_templates",
    "render_docx",
    "render_html",
]


def render_html(
    bundle: Bundle, item_id: str, template: str, languages: list[str], *, fragment: bool = False,
    draft: bool = False,
) -> str:
    """The item as an HTML5 page (or, with ``fragment``, only its content); ``draft``: a
    draft for approval, with editing marks under the ENTWURF / DRAFT line."""
    from editor.render import html

    info = find_template(template)
    return html.render_view(info, view_for(bundle, item_id, info, languages, draft=draft),
                            fragment=fragment)


def render_docx(bundle: Bundle, item_id: str, template: str, languages: list[str], *,
                draft: bool = False) -> bytes:
    """The item as the bytes of a .docx file (``draft``: see :func:`render_html`)."""
    from editor.render import docx

    info = find_template(template)
    return docx.render_view(info, view_for(bundle, item_id, info, languages, draft=draft))
