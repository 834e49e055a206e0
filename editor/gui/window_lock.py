"""One window per archive on this computer, unless the user wants a second one.

A window that opens an archive leaves a small lock file in the user data folder (one per
archive address): the program's host name and process id, and when it opened. A second
window on the same archive finds it and asks whether to open the archive here as well,
or to quit. Two windows on one archive work as two colleagues do (soft locks on open
items, refresh after the other's saves), so opening anyway is safe; the question only
spares the user a second window opened by mistake.

A lock whose program no longer runs on this computer (after a crash) does not count;
one written on another computer (a shared home folder) is named with that computer.
The command line never looks at these files.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import socket
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from editor.io.atomic import process_alive, write_bytes_atomic

try:
    import fcntl
except ImportError:  # Windows: no advisory locks; the check stays unguarded there
    fcntl = None  # type: ignore[assignment]

LOCK_FOLDER = "open-windows"


@dataclass(frozen=True)
class WindowHolder:
    """The other program that has the archive open in a window."""

    host: str
    pid: int
    since: datetime | None

    @property
    def here(self) -> bool:
        """On this computer (else on another one sharing the data folder)."""
        return self.host == socket.gethostname()


class ArchiveWindowLock:
    """The lock file of one archive (by its address, any password hidden)."""

    def __init__(self, data_dir: Path, archive_url: str) -> None:
        digest = hashlib.sha256(archive_url.encode("utf-8")).hexdigest()[:24]
        self.path = data_dir / LOCK_FOLDER / f"{digest}.json"
        self.archive_url = archive_url
        self._held = False

    def holder(self) -> WindowHolder | None:
        """The other program with the archive open; ``None`` when there is none, when
        it is this program, or when its program has ended (a stale lock)."""
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            host, pid = str(data["host"]), int(data["pid"])
            since = _when(data.get("since"))
        except (OSError, ValueError, KeyError, TypeError):
            return None  # none, or unreadable: nothing to go by, nothing to block
        found = WindowHolder(host, pid, since)
        if found.here and (pid == os.getpid() or not process_alive(pid)):
            return None
        return found

    def claim(self) -> WindowHolder | None:
        """Check and mark in one step: with no other window on the archive, mark it as
        open in this program's and return ``None``; else return the other window's holder
        and leave its mark (:meth:`acquire` takes over after the user agreed).

        Two programs starting at the same instant both found no mark when checking and
        marking were separate steps; an exclusive lock on a guard file beside the mark
        makes the second wait until the first's mark is written.
        """
        guard = self.path.with_suffix(".guard")
        try:
            guard.parent.mkdir(parents=True, exist_ok=True)
            stream = open(guard, "a+b")  # noqa: SIM115 - held for the whole check
        except OSError:
            other = self.holder()  # a folder we cannot write: as unguarded as before
            if other is None:
                self.acquire()
            return other
        with stream:
            if fcntl is not None:
                fcntl.flock(stream.fileno(), fcntl.LOCK_EX)  # released when closed
            other = self.holder()
            if other is None:
                self.acquire()
            return other

    def acquire(self) -> None:
        """Mark the archive as open in this program's window (replacing any other mark)."""
        record = {"host": socket.gethostname(), "pid": os.getpid(),
                  "since": datetime.now().isoformat(timespec="seconds"),
                  "archive": self.archive_url}
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            write_bytes_atomic(self.path, json.dumps(record).encode("utf-8"))
        except OSError:
            return  # a folder we cannot write: the window works, only unmarked
        self._held = True

    def release(self) -> None:
        """Take this program's mark away (a mark another window has written since stays)."""
        if not self._held:
            return
        self._held = False
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return
        if data.get("pid") == os.getpid() and data.get("host") == socket.gethostname():
            with contextlib.suppress(OSError):
                self.path.unlink()


def _when(value: object) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None
