"""After the agreements, in the plain mode: offer to put the agreements with a date in a calendar file (.ics).

The events are the session's (`session.calendar_export`): agreements marked 'alleen voor mij'
are left out, and the next conversation is added when there is one. Nothing is offered when
there is no agreement with a date.

Plain Python: this module never imports Textual.
"""

from __future__ import annotations

from gesprekscoach.content.after_texts import around_meeting_texts
from gesprekscoach.content.templates import fill
from gesprekscoach.plain.editing import SKIPPED, Asked, PlainEditor
from gesprekscoach.plain.save_file import save_new_file
from gesprekscoach.session.calendar_export import calendar_bytes, calendar_events, calendar_filename, write_calendar
from gesprekscoach.store.preparations import StoreError


def offer_calendar(editor: PlainEditor) -> Asked:
    """Ask whether to save the dated agreements as a calendar file, and where; SKIPPED when there are none."""
    io = editor.io
    session = editor.session
    if not calendar_events(session.prep, session.content):
        return SKIPPED
    texts = around_meeting_texts(session.content)
    io.blank()
    if not io.ask_yes_no(" ".join(texts.calendar_offer.split()), default=False):
        return None
    try:
        later = session.store.list().preparations
    except StoreError:
        later = []
    events = calendar_events(session.prep, session.content, later=later)
    data = calendar_bytes(events, stamp=session.clock.now())
    proposed = editor.cwd / calendar_filename(session.prep)
    path = save_new_file(io, texts, proposed, editor.cwd, lambda where: write_calendar(data, where))
    io.say(" ".join(fill(texts.calendar_saved, bestand=str(path), aantal=str(len(events))).split()))
    return None
