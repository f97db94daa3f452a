"""The YAML text of a preparation file: PyYAML's safe dumpers, with `|` blocks and readable emoji.

Imported when a preparation is written (`preparations.dump_preparation`), not to list or read
them: PyYAML is only needed where a file is written or parsed.

Plain Python: this module never imports Textual.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import yaml

try:  # the C version is much faster; both are the *safe* variants
    _FastDumperBase: type = yaml.CSafeDumper
except AttributeError:  # pragma: no cover - depends on how PyYAML was built
    _FastDumperBase = yaml.SafeDumper


class _FastDumper(_FastDumperBase):  # type: ignore[misc]
    """Safe dumper (libyaml when available) that writes multi-line text as `|` blocks."""

    def ignore_aliases(self, data: Any) -> bool:
        """Never write an anchor and alias (`&id001`, `*id001`): a shared value is written in full.

        The data is a tree, so nothing is lost; and the parts of `dump_in_parts` stay independent
        (an anchor in one part and its alias in another would not read back).
        """
        return True


class _ReadableDumper(yaml.SafeDumper):
    """Safe dumper in pure Python: slower, but writes emoji as they are (libyaml escapes them)."""

    def ignore_aliases(self, data: Any) -> bool:
        """Never an anchor and alias (see `_FastDumper.ignore_aliases`)."""
        return True


_NOT_IN_BLOCK = re.compile(r"[\r\x85\u2028\u2029\ufeff]|[ \t]\n|[ \t]$|^[ \t]*\n|\n[ \t]+\n")

READABLE_DUMP_LIMIT = 32_000
"""How much text with emoji one save writes again with the pure-Python dumper (see `_dump_part`),
in characters: it is about five times slower than libyaml, so a save stays quick at any size."""


_UNICODE_BREAKS = re.compile(r"[\x85\u2028\u2029]")


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    """Multi-line strings as `|` blocks when that keeps them exact; else the default style.

    Text with Unicode line breaks (U+0085, U+2028, U+2029) is always double-quoted: the
    pure-Python emitter writes them raw in single quotes, where they do not read back.
    """
    if _UNICODE_BREAKS.search(value):
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style='"')
    if "\n" in value and not _NOT_IN_BLOCK.search(value):
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="|")
    return dumper.represent_scalar("tag:yaml.org,2002:str", value)


_FastDumper.add_representer(str, _represent_str)
_ReadableDumper.add_representer(str, _represent_str)


def _dump(data: Any, dumper: type) -> str:
    """YAML text of the data, with the given dumper and the store's settings."""
    return str(yaml.dump(data, Dumper=dumper, allow_unicode=True, sort_keys=False, default_flow_style=False, width=100))


def dump_in_parts(data: dict[str, Any]) -> str:
    """The YAML text of the data, made part by part: each top-level field, each item of a
    top-level list and each entry of a top-level mapping is dumped on its own (see `_dump_part`)
    and the parts are joined.

    libyaml holds Python's global lock while it writes; in small parts a save in a worker thread
    lets the event loop run in between (typing never waits on a long write). Without emoji the
    text is the same as one dump of the whole.
    """
    parts: list[str] = []
    budget = [READABLE_DUMP_LIMIT]
    for key, value in data.items():
        head = f"{key}:\n"
        if isinstance(value, list) and value:
            parts.append(head)
            parts.extend(_dump_part([item], budget) for item in value)
        elif isinstance(value, dict) and value:
            pieces = [_dump_part({key: {name: item}}, budget) for name, item in value.items()]
            if all(piece.startswith(head) for piece in pieces):
                parts.append(head)
                parts.extend(piece[len(head) :] for piece in pieces)
            else:  # pragma: no cover - the fields and keys of a preparation are plain names
                parts.append(_dump_part({key: value}, budget))
        else:
            parts.append(_dump_part({key: value}, budget))
    # A part that ends in a kept block (`|+`) gets the end-of-document mark '...'; in the whole
    # text, the next top-level field ends that block instead.
    last = len(parts) - 1
    return "".join(part.removesuffix("...\n") if n < last and part.endswith("\n...\n") else part
                   for n, part in enumerate(parts))  # fmt: skip


def _dump_part(part: Any, budget: list[int]) -> str:
    """The YAML text of one part, fast (libyaml), with emoji as they are.

    libyaml writes a character outside Unicode's basic plane (most emoji) as an escape,
    '\\U0001F600', in a double-quoted text. While `budget[0]` (characters, shared by the parts of
    one save) lasts, a part with such an escape is written again by the pure-Python dumper, which
    keeps it most readable (multi-line text stays a block). Beyond it, libyaml's text is kept with
    each escape put back as the character itself, unless some text of the part holds a literal
    backslash-U (then an escape cannot be told from the text, and the escape stays).
    """
    text = _dump(part, _FastDumper)
    if "\\U" not in text:
        return text
    if len(text) <= budget[0]:
        budget[0] -= len(text)
        return _dump(part, _ReadableDumper)
    if any("\\U" in string for string in _strings(part)):
        return text
    return _LONG_ESCAPE.sub(_unescape_long, text)


_SURROGATE = re.compile(r"[\ud800-\udfff]")

_LONG_ESCAPE = re.compile(r"(?<!\\)((?:\\\\)*)\\U([0-9A-Fa-f]{8})")
"""A `\\UXXXXXXXX` escape (a character beyond the basic plane, such as most emoji) that libyaml
wrote in a double-quoted text; the backslashes before it come in pairs (each pair is one backslash)."""


def _strings(value: Any) -> Iterator[str]:
    """Every string in the data (keys too), depth first, without recursion."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            yield item
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)


def _unescape_long(match: re.Match[str]) -> str:
    return match.group(1) + chr(int(match.group(2), 16))


def replace_surrogates(value: Any) -> Any:
    """The same data with every lone surrogate in a string replaced by U+FFFD."""
    if isinstance(value, str):
        return _SURROGATE.sub("\ufffd", value)
    if isinstance(value, dict):
        return {replace_surrogates(key): replace_surrogates(item) for key, item in value.items()}
    if isinstance(value, list):
        return [replace_surrogates(item) for item in value]
    return value
