"""A Jinja sandbox that also limits how much work and memory a template may use.

Jinja's own sandbox stops templates from reaching Python internals (``__class__``,
``__globals__`` …). A shared template could still make the export hang or eat all
memory: ``'a' * 10**9``, ``10**10**10``, nested loops over ``range(100000)``,
macros calling themselves twice, ``'x'|center(10**9)``. :class:`GuardedEnvironment`
adds, per render:

* a work budget: every loop step, call and filter counts (:data:`MAX_STEPS`), and a
  wall-clock deadline (:data:`MAX_SECONDS`) is checked as the work proceeds;
* a size limit on every string, list or number a template makes (:data:`MAX_SIZE`,
  :data:`MAX_INT_BITS`), checked *before* the value is built where it can be foreseen;
* a limit on the whole output (:data:`MAX_OUTPUT`);
* no file paths: attributes of path objects and ``path / "…"`` are refused, and
  templates are only loaded from inside the template folders (no symlinks out).

It is immutable as well: ``labels.update(…)`` or ``list.append`` are refused, so one
export cannot change what the next one sees. ``lipsum`` is removed (it has no use in a
press release and makes work proportional to its argument).
"""

from __future__ import annotations

import functools
import itertools
import os
import re
import time
from collections.abc import Callable, Iterable, Iterator, Sized
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path, PurePath
from typing import Any

import jinja2
from jinja2 import nodes
from jinja2.compiler import CodeGenerator, Frame
from jinja2.loaders import split_template_path
from jinja2.runtime import BlockReference, Macro
from jinja2.sandbox import ImmutableSandboxedEnvironment, safe_range

from editor.render import template_files, template_images

MAX_STEPS = 1_000_000
"""Loop steps, calls and filters one render may take."""
MAX_SECONDS = 15.0
"""Wall-clock time one render may take."""
MAX_SIZE = 10_000_000
"""Characters or elements of one value a template makes (1 MB paragraphs fit easily)."""
MAX_OUTPUT = 200_000_000
"""Characters one render may write through ``{{ … }}`` (photos as data: URIs included)."""
MAX_NUMBER = 100_000
"""The largest number a template may pass to a function or filter (as Jinja's range)."""
MAX_INT_BITS = 4_096
"""The largest integer a template may compute (about 1,200 digits)."""

_WIDE_FORMAT = re.compile(r"\d{6,}")
"""A field width or precision of 100,000 or more in a format string."""
_AMPLIFYING_FILTERS = frozenset({"indent", "replace", "format", "join"})


class TemplateLimitError(jinja2.exceptions.SecurityError):
    """A template exceeded a limit of the sandbox; the message says which and what to do."""


class _Budget:
    """The work, time and output one render has used."""

    __slots__ = ("deadline", "output", "steps")

    def __init__(self) -> None:
        self.steps = 0
        self.output = 0
        self.deadline = time.monotonic() + MAX_SECONDS

    def step(self, n: int = 1) -> None:
        self.steps += n
        if self.steps > MAX_STEPS:
            raise TemplateLimitError(
                f"the template does too much work (more than {MAX_STEPS:,} loop steps, "
                "calls and filters); check its loops and macros")
        if self.steps & 0x3FF == 0:
            self.check_time()

    def check_time(self) -> None:
        if time.monotonic() > self.deadline:
            raise TemplateLimitError(
                f"the template took longer than {MAX_SECONDS:g} seconds; check its loops")

    def wrote(self, n: int) -> None:
        self.output += n
        if self.output > MAX_OUTPUT:
            raise TemplateLimitError(
                f"the template writes more than {MAX_OUTPUT:,} characters; check its loops")
        self.step()


_BUDGET: ContextVar[_Budget | None] = ContextVar("template_budget", default=None)


@contextmanager
def budget() -> Iterator[None]:
    """Run the renders inside the block under one fresh work budget."""
    token = _BUDGET.set(_Budget())
    try:
        yield
    finally:
        _BUDGET.reset(token)


def _step(n: int = 1) -> None:
    current = _BUDGET.get()
    if current is not None:
        current.step(n)


def _too_big(what: str) -> TemplateLimitError:
    return TemplateLimitError(
        f"{what} would be larger than {MAX_SIZE:,} characters or elements")


def check_size(value: Any) -> Any:
    """``value`` itself, unless it is a string, list or number over the limits."""
    if isinstance(value, (str, bytes, list, tuple, dict, set, frozenset)):
        if len(value) > MAX_SIZE:
            raise _too_big("a value")
    elif (isinstance(value, int) and not isinstance(value, bool)
          and value.bit_length() > MAX_INT_BITS):
        raise TemplateLimitError(f"a number would have more than {MAX_INT_BITS:,} bits")
    return value


