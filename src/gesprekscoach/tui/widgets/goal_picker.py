"""A compact list of many items, one line each, that draws only the lines that are visible.

The goals step shows its goals in it (one line per goal, with its SMART state in words) and opens
the chosen one in the one goal editor below: a thousand goals cost as much as the twenty lines on
screen. The list says where you are in its title ('Doel 3 van 1000'), so that does not depend on
the highlight (colour) alone; the line of the item that is open starts with '▸'.
"""

from __future__ import annotations

from collections.abc import Callable

from rich.segment import Segment
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

OPEN_MARK = "▸"
"""Starts the line of the item that is open (in the editor)."""


class LinePicker(ScrollView, can_focus=True):
    """One line per item, drawn on demand by `describe(index)`; arrows move, Enter opens.

    `count()` says how many items there are; call `items_changed()` after adding or removing one
    and `refresh()` after an item's text changed. Posts `LinePicker.Chosen` when the user opens
    an item (Enter or a click). `noun` names an item in the title: 'Doel 3 van 1000'.
    """

    COMPONENT_CLASSES = {"line-picker--cursor"}

    BINDINGS = [
        Binding("up", "move(-1)", "vorige", show=False),
        Binding("down", "move(1)", "volgende", show=False),
        Binding("pageup", "page(-1)", "pagina terug", show=False),
        Binding("pagedown", "page(1)", "pagina verder", show=False),
        Binding("home", "to(0)", "eerste", show=False),
        Binding("end", "to(-1)", "laatste", show=False),
        Binding("enter", "choose", "openen"),
    ]

    cursor: reactive[int] = reactive(0, init=False)
    """The item the highlight is on (from 0)."""

    class Chosen(Message):
        """The user opened the item at `index` (from 0)."""

        def __init__(self, picker: LinePicker, index: int) -> None:
            super().__init__()
            self.picker = picker
            self.index = index

        @property
        def control(self) -> LinePicker:
            """The picker the item was chosen in."""
            return self.picker

    def __init__(
        self,
        count: Callable[[], int],
        describe: Callable[[int], str],
        *,
        noun: str,
        opened: int = 0,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(id=id, classes=classes)
        self._count = count
        self._describe = describe
        self.noun = noun
        self.opened = opened
        """The item that is open now (its line starts with `OPEN_MARK`)."""
        self.set_reactive(LinePicker.cursor, opened)
        self.border_subtitle = "↑↓ kiezen · Enter openen"

    @property
    def count(self) -> int:
        """How many items there are."""
        return self._count()

    def on_mount(self) -> None:
        """Size the list and show the position."""
        self.items_changed()

    def items_changed(self) -> None:
        """Items were added or removed: size the list again and keep the cursor on an item."""
        total = self.count
        self.virtual_size = Size(0, total)
        self.set_reactive(LinePicker.cursor, max(0, min(self.cursor, total - 1)))
        self._show_position()
        self.refresh(layout=True)

    def open(self, index: int) -> None:
        """Mark the item at `index` as the open one and put the cursor on it."""
        self.opened = index
        self.cursor = index
        self.refresh()

    def line_text(self, index: int) -> str:
        """The text of the line of the item at `index` (as it is drawn, without the colours)."""
        mark = OPEN_MARK if index == self.opened else " "
        return f"{mark} {index + 1}. {self._describe(index)}"

    def render_line(self, y: int) -> Strip:
        """Draw one visible line: only the items on screen are described."""
        scroll_x, scroll_y = self.scroll_offset
        index = scroll_y + y
        width = self.size.width
        style = self.rich_style
        if index >= self.count:
            return Strip.blank(width, style)
        if index == self.cursor:
            style = style + self.get_component_rich_style("line-picker--cursor")
        text = Text(self.line_text(index), no_wrap=True, overflow="ellipsis", end="")
        text.truncate(width + scroll_x, overflow="ellipsis")
        segments = [Segment(segment.text, style + segment.style if segment.style else style)
                    for segment in text.render(self.app.console)]  # fmt: skip
        return Strip(segments).crop_extend(scroll_x, scroll_x + width, style)

    def watch_cursor(self, old: int, new: int) -> None:
        """Redraw both lines, keep the cursor in view and say where it is."""
        self.refresh()
        self.scroll_to_region_of(new)
        self._show_position()

    def scroll_to_region_of(self, index: int) -> None:
        """Scroll so the line of the item at `index` is visible."""
        top = round(self.scroll_y)
        height = max(1, self.scrollable_content_region.height)
        if index < top:
            self.scroll_to(y=index, animate=False)
        elif index >= top + height:
            self.scroll_to(y=index - height + 1, animate=False)

    def _show_position(self) -> None:
        total = self.count
        self.border_title = f"{self.noun} {self.cursor + 1} van {total}" if total else ""

    def action_move(self, delta: int) -> None:
        """Move the cursor one item up (-1) or down (1)."""
        self.cursor = max(0, min(self.count - 1, self.cursor + delta))

    def action_page(self, direction: int) -> None:
        """Move the cursor a screenful up (-1) or down (1)."""
        step = max(1, self.scrollable_content_region.height - 1)
        self.cursor = max(0, min(self.count - 1, self.cursor + direction * step))

    def action_to(self, index: int) -> None:
        """Move the cursor to the first (0) or the last (-1) item."""
        self.cursor = max(0, self.count - 1) if index < 0 else 0

    def action_choose(self) -> None:
        """Open the item under the cursor."""
        if self.count:
            self.post_message(self.Chosen(self, self.cursor))

    async def _on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None:  # on the border
            return
        index = round(self.scroll_y) + offset.y
        if 0 <= index < self.count:
            self.cursor = index
            self.post_message(self.Chosen(self, index))
