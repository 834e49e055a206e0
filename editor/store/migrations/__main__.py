"""For developers: ``python -m editor.store.migrations revision "what changes"``.

Writes the next revision script from the difference between ``schema.py`` and the
newest revision; read and edit it before committing.
"""

from __future__ import annotations

import sys

from editor.store.migrate import new_revision


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] != "revision":
        print('usage: python -m editor.store.migrations revision "what changes"', file=sys.stderr)
        return 2
    new_revision(argv[1])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
