"""HTML export: a template folder's ``template.html.j2`` rendered in the sandbox."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from editor.core import paths
from editor.render import template_files, template_urls, worker
from editor.render.catalogue import HTML_FILE, TemplateInfo
from editor.render.errors import TOO_DEEP, TemplateError
from editor.render.viewmodel import ExportView

if TYPE_CHECKING:  # Jinja is loaded when a page is made, not by every export
    from jinja2.sandbox import SandboxedEnvironment


@lru_cache(maxsize=32)
def _environment(folder: Path, builtin_root: Path) -> SandboxedEnvironment:
    from editor.render import jinja

    return jinja.make_environment([folder, builtin_root])


def render_view(info: TemplateInfo, view: ExportView, *, fragment: bool = False) -> str:
    """The HTML of ``view`` through the template ``info``."""
    return render_context(info, {"view": view, "sections": view.sections, "rows": view.rows,
                                 "fragment": fragment, "layout": info.layout,
                                 "kind": view.kind})


def render_context(info: TemplateInfo, context: dict[str, Any]) -> str:
    """The template ``info``'s HTML rendered with ``context`` in the sandbox (a user
    template in the worker process, see :mod:`editor.render.worker`)."""
    file = str(info.folder / HTML_FILE)
    if "html" not in info.formats:
        raise TemplateError(file, f"template {info.name!r} does not make HTML")
    result = worker.render(info, file, _render_here, info, context)
    assert isinstance(result, str)
    return result


def _render_here(info: TemplateInfo, context: dict[str, Any]) -> str:
    from editor.render import jinja

    file = str(info.folder / HTML_FILE)
    env = _environment(info.folder, paths.builtin_templates_dir())
    try:
        template = env.get_template(HTML_FILE)
    except (TemplateError, MemoryError):
        raise
    except Exception as exc:  # syntax errors, and nesting too deep for the compiler
        raise jinja.describe(exc, file) from None
    page = jinja.render(template, context, file)
    template_urls.check_page(page, file, rendered=True)
    return page


def check_syntax(folder: str) -> str:
    """Parse (not run) the ``template.html.j2`` of ``folder``; a syntax error or nesting
    too deep raises :class:`TemplateError` with file and line. Runs in the worker process
    for user templates (see :func:`editor.render.catalogue.list_templates`)."""
    from editor.render import jinja

    file = str(Path(folder) / HTML_FILE)
    source = template_files.read_text(Path(folder), HTML_FILE, template_files.MAX_SOURCE_BYTES)
    env = jinja.make_environment([Path(folder), paths.builtin_templates_dir()])
    try:
        env.parse(source, HTML_FILE, file)
    except RecursionError:
        raise TemplateError(file, TOO_DEEP) from None
    except Exception as exc:  # syntax errors above all; each becomes file and line
        raise jinja.describe(exc, file) from None
    return ""
