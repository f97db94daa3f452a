"""Debounced autosave of a preparation: save shortly after the last edit."""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from textual.timer import Timer

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
    """Saves one preparation through the store, debounced.

    `changed()` after every edit starts (or restarts) a short timer; `flush()` saves at once
    when there is something unsaved. A StoreError keeps the data in memory and marks the
    preparation as unsaved, so the next change (or flush) tries again.
    """

    def __init__(
        self,
        store: PreparationStore,
        prep: Preparation,
        set_timer: Callable[[float, Callable[[], None]], Timer],
        report: Callable[[SaveState, str], None],
        delay: float = AUTOSAVE_DELAY,
    ) -> None:
        self.store = store
        self.prep = prep
        self._set_timer = set_timer
        self._report = report
        self.delay = delay
        self.dirty = False
        self._timer: Timer | None = None

    def changed(self) -> None:
        """Note an edit; save after `delay` seconds without further edits."""
        self.dirty = True
        self._cancel()
        self._timer = self._set_timer(self.delay, self.flush)
        self._report(SaveState.PENDING, "")

    def flush(self) -> bool:
        """Save now if there is something unsaved. True when everything is on disk."""
        self._cancel()
        if not self.dirty:
            return True
        try:
            self.store.save(self.prep)
        except StoreError as exc:
            self._report(SaveState.FAILED, str(exc))
            return False
        self.dirty = False
        self._report(SaveState.SAVED, "")
        return True

    def _cancel(self) -> None:
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