def _check_numbers(args: Iterable[Any]) -> None:
    for arg in args:
        if isinstance(arg, int) and not isinstance(arg, bool) and abs(arg) > MAX_NUMBER:
            raise TemplateLimitError(
                f"the number {arg if arg.bit_length() < 64 else 'given'} is too large "
                f"for a template (at most {MAX_NUMBER:,})")


def _length(value: Any) -> int:
    return len(value) if isinstance(value, Sized) else 0


def _count(value: str | bytes, part: Any) -> int:
    """How often ``part`` occurs in ``value``; the worst case when that cannot be told."""
    try:
        return int(value.count(part))
    except TypeError:
        return len(value) + 1


def _check_format(fmt: Any) -> None:
    if isinstance(fmt, (str, bytes)) and _WIDE_FORMAT.search(str(fmt)):
        raise TemplateLimitError(
            f"a field width in a format string is too large (at most {MAX_NUMBER:,})")


def _check_join(separator: Any, items: Any) -> Any:
    """``items`` as a list, unless joining them with ``separator`` would be too large."""
    listed = list(itertools.islice(iter(items), MAX_SIZE + 1))
    if len(listed) > MAX_SIZE:
        raise _too_big("a joined text")
    total = _length(separator) * len(listed) + sum(
        _length(x) for x in listed if isinstance(x, (str, bytes)))
    if total > MAX_SIZE:
        raise _too_big("a joined text")
    return listed


def _check_amplifier(name: str, value: Any, args: tuple[Any, ...],
                     kwargs: dict[str, Any]) -> tuple[Any, ...]:
    """Foresee text methods and filters whose result can be far larger than their input.

    Returns ``args`` (a joined iterable is turned into a list so it can be measured).
    """
    if not isinstance(value, (str, bytes)):
        return args
    size = len(value)
    if name == "replace":
        old = args[0] if args else kwargs.get("old", "")
        new = args[1] if len(args) > 1 else kwargs.get("new", "")
        if _length(new) > _length(old):
            hits = _count(value, old) if _length(old) else size + 1
            if size + hits * (_length(new) - _length(old)) > MAX_SIZE:
                raise _too_big("a replaced text")
    elif name == "indent":
        width = args[0] if args else kwargs.get("width", 4)
        per_line = _length(width) if isinstance(width, str) else int(width or 0)
        if size + (_count(value, "\n") + 1) * per_line > MAX_SIZE:
            raise _too_big("an indented text")
    elif name == "expandtabs":
        tab = args[0] if args else kwargs.get("tabsize", 8)
        if isinstance(tab, int) and size + _count(value, "\t") * tab > MAX_SIZE:
            raise _too_big("a text with expanded tabs")
    elif name == "translate":
        table = args[0] if args else None
        if isinstance(table, dict):
            widest = max((_length(v) for v in table.values()), default=1)
            if size * widest > MAX_SIZE:
                raise _too_big("a translated text")
    elif name in ("format", "format_map"):
        _check_format(value)
    elif name == "join" and args:
        return (_check_join(value, args[0]), *args[1:])
    return args


def _guard_filter(name: str, func: Callable[..., Any]) -> Callable[..., Any]:
    """A built-in filter that counts as work and refuses results over the limits."""
    passes_context = getattr(func, "jinja_pass_arg", None) is not None
    first = 1 if passes_context else 0

    @functools.wraps(func)
    def guarded(*args: Any, **kwargs: Any) -> Any:
        _step()
        _check_numbers(args[first + 1:])
        _check_numbers(kwargs.values())
        if name in _AMPLIFYING_FILTERS and len(args) > first:
            value = args[first]
            rest = args[first + 1:]
            if name == "join":
                separator = rest[0] if rest else kwargs.get("d", "")
                listed = _check_join(separator, value)
                args = (*args[:first], listed, *rest)
            else:
                _check_amplifier(name, value, rest, kwargs)
        return check_size(func(*args, **kwargs))

    return guarded


def _binop_precheck(op: str, left: Any, right: Any) -> None:
    if isinstance(left, PurePath) or isinstance(right, PurePath):
        raise TemplateLimitError("templates may not build file paths")
    ints = (isinstance(left, int) and not isinstance(left, bool)
            and isinstance(right, int) and not isinstance(right, bool))
    if op == "**" and ints and right > 0 and abs(left) > 1:
        if right > MAX_INT_BITS or right * (abs(left).bit_length() - 1) > MAX_INT_BITS:
            raise TemplateLimitError(f"a number would have more than {MAX_INT_BITS:,} bits")
    elif op == "*":
        if ints:
            if left.bit_length() + right.bit_length() > MAX_INT_BITS + 1:
                raise TemplateLimitError(
                    f"a number would have more than {MAX_INT_BITS:,} bits")
        elif max(_length(left) * (right if isinstance(right, int) else 0),
                 _length(right) * (left if isinstance(left, int) else 0)) > MAX_SIZE:
            raise _too_big("a repeated text or list")
    elif op == "+" and _length(left) + _length(right) > MAX_SIZE:
        raise _too_big("a joined text or list")
    elif op == "%" and isinstance(left, (str, bytes)):
        _check_format(left)
        _check_numbers(right if isinstance(right, tuple) else (right,))


