"""A checkbox with a text next to it that wraps over several lines (a Checkbox label does not)."""

from __future__ import annotations

from collections.abc import Iterator

from textual import events
from textual.containers import HorizontalGroup
from textual.widget import Widget
from textual.widgets import Checkbox, Static

from gesprekscoach.tui.widgets.tick_box import TickBox


class TickRow(HorizontalGroup):
    """A checkbox (Space ticks it) and a long text; clicking the text ticks it too."""

    def __init__(self, text: str, value: bool, *, checkbox_id: str, classes: str = "") -> None:
        super().__init__(classes=f"tick-row {classes}".strip())
        self.text = text
        self.value = value
        self.checkbox_id = checkbox_id

    def compose(self) -> Iterator[Widget]:
        """The checkbox, then the text."""
        yield TickBox("", self.value, id=self.checkbox_id, compact=True, classes="tick-box")
        yield Static(self.text, classes="tick-text", markup=False)

    def on_click(self, event: events.Click) -> None:
        """A click on the text ticks the box (a click on the box itself is handled by the box)."""
        if isinstance(event.widget, Static):
            box = self.query_one(Checkbox)
            box.toggle()
            box.focus()
