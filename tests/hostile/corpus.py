"""Hostile field values: markup, illegal characters, huge texts, tricky Unicode, syntax.

``CORPUS`` lists (name, value) pairs, generated systematically (every control character,
every noncharacter, every bidi control) and written by hand (markup, links, syntax).
``SURROGATES`` cannot be stored as UTF-8 at all; the archive refuses them by name.
``HUGE`` are the big ones, exported separately so the main test stays quick.
"""

from __future__ import annotations

import unicodedata

FFFD = "\ufffd"

XML_ILLEGAL = [chr(c) for c in [*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20)]]
"""C0 control characters XML 1.0 forbids (tab, LF and CR are allowed)."""
C1_AND_DEL = [chr(c) for c in range(0x7F, 0xA0)]
"""DEL and the C1 controls: legal XML, but parse errors in HTML5."""
NONCHARACTERS = [chr(c) for c in range(0xFDD0, 0xFDF0)] + [
    chr(plane * 0x10000 + low) for plane in range(17) for low in (0xFFFE, 0xFFFF)]
"""Unicode noncharacters: U+FDD0–U+FDEF and the last two code points of every plane."""
BIDI_AND_INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u2060", "\ufeff",
                      "\u061c", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066",
                      "\u2067", "\u2068", "\u2069", "\u00ad", "\u034f", "\u180e"]

