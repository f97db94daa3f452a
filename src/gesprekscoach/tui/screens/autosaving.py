"""What the screens that edit a preparation share: its session, autosave, the status line, and saving before leaving."""

from __future__ import annotations

from typing import ClassVar

from textual.screen import Screen

from gesprekscoach.session.commands import Change, Command
from gesprekscoach.session.errors import CommandError
from gesprekscoach.session.preparation_session import PreparationSession
from gesprekscoach.store.models import Preparation
from gesprekscoach.tui.autosave import Autosaver, SaveState
from gesprekscoach.tui.context import CoachContext
from gesprekscoach.tui.widgets.save_status import SaveStatus

NOT_SAVED = "{message}\nJe tekst blijft staan. Ik probeer het opnieuw bij je volgende wijziging."


class AutosavingScreen(Screen[None]):
    """A screen that edits one preparation through its session; every edit is saved shortly after.

    The app awaits `save_now()` of every such screen before it quits; Escape saves and
    goes back to the home screen.
    """

    OWN_EDITOR: ClassVar[bool] = False
    """True when Ctrl+E opens the focused answer field in the user's own editor."""

    def __init__(self, context: CoachContext, session: PreparationSession, *, classes: str | None = None) -> None:
        super().__init__(classes=classes)
        self.context = context
        self.session = session
        self.autosaver = Autosaver(self, session, self._save_reported)

    @property
    def prep(self) -> Preparation:
        """The preparation, to read (it changes only through `apply`)."""
        return self.session.prep

    def apply(self, command: Command) -> Change:
        """Apply an edit through the session; a change is saved shortly after.

        A command about an item that is gone meanwhile changes nothing: the session's Dutch
        message is shown.
        """
        try:
            change = self.session.apply(command)
        except CommandError as error:
            self.notify(str(error), severity="warning", markup=False)
            return Change()
        if change:
            self.autosaver.changed()
        return change

    def _save_reported(self, state: SaveState, message: str) -> None:
        for status in self.query("#save-status").results(SaveStatus):
            status.state = state
        if state == SaveState.FAILED:
            self.notify(NOT_SAVED.format(message=message), title="Niet opgeslagen", severity="error", markup=False)
        elif message:  # another window saved too: the session merged both
            self.notify(message, title="Samengevoegd", severity="warning", markup=False, timeout=10)

    def flush(self) -> None:
        """Save what is not saved yet."""
        self.autosaver.flush()

    async def save_now(self) -> bool:
        """Save what is not saved yet. True when everything is on disk."""
        return await self.autosaver.save_now()

    def on_unmount(self) -> None:
        """The last moment: save here only what somehow was not saved before leaving."""
        self.autosaver.save_blocking()

    async def action_home(self) -> None:
        """Save and go back to the home screen."""
        await self.save_now()
        self.dismiss(None)
