"""Keeps ``None``, ``True`` and ``False`` alive however often PySide6 returns them.

PySide6 6.12 returns ``None`` (from every ``void`` method) and ``True``/``False`` (from
``bool`` methods and signal ``emit``) without taking a reference to them, so each such
call lowers the singleton's reference count by one. On Python 3.11 these objects are
ordinary reference-counted objects: after a few thousand calls more than Python code
holds, the count reaches zero and the interpreter aborts with ``Fatal Python error:
none_dealloc`` (or ``bool_dealloc``). Typing in the editor makes dozens of such calls per
keystroke, so a long paragraph was enough.

Python 3.12 made these singletons immortal (PEP 683). On older interpreters
:func:`pin_singletons` gives them a reference count so large that no number of leaked
references can bring it to zero; the objects are never freed anyway.
"""

from __future__ import annotations

import ctypes
import sys

RESERVE = 1 << 48
"""References added to each singleton: more than any process makes calls."""

_pinned = False


def pin_singletons() -> None:
    """Make ``None``, ``True`` and ``False`` effectively immortal (once per process)."""
    global _pinned
    if _pinned or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        _pinned = True
        return
    for obj in (None, True, False):
        # ob_refcnt is the object's first field in every release build of CPython 3.11
        count = ctypes.c_ssize_t.from_address(id(obj))
        count.value += RESERVE
    _pinned = True
