"""``python -m editor`` and the ``pressestelle`` command: the same program as ``main.py``."""

from typing import NoReturn

from editor import process

process.start()  # before the program's modules are loaded

from editor.cli import main  # noqa: E402


def run() -> NoReturn:
    """The ``pressestelle`` command: the command line (or the app) as a whole process."""
    process.end(main(process=True))


if __name__ == "__main__":
    run()
