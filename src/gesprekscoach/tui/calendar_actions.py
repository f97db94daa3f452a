"""'Zet in je agenda': the agreements with a date, and the next conversation, as a calendar file (.ics).

The events and the file are the session's (`session.calendar_export`: what is only for you is
left out). The store is listed (for the next conversation) and the file is made in a worker
thread; the user chooses where to save it (the documents folder proposed), and hears where it is.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from textual.screen import Screen

from gesprekscoach.content.after_texts import around_meeting_texts
from gesprekscoach.content.templates import fill
from gesprekscoach.session.calendar_export import calendar_bytes, calendar_events, calendar_filename, write_calendar
from gesprekscoach.session.preparation_session import PreparationSession
from gesprekscoach.store.preparations import StoreError
from gesprekscoach.tui.context import CoachContext
from gesprekscoach.tui.dialogs.save_file import SaveFileDialog


def put_in_calendar(screen: Screen[Any], session: PreparationSession, context: CoachContext) -> None:
    """Make the calendar file of this preparation's agreements and ask where to save it."""
    texts = around_meeting_texts(context.content)
    copy = session.prep.model_copy(deep=True)
    if not calendar_events(copy, context.content):
        screen.notify(" ".join(texts.calendar_nothing.split()), severity="warning", markup=False)
        return

    def build() -> None:
        try:
            later = context.store.list().preparations
        except (StoreError, OSError):
            later = []
        events = calendar_events(copy, context.content, later=later)
        data = calendar_bytes(events, stamp=context.now())
        screen.app.call_from_thread(ask, data, len(events))

    def ask(data: bytes, count: int) -> None:
        def saved(path: Path | None) -> None:
            if path is not None:
                message = fill(texts.calendar_saved, bestand=str(path), aantal=str(count))
                screen.notify(" ".join(message.split()), title="In je agenda", markup=False, timeout=15)

        dialog = SaveFileDialog(
            "Agendabestand bewaren",
            context.cwd / calendar_filename(copy),
            context.cwd,
            lambda path, overwrite: write_calendar(data, path, overwrite=overwrite),
        )
        screen.app.push_screen(dialog, saved)

    screen.run_worker(build, thread=True, group="calendar", exit_on_error=False)
