"""Errors of the export: a broken template, or an item that cannot be rendered."""

from __future__ import annotations

from editor.core.errors import PressestelleError


class TemplateError(PressestelleError):
    """A template cannot be loaded or fails while rendering.

    ``file`` is the template file (for a DOCX template with the part inside it),
    ``line`` the line or paragraph where it went wrong when known.
    """

    def __init__(self, file: str, problem: str, line: int | None = None, near: str = "") -> None:
        self.file = file
        self.line = line
        self.problem = problem
        self.near = near
        where = f"{file}, line {line}" if line is not None else file
        context = f" (near: {near})" if near else ""
        super().__init__(f"Template {where}: {problem}{context}")


class RenderError(PressestelleError):
    """An item cannot be exported as asked (unknown item, wrong languages, broken data)."""
