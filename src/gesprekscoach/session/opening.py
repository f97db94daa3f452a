"""Opening a preparation in its cycle: the one way in for both front ends.

`start_new_preparation` creates a preparation (saved at once); `open_preparation` opens one
that exists. Both bring its carried-over items up to date with the earlier preparations
(saving it when they changed: goals, open agreements, promises and objections of earlier
conversations, see `cycle.py`) and collect the wins log entries since the previous
conversation. What cannot be read becomes a Dutch notice; the preparation still opens.

Plain Python: this module never imports Textual.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from gesprekscoach.content.models import Content, ConversationType
from gesprekscoach.dates import day_month_year, instant_key, parse_meeting_time
from gesprekscoach.session.clock import Clock, SystemClock
from gesprekscoach.session.commands import SetMeetingTime
from gesprekscoach.session.cycle import WinGroup, conversation_name, wins_since_previous
from gesprekscoach.session.errors import CommandError, UnknownConversationError, unknown_conversation_message
from gesprekscoach.session.preparation_session import PreparationSession
from gesprekscoach.store.models import Preparation
from gesprekscoach.store.preparations import PreparationStore, StoreError
from gesprekscoach.store.wins_log import LogError, WinsLogStore


@dataclass
class OpenedSession:
    """A session on a preparation, with what its cycle brings."""

    session: PreparationSession
    wins: list[WinGroup] = field(default_factory=list)
    """The wins log entries since the previous conversation, by goal."""
    wins_since: str = ""
    """'sinds je planningsgesprek van 15 januari 2027', or 'in het jaar voor dit gesprek'."""
    notices: list[str] = field(default_factory=list)
    """Dutch messages about what could not be read or saved (the preparation still opens)."""


def conversation_for(prep: Preparation, content: Content) -> ConversationType:
    """The preparation's conversation type; UnknownConversationError (Dutch) when the content lacks it."""
    try:
        return content.conversation(prep.conversation)
    except KeyError:
        raise UnknownConversationError(unknown_conversation_message(prep.conversation)) from None


def start_new_preparation(
    store: PreparationStore,
    content: Content,
    conversation_id: str,
    meeting_date: date,
    with_whom: str = "",
    *,
    meeting_time: str = "",
    clock: Clock | None = None,
) -> OpenedSession:
    """Create a preparation (saved at once) that starts from what is still open from earlier ones.

    `meeting_time` is the time as typed ('9:30'; '' for none), set with `SetMeetingTime`.
    Raises UnknownConversationError, CommandError (a time that is no time: nothing is made) or
    StoreError (Dutch messages) when it cannot be made.
    """
    chosen = clock if clock is not None else SystemClock()
    try:
        content.conversation(conversation_id)
    except KeyError:
        raise UnknownConversationError(unknown_conversation_message(conversation_id)) from None
    command = SetMeetingTime(meeting_time)
    try:
        parse_meeting_time(meeting_time)
    except ValueError as error:
        raise CommandError(str(error)) from None
    prep = store.create(conversation_id, meeting_date, with_whom, now=chosen.now())
    opened = open_preparation(store, content, prep, clock=chosen)
    if opened.session.apply(command):
        outcome = opened.session.save_now()
        if not outcome.ok:
            opened.notices.append(outcome.message)
    return opened


def open_preparation(
    store: PreparationStore, content: Content, prep: Preparation, *, clock: Clock | None = None
) -> OpenedSession:
    """Open a session on `prep` in its cycle (see the module docstring). Never raises for what it reads."""
    session = PreparationSession(prep, content, store, clock=clock)
    opened = OpenedSession(session)
    try:
        preparations = store.list().preparations
    except (StoreError, OSError) as error:
        opened.notices.append(f"Je eerdere voorbereidingen kan ik nu niet lezen. {error}")
        return opened
    if session.refresh_carry_over(preparations):
        outcome = session.save_now()  # made by the coach, not by the user: saved at once
        if not outcome.ok:
            opened.notices.append(outcome.message)
    _add_wins(opened, store, content, prep, preparations)
    return opened


def _add_wins(
    opened: OpenedSession,
    store: PreparationStore,
    content: Content,
    prep: Preparation,
    preparations: Sequence[Preparation],
) -> None:
    log_store = WinsLogStore(store.home)
    try:
        log = log_store.load()
    except LogError as error:
        opened.notices.append(str(error))
        return
    opened.notices += [moved.message() for moved in log_store.moved]
    others = [other for other in preparations if other.id != prep.id]
    start, opened.wins = wins_since_previous(prep, [prep, *others], log)
    if start is None:
        opened.wins_since = "in het jaar voor dit gesprek"
        return
    previous = max((p for p in others if p.meeting_date == start), key=lambda p: instant_key(p.created_at))
    opened.wins_since = f"sinds je {conversation_name(previous, content)} van {day_month_year(start)}"
