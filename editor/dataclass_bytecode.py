"""The methods that :mod:`dataclasses` writes for our classes, compiled once and kept.

For every dataclass, :mod:`dataclasses` writes the source of ``__init__``, ``__repr__``,
``__eq__`` (and for a frozen one ``__setattr__``, ``__delattr__`` and ``__hash__``) and
compiles it while the module is imported. Python keeps the bytecode of a module between
runs, but not of these methods: compiling them was a sixth of the time an export takes as
a whole process (about 190 methods of 46 classes), every time.

:func:`keep_dataclass_bytecode` keeps them, compiled, beside the module's own bytecode in
``__pycache__`` (``model.cpython-311.pyc`` → ``model.cpython-311.dataclasses``), where
only who can change the program can write (a file in the user's data or cache folder,
which may be shared, is never run). Each compiled method is found by its source text
exactly as :mod:`dataclasses` wrote it, so a changed class or another version of Python
finds no match and compiles anew: what runs is always what the plain import would have
compiled. A file that cannot be read whole is ignored; new files are written under a
temporary name and renamed, when the process ends, and not at all when Python is told to
write no bytecode (``PYTHONDONTWRITEBYTECODE``, ``-B``). Only the modules of this package
are affected.
"""

from __future__ import annotations

import atexit
import builtins
import contextlib
import dataclasses
import marshal
import os
import sys
from types import CodeType
from typing import Any

PACKAGE = "editor"
SUFFIX = ".dataclasses"
"""Replaces ``.pyc`` in the name of the module's bytecode file."""
FORMAT = b"PSDC0001"
"""The first bytes of a file, followed by the bytecode's magic number of this Python."""


class _ModuleMethods:
    """The compiled methods of one module: those found in its file, those used now."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.stored = _read(path)
        self.used: dict[str, CodeType] = {}
        self.compiled = 0


_modules: dict[str, _ModuleMethods | None] = {}
"""Per module name; ``None`` for a module that has no bytecode file to sit beside."""


def _magic() -> bytes:
    from importlib.util import MAGIC_NUMBER

    return FORMAT + MAGIC_NUMBER


def _read(path: str) -> dict[str, CodeType]:
    try:
        with open(path, "rb") as file:
            data = file.read()
    except OSError:
        return {}
    header = _magic()
    if not data.startswith(header):
        return {}
    try:
        found = marshal.loads(data[len(header):])
    except (EOFError, ValueError, TypeError):
        return {}
    if type(found) is not dict or not all(
            type(text) is str and type(code) is CodeType for text, code in found.items()):
        return {}
    return found


def _methods_of(module_globals: dict[str, Any]) -> _ModuleMethods | None:
    name = module_globals.get("__name__")
    if type(name) is not str or not (name == PACKAGE or name.startswith(PACKAGE + ".")):
        return None
    if name not in _modules:
        cached = module_globals.get("__cached__")
        path = None
        if isinstance(cached, str) and cached.endswith(".pyc"):
            path = cached.removesuffix(".pyc") + SUFFIX
        _modules[name] = _ModuleMethods(path) if path is not None else None
    return _modules[name]


def _exec(source: Any, globals: Any = None, locals: Any = None, /, *args: Any,
          **kwargs: Any) -> None:
    """:func:`exec` as :mod:`dataclasses` calls it: the source of a method of a class of
    this package is run from its compiled code, compiled only when not found."""
    if type(source) is not str:
        builtins.exec(source, globals, locals, *args, **kwargs)
        return
    methods = _methods_of(globals) if type(globals) is dict else None
    code = None
    if methods is not None:
        code = methods.stored.get(source) or methods.used.get(source)
    if code is None:
        # As exec compiles a text in dataclasses, which has no ``from __future__``
        # import: the flags of this module must not apply (nor to other packages' classes).
        code = compile(source, "<string>", "exec", dont_inherit=True)
        if methods is not None:
            methods.compiled += 1
    if methods is not None:
        methods.used[source] = code
    builtins.exec(code, globals, locals, *args, **kwargs)


def compiled_count() -> int:
    """How many methods of this package's dataclasses were compiled in this process."""
    return sum(methods.compiled for methods in _modules.values() if methods is not None)


def keep_dataclass_bytecode() -> None:
    """From now on, the dataclasses of this package take their methods from the files
    beside their modules' bytecode, and the files are brought up to date when the process
    ends. Call it before the modules that define dataclasses are imported."""
    if vars(dataclasses).get("exec") is _exec:
        return
    vars(dataclasses)["exec"] = _exec
    atexit.register(write_changed)


def write_changed() -> None:
    """Write the file of every module whose methods had to be compiled: the methods used
    in this process, so that those of classes since changed or removed are dropped."""
    if sys.dont_write_bytecode:
        return
    for methods in list(_modules.values()):
        if methods is None or not methods.compiled:
            continue
        _write(methods.path, _magic() + marshal.dumps(dict(methods.used)))
        methods.stored, methods.compiled = dict(methods.used), 0


def _write(path: str, data: bytes) -> None:
    """Written under a temporary name and renamed; a folder that cannot be written is no
    error (the methods are compiled again next time)."""
    temp = f"{path}.{os.getpid()}.{os.urandom(4).hex()}.tmp"
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL
                     | getattr(os, "O_CLOEXEC", 0), 0o644)
        try:
            with os.fdopen(fd, "wb") as file:
                file.write(data)
            os.replace(temp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temp)
            raise
    except (OSError, ValueError):
        return
