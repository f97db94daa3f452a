"""Show what a merge took from another window, in the widgets that are already on the screen.

When another window saved the same preparation, the session merges and says where it took the
other window's changes (`SaveOutcome.from_elsewhere`, paths like ('answers', 'x', 'text')).
The widgets still show the old text there; typing on in such a field would send this window's
old text plus what was typed, and replace the other window's text on the next save. So:

- a widget that shows one field is a `ShownField`: its path and the value the session holds;
  `refresh_fields` puts the new value in every such widget the merge touched, except the one
  the user is typing in;
- where the user is typing in exactly such a field, the screen asks the session to treat it
  as a conflict (`PreparationSession.question_typed_field`) and asks about it;
- a change no shown field covers (an item added or removed, a list) makes its view rebuild
  (`MergeView.rebuild_for_merge`), keeping the focus and the cursor.

The rule of what changed lives in the session; this module only shows it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from textual.widget import Widget
from textual.widgets import Checkbox, Input, Static, TextArea

from gesprekscoach.store.merge import FieldPath
from gesprekscoach.tui.widgets.private_mark import PrivateMark

ShownValue = str | bool
"""What a field widget shows: text, or a tick / a mark."""


@dataclass(frozen=True)
class ShownField:
    """One widget that shows one field of the preparation.

    `value` is what the widget should show now (from the session); `typed` is True for a text
    field whose text is the stored text itself (the user types into it; only such a field is
    asked about when the merge changed it while the user was typing there).
    """

    path: FieldPath
    widget: Widget
    value: ShownValue
    typed: bool = False

    def shown(self) -> ShownValue:
        """What the widget shows now."""
        return shown_value(self.widget)

    def show(self) -> None:
        """Put the session's value in the widget."""
        put_value(self.widget, self.value)


class MergeView(Protocol):
    """A part of a screen that shows fields of the preparation and can show a merge."""

    def merged_fields(self) -> list[ShownField]:
        """Every widget on it that shows one field, with the session's value."""
        ...

    def merge_areas(self) -> tuple[str, ...]:
        """The top-level parts of the preparation it shows ('answers', 'after', …); '*': all."""
        ...

    def after_merge(self) -> None:
        """Update what depends on fields that got a new value (a check, a tip)."""
        ...

    async def rebuild_for_merge(self) -> None:
        """Build its widgets again from the preparation (a change no field covers)."""
        ...


def text_field(path: FieldPath, widget: Input | TextArea, value: str) -> ShownField:
    """A text field the user types in."""
    return ShownField(path, widget, value, typed=True)


def shown_value(widget: Widget) -> ShownValue:
    """The text or the tick a field widget shows."""
    if isinstance(widget, TextArea):
        return widget.text
    if isinstance(widget, Input):
        return widget.value
    if isinstance(widget, Checkbox):
        return widget.value
    if isinstance(widget, PrivateMark):
        return bool(widget.display)
    if isinstance(widget, Static):
        return str(widget.content)
    return ""


def put_value(widget: Widget, value: ShownValue) -> None:
    """Show `value` in a field widget (its Changed message then finds nothing new for the session)."""
    if isinstance(widget, TextArea):
        widget.text = str(value)
    elif isinstance(widget, Input):
        widget.value = str(value)
    elif isinstance(widget, Checkbox):
        widget.value = bool(value)
    elif isinstance(widget, PrivateMark):
        widget.show(bool(value))
    elif isinstance(widget, Static):
        widget.update(str(value))


def touches(field: FieldPath, change: FieldPath) -> bool:
    """True when the change is at the field, inside it, or around it (the whole item or list)."""
    size = min(len(field), len(change))
    return field[:size] == change[:size]


def covers(field: FieldPath, change: FieldPath) -> bool:
    """True when the field widget alone can show the change (it is at the field or inside it)."""
    return change[: len(field)] == field


def in_areas(change: FieldPath, areas: Sequence[str]) -> bool:
    """True when the change is in one of the top-level parts a view shows."""
    return "*" in areas or (bool(change) and str(change[0]) in areas)


def typed_field(views: Iterable[MergeView], focused: Widget | None, changes: Sequence[FieldPath]) -> ShownField | None:
    """The text field the user is typing in, when the merge changed it and it still shows other text."""
    if focused is None:
        return None
    for view in views:
        for field in view.merged_fields():
            if field.widget is not focused:
                continue
            if field.typed and any(touches(field.path, change) for change in changes) and field.shown() != field.value:
                return field
    return None


def refresh_fields(views: Iterable[MergeView], changes: Sequence[FieldPath], keep: Widget | None) -> list[MergeView]:
    """Show the merged values in every field widget the changes touch, except `keep`.

    Returns the views with a change no field of theirs covers: they must be rebuilt.
    """
    rebuild: list[MergeView] = []
    for view in views:
        areas = view.merge_areas()
        mine = [change for change in changes if in_areas(change, areas)]
        if not mine:
            continue
        fields = view.merged_fields()
        for field in fields:
            if field.widget is keep or not any(touches(field.path, change) for change in mine):
                continue
            if field.shown() != field.value:
                field.show()
        view.after_merge()
        if any(not any(covers(field.path, change) for field in fields) for change in mine):
            rebuild.append(view)
    return rebuild


async def rebuild_keeping_focus(widget: Widget) -> None:
    """Recompose `widget`; the focused field inside it gets the focus back, with its cursor where it was."""
    focused = widget.screen.focused
    inside = focused is not None and widget in focused.ancestors_with_self
    focus_id = focused.id if inside and focused is not None else None
    cursor: object = None
    if isinstance(focused, TextArea):
        cursor = focused.cursor_location
    elif isinstance(focused, Input):
        cursor = focused.cursor_position
    await widget.recompose()
    if not focus_id:
        return
    for again in widget.query(f"#{focus_id}"):
        again.focus(scroll_visible=False)
        if isinstance(again, TextArea) and isinstance(cursor, tuple):
            again.move_cursor(cursor)
        elif isinstance(again, Input) and isinstance(cursor, int):
            again.cursor_position = cursor
        break