MARKUP = [
    "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "</p></body></html>",
    "<![CDATA[x]]>", "]]>", "<!--", "-->", "<!-- comment -->", '<?xml version="1.0"?>',
    '<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>&xxe;', "&amp;", "&lt;b&gt;",
    "&#0;", "&#x1;", "&nbsp;", "&", "&&", "A & B <c>", "\"'><svg onload=alert(1)>",
    "<w:p><w:r><w:t>injected</w:t></w:r></w:p>", "</w:t></w:r></w:p><w:p>", "<style>*{}</style>",
    "</script><script>alert(1)</script>", "</textarea>", "<a href=\"javascript:alert(1)\">x</a>",
    "<iframe src=//evil.example>", "<math><mi>x</mi></math>", "<table><tr><td>x",
    "<br/><hr>", "<p style=\"color:red\">rot</p>", "\"quoted\" and 'single'",
    "<meta http-equiv=refresh content=0;url=//evil.example>",
]
LINKS = [
    "[x](javascript:alert(1))", "[x](JaVaScRiPt:alert(1))", "[x]( javascript:alert(1))",
    "[x](javascript&colon;alert(1))", "[x](&#106;avascript:alert(1))",
    "[x](java\tscript:alert(1))", "[x](%6Aavascript:alert(1))", "[x](vbscript:msgbox(1))",
    "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "[x](file:///etc/passwd)", "[x](https://example.org/\"onmouseover=\"alert(1))",
    "[x](https://example.org/a b)", "<javascript:alert(1)>", "[x](<javascript:alert(1)>)",
    "[**bold *link*](https://example.org)", "[x](//evil.example)", "[x](\\\\server\\share)",
    "[x](mailto:a@example.org?subject=<b>)", "[x](tel:+49 331 1234)",
]
URL_TRICKS = [
    "javascript:alert(1)", "JaVaScRiPt:alert(1)", "JAVASCRIPT:alert(1)", " javascript:alert(1)",
    "\tjavascript:alert(1)", "java\tscript:alert(1)", "java\nscript:alert(1)",
    "java\x00script:alert(1)", "\x01javascript:alert(1)", "javascript\u200b:alert(1)",
    "\u202ejavascript:alert(1)", "javascript&colon;alert(1)", "javascript&#58;alert(1)",
    "&#106;avascript:alert(1)", "%6Aavascript:alert(1)", "javascript%3Aalert(1)",
    "vbscript:msgbox(1)", "data:text/html,<script>alert(1)</script>",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", "file:///etc/passwd",
    "//evil.example", "///evil.example", "\\\\evil.example\\share", "https:\\\\evil.example",
    "/relative/path", "#fragment", "presse", "www.example.org", "https://", "https:evil",
    "https:/evil.example", "https://user:pw@evil.example", "https://bank.example@evil.example",
    " https://example.org", "https://example.org ", "https://exa mple.org",
    "https://example.org/\u202e", "mailto:", "mailto:not-an-address", "tel:", "tel:abc",
    "ｊａｖａｓｃｒｉｐｔ：alert(1)", "javascript\uff1aalert(1)", "ftp://example.org",
    "blob:https://example.org/x", "intent://x#Intent;end", "https://example.org/" + "a" * 2000,
    "\ud800https://example.org",
]
"""Links that must never become a live href or hyperlink: schemes, case, whitespace, control
and invisible characters, entity and percent tricks, protocol-relative and relative forms."""
BAD_IDS = ["a\nb", "item-1\n", "a b", "", " x", "x\t", "a\rb", "\udc80", "a\ud800b",
           "a\u202eb", "a\u200bb", "a\x00b", "-x", ".hidden", "_x", "x" * 101, "a/b",
           "../etc", "a;b", "a'b", "a\"b", "<b>", "\u2028", "x\x85"]
"""Record ids that break line-based output or the command line; a valid id is a token."""

MARKDOWN = [
    "**", "**bold", "*", "_", "__", "***", "[", "[x](", "[x]", "![img](x.png)", "`code`",
    "# heading", "> quote", "- list", "1. item", "\\*not italic\\*", "**a *b** c*",
    "*" * 500, "[" * 300, "_" * 300, "a  \nb", "line\\\nbreak",
]
JINJA = ["{{ 7*7 }}", "{% raw %}", "{% endraw %}", "{#", "#}", "{{", "}}", "{%p content %}",
         "{{p content }}", "{%tr for x in y %}", "{{ ''.__class__ }}", "{{ config }}",
         "${7*7}", "#{7*7}", "<%= 7*7 %>"]
UNICODE = [
    "e\u0301", "\u0301 starts with a combining mark",
    "Z\u0351\u036b\u0343\u036a\u0302\u036b\u033d\u034f\u0334\u0319\u0324\u031e\u0349\u035a"
    "\u032f\u031e\u0320\u034da\u0357\u0369\u0301\u030b\u0306\u0349\u0320\u0326lgo",
    unicodedata.normalize("NFD", "Größenwahn Ärger Öl"), "😀", "👩\u200d👩\u200d👧\u200d👦",
    "🏳\ufe0f\u200d🌈", "🇩🇪🇬🇧🇺🇦", "👍🏽", "😀" * 2000, "שלום עולם", "مرحبا بالعالم",
    "abc שלום 123 مرحبا def", "\u202egnp.exe", "Ρresse (Greek Rho)", "ＡＢＣ full width",
    "𝕳𝖊𝖑𝖑𝖔", "İstanbul ß ŉ ﬁ", "\u2028line\u2029para", "\U0010fffd", "\U000e0041 tag",
    "Straße" * 10, "\u00a0", "\u202f", "a\u00a0b\u202fc", "\u3000ideographic space",
    "日本語のテキスト", "한국어", "ไทย", "हिन्दी",
]
WHITESPACE = ["a\r\nb", "a\rb", "a\nb", "\t", "a\tb\tc", "\n\n\n", " ", "   leading",
              "trailing   ", "\r\n\r\n", "x\v"]
SYNTAX = ["'; DROP TABLE press_items; --", "Robert'); DROP TABLE quotes;--", "\" OR 1=1 --",
          "%' OR '1'='1", "%s", "%(x)s", "{0}", "{}", "{item.__class__}", "%n", "%%",
          "\\", "\\\\", "\\x00", "\\u0000", "null", "None", "undefined", "NaN", "-1", "0",
          "true", "[]", "{}", '{"a": 1}', "a,b;c|d"]
PATHS = ["../../etc/passwd", "..\\..\\windows\\system32", "/etc/passwd", "C:\\Windows",
         "file:///etc/passwd", "\\\\server\\share", "~/.ssh/id_rsa", "CON", "a/b\\c:d*e?f"]
QUOTES = ['"', '""', '"' * 301, "'", "'''", "„“", "‚‘", "«»", '"nested "inner" outer"',
          "it's", "'90s", '"unclosed', "„German“ and “English”"]

LONG_WORD = "Donaudampfschifffahrtsgesellschaftskapitän" * 2400  # about 100,000 letters
MANY_LINES = "\n".join(f"Zeile {i}" for i in range(5000))

SURROGATES = ["\ud800", "\udfff", "a\udc80b", "\udbff\udbff", "😀\ud83d"]
"""Lone surrogates: not text at all in UTF-8."""

HUGE = [("1 MB paragraph", ("Ein sehr langer Absatz mit <Text> & „Zitat“. " * 24_000)
         [:1_000_000]),
        ("100k word", LONG_WORD), ("5000 lines", MANY_LINES)]


def _name(prefix: str, value: str) -> str:
    return f"{prefix} U+{ord(value):04X}" if len(value) == 1 else f"{prefix} {value[:30]!r}"


def build() -> list[tuple[str, str]]:
    """Every value once, each in a short sentence where a lone character needs context."""
    out: list[tuple[str, str]] = []
    for c in XML_ILLEGAL:
        out.append((_name("xml-illegal", c), f"vor{c}nach"))
    for c in C1_AND_DEL:
        out.append((_name("c1", c), f"vor{c}nach"))
    for c in NONCHARACTERS:
        out.append((_name("nonchar", c), f"vor{c}nach"))
    for c in BIDI_AND_INVISIBLE:
        out.append((_name("bidi", c), f"vor{c}nach"))
    out.extend((_name("url", t), f"[x]({t}) und <{t}>") for t in URL_TRICKS)
    for group, values in (("markup", MARKUP), ("link", LINKS), ("markdown", MARKDOWN),
                          ("jinja", JINJA), ("unicode", UNICODE), ("space", WHITESPACE),
                          ("syntax", SYNTAX), ("path", PATHS), ("quotes", QUOTES)):
        out.extend((_name(group, v), v) for v in values)
    out.append(("long word", LONG_WORD[:20_000]))
    out.append(("mixed", "<b>&amp;</b>\x00\u202e{{ 7*7 }}😀\r\n[x](javascript:alert(1))"))
    return out


CORPUS: list[tuple[str, str]] = build()
