"""Inline markup: **bold**, *italic* and [links](url) parsed into runs for HTML and DOCX.

Only those three are understood (plus backslash escapes and line breaks); headings,
lists, code, HTML and everything else stay literal text. An asterisk or underscore inside
a word ("Bürger*innen", "Kolleg_innen") is text: emphasis opens and closes at word
boundaries only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache

from markdown_it import MarkdownIt

from editor.core.links import safe_href
from editor.core.typography import QuoteSmartener, visible_safe


@dataclass(frozen=True)
class Run:
    """A stretch of text with one formatting; ``\\n`` inside ``text`` is a line break."""

    text: str
    bold: bool = False
    italic: bool = False
    href: str = ""


_CACHE_LIMIT = 20_000
"""Texts longer than this are parsed every time rather than kept in the cache."""
_PARSER = MarkdownIt("zero").enable(["emphasis", "link", "escape", "newline"])

_INSIDE_WORD = re.compile(r"(?<=[^\W_])[*_](?=[^\W_])")
"""A lone ``*`` or ``_`` between two letters or digits: the gender star or gap of
"Bürger*innen", "Kolleg_innen", never emphasis (which starts and ends at word boundaries)."""


def _protect_word_marks(source: str) -> str:
    """``Bürger*innen`` → ``Bürger\\*innen``, so the parser reads the mark as text."""
    return _INSIDE_WORD.sub(lambda m: "\\" + m.group(0), source)


@lru_cache(maxsize=4096)
def _parse(source: str) -> tuple[Run, ...]:
    runs: list[Run] = []
    bold = italic = 0
    href: list[str] = []
    tokens = _PARSER.parseInline(_protect_word_marks(source))
    children = tokens[0].children if tokens else None
    for tok in children or ():
        kind = tok.type
        if kind == "text":
            if tok.content:
                runs.append(Run(tok.content, bold > 0, italic > 0, href[-1] if href else ""))
        elif kind in ("softbreak", "hardbreak"):
            runs.append(Run("\n", bold > 0, italic > 0, href[-1] if href else ""))
        elif kind == "strong_open":
            bold += 1
        elif kind == "strong_close":
            bold -= 1
        elif kind == "em_open":
            italic += 1
        elif kind == "em_close":
            italic -= 1
        elif kind == "link_open":
            href.append(safe_href(str(tok.attrs.get("href", ""))))
        elif kind == "link_close" and href:
            href.pop()
        elif tok.content:
            runs.append(Run(tok.content, bold > 0, italic > 0, href[-1] if href else ""))
    return tuple(merge(runs))


def parse_inline(source: str) -> list[Run]:
    """Runs of a stored text; illegal control characters become U+FFFD."""
    if not source:
        return []
    clean = visible_safe(source)
    if len(clean) > _CACHE_LIMIT:
        return list(_parse.__wrapped__(clean))
    return list(_parse(clean))


def merge(runs: Iterable[Run]) -> list[Run]:
    """Neighbouring runs with the same formatting joined into one."""
    out: list[Run] = []
    for run in runs:
        if not run.text:
            continue
        if out and (out[-1].bold, out[-1].italic, out[-1].href) == (run.bold, run.italic, run.href):
            out[-1] = replace(out[-1], text=out[-1].text + run.text)
        else:
            out.append(run)
    return out


def smarten_runs(runs: Iterable[Run], smartener: QuoteSmartener) -> list[Run]:
    """Runs with typographic quotes, the quote state carried across run boundaries."""
    return [replace(r, text=smartener.feed(r.text)) for r in runs]


def plain(runs: Iterable[Run]) -> str:
    """The text of runs without formatting."""
    return "".join(r.text for r in runs)


def bold(text: str) -> Run:
    return Run(visible_safe(text), bold=True)


def text(value: str) -> Run:
    return Run(visible_safe(value))
