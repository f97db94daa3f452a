"""Fill in the `{placeholders}` of a content text (checks.yaml, after.yaml).

Plain Python: this module never imports Textual.
"""

from __future__ import annotations


class _FillDict(dict[str, str]):
    """A format mapping that leaves unknown placeholders as they are."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def fill(template: str, **values: str) -> str:
    """Fill the `{placeholders}` of a content text; unknown ones stay as they are."""
    return template.format_map(_FillDict(values))
