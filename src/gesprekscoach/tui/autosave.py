"""Debounced autosave of a preparation: save shortly after the last edit, in a worker thread.

The preparation is copied on the event loop (so the thread never reads what the user is
changing) and written by a thread worker of the app, so a save that is under way finishes
even when its screen closes. Saves run one at a time; an older copy never overwrites a newer one.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from enum import StrEnum

from textual.app import App
from textual.timer import Timer
from textual.widget import Widget
from textual.worker import Worker

from gesprekscoach.store.models import Preparation
from gesprekscoach.store.preparations import PreparationStore, StoreError

AUTOSAVE_DELAY = 0.4
"""Seconds after the last edit before the preparation is saved."""


class SaveState(StrEnum):
    """Where the autosave stands."""

    SAVED = "saved"
    PENDING = "pending"
    FAILED = "failed"


class Autosaver:
    """Saves one preparation through the store, debounced, off the event loop.

    `changed()` after every edit starts (or restarts) a short timer; `flush()` starts a save
    at once when there is something unsaved; `await save_now()` also waits for it. A
    StoreError keeps the data in memory and marks the preparation as unsaved, so the next
    change (or flush) tries again. `report` is called on the event loop.
    """

    def __init__(
        self,
        owner: Widget,
        store: PreparationStore,
        prep: Preparation,
        report: Callable[[SaveState, str], None],
        delay: float = AUTOSAVE_DELAY,
    ) -> None:
        self.owner = owner
        """The screen that edits the preparation (its timer debounces; its app runs the saves)."""
        self.store = store
        self.prep = prep
        self._report = report
        self.delay = delay
        self.dirty = False
        self._timer: Timer | None = None
        self._edits = 0
        """Counts the edits; a save writes the copy of one moment, known by this number."""
        self._written = 0
        """The number of the newest copy on disk."""
        self._lock = threading.Lock()
        self._revision: int | None = None
        """The revision this autosaver last wrote: the next copy builds on it (not an older one)."""
        self._worker: Worker[None] | None = None

    @property
    def app(self) -> App[object]:
        """The running app: its workers do the saving, so a save finishes when the screen closes."""
        return self.owner.app

    @property
    def idle(self) -> bool:
        """True when nothing waits to be saved and no save is under way."""
        worker = self._worker
        return not self.dirty and self._timer is None and (worker is None or worker.is_finished)

    def changed(self) -> None:
        """Note an edit; save after `delay` seconds without further edits."""
        self.dirty = True
        self._edits += 1
        self._cancel()
        self._timer = self.owner.set_timer(self.delay, self.flush)
        self._report(SaveState.PENDING, "")

    def flush(self) -> None:
        """Start saving now if there is something unsaved (the save runs in a worker thread)."""
        self._cancel()
        if not self.dirty:
            return
        self.dirty = False
        copy = self.prep.model_copy(deep=True)
        number = self._edits
        self._worker = self.app.run_worker(
            lambda: self._write(copy, number), thread=True, group="autosave", exit_on_error=False
        )

    async def save_now(self) -> bool:
        """Save what is unsaved and wait until it is on disk. True when everything is saved."""
        self.flush()
        worker = self._worker
        if worker is not None and not worker.is_finished:
            await self.app.workers.wait_for_complete([worker])
        return not self.dirty

    def save_blocking(self) -> bool:
        """Save at once on this thread: only for the very last moment (the screen is gone)."""
        self._cancel()
        if not self.dirty:
            return True
        try:
            with self._lock:
                self._build_on_last_write(self.prep)
                self.store.save(self.prep)
                self._revision = self.prep.revision
        except StoreError:
            return False
        self.dirty = False
        return True

    def _build_on_last_write(self, copy: Preparation) -> None:
        """A copy made while an earlier save was under way still has the revision from before
        that save: it builds on what this autosaver wrote, so give it that revision (another
        window's save in between still shows, as the revision on disk is then newer)."""
        if self._revision is not None and copy.revision < self._revision:
            copy.revision = self._revision

    def _write(self, copy: Preparation, number: int) -> None:
        """In the worker thread: write the copy, unless a newer one is already on disk."""
        error: StoreError | None = None
        with self._lock:
            if number < self._written:
                return
            try:
                self._build_on_last_write(copy)
                self.store.save(copy)
                self._written = number
                self._revision = copy.revision
            except StoreError as exc:
                error = exc
        try:
            self.app.call_from_thread(self._done, copy, error)
        except RuntimeError:  # the app stopped meanwhile: the file is written, nobody to tell
            pass

    def _done(self, copy: Preparation, error: StoreError | None) -> None:
        """On the event loop: tell how the save went."""
        if error is not None:
            self.dirty = True
            self._report(SaveState.FAILED, str(error))
            return
        self.prep.updated_at = copy.updated_at
        self.prep.schema_version = copy.schema_version
        self.prep.revision = max(self.prep.revision, copy.revision)
        if not self.dirty:
            self._report(SaveState.SAVED, "")

    def _cancel(self) -> None:
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
