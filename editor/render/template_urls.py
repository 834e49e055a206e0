"""What a web page of an export may load and link to: the check of a template's HTML.

An exported page is opened by journalists, from a folder or an e-mail; a template comes
from a stranger. Whatever the page loads by itself (a picture, a style sheet, a frame, a
font) would read a local file (``file:``, ``/etc/…``, ``C:\\…``, ``../…``) or tell a web
server who opened the release, and when (a remote picture). So a page carries its
pictures inside it: every address it loads is a ``data:`` address (whose picture is
cleaned, see :mod:`editor.render.template_images`), and its links follow the rules of
every link of an export (:func:`editor.core.links.link_problem`; a ``#`` link within
the page as well). No script runs (JSON-LD is data, not a script), no event handler,
no ``srcdoc`` page in a page.

Browsers decode character references in attribute values before they read an address,
and drop tabs and line breaks in it: ``data&#58;image/…``, ``&#x64;ata:``,
``fi&Tab;le:`` are what they spell. Every value is decoded so before it is checked
(:func:`html.unescape`), and CSS escapes (``\\66 ile:``) in style sheets too, so each
form is treated alike. The check runs on a template's text when it is read (values a
template computes while it renders are left to the second run) and on every page a
template makes.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

from editor.core.links import link_problem
from editor.render.errors import TemplateError

_LOADING = ("src", "poster", "background", "data", "lowsrc", "dynsrc", "action",
            "formaction", "codebase", "archive", "manifest", "icon", "ping", "xlink:href")
"""Attributes whose address the browser loads by itself (or sends a form to)."""
_REFUSED = ("srcset", "imagesrcset", "srcdoc")
"""Attributes a page of an export does without: picture sets (a template shows one
picture), and a page inside an attribute."""
_LINK_TAGS = frozenset({"a", "area"})
"""Tags whose ``href`` is a link the reader follows; on others (``link``, ``base``, SVG's
``image`` and ``use``) the browser loads it."""
_DATA_SCRIPT = re.compile(r"application/(?:ld\+)?json", re.IGNORECASE)
_CSS_ESCAPE = re.compile(r"\\(?:([0-9a-fA-F]{1,6})[ \t\n\r\f]?|(.))", re.DOTALL)
_CSS_URL = re.compile(r"""url\(\s*(?:"([^"]*)"|'([^']*)'|([^)]*?))\s*\)"""
                      r"""|@import\s+(?:"([^"]*)"|'([^']*)')""", re.IGNORECASE)
_REFRESH = re.compile(r"^\s*\d*\s*[;,]?\s*url\s*=\s*(.*)$", re.IGNORECASE | re.DOTALL)
_DROPPED = re.compile(r"[\t\n\r]")
_JINJA = ("{{", "{%", "{#")


def decoded(value: str) -> str:
    """An attribute value as a browser reads the address in it: character references
    decoded, tabs and line breaks dropped, spaces and control characters at its ends
    stripped."""
    return _DROPPED.sub("", html.unescape(value)).strip("\x00\x01\x02\x03\x04\x05\x06\x07"
                                                        "\x08\x0b\x0c\x0e\x0f\x10\x11\x12"
                                                        "\x13\x14\x15\x16\x17\x18\x19\x1a"
                                                        "\x1b\x1c\x1d\x1e\x1f ")


def _css_decoded(text: str) -> str:
    def one(found: re.Match[str]) -> str:
        if found.group(1):
            code = int(found.group(1), 16)
            return chr(code) if 0 < code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF \
                else "\ufffd"
        return found.group(2)

    return _CSS_ESCAPE.sub(one, text)


def _shown(value: str) -> str:
    return repr(value[:60] + ("…" if len(value) > 60 else ""))


def _loaded(address: str, what: str, where: str) -> None:
    """Refuse an address a page would load by itself unless it is a part of the page or
    a picture inside it (:func:`_check_picture`)."""
    if address.startswith("#"):
        return  # a part of the page itself
    if address.lower().startswith("data:"):
        _check_picture(address, what, where)
        return
    raise TemplateError(where, f"makes a web page that loads {_shown(address)} ({what}): "
                        "from a local file or the web, whoever opens the release would "
                        "have it read; put pictures in as data: addresses (base64)")


