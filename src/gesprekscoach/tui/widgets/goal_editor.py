"""The SMART goal builder: one goal in a sentence, its live SMART check, a field per letter, and small steps."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from textual import on
from textual.containers import VerticalGroup
from textual.message import Message
from textual.widget import Widget
from textual.widgets import Button, Input, Static

from gesprekscoach.checks.goal_verdict import check_goal_fields
from gesprekscoach.checks.smart import SmartResult
from gesprekscoach.content.models import Content
from gesprekscoach.store.models import Goal
from gesprekscoach.tui.widgets.private_mark import PRIVATE_LABEL
from gesprekscoach.tui.widgets.smart_check import SmartCheck
from gesprekscoach.tui.widgets.text_list import TextListEditor

SMART_FIELDS: dict[str, str] = {
    "S": "specifiek",
    "M": "meetbaar",
    "A": "acceptabel",
    "R": "realistisch",
    "T": "tijdgebonden",
}
"""SMART letter → the field of `Goal` that holds the user's answer."""


def goal_widget_id(goal: Goal) -> str:
    """The id of the editor of a goal, from the goal's stable id: 'goal-doel-1'."""
    return f"goal-{goal.id}"


class GoalEditor(VerticalGroup):
    """Edits one Goal in place, checks it the SMART way while the user types, and posts
    `GoalEditor.Edited` after each change.

    The check runs on every change (it takes about a millisecond); `SmartCheck` only redraws
    when the verdict changed, so typing stays smooth.
    """

    class Edited(Message):
        """The goal changed."""

        def __init__(self, editor: GoalEditor) -> None:
            super().__init__()
            self.editor = editor

        @property
        def control(self) -> GoalEditor:
            """The goal editor that changed."""
            return self.editor

    class RemoveRequested(Message):
        """The user wants to remove this goal."""

        def __init__(self, editor: GoalEditor) -> None:
            super().__init__()
            self.editor = editor

        @property
        def control(self) -> GoalEditor:
            """The goal editor to remove."""
            return self.editor

    def __init__(self, goal: Goal, number: int, content: Content, today: date) -> None:
        super().__init__(id=goal_widget_id(goal), classes="goal-editor")
        self.goal = goal
        """The goal this editor edits (in place)."""
        self.content = content
        self.smart = content.smart
        self.today = today
        """The day relative deadlines ('binnen drie maanden') count from."""
        self.border_title = f"Doel {number}"
        self.border_subtitle = PRIVATE_LABEL if goal.private else ""

    def check(self) -> SmartResult:
        """The SMART verdict of the goal as it is now.

        `next_meeting` stays None: the content gives no date for the next conversation in
        the cycle, and the coach does not guess one.
        """
        return check_goal_fields(self.goal, today=self.today, texts=self.content.checks, guide=self.smart)

    def compose(self) -> Iterator[Widget]:
        """The sentence, its SMART check, the five SMART fields, the steps and 'weghalen'."""
        prefix = self.id or goal_widget_id(self.goal)
        yield Static("Je doel in één zin", classes="field-label", markup=False)
        yield Input(
            self.goal.text,
            placeholder="Bijvoorbeeld: ik wil beter leren plannen",
            id=f"{prefix}-text",
            classes="goal-field",
            compact=True,
        )
        yield SmartCheck(prefix, self.smart, self.check())
        for letter in self.smart.letters:
            field = SMART_FIELDS[letter.letter]
            yield Static(
                f"{letter.letter} · {letter.name}: {letter.question}",
                classes="field-label smart-label",
                markup=False,
            )
            yield Input(
                getattr(self.goal, field),
                placeholder=f"{letter.name}: jouw antwoord",
                id=f"{prefix}-{field}",
                classes="goal-field",
                compact=True,
            )
        yield Static("Kleine stappen naar je doel", classes="field-label", markup=False)
        yield TextListEditor(
            self.goal.steps,
            prefix=f"{prefix}-step",
            placeholder="Typ een stap en druk op Enter",
            movable=True,
            numbered=True,
            id=f"{prefix}-steps",
        )
        yield Button("Dit doel weghalen", id=f"{prefix}-remove", classes="goal-remove", compact=True)

    @on(Input.Changed, ".goal-field")
    def _field_changed(self, event: Input.Changed) -> None:
        event.stop()
        field = (event.input.id or "").removeprefix(f"{self.id}-")
        if field not in ("text", *SMART_FIELDS.values()):
            return
        if getattr(self.goal, field) == event.value:
            return
        setattr(self.goal, field, event.value)
        self.query_one(SmartCheck).result = self.check()
        self.post_message(self.Edited(self))

    @on(TextListEditor.Changed)
    def _steps_changed(self, event: TextListEditor.Changed) -> None:
        event.stop()
        self.goal.steps = list(event.items)
        self.post_message(self.Edited(self))

    @on(Button.Pressed, ".goal-remove")
    def _remove(self, event: Button.Pressed) -> None:
        event.stop()
        self.post_message(self.RemoveRequested(self))
