"""Counts in English messages of the command line and the services: "1 item", "3 items"."""

from __future__ import annotations


def counted(count: int, singular: str, plural: str = "") -> str:
    """``count`` with the noun in the number it needs ("1 quote", "0 quotes", "2 people").

    ``plural`` defaults to ``singular`` + "s"; give it for other forms ("person", "people").
    """
    return f"{count} {singular if count == 1 else plural or singular + 's'}"
