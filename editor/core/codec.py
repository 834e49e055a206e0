"""Turn domain dataclasses into plain JSON values and back, checking every field.

One codec serves the interchange files and the archive's JSON columns. Reading names
the exact place of a problem: ``blocks[3].text.de: expected string, got number``.

Reading data from outside (``checked=True``, the default) also applies the rules every
incoming record must keep, whatever its type: record ids are printable tokens
(:data:`RECORD_ID`), no text is longer than :data:`MAX_TEXT_LENGTH`, links pass
:mod:`editor.core.links`. The archive reads what it stored itself with ``checked=False``,
so an older archive stays readable (its exports show unsafe links as plain text).
Lone surrogates are refused in both modes: they cannot be text at all.
"""

from __future__ import annotations

import dataclasses
import enum
import re
import types
import typing
import unicodedata
from datetime import date, datetime
from functools import cache, lru_cache
from typing import Any, TypeVar, Union

from editor.core import links
from editor.core.errors import ValidationError
from editor.core.model import LANGUAGES, Translations
from editor.core.provenance import source_name_problem

BASIS_KEY = "basis"
"""In a serialised :class:`Translations`, the key holding the source fingerprints."""
LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")

T = TypeVar("T")

RECORD_ID = re.compile(r"[^\W_][\w.:\-]{0,99}")
"""Every record id: letters, digits and ``-_.:``, starting with a letter or digit, at most
100 characters; ids are printed one a line and typed on the command line."""
MAX_TEXT_LENGTH = 2_000_000
"""The most characters one text field may hold (about 600 printed pages)."""
LINK_FIELDS = frozenset({"website"})
"""Fields holding a web address (``https://…``); ``email`` becomes a ``mailto:`` link."""
_SURROGATE = re.compile("[\ud800-\udfff]")

_JSON_NAMES = {
    str: "string",
    int: "integer",
    bool: "boolean",
    float: "number",
    list: "array",
    dict: "object",
    type(None): "null",
}


