"""Pressestelle: no arguments open the desktop app; subcommands run the command line."""

import sys

from editor.cli import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], process=True))
