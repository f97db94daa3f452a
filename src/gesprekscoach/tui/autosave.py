"""Autosave in the full screen: the session's saving policy on Textual timers, writing in a thread.

The rule of when to save lives in the session (`session/saving.py`: after a quiet pause, but
never later than a maximum wait after the first unsaved edit). This adapter only asks the
session when a save is due (`save_due_at()`) and sets a Textual timer for that moment.

A save runs in three parts so typing never waits on the disk: the copy is taken on the event
loop (`session.snapshot_to_save()`, so the thread never reads what the user is changing), a
thread worker of the app writes it (`session.write_snapshot()`), and the result goes back to
the session on the event loop (`session.finish_snapshot()`). Saves run one at a time. A save
under way finishes even when its screen closes. `save_blocking()` is the final save for the
last moment (a signal, a screen that goes away): it waits for a write under way and then
saves on the calling thread.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable
from enum import StrEnum

from textual.app import App
from textual.timer import Timer
from textual.widget import Widget
from textual.worker import Worker

from gesprekscoach.session.preparation_session import PreparationSession, SaveOutcome, SaveSnapshot, SnapshotWrite
from gesprekscoach.store.models import Preparation

MAX_ROUNDS = 3
"""`save_now()` writes at most this many times in a row (edits may come in while it writes)."""


def _settle_long_lived_objects() -> None:
    """Set the objects that exist now (the app, the screen, the preparation) apart from Python's
    cycle collector (`gc.freeze()`).

    A save makes many short-lived objects; they set off full collections, which walk every object
    and, with a big preparation, stop the event loop for 50 to 100 ms. Frozen objects are not
    walked any more, so those pauses stay short. They are still freed when nothing refers to them;
    garbage in reference cycles among them waits until `Autosaver.release()` (the screen closes).
    """
    gc.collect(1)  # what is garbage already goes first
    gc.freeze()


class SaveState(StrEnum):
    """Where the autosave stands, for the status line."""

    SAVED = "saved"
    PENDING = "pending"
    FAILED = "failed"


class Autosaver:
    """Saves the preparation of one session when the session's policy says so, off the event loop.

    Call `changed()` after every edit: it sets a timer for `session.save_due_at()`. `flush()`
    starts a save at once; `await save_now()` also waits for it; `save_blocking()` saves on
    the calling thread. A failed save keeps the data in memory (the session marks it unsaved),
    so the next edit (or flush) tries again. `report(state, outcome)` is called on the event
    loop after every change of state; `outcome` is the session's `SaveOutcome` of a save that
    ended (None while waiting), so an 'open elsewhere' message reaches the screen.
    """

    def __init__(
        self,
        owner: Widget,
        session: PreparationSession,
        report: Callable[[SaveState, SaveOutcome | None], None],
    ) -> None:
        self.owner = owner
        """The screen that edits the preparation (its timer waits; its app runs the saves)."""
        self.session = session
        self._report = report
        self._timer: Timer | None = None
        self._worker: Worker[None] | None = None
        self._lock = threading.Lock()
        """Held while a snapshot is written, and by `save_blocking()`."""
        self._taken = 0
        """How many snapshots were taken; each write knows its number."""
        self._superseded = 0
        """Snapshots up to this number are not written any more (a final save wrote more)."""
        self._result: tuple[SaveSnapshot, SnapshotWrite] | None = None
        """A write that ended and is not yet taken back by the session (guarded by `_lock`)."""
        self._in_flight = False
        """True from taking a snapshot until the session has its result (on the event loop only)."""
        self.last_outcome: SaveOutcome | None = None
        """How the last save ended (None: none ended yet)."""
        self._frozen = False
        """True once the objects that live as long as the screen were set apart for the collector."""

    @property
    def prep(self) -> Preparation:
        """The preparation being saved (the session's)."""
        return self.session.prep

    @property
    def app(self) -> App[object]:
        """The running app: its workers do the saving, so a save finishes when the screen closes."""
        return self.owner.app

    @property
    def dirty(self) -> bool:
        """True while some edits are not on disk."""
        return self.session.dirty

    @property
    def writing(self) -> bool:
        """True from taking a snapshot until its result is back with the session."""
        return self._in_flight

    @property
    def idle(self) -> bool:
        """True when nothing waits to be saved and no save is under way."""
        return not self.dirty and self._timer is None and not self.writing

    def changed(self) -> None:
        """Note an edit; save when the session's policy says it is due."""
        session = self.session
        # `session.apply()` noted the edit already; noting it again keeps the moment of the first
        # unsaved edit, so the maximum wait still counts from there.
        session.policy.note_edit(session.clock.monotonic())
        self._schedule()
        self._report(SaveState.PENDING, None)

    def _schedule(self) -> None:
        """Set the timer for the moment the session says the unsaved edits are due."""
        if self.writing:
            return  # when the write under way ends, the timer is set again
        due = self.session.save_due_at()
        if due is None:
            self._cancel()
            return
        delay = due - self.session.clock.monotonic()
        self._cancel()
        if delay <= 0:  # already due (a timer of 0 s may not fire before the next key stops it)
            self.flush()
            return
        self._timer = self.owner.set_timer(delay, self.flush, name="autosave")

    def flush(self) -> None:
        """Start saving now if there is something unsaved (the write runs in a worker thread)."""
        self._cancel()
        if self.writing:
            return  # the write under way ends in `_done`, which saves what came in meanwhile
        snapshot = self.session.snapshot_to_save()
        if snapshot is None:
            return
        if not self._frozen:
            _settle_long_lived_objects()
            self._frozen = True
        self._taken += 1
        number = self._taken
        self._in_flight = True
        self._worker = self.app.run_worker(
            lambda: self._write(snapshot, number),
            thread=True,
            group="autosave",
            exit_on_error=False,
            name="autosave",
        )

    def release(self) -> None:
        """The screen goes away: hand the objects set apart at the first save back to the collector
        (`gc.unfreeze()`), so what the screen leaves behind can be freed."""
        if self._frozen:
            gc.unfreeze()
            self._frozen = False

    async def save_now(self) -> SaveOutcome:
        """Save what is unsaved and wait until it is on disk; the outcome of the last write."""
        for _round in range(MAX_ROUNDS):
            await self._wait_for_write()
            if not self.dirty:
                return SaveOutcome(True)
            self.flush()
            await self._wait_for_write()
            last = self.last_outcome
            if last is not None and not last.ok:
                return last
        if self.dirty:
            return self.save_blocking()
        return SaveOutcome(True)

    async def _wait_for_write(self) -> None:
        """Wait until the write under way (if any) is done and back with the session."""
        worker = self._worker
        if worker is not None and not worker.is_finished:
            await self.app.workers.wait_for_complete([worker])
        self._take_result()

    def save_blocking(self) -> SaveOutcome:
        """Save at once on this thread (the event loop): for the very last moment.

        Waits for a write under way, takes its result back, and then saves what is still unsaved.
        """
        self._cancel()
        with self._lock:
            self._superseded = self._taken
            self._take_result_locked()
            self._in_flight = False
            outcome = self.session.close()
        self.last_outcome = outcome
        self._report(SaveState.SAVED if outcome.ok else SaveState.FAILED, outcome)
        return outcome

    def _write(self, snapshot: SaveSnapshot, number: int) -> None:
        """In the worker thread: write the snapshot, unless a final save already wrote more."""
        with self._lock:
            if number <= self._superseded:
                return
            try:
                written = self.session.write_snapshot(snapshot)
            except Exception as error:  # never leave a save hanging: the data stays in memory
                written = SnapshotWrite(error=f"Opslaan is niet gelukt ({error}).")
            self._result = (snapshot, written)
        try:
            self.app.call_from_thread(self._done)
        except RuntimeError:  # the app stopped meanwhile: a final save takes the result back
            pass

    def _take_result_locked(self) -> SaveOutcome | None:
        result, self._result = self._result, None
        if result is None:
            return None
        self._in_flight = False
        outcome = self.session.finish_snapshot(*result)
        self.last_outcome = outcome
        return outcome

    def _take_result(self) -> SaveOutcome | None:
        """On the event loop: hand a finished write back to the session; its outcome (None: none)."""
        with self._lock:
            outcome = self._take_result_locked()
        if outcome is not None:
            self._report(self._state(outcome), outcome)
        return outcome

    def _state(self, outcome: SaveOutcome) -> SaveState:
        if not outcome.ok:
            return SaveState.FAILED
        return SaveState.PENDING if self.dirty else SaveState.SAVED

    def _done(self) -> None:
        """On the event loop: a write ended; tell how it went and plan the next save."""
        outcome = self._take_result()
        if outcome is not None and outcome.ok and self.dirty:
            self._schedule()

    def _cancel(self) -> None:
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
