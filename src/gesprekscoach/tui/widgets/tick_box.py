"""A checkbox whose tick shows in its shape, not only in its colour: '[x]' ticked, '[ ]' not."""

from __future__ import annotations

from textual.content import ContentText
from textual.widgets import Checkbox

TICKED = "[x]"
"""How a ticked box looks (also in a monochrome terminal, and for a screen reader)."""

UNTICKED = "[ ]"
"""How a box that is not ticked looks."""


class TickBox(Checkbox):
    """Textual's Checkbox, but ticked and unticked differ by shape: '[x]' and '[ ]'."""

    BUTTON_LEFT = ""
    BUTTON_RIGHT = ""

    def __init__(
        self,
        label: ContentText = "",
        value: bool = False,
        *,
        id: str | None = None,
        classes: str | None = None,
        compact: bool = True,
        tooltip: str | None = None,
    ) -> None:
        super().__init__(label, value, id=id, classes=classes, compact=compact, tooltip=tooltip)
        self.BUTTON_INNER = TICKED if self.value else UNTICKED

    def watch_value(self) -> None:
        """Show the new shape, then do what a Checkbox does (the '-on' class, the Changed message)."""
        self.BUTTON_INNER = TICKED if self.value else UNTICKED
        super().watch_value()
        self.refresh()
