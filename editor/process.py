"""The program as a whole process (``main.py``, ``python -m editor``, ``pressestelle``).

A command-line process lives for a fraction of a second; much of that went to work whose
only use is in a long-running program:

- **The garbage collector during start-up.** Loading the program's modules makes tens of
  thousands of objects (classes, functions, their dictionaries) that all live until the
  exit, and the collector walked them about thirty times for nothing: :func:`start` turns
  it off until :func:`collect_garbage`, which the command line calls once it knows the
  command. The desktop app and every command that writes get the collector as Python
  sets it, except that what is loaded once the archive is open is kept out of its passes
  (:func:`keep_what_is_loaded`); a light read (see :func:`collect_garbage`) gets a larger first
  generation, so that a search or a one-release export ends before it is ever run while a
  large export still frees its cycles.
- **The interpreter's teardown.** After a light read, :func:`end` runs the exit handlers,
  flushes the standard streams and ends the process without tearing down every module and
  object (see :func:`end` for when it falls back to the usual exit).
"""

from __future__ import annotations

import gc
import os
import sys
from typing import NoReturn

LIGHT_READ_THRESHOLD = 50_000
"""First-generation threshold of the collector during a light read: more objects than a
search or a one-release export makes, so it is never run for them; a large export is still
collected about every 50,000 new objects (Python's own threshold is 700)."""

_quick_exit = False
_python_threshold: tuple[int, int, int] | None = None


def start() -> None:
    """At the very start of the process, before the program's modules are loaded."""
    from editor.dataclass_bytecode import keep_dataclass_bytecode

    gc.disable()
    keep_dataclass_bytecode()  # before the modules that define dataclasses are loaded


def collect_garbage(*, light_read: bool) -> None:
    """The collector from now on: for a light read (a read of the archive file that holds
    no file, connection or thread open once it ends) one whose first generation is
    :data:`LIGHT_READ_THRESHOLD` objects, else Python's own (again, when a light read
    turns out not to be possible). Turns the collector on if :func:`start` turned it off."""
    global _python_threshold
    if light_read:
        if _python_threshold is None:
            _python_threshold = gc.get_threshold()
        first, second, third = _python_threshold
        gc.set_threshold(max(first, LIGHT_READ_THRESHOLD), second, third)
    elif _python_threshold is not None:
        gc.set_threshold(*_python_threshold)
        _python_threshold = None
    gc.enable()


def keep_what_is_loaded() -> None:
    """What the program has made so far lives until the exit: its modules, classes and
    functions, the archive's tables and statements, the desktop app's window. Every full
    pass of the collector walked all of it again for nothing; a save of a 50-quote item
    makes enough objects to start one now and then, and it took a tenth of the save.
    :func:`gc.freeze` takes these objects out of the collector's passes from now on
    (what becomes garbage among them is still freed when its last reference goes; only a
    reference cycle among them would stay, and they are made to stay anyway)."""
    gc.freeze()


def allow_quick_exit() -> None:
    """The command was a light read: :func:`end` may skip the interpreter's teardown."""
    global _quick_exit
    _quick_exit = True


def end(code: int) -> NoReturn:
    """End the process with ``code``.

    After :func:`allow_quick_exit`, the exit handlers (:mod:`atexit`) run and the standard
    streams are flushed as at any exit; then the process ends without the interpreter's
    teardown (freeing every module and object one by one), which takes longer than a
    search. Every file the command wrote was written whole, synced and closed before it
    returned, so nothing of what is on disk changes. The usual exit is taken instead when
    another thread is still running (the interpreter would wait for it) or a stream
    cannot be flushed (the interpreter reports that as it always does)."""
    if _quick_exit and _only_this_thread():
        import atexit

        atexit._run_exitfuncs()
        try:
            for stream in (sys.stdout, sys.stderr):
                if stream is not None:
                    stream.flush()
        except (OSError, ValueError):
            pass
        else:
            os._exit(code)
    sys.exit(code)


def _only_this_thread() -> bool:
    threading = sys.modules.get("threading")
    if threading is None:
        return True
    return (threading.active_count() == 1
            and not getattr(threading, "_threading_atexits", None))