def _describe(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    return _JSON_NAMES.get(type(value), type(value).__name__)


def shown_key(key: str) -> str:
    """A key from a file as it may appear in a one-line message: short and printable."""
    if key.isprintable() and len(key) <= 60 and not _SURROGATE.search(key):
        return key
    return ascii(key[:60]) + ("…" if len(key) > 60 else "")


def _join(path: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{path}[{key}]"
    return f"{path}.{key}" if path else key


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


_LEAVES = frozenset({str, int, float, bool, type(None)})


@cache
def _fields(cls: type) -> tuple[tuple[str, dataclasses.Field[Any]], ...]:
    return tuple((f.name, f) for f in dataclasses.fields(cls))


@cache
def _field_names(cls: type) -> frozenset[str]:
    return frozenset(name for name, _ in _fields(cls))


@cache
def _defaults(cls: type) -> tuple[tuple[str, bool, Any], ...]:
    """Each field's name, whether it has a default, and the default (made once, only
    compared with)."""
    found = []
    for name, f in _fields(cls):
        if f.default is not dataclasses.MISSING:
            found.append((name, True, f.default))
        elif f.default_factory is not dataclasses.MISSING:
            found.append((name, True, f.default_factory()))
        else:
            found.append((name, False, None))
    return tuple(found)


@cache
def _value_kind(tp: type) -> str:
    """How :func:`to_plain` writes a value of type ``tp`` (worked out once per type)."""
    if issubclass(tp, Translations):
        return "translations"
    if dataclasses.is_dataclass(tp):
        return "dataclass"
    for kind, base in (("enum", enum.Enum), ("datetime", datetime), ("date", date),
                       ("list", list), ("dict", dict)):
        if issubclass(tp, base):
            return kind
    return "other"


def to_plain(value: Any) -> Any:
    """A dataclass tree as JSON-ready values; fields equal to their default are left out."""
    tp: Any = type(value)
    if tp in _LEAVES:
        return value
    kind = _value_kind(tp)
    if kind == "dataclass":
        out: dict[str, Any] = {}
        for name, has_default, default in _defaults(tp):
            v = getattr(value, name)
            if has_default and bool(v == default):
                continue
            out[name] = v if type(v) in _LEAVES else to_plain(v)
        return out
    if kind == "translations":
        out_t: dict[str, Any] = _in_language_order(value.text)
        if value.basis:
            out_t[BASIS_KEY] = _in_language_order(value.basis)
        return out_t
    if kind == "list":
        return [to_plain(v) for v in value]
    if kind == "enum":
        return value.value
    if kind == "datetime":
        return value.isoformat(timespec="seconds")
    if kind == "date":
        return value.isoformat()
    if kind == "dict":  # every dict of the model is keyed by language
        return {str(k): to_plain(v) for k, v in _in_language_order(value).items()}
    return value


def _in_language_order(texts: dict[str, Any]) -> dict[str, Any]:
    """The same dict with its keys in a stable order: de, en, then others by name."""
    if len(texts) <= 1 or tuple(texts) == LANGUAGES:  # most texts: nothing to sort
        return dict(texts)

    def order(key: str) -> tuple[int, str]:
        return (LANGUAGES.index(key) if key in LANGUAGES else len(LANGUAGES), key)

    return {key: texts[key] for key in sorted(texts, key=order)}


def from_plain(cls: type[T], data: Any, path: str = "", *, checked: bool = True) -> T:
    """Build ``cls`` from JSON values; a wrong or unknown field raises ValidationError.

    ``checked`` applies the rules for incoming data (ids, text lengths, links).
    """
    return typing.cast(T, _read(cls, data, path, checked))


def id_problem(value: str) -> str | None:
    """Why ``value`` cannot be a record id; ``None`` when it can."""
    if len(value) <= 100:  # ids recur (the same people, roles, organisations): remembered
        return _short_id_problem(value)
    return _id_problem(value)


@lru_cache(maxsize=8192)
def _short_id_problem(value: str) -> str | None:
    return _id_problem(value)


def _id_problem(value: str) -> str | None:
    composed = unicodedata.normalize("NFC", value)
    if RECORD_ID.fullmatch(value) and value.isprintable():
        if unicodedata.normalize("NFKC", value) == composed == value:
            return None
        odd = next(c for c in value if unicodedata.normalize("NFKC", c) != c)
        return (f"{value[:60]!r} is not an id: U+{ord(odd):04X} ({unicodedata.name(odd, '?')}"
                f") at position {value.index(odd) + 1} is a look-alike form of "
                f"{unicodedata.normalize('NFKC', odd)!r}; write "
                f"{unicodedata.normalize('NFKC', value)[:60]!r}")
    if composed != value and _id_problem(composed) is None:
        return (f"{value[:60]!r} is not an id: its letters are written decomposed (a letter "
                f"followed by a combining accent); write {composed[:60]!r}")
    if not value:
        return "an id must not be empty"
    if len(value) > 100:
        return f"an id has at most 100 characters, this one {len(value):,}"
    bad = next((c for c in value if not (c.isalnum() or c in "-_.:")), None)
    if bad is not None:
        return (f"{value[:60]!r} is not an id: it may hold only letters, digits and "
                f"- _ . : (found U+{ord(bad):04X} at position {value.index(bad) + 1})")
    return f"{value[:60]!r} is not an id: it must start with a letter or a digit"


def _is_id_field(name: str) -> bool:
    return name == "id" or name.endswith(("_id", "_ids"))


def _check_text(value: str, path: str, checked: bool) -> None:
    broken = _SURROGATE.search(value)
    if broken is not None:
        raise ValidationError(
            path, f"contains a broken character (U+{ord(broken.group()):04X}, half of a "
            f"UTF-16 pair) at position {broken.start() + 1}; type or paste that text again")
    if checked and len(value) > MAX_TEXT_LENGTH:
        raise ValidationError(
            path, f"a text may hold at most {MAX_TEXT_LENGTH:,} characters, this one has "
            f"{len(value):,}; split it or shorten it")


@cache
def _plain_field(name: str) -> bool:
    """True when only the field's value type, not its name, brings rules (most fields)."""
    return not (_is_id_field(name) or name in LINK_FIELDS or name in ("email", "source_name"))


def _check_field(name: str, value: Any, path: str) -> None:
    """The rules of incoming data that depend on what a field means."""
    if type(value) in _LEAVES and _plain_field(name):
        return  # a text, number or flag of a field without rules of its own
    problem: str | None = None
    if _is_id_field(name):
        for i, one in enumerate(value if isinstance(value, list) else [value]):
            if isinstance(one, str) and (problem := id_problem(one)) is not None:
                raise ValidationError(_join(path, i) if isinstance(value, list) else path,
                                      problem)
        return
    if name in LINK_FIELDS and value:
        problem = links.link_problem(value)
        if problem is not None:
            problem = f"the link {problem}"
    elif name == "email" and value:
        problem = links.email_problem(value)
    elif name == "source_name" and isinstance(value, str):
        problem = source_name_problem(value)
    elif isinstance(value, Translations):
        for lang, text in value.text.items():
            if (problem := links.markdown_link_problem(text)) is not None:
                raise ValidationError(_join(path, lang), problem)
    elif isinstance(value, dict):
        for lang, text in value.items():
            if isinstance(text, str) and (problem := links.markdown_link_problem(text)):
                raise ValidationError(_join(path, lang), problem)
    if problem is not None:
        raise ValidationError(path, problem)


@cache
def _shape(tp: Any) -> tuple[str, Any]:
    """What kind of field type ``tp`` is (worked out once per type)."""
    origin = typing.get_origin(tp)
    if origin in (Union, types.UnionType):
        options = typing.get_args(tp)
        real = [o for o in options if o is not type(None)]
        return "union", (type(None) in options, real[0] if len(real) == 1 else None)
    if origin is list:
        (inner,) = typing.get_args(tp)
        return "list", inner
    if origin is dict:
        _, inner = typing.get_args(tp)
        return "dict", inner
    if tp is Translations:
        return "translations", None
    if dataclasses.is_dataclass(tp):
        return "dataclass", None
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return "enum", {m.value: m for m in tp}
    return "plain", None


@cache
def _plan(cls: type) -> tuple[tuple[str, Any, bool, bool], ...]:
    """Each field of ``cls``: name, type, whether it is required, and whether only the
    texts of its value may break a rule (a field without rules of its own, see
    :func:`_plain_field`), worked out once per class."""
    hints = _hints(cls)
    return tuple(
        (name, hints[name],
         f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING,
         _plain_field(name))
        for name, f in _fields(cls)
    )


def _read(tp: Any, data: Any, path: str, checked: bool) -> Any:
    if tp is str:  # the most common field first
        if not isinstance(data, str):
            raise ValidationError(path, f"expected string, got {_describe(data)}")
        _check_text(data, path, checked)
        return data
    kind, detail = _shape(tp)
    if kind == "union":
        optional, real = detail
        if data is None and optional:
            return None
        if real is not None:
            return _read(real, data, path, checked)
        raise TypeError(f"unsupported union {tp}")
    if kind == "list":
        if not isinstance(data, list):
            raise ValidationError(path, f"expected array, got {_describe(data)}")
        return [_read(detail, v, f"{path}[{i}]", checked) for i, v in enumerate(data)]
    if kind == "dict":
        if not isinstance(data, dict):
            raise ValidationError(path, f"expected object, got {_describe(data)}")
        for k in data:
            _check_text(k, path, checked)
        return {k: _read(detail, v, _join(path, k), checked) for k, v in data.items()}
    if kind == "translations":
        return _read_translations(data, path, checked)
    if kind == "dataclass":
        return _read_dataclass(tp, data, path, checked)
    if kind == "enum":
        try:
            member = detail.get(data) if not isinstance(data, (dict, list)) else None
        except TypeError:  # not hashable
            member = None
        if member is None or type(data) is not type(member.value):
            allowed = [m.value for m in tp]
            if data not in allowed:
                shown = data if isinstance(data, str) else _describe(data)
                raise ValidationError(
                    path, f"expected one of {', '.join(map(str, allowed))}, got {shown!r}"
                )
            return tp(data)
        return member
    if tp is datetime:
        return _read_datetime(data, path)
    if tp is date:
        return _read_date(data, path)
    if tp is bool:
        if not isinstance(data, bool):
            raise ValidationError(path, f"expected boolean, got {_describe(data)}")
        return data
    if tp is int:
        if isinstance(data, bool) or not isinstance(data, int):
            raise ValidationError(path, f"expected integer, got {_describe(data)}")
        return data
    raise TypeError(f"unsupported field type {tp!r} at {path}")


def _read_dataclass(cls: Any, data: Any, path: str, checked: bool) -> Any:
    if not isinstance(data, dict):
        raise ValidationError(path, f"expected object, got {_describe(data)}")
    if not _field_names(cls).issuperset(data):
        unknown = sorted(set(data) - _field_names(cls))
        raise ValidationError(_join(path, shown_key(unknown[0])), "unknown field")
    kwargs: dict[str, Any] = {}
    for name, tp, required, plain_rules in _plan(cls):
        if name in data:
            sub = f"{path}.{name}" if path else name
            value = _read(tp, data[name], sub, checked)
            kwargs[name] = value
            # of a field without rules of its own, only texts per language are checked
            if checked and (not plain_rules or isinstance(value, (Translations, dict))):
                _check_field(name, value, sub)
        elif required:
            raise ValidationError(_join(path, name), "required field is missing")
    return cls(**kwargs)


def _read_date(data: Any, path: str) -> date:
    if not isinstance(data, str):
        raise ValidationError(path, f"expected date as YYYY-MM-DD, got {_describe(data)}")
    try:
        return date.fromisoformat(data)
    except ValueError:
        raise ValidationError(
            path, f"{data!r} is not a real date (expected YYYY-MM-DD)"
        ) from None


def _read_datetime(data: Any, path: str) -> datetime:
    if not isinstance(data, str):
        raise ValidationError(
            path, f"expected date and time as YYYY-MM-DDTHH:MM, got {_describe(data)}"
        )
    try:
        return datetime.fromisoformat(data)
    except ValueError:
        raise ValidationError(
            path, f"{data!r} is not a real date and time (expected YYYY-MM-DDTHH:MM)"
        ) from None


def _read_translations(data: Any, path: str, checked: bool) -> Translations:
    """``{"de": "…", "en": "…", "basis": {"en": "<fingerprint>"}}``."""
    if not isinstance(data, dict):
        raise ValidationError(path, f"expected object of texts per language, got {_describe(data)}")
    result = Translations()
    for key, value in data.items():
        if key == BASIS_KEY:
            result.basis = _read(dict[str, str], value, _join(path, key), checked)
            continue
        _check_text(key, path, checked)
        if not LANGUAGE_CODE.match(key):
            raise ValidationError(_join(path, shown_key(key)),
                                  "not a language code (expected e.g. de, en)")
        result.text[key] = _read(str, value, _join(path, key), checked)
    return result


# -- a quick yes to incoming data -----------------------------------------------------------
#
# Saving an item checks its values by reading them back (``from_plain``), which builds every
# object and the path of every field only to throw them away. ``accepts`` answers the same
# question without either: compiled once per type into plain tests, it says "yes" only where
# ``from_plain(..., checked=True)`` accepts too. Where it says "no" (rare: bad data, or a
# shape it does not know), ``from_plain`` runs and names the problem as it always did.

Accept = typing.Callable[[Any], bool]


def accepts(cls: type, data: Any) -> bool:
    """True only when ``from_plain(cls, data)`` (with the incoming-data rules) would accept
    ``data``; False when it would not, and for shapes too rare to check here."""
    return _acceptor(cls)(data)


def _never(data: Any) -> bool:
    return False


def _text_ok(data: Any) -> bool:
    return (isinstance(data, str) and len(data) <= MAX_TEXT_LENGTH
            and (data.isascii() or _SURROGATE.search(data) is None))


def _bool_ok(data: Any) -> bool:
    return isinstance(data, bool)


def _int_ok(data: Any) -> bool:
    return isinstance(data, int) and not isinstance(data, bool)


def _iso_acceptor(tp: type[date]) -> Accept:
    def ok(data: Any) -> bool:
        if not isinstance(data, str):
            return False
        try:
            tp.fromisoformat(data)
        except ValueError:
            return False
        return True

    return ok


_date_ok = _iso_acceptor(date)
_datetime_ok = _iso_acceptor(datetime)


def _translations_ok(data: Any) -> bool:
    if not isinstance(data, dict):
        return False
    for key, value in data.items():
        if key == BASIS_KEY:
            if not (isinstance(value, dict)
                    and all(_text_ok(k) and _text_ok(v) for k, v in value.items())):
                return False
        elif not (_text_ok(key) and LANGUAGE_CODE.match(key) and _text_ok(value)
                  and links.markdown_link_problem(value) is None):
            return False  # (the link rule applies to every text of a Translations field)
    return True


@cache
def _acceptor(tp: Any) -> Accept:
    if tp is str:
        return _text_ok
    kind, detail = _shape(tp)
    if kind == "union":
        optional, real = detail
        if real is None:
            return _never
        inner = _acceptor(real)
        return (lambda data: data is None or inner(data)) if optional else inner
    if kind == "list":
        item_ok = _acceptor(detail)
        return lambda data: isinstance(data, list) and all(map(item_ok, data))
    if kind == "dict":
        value_ok = _acceptor(detail)
        return lambda data: isinstance(data, dict) and all(
            _text_ok(k) and value_ok(v) for k, v in data.items())
    if kind == "translations":
        return _translations_ok
    if kind == "dataclass":
        return _dataclass_acceptor(tp)
    if kind == "enum":
        return _enum_acceptor(detail)
    return {datetime: _datetime_ok, date: _date_ok, bool: _bool_ok, int: _int_ok}.get(
        tp, _never)


def _enum_acceptor(members: dict[Any, Any]) -> Accept:
    def ok(data: Any) -> bool:
        try:
            member = members.get(data)
        except TypeError:  # not hashable
            return False
        return member is not None and type(data) is type(member.value)

    return ok


def _field_rule(name: str, tp: Any) -> Accept | None:
    """The test of a field's own rules (:func:`_check_field`) on its JSON value, or None
    when it has none beyond its type's."""
    if _plain_field(name):
        kind, detail = _shape(tp)
        if kind == "union" and detail[1] is not None:
            kind, detail = _shape(detail[1])
        if kind == "dict":  # texts per language: their links (Translations check their own)
            return lambda data: data is None or all(not isinstance(text, str)
                                    or links.markdown_link_problem(text) is None
                                    for text in data.values())
        return None
    leaf = tp
    if _shape(tp)[0] == "union" and _shape(tp)[1][1] is not None:
        leaf = _shape(tp)[1][1]
    if leaf is not str and leaf != list[str]:
        return _never  # a field with rules of its own on a shape left to from_plain

    def ok(data: Any) -> bool:  # on a text or a list of texts, JSON value = read value
        if data is None:
            return True
        try:
            _check_field(name, data, "")
        except ValidationError:
            return False
        return True

    return ok


def _dataclass_acceptor(cls: Any) -> Accept:
    names = _field_names(cls)
    plan = tuple((name, _acceptor(tp), required, _field_rule(name, tp))
                 for name, tp, required, _ in _plan(cls))
    missing = object()

    def ok(data: Any) -> bool:
        if not isinstance(data, dict) or not names.issuperset(data):
            return False
        for name, value_ok, required, rule in plan:
            value = data.get(name, missing)
            if value is missing:
                if required:
                    return False
            elif not value_ok(value) or (rule is not None and not rule(value)):
                return False
        return True

    return ok
