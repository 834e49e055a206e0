"""Pressestelle: no arguments open the desktop app; subcommands run the command line."""

import sys

from editor import process

process.start()  # before the program's modules are loaded

from editor.cli import main  # noqa: E402

if __name__ == "__main__":
    process.end(main(sys.argv[1:], process=True))
