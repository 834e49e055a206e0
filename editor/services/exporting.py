"""Exporting press items: the checks (unapproved quotes, export warnings), then one run.

The embargo is checked by the run itself (:class:`editor.render.EmbargoError`, nothing
written); every template is checked before the first file is written.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from editor.core.errors import NotFoundError, PressestelleError
from editor.core.model import LANGUAGES, Bundle
from editor.services.approval import UnapprovedQuote, unapproved_report


@dataclass(frozen=True)
class ExportChecks:
    """What a user is told before an export."""

    unapproved: list[UnapprovedQuote]
    warnings: list[str]
    """The render layer's export warnings (missing translations, photos …)."""
    by_language: dict[str, list[UnapprovedQuote]] = field(default_factory=dict)
    """The unapproved quotes per language of the items (only languages that have some)."""


def unapproved_by_language(bundle: Bundle,
                           item_ids: list[str]) -> dict[str, list[UnapprovedQuote]]:
    """The unapproved quotes of the export of ``item_ids``, per language of the items."""
    wanted = set(item_ids)
    languages = {lang for item in bundle.items if item.id in wanted for lang in item.languages}
    ordered = [lang for lang in LANGUAGES if lang in languages] + sorted(
        languages - set(LANGUAGES))
    found = {lang: unapproved_report(bundle, item_ids, lang) for lang in ordered}
    return {lang: quotes for lang, quotes in found.items() if quotes}


def check_export(bundle: Bundle, item_ids: list[str], lang: str) -> ExportChecks:
    """The checks of an export of ``item_ids``; ``lang``: the words of the report."""
    from editor.render.viewmodel import export_warnings

    return ExportChecks(unapproved_report(bundle, item_ids, lang),
                        list(export_warnings(bundle, item_ids)),
                        unapproved_by_language(bundle, item_ids))


def refuse_unapproved(checks: ExportChecks, lang: str = "en") -> None:
    """Raise one line (nothing written) when the export would show an unapproved quote."""
    if checks.unapproved:
        count = len(checks.unapproved)
        more = f" (and {count - 1} more)" if count > 1 else ""
        raise PressestelleError(
            f"nothing exported: {checks.unapproved[0].line(lang)}{more}. Approve the quotes "
            f"first or leave out --require-approval.")


def run_export(bundle: Bundle, item_ids: list[str], templates: list[str], langs: list[str],
               formats: list[str], out: Path, *,
               progress: Callable[[int, int, str], None] | None = None,
               allow_before_embargo: bool = False) -> list[Path]:
    """Write every template's files; an unknown or unusable template stops before any."""
    from editor.render import export_items
    from editor.render.catalogue import find_template
    from editor.render.export import check_item_template

    if not templates:
        raise NotFoundError("Name at least one template (see the templates command).")
    for template in templates:
        check_item_template(find_template(template))
    taken: set[Path] = set()
    written: list[Path] = []
    for template in templates:
        written += export_items(bundle, item_ids, template, langs, formats, out,
                                progress=progress, allow_before_embargo=allow_before_embargo,
                                taken=taken)
    return written
