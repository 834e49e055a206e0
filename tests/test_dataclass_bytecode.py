"""Dataclass methods kept compiled beside the bytecode: the same methods, compiled once."""

from __future__ import annotations

import dataclasses
import inspect
import marshal
import os
import subprocess
import sys
import types
from importlib.util import MAGIC_NUMBER
from pathlib import Path
from typing import Any

import pytest

from editor import dataclass_bytecode

ROOT = Path(__file__).resolve().parents[1]

CLASSES = '''
from __future__ import annotations

import dataclasses
from dataclasses import InitVar, dataclass, field
from typing import ClassVar


@dataclass
class Plain:
    name: str
    count: int = 0
    tags: list[str] = field(default_factory=list)
    hidden: str = field(default="x", repr=False, compare=False)
    kind: ClassVar[str] = "plain"


@dataclass(frozen=True, order=True)
class Frozen:
    day: int
    label: str = "a"


@dataclass(slots=True, kw_only=True)
class Slotted:
    first: int
    second: tuple[int, ...] = ()


@dataclass(eq=False)
class Identity:
    value: object = None


@dataclass(unsafe_hash=True)
class Hashed:
    a: int
    b: str = "b"
    seed: InitVar[int] = 1

    def __post_init__(self, seed: int) -> None:
        self.a += seed
'''

METHODS = ("__init__", "__repr__", "__eq__", "__lt__", "__le__", "__gt__", "__ge__",
           "__hash__", "__setattr__", "__delattr__")


def _module(name: str, cached: Path | None) -> types.ModuleType:
    module = types.ModuleType(name)
    module.__cached__ = str(cached) if cached is not None else None  # type: ignore[attr-defined]
    sys.modules[name] = module
    try:
        exec(compile(CLASSES, f"<{name}>", "exec", dont_inherit=True), vars(module))
    finally:
        del sys.modules[name]
    return module


@pytest.fixture
def reference() -> types.ModuleType:
    """The classes as Python makes them without the hook."""
    assert vars(dataclasses).get("exec") is not dataclass_bytecode._exec
    return _module("editor._reference", None)


@pytest.fixture
def hooked(monkeypatch: pytest.MonkeyPatch, reference: types.ModuleType) -> None:
    """The hook in place for this test only, with no methods known yet."""
    monkeypatch.setitem(vars(dataclasses), "exec", dataclass_bytecode._exec)
    monkeypatch.setattr(dataclass_bytecode, "_modules", {})
    monkeypatch.setattr(sys, "dont_write_bytecode", False)


def _forget() -> None:
    """As a new process would start: nothing known but the files."""
    dataclass_bytecode._modules.clear()


def _instances(module: types.ModuleType) -> list[Any]:
    return [module.Plain("n", 2, ["t"]), module.Plain("n", 2, ["t"], hidden="y"),
            module.Frozen(3), module.Frozen(3, "b"), module.Slotted(first=1),
            module.Identity(), module.Hashed(1), module.Hashed(1, "c", seed=5)]


def _behaviour(module: types.ModuleType) -> list[object]:
    seen: list[object] = []
    first = _instances(module)
    second = _instances(module)
    for one, other in zip(first, second, strict=True):
        seen += [repr(one), one == other, one != other, vars(one) if hasattr(one, "__dict__")
                 else [getattr(one, f.name) for f in dataclasses.fields(one)]]
        try:
            seen.append(hash(one) == hash(other))
        except TypeError as error:
            seen.append(str(error))
    seen += [first[2] < first[3], first[3] >= first[2], sorted([first[3], first[2]])[0].label]
    with pytest.raises(dataclasses.FrozenInstanceError):
        first[2].day = 4
    with pytest.raises(TypeError):
        module.Slotted(1)  # keyword only
    return seen


def _methods(module: types.ModuleType) -> list[object]:
    found: list[object] = []
    for name in ("Plain", "Frozen", "Slotted", "Identity", "Hashed"):
        cls = getattr(module, name)
        for method in METHODS:
            fn = cls.__dict__.get(method)
            if not isinstance(fn, types.FunctionType):
                found.append((name, method, fn is None))
                continue
            found.append((name, method, fn.__qualname__, str(inspect.signature(fn)),
                          fn.__annotations__ == {} or sorted(fn.__annotations__),
                          fn.__defaults__ is None or len(fn.__defaults__),
                          fn.__code__.co_code, fn.__code__.co_names,
                          fn.__code__.co_varnames))
    return found


