"""The clock a session reads: today's date, the time now, and a steady counter for the saving policy.

Injected everywhere, so tests run on a fixed date and a fake counter; nothing in the session
reads the real clock except `SystemClock`.

Plain Python: this module never imports Textual.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import date, datetime
from typing import Protocol

from gesprekscoach import dates


class Clock(Protocol):
    """Where the session gets the date and the time."""

    def today(self) -> date:
        """Today's date (relative deadlines and 'today' defaults count from it)."""
        ...

    def now(self) -> datetime:
        """The moment now, with time zone (stamped on saved files and records)."""
        ...

    def monotonic(self) -> float:
        """Seconds on a steady counter (only differences count); drives the saving policy."""
        ...


@dataclass(frozen=True)
class SystemClock:
    """The real clock; `day` (optional) pins the date, as the coach's `today` setting does."""

    day: date | None = None

    def today(self) -> date:
        """`day` when given, else the real date."""
        return self.day if self.day is not None else dates.today()

    def now(self) -> datetime:
        """The local time now, to the second; on `day` when given."""
        moment = dates.now()
        if self.day is None:
            return moment
        return moment.replace(year=self.day.year, month=self.day.month, day=self.day.day)

    def monotonic(self) -> float:
        """`time.monotonic()`."""
        return time.monotonic()
