"""The wins of a period grouped by the goal they belong to: without the models.

`gesprekscoach logboek` shows the wins grouped by goal from what a list reads of each
preparation and of the log (`store.summaries`); the coach does the same with the full
preparations. Both go through `group_wins`, so the rule is in one place and this module
imports no pydantic.

Plain Python: this module never imports Textual.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Generic, TypeAlias, TypeVar

from gesprekscoach.store.summaries import DatedEntry, PreparationWithGoals

if TYPE_CHECKING:
    from gesprekscoach.store.models import LogEntry

EntryT = TypeVar("EntryT", bound=DatedEntry)


class WinGroupOf(Generic[EntryT]):
    """Log entries about one goal (or about no goal: `goal_key` None).

    A plain class, not a dataclass: `gesprekscoach logboek` would import `dataclasses` (and
    `inspect` with it) only for this.
    """

    def __init__(self, goal_key: tuple[str, str] | None, title: str, entries: list[EntryT] | None = None) -> None:
        self.goal_key = goal_key
        """(preparation id, goal id) of the goal, or None for entries without a goal."""
        self.title = title
        """The goal in one line ('' for entries without a goal)."""
        self.entries: list[EntryT] = entries if entries is not None else []

    def __eq__(self, other: object) -> bool:
        return isinstance(other, WinGroupOf) and (self.goal_key, self.title, self.entries) == (
            other.goal_key,
            other.title,
            other.entries,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, like the dataclass it replaced

    def __repr__(self) -> str:
        return f"WinGroup(goal_key={self.goal_key!r}, title={self.title!r}, entries={self.entries!r})"


WinGroup: TypeAlias = "WinGroupOf[LogEntry]"
"""Log entries of the full log about one goal (a name for annotations)."""


def goal_titles(preparations: Iterable[PreparationWithGoals]) -> dict[tuple[str, str], str]:
    """(preparation id, goal id) → the goal in one line, for every goal with a text."""
    return {(prep.id, goal.id): goal.title() for prep in preparations for goal in prep.goals if goal.title()}


def group_wins(
    entries: Sequence[EntryT],
    preparations: Iterable[PreparationWithGoals],
    *,
    first: Sequence[tuple[str, str]] = (),
) -> list[WinGroupOf[EntryT]]:
    """The entries grouped by goal: the goals in `first` first, then the others in order of
    their first entry, then the entries without a (known) goal."""
    titles = goal_titles(preparations)
    groups: dict[tuple[str, str], WinGroupOf[EntryT]] = {key: WinGroupOf(key, titles.get(key, key[1])) for key in first}
    loose: WinGroupOf[EntryT] = WinGroupOf(None, "")
    for entry in entries:
        key = (entry.goal_source, entry.goal) if entry.goal and entry.goal_source else None
        if key is None or (key not in titles and key not in groups):
            loose.entries.append(entry)
            continue
        groups.setdefault(key, WinGroupOf(key, titles.get(key, key[1])))
        groups[key].entries.append(entry)
    result = [group for group in groups.values() if group.entries]
    if loose.entries:
        result.append(loose)
    return result
