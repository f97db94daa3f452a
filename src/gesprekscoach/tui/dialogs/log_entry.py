"""Labels and a goal for one entry of the wins log: what the user types here, the wins log saves."""

from __future__ import annotations

from dataclasses import dataclass

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Select, Static

from gesprekscoach.session.wins_logbook import GoalChoice, tags_text

NO_GOAL = "geen-doel"
KEEP_GOAL = "zo-laten"


@dataclass(frozen=True)
class EntryDetails:
    """What the user chose: the labels as typed (comma separated) and the goal (None: no goal)."""

    tags: str
    goal: GoalChoice | None
    goal_chosen: bool = True
    """False: leave the goal as it is (an older goal, or no goals to choose from)."""


class LogEntryDialog(ModalScreen[EntryDetails | None]):
    """Edit the labels of an entry and the goal it belongs to; dismisses with the details, or None."""

    BINDINGS = [Binding("escape", "cancel", "annuleren")]

    def __init__(
        self, text: str, tags: list[str], goals: list[GoalChoice], goal: GoalChoice | None, goal_title: str = ""
    ) -> None:
        super().__init__(classes="dialog-screen")
        self.entry_text = text
        self.tags = tags
        self.goals = goals
        """The goals the user works on now."""
        self.goal = goal
        """The entry's goal when it is one of `goals`."""
        self.goal_title = goal_title
        """The sentence of the entry's goal ('' when it has none); it may be an older goal."""

    def compose(self) -> ComposeResult:
        """The entry, the labels field, the goal list and the buttons."""
        with Vertical(classes="dialog"):
            yield Static("Label of doel", classes="dialog-title", markup=False)
            yield Static(" ".join(self.entry_text.split()), classes="dialog-text", markup=False)
            yield Static("Labels, met een komma ertussen (bijvoorbeeld: klant, team):", markup=False)
            yield Input(tags_text(self.tags), id="entry-tags")
            if self.goals:
                yield Static("Bij welk doel hoort het?", markup=False)
                options = [(goal.title, str(number)) for number, goal in enumerate(self.goals)]
                options.append(("Bij geen doel", NO_GOAL))
                chosen = NO_GOAL
                if self.goal in self.goals:
                    chosen = str(self.goals.index(self.goal))
                elif self.goal_title:
                    options.insert(0, (f"Zo laten: {self.goal_title}", KEEP_GOAL))
                    chosen = KEEP_GOAL
                yield Select[str](options, value=chosen, allow_blank=False, id="entry-goal")
            elif self.goal_title:
                yield Static(f"Doel: {self.goal_title}", classes="dim", markup=False)
            with Horizontal(classes="dialog-buttons"):
                yield Button("Bewaren", id="entry-ok", variant="primary")
                yield Button("Annuleren", id="entry-cancel")

    def on_mount(self) -> None:
        """Start in the labels field."""
        field = self.query_one("#entry-tags", Input)
        field.focus()
        field.cursor_position = len(field.value)

    def _details(self) -> EntryDetails:
        tags = self.query_one("#entry-tags", Input).value
        for select in self.query("#entry-goal").results(Select):
            value = select.value
            if isinstance(value, str) and value.isdigit() and int(value) < len(self.goals):
                return EntryDetails(tags, self.goals[int(value)])
            if value == NO_GOAL:
                return EntryDetails(tags, None)
        return EntryDetails(tags, None, goal_chosen=False)

    @on(Input.Submitted, "#entry-tags")
    @on(Button.Pressed, "#entry-ok")
    def _done(self) -> None:
        self.dismiss(self._details())

    @on(Button.Pressed, "#entry-cancel")
    def _cancel_pressed(self) -> None:
        self.dismiss(None)

    def action_cancel(self) -> None:
        """Close without changes."""
        self.dismiss(None)
