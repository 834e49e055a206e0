"""The daily backup copy in a process of its own, so that nobody waits for it.

:func:`start_daily_backup` starts ``python -m editor.store.backup_worker ARCHIVE FOLDER``
in a session of its own (closing the window or the command does not stop it) and, when
asked, waits only until the copy holds its snapshot of the archive: what the caller writes
afterwards is not in the copy, so the daily copy is the archive as it was before the day's
first change. One copy per archive runs at a time (a lock file in the backups folder);
a failure is noted there for the next start to report (:func:`editor.store.backup.last_failure`).
This module loads no database library and no Qt.
"""

from __future__ import annotations

import contextlib
import os
import select
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import IO

from editor.core.errors import PressestelleError
from editor.store.backup import backups_folder, daily_backup_if_due, record_failure

SNAPSHOT_WAIT = 10.0
"""Seconds a writing command waits at most for the copy's snapshot before it goes on."""
BUSY = 3
"""Exit status of a worker that found another copy of the archive under way."""
FAILED = 1

try:
    import fcntl
except ImportError:  # pragma: no cover - not on POSIX
    fcntl = None  # type: ignore[assignment]


def _lock_path(folder: Path, archive: Path) -> Path:
    return folder / f".{archive.stem}.backup.lock"


def _take_lock(folder: Path, archive: Path) -> IO[bytes] | None:
    """The held lock of ``archive``'s copies, or ``None`` when another process holds it."""
    folder.mkdir(parents=True, exist_ok=True)
    stream = _lock_path(folder, archive).open("ab")
    if fcntl is None:
        return stream
    try:
        fcntl.flock(stream.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        stream.close()
        return None
    return stream


def backup_running(archive: Path, folder: Path | None = None) -> bool:
    """True while a background copy of ``archive`` is under way (in any process)."""
    folder = folder or backups_folder()
    if not _lock_path(folder, archive).exists():
        return False
    try:
        lock = _take_lock(folder, archive)
    except OSError:
        return False
    if lock is None:
        return True
    lock.close()
    return False


class _Detached(subprocess.Popen[bytes]):
    """A child meant to outlive its handle: no warning when the handle goes first."""

    def __del__(self) -> None:
        with contextlib.suppress(OSError):
            self.poll()
        for stream in (self.stdout, self.stderr):
            if stream is not None:
                with contextlib.suppress(OSError):
                    stream.close()


class DailyBackup:
    """A started background copy."""

    def __init__(self, process: subprocess.Popen[bytes], archive: Path, folder: Path) -> None:
        self.process = process
        self.archive = archive
        self.folder = folder
        self.said: list[str] = []

    def running(self) -> bool:
        return self.process.poll() is None

    def wait(self, timeout: float | None = None) -> int:
        return self.process.wait(timeout)

    @property
    def busy_elsewhere(self) -> bool:
        """The worker found another copy of this archive under way and left it alone."""
        return self.process.poll() == BUSY

    @property
    def failed(self) -> bool:
        return self.process.poll() == FAILED

    def failure(self) -> str:
        """What a failed copy said (when it was started without waiting), else ""."""
        stream = self.process.stderr
        if stream is None or self.process.poll() is None:
            return ""
        with contextlib.suppress(OSError, ValueError):
            return stream.read(4000).decode("utf-8", "replace").strip()
        return ""

    def close(self) -> None:
        """Let go of the pipes to the copy (it goes on if still running)."""
        for stream in (self.process.stdout, self.process.stderr):
            if stream is not None:
                with contextlib.suppress(OSError):
                    stream.close()

    def wait_for_snapshot(self, timeout: float = SNAPSHOT_WAIT) -> bool:
        """Wait until the copy holds its snapshot (or is not needed); False on time-out."""
        stream = self.process.stdout
        if stream is None:
            return True
        ready, _, _ = select.select([stream], [], [], timeout)
        if not ready:
            return False
        line = stream.readline().decode("ascii", "replace").strip()
        self.said.append(line)
        stream.close()
        return True


def start_daily_backup(archive: Path, folder: Path | None = None, *,
                       wait: bool = True) -> DailyBackup:
    """Start the daily copy of ``archive`` in its own process (it decides whether one is
    due); with ``wait``, return once it holds its snapshot. Without (a caller that stays
    and watches it), what a failed copy says can be read with :meth:`DailyBackup.failure`.
    """
    folder = folder or backups_folder()
    root = str(Path(__file__).resolve().parents[2])
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH")) if p)
    process = _Detached(  # our own interpreter and module
        [sys.executable, "-m", "editor.store.backup_worker", str(archive), str(folder)],
        stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL if wait else subprocess.PIPE,
        env=env, start_new_session=True, close_fds=True)
    started = DailyBackup(process, archive, folder)
    if wait:
        started.wait_for_snapshot()
    return started


def _complain(message: str) -> None:
    with contextlib.suppress(OSError, ValueError):
        sys.stderr.write(message + "\n")
        sys.stderr.flush()


def _say(word: str) -> None:
    with contextlib.suppress(OSError, ValueError):
        sys.stdout.write(word + "\n")
        sys.stdout.flush()
        sys.stdout.close()


def main(argv: Sequence[str] | None = None) -> int:
    """Make today's daily copy of ARCHIVE in FOLDER, unless done or under way."""
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) != 2:
        print("usage: python -m editor.store.backup_worker ARCHIVE FOLDER", file=sys.stderr)
        return 2
    archive, folder = Path(args[0]), Path(args[1])
    with contextlib.suppress(OSError, AttributeError):
        os.nice(10)  # a background copy gives way to the user's work
    try:
        lock = _take_lock(folder, archive)
    except OSError as exc:
        message = f"{folder}: {exc.strerror or exc}"
        _say("failed")
        _complain(message)
        record_failure(archive, message, folder)
        return FAILED
    if lock is None:
        _say("busy")
        return BUSY
    try:
        made = daily_backup_if_due(archive, folder, on_snapshot=lambda: _say("snapshot"))
    except PressestelleError as exc:
        _say("failed")
        _complain(str(exc))
        record_failure(archive, str(exc), folder)
        return FAILED
    finally:
        lock.close()
    if made is None:
        _say("done")
    return 0


if __name__ == "__main__":
    sys.exit(main())
