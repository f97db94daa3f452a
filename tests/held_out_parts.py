"""The rule every held-out part of the real sentence sets keeps: new sources only, and enough sentences."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any


def assert_each_part_has_new_sources(data: Mapping[str, Any], earlier: Iterable[str], later: Mapping[str, int]) -> None:
    """Each part of `later`, in order, has at least its number of items and no source of any part before it.

    `earlier` are the parts that came first (their sources are only remembered); a part of `later`
    is compared with those and with every part of `later` before it.
    """
    seen = {item["source"] for part in earlier for item in data[part]}
    for part, minimum in later.items():
        sources = {item["source"] for item in data[part]}
        assert len(data[part]) >= minimum, (part, len(data[part]))
        assert not seen & sources, (part, sorted(seen & sources))
        seen |= sources
