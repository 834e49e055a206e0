"""Errors of the export: a broken template, or an item that cannot be rendered."""

from __future__ import annotations

from editor.core.errors import PressestelleError

TOO_DEEP = ("nests too deeply (parentheses, brackets, includes or macros calling "
            "themselves); simplify it")
"""The problem named when a template nests beyond what Python's recursion allows."""


class TemplateError(PressestelleError):
    """A template cannot be loaded or fails while rendering.

    ``file`` is the template file (for a DOCX template with the part inside it),
    ``line`` the line or paragraph where it went wrong when known; ``template`` the name
    of the template when the error is about a whole template (set by the catalogue).
    """

    def __init__(self, file: str, problem: str, line: int | None = None, near: str = "",
                 *, template: str = "") -> None:
        self.file = file
        self.template = template
        self.line = line
        self.problem = problem
        self.near = near
        where = f"{file}, line {line}" if line is not None else file
        context = f" (near: {near})" if near else ""
        super().__init__(f"Template {where}: {problem}{context}")


class RenderError(PressestelleError):
    """An item cannot be exported as asked (unknown item, wrong languages, broken data)."""


class EmbargoError(RenderError):
    """A web page of an item under embargo was asked for before the embargo ends.

    ``item_id`` names the item, ``until`` is the embargo as the user reads it.
    """

    def __init__(self, item_id: str, headline: str, until: str) -> None:
        self.item_id = item_id
        self.until = until
        shown = f" („{headline}“)" if headline else ""
        super().__init__(
            f"Press item {item_id}{shown} is under embargo until {until}; a web page made "
            f"now could be published too early. Nothing was written. Export Word (DOCX) for "
            f"the approval round, or confirm that the web page may be made before the "
            f"embargo ends."
        )