class _ConfinedLoader(jinja2.BaseLoader):
    """Loads templates only as regular files inside its folders (see
    :mod:`editor.render.template_files`): no links out, no pipes, no huge files."""

    def __init__(self, searchpath: list[Path]) -> None:
        self.searchpath = list(searchpath)

    def get_source(
        self, environment: jinja2.Environment, template: str
    ) -> tuple[str, str, Callable[[], bool]]:
        pieces = split_template_path(template)
        name = "/".join(pieces)
        for root in self.searchpath:
            filename = os.path.join(root, *pieces)
            if not os.path.lexists(filename):
                continue
            try:
                source = template_files.read_text(root, name, template_files.MAX_SOURCE_BYTES,
                                                  self.searchpath)
                source = template_images.clean_inline_images(source, filename)
                mtime = os.stat(filename).st_mtime_ns
            except FileNotFoundError:
                continue

            def uptodate(filename: str = filename, mtime: int = mtime) -> bool:
                try:
                    return os.stat(filename).st_mtime_ns == mtime
                except OSError:
                    return False

            return source, os.path.normpath(filename), uptodate
        raise jinja2.TemplateNotFound(template)

    def list_templates(self) -> list[str]:
        return []


class _GuardedCodeGenerator(CodeGenerator):
    """Counts the steps of ``{% for %}`` loops and checks ``~`` concatenations."""

    _loop_iterables: set[int] | None = None

    def visit_For(self, node: nodes.For, frame: Frame) -> None:
        if self._loop_iterables is None:
            self._loop_iterables = set()
        self._loop_iterables.add(id(node.iter))
        super().visit_For(node, frame)

    def visit(self, node: nodes.Node, *args: Any, **kwargs: Any) -> Any:
        if self._loop_iterables is not None and id(node) in self._loop_iterables:
            self.write("environment.guard_iter(")
            super().visit(node, *args, **kwargs)
            self.write(")")
            return None
        return super().visit(node, *args, **kwargs)

    def visit_Concat(self, node: nodes.Concat, frame: Frame) -> None:
        self.write("environment.guard_size(")
        super().visit_Concat(node, frame)
        self.write(")")


def _finalize(value: Any) -> Any:
    """Counts what ``{{ … }}`` writes against the render's output limit."""
    current = _BUDGET.get()
    if current is not None and value is not None:
        current.wrote(len(value) if isinstance(value, str) else 16)
    return value


class GuardedEnvironment(ImmutableSandboxedEnvironment):
    """Jinja's immutable sandbox with limits on work, size and files (see the module)."""

    intercepted_binops = frozenset({"*", "**", "+", "%", "/", "//"})
    code_generator_class = _GuardedCodeGenerator

    def __init__(self, search_path: list[Path], **options: Any) -> None:
        options.setdefault("finalize", _finalize)
        super().__init__(loader=_ConfinedLoader([Path(p) for p in search_path]), **options)
        self.globals.pop("lipsum", None)
        for name, func in list(self.filters.items()):
            self.filters[name] = _guard_filter(name, func)

    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        if isinstance(obj, PurePath):
            return False
        return bool(super().is_safe_attribute(obj, attr, value))

    def call_binop(self, context: jinja2.runtime.Context, operator: str, left: Any,
                   right: Any) -> Any:
        _step()
        _binop_precheck(operator, left, right)
        return check_size(super().call_binop(context, operator, left, right))

    def call(__self, __context: jinja2.runtime.Context, __obj: Any,
             *args: Any, **kwargs: Any) -> Any:
        _step()
        if __obj is not safe_range:
            _check_numbers(args)
            _check_numbers(kwargs.values())
        inner = getattr(__obj, "__wrapped__", __obj)
        owner = getattr(inner, "__self__", None)
        if isinstance(owner, (str, bytes)):
            args = _check_amplifier(getattr(inner, "__name__", ""), owner, args, kwargs)
        result = super().call(__context, __obj, *args, **kwargs)
        if isinstance(__obj, (Macro, BlockReference)):
            return result  # template output: counted by the output limit as it is written
        return check_size(result)

    @staticmethod
    def guard_iter(iterable: Any) -> Iterator[Any]:
        """``iterable`` with every step counted against the render's budget."""
        current = _BUDGET.get()
        if current is None:
            yield from iterable
            return
        for value in iterable:
            current.step()
            yield value

    @staticmethod
    def guard_size(value: Any) -> Any:
        _step()
        return check_size(value)

