"""The one check for every link that data puts into an export.

Websites of organisations and contacts, e-mail addresses (``mailto:``), phone numbers
(``tel:``) and the ``[text](target)`` links inside texts all pass through here, both
when data comes in (refused with the field named) and again when an export is made (an
unsafe link from an older archive is shown as plain text, never as a link).

The rules, decided once:

- Only absolute links with the schemes ``https``, ``http``, ``mailto`` and ``tel``; the
  scheme's case does not matter (``HTTPS://`` is fine, ``JaVaScRiPt:`` is not).
- No relative or protocol-relative links (``/presse``, ``//evil.example``, ``#top``): an
  exported file lives anywhere, and ``//host`` inherits whatever scheme it is opened with.
- No spaces, control characters, invisible format characters (bidi controls, zero-width
  characters), backslashes or lone surrogates anywhere in a link, and none at its ends:
  browsers drop some of them silently, which is how ``java\\tscript:`` becomes a scheme.
- The scheme is read from ASCII letters before the first ``:``; entity or percent
  tricks (``javascript&colon;``, ``%6Aavascript:``, ``&#106;avascript:``) have no valid
  scheme and are refused, and the writers escape ``&`` so nothing is decoded later.
- ``http(s)`` links need a host and carry no user name or password
  (``https://bank.example@evil.example`` is refused); ``mailto:`` needs an address,
  ``tel:`` a number.
"""

from __future__ import annotations

import re
import unicodedata

ALLOWED_SCHEMES: tuple[str, ...] = ("https", "http", "mailto", "tel")
MAX_LINK_LENGTH = 2_000
"""Longer links are refused: no real web address is that long."""

_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.\-]*):")
_AUTHORITY = re.compile(r"//([^/?#]*)")
_LOCAL_CHAR = r"[^\s@<>()\[\]\\,;:\"?#&%/]"
_LABEL_CHAR = r"[^\s@<>()\[\]\\,;:\"?#&%/.]"
_EMAIL = re.compile(rf"{_LOCAL_CHAR}+@{_LABEL_CHAR}+(?:\.{_LABEL_CHAR}+)+")
_TEL = re.compile(r"\+?[0-9][0-9\-.()]*")
_PHONE_TEXT = re.compile(r"\+?[0-9 ()\-./\u00a0\u202f]+")
_MARKDOWN_TARGET = re.compile(r"\]\(\s*(<[^>\n]*>?|[^\s)]*)")
"""A ``[text](target)`` destination; matches more than the parser does, never less."""
_UNSEEN_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp", "Zs"})


def _shown(char: str) -> str:
    name = unicodedata.name(char, "")
    return f"U+{ord(char):04X}" + (f" {name}" if name else "")


def _unseen(value: str) -> str | None:
    """The problem of the first space, control or invisible character in ``value``."""
    for position, char in enumerate(value, start=1):
        if char.isspace() or unicodedata.category(char) in _UNSEEN_CATEGORIES:
            what = "a space" if char == " " else _shown(char)
            return f"contains {what} at position {position}; a link has none"
    return None


def email_problem(address: str) -> str | None:
    """Why ``address`` is not an e-mail address that can become a ``mailto:`` link."""
    problem = _unseen(address)
    if problem is not None:
        return problem
    if len(address) > MAX_LINK_LENGTH:
        return f"is longer than {MAX_LINK_LENGTH:,} characters"
    if not _EMAIL.fullmatch(address):
        return f"{address[:80]!r} is not an e-mail address (e.g. presse@example.org)"
    return None


def link_problem(target: str) -> str | None:
    """Why ``target`` may not be a link in an export; ``None`` when it may."""
    if not target:
        return "is empty"
    if len(target) > MAX_LINK_LENGTH:
        return f"is longer than {MAX_LINK_LENGTH:,} characters"
    problem = _unseen(target)
    if problem is not None:
        return problem
    if "\\" in target:
        return "contains a backslash; write web addresses with forward slashes"
    shown = target[:80]
    allowed = ", ".join(f"{s}:" for s in ALLOWED_SCHEMES)
    match = _SCHEME.match(target)
    if match is None:
        if target.startswith("//"):
            return f"{shown!r} has no scheme; write the full address (https:{shown})"
        return f"{shown!r} is not a full web address; write it with its scheme (https://…)"
    scheme = match.group(1).lower()
    rest = target[match.end():]
    if scheme not in ALLOWED_SCHEMES:
        return f"{shown!r} uses the scheme {scheme}:, only {allowed} links are allowed"
    if scheme in ("http", "https"):
        authority = _AUTHORITY.match(rest)
        if authority is None or not authority.group(1):
            return f"{shown!r} has no host name (e.g. https://example.org)"
        if "@" in authority.group(1):
            return f"{shown!r} carries a user name before its host; leave it out"
    elif scheme == "mailto":
        address = rest.split("?", 1)[0]
        if email_problem(address) is not None:
            return f"{shown!r} does not name an e-mail address after mailto:"
    elif not _TEL.fullmatch(rest):
        return f"{shown!r} is not a phone number after tel: (e.g. tel:+49331000000)"
    return None


def safe_href(target: str) -> str:
    """``target`` when it may be a link, else "" (the text is then shown without a link)."""
    return target if link_problem(target) is None else ""


def mailto_href(address: str) -> str:
    """The ``mailto:`` link of an e-mail address, "" when it is not one."""
    return safe_href(f"mailto:{address}") if email_problem(address) is None else ""


def tel_href(phone: str) -> str:
    """The ``tel:`` link of a phone number as written ("+49 (0)331 000-0"), else ""."""
    if not _PHONE_TEXT.fullmatch(phone):
        return ""
    international = phone.lstrip().startswith("+")
    if international:
        phone = phone.replace("(0)", "")
    digits = "".join(c for c in phone if c.isdigit())
    if len(digits) < 3:
        return ""
    return safe_href(f"tel:{'+' if international else ''}{digits}")


def markdown_link_problem(text: str) -> str | None:
    """Why a ``[text](target)`` link inside ``text`` may not be a link, if one may not."""
    if "](" not in text:  # what every target starts with (most texts have none)
        return None
    for match in _MARKDOWN_TARGET.finditer(text):
        target = match.group(1)
        if target.startswith("<"):
            target = target[1:].removesuffix(">")
        if not target:
            continue
        problem = link_problem(target)
        if problem is not None:
            return f"the link target {problem}"
    return None
