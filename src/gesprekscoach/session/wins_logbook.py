"""The wins log as a front end shows it: this period's entries, the goals to tag one with, and edits.

'This period' runs from the latest meeting up to today (a year back when there was none),
as on the home screen and in `gesprekscoach log`. An entry can be tagged with one of the goals
the user works on now (`store.wins_log.current_goals`). Every change reads the log again
first (the command line may have added entries) and is saved at once.

Plain Python: this module never imports Textual.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from gesprekscoach.dates import day_month_year
from gesprekscoach.session.cycle import conversation_name, goal_titles
from gesprekscoach.store.preparations import PreparationStore, StoreError
from gesprekscoach.store.wins_log import (
    LogError,
    WinsLogStore,
    clean_tags,
    current_goals,
    entries_between,
    period_start,
)

if TYPE_CHECKING:
    from gesprekscoach.content.models import Content
    from gesprekscoach.session.clock import Clock
    from gesprekscoach.store.models import LogEntry, Preparation
    from gesprekscoach.store.summaries import GoalPreparation


@dataclass(frozen=True)
class GoalChoice:
    """A goal an entry can belong to: where it is, and its sentence."""

    source_id: str
    """The id of the preparation the goal is in."""
    goal_id: str
    title: str


def goal_choices(preparations: Sequence[GoalPreparation], today: date) -> list[GoalChoice]:
    """The goals the user works on now (of the latest preparation with goals), to link an entry to."""
    current = current_goals(preparations, today)
    return [GoalChoice(current[0].id, goal.id, goal.title()) for goal in current[1]] if current else []


def tags_from_text(text: str) -> list[str]:
    """The labels a user typed in one line, separated by commas ('klant, Team' → ['klant', 'team'])."""
    return clean_tags(text.split(","))


def tags_text(tags: Sequence[str]) -> str:
    """The labels as one line to edit again ('klant, team')."""
    return ", ".join(tags)


@dataclass
class LogbookPage:
    """What the log shows now."""

    since: str
    """'Sinds je planningsgesprek van 15 januari 2027', or 'Sinds 1 februari 2026'."""
    entries: list[LogEntry] = field(default_factory=list)
    """This period's entries, newest first."""
    goals: list[GoalChoice] = field(default_factory=list)
    """The goals the user works on now, to tag a new entry with."""
    titles: dict[tuple[str, str], str] = field(default_factory=dict)
    """(preparation id, goal id) → the goal in one line, for every goal with a text."""
    notices: list[str] = field(default_factory=list)
    """Dutch messages: a damaged log set aside, preparations that could not be read."""

    def goal_of(self, entry: LogEntry) -> str:
        """The sentence of the goal an entry belongs to ('' when none, or unknown)."""
        return self.titles.get((entry.goal_source or "", entry.goal or ""), "")


class WinsLogbook:
    """The wins log of one data home, for a front end (see the module docstring)."""

    def __init__(self, store: PreparationStore, content: Content, clock: Clock) -> None:
        self.store = store
        self.content = content
        self.clock = clock
        self.log_store = WinsLogStore(store.home)

    def _preparations(self, notices: list[str]) -> list[Preparation]:
        try:
            return self.store.list().preparations
        except (StoreError, OSError) as error:
            notices.append(f"Je voorbereidingen kan ik nu niet lezen. {error}")
            return []

    def page(self) -> LogbookPage:
        """Read the log and the preparations again; LogError (Dutch) when the log cannot be read."""
        notices: list[str] = []
        preparations = self._preparations(notices)
        today = self.clock.today()
        log = self.log_store.load()
        notices += [moved.message() for moved in self.log_store.moved]
        self.log_store.moved.clear()
        start, meeting = period_start(preparations, today)
        if meeting is not None:
            since = f"Sinds je {conversation_name(meeting, self.content)} van {day_month_year(start)}"
        else:
            since = f"Sinds {day_month_year(start)}"
        goals = goal_choices(preparations, today)
        return LogbookPage(
            since=since,
            entries=list(reversed(entries_between(log, start, today))),
            goals=goals,
            titles=goal_titles(preparations),
            notices=notices,
        )

    def add(self, text: str, goal: GoalChoice | None = None, *, private: bool = False) -> LogEntry:
        """Add an entry dated now, tagged with `goal` when given; LogError (Dutch) when it fails."""
        if not text.strip():
            raise LogError("Typ eerst wat er goed ging.")
        source = goal_found = None
        if goal is not None:
            try:
                source = self.store.load(goal.source_id)
            except StoreError as error:
                raise LogError(str(error)) from None
            goal_found = source.goal(goal.goal_id)
        return self.log_store.add(text, now=self.clock.now(), goal=goal_found, goal_source=source, private=private)

    def set_tags(self, entry: LogEntry, tags: Sequence[str]) -> LogEntry:
        """Give an entry these labels (cleaned as `--tag` is: lower case, no doubles); LogError (Dutch)."""
        updated = entry.model_copy(update={"tags": clean_tags(tags)})
        if updated.tags != entry.tags:
            self.log_store.update(updated)
        return updated

    def set_goal(self, entry: LogEntry, goal: GoalChoice | None) -> LogEntry:
        """Link an entry to one of the current goals, or to none; LogError (Dutch) when it fails."""
        source_id, goal_id = (goal.source_id, goal.goal_id) if goal is not None else (None, None)
        if (entry.goal_source, entry.goal) == (source_id, goal_id):
            return entry
        updated = entry.model_copy(update={"goal": goal_id, "goal_source": source_id})
        self.log_store.update(updated)
        return updated

    def set_private(self, entry: LogEntry, private: bool) -> None:
        """Mark an entry 'alleen voor mij' (never on a sheet), or shared again."""
        if entry.private == private:
            return
        self.log_store.update(entry.model_copy(update={"private": private}))

    def remove(self, entry: LogEntry) -> None:
        """Remove an entry from the log."""
        self.log_store.remove(entry.id)
