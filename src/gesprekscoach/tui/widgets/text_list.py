"""An editable list of short texts: add, change, remove and (optionally) reorder.

Used for the agenda, your own questions, the feedback points and the small steps of a goal.
A list can let each text be marked 'alleen voor mij' (Ctrl+T on its row): pass `private`.

A long list shows its rows a page at a time (`PAGE_SIZE`), with 'Vorige' and 'Volgende' and a
line that says which rows are shown ('Punt 51 tot en met 100 van 1000'): the number of widgets
stays bounded, however long the list.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Literal

from textual import on
from textual.binding import Binding
from textual.containers import HorizontalGroup, VerticalGroup
from textual.message import Message
from textual.widget import Widget
from textual.widgets import Button, Input, Static, TextArea

from gesprekscoach.session.commands import (
    AddListItem,
    EditListItem,
    ListArea,
    ListCommand,
    MarkPrivate,
    MoveListItem,
    RemoveListItem,
)
from gesprekscoach.tui.widgets.private_mark import PRIVATE_ACTION_LABEL, PRIVATE_KEY, PrivateMark, private_message

MOVE_GROUP = Binding.Group("verplaatsen")
"""Alt+↑ and Alt+↓ share one place in the footer: "alt+↑ alt+↓ verplaatsen"."""

PAGE_SIZE = 50
"""A list with more rows than this shows them a page at a time."""


@dataclass(eq=False)
class ListRow:
    """One text of a TextListEditor, with a key that stays the same while the editor lives.

    Widget ids use the key ('agenda-3', 'agenda-3-up'), so they do not shift when a row
    above is removed or moved; a row widget finds its ListRow through `TextListRow.row`.
    """

    key: int
    text: str
    private: bool = False


@dataclass(frozen=True)
class ListEdit:
    """The one edit the user just made in a TextListEditor, by place in the list (from 0)."""

    kind: Literal["add", "edit", "remove", "move", "private"]
    index: int
    """The place of the item (for 'add': its new place at the end)."""
    text: str = ""
    """The new text ('add', 'edit')."""
    to: int = 0
    """The new place ('move')."""
    private: bool = False
    """The new mark ('private')."""

    def command(self, area: ListArea) -> ListCommand | MarkPrivate:
        """The session command for this edit of the list of `area`."""
        if self.kind == "add":
            return AddListItem(area, self.text)
        if self.kind == "edit":
            return EditListItem(area, self.index, self.text)
        if self.kind == "remove":
            return RemoveListItem(area, self.index)
        if self.kind == "move":
            return MoveListItem(area, self.index, self.to)
        return MarkPrivate(area, self.index, self.private)


class TextListRow(VerticalGroup):
    """The widgets of one row (its field, its buttons, its mark and extra); owns its `ListRow`."""

    def __init__(self, row: ListRow) -> None:
        super().__init__(classes="text-list-item")
        self.row = row


class TextListRows(VerticalGroup):
    """The rows of a TextListEditor, rebuilt after adding, removing or moving."""

    def __init__(self, editor: TextListEditor) -> None:
        super().__init__(classes="text-list-rows")
        self.editor = editor

    def compose(self) -> Iterator[Widget]:
        """One row per text on the page that is shown: the text (editable) and its buttons."""
        editor = self.editor
        last = len(editor.rows) - 1
        first, end = editor.page_range()
        for position in range(first, end):
            row = editor.rows[position]
            with TextListRow(row):
                yield from self._row_widgets(editor, row, position, last)

    @staticmethod
    def _row_widgets(editor: TextListEditor, row: ListRow, position: int, last: int) -> Iterator[Widget]:
        name = f"{editor.prefix}-{row.key}"
        with HorizontalGroup(classes="text-list-row"):
            if editor.numbered:
                yield Static(f"{position + 1}.", classes="row-number", markup=False)
            if editor.multiline:
                yield TextArea(
                    row.text,
                    id=name,
                    classes="row-text",
                    soft_wrap=True,
                    tab_behavior="focus",
                    show_line_numbers=False,
                    compact=True,
                )
            else:
                yield Input(row.text, id=name, classes="row-text", compact=True)
            if editor.movable:
                yield Button("↑", id=f"{name}-up", classes="row-up", compact=True, disabled=position == 0,
                             tooltip="Omhoog")  # fmt: skip
                yield Button("↓", id=f"{name}-down", classes="row-down", compact=True, disabled=position == last,
                             tooltip="Omlaag")  # fmt: skip
            yield Button("✕", id=f"{name}-remove", classes="row-remove", compact=True, tooltip="Weghalen")
        if editor.markable:
            yield PrivateMark(row.private, id=f"{name}-private")
        if editor.row_extra is not None:
            extra = editor.row_extra(row)
            if extra is not None:
                yield extra


class TextListEditor(VerticalGroup):
    """A list of texts with a field to add one; posts `TextListEditor.Changed` after every edit."""

    BINDINGS = [
        Binding("alt+up", "move(-1)", "omhoog", show=True, group=MOVE_GROUP),
        Binding("alt+down", "move(1)", "omlaag", show=True, group=MOVE_GROUP),
        Binding(PRIVATE_KEY, "toggle_private", PRIVATE_ACTION_LABEL),
    ]

    class Changed(Message):
        """The texts of the list changed (or which of them are private)."""

        def __init__(
            self, editor: TextListEditor, items: list[str], edit: ListEdit, private: list[bool] | None = None
        ) -> None:
            super().__init__()
            self.editor = editor
            self.edit = edit
            """What the user just did (one edit)."""
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
        row_extra: Callable[[ListRow], Widget | None] | None = None,
        private: list[bool] | None = None,
        noun: str = "Punt",
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(id=id, classes=f"text-list {classes or ''}".strip())
        self.prefix = prefix
        self.noun = noun
        """What one text is called in the page line ('Punt 1 tot en met 50 van 120')."""
        self.placeholder = placeholder
        self.add_label = add_label
        self.empty_text = empty_text
        self.movable = movable
        self.multiline = multiline
        self.numbered = numbered
        self.row_extra = row_extra
        """Makes a widget to show under a row (e.g. a check of its text); None: nothing."""
        self.markable = private is not None
        """True for a list whose texts can be marked 'alleen voor mij'."""
        flags = list(private or [])
        self.page_start = 0
        """The place (from 0) of the first row on the page that is shown."""
        self._next_key = 0
        self.rows: list[ListRow] = []
        for position, text in enumerate(items):
            self.rows.append(self._new_row(text, bool(flags[position]) if position < len(flags) else False))

    def _new_row(self, text: str, private: bool = False) -> ListRow:
        row = ListRow(self._next_key, text, private)
        self._next_key += 1
        return row

    @property
    def items(self) -> list[str]:
        """The texts, in order."""
        return [row.text for row in self.rows]

    @property
    def private(self) -> list[bool] | None:
        """Per text: 'alleen voor mij'; None for a list whose texts cannot be marked."""
        return [row.private for row in self.rows] if self.markable else None

    def page_range(self) -> tuple[int, int]:
        """The places of the rows shown: from the first up to (not including) the end."""
        self.page_start = max(0, min(self.page_start, (max(len(self.rows), 1) - 1) // PAGE_SIZE * PAGE_SIZE))
        return self.page_start, min(len(self.rows), self.page_start + PAGE_SIZE)

    def _show_page_of(self, index: int) -> None:
        """Show the page that holds the row at `index`."""
        self.page_start = max(0, index) // PAGE_SIZE * PAGE_SIZE

    def page_line(self) -> str:
        """Which rows are shown, in words ('' when all are)."""
        if len(self.rows) <= PAGE_SIZE:
            return ""
        first, end = self.page_range()
        return f"{self.noun} {first + 1} tot en met {end} van {len(self.rows)}"

    def compose(self) -> Iterator[Widget]:
        """The page line and buttons (for a long list), the rows, then the field to add a new text."""
        with HorizontalGroup(classes="text-list-pager"):
            yield Button("Vorige", id=f"{self.prefix}-page-back", classes="page-back", compact=True)
            yield Static("", classes="text-list-page", markup=False)
            yield Button("Volgende", id=f"{self.prefix}-page-next", classes="page-next", compact=True)
        yield TextListRows(self)
        if self.empty_text:
            yield Static(self.empty_text, classes="text-list-empty", markup=False)
        with HorizontalGroup(classes="text-list-new"):
            yield Input(placeholder=self.placeholder, id=f"{self.prefix}-new", classes="new-text", compact=True)
            yield Button(self.add_label, id=f"{self.prefix}-add", classes="add-button", compact=True)

    def on_mount(self) -> None:
        """Show the 'empty' line only when there are no texts, and the pager only for a long list."""
        self._show_empty()

    def _show_empty(self) -> None:
        for empty in self.query(".text-list-empty"):
            empty.display = not self.rows
        line = self.page_line()
        for pager in self.query(".text-list-pager"):
            if pager.parent is not self:
                continue
            pager.display = bool(line)
            first, end = self.page_range()
            for label in pager.query(".text-list-page").results(Static):
                label.update(line)
            for back in pager.query(".page-back").results(Button):
                back.disabled = first == 0
            for forward in pager.query(".page-next").results(Button):
                forward.disabled = end >= len(self.rows)

    @on(Button.Pressed, ".page-back, .page-next")
    async def _page_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.parent is None or event.button.parent.parent is not self:
            return
        delta = -PAGE_SIZE if event.button.has_class("page-back") else PAGE_SIZE
        self.page_start = max(0, self.page_start + delta)
        await self._rebuild(None)
        if not event.button.disabled:
            event.button.focus()
        else:
            first, _end = self.page_range()
            if self.rows:
                self.query_one(f"#{self.field_id(self.rows[first])}").focus()

    def row_of(self, widget: Widget | None) -> ListRow | None:
        """The row a widget of this list belongs to (its field or a button), or None."""
        node = widget
        while node is not None and node is not self:
            if isinstance(node, TextListRow):
                return node.row if node.row in self.rows and self._owns(node) else None
            parent = node.parent
            node = parent if isinstance(parent, Widget) else None
        return None

    def _owns(self, row_widget: TextListRow) -> bool:
        rows = row_widget.parent
        return isinstance(rows, TextListRows) and rows.editor is self

    def row_widget(self, row: ListRow) -> TextListRow | None:
        """The widget that shows this row (None when it is not shown)."""
        for widget in self.query(TextListRow):
            if widget.row is row and self._owns(widget):
                return widget
        return None

    def field_id(self, row: ListRow) -> str:
        """The id of the text field of a row."""
        return f"{self.prefix}-{row.key}"

    def _changed(self, edit: ListEdit) -> None:
        self._show_empty()
        self.post_message(self.Changed(self, self.items, edit, self.private))

    async def _rebuild(self, focus: str | None) -> None:
        await self.query_one(TextListRows).recompose()
        self._show_empty()
        if focus is not None:
            for widget in self.query(f"#{focus}"):
                widget.focus()

    async def add(self, text: str) -> None:
        """Add a text at the end."""
        self.rows.append(self._new_row(text))
        self._show_page_of(len(self.rows) - 1)
        await self._rebuild(None)
        self._changed(ListEdit("add", len(self.rows) - 1, text=text))

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
        row = self.row_of(widget)
        if row is None or row.text == text:
            return
        row.text = text
        self._changed(ListEdit("edit", self.rows.index(row), text=text))

    @on(Button.Pressed, ".row-remove")
    async def _remove_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        row = self.row_of(event.button)
        if row is None:
            return
        position = self.rows.index(row)
        self.rows.remove(row)
        self._show_page_of(min(position, len(self.rows) - 1))
        focus = self.field_id(self.rows[min(position, len(self.rows) - 1)]) if self.rows else f"{self.prefix}-new"
        await self._rebuild(focus)
        self._changed(ListEdit("remove", position))

    @on(Button.Pressed, ".row-up, .row-down")
    async def _move_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        row = self.row_of(event.button)
        if row is None:
            return
        delta = -1 if event.button.has_class("row-up") else 1
        await self._move(row, delta, "up" if delta < 0 else "down")

    async def action_move(self, delta: int) -> None:
        """Move the row that has the focus up (-1) or down (1)."""
        row = self.row_of(self.app.focused)
        if row is None:
            return
        await self._move(row, delta, None)

    async def _move(self, row: ListRow, delta: int, button: str | None) -> None:
        index = self.rows.index(row)
        target = index + delta
        if not self.movable or not (0 <= target < len(self.rows)):
            return
        self.rows[index], self.rows[target] = self.rows[target], self.rows[index]
        self._show_page_of(target)
        focus = self.field_id(row)
        if button is not None:
            last = len(self.rows) - 1
            if (button == "up" and target > 0) or (button == "down" and target < last):
                focus = f"{focus}-{button}"
        await self._rebuild(focus)
        self._changed(ListEdit("move", index, to=target))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Moving is only offered in a list that can be reordered, from one of its rows;
        marking 'alleen voor mij' in a list that allows it, from one of its rows."""
        if action == "toggle_private":
            return self.markable and self.row_of(self.app.focused) is not None
        if action == "move":
            return self.movable and self.row_of(self.app.focused) is not None
        return True

    def action_toggle_private(self) -> None:
        """Mark the text whose row has the focus 'alleen voor mij', or shared again."""
        row = self.row_of(self.app.focused)
        if not self.markable or row is None:
            return
        row.private = not row.private
        for mark in self.query(f"#{self.field_id(row)}-private").results(PrivateMark):
            mark.show(row.private)
        self.notify(private_message(row.private))
        self._changed(ListEdit("private", self.rows.index(row), private=row.private))
