"""Pressestelle: no arguments open the desktop app; subcommands run the command line."""

import sys

from editor.dataclass_bytecode import keep_dataclass_bytecode

keep_dataclass_bytecode()  # before the modules that define dataclasses are loaded

from editor.cli import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], process=True))
