"""Export of press items: press item + language(s) + template → HTML or DOCX.

Qt-free. The command line and the desktop app use exactly these functions.

The names of the package are loaded on first use: a module that needs only a part of it
(the inline markup, the labels, the template list) does not load the Word and web page
writers, so the desktop app shows its window before it loads them.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from editor.core.model import Bundle
    from editor.render.catalogue import TemplateInfo, list_templates
    from editor.render.errors import EmbargoError, RenderError, TemplateError
    from editor.render.export import export_items

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

_WHERE = {
    "EmbargoError": "errors",
    "RenderError": "errors",
    "TemplateError": "errors",
    "TemplateInfo": "catalogue",
    "find_template": "catalogue",
    "list_templates": "catalogue",
    "export_items": "export",
    "view_for": "export",
}


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        return getattr(import_module(f"{__name__}.{_WHERE[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def render_html(
    bundle: Bundle, item_id: str, template: str, languages: list[str], *, fragment: bool = False,
    draft: bool = False,
) -> str:
    """The item as an HTML5 page (or, with ``fragment``, only its content); ``draft``: a
    draft for approval, with editing marks under the ENTWURF / DRAFT line."""
    from editor.render import html
    from editor.render.catalogue import find_template
    from editor.render.export import view_for

    info = find_template(template)
    return html.render_view(info, view_for(bundle, item_id, info, languages, draft=draft),
                            fragment=fragment)


def render_docx(bundle: Bundle, item_id: str, template: str, languages: list[str], *,
                draft: bool = False) -> bytes:
    """The item as the bytes of a .docx file (``draft``: see :func:`render_html`)."""
    from editor.render import docx
    from editor.render.catalogue import find_template
    from editor.render.export import view_for

    info = find_template(template)
    return docx.render_view(info, view_for(bundle, item_id, info, languages, draft=draft))
