"""The plain mode's list editor: add, remove ('weg 2') and move up ('omhoog 2') the items of a list.

The editor shows the list as the session has it after every change; each change is one
command (through a `ListEdits`), saved at once.

Plain Python: this module never imports Textual.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from gesprekscoach.plain.console import PlainIO
from gesprekscoach.plain.editing import PlainEditor
from gesprekscoach.session.commands import AddListItem, Area, ListArea, MoveListItem, RemoveListItem, SetGoalSteps
from gesprekscoach.session.edit_goals import find_goal
from gesprekscoach.session.questions_to_ask import own_questions
from gesprekscoach.store.models import Preparation

REMOVE_WORD = "weg"
UP_WORD = "omhoog"


class ListEdits(Protocol):
    """One list of the preparation, as texts, and the commands that change it."""

    def texts(self) -> list[str]:
        """The texts of the list now."""
        ...

    def add(self, text: str) -> int:
        """Add a text at the end; returns its place."""
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

    def add(self, text: str) -> int:
        """Add a text at the end; returns its place."""
        self.editor.edit(AddListItem(self.area, text))
        return len(self.texts()) - 1

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
    multiline: bool = False,
    movable: bool = False,
    added: Callable[[int], None] | None = None,
) -> None:
    """Let the user add, remove (and move) items of a list, until an empty line.

    Each new item is one line (or, with `multiline`, lines ended by an empty line).
    'weg 2' removes item 2, 'omhoog 2' moves it up (when `movable`). `added` is called
    with the place of each item that was added.
    """
    commands = f"Typ {REMOVE_WORD} en een nummer om dat punt weg te halen."
    if movable:
        commands += f" Typ {UP_WORD} en een nummer om het hoger te zetten."
    while True:
        items = edits.texts()
        if items:
            io.say(f"{title} nu:")
            io.numbered(items)
            io.say(commands)
        else:
            io.say(f"{title}: nog niets.")
        io.say(f"{new_prompt} Enter op een lege regel = klaar.")
        first = io.read_answer("> ")
        word = first.strip()
        if not word:
            return
        command = _list_command(io, word, len(items), movable)
        if command is not None:
            action, index = command
            if not action:
                continue
            if action == REMOVE_WORD:
                io.say(f"Weggehaald: {items[index]}")
                edits.remove(index)
            else:
                edits.move_up(index)
            continue
        lines = [first.strip()]
        if multiline:
            while True:
                line = io.read_line("")
                if not line.strip():
                    break
                lines.append(line.rstrip())
        index = edits.add("\n".join(lines).strip())
        if added:
            added(index)


def _list_command(io: PlainIO, word: str, count: int, movable: bool) -> tuple[str, int] | None:
    """('weg' or 'omhoog', index) for a list command; ('', -1) for one that cannot be done; else None."""
    parts = word.lower().split()
    if len(parts) != 2 or not parts[1].isdigit():
        return None
    action, number = parts[0], int(parts[1])
    if action not in (REMOVE_WORD, UP_WORD) or (action == UP_WORD and not movable):
        return None
    if not 1 <= number <= count:
        io.say(f"Er is geen punt {number}.")
        return "", -1
    if action == UP_WORD and number == 1:
        io.say("Punt 1 staat al bovenaan.")
        return "", -1
    return action, number - 1
