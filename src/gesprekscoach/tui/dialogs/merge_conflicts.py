"""Ask, place by place, which text to keep where this window and another window wrote something different.

The questions come from the session (`PreparationSession.open_conflicts()`); this dialog only
shows them and collects the answers. The screen that opened it settles them with
`ResolveConflict` commands.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from gesprekscoach.session.commands import ConflictChoice
from gesprekscoach.session.merge_conflicts import ASK_INTRO, MINE_LABEL, THEIRS_LABEL, ConflictQuestion

TITLE = "Ook in een ander venster open"

STOP_HINT = "Esc: jouw tekst houden bij deze en de volgende plekken."

_KEYS: dict[ConflictChoice, str] = {ConflictChoice.MINE: "1", ConflictChoice.THEIRS: "2", ConflictChoice.BOTH: "3"}
"""The key that picks each choice."""


@dataclass
class MergeAnswers:
    """What the user chose, per conflict key; `stopped` when Escape kept this window's text for the rest."""

    chosen: list[tuple[str, ConflictChoice]] = field(default_factory=list)
    stopped: bool = False


class MergeConflictsDialog(ModalScreen[MergeAnswers]):
    """One conflict at a time: where, your text, the other window's text; keys 1, 2, 3 choose, Escape stops."""

    BINDINGS = [
        Binding("1", "choose('mine')", "mijn tekst"),
        Binding("2", "choose('theirs')", "andere venster"),
        Binding("3", "choose('both')", "allebei"),
        Binding("escape", "stop", "mijn tekst voor de rest"),
    ]

    def __init__(self, questions: list[ConflictQuestion]) -> None:
        super().__init__(classes="dialog-screen")
        self.questions = questions
        self.index = 0
        self.answers = MergeAnswers()

    @property
    def current(self) -> ConflictQuestion:
        """The question shown now."""
        return self.questions[self.index]

    def compose(self) -> ComposeResult:
        """The title, the intro, the place, both texts and one button per choice."""
        with Vertical(classes="dialog merge-dialog"):
            yield Static(TITLE, classes="dialog-title", markup=False)
            yield Static(ASK_INTRO.format(aantal=len(self.questions)), classes="dialog-text", markup=False)
            yield Static("", id="merge-where", classes="dialog-text merge-where", markup=False)
            yield Static("", id="merge-text-mine", classes="dialog-text", markup=False)
            yield Static("", id="merge-text-theirs", classes="dialog-text", markup=False)
            with Horizontal(classes="dialog-buttons"):
                for choice in ConflictChoice:
                    yield Button("", id=f"merge-choice-{choice.value}", compact=True)
            yield Static(STOP_HINT, classes="dim", markup=False)

    def on_mount(self) -> None:
        """Show the first question."""
        self._show()

    def _show(self) -> None:
        question = self.current
        count = f"Plek {self.index + 1} van {len(self.questions)}: " if len(self.questions) > 1 else ""
        self.query_one("#merge-where", Static).update(f"{count}{question.where}")
        self.query_one("#merge-text-mine", Static).update(f"{MINE_LABEL}: {question.mine}")
        self.query_one("#merge-text-theirs", Static).update(f"{THEIRS_LABEL}: {question.theirs}")
        for choice, label in question.choice_labels():
            button = self.query_one(f"#merge-choice-{choice.value}", Button)
            button.label = f"{_KEYS[choice]} {label}"
        for choice in ConflictChoice:
            self.query_one(f"#merge-choice-{choice.value}", Button).display = choice in question.choices
        self.query_one(f"#merge-choice-{ConflictChoice.MINE.value}", Button).focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """'allebei' only where both texts can be kept."""
        if action == "choose" and parameters and parameters[0] == ConflictChoice.BOTH.value:
            return ConflictChoice.BOTH in self.current.choices
        return True

    def action_choose(self, value: str) -> None:
        """Keep this choice for the place shown, and go to the next (or close after the last)."""
        choice = ConflictChoice(value)
        if choice not in self.current.choices:
            return
        self.answers.chosen.append((self.current.key, choice))
        self.index += 1
        if self.index >= len(self.questions):
            self.dismiss(self.answers)
            return
        self._show()

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        event.stop()
        button_id = event.button.id or ""
        if button_id.startswith("merge-choice-"):
            self.action_choose(button_id.removeprefix("merge-choice-"))

    def action_stop(self) -> None:
        """Keep this window's text here and at every place not answered yet."""
        self.answers.stopped = True
        self.dismiss(self.answers)
