"""The `re` of the checks: Python's `re`, with compiled patterns kept in a private cache between runs.

The checks compile a few hundred regular expressions when they are imported (word lists,
dates, numbers); parsing and compiling them is pure Python and costs 20-30 ms on every
`gesprekscoach smart` or `feedback`, more than the check itself. The compiled form of a
pattern (the code Python's regular expression engine runs, `_sre`) depends only on the
pattern, its flags and the Python that compiled it, so it is kept in the cache folder and
handed to `_sre.compile` on the next run, which checks that the code is valid before it
builds the pattern.

A module of the checks uses it with one line, `from gesprekscoach.checks import patterns as re`;
everything else of `re` is re-exported unchanged, and the functions that take a pattern as
text (`search`, `match`, `sub`, …) compile it through the cache too.

The cache:
- is keyed by the exact Python (`sys.version`) and the engine's magic number and code size,
  so another Python never reads it; inside it, each entry is keyed by the pattern and its flags;
- is written only after a pattern compiled the ordinary way gave the same pattern, flags and
  groups as the cached code does, at the end of a process that compiled enough new patterns (`MIN_NEW_TO_WRITE`);
- is read only from a folder and file private to the user (`private_files.py`), like every
  cache of the coach; an entry of the wrong shape, or code `_sre` refuses, is compiled the
  ordinary way instead;
- is skipped entirely when there is no cache folder, and for a bytes pattern or `re.DEBUG`.

Plain Python; never imports Textual.
"""

from __future__ import annotations

import binascii
import re as _re
import sys
import threading
from array import array
from collections.abc import Callable, Iterator
from pathlib import Path

# isort: off
from re import (  # everything else of `re`, unchanged
    ASCII as ASCII,
    DOTALL as DOTALL,
    IGNORECASE as IGNORECASE,
    LOCALE as LOCALE,
    MULTILINE as MULTILINE,
    NOFLAG as NOFLAG,
    UNICODE as UNICODE,
    VERBOSE as VERBOSE,
    A as A,
    I as I,
    L as L,
    M as M,
    Match as Match,
    Pattern as Pattern,
    RegexFlag as RegexFlag,
    S as S,
    U as U,
    X as X,
    error as error,
    escape as escape,
    purge as purge,
)

# isort: on
from typing import Any

CACHE_KIND = "regex"
"""The kind of cache file (`regex-<key>.json` in the cache folder)."""
CACHE_FORMAT = 3
"""The layout of an entry; part of the key. (3: the phrase lists of the checks are compiled in a fixed
order, `smart_text.phrase_regex`; a cache of format 2 holds them in the order of one process's sets.)"""
MAX_ENTRIES = 5_000
"""When the cache would hold more patterns than this, only the ones this run used are kept."""
MIN_NEW_TO_WRITE = 8
"""A run writes the cache only when it compiled at least this many patterns the cache did not have.

Writing means rewriting the whole file (safely: a temporary file, fsync, replace), which costs
more than compiling a few patterns. And a pattern built from a set (`"|".join(words)` in set
order) has another text in every process, so it is never found: writing it would only grow the
file. A changed word list changes many patterns at once, and is written."""

Entry = list[Any]
"""[flags, code, groups, groupindex, indexgroup]: what `_sre.compile` needs besides the pattern.

The code (a list of unsigned integers of `_sre.CODESIZE` bytes) is kept as the base64 text of
its bytes: JSON reads a text many times faster than a list of numbers."""


class _Cache:
    """The compiled patterns of this process, and the cache file they came from or go to."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.loaded = False
        self.folder: Path | None = None
        self.key: str | None = None
        self.entries: dict[str, Entry] = {}
        self.used: set[str] = set()
        self.added = 0
        self.compiled: dict[tuple[str, int], Pattern[str]] = {}

    def load(self) -> None:
        """Read the cache file once per process (nothing when there is none that can be used)."""
        self.loaded = True
        try:
            from gesprekscoach.content.cache import key_hash, read_data
            from gesprekscoach.paths import cache_home

            self.folder = cache_home()
            engine = _engine()
            fingerprint = f"{sys.version}|{sys.byteorder}|{engine.MAGIC}|{engine.CODESIZE}|{CACHE_FORMAT}"
            self.key = key_hash(fingerprint.encode()).hexdigest()[:24]
            data = read_data(self.folder, CACHE_KIND, self.key)
        except (OSError, ImportError, AttributeError):
            self.folder = None
            return
        if isinstance(data, dict):
            self.entries = {name: entry for name, entry in data.items() if isinstance(entry, list)}
        import atexit

        atexit.register(self.save)

    def save(self) -> None:
        """Write the cache when this run added patterns to it (at the end of the process)."""
        if self.added < MIN_NEW_TO_WRITE or self.folder is None or self.key is None:
            return
        from gesprekscoach.content.cache import write_data

        with self.lock:
            entries = self.entries
            if len(entries) > MAX_ENTRIES:
                entries = {name: entry for name, entry in entries.items() if name in self.used}
            self.added = 0
        write_data(self.folder, CACHE_KIND, self.key, entries)


_CACHE = _Cache()


def _code_array() -> array[int]:
    """An empty array for compiled code: unsigned integers of the engine's code size."""
    size = _engine().CODESIZE
    for typecode in ("I", "L", "Q"):
        if array(typecode).itemsize == size:
            return array(typecode)
    raise ValueError(f"no array type of {size} bytes")


