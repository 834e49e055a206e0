"""The user manual shipped with the app: one Markdown file per UI language."""

from __future__ import annotations

from pathlib import Path

from editor.core.paths import resources_dir

MANUAL_LANGUAGES = ("de", "en")


def manual_path(language: str) -> Path:
    """The manual in ``language``; English for any language it is not written in."""
    lang = language if language in MANUAL_LANGUAGES else "en"
    return resources_dir() / "manual" / f"manual_{lang}.md"


def manual_text(language: str) -> str:
    return manual_path(language).read_text(encoding="utf-8")
