"""What every screen of the coach shares: the content, the store, today and the sheet folder."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from gesprekscoach.content.models import Content
from gesprekscoach.store.preparations import PreparationStore


@dataclass(frozen=True)
class CoachContext:
    """The services a screen needs; injected so tests control the date and the folders."""

    content: Content
    store: PreparationStore
    today: date
    cwd: Path
    """The folder where a new sheet is proposed."""

    def now(self) -> datetime:
        """This moment, on the context's `today` (so tests that fake the date fake it here too)."""
        clock = datetime.now().astimezone().replace(microsecond=0)
        return clock.replace(year=self.today.year, month=self.today.month, day=self.today.day)
