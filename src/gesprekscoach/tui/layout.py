"""The width below which the full screen uses its narrow layout (app.tcss: `Screen.-narrow`)."""

from __future__ import annotations

NARROW_WIDTH = 80
"""Terminals narrower than this many columns get the narrow layout."""

NARROW_CLASS = "-narrow"
"""The class every screen has below `NARROW_WIDTH` (Textual's HORIZONTAL_BREAKPOINTS set it)."""

WIDE_CLASS = "-wide"
"""The class every screen has from `NARROW_WIDTH` on."""
