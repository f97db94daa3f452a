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

from gesprekscoach.plain.console import BackRequested, PlainIO
from gesprekscoach.session.commands import Change, Command
from gesprekscoach.session.cycle import WinGroup
from gesprekscoach.session.preparation_session import PreparationSession


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