def _engine() -> Any:
    """Python's regular expression engine (`_sre`): it builds a pattern from compiled code, after checking that code."""
    from importlib import import_module

    return import_module("_sre")


def _from_entry(pattern: str, entry: Entry) -> Pattern[str] | None:
    """The pattern built from cached code, or None when the entry has the wrong shape or `_sre` refuses its code."""
    if len(entry) != 5:
        return None
    flags, code_text, groups, groupindex, indexgroup = entry
    if (
        type(flags) is not int
        or type(groups) is not int
        or not isinstance(code_text, str)
        or not isinstance(groupindex, dict)
        or not all(isinstance(name, str) and type(index) is int for name, index in groupindex.items())
        or not isinstance(indexgroup, list)
        or not all(name is None or isinstance(name, str) for name in indexgroup)
    ):
        return None
    try:
        code = _code_array()
        code.frombytes(binascii.a2b_base64(code_text, strict_mode=True))
        built: Pattern[str] = _engine().compile(pattern, flags, code.tolist(), groups, groupindex, tuple(indexgroup))
    except (binascii.Error, RuntimeError, TypeError, ValueError, OverflowError):  # code the engine does not accept
        return None
    return built


def _entry_for(pattern: str, flags: int, reference: Pattern[str]) -> Entry | None:
    """The cache entry of a pattern, compiled as `re` compiles it; None when it does not give `reference`."""
    try:
        from importlib import import_module

        _parser = import_module("re._parser")  # Python's own compiler of `re`, as `re.compile` uses it
        _compiler = import_module("re._compiler")
        parsed = _parser.parse(pattern, flags)
        code = _compiler._code(parsed, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        array = _code_array()
        array.extend(code)
        code_text = binascii.b2a_base64(array.tobytes(), newline=False).decode("ascii")
        entry: Entry = [flags | parsed.state.flags, code_text, parsed.state.groups - 1, groupindex, indexgroup]
    except Exception:
        return None
    built = _from_entry(pattern, entry)
    if built is None or (built.pattern, built.flags, built.groups, dict(built.groupindex)) != (
        reference.pattern,
        reference.flags,
        reference.groups,
        dict(reference.groupindex),
    ):
        return None
    return entry


def compile(pattern: str | Pattern[str], flags: int = 0) -> Pattern[str]:
    """`re.compile(pattern, flags)`, from the cache of compiled code when the pattern is in it."""
    if isinstance(pattern, Pattern):
        return _re.compile(pattern, flags)  # as `re` does: returned as it is, or an error with flags
    flags = int(flags)
    known = _CACHE.compiled.get((pattern, flags))
    if known is not None:
        return known
    if flags & _re.DEBUG:
        return _re.compile(pattern, flags)
    name = f"{flags}:{pattern}"
    with _CACHE.lock:
        if not _CACHE.loaded:
            _CACHE.load()
        entry = _CACHE.entries.get(name)
    compiled = _from_entry(pattern, entry) if entry is not None else None
    if compiled is None:
        compiled = _re.compile(pattern, flags)
        new = _entry_for(pattern, flags, compiled) if _CACHE.folder is not None else None
        if new is not None:
            with _CACHE.lock:
                _CACHE.entries[name] = new
                _CACHE.added += 1
    with _CACHE.lock:
        _CACHE.used.add(name)
        _CACHE.compiled[(pattern, flags)] = compiled
    return compiled


def search(pattern: str | Pattern[str], string: str, flags: int = 0) -> Match[str] | None:
    """`re.search`, compiling through the cache."""
    return compile(pattern, flags).search(string)


def match(pattern: str | Pattern[str], string: str, flags: int = 0) -> Match[str] | None:
    """`re.match`, compiling through the cache."""
    return compile(pattern, flags).match(string)


def fullmatch(pattern: str | Pattern[str], string: str, flags: int = 0) -> Match[str] | None:
    """`re.fullmatch`, compiling through the cache."""
    return compile(pattern, flags).fullmatch(string)


def findall(pattern: str | Pattern[str], string: str, flags: int = 0) -> list[Any]:
    """`re.findall`, compiling through the cache."""
    return compile(pattern, flags).findall(string)


def finditer(pattern: str | Pattern[str], string: str, flags: int = 0) -> Iterator[Match[str]]:
    """`re.finditer`, compiling through the cache."""
    return compile(pattern, flags).finditer(string)


def split(pattern: str | Pattern[str], string: str, maxsplit: int = 0, flags: int = 0) -> list[str | Any]:
    """`re.split`, compiling through the cache."""
    return compile(pattern, flags).split(string, maxsplit)


def sub(
    pattern: str | Pattern[str], repl: str | Callable[[Match[str]], str], string: str, count: int = 0, flags: int = 0
) -> str:
    """`re.sub`, compiling through the cache."""
    return compile(pattern, flags).sub(repl, string, count)


def subn(
    pattern: str | Pattern[str], repl: str | Callable[[Match[str]], str], string: str, count: int = 0, flags: int = 0
) -> tuple[str, int]:
    """`re.subn`, compiling through the cache."""
    return compile(pattern, flags).subn(repl, string, count)
