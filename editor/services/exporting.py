"""Exporting press items: the checks (:mod:`editor.services.preflight`), then one run.

The embargo is checked by the run itself (:class:`editor.render.EmbargoError`, nothing
written); every template is checked before the first file is written. A normal export is
refused while the checks find errors; a draft for approval (``draft``) goes out with its
editing marks under a visible ENTWURF / DRAFT line.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from editor.core.errors import NotFoundError, PressestelleError
from editor.core.findings import Finding, Severity
from editor.core.model import LANGUAGES, Bundle
from editor.services.approval import UnapprovedQuote, unapproved_report
from editor.services.preflight import (
    GENDER_POLICY_SETTING,
    CheckOptions,
    GenderPolicy,
    check_items,
    parse_policy,
)

if TYPE_CHECKING:
    from editor.store import Archive


class Settings(Protocol):
    """Where the archive's settings are read: the archive, or a reader of its file."""

    def get_setting(self, key: str, default: str | None = None) -> str | None: ...


@dataclass(frozen=True)
class ExportChecks:
    """What a user is told before an export."""

    unapproved: list[UnapprovedQuote]
    findings: list[Finding]
    """Every finding of the checks, item by item, errors first."""

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity is Severity.ERROR]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.severity is Severity.WARNING]
    by_language: dict[str, list[UnapprovedQuote]] = field(default_factory=dict)
    """The unapproved quotes per language of the items (only languages that have some)."""


def unapproved_by_language(bundle: Bundle, item_ids: list[str],
                           export_languages: list[str] | None = None,
                           ) -> dict[str, list[UnapprovedQuote]]:
    """The unapproved quotes of the export of ``item_ids``, per language of the items.

    ``export_languages``: the languages the export prints (``None`` or empty: every
    language of the items); a German-only export of a bilingual item lists German only.
    """
    wanted = set(item_ids)
    languages = {lang for item in bundle.items if item.id in wanted for lang in item.languages}
    if export_languages:
        languages = (languages & set(export_languages)) or set(export_languages)
    ordered = [lang for lang in LANGUAGES if lang in languages] + sorted(
        languages - set(LANGUAGES))
    found = {lang: unapproved_report(bundle, item_ids, lang) for lang in ordered}
    return {lang: quotes for lang, quotes in found.items() if quotes}


def check_export(bundle: Bundle, item_ids: list[str], lang: str,
                 languages: list[str] | None = None, *, require_approval: bool = False,
                 gender_policy: GenderPolicy = GenderPolicy.NONE) -> ExportChecks:
    """The checks of an export of ``item_ids`` in ``languages`` (``None``: each item's
    own); ``lang``: the words of the unapproved-quote report."""
    options = CheckOptions(tuple(languages) if languages else None, require_approval,
                           gender_policy)
    return ExportChecks(unapproved_report(bundle, item_ids, lang),
                        check_items(bundle, item_ids, options),
                        unapproved_by_language(bundle, item_ids, languages))


def gender_policy(archive: Settings) -> GenderPolicy:
    """The archive's gender-language policy (none when never set)."""
    return parse_policy(archive.get_setting(GENDER_POLICY_SETTING))


def set_gender_policy(archive: Archive, policy: GenderPolicy) -> None:
    archive.set_setting(GENDER_POLICY_SETTING, policy.value)


def refuse_errors(checks: ExportChecks) -> None:
    """Raise one line (nothing written) when the checks found errors."""
    errors = checks.errors
    if errors:
        more = (f" (and {len(errors) - 1} more: `export --check` lists them)"
                if len(errors) > 1 else "")
        raise PressestelleError(
            f"nothing exported: {errors[0].item_id}, {errors[0].place.describe()}: "
            f"{errors[0].message}{more} Correct it, or export a draft for approval with "
            f"--draft.")


def refuse_unapproved(checks: ExportChecks, lang: str = "en") -> None:
    """Raise one line (nothing written) when the export would show an unapproved quote."""
    if checks.unapproved:
        count = len(checks.unapproved)
        more = f" (and {count - 1} more)" if count > 1 else ""
        raise PressestelleError(
            f"nothing exported: {checks.unapproved[0].line(lang)}{more}. Approve the quotes "
            f"first or leave out --require-approval.")


def keep_cleaned_photos(archive: Archive, bundle: Bundle) -> int:
    """After an export: the photos it cleaned (bytes stored before photos were cleaned on
    the way in) are kept cleaned in the archive, so that no later export cleans them
    again; the records referring to them stay unchanged. Returns how many; a failure to
    write is logged and leaves the export as it is (the next one cleans them again)."""
    import logging

    try:
        return archive.keep_public_photos(bundle.photo_data.values())
    except PressestelleError as exc:
        logging.getLogger(__name__).warning("cleaned photos not kept: %s", exc)
        return 0


def run_export(bundle: Bundle, item_ids: list[str], templates: list[str], langs: list[str],
               formats: list[str], out: Path, *,
               progress: Callable[[int, int, str], None] | None = None,
               allow_before_embargo: bool = False, draft: bool = False,
               ots: bool | None = None) -> list[Path]:
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
                                taken=taken, draft=draft, ots=ots)
    return written
