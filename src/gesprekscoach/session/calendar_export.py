"""Agreements in your calendar: every agreement with a date, and the next conversation, as iCalendar.

The events are built by a pure function (`calendar_events`): all-day events (the next
conversation from its time, when the user gave one), titles like
'Afspraak: <wat> (<wie>)' (from the content), a description, and stable UIDs (the same
agreement always gets the same UID, so importing the file again updates it instead of doubling
it). Agreements marked 'alleen voor mij' are left out unless `include_private`. The file is
written with the `icalendar` package (imported only when a file is made).

Plain Python: this module never imports Textual.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from gesprekscoach.atomic import atomic_write_bytes
from gesprekscoach.content.after_texts import around_meeting_texts
from gesprekscoach.content.models import Content
from gesprekscoach.content.templates import fill
from gesprekscoach.dates import day_month_year
from gesprekscoach.session.agreements import describe_parts
from gesprekscoach.session.cycle import conversation_name
from gesprekscoach.store.models import Preparation

PRODID = "-//gesprekscoach//gesprekscoach agenda//NL"
"""Who made the calendar file (RFC 5545 PRODID)."""

MEETING_LENGTH = timedelta(hours=1)
"""How long a conversation with a known start time is in the calendar."""

UID_DOMAIN = "gesprekscoach.invalid"
"""The right side of every UID: no real domain, so it never clashes with one."""


@dataclass(frozen=True)
class CalendarEvent:
    """One event for the calendar: all day, or from `start` for an hour (the next conversation with a time)."""

    uid: str
    day: date
    title: str
    description: str
    start: time | None = None
    """When it starts (local time); None: an all-day event."""


def _one_line(text: str) -> str:
    return " ".join(text.split())


def calendar_events(
    prep: Preparation,
    content: Content,
    *,
    later: Iterable[Preparation] = (),
    include_private: bool = False,
) -> list[CalendarEvent]:
    """The events: each agreement with a date (not done; private ones only when asked), then the
    next conversation (the first of `later` whose meeting is after this one), if any."""
    texts = around_meeting_texts(content)
    name = conversation_name(prep, content)
    meeting = day_month_year(prep.meeting_date)
    events: list[CalendarEvent] = []
    agreements = prep.after.agreements if prep.after is not None else []
    for agreement in agreements:
        if agreement.deadline is None or agreement.done or not agreement.what.strip():
            continue
        if agreement.private and not include_private:
            continue
        who, when = describe_parts(agreement)
        title = fill(texts.calendar_agreement_title, wat=_one_line(agreement.what), wie=who)
        description = fill(texts.calendar_agreement_description, gesprek=name, datum=meeting, wanneer=when)
        uid = f"{prep.id}-{agreement.id}@{UID_DOMAIN}"
        events.append(CalendarEvent(uid, agreement.deadline, _one_line(title), _one_line(description)))
    following = sorted(
        (other for other in later if other.meeting_date > prep.meeting_date), key=lambda p: p.meeting_date
    )
    if following:
        nxt = following[0]
        next_name = conversation_name(nxt, content)
        title = fill(texts.calendar_meeting_title, gesprek=next_name[:1].upper() + next_name[1:])
        if nxt.with_whom.strip():
            title = f"{title} ({_one_line(nxt.with_whom)})"
        events.append(
            CalendarEvent(
                f"{nxt.id}-gesprek@{UID_DOMAIN}",
                nxt.meeting_date,
                _one_line(title),
                _one_line(texts.calendar_meeting_description),
                nxt.meeting_time,
            )
        )
    return events


def calendar_bytes(events: Iterable[CalendarEvent], *, stamp: datetime) -> bytes:
    """The iCalendar file (RFC 5545) of these events; `stamp` is DTSTAMP (the clock's now)."""
    from icalendar import Calendar, Event

    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    moment = stamp.astimezone(UTC) if stamp.tzinfo is not None else stamp.replace(tzinfo=UTC)
    for item in events:
        event = Event()
        event.add("uid", item.uid)
        event.add("dtstamp", moment)
        if item.start is None:
            event.add("dtstart", item.day)
            event.add("dtend", item.day + timedelta(days=1))
        else:  # local ('floating') time: the time the user typed, wherever the calendar is
            begin = datetime.combine(item.day, item.start)
            event.add("dtstart", begin)
            event.add("dtend", begin + MEETING_LENGTH)
        event.add("summary", item.title)
        event.add("description", item.description)
        event.add("transp", "TRANSPARENT" if item.start is None else "OPAQUE")
        calendar.add_component(event)
    data: bytes = calendar.to_ical()
    return data


def calendar_filename(prep: Preparation) -> str:
    """The proposed file name: 'afspraken-<preparation id>.ics'."""
    return f"afspraken-{prep.id}.ics"


def write_calendar(data: bytes, path: Path, *, overwrite: bool = False) -> Path:
    """Write the calendar file; FileExistsError when it exists and `overwrite` is False; OSError when it fails."""
    if path.exists() and not overwrite:
        raise FileExistsError(str(path))
    atomic_write_bytes(path, data)
    return path
