"""Colleagues' saves as they happen: PostgreSQL's LISTEN/NOTIFY.

Every transaction that saves or deletes a press item on a PostgreSQL archive sends a
notification on :data:`CHANNEL` with the item's id; the server delivers it when (and only
if) the transaction commits. :class:`ChangeListener` holds one connection of its own that
listens, in a background thread, and hands each id to a callback. A lost connection is
made again (every few seconds) until the listener is stopped. SQLite has no such thing:
front ends poll :meth:`editor.store.archive.Archive.change_mark` there.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from typing import Any

from sqlalchemy import Connection, Engine, text

from editor.store.engine import postgresql_connect_args

log = logging.getLogger(__name__)

CHANNEL = "pressestelle_changes"
RECONNECT_SECONDS = 3.0


def notify_change(conn: Connection, item_id: str) -> None:
    """Tell listeners, when this transaction commits, that ``item_id`` changed."""
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_notify(:channel, :item)"),
                      {"channel": CHANNEL, "item": item_id})


def can_listen(engine: Engine) -> bool:
    return engine.dialect.name == "postgresql"


class ChangeListener:
    """Calls ``callback(item_id)`` from a background thread for each change notified."""

    def __init__(self, engine: Engine, callback: Callable[[str], None]) -> None:
        self._engine = engine
        self._callback = callback
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="archive-listener",
                                        daemon=True)
        self.listening = threading.Event()
        """Set while a connection listens (tests wait for it)."""

    def start(self) -> ChangeListener:
        self._thread.start()
        return self

    def stop(self, wait: float = 3.0) -> None:
        self._stop.set()
        self._thread.join(wait)

    def _connect(self) -> Any:
        import psycopg

        url = self._engine.url
        cargs, cparams = self._engine.dialect.create_connect_args(url)
        # as the archive's own connections: a dead network is noticed, and it reconnects
        connection = psycopg.connect(*cargs, **{**cparams, **postgresql_connect_args(url)},
                                     autocommit=True)
        connection.execute(f"LISTEN {CHANNEL}")
        return connection

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                connection = self._connect()
            except Exception as exc:  # the server is away: try again in a moment
                log.info("Cannot listen for colleagues' saves: %s", exc)
                self._stop.wait(RECONNECT_SECONDS)
                continue
            self.listening.set()
            try:
                while not self._stop.is_set():
                    for note in connection.notifies(timeout=0.5):
                        self._callback(note.payload)
            except Exception as exc:  # the connection was lost: make it again
                log.info("Listening for colleagues' saves stopped: %s", exc)
            finally:
                self.listening.clear()
                with contextlib.suppress(Exception):  # already gone
                    connection.close()