def _check_picture(address: str, what: str, where: str) -> None:
    """Refuse a ``data:`` address that is not a JPEG, PNG or WebP picture (judged by its
    bytes, as a browser shows it) without metadata: the pictures of a template's text are
    cleaned when it is read, so this one was put together while the page was made, or
    hides from the cleaning; a page in a page (``data:text/html``) is refused as well."""
    import base64
    import binascii

    from editor.core.images import PhotoError
    from editor.core.photo_metadata import strip_metadata

    header, _comma, payload = address.partition(",")
    refused = TemplateError(where, f"makes a web page that loads {_shown(address)} ({what});"
                            " only JPEG, PNG and WebP pictures in base64 may be put in as "
                            "data: addresses")
    if ";base64" not in header.lower().replace(" ", ""):
        raise refused
    try:
        data = base64.b64decode(payload, validate=True)
        if not data.startswith((b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n")) and not (
                data[:4] == b"RIFF" and data[8:12] == b"WEBP"):
            raise refused
        removed = strip_metadata(data).removed
    except (binascii.Error, ValueError):
        raise refused from None
    except PhotoError as exc:
        raise TemplateError(where, f"makes a web page with a picture that cannot be used: "
                            f"{exc}") from None
    if removed:
        raise TemplateError(where, "makes a web page with a picture that holds metadata "
                            "the cleaning of the template did not see (put together while "
                            "the page is made?); put the picture into the template as a "
                            "plain data: address")


def _styles(css: str, what: str, where: str, rendered: bool) -> None:
    for found in _CSS_URL.finditer(_css_decoded(html.unescape(css))):
        address = decoded(next(group for group in found.groups() if group is not None))
        if rendered or not any(mark in address for mark in _JINJA):
            _loaded(address, what, where)


def check_page(text: str, where: str, *, rendered: bool) -> None:
    """Refuse (:class:`TemplateError` naming ``where``) HTML that loads anything from
    outside the page, links anywhere but to the web, mail or phone, or runs a script.
    ``rendered``: ``text`` is a page a template made (else a template's text, whose
    values holding ``{{ … }}`` are checked once rendered)."""
    if "<" not in text:
        return
    checker = _Checker(where, rendered)
    checker.feed(text)
    checker.close()


class _Checker(HTMLParser):
    """Reads tags as a browser does (values decoded, text left alone)."""

    def __init__(self, where: str, rendered: bool) -> None:
        super().__init__(convert_charrefs=True)
        self._where, self._rendered = where, rendered
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        where, rendered = self._where, self._rendered
        if tag == "script" and not any(
                name == "type" and value and _DATA_SCRIPT.fullmatch(value.strip())
                for name, value in attrs):
            raise TemplateError(where, "makes a web page with a script; a release runs no "
                                "code (JSON-LD, type=\"application/ld+json\", is fine)")
        self._in_style = tag == "style"
        for name, raw in attrs:
            if raw is None:
                continue
            if name.startswith("on") and len(name) > 2:
                raise TemplateError(where, f"makes a web page with an event handler ({name});"
                                    " a release runs no code")
            if name in _REFUSED:
                raise TemplateError(where, f"makes a web page with a {name} attribute; use "
                                    "src with one picture (a data: address)")
            if not rendered and any(mark in raw for mark in _JINJA):
                continue  # computed while the page is made: checked on the page
            value = decoded(raw)
            if name == "style":
                _styles(raw, "a style", where, rendered)
            elif name == "content":
                refresh = _REFRESH.match(value)
                if refresh is not None and tag == "meta":
                    _loaded(decoded(refresh.group(1).strip("'\"")), "a refresh", where)
            elif name == "href" and tag in _LINK_TAGS:
                problem = link_problem(value)
                if value and not value.startswith("#") and problem is not None:
                    raise TemplateError(where, f"makes a web page with a link that {problem}")
            elif (name in _LOADING or name == "href") and value:
                _loaded(value, name, where)

    handle_startendtag = handle_starttag

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False

    def handle_data(self, data: str) -> None:
        if self._in_style:
            _styles(data, "a style sheet", self._where, self._rendered)


_DATA_VALUE = re.compile(r"(?<![\w:.-])([\w:.-]+\s*=\s*)(\"[^\"]*\"|'[^']*'|[^\s>\"'`=]+)")


def plain_data_addresses(source: str) -> str:
    """``source`` with every attribute value that spells a ``data:`` address with
    character references (``data&#58;image/…``) written out plainly, so the cleaning of
    inline pictures sees it as a browser does."""
    def one(found: re.Match[str]) -> str:
        value = found.group(2)
        quote = value[0] if value[0] in "\"'" else ""
        if quote:
            value = value[1:-1]
        if "&" not in value or not decoded(value).lower().startswith("data:"):
            return found.group(0)
        quote = quote or '"'
        plain = decoded(value).replace("&", "&amp;").replace(
            quote, "&quot;" if quote == '"' else "&#39;")
        return found.group(1) + quote + plain + quote

    return _DATA_VALUE.sub(one, source) if "&" in source else source
