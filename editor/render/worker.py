"""User templates are compiled and rendered in a separate process under hard limits.

The sandbox (:mod:`editor.render.sandbox`) counts work and sizes as the template runs, but
one slow call (``big|urlize``, sorting millions of items, a format string that builds
gigabytes, nesting that exhausts Python's recursion) runs to its end before any check can
look. So a user template runs in a worker process with a memory limit
(``RLIMIT_AS``) and a wall-clock deadline after which the parent kills it. Whatever the
template does, the caller gets its output or a :class:`TemplateError` naming the file and
the limit that was hit.

The worker is started with ``spawn`` (never ``fork``: the desktop app runs Qt threads) and
serves many renders: an export batch opens one :func:`session` and pays the start once.
Built-in templates, shipped with the app, keep rendering in this process.

The parent never unpickles what the worker sends: answers are a tag byte and bytes.
"""

from __future__ import annotations

import functools
import json
import multiprocessing
import multiprocessing.connection
import os
import signal
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any, ParamSpec, TypeVar

from editor.core import paths
from editor.core.errors import PressestelleError
from editor.render.catalogue import TemplateInfo
from editor.render.errors import RenderError, TemplateError
from editor.render.jinja import TOO_DEEP

OWN_DEADLINE_GRACE = 5.0
"""Seconds after the parent's deadline at which the worker ends itself."""
P = ParamSpec("P")
R = TypeVar("R")

START_SECONDS = 60.0
"""How long the worker may take to start (imports on a busy machine)."""


@dataclass(frozen=True)
class Limits:
    """What one render of a user template may use."""

    seconds: float = 20.0
    """Wall-clock time of one render; the sandbox's own check (15 s) comes first."""
    memory: int = 2 << 30
    """Address space of the worker process in bytes (its imports take about 300 MB)."""


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
        self._process: Any = None
        self._conn: multiprocessing.connection.Connection | None = None

    def __enter__(self) -> TemplateWorker:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def pid(self) -> int | None:
        """The worker's process id while it runs."""
        return self._process.pid if self._process is not None else None

    def _start(self, file: str) -> multiprocessing.connection.Connection:
        context = multiprocessing.get_context("spawn")
        parent, child = context.Pipe()
        process = context.Process(target=_serve, args=(child, self.limits.memory),
                                  name="pressestelle-template-worker", daemon=True)
        try:
            process.start()
        except OSError as exc:
            raise TemplateError(file, f"the separate process for user templates cannot be "
                                f"started ({exc.strerror})") from None
        finally:
            child.close()
        self._process, self._conn = process, parent
        if not parent.poll(START_SECONDS):
            self._stop()
            raise TemplateError(file, f"the separate process for user templates did not start "
                                f"within {START_SECONDS:g} seconds; try again")
        try:
            ready = parent.recv_bytes()
        except (EOFError, OSError):
            ready = b""
        if ready != b"READY":
            self._stop()
            raise TemplateError(file, "the separate process for user templates could not "
                                "start (it may need more memory than the limit of "
                                f"{_megabytes(self.limits.memory)})")
        return parent

    def _stop(self) -> None:
        process, conn = self._process, self._conn
        self._process = self._conn = None
        if conn is not None:
            conn.close()
        if process is not None:
            if process.is_alive():
                process.kill()
            process.join(5)

    def close(self) -> None:
        """End the worker (it is started again when needed)."""
        conn = self._conn
        if conn is not None and self._process is not None and self._process.is_alive():
            try:
                conn.send(None)
                self._process.join(2)
            except OSError:
                pass
        self._stop()

    def run(self, file: str, func: Callable[..., str | bytes], *args: Any) -> str | bytes:
        """``func(*args)`` in the worker, under the limits; ``file`` names the template in
        errors. ``func`` must be a module-level function returning text or bytes."""
        conn = self._conn if self._conn is not None else self._start(file)
        job = (func, args, self.limits.seconds)
        try:
            conn.send(job)
        except (OSError, ValueError):  # the worker went away since the last render
            self._stop()
            conn = self._start(file)
            conn.send(job)
        if not conn.poll(self.limits.seconds):
            self._stop()
            raise TemplateError(file, f"took longer than {self.limits.seconds:g} seconds and "
                                "was stopped; check its loops and filters on long texts")
        try:
            answer = conn.recv_bytes(self.limits.memory)
        except (EOFError, OSError):
            code = self._process.exitcode if self._process is not None else None
            self._stop()
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


def _serve(conn: multiprocessing.connection.Connection, memory: int) -> None:
    """The worker's loop: run each job, answer with a tag byte and bytes.

    Besides the parent's deadline, the kernel ends the worker a little later by itself
    (``SIGALRM`` left at its default action), so it cannot outlive a parent that died.
    """
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    except (ImportError, ValueError, OSError):  # no such limit on this system
        pass
    alarm = getattr(signal, "setitimer", None)
    if alarm is not None:
        signal.signal(signal.SIGALRM, signal.SIG_DFL)
    conn.send_bytes(b"READY")
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        func, args, seconds = job
        if alarm is not None:
            alarm(signal.ITIMER_REAL, seconds + OWN_DEADLINE_GRACE)
        answer = _answer(func, args)
        if alarm is not None:
            alarm(signal.ITIMER_REAL, 0)
        try:
            conn.send_bytes(answer)
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


def is_trusted(info: TemplateInfo) -> bool:
    """True for a built-in template that lies in the folder shipped with the app."""
    if not info.builtin:
        return False
    root = os.path.realpath(paths.builtin_templates_dir())
    folder = os.path.realpath(info.folder)
    return folder.startswith(root.rstrip(os.sep) + os.sep)


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
