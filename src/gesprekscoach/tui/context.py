"""What every screen of the coach shares: the content, the store, the clock and the sheet folder."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from gesprekscoach.content.source import ContentSource
from gesprekscoach.session.clock import Clock, SystemClock
from gesprekscoach.store.preparations import PreparationStore

if TYPE_CHECKING:
    from gesprekscoach.content.models import Content


@dataclass(frozen=True)
class CoachContext:
    """The services a screen needs; injected so tests control the date and the folders.

    The date is read from `clock` each time it is used (a coach left open past midnight
    writes the new day); a test pins it with a fake clock or `SystemClock(day=...)`.
    The content's models are built the first time `content` is read (`ContentSource`): the
    home screen draws its conversation types from `content_source.cards()` without them.
    """

    content_source: ContentSource
    store: PreparationStore
    sheet_folder: Callable[[], Path]
    """Finds the folder where a new sheet is proposed (`cwd`), when it is first needed."""
    clock: Clock = field(default_factory=SystemClock)
    """Where today's date and the time come from (the sessions read it too)."""

    @cached_property
    def cwd(self) -> Path:
        """The folder where a new sheet is proposed (found the first time: the documents folder may
        need `platformdirs`, which the home screen does not)."""
        return self.sheet_folder()

    @property
    def content(self) -> Content:
        """The content's models (built the first time they are asked for)."""
        return self.content_source.get()

    @property
    def today(self) -> date:
        """Today's date, read now from the clock."""
        return self.clock.today()

    def now(self) -> datetime:
        """This moment, read now from the clock."""
        return self.clock.now()
