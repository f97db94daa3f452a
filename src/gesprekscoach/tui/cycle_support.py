"""Opening a preparation in the cycle: bring its carried-over items up to date, find its wins."""

from __future__ import annotations

from dataclasses import dataclass, field

from gesprekscoach.dates import day_month_year
from gesprekscoach.session.cycle import WinGroup, conversation_name, refresh_carry_over, wins_since_previous
from gesprekscoach.store.models import Preparation
from gesprekscoach.store.preparations import StoreError
from gesprekscoach.store.wins_log import LogError, WinsLogStore
from gesprekscoach.tui.context import CoachContext


@dataclass
class OpenedPreparation:
    """What a conversation screen needs besides the preparation itself."""

    wins: list[WinGroup] = field(default_factory=list)
    """The wins log entries since the previous conversation, by goal."""
    wins_since: str = ""
    """'sinds je planningsgesprek van 15 januari 2027' (or '' when there was none)."""
    notices: list[str] = field(default_factory=list)
    """Dutch messages about what could not be read (the preparation still opens)."""


def open_in_cycle(context: CoachContext, prep: Preparation) -> OpenedPreparation:
    """Refresh the carry-over of `prep` from the earlier preparations (saving it when it changed)
    and collect the wins since the previous conversation. Problems become notices, never errors."""
    opened = OpenedPreparation()
    try:
        preparations = context.store.list().preparations
    except (StoreError, OSError) as error:
        opened.notices.append(f"Je eerdere voorbereidingen kan ik nu niet lezen. {error}")
        return opened
    try:
        if refresh_carry_over(prep, preparations, context.content):
            context.store.save(prep)
    except StoreError as error:
        opened.notices.append(str(error))
    log_store = WinsLogStore(context.store.home)
    try:
        log = log_store.load()
    except LogError as error:
        opened.notices.append(str(error))
        return opened
    opened.notices += [moved.message() for moved in log_store.moved]
    others = [other for other in preparations if other.id != prep.id]
    start, opened.wins = wins_since_previous(prep, [prep, *others], log)
    if start is not None:
        previous = max((p for p in others if p.meeting_date == start), key=lambda p: p.created_at.timestamp())
        opened.wins_since = f"sinds je {conversation_name(previous, context.content)} van {day_month_year(start)}"
    else:
        opened.wins_since = "in het jaar voor dit gesprek"
    return opened
