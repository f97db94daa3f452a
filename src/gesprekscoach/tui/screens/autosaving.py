"""What the screens that edit a preparation share: autosave, its status line, and saving before leaving."""

from __future__ import annotations

from typing import ClassVar

from textual.screen import Screen

from gesprekscoach.session.preparation_session import PreparationSession, SaveOutcome
from gesprekscoach.store.models import Preparation
from gesprekscoach.tui.autosave import Autosaver, SaveState
from gesprekscoach.tui.context import CoachContext
from gesprekscoach.tui.widgets.save_status import SaveStatus

NOT_SAVED = "{message}\nJe tekst blijft staan. Ik probeer het opnieuw bij je volgende wijziging."


class AutosavingScreen(Screen[None]):
    """A screen that edits one preparation; every edit is saved soon after (see `Autosaver`).

    The app awaits `save_now()` of every such screen before it quits; Escape saves and
    goes back to the home screen.
    """

    OWN_EDITOR: ClassVar[bool] = False
    """True when Ctrl+E opens the focused answer field in the user's own editor."""

    def __init__(
        self,
        context: CoachContext,
        prep: Preparation,
        *,
        session: PreparationSession | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(classes=classes)
        self.context = context
        self.session = session if session is not None else PreparationSession(prep, context.content, context.store)
        """The session of the preparation: it decides when to save, and saves."""
        self.prep = self.session.prep
        self.autosaver = Autosaver(self, self.session, self._save_reported)

    def _save_reported(self, state: SaveState, outcome: SaveOutcome | None) -> None:
        for status in self.query("#save-status").results(SaveStatus):
            status.state = state
            if outcome is not None and outcome.open_elsewhere:
                status.notice = outcome.message
        if outcome is None:
            return
        if state == SaveState.FAILED:
            self.notify(
                NOT_SAVED.format(message=outcome.message), title="Niet opgeslagen", severity="error", markup=False
            )
        elif outcome.open_elsewhere:
            self.notify(outcome.message, title="Ook ergens anders open", severity="warning", markup=False, timeout=15)

    def flush(self) -> None:
        """Start saving what is not saved yet (in a worker thread)."""
        self.autosaver.flush()

    async def save_now(self) -> SaveOutcome:
        """Save what is not saved yet and wait for it; how it went (ok: everything is on disk)."""
        return await self.autosaver.save_now()

    def save_blocking(self) -> SaveOutcome:
        """Save at once on the event loop (the final save on a signal)."""
        return self.autosaver.save_blocking()

    def on_unmount(self) -> None:
        """The last moment: save here only what somehow was not saved before leaving."""
        if self.autosaver.dirty or self.autosaver.writing:
            self.autosaver.save_blocking()

    async def action_home(self) -> None:
        """Save and go back to the home screen."""
        await self.save_now()
        self.dismiss(None)
