"""Inline markup: **bold**, *italic* and [links](url) parsed into runs for HTML and DOCX.

Only those three are understood (plus backslash escapes and line breaks); headings,
lists, code, HTML and everything else stay literal text. An asterisk or underscore inside
a word ("Bürger*innen", "Kolleg_innen") is text: emphasis opens and closes at word
boundaries only.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from editor.core.links import safe_href
from editor.core.typography import QuoteSmartener, visible_safe

if TYPE_CHECKING:  # loaded for the first text with more markup than bold words
    from markdown_it import MarkdownIt


@dataclass(frozen=True)
class Run:
    """A stretch of text with one formatting; ``\\n`` inside ``text`` is a line break."""

    text: str
    bold: bool = False
    italic: bool = False
    href: str = ""
    name: bool = False
    """A person's name: its hyphens ("Meyer-Lüdenscheid", "Dr.-Ing.") do not break a line."""


_CACHE_LIMIT = 20_000
"""Texts longer than this are parsed every time rather than kept in the cache."""
_PARSER: MarkdownIt | None = None


def _parser() -> MarkdownIt:
    global _PARSER
    if _PARSER is None:
        from markdown_it import MarkdownIt

        _PARSER = MarkdownIt("zero").enable(["emphasis", "link", "escape", "newline"])
    return _PARSER


_INSIDE_WORD = re.compile(r"(?<=[^\W_])[*_](?=[^\W_])")
"""A lone ``*`` or ``_`` between two letters or digits: the gender star or gap of
"Bürger*innen", "Kolleg_innen", never emphasis (which starts and ends at word boundaries)."""


def _protect_word_marks(source: str) -> str:
    """``Bürger*innen`` → ``Bürger\\*innen``, so the parser reads the mark as text."""
    return _INSIDE_WORD.sub(lambda m: "\\" + m.group(0), source)


_NOT_QUICK = re.compile(r"[\\_\[\n\r\0]")
"""What only the parser reads right: escapes, underscores, links, line breaks."""
_STARS = re.compile(r"\*+")
_MD_WHITESPACE = frozenset("\t\n\v\f\r \xa0\u1680\u202f\u205f\u3000"
                           + "".join(chr(c) for c in range(0x2000, 0x200B)))
_ASCII_PUNCTUATION = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")


def _punctuation(ch: str) -> bool:
    return ch in _ASCII_PUNCTUATION or unicodedata.category(ch).startswith(("P", "S"))


def _quick(source: str) -> tuple[Run, ...] | None:
    """The runs of a text that is plain or has only ``**bold**`` words, read as
    CommonMark reads them (a ``**`` opens where it is left-flanking only and closes where
    it is right-flanking only); ``None`` for any other text, which the parser reads."""
    if _NOT_QUICK.search(source):
        return None
    runs: list[Run] = []
    start = 0
    bold = False
    for stars in _STARS.finditer(source):
        if stars.end() - stars.start() != 2:
            return None
        before = source[stars.start() - 1] if stars.start() > 0 else " "
        after = source[stars.end()] if stars.end() < len(source) else " "
        space_before, space_after = before in _MD_WHITESPACE, after in _MD_WHITESPACE
        mark_before, mark_after = _punctuation(before), _punctuation(after)
        left = not (space_after or (mark_after and not (space_before or mark_before)))
        right = not (space_before or (mark_before and not (space_after or mark_after)))
        if left == right or right != bold:
            return None  # both or neither, or not the turn of an opener (closer)
        if stars.start() > start:
            runs.append(Run(source[start:stars.start()], bold))
        bold = not bold
        start = stars.end()
    if bold:
        return None
    if start < len(source):
        runs.append(Run(source[start:]))
    return tuple(merge(runs))


@lru_cache(maxsize=4096)
def _parse(source: str) -> tuple[Run, ...]:
    quick = _quick(source)
    return quick if quick is not None else parse_markdown(source)


def parse_markdown(source: str) -> tuple[Run, ...]:
    """The runs of ``source`` as markdown-it reads it (what :func:`_quick` must match)."""
    runs: list[Run] = []
    bold = italic = 0
    href: list[str] = []
    tokens = _parser().parseInline(_protect_word_marks(source))
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
        last = out[-1] if out else None
        if last is not None and (last.bold, last.italic, last.href, last.name) == (
                run.bold, run.italic, run.href, run.name):
            out[-1] = replace(last, text=last.text + run.text)
        else:
            out.append(run)
    return out


def smarten_runs(runs: Iterable[Run], smartener: QuoteSmartener) -> list[Run]:
    """Runs with typographic quotes, the quote state carried across run boundaries."""
    return [replace(r, text=smartener.feed(r.text)) for r in runs]


def plain(runs: Iterable[Run]) -> str:
    """The text of runs without formatting."""
    return "".join(r.text for r in runs)


def person_name(text: str) -> Run:
    """A speaker's name in bold, its hyphens kept on one line (see :attr:`Run.name`)."""
    return Run(visible_safe(text), bold=True, name=True)


def text(value: str) -> Run:
    return Run(visible_safe(value))
