"""Helpers for the session tests: a fake clock, and a session on a new preparation."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from gesprekscoach.content.models import Content
from gesprekscoach.session.opening import OpenedSession, start_new_preparation
from gesprekscoach.session.preparation_session import PreparationSession
from gesprekscoach.store.preparations import PreparationStore

TZ = timezone(timedelta(hours=2))


@dataclass
class FakeClock:
    """A clock that only moves when told: a fixed moment, and a steady counter for the saving policy."""

    moment: datetime
    ticks: float = 1000.0

    def today(self) -> date:
        return self.moment.date()

    def now(self) -> datetime:
        return self.moment + timedelta(0)  # a new object each time, as the real clock gives

    def monotonic(self) -> float:
        return self.ticks

    def advance(self, seconds: float) -> None:
        """Let `seconds` pass on the steady counter (the date and time stay: files stay comparable)."""
        self.ticks += seconds


def fixed_clock(day: date = date(2026, 11, 22), hour: int = 9) -> FakeClock:
    """A fake clock at `hour` o'clock on `day`."""
    return FakeClock(datetime(day.year, day.month, day.day, hour, 0, tzinfo=TZ))


def new_session(
    content: Content,
    home: Path,
    conversation: str = "functionering",
    meeting: date = date(2026, 11, 23),
    with_whom: str = "Anne de Vries",
    clock: FakeClock | None = None,
) -> PreparationSession:
    """A session on a new preparation in a store at `home`."""
    return open_new(content, home, conversation, meeting, with_whom, clock).session


def open_new(
    content: Content,
    home: Path,
    conversation: str = "functionering",
    meeting: date = date(2026, 11, 23),
    with_whom: str = "Anne de Vries",
    clock: FakeClock | None = None,
) -> OpenedSession:
    """A new preparation, opened in its cycle."""
    return start_new_preparation(
        PreparationStore(home), content, conversation, meeting, with_whom, clock=clock or fixed_clock()
    )
