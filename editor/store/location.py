"""Where the archive is: an SQLite file or a database server's address.

The address is chosen, in this order, by ``--db`` on the command line, the environment
variable ``PRESSESTELLE_DB``, the address saved in the app's settings, else the file
``archive.sqlite`` in the user data folder.

A server address is an SQLAlchemy URL such as
``postgresql+psycopg://anna@db.example.org:5432/presse?sslmode=verify-full``; a plain
``postgresql://`` address means the same driver (psycopg 3). Passwords are never part of a
saved address: the driver reads them from ``~/.pgpass``, ``PGPASSWORD`` or a service file
(``postgresql+psycopg:///?service=presse``), and every address or message shown has any
password masked.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from editor.core.errors import StoreError

if TYPE_CHECKING:  # SQLAlchemy is loaded for a server address, not to name a file
    from sqlalchemy.engine import URL

DB_VARIABLE = "PRESSESTELLE_DB"
"""Environment variable naming the archive (file or URL) when ``--db`` is not given."""
MASK = "***"


def chosen_location(option: str | None, saved: str | None = None) -> str | None:
    """The archive to open: ``--db``, else ``PRESSESTELLE_DB``, else the saved address.

    ``None`` means the default file in the user data folder.
    """
    for candidate in (option, os.environ.get(DB_VARIABLE), saved):
        if candidate is not None and candidate.strip():
            return candidate.strip()
    return None


def is_address(location: str) -> bool:
    """True when ``location`` is a database URL rather than a file name."""
    return "://" in location


def parse_address(location: str) -> URL:
    """The URL of a database address; ``postgresql://`` gets the psycopg 3 driver."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        url = make_url(location)
    except ArgumentError as exc:
        raise StoreError(
            f"{mask_text(location, location)!r} is not a database address; write it as "
            f"postgresql+psycopg://user@host:port/database or give the name of an "
            f"archive file.") from exc
    if url.drivername in ("postgresql", "postgres"):
        url = url.set(drivername="postgresql+psycopg")
    return url


def shown(url: URL) -> str:
    """The address as it may be shown or written: without its password."""
    return url.render_as_string(hide_password=True)


def mask_text(text: str, *locations: str | URL | None) -> str:
    """``text`` with the password of each location replaced by ``***``."""
    for location in locations:
        if location is None:
            continue
        password = _password(location)
        if password:
            text = text.replace(password, MASK)
    return text


def _password(location: str | URL) -> str | None:
    if not isinstance(location, str):
        url = location
    else:
        if not is_address(location):
            return None
        from sqlalchemy.engine import make_url
        from sqlalchemy.exc import ArgumentError

        try:
            url = make_url(location)
        except ArgumentError:
            # not parsable: mask what sits between "user:" and "@" by hand
            rest = location.split("://", 1)[1]
            credentials = rest.rpartition("@")[0]
            return credentials.partition(":")[2] or None
    password = url.password
    if password is None:
        return None
    value = str(password)
    return value or None


def check_storable(location: str) -> str:
    """``location`` made ready to be saved in settings; an address with a password is refused.

    Returns the cleaned address. Raises :class:`StoreError` naming the problem.
    """
    location = location.strip()
    if not location or not is_address(location):
        return location
    url = parse_address(location)
    if url.password is not None:
        raise StoreError(
            "The address contains a password. Passwords are never saved in the settings: "
            "leave it out (postgresql+psycopg://user@host/database) and put it in "
            "~/.pgpass, PGPASSWORD or a service file.")
    if url.get_backend_name() not in ("sqlite", "postgresql"):
        raise StoreError(
            f"{shown(url)} is not an SQLite or PostgreSQL address; Pressestelle works with "
            f"those two.")
    return shown(url)
