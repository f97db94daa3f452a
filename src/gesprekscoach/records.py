"""Small read-only records, made without the standard library's `dataclasses`.

The sheet document (`sheet/document.py`) is a tree of small read-only records. As frozen
dataclasses they cost every command that makes a sheet about 15 ms before any work: importing
`dataclasses` (which imports `inspect`, `ast`, `dis` and `tokenize`) and generating five
methods per class. `record` does what those records need and no more:

- the fields are the class's annotations (and its bases'), in order; `ClassVar`s are no fields;
- `__init__` takes them by position or keyword, with the defaults written in the class
  (generated once per class, so making a record is as fast as making a dataclass);
- a field cannot be changed or deleted (`FrozenRecordError`, an `AttributeError`);
- two records are equal when they are of the same class with equal fields, and hash alike;
- `repr` shows the class and the fields; `__match_args__` allows `match` by position.

Like `dataclass(slots=True)`, `record` makes the class again with a slot per field, so a
record has no `__dict__`. `record_fields` and `replace` stand in for `dataclasses.fields` and
`dataclasses.replace`.
A default must be immutable (a tuple, a text, a number, None, an enum member or a record): a record
never shares a list.

Plain Python: this module imports nothing of the coach.
"""

from __future__ import annotations

from operator import attrgetter
from typing import Any, ClassVar, TypeVar, dataclass_transform

__all__ = ["FrozenRecordError", "Record", "is_record", "record", "record_fields", "replace"]


class FrozenRecordError(AttributeError):
    """A field of a record was changed or deleted: records are read-only."""


class Record:
    """Base of the records: read-only fields, equality and hash by value, a readable repr."""

    __slots__ = ()
    __record_fields__: ClassVar[tuple[str, ...]] = ()
    __record_defaults__: ClassVar[dict[str, object]] = {}

    def __setattr__(self, name: str, value: Any) -> None:
        raise FrozenRecordError(f"cannot assign to field '{name}'")

    def __delattr__(self, name: str) -> None:
        raise FrozenRecordError(f"cannot delete field '{name}'")

    def _values(self) -> tuple[Any, ...]:
        return self.__record_values__(self)

    @staticmethod
    def __record_values__(value: Record) -> tuple[Any, ...]:
        """The fields of a record, in order (`record` sets a faster one per class)."""
        return tuple(getattr(value, name) for name in value.__record_fields__)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, Record)
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__record_fields__)
        return f"{type(self).__qualname__}({shown})"


_NO_DEFAULT = object()
_IMMUTABLE = (str, int, float, bool, bytes, tuple, frozenset, type(None))

RecordT = TypeVar("RecordT", bound=type[Record])


def _is_class_var(annotation: object) -> bool:
    text = annotation if isinstance(annotation, str) else repr(annotation)
    return text.startswith(("ClassVar", "typing.ClassVar"))


@dataclass_transform(frozen_default=True)
def record(cls: RecordT) -> RecordT:
    """Make `cls` (a subclass of `Record`) a record of the fields it annotates (see the module docstring)."""
    from enum import Enum

    names: list[str] = []
    defaults: dict[str, object] = {}
    for base in reversed(cls.__mro__[1:]):  # the records it builds on: their fields first
        if "__record_defaults__" in base.__dict__:
            names += [name for name in base.__dict__["__record_fields__"] if name not in names]
            defaults.update(base.__dict__["__record_defaults__"])
    for name, annotation in cls.__dict__.get("__annotations__", {}).items():
        if _is_class_var(annotation) or name.startswith("__"):
            continue
        if name not in names:
            names.append(name)
        if name in cls.__dict__:
            default = cls.__dict__[name]
            if not isinstance(default, (*_IMMUTABLE, Enum, Record)):
                raise TypeError(f"{cls.__qualname__}.{name}: a default must be immutable")
            defaults[name] = default
    seen_default = False
    parameters: list[str] = []
    for name in names:
        if name in defaults:
            seen_default = True
            parameters.append(f"{name}=_defaults[{name!r}]")
        elif seen_default:
            raise TypeError(f"{cls.__qualname__}.{name}: a field without a default follows one with a default")
        else:
            parameters.append(name)
    body = "".join(f"    _set(self, {name!r}, {name})\n" for name in names) or "    pass\n"
    source = f"def __init__(self, {', '.join(parameters)}):\n{body}" if names else f"def __init__(self):\n{body}"
    namespace: dict[str, Any] = {"_set": object.__setattr__, "_defaults": defaults}
    cls = _with_slots(cls, names)
    exec(source, namespace)
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__doc__ = f"Make a {cls.__name__} of its fields: {', '.join(names) or 'none'}."
    type.__setattr__(cls, "__init__", init)
    type.__setattr__(cls, "__record_fields__", tuple(names))
    type.__setattr__(cls, "__record_defaults__", dict(defaults))
    type.__setattr__(cls, "__match_args__", tuple(names))
    if len(names) > 1:  # the fields as a tuple, in C
        type.__setattr__(cls, "__record_values__", staticmethod(attrgetter(*names)))
    return cls


def _with_slots(cls: RecordT, names: list[str]) -> RecordT:
    """The class made again with a slot per field of its own (as `dataclass(slots=True)` does).

    A record then has no `__dict__`: about half the memory, which a sheet of a thousand goals
    (tens of thousands of records) feels as fewer cache misses. The class attributes that held
    the defaults go (a slot of the same name takes their place); `__init__` has the defaults.
    """
    inherited = {name for base in cls.__mro__[1:] for name in getattr(base, "__record_fields__", ())}
    own = tuple(name for name in names if name not in inherited)
    namespace = {key: value for key, value in cls.__dict__.items() if key not in ("__dict__", "__weakref__", *own)}
    namespace["__slots__"] = own
    rebuilt: Any = type(cls.__name__, cls.__bases__, namespace)
    return rebuilt  # type: ignore[no-any-return]


def record_fields(value: Record | type[Record]) -> tuple[str, ...]:
    """The names of the fields of a record (or record class), in order."""
    return value.__record_fields__


def is_record(value: object) -> bool:
    """True for a record (not a record class)."""
    return isinstance(value, Record)


RecordV = TypeVar("RecordV", bound=Record)


def replace(value: RecordV, **changes: Any) -> RecordV:
    """A copy of a record with some fields changed (as `dataclasses.replace`)."""
    unknown = set(changes) - set(value.__record_fields__)
    if unknown:
        raise TypeError(f"{type(value).__name__}: onbekende velden {', '.join(sorted(unknown))}")
    fields = {name: changes.get(name, getattr(value, name)) for name in value.__record_fields__}
    return type(value)(**fields)
