"""User templates are compiled and rendered in a separate process under hard limits.

The sandbox (:mod:`editor.render.sandbox`) counts work and sizes as the template runs, but
one slow call (``big|urlize``, sorting millions of items, a format string that builds
gigabytes, nesting that exhausts Python's recursion) runs to its end before any check can
look. So a user template runs in a worker process with a memory limit
(``RLIMIT_AS``) and a wall-clock deadline after which the parent kills it. Whatever the
template does, the caller gets its output or a :class:`TemplateError` naming the file and
the limit that was hit.

The worker is a new Python process, started as ``spawn`` does (fork and exec at once,
never a bare ``fork``: the desktop app runs Qt threads), but without importing the
caller's main module again; it serves many renders: an export batch opens one
:func:`session` and pays the start (about 0.3 s) once.
Built-in templates, shipped with the app, keep rendering in this process.

The parent never unpickles what the worker sends: answers are a tag byte and bytes.
"""

from __future__ import annotations

import functools
import json
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from contextvars import ContextVar
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar

from editor.core.errors import PressestelleError
from editor.render.catalogue import TemplateInfo
from editor.render.errors import TOO_DEEP, RenderError, TemplateError
from editor.render.trust import is_trusted

if TYPE_CHECKING:  # loaded when a worker starts: built-in templates render without one
    import subprocess
    from multiprocessing.connection import Connection

OWN_DEADLINE_GRACE = 5.0
"""Seconds after the parent's deadline at which the worker ends itself."""
P = ParamSpec("P")
R = TypeVar("R")

CANCELLED = "was stopped: rendering was cancelled"
"""The problem of a render ended by :meth:`TemplateWorker.cancel`."""
START_SECONDS = 60.0
"""How long the worker may take to start (imports on a busy machine)."""


@dataclass(frozen=True)
class Limits:
    """What one render of a user template may use."""

    seconds: float = 20.0
    """Wall-clock time of one render; the sandbox's own check (15 s) comes first."""
    memory: int = 2 << 30
    """Address space of the worker process in bytes (it needs about 50 MB itself)."""


DEFAULT_LIMITS = Limits()

_CURRENT: ContextVar[TemplateWorker | None] = ContextVar("template_worker", default=None)

_OK_TEXT, _OK_BYTES, _TEMPLATE, _RENDER, _MEMORY, _DEPTH, _OTHER = (
    b"S", b"B", b"T", b"R", b"M", b"D", b"X")


def _megabytes(n: int) -> str:
    return f"{n // (1 << 20):,} MB"


