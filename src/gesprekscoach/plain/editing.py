"""What every step of the plain mode shares: the streams, the session, and saving at once.

The plain mode holds no rule about a preparation: it reads `session.prep` to show it and
sends every answer as a command to the session (`PlainEditor.edit`), which is saved at once.

Plain Python: this module never imports Textual.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

from gesprekscoach.plain.console import BackRequested, PlainIO, StopRequested
from gesprekscoach.session.commands import Change, Command, ResolveConflict
from gesprekscoach.session.cycle import WinGroup
from gesprekscoach.session.merge_conflicts import ASK_INTRO, KEPT_MINE_FOR_REST, MINE_LABEL, THEIRS_LABEL
from gesprekscoach.session.preparation_session import PreparationSession

KEEP_MINE_DEFAULT = "jouw tekst"
"""What Enter keeps when asked about a conflict."""


class Skipped:
    """The type of `SKIPPED`."""

    def __repr__(self) -> str:
        return "SKIPPED"


SKIPPED: Final = Skipped()
"""What a question returns when it had nothing to ask (then 'terug' passes it by)."""

Asked = Skipped | None
"""What a question returns: None when it asked, SKIPPED when it had nothing to ask."""

Ask = Callable[[], Asked]
"""One question of a step: asks, stores the answer, may raise BackRequested; SKIPPED: asked nothing."""


@dataclass
class PlainEditor:
    """The plain mode's way to change the preparation: a command, then a save at once."""

    io: PlainIO
    session: PreparationSession
    cwd: Path
    """The folder where a new sheet is proposed."""
    wins: list[WinGroup] = field(default_factory=list)
    """The wins log entries since the previous conversation, by goal (offered as examples)."""
    wins_since: str = ""
    """Where those entries start, in words: 'sinds je planningsgesprek van 15 januari 2027'."""

    def edit(self, command: Command) -> Change:
        """Apply the command; when it changed something, save now (a failure is told, and the coach goes on)."""
        change = self.session.apply(command)
        if change:
            self.save_pending()
        return change

    def save_pending(self) -> None:
        """Save what is not saved yet; a failure is told (the data stays in memory)."""
        if not self.session.dirty:
            return
        outcome = self.session.save_now()
        if not outcome.ok:
            self.io.say(f"Let op: {outcome.message}")
        elif outcome.open_elsewhere:
            self.io.say(outcome.message)
        if outcome.conflicts:
            self.ask_about_conflicts()

    def ask_about_conflicts(self) -> None:
        """Ask, place by place, which text to keep where another window wrote something else; then save.

        Enter keeps your text; 'terug' (or the end of the input) keeps your text at every place left.
        """
        questions = self.session.open_conflicts()
        if not questions:
            return
        io = self.io
        io.say(ASK_INTRO.format(aantal=len(questions)))
        stopped: StopRequested | None = None
        try:
            for number, question in enumerate(questions, start=1):
                io.blank()
                io.say(f"Plek {number} van {len(questions)}: {question.where}")
                io.say(f"{MINE_LABEL}: {question.mine}", indent="  ")
                io.say(f"{THEIRS_LABEL}: {question.theirs}", indent="  ")
                labels = question.choice_labels()
                io.numbered([label for _choice, label in labels])
                index = io.ask_choice("Wat wil je houden?", len(labels), default=0, default_label=KEEP_MINE_DEFAULT)
                self.session.apply(ResolveConflict(question.key, labels[index][0]))
        except BackRequested:
            pass
        except StopRequested as stop:
            stopped = stop
        if self.session.keep_mine_for_rest():
            io.say(KEPT_MINE_FOR_REST)
        self.save_pending()
        if stopped is not None:
            raise stopped


def run_questions(questions: list[Ask]) -> None:
    """Ask the questions in order; 'terug' goes to the previous one that asks something.

    'terug' on the first question (or on one before which nothing is asked) is raised.
    """
    index = 0
    going_back = False
    while index < len(questions):
        try:
            result = questions[index]()
        except BackRequested:
            if index == 0:
                raise
            index -= 1
            going_back = True
            continue
        if result is SKIPPED and going_back:
            if index == 0:
                raise BackRequested
            index -= 1
            continue
        going_back = False
        index += 1
