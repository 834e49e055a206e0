"""``python -m editor``: the same program as ``main.py`` and the ``pressestelle`` command."""

import sys

from editor.cli import main

if __name__ == "__main__":
    sys.exit(main(process=True))
