"""The width below which the full screen uses its narrow layout (app.tcss: `Screen.-narrow`)."""

from __future__ import annotations

NARROW_WIDTH = 80
"""Terminals narrower than this many columns get the narrow layout."""

NARROW_CLASS = "-narrow"
"""The class every screen has below `NARROW_WIDTH` (Textual's HORIZONTAL_BREAKPOINTS set it)."""

WIDE_CLASS = "-wide"
"""The class every screen has from `NARROW_WIDTH` on."""

HEADER_ROOM = 20
"""Columns of the header that the title cannot use (the icon on the left and the room around it)."""


def fitting_sub_title(title: str, choices: list[str], width: int) -> str:
    """The first (longest) of `choices` that fits after the title in a header of `width` columns;
    the last choice when none fits. The header shows 'title — sub title'."""
    room = width - HEADER_ROOM - len(title) - len(" — ")
    for choice in choices:
        if len(choice) <= room:
            return choice
    return choices[-1]
