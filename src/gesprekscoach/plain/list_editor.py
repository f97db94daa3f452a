"""The plain mode's list editor: add, change ('anders 2'), remove ('weg 2') and move up ('omhoog 2').

Every point is one line: typing a line adds it. The word 'klaar', or Enter on an empty line
(nothing to add), ends the list. The editor shows the list as the session has it after every
change; each change is one command (through a `ListEdits`), saved at once.

Plain Python: this module never imports Textual.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from gesprekscoach.plain.console import DONE_WORD, HELP_WORD, PlainIO
from gesprekscoach.plain.editing import PlainEditor
from gesprekscoach.session.commands import (
    AddListItem,
    Area,
    EditListItem,
    ListArea,
    MoveListItem,
    RemoveListItem,
    SetGoalSteps,
)
from gesprekscoach.session.edit_goals import find_goal
from gesprekscoach.session.questions_to_ask import own_questions
from gesprekscoach.store.models import Preparation

REMOVE_WORD = "weg"
UP_WORD = "omhoog"
CHANGE_WORD = "anders"

PRIVATE_SAID = "alleen voor jou"
"""Said after an item marked 'alleen voor mij'."""


class ListEdits(Protocol):
    """One list of the preparation, as texts, and the commands that change it."""

    def texts(self) -> list[str]:
        """The texts of the list now."""
        ...

    def marks(self) -> list[bool]:
        """Per item: marked 'alleen voor mij'."""
        ...

    def add(self, text: str) -> int:
        """Add a text at the end; returns its place."""
        ...

    def change(self, index: int, text: str) -> None:
        """Give the item at `index` a new text."""
        ...

    def remove(self, index: int) -> None:
        """Remove the item at `index`."""
        ...

    def move_up(self, index: int) -> None:
        """Move the item at `index` one place up."""
        ...


class AreaListEdits:
    """The feedback points, the agenda points or your own questions."""

    def __init__(self, editor: PlainEditor, area: ListArea) -> None:
        self.editor = editor
        self.area = area

    def texts(self) -> list[str]:
        """The texts of the list now."""
        return list_texts(self.editor.session.prep, self.area)

    def marks(self) -> list[bool]:
        """Per item: marked 'alleen voor mij'."""
        prep = self.editor.session.prep
        if self.area == Area.FEEDBACK:
            return [item.private for item in prep.feedback]
        if self.area == Area.AGENDA:
            return [item.private for item in prep.agenda]
        return [question.private for question in own_questions(prep.questions_to_ask)]

    def add(self, text: str) -> int:
        """Add a text at the end; returns its place."""
        self.editor.edit(AddListItem(self.area, text))
        return len(self.texts()) - 1

    def change(self, index: int, text: str) -> None:
        """Give the item at `index` a new text."""
        self.editor.edit(EditListItem(self.area, index, text))

    def remove(self, index: int) -> None:
        """Remove the item at `index`."""
        self.editor.edit(RemoveListItem(self.area, index))

    def move_up(self, index: int) -> None:
        """Move the item at `index` one place up."""
        self.editor.edit(MoveListItem(self.area, index, index - 1))


def list_texts(prep: Preparation, area: ListArea) -> list[str]:
    """The texts of a list of the preparation, in order."""
    if area == Area.FEEDBACK:
        return [item.text for item in prep.feedback]
    if area == Area.AGENDA:
        return prep.agenda_texts()
    return [question.text for question in own_questions(prep.questions_to_ask)]


class GoalStepEdits:
    """The small steps of one goal."""

    def __init__(self, editor: PlainEditor, goal_id: str) -> None:
        self.editor = editor
        self.goal_id = goal_id

    def texts(self) -> list[str]:
        """The steps now."""
        return list(find_goal(self.editor.session.prep, self.goal_id).steps)

    def marks(self) -> list[bool]:
        """The steps of a goal are never marked on their own (the goal is)."""
        return [False] * len(self.texts())

    def change(self, index: int, text: str) -> None:
        """Give the step at `index` a new text."""
        steps = self.texts()
        steps[index] = text
        self._set(steps)

    def _set(self, steps: list[str]) -> None:
        self.editor.edit(SetGoalSteps(self.goal_id, tuple(steps)))

    def add(self, text: str) -> int:
        """Add a step at the end; returns its place."""
        steps = self.texts() + [text]
        self._set(steps)
        return len(steps) - 1

    def remove(self, index: int) -> None:
        """Remove the step at `index`."""
        steps = self.texts()
        del steps[index]
        self._set(steps)

    def move_up(self, index: int) -> None:
        """Move the step at `index` one place up."""
        steps = self.texts()
        steps[index - 1], steps[index] = steps[index], steps[index - 1]
        self._set(steps)


def edit_list(
    io: PlainIO,
    edits: ListEdits,
    title: str,
    *,
    new_prompt: str,
    movable: bool = False,
    changed: Callable[[int], None] | None = None,
) -> None:
    """Let the user add, change, remove (and move) the items of a list, until 'klaar' or an empty line.

    Each new item is one line. 'anders 2' changes item 2, 'weg 2' removes it, 'omhoog 2'
    moves it up (when `movable`). `changed` is called with the place of each item that was
    added or changed.
    """
    first = True
    while True:
        items = edits.texts()
        marks = edits.marks()
        if items:
            io.say(f"{title} nu, {len(items)} {'punt' if len(items) == 1 else 'punten'}:")
            io.numbered(
                [text + (f" ({PRIVATE_SAID})" if private else "") for text, private in zip(items, marks, strict=True)]
            )
        else:
            io.say(f"{title}: nog niets.")
        if first:
            io.say(f"{new_prompt} Typ {DONE_WORD} als je lijst af is. Enter = verder zonder nieuw punt.")
            if items:
                words = [f"{CHANGE_WORD} 2 om punt 2 te veranderen", f"{REMOVE_WORD} 2 om punt 2 weg te halen"]
                if movable:
                    words.append(f"{UP_WORD} 2 om punt 2 hoger te zetten")
                io.say("Of typ " + ", ".join(words[:-1]) + f", of {words[-1]}.")
        else:
            io.say(f"Typ nog een punt, of typ {DONE_WORD}. Typ {HELP_WORD} voor de andere woorden.")
        first = False
        line = io.read_answer("> ").strip()
        if not line or line.lower() == DONE_WORD:
            return
        command = _list_command(io, line, len(items), movable)
        if command is None:
            index = edits.add(line)
            io.say(f"Toegevoegd als punt {index + 1}.")
            if changed:
                changed(index)
            continue
        action, index = command
        if action == REMOVE_WORD:
            io.say(f"Weggehaald: {items[index]}")
            edits.remove(index)
        elif action == UP_WORD:
            edits.move_up(index)
            io.say(f"Punt {index + 1} staat nu op plaats {index}.")
        elif action == CHANGE_WORD:
            text = io.ask_text(
                f"Punt {index + 1}: typ de nieuwe tekst.",
                items[index],
                label=f"Punt {index + 1}",
                clear_text="om het punt weg te halen",
            ).strip()
            if not text:
                io.say(f"Weggehaald: {items[index]}")
                edits.remove(index)
            elif text != items[index]:
                edits.change(index, text)
                if changed:
                    changed(index)


def _list_command(io: PlainIO, line: str, count: int, movable: bool) -> tuple[str, int] | None:
    """(word, index) for a list command; ('', -1) for one that cannot be done; None: not a command."""
    parts = line.lower().split()
    if len(parts) != 2 or not parts[1].isdigit():
        return None
    action, number = parts[0], int(parts[1])
    if action not in (REMOVE_WORD, UP_WORD, CHANGE_WORD) or (action == UP_WORD and not movable):
        return None
    if not 1 <= number <= count:
        io.say(f"Er is geen punt {number}.")
        return "", -1
    if action == UP_WORD and number == 1:
        io.say("Punt 1 staat al bovenaan.")
        return "", -1
    return action, number - 1
