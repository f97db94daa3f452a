"""What this conversation starts from: one row per item carried over from an earlier one.

Each row shows the item (a goal, an agreement, a promise of the manager, or a point of the
last report the user disagreed with), where it came from and its deadline; a choice to mark
it (goals: behaald, deels, niet; others: gedaan; all: vervallen) and a note.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from textual.containers import HorizontalGroup, VerticalGroup
from textual.widget import Widget
from textual.widgets import Input, Select, Static

from gesprekscoach.content.models import Content
from gesprekscoach.session.carry_over import choices_for, current_choice, item_details, kind_label
from gesprekscoach.store.models import CarryOverItem
from gesprekscoach.tui.widgets.private_mark import PrivateMark

_NOT_IN_AN_ID = re.compile(r"[^A-Za-z0-9_-]")


def carry_widget_id(item: CarryOverItem) -> str:
    """The id of an item's row, from the item's stable id: 'carry-2027-01-15-planning-doel-1'."""
    return "carry-" + _NOT_IN_AN_ID.sub("-", item.id)


class CarryOverRow(VerticalGroup):
    """One carried-over item: its text, where it came from, its status, a note and its mark.

    `item` is the item as it was shown (to read); edits name it by `item_id`. Its kind is said
    in the words of `content` (its sheet labels).
    """

    def __init__(self, item: CarryOverItem, content: Content) -> None:
        super().__init__(classes="carry-item", id=carry_widget_id(item))
        self.item = item
        self.item_id = item.id
        self._content = content

    def compose(self) -> Iterator[Widget]:
        """The text, the details, the status choice with a note, and the 'alleen voor mij' mark."""
        item = self.item
        name = carry_widget_id(item)
        yield Static(f"{kind_label(item, self._content)}: {item.text}", classes="carry-text", markup=False)
        yield Static(" · ".join(item_details(item)), classes="carry-details", markup=False)
        choices = list(choices_for(item))
        with HorizontalGroup(classes="carry-row"):
            yield Select(choices, value=current_choice(item), allow_blank=False, compact=True,
                         id=f"{name}-status", classes="carry-status")  # fmt: skip
            yield Input(item.note, placeholder="Notitie (mag leeg)", id=f"{name}-note",
                        classes="carry-note", compact=True)  # fmt: skip
        yield PrivateMark(item.private, id=f"{name}-private")


def carry_row_of(widget: Widget | None) -> CarryOverRow | None:
    """The carried-over row a widget belongs to (its status choice or note), or None."""
    node = widget
    while node is not None:
        if isinstance(node, CarryOverRow):
            return node
        parent = node.parent
        node = parent if isinstance(parent, Widget) else None
    return None


class CarryOverRows(VerticalGroup):
    """The carried-over items of one step, one `CarryOverRow` each."""

    def __init__(self, items: list[CarryOverItem], content: Content) -> None:
        super().__init__(id="carry-over")
        self.items = items
        self._content = content

    def compose(self) -> Iterator[Widget]:
        """A title, then one row per item."""
        yield Static("Van de vorige keer", classes="section-title", markup=False)
        yield Static("Hoe staat het ermee? Kies hoe ver het is, en schrijf er iets bij.", classes="dim", markup=False)
        for item in self.items:
            yield CarryOverRow(item, self._content)
