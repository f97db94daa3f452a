"""The SMART goal builder: one goal in a sentence, its live SMART check, a field per letter, and small steps."""

from __future__ import annotations

from collections.abc import Iterator

from textual import on
from textual.containers import VerticalGroup
from textual.message import Message
from textual.widget import Widget
from textual.widgets import Button, Input, Static

from gesprekscoach.checks.smart import SmartResult
from gesprekscoach.session.commands import GoalCommand, GoalField, SetGoalField, SetGoalSteps
from gesprekscoach.session.preparation_session import PreparationSession
from gesprekscoach.store.models import Goal
from gesprekscoach.tui.widgets.private_mark import PRIVATE_LABEL
from gesprekscoach.tui.widgets.smart_check import SmartCheck
from gesprekscoach.tui.widgets.text_list import TextListEditor

SMART_FIELDS: dict[str, GoalField] = {
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
    """Shows one goal of the session, checks it the SMART way while the user types, and posts
    `GoalEditor.Edited` with the command of each edit (the step applies it, then calls `show_check`).

    The check runs on every change (it takes about a millisecond); `SmartCheck` only redraws
    when the verdict changed, so typing stays smooth.
    """

    class Edited(Message):
        """The user changed the goal: `command` is the edit, for the session."""

        def __init__(self, editor: GoalEditor, command: GoalCommand) -> None:
            super().__init__()
            self.editor = editor
            self.command = command

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

    def __init__(self, session: PreparationSession, goal: Goal, number: int, total: int = 1) -> None:
        super().__init__(id=goal_widget_id(goal), classes="goal-editor")
        self.session = session
        self.goal_id = goal.id
        """The id of the goal this editor shows."""
        self.smart = session.content.smart
        self.border_title = f"Doel {number}" if total <= 1 else f"Doel {number} van {total}"
        self.border_subtitle = PRIVATE_LABEL if goal.private else ""

    @property
    def goal(self) -> Goal:
        """The goal as it is now in the preparation (to read)."""
        goal = self.session.prep.goal(self.goal_id)
        return goal if goal is not None else Goal(id=self.goal_id)

    def check(self) -> SmartResult:
        """The SMART verdict of the goal as it is now (as the sheet shows it)."""
        return self.session.goal_verdict(self.goal_id)

    def show_check(self) -> None:
        """Show the verdict again, after an edit (`SmartCheck` redraws only when it changed)."""
        self.query_one(SmartCheck).result = self.check()

    def compose(self) -> Iterator[Widget]:
        """The sentence, its SMART check, the five SMART fields, the steps and 'weghalen'."""
        prefix = self.id or f"goal-{self.goal_id}"
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
        name = (event.input.id or "").removeprefix(f"{self.id}-")
        field: GoalField | None = (
            "text" if name == "text" else next((known for known in SMART_FIELDS.values() if known == name), None)
        )
        if field is not None and getattr(self.goal, field) != event.value:
            self.post_message(self.Edited(self, SetGoalField(self.goal_id, field, event.value)))

    @on(TextListEditor.Changed)
    def _steps_changed(self, event: TextListEditor.Changed) -> None:
        event.stop()
        self.post_message(self.Edited(self, SetGoalSteps(self.goal_id, tuple(event.items))))

    @on(Button.Pressed, ".goal-remove")
    def _remove(self, event: Button.Pressed) -> None:
        event.stop()
        self.post_message(self.RemoveRequested(self))
