"""When to save: a quiet pause after typing, but never more than a second of unsaved typing.

`SavePolicy` is pure: it keeps no timer and starts no thread; every method gets the time
(seconds on a steady counter, `Clock.monotonic()`). A front end asks `due_at()` when to
come back (a Textual timer, say) and then saves when `is_due(now)`.

The rule: after an edit, save once there was a quiet pause of `QUIET_SECONDS` (0.4 s), but
never later than `MAX_WAIT_SECONDS` (0.65 s) after the first edit that is not saved yet (a
debounce with a maximum wait). With the time a key takes to arrive and a write to reach the
disk, at any typing rhythm at most one second of typing is unsaved. A failed save keeps the data in memory and waits for the next edit (or the final
save on close) to try again; the message of the failure is kept for the front end to show.

A front end that writes in the background (the full screen) calls `save_started()` when it
takes the copy to write, and `snapshot_saved(now)` once that copy is on disk: edits made while
it was being written stay unsaved, with their own maximum wait.

Plain Python: this module never imports Textual.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Final

QUIET_SECONDS: Final = 0.4
"""Save after this many seconds without an edit."""

MAX_WAIT_SECONDS: Final = 0.65
"""…but never later than this many seconds after the first unsaved edit (the rest of the second
is for the key to arrive and the write to reach the disk)."""


class SaveStatus(StrEnum):
    """Where saving stands, for a status line."""

    SAVED = "saved"
    PENDING = "pending"
    FAILED = "failed"


class SavePolicy:
    """Decides when a preparation with unsaved edits is due to be saved (see the module docstring)."""

    def __init__(self, quiet: float = QUIET_SECONDS, max_wait: float = MAX_WAIT_SECONDS) -> None:
        if quiet <= 0 or max_wait < quiet:
            raise ValueError("quiet must be positive and max_wait at least quiet")
        self.quiet = quiet
        self.max_wait = max_wait
        self.dirty = False
        """True while there are edits that are not saved."""
        self.error: str | None = None
        """The (Dutch) message of the last failed save; None after a save that worked."""
        self.saved_at: float | None = None
        """When the last save worked."""
        self._first_edit: float | None = None
        self._last_edit: float | None = None
        self._writing = False
        """True between `save_started()` and the end of that save."""
        self._edited_while_writing = False

    def save_started(self) -> None:
        """A copy of the preparation was taken to be written: the edits so far are on their way."""
        self._writing = True
        self._edited_while_writing = False
        self._first_edit = self._last_edit = None

    def note_edit(self, now: float) -> None:
        """An edit was made at `now`."""
        if self._first_edit is None:
            self._first_edit = now
        self._last_edit = now
        self.dirty = True
        if self._writing:
            self._edited_while_writing = True

    def due_at(self) -> float | None:
        """When the unsaved edits are due to be saved; None when there is nothing to wait for."""
        if self._first_edit is None or self._last_edit is None:
            return None
        return min(self._last_edit + self.quiet, self._first_edit + self.max_wait)

    def is_due(self, now: float) -> bool:
        """True when the unsaved edits should be saved now."""
        due = self.due_at()
        return due is not None and now >= due

    def saved(self, now: float) -> None:
        """Everything was saved at `now`."""
        self.dirty = False
        self.error = None
        self.saved_at = now
        self._first_edit = self._last_edit = None
        self._writing = False
        self._edited_while_writing = False

    def snapshot_saved(self, now: float) -> None:
        """The copy taken at `save_started()` is on disk; edits made since then stay unsaved."""
        if not self._edited_while_writing:
            self.saved(now)
            return
        self._writing = False
        self._edited_while_writing = False
        self.error = None
        self.saved_at = now

    def failed(self, message: str) -> None:
        """A save failed: the edits stay unsaved; the next edit (or a final save) tries again."""
        self.error = message
        self._first_edit = self._last_edit = None
        self._writing = False
        self._edited_while_writing = False

    @property
    def status(self) -> SaveStatus:
        """Saved, waiting to save, or failed (and still unsaved)."""
        if not self.dirty:
            return SaveStatus.SAVED
        return SaveStatus.FAILED if self.error is not None else SaveStatus.PENDING
