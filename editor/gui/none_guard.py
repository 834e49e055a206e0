"""Keeps Python's ``None``, ``True`` and ``False`` alive under PySide6 6.12 on Python 3.11.

PySide6/Shiboken 6.12.0 hands ``None`` back from every C++ function without a result
(``setPlainText``, ``setFormat``, a Python override of ``highlightBlock`` …) without
counting the reference. Python 3.12 and later do not count references to ``None`` (it is
immortal there), so the bindings get away with it; on 3.11 each such call takes one count
away, and after a few thousand calls the interpreter aborts with "Fatal Python error:
none_dealloc" – while the user types. ``True`` and ``False`` fare the same way
("bool_dealloc"). Giving them a count that no session can use up makes 3.11 behave like
3.12 here.
"""

from __future__ import annotations

import ctypes
import sys

RESERVE = 1 << 48
"""References added to each: more than a session of billions of calls can take away."""


def keep_none_alive() -> None:
    """Give None, True and False their reserve once (nothing to do on Python 3.12+)."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    for constant in (None, True, False):
        count = ctypes.c_ssize_t.from_address(id(constant))
        if count.value < RESERVE:
            count.value += RESERVE
