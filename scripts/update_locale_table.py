"""Regenerate editor/core/locale_table.py: Babel's date patterns, month names and list
patterns of the locales exports use most, so that an export formats its dates and lists
without loading Babel's locale data.

    python scripts/update_locale_table.py          # write the table
    python scripts/update_locale_table.py --check  # exit code 1 when it differs from Babel

tests/core/test_locale_table.py checks the table against Babel itself.
"""

from __future__ import annotations

import argparse
import pprint
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
TABLE = ROOT / "editor" / "core" / "locale_table.py"
LOCALES = ("de_DE", "de_AT", "de_CH", "en_GB", "en_US", "fr_FR")
STYLES = ("short", "medium", "long")
LIST_STYLES = ("standard", "or")
FIELDS = {"d": (1, 2), "M": (1, 2, 3, 4), "y": (1, 2, 4)}
"""The fields the table's formatter writes (day, month, year); a pattern with any other
field is left out of the table and formatted by Babel."""


def split_pattern(pattern: str) -> list[str | list[Any]] | None:
    """A CLDR date pattern as literal texts and ``[letter, count]`` fields; ``None`` when
    it has a field the table's formatter does not write."""
    pieces: list[str | list[Any]] = []
    literal = ""
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "'":
            end = pattern.find("'", i + 1)
            if end == i + 1:  # '' is one quote
                literal += "'"
                i += 2
                continue
            if end < 0:
                return None
            literal += pattern[i + 1:end].replace("''", "'")
            i = end + 1
        elif ch.isalpha():
            count = 1
            while i + count < len(pattern) and pattern[i + count] == ch:
                count += 1
            if count not in FIELDS.get(ch, ()):
                return None
            if literal:
                pieces.append(literal)
                literal = ""
            pieces.append([ch, count])
            i += count
        else:
            literal += ch
            i += 1
    if literal:
        pieces.append(literal)
    return pieces


def build() -> dict[str, Any]:
    from babel import Locale

    table: dict[str, Any] = {}
    for tag in LOCALES:
        locale = Locale.parse(tag)
        dates = {}
        for style in STYLES:
            pieces = split_pattern(locale.date_formats[style].pattern)
            if pieces is not None:
                dates[style] = pieces
        months = {width: [locale.months["format"][width][m] for m in range(1, 13)]
                  for width in ("abbreviated", "wide")}
        lists = {style: dict(sorted(locale.list_patterns[style].items()))
                 for style in LIST_STYLES}
        table[tag] = {"dates": dates, "months": months, "lists": lists}
    return table


def source() -> str:
    import babel

    body = pprint.pformat(build(), width=92, sort_dicts=True)
    return (f'"""Babel {babel.__version__}\'s dates and lists of the locales exports use most'
            ' (made by\nscripts/update_locale_table.py; checked against Babel by'
            ' tests/core/test_locale_table.py)."""\n\n'
            "from typing import Any\n\n"
            f"BABEL_VERSION = {babel.__version__!r}\n"
            f"LOCALES: dict[str, Any] = {body}\n")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    made = source()
    if args.check:
        if TABLE.read_text(encoding="utf-8") != made:
            print(f"{TABLE.relative_to(ROOT)} differs from Babel: run "
                  "scripts/update_locale_table.py", file=sys.stderr)
            return 1
        return 0
    TABLE.write_text(made, encoding="utf-8")
    print(TABLE.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