def test_the_kept_methods_are_those_python_compiles(hooked: None, tmp_path: Path,
                                                   reference: types.ModuleType) -> None:
    plain = _module("editor._plain_probe", None)  # no bytecode file: compiled as always
    assert dataclass_bytecode.compiled_count() == 0
    pyc = tmp_path / "__pycache__" / "probe.cpython-3x.pyc"
    compiled = _module("editor._probe", pyc)
    assert dataclass_bytecode.compiled_count() > 10
    dataclass_bytecode.write_changed()
    kept = pyc.with_suffix(dataclass_bytecode.SUFFIX)
    assert kept.is_file()

    _forget()
    again = _module("editor._probe", pyc)
    assert dataclass_bytecode.compiled_count() == 0  # every method came from the file
    for module in (plain, compiled, again):
        assert _methods(module) == _methods(reference)
        assert _behaviour(module) == _behaviour(reference)
    assert again.Plain.__init__.__code__ == reference.Plain.__init__.__code__


def test_a_changed_class_is_compiled_anew_and_the_old_method_dropped(
        hooked: None, tmp_path: Path) -> None:
    pyc = tmp_path / "probe.cpython-3x.pyc"
    _module("editor._probe", pyc)
    dataclass_bytecode.write_changed()
    stored = dataclass_bytecode._read(str(pyc.with_suffix(".dataclasses")))
    _forget()
    global CLASSES
    original = CLASSES
    CLASSES = original.replace("    count: int = 0\n", "    count: int = 7\n    more: int = 1\n")
    try:
        changed = _module("editor._probe", pyc)
    finally:
        CLASSES = original
    assert dataclass_bytecode.compiled_count() == 3  # Plain's __init__, __repr__, __eq__
    assert changed.Plain("n").count == 7
    assert changed.Plain("n").more == 1
    dataclass_bytecode.write_changed()
    now = dataclass_bytecode._read(str(pyc.with_suffix(".dataclasses")))
    assert len(now) == len(stored)
    assert set(now) != set(stored)


@pytest.mark.parametrize("content", [b"", b"garbage", b"PSDC0001", None])
def test_an_unreadable_file_is_ignored_and_written_anew(
        hooked: None, tmp_path: Path, content: bytes | None) -> None:
    pyc = tmp_path / "probe.cpython-3x.pyc"
    kept = pyc.with_suffix(".dataclasses")
    if content is None:  # whole, but of another kind of content
        content = b"PSDC0001" + MAGIC_NUMBER + marshal.dumps({"text": "not code"})
    kept.write_bytes(content)
    module = _module("editor._probe", pyc)
    assert dataclass_bytecode.compiled_count() > 10
    assert module.Frozen(1) < module.Frozen(2)
    dataclass_bytecode.write_changed()
    assert dataclass_bytecode._read(str(kept))
    _forget()
    _module("editor._probe", pyc)
    assert dataclass_bytecode.compiled_count() == 0


def test_nothing_is_written_when_python_writes_no_bytecode(
        hooked: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    pyc = tmp_path / "probe.cpython-3x.pyc"
    _module("editor._probe", pyc)
    dataclass_bytecode.write_changed()
    assert list(tmp_path.iterdir()) == []


def test_other_packages_and_folders_that_cannot_be_written_are_left_alone(
        hooked: None, tmp_path: Path, reference: types.ModuleType) -> None:
    other = _module("elsewhere_probe", tmp_path / "other.cpython-3x.pyc")
    assert _methods(other) == _methods(reference)
    assert dataclass_bytecode.compiled_count() == 0
    assert "elsewhere_probe" not in dataclass_bytecode._modules
    blocked = tmp_path / "file"
    blocked.write_text("")
    _module("editor._probe", blocked / "probe.cpython-3x.pyc")  # its folder is a file
    dataclass_bytecode.write_changed()  # no error: compiled again next time
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file"]


PROBE = r"""
import sys
from editor.dataclass_bytecode import compiled_count, keep_dataclass_bytecode
keep_dataclass_bytecode()
import editor.cli, editor.services.exporting, editor.render.docx, editor.store.reader
print("COMPILED", compiled_count())
"""


def test_a_second_process_compiles_no_dataclass_method(tmp_path: Path) -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONPYCACHEPREFIX=str(tmp_path / "pyc"),
               PRESSESTELLE_DATA_DIR=str(tmp_path / "data"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)

    def compiled() -> int:
        result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True,
                                env=env, cwd=tmp_path, timeout=120, check=True)
        return int(result.stdout.split("COMPILED ")[1])

    assert compiled() > 100  # about 190 methods on the way of an export
    assert list((tmp_path / "pyc").rglob("model.*.dataclasses"))
    assert compiled() == 0
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    assert compiled() == 0  # read, though not written


@pytest.mark.parametrize("program", [["main.py"], ["-m", "editor"]], ids=" ".join)
def test_the_program_keeps_the_methods(tmp_path: Path, program: list[str]) -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONPYCACHEPREFIX=str(tmp_path / "pyc"),
               PRESSESTELLE_DATA_DIR=str(tmp_path / "data"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    result = subprocess.run([sys.executable, *program, "--version"], capture_output=True,
                            text=True, env=env, cwd=ROOT, timeout=120, check=True)
    assert result.stdout.startswith("pressestelle ")
    assert list((tmp_path / "pyc").rglob("model.*.dataclasses"))
