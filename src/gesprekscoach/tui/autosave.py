"""Debounced autosave of a preparation: save shortly after the last edit, through its session.

The session (`PreparationSession.save_now`) writes the file: it stamps the time, and merges
what another window saved in between. The save runs on the event loop, so it never reads
the preparation while the user is changing it.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from textual.timer import Timer
from textual.widget import Widget

from gesprekscoach.session.preparation_session import PreparationSession, SaveOutcome

AUTOSAVE_DELAY = 0.4
"""Seconds after the last edit before the preparation is saved."""


class SaveState(StrEnum):
    """Where the autosave stands."""

    SAVED = "saved"
    PENDING = "pending"
    FAILED = "failed"


class Autosaver:
    """Saves one preparation through its session, debounced.

    `changed()` after every edit starts (or restarts) a short timer; `flush()` saves at once
    when there is something unsaved; `await save_now()` does the same. A failed save keeps the
    data in memory and marks the preparation as unsaved, so the next change (or flush) tries
    again. `report` gets the state and the session's Dutch message (a failure, or that another
    window's changes were merged).
    """

    def __init__(
        self,
        owner: Widget,
        session: PreparationSession,
        report: Callable[[SaveState, str], None],
        delay: float = AUTOSAVE_DELAY,
    ) -> None:
        self.owner = owner
        """The screen that edits the preparation (its timer debounces)."""
        self.session = session
        self._report = report
        self.delay = delay
        self.dirty = False
        self._timer: Timer | None = None

    @property
    def idle(self) -> bool:
        """True when nothing waits to be saved."""
        return not self.dirty and self._timer is None

    def changed(self) -> None:
        """Note an edit; save after `delay` seconds without further edits."""
        self.dirty = True
        self._cancel()
        self._timer = self.owner.set_timer(self.delay, self.flush)
        self._report(SaveState.PENDING, "")

    def flush(self) -> None:
        """Save now if there is something unsaved."""
        self._cancel()
        if not self.dirty:
            return
        self._done(self.session.save_now())

    async def save_now(self) -> bool:
        """Save what is unsaved. True when everything is saved."""
        self.flush()
        return not self.dirty

    def save_blocking(self) -> bool:
        """Save at once: the very last moment (the screen is gone), so nobody is told."""
        self._cancel()
        if not self.dirty:
            return True
        self.dirty = not self.session.save_now().ok
        return not self.dirty

    def _done(self, outcome: SaveOutcome) -> None:
        """Tell how the save went."""
        self.dirty = not outcome.ok
        self._report(SaveState.SAVED if outcome.ok else SaveState.FAILED, outcome.message)

    def _cancel(self) -> None:
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