class TemplateWorker:
    """One worker process for user templates, started on first use, restarted after a
    kill or a crash. Use it as a context manager, or :meth:`close` it."""

    def __init__(self, limits: Limits = DEFAULT_LIMITS) -> None:
        self.limits = limits
        self._process: subprocess.Popen[bytes] | None = None
        self._send: Connection | None = None
        self._receive: Connection | None = None
        self._lock = threading.Lock()
        """Guards :attr:`_process` and :attr:`_cancelled` between the thread that renders
        and one that cancels."""
        self._cancelled = False

    def __enter__(self) -> TemplateWorker:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __del__(self) -> None:
        # A worker nobody closed (a preview window that went away) must not outlive its
        # owner, nor be left for the interpreter to find still running.
        with suppress(Exception):
            self._stop()

    @property
    def pid(self) -> int | None:
        """The worker's process id while it runs."""
        with self._lock:
            return self._process.pid if self._process is not None else None

    @property
    def cancelled(self) -> bool:
        return self._cancelled

    def cancel(self) -> None:
        """End the render under way and refuse every later one; safe from any thread.

        The process is killed through its own handle (never by a process id read
        elsewhere, which may belong to another program once the worker has ended); the
        thread rendering then gets a :class:`TemplateError` at once. No new worker is
        started afterwards: :meth:`run` raises the same error, :meth:`close` ends it.
        """
        with self._lock:
            self._cancelled = True
            process = self._process
            if process is not None and process.returncode is None:
                with suppress(OSError):
                    process.kill()

    def _start(self, file: str) -> tuple[Connection, Connection]:
        """Start the worker: a new Python process (fork and exec at once, as ``spawn``
        does) that imports only the renderer, talking over its stdin and stdout."""
        import subprocess
        from multiprocessing.connection import Connection

        with self._lock:  # a cancel comes before the start or kills what it started
            if self._cancelled:
                raise TemplateError(file, CANCELLED)
            try:
                process = subprocess.Popen(
                    [sys.executable, "-I", "-c", _BOOT, json.dumps(sys.path),
                     str(self.limits.memory)],
                    stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                    close_fds=True)
            except OSError as exc:
                raise TemplateError(file, f"the separate process for user templates cannot "
                                    f"be started ({exc.strerror})") from None
            assert process.stdin is not None and process.stdout is not None
            send = Connection(os.dup(process.stdin.fileno()), readable=False)
            receive = Connection(os.dup(process.stdout.fileno()), writable=False)
            process.stdin.close()
            process.stdout.close()
            self._process, self._send, self._receive = process, send, receive
        ready = b""
        if receive.poll(START_SECONDS):
            try:
                ready = receive.recv_bytes(64)
            except (EOFError, OSError):
                ready = b""
        if ready != b"READY":
            why = self._stop(reason=True)
            if self._cancelled:
                raise TemplateError(file, CANCELLED)
            raise TemplateError(file, "the separate process for user templates could not "
                                f"start{why}; try again, or ask for help with this message")
        if process.stderr is not None:
            process.stderr.close()  # the worker sends its own errors to nowhere from now
        return send, receive

    def _stop(self, reason: bool = False) -> str:
        """End the worker; with ``reason``, what it said when it failed to start."""
        import subprocess

        with self._lock:
            process, send, receive = self._process, self._send, self._receive
            self._process = self._send = self._receive = None
        for conn in (send, receive):
            if conn is not None:
                conn.close()
        if process is None:
            return ""
        if process.poll() is None:
            process.kill()
        with suppress(subprocess.TimeoutExpired):
            process.wait(5)
        said = ""
        if reason and process.stderr is not None and not process.stderr.closed:
            lines = process.stderr.read(4000).decode("utf-8", "replace").strip().splitlines()
            said = lines[-1] if lines else ""
        if process.stderr is not None and not process.stderr.closed:
            process.stderr.close()
        if not reason:
            return ""
        code = process.returncode
        if said:
            return f" ({said})"
        return f" (exit code {code})" if code else ""

    def close(self) -> None:
        """End the worker (it is started again when needed)."""
        import subprocess

        if self._send is not None and self._process is not None:
            try:
                self._send.send(None)
                self._process.wait(2)
            except (OSError, subprocess.TimeoutExpired):
                pass
        self._stop()

    def run(self, file: str, func: Callable[..., str | bytes], *args: Any) -> str | bytes:
        """``func(*args)`` in the worker, under the limits; ``file`` names the template in
        errors. ``func`` must be a module-level function returning text or bytes."""
        import subprocess

        if self._cancelled:
            raise TemplateError(file, CANCELLED)
        if self._send is None or self._receive is None:
            self._start(file)
        assert self._send is not None and self._receive is not None
        job = (func, args, self.limits.seconds + OWN_DEADLINE_GRACE)
        try:
            self._send.send(job)
        except (OSError, ValueError):  # the worker went away since the last render
            self._stop()
            self._start(file)
            assert self._send is not None
            self._send.send(job)
        receive = self._receive
        assert receive is not None
        if not receive.poll(self.limits.seconds):
            self._stop()
            if self._cancelled:
                raise TemplateError(file, CANCELLED)
            raise TemplateError(file, f"took longer than {self.limits.seconds:g} seconds and "
                                "was stopped; check its loops and filters on long texts")
        try:
            answer = receive.recv_bytes(self.limits.memory)
        except (EOFError, OSError):
            process = self._process
            code = None
            if process is not None:
                with suppress(subprocess.TimeoutExpired):
                    code = process.wait(5)
            self._stop()
            if self._cancelled:
                raise TemplateError(file, CANCELLED) from None
            raise TemplateError(
                file, "stopped the separate process that renders user templates"
                + (f" (exit code {code})" if code is not None else "")
                + f"; it may need more than the {_megabytes(self.limits.memory)} of memory "
                "allowed, or nest too deeply") from None
        tag, body = answer[:1], answer[1:]
        if tag == _OK_TEXT:
            return body.decode("utf-8")
        if tag == _OK_BYTES:
            return body
        if tag in (_MEMORY, _OTHER):
            self._stop()
        raise _error(tag, body, file, self.limits)


