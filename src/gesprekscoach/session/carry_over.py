"""Marking what a conversation starts from: status, result and note of a carried-over item.

The rules, in one place: a goal is 'gedaan' exactly when it is reached ('behaald'); marking
how far a goal was reached opens it again (unless reached); dropping ('vervallen') keeps
the result. `CHOICES` and `current_choice` are the one list a front end offers per item.

Plain Python: this module never imports Textual.
"""

from __future__ import annotations

from typing import Final

from gesprekscoach.checks.smart import format_deadline
from gesprekscoach.content.models import Content
from gesprekscoach.session.commands import (
    NO_CHANGE,
    Area,
    CarryOverCommand,
    Change,
    SetCarryOverNote,
    SetCarryOverResult,
    SetCarryOverStatus,
    changed,
)
from gesprekscoach.session.edit_context import EditContext
from gesprekscoach.session.errors import CommandError
from gesprekscoach.store.models import CarryOverItem, Preparation

GOAL_CHOICES: Final[tuple[tuple[str, str], ...]] = (
    ("nog open", "open"),
    ("behaald", "behaald"),
    ("deels behaald", "deels"),
    ("niet behaald", "niet"),
    ("vervallen", "vervallen"),
)
"""How far a carried-over goal was reached (shown, value)."""

OTHER_CHOICES: Final[tuple[tuple[str, str], ...]] = (
    ("nog open", "open"),
    ("gedaan", "gedaan"),
    ("vervallen", "vervallen"),
)
"""The status of a carried-over agreement, promise or objection (shown, value)."""


def choices_for(item: CarryOverItem) -> tuple[tuple[str, str], ...]:
    """The choices a front end offers for this item."""
    return GOAL_CHOICES if item.kind == "doel" else OTHER_CHOICES


def current_choice(item: CarryOverItem) -> str:
    """The value of the choice that matches the item now."""
    if item.status == "vervallen":
        return "vervallen"
    if item.kind == "doel":
        return item.result or ("behaald" if item.status == "gedaan" else "open")
    return item.status


def current_choice_label(item: CarryOverItem) -> str:
    """How the item's current choice is shown: 'nog open', 'deels behaald', 'gedaan', …"""
    value = current_choice(item)
    return next((shown for shown, known in choices_for(item) if known == value), value)


def kind_label(item: CarryOverItem, content: Content) -> str:
    """What the item is, in words of the content's sheet labels: 'Doel', 'Afspraak', 'Belofte van mijn leidinggevende', …"""
    return str(content.sheet_labels.carry_over.kinds.get(item.kind, item.kind))


def item_details(item: CarryOverItem) -> list[str]:
    """Where the item came from, who does it and by when: short parts for one line."""
    parts = [f"uit het {item.source_label}" if item.source_label else f"uit {item.source_id}"]
    if item.kind == "afspraak" and item.owner.strip():
        parts.append(f"wie: {item.owner.strip()}")
    if item.deadline is not None:
        parts.append(f"uiterlijk {format_deadline(item.deadline)}")
    return parts


def command_for_choice(item: CarryOverItem, choice: str) -> SetCarryOverStatus | SetCarryOverResult:
    """The command that marks the item with one of its choices; CommandError for another value."""
    if choice not in {value for _shown, value in choices_for(item)}:
        raise CommandError(f"'{choice}' kun je hier niet kiezen.")
    if choice == "vervallen":
        return SetCarryOverStatus(item.id, "vervallen")
    if item.kind == "doel":
        return SetCarryOverResult(item.id, None if choice == "open" else choice)  # type: ignore[arg-type]
    return SetCarryOverStatus(item.id, choice)  # type: ignore[arg-type]


def find_carried(prep: Preparation, item_id: str) -> CarryOverItem:
    """The carried-over item with this id; CommandError (Dutch) when there is none."""
    for item in prep.carry_over:
        if item.id == item_id:
            return item
    raise CommandError("Dit punt van de vorige keer is er niet meer.")


def apply_carry_over_edit(context: EditContext, command: CarryOverCommand) -> Change:
    """Apply a command about a carried-over item."""
    item = find_carried(context.prep, command.item_id)
    before = (item.status, item.result, item.note)
    if isinstance(command, SetCarryOverNote):
        item.note = command.note
    elif isinstance(command, SetCarryOverResult):
        item.result = command.result
        item.status = "gedaan" if command.result == "behaald" else "open"
    else:
        item.status = command.status
        if item.kind == "doel" and command.status == "gedaan":
            item.result = "behaald"
        elif item.kind == "doel" and command.status == "open" and item.result == "behaald":
            item.result = None
    if (item.status, item.result, item.note) == before:
        return NO_CHANGE
    return changed(Area.CARRY_OVER, item.id)
