"""``python -m editor`` and the ``pressestelle`` command: the same program as ``main.py``."""

import sys

from editor.dataclass_bytecode import keep_dataclass_bytecode

keep_dataclass_bytecode()  # before the modules that define dataclasses are loaded

from editor.cli import main  # noqa: E402


def run() -> int:
    """The ``pressestelle`` command: the command line (or the app) as a whole process."""
    return main(process=True)


if __name__ == "__main__":
    sys.exit(run())
