"""An editable list of short texts: add, change, remove and (optionally) reorder.

Used for the agenda, your own questions, the feedback points and the small steps of a goal.
A list can let each text be marked 'alleen voor mij' (Ctrl+T on its row): pass `private`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from textual import on
from textual.binding import Binding
from textual.containers import HorizontalGroup, VerticalGroup
from textual.message import Message
from textual.widget import Widget
from textual.widgets import Button, Input, Static, TextArea

from gesprekscoach.tui.widgets.private_mark import PRIVATE_ACTION_LABEL, PRIVATE_KEY, PrivateMark, private_message


class TextListRows(VerticalGroup):
    """The rows of a TextListEditor, rebuilt after adding, removing or moving."""

    def __init__(self, editor: TextListEditor) -> None:
        super().__init__(classes="text-list-rows")
        self.editor = editor

    def compose(self) -> Iterator[Widget]:
        """One row per text: the text (editable) and its buttons."""
        editor = self.editor
        prefix = editor.prefix
        last = len(editor.items) - 1
        for index, text in enumerate(editor.items):
            with HorizontalGroup(classes="text-list-row"):
                if editor.numbered:
                    yield Static(f"{index + 1}.", classes="row-number", markup=False)
                if editor.multiline:
                    yield TextArea(
                        text,
                        id=f"{prefix}-{index}",
                        classes="row-text",
                        soft_wrap=True,
                        tab_behavior="focus",
                        show_line_numbers=False,
                        compact=True,
                    )
                else:
                    yield Input(text, id=f"{prefix}-{index}", classes="row-text", compact=True)
                if editor.movable:
                    yield Button(
                        "↑",
                        id=f"{prefix}-{index}-up",
                        classes="row-up",
                        compact=True,
                        disabled=index == 0,
                        tooltip="Omhoog",
                    )
                    yield Button(
                        "↓",
                        id=f"{prefix}-{index}-down",
                        classes="row-down",
                        compact=True,
                        disabled=index == last,
                        tooltip="Omlaag",
                    )
                yield Button("✕", id=f"{prefix}-{index}-remove", classes="row-remove", compact=True, tooltip="Weghalen")
            if editor.private is not None:
                yield PrivateMark(editor.private[index], id=f"{prefix}-{index}-private")
            if editor.row_extra is not None:
                extra = editor.row_extra(index, text)
                if extra is not None:
                    yield extra


class TextListEditor(VerticalGroup):
    """A list of texts with a field to add one; posts `TextListEditor.Changed` after every edit."""

    BINDINGS = [
        Binding("alt+up", "move(-1)", "omhoog", show=True),
        Binding("alt+down", "move(1)", "omlaag", show=True),
        Binding(PRIVATE_KEY, "toggle_private", PRIVATE_ACTION_LABEL),
    ]

    class Changed(Message):
        """The texts of the list changed (or which of them are private)."""

        def __init__(self, editor: TextListEditor, items: list[str], private: list[bool] | None = None) -> None:
            super().__init__()
            self.editor = editor
            self.items = items
            self.private = private if private is not None else [False] * len(items)
            """Per text: marked 'alleen voor mij' (all False for a list without the mark)."""

        @property
        def control(self) -> TextListEditor:
            """The editor that changed (for @on selectors)."""
            return self.editor

    def __init__(
        self,
        items: list[str],
        *,
        prefix: str,
        placeholder: str,
        add_label: str = "Toevoegen",
        empty_text: str = "",
        movable: bool = False,
        multiline: bool = False,
        numbered: bool = False,
        row_extra: Callable[[int, str], Widget | None] | None = None,
        private: list[bool] | None = None,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(id=id, classes=f"text-list {classes or ''}".strip())
        self.items = list(items)
        self.prefix = prefix
        self.placeholder = placeholder
        self.add_label = add_label
        self.empty_text = empty_text
        self.movable = movable
        self.multiline = multiline
        self.numbered = numbered
        self.row_extra = row_extra
        """Makes a widget to show under a row (index, text), e.g. a check of that text; None: nothing."""
        self.private: list[bool] | None = None
        """Per text: 'alleen voor mij'; None for a list whose texts cannot be marked."""
        if private is not None:
            self.private = [bool(flag) for flag in private[: len(self.items)]]
            self.private += [False] * (len(self.items) - len(self.private))

    def compose(self) -> Iterator[Widget]:
        """The rows, then the field to add a new text."""
        yield TextListRows(self)
        if self.empty_text:
            yield Static(self.empty_text, classes="text-list-empty", markup=False)
        with HorizontalGroup(classes="text-list-new"):
            yield Input(placeholder=self.placeholder, id=f"{self.prefix}-new", classes="new-text", compact=True)
            yield Button(self.add_label, id=f"{self.prefix}-add", classes="add-button", compact=True)

    def on_mount(self) -> None:
        """Show the 'empty' line only when there are no texts."""
        self._show_empty()

    def _show_empty(self) -> None:
        for empty in self.query(".text-list-empty"):
            empty.display = not self.items

    def _index_of(self, widget: Widget | None) -> int | None:
        """The row index of a row widget (text field or button), from its id."""
        if widget is None or not widget.id or not widget.id.startswith(f"{self.prefix}-"):
            return None
        rest = widget.id[len(self.prefix) + 1 :]
        number = rest.split("-", 1)[0]
        return int(number) if number.isdigit() else None

    def _changed(self) -> None:
        self._show_empty()
        private = list(self.private) if self.private is not None else None
        self.post_message(self.Changed(self, list(self.items), private))

    async def _rebuild(self, focus: str | None) -> None:
        await self.query_one(TextListRows).recompose()
        self._show_empty()
        if focus is not None:
            for widget in self.query(f"#{focus}"):
                widget.focus()

    async def add(self, text: str) -> None:
        """Add a text at the end."""
        self.items.append(text)
        if self.private is not None:
            self.private.append(False)
        await self._rebuild(None)
        self._changed()

    @on(Input.Submitted, ".new-text")
    async def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        await self._add_from_field(event.input)

    @on(Button.Pressed, ".add-button")
    async def _add_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        await self._add_from_field(self.query_one(f"#{self.prefix}-new", Input))

    async def _add_from_field(self, field: Input) -> None:
        text = field.value.strip()
        if not text:
            self.notify("Typ eerst iets in het vak.", severity="warning")
            field.focus()
            return
        field.value = ""
        await self.add(text)
        field.focus()

    @on(Input.Changed, ".row-text")
    def _row_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self._row_changed(event.input, event.value)

    @on(TextArea.Changed, ".row-text")
    def _row_area_changed(self, event: TextArea.Changed) -> None:
        event.stop()
        self._row_changed(event.text_area, event.text_area.text)

    @on(Input.Changed, ".new-text")
    def _new_changed(self, event: Input.Changed) -> None:
        event.stop()

    def _row_changed(self, widget: Widget, text: str) -> None:
        index = self._index_of(widget)
        if index is None or index >= len(self.items) or self.items[index] == text:
            return
        self.items[index] = text
        self._changed()

    @on(Button.Pressed, ".row-remove")
    async def _remove_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        index = self._index_of(event.button)
        if index is None or index >= len(self.items):
            return
        del self.items[index]
        if self.private is not None:
            del self.private[index]
        if self.items:
            focus = f"{self.prefix}-{min(index, len(self.items) - 1)}"
        else:
            focus = f"{self.prefix}-new"
        await self._rebuild(focus)
        self._changed()

    @on(Button.Pressed, ".row-up, .row-down")
    async def _move_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        index = self._index_of(event.button)
        if index is None:
            return
        delta = -1 if event.button.has_class("row-up") else 1
        await self._move(index, delta, "up" if delta < 0 else "down")

    async def action_move(self, delta: int) -> None:
        """Move the row that has the focus up (-1) or down (1)."""
        index = self._index_of(self.app.focused)
        if index is None:
            return
        await self._move(index, delta, None)

    async def _move(self, index: int, delta: int, button: str | None) -> None:
        target = index + delta
        if not self.movable or not (0 <= index < len(self.items)) or not (0 <= target < len(self.items)):
            return
        self.items[index], self.items[target] = self.items[target], self.items[index]
        if self.private is not None:
            self.private[index], self.private[target] = self.private[target], self.private[index]
        focus = f"{self.prefix}-{target}"
        if button is not None:
            last = len(self.items) - 1
            if (button == "up" and target > 0) or (button == "down" and target < last):
                focus = f"{focus}-{button}"
        await self._rebuild(focus)
        self._changed()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Moving is only offered in a list that can be reordered, from one of its rows;
        marking 'alleen voor mij' in a list that allows it, from one of its rows."""
        if action == "toggle_private":
            index = self._index_of(self.app.focused)
            return self.private is not None and index is not None and index < len(self.items)
        if action == "move":
            if not self.movable:
                return False
            return self._index_of(self.app.focused) is not None
        return True

    def action_toggle_private(self) -> None:
        """Mark the text whose row has the focus 'alleen voor mij', or shared again."""
        index = self._index_of(self.app.focused)
        if self.private is None or index is None or index >= len(self.items):
            return
        self.private[index] = not self.private[index]
        for mark in self.query(f"#{self.prefix}-{index}-private").results(PrivateMark):
            mark.show(self.private[index])
        self.notify(private_message(self.private[index]))
        self._changed()
