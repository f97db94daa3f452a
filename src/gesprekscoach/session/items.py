"""Keep the user's list items when only their texts come back from an editor.

A list editor (the plain mode's, for example) gives back texts only. `merge_by_text` turns
them into items again, keeping the existing item (with its 'alleen voor mij' flag and any
extra fields a newer version wrote) where it can: same text first, else the item that stood
at the same place (the user edited it).

Plain Python: this module never imports Textual.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol, TypeVar


class _HasText(Protocol):
    text: str


ItemT = TypeVar("ItemT", bound=_HasText)


def merge_by_text(old: Sequence[ItemT], texts: Sequence[str], make: Callable[[str], ItemT]) -> list[ItemT]:
    """Items for `texts`, reusing the items of `old` (see the module docstring)."""
    unused = list(range(len(old)))
    chosen: list[int | None] = []
    for text in texts:
        match = next((index for index in unused if old[index].text == text), None)
        if match is not None:
            unused.remove(match)
        chosen.append(match)
    result: list[ItemT] = []
    for position, (text, match) in enumerate(zip(texts, chosen, strict=True)):
        if match is None and position in unused:
            unused.remove(position)
            match = position
        if match is None:
            result.append(make(text))
            continue
        item = old[match]
        item.text = text
        result.append(item)
    return result


class _HasTextAndPrivacy(_HasText, Protocol):
    private: bool


PrivateItemT = TypeVar("PrivateItemT", bound=_HasTextAndPrivacy)


def keep_matching(
    old: Sequence[PrivateItemT], entries: Sequence[tuple[str, bool]], make: Callable[[str, bool], PrivateItemT]
) -> list[PrivateItemT]:
    """Items for `(text, private)` entries, reusing an old item with the same text and flag.

    Used where a list editor gives back both texts and flags (the coach's list widgets): an
    item that is still there keeps any extra fields a newer version wrote; anything else is new.
    """
    unused = list(old)
    result: list[PrivateItemT] = []
    for text, private in entries:
        match = next((item for item in unused if item.text == text and item.private == private), None)
        if match is not None:
            unused.remove(match)
            result.append(match)
        else:
            result.append(make(text, private))
    return result