def _error(tag: bytes, body: bytes, file: str, limits: Limits) -> PressestelleError:
    """The exception the worker's answer ``tag`` + ``body`` describes."""
    try:
        fields = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        fields = {}
    if not isinstance(fields, dict):
        fields = {}

    def text(key: str) -> str:
        value = fields.get(key, "")
        return " ".join(str(value).split())[:2000]

    if tag == _TEMPLATE:
        line = fields.get("line")
        return TemplateError(text("file") or file, text("problem"),
                             line if isinstance(line, int) else None, text("near"))
    if tag == _RENDER:
        return RenderError(text("message"))
    if tag == _MEMORY:
        return TemplateError(file, f"needs more than the {_megabytes(limits.memory)} of "
                             "memory a template may use; check what it builds from long "
                             "texts or large numbers")
    if tag == _DEPTH:
        return TemplateError(file, TOO_DEEP)
    return TemplateError(file, f"failed in the separate process: {text('message')}")


_BOOT = ("import json, sys; sys.path[:0] = json.loads(sys.argv[1]); "
         "from editor.render.worker import serve; serve(int(sys.argv[2]))")
"""What the worker process runs: the parent's import path, then :func:`serve`."""


def serve(memory: int) -> None:
    """The worker process: jobs come on stdin, answers go to stdout (see the module).

    Nothing a template or a library prints can reach the answers: stdin and stdout are
    pointed elsewhere once the connections hold them. Besides the parent's deadline, the
    kernel ends the worker a little later by itself (``SIGALRM`` at its default action),
    so it cannot outlive a parent that died.
    """
    from multiprocessing.connection import Connection

    receive = Connection(os.dup(0), writable=False)
    send = Connection(os.dup(1), readable=False)
    nowhere = os.open(os.devnull, os.O_RDWR)
    os.dup2(nowhere, 0)
    os.dup2(nowhere, 1)
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    except (ImportError, ValueError, OSError):  # no such limit on this system
        pass
    alarm = getattr(signal, "setitimer", None)
    if alarm is not None:
        signal.signal(signal.SIGALRM, signal.SIG_DFL)
    from editor.render import docx, dossier, html  # noqa: F401  (imported before the jobs)

    send.send_bytes(b"READY")
    os.dup2(nowhere, 2)
    while True:
        try:
            job = receive.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        func, args, alarm_after = job
        if alarm is not None:
            alarm(signal.ITIMER_REAL, alarm_after)
        answer = _answer(func, args)
        if alarm is not None:
            alarm(signal.ITIMER_REAL, 0)
        try:
            send.send_bytes(answer)
        except (OSError, MemoryError):
            return
        if answer[:1] == _MEMORY:
            return  # a process that ran out of memory is not trusted with the next render


def _answer(func: Callable[..., str | bytes], args: tuple[Any, ...]) -> bytes:
    try:
        result = func(*args)
    except TemplateError as exc:
        return _TEMPLATE + json.dumps({"file": exc.file, "problem": exc.problem,
                                       "line": exc.line, "near": exc.near}).encode("utf-8")
    except PressestelleError as exc:
        return _RENDER + json.dumps({"message": str(exc)}).encode("utf-8")
    except MemoryError:
        return _MEMORY
    except RecursionError:
        return _DEPTH
    except Exception as exc:  # a template can raise anything; the parent names the file
        return _OTHER + json.dumps({"message": f"{type(exc).__name__}: {exc}"[:2000]}).encode()
    if isinstance(result, str):
        return _OK_TEXT + result.encode("utf-8")
    return _OK_BYTES + bytes(result)


def render(info: TemplateInfo, file: str, func: Callable[..., Any], *args: Any) -> Any:
    """``func(*args)``: here for a built-in template, in the worker for a user template.

    The worker of the current :func:`session` is used; without one, a worker is started
    for this render alone.
    """
    if is_trusted(info):
        return func(*args)
    current = _CURRENT.get()
    if current is not None:
        return current.run(file, func, *args)
    with TemplateWorker() as worker:
        return worker.run(file, func, *args)


def in_session(func: Callable[P, R]) -> Callable[P, R]:
    """``func`` with every render of a user template inside it in one :func:`session`."""

    @functools.wraps(func)
    def batch(*args: P.args, **kwargs: P.kwargs) -> R:
        with session():
            return func(*args, **kwargs)

    return batch


@contextmanager
def session(limits: Limits | None = None) -> Iterator[TemplateWorker]:
    """Renders of user templates inside the block share one worker (started when first
    needed). Without ``limits`` an already open session is joined."""
    current = _CURRENT.get()
    if current is not None and limits is None:
        yield current
        return
    with TemplateWorker(limits or DEFAULT_LIMITS) as worker, using(worker):
        yield worker


@contextmanager
def using(worker: TemplateWorker) -> Iterator[TemplateWorker]:
    """Renders of user templates inside the block use ``worker`` (which stays open)."""
    token = _CURRENT.set(worker)
    try:
        yield worker
    finally:
        _CURRENT.reset(token)
