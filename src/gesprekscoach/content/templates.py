"""Fill in the `{placeholders}` of a content text (checks.yaml, after.yaml), and check them.

Plain Python: this module never imports Textual.
"""

from __future__ import annotations

import string


class _FillDict(dict[str, str]):
    """A format mapping that leaves unknown placeholders as they are."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def fill(template: str, **values: str) -> str:
    """Fill the `{placeholders}` of a content text; unknown ones stay as they are."""
    return template.format_map(_FillDict(values))


def _placeholders_in(text: str) -> set[str]:
    """The `{name}` placeholders in a text (ValueError when the braces are broken)."""
    names: set[str] = set()
    for _literal, name, _spec, _conversion in string.Formatter().parse(text):
        if name is not None:
            names.add(name)
    return names


def check_placeholders(name: str, text: str, allowed: frozenset[str], required: frozenset[str] = frozenset()) -> None:
    """Raise ValueError (Dutch, naming the field) when a text uses an unknown or lacks a required placeholder."""
    try:
        used = _placeholders_in(text)
    except ValueError:
        raise ValueError(f"{name}: de accolades {{ }} kloppen niet") from None
    unknown = used - allowed
    if unknown:
        raise ValueError(f"{name}: onbekende plek om in te vullen: {', '.join(sorted(unknown))}")
    missing = required - used
    if missing:
        raise ValueError(f"{name}: mist {', '.join('{' + m + '}' for m in sorted(missing))}")
