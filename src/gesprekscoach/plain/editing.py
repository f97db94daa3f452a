"""What every step of the plain mode shares: the streams, the session, and saving at once.

The plain mode holds no rule about a preparation: it reads `session.prep` to show it and
sends every answer as a command to the session (`PlainEditor.edit`), which is saved at once.

Plain Python: this module never imports Textual.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from gesprekscoach.plain.console import BackRequested, PlainIO
from gesprekscoach.session.commands import Change, Command
from gesprekscoach.session.preparation_session import PreparationSession

Ask = Callable[[], None]
"""One question of a step: asks, stores the answer, may raise BackRequested."""


@dataclass
class PlainEditor:
    """The plain mode's way to change the preparation: a command, then a save at once."""

    io: PlainIO
    session: PreparationSession
    cwd: Path
    """The folder where a new sheet is proposed."""

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
    """Ask the questions in order; 'terug' goes to the previous one (before the first: raised)."""
    index = 0
    while index < len(questions):
        try:
            questions[index]()
        except BackRequested:
            if index == 0:
                raise
            index -= 1
            continue
        index += 1
